//! A question and the review in words: what every front end shows when it
//! asks (the terminal UI draws it, the line mode prints it, the command line
//! names it in "one more answer is needed"), so they all say the same.

use super::view::{answer_views, content_args, AnswerView};
use crate::content::{Content, Facts, QuestionId, QuestionKind};
use crate::engine::{Answer, Position, Progress, Session};
use crate::i18n::Localizer;
use crate::keys;
use jiff::civil::Date;

/// One option of a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    /// The stable value (`eu`, `yes`, `copenhagen`).
    pub value: String,
    pub label: String,
}

/// What the person answers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputView {
    /// Pick one; `chosen` is the earlier answer, if any.
    Choice {
        options: Vec<OptionView>,
        chosen: Option<usize>,
    },
    /// A date; `given` is the earlier answer, if any.
    Date {
        given: Option<Date>,
        not_after_today: bool,
    },
    /// A CPR number; `kept` is the earlier one, masked.
    Cpr { kept: Option<String> },
    /// A municipality, typed as a postcode, town or name (see
    /// [`super::place_rows`]); `chosen` is the earlier answer, if any.
    Place { chosen: Option<OptionView> },
}

/// A question ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView {
    pub question: QuestionId,
    /// The stable ID (`situation`), for `--answer ID=VALUE`.
    pub id: String,
    pub text: String,
    pub hint: Option<String>,
    pub optional: bool,
    pub input: InputView,
    pub progress: Option<Progress>,
}

impl QuestionView {
    /// The valid values, as the command line takes them.
    pub fn values(&self) -> Vec<&str> {
        match &self.input {
            InputView::Choice { options, .. } => options.iter().map(|o| o.value.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

/// Question `question` with the answers so far (`facts`, for texts that
/// depend on them) and the earlier answer to it, if any.
pub fn question_view(
    content: &Content,
    facts: &Facts,
    question: QuestionId,
    earlier: Option<&Answer>,
    progress: Option<Progress>,
    t: &Localizer<'_>,
) -> QuestionView {
    let q = &content.questions[question];
    let fluent = content_args(content, facts);
    let input = match &q.kind {
        QuestionKind::Choice { options } if q.options_from_municipalities => InputView::Place {
            chosen: match earlier {
                Some(Answer::Choice(o)) => options.get(*o).map(|value| OptionView {
                    value: value.clone(),
                    label: t.text(&keys::option(&q.id, value, true)),
                }),
                _ => None,
            },
        },
        QuestionKind::Choice { options } => InputView::Choice {
            options: options
                .iter()
                .map(|value| OptionView {
                    value: value.clone(),
                    label: t.text_with(
                        &keys::option(&q.id, value, q.options_from_municipalities),
                        &fluent,
                    ),
                })
                .collect(),
            chosen: match earlier {
                Some(Answer::Choice(o)) => Some(*o),
                _ => None,
            },
        },
        QuestionKind::Date { not_after_today } => InputView::Date {
            given: match earlier {
                Some(Answer::Date(d)) => Some(*d),
                _ => None,
            },
            not_after_today: *not_after_today,
        },
        QuestionKind::Cpr => InputView::Cpr {
            kept: match earlier {
                Some(Answer::Cpr(cpr)) => Some(cpr.masked()),
                _ => None,
            },
        },
    };
    QuestionView {
        question,
        id: q.id.clone(),
        text: t.text_with(&keys::question(&q.id), &fluent),
        hint: t.try_text_with(&keys::question_hint(&q.id), &fluent),
        optional: q.optional,
        input,
        progress,
    }
}

/// The question the session shows, if it shows one.
pub fn session_question(session: &Session<'_>, t: &Localizer<'_>) -> Option<QuestionView> {
    let Position::Question(q) = session.position() else {
        return None;
    };
    let walk = session.walk();
    Some(question_view(
        session.content(),
        &walk.facts,
        q,
        session.answers().get(q),
        Some(session.progress()),
        t,
    ))
}

/// One answer on the review, changeable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    pub question: QuestionId,
    pub view: AnswerView,
}

/// How a CPR number given shows on the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CprShown {
    /// `DDMMYY-XXXX`: the person's own screen, which is wiped.
    Masked,
    /// Only that one was given: output that may end up in a file or a log.
    Hidden,
}

/// The review: every answer the person gave on the path, in order, derived
/// answers left out.
pub fn review_items(session: &Session<'_>, cpr: CprShown, t: &Localizer<'_>) -> Vec<ReviewItem> {
    let walk = session.walk();
    let cpr = session
        .answers()
        .iter()
        .find_map(|(_, a)| match a {
            Answer::Cpr(cpr) => Some(cpr.as_ref()),
            _ => None,
        })
        .filter(|_| cpr == CprShown::Masked);
    let views = answer_views(session.content(), &walk.facts, cpr, t);
    let content = session.content();
    walk.asked
        .iter()
        .filter_map(|&q| {
            let id = &content.questions[q].id;
            views.iter().find(|v| &v.id == id).map(|v| ReviewItem {
                question: q,
                view: v.clone(),
            })
        })
        .collect()
}
