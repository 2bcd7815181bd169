//! The machine-readable contract of domain.md §10: stable IDs, dates as
//! `YYYY-MM-DD`, human text in the chosen language. Never a CPR number.

use super::View;
use serde_json::{json, Map, Value};

/// Renders `view` as pretty-printed JSON.
pub fn render_json(view: &View) -> String {
    let offices: Vec<Value> = view
        .offices
        .iter()
        .map(|o| {
            let hours: Value = match o.hours_kind {
                "weekly" => {
                    let mut week = Map::new();
                    for line in &o.hours {
                        let key = crate::calendar::hours::DAY_KEYS
                            [crate::calendar::hours::day_index(line.weekday)];
                        week.insert(key.to_string(), Value::String(line.machine.clone()));
                    }
                    Value::Object(week)
                }
                other => Value::String(other.to_string()),
            };
            json!({
                "id": o.id,
                "name": o.name,
                "role": o.roles.first().map(|(id, _)| id.clone()),
                "roles": o.roles.iter().map(|(id, text)| json!({"id": id, "text": text})).collect::<Vec<_>>(),
                "about": o.about,
                "address": o.address,
                "web": o.web,
                "booking": o.booking,
                "email": o.email,
                "phone": o.phone,
                "appointment": o.appointment,
                "hours": hours,
                "this_week": o.hours.iter().map(|l| json!({
                    "date": l.date.to_string(),
                    "hours": l.machine,
                    "text": l.text,
                    "closed_today_by_exception": l.exception,
                    "check_first": l.check_first,
                })).collect::<Vec<_>>(),
                "hours_note": o.hours_note,
                "open_now": o.open_now,
                "check_first": o.check_first,
                "next_opening": o.next_opening.map(|n| n.strftime("%Y-%m-%dT%H:%M").to_string()),
                "status": o.status_text,
                "notes": o.notes,
            })
        })
        .collect();
    let deadlines: Vec<Value> = view
        .deadlines
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "kind": d.kind,
                "title": d.title,
                "date": d.date.map(|x| x.to_string()),
                "when": d.when,
                "status": d.status,
                "status_text": d.status_text,
                "rule": d.rule,
            })
        })
        .collect();
    let documents: Vec<Value> = view
        .documents
        .iter()
        .map(|d| json!({"id": d.id, "name": d.name, "notes": d.notes}))
        .collect();
    let steps: Vec<Value> = view
        .steps
        .iter()
        .map(|s| json!({"id": s.id, "text": s.text}))
        .collect();
    let sources: Vec<Value> = view
        .sources
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "title": s.title,
                "url": s.url,
                "file": s.file,
                "checked": s.checked.to_string(),
            })
        })
        .collect();
    let mut answers = Map::new();
    for a in &view.answers {
        // A CPR answer has no value: only that one was given.
        let value = a.value.clone().map_or(Value::Null, Value::String);
        answers.insert(a.id.clone(), value);
    }
    let doc = json!({
        "outcome": view.outcome,
        "language": view.language,
        "today": view.today.to_string(),
        "summary": view.summary,
        "warnings": view.warnings,
        "offices": offices,
        "deadlines": deadlines,
        "documents": documents,
        "steps": steps,
        "sources": sources,
        "answers": answers,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}
