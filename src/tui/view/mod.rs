//! Drawing: views only read the state and draw it. Each frame returns its
//! [`Layout`] (where the options are, how far the body scrolls) for `update`
//! to read, so what is drawn and what is clicked always agree.

mod links;
mod overlay;
mod qr;
mod question;
mod result;
mod review;
mod theme;
mod welcome;
mod wrap;

pub use qr::QrCache;
pub use result::{qr_style, TWO_COLUMNS};
pub use theme::{Glyphs, Theme, ThemeKind};

use super::app::{App, Overlay, Screen};
use super::layout::Layout;
use crate::i18n::args;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

/// The smallest terminal the guide draws in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The lines of a screen's body, and which lines each option spans.
pub struct Body {
    pub lines: Vec<Line<'static>>,
    /// `(first line, end line)` of each option, in option order.
    pub options: Vec<(usize, usize)>,
    /// The line range to keep in view (the highlighted option).
    pub focus: Option<(usize, usize)>,
    /// Whether the body scrolls by `app.scroll` (the result) or follows focus.
    pub free_scroll: bool,
    /// Leading lines that stay in place while the rest scrolls (a
    /// search's question and field above its list), when they leave room.
    pub pinned: usize,
}

/// Rows a list needs under pinned lines for pinning to be worth it.
const LIST_ROWS_MIN: usize = 3;

impl Body {
    /// The lines after the pinned ones, as a body of their own.
    fn unpinned(self) -> Body {
        let pinned = self.pinned;
        let shift = |(a, b): (usize, usize)| (a.saturating_sub(pinned), b.saturating_sub(pinned));
        Body {
            lines: self.lines.into_iter().skip(pinned).collect(),
            options: self.options.into_iter().map(shift).collect(),
            focus: self.focus.map(shift),
            free_scroll: self.free_scroll,
            pinned: 0,
        }
    }
}

/// Header (1 line), body, footer (1 line, plus a line of space when tall).
fn layout(area: Rect) -> (Rect, Rect, Rect) {
    let header = Rect { height: 1, ..area };
    let footer_height = 1;
    let gap = u16::from(area.height >= 16);
    // A column of margin on the left; on the right a column of space and
    // the scroll marker's own column.
    let body = Rect {
        x: area.x + 1,
        y: area.y + 1 + gap,
        width: area.width.saturating_sub(3),
        height: area.height.saturating_sub(2 + footer_height + gap),
    };
    let footer = Rect {
        y: area.y + area.height.saturating_sub(1),
        height: 1,
        ..area
    };
    (header, body, footer)
}

fn body_of(app: &App<'_>, width: u16, height: u16) -> Body {
    match app.screen() {
        Screen::Welcome => welcome::body(app),
        Screen::Question(_) => {
            // On a small screen the hint goes first, so the options fit
            // (under a search's pinned field, a few rows of its list).
            let full = question::body(app, true);
            let rows = if full.pinned > 0 {
                line_rows(&full.lines[..full.pinned], width)
                    .iter()
                    .sum::<usize>()
                    + LIST_ROWS_MIN
            } else {
                row_starts(&line_rows(&full.lines, width)).1
            };
            if rows > usize::from(height) {
                question::body(app, false)
            } else {
                full
            }
        }
        Screen::Review => review::body(app, width),
        Screen::Result => result::body(app, width, height),
    }
}

/// Screen rows each line takes when wrapped to `width`.
fn line_rows(lines: &[Line<'static>], width: u16) -> Vec<usize> {
    lines
        .iter()
        .map(|line| wrap::wrap(line, usize::from(width)).len())
        .collect()
}

/// The first row of each line, and the total.
fn row_starts(rows: &[usize]) -> (Vec<usize>, usize) {
    let mut starts = Vec::with_capacity(rows.len());
    let mut total = 0;
    for r in rows {
        starts.push(total);
        total += r;
    }
    (starts, total)
}

/// The row the body is scrolled to.
fn offset(app: &App<'_>, body: &Body, starts: &[usize], total: usize, height: usize) -> usize {
    if body.free_scroll {
        return usize::from(app.scroll()).min(total.saturating_sub(height));
    }
    let Some((first, end)) = body.focus else {
        return 0;
    };
    let top = starts.get(first).copied().unwrap_or(0);
    let bottom = starts.get(end).copied().unwrap_or(total);
    if bottom > height {
        (bottom - height).min(top)
    } else {
        0
    }
}

/// A numbered option: `▶ 2 ` in the key style, then the label, highlighted
/// when it is the selected one.
pub fn option_line(
    theme: &Theme,
    number: usize,
    selected: bool,
    label: String,
    normal: ratatui::style::Style,
) -> Line<'static> {
    let marker = if selected { theme.glyphs.selected } else { " " };
    let style = if selected { theme.selected } else { normal };
    Line::from(vec![
        Span::styled(format!("{marker}{number:>2} "), theme.key),
        Span::styled(label, style),
    ])
}

