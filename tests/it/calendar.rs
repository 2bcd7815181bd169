//! The calendar the deadlines and opening hours rest on: Danish public
//! holidays (checked against Easter computed by another algorithm), working
//! days, month arithmetic, opening status at the edges, Danish time whatever
//! the machine's zone, and daylight-saving changeover days.

use crate::common::content;
use cpr_guide::calendar::hours::{Closure, ClosureDays, Interval};
use cpr_guide::calendar::hours::{Hours, OpeningHours};
use cpr_guide::calendar::opening::{
    closures_ahead, next_opening, status_at, uncertain_on, ClosedBecause, OpenStatus,
};
use cpr_guide::calendar::{
    add_months, easter_sunday, is_public_holiday, is_working_day, now_in_denmark, parse_now,
    public_holidays, working_days_before, ClosingDay, Holiday,
};
use jiff::civil::{date, time, Date, DateTime};
use jiff::Timestamp;
use proptest::prelude::*;

/// Easter Sunday by Gauss's algorithm with its two exceptions — written
/// independently of the anonymous Gregorian algorithm the program uses.
fn gauss_easter(year: i16) -> Date {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y % 4, y % 7);
    let k = y / 100;
    let p = (13 + 8 * k) / 25;
    let q = k / 4;
    let m = (15 - p + k - q) % 30;
    let n = (4 + k - q) % 7;
    let d = (19 * a + m) % 30;
    let e = (2 * b + 4 * c + 6 * d + n) % 7;
    let mut day = 22 + d + e; // March days; past 31 runs into April
    if d == 29 && e == 6 {
        day = 19 + 31;
    } else if d == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
        day = 18 + 31;
    }
    let (month, day) = if day > 31 { (4, day - 31) } else { (3, day) };
    date(year, month, i8::try_from(day).expect("day"))
}

fn plus(d: Date, days: i64) -> Date {
    d.checked_add(jiff::Span::new().days(days))
        .expect("in range")
}

proptest! {
    #[test]
    fn holidays_follow_easter_for_every_year(year in 1900i16..=2200) {
        let easter = gauss_easter(year);
        prop_assert_eq!(easter_sunday(year), easter);
        let mut expected = vec![
            date(year, 1, 1), plus(easter, -3), plus(easter, -2), easter, plus(easter, 1),
            plus(easter, 39), plus(easter, 49), plus(easter, 50), date(year, 12, 25), date(year, 12, 26),
        ];
        if year < 2024 {
            expected.push(plus(easter, 26));
        }
        expected.sort();
        let mut got: Vec<Date> = public_holidays(year).into_iter().map(|(d, _)| d).collect();
        got.sort();
        prop_assert_eq!(got, expected);
        for not_holiday in [date(year, 12, 24), date(year, 12, 31), date(year, 6, 5)] {
            prop_assert!(!is_public_holiday(not_holiday) || public_holidays(year).iter().any(|(d, _)| *d == not_holiday));
        }
    }

    #[test]
    fn working_days_before_counts_exactly_n(days in 0i64..(365 * 200), n in 0u32..60) {
        let day = plus(date(1901, 1, 1), days);
        let w = working_days_before(day, n).expect("in range");
        if n > 0 {
            prop_assert!(is_working_day(w));
        }
        let mut count = 0;
        let mut d = w;
        while d < day {
            if is_working_day(d) {
                count += 1;
            }
            d = plus(d, 1);
        }
        prop_assert_eq!(count, n);
    }

    #[test]
    fn month_addition_clamps_to_the_last_day(days in 0i64..(365 * 200), months in 0i32..30) {
        let start = plus(date(1901, 1, 1), days);
        let end = add_months(start, months).expect("in range");
        let total = i32::from(start.month()) - 1 + months;
        prop_assert_eq!(i32::from(end.year()), i32::from(start.year()) + total / 12);
        prop_assert_eq!(i32::from(end.month()), total % 12 + 1);
        prop_assert_eq!(end.day(), start.day().min(end.days_in_month()));
    }
}

