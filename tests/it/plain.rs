//! The line mode driven through pipes, as a screen-reader user or a script
//! would: every situation in every language, the commands at a prompt, and
//! never an escape byte. Exports: content, format, and never a CPR number.

use std::process::{Command, Output};

use crate::common::BIN;
const NOW: &str = "2026-11-23T10:00";

fn plain(lang: &str, input: &str) -> Output {
    crate::common::run_with_input(&["--plain", "--lang", lang, "--now", NOW], input)
}

fn guide_text(lang: &str, answers: &[&str]) -> String {
    let mut args = vec!["guide", "--lang", lang, "--now", NOW];
    for a in answers {
        args.extend(["--answer", a]);
    }
    let o = Command::new(BIN).args(&args).output().expect("guide");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("utf-8")
}

/// Lines typed, and the same answers for `guide --answer`.
const CASES: [(&str, &[&str]); 5] = [
    (
        "1\n3\n\nkøbenhavn\n2026-12-01\n2\n2\n1\n2\n2\n1\n",
        &[
            "situation=nordic",
            "stay=over-6-months",
            "municipality=copenhagen",
            "arrival=2026-12-01",
            "danish-citizen=no",
            "from-nordic=no",
            "over-18=yes",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    ),
    (
        "2\n3\n2\n\n3500\n3\n\n2\n1\n2\n2\n1\n",
        &[
            "situation=eu",
            "stay=over-6-months",
            "municipality=furesoe",
            "from-nordic=no",
            "job-seeker=no",
            "over-18=yes",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    ),
    (
        "3\n3\n1\n\n\n0\n\n2\n1\n2\n2\n2\n1\n",
        &[
            "situation=non-eu",
            "stay=over-6-months",
            "residence-permit=yes",
            "municipality=other",
            "from-nordic=no",
            "over-18=yes",
            "from-eu=no",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    ),
    (
        "4\n\n3\n2\n2027-04-01\n2\n",
        &[
            "situation=tax-only",
            "citizenship=other",
            "lives-in-sweden=no",
            "job-start=2027-04-01",
            "married=no",
        ],
    ),
    (
        "5\n2\n\n1\n",
        &["situation=child-abroad", "child-moving=no", "baptism=yes"],
    ),
];

#[test]
fn every_situation_in_every_language_gives_the_guide_result_without_escapes() {
    for lang in ["da", "en", "nb"] {
        for (typed, answers) in CASES {
            let o = plain(lang, typed);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{lang} {answers:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            assert!(
                !o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b),
                "an escape byte in {lang} {answers:?}"
            );
            let out = String::from_utf8(o.stdout).expect("utf-8");
            let expected = guide_text(lang, answers);
            assert!(
                out.contains(&expected),
                "{lang} {answers:?}: the plain result differs from guide's\n{out}"
            );
            // Lists are lines starting with "- ", options "N. ".
            assert!(out.lines().any(|l| l.starts_with("1. ")));
        }
    }
}

#[test]
fn commands_at_the_prompt() {
    // A wrong number is refused with a reason; then only the prompt
    // again, not the whole question (a screen reader reads it all).
    let o = plain("en", "9\n");
    let out = String::from_utf8(o.stdout).expect("utf-8");
    assert!(
        out.contains("> Not accepted: Type one of the numbers from 1 to 5.\nType a number from 1 to 5 and press Enter.\n> "),
        "{out}"
    );
    assert_eq!(out.matches("Which describes you best?").count(), 1, "{out}");

    // back returns to the previous question; restart to the first.
    let out = String::from_utf8(plain("en", "2\nback\n4\n").stdout).expect("utf-8");
    assert_eq!(out.matches("How long will you stay").count(), 1, "{out}");
    assert!(
        out.contains("Do you already have a Danish CPR number?"),
        "{out}"
    );
    let out = String::from_utf8(plain("en", "2\n3\nrestart\n").stdout).expect("utf-8");
    assert_eq!(out.matches("Which describes you best?").count(), 2, "{out}");

    // lang switches the language and keeps the answers; help lists commands.
    let out = String::from_utf8(plain("en", "2\nlang nb\nhelp\n").stdout).expect("utf-8");
    assert!(out.contains("Hvor lenge skal du være i Danmark?"), "{out}");
    assert!(out.contains("Ved hvert spørsmål kan du skrive"), "{out}");
    assert!(
        !out.contains("Hva passer best for deg?"),
        "the first answer was kept: {out}"
    );

    // A bad date and a bad CPR number say what is wrong.
    let out = String::from_utf8(plain("en", "2\n3\n2\n0101901\n").stdout).expect("utf-8");
    assert!(
        out.contains("A CPR number has 10 digits, but 7 digits were given."),
        "{out}"
    );
    let out = String::from_utf8(plain("en", "2\n3\n2\n\ncopenhagen\n2026-02-30\n").stdout)
        .expect("utf-8");
    assert!(
        out.contains("There is no such day in the calendar."),
        "{out}"
    );
}

#[test]
fn a_cpr_number_typed_in_line_mode_is_never_echoed() {
    let o = plain("en", "2\n3\n2\n070761-4285\ncopenhagen\n\n2\n2\n2\n1\n");
    let out = String::from_utf8(o.stdout).expect("utf-8");
    assert!(!out.contains("4285") && !out.contains("070761"), "{out}");
    assert!(
        out.contains("You keep the CPR number you already have."),
        "{out}"
    );
}

#[test]
fn the_cpr_question_asks_yes_or_no_first_in_each_language() {
    // EU, > 6 months, not a job-seeker, then the CPR question.
    let ask = |lang: &str, answers: &str| {
        String::from_utf8(plain(lang, &format!("2\n3\n2\n{answers}")).stdout).expect("utf-8")
    };
    // "No" (or an empty line) moves on without asking for a number.
    for (lang, no, next) in [
        ("en", "2", "Which municipality"),
        ("da", "nej", "Hvilken kommune"),
        ("nb", "nei", "Hvilken kommune"),
        ("en", "", "Which municipality"),
    ] {
        let out = ask(lang, &format!("{no}\n"));
        assert!(out.contains(next), "{lang} {no:?}: {out}");
        assert!(
            !out.contains("DDMM"),
            "{lang} {no:?}: no number asked: {out}"
        );
    }
    // "Yes" asks for the number; the Danish form says ÅÅ, not YY.
    let out = ask("da", "ja\n");
    assert!(out.contains("Skriv nummeret som DDMMÅÅ-SSSS"), "{out}");
    assert!(!out.contains("Hvilken kommune"), "{out}");
    // back from the number returns to yes/no, not to the question before.
    let out = ask("en", "1\nback\n2\n");
    assert_eq!(
        out.matches("Do you already have a Danish CPR number?")
            .count(),
        2,
        "{out}"
    );
    assert_eq!(out.matches("look for work?").count(), 1, "{out}");
    assert!(out.contains("Which municipality"), "{out}");
    // A number with a space is taken, and never shown.
    let out = ask("en", "1\n070761 4285\n");
    assert!(out.contains("Which municipality"), "{out}");
    assert!(!out.contains("4285"), "{out}");
    // Anything else at yes/no says what is accepted.
    let out = ask("en", "maybe\n");
    assert!(out.contains("Not accepted"), "{out}");
    assert!(out.contains("Type 1 if you have one, 2 if not"), "{out}");
}

#[test]
fn exports_have_the_right_format_and_never_a_cpr_number() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = [
        "situation=eu",
        "stay=over-6-months",
        "cpr=070761-4285",
        "municipality=copenhagen",
        "arrival=2026-12-01",
        "from-nordic=no",
        "job-seeker=no",
        "with-children=no",
        "married=yes",
        "documents-in-da-or-en=no",
    ];
    for ext in ["md", "txt", "json"] {
        let path = dir.path().join(format!("result.{ext}"));
        let mut args = vec![
            "guide",
            "--lang",
            "en",
            "--now",
            NOW,
            "--export",
            path.to_str().expect("path"),
        ];
        for a in &answers {
            args.extend(["--answer", a]);
        }
        let o = Command::new(BIN).args(&args).output().expect("guide");
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let text = std::fs::read_to_string(&path).expect("exported");
        assert!(
            !text.contains("4285") && !text.contains("070761"),
            "CPR in {ext}: {text}"
        );
        match ext {
            "md" => {
                assert!(text.starts_with("# "));
                assert!(text.contains("- [ ] Valid passport"), "{text}");
                assert!(text.contains("- [ ] Marriage certificate"), "{text}");
            }
            "txt" => {
                assert!(text.contains("- Valid passport"));
                assert!(!text.contains("- [ ]") && !text.contains('\u{1b}'));
            }
            _ => {
                let v: serde_json::Value = serde_json::from_str(&text).expect("JSON parses");
                assert_eq!(v["outcome"], "register");
                assert_eq!(v["language"], "en");
                assert!(v["documents"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|x| x["id"] == "passport")));
                assert_eq!(v["answers"]["cpr"], "given");
            }
        }
    }
    let bad = dir.path().join("result.pdf");
    let o = Command::new(BIN)
        .args([
            "guide",
            "--lang",
            "en",
            "--answer",
            "situation=tax-only",
            "--answer",
            "cpr=070761-4285",
            "--answer",
            "job-start=2027-04-01",
        ])
        .args(["--export", bad.to_str().expect("path")])
        .output()
        .expect("guide");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains(".md, .txt, .json or .ics"));
    assert!(!bad.exists());
}

