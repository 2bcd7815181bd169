//! Plain text: headings as lines, lists as lines starting with "- ", no
//! colours or escape sequences, so it reads well in a pipe, a file or a
//! screen reader. Whatever content or a translation holds that would act
//! on a terminal (an escape sequence, a bidirectional control) is removed
//! ([`crate::text::strip_controls`]).

use super::{OfficeView, View, Words};
use crate::text::strip_controls;
use std::fmt::Write;

/// An office's lines (all but its name), each starting with `indent`:
/// roles, address, web, contact, open now, what it does, hours, notes.
pub fn office_text(office: &OfficeView, words: &Words, indent: &str) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        let _ = writeln!(out, "{indent}{text}");
    };
    // One role a line: each starts with a capital, so a comma between them
    // would read as one broken sentence.
    for role in &office.roles {
        line(&role.text);
    }
    if !office.address.is_empty() {
        line(&office.address.join(", "));
    }
    for text in [
        &office.web,
        &office.booking,
        &office.contact(),
        &office.status_text,
    ]
    .into_iter()
    .flatten()
    {
        line(text);
    }
    if !office.about.is_empty() {
        line(&office.about);
    }
    if let Some(booking) = office.booking_line(&words.appointment) {
        line(&booking);
    }
    if let Some(first) = &office.apply_first {
        line(first);
    }
    if !office.week.is_empty() {
        line(&words.hours);
        for day in &office.week {
            let today = if day.is_today {
                format!(" ({})", words.today)
            } else {
                String::new()
            };
            line(&format!("  {} {}{today}", day.day_name, day.text));
        }
    }
    for note in office
        .hours_caveat
        .iter()
        .chain(&office.hours_note)
        .chain(&office.notes)
    {
        line(note);
    }
    strip_controls(&out).into_owned()
}

/// Renders `view` as plain text, in the order the result screen shows
/// it: the summary and warnings, the deadlines (then the duties without a
/// date, under "Also remember"), the offices, the documents, the steps,
/// the answers and the sources.
pub fn render_text(view: &View) -> String {
    render(view, true)
}

/// What a printer prints: the text as a take-away, with the weekly hours
/// and when it was made, never "open now" (see [`View::take_away`]).
pub fn render_printout(view: &View) -> String {
    render_text(&view.take_away())
}

/// The same without the answers: the line mode lists them itself,
/// numbered, right after the result.
pub fn render_text_without_answers(view: &View) -> String {
    render(view, false)
}

fn render(view: &View, with_answers: bool) -> String {
    let mut out = String::new();
    let w = &view.words;
    let _ = writeln!(out, "{}: {}", w.title, w.result);
    let _ = writeln!(out, "{}", view.summary);
    for warning in &view.warnings {
        let _ = writeln!(out, "{}: {warning}", w.warning);
    }

    write_deadlines(&mut out, view);

    if !view.offices.is_empty() {
        let _ = writeln!(out, "\n{}", w.offices);
        for office in &view.offices {
            let _ = writeln!(out, "- {}", office.name);
            out.push_str(&office_text(office, w, "  "));
        }
    }

    write_documents(&mut out, view);

    if !view.steps.is_empty() {
        let _ = writeln!(out, "\n{}", w.steps);
        for (n, step) in view.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, step.text);
        }
    }

    if with_answers && !view.answers.is_empty() {
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
    strip_controls(&out).into_owned()
}

/// The deadlines with a date, then the duties without one.
fn write_deadlines(out: &mut String, view: &View) {
    let w = &view.words;
    let (dated, later) = view.dated_and_later();
    if !dated.is_empty() {
        let _ = writeln!(out, "\n{}", w.deadlines);
        for d in dated {
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
            if let Some(closed) = &d.office_closed {
                let _ = writeln!(out, "  {closed}");
            }
            let _ = writeln!(out, "  {}", d.rule);
            for note in &d.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
    }
    if !later.is_empty() {
        let _ = writeln!(out, "\n{}", w.later);
        for d in later {
            let _ = writeln!(out, "- {}", d.title);
            let _ = writeln!(out, "  {}", d.rule);
            for note in &d.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
    }
}

/// The documents under the step they are brought to.
fn write_documents(out: &mut String, view: &View) {
    let w = &view.words;
    let groups = view.document_groups();
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", w.documents);
    for (step, docs) in groups {
        if let Some(step) = step {
            let here = if step.here {
                format!(" ({})", w.here)
            } else {
                String::new()
            };
            let _ = writeln!(out, "{}{here}:", step.title);
            for note in &step.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
        for doc in docs {
            let _ = writeln!(out, "- {}", doc.name);
            for note in &doc.notes {
                let _ = writeln!(out, "  {note}");
            }
        }
    }
}
