//! Is an office open at a given moment, and when does it next open?
//!
//! Everything here is Danish local time (Europe/Copenhagen) as a civil date
//! and time: front ends convert the real clock (or `--now`) with
//! [`super::now_in_denmark`], so the machine's own time zone never matters.
//! A day is closed when the weekly hours say so, when it is a Danish public
//! holiday (unless the office opens on holidays) or when a closure (dated
//! or yearly) covers it. On a day many offices close (24 and 31 December,
//! 5 June) that the office's content says nothing about, the office is
//! neither "open" nor "closed": people are told to check before they go.

use super::holidays::{closing_day_on, holiday_on, ClosingDay, Holiday};
use super::hours::{Hours, Interval, OpeningHours};
use jiff::civil::{Date, DateTime, Time};

/// Why an office is closed on a day it would otherwise be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedBecause {
    Holiday(Holiday),
    /// A closure, by index into the office's closures.
    Closure(usize),
}

/// Open or closed at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; closes at `until` today.
    Open { until: Time },
    /// Open now by the weekly hours, but today is a day many offices close
    /// and the content does not say this one opens: check before going.
    CheckFirst { day: ClosingDay, until: Time },
    /// Closed now; opens next at `next` (none within a year).
    Closed { next: Option<DateTime> },
    /// Only by booked appointment: no walk-in hours to compare with.
    ByAppointment,
    /// The content does not know the hours.
    NotKnown,
}

/// How far ahead to look for the next opening.
const SEARCH_DAYS: i32 = 366;

/// The reason `office` is closed all of `date`, if a holiday or closure applies.
pub fn closed_because(opening: &OpeningHours, date: Date) -> Option<ClosedBecause> {
    if let Some(index) = opening.closures.iter().position(|c| c.covers(date)) {
        return Some(ClosedBecause::Closure(index));
    }
    if opening.closed_on_holidays {
        return holiday_on(date).map(ClosedBecause::Holiday);
    }
    None
}

/// The day many offices close that `date` is, when `office` would open by
/// its weekly hours and its content says neither closed nor open then.
pub fn uncertain_on(opening: &OpeningHours, date: Date) -> Option<ClosingDay> {
    let day = closing_day_on(date).or_else(|| {
        opening
            .check_first
            .iter()
            .copied()
            .find(|period| period.covers(date))
    })?;
    let open_by_week = !opening.hours.on(date.weekday()).is_empty();
    let known = opening.open_on.contains(&day) || closed_because(opening, date).is_some();
    (open_by_week && !known).then_some(day)
}

/// The opening intervals of `office` on `date`, after holidays and closures.
pub fn intervals_on(opening: &OpeningHours, date: Date) -> &[Interval] {
    if closed_because(opening, date).is_some() {
        return &[];
    }
    opening.hours.on(date.weekday())
}

/// Open or closed at `now` (Danish local time), and when it next opens.
pub fn status_at(opening: &OpeningHours, now: DateTime) -> OpenStatus {
    match opening.hours {
        Hours::ByAppointment => return OpenStatus::ByAppointment,
        Hours::NotKnown => return OpenStatus::NotKnown,
        Hours::Weekly(_) => {}
    }
    let time = now.time();
    if let Some(open) = intervals_on(opening, now.date())
        .iter()
        .find(|i| i.open <= time && time < i.close)
    {
        return match uncertain_on(opening, now.date()) {
            Some(day) => OpenStatus::CheckFirst {
                day,
                until: open.close,
            },
            None => OpenStatus::Open { until: open.close },
        };
    }
    OpenStatus::Closed {
        next: next_opening(opening, now),
    }
}

/// The first opening strictly after `now`, within a year.
pub fn next_opening(opening: &OpeningHours, now: DateTime) -> Option<DateTime> {
    let mut date = now.date();
    for day in 0..SEARCH_DAYS {
        let found = intervals_on(opening, date)
            .iter()
            .map(|i| date.to_datetime(i.open))
            .find(|start| day > 0 || *start > now);
        if found.is_some() {
            return found;
        }
        date = date.tomorrow().ok()?;
    }
    None
}

/// Closures (holidays included) on the `days` days from `from` when the
/// office would otherwise be open, in date order.
pub fn closures_ahead(opening: &OpeningHours, from: Date, days: i32) -> Vec<(Date, ClosedBecause)> {
    let mut out = Vec::new();
    let mut date = from;
    for _ in 0..days {
        let normally_open = match &opening.hours {
            Hours::Weekly(_) => !opening.hours.on(date.weekday()).is_empty(),
            // Offices without weekly hours: a holiday on a weekday matters.
            _ => !matches!(
                date.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ),
        };
        if normally_open {
            if let Some(reason) = closed_because(opening, date) {
                out.push((date, reason));
            }
        }
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    out
}
