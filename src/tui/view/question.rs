//! A question: its text and hint, then numbered options or a text field
//! for a date or CPR number that is checked as you type. What the question
//! says comes from the shared [`crate::output::QuestionView`].

use super::Body;
use crate::calendar::DateError;
use crate::cpr::{Cpr, CprError};
use crate::engine::{parse_answer, Answer, AnswerError};
use crate::i18n::{args, FluentArgs};
use crate::output::{answer_reason, place_question, session_question, InputView, QuestionView};
use crate::tui::app::App;
use ratatui::text::{Line, Span};

/// What the field says about the text typed so far.
pub enum Feedback {
    /// A hint: nothing wrong yet.
    Neutral(String),
    /// What is wrong, and so what is accepted.
    Error(String),
    /// Accepted, with how it will be read.
    Ok(String),
}

fn date_feedback(app: &App<'_>, view: &QuestionView) -> Feedback {
    let t = app.t();
    let today = app.session().today();
    let text = app.input().trim();
    let format_hint = || Feedback::Neutral(t.text("ui-date-format"));
    if text.is_empty() {
        return if app.refused() {
            Feedback::Error(t.text("err-answer-required"))
        } else {
            format_hint()
        };
    }
    match parse_answer(app.content(), view.question, text, today) {
        Ok(Answer::Date(date)) => Feedback::Ok(t.date_long(date)),
        Ok(_) => format_hint(),
        // Still being typed: the form to use, until Enter.
        Err(AnswerError::Date(DateError::Format)) if !app.refused() => format_hint(),
        Err(e) => Feedback::Error(answer_reason(&e, app.content(), view.question, today, &t)),
    }
}

fn cpr_feedback(app: &App<'_>, view: &QuestionView, kept: Option<&String>) -> Feedback {
    let t = app.t();
    let today = app.session().today();
    let text = app.input().trim();
    if text.is_empty() {
        return match kept {
            Some(masked) => {
                Feedback::Ok(t.text_with("ui-cpr-kept", &args([("masked", masked.clone())])))
            }
            None => Feedback::Neutral(String::new()),
        };
    }
    match Cpr::parse(text, today) {
        Ok(cpr) => Feedback::Ok(cpr.masked()),
        Err(CprError::WrongLength { digits }) if digits < 10 && !app.refused() => {
            let mut fluent = FluentArgs::new();
            fluent.set("digits", i64::try_from(digits).unwrap_or(0));
            Feedback::Neutral(t.text_with("ui-cpr-progress", &fluent))
        }
        Err(e) => Feedback::Error(answer_reason(
            &AnswerError::Cpr(e),
            app.content(),
            view.question,
            today,
            &t,
        )),
    }
}

