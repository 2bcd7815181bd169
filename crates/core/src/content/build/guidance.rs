//! `document_steps:`, `documents:`, `deadlines:` and `steps:`: what a
//! result holds.

use super::registry::is_valid_id;
use super::{Ctx, Loc, Names, Raw};
use crate::content::model::{
    Content, DateRule, Deadline, DeadlineKind, Document, DocumentStep, Note, Offset, Step,
};
use crate::content::raw::{RawDateRule, RawDeadline, RawDocument, RawNote};
use crate::diagnostics::Problem;
use std::collections::HashSet;

fn notes(ctx: &mut Ctx<'_>, names: &Names<'_>, loc: Loc, raw: &[RawNote]) -> Vec<Note> {
    raw.iter()
        .map(|n| Note {
            when: names.condition(ctx, n.when.as_ref(), loc, true),
            text: n.text.clone(),
            sources: names.sources(ctx, &n.source, loc, false),
        })
        .collect()
}

/// Every role some office plays, fixed or a municipality's own.
fn role_names(raw: &Raw<'_>) -> HashSet<String> {
    raw.roles
        .iter()
        .map(|(_, r)| r.role.clone())
        .chain(
            raw.municipalities
                .iter()
                .flat_map(|(_, m)| m.also.iter().map(|r| r.role.clone())),
        )
        .collect()
}

/// `document_steps:`: each names a role some office plays.
fn document_steps(ctx: &mut Ctx<'_>, raw: &Raw<'_>, roles: &HashSet<String>) -> Vec<DocumentStep> {
    let mut out: Vec<DocumentStep> = Vec::new();
    for (loc, step) in &raw.document_steps {
        if !is_valid_id(&step.id) {
            ctx.error(
                *loc,
                Some(&step.id),
                Problem::new("bad-id").arg("id", &step.id),
            );
        } else if out.iter().any(|s| s.id == step.id) {
            ctx.error(
                *loc,
                Some(&step.id),
                Problem::new("duplicate-id")
                    .arg("id", &step.id)
                    .arg("section", loc.section),
            );
        }
        if !roles.contains(&step.role) {
            ctx.error(
                *loc,
                Some(&step.role),
                Problem::new("unknown-role").arg("id", &step.role),
            );
        }
        out.push(DocumentStep {
            id: step.id.clone(),
            role: step.role.clone(),
            at: ctx.origin(*loc, None),
        });
    }
    out
}

/// The documents a municipality's record adds: brought to register (the
/// `register` step, or no step when the content has none), for that
/// municipality only.
fn municipal_documents(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    let step = content
        .document_steps
        .iter()
        .position(|s| s.id == "register");
    if step.is_none() && !content.document_steps.is_empty() {
        if let Some((loc, _)) = raw
            .municipalities
            .iter()
            .find(|(_, m)| !m.documents.is_empty())
        {
            ctx.error(*loc, Some("documents"), Problem::new("no-register-step"));
        }
        return;
    }
    let Some(municipality_question) = names.municipality_questions.first().copied() else {
        return;
    };
    for (index, (loc, m)) in raw.municipalities.iter().enumerate() {
        let id =
            <crate::content::ids::MunicipalityId as crate::content::ids::TableIndex>::from_index(
                index,
            );
        let mut seen = HashSet::new();
        for d in &m.documents {
            if !is_valid_id(&d.id) {
                ctx.error(*loc, Some(&d.id), Problem::new("bad-id").arg("id", &d.id));
            } else if !seen.insert(d.id.as_str()) {
                ctx.error(
                    *loc,
                    Some(&d.id),
                    Problem::new("duplicate-id")
                        .arg("id", &d.id)
                        .arg("section", "documents"),
                );
            }
            let own = crate::content::condition::Condition::OneOf {
                question: municipality_question,
                options: vec![index],
            };
            let registering = names.named_condition("registering");
            let mut all = vec![own];
            all.extend(registering.map(crate::content::condition::Condition::Named));
            all.push(names.condition(ctx, d.when.as_ref(), *loc, true));
            let notes = notes(ctx, names, *loc, &d.notes);
            let sources = names.sources(ctx, &d.source, *loc, true);
            content.documents.push(Document {
                id: d.id.clone(),
                step,
                issued_by: None,
                municipality: Some(id),
                when: crate::content::condition::Condition::All(all),
                notes,
                sources,
                at: ctx.origin(*loc, Some(&d.id)),
            });
        }
    }
}

