//! Why an answer or a CPR number was refused, in words: shared by every
//! front end. The reasons never repeat the digits of a CPR number.

use crate::content::Question;
use crate::cpr::CprError;
use crate::engine::AnswerError;
use crate::i18n::{args, FluentArgs, Localizer};
use crate::keys;
use jiff::civil::Date;

/// The translated reason a number was refused.
pub fn cpr_reason(error: CprError, t: &Localizer<'_>) -> String {
    let mut fluent = FluentArgs::new();
    match error {
        // Numbers, so Fluent picks the right plural form.
        CprError::InvalidCharacter { position } => {
            fluent.set("position", i64::try_from(position).unwrap_or(0))
        }
        CprError::WrongLength { digits } => {
            fluent.set("digits", i64::try_from(digits).unwrap_or(0))
        }
        _ => {}
    }
    t.text_with(&keys::answer_error(AnswerError::Cpr(error).kind()), &fluent)
}

/// The translated reason an answer was refused (no CPR digits in it).
pub fn answer_reason(
    error: &AnswerError,
    question: &Question,
    today: Date,
    t: &Localizer<'_>,
) -> String {
    match error {
        AnswerError::Cpr(e) => cpr_reason(*e, t),
        AnswerError::UnknownOption { value } => t.text_with(
            "err-answer-unknown-option",
            &args([
                ("value", value.clone()),
                ("list", question.options().join(", ")),
            ]),
        ),
        other => t.text_with(
            &keys::answer_error(other.kind()),
            &args([("today", today.to_string())]),
        ),
    }
}
