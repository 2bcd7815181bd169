//! The municipality question in words: what matches what the person typed
//! (a postcode, a town or a name), each with how it matched ("8000 Aarhus
//! C"), for the terminal UI's live list and the line mode's numbered list.

use crate::content::places::Via;
use crate::content::{Content, MunicipalityId, QuestionId, TableIndex};
use crate::i18n::{args, Localizer};
use crate::keys;

/// One row of the list under the search field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRow {
    /// The option to answer with (index of the municipality).
    pub option: usize,
    /// The stable value (`aarhus`, `other`).
    pub value: String,
    /// The municipality's name as people say it ("Aarhus").
    pub label: String,
    /// How it matched, when not by its name: "8000 Aarhus C", "part of
    /// 3500 Værløse", "municipality code 751".
    pub detail: Option<String>,
    /// The postcode it matched by ("3500 Værløse"), if it did.
    pub postcode: Option<String>,
    /// The "not decided yet" option, always offered.
    pub unsure: bool,
    /// Only a letter or two off what was typed: a suggestion.
    pub typo: bool,
}

fn label(content: &Content, question: QuestionId, m: MunicipalityId, t: &Localizer<'_>) -> String {
    let q = &content.questions[question];
    t.text(&keys::option(
        &q.id,
        &content.municipalities[m].id,
        q.options_from_municipalities,
    ))
}

fn row(
    content: &Content,
    question: QuestionId,
    m: MunicipalityId,
    via: Option<Via>,
    typo: bool,
    t: &Localizer<'_>,
) -> PlaceRow {
    let detail = via.and_then(|via| match via {
        Via::Postcode(i) | Via::Town(i) => content.postcodes().get(i).map(|p| {
            let place = format!("{} {}", p.code, p.town);
            // A postcode in several municipalities: this one has part of it.
            if p.municipalities.len() > 1 {
                t.text_with("ui-place-part", &args([("place", place)]))
            } else {
                place
            }
        }),
        Via::Code => content.municipalities[m]
            .place
            .as_ref()
            .map(|p| t.text_with("ui-place-code", &args([("code", format!("{:03}", p.code))]))),
        Via::Name => None,
    });
    let postcode = via.and_then(|via| match via {
        Via::Postcode(i) | Via::Town(i) => content
            .postcodes()
            .get(i)
            .map(|p| format!("{} {}", p.code, p.town)),
        Via::Code | Via::Name => None,
    });
    PlaceRow {
        postcode,
        option: m.index(),
        value: content.municipalities[m].id.clone(),
        label: label(content, question, m, t),
        detail,
        unsure: content.municipalities[m].place.is_none(),
        typo,
    }
}

/// The municipalities matching `query`, best first, then the "not decided
/// yet" options. An empty query lists `first` (an earlier answer or the
/// kiosk's own municipality) and the "not decided yet" options only.
pub fn place_rows(
    content: &Content,
    question: QuestionId,
    query: &str,
    first: Option<usize>,
    t: &Localizer<'_>,
) -> Vec<PlaceRow> {
    let mut rows: Vec<PlaceRow> = if query.trim().is_empty() {
        first
            .map(MunicipalityId::from_index)
            .filter(|&m| {
                content
                    .municipalities
                    .get(m)
                    .is_some_and(|m| m.place.is_some())
            })
            .map(|m| row(content, question, m, None, false, t))
            .into_iter()
            .collect()
    } else {
        content
            .places()
            .search(query)
            .into_iter()
            .map(|hit| {
                let via = (hit.via != Via::Name).then_some(hit.via);
                row(content, question, hit.municipality, via, hit.typo, t)
            })
            .collect()
    };
    // All in one postcode: the question above the list says so once.
    let first = rows.first().and_then(|r| r.postcode.clone());
    if rows.len() > 1 && first.is_some() && rows.iter().all(|r| r.postcode == first) {
        rows.iter_mut().for_each(|r| r.detail = None);
    }
    for (m, municipality) in content.municipalities.enumerate() {
        if municipality.place.is_none() {
            rows.push(row(content, question, m, None, false, t));
        }
    }
    rows
}

/// A row as one line of text: "Aarhus (8000 Aarhus C)".
pub fn place_row_text(row: &PlaceRow) -> String {
    match &row.detail {
        Some(detail) => format!("{} ({detail})", row.label),
        None => row.label.clone(),
    }
}

/// When what was typed is a postcode (or town) that lies in several
/// municipalities: "3500 Værløse lies in 5 municipalities. Which one will
/// you live in?"
pub fn place_question(rows: &[PlaceRow], t: &Localizer<'_>) -> Option<String> {
    let places: Vec<&PlaceRow> = rows.iter().filter(|r| !r.unsure).collect();
    let first = places.first()?.postcode.as_ref()?;
    let shared = places.len() > 1 && places.iter().all(|r| r.postcode.as_ref() == Some(first));
    shared.then(|| {
        let mut fluent = args([("place", first.clone())]);
        fluent.set("count", i64::try_from(places.len()).unwrap_or(0));
        t.text_with("ui-place-which", &fluent)
    })
}