#[test]
fn published_easter_dates() {
    for (y, m, d) in [
        (1900, 4, 15),
        (1943, 4, 25),
        (1961, 4, 2),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2024, 3, 31),
        (2038, 4, 25),
    ] {
        assert_eq!(easter_sunday(y), date(y, m, d), "{y}");
    }
}

#[test]
fn great_prayer_day_ends_with_2023() {
    assert!(is_public_holiday(date(2023, 5, 5)), "Store bededag 2023");
    assert!(public_holidays(2023)
        .iter()
        .any(|(_, h)| *h == Holiday::GreatPrayerDay));
    assert!(!is_public_holiday(date(2024, 4, 26)), "abolished from 2024");
    assert!(public_holidays(2024)
        .iter()
        .all(|(_, h)| *h != Holiday::GreatPrayerDay));
    assert!(is_working_day(date(2024, 4, 26)));
}

#[test]
fn working_days_across_easter_and_christmas() {
    // Easter 2027: Maundy Thursday 25 March … Easter Monday 29 March.
    assert_eq!(
        working_days_before(date(2027, 3, 30), 1),
        Some(date(2027, 3, 24))
    );
    assert_eq!(
        working_days_before(date(2027, 4, 1), 21),
        Some(date(2027, 2, 26))
    );
    // Christmas 2026: Christmas Eve (Thursday) is a working day.
    assert_eq!(
        working_days_before(date(2026, 12, 28), 1),
        Some(date(2026, 12, 24))
    );
    assert_eq!(
        working_days_before(date(2026, 12, 28), 2),
        Some(date(2026, 12, 23))
    );
    // Across New Year: 1 January 2027 is a Friday holiday.
    assert_eq!(
        working_days_before(date(2027, 1, 4), 1),
        Some(date(2026, 12, 31))
    );
}

fn ihcph() -> OpeningHours {
    content()
        .office("ihcph")
        .expect("shipped")
        .1
        .opening
        .clone()
}

fn at(text: &str) -> DateTime {
    parse_now(text).expect("valid --now")
}