pub fn body(app: &App<'_>, with_hint: bool) -> Body {
    let t = app.t();
    let theme = app.theme();
    let Some(view) = session_question(app.session(), &t) else {
        return Body {
            lines: Vec::new(),
            options: Vec::new(),
            focus: None,
            free_scroll: false,
            pinned: 0,
        };
    };
    let mut lines = vec![Line::from(Span::styled(view.text.clone(), theme.title))];
    if let Some(hint) = view.hint.clone().filter(|_| with_hint) {
        lines.push(Line::from(Span::styled(hint, theme.dim)));
    }
    lines.push(Line::from(""));
    let mut options = Vec::new();
    let mut input_line = None;
    let mut pinned = 0;
    match &view.input {
        InputView::Place { .. } => {
            input_line = Some(lines.len());
            lines.push(super::field_line(theme, app.input().to_string()));
            let feedback = if app.place_not_found() {
                // Said calmly while typing; marked wrong once Enter is pressed.
                let text = t.text_with(
                    "err-answer-unknown-place",
                    &args([("value", app.input().trim().to_string())]),
                );
                if app.refused() {
                    Line::from(Span::styled(
                        format!("{} {text}", theme.glyphs.wrong),
                        theme.error,
                    ))
                } else {
                    Line::from(Span::styled(text, theme.dim))
                }
            } else if app.refused() {
                let unsure = app
                    .place_rows()
                    .iter()
                    .find(|r| r.unsure)
                    .map(|r| r.label.clone())
                    .unwrap_or_default();
                Line::from(Span::styled(
                    format!(
                        "{} {}",
                        theme.glyphs.wrong,
                        t.text_with("ui-place-pick", &args([("unsure", unsure)]))
                    ),
                    theme.error,
                ))
            } else if let Some(which) = place_question(app.place_rows(), &t) {
                Line::from(Span::styled(which, theme.ok))
            } else {
                Line::from(Span::styled(t.text("ui-place-hint"), theme.dim))
            };
            lines.push(feedback);
            lines.push(Line::from(""));
            // The question and the field stay put; the list scrolls.
            pinned = lines.len();
            let rows = app.place_rows();
            for (i, row) in rows.iter().enumerate() {
                // "Not decided yet" stands apart, after a blank line.
                if row.unsure && i > 0 {
                    lines.push(Line::from(""));
                }
                options.push((lines.len(), lines.len() + 1));
                // No numbers: digits type into the search field.
                let selected = i == app.selected();
                let mut spans = vec![
                    Span::styled(
                        if selected {
                            format!("{} ", theme.glyphs.selected)
                        } else {
                            "  ".to_string()
                        },
                        theme.key,
                    ),
                    Span::styled(
                        format!(" {} ", row.label),
                        if selected { theme.selected } else { theme.base },
                    ),
                ];
                if let Some(detail) = &row.detail {
                    spans.push(Span::styled(format!(" {detail}"), theme.dim));
                }
                lines.push(Line::from(spans));
            }
        }
        // Do you have one? Yes / No, and then the field.
        InputView::Cpr { .. } if app.cpr_step() == Some(crate::flow::CprStep::Have) => {
            for (i, id) in ["ui-cpr-have-yes", "ui-cpr-have-no"].iter().enumerate() {
                options.push((lines.len(), lines.len() + 1));
                lines.push(super::option_line(
                    theme,
                    i + 1,
                    i == app.selected(),
                    format!(" {} ", t.text(id)),
                    theme.base,
                ));
            }
        }
        InputView::Choice {
            options: values, ..
        } => {
            for (i, option) in values.iter().enumerate() {
                options.push((lines.len(), lines.len() + 1));
                lines.push(super::option_line(
                    theme,
                    i + 1,
                    i == app.selected(),
                    format!(" {} ", option.label),
                    theme.base,
                ));
            }
        }
        input => {
            input_line = Some(lines.len());
            let (feedback, is_cpr) = match input {
                InputView::Cpr { kept } => (cpr_feedback(app, &view, kept.as_ref()), true),
                _ => (date_feedback(app, &view), false),
            };
            // A CPR number shows masked as soon as it is valid.
            let shown = match (is_cpr, &feedback) {
                (true, Feedback::Ok(masked)) if !app.input().trim().is_empty() => masked.clone(),
                // While typing, only the birth date shows; the rest is hidden.
                (true, _) => app
                    .input()
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if i < 6 || (i == 6 && c == '-') {
                            c
                        } else {
                            theme.glyphs.hidden
                        }
                    })
                    .collect(),
                _ => app.input().to_string(),
            };
            lines.push(super::field_line(theme, shown));
            lines.push(match feedback {
                Feedback::Neutral(text) => Line::from(Span::styled(text, theme.dim)),
                Feedback::Error(text) => Line::from(Span::styled(
                    format!("{} {text}", theme.glyphs.wrong),
                    theme.error,
                )),
                Feedback::Ok(text) => Line::from(Span::styled(
                    format!("{} {text}", theme.glyphs.ok),
                    theme.ok,
                )),
            });
            if is_cpr {
                lines.push(Line::from(Span::styled(t.text("ui-cpr-field"), theme.dim)));
            } else if view.optional {
                lines.push(Line::from(Span::styled(
                    t.text("ui-optional-skip"),
                    theme.dim,
                )));
            }
        }
    }
    // Keep the highlighted option, or the field and what it says, in view.
    let focus = options
        .get(app.selected())
        .copied()
        .or(input_line.map(|line| (line, lines.len())));
    Body {
        lines,
        options,
        focus,
        free_scroll: false,
        pinned,
    }
}