/// A text field: `> ` what was typed (as shown) and the cursor: a block
/// after the text, or the character under it shown reversed. `cursor`
/// counts characters; `None` (or past the end) puts it at the end.
pub fn field_line(theme: &Theme, shown: String, cursor: Option<usize>) -> Line<'static> {
    let prompt = Span::styled("> ", theme.key);
    let split = cursor.and_then(|at| shown.char_indices().nth(at));
    let Some((at, under)) = split else {
        return Line::from(vec![
            prompt,
            Span::styled(shown, theme.selected),
            Span::styled(theme.glyphs.cursor, theme.key),
        ]);
    };
    let after = at + under.len_utf8();
    Line::from(vec![
        prompt,
        Span::styled(shown[..at].to_string(), theme.selected),
        Span::styled(
            shown[at..after].to_string(),
            theme
                .selected
                .add_modifier(ratatui::style::Modifier::REVERSED),
        ),
        Span::styled(shown[after..].to_string(), theme.selected),
    ])
}

/// A line truncated to `width` characters, for one-line bars.
fn fit(text: &str, width: u16) -> String {
    text.chars().take(usize::from(width)).collect()
}

fn draw_header(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let title = t.text("ui-title");
    let place = match app.screen() {
        Screen::Welcome => String::new(),
        Screen::Question(_) => {
            let progress = app.session().progress();
            let mut fluent = args([]);
            fluent.set("current", i64::try_from(progress.current).unwrap_or(0));
            fluent.set("total", i64::try_from(progress.total).unwrap_or(0));
            t.text_with("ui-progress", &fluent)
        }
        Screen::Review => t.text("ui-review-title"),
        Screen::Result => t.text("ui-result-title"),
    };
    let lang = t.text(&crate::keys::language(app.lang().code()));
    let title_len = title.chars().count() + 2;
    let both = format!("{place} · {lang}");
    // Narrow: keep the title and where you are; the language goes first.
    let right = if place.is_empty() {
        lang
    } else if both.chars().count() + title_len <= usize::from(area.width) {
        both
    } else {
        place
    };
    let width = usize::from(area.width);
    let right_len = right.chars().count();
    let left_room = width.saturating_sub(right_len + 1);
    let left = fit(&format!(" {title}"), u16::try_from(left_room).unwrap_or(0));
    let pad = width.saturating_sub(left.chars().count() + right_len);
    let line = if right_len + 1 > width {
        Line::from(Span::styled(
            fit(&format!(" {title}"), area.width),
            app.theme().title,
        ))
    } else {
        Line::from(vec![
            Span::styled(left, app.theme().title),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, app.theme().dim),
        ])
    };
    frame.render_widget(Paragraph::new(line).style(app.theme().base), area);
}

fn footer_text(app: &App<'_>) -> String {
    let t = app.t();
    let mut fluent = args([]);
    fluent.set(
        "n",
        i64::try_from(app.option_count().clamp(1, 9)).unwrap_or(1),
    );
    let id = match app.screen() {
        Screen::Welcome if app.kiosk().is_some() => "ui-keys-welcome-kiosk",
        Screen::Welcome => "ui-keys-welcome",
        Screen::Question(_) if app.is_place_question() => "ui-keys-place",
        Screen::Question(_) if app.is_text_input() => "ui-keys-input",
        Screen::Question(_) => "ui-keys-choice",
        Screen::Review if app.kiosk().is_some() => "ui-keys-review-kiosk",
        Screen::Review => "ui-keys-review",
        Screen::Result if app.kiosk().is_some() => "ui-keys-result-kiosk",
        Screen::Result if app.is_served() => "ui-keys-result-served",
        Screen::Result => "ui-keys-result",
    };
    t.text_with(id, &fluent)
}

fn draw_footer(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let full = format!(" {}", app.theme().glyphs.keys(&footer_text(app)));
    // Too narrow for every key: point to the help, which lists them all.
    let text = if full.chars().count() > usize::from(area.width) {
        fit(&format!(" {}", app.t().text("ui-keys-short")), area.width)
    } else {
        full
    };
    frame.render_widget(
        Paragraph::new(Span::styled(text, app.theme().key)).style(app.theme().base),
        area,
    );
}

fn too_small(frame: &mut Frame, app: &App<'_>, area: Rect) {
    let t = app.t();
    let mut fluent = args([]);
    fluent.set("width", i64::from(MIN_WIDTH));
    fluent.set("height", i64::from(MIN_HEIGHT));
    let text = t.text_with("ui-too-small", &fluent);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .style(app.theme().base),
        area,
    );
}

