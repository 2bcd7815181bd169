//! A generated content set at national scale, as a test and benchmark
//! fixture (not guidance): the shipped content with all 98 Danish
//! municipalities, each with a citizen service office and weekly hours, and
//! the International Citizen Service centres in Aarhus, Odense and Aalborg.

#![allow(dead_code)]

use cpr_guide::content::{embedded_sources, ContentFiles, SourceFile};

/// The 98 municipalities (kommuner); Copenhagen and Furesø are the shipped ones.
pub const MUNICIPALITIES: [&str; 98] = [
    "Albertslund",
    "Allerød",
    "Assens",
    "Ballerup",
    "Billund",
    "Bornholm",
    "Brøndby",
    "Brønderslev",
    "Dragør",
    "Egedal",
    "Esbjerg",
    "Fanø",
    "Favrskov",
    "Faxe",
    "Fredensborg",
    "Fredericia",
    "Frederiksberg",
    "Frederikshavn",
    "Frederikssund",
    "Furesø",
    "Faaborg-Midtfyn",
    "Gentofte",
    "Gladsaxe",
    "Glostrup",
    "Greve",
    "Gribskov",
    "Guldborgsund",
    "Haderslev",
    "Halsnæs",
    "Hedensted",
    "Helsingør",
    "Herlev",
    "Herning",
    "Hillerød",
    "Hjørring",
    "Holbæk",
    "Holstebro",
    "Horsens",
    "Hvidovre",
    "Høje-Taastrup",
    "Hørsholm",
    "Ikast-Brande",
    "Ishøj",
    "Jammerbugt",
    "Kalundborg",
    "Kerteminde",
    "Kolding",
    "København",
    "Køge",
    "Langeland",
    "Lejre",
    "Lemvig",
    "Lolland",
    "Lyngby-Taarbæk",
    "Læsø",
    "Mariagerfjord",
    "Middelfart",
    "Morsø",
    "Norddjurs",
    "Nordfyns",
    "Nyborg",
    "Næstved",
    "Odder",
    "Odense",
    "Odsherred",
    "Randers",
    "Rebild",
    "Ringkøbing-Skjern",
    "Ringsted",
    "Roskilde",
    "Rudersdal",
    "Rødovre",
    "Samsø",
    "Silkeborg",
    "Skanderborg",
    "Skive",
    "Slagelse",
    "Solrød",
    "Sorø",
    "Stevns",
    "Struer",
    "Svendborg",
    "Syddjurs",
    "Sønderborg",
    "Thisted",
    "Tønder",
    "Tårnby",
    "Vallensbæk",
    "Varde",
    "Vejen",
    "Vejle",
    "Vesthimmerland",
    "Viborg",
    "Vordingborg",
    "Ærø",
    "Aabenraa",
    "Aalborg",
    "Aarhus",
];

/// An ID from a name: lower case ASCII letters, digits and hyphens.
pub fn id_of(name: &str) -> String {
    name.to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "oe")
        .replace('å', "aa")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// The shipped content and translations with the municipalities replaced
/// by all 98, and the ICS centres added as offices.
pub fn national_files() -> ContentFiles {
    let mut files = embedded_sources();
    let mut offices = String::from("offices:\n");
    let mut municipalities = String::from("municipalities:\n");
    let mut messages = String::new();
    for (n, name) in MUNICIPALITIES.iter().enumerate() {
        let id = id_of(name);
        let (mid, office) = match id.as_str() {
            "koebenhavn" => ("copenhagen".to_string(), "ihcph".to_string()),
            "furesoe" => ("furesoe".to_string(), "borgerservice-vaerloese".to_string()),
            _ => (id.clone(), format!("borgerservice-{id}")),
        };
        if office.starts_with("borgerservice-") && mid != "furesoe" {
            offices.push_str(&format!(
                "  - id: {office}\n    address: [\"Rådhuspladsen {n}\", \"{} {name}\"]\n    web: https://{id}.dk\n    appointment: true\n    hours:\n      mon: \"10:00-15:00\"\n      tue: \"10:00-15:00\"\n      wed: \"10:00-15:00\"\n      thu: \"10:00-17:30\"\n      fri: \"10:00-13:00\"\n    closures:\n      - date: 2026-12-24\n    source: [seed-000]\n",
                1000 + n * 10
            ));
            messages.push_str(&format!(
                "office-{office} = Borgerservice {name}\noffice-{office}-about = {name}.\n"
            ));
        }
        if mid != "copenhagen" && mid != "furesoe" {
            messages.push_str(&format!("municipality-{mid} = {name}\n"));
        }
        if mid == "furesoe" {
            municipalities.push_str("  - id: furesoe\n    office: borgerservice-vaerloese\n    source: [seed-000]\n    also:\n      - office: ihcph\n        role: register-alternative\n        note: note-ihcph-fast-track\n        when:\n          is: registering\n          any:\n            - { situation: eu }\n            - { situation: nordic, danish-citizen: \"no\" }\n            - { situation: non-eu, european: \"yes\" }\n");
        } else {
            municipalities.push_str(&format!(
                "  - id: {mid}\n    office: {office}\n    source: [seed-000]\n"
            ));
        }
    }
    municipalities.push_str("  - id: other\n    office: borgerservice\n    source: [seed-000]\n");
    for city in ["Aarhus", "Odense", "Aalborg"] {
        let id = format!("ics-{}", id_of(city));
        offices.push_str(&format!(
            "  - id: {id}\n    address: [\"International Citizen Service\", \"{city}\"]\n    hours:\n      mon: \"10:00-15:00\"\n      thu: \"10:00-17:00\"\n    source: [lid-ics-overview]\n"
        ));
        messages.push_str(&format!(
            "office-{id} = International Citizen Service {city}\noffice-{id}-about = {city}.\n"
        ));
    }
    let shipped = files
        .yaml
        .iter_mut()
        .find(|f| f.name.ends_with("offices.yaml"))
        .expect("offices.yaml");
    let (shipped_offices, _) = shipped
        .text
        .split_once("municipalities:")
        .expect("sections");
    shipped.text = shipped_offices.to_string();
    // The ICS centres also give personal numbers for tax (domain.md §3).
    let roles = "office_roles:\n".to_string()
        + &["ics-aarhus", "ics-odense", "ics-aalborg"]
            .iter()
            .map(|id| {
                format!(
                    "  - office: {id}\n    role: tax-number\n    when: {{ outcome: tax-number }}\n"
                )
            })
            .collect::<String>();
    // Sections of the same name in several files are read as one list.
    files.yaml.push(SourceFile {
        name: "content/national.yaml".to_string(),
        text: format!("{offices}\n{municipalities}\n{roles}"),
    });
    for (_, file) in files
        .ftl
        .iter_mut()
        .filter(|(_, f)| f.name.ends_with("guidance.ftl"))
    {
        file.text.push('\n');
        file.text.push_str(&messages);
    }
    files
}
