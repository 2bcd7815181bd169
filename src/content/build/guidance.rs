//! `documents:`, `deadlines:` and `steps:`: what a result holds.

use super::{Ctx, Names, Raw};
use crate::content::model::{
    Content, DateRule, Deadline, DeadlineKind, Document, Note, Offset, Step,
};
use crate::diagnostics::Problem;

pub(super) fn build(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    for (loc, d) in &raw.documents {
        let when = names.condition(ctx, Some(&d.when), *loc, true);
        let notes = d
            .notes
            .iter()
            .map(|n| Note {
                when: names.condition(ctx, n.when.as_ref(), *loc, true),
                text: n.text.clone(),
            })
            .collect();
        let sources = names.sources(ctx, &d.source, *loc, true);
        content.documents.push(Document {
            id: d.id.clone(),
            when,
            notes,
            sources,
            at: ctx.origin(*loc, None),
        });
    }
    for (loc, d) in &raw.deadlines {
        let kind = match d.kind.as_str() {
            "by" => DeadlineKind::By,
            "not-before" => DeadlineKind::NotBefore,
            "about" => DeadlineKind::About,
            "on" => DeadlineKind::On,
            other => {
                ctx.error(
                    *loc,
                    Some("kind"),
                    Problem::new("unknown-deadline-kind").arg("value", other),
                );
                DeadlineKind::By
            }
        };
        let when = names.condition(ctx, Some(&d.when), *loc, true);
        let mut dates = Vec::new();
        for rule in &d.dates {
            let rule_when = names.condition(ctx, rule.when.as_ref(), *loc, true);
            let from = names.date_question(ctx, &rule.from, *loc);
            let not_before = rule
                .not_before
                .iter()
                .filter_map(|q| names.date_question(ctx, q, *loc))
                .collect();
            let offset = match (rule.days, rule.months, rule.working_days_before) {
                (Some(n), None, None) => Some(Offset::Days(n)),
                (None, Some(n), None) => Some(Offset::Months(n)),
                (None, None, Some(n)) => Some(Offset::WorkingDaysBefore(n)),
                _ => {
                    ctx.error(*loc, Some(&rule.from), Problem::new("one-offset"));
                    None
                }
            };
            if let (Some(from), Some(offset)) = (from, offset) {
                dates.push(DateRule {
                    when: rule_when,
                    from,
                    not_before,
                    offset,
                });
            }
        }
        let sources = names.sources(ctx, &d.source, *loc, true);
        content.deadlines.push(Deadline {
            id: d.id.clone(),
            kind,
            when,
            dates,
            sources,
            at: ctx.origin(*loc, None),
        });
    }
    for (loc, s) in &raw.steps {
        let when = names.condition(ctx, Some(&s.when), *loc, true);
        let sources = names.sources(ctx, &s.source, *loc, true);
        content.steps.push(Step {
            id: s.id.clone(),
            when,
            sources,
            at: ctx.origin(*loc, None),
        });
    }
}
