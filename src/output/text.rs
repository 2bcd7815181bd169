//! Plain text: headings as lines, lists as lines starting with "- ", no
//! colours or escape sequences, so it reads well in a pipe, a file or a
//! screen reader.

use super::View;
use std::fmt::Write;

/// Renders `view` as plain text.
pub fn render_text(view: &View) -> String {
    let mut out = String::new();
    let w = &view.words;
    let _ = writeln!(out, "{}: {}", w.title, w.result);
    let _ = writeln!(out, "{}", view.summary);
    for warning in &view.warnings {
        let _ = writeln!(out, "! {warning}");
    }

    if !view.offices.is_empty() {
        let _ = writeln!(out, "\n{}", w.offices);
        for office in &view.offices {
            let roles: Vec<&str> = office.roles.iter().map(|r| r.text.as_str()).collect();
            let _ = writeln!(out, "- {}", office.name);
            let _ = writeln!(out, "  {}", roles.join(", "));
            if !office.address.is_empty() {
                let _ = writeln!(out, "  {}", office.address.join(", "));
            }
            if let Some(web) = &office.web {
                let _ = writeln!(out, "  {web}");
            }
            if let Some(booking) = &office.booking {
                let _ = writeln!(out, "  {booking}");
            }
            if let Some(contact) = office.contact() {
                let _ = writeln!(out, "  {contact}");
            }
            if let Some(status) = &office.status_text {
                let _ = writeln!(out, "  {status}");
            }
            let _ = writeln!(out, "  {}", office.about);
            if office.says_book() {
                let _ = writeln!(out, "  {}", w.appointment);
            }
            if !office.week.is_empty() {
                let _ = writeln!(out, "  {}", w.hours);
                for line in &office.week {
                    let today = if line.is_today {
                        format!(" ({})", w.today)
                    } else {
                        String::new()
                    };
                    let _ = writeln!(out, "    {} {}{today}", line.day_name, line.text);
                }
            }
            if let Some(note) = &office.hours_note {
                let _ = writeln!(out, "  {note}");
            }
            for note in &office.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
    }

    if !view.deadlines.is_empty() {
        let _ = writeln!(out, "\n{}", w.deadlines);
        for d in &view.deadlines {
            match &d.when {
                Some(when) => {
                    let _ = writeln!(out, "- {}: {}", d.title, when);
                }
                None => {
                    let _ = writeln!(out, "- {}", d.title);
                }
            }
            if let Some(status) = &d.status_text {
                let _ = writeln!(out, "  {status}");
            }
            let _ = writeln!(out, "  {}", d.rule);
        }
    }

    if !view.documents.is_empty() {
        let _ = writeln!(out, "\n{}", w.documents);
        for doc in &view.documents {
            let _ = writeln!(out, "- {}", doc.name);
            for note in &doc.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
    }

    if !view.steps.is_empty() {
        let _ = writeln!(out, "\n{}", w.steps);
        for (n, step) in view.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, step.text);
        }
    }

    if !view.answers.is_empty() {
        let _ = writeln!(out, "\n{}", w.answers);
        for a in &view.answers {
            let _ = writeln!(out, "- {} {}", a.question, a.answer);
        }
    }

    if !view.sources.is_empty() {
        let _ = writeln!(out, "\n{}", w.sources);
        for s in &view.sources {
            match &s.url {
                Some(url) => {
                    let _ = writeln!(out, "- {} ({url}), {}", s.title, s.checked_text);
                }
                None => {
                    let _ = writeln!(out, "- {}, {}", s.title, s.checked_text);
                }
            }
        }
    }
    let _ = writeln!(out, "\n{}", view.today_text);
    out
}
