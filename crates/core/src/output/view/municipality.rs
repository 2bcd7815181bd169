//! The municipality answered, and how sure the guide is about it: its own
//! page (and when it was checked) or the general rule.

use super::MunicipalityView;
use crate::i18n::{args, Localizer};
use crate::keys;

/// The municipality answered, if any.
pub(super) fn municipality_view(
    content: &crate::content::Content,
    facts: &crate::content::Facts,
    t: &Localizer<'_>,
) -> Option<MunicipalityView> {
    content.questions.enumerate().find_map(|(id, q)| {
        let crate::content::Fact::Choice(o) = facts.get(id)? else {
            return None;
        };
        if !q.options_from_municipalities {
            return None;
        }
        let m = content
            .municipalities
            .get(crate::content::TableIndex::from_index(o))?;
        let name = t.text(&keys::option(&q.id, &m.id, true));
        let page = m.page.map(|p| &content.sources[p]);
        let basis = m.place.as_ref().map(|_| {
            if page.is_some() {
                "own-page"
            } else {
                "general-rule"
            }
        });
        let site = m.site.as_deref().map(|s| {
            s.trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_start_matches("www.")
                .trim_end_matches('/')
                .to_string()
        });
        let phone = content.offices[m.office].phone.clone();
        let how = match (&site, &phone) {
            (Some(_), Some(_)) => "site-phone",
            (Some(_), None) => "site",
            _ => "none",
        };
        let basis_text = basis.map(|basis| {
            t.text_with(
                "ui-basis",
                &args([
                    ("basis", basis.to_string()),
                    ("municipality", name.clone()),
                    (
                        "official",
                        m.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
                    ),
                    (
                        "date",
                        page.map(|p| t.date_long(p.checked)).unwrap_or_default(),
                    ),
                    ("how", how.to_string()),
                    ("site", site.clone().unwrap_or_default()),
                    ("phone", phone.clone().unwrap_or_default()),
                ]),
            )
        });
        Some(MunicipalityView {
            id: m.id.clone(),
            code: m.place.as_ref().map(|p| p.code),
            name,
            basis,
            checked: page.map(|p| p.checked),
            page: page.and_then(|p| p.url.clone()),
            site: m.site.clone(),
            basis_text,
        })
    })
}
