//! Builds the [`View`] of a result: each part in its own function (the
//! offices, deadlines and documents in their own files), put together here.

use super::deadlines::{deadline_views, warnings};
use super::documents::{document_step_views, document_views};
use super::municipality::municipality_view;
use super::{
    answer_views, content_args, office_view, OfficeView, RoleView, Say, SourceView, StepView, View,
    ViewOptions, Words,
};
use crate::content::Content;
use crate::engine::{Guidance, Interview, OfficeItem};
use crate::i18n::{args, Localizer};
use crate::keys;

/// Builds the view of `guidance` in the localizer's language.
pub fn build_view(
    interview: &Interview<'_>,
    guidance: &Guidance,
    t: &Localizer<'_>,
    options: ViewOptions,
) -> View {
    let content = interview.content();
    let say = Say {
        t,
        fluent: content_args(content, &guidance.facts),
    };
    let today = guidance.today;
    let mut offices = office_views(content, guidance, options, &say);
    let deadlines = deadline_views(content, guidance, &say);
    let municipality = municipality_view(content, &guidance.facts, t);
    // How sure the guide is, said with the office that registers.
    if let (Some(text), Some(office)) = (
        municipality.as_ref().and_then(|m| m.basis_text.clone()),
        offices
            .iter_mut()
            .find(|o| o.roles.iter().any(|r| r.id == "register")),
    ) {
        office.notes.push(text);
    }
    let outcome = &content.outcomes[guidance.outcome];
    let any_visit = offices.iter().any(|o| o.in_person);
    View {
        outcome: outcome.id.clone(),
        language: t.lang().code(),
        today,
        today_text: t.text_with("ui-today", &args([("date", t.date_long(today))])),
        made_text: match options.now {
            Some(now) => t.text_with(
                "take-away-made-at",
                &args([
                    ("date", t.date_medium(now.date())),
                    ("time", t.time(now.time())),
                ]),
            ),
            None => t.text_with("take-away-made-on", &args([("date", t.date_medium(today))])),
        },
        summary: say.text(&keys::outcome(&outcome.id)),
        municipality,
        warnings: warnings(&deadlines),
        offices,
        deadlines,
        document_steps: document_step_views(content, guidance, options.site, &say),
        documents: document_views(content, guidance, &say),
        steps: step_views(content, guidance, &say),
        sources: source_views(content, guidance, &say),
        answers: answer_views(content, &guidance.facts, None, t),
        words: Words {
            offices: t.text_with(
                "ui-heading-offices",
                &args([
                    ("outcome", outcome.id.clone()),
                    ("visit", if any_visit { "yes" } else { "no" }.to_string()),
                ]),
            ),
            ..Words::new(t, &outcome.id)
        },
    }
}

/// The offices; at a kiosk, the office it stands in first where the
/// person may choose it (an alternative place to register).
fn office_views(
    content: &Content,
    guidance: &Guidance,
    options: ViewOptions,
    say: &Say<'_, '_>,
) -> Vec<OfficeView> {
    let mut offices: Vec<OfficeView> = guidance
        .offices
        .iter()
        .map(|item| office_item_view(content, item, guidance, options, say))
        .collect();
    if let Some(pos) = offices
        .iter()
        .position(|o| o.here && o.roles.iter().any(|r| r.id == "register-alternative"))
    {
        let office = offices.remove(pos);
        offices.insert(0, office);
    }
    offices
}

fn office_item_view(
    content: &Content,
    item: &OfficeItem,
    guidance: &Guidance,
    options: ViewOptions,
    say: &Say<'_, '_>,
) -> OfficeView {
    let office = &content.offices[item.office];
    let roles: Vec<RoleView> = item
        .roles
        .iter()
        .map(|r| RoleView {
            id: r.clone(),
            text: say.text(&keys::role(r)),
        })
        .collect();
    let view = OfficeView {
        role: roles.first().map(|r| r.id.clone()),
        roles,
        notes: item.notes.iter().map(|n| say.text(n)).collect(),
        here: options.site == Some(item.office),
        in_person: item.in_person,
        // Content messages may depend on the answers.
        name: say.text(&keys::office(&office.id)),
        about: say.text(&keys::office_about(&office.id)),
        ..office_view(office, guidance.today, options.now, say.t)
    };
    if item.in_person {
        return view;
    }
    // Not a place to go here: no address or hours to go by.
    OfficeView {
        address: Vec::new(),
        week: Vec::new(),
        hours_note: None,
        open_now: None,
        check_first: None,
        next_opening: None,
        status_text: None,
        ..view
    }
}

fn step_views(content: &Content, guidance: &Guidance, say: &Say<'_, '_>) -> Vec<StepView> {
    guidance
        .steps
        .iter()
        .map(|&id| {
            let step = &content.steps[id];
            StepView {
                id: step.id.clone(),
                text: say.text(&keys::step(&step.id)),
            }
        })
        .collect()
}

fn source_views(content: &Content, guidance: &Guidance, say: &Say<'_, '_>) -> Vec<SourceView> {
    let t = say.t;
    guidance
        .sources
        .iter()
        .map(|&id| {
            let source = &content.sources[id];
            SourceView {
                id: source.id.clone(),
                title: say.text(&keys::source(&source.id)),
                url: source.url.clone(),
                file: source.file.clone(),
                checked: source.checked,
                checked_text: t.text_with(
                    "ui-source-checked",
                    &args([("date", t.date_long(source.checked))]),
                ),
            }
        })
        .collect()
}
