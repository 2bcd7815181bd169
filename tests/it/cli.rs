//! The binary's contract, run as a real process: exit codes, JSON shape,
//! translated errors, privacy of CPR numbers, `--content` and `lint`.

use crate::common::{guide, run, stderr, stdout, BIN, TODAY_ARG as TODAY};
use serde_json::Value;
use std::process::{Command, Output};

/// One complete set of answers per situation of docs/rules.md R1.
pub(crate) const SITUATIONS: [(&str, &[&str]); 5] = [
    (
        "register",
        &[
            "situation=nordic",
            "stay=over-6-months",
            "municipality=copenhagen",
            "arrival=2026-12-01",
            "danish-citizen=no",
            "from-nordic=yes",
            "over-18=yes",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    ),
    (
        "register",
        &[
            "situation=eu",
            "stay=over-6-months",
            "municipality=furesoe",
            "arrival=2026-12-01",
            "from-nordic=no",
            "job-seeker=no",
            "eu-ground=worker",
            "over-18=yes",
            "with-children=yes",
            "married=yes",
            "documents-in-da-or-en=no",
        ],
    ),
    (
        "register",
        &[
            "situation=non-eu",
            "stay=over-6-months",
            "residence-permit=yes",
            "permit-date=2026-10-01",
            "municipality=other",
            "arrival=2026-12-01",
            "from-nordic=no",
            "over-18=yes",
            "from-eu=no",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    ),
    (
        "tax-number",
        &[
            "situation=tax-only",
            "citizenship=other",
            "lives-in-sweden=no",
            "job-start=2027-04-01",
            "married=yes",
        ],
    ),
    (
        "child-parish",
        &["situation=child-abroad", "child-moving=no", "baptism=yes"],
    ),
];

fn json(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).expect("valid JSON")
}

#[test]
fn five_situations_in_three_languages_follow_the_json_contract() {
    for (outcome, answers) in SITUATIONS {
        for lang in ["da", "en", "nb"] {
            let o = guide(lang, "json", answers);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{answers:?} {lang}: {}",
                stderr(&o)
            );
            let v = json(&o);
            assert_eq!(v["outcome"], outcome);
            assert_eq!(v["language"], lang);
            assert!(v["summary"].as_str().is_some_and(|s| s.len() > 20));
            for list in ["offices", "documents", "deadlines", "steps", "sources"] {
                let items = v[list]
                    .as_array()
                    .unwrap_or_else(|| panic!("{list} is a list"));
                for item in items {
                    if list != "sources" && list != "steps" {
                        assert!(item["id"].is_string(), "{list} item without id: {item}");
                    }
                }
            }
            assert!(
                !v["offices"].as_array().expect("offices").is_empty(),
                "{answers:?}"
            );
            for d in v["deadlines"].as_array().expect("deadlines") {
                if let Some(date) = d["date"].as_str() {
                    assert!(
                        jiff::civil::Date::strptime("%Y-%m-%d", date).is_ok(),
                        "{date}"
                    );
                }
            }
            // No raw message IDs: every message exists in every language.
            let text = stdout(&guide(lang, "text", answers));
            for prefix in [
                "q-",
                "opt-",
                "doc-",
                "step-",
                "deadline-",
                "office-",
                "role-",
                "ui-",
                "outcome-",
            ] {
                assert!(
                    !text.lines().any(|l| l.trim_start().starts_with(prefix)),
                    "{prefix} in {text}"
                );
            }
            assert!(!text.contains(['\u{2068}', '\u{2069}', '\u{1b}']));
        }
    }
}

