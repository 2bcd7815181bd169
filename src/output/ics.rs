//! The dated deadlines as calendar events (iCalendar, RFC 5545): one
//! all-day event per deadline still ahead, with where to go and what to
//! bring. The same event, shorter, is what the calendar QR code holds.
//!
//! Everything comes from the [`View`], so no CPR number can reach a
//! calendar. Stamps and IDs are made from the view's date and the
//! deadline's ID, so the same result gives the same file, and importing it
//! again updates the events instead of doubling them.

use super::{DeadlineView, View};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use jiff::civil::Date;

/// The deadlines a calendar can hold: those with a date from today on,
/// soonest first (the view's order).
pub fn calendar_deadlines(view: &View) -> Vec<(&DeadlineView, Date)> {
    view.deadlines
        .iter()
        .filter_map(|d| {
            d.date
                .filter(|date| *date >= view.today)
                .map(|date| (d, date))
        })
        .collect()
}

fn naive(date: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

/// "International House Copenhagen (ICS East), Nyropsgade 1, 1602 København V".
fn location(view: &View) -> Option<String> {
    let office = view.offices.first()?;
    let mut parts = vec![office.name.clone()];
    parts.extend(office.address.iter().cloned());
    Some(parts.join(", "))
}

/// When, the rule, where to go and what to bring, as lines.
fn description(view: &View, deadline: &DeadlineView) -> String {
    let mut lines = Vec::new();
    if let Some(when) = &deadline.when {
        lines.push(when.clone());
    }
    lines.push(deadline.rule.clone());
    if let Some(status) = &deadline.status_text {
        lines.push(status.clone());
    }
    if let (Some(office), Some(place)) = (view.offices.first(), location(view)) {
        lines.push(String::new());
        lines.push(format!("{}: {place}", view.words.offices));
        if let Some(web) = office.booking.as_ref().or(office.web.as_ref()) {
            lines.push(web.clone());
        }
    }
    if !view.documents.is_empty() {
        lines.push(String::new());
        lines.push(format!("{}:", view.words.documents));
        lines.extend(view.documents.iter().map(|d| format!("- {}", d.name)));
    }
    lines.join("\n")
}

/// One deadline as an all-day event; `full` adds the description and a
/// reminder at 09:00 the day before a "by" deadline.
fn event(view: &View, deadline: &DeadlineView, date: Date, full: bool) -> Option<Event> {
    let start = naive(date)?;
    let end = start.succ_opt()?;
    let stamp = naive(view.today)?.and_hms_opt(0, 0, 0)?.and_utc();
    let mut event = Event::new();
    event
        .uid(&format!(
            "{}-{}@cpr-guide",
            deadline.id,
            date.strftime("%Y%m%d")
        ))
        .timestamp(stamp)
        .summary(&deadline.calendar_title)
        .starts(start)
        .ends(end);
    if let Some(place) = location(view) {
        event.location(&place);
    }
    if full {
        event.description(&description(view, deadline));
        if deadline.kind == "by" {
            let mut alarm = Alarm::display(&deadline.calendar_title, -chrono::Duration::hours(15));
            // Stamped like its event, never with the clock or a random ID.
            alarm.timestamp(stamp).uid(&format!(
                "{}-{}-reminder@cpr-guide",
                deadline.id,
                date.strftime("%Y%m%d")
            ));
            event.alarm(alarm);
        }
    }
    Some(event.done())
}

/// The calendar file; `None` when no deadline has a date from today on.
pub fn render_ics(view: &View) -> Option<String> {
    let deadlines = calendar_deadlines(view);
    if deadlines.is_empty() {
        return None;
    }
    let mut calendar = Calendar::new();
    calendar.name(&view.words.title);
    for (deadline, date) in deadlines {
        calendar.push(event(view, deadline, date, true)?);
    }
    Some(calendar.done().to_string())
}

/// Text escaped for an iCalendar value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Bytes a QR code of version 6 holds at the lowest error correction: a
/// code of 41 modules, which fits an 80×24 terminal with a line above it.
pub const VEVENT_MAX: usize = 134;

/// The `index`th calendar deadline as one short VEVENT, for a QR code a
/// phone's camera offers to add to its calendar: its title and its day,
/// and the address when that still fits in [`VEVENT_MAX`] bytes, so the
/// code stays small enough to scan from a screen (an all-day DTSTART
/// without DTEND is one day, RFC 5545 §3.6.1).
pub fn vevent(view: &View, index: usize) -> Option<String> {
    let (deadline, date) = *calendar_deadlines(view).get(index)?;
    let head = [
        "BEGIN:VEVENT".to_string(),
        format!("SUMMARY:{}", escape(&deadline.calendar_title)),
        format!("DTSTART;VALUE=DATE:{}", date.strftime("%Y%m%d")),
    ];
    let end = "END:VEVENT".to_string();
    let bare = [&head[..], std::slice::from_ref(&end)]
        .concat()
        .join("\r\n");
    let Some(office) = view.offices.first() else {
        return Some(bare);
    };
    let place = if office.address.is_empty() {
        office.name.clone()
    } else {
        office.address.join(", ")
    };
    let located = [&head[..], &[format!("LOCATION:{}", escape(&place)), end]]
        .concat()
        .join("\r\n");
    Some(if located.len() <= VEVENT_MAX {
        located
    } else {
        bare
    })
}
