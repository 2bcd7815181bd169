//! What a person takes away: the files `save` and `guide --export` write
//! (and what a kiosk prints). Duties without a date stand apart as on the
//! screen.

use crate::cli::SITUATIONS;
use crate::common::{guide_with as guide, stderr};
use serde_json::Value;

/// The Nordic citizen to Copenhagen of the command-line tests, arriving
/// on 1 December 2026.
fn nordic() -> &'static [&'static str] {
    SITUATIONS[0].1
}

/// The result exported to a file named `name` in a fresh folder, read back.
fn exported(lang: &str, answers: &[&str], extra: &[&str], name: &str) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join(name);
    let mut args = vec!["--export", file.to_str().expect("path")];
    args.extend(extra);
    let o = guide(lang, answers, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::read_to_string(&file).expect("written")
}

/// The `## ` section of `md` that holds `text`.
fn section_of<'m>(md: &'m str, text: &str) -> Option<&'m str> {
    let at = md.find(text)?;
    let start = md[..at].rfind("\n## ")?;
    let heading = &md[start + 4..];
    heading.lines().next()
}

#[test]
fn the_markdown_files_a_duty_without_a_date_under_also_remember() {
    for lang in ["da", "en", "nb"] {
        let json = guide(lang, nordic(), &["--format", "json"]);
        let view: Value = serde_json::from_slice(&json.stdout).expect("json");
        let later: Vec<&str> = view["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .filter(|d| d["date"].is_null() && d["status"].is_null())
            .filter_map(|d| d["title"].as_str())
            .collect();
        let dated: Vec<&str> = view["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .filter(|d| !d["date"].is_null())
            .filter_map(|d| d["title"].as_str())
            .collect();
        // The Nordic citizen's "before you leave" has no date.
        assert!(!later.is_empty() && !dated.is_empty(), "{lang}: {view}");
        let md = exported(lang, nordic(), &[], "result.md");
        let catalog = crate::common::catalog();
        let t = catalog.lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
        let also = t.text("ui-heading-later");
        let deadlines = t.text("ui-heading-deadlines");
        for title in later {
            assert_eq!(section_of(&md, title), Some(also.as_str()), "{lang}\n{md}");
        }
        for title in dated {
            assert_eq!(
                section_of(&md, title),
                Some(deadlines.as_str()),
                "{lang}\n{md}"
            );
        }
    }
}
