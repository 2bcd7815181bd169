//! The result, in order of what to do first: the outcome in one sentence,
//! the offices (address, web, this week's hours with today marked, open now
//! or next opening), deadlines as dates with their rules, the document
//! checklist, the steps, and the sources. It scrolls.

use super::Body;
use crate::tui::app::App;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A QR code as lines of half blocks. Light modules are drawn, so the code
/// reads on the usual dark terminal background.
fn qr_lines(url: &str) -> Option<Vec<String>> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let rendered = code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    Some(rendered.lines().map(str::to_string).collect())
}

fn text(s: impl Into<String>, style: Style) -> Line<'static> {
    Line::from(Span::styled(s.into(), style))
}

pub fn body(app: &App<'_>, _width: u16) -> Body {
    let theme = app.theme();
    let mut lines = Vec::new();
    let Some(view) = app.result() else {
        return Body {
            lines: vec![text(app.t().text("err-no-outcome"), theme.error)],
            options: Vec::new(),
            focus: None,
            free_scroll: true,
            pinned: 0,
        };
    };
    let w = &view.words;
    lines.push(text(view.summary.clone(), theme.title));
    for warning in &view.warnings {
        lines.push(text(
            format!("{} {warning}", theme.glyphs.warning),
            theme.error,
        ));
    }
    if let Some(notice) = app.notice() {
        let mut fluent = crate::i18n::FluentArgs::new();
        fluent.set("detail", notice.detail.clone().unwrap_or_default());
        let style = if notice.failed { theme.error } else { theme.ok };
        lines.push(text(app.t().text_with(notice.id, &fluent), style));
    }
    let printer = app
        .kiosk()
        .is_some_and(|k| !k.config.print_command.is_empty());
    if printer {
        lines.push(text(app.t().text("ui-print-hint"), theme.key));
    }

    if !view.offices.is_empty() {
        lines.push(Line::from(""));
        lines.push(text(w.offices.to_uppercase(), theme.heading));
        for office in &view.offices {
            lines.push(Line::from(""));
            if office.here {
                lines.push(Line::from(vec![
                    Span::styled(office.name.clone(), theme.title),
                    Span::styled(
                        format!(
                            "  {} {}",
                            theme.glyphs.here,
                            app.t().text("ui-you-are-here")
                        ),
                        theme.today,
                    ),
                ]));
            } else {
                lines.push(text(office.name.clone(), theme.title));
            }
            let roles: Vec<&str> = office.roles.iter().map(|r| r.text.as_str()).collect();
            lines.push(text(roles.join(" · "), theme.ok));
            if !office.address.is_empty() {
                lines.push(text(office.address.join(", "), theme.base));
            }
            if let Some(web) = &office.web {
                lines.push(text(web.clone(), theme.key));
            }
            if let Some(contact) = office.contact() {
                lines.push(text(contact, theme.base));
            }
            if let Some(status) = &office.status_text {
                let style = if office.open_now == Some(true) {
                    theme.ok
                } else {
                    theme.warn
                };
                lines.push(text(status.clone(), style));
            }
            if !office.week.is_empty() {
                lines.push(text(w.hours.clone(), theme.dim));
                let width = office
                    .week
                    .iter()
                    .map(|h| h.day_name.chars().count())
                    .max()
                    .unwrap_or(0);
                for day in &office.week {
                    let line = format!("  {:width$}  {}", day.day_name, day.text);
                    if day.is_today {
                        lines.push(Line::from(vec![
                            Span::styled(line, theme.today),
                            Span::styled(
                                format!("  {} {}", theme.glyphs.here, w.today),
                                theme.today,
                            ),
                        ]));
                    } else {
                        lines.push(text(line, theme.base));
                    }
                }
            }
            if let Some(note) = &office.hours_note {
                lines.push(text(note.clone(), theme.dim));
            }
            if office.says_book() {
                lines.push(text(w.appointment.clone(), theme.base));
            }
            lines.push(text(office.about.clone(), theme.dim));
            for note in &office.notes {
                lines.push(text(format!("{} {note}", theme.glyphs.arrow), theme.base));
            }
        }
    }

    // A code to scan for the first office's web or booking page.
    if let Some((office, url)) = view
        .offices
        .iter()
        .find_map(|o| o.booking.as_ref().or(o.web.as_ref()).map(|u| (o, u)))
    {
        if let Some(code) = qr_lines(url) {
            lines.push(Line::from(""));
            lines.push(text(
                app.t().text_with(
                    "ui-qr",
                    &crate::i18n::args([("office", office.name.clone()), ("url", url.clone())]),
                ),
                theme.dim,
            ));
            lines.extend(code.into_iter().map(|l| text(l, theme.base)));
        }
    }

    if !view.deadlines.is_empty() {
        lines.push(Line::from(""));
        lines.push(text(w.deadlines.to_uppercase(), theme.heading));
        for d in &view.deadlines {
            match &d.when {
                Some(when) => lines.push(Line::from(vec![
                    Span::styled(format!("{} {}: ", theme.glyphs.bullet, d.title), theme.base),
                    Span::styled(when.clone(), theme.warn),
                ])),
                None => lines.push(text(
                    format!("{} {}", theme.glyphs.bullet, d.title),
                    theme.base,
                )),
            }
            if let Some(status) = &d.status_text {
                lines.push(text(format!("  {status}"), theme.error));
            }
            lines.push(text(format!("  {}", d.rule), theme.dim));
        }
    }

    if !view.documents.is_empty() {
        lines.push(Line::from(""));
        lines.push(text(w.documents.to_uppercase(), theme.heading));
        for doc in &view.documents {
            lines.push(text(
                format!("{} {}", theme.glyphs.checkbox, doc.name),
                theme.base,
            ));
            for note in &doc.notes {
                lines.push(text(format!("  {note}"), theme.dim));
            }
        }
    }

    if !view.steps.is_empty() {
        lines.push(Line::from(""));
        lines.push(text(w.steps.to_uppercase(), theme.heading));
        for (n, step) in view.steps.iter().enumerate() {
            lines.push(text(format!("{}. {}", n + 1, step.text), theme.base));
        }
    }

    if !view.sources.is_empty() {
        lines.push(Line::from(""));
        lines.push(text(w.sources.to_uppercase(), theme.heading));
        for s in &view.sources {
            let line = match &s.url {
                Some(url) => format!(
                    "{} {} ({url}), {}",
                    theme.glyphs.bullet, s.title, s.checked_text
                ),
                None => format!("{} {}, {}", theme.glyphs.bullet, s.title, s.checked_text),
            };
            lines.push(text(line, theme.dim));
        }
    }
    lines.push(Line::from(""));
    lines.push(text(view.today_text.clone(), theme.dim));
    Body {
        lines,
        options: Vec::new(),
        focus: None,
        free_scroll: true,
        pinned: 0,
    }
}
