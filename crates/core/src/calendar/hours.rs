//! When an office receives visitors, in Danish local time: weekly hours,
//! closures (dated or yearly), and whether it opens on public holidays and
//! on the days many offices close. The content loader builds these from
//! YAML; [`super::opening`] answers "open now?" from them.

use super::ClosingDay;
use jiff::civil::{Time, Weekday};

/// One opening interval on a day, `open` inclusive, `close` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Interval {
    pub open: Time,
    pub close: Time,
}

/// When an office receives visitors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Hours {
    /// Open at these times each week; index 0 is Monday.
    Weekly([Vec<Interval>; 7]),
    /// Only by booked appointment; no public weekly hours.
    ByAppointment,
    /// Hours are not part of the content: the user should check the web site.
    NotKnown,
}

/// Days an office is closed although its weekly hours say open: dated
/// (a renovation, one Christmas week) or every year on the same day (24
/// December). `note` is a message ID saying why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Closure {
    pub days: ClosureDays,
    pub note: Option<String>,
}

/// Which days a closure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ClosureDays {
    /// From `from` to `to`, both included.
    Dated {
        from: jiff::civil::Date,
        to: jiff::civil::Date,
    },
    /// Every year on this month and day.
    Yearly { month: i8, day: i8 },
}

impl Closure {
    /// A closure from `from` to `to`, both included.
    pub fn dated(from: jiff::civil::Date, to: jiff::civil::Date, note: Option<String>) -> Closure {
        Closure {
            days: ClosureDays::Dated { from, to },
            note,
        }
    }

    /// Whether the office is closed on `date` by this closure.
    pub fn covers(&self, date: jiff::civil::Date) -> bool {
        match self.days {
            ClosureDays::Dated { from, to } => from <= date && date <= to,
            ClosureDays::Yearly { month, day } => date.month() == month && date.day() == day,
        }
    }
}

/// Parses a yearly day written `MM-DD` (`12-24`). 29 February is refused:
/// it would close the office only every fourth year.
pub fn parse_month_day(text: &str) -> Option<(i8, i8)> {
    let (m, d) = text.trim().split_once('-')?;
    if m.len() != 2 || d.len() != 2 || !m.bytes().chain(d.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month: i8 = m.parse().ok()?;
    let day: i8 = d.parse().ok()?;
    // 2025 is not a leap year, so 02-29 fails here.
    jiff::civil::Date::new(2025, month, day).ok()?;
    Some((month, day))
}

/// Day keys in YAML, Monday first.
pub const DAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Monday-based index of a weekday.
pub fn day_index(day: Weekday) -> usize {
    usize::try_from(day.to_monday_zero_offset()).unwrap_or(0)
}

impl Hours {
    /// The intervals on a weekday (empty when closed or not weekly).
    pub fn on(&self, day: Weekday) -> &[Interval] {
        match self {
            Hours::Weekly(days) => &days[day_index(day)],
            _ => &[],
        }
    }
}

/// What was wrong with a day's hours: (problem kind, the offending text).
pub type HoursProblem = (&'static str, String);

/// Everything that decides whether an office is open on a day.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OpeningHours {
    pub hours: Hours,
    /// Closed on Danish public holidays (the default).
    pub closed_on_holidays: bool,
    pub closures: Vec<Closure>,
    /// Days many offices close on which this one is known to be open.
    pub open_on: Vec<ClosingDay>,
    /// Periods in which people are told to check before they go.
    pub check_first: Vec<ClosingDay>,
}

impl OpeningHours {
    /// Weekly hours with the defaults: closed on public holidays, no closures.
    pub fn weekly(days: [Vec<Interval>; 7]) -> OpeningHours {
        OpeningHours {
            hours: Hours::Weekly(days),
            closed_on_holidays: true,
            closures: Vec::new(),
            open_on: Vec::new(),
            check_first: Vec::new(),
        }
    }

    /// The regular intervals on a weekday (empty when closed or not weekly).
    pub fn on(&self, day: Weekday) -> &[Interval] {
        self.hours.on(day)
    }
}

impl Default for OpeningHours {
    fn default() -> OpeningHours {
        OpeningHours {
            hours: Hours::NotKnown,
            closed_on_holidays: true,
            closures: Vec::new(),
            open_on: Vec::new(),
            check_first: Vec::new(),
        }
    }
}

/// One day's hours as an editor writes them: `closed`, or `"HH:MM-HH:MM"`
/// intervals separated by commas, in order and not overlapping.
pub fn parse_day(text: &str) -> Result<Vec<Interval>, HoursProblem> {
    if text.trim() == "closed" {
        return Ok(Vec::new());
    }
    let mut out: Vec<Interval> = Vec::new();
    for part in text.split(',') {
        let bad = || ("hours-interval", part.trim().to_string());
        let (open, close) = part.trim().split_once('-').ok_or_else(bad)?;
        let open = parse_time(open).ok_or_else(bad)?;
        let close = parse_time(close).ok_or_else(bad)?;
        if close <= open || out.last().is_some_and(|last| last.close > open) {
            return Err(("hours-order", part.trim().to_string()));
        }
        out.push(Interval { open, close });
    }
    Ok(out)
}

fn parse_time(text: &str) -> Option<Time> {
    let (h, m) = text.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hour: i8 = h.parse().ok()?;
    let minute: i8 = m.parse().ok()?;
    Time::new(hour, minute, 0, 0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse() {
        assert_eq!(parse_day("closed"), Ok(Vec::new()));
        let two = parse_day("08:00-10:00, 11:00-12:30").expect("valid");
        assert_eq!(two.len(), 2);
        assert_eq!(two[1].close, Time::constant(12, 30, 0, 0));
        let mut days: [Vec<Interval>; 7] = Default::default();
        days[0] = parse_day("09:00-15:00").expect("valid");
        let opening = OpeningHours::weekly(days);
        assert_eq!(opening.on(Weekday::Monday).len(), 1);
        assert!(opening.on(Weekday::Sunday).is_empty());
    }

    #[test]
    fn yearly_days_parse() {
        assert_eq!(parse_month_day("12-24"), Some((12, 24)));
        assert_eq!(parse_month_day(" 06-05 "), Some((6, 5)));
        assert_eq!(parse_month_day("02-29"), None);
        assert_eq!(parse_month_day("13-01"), None);
        assert_eq!(parse_month_day("12-24-2026"), None);
        assert_eq!(parse_month_day("1-5"), None);
        let closure = Closure {
            days: ClosureDays::Yearly { month: 12, day: 24 },
            note: None,
        };
        assert!(closure.covers(jiff::civil::date(2031, 12, 24)));
        assert!(!closure.covers(jiff::civil::date(2031, 12, 25)));
    }

    #[test]
    fn bad_days_are_named() {
        assert_eq!(
            parse_day("15:00-09:00"),
            Err(("hours-order", "15:00-09:00".to_string()))
        );
        assert_eq!(parse_day("9-15").map_err(|e| e.0), Err("hours-interval"));
        assert_eq!(
            parse_day("09:00-12:00, 11:00-15:00").map_err(|e| e.0),
            Err("hours-order")
        );
    }
}