pub(super) fn build(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    let roles = role_names(raw);
    content.document_steps = document_steps(ctx, raw, &roles);
    // A document may be listed once for each step it is brought to.
    let mut listed: HashSet<(&str, Option<usize>)> = HashSet::new();
    for (loc, d) in &raw.documents {
        let document = document(ctx, names, *loc, d, &roles, &content.document_steps);
        if is_valid_id(&d.id) && !listed.insert((d.id.as_str(), document.step)) {
            ctx.error(
                *loc,
                Some(&d.id),
                Problem::new("duplicate-id")
                    .arg("id", &d.id)
                    .arg("section", loc.section),
            );
        }
        content.documents.push(document);
    }
    municipal_documents(ctx, names, raw, content);
    for (loc, d) in &raw.deadlines {
        let deadline = deadline(ctx, names, *loc, d, &roles);
        content.deadlines.push(deadline);
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

/// One document: the step it is brought to, who issues it, when it is needed.
fn document(
    ctx: &mut Ctx<'_>,
    names: &Names<'_>,
    loc: Loc,
    d: &RawDocument,
    roles: &HashSet<String>,
    steps: &[crate::content::model::DocumentStep],
) -> Document {
    let step = match (&d.step, steps.is_empty()) {
        (Some(id), _) => {
            let found = steps.iter().position(|s| &s.id == id);
            if found.is_none() {
                ctx.error(
                    loc,
                    Some(id),
                    Problem::new("unknown-document-step").arg("id", id),
                );
            }
            found
        }
        (None, false) => {
            ctx.error(loc, Some(&d.id), Problem::new("document-needs-step"));
            None
        }
        (None, true) => None,
    };
    if !is_valid_id(&d.id) {
        ctx.error(loc, Some(&d.id), Problem::new("bad-id").arg("id", &d.id));
    }
    if let Some(role) = &d.issued_by {
        if !roles.contains(role) {
            ctx.error(
                loc,
                Some(role),
                Problem::new("unknown-role").arg("id", role),
            );
        }
    }
    Document {
        id: d.id.clone(),
        step,
        issued_by: d.issued_by.clone(),
        municipality: None,
        when: names.condition(ctx, Some(&d.when), loc, true),
        notes: notes(ctx, names, loc, &d.notes),
        sources: names.sources(ctx, &d.source, loc, true),
        at: ctx.origin(loc, None),
    }
}

/// One deadline: how its date reads, the rules that give the date, the
/// office to reach by it.
fn deadline(
    ctx: &mut Ctx<'_>,
    names: &Names<'_>,
    loc: Loc,
    d: &RawDeadline,
    roles: &HashSet<String>,
) -> Deadline {
    let kind = match d.kind.as_str() {
        "by" => DeadlineKind::By,
        "not-before" => DeadlineKind::NotBefore,
        "about" => DeadlineKind::About,
        "on" => DeadlineKind::On,
        other => {
            ctx.error(
                loc,
                Some("kind"),
                Problem::new("unknown-deadline-kind").arg("value", other),
            );
            DeadlineKind::By
        }
    };
    let when = names.condition(ctx, Some(&d.when), loc, true);
    let dates = d
        .dates
        .iter()
        .filter_map(|rule| date_rule(ctx, names, loc, rule))
        .collect();
    if let Some(role) = &d.office_role {
        if !roles.contains(role) {
            ctx.error(
                loc,
                Some(role),
                Problem::new("unknown-role").arg("id", role),
            );
        }
    }
    Deadline {
        id: d.id.clone(),
        kind,
        when,
        dates,
        office_role: d.office_role.clone(),
        notes: notes(ctx, names, loc, &d.notes),
        sources: names.sources(ctx, &d.source, loc, true),
        at: ctx.origin(loc, None),
    }
}

/// A date rule: from which date answer, by how much.
fn date_rule(
    ctx: &mut Ctx<'_>,
    names: &Names<'_>,
    loc: Loc,
    rule: &RawDateRule,
) -> Option<DateRule> {
    let when = names.condition(ctx, rule.when.as_ref(), loc, true);
    let from = names.date_question(ctx, &rule.from, loc);
    let not_before = rule
        .not_before
        .iter()
        .filter_map(|q| names.date_question(ctx, q, loc))
        .collect();
    let offset = match (rule.days, rule.months, rule.working_days_before) {
        (Some(n), None, None) => Some(Offset::Days(n)),
        (None, Some(n), None) => Some(Offset::Months(n)),
        (None, None, Some(n)) => Some(Offset::WorkingDaysBefore(n)),
        _ => {
            ctx.error(loc, Some(&rule.from), Problem::new("one-offset"));
            None
        }
    };
    Some(DateRule {
        when,
        from: from?,
        not_before,
        offset: offset?,
    })
}
