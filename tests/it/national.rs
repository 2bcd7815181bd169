//! The shipped content is national: all 98 municipalities from PostNord's
//! postcode file, each routed to a registration office and an ICS centre,
//! every postcode a lookup away. Checked here against rules written from
//! the ID contract and the ICS pages, not from the YAML.

use crate::common::{catalog, content, TODAY};
use cpr_guide::content::places::fold;
use cpr_guide::content::Region;
use cpr_guide::engine::{Answers, Interview};
use cpr_guide::lint::lint;
use std::collections::BTreeSet;

/// The ID contract: the Danish name without "Kommune", lower-case ASCII
/// with æ→ae, ø→oe, å→aa and spaces → `-`; Copenhagen and Furesø keep
/// their first IDs.
fn contract_id(official: &str) -> String {
    match official {
        "Københavns Kommune" => return "copenhagen".into(),
        "Furesø Kommune" => return "furesoe".into(),
        _ => {}
    }
    official
        .trim_end_matches(" Kommune")
        .to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "oe")
        .replace('å', "aa")
        .replace(' ', "-")
}

/// The ICS centres (lifeindenmark.borger.dk: six of them).
const CENTRES: [&str; 6] = [
    "ihcph",
    "ics-west",
    "ics-north",
    "ics-esbjerg",
    "ics-odense",
    "ics-soenderborg",
];

/// The centres in or serving each region: ICS East serves Zealand too
/// (its list names Køge, Næstved, Slagelse…); Southern Denmark has three.
fn centres_of(region: Region) -> &'static [&'static str] {
    match region {
        Region::Hovedstaden | Region::Sjaelland => &["ihcph"],
        Region::Midtjylland => &["ics-west"],
        Region::Nordjylland => &["ics-north"],
        Region::Syddanmark => &["ics-esbjerg", "ics-odense", "ics-soenderborg"],
    }
}

#[test]
fn all_98_municipalities_with_codes_regions_and_contract_ids() {
    let content = content();
    let places: Vec<_> = content
        .municipalities
        .iter()
        .filter_map(|m| m.place.as_ref().map(|p| (m, p)))
        .collect();
    assert_eq!(places.len(), 98);
    let unsure: Vec<_> = content
        .municipalities
        .iter()
        .filter(|m| m.place.is_none())
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(unsure, ["other"]);
    let codes: BTreeSet<u16> = places.iter().map(|(_, p)| p.code).collect();
    assert_eq!(codes.len(), 98, "codes are unique");
    for (m, p) in &places {
        assert_eq!(m.id, contract_id(&p.name), "{}", p.name);
    }
    for (id, code) in [
        ("aarhus", 751),
        ("aalborg", 851),
        ("odense", 461),
        ("copenhagen", 101),
    ] {
        let (_, m) = content.municipality(id).expect(id);
        assert_eq!(m.place.as_ref().map(|p| p.code), Some(code), "{id}");
    }
    for id in [
        "hoeje-taastrup",
        "lyngby-taarbaek",
        "aeroe",
        "koege",
        "soenderborg",
        "esbjerg",
    ] {
        assert!(content.municipality(id).is_some(), "{id}");
    }
    // Every postcode of PostNord's file where people live (not 0xxx) is in.
    assert!(
        content.postcodes().len() > 1100,
        "{}",
        content.postcodes().len()
    );
    let spanning = content
        .postcodes()
        .iter()
        .filter(|p| p.municipalities.len() > 1)
        .count();
    assert!(spanning > 200, "{spanning} postcodes span municipalities");
}

#[test]
fn every_municipality_routes_to_an_office_and_its_own_regions_ics() {
    let content = content();
    let interview = Interview::new(content, TODAY);
    let answer = |pairs: &[(&str, &str)]| {
        let mut answers = Answers::new();
        for (q, v) in pairs {
            let (index, _) = content.question(q).expect("question");
            interview
                .answer(&mut answers, index, v)
                .unwrap_or_else(|e| panic!("{q}={v}: {e:?}"));
        }
        interview.guidance(&answers).expect("complete")
    };
    for m in &content.municipalities {
        let Some(place) = &m.place else { continue };
        // An EU citizen staying over 6 months: a registration office and
        // the ICS centre for the certificate.
        let g = answer(&[
            ("situation", "eu"),
            ("stay", "over-6-months"),
            ("job-seeker", "no"),
            ("eu-ground", "worker"),
            ("cpr", ""),
            ("municipality", m.id.as_str()),
            ("arrival", ""),
            ("from-nordic", "no"),
            ("over-18", "yes"),
            ("with-children", "no"),
            ("married", "no"),
            ("documents-in-da-or-en", "yes"),
        ]);
        let with_role = |role: &str| -> Vec<&str> {
            g.offices
                .iter()
                .filter(|o| o.roles.iter().any(|r| r == role))
                .map(|o| content.offices[o.office].id.as_str())
                .collect()
        };
        let register = with_role("register");
        assert_eq!(register.len(), 1, "{}: {register:?}", m.id);
        assert!(
            register[0].starts_with("borgerservice-") || CENTRES.contains(&register[0]),
            "{}: {register:?}",
            m.id
        );
        let certificate = with_role("registration-certificate");
        assert_eq!(certificate.len(), 1, "{}", m.id);
        assert!(
            centres_of(place.region).contains(&certificate[0]),
            "{} ({:?}) is sent to {} for the certificate",
            m.id,
            place.region,
            certificate[0]
        );
    }
}

