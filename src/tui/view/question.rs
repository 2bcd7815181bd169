//! A question: its text and hint, then numbered options or a text field
//! for a date or CPR number that is checked as you type.

use super::Body;
use crate::calendar::parse_date;
use crate::content::QuestionKind;
use crate::cpr::{Cpr, CprError};
use crate::engine::{Answer, AnswerError};
use crate::i18n::{args, FluentArgs};
use crate::output::{answer_reason, content_args};
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

fn date_feedback(app: &App<'_>, q: usize) -> Feedback {
    let t = app.t();
    let question = &app.content.questions[q];
    let text = app.input.trim();
    let allowed = text.chars().all(|c| c.is_ascii_digit() || c == '-');
    let format_hint = || Feedback::Neutral(t.text("ui-date-format"));
    if text.is_empty() {
        return if app.refused {
            Feedback::Error(t.text("err-answer-required"))
        } else {
            format_hint()
        };
    }
    if !allowed || text.chars().count() > 10 {
        return Feedback::Error(t.text("err-answer-date-format"));
    }
    // A month or day that can never be right is said at once.
    let parts: Vec<&str> = text.split('-').collect();
    let impossible = |part: Option<&&str>, max: u32| {
        part.filter(|p| p.len() == 2)
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|n| n == 0 || n > max)
    };
    if impossible(parts.get(1), 12) || impossible(parts.get(2), 31) {
        return Feedback::Error(t.text("err-answer-date-no-such-date"));
    }
    if text.chars().count() < 10 {
        return if app.refused {
            Feedback::Error(t.text("err-answer-date-format"))
        } else {
            format_hint()
        };
    }
    match parse_date(text) {
        Ok(date) => match crate::engine::parse_answer(question, text, app.today) {
            Ok(_) => Feedback::Ok(t.date_long(date)),
            Err(e) => Feedback::Error(answer_reason(&e, question, app.today, &t)),
        },
        Err(e) => Feedback::Error(answer_reason(
            &AnswerError::Date(e),
            question,
            app.today,
            &t,
        )),
    }
}

fn cpr_feedback(app: &App<'_>, q: usize) -> Feedback {
    let t = app.t();
    let question = &app.content.questions[q];
    let text = app.input.trim();
    if text.is_empty() {
        return match app.answers.get(q) {
            Some(Answer::Cpr(cpr)) => {
                Feedback::Ok(t.text_with("ui-cpr-kept", &args([("masked", cpr.masked())])))
            }
            _ => Feedback::Neutral(String::new()),
        };
    }
    match Cpr::parse(text, app.today) {
        Ok(cpr) => Feedback::Ok(cpr.masked()),
        Err(CprError::WrongLength { digits }) if digits < 10 && !app.refused => {
            let mut fluent = FluentArgs::new();
            fluent.set("digits", i64::try_from(digits).unwrap_or(0));
            Feedback::Neutral(t.text_with("ui-cpr-progress", &fluent))
        }
        Err(e) => Feedback::Error(answer_reason(&AnswerError::Cpr(e), question, app.today, &t)),
    }
}

/// The feedback under the current text field.
pub fn feedback(app: &App<'_>, q: usize) -> Feedback {
    match app.content.questions[q].kind {
        QuestionKind::Cpr => cpr_feedback(app, q),
        _ => date_feedback(app, q),
    }
}

pub fn body(app: &App<'_>, q: usize, with_hint: bool) -> Body {
    let t = app.t();
    let theme = &app.theme;
    let question = &app.content.questions[q];
    let walk = app.interview().walk(&app.answers);
    let fluent = content_args(app.content, &walk.facts);
    let mut lines = vec![Line::from(Span::styled(
        t.text_with(&format!("q-{}", question.id), &fluent),
        theme.title,
    ))];
    if let Some(hint) = t
        .try_text_with(&format!("q-{}-hint", question.id), &fluent)
        .filter(|_| with_hint)
    {
        lines.push(Line::from(Span::styled(hint, theme.dim)));
    }
    lines.push(Line::from(""));
    let mut options = Vec::new();
    let mut input_line = None;
    match &question.kind {
        QuestionKind::Choice { options: values } => {
            for (i, value) in values.iter().enumerate() {
                let label = t.text_with(&question.option_message(value), &fluent);
                options.push((lines.len(), lines.len() + 1));
                lines.push(super::option_line(
                    theme,
                    i + 1,
                    i == app.selected,
                    format!(" {label} "),
                    theme.base,
                ));
            }
        }
        kind => {
            input_line = Some(lines.len());
            let feedback = feedback(app, q);
            // A CPR number shows masked as soon as it is valid.
            let shown = match (kind, &feedback) {
                (QuestionKind::Cpr, Feedback::Ok(masked)) if !app.input.trim().is_empty() => {
                    masked.clone()
                }
                // While typing, only the birth date shows; the rest is hidden.
                (QuestionKind::Cpr, _) => app
                    .input
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if i < 6 || (i == 6 && c == '-') {
                            c
                        } else {
                            '•'
                        }
                    })
                    .collect(),
                _ => app.input.to_string(),
            };
            lines.push(super::field_line(theme, shown));
            lines.push(match feedback {
                Feedback::Neutral(text) => Line::from(Span::styled(text, theme.dim)),
                Feedback::Error(text) => Line::from(Span::styled(format!("✗ {text}"), theme.error)),
                Feedback::Ok(text) => Line::from(Span::styled(format!("✓ {text}"), theme.ok)),
            });
            if question.optional {
                lines.push(Line::from(Span::styled(
                    t.text("ui-optional-skip"),
                    theme.dim,
                )));
            }
        }
    }
    // Keep the highlighted option, or the field and what it says, in view.
    let focus = options
        .get(app.selected)
        .copied()
        .or(input_line.map(|line| (line, lines.len())));
    Body {
        lines,
        options,
        focus,
        free_scroll: false,
    }
}
