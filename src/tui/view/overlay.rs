//! Boxes drawn over a screen: the key help and the quit question.

use crate::i18n::args;
use crate::tui::app::App;
use crate::tui::app::PinBlock;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

/// A box's width in `area`: two columns free on each side, at most 74.
fn box_width(area: Rect) -> u16 {
    area.width.saturating_sub(4).min(74)
}

/// The text's width in a box: inside the frame, a column of space on each
/// side.
fn box_text_width(area: Rect) -> usize {
    usize::from(box_width(area).saturating_sub(4).max(1))
}

/// A box of `lines` centred in `area`, as large as fits. Lines are
/// wrapped here, with their hanging indents, so the box is exactly as tall
/// as its text.
fn boxed(frame: &mut Frame, app: &App<'_>, area: Rect, title: String, lines: Vec<Line<'static>>) {
    boxed_at(frame, app, area, title, lines, box_width(area));
}

/// A box `width` columns wide (at most what `area` allows).
fn boxed_at(
    frame: &mut Frame,
    app: &App<'_>,
    area: Rect,
    title: String,
    lines: Vec<Line<'static>>,
    width: u16,
) {
    let width = width.min(box_width(area));
    let inner = usize::from(width.saturating_sub(4).max(1));
    let (lines, _) = super::wrap::wrap_all(&lines, inner);
    let wanted = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let height = wanted.min(area.height.saturating_sub(2));
    let rect = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    // The screen under the box fades, and a blank margin parts the box
    // from whatever frame lies under it (the result's card), so it never
    // looks drawn inside it.
    frame.buffer_mut().set_style(
        area,
        ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM),
    );
    let margin = Rect {
        x: rect.x.saturating_sub(2),
        y: rect.y.saturating_sub(1),
        width: rect.width + 4,
        height: rect.height + 2,
    }
    .intersection(area);
    frame.render_widget(Clear, margin);
    frame.render_widget(Paragraph::new("").style(app.theme().base), margin);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(app.theme().glyphs.border)
        .title(Span::styled(format!(" {title} "), app.theme().title))
        .padding(ratatui::widgets::Padding::horizontal(1))
        .style(app.theme().base);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

pub fn help(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let keys = [
        ("1–9", "ui-help-digits"),
        ("↑ ↓  Enter", "ui-help-arrows"),
        ("Esc  ←  Backspace", "ui-help-back"),
        ("← → Home End Del Ctrl-U", "ui-help-edit"),
        ("PgUp PgDn", "ui-help-scroll"),
        ("F2  l", "ui-help-language"),
        ("F5  Ctrl-R", "ui-help-restart"),
        ("?  F1", "ui-help-help"),
        ("h", "ui-help-week"),
        ("c", "ui-help-calendar"),
        ("s", "ui-help-save"),
        ("q  Ctrl-C", "ui-help-quit"),
    ];
    // Nobody quits a kiosk from its keyboard, or saves there; the keys
    // of the result only on the result, the review's numbers on the review.
    let kiosk = app.kiosk().is_some();
    let screen = app.screen();
    let result_only = [
        "ui-help-scroll",
        "ui-help-week",
        "ui-help-calendar",
        "ui-help-save",
    ];
    let keys: Vec<(&str, &str)> = keys
        .into_iter()
        .filter(|(_, id)| screen == crate::tui::app::Screen::Result || !result_only.contains(id))
        // The editing keys where there is a field to edit.
        .filter(|(_, id)| *id != "ui-help-edit" || app.is_text_input())
        .map(|(k, id)| {
            if screen == crate::tui::app::Screen::Review && id == "ui-help-digits" {
                ("0–99", "ui-help-review-digits")
            } else {
                (k, id)
            }
        })
        .collect();
    let glyphs = app.theme().glyphs;
    let keys: Vec<(String, &str)> = keys
        .into_iter()
        .filter(|(_, id)| !(kiosk && matches!(*id, "ui-help-quit" | "ui-help-save")))
        .filter(|(_, id)| !(app.is_served() && *id == "ui-help-save"))
        .map(|(k, id)| (glyphs.keys(k), id))
        .collect();
    let width = keys
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    // The text's width inside the box `boxed` draws.
    let inner = box_text_width(area);
    let mut lines: Vec<Line<'static>> = keys
        .iter()
        .flat_map(|(k, id)| {
            let what = app.theme().glyphs.keys(&t.text(id));
            // Narrow: the keys on a line of their own, what they do under.
            if inner < width + 2 + 20 {
                let mut rows = vec![Line::from(Span::styled(k.clone(), app.theme().key))];
                let line = Line::from(Span::styled(format!("  {what}"), app.theme().base));
                rows.extend(super::wrap::wrap_hanging(&line, inner, 2));
                return rows;
            }
            // What a key does goes on under itself, not under the keys.
            let line = Line::from(vec![
                Span::styled(format!("{k:width$}  "), app.theme().key),
                Span::styled(what, app.theme().base),
            ]);
            super::wrap::wrap_hanging(&line, inner, width + 2)
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        t.text("ui-help-close"),
        app.theme().dim,
    )));
    boxed(frame, app, area, t.text("ui-help-title"), lines);
}

