//! Date arithmetic the guide's deadlines rest on: calendar days, months
//! clamped to the month's end, Danish public holidays and working days.
//! Pure functions of their inputs: no clock is read here.

mod holidays;
pub mod hours;
pub mod opening;

pub use holidays::{
    closing_day_on, easter_sunday, holiday_on, is_public_holiday, public_holidays, CheckPeriod,
    ClosingDay, Holiday,
};

use jiff::civil::Date;
use jiff::ToSpan;

/// The years the calendar is defined for. Dates outside are refused at the
/// edge (answers, `--today`) so arithmetic never has to guess.
pub const FIRST_YEAR: i16 = 1900;
pub const LAST_YEAR: i16 = 2200;

/// Why a typed date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    #[error("not a date of the form YYYY-MM-DD")]
    Format,
    /// The form is right but no such day exists (e.g. 2026-02-30).
    #[error("no such day in the calendar")]
    NoSuchDate,
    /// Outside the years 1900–2200.
    #[error("outside the years 1900 to 2200")]
    OutOfRange,
    /// The date is right but the time of day does not exist (25:00).
    #[error("no such time of day")]
    NoSuchTime,
}

impl DateError {
    pub fn kind(self) -> &'static str {
        match self {
            DateError::Format => "format",
            DateError::NoSuchDate => "no-such-date",
            DateError::OutOfRange => "out-of-range",
            DateError::NoSuchTime => "no-such-time",
        }
    }
}

/// Parses exactly `YYYY-MM-DD` (ASCII digits, surrounding white space ignored).
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(DateError::Format);
    }
    let number = |range: std::ops::Range<usize>| -> i16 {
        bytes[range]
            .iter()
            .fold(0i16, |acc, b| acc * 10 + i16::from(b - b'0'))
    };
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(DateError::OutOfRange);
    }
    let month = i8::try_from(month).map_err(|_| DateError::NoSuchDate)?;
    let day = i8::try_from(day).map_err(|_| DateError::NoSuchDate)?;
    Date::new(year, month, day).map_err(|_| DateError::NoSuchDate)
}

/// A date as people write it, day first: `1.12.2026`, `01.12.2026`,
/// `1-12-2026`, `1/12/2026`, `1 12 2026`, `2026-12-01`, `20261201`,
/// `01122026`, with the month written out in any of the guide's languages
/// (`1. februar 2027`, `1 February 2027`, `1 feb 2027`, `1. feb. 2027`,
/// `February 1, 2027`), or "today"/"i dag" (given `today`). Month-first
/// (US) order is read only where the month is a word: `12/31/2026` has no
/// 31st month.
pub fn parse_typed_date(text: &str, today: Date) -> Result<Date, DateError> {
    let text = text.trim();
    let lower = text.to_lowercase();
    // Today and tomorrow, in any of the guide's languages.
    if crate::i18n::words::means(&lower, |w| w.today) {
        return Ok(today);
    }
    if crate::i18n::words::means(&lower, |w| w.tomorrow) {
        return today.tomorrow().map_err(|_| DateError::OutOfRange);
    }
    if lower.chars().any(char::is_alphabetic) {
        return written_date(&lower, today);
    }
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ' '))
    {
        return Err(DateError::Format);
    }
    let parts: Vec<&str> = text
        .split(['.', '-', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let number = |p: &str| p.parse::<i16>().map_err(|_| DateError::Format);
    let (year, month, day) = match parts.as_slice() {
        // 2026-12-01: the year first, and only then.
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            (number(y)?, number(m)?, number(d)?)
        }
        // 1.12.2026: the day first.
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            (number(y)?, number(m)?, number(d)?)
        }
        // 1.12.26: a year of two digits (see `full_year`).
        [d, m, y] if y.len() == 2 && d.len() <= 2 && m.len() <= 2 => {
            (full_year(number(y)?, today), number(m)?, number(d)?)
        }
        [digits] if digits.len() == 8 => {
            let n = |r: std::ops::Range<usize>| number(&digits[r]);
            let year_first = (n(0..4)?, n(4..6)?, n(6..8)?);
            let day_first = (n(4..8)?, n(2..4)?, n(0..2)?);
            let real = |(y, m, d): (i16, i16, i16)| {
                (FIRST_YEAR..=LAST_YEAR).contains(&y)
                    && i8::try_from(m)
                        .ok()
                        .zip(i8::try_from(d).ok())
                        .is_some_and(|(m, d)| Date::new(y, m, d).is_ok())
            };
            if real(year_first) {
                year_first
            } else {
                day_first
            }
        }
        _ => return Err(DateError::Format),
    };
    checked_date(year, month, day)
}

/// A year of two digits is this century's, unless that is more than 50
/// years ahead (a permit from 1999 typed as 99).
fn full_year(short: i16, today: Date) -> i16 {
    if 2000 + short <= today.year() + 50 {
        2000 + short
    } else {
        1900 + short
    }
}