#[test]
fn back_keeps_the_answer_as_the_terminal_ui_does() {
    // EU, back to the first question: the answer is kept and offered.
    let out = String::from_utf8(plain("en", "2\nback\n\n").stdout).expect("utf-8");
    assert!(
        out.contains(
            "Your answer so far: EU, EEA or Swiss citizen moving to Denmark. Press Enter to keep it."
        ),
        "{out}"
    );
    // Enter kept it: the stay question comes again, with the EU wording.
    assert_eq!(out.matches("How long will you stay").count(), 2, "{out}");
    // On the result, a number changes that answer; then the result again.
    let tax = "4\n\n3\n2\n2027-04-01\n2\n";
    let out = String::from_utf8(plain("en", &format!("{tax}6\n1\n")).stdout).expect("utf-8");
    assert!(
        out.contains("Your answers (type a number to change one):"),
        "{out}"
    );
    assert!(out.contains("6. Are you married? No"), "{out}");
    assert_eq!(out.matches("CPR guide: Your result").count(), 2, "{out}");
    assert!(out.contains("- Marriage certificate"), "{out}");
}

#[test]
fn the_municipality_is_found_from_what_is_typed_through_a_pipe() {
    // EU, > 6 months, not a job-seeker, no CPR; "koge" finds Køge.
    let out = String::from_utf8(plain("en", "2\n3\n2\n\nkoge\n").stdout).expect("utf-8");
    assert!(out.contains("You chose: Køge."), "{out}");
    assert!(out.contains("On what date do you arrive"), "{out}");

    // "8000" is Aarhus; the result sends an EU citizen to ICS West for the
    // certificate, never to International House.
    let typed = "2\n3\n2\n\n8000\n\n2\n1\n2\n2\n1\n";
    let out = String::from_utf8(plain("en", typed).stdout).expect("utf-8");
    assert!(out.contains("You chose: Aarhus."), "{out}");
    assert!(out.contains("ICS West in Aarhus"), "{out}");
    assert!(!out.contains("- International House Copenhagen"), "{out}");

    // Part of a name lists the matches, numbered; a number out of range is
    // refused with what is accepted; 0 is "I don't know yet".
    let out = String::from_utf8(plain("da", "2\n3\n2\n\nfrederiks\n9\n0\n").stdout).expect("utf-8");
    assert!(out.contains("1. Frederiksberg\n"), "{out}");
    assert!(
        out.contains("Ikke godkendt: Skriv et af tallene fra 1 til 8."),
        "{out}"
    );
    assert!(out.contains("Du valgte: Det ved jeg ikke endnu."), "{out}");
    assert!(!out.contains("Du valgte: Frederiks"), "{out}");

    // Nothing like it: what was wrong and what is accepted.
    let out = String::from_utf8(plain("nb", "2\n3\n2\n\natlantis\n").stdout).expect("utf-8");
    assert!(
        out.contains("Ingen postnumre, byer eller kommuner passer til «atlantis»"),
        "{out}"
    );
}

#[test]
fn a_list_of_municipalities_survives_a_language_change_and_one_match_is_taken() {
    let out =
        String::from_utf8(plain("en", "2\n3\n2\n\n3500\nlang nb\n3\n").stdout).expect("utf-8");
    assert!(
        out.contains(
            "3500 Værløse ligger i 5 kommuner. Hvilken av dem skal du bo i?\n1. Ballerup\n"
        ),
        "{out}"
    );
    assert!(out.contains("3. Furesø\n"), "{out}");
    assert!(out.contains("Du valgte: Furesø."), "{out}");
    // The start of one municipality's name is enough.
    let out = String::from_utf8(plain("en", "2\n3\n2\n\nlyngby-t\n").stdout).expect("utf-8");
    assert!(out.contains("You chose: Lyngby-Taarbæk."), "{out}");
    // A typo is suggested, not taken.
    let out = String::from_utf8(plain("en", "2\n3\n2\n\naarhsu\n").stdout).expect("utf-8");
    assert!(
        out.contains("Did you mean one of these?\n1. Aarhus\n"),
        "{out}"
    );
    assert!(!out.contains("You chose"), "{out}");
}
