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

/// What the question's body is made of as it is built.
#[derive(Default)]
struct Parts {
    lines: Vec<Line<'static>>,
    /// Each option's first and last line.
    options: Vec<(usize, usize)>,
    /// The line of the text field, if there is one.
    input_line: Option<usize>,
    /// Lines that stay put while the rest scrolls.
    pinned: usize,
}

impl Parts {
    fn push(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }

    /// An option: its line, remembered for clicks and scrolling.
    fn option(&mut self, line: Line<'static>) {
        self.options.push((self.lines.len(), self.lines.len() + 1));
        self.lines.push(line);
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
    let mut parts = Parts::default();
    parts.push(Line::from(Span::styled(view.text.clone(), theme.title)));
    if let Some(hint) = view.hint.clone().filter(|_| with_hint) {
        parts.push(Line::from(Span::styled(hint, theme.dim)));
    }
    parts.push(Line::from(""));
    match &view.input {
        InputView::Place { .. } => place(app, &mut parts),
        // Do you have one? Yes / No, and then the field.
        InputView::Cpr { .. } if app.cpr_step() == Some(crate::flow::CprStep::Have) => {
            for (i, id) in ["ui-cpr-have-yes", "ui-cpr-have-no"].iter().enumerate() {
                let label = format!(" {} ", t.text(id));
                parts.option(super::option_line(
                    theme,
                    i + 1,
                    i == app.selected(),
                    label,
                    theme.base,
                ));
            }
        }
        InputView::Choice {
            options: values, ..
        } => {
            for (i, option) in values.iter().enumerate() {
                let label = format!(" {} ", option.label);
                parts.option(super::option_line(
                    theme,
                    i + 1,
                    i == app.selected(),
                    label,
                    theme.base,
                ));
            }
            // Enter with nothing chosen: how to choose.
            if app.refused() {
                let mut fluent = crate::i18n::FluentArgs::new();
                fluent.set("count", i64::try_from(values.len()).unwrap_or(0));
                let how = theme.glyphs.keys(&t.text_with("ui-choose-first", &fluent));
                parts.push(Line::from(""));
                // Kept in sight, as a field and what it says are.
                parts.input_line = Some(parts.lines.len());
                parts.push(Line::from(Span::styled(
                    format!("{} {how}", theme.glyphs.wrong),
                    theme.error,
                )));
            }
        }
        InputView::Cpr { kept } => {
            let feedback = cpr_feedback(app, &view, kept.as_ref());
            field(app, &view, feedback, true, &mut parts);
        }
        InputView::Date { .. } => {
            let feedback = date_feedback(app, &view);
            field(app, &view, feedback, false, &mut parts);
        }
    }
    // Keep the highlighted option, or the field and what it says, in view.
    let focus = parts
        .options
        .get(app.selected())
        .copied()
        .or(parts.input_line.map(|line| (line, parts.lines.len())));
    Body {
        lines: parts.lines,
        options: parts.options,
        focus,
        free_scroll: false,
        pinned: parts.pinned,
    }
}

/// The municipality search: the field, what it says, then the matches.
fn place(app: &App<'_>, parts: &mut Parts) {
    let theme = app.theme();
    parts.input_line = Some(parts.lines.len());
    parts.push(super::field_line(
        theme,
        app.input().to_string(),
        Some(app.input_cursor()),
    ));
    parts.push(place_feedback(app));
    parts.push(Line::from(""));
    // The question and the field stay put; the list scrolls.
    parts.pinned = parts.lines.len();
    for (i, row) in app.place_rows().iter().enumerate() {
        // "Not decided yet" stands apart, after a blank line.
        if row.unsure && i > 0 {
            parts.push(Line::from(""));
        }
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
        parts.option(Line::from(spans));
    }
}

/// The line under the search field: nothing found, pick one, the postcode
/// several municipalities share, or how to search.
fn place_feedback(app: &App<'_>) -> Line<'static> {
    let t = app.t();
    let theme = app.theme();
    let wrong = |text: String| {
        Line::from(Span::styled(
            format!("{} {text}", theme.glyphs.wrong),
            theme.error,
        ))
    };
    if app.place_not_found() {
        // Said calmly while typing; marked wrong once Enter is pressed.
        let text = t.text_with(
            "err-answer-unknown-place",
            &args([("value", app.input().trim().to_string())]),
        );
        return if app.refused() {
            wrong(text)
        } else {
            Line::from(Span::styled(text, theme.dim))
        };
    }
    // Matches listed are the answer to a search, never an error: the line
    // says how to choose (or that a postcode is shared).
    let listed = app.place_rows().iter().any(|row| !row.unsure);
    if let Some(which) = place_question(app.place_rows(), &t) {
        let keys = theme.glyphs.keys(&t.text("ui-place-which-keys"));
        let which = format!("{which} {keys}");
        // Enter just took nothing: say why, as the line mode does.
        return if app.refused() {
            wrong(which)
        } else {
            Line::from(Span::styled(which, theme.ok))
        };
    }
    if listed {
        return Line::from(Span::styled(
            theme.glyphs.keys(&t.text("ui-place-choose")),
            theme.key,
        ));
    }
    if app.refused() {
        let unsure = app.flow().places().unsure_label();
        return wrong(t.text_with("ui-place-pick", &args([("unsure", unsure)])));
    }
    Line::from(Span::styled(t.text("ui-place-hint"), theme.dim))
}

/// A date or CPR field: what is typed (a CPR number masked as soon as it
/// is valid, and only its birth date while it is typed), what it says,
/// and a hint under it.
fn field(app: &App<'_>, view: &QuestionView, feedback: Feedback, is_cpr: bool, parts: &mut Parts) {
    let t = app.t();
    let theme = app.theme();
    parts.input_line = Some(parts.lines.len());
    // A masked number is shaped otherwise than what was typed: its cursor
    // stands at the end.
    let mut cursor = Some(app.input_cursor());
    let shown = match (is_cpr, &feedback) {
        (true, Feedback::Ok(masked)) if !app.input().trim().is_empty() => {
            cursor = None;
            masked.clone()
        }
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
    parts.push(super::field_line(theme, shown, cursor));
    parts.push(match feedback {
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
        parts.push(Line::from(Span::styled(t.text("ui-cpr-field"), theme.dim)));
    } else if view.optional {
        parts.push(Line::from(Span::styled(
            t.text("ui-optional-skip"),
            theme.dim,
        )));
    }
}