#[test]
fn every_postcode_and_name_finds_its_municipality() {
    let content = content();
    for p in content.postcodes() {
        let hits = content.places().search(&p.code);
        let found: BTreeSet<_> = hits.iter().map(|h| h.municipality).collect();
        let want: BTreeSet<_> = p.municipalities.iter().copied().collect();
        assert_eq!(found, want, "{} {}", p.code, p.town);
    }
    for (id, m) in content.municipalities.enumerate() {
        let Some(place) = &m.place else { continue };
        let name = place.name.trim_end_matches(" Kommune");
        // The name, also typed without Danish letters, finds it first.
        for typed in [name.to_string(), fold(name), m.id.clone()] {
            let hits = content.places().search(&typed);
            assert_eq!(hits.first().map(|h| h.municipality), Some(id), "{typed}");
        }
    }
}

#[test]
fn the_national_content_passes_lint() {
    let report = lint(content(), catalog(), TODAY);
    assert_eq!(report.errors(), 0);
    assert!(report.paths > 100, "{}", report.paths);
}

/// Rows of a `;`-separated file with a header, as maps.
fn csv(path: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("source data");
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("header")
        .split(';')
        .map(str::to_string)
        .collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(';').map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn generated_content_matches_its_source_data() {
    // content/source-data/generate.py made postcodes.yaml from PostNord's
    // file; each municipality's own file must agree with it and with what
    // the ICS pages say (municipalities.csv).
    let content = content();
    let by_code = |code: u16| {
        content
            .municipalities
            .enumerate()
            .find(|(_, m)| m.place.as_ref().is_some_and(|p| p.code == code))
    };
    let mut expected: std::collections::BTreeMap<String, (String, BTreeSet<String>)> =
        Default::default();
    for row in csv("content/source-data/dk-postcodes.csv") {
        let (code, postcode) = (&row["KOMMUNE_NR"], &row["POSTNR"]);
        // Christiansø is no municipality; 0xxx are companies' postcodes.
        if code == "411" || postcode.starts_with('0') {
            continue;
        }
        let (_, m) = by_code(code.parse().expect("code")).unwrap_or_else(|| panic!("{code}"));
        let place = m.place.as_ref().expect("place");
        assert_eq!(place.name, row["ADRESSERINGSNAVN_1"], "{code}");
        let region = format!("Region {}", {
            match place.region {
                Region::Hovedstaden => "Hovedstaden",
                Region::Sjaelland => "Sjælland",
                Region::Syddanmark => "Syddanmark",
                Region::Midtjylland => "Midtjylland",
                Region::Nordjylland => "Nordjylland",
            }
        });
        assert_eq!(region, row["ADRESSERINGSNAVN"], "{code}");
        let entry = expected
            .entry(postcode.clone())
            .or_insert_with(|| (row["BYNAVN"].clone(), BTreeSet::new()));
        entry.1.insert(m.id.clone());
    }
    let actual: std::collections::BTreeMap<String, (String, BTreeSet<String>)> = content
        .postcodes()
        .iter()
        .map(|p| {
            let ids = p
                .municipalities
                .iter()
                .map(|&m| content.municipalities[m].id.clone())
                .collect();
            (p.code.clone(), (p.town.clone(), ids))
        })
        .collect();
    assert_eq!(actual, expected);

    for row in csv("content/source-data/municipalities.csv") {
        let (_, m) = by_code(row["code"].parse().expect("code")).expect("municipality");
        let ics = m.ics.map(|o| content.offices[o].id.as_str());
        if !row["ics"].is_empty() {
            assert_eq!(ics, Some(row["ics"].as_str()), "{}", m.id);
        }
        // Its own site, where the general rule can be confirmed.
        let host = |url: &str| {
            url.trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_start_matches("www.")
                .split('/')
                .next()
                .unwrap_or_default()
                .to_string()
        };
        assert_eq!(
            m.site.as_deref().map(host),
            Some(host(&row["site"])),
            "{}",
            m.id
        );
    }
}