/// Draws the whole screen for the current state, and returns what it drew.
pub fn draw(frame: &mut Frame, app: &App<'_>) -> Layout {
    let area = frame.area();
    let mut drawn = Layout {
        screen: app.screen(),
        size: (area.width, area.height),
        lang: app.lang(),
        columns: (0, 0),
        options: Vec::new(),
        max_scroll: 0,
    };
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(Paragraph::new("").style(app.theme().base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, app, area);
        return drawn;
    }
    let (header, body_area, footer) = layout(area);
    draw_header(frame, app, header);
    let body = body_of(app, body_area.width, body_area.height);
    // Pinned lines first, in place; the rest scrolls below them.
    let head_rows: usize = line_rows(
        &body.lines[..body.pinned.min(body.lines.len())],
        body_area.width,
    )
    .iter()
    .sum();
    let (body, body_area) = if body.pinned > 0
        && head_rows + LIST_ROWS_MIN <= usize::from(body_area.height)
    {
        let rows = u16::try_from(head_rows).unwrap_or(u16::MAX);
        let head = Rect {
            height: rows,
            ..body_area
        };
        let (head_lines, _) = wrap::wrap_all(&body.lines[..body.pinned], usize::from(head.width));
        frame.render_widget(Paragraph::new(head_lines).style(app.theme().base), head);
        let rest = Rect {
            y: body_area.y + rows,
            height: body_area.height - rows,
            ..body_area
        };
        (body.unpinned(), rest)
    } else {
        (body, body_area)
    };
    let (rows, starts) = wrap::wrap_all(&body.lines, usize::from(body_area.width));
    let total = rows.len();
    let height = usize::from(body_area.height);
    let scroll = offset(app, &body, &starts, total, height);
    if body.free_scroll {
        drawn.max_scroll = u16::try_from(total.saturating_sub(height)).unwrap_or(u16::MAX);
    }
    // Where each option landed on screen, for clicks.
    if app.overlay().is_none() {
        drawn.columns = (body_area.x, body_area.x + body_area.width);
        for (index, &(first, end)) in body.options.iter().enumerate() {
            let top = starts.get(first).copied().unwrap_or(total);
            let bottom = starts.get(end).copied().unwrap_or(total);
            let top = top.max(scroll);
            let bottom = bottom.min(scroll + height);
            if top < bottom {
                let row = |r: usize| body_area.y + u16::try_from(r - scroll).unwrap_or(u16::MAX);
                drawn.options.push((index, row(top), row(bottom)));
            }
        }
    }
    let paragraph = Paragraph::new(rows)
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .style(app.theme().base);
    frame.render_widget(paragraph, body_area);
    // Say when there is more above or below, in the margin: a column of
    // its own, never over the text.
    let marker_x = body_area.x + body_area.width + 1;
    if scroll > 0 {
        frame.render_widget(
            Span::styled(app.theme().glyphs.up, app.theme().key),
            Rect::new(marker_x, body_area.y, 1, 1),
        );
    }
    if scroll + height < total {
        let y = body_area.y + body_area.height.saturating_sub(1);
        frame.render_widget(
            Span::styled(app.theme().glyphs.down, app.theme().key),
            Rect::new(marker_x, y, 1, 1),
        );
    }
    // Web addresses clickable, where the terminal takes OSC 8 links (not
    // under a box drawn over the screen).
    if app.theme().links && app.overlay().is_none() {
        if let Some(view) = app.result().filter(|_| app.screen() == Screen::Result) {
            let urls = view.urls();
            links::mark(frame.buffer_mut(), body_area, &urls);
        }
    }
    draw_footer(frame, app, footer);
    match app.overlay() {
        Some(Overlay::Help) => overlay::help(frame, app, area),
        Some(Overlay::Language { selected }) => overlay::language(frame, app, area, *selected),
        Some(Overlay::ConfirmDate { selected }) => {
            overlay::confirm_date(frame, app, area, *selected)
        }
        Some(Overlay::ConfirmQuit) => overlay::confirm_quit(frame, app, area),
        Some(Overlay::StaffPin { input }) => {
            overlay::staff_pin(frame, app, area, input.chars().count())
        }
        Some(Overlay::ConfirmRestart) => overlay::confirm_restart(frame, app, area),
        Some(Overlay::TakeAway { index }) => overlay::take_away(frame, app, area, *index),
        Some(Overlay::Save {
            path,
            refused,
            replace,
            ..
        }) => overlay::save(frame, app, area, path, refused.as_ref(), *replace),
        None => {}
    }
    if let Some(seconds) = app.countdown() {
        overlay::countdown(frame, app, area, seconds);
    }
    drawn
}

/// At a kiosk, on the result and the review: "Done? Press D …", and after
/// how long without a key the screen clears itself.
pub fn kiosk_done_line(app: &App<'_>) -> Option<String> {
    let seconds = app.kiosk()?.config.idle_timeout;
    let (count, unit) = if seconds >= 60 && seconds % 60 == 0 {
        (seconds / 60, "minutes")
    } else {
        (seconds, "seconds")
    };
    let mut fluent = args([("unit", unit.to_string())]);
    fluent.set("count", i64::from(count));
    Some(app.t().text_with("ui-kiosk-done", &fluent))
}