/// "You wrote 1 January 2030. That is more than a year from now. Is that
/// right?" with yes and no.
pub fn confirm_date(frame: &mut Frame, app: &App<'_>, area: Rect, selected: usize) {
    let t = app.t();
    let theme = app.theme();
    let mut lines = vec![
        Line::from(Span::styled(
            app.flow().confirm_text().unwrap_or_default(),
            theme.base,
        )),
        Line::from(""),
    ];
    for (i, id) in ["ui-date-confirm-yes", "ui-date-confirm-no"]
        .iter()
        .enumerate()
    {
        lines.push(super::option_line(
            theme,
            i + 1,
            i == selected,
            format!(" {} ", t.text(id)),
            theme.base,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        theme.glyphs.keys(&t.text("ui-date-confirm-keys")),
        theme.key,
    )));
    boxed(frame, app, area, t.text("ui-date-confirm-title"), lines);
}

/// The language chooser: the three languages by their own names, the
/// one in use highlighted, in a box no wider than it needs.
pub fn language(frame: &mut Frame, app: &App<'_>, area: Rect, selected: usize) {
    let t = app.t();
    let theme = app.theme();
    let mut lines = vec![
        Line::from(Span::styled(t.text("ui-choose-language"), theme.heading)),
        Line::from(""),
    ];
    for (i, lang) in crate::i18n::Lang::ALL.iter().enumerate() {
        let name = t.text(&crate::keys::language(lang.code()));
        lines.push(super::option_line(
            theme,
            i + 1,
            i == selected,
            format!(" {name} "),
            theme.base,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        theme.glyphs.keys(&t.text("ui-language-keys")),
        theme.key,
    )));
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(widest + 4).unwrap_or(u16::MAX);
    boxed_at(frame, app, area, t.text("ui-language-title"), lines, width);
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
                None,
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
    path: &crate::tui::app::Field,
    refused: Option<&crate::flow::SaveError>,
    replace: bool,
) {
    let t = app.t();
    let mut lines = vec![
        Line::from(Span::styled(t.text("ui-save-prompt"), app.theme().base)),
        super::field_line(
            app.theme(),
            path.as_str().to_string(),
            Some(path.cursor_chars()),
        ),
    ];
    if replace {
        lines.push(Line::from(Span::styled(
            t.text("ui-save-exists"),
            app.theme().warn,
        )));
    }
    if let Some(why) = refused {
        lines.push(Line::from(Span::styled(why.text(&t), app.theme().error)));
    }
    boxed(frame, app, area, t.text("ui-save-title"), lines);
}