/// The date, if the year is in the calendar's range and the day exists.
fn checked_date(year: i16, month: i16, day: i16) -> Result<Date, DateError> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(DateError::OutOfRange);
    }
    let month = i8::try_from(month).map_err(|_| DateError::NoSuchDate)?;
    let day = i8::try_from(day).map_err(|_| DateError::NoSuchDate)?;
    Date::new(year, month, day).map_err(|_| DateError::NoSuchDate)
}

/// A date (in lower case) with its month written out: the day, the month
/// and the year (`1. februar 2027`, `1 feb. 2027`, `1-feb-2027`,
/// `den 1. februar 2027`, `1st February 2027`), or the month first
/// (`February 1, 2027`). The year has four digits or two.
fn written_date(lower: &str, today: Date) -> Result<Date, DateError> {
    let mut parts: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '/'))
        .filter(|p| !p.is_empty())
        .collect();
    // "den 1. februar 2027", as Danes write it.
    if parts.first() == Some(&"den") {
        parts.remove(0);
    }
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    // A day of one or two digits, maybe with its English ending ("1st").
    let day = |p: &str| -> Option<i16> {
        let p = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|end| p.strip_suffix(end))
            .unwrap_or(p);
        (p.len() <= 2 && digits(p))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = |p: &str| -> Option<i16> {
        let n: i16 = p.parse().ok().filter(|_| digits(p))?;
        match p.len() {
            4 => Some(n),
            2 => Some(full_year(n, today)),
            _ => None,
        }
    };
    let month = |p: &str| crate::i18n::words::month(p).map(i16::from);
    let (d, m, y) = match parts.as_slice() {
        [d, m, y] => match (day(d), month(m), year(y)) {
            (Some(d), Some(m), Some(y)) => (d, m, y),
            // February 1, 2027.
            _ => match (month(d), day(m), year(y)) {
                (Some(m), Some(d), Some(y)) => (d, m, y),
                _ => return Err(DateError::Format),
            },
        },
        _ => return Err(DateError::Format),
    };
    checked_date(y, m, d)
}

/// Today's date in Denmark (Europe/Copenhagen), whatever the machine's
/// time zone. Only front ends call this; the core is always given a date.
pub fn today_in_denmark() -> Date {
    now_in_denmark(jiff::Timestamp::now()).date()
}

/// The Danish local date and time (Europe/Copenhagen) of an instant,
/// whatever the machine's time zone. The tz database is built in.
pub fn now_in_denmark(instant: jiff::Timestamp) -> jiff::civil::DateTime {
    match jiff::tz::TimeZone::get("Europe/Copenhagen") {
        Ok(tz) => instant.to_zoned(tz).datetime(),
        Err(_) => instant.to_zoned(jiff::tz::TimeZone::UTC).datetime(),
    }
}

/// Parses `--now` as Danish local time: exactly `YYYY-MM-DDTHH:MM`.
pub fn parse_now(text: &str) -> Result<jiff::civil::DateTime, DateError> {
    let text = text.trim();
    let (date, time) = text.split_once('T').ok_or(DateError::Format)?;
    let date = parse_date(date)?;
    let bytes = time.as_bytes();
    let shape_ok = bytes.len() == 5
        && bytes[2] == b':'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit());
    if !shape_ok {
        return Err(DateError::Format);
    }
    let hour =
        i8::try_from((bytes[0] - b'0') * 10 + (bytes[1] - b'0')).map_err(|_| DateError::Format)?;
    let minute =
        i8::try_from((bytes[3] - b'0') * 10 + (bytes[4] - b'0')).map_err(|_| DateError::Format)?;
    let time = jiff::civil::Time::new(hour, minute, 0, 0).map_err(|_| DateError::NoSuchTime)?;
    Ok(date.to_datetime(time))
}

/// `date` plus `days` calendar days; `None` if that leaves jiff's range.
pub fn add_days(date: Date, days: i32) -> Option<Date> {
    date.checked_add(i64::from(days).days()).ok()
}

/// The same day of the month `months` later, clamped to the last day of a
/// shorter month (30 November + 3 months = 28 or 29 February).
pub fn add_months(date: Date, months: i32) -> Option<Date> {
    // jiff clamps the day of month when the target month is shorter.
    date.checked_add(i64::from(months).months()).ok()
}

/// Monday to Friday and not a Danish public holiday.
pub fn is_working_day(date: Date) -> bool {
    use jiff::civil::Weekday;
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_public_holiday(date)
}

