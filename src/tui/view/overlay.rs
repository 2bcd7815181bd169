//! Boxes drawn over a screen: the key help and the quit question.

use crate::tui::app::App;
use crate::tui::app::PinBlock;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// A box of `lines` centred in `area`, as large as fits.
fn boxed(frame: &mut Frame, app: &App<'_>, area: Rect, title: String, lines: Vec<Line<'static>>) {
    let width = area.width.saturating_sub(4).min(64);
    // Rows the text takes once wrapped inside the border, one spare row for
    // each wrapped line, since words do not break mid-way.
    let inner = usize::from(width.saturating_sub(2).max(1));
    let rows: usize = lines
        .iter()
        .map(|line| {
            let w = line.width();
            if w <= inner {
                1
            } else {
                w.div_ceil(inner) + 1
            }
        })
        .sum();
    let wanted = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    let height = wanted.min(area.height.saturating_sub(2));
    let rect = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(app.theme().glyphs.border)
        .title(Span::styled(format!(" {title} "), app.theme().title))
        .style(app.theme().base);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        rect,
    );
}

pub fn help(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let keys = [
        ("1–9", "ui-help-digits"),
        ("↑ ↓  Enter", "ui-help-arrows"),
        ("Esc  ←  Backspace", "ui-help-back"),
        ("PgUp PgDn", "ui-help-scroll"),
        ("F2  l", "ui-help-language"),
        ("F5  Ctrl-R", "ui-help-restart"),
        ("?  F1", "ui-help-help"),
        ("q  Ctrl-C", "ui-help-quit"),
    ];
    // Nobody quits a kiosk from its keyboard.
    let kiosk = app.kiosk().is_some();
    let glyphs = app.theme().glyphs;
    let keys: Vec<(String, &str)> = keys
        .into_iter()
        .filter(|(_, id)| !(kiosk && *id == "ui-help-quit"))
        .map(|(k, id)| (glyphs.keys(k), id))
        .collect();
    let width = keys
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line<'static>> = keys
        .iter()
        .map(|(k, id)| {
            Line::from(vec![
                Span::styled(format!("{k:width$}  "), app.theme().key),
                Span::styled(app.theme().glyphs.keys(&t.text(id)), app.theme().base),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        t.text("ui-help-close"),
        app.theme().dim,
    )));
    boxed(frame, app, area, t.text("ui-help-title"), lines);
}

pub fn confirm_quit(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let lines = vec![
        Line::from(Span::styled(t.text("ui-quit-question"), app.theme().base)),
        Line::from(""),
        Line::from(Span::styled(t.text("ui-quit-keys"), app.theme().key)),
    ];
    boxed(frame, app, area, t.text("ui-quit-title"), lines);
}

pub fn staff_pin(frame: &mut Frame, app: &App<'_>, area: Rect, typed: usize) {
    let t = app.t();
    let theme = app.theme();
    let mut lines = Vec::new();
    match app.pin_block() {
        PinBlock::Locked => {
            lines.push(Line::from(Span::styled(
                t.text("ui-staff-locked"),
                theme.error,
            )));
        }
        PinBlock::Wait(seconds) => {
            let mut fluent = crate::i18n::FluentArgs::new();
            fluent.set("seconds", i64::try_from(seconds).unwrap_or(0));
            lines.push(Line::from(Span::styled(
                t.text("ui-staff-wrong"),
                theme.error,
            )));
            lines.push(Line::from(Span::styled(
                t.text_with("ui-staff-wait", &fluent),
                theme.warn,
            )));
        }
        PinBlock::Open => {
            lines.push(Line::from(Span::styled(t.text("ui-staff-pin"), theme.base)));
            lines.push(super::field_line(
                theme,
                theme.glyphs.hidden.to_string().repeat(typed),
            ));
            if app.pin_failures() > 0 {
                lines.push(Line::from(Span::styled(
                    t.text("ui-staff-wrong"),
                    theme.error,
                )));
            }
        }
    }
    boxed(frame, app, area, t.text("ui-staff-title"), lines);
}

pub fn countdown(frame: &mut Frame, app: &App<'_>, area: Rect, seconds: u64) {
    let t = app.t();
    let mut fluent = crate::i18n::FluentArgs::new();
    fluent.set("seconds", i64::try_from(seconds).unwrap_or(0));
    let lines = vec![
        Line::from(Span::styled(t.text("ui-still-there"), app.theme().title)),
        Line::from(""),
        Line::from(Span::styled(
            t.text_with("ui-still-there-countdown", &fluent),
            app.theme().warn,
        )),
    ];
    boxed(frame, app, area, t.text("ui-title"), lines);
}

pub fn confirm_restart(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let lines = vec![
        Line::from(Span::styled(
            t.text("ui-restart-question"),
            app.theme().base,
        )),
        Line::from(""),
        Line::from(Span::styled(t.text("ui-restart-keys"), app.theme().key)),
    ];
    boxed(frame, app, area, t.text("ui-restart-title"), lines);
}

pub fn save(
    frame: &mut Frame,
    app: &App<'_>,
    area: Rect,
    path: &str,
    bad_name: bool,
    replace: bool,
) {
    let t = app.t();
    let mut lines = vec![
        Line::from(Span::styled(t.text("ui-save-prompt"), app.theme().base)),
        super::field_line(app.theme(), path.to_string()),
    ];
    if replace {
        lines.push(Line::from(Span::styled(
            t.text("ui-save-exists"),
            app.theme().warn,
        )));
    }
    if bad_name {
        lines.push(Line::from(Span::styled(
            t.text("ui-save-bad-name"),
            app.theme().error,
        )));
    }
    boxed(frame, app, area, t.text("ui-save-title"), lines);
}
