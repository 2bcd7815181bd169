//! Danish public holidays (helligdage), per docs/rules.md R8.1.
//!
//! Easter by the Gregorian computus; Store bededag (E+26) only before 2024,
//! when it was abolished. Christmas Eve, New Year's Eve and Constitution Day
//! are *not* public holidays: offices that close then say so in content.

use jiff::civil::Date;
use jiff::ToSpan;

/// A Danish public holiday, by stable ID (the message is `holiday-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Holiday {
    NewYear,
    MaundyThursday,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    GreatPrayerDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

impl Holiday {
    pub fn id(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::MaundyThursday => "maundy-thursday",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterSunday => "easter-sunday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::GreatPrayerDay => "great-prayer-day",
            Holiday::AscensionDay => "ascension-day",
            Holiday::WhitSunday => "whit-sunday",
            Holiday::WhitMonday => "whit-monday",
            Holiday::ChristmasDay => "christmas-day",
            Holiday::BoxingDay => "boxing-day",
        }
    }
}

/// Easter Sunday of `year` (Gregorian calendar; anonymous Gregorian algorithm).
pub fn easter_sunday(year: i16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // month is 3 or 4 and day 1..=31 by construction of the algorithm.
    Date::new(year, month as i8, day as i8).unwrap_or(Date::MIN)
}

/// All public holidays of `year`, in date order.
pub fn public_holidays(year: i16) -> Vec<(Date, Holiday)> {
    let easter = easter_sunday(year);
    let rel = |days: i64| easter.checked_add(days.days()).unwrap_or(easter);
    let fixed = |month: i8, day: i8| Date::new(year, month, day).unwrap_or(easter);
    let mut days = vec![
        (fixed(1, 1), Holiday::NewYear),
        (rel(-3), Holiday::MaundyThursday),
        (rel(-2), Holiday::GoodFriday),
        (easter, Holiday::EasterSunday),
        (rel(1), Holiday::EasterMonday),
    ];
    if year < 2024 {
        days.push((rel(26), Holiday::GreatPrayerDay));
    }
    days.extend([
        (rel(39), Holiday::AscensionDay),
        (rel(49), Holiday::WhitSunday),
        (rel(50), Holiday::WhitMonday),
        (fixed(12, 25), Holiday::ChristmasDay),
        (fixed(12, 26), Holiday::BoxingDay),
    ]);
    days
}

/// The holiday falling on `date`, if any.
pub fn holiday_on(date: Date) -> Option<Holiday> {
    public_holidays(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, h)| h)
}

/// Whether `date` is a Danish public holiday.
pub fn is_public_holiday(date: Date) -> bool {
    holiday_on(date).is_some()
}

/// A day that is not a public holiday but on which many offices close
/// (docs/rules.md R8.1): Christmas Eve, New Year's Eve and Constitution Day. An
/// office's content says whether it closes (a yearly closure) or opens
/// (`open_on`); where it says neither, the guide tells people to check
/// before they go rather than "open now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ClosingDay {
    ChristmasEve,
    NewYearsEve,
    ConstitutionDay,
    /// 23 December to 2 January: a period, not a day, and only for offices
    /// whose content lists it in `check_first` (ICS centres and SIRI closed
    /// then in earlier years, and no source gives this year's days).
    ChristmasWeek,
}

impl ClosingDay {
    pub const ALL: [ClosingDay; 3] = [
        ClosingDay::ChristmasEve,
        ClosingDay::NewYearsEve,
        ClosingDay::ConstitutionDay,
    ];

    /// Stable ID, used in content (`open_on`) and as message `day-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            ClosingDay::ChristmasEve => "christmas-eve",
            ClosingDay::NewYearsEve => "new-years-eve",
            ClosingDay::ConstitutionDay => "constitution-day",
            ClosingDay::ChristmasWeek => "christmas-week",
        }
    }

    /// One of the three days (`open_on` names these).
    pub fn from_id(id: &str) -> Option<ClosingDay> {
        ClosingDay::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Whether `date` falls on this day, or in this period.
    pub fn covers(self, date: Date) -> bool {
        let md = (date.month(), date.day());
        match self {
            ClosingDay::ChristmasEve => md == (12, 24),
            ClosingDay::NewYearsEve => md == (12, 31),
            ClosingDay::ConstitutionDay => md == (6, 5),
            ClosingDay::ChristmasWeek => md >= (12, 23) || md <= (1, 2),
        }
    }
}

/// A period an office's content may ask people to check first in
/// (`check_first:`).
pub type CheckPeriod = ClosingDay;

impl ClosingDay {
    /// The periods `check_first` may name.
    pub const PERIODS: [ClosingDay; 1] = [ClosingDay::ChristmasWeek];

    /// A period `check_first` names.
    pub fn period_from_id(id: &str) -> Option<ClosingDay> {
        ClosingDay::PERIODS.into_iter().find(|d| d.id() == id)
    }
}

/// The day many offices close that falls on `date`, if any.
pub fn closing_day_on(date: Date) -> Option<ClosingDay> {
    ClosingDay::ALL.into_iter().find(|d| d.covers(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn known_easter_dates() {
        assert_eq!(easter_sunday(2024), date(2024, 3, 31));
        assert_eq!(easter_sunday(2025), date(2025, 4, 20));
        assert_eq!(easter_sunday(2027), date(2027, 3, 28));
        assert_eq!(easter_sunday(2000), date(2000, 4, 23));
        assert_eq!(easter_sunday(1943), date(1943, 4, 25));
    }

    #[test]
    fn closing_days_are_not_public_holidays() {
        for (day, d) in [
            (ClosingDay::ChristmasEve, date(2026, 12, 24)),
            (ClosingDay::NewYearsEve, date(2026, 12, 31)),
            (ClosingDay::ConstitutionDay, date(2027, 6, 5)),
        ] {
            assert_eq!(closing_day_on(d), Some(day));
            assert!(!is_public_holiday(d));
            assert_eq!(ClosingDay::from_id(day.id()), Some(day));
        }
        assert_eq!(closing_day_on(date(2026, 12, 23)), None);
    }

    #[test]
    fn the_christmas_week_runs_from_23_december_to_2_january() {
        let week = ClosingDay::ChristmasWeek;
        for d in [
            date(2026, 12, 23),
            date(2026, 12, 30),
            date(2027, 1, 1),
            date(2027, 1, 2),
        ] {
            assert!(week.covers(d), "{d}");
        }
        for d in [date(2026, 12, 22), date(2027, 1, 3), date(2027, 6, 5)] {
            assert!(!week.covers(d), "{d}");
        }
        assert_eq!(ClosingDay::period_from_id("christmas-week"), Some(week));
        // Not one of the days every office is checked on.
        assert_eq!(ClosingDay::from_id("christmas-week"), None);
    }

    #[test]
    fn great_prayer_day_abolished_from_2024() {
        assert!(is_public_holiday(date(2023, 5, 5)));
        assert!(!is_public_holiday(date(2024, 4, 26)));
    }
}
