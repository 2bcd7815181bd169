//! The answers in words: the review screen, the result's "your answers",
//! and the variables content messages read (`$situation`, …).

use crate::content::{Content, Fact, Facts, QuestionKind};
use crate::cpr::Cpr;
use crate::i18n::{args, FluentArgs, Localizer};
use crate::keys;
use fluent_bundle::FluentValue;

/// One answer as the person sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerView {
    pub id: String,
    pub question: String,
    pub answer: String,
    /// The stable value: option ID, date, `given` for a CPR number (never
    /// the number), `None` when skipped.
    pub value: Option<String>,
}

/// Fluent variables for content messages: every choice answer by question
/// ID; dates and CPR numbers only say whether one was given.
pub fn content_args<'a>(content: &'a Content, facts: &Facts) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (id, question) in content.questions.enumerate() {
        let value = match facts.get(id) {
            Some(Fact::Choice(option)) => match question.options().get(option) {
                Some(value) => value.as_str(),
                None => continue,
            },
            Some(Fact::Date(_) | Fact::Cpr) => "given",
            _ => "not-given",
        };
        args.set(question.id.as_str(), FluentValue::from(value));
    }
    args
}

/// Every answer in `facts`, in question order. A CPR number shows masked
/// (`DDMMYY-XXXX`) only when `cpr` is given (the person's own review
/// screen); otherwise only that one was given.
pub fn answer_views(
    content: &Content,
    facts: &Facts,
    cpr: Option<&Cpr>,
    t: &Localizer<'_>,
) -> Vec<AnswerView> {
    let fluent = content_args(content, facts);
    let mut out = Vec::new();
    for (id, fact) in facts.iter() {
        let question = &content.questions[id];
        let derived = question
            .derive
            .is_some_and(|d| matches!(facts.get(d.from), Some(Fact::Cpr)));
        let (answer, value) = match (fact, &question.kind) {
            (Fact::Choice(o), QuestionKind::Choice { options }) => {
                let value = options.get(o).cloned().unwrap_or_default();
                let label = t.text_with(
                    &keys::option(&question.id, &value, question.options_from_municipalities),
                    &fluent,
                );
                let label = if derived {
                    t.text_with("ui-answer-derived", &args([("value", label)]))
                } else {
                    label
                };
                (label, Some(value))
            }
            (Fact::Date(d), _) => (t.date_long(d), Some(d.to_string())),
            (Fact::Cpr, _) => (
                cpr.map_or_else(|| t.text("ui-answer-cpr-given"), Cpr::masked),
                Some("given".to_string()),
            ),
            // "Do you have a CPR number?" — "No" skips the number.
            (Fact::Skipped, QuestionKind::Cpr) => (t.text("ui-cpr-have-no"), None),
            (Fact::Skipped, _) => (t.text("ui-answer-skipped"), None),
            _ => continue,
        };
        out.push(AnswerView {
            id: question.id.clone(),
            question: t.text_with(&keys::question(&question.id), &fluent),
            answer,
            value,
        });
    }
    out
}
