//! The dated deadlines as calendar events (iCalendar, RFC 5545): one
//! all-day event per deadline still ahead, with where to go and what to
//! bring. The same event, shorter, is what the calendar QR code holds.
//!
//! Everything comes from the [`View`], so no CPR number can reach a
//! calendar. Stamps and IDs are made from the view's date and the
//! deadline's ID, so the same result gives the same file, and importing it
//! again updates the events instead of doubling them. Every text put in an
//! event passes [`crate::text::strip_controls`] first (the file's own line
//! ends are CR LF, so the text is cleaned, not the file).

use super::{DeadlineView, OfficeView, View};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use jiff::civil::Date;

/// Text for an event, without control characters or escape sequences.
fn clean(text: &str) -> String {
    crate::text::strip_controls(text).into_owned()
}

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

/// The office a deadline is about: its own, else the first place to go.
fn office_of<'v>(view: &'v View, deadline: &DeadlineView) -> Option<&'v OfficeView> {
    deadline
        .office
        .as_ref()
        .and_then(|id| view.offices.iter().find(|o| &o.id == id))
        .or_else(|| view.place_to_go())
}

/// "International House Copenhagen (ICS East), Nyropsgade 1, 1602 København V".
fn location(view: &View, deadline: &DeadlineView) -> Option<String> {
    let office = office_of(view, deadline)?;
    let mut parts = vec![office.name.clone()];
    parts.extend(office.address.iter().cloned());
    Some(parts.join(", "))
}

/// When, the rule, where to go and what to bring there, as lines.
fn description(view: &View, deadline: &DeadlineView) -> String {
    let mut lines = Vec::new();
    if let Some(when) = &deadline.when {
        lines.push(when.clone());
    }
    lines.push(deadline.rule.clone());
    if let Some(status) = &deadline.status_text {
        lines.push(status.clone());
    }
    if let Some(closed) = &deadline.office_closed {
        lines.push(closed.clone());
    }
    lines.extend(deadline.notes.iter().cloned());
    let office = office_of(view, deadline);
    if let (Some(office), Some(place)) = (office, location(view, deadline)) {
        lines.push(String::new());
        lines.push(format!("{}: {place}", view.words.offices));
        if let Some(web) = office.booking.as_ref().or(office.web.as_ref()) {
            lines.push(web.clone());
        }
    }
    // The documents for this office's step (all when no step names it).
    let groups = view.document_groups();
    let own: Vec<_> = groups
        .iter()
        .filter(|(step, _)| {
            office.is_some_and(|o| step.and_then(|s| s.office.as_ref()) == Some(&o.id))
        })
        .collect();
    for (step, docs) in if own.is_empty() {
        groups.iter().collect()
    } else {
        own
    } {
        if docs.is_empty() {
            continue;
        }
        lines.push(String::new());
        let heading = step.map_or(view.words.documents.as_str(), |s| s.title.as_str());
        lines.push(format!("{heading}:"));
        lines.extend(docs.iter().map(|d| format!("- {}", d.name)));
    }
    lines.join("\n")
}

