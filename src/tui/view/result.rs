//! The result, what people came for first: a card with the outcome in one
//! sentence, where to go (open now or the next opening), the next deadline
//! and how many documents to bring, all on the first screen at 80×24. The
//! details follow: the offices (today's hours; the week on `h`), dated
//! deadlines, then duties without a date set apart, the documents, the
//! steps, the codes to take away and the sources. From 120 columns the
//! details stand in two columns, so a kiosk screen shows it all at once.

use super::{wrap, Body};
use crate::output::{calendar_deadlines, vevent_within, View, VEVENT_MAX};
use crate::tui::app::App;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

/// From a terminal this many columns wide the details stand in two
/// columns.
pub const TWO_COLUMNS: usize = 120;
/// Columns between the two.
const GAP: usize = 4;
/// From this width the codes stand in a column of their own beside the
/// result, when they fit on its first screen.
pub const CODES_BESIDE: usize = 180;
/// The widest code column (a version-6 code with its margin is 45).
const CODE_COLUMN_MAX: usize = 60;

fn text(s: impl Into<String>, style: Style) -> Line<'static> {
    Line::from(Span::styled(s.into(), style))
}

fn blank() -> Line<'static> {
    Line::from("")
}

/// Display width of a line.
fn width_of(line: &Line<'_>) -> usize {
    line.width()
}

/// A code to take away: what it holds, in words and in short, and the
/// data the code carries.
pub struct TakeAway {
    /// "Scan with your phone's camera to add …".
    pub caption: String,
    /// "Deadline: Apply for …", for one row: cut there first.
    pub short: String,
    /// "Monday 1 March 2027" after it, never cut.
    pub short_date: Option<String>,
    pub data: String,
    /// A calendar event (else a web page).
    pub calendar: bool,
}

/// What can be taken away as a code: each dated deadline as a calendar
/// event (with the office's address when it fits in `max_bytes`), then
/// the first office's page.
pub fn take_away(app: &App<'_>, view: &View, max_bytes: usize) -> Vec<TakeAway> {
    let t = app.t();
    let mut items: Vec<TakeAway> = calendar_deadlines(view)
        .iter()
        .enumerate()
        .filter_map(|(i, (d, date))| {
            let data = vevent_within(view, i, max_bytes)?;
            let caption = t.text_with(
                "ui-calendar-scan",
                &crate::i18n::args([("title", d.title.clone()), ("date", t.date_long(*date))]),
            );
            Some(TakeAway {
                caption,
                short: d.calendar_title.clone(),
                short_date: Some(t.date_long(*date)),
                data,
                calendar: true,
            })
        })
        .collect();
    if let Some((office, url)) = view
        .offices
        .iter()
        .find_map(|o| o.booking.as_ref().or(o.web.as_ref()).map(|u| (o, u)))
    {
        let caption = t.text_with(
            "ui-qr",
            &crate::i18n::args([("office", office.name.clone()), ("url", url.clone())]),
        );
        items.push(TakeAway {
            caption,
            short: office.name.clone(),
            short_date: None,
            data: url.clone(),
            calendar: false,
        });
    }
    items
}

/// The style a code is drawn in: light modules white, dark ones black,
/// whatever the terminal's own colours.
pub fn qr_style() -> Style {
    Style::new().fg(Color::White).bg(Color::Black)
}

/// Whether labels would take more than a third of the width: then each
/// label stands on a row of its own, its value indented under it.
fn narrow(label_width: usize, width: usize) -> bool {
    label_width + 2 > width / 3
}

/// The column the values start in.
fn value_column(label_width: usize, width: usize) -> usize {
    if narrow(label_width, width) {
        2
    } else {
        label_width + 2
    }
}

