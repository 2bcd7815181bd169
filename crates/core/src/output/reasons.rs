//! Why an answer or a CPR number was refused, in words: shared by every
//! front end. The reasons never repeat the digits of a CPR number.

use crate::content::places::Via;
use crate::content::{Content, Postcode, QuestionId};
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
        CprError::NotLeapYear { year } => fluent.set("year", year.to_string()),
        _ => {}
    }
    // Past the birth date the digits are hidden on screen: a position
    // there would point at a dot.
    if let CprError::InvalidCharacter { position } = error {
        if position > 6 {
            return t.text("err-answer-cpr-invalid-character-end");
        }
    }
    t.text_with(&keys::answer_error(AnswerError::Cpr(error).kind()), &fluent)
}

/// The translated reason an answer was refused (no CPR digits in it).
pub fn answer_reason(
    error: &AnswerError,
    content: &Content,
    question: QuestionId,
    today: Date,
    t: &Localizer<'_>,
) -> String {
    let question = &content.questions[question];
    match error {
        AnswerError::Cpr(e) => cpr_reason(*e, t),
        AnswerError::UnknownOption { value } if question.options_from_municipalities => t
            .text_with(
                "err-answer-unknown-place",
                &args([("value", value.clone())]),
            ),
        AnswerError::UnknownOption { value } => t.text_with(
            "err-answer-unknown-option",
            &args([
                ("value", value.clone()),
                ("list", question.options().join(", ")),
            ]),
        ),
        AnswerError::Ambiguous {
            value,
            options,
            via,
        } => {
            // "furesoe (Furesø)": the ID to type, and the name people know;
            // with the town it matched by, unless all share one postcode.
            let hits = content.places().search(value);
            let list: Vec<String> = options
                .iter()
                .filter_map(|&o| {
                    let id = question.options().get(o)?;
                    let label = t.text(&keys::option(
                        &question.id,
                        id,
                        question.options_from_municipalities,
                    ));
                    let town = hits
                        .iter()
                        .find(|h| h.municipality.index() == o)
                        .and_then(|h| match h.via {
                            Via::Town(i) if via.is_none() => content.postcodes().get(i),
                            _ => None,
                        });
                    Some(match town {
                        Some(p) => format!("{id} ({label}, {} {})", p.code, p.town),
                        None => format!("{id} ({label})"),
                    })
                })
                .collect();
            let mut fluent = args([("value", value.clone()), ("list", list.join(", "))]);
            fluent.set("count", i64::try_from(options.len()).unwrap_or(0));
            match via.and_then(|v| postcode_of(content, v)) {
                Some(postcode) => {
                    fluent.set("code", postcode.code.clone());
                    fluent.set("town", postcode.town.clone());
                    t.text_with("err-answer-ambiguous-postcode", &fluent)
                }
                None => t.text_with("err-answer-ambiguous", &fluent),
            }
        }
        other => t.text_with(
            &keys::answer_error(other.kind()),
            &args([("today", today.to_string())]),
        ),
    }
}

/// The postcode a match came from, when it came from one.
fn postcode_of(content: &Content, via: Via) -> Option<&Postcode> {
    match via {
        Via::Postcode(i) | Via::Town(i) => content.postcodes().get(i),
        Via::Name | Via::Code => None,
    }
}