#[test]
fn open_and_closed_at_the_edges() {
    let office = ihcph();
    // Monday 23 November 2026.
    assert_eq!(
        status_at(&office, at("2026-11-23T08:59")),
        OpenStatus::Closed {
            next: Some(at("2026-11-23T09:00"))
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-23T09:00")),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-23T14:59")),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    // The closing minute is closed; Tuesday is closed; Wednesday opens at 11.
    assert_eq!(
        status_at(&office, at("2026-11-23T15:00")),
        OpenStatus::Closed {
            next: Some(at("2026-11-25T11:00"))
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-24T12:00")),
        OpenStatus::Closed {
            next: Some(at("2026-11-25T11:00"))
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-25T16:59")),
        OpenStatus::Open {
            until: time(17, 0, 0, 0)
        }
    );
    // Friday closes early, at 14.
    assert_eq!(
        status_at(&office, at("2026-11-27T13:59")),
        OpenStatus::Open {
            until: time(14, 0, 0, 0)
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-27T14:00")),
        OpenStatus::Closed {
            next: Some(at("2026-11-30T09:00"))
        }
    );
    // Christmas Day (a Friday) is a public holiday.
    assert_eq!(
        status_at(&office, at("2026-12-25T10:00")),
        OpenStatus::Closed {
            next: Some(at("2026-12-28T09:00"))
        }
    );
    // Easter 2027: closed Thursday 25 to Monday 29 March; Tuesday is closed anyway.
    assert_eq!(
        next_opening(&office, at("2027-03-24T15:30")),
        Some(at("2027-03-31T11:00"))
    );
}

fn sunday_office(closures: Vec<Closure>) -> OpeningHours {
    let mut days: [Vec<Interval>; 7] = Default::default();
    days[6] = vec![Interval {
        open: time(9, 0, 0, 0),
        close: time(15, 0, 0, 0),
    }];
    days[0] = vec![
        Interval {
            open: time(9, 0, 0, 0),
            close: time(12, 0, 0, 0),
        },
        Interval {
            open: time(13, 0, 0, 0),
            close: time(15, 0, 0, 0),
        },
    ];
    OpeningHours {
        closures,
        ..OpeningHours::weekly(days)
    }
}

#[test]
fn lunch_breaks_and_dated_closures() {
    let closed_monday = Closure::dated(date(2026, 12, 28), date(2026, 12, 28), None);
    let office = sunday_office(vec![closed_monday]);
    assert_eq!(
        status_at(&office, at("2026-11-23T12:30")),
        OpenStatus::Closed {
            next: Some(at("2026-11-23T13:00"))
        }
    );
    assert_eq!(
        status_at(&office, at("2026-11-23T13:00")),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    // The dated closure: Monday 28 December is closed, so from Sunday
    // evening the next opening is Sunday 3 January.
    assert_eq!(
        status_at(&office, at("2026-12-28T10:00")),
        OpenStatus::Closed {
            next: Some(at("2027-01-03T09:00"))
        }
    );
    // Only days the office would otherwise be open are listed as closures.
    assert_eq!(
        closures_ahead(&office, date(2026, 12, 20), 14),
        vec![(date(2026, 12, 28), ClosedBecause::Closure(0))]
    );
    assert_eq!(
        closures_ahead(&office, date(2027, 3, 22), 14),
        vec![
            (
                date(2027, 3, 28),
                ClosedBecause::Holiday(Holiday::EasterSunday)
            ),
            (
                date(2027, 3, 29),
                ClosedBecause::Holiday(Holiday::EasterMonday)
            ),
        ]
    );
}

/// A weekday office open 09–15 every day from Monday to Friday.
fn weekday_office() -> OpeningHours {
    let mut office = sunday_office(vec![]);
    let day = vec![Interval {
        open: time(9, 0, 0, 0),
        close: time(15, 0, 0, 0),
    }];
    let mut days: [Vec<Interval>; 7] = Default::default();
    for d in days.iter_mut().take(5) {
        *d = day.clone();
    }
    office.hours = Hours::Weekly(days);
    office
}

#[test]
fn yearly_closures_close_the_same_day_every_year() {
    let mut office = weekday_office();
    office.closures = vec![Closure {
        days: ClosureDays::Yearly { month: 12, day: 24 },
        note: None,
    }];
    // Thursday 24 December 2026 and Friday 24 December 2027 are closed.
    for (now, next) in [
        ("2026-12-24T10:00", "2026-12-28T09:00"),
        ("2027-12-24T10:00", "2027-12-27T09:00"),
    ] {
        assert_eq!(
            status_at(&office, at(now)),
            OpenStatus::Closed {
                next: Some(at(next))
            }
        );
    }
    assert_eq!(
        closures_ahead(&office, date(2026, 12, 21), 7),
        vec![
            (date(2026, 12, 24), ClosedBecause::Closure(0)),
            (
                date(2026, 12, 25),
                ClosedBecause::Holiday(Holiday::ChristmasDay)
            ),
        ]
    );
}

#[test]
fn days_many_offices_close_are_check_first_unless_the_content_knows() {
    let office = weekday_office();
    // New Year's Eve 2026 is a Thursday: nothing in the content about it.
    assert_eq!(
        status_at(&office, at("2026-12-31T10:00")),
        OpenStatus::CheckFirst {
            day: ClosingDay::NewYearsEve,
            until: time(15, 0, 0, 0)
        }
    );
    assert_eq!(
        uncertain_on(&office, date(2027, 6, 4)),
        None,
        "the day before Constitution Day is an ordinary Friday"
    );
    // Constitution Day 2026 is a Friday; 2027 a Saturday, when it is closed anyway.
    assert_eq!(
        uncertain_on(&office, date(2026, 6, 5)),
        Some(ClosingDay::ConstitutionDay)
    );
    assert_eq!(uncertain_on(&office, date(2027, 6, 5)), None);
    // The content says it opens: an ordinary day.
    let mut open = weekday_office();
    open.open_on = vec![ClosingDay::NewYearsEve];
    assert_eq!(
        status_at(&open, at("2026-12-31T10:00")),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    // The content says it closes: closed.
    let mut closed = weekday_office();
    closed.closures = vec![Closure {
        days: ClosureDays::Yearly { month: 12, day: 31 },
        note: None,
    }];
    assert_eq!(uncertain_on(&closed, date(2026, 12, 31)), None);
    assert!(matches!(
        status_at(&closed, at("2026-12-31T10:00")),
        OpenStatus::Closed { .. }
    ));
}

#[test]
fn danish_time_whatever_the_machine_zone() {
    // Winter (CET, UTC+1) and summer (CEST, UTC+2).
    let winter: Timestamp = "2026-01-15T08:00:00Z".parse().expect("ts");
    assert_eq!(now_in_denmark(winter), at("2026-01-15T09:00"));
    let summer: Timestamp = "2026-07-01T07:30:00Z".parse().expect("ts");
    assert_eq!(now_in_denmark(summer), at("2026-07-01T09:30"));
}

#[test]
fn daylight_saving_changeover_days() {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    let before: Timestamp = "2026-03-29T00:59:00Z".parse().expect("ts");
    let after: Timestamp = "2026-03-29T01:00:00Z".parse().expect("ts");
    assert_eq!(now_in_denmark(before), at("2026-03-29T01:59"));
    assert_eq!(now_in_denmark(after), at("2026-03-29T03:00"));
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    let before: Timestamp = "2026-10-25T00:59:00Z".parse().expect("ts");
    let after: Timestamp = "2026-10-25T01:00:00Z".parse().expect("ts");
    assert_eq!(now_in_denmark(before), at("2026-10-25T02:59"));
    assert_eq!(now_in_denmark(after), at("2026-10-25T02:00"));

    // An office open Sundays 09:00–15:00 on both changeover Sundays.
    let office = sunday_office(vec![]);
    let spring_0659: Timestamp = "2026-03-29T06:59:00Z".parse().expect("ts"); // 08:59 CEST
    let spring_0700: Timestamp = "2026-03-29T07:00:00Z".parse().expect("ts"); // 09:00 CEST
    assert_eq!(
        status_at(&office, now_in_denmark(spring_0659)),
        OpenStatus::Closed {
            next: Some(at("2026-03-29T09:00"))
        }
    );
    assert_eq!(
        status_at(&office, now_in_denmark(spring_0700)),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    let autumn_0759: Timestamp = "2026-10-25T07:59:00Z".parse().expect("ts"); // 08:59 CET
    let autumn_0800: Timestamp = "2026-10-25T08:00:00Z".parse().expect("ts"); // 09:00 CET
    assert_eq!(
        status_at(&office, now_in_denmark(autumn_0759)),
        OpenStatus::Closed {
            next: Some(at("2026-10-25T09:00"))
        }
    );
    assert_eq!(
        status_at(&office, now_in_denmark(autumn_0800)),
        OpenStatus::Open {
            until: time(15, 0, 0, 0)
        }
    );
    // From Saturday night before the spring change, the next opening is Sunday 09:00 local.
    assert_eq!(
        next_opening(&office, at("2026-03-28T23:30")),
        Some(at("2026-03-29T09:00"))
    );
}

#[test]
fn parse_now_refuses_bad_moments() {
    for bad in [
        "2026-11-23",
        "2026-11-23T9:00",
        "2026-11-23T24:00",
        "2026-11-23 09:00",
        "2026-02-30T09:00",
        "2026-11-23T09:60",
    ] {
        assert!(parse_now(bad).is_err(), "{bad}");
    }
}