/// The working day W such that exactly `n` working days lie in `[W, day)`;
/// `day` itself is not counted. `n == 0` gives `day`.
pub fn working_days_before(day: Date, n: u32) -> Option<Date> {
    let mut current = day;
    let mut counted = 0;
    while counted < n {
        current = current.yesterday().ok()?;
        if is_working_day(current) {
            counted += 1;
        }
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(date(2026, 11, 30), 3), Some(date(2027, 2, 28)));
        assert_eq!(add_months(date(2027, 11, 30), 3), Some(date(2028, 2, 29)));
        assert_eq!(add_months(date(2026, 8, 31), 6), Some(date(2027, 2, 28)));
        assert_eq!(add_months(date(2026, 1, 15), 6), Some(date(2026, 7, 15)));
    }

    #[test]
    fn domain_example_twenty_one_working_days() {
        // Job start Thursday 1 April 2027, Easter Sunday 28 March 2027.
        assert_eq!(
            working_days_before(date(2027, 4, 1), 21),
            Some(date(2027, 2, 26))
        );
    }

    #[test]
    fn parse_date_kinds() {
        assert_eq!(parse_date(" 2026-12-06 "), Ok(date(2026, 12, 6)));
        assert_eq!(parse_date("2026-2-06"), Err(DateError::Format));
        assert_eq!(parse_date("06-12-2026"), Err(DateError::Format));
        assert_eq!(parse_date("2026-02-30"), Err(DateError::NoSuchDate));
    }

    #[test]
    fn dates_with_the_month_written_out_in_each_language() {
        let today = date(2026, 11, 22);
        let want = Ok(date(2027, 2, 1));
        for typed in [
            "1. februar 2027",
            "1 February 2027",
            "1 feb 2027",
            "1. feb. 2027",
            "1. Feb. 2027",
            "01 FEBRUARY 2027",
            "1 FEBRUAR 2027",
            "den 1. februar 2027",
            "Den 1. februar 2027",
            "1-feb-2027",
            "1st February 2027",
            "February 1, 2027",
            "feb 1 2027",
            "1. februar 27",
            " 1.februar 2027 ",
        ] {
            assert_eq!(parse_typed_date(typed, today), want, "{typed}");
        }
        // The months' names that differ: Danish, English, Norwegian.
        for (typed, (y, m, d)) in [
            ("3. marts 2027", (2027, 3, 3)),
            ("3 March 2027", (2027, 3, 3)),
            ("3. mars 2027", (2027, 3, 3)),
            ("17. maj 2027", (2027, 5, 17)),
            ("17 May 2027", (2027, 5, 17)),
            ("17. mai 2027", (2027, 5, 17)),
            ("1. okt. 2027", (2027, 10, 1)),
            ("1 Oct 2027", (2027, 10, 1)),
            ("24. december 2026", (2026, 12, 24)),
            ("24. desember 2026", (2026, 12, 24)),
            ("24. des. 2026", (2026, 12, 24)),
            ("24 Sept 2027", (2027, 9, 24)),
        ] {
            assert_eq!(parse_typed_date(typed, today), Ok(date(y, m, d)), "{typed}");
        }
        assert_eq!(
            parse_typed_date("30. februar 2027", today),
            Err(DateError::NoSuchDate)
        );
        assert_eq!(
            parse_typed_date("1. februar 1800", today),
            Err(DateError::OutOfRange)
        );
    }

    #[test]
    fn dates_as_people_write_them() {
        let today = date(2026, 11, 22);
        let want = Ok(date(2026, 12, 1));
        for typed in [
            "1.12.2026",
            "01.12.2026",
            "01-12-2026",
            "1/12/2026",
            "1 12 2026",
            "2026-12-01",
            "2026-12-1",
            "20261201",
            "01122026",
            " 1.12.2026 ",
        ] {
            assert_eq!(parse_typed_date(typed, today), want, "{typed}");
        }
        for word in ["today", "Today", "i dag", "I DAG", "idag"] {
            assert_eq!(parse_typed_date(word, today), Ok(today), "{word}");
        }
        // Month first (US) is never read as such.
        assert_eq!(
            parse_typed_date("12/31/2026", today),
            Err(DateError::NoSuchDate)
        );
        assert_eq!(parse_typed_date("2/3/2026", today), Ok(date(2026, 3, 2)));
        // Two-digit years: this century, unless more than 50 years ahead.
        assert_eq!(parse_typed_date("1.12.26", today), Ok(date(2026, 12, 1)));
        assert_eq!(parse_typed_date("1-12-99", today), Ok(date(1999, 12, 1)));
        for word in ["tomorrow", "I morgen", "imorgen"] {
            assert_eq!(
                parse_typed_date(word, today),
                Ok(today.tomorrow().expect("tomorrow")),
                "{word}"
            );
        }
        for bad in [
            "1 febr 2027",
            "1 february",
            "february 2027",
            "1 feb 2027 10",
            "1 feb 20277",
            "1 feb 207",
            "111 feb 2027",
            "+1 feb 2027",
            "1 feb +027",
            "feb feb 2027",
            "1.12",
            "1.2026.12",
            "yesterday",
            "2026/12",
            "1..2026",
            "123.1.2026",
        ] {
            assert_eq!(
                parse_typed_date(bad, today),
                Err(DateError::Format),
                "{bad}"
            );
        }
        assert_eq!(
            parse_typed_date("30.2.2026", today),
            Err(DateError::NoSuchDate)
        );
        assert_eq!(
            parse_typed_date("1.1.1800", today),
            Err(DateError::OutOfRange)
        );
        assert_eq!(parse_date("2026-13-01"), Err(DateError::NoSuchDate));
        assert_eq!(parse_date("1899-12-31"), Err(DateError::OutOfRange));
        assert_eq!(parse_date("2026-１２-06"), Err(DateError::Format));
        assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
    }
}
