//! `conditions:`, `questions:` and `outcomes:`: the interview itself.

use super::registry::is_valid_id;
use super::{Ctx, Names, Raw};
use crate::content::condition::{GIVEN, NOT_GIVEN, RESERVED_KEYS};
use crate::content::model::{
    Content, Derive, DeriveFact, NamedCondition, Outcome, Question, QuestionKind,
};
use crate::diagnostics::Problem;

/// Each question's kind and options (pass 1: conditions need them to check
/// option values, wherever the question is defined).
pub(super) fn question_kinds(ctx: &mut Ctx<'_>, raw: &Raw<'_>) -> Vec<QuestionKind> {
    let mut kinds = Vec::with_capacity(raw.questions.len());
    for (loc, q) in &raw.questions {
        if RESERVED_KEYS.contains(&q.id.as_str()) {
            ctx.error(
                *loc,
                Some(&q.id),
                Problem::new("reserved-id").arg("id", &q.id),
            );
        }
        let kind = match q.kind.as_str() {
            "choice" => {
                let options = match q.options_from.as_deref() {
                    Some("municipalities") => {
                        if !q.options.is_empty() {
                            ctx.error(
                                *loc,
                                Some("options"),
                                Problem::new("options-and-options-from"),
                            );
                        }
                        raw.municipalities
                            .iter()
                            .map(|(_, m)| m.id.clone())
                            .collect()
                    }
                    Some(from) => {
                        ctx.error(
                            *loc,
                            Some(from),
                            Problem::new("unknown-options-from").arg("value", from),
                        );
                        Vec::new()
                    }
                    None => q.options.clone(),
                };
                if options.is_empty() {
                    ctx.error(
                        *loc,
                        Some(&q.id),
                        Problem::new("no-options").arg("id", &q.id),
                    );
                }
                for (i, option) in options.iter().enumerate() {
                    if !is_valid_id(option) || option == GIVEN || option == NOT_GIVEN {
                        ctx.error(*loc, Some(option), Problem::new("bad-id").arg("id", option));
                    } else if options[..i].contains(option) {
                        ctx.error(
                            *loc,
                            Some(option),
                            Problem::new("duplicate-id")
                                .arg("id", option)
                                .arg("section", "options"),
                        );
                    }
                }
                QuestionKind::Choice { options }
            }
            "date" => QuestionKind::Date {
                not_after_today: q.not_after_today,
            },
            "cpr" => QuestionKind::Cpr,
            other => {
                ctx.error(
                    *loc,
                    Some("kind"),
                    Problem::new("unknown-kind").arg("value", other),
                );
                QuestionKind::Choice {
                    options: Vec::new(),
                }
            }
        };
        if q.optional && matches!(kind, QuestionKind::Choice { .. }) {
            ctx.error(
                *loc,
                Some("optional"),
                Problem::new("optional-choice").arg("id", &q.id),
            );
        }
        kinds.push(kind);
    }
    kinds
}

pub(super) fn build(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    for (loc, n) in &raw.named {
        let when = names.condition(ctx, Some(&n.when), *loc, true);
        content.named.push(NamedCondition {
            id: n.id.clone(),
            when,
            at: ctx.origin(*loc, None),
        });
    }
    for (i, (loc, q)) in raw.questions.iter().enumerate() {
        let ask_when = names.condition(ctx, q.ask_when.as_ref(), *loc, false);
        let kind = names.question_kinds[i].clone();
        let derive = q.derive.as_ref().and_then(|d| {
            let from = match names.questions.get(&d.from) {
                Some(f)
                    if f.index() < i && names.question_kinds[f.index()] == QuestionKind::Cpr =>
                {
                    f
                }
                _ => {
                    ctx.error(
                        *loc,
                        Some(&d.from),
                        Problem::new("bad-derive-from").arg("id", &d.from),
                    );
                    return None;
                }
            };
            let yes_no = matches!(&kind, QuestionKind::Choice { options }
                if options.len() == 2
                    && options.iter().any(|o| o == "yes")
                    && options.iter().any(|o| o == "no"));
            if d.fact != "adult" || !yes_no {
                ctx.error(
                    *loc,
                    Some(&d.fact),
                    Problem::new("bad-derive-fact").arg("value", &d.fact),
                );
                return None;
            }
            Some(Derive {
                from,
                fact: DeriveFact::Adult,
            })
        });
        let sources = names.sources(ctx, &q.source, *loc, false);
        content.questions.push(Question {
            id: q.id.clone(),
            kind,
            optional: q.optional,
            options_from_municipalities: q.options_from.as_deref() == Some("municipalities"),
            ask_when,
            derive,
            sources,
            at: ctx.origin(*loc, None),
        });
    }
    for (loc, o) in &raw.outcomes {
        let when = names.condition(ctx, o.when.as_ref(), *loc, false);
        let sources = names.sources(ctx, &o.source, *loc, true);
        content.outcomes.push(Outcome {
            id: o.id.clone(),
            when,
            sources,
            at: ctx.origin(*loc, None),
        });
    }
}
