//! `postcodes:` (each municipality's postcodes) and the checks that make
//! every municipality a place a person can be sent from: unique codes,
//! postcodes that lie in municipalities that exist, one town per postcode,
//! and an ICS centre for each municipality when office roles route by it.

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

    // Postcode → its index in `content.postcodes`, to merge a postcode
    // listed under several municipalities.
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(1200);
    let mut postcodes: Vec<Postcode> = Vec::with_capacity(1200);
    let mut listed = vec![false; content.municipalities.len()];
    for (loc, p) in &raw.postcodes {
        let Some(m) =
            names
                .municipalities
                .resolve(ctx, *loc, &p.municipality, "unknown-municipality")
        else {
            continue;
        };
        if std::mem::replace(&mut listed[m.index()], true) {
            ctx.error(
                *loc,
                Some(&p.municipality),
                Problem::new("duplicate-id")
                    .arg("id", &p.municipality)
                    .arg("section", "postcodes"),
            );
        }
        if content
            .municipalities
            .get(m)
            .is_some_and(|m| m.place.is_none())
        {
            ctx.error(
                *loc,
                Some(&p.municipality),
                Problem::new("postcode-not-a-place").arg("id", &p.municipality),
            );
        }
        for entry in p.postcodes.split(',').map(str::trim) {
            // "8000 Aarhus C": four digits, a space, the town.
            let (code, town) = entry.split_once(' ').unwrap_or((entry, ""));
            let well_formed = code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit());
            if !well_formed || town.trim().is_empty() {
                ctx.error(
                    *loc,
                    Some(code),
                    Problem::new("bad-postcode").arg("value", entry),
                );
                continue;
            }
            match index.get(code) {
                Some(&i) => {
                    let postcode: &mut Postcode = &mut postcodes[i];
                    if postcode.town != town {
                        ctx.error(
                            *loc,
                            Some(code),
                            Problem::new("postcode-town-differs")
                                .arg("value", code)
                                .arg("town", &postcode.town),
                        );
                    }
                    if postcode.municipalities.contains(&m) {
                        ctx.error(
                            *loc,
                            Some(code),
                            Problem::new("duplicate-postcode").arg("value", code),
                        );
                    } else {
                        postcode.municipalities.push(m);
                    }
                }
                None => {
                    index.insert(code, postcodes.len());
                    postcodes.push(Postcode {
                        code: code.to_string(),
                        town: town.to_string(),
                        municipalities: vec![m],
                    });
                }
            }
        }
    }
    postcodes.sort_by(|a, b| a.code.cmp(&b.code));
    let places = Places::new(&content.municipalities, &postcodes);
    content.geo = super::super::Geo::ready(super::super::GeoData { postcodes, places });
}
