//! The deadlines of a result in words: the date and how it reads ("by",
//! "not before"), whether it has passed, and when the office to reach is
//! closed on the day.

use super::{closing_day_name, DeadlineView, Say};
use crate::content::{Content, DeadlineKind};
use crate::engine::{DeadlineItem, DeadlineStatus, Guidance};
use crate::i18n::{args, Localizer};
use crate::keys;
use jiff::civil::Date;

/// The deadlines, soonest first; rules without a date keep their order
/// after them.
pub(super) fn deadline_views(
    content: &Content,
    guidance: &Guidance,
    say: &Say<'_, '_>,
) -> Vec<DeadlineView> {
    let mut deadlines: Vec<DeadlineView> = guidance
        .deadlines
        .iter()
        .map(|item| deadline_view(content, item, guidance.today, say))
        .collect();
    deadlines.sort_by_key(|d| d.date.map_or((1, Date::MAX), |date| (0, date)));
    deadlines
}

fn deadline_view(
    content: &Content,
    item: &DeadlineItem,
    today: Date,
    say: &Say<'_, '_>,
) -> DeadlineView {
    let t = say.t;
    let deadline = &content.deadlines[item.deadline];
    let when = item.date.map(|d| {
        t.text_with(
            &keys::deadline_kind(item.kind.id()),
            &args([("date", t.date_long(d))]),
        )
    });
    let title = say.text(&keys::deadline(&deadline.id));
    let office_closed = match (item.kind, item.date, item.status, item.office) {
        (
            DeadlineKind::By,
            Some(date),
            Some(DeadlineStatus::Future | DeadlineStatus::Today),
            Some(o),
        ) => closed_on(&content.offices[o], date, today, t),
        _ => None,
    };
    DeadlineView {
        office: item.office.map(|o| content.offices[o].id.clone()),
        office_closed,
        notes: item.notes.iter().map(|n| say.text(n)).collect(),
        id: deadline.id.clone(),
        kind: item.kind,
        calendar_title: t.text_with(
            "ui-calendar-summary",
            &args([
                ("kind", item.kind.id().to_string()),
                ("title", title.clone()),
            ]),
        ),
        title,
        date: item.date,
        when,
        status: item.status,
        status_text: status_text(&deadline.id, item, say),
        rule: say.text(&keys::deadline_rule(&deadline.id)),
    }
}

/// A sentence on where the deadline stands, if it says anything.
fn status_text(id: &str, item: &DeadlineItem, say: &Say<'_, '_>) -> Option<String> {
    let t = say.t;
    match (item.kind, item.status) {
        (DeadlineKind::NotBefore, Some(DeadlineStatus::Past | DeadlineStatus::Today)) => {
            Some(t.text("ui-deadline-open"))
        }
        // A deadline may say more than "hurry" once passed (an expired permit).
        (DeadlineKind::By, Some(DeadlineStatus::Past)) => Some(
            t.try_text_with(&keys::deadline_passed(id), &say.fluent)
                .unwrap_or_else(|| t.text("ui-deadline-passed")),
        ),
        (DeadlineKind::By, Some(DeadlineStatus::Today)) => Some(t.text("ui-deadline-today")),
        (_, None) if item.awaits_date => Some(t.text("ui-deadline-needs-date")),
        _ => None,
    }
}

/// The warnings at the top: each "by" deadline that has passed.
pub(super) fn warnings(deadlines: &[DeadlineView]) -> Vec<String> {
    deadlines
        .iter()
        .filter(|d| d.kind == DeadlineKind::By && d.status == Some(DeadlineStatus::Past))
        .filter_map(|d| d.status_text.clone().map(|s| format!("{}: {s}", d.title)))
        .collect()
}

/// When `office` is closed (or may be) on `date`, a sentence saying so and
/// to book a time before: from its weekly hours, holidays and closures;
/// for an office whose hours the content does not know, on a weekend,
/// a public holiday or a day many offices close.
fn closed_on(
    office: &crate::content::Office,
    date: Date,
    today: Date,
    t: &Localizer<'_>,
) -> Option<String> {
    use crate::calendar::hours::Hours;
    use crate::calendar::opening;
    let name = t.text(&keys::office(&office.id));
    let when = t.date_long(date);
    let fluent = |kind: &str, reason: String| {
        args([
            ("office", name.clone()),
            ("date", when.clone()),
            ("kind", kind.to_string()),
            ("reason", reason),
        ])
    };
    if let Some(day) = opening::uncertain_on(&office.opening, date) {
        return Some(t.text_with(
            "ui-deadline-office-check",
            &fluent("day", closing_day_name(day, t)),
        ));
    }
    match office.opening.hours {
        Hours::Weekly(_) => {
            if !opening::intervals_on(&office.opening, date).is_empty() {
                return None;
            }
            // The last day it is surely open before then, from today on.
            let last = (1..=14)
                .filter_map(|n| date.checked_sub(jiff::Span::new().days(n)).ok())
                .take_while(|d| *d >= today)
                .find(|d| {
                    !opening::intervals_on(&office.opening, *d).is_empty()
                        && opening::uncertain_on(&office.opening, *d).is_none()
                })
                .map_or_else(|| "none".to_string(), |d| t.date_long(d));
            let mut fluent = fluent("", String::new());
            fluent.set("last", last);
            Some(t.text_with("ui-deadline-office-closed", &fluent))
        }
        Hours::ByAppointment | Hours::NotKnown => {
            let (kind, reason) = if let Some(h) = crate::calendar::holiday_on(date) {
                ("holiday", t.text(&keys::holiday(h.id())))
            } else if matches!(
                date.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ) {
                ("weekend", String::new())
            } else {
                let day = crate::calendar::closing_day_on(date).or_else(|| {
                    office
                        .opening
                        .check_first
                        .iter()
                        .copied()
                        .find(|p| p.covers(date))
                })?;
                ("day", closing_day_name(day, t))
            };
            Some(t.text_with("ui-deadline-office-maybe-closed", &fluent(kind, reason)))
        }
    }
}
