//! `postcodes:` and the checks that make every municipality a place a
//! person can be sent from: unique codes, postcodes that lie in
//! municipalities that exist, and an ICS centre for each municipality
//! when office roles route by it.

use super::{Ctx, Names, Raw};
use crate::content::model::{Content, OfficeRef, Postcode};
use crate::content::places::Places;
use crate::diagnostics::Problem;
use std::collections::HashMap;

pub(super) fn build(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    let mut codes: HashMap<u16, usize> = HashMap::new();
    for ((loc, _), m) in raw.municipalities.iter().zip(content.municipalities.iter()) {
        if let Some(place) = &m.place {
            if codes.insert(place.code, 0).is_some() {
                let text = place.code.to_string();
                ctx.error(
                    *loc,
                    Some(&text),
                    Problem::new("duplicate-municipality-code").arg("value", &text),
                );
            }
        }
    }

    let uses_ics = content
        .office_roles
        .iter()
        .any(|r| matches!(r.office, OfficeRef::IcsOfMunicipality(_)));
    if uses_ics {
        for ((loc, _), m) in raw.municipalities.iter().zip(content.municipalities.iter()) {
            if m.ics.is_none() {
                ctx.error(
                    *loc,
                    Some(&m.id),
                    Problem::new("municipality-no-ics").arg("id", &m.id),
                );
            }
        }
    }

    let mut seen: HashMap<&str, ()> = HashMap::with_capacity(raw.postcodes.len());
    for (loc, p) in &raw.postcodes {
        let well_formed = p.code.len() == 4 && p.code.bytes().all(|b| b.is_ascii_digit());
        if !well_formed {
            ctx.error(
                *loc,
                Some(&p.code),
                Problem::new("bad-postcode").arg("value", &p.code),
            );
            continue;
        }
        if seen.insert(p.code.as_str(), ()).is_some() {
            ctx.error(
                *loc,
                Some(&p.code),
                Problem::new("duplicate-postcode").arg("value", &p.code),
            );
            continue;
        }
        if p.municipalities.is_empty() {
            ctx.error(
                *loc,
                Some(&p.code),
                Problem::new("postcode-no-municipality").arg("value", &p.code),
            );
        }
        let mut municipalities = Vec::with_capacity(p.municipalities.len());
        for id in &p.municipalities {
            let Some(m) = names
                .municipalities
                .resolve(ctx, *loc, id, "unknown-municipality")
            else {
                continue;
            };
            if content
                .municipalities
                .get(m)
                .is_some_and(|m| m.place.is_none())
            {
                ctx.error(
                    *loc,
                    Some(id),
                    Problem::new("postcode-not-a-place").arg("id", id),
                );
            }
            municipalities.push(m);
        }
        content.postcodes.push(Postcode {
            code: p.code.clone(),
            town: p.town.clone(),
            municipalities,
        });
    }
    content.postcodes.sort_by(|a, b| a.code.cmp(&b.code));
    content.places = Places::new(&content.municipalities, &content.postcodes);
}