/// When to be reminded of a "by" deadline on `date`, as offsets before the
/// event's start (midnight): 09:00 two working days before it, in time to
/// book a visit; and, for a deadline more than two weeks after `today`,
/// also 09:00 two weeks before.
fn reminders(date: Date, today: Date) -> Vec<(chrono::Duration, &'static str)> {
    let before = |day: Date| {
        let days = (date - day).get_days();
        chrono::Duration::hours(i64::from(days) * 24 - 9)
    };
    let mut out = Vec::new();
    if let Some(day) = crate::calendar::working_days_before(date, 2) {
        out.push((before(day), "reminder"));
    }
    if let Ok(two_weeks) = date.checked_sub(jiff::Span::new().days(14)) {
        if two_weeks > today {
            out.push((before(two_weeks), "early-reminder"));
        }
    }
    out
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
        .summary(&clean(&deadline.calendar_title))
        .starts(start)
        .ends(end);
    if let Some(place) = location(view, deadline) {
        event.location(&clean(&place));
    }
    if full {
        event.description(&clean(&description(view, deadline)));
        if deadline.kind == crate::content::DeadlineKind::By {
            for (offset, name) in reminders(date, view.today) {
                let mut alarm = Alarm::display(&clean(&deadline.calendar_title), -offset);
                // Its own ID, never a random one; the stamp the crate
                // writes on every component is taken out again (see
                // `without_alarm_stamps`), but set, so no clock is read.
                alarm.timestamp(stamp).uid(&format!(
                    "{}-{}-{name}@cpr-guide",
                    deadline.id,
                    date.strftime("%Y%m%d")
                ));
                event.alarm(alarm);
            }
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
    calendar.name(&clean(&view.words.title));
    for (deadline, date) in deadlines {
        calendar.push(event(view, deadline, date, true)?);
    }
    Some(without_alarm_stamps(&calendar.done().to_string()))
}

/// The text without a DTSTAMP in any VALARM: RFC 5545 (§3.6.6) allows
/// none there, but the icalendar crate writes one on every component,
/// whatever is set. A folded line's continuation goes with it.
fn without_alarm_stamps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_alarm = false;
    let mut dropping = false;
    for line in text.split_inclusive("\r\n") {
        let content = line.trim_end_matches("\r\n");
        if dropping && content.starts_with([' ', '\t']) {
            continue;
        }
        dropping = false;
        match content {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm
                && content
                    .strip_prefix("DTSTAMP")
                    .is_some_and(|rest| rest.starts_with([':', ';'])) =>
            {
                dropping = true;
                continue;
            }
            _ => {}
        }
        out.push_str(line);
    }
    out
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
    vevent_within(view, index, VEVENT_MAX)
}

/// Bytes a QR code holds at the lowest error correction, by version
/// (ISO/IEC 18004, byte mode, level L): versions 1 to 20.
const QR_BYTES_L: [usize; 20] = [
    17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
];

/// The most bytes a code may hold to fit `width` × `height` character
/// cells drawn two modules to a cell (`quiet` modules of margin on each
/// side); never less than [`VEVENT_MAX`]'s code needs to be tried.
pub fn qr_bytes_for(width: usize, height: usize, quiet: usize) -> usize {
    let modules = width
        .min(height.saturating_mul(2))
        .saturating_sub(2 * quiet);
    // A version-v code is 17 + 4v modules wide.
    let version = modules.saturating_sub(17) / 4;
    match version {
        0 => 0,
        v => QR_BYTES_L[v.min(QR_BYTES_L.len()) - 1],
    }
}

/// As [`vevent`], with the address when the event then still fits in
/// `max` bytes (a larger screen draws a larger code).
pub fn vevent_within(view: &View, index: usize, max: usize) -> Option<String> {
    let (deadline, date) = *calendar_deadlines(view).get(index)?;
    let head = [
        "BEGIN:VEVENT".to_string(),
        format!("SUMMARY:{}", escape(&clean(&deadline.calendar_title))),
        format!("DTSTART;VALUE=DATE:{}", date.strftime("%Y%m%d")),
    ];
    let end = "END:VEVENT".to_string();
    let bare = [&head[..], std::slice::from_ref(&end)]
        .concat()
        .join("\r\n");
    let Some(office) = office_of(view, deadline) else {
        return Some(bare);
    };
    let place = if office.address.is_empty() {
        office.name.clone()
    } else {
        office.address.join(", ")
    };
    let located = [
        &head[..],
        &[format!("LOCATION:{}", escape(&clean(&place))), end],
    ]
    .concat()
    .join("\r\n");
    Some(if located.len() <= max { located } else { bare })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_holds_as_much_as_the_window_has_room_for() {
        // 80×24 with a row above the code: version 6, the smallest size
        // the calendar code was designed for.
        assert_eq!(qr_bytes_for(80, 23, 2), VEVENT_MAX);
        // A kiosk's 200×60: version 20 at most.
        assert_eq!(qr_bytes_for(200, 59, 2), 858);
        // Narrower than high: the width decides.
        assert_eq!(qr_bytes_for(45, 59, 2), VEVENT_MAX);
        assert_eq!(qr_bytes_for(10, 5, 2), 0);
    }
}
