//! The municipality search: what is typed (a postcode, a town, a name, a
//! code), the municipalities that fit it, and the one match an Enter takes.
//!
//! The rule, the same in every front end: Enter takes a match only when
//! the typed text names one municipality — its name, code, a postcode or
//! town only it has (the content's [`Resolution::Found`]), or the one
//! municipality whose name starts so. A postcode or town that lies in
//! several municipalities, several names that start so, and a spelling
//! only a letter or two off are never taken by Enter alone: the person
//! picks. With nothing typed, Enter keeps the earlier answer (or takes a
//! kiosk's own municipality, offered first).

use crate::content::places::Resolution;
use crate::engine::Session;
use crate::i18n::Localizer;
use crate::output::{place_rows, PlaceRow};
use zeroize::Zeroizing;

/// The search at the municipality question.
#[derive(Debug, Clone, Default)]
pub struct PlaceSearch {
    query: Zeroizing<String>,
    rows: Vec<PlaceRow>,
    best: Option<usize>,
    /// Enter found several: they were listed, to pick from.
    listed: bool,
}

impl PlaceSearch {
    /// What was typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The matches, best first, then "I don't know yet".
    pub fn rows(&self) -> &[PlaceRow] {
        &self.rows
    }

    /// The matches that name a municipality.
    pub fn found(&self) -> impl Iterator<Item = &PlaceRow> {
        self.rows.iter().filter(|r| !r.unsure)
    }

    /// The row Enter takes, if the typed text names one municipality (or
    /// nothing is typed and one is offered first).
    pub fn best(&self) -> Option<usize> {
        self.best
    }

    /// Something is typed and no municipality fits it.
    pub fn not_found(&self) -> bool {
        !self.query.trim().is_empty() && self.found().next().is_none()
    }

    /// Enter found several, and they were listed to pick from.
    pub fn is_listed(&self) -> bool {
        self.listed
    }

    /// Every match is only a letter or two off what was typed.
    pub fn only_suggestions(&self) -> bool {
        let mut found = self.found().peekable();
        found.peek().is_some() && found.all(|r| r.typo)
    }

    /// The words of the "I don't know yet" row.
    pub fn unsure_label(&self) -> String {
        self.rows
            .iter()
            .find(|r| r.unsure)
            .map(|r| r.label.clone())
            .unwrap_or_default()
    }

    pub(super) fn mark_listed(&mut self) {
        self.listed = true;
    }

    /// Searches for `query`; `first` is offered when nothing is typed.
    pub(super) fn search(
        &mut self,
        session: &Session<'_>,
        query: &str,
        first: Option<usize>,
        t: &Localizer<'_>,
    ) {
        let Some(question) = session.question() else {
            *self = PlaceSearch::default();
            return;
        };
        let content = session.content();
        self.query.clear();
        self.query.push_str(query);
        self.listed = false;
        self.rows = place_rows(content, question, query, first, t);
        let position = |option: usize| self.rows.iter().position(|r| r.option == option);
        self.best = if query.trim().is_empty() {
            first.and_then(position)
        } else {
            match content.resolve_municipality(query) {
                Resolution::Found(m) => self
                    .rows
                    .iter()
                    .position(|r| r.option == m.index() && !r.unsure),
                Resolution::Choose(_) => {
                    let mut found = self.rows.iter().enumerate().filter(|(_, r)| !r.unsure);
                    match (found.next(), found.next()) {
                        (Some((i, only)), None) if !only.typo => Some(i),
                        _ => None,
                    }
                }
                Resolution::NotFound => None,
            }
        };
    }
}
