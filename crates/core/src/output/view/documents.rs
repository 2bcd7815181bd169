//! The documents of a result in words: each document with its notes, and
//! the steps they are brought to (which office, what it issues itself).

use super::{DocumentStepView, DocumentView, Say};
use crate::content::Content;
use crate::engine::{DocumentItem, DocumentStepItem, Guidance};
use crate::i18n::args;
use crate::keys;

pub(super) fn document_views(
    content: &Content,
    guidance: &Guidance,
    say: &Say<'_, '_>,
) -> Vec<DocumentView> {
    guidance
        .documents
        .iter()
        .map(|item| document_view(content, guidance, item, say))
        .collect()
}

fn document_view(
    content: &Content,
    guidance: &Guidance,
    item: &DocumentItem,
    say: &Say<'_, '_>,
) -> DocumentView {
    let document = &content.documents[item.document];
    let mut notes: Vec<String> = item.notes.iter().map(|n| say.text(n)).collect();
    // The languages the municipality's own page accepts.
    if document.id == "translation" {
        if let Some(note) = accepted_languages(content, guidance, say) {
            notes.insert(0, note);
        }
    }
    DocumentView {
        id: document.id.clone(),
        step: item.step.map(|s| content.document_steps[s].id.clone()),
        name: say.text(&keys::document(&document.id)),
        notes,
    }
}

/// "Aarhus takes documents in Danish, English, …", when the answered
/// municipality's own page says which.
fn accepted_languages(content: &Content, guidance: &Guidance, say: &Say<'_, '_>) -> Option<String> {
    let t = say.t;
    let m = crate::engine::answered_municipality(content, &guidance.facts)?;
    let languages = m.languages.as_ref()?;
    let words: Vec<String> = languages
        .accepted
        .iter()
        .map(|l| t.text(&format!("doc-language-{l}")))
        .collect();
    Some(t.text_with(
        "note-translation-languages",
        &args([
            ("municipality", t.text(&keys::municipality(&m.id))),
            ("languages", t.list(&words)),
        ]),
    ))
}

pub(super) fn document_step_views(
    content: &Content,
    guidance: &Guidance,
    site: Option<crate::content::OfficeId>,
    say: &Say<'_, '_>,
) -> Vec<DocumentStepView> {
    guidance
        .document_steps
        .iter()
        .map(|item| document_step_view(content, guidance, item, site, say))
        .collect()
}

fn document_step_view(
    content: &Content,
    guidance: &Guidance,
    item: &DocumentStepItem,
    site: Option<crate::content::OfficeId>,
    say: &Say<'_, '_>,
) -> DocumentStepView {
    let t = say.t;
    let step = &content.document_steps[item.step];
    let office_name = item
        .office
        .map(|o| say.text(&keys::office(&content.offices[o].id)))
        .unwrap_or_default();
    let mut fluent = super::content_args(content, &guidance.facts);
    fluent.set("office", office_name.clone());
    let notes = item
        .issued_here
        .iter()
        .map(|&d| {
            t.text_with(
                "ui-docstep-issued-here",
                &args([
                    ("office", office_name.clone()),
                    (
                        "document",
                        say.text(&keys::document(&content.documents[d].id)),
                    ),
                ]),
            )
        })
        .collect();
    DocumentStepView {
        id: step.id.clone(),
        title: t.text_with(&keys::document_step(&step.id), &fluent),
        office: item.office.map(|o| content.offices[o].id.clone()),
        here: item.office.is_some() && item.office == site,
        issued_here: item
            .issued_here
            .iter()
            .map(|&d| content.documents[d].id.clone())
            .collect(),
        notes,
    }
}