/// More of a value, on rows of its own in the value column.
fn under(spans: Vec<Span<'static>>, label_width: usize, width: usize) -> Vec<Line<'static>> {
    let column = value_column(label_width, width);
    let mut line = vec![Span::raw(" ".repeat(column))];
    line.extend(spans);
    wrap::wrap_hanging(&Line::from(line), width, column)
}

/// A label and its value, the value's wrapped rows under each other.
fn labelled(
    label: &str,
    label_width: usize,
    value: Vec<Span<'static>>,
    width: usize,
    theme_label: Style,
) -> Vec<Line<'static>> {
    if narrow(label_width, width) {
        let mut out = vec![text(label.to_string(), theme_label)];
        out.extend(under(value, label_width, width));
        return out;
    }
    let mut spans = vec![Span::styled(
        format!("{label:<label_width$}  "),
        theme_label,
    )];
    spans.extend(value);
    wrap::wrap_hanging(&Line::from(spans), width, label_width + 2)
}

/// The card: everything to act on, on the first screen.
fn card(app: &App<'_>, view: &View, width: usize) -> Vec<Line<'static>> {
    let t = app.t();
    let theme = app.theme();
    let mut lines = card_top(app, view, width);
    let labels = Labels::new(app, view, width);
    let mut rows = Vec::new();
    if let Some(office) = view.place_to_go() {
        rows.extend(place_rows(app, view, office, &labels));
    } else {
        rows.extend(apply_rows(app, view, &labels));
    }
    if let Some(d) = view.next_deadline() {
        rows.extend(deadline_rows(app, d, &labels));
    }
    if !view.documents.is_empty() {
        rows.extend(document_rows(app, view, &labels));
    }
    if !rows.is_empty() {
        lines.push(blank());
        lines.extend(rows);
    }
    let mut hint = t.text("ui-card-more");
    if !calendar_deadlines(view).is_empty() {
        hint = format!("{hint} {}", t.text("ui-calendar-hint"));
    }
    lines.extend(wrap::wrap(&text(hint, theme.dim), width));
    lines
}

/// The summary, the warnings, what printing or saving said, the print key.
fn card_top(app: &App<'_>, view: &View, width: usize) -> Vec<Line<'static>> {
    let t = app.t();
    let theme = app.theme();
    let mut lines = Vec::new();
    lines.extend(wrap::wrap(&text(view.summary.clone(), theme.title), width));
    for warning in &view.warnings {
        let line = Line::from(vec![
            Span::styled(format!("{} ", theme.glyphs.warning), theme.error),
            Span::styled(warning.clone(), theme.error),
        ]);
        lines.extend(wrap::wrap_hanging(&line, width, 2));
    }
    if app
        .kiosk()
        .is_some_and(|k| !k.config.print_command.is_empty())
    {
        lines.extend(wrap::wrap(&text(t.text("ui-print-hint"), theme.key), width));
    }
    if let Some(done) = super::kiosk_done_line(app) {
        lines.extend(wrap::wrap(&text(done, theme.key), width));
    }
    lines
}

/// The card's row labels ("Go to", "Apply to", "Deadline", "Bring"), all
/// as wide as the widest, and the width to wrap in.
struct Labels {
    go: String,
    apply: String,
    deadline: String,
    documents: String,
    width: usize,
    total: usize,
}

impl Labels {
    fn new(app: &App<'_>, view: &View, total: usize) -> Labels {
        let t = app.t();
        let kind = view
            .next_deadline()
            .map_or(crate::content::DeadlineKind::By, |d| d.kind);
        let go = t.text("ui-card-where");
        let apply = t.text("ui-card-apply");
        let deadline = t.text_with(
            "ui-card-deadline",
            &crate::i18n::args([("kind", kind.id().to_string())]),
        );
        let documents = t.text_with(
            "ui-card-documents-label",
            &crate::i18n::args([("outcome", view.outcome.clone())]),
        );
        let width = [&go, &apply, &deadline, &documents]
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        Labels {
            go,
            apply,
            deadline,
            documents,
            width,
            total,
        }
    }

    /// A row under `label`.
    fn row(&self, app: &App<'_>, label: &str, value: Vec<Span<'static>>) -> Vec<Line<'static>> {
        labelled(label, self.width, value, self.total, app.theme().heading)
    }

    /// A row under the last, without a label.
    fn under(&self, value: Vec<Span<'static>>) -> Vec<Line<'static>> {
        under(value, self.width, self.total)
    }
}

/// Where to go: the office, "You are here", its address (or page), whether
/// it is open, booking, what to do before booking.
fn place_rows(
    app: &App<'_>,
    view: &View,
    office: &crate::output::OfficeView,
    labels: &Labels,
) -> Vec<Line<'static>> {
    let t = app.t();
    let theme = app.theme();
    let mut rows = Vec::new();
    let mut value = vec![Span::styled(office.name.clone(), theme.title)];
    let here = format!("{} {}", theme.glyphs.here, t.text("ui-you-are-here"));
    // "You are here" is never broken over two rows.
    let fits =
        labels.width + 2 + office.name.chars().count() + 2 + here.chars().count() <= labels.total;
    if office.here && fits {
        value.push(Span::styled(format!("  {here}"), theme.today));
    }
    rows.extend(labels.row(app, &labels.go, value));
    if office.here && !fits {
        rows.extend(labels.under(vec![Span::styled(here, theme.today)]));
    }
    let mut more = Vec::new();
    if !office.address.is_empty() {
        more.push(Span::styled(office.address.join(", "), theme.base));
    } else if let Some(web) = &office.web {
        // No address known: where to read about it.
        more.push(Span::styled(web.clone(), theme.key));
    }
    let mut details = Vec::new();
    if let Some(status) = &office.status_text {
        let style = if office.open_now == Some(true) {
            theme.ok
        } else {
            theme.warn
        };
        details.push(Span::styled(status.clone(), style));
    } else if let Some(note) = &office.hours_note {
        details.push(Span::styled(note.clone(), theme.base));
    }
    if let Some(booking) = office.booking_line(&view.words.appointment) {
        if !details.is_empty() {
            details.push(Span::raw(" "));
        }
        details.push(Span::styled(booking, theme.base));
    }
    let first: Vec<Span<'static>> = office
        .apply_first
        .iter()
        .map(|f| Span::styled(f.clone(), theme.warn))
        .collect();
    for spans in [more, details, first] {
        if !spans.is_empty() {
            rows.extend(labels.under(spans));
        }
    }
    rows
}

/// Nowhere to go: the authorities that decide (all that play the first
/// one's part, e.g. SIRI and the Immigration Service), and where to apply.
fn apply_rows(app: &App<'_>, view: &View, labels: &Labels) -> Vec<Line<'static>> {
    let theme = app.theme();
    let mut rows = Vec::new();
    let Some(first) = view.offices.first() else {
        return rows;
    };
    let deciding: Vec<_> = view
        .offices
        .iter()
        .filter(|o| o.role == first.role)
        .collect();
    for (n, office) in deciding.iter().enumerate() {
        let value = vec![Span::styled(office.name.clone(), theme.title)];
        if n == 0 {
            rows.extend(labels.row(app, &labels.apply, value));
        } else {
            rows.extend(labels.under(value));
        }
    }
    let mut webs: Vec<&String> = deciding.iter().filter_map(|o| o.web.as_ref()).collect();
    webs.dedup();
    for web in webs {
        rows.extend(labels.under(vec![Span::styled(web.clone(), theme.key)]));
    }
    rows
}

/// The next deadline, what its state means, and whether the office is
/// open that day, each on a row of its own.
fn deadline_rows(
    app: &App<'_>,
    d: &crate::output::DeadlineView,
    labels: &Labels,
) -> Vec<Line<'static>> {
    let theme = app.theme();
    let mut value = Vec::new();
    if let Some(when) = &d.when {
        value.push(Span::styled(format!("{when}: "), theme.warn));
    }
    value.push(Span::styled(d.title.clone(), theme.base));
    let mut rows = labels.row(app, &labels.deadline, value);
    for status in d.status_text.iter().chain(&d.office_closed) {
        rows.extend(labels.under(vec![Span::styled(status.clone(), theme.warn)]));
    }
    rows
}

/// How many documents to bring, and for how many visits: documents for
/// two offices (the certificate at the ICS centre, then registering at
/// Borgerservice) say it is two visits.
fn document_rows(app: &App<'_>, view: &View, labels: &Labels) -> Vec<Line<'static>> {
    let t = app.t();
    let mut fluent = crate::i18n::FluentArgs::new();
    fluent.set("count", i64::try_from(view.documents.len()).unwrap_or(0));
    let mut offices: Vec<Option<&str>> = view
        .document_groups()
        .iter()
        .filter(|(_, docs)| !docs.is_empty())
        .map(|(step, _)| step.and_then(|s| s.office.as_deref()))
        .collect();
    offices.sort_unstable();
    offices.dedup();
    let visits = offices.len();
    fluent.set("visits", i64::try_from(visits).unwrap_or(0));
    let id = if visits > 1 {
        "ui-card-documents-visits"
    } else {
        "ui-card-documents"
    };
    let value = vec![Span::styled(t.text_with(id, &fluent), app.theme().base)];
    labels.row(app, &labels.documents, value)
}

fn heading(app: &App<'_>, words: &str) -> Line<'static> {
    text(words.to_uppercase(), app.theme().heading)
}

/// The offices in full; hours as today's and the next opening, or the
/// whole week when asked for.
fn offices(app: &App<'_>, view: &View) -> Vec<Line<'static>> {
    let t = app.t();
    let theme = app.theme();
    let w = &view.words;
    let mut lines = vec![heading(app, &w.offices)];
    for office in &view.offices {
        lines.push(blank());
        let mut name = vec![Span::styled(office.name.clone(), theme.title)];
        if office.here {
            name.push(Span::styled(
                format!("  {} {}", theme.glyphs.here, t.text("ui-you-are-here")),
                theme.today,
            ));
        }
        lines.push(Line::from(name));
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
            if app.show_week() {
                lines.push(Line::from(vec![
                    Span::styled(w.hours.clone(), theme.base),
                    Span::styled(format!("  ({})", t.text("ui-hours-today-hint")), theme.dim),
                ]));
                let day_width = office
                    .week
                    .iter()
                    .map(|h| h.day_name.chars().count())
                    .max()
                    .unwrap_or(0);
                for day in &office.week {
                    let line = format!("  {:day_width$}  {}", day.day_name, day.text);
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
            } else if let Some(today) = office.week.iter().find(|d| d.is_today) {
                lines.push(Line::from(vec![
                    Span::styled(
                        t.text_with(
                            "ui-hours-today",
                            &crate::i18n::args([("hours", today.text.clone())]),
                        ),
                        theme.base,
                    ),
                    Span::styled(format!("  ({})", t.text("ui-hours-week-hint")), theme.dim),
                ]));
            }
        }
        if let Some(caveat) = &office.hours_caveat {
            lines.push(text(caveat.clone(), theme.warn));
        }
        if let Some(note) = &office.hours_note {
            lines.push(text(note.clone(), theme.base));
        }
        if let Some(booking) = office.booking_line(&w.appointment) {
            lines.push(text(booking, theme.base));
        }
        if let Some(first) = &office.apply_first {
            lines.push(text(first.clone(), theme.warn));
        }
        lines.push(text(office.about.clone(), theme.dim));
        for note in &office.notes {
            lines.push(text(format!("{} {note}", theme.glyphs.arrow), theme.base));
        }
    }
    lines
}

/// Deadlines with a date (or waiting for one), then duties without a
/// date, set apart under a heading of their own.
fn deadlines(app: &App<'_>, view: &View) -> Vec<Line<'static>> {
    let t = app.t();
    let theme = app.theme();
    let (dated, later): (Vec<_>, Vec<_>) = view
        .deadlines
        .iter()
        .partition(|d| d.date.is_some() || d.status_text.is_some());
    let mut lines = Vec::new();
    if !dated.is_empty() {
        lines.push(heading(app, &view.words.deadlines));
        for d in dated {
            let mut spans = vec![Span::styled(
                format!("{} {}", theme.glyphs.bullet, d.title),
                theme.base,
            )];
            if let Some(when) = &d.when {
                spans.push(Span::styled(": ".to_string(), theme.base));
                spans.push(Span::styled(when.clone(), theme.warn));
            }
            lines.push(Line::from(spans));
            if let Some(status) = &d.status_text {
                let style = if d.status == Some(crate::engine::DeadlineStatus::Past) {
                    theme.error
                } else {
                    theme.warn
                };
                lines.push(text(format!("  {status}"), style));
            }
            if let Some(closed) = &d.office_closed {
                lines.push(text(format!("  {closed}"), theme.warn));
            }
            lines.push(text(format!("  {}", d.rule), theme.dim));
            for note in &d.notes {
                lines.push(text(format!("  {note}"), theme.base));
            }
        }
    }
    if !later.is_empty() {
        if !lines.is_empty() {
            lines.push(blank());
        }
        lines.push(heading(app, &t.text("ui-heading-later")));
        for d in later {
            lines.push(text(
                format!("{} {}", theme.glyphs.bullet, d.title),
                theme.base,
            ));
            lines.push(text(format!("  {}", d.rule), theme.dim));
            for note in &d.notes {
                lines.push(text(format!("  {note}"), theme.base));
            }
        }
    }
    lines
}

/// The documents, step by step: each step's heading says where they go
/// (and "You are here" at a kiosk in that office), then its checklist.
fn documents(app: &App<'_>, view: &View) -> Vec<Line<'static>> {
    let theme = app.theme();
    let groups = view.document_groups();
    if groups.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![heading(app, &view.words.documents)];
    let pad = " ".repeat(theme.glyphs.checkbox.chars().count() + 1);
    for (n, (step, docs)) in groups.into_iter().enumerate() {
        if let Some(step) = step {
            if n > 0 {
                lines.push(blank());
            }
            let mut title = vec![Span::styled(step.title.clone(), theme.title)];
            if step.here {
                // Never broken over two rows.
                title.push(Span::styled(
                    format!("  {}\u{a0}{}", theme.glyphs.here, view.words.here)
                        .replace(' ', "\u{a0}")
                        .replacen("\u{a0}\u{a0}", "  ", 1),
                    theme.today,
                ));
            }
            lines.push(Line::from(title));
            for note in &step.notes {
                lines.push(text(format!("{} {note}", theme.glyphs.arrow), theme.base));
            }
        }
        for doc in docs {
            lines.push(text(
                format!("{} {}", theme.glyphs.checkbox, doc.name),
                theme.base,
            ));
            for note in &doc.notes {
                lines.push(text(format!("{pad}{note}"), theme.dim));
            }
        }
    }
    lines
}

fn steps(app: &App<'_>, view: &View) -> Vec<Line<'static>> {
    let theme = app.theme();
    if view.steps.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![heading(app, &view.words.steps)];
    for (n, step) in view.steps.iter().enumerate() {
        lines.push(text(format!("{}. {}", n + 1, step.text), theme.base));
    }
    lines
}

/// The codes drawn on the result: the first calendar event and the web
/// page (`c` has them all), each with its caption wrapped to its width,
/// and whether every code there is is among them.
fn code_blocks(
    app: &App<'_>,
    view: &View,
    width: usize,
    height: usize,
) -> (Vec<Vec<Line<'static>>>, bool) {
    let theme = app.theme();
    let items = take_away(app, view, VEVENT_MAX);
    let mut blocks = Vec::new();
    let mut calendar_shown = false;
    for item in &items {
        if item.calendar && std::mem::replace(&mut calendar_shown, true) {
            continue;
        }
        let Some(rows) = app.qr().rows(&item.data) else {
            continue;
        };
        let cols = rows.first().map_or(0, |r| r.chars().count());
        let mut block = wrap::wrap(&text(item.caption.clone(), theme.dim), cols.max(30));
        // Whole on one screen, caption included, or not at all.
        if cols > width || rows.len() + block.len() + 1 > height {
            continue;
        }
        block.extend(
            rows.into_iter()
                .map(|r| Line::from(Span::styled(r, qr_style()))),
        );
        blocks.push(block);
    }
    let all = blocks.len() == items.len();
    (blocks, all)
}

/// The heading of the codes, with the hint to `c` when not all are drawn
/// (what `c` shows: calendar events, or only the office's page).
fn codes_heading(app: &App<'_>, view: &View, all: bool, width: usize) -> Vec<Line<'static>> {
    let mut lines = vec![heading(app, &app.t().text("ui-heading-take-away"))];
    if !all {
        let hint = if calendar_deadlines(view).is_empty() {
            "ui-code-hint-web"
        } else {
            "ui-calendar-hint"
        };
        lines.extend(wrap::wrap(
            &text(app.t().text(hint), app.theme().key),
            width,
        ));
    }
    lines
}

/// The codes that fit on one screen (`height` rows), side by side where
/// there is room; the others are on `c`.
fn codes(app: &App<'_>, view: &View, width: usize, height: usize) -> Vec<Line<'static>> {
    if take_away(app, view, VEVENT_MAX).is_empty() {
        return Vec::new();
    }
    let (blocks, all) = code_blocks(app, view, width, height);
    let mut lines = codes_heading(app, view, all, width);
    if blocks.is_empty() {
        return lines;
    }
    let widths: Vec<usize> = blocks
        .iter()
        .map(|b| b.iter().map(width_of).max().unwrap_or(0))
        .collect();
    let total = widths.iter().sum::<usize>() + GAP * (blocks.len() - 1);
    lines.push(blank());
    if total <= width {
        lines.extend(side_by_side(&blocks, &widths, GAP));
    } else {
        for (i, block) in blocks.into_iter().enumerate() {
            if i > 0 {
                lines.push(blank());
            }
            lines.extend(block);
        }
    }
    lines
}

/// On a screen wide enough, the codes in a column of their own beside
/// everything else, one under the other — when they all fit in `height`
/// rows. The column's lines and width.
fn codes_beside(app: &App<'_>, view: &View, height: usize) -> Option<(Vec<Line<'static>>, usize)> {
    let (blocks, all) = code_blocks(app, view, CODE_COLUMN_MAX, height);
    let column = blocks.iter().flat_map(|b| b.iter().map(width_of)).max()?;
    let mut lines = codes_heading(app, view, all, column);
    for block in blocks {
        lines.push(blank());
        lines.extend(block);
    }
    (lines.len() <= height).then_some((lines, column))
}

/// The pages the result rests on: each with when it was checked, its
/// address on a line of its own so that it is never broken where it fits.
fn sources(app: &App<'_>, view: &View, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    if view.sources.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![heading(app, &view.words.sources)];
    for s in &view.sources {
        lines.push(text(
            format!("{} {}, {}", theme.glyphs.bullet, s.title, s.checked_text),
            theme.dim,
        ));
        if let Some(url) = &s.url {
            // Under the title; from the margin when only there it fits
            // whole on one row.
            let len = url.chars().count();
            let indent = if len + 2 > width && len <= width {
                ""
            } else {
                "  "
            };
            lines.push(text(format!("{indent}{url}"), theme.dim));
        }
    }
    lines
}

/// Blocks of rows next to each other, each padded to its width.
fn side_by_side(blocks: &[Vec<Line<'static>>], widths: &[usize], gap: usize) -> Vec<Line<'static>> {
    let height = blocks.iter().map(Vec::len).max().unwrap_or(0);
    (0..height)
        .map(|row| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            let last = blocks.len() - 1;
            for (i, block) in blocks.iter().enumerate() {
                let line = block.get(row).cloned().unwrap_or_default();
                let used = width_of(&line);
                spans.extend(line.spans);
                if i < last {
                    spans.push(Span::raw(" ".repeat(widths[i].saturating_sub(used) + gap)));
                }
            }
            Line::from(spans)
        })
        .collect()
}

/// Sections one after another with a blank line between.
fn stack(sections: Vec<Vec<Line<'static>>>) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for section in sections.into_iter().filter(|s| !s.is_empty()) {
        if !lines.is_empty() {
            lines.push(blank());
        }
        lines.extend(section);
    }
    lines
}

/// Framed: a rule above and below, as wide as the screen.
fn framed(app: &App<'_>, lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    let border = app.theme().glyphs.border;
    let rule = |left: &str, right: &str| {
        text(
            format!(
                "{left}{}{right}",
                border.horizontal_top.repeat(width.saturating_sub(2))
            ),
            app.theme().dim,
        )
    };
    let mut out = vec![rule(border.top_left, border.top_right)];
    for line in lines {
        let used = width_of(&line);
        let mut spans = vec![Span::styled(
            format!("{} ", border.vertical_left),
            app.theme().dim,
        )];
        spans.extend(line.spans);
        spans.push(Span::raw(" ".repeat(width.saturating_sub(used + 4))));
        spans.push(Span::styled(
            format!(" {}", border.vertical_right),
            app.theme().dim,
        ));
        out.push(Line::from(spans));
    }
    out.push(rule(border.bottom_left, border.bottom_right));
    out
}

/// The card, then the details: in two columns where there is room.
fn main_part(app: &App<'_>, view: &View, width: usize) -> Vec<Line<'static>> {
    // The card, framed where there is room for a frame.
    let mut lines = if width >= 40 {
        framed(app, card(app, view, width - 4), width)
    } else {
        card(app, view, width)
    };
    lines.push(blank());
    // The body leaves three columns: a margin, a space and the marker's.
    if width + 3 >= TWO_COLUMNS {
        let column = (width - GAP) / 2;
        let wrap_all = |section: Vec<Line<'static>>| -> Vec<Line<'static>> {
            section.iter().flat_map(|l| wrap::wrap(l, column)).collect()
        };
        let left = wrap_all(stack(vec![deadlines(app, view), offices(app, view)]));
        let right = wrap_all(stack(vec![documents(app, view), steps(app, view)]));
        lines.extend(side_by_side(&[left, right], &[column, column], GAP));
    } else {
        lines.extend(stack(vec![
            deadlines(app, view),
            offices(app, view),
            documents(app, view),
            steps(app, view),
        ]));
    }
    lines
}

pub fn body(app: &App<'_>, width: u16, height: u16) -> Body {
    let theme = app.theme();
    let width = usize::from(width);
    let height = usize::from(height);
    let Some(view) = app.result() else {
        return Body {
            lines: vec![text(app.t().text("err-no-outcome"), theme.error)],
            options: Vec::new(),
            focus: None,
            free_scroll: true,
            pinned: 0,
        };
    };
    // What saving or printing said stays in sight however far the result
    // is scrolled: pinned above it.
    let mut lines = Vec::new();
    if let Some(notice) = app.notice() {
        let style = if notice.failed() {
            theme.error
        } else {
            theme.ok
        };
        lines.extend(wrap::wrap(&text(notice.text(&app.t()), style), width));
    }
    let pinned = lines.len();
    // On a kiosk's wide screen the codes stand beside everything else, so
    // the first screen holds it all.
    let beside = if width + 3 >= CODES_BESIDE {
        codes_beside(app, view, height.saturating_sub(pinned))
    } else {
        None
    };
    let main_width = beside
        .as_ref()
        .map_or(width, |(_, column)| width.saturating_sub(column + GAP));
    let main = main_part(app, view, main_width);
    match beside {
        Some((codes, column)) => {
            lines.extend(side_by_side(&[main, codes], &[main_width, column], GAP));
            lines.push(blank());
            lines.extend(sources(app, view, width));
        }
        None => {
            lines.extend(main);
            lines.push(blank());
            lines.extend(stack(vec![
                codes(app, view, width, height),
                sources(app, view, width),
            ]));
        }
    }
    lines.push(blank());
    lines.push(text(view.today_text.clone(), theme.dim));
    Body {
        lines,
        options: Vec::new(),
        focus: None,
        free_scroll: true,
        pinned,
    }
}
