//! Markdown: headings, the documents as a `- [ ]` checklist, numbered steps.
//! Control characters and escape sequences are removed
//! ([`crate::text::strip_controls`]).

use super::View;
use std::fmt::Write;

/// Escapes characters that Markdown would read as formatting, once
/// control characters and escape sequences are gone (a `\` put after an
/// escape would split its sequence).
fn md(text: &str) -> String {
    let text = crate::text::strip_controls(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Renders `view` as Markdown.
pub fn render_markdown(view: &View) -> String {
    let mut out = String::new();
    let w = &view.words;
    let _ = writeln!(out, "# {}: {}\n", md(&w.title), md(&w.result));
    let _ = writeln!(out, "**{}**", md(&view.summary));
    for warning in &view.warnings {
        let _ = writeln!(out, "\n> **{}: {}**", md(&w.warning), md(warning));
    }
    // In the order the result screen shows it.
    write_deadlines(&mut out, view);
    if !view.offices.is_empty() {
        let _ = writeln!(out, "\n## {}", md(&w.offices));
        for office in &view.offices {
            write_office(&mut out, office, w);
        }
    }
    write_documents(&mut out, view);
    write_rest(&mut out, view);
    let _ = writeln!(out, "\n{}", md(&view.today_text));
    crate::text::strip_controls(&out).into_owned()
}

/// One office: roles, address, pages, contact, hours and notes.
fn write_office(out: &mut String, office: &super::OfficeView, w: &super::Words) {
    let roles: Vec<String> = office.roles.iter().map(|r| md(&r.text)).collect();
    let _ = writeln!(out, "\n### {}\n", md(&office.name));
    // As on screen: each role starts with a capital, so no commas.
    let _ = writeln!(out, "*{}*\n", roles.join(" · "));
    if !office.address.is_empty() {
        let lines: Vec<String> = office.address.iter().map(|l| md(l)).collect();
        let _ = writeln!(out, "{}  ", lines.join(", "));
    }
    if let Some(web) = &office.web {
        let _ = writeln!(out, "<{web}>  ");
    }
    if let Some(booking) = &office.booking {
        let _ = writeln!(out, "<{booking}>  ");
    }
    if let Some(contact) = office.contact() {
        let _ = writeln!(out, "{}  ", md(&contact));
    }
    if let Some(status) = &office.status_text {
        let _ = writeln!(out, "**{}**  ", md(status));
    }
    let _ = writeln!(out, "{}", md(&office.about));
    if let Some(booking) = office.booking_line(&w.appointment) {
        let _ = writeln!(out, "\n{}", md(&booking));
    }
    if let Some(first) = &office.apply_first {
        let _ = writeln!(out, "\n{}", md(first));
    }
    if !office.week.is_empty() {
        let _ = writeln!(out, "\n{}\n", md(&w.hours));
        for line in &office.week {
            let today = if line.is_today {
                format!(" ({})", md(&w.today))
            } else {
                String::new()
            };
            let _ = writeln!(out, "- {}: {}{today}", md(&line.day_name), md(&line.text));
        }
    }
    if let Some(caveat) = &office.hours_caveat {
        let _ = writeln!(out, "\n{}", md(caveat));
    }
    if let Some(note) = &office.hours_note {
        let _ = writeln!(out, "\n{}", md(note));
    }
    for note in &office.notes {
        let _ = writeln!(out, "\n{}", md(note));
    }
}

/// The deadlines with a date, then the duties without one under "Also
/// remember" (a Nordic citizen's "tell your municipality before you
/// leave").
fn write_deadlines(out: &mut String, view: &View) {
    let w = &view.words;
    let (dated, later) = view.dated_and_later();
    if !dated.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&w.deadlines));
        for d in dated {
            match &d.when {
                Some(when) => {
                    let _ = writeln!(out, "- **{}**: {}", md(&d.title), md(when));
                }
                None => {
                    let _ = writeln!(out, "- **{}**", md(&d.title));
                }
            }
            if let Some(status) = &d.status_text {
                let _ = writeln!(out, "  {}", md(status));
            }
            if let Some(closed) = &d.office_closed {
                let _ = writeln!(out, "  **{}**", md(closed));
            }
            let _ = writeln!(out, "  {}", md(&d.rule));
            for note in &d.notes {
                let _ = writeln!(out, "  {}", md(note));
            }
        }
    }
    if !later.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&w.later));
        for d in later {
            let _ = writeln!(out, "- **{}**", md(&d.title));
            let _ = writeln!(out, "  {}", md(&d.rule));
            for note in &d.notes {
                let _ = writeln!(out, "  {}", md(note));
            }
        }
    }
}

/// The documents as a checklist, under the step they are brought to.
fn write_documents(out: &mut String, view: &View) {
    let w = &view.words;
    let groups = view.document_groups();
    if !groups.is_empty() {
        let _ = writeln!(out, "\n## {}", md(&w.documents));
        for (step, docs) in groups {
            if let Some(step) = step {
                let here = if step.here {
                    format!(" ({})", md(&w.here))
                } else {
                    String::new()
                };
                let _ = writeln!(out, "\n### {}{here}", md(&step.title));
                for note in &step.notes {
                    let _ = writeln!(out, "\n{}", md(note));
                }
            }
            let _ = writeln!(out);
            for doc in docs {
                let _ = writeln!(out, "- [ ] {}", md(&doc.name));
                for note in &doc.notes {
                    let _ = writeln!(out, "  {}", md(note));
                }
            }
        }
    }
}

/// The steps, the answers and the sources.
fn write_rest(out: &mut String, view: &View) {
    let w = &view.words;
    if !view.steps.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&w.steps));
        for (n, step) in view.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, md(&step.text));
        }
    }

    if !view.answers.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&w.answers));
        for a in &view.answers {
            let _ = writeln!(out, "- {} **{}**", md(&a.question), md(&a.answer));
        }
    }

    if !view.sources.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&w.sources));
        for s in &view.sources {
            match &s.url {
                Some(url) => {
                    let _ = writeln!(out, "- {} <{url}>, {}", md(&s.title), md(&s.checked_text));
                }
                None => {
                    let _ = writeln!(out, "- {}, {}", md(&s.title), md(&s.checked_text));
                }
            }
        }
    }
}
