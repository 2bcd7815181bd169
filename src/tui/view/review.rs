//! The review screen: every answer on the path, each one changeable, and
//! the way on to the result.

use super::Body;
use crate::output::{review_items, CprShown};
use crate::tui::app::App;
use ratatui::text::{Line, Span};

/// From this width each answer stands beside its question.
pub const ANSWERS_BESIDE: usize = 100;

pub fn body(app: &App<'_>, width: u16) -> Body {
    let width = usize::from(width);
    let t = app.t();
    let theme = app.theme();
    let mut lines = vec![Line::from(Span::styled(
        t.text("ui-review-intro"),
        theme.title,
    ))];
    // At a kiosk: how to leave nothing behind.
    if let Some(done) = super::kiosk_done_line(app) {
        lines.push(Line::from(Span::styled(done, theme.key)));
    }
    // A first digit that may begin a number: it waits for the second.
    if let Some(first) = app.first_digit() {
        let count = app.session().review_items().len();
        let mut fluent = crate::i18n::FluentArgs::new();
        fluent.set("digit", i64::try_from(first).unwrap_or(0));
        let last = count.min(first * 10 + 9);
        fluent.set("last", i64::try_from(last).unwrap_or(0));
        // 0 when only one answer begins with this digit and has two.
        fluent.set(
            "span",
            i64::try_from(last.saturating_sub(first * 10)).unwrap_or(0),
        );
        lines.push(Line::from(Span::styled(
            format!("{} ", t.text_with("ui-review-digit", &fluent)),
            theme.warn,
        )));
    }
    let mut options = Vec::new();
    // Item 0, first: on to the result (0 or Enter).
    options.push((lines.len(), lines.len() + 1));
    let result = format!(" {} ", t.text("ui-show-result"));
    lines.push(super::option_line(
        theme,
        0,
        app.selected() == 0,
        result,
        theme.heading,
    ));
    lines.push(Line::from(""));
    let items = review_items(app.session(), CprShown::Masked, &t);
    // On a wide screen the answers stand in a column beside the questions,
    // so the whole list fits where it would scroll.
    let question_width = items
        .iter()
        .map(|item| item.view.question.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let beside = width >= ANSWERS_BESIDE;
    for (i, item) in items.into_iter().enumerate() {
        let start = lines.len();
        let question_len = item.view.question.chars().count();
        let mut line = super::option_line(
            theme,
            i + 1,
            i + 1 == app.selected(),
            item.view.question,
            theme.base,
        );
        let answer = item.view.answer;
        if beside && question_len <= question_width {
            // The option's number takes five columns, its label two spaces.
            let pad = question_width - question_len + 2;
            line.spans.push(Span::raw(" ".repeat(pad)));
            line.spans.push(Span::styled(answer, theme.ok));
            lines.push(line);
        } else {
            lines.push(line);
            lines.push(Line::from(Span::styled(format!("     {answer}"), theme.ok)));
        }
        options.push((start, lines.len()));
    }
    let focus = options.get(app.selected()).copied();
    Body {
        lines,
        options,
        focus,
        free_scroll: false,
        pinned: 0,
    }
}
