//! What the content knows about each municipality, and from when: whether
//! its guidance rests on its own page or on the general rule, who
//! registers whom, booking, address, hours, extra documents. `cpr-guide
//! coverage` prints it; the README shows the totals.

use crate::calendar::hours::Hours;
use crate::content::Content;
use jiff::civil::Date;
use serde::Serialize;

/// One municipality's record, in short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRow {
    pub id: String,
    pub code: u16,
    /// The official name ("Vejle Kommune").
    pub name: String,
    /// `own-page` or `general-rule`.
    pub basis: &'static str,
    /// The day its own page was last checked.
    pub checked: Option<Date>,
    pub page: Option<String>,
    /// The office that registers newcomers by default.
    pub office: String,
    /// Rules that send some groups elsewhere (Rødovre, Lejre, …).
    pub register_rules: usize,
    /// Other places that register some of its newcomers.
    pub alternatives: Vec<String>,
    /// How to book at the registration office, if its page says.
    pub booking: Option<&'static str>,
    /// A step its office requires before booking or coming.
    pub apply_first: bool,
    pub address: bool,
    /// `weekly`, `by-appointment` or `not-known`.
    pub hours: &'static str,
    /// The date of an old page the hours are from.
    pub hours_from: Option<Date>,
    pub extra_documents: usize,
    pub languages: Vec<String>,
}

/// How many municipalities have each kind of fact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CoverageTotals {
    pub municipalities: usize,
    pub own_page: usize,
    pub general_rule: usize,
    pub register_rules: usize,
    pub booking: usize,
    pub apply_first: usize,
    pub address: usize,
    pub hours: usize,
    pub extra_documents: usize,
    pub languages: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub municipalities: Vec<CoverageRow>,
    pub totals: CoverageTotals,
}

/// The coverage of `content`, municipality by municipality (the "not
/// decided yet" option left out), in code order.
pub fn coverage(content: &Content) -> Coverage {
    let mut rows: Vec<CoverageRow> = content
        .municipalities
        .enumerate()
        .filter_map(|(id, m)| {
            let place = m.place.as_ref()?;
            let office = &content.offices[m.office];
            let page = m.page.map(|p| &content.sources[p]);
            Some(CoverageRow {
                id: m.id.clone(),
                code: place.code,
                name: place.name.clone(),
                basis: if page.is_some() {
                    "own-page"
                } else {
                    "general-rule"
                },
                checked: page.map(|p| p.checked),
                page: page.and_then(|p| p.url.clone()),
                office: office.id.clone(),
                register_rules: m.register.len(),
                alternatives: m
                    .also
                    .iter()
                    .filter_map(|r| match r.office {
                        crate::content::OfficeRef::Fixed(o) => Some(content.offices[o].id.clone()),
                        _ => None,
                    })
                    .collect(),
                booking: office.book_by.map(|b| b.id()),
                apply_first: office.apply_first.is_some(),
                address: !office.address.is_empty(),
                hours: match office.opening.hours {
                    Hours::Weekly(_) => "weekly",
                    Hours::ByAppointment => "by-appointment",
                    Hours::NotKnown => "not-known",
                },
                hours_from: office.hours_from,
                extra_documents: content
                    .documents
                    .iter()
                    .filter(|d| d.municipality == Some(id))
                    .count(),
                languages: m
                    .languages
                    .as_ref()
                    .map(|l| l.accepted.clone())
                    .unwrap_or_default(),
            })
        })
        .collect();
    rows.sort_by_key(|r| r.code);
    let count = |f: &dyn Fn(&CoverageRow) -> bool| rows.iter().filter(|r| f(r)).count();
    let totals = CoverageTotals {
        municipalities: rows.len(),
        own_page: count(&|r| r.basis == "own-page"),
        general_rule: count(&|r| r.basis == "general-rule"),
        register_rules: count(&|r| r.register_rules > 0),
        booking: count(&|r| r.booking.is_some()),
        apply_first: count(&|r| r.apply_first),
        address: count(&|r| r.address),
        hours: count(&|r| r.hours != "not-known"),
        extra_documents: count(&|r| r.extra_documents > 0),
        languages: count(&|r| !r.languages.is_empty()),
    };
    Coverage {
        municipalities: rows,
        totals,
    }
}
