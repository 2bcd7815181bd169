//! `cpr-guide office [ID]`: an office's address, this week's hours, whether
//! it is open now and when it next opens, and closures in the coming weeks,
//! all in Danish time. Without an ID: the list of offices.

use super::args::OfficeArgs;
use super::{print, today_and_now, Context, Failure};
use crate::calendar::opening::{self, OpenStatus};
use crate::content::{Content, Hours, Office};
use crate::i18n::{args, Localizer};
use crate::output::{check_first, closed_reason, hours_lines, status_text};
use jiff::civil::DateTime;
use serde_json::json;
use std::fmt::Write;

/// How far ahead closures are listed.
const CLOSURE_DAYS: i32 = 28;

fn list(content: &Content, json_out: bool, t: &Localizer<'_>) -> String {
    if json_out {
        let items: Vec<_> = content
            .offices
            .iter()
            .map(|o| json!({"id": o.id, "name": t.text(&format!("office-{}", o.id))}))
            .collect();
        return format!("{:#}\n", json!(items));
    }
    let mut out = format!("{}\n", t.text("ui-office-list"));
    let width = content
        .offices
        .iter()
        .map(|o| o.id.chars().count())
        .max()
        .unwrap_or(0);
    for o in &content.offices {
        let _ = writeln!(
            out,
            "  {:width$}  {}",
            o.id,
            t.text(&format!("office-{}", o.id))
        );
    }
    out
}

fn show(office: &Office, now: DateTime, json_out: bool, t: &Localizer<'_>) -> String {
    let name = t.text(&format!("office-{}", office.id));
    let week = hours_lines(office, now.date(), t);
    let status = opening::status_at(&office.opening, now);
    let closures: Vec<_> = opening::closures_ahead(&office.opening, now.date(), CLOSURE_DAYS)
        .into_iter()
        .map(|(date, reason)| (date, closed_reason(office, reason, t)))
        .collect();
    // Days many offices close that the content says nothing about for this one.
    let check_days: Vec<(jiff::civil::Date, String)> = (0..CLOSURE_DAYS)
        .filter_map(|n| now.date().checked_add(jiff::Span::new().days(n)).ok())
        .filter_map(|date| {
            opening::uncertain_on(&office.opening, date).map(|day| {
                let name = t.text(&format!("day-{}", day.id()));
                (
                    date,
                    t.text_with("ui-office-check-day", &args([("day", name)])),
                )
            })
        })
        .collect();
    if json_out {
        let hours = match &office.opening.hours {
            Hours::Weekly(_) => {
                let mut map = serde_json::Map::new();
                for line in &week {
                    let key = crate::calendar::hours::DAY_KEYS
                        [crate::calendar::hours::day_index(line.weekday)];
                    map.insert(key.to_string(), json!(line.machine));
                }
                serde_json::Value::Object(map)
            }
            Hours::ByAppointment => json!("by-appointment"),
            Hours::NotKnown => json!("not-known"),
        };
        let (open_now, next) = match status {
            OpenStatus::Open { .. } => (Some(true), None),
            OpenStatus::CheckFirst { .. } => (None, None),
            OpenStatus::Closed { next } => (Some(false), next),
            _ => (None, None),
        };
        let doc = json!({
            "id": office.id,
            "name": name,
            "address": office.address,
            "web": office.web,
            "booking": office.booking,
            "email": office.email,
            "phone": office.phone,
            "appointment": office.appointment,
            "now": now.strftime("%Y-%m-%dT%H:%M").to_string(),
            "hours": hours,
            "this_week": week.iter().map(|l| json!({
                "date": l.date.to_string(),
                "weekday": l.day_name,
                "hours": l.machine,
                "text": l.text,
                "closed_today_by_exception": l.exception,
                "check_first": l.check_first,
            })).collect::<Vec<_>>(),
            "open_now": open_now,
            "check_first": check_first(office, status).map(|d| d.id()),
            "next_opening": next.map(|n| n.strftime("%Y-%m-%dT%H:%M").to_string()),
            "status": status_text(office, status, now, t),
            "closures": closures.iter().map(|(d, r)| json!({"date": d.to_string(), "reason": r})).collect::<Vec<_>>(),
            "check_first_days": check_days.iter().map(|(d, r)| json!({"date": d.to_string(), "text": r})).collect::<Vec<_>>(),
        });
        return format!("{doc:#}\n");
    }
    let mut out = format!("{name}\n");
    if !office.address.is_empty() {
        let _ = writeln!(out, "{}", office.address.join(", "));
    }
    if let Some(web) = &office.web {
        let _ = writeln!(out, "{web}");
    }
    let contact: Vec<&str> = [office.email.as_deref(), office.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        let _ = writeln!(out, "{}", contact.join(" · "));
    }
    if let Some(text) = status_text(office, status, now, t) {
        let _ = writeln!(out, "{text}");
    }
    match &office.opening.hours {
        Hours::Weekly(_) => {
            let _ = writeln!(out, "{}", t.text("ui-office-hours"));
            for line in &week {
                let today = if line.is_today {
                    format!(" ({})", t.text("ui-today-marker"))
                } else {
                    String::new()
                };
                let _ = writeln!(out, "  {} {}{today}", line.day_name, line.text);
            }
        }
        Hours::ByAppointment => {
            let _ = writeln!(out, "{}", t.text("ui-hours-by-appointment"));
        }
        Hours::NotKnown => {
            let _ = writeln!(out, "{}", t.text("ui-hours-not-known"));
        }
    }
    let mut weeks = args([]);
    weeks.set("weeks", i64::from(CLOSURE_DAYS / 7));
    if closures.is_empty() {
        let _ = writeln!(out, "{}", t.text_with("ui-office-no-closures", &weeks));
    } else {
        let _ = writeln!(out, "{}", t.text_with("ui-office-closures", &weeks));
        for (date, reason) in &closures {
            let _ = writeln!(out, "- {}: {reason}", t.date_long(*date));
        }
    }
    for (date, text) in &check_days {
        let _ = writeln!(out, "- {}: {text}", t.date_long(*date));
    }
    out
}

pub fn run(context: &Context, a: OfficeArgs) -> Result<(), Failure> {
    let t = context.t();
    let (_, now) = today_and_now(None, a.now.as_deref(), &t)?;
    let now = now.unwrap_or_else(|| crate::calendar::now_in_denmark(jiff::Timestamp::now()));
    let content = crate::content::load_sources(&context.files.yaml).map_err(Failure::Content)?;
    match a.id.as_deref() {
        None => print(&list(&content, a.json, &t)),
        Some(id) => {
            let office = content.office(id).ok_or_else(|| {
                let ids: Vec<&str> = content.offices.iter().map(|o| o.id.as_str()).collect();
                Failure::Usage(t.text_with(
                    "err-unknown-office",
                    &args([("id", id.to_string()), ("list", ids.join(", "))]),
                ))
            })?;
            print(&show(office, now, a.json, &t));
        }
    }
    Ok(())
}
