//! The review screen: every answer on the path, each one changeable, and
//! the way on to the result.

use super::Body;
use crate::content::QuestionKind;
use crate::engine::Answer;
use crate::output::content_args;
use crate::tui::app::App;
use ratatui::text::{Line, Span};

/// How an answer reads on screen; a CPR number only masked.
fn answer_text(app: &App<'_>, q: usize) -> String {
    let t = app.t();
    let question = &app.content.questions[q];
    match (app.answers.get(q), &question.kind) {
        (Some(Answer::Choice(o)), QuestionKind::Choice { options }) => {
            let walk = app.interview().walk(&app.answers);
            let fluent = content_args(app.content, &walk.facts);
            options
                .get(*o)
                .map(|v| t.text_with(&question.option_message(v), &fluent))
                .unwrap_or_default()
        }
        (Some(Answer::Date(d)), _) => t.date_long(*d),
        (Some(Answer::Cpr(cpr)), _) => cpr.masked(),
        _ => t.text("ui-answer-skipped"),
    }
}

pub fn body(app: &App<'_>) -> Body {
    let t = app.t();
    let theme = &app.theme;
    let walk = app.interview().walk(&app.answers);
    let fluent = content_args(app.content, &walk.facts);
    let mut lines = vec![Line::from(Span::styled(
        t.text("ui-review-intro"),
        theme.title,
    ))];
    let mut options = Vec::new();
    // Item 0, first: on to the result (0 or Enter).
    options.push((lines.len(), lines.len() + 1));
    let result = format!(" {} ", t.text("ui-show-result"));
    lines.push(super::option_line(
        theme,
        0,
        app.selected == 0,
        result,
        theme.heading,
    ));
    lines.push(Line::from(""));
    for (i, &q) in walk.asked.iter().enumerate() {
        let question = t.text_with(&format!("q-{}", app.content.questions[q].id), &fluent);
        let start = lines.len();
        lines.push(super::option_line(
            theme,
            i + 1,
            i + 1 == app.selected,
            question,
            theme.base,
        ));
        lines.push(Line::from(Span::styled(
            format!("     {}", answer_text(app, q)),
            theme.ok,
        )));
        options.push((start, lines.len()));
    }
    let focus = options.get(app.selected).copied();
    Body {
        lines,
        options,
        focus,
        free_scroll: false,
    }
}