#[test]
fn json_carries_the_domain_ids_and_dates() {
    let v = json(&guide("en", "json", SITUATIONS[1].1));
    let ids = |list: &str| -> Vec<String> {
        v[list]
            .as_array()
            .expect("list")
            .iter()
            .map(|x| x["id"].as_str().expect("id").to_string())
            .collect()
    };
    assert_eq!(
        ids("offices"),
        ["ihcph", "borgerservice-vaerloese", "udbetaling-danmark"]
    );
    let docs = ids("documents");
    for id in [
        "id-card",
        "registration-certificate",
        "housing-proof",
        "marriage-certificate",
        "birth-certificate",
        "children-birth-certificates",
        "custody-documents",
        "translation",
    ] {
        assert!(docs.contains(&id.to_string()), "{id} in {docs:?}");
    }
    let deadline = |id: &str| {
        v["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .find(|d| d["id"] == id)
            .cloned()
            .expect("deadline")
    };
    // An EU citizen's 5 days run from the registration certificate: no date.
    assert!(deadline("report-move")["date"].is_null());
    assert!(deadline("report-move")["rule"]
        .as_str()
        .is_some_and(|r| r.contains("registration certificate")));
    assert_eq!(deadline("registration-certificate")["date"], "2027-03-01");
    assert!(deadline("cpr-arrives")["date"].is_null());
    let ihcph = &v["offices"][0];
    assert_eq!(ihcph["hours"]["tue"], "closed");
    assert_eq!(ihcph["hours"]["wed"], "11:00-17:00");
    assert_eq!(ihcph["roles"][0]["id"], "registration-certificate");
    assert_eq!(v["answers"]["situation"], "eu");

    let tax = json(&guide("en", "json", SITUATIONS[3].1));
    // Not processed earlier than 60 days before; the number 21 working days before.
    assert_eq!(tax["deadlines"][0]["id"], "tax-apply-window");
    assert_eq!(tax["deadlines"][0]["date"], "2027-01-31");
    assert_eq!(tax["deadlines"][1]["id"], "tax-number-assigned");
    assert_eq!(tax["deadlines"][1]["date"], "2027-02-26");
    let tax_docs: Vec<&str> = tax["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    for id in [
        "id-card",
        "residence-permit",
        "work-permit",
        "employment-contract",
        "marriage-certificate",
        "form-04-063",
    ] {
        assert!(tax_docs.contains(&id), "{id} in {tax_docs:?}");
    }
}

#[test]
fn text_and_markdown_show_dates_in_the_language() {
    let da = stdout(&guide("da", "text", SITUATIONS[0].1));
    assert!(da.contains("senest søndag den 6. december 2026"), "{da}");
    let nb = stdout(&guide("nb", "text", SITUATIONS[0].1));
    assert!(nb.contains("søndag 6. desember 2026"), "{nb}");
    let md = stdout(&guide("en", "markdown", SITUATIONS[0].1));
    assert!(md.starts_with("# "));
    assert!(md.contains("- [ ] Valid passport"), "{md}");
    assert!(md.contains("by Sunday 6 December 2026"));
}

#[test]
fn missing_answer_exits_2_naming_the_question_and_values() {
    let o = guide("en", "text", &["situation=eu"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("stay"), "{err}");
    assert!(
        err.contains("under-3-months, 3-to-6-months, over-6-months"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    let o = guide("da", "text", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("situation"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Gyldige svar"), "{}", stderr(&o));
}

#[test]
fn bad_answers_exit_2_with_what_is_accepted() {
    let cases: [(&[&str], &str); 7] = [
        (
            &["situation=martian"],
            "nordic, eu, non-eu, tax-only, child-abroad",
        ),
        (&["colour=blue"], "situation, stay"),
        (&["situation"], "ID=VALUE"),
        (
            &["situation=eu", "stay=over-6-months", "arrival=2026-02-30"],
            "no such day",
        ),
        // Month first (US order) is no date.
        (
            &["situation=eu", "stay=over-6-months", "arrival=12/31/2026"],
            "The day comes first: DD.MM.YYYY",
        ),
        (&["situation=eu", "situation=nordic"], "twice"),
        (
            &[
                "situation=non-eu",
                "stay=over-6-months",
                "residence-permit=yes",
                "permit-date=2027-01-01",
            ],
            "after today",
        ),
    ];
    for (answers, expected) in cases {
        let o = guide("en", "text", answers);
        assert_eq!(o.status.code(), Some(2), "{answers:?}");
        assert!(stderr(&o).contains(expected), "{answers:?}: {}", stderr(&o));
    }
    for (args, expected) in [
        (vec!["guide", "--lang", "fr"], "da, en or nb"),
        (
            vec!["guide", "--format", "pdf", "--answer", "situation=eu"],
            "text, markdown or json",
        ),
        (vec!["guide", "--today", "2026-13-01"], "--today"),
        // The options' own form in every hint, never the interview's
        // DD.MM.YYYY; what is wrong named (the hour, not the day).
        (
            vec!["guide", "--today", "23.11.2026"],
            "--today: That is not a date of the form YYYY-MM-DD",
        ),
        (
            vec!["guide", "--now", "2026-11-23T25:00"],
            "--now: There is no such time of day",
        ),
        (
            vec!["guide", "--now", "23.11.2026"],
            "of the form YYYY-MM-DDTHH:MM",
        ),
        (vec!["frobnicate"], "frobnicate"),
        (vec!["guide", "--colour"], "--colour"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("DD.MM"), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn cpr_command_contract() {
    // Typed with a space and no quotes, the two words are one number.
    let o = run(&["cpr", "--today", TODAY, "070761", "4285"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["cpr", "--json", "--today", TODAY, "070761-4285"]);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["valid"], true);
    assert_eq!(v["birth_date"], "1961-07-07");
    assert_eq!(v["gender"], "male");
    assert_eq!(v["modulus11"], true);
    assert!(!stdout(&o).contains("4285"));

    for (number, kind) in [
        ("0101901", "wrong-length"),
        ("0101901²34", "invalid-character"),
        ("310290-1234", "impossible-date"),
        ("231126-4000", "future-date"),
    ] {
        let o = run(&["cpr", "--json", "--today", TODAY, "--", number]);
        assert_eq!(o.status.code(), Some(1), "{number}");
        let v = json(&o);
        assert_eq!(v["valid"], false);
        assert_eq!(v["error"], kind, "{number}");
        assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(stderr(&o).is_empty());
    }
    let o = run(&["cpr", "--lang", "en", "--today", TODAY, "010190-1234"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(
        text.contains("010190-XXXX") && !text.contains("1234"),
        "{text}"
    );
    assert!(text.contains("Monday 1 January 1990"));
}

#[test]
fn cpr_command_takes_grouped_digits_and_explains_the_century() {
    // Spaces between digit groups, as people write the number.
    let o = run(&["cpr", "--lang", "en", "--today", TODAY, "07 07 61 4285"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("070761-XXXX"), "{}", stdout(&o));
    assert!(!stdout(&o).contains("hyphen"), "{}", stdout(&o));
    // 29 February 1900: the 7th digit and the leap year, not "no date".
    let o = run(&["cpr", "--lang", "en", "--today", TODAY, "2902001234"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        text.contains("7th digit") && text.contains("1900 was not a leap year"),
        "{text}"
    );
    assert!(!text.contains("1234"), "{text}");
    let o = run(&["cpr", "--json", "--today", TODAY, "2902001234"]);
    assert_eq!(json(&o)["error"], "not-leap-year");
}

#[test]
fn a_cpr_answer_of_no_says_to_leave_the_answer_out() {
    for (lang, value, expected) in [
        ("en", "no", "leave this answer out"),
        ("da", "nej", "udelad bare dette svar"),
        ("nb", "nei", "utelater du bare dette svaret"),
    ] {
        let o = guide(
            lang,
            "text",
            &["situation=tax-only", &format!("cpr={value}")],
        );
        assert_eq!(o.status.code(), Some(2), "{lang}");
        let err = stderr(&o);
        assert!(err.contains(expected), "{lang}: {err}");
        assert!(
            !err.contains("not a digit") && !err.contains("ciffer "),
            "{lang}: {err}"
        );
        if lang != "en" {
            for english in ["leave", "answer out", "optional", "CPR number"] {
                assert!(!err.contains(english), "{lang}: {err}");
            }
        }
    }
}

#[test]
fn cpr_from_standard_input_stays_out_of_the_arguments() {
    let o =
        crate::common::run_with_input(&["cpr", "--json", "--today", TODAY, "-"], "010190-1235\n");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json(&o)["gender"], "male");
}

#[test]
fn cpr_from_standard_input_refuses_an_over_long_line_with_exit_2() {
    // 5 MB of digits (a file piped in by mistake), then a number.
    let input = format!("{}\n070761-4285\n", "0".repeat(5_000_000));
    for (lang, words) in [
        ("en", "at most 1000 characters"),
        ("da", "højst 1000 tegn"),
        ("nb", "høyst 1000 tegn"),
    ] {
        let o = crate::common::run_with_input(&["cpr", "--lang", lang, "-"], &input);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(words) && err.contains("cpr -"), "{err}");
        assert!(stdout(&o).is_empty(), "{}", stdout(&o));
        assert!(!err.contains("000000") && !err.contains("4285"), "{err}");
    }
    // A line of 1000 characters is still read as a number (and is none).
    let o = crate::common::run_with_input(&["cpr", "-"], &"1".repeat(1000));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // The same limit for a staff PIN.
    let o = crate::common::run_with_input(&["pin-hash"], &"7".repeat(1001));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("at most 1000 characters"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn a_cpr_answer_never_reaches_output_or_stderr() {
    let mut answers: Vec<&str> = SITUATIONS[0]
        .1
        .iter()
        .copied()
        .filter(|a| !a.starts_with("over-18"))
        .collect();
    answers.push("cpr=010190-1235");
    answers.push("over-18=no");
    for format in ["text", "markdown", "json"] {
        let o = guide("en", format, &answers);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        for out in [stdout(&o), stderr(&o)] {
            assert!(
                !out.contains("1235") && !out.contains("010190"),
                "{format}: {out}"
            );
        }
        // The over-18 answer contradicting the CPR was not used.
        assert!(stderr(&o).contains("over-18"), "{}", stderr(&o));
    }
    let bad = guide("en", "text", &["situation=tax-only", "cpr=010190-12X5"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        !stderr(&bad).contains("12X5") && !stderr(&bad).contains("010190"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn lint_passes_on_the_shipped_content_and_fails_on_broken_content() {
    let o = run(&["lint", "--today", TODAY]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 errors"));

    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(dir.path());
    let furesoe = dir.path().join("municipalities").join("furesoe.yaml");
    let text = std::fs::read_to_string(&furesoe).expect("read");
    std::fs::write(
        &furesoe,
        text.replace("office: borgerservice-vaerloese", "office: atlantis"),
    )
    .expect("write");
    let dir_arg = dir.path().to_str().expect("utf-8 path");
    let o = run(&["lint", "--today", TODAY, dir_arg]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("furesoe.yaml:") && out.contains("atlantis"),
        "{out}"
    );
    // The guide refuses to start on broken content (exit 3), naming file and line.
    let o = run(&["--content", dir_arg, "guide", "--answer", "situation=eu"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("furesoe.yaml:"), "{}", stderr(&o));
}

#[test]
fn lint_refuses_a_message_that_refers_to_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(dir.path());
    let ui = dir.path().join("locales").join("en").join("ui.ftl");
    let text = std::fs::read_to_string(&ui).expect("read");
    let line = text
        .lines()
        .position(|l| l.starts_with("ui-welcome ="))
        .expect("defined")
        + 1;
    std::fs::write(
        &ui,
        text.replacen("ui-welcome =", "ui-welcome = { ui-welcome }", 1),
    )
    .expect("write");
    let dir_arg = dir.path().to_str().expect("utf-8 path");
    let o = run(&["lint", "--lang", "en", "--today", TODAY, dir_arg]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!("ui.ftl:{line}:")) && out.contains("refers back to itself"),
        "{out}"
    );
    // The guide does not start on it either (exit 3).
    let o = run(&["--content", dir_arg, "--lang", "en", "guide"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("ui-welcome"), "{}", stderr(&o));
}

/// The 1-based line of `text` that holds `part` first.
fn line_of(text: &str, part: &str) -> usize {
    text.lines()
        .position(|l| l.contains(part))
        .expect("the line is there")
        + 1
}

#[test]
fn lint_and_content_refuse_control_characters_with_file_line_and_code_point() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(dir.path());
    let edit = |path: &std::path::Path, find: &str, replace: &str| -> usize {
        let text = std::fs::read_to_string(path).expect("read");
        assert!(text.contains(find), "{find}");
        let line = line_of(&text, find);
        std::fs::write(path, text.replacen(find, replace, 1)).expect("write");
        line
    };
    let locales = dir.path().join("locales");
    // A colour escape written as it is in a translation…
    let ui = edit(
        &locales.join("en").join("ui.ftl"),
        "ui-welcome =",
        "ui-welcome = \u{1b}[31m",
    );
    // …a right-to-left override written as a Fluent escape…
    let guidance = locales.join("nb").join("guidance.ftl");
    let text = std::fs::read_to_string(&guidance).expect("read");
    let first = text
        .lines()
        .find(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && l.contains(" = "))
        .expect("a message")
        .to_string();
    let (id, _) = first.split_once(" = ").expect("id");
    let rlo = edit(&guidance, &first, &format!("{id} = {{ \"\\u202E\" }}evil"));
    // …a colour escape as a YAML escape in a quoted address, and a
    // right-to-left override as it is in a phone number.
    let offices = dir.path().join("offices.yaml");
    let address = edit(
        &offices,
        "\"1602 København V\"",
        "\"1602 K\\e[31mbenhavn V\"",
    );
    let herning = dir.path().join("municipalities").join("herning.yaml");
    let phone = edit(&herning, "phone: \"+45 96", "phone: \"\u{202e}+45 96");

    let dir_arg = dir.path().to_str().expect("utf-8 path");
    let o = run(&["lint", "--lang", "en", "--today", TODAY, dir_arg]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    for (file, line, code) in [
        ("en/ui.ftl", ui, "U+001B"),
        ("nb/guidance.ftl", rlo, "U+202E"),
        ("offices.yaml", address, "U+001B"),
        ("herning.yaml", phone, "U+202E"),
    ] {
        let found = out.lines().find(|l| l.contains(&format!("{file}:{line}:")));
        assert!(
            found.is_some_and(|l| l.contains(code) && l.contains("control character")),
            "{file}:{line} {code}\n{out}"
        );
    }
    assert!(!out.contains(['\u{1b}', '\u{202e}']), "{out:?}");
    // In Danish too, and the guide does not start on it (exit 3), naming
    // file and line.
    let o = run(&["lint", "--lang", "da", "--today", TODAY, dir_arg]);
    assert!(
        stdout(&o).contains("kontroltegnet U+001B"),
        "{}",
        stdout(&o)
    );
    let o = run(&["--content", dir_arg, "--lang", "en", "guide"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("en/ui.ftl:{ui}:")), "{err}");
    assert!(!err.contains(['\u{1b}', '\u{202e}']), "{err:?}");
    // With the translations put back, the content itself is refused.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for file in ["en/ui.ftl", "nb/guidance.ftl"] {
        std::fs::copy(root.join(file), locales.join(file)).expect("copy");
    }
    let o = run(&["--content", dir_arg, "--lang", "en", "guide"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("offices.yaml:{address}:")), "{err}");
    assert!(err.contains(&format!("herning.yaml:{phone}:")), "{err}");
    assert!(!err.contains(['\u{1b}', '\u{202e}']), "{err:?}");
}

#[test]
fn hostile_values_on_the_command_line_are_shown_with_their_control_characters_visible() {
    let hostile = "\u{1b}[31mx\u{202e}";
    let seen = "\\u{1b}[31mx\\u{202e}";
    let answer = format!("situation={hostile}");
    let question = format!("{hostile}=eu");
    let export = format!("/nonexistent/{hostile}.txt");
    let mut export_args = vec!["guide", "--export", &export];
    for answer in SITUATIONS[4].1 {
        export_args.extend(["--answer", answer]);
    }
    let cases: [(&[&str], i32); 8] = [
        (&export_args, 2),
        (&["office", hostile], 2),
        (&["--kiosk", "--site", hostile], 2),
        (&["guide", "--answer", &answer], 2),
        (&["guide", "--answer", &question], 2),
        (&["--lang", hostile, "guide"], 2),
        (&[hostile], 2),
        (&["lint", &export], 3),
    ];
    for (args, code) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        let (out, err) = (stdout(&o), stderr(&o));
        assert!(
            !out.contains(['\u{1b}', '\u{202e}']) && !err.contains(['\u{1b}', '\u{202e}']),
            "{args:?}: {out:?} {err:?}"
        );
        assert!(err.contains(seen) || out.contains(seen), "{args:?}: {err}");
    }
    // A CPR number is never echoed, hostile or not.
    for args in [&["cpr", hostile][..], &["cpr", "070761", hostile]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let both = format!("{}{}", stdout(&o), stderr(&o));
        assert!(!both.contains(['\u{1b}', '\u{202e}']), "{both:?}");
        assert!(!both.contains("070761"), "{both}");
    }
}

#[test]
fn a_content_editor_can_add_a_municipality_without_rust() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    crate::common::copy_content(&content);
    // A new municipality with its office and a postcode, in a file of its own.
    let yaml = "offices:\n  - id: borgerservice-atlantis\n    address: [\"Havnen 1\", \"9999 Atlantis\"]\n    hours:\n      mon: \"10:00-14:00\"\n    source: [seed-000]\n\nmunicipalities:\n  - id: atlantis\n    code: 999\n    name: \"Atlantis Kommune\"\n    region: hovedstaden\n    office: borgerservice-atlantis\n    ics: ihcph\n    source: [seed-000]\n\npostcodes:\n  - { municipality: atlantis, postcodes: \"9999 Atlantis\" }\n";
    std::fs::write(content.join("zz-atlantis.yaml"), yaml).expect("write");
    for lang in ["da", "en", "nb"] {
        let extra = "\nmunicipality-atlantis = Atlantis\noffice-borgerservice-atlantis = Borgerservice Atlantis\noffice-borgerservice-atlantis-about = Atlantis.\n";
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(content.join("locales").join(lang).join("guidance.ftl"))
            .expect("open");
        std::io::Write::write_all(&mut file, extra.as_bytes()).expect("append");
    }
    let content_arg = content.to_str().expect("utf-8");
    let lint = run(&["lint", "--today", TODAY, content_arg]);
    assert_eq!(lint.status.code(), Some(0), "{}", stdout(&lint));
    // Found by its name and by its postcode.
    for answer in ["municipality=atlantis", "municipality=9999"] {
        let mut answers: Vec<String> = SITUATIONS[0].1.iter().map(|s| s.to_string()).collect();
        answers[2] = answer.to_string();
        let mut args = vec![
            "--content",
            content_arg,
            "guide",
            "--format",
            "json",
            "--today",
            TODAY,
        ];
        for a in &answers {
            args.extend(["--answer", a.as_str()]);
        }
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["answers"]["municipality"], "atlantis");
        assert_eq!(v["offices"][0]["id"], "borgerservice-atlantis");
        assert_eq!(v["offices"][0]["hours"]["mon"], "10:00-14:00");
    }
}

#[test]
fn no_command_without_a_terminal_is_the_line_mode_and_help_is_translated() {
    // Output to a pipe: the line mode, not the full-screen UI.
    let o = run(&["--lang", "da"]);
    // The input ended before the result: exit 1, and it says so.
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Der kom ikke mere input, før guiden var færdig."),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("Spørgsmål 1 af cirka 14: Hvad passer bedst på dig?"),
        "{}",
        stdout(&o)
    );
    assert!(!o.stdout.contains(&0x1b));
    // Help in the language asked for, whatever the locale says.
    for (args, lang) in [
        (&["--lang", "nb", "--help"][..], cpr_guide::i18n::Lang::Nb),
        (
            &["guide", "--help", "--lang=DA"][..],
            cpr_guide::i18n::Lang::Da,
        ),
    ] {
        let o = Command::new(BIN)
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_GB.UTF-8")
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(0));
        let help = stdout(&o);
        assert!(
            help.contains("guide") && help.contains("lint") || args[0] == "guide",
            "{help}"
        );
        assert!(!help.contains("Print help"), "{help}");
        let t = crate::common::catalog().lang(lang);
        let about = if args[0] == "guide" {
            t.text("cli-help-guide")
        } else {
            t.text("cli-about")
        };
        assert!(help.contains(&about), "{args:?}: {help}");
    }
}

#[test]
fn language_defaults_to_the_locale() {
    let o = Command::new(BIN)
        .args(["guide", "--today", TODAY])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "nb_NO.UTF-8")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("svar"), "{}", stderr(&o));
}

#[test]
fn placeholders_and_roles_read_in_the_language() {
    // Help names its placeholders in the language, and so do usage errors.
    let o = Command::new(BIN)
        .args(["guide", "--help"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "da_DK.UTF-8")
        .output()
        .expect("runs");
    let help = stdout(&o);
    assert!(help.contains("--today <ÅÅÅÅ-MM-DD>"), "{help}");
    assert!(help.contains("--answer <ID=VÆRDI>"), "{help}");
    assert!(!help.contains("YYYY") && !help.contains("VALUE"), "{help}");
    let o = run(&["guide", "--lang", "nb", "--today"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--today <ÅÅÅÅ-MM-DD>"),
        "{}",
        stderr(&o)
    );
    // An office's roles each start with a capital: one a line in text, never
    // joined by a comma into one broken sentence.
    let answers = [
        "situation=eu",
        "stay=over-6-months",
        "municipality=copenhagen",
        "arrival=2026-12-01",
        "from-nordic=no",
        "job-seeker=no",
        "eu-ground=worker",
        "over-18=yes",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    let text = stdout(&guide("en", "text", &answers));
    assert!(
        text.contains("  EU registration certificate\n  Where you register\n"),
        "{text}"
    );
    let md = stdout(&guide("en", "markdown", &answers));
    assert!(
        md.contains("*EU registration certificate · Where you register*"),
        "{md}"
    );
}

#[test]
fn an_expired_permit_is_not_told_to_hurry() {
    let answers = [
        "situation=non-eu",
        "stay=over-6-months",
        "residence-permit=yes",
        "permit-date=2026-01-10",
        "municipality=furesoe",
        "arrival=2026-11-20",
        "european=no",
        "from-nordic=no",
        "over-18=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    let text = stdout(&guide("en", "text", &answers));
    assert!(text.contains("more than 6 months old"), "{text}");
    assert!(text.contains("by Friday 10 July 2026"), "{text}");
    // The 5 days count from the later of arrival and permit: 25 November.
    assert!(text.contains("by Wednesday 25 November 2026"), "{text}");
}

fn office(args: &[&str], tz: &str) -> Output {
    Command::new(BIN)
        .arg("office")
        .args(args)
        .env("TZ", tz)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .output()
        .expect("runs")
}

#[test]
fn office_command_shows_hours_status_and_closures() {
    let o = office(
        &["ihcph", "--lang", "en", "--now", "2026-11-24T12:00"],
        "UTC",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    // ICS East moved in 2022 (lifeindenmark.borger.dk, ICS East page).
    assert!(text.contains("Nyropsgade 1, 1602 København V"), "{text}");
    assert!(!text.contains("Gyldenløve"), "{text}");
    assert!(
        text.contains("Closed now. Opens tomorrow at 11:00."),
        "{text}"
    );
    assert!(text.contains("Tuesday closed (today)"), "{text}");
    let o = office(
        &["ihcph", "--lang", "da", "--now", "2026-11-23T10:00"],
        "UTC",
    );
    assert!(
        stdout(&o).contains("Åbent nu til kl. 15.00."),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("onsdag 11.00–17.00"), "{}", stdout(&o));
    let o = office(
        &["ihcph", "--lang", "nb", "--now", "2026-11-27T14:00"],
        "UTC",
    );
    assert!(
        stdout(&o).contains("Stengt nå. Åpner mandag kl. 09.00."),
        "{}",
        stdout(&o)
    );

    let v = json(&office(
        &["ihcph", "--json", "--now", "2026-12-24T15:30"],
        "UTC",
    ));
    assert_eq!(v["open_now"], false);
    assert_eq!(v["next_opening"], "2026-12-28T09:00");
    assert_eq!(v["closures"][0]["date"], "2026-12-25");
    assert_eq!(v["this_week"][4]["date"], "2026-12-25");
    assert_eq!(v["this_week"][4]["closed_today_by_exception"], true);
    // Christmas Eve is no public holiday, and no source says ICS East closes:
    // not "open now", but "check before you go".
    assert_eq!(v["this_week"][3]["check_first"], "christmas-eve");
    let eve = office(
        &["ihcph", "--lang", "en", "--now", "2026-12-24T10:00"],
        "UTC",
    );
    let eve = stdout(&eve);
    assert!(!eve.contains("Open now"), "{eve}");
    assert!(
        eve.contains("Today is Christmas Eve. Many offices close then"),
        "{eve}"
    );
    assert!(eve.contains("Christmas Eve: check first"), "{eve}");
    let eve_json = json(&office(
        &["ihcph", "--json", "--now", "2026-12-24T10:00"],
        "UTC",
    ));
    assert!(eve_json["open_now"].is_null());
    assert_eq!(eve_json["check_first"], "christmas-eve");
    // The evening before, the next opening is that uncertain morning.
    let before = stdout(&office(
        &["ihcph", "--lang", "da", "--now", "2026-12-23T18:00"],
        "UTC",
    ));
    assert!(
        before.contains("Åbner i morgen kl. 09.00. Den dag er det juleaften."),
        "{before}"
    );

    let list = office(&["--lang", "en"], "UTC");
    assert_eq!(list.status.code(), Some(0));
    assert!(stdout(&list).contains("borgerservice-vaerloese"));
    let unknown = office(&["atlantis", "--lang", "en"], "UTC");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("cpr-guide office"),
        "{}",
        stderr(&unknown)
    );
    let bad = office(&["ihcph", "--now", "2026-11-24 12:00"], "UTC");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("YYYY-MM-DDTHH:MM"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn the_machine_time_zone_does_not_change_the_answer() {
    let fixed: Vec<String> = [
        "UTC",
        "America/Los_Angeles",
        "Asia/Tokyo",
        "Europe/Copenhagen",
    ]
    .iter()
    .map(|tz| {
        stdout(&office(
            &["ihcph", "--json", "--now", "2026-03-29T10:00"],
            tz,
        ))
    })
    .collect();
    assert!(fixed.windows(2).all(|w| w[0] == w[1]));
    // Without --now the clock is read in Danish time, whatever TZ says.
    let now = |tz: &str| {
        let v = json(&office(&["ihcph", "--json"], tz));
        jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", v["now"].as_str().expect("now"))
            .expect("parse")
    };
    let expected = cpr_guide::calendar::now_in_denmark(jiff::Timestamp::now());
    for tz in ["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"] {
        let got = now(tz);
        let diff = got.duration_until(expected).as_secs().abs();
        assert!(diff <= 120, "{tz}: {got} vs {expected}");
    }
}

#[test]
fn the_result_says_whether_offices_are_open() {
    let mut args = vec!["guide", "--lang", "en", "--now", "2026-11-24T12:00"];
    for a in SITUATIONS[0].1 {
        args.extend(["--answer", a]);
    }
    let text = stdout(&run(&args));
    assert!(
        text.contains("Closed now. Opens tomorrow at 11:00."),
        "{text}"
    );
    let json_args: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
    let v = json(&run(&json_args));
    assert_eq!(v["offices"][0]["open_now"], false);
    assert_eq!(v["offices"][0]["next_opening"], "2026-11-25T11:00");
}

#[test]
fn kiosk_flags_and_pin_hash() {
    let o = crate::common::run_with_input(&["pin-hash"], "2468\n");
    assert_eq!(o.status.code(), Some(0));
    let hash = stdout(&o);
    assert!(
        hash.starts_with("$argon2id$") && !hash.contains("2468"),
        "{hash}"
    );
    assert!(cpr_guide::kiosk::verify_pin(hash.trim(), "2468"));

    for (args, expected) in [
        (vec!["--kiosk", "--site", "atlantis"], "cpr-guide office"),
        (vec!["--kiosk", "--idle-timeout", "soon"], "--idle-timeout"),
        (vec!["--kiosk", "--idle-timeout", "2"], "--idle-timeout"),
        (vec!["--site", "ihcph"], "--kiosk"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("DD.MM"), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn kiosk_settings_are_checked_by_lint_and_refused_by_the_kiosk() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(dir.path());
    let kiosk = dir.path().join("kiosk.yaml");
    let text = std::fs::read_to_string(&kiosk).expect("read");
    let text = text.replace(
        "  countdown: 20\n",
        "  countdown: 20\n  exit_pin: \"1234\"\n",
    );
    std::fs::write(&kiosk, &text).expect("write");
    let line = text
        .lines()
        .position(|l| l.contains("exit_pin: \"1234\""))
        .expect("edited")
        + 1;
    let path = dir.path().to_str().expect("path");
    let lint = run(&["lint", path, "--lang", "en"]);
    assert_eq!(lint.status.code(), Some(1), "{}", stdout(&lint));
    assert!(
        stdout(&lint).contains(&format!("kiosk.yaml:{line}: error: exit_pin")),
        "{}",
        stdout(&lint)
    );
    // A guide for one person does not need the kiosk settings; a kiosk refuses.
    let guide = run(&[
        "--content",
        path,
        "guide",
        "--answer",
        "situation=nordic",
        "--answer",
        "stay=under-3-months",
    ]);
    assert_eq!(guide.status.code(), Some(0), "{}", stderr(&guide));
    let kiosk = run(&["--content", path, "--kiosk", "--lang", "en"]);
    assert_eq!(kiosk.status.code(), Some(3), "{}", stderr(&kiosk));
    assert!(stderr(&kiosk).contains(&format!("kiosk.yaml:{line}")));
}

#[test]
fn a_content_folder_named_like_a_command_is_just_a_folder() {
    // `--content office`: the word "office" is the folder, not the command.
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(&dir.path().join("office"));
    let o = Command::new(BIN)
        .current_dir(dir.path())
        .args(["--content", "office", "--plain", "--lang", "da"])
        .env("LANG", "C")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(b"lang nb\nquit\n")?;
            }
            child.wait_with_output()
        })
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    // Switching language works: all three were loaded.
    assert!(
        stdout(&o).contains("Hva passer best for deg?"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_full_disk_is_an_error_and_a_closed_pipe_is_not() {
    let answers = [
        "guide",
        "--answer",
        "situation=nordic",
        "--answer",
        "stay=under-3-months",
    ];
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = Command::new(BIN)
        .args(answers)
        .env("LANG", "C")
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("The output could not be written"),
        "{}",
        stderr(&o)
    );
    // A reader that stops reading (`| head -0`) is no error.
    let mut child = Command::new(BIN)
        .args(answers)
        .env("LANG", "C")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("exit");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn help_and_version_to_a_full_disk_exit_4_like_any_output() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["-h"],
        &["guide", "--help"],
        &["--lang", "da", "cpr", "--help"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let o = Command::new(BIN)
            .args(args)
            .env("LANG", "C")
            .stdout(full)
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(4), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("could not be written") || stderr(&o).contains("kunne ikke"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    // Help read to its end, or cut short by a reader that stops, is no error.
    assert_eq!(run(&["--help"]).status.code(), Some(0));
    let mut child = Command::new(BIN)
        .arg("--help")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    assert_eq!(child.wait().expect("exit").code(), Some(0));
}

#[test]
fn today_and_now_count_before_or_after_the_command() {
    let answers = [
        "--answer",
        "situation=tax-only",
        "--answer",
        "cpr=",
        "--answer",
        "citizenship=eu",
        "--answer",
        "lives-in-sweden=no",
        "--answer",
        "job-start=2027-04-01",
        "--answer",
        "married=no",
        "--format",
        "json",
    ];
    let mut before = vec!["--today", "2027-03-01", "guide"];
    before.extend(answers);
    let mut after = vec!["guide"];
    after.extend(answers);
    after.extend(["--today", "2027-03-01"]);
    for args in [before, after] {
        let v = json(&run(&args));
        assert_eq!(v["today"], "2027-03-01", "{args:?}");
        // 31 January has passed by then: applying is open.
        assert_eq!(v["deadlines"][0]["status"], "past", "{args:?}");
    }
    let both = run(&[
        "--today",
        "2027-03-01",
        "--now",
        "2027-03-01T10:00",
        "guide",
    ]);
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("--today") && stderr(&both).contains("--now"),
        "{}",
        stderr(&both)
    );
}

/// An EU citizen staying over 6 months, with `municipality` as typed.
fn eu_in(municipality: &str) -> Output {
    let answer = format!("municipality={municipality}");
    guide(
        "en",
        "json",
        &[
            "situation=eu",
            "stay=over-6-months",
            "job-seeker=no",
            "eu-ground=worker",
            answer.as_str(),
            "arrival=2026-12-01",
            "from-nordic=no",
            "over-18=yes",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    )
}

#[test]
fn the_municipality_is_a_postcode_a_code_or_a_name() {
    // 8000 is Aarhus: its ICS centre, never International House.
    let o = eu_in("8000");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["answers"]["municipality"], "aarhus");
    assert_eq!(v["municipality"]["id"], "aarhus");
    assert_eq!(v["municipality"]["code"], 751);
    assert_eq!(v["municipality"]["name"], "Aarhus");
    let offices: Vec<&str> = v["offices"]
        .as_array()
        .expect("offices")
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert!(offices.contains(&"ics-west"), "{offices:?}");
    assert!(!offices.contains(&"ihcph"), "{offices:?}");
    // The same municipality by its code, its name with or without Danish
    // letters, and a postcode with its town.
    for typed in ["751", "aarhus", "Århus", "AARHUS", "8000 Aarhus C"] {
        let o = eu_in(typed);
        assert_eq!(o.status.code(), Some(0), "{typed}: {}", stderr(&o));
        assert_eq!(json(&o)["answers"]["municipality"], "aarhus", "{typed}");
    }
    let o = eu_in("koge");
    assert_eq!(json(&o)["answers"]["municipality"], "koege");
    // Aalborg: ICS North, never Copenhagen.
    let v = json(&eu_in("9000"));
    let certificate: Vec<&str> = v["offices"]
        .as_array()
        .expect("offices")
        .iter()
        .filter(|o| {
            o["roles"]
                .as_array()
                .is_some_and(|r| r.iter().any(|r| r["id"] == "registration-certificate"))
        })
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert_eq!(certificate, ["ics-north"]);
}

#[test]
fn a_postcode_in_several_municipalities_asks_which() {
    let o = eu_in("3500");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for id in [
        "ballerup",
        "egedal",
        "furesoe",
        "gladsaxe",
        "lyngby-taarbaek",
    ] {
        assert!(err.contains(&format!("{id} (")), "{id}: {err}");
    }
    assert!(
        err.contains("3500 (Værløse) lies in 5 municipalities"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    // Part of a name: which of them is meant.
    let err = stderr(&eu_in("frederiks"));
    assert!(
        err.contains("frederiksberg (Frederiksberg)") && err.contains("frederikshavn"),
        "{err}"
    );
    // Nothing like it: what is accepted.
    let o = eu_in("atlantis");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("No postcode, town or municipality matches “atlantis”"),
        "{}",
        stderr(&o)
    );
    // Danish too.
    let o = run(&[
        "guide",
        "--lang",
        "da",
        "--answer",
        "situation=eu",
        "--answer",
        "municipality=3500",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ligger i 5 kommuner"), "{}", stderr(&o));
}

#[test]
fn the_ics_centres_are_offices() {
    let o = run(&[
        "office",
        "ics-west",
        "--lang",
        "en",
        "--now",
        "2026-11-23T10:00",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Hack Kampmanns Plads 2") && out.contains("Open now until 16:00."),
        "{out}"
    );
    for id in [
        "ics-north",
        "ics-esbjerg",
        "ics-odense",
        "ics-soenderborg",
        "borgerservice-koege",
    ] {
        let o = run(&["office", id, "--lang", "en"]);
        assert_eq!(o.status.code(), Some(0), "{id}: {}", stderr(&o));
    }
}

#[test]
fn what_people_type_for_a_municipality_is_understood() {
    // Official names, a country prefix, the postcode after the town.
    for (typed, id) in [
        ("Aarhus Kommune", "aarhus"),
        ("Københavns Kommune", "copenhagen"),
        ("Aarhus Municipality", "aarhus"),
        ("DK-8000", "aarhus"),
        ("Aarhus 8000", "aarhus"),
        ("kbh", "copenhagen"),
        ("Elsinore", "helsingoer"),
    ] {
        let o = eu_in(typed);
        assert_eq!(o.status.code(), Some(0), "{typed}: {}", stderr(&o));
        assert_eq!(json(&o)["answers"]["municipality"], id, "{typed}");
    }
    // A typo is never taken as an answer, but suggested.
    for (typed, id) in [
        ("aarhsu", "aarhus"),
        ("odnese", "odense"),
        ("nestved", "naestved"),
    ] {
        let o = eu_in(typed);
        assert_eq!(o.status.code(), Some(2), "{typed}");
        assert!(
            stderr(&o).contains(&format!("Did you mean {id} (")),
            "{typed}: {}",
            stderr(&o)
        );
    }
    // The start of a postcode is no postcode: which municipality is meant.
    let err = stderr(&eu_in("10"));
    assert!(
        err.contains("Did you mean copenhagen (Copenhagen)?"),
        "{err}"
    );
    // Nothing like it: the values the command line takes, "other" too.
    let err = stderr(&eu_in("xqzw"));
    assert!(err.contains("or other if you don't know yet"), "{err}");
}

/// `guide --export PATH` for a complete set of answers, plus `extra` flags.
fn export_to(path: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec!["guide", "--lang", "en", "--today", TODAY];
    for a in SITUATIONS[0].1 {
        args.extend(["--answer", a]);
    }
    let path = path.to_str().expect("path");
    args.extend(["--export", path]);
    args.extend(extra);
    run(&args)
}

#[test]
fn an_export_never_destroys_a_file() {
    let dir = tempfile::tempdir().expect("dir");
    let listing = |dir: &std::path::Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    // An existing file: refused, untouched, nothing printed; replaced when asked.
    let file = dir.path().join("result.md");
    std::fs::write(&file, "my notes\n").expect("write");
    let o = export_to(&file, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("exists. Add --replace"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "my notes\n");
    let o = export_to(&file, &["--replace"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&file)
        .expect("read")
        .contains("- [ ]"));

    // A symbolic link: refused, and the file it points to is untouched.
    let target = dir.path().join("precious.txt");
    std::fs::write(&target, "precious\n").expect("write");
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    for extra in [&[][..], &["--replace"][..]] {
        let o = export_to(&link, extra);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("it is a link, a pipe"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "precious\n"
    );
    assert!(std::fs::symlink_metadata(&link)
        .expect("link")
        .file_type()
        .is_symlink());

    // A pipe: refused at once, never waited on.
    let fifo = dir.path().join("pipe.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let o = export_to(&fifo, &["--replace"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    // A full disk (a file-size limit of 1 KiB): the old file stays whole,
    // and no temporary file is left behind.
    let before = listing(dir.path());
    let mut args = vec![
        "-c".to_string(),
        // No trap: the program itself takes a file too large as an error.
        "ulimit -f 1; exec \"$0\" \"$@\"".to_string(),
        crate::common::BIN.to_string(),
        "guide".into(),
        "--lang".into(),
        "en".into(),
        "--today".into(),
        TODAY.into(),
    ];
    for a in SITUATIONS[0].1 {
        args.extend(["--answer".to_string(), a.to_string()]);
    }
    let old = std::fs::read_to_string(&file).expect("read");
    args.extend([
        "--export".into(),
        file.to_str().expect("path").into(),
        "--replace".into(),
    ]);
    let o = std::process::Command::new("sh")
        .args(&args)
        .output()
        .expect("sh");
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), old);
    assert_eq!(listing(dir.path()), before);
}

#[test]
fn options_that_do_not_go_together_are_both_named() {
    // (arguments, the two options named, language)
    let cases: [(&[&str], [&str; 2], &str); 7] = [
        (
            &["--today", TODAY, "--now", "2026-11-22T10:00", "guide"],
            ["--today", "--now"],
            "cannot be used together",
        ),
        (
            &["--kiosk", "--plain"],
            ["--kiosk", "--plain"],
            "cannot be used together",
        ),
        (
            &["--site", "ihcph"],
            ["--site", "--kiosk"],
            "only works together with",
        ),
        (
            &["--idle-timeout", "60"],
            ["--idle-timeout", "--kiosk"],
            "only works together with",
        ),
        (
            &["guide", "--replace", "--answer", "situation=eu"],
            ["--replace", "--export"],
            "only works together with",
        ),
        // A kiosk option with a command would be ignored: it is refused.
        (
            &["--kiosk", "guide"],
            ["--kiosk", "guide"],
            "cannot be used with the command",
        ),
        (
            &["--site", "ihcph", "office"],
            ["--site", "office"],
            "cannot be used with the command",
        ),
    ];
    for (args, [one, other], says) in cases {
        let o = run(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(one) && err.contains(other) && err.contains(says),
            "{args:?}: {err}"
        );
        // The options by name, not clap's value placeholders.
        assert!(!err.contains('<'), "{args:?}: {err}");
        assert!(stdout(&o).is_empty(), "{args:?}");
    }
    // In the user's language.
    let o = run(&["--lang", "da", "--kiosk", "--plain"]);
    assert!(
        stderr(&o).contains("--kiosk kan ikke bruges sammen med --plain"),
        "{}",
        stderr(&o)
    );
    let o = run(&["--lang", "nb", "--site", "ihcph"]);
    assert!(
        stderr(&o).contains("--site virker bare sammen med --kiosk"),
        "{}",
        stderr(&o)
    );
    // --plain and --theme with a command stay harmless (a shell alias may
    // add them): the command runs.
    let o = run(&["--plain", "--theme", "high-contrast", "office"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn an_unknown_command_lists_every_command() {
    use clap::CommandFactory;
    let names: Vec<String> = cpr_guide::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 5, "{names:?}");
    for (lang, typed) in [("en", "gude"), ("da", "hjælp"), ("nb", "frobnicate")] {
        let o = run(&["--lang", lang, typed]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        let listed = err
            .lines()
            .next()
            .and_then(|l| l.split(": ").last())
            .unwrap_or_default()
            .to_string();
        for name in &names {
            assert!(
                listed.contains(name.as_str()),
                "{lang}: {name} missing: {err}"
            );
        }
        assert!(err.contains(typed), "{err}");
    }
    // A near miss is suggested.
    let o = run(&["--lang", "en", "gude"]);
    assert!(stderr(&o).contains("Did you mean guide?"), "{}", stderr(&o));
}

#[test]
fn a_language_is_taken_in_any_case_and_by_its_other_codes() {
    use cpr_guide::i18n::Lang;
    for (typed, lang) in [
        ("NB", Lang::Nb),
        ("no", Lang::Nb),
        ("nob", Lang::Nb),
        ("nn", Lang::Nb),
        ("Norsk", Lang::Nb),
        ("nb_NO.UTF-8", Lang::Nb),
        ("DA", Lang::Da),
        ("dan", Lang::Da),
        (" dansk ", Lang::Da),
        ("da-DK", Lang::Da),
        ("eng", Lang::En),
        ("English", Lang::En),
    ] {
        assert_eq!(Lang::from_name(typed), Some(lang), "{typed:?}");
    }
    for typed in ["", "fr", "d", "nbx", "de_DE", "danskx"] {
        assert_eq!(Lang::from_name(typed), None, "{typed:?}");
    }
    // On the command line.
    for (typed, expected) in [
        ("no", "Hva passer best for deg?"),
        ("NB", "Hva passer best for deg?"),
        ("DA", "Hvad passer bedst på dig?"),
        ("eng", "Which describes you best?"),
    ] {
        let o = run(&["guide", "--lang", typed]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains(expected), "{typed}: {}", stderr(&o));
    }
    let o = run(&["guide", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("“fr” is not a language"),
        "{}",
        stderr(&o)
    );
    // The locale may name Norwegian by its three-letter code too.
    let o = crate::common::run_env(&["guide"], "", &[("LANG", "nob_NO.UTF-8")]);
    assert!(
        stderr(&o).contains("Hva passer best for deg?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn several_bad_answers_each_get_a_line_and_the_format_hint_comes_once() {
    let o = guide(
        "en",
        "text",
        &[
            "situation=eu",
            "stay=forever",
            "married=maybe",
            "situation",
            "0707614285",
            "colour=blue",
            "shape=round",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    let expected = [
        "cpr-guide: Error: stay: “forever” is not an answer to this question. Valid answers: under-3-months, 3-to-6-months, over-6-months.",
        "married: “maybe” is not an answer to this question. Valid answers: yes, no.",
        "“situation” is not an answer: there is no = between the ID and the value.",
        // Digits without an ID are never echoed: they may be a CPR number.
        "“…” is not an answer: there is no = between the ID and the value.",
        "There is no question “colour”.",
        "There is no question “shape”.",
    ];
    assert_eq!(&lines[..expected.len()], &expected, "{err}");
    assert_eq!(err.matches("ID=VALUE").count(), 1, "{err}");
    assert_eq!(err.matches("The questions are:").count(), 1, "{err}");
    assert_eq!(lines.len(), expected.len() + 2, "{err}");
    assert!(!err.contains("0707614285"), "{err}");
    // In Danish, too.
    let o = guide("da", "text", &["situation", "stay"]);
    let err = stderr(&o);
    assert_eq!(err.matches("ID=VÆRDI").count(), 1, "{err}");
    assert_eq!(
        err.matches("der mangler = mellem ID og værdi").count(),
        2,
        "{err}"
    );
}

#[test]
fn every_missing_answer_is_named_with_what_it_takes() {
    let o = guide(
        "en",
        "text",
        &["situation=eu", "stay=over-6-months", "municipality=aarhus"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("cpr-guide: Error: 5 more answers are needed:\n"),
        "{err}"
    );
    for id in [
        "job-seeker",
        "from-nordic",
        "over-18",
        "married",
        "documents-in-da-or-en",
    ] {
        assert!(err.contains(&format!("\n- {id} (")), "{id}: {err}");
    }
    assert!(
        err.contains("- over-18 (Are you 18 or older?)\n  Valid answers: yes, no\n"),
        "{err}"
    );
    // Asked or not depending on those answers.
    assert!(
        err.contains(
            "Depending on those answers, these questions may follow: eu-ground, with-children\n"
        ),
        "{err}"
    );
    assert!(err.ends_with("Add each one: --answer ID=VALUE\n"), "{err}");
    // Answering exactly those (and no more) is enough.
    let o = guide(
        "en",
        "text",
        &[
            "situation=eu",
            "stay=over-6-months",
            "municipality=aarhus",
            "job-seeker=no",
            "eu-ground=worker",
            "from-nordic=no",
            "over-18=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A CPR number answers "over 18": it is not missing, and an adult is
    // asked about children.
    let o = guide(
        "nb",
        "text",
        &["situation=eu", "stay=over-6-months", "cpr=070761-4285"],
    );
    let err = stderr(&o);
    assert!(err.contains("Det trengs 6 svar til:"), "{err}");
    assert!(err.contains("\n- with-children ("), "{err}");
    assert!(!err.contains("over-18"), "{err}");
    // Only eu-ground still depends on an answer (job-seeker); children are
    // asked for certain.
    assert!(
        err.contains("\nAvhengig av svarene kan også disse spørsmålene komme: eu-ground\n"),
        "{err}"
    );
    assert!(!err.contains("4285"), "{err}");
}

#[test]
fn a_passed_deadline_is_a_warning_in_words() {
    let answers = [
        "situation=eu",
        "stay=over-6-months",
        "job-seeker=no",
        "eu-ground=worker",
        "municipality=aarhus",
        "arrival=2026-01-05",
        "from-nordic=no",
        "over-18=yes",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    for (lang, word) in [
        ("en", "Warning: "),
        ("da", "Advarsel: "),
        ("nb", "Advarsel: "),
    ] {
        let text = stdout(&guide(lang, "text", &answers));
        assert!(
            text.lines().nth(2).is_some_and(|l| l.starts_with(word)),
            "{lang}: {text}"
        );
        assert!(!text.lines().any(|l| l.starts_with('!')), "{lang}: {text}");
        let md = stdout(&guide(lang, "markdown", &answers));
        assert!(md.contains(&format!("> **{word}")), "{lang}: {md}");
    }
}

#[test]
fn an_eu_citizen_may_register_only_once_the_certificate_is_there() {
    let tail = [
        "municipality=aarhus",
        "from-nordic=no",
        "over-18=yes",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    let summary = |situation: &str, extra: &[&str]| {
        let mut answers = vec![situation, "stay=3-to-6-months"];
        answers.extend(extra);
        answers.extend(tail);
        let o = guide("en", "json", &answers);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(v["outcome"], "register-optional");
        v["summary"].as_str().expect("summary").to_string()
    };
    let eu = summary("situation=eu", &["job-seeker=no", "eu-ground=worker"]);
    assert!(
        eu.contains("once you have your EU registration certificate"),
        "{eu}"
    );
    let nordic = summary("situation=nordic", &["danish-citizen=no"]);
    assert!(nordic.contains("now"), "{nordic}");
    assert!(!nordic.contains("certificate"), "{nordic}");
}

/// Issue 21.20: an office ID that does not exist is answered with the
/// nearest IDs (or an example), not a wall of a hundred IDs.
#[test]
fn an_unknown_office_suggests_the_nearest_id() {
    let out = crate::common::run_env(&["office", "koege"], "", &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Did you mean borgerservice-koege?"), "{err}");
    assert!(!err.contains("borgerservice-aabenraa"), "{err}");
    let out = crate::common::run_env(&["--lang", "da", "office", "Køge"], "", &[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("borgerservice-koege"));
    let out = crate::common::run_env(&["--kiosk", "--site", "nowhere"], "", &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("for example borgerservice-koege"), "{err}");
    assert!(err.len() < 300, "{err}");
}

/// The Nordic citizen's answers with `arrival` for the arrival date.
fn nordic_arriving(arrival: &str) -> Vec<String> {
    SITUATIONS[0]
        .1
        .iter()
        .map(|a| match *a {
            "arrival=2026-12-01" => format!("arrival={arrival}"),
            other => other.to_string(),
        })
        .collect()
}

fn guide_arriving(lang: &str, arrival: &str) -> Output {
    let answers = nordic_arriving(arrival);
    let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
    guide(lang, "text", &answers)
}

#[test]
fn guide_reads_a_written_month_and_notes_a_date_far_from_today() {
    // TODAY is 22 November 2026.
    for (lang, written) in [
        ("da", "1. februar 2027"),
        ("en", "1 February 2027"),
        ("en", "1 feb 2027"),
        ("en", "1. Feb. 2027"),
        ("nb", "1. februar 2027"),
    ] {
        let o = guide_arriving(lang, written);
        assert_eq!(o.status.code(), Some(0), "{lang} {written}: {}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&guide_arriving(lang, "2027-02-01")));
        assert_eq!(stderr(&o), "", "{lang} {written}");
    }
    // Far from today: used as given (there is no one to ask), with a note.
    for (lang, arrival, note) in [
        (
            "en",
            "1.1.2030",
            "cpr-guide: Note: “arrival” is 1 January 2030. That is more than a year from now. It was used as given.\n",
        ),
        (
            "da",
            "1. januar 2020",
            "cpr-guide: Bemærk: ”arrival” er 1. januar 2020. Det er mere end et år siden. Datoen blev brugt, som den står.\n",
        ),
        (
            "nb",
            "2030-01-01",
            "cpr-guide: Merk: «arrival» er 1. januar 2030. Det er om mer enn ett år. Datoen ble brukt slik den står.\n",
        ),
    ] {
        let o = guide_arriving(lang, arrival);
        assert_eq!(o.status.code(), Some(0), "{lang}: {}", stderr(&o));
        assert_eq!(stderr(&o), note, "{lang}");
        assert!(!stdout(&o).is_empty());
    }
}

/// `office ID`: the days it is closed, then the days to check first, each
/// list in date order under its own heading.
#[test]
fn office_lists_closed_days_and_days_to_check_apart_in_date_order() {
    let out = run(&["office", "ihcph", "--today", "2026-12-05", "--lang", "en"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let section = |heading: &str| -> Vec<String> {
        text.lines()
            .skip_while(|l| !l.starts_with(heading))
            .skip(1)
            .take_while(|l| l.starts_with("- "))
            .map(String::from)
            .collect()
    };
    let closed = section("Closed on these days");
    let check = section("Check the opening hours before you go on these days");
    assert!(
        closed.iter().any(|l| l.contains("25 December 2026")),
        "{text}"
    );
    assert!(
        check.iter().any(|l| l.contains("23 December 2026")),
        "{text}"
    );
    // Nothing to check is listed as closed.
    assert!(!closed.iter().any(|l| l.contains("check")), "{text}");
    let day = |line: &String| -> jiff::civil::Date {
        let words: Vec<&str> = line.trim_start_matches("- ").split([' ', ':']).collect();
        let month = match words[2] {
            "December" => 12,
            "January" => 1,
            other => panic!("month {other}"),
        };
        jiff::civil::date(
            words[3].parse().expect("year"),
            month,
            words[1].parse().expect("day"),
        )
    };
    for list in [&closed, &check] {
        let dates: Vec<_> = list.iter().map(day).collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}\n{text}");
    }
}
