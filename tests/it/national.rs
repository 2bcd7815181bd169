//! Content at national scale (all 98 municipalities and the ICS centres,
//! generated): it loads, passes lint, and guides to each municipality's office.

use crate::common::national::{id_of, national_files, MUNICIPALITIES};
use crate::common::TODAY;
use cpr_guide::content::load_sources;
use cpr_guide::engine::{Answers, Interview};
use cpr_guide::i18n::Catalog;
use cpr_guide::lint::lint;

#[test]
fn national_scale_content_loads_and_passes_lint() {
    let files = national_files();
    let content = load_sources(&files.yaml).unwrap_or_else(|e| panic!("{e:#?}"));
    let catalog = Catalog::new(&files.ftl).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(
        content.municipalities.len(),
        99,
        "98 and 'another municipality'"
    );
    assert!(content.offices.len() >= 98 + 3);
    let report = lint(&content, &catalog, TODAY);
    let findings: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.error.to_string())
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");

    // Every municipality leads to its own office.
    let interview = Interview::new(&content, TODAY);
    for name in MUNICIPALITIES {
        let id = match id_of(name).as_str() {
            "koebenhavn" => "copenhagen".to_string(),
            other => other.to_string(),
        };
        let mut answers = Answers::new();
        for (q, v) in [
            ("situation", "nordic"),
            ("stay", "over-6-months"),
            ("cpr", ""),
            ("municipality", id.as_str()),
            ("arrival", ""),
            ("danish-citizen", "yes"),
            ("from-nordic", "no"),
            ("over-18", "no"),
            ("married", "no"),
            ("documents-in-da-or-en", "yes"),
        ] {
            let (index, _) = content.question(q).expect("question");
            interview
                .answer(&mut answers, index, v)
                .unwrap_or_else(|e| panic!("{q}={v}: {e:?}"));
        }
        let g = interview.guidance(&answers).expect("complete");
        let office = &content.offices[g.offices[0].office].id;
        let expected = match id.as_str() {
            "copenhagen" => "ihcph".to_string(),
            "furesoe" => "borgerservice-vaerloese".to_string(),
            other => format!("borgerservice-{other}"),
        };
        assert_eq!(office, &expected, "{name}");
    }
}