/// The codes to take away, one at a time, over the whole screen: what it
/// holds above it, and which of how many. Short of rows, one line says
/// both. When the screen is too small for the code, it says how large it
/// must be.
pub fn take_away(frame: &mut Frame, app: &App<'_>, area: Rect, index: usize) {
    let t = app.t();
    let theme = app.theme();
    let items = app
        .result()
        // As large a code as the screen holds, with one row above it: at
        // 80×24 the title and the date, on a larger screen the address too.
        .map(|view| {
            let max = crate::output::qr_bytes_for(
                usize::from(area.width),
                usize::from(area.height.saturating_sub(1)),
                super::qr::QUIET,
            );
            super::result::take_away(app, view, max.max(crate::output::VEVENT_MAX))
        })
        .unwrap_or_default();
    let Some(last) = items.len().checked_sub(1) else {
        boxed(
            frame,
            app,
            area,
            t.text("ui-heading-take-away"),
            vec![Line::from(Span::styled(
                t.text("ui-calendar-none"),
                theme.base,
            ))],
        );
        return;
    };
    let item = &items[index.min(last)];
    let rows = app.qr().rows(&item.data).unwrap_or_default();
    let cols = rows.first().map_or(0, |r| r.chars().count());
    let width = usize::from(area.width);
    let mut fluent = args([]);
    fluent.set("n", i64::try_from(index.min(last) + 1).unwrap_or(1));
    fluent.set("total", i64::try_from(items.len()).unwrap_or(1));
    let count = theme
        .glyphs
        .keys(&t.text_with("ui-calendar-count", &fluent));
    let text_width = width.saturating_sub(2);
    let mut head: Vec<Line<'static>> = super::wrap::wrap(
        &Line::from(Span::styled(item.caption.clone(), theme.title)),
        text_width,
    );
    head.extend(super::wrap::wrap(
        &Line::from(Span::styled(count.clone(), theme.key)),
        text_width,
    ));
    // Short of rows: what it is and which, on one line.
    let short_head = head.len() + rows.len() > usize::from(area.height);
    if short_head {
        let short = theme
            .glyphs
            .keys(&t.text_with("ui-calendar-count-short", &fluent));
        // The date is never cut: the title gives way first.
        let date = item
            .short_date
            .as_ref()
            .map(|d| format!(" · {d}"))
            .unwrap_or_default();
        let room = text_width.saturating_sub(short.chars().count() + 3 + date.chars().count());
        let mut what: String = item.short.chars().take(room).collect();
        if what.chars().count() < item.short.chars().count() {
            what.pop();
            what.push('…');
        }
        head = vec![Line::from(vec![
            Span::styled(what, theme.title),
            Span::styled(date, theme.title),
            Span::styled(format!(" · {short}"), theme.key),
        ])];
    }
    let needed_rows = head.len() + rows.len();
    if cols > width || needed_rows > usize::from(area.height) {
        let mut fluent_size = args([]);
        fluent_size.set("width", i64::try_from(cols).unwrap_or(0));
        fluent_size.set("height", i64::try_from(needed_rows).unwrap_or(0));
        let mut why = t.text_with("ui-code-too-small", &fluent_size);
        // Nothing is saved at a kiosk.
        if item.calendar && app.kiosk().is_none() && !app.is_served() {
            why = format!("{why} {}", t.text("ui-calendar-save-instead"));
        }
        let mut lines = vec![
            Line::from(Span::styled(item.caption.clone(), theme.base)),
            Line::from(""),
            Line::from(Span::styled(why, theme.error)),
        ];
        if items.len() > 1 {
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(count, theme.key)));
        }
        boxed(frame, app, area, t.text("ui-heading-take-away"), lines);
        return;
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new("").style(theme.base), area);
    let head_rows = u16::try_from(head.len()).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(head).style(theme.base),
        Rect {
            x: area.x + 1,
            height: head_rows,
            width: area.width.saturating_sub(2),
            ..area
        },
    );
    let code_rows = u16::try_from(rows.len()).unwrap_or(u16::MAX);
    let code_cols = u16::try_from(cols).unwrap_or(u16::MAX);
    let free = area.height.saturating_sub(head_rows + code_rows);
    let code = Rect {
        x: area.x + (area.width - code_cols) / 2,
        y: area.y + head_rows + free / 2,
        width: code_cols,
        height: code_rows,
    };
    let lines: Vec<Line<'static>> = rows
        .into_iter()
        .map(|r| Line::from(Span::styled(r, super::result::qr_style())))
        .collect();
    frame.render_widget(Paragraph::new(lines), code);
    // The head had no room to say what to do with it: beside it, if there
    // is room there.
    let beside = area.x + area.width;
    let from = code.x + code.width + 2;
    let room = beside.saturating_sub(from + 1);
    if short_head && room >= 12 {
        let hint = super::wrap::wrap(
            &Line::from(Span::styled(t.text("ui-code-scan-short"), theme.base)),
            usize::from(room),
        );
        let hint_rows = u16::try_from(hint.len()).unwrap_or(u16::MAX);
        frame.render_widget(
            Paragraph::new(hint).style(theme.base),
            Rect {
                x: from,
                y: code.y + code_rows.saturating_sub(hint_rows) / 2,
                width: room,
                height: hint_rows.min(code_rows),
            },
        );
    }
}
