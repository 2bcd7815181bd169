//! The line mode driven through pipes, as a screen-reader user or a script
//! would: every situation in every language, the commands at a prompt, and
//! never an escape byte. Exports: content, format, and never a CPR number.

use std::process::{Command, Output};

use crate::common::BIN;
const NOW: &str = "2026-11-23T10:00";

fn plain(lang: &str, input: &str) -> Output {
    crate::common::run_with_input(&["--plain", "--lang", lang, "--now", NOW], input)
}

/// `guide --format text` without its answers: the line mode lists them
/// itself, numbered, after the result.
fn guide_text(lang: &str, answers: &[&str]) -> String {
    let text = guide_text_whole(lang, answers);
    let heading = crate::common::catalog()
        .lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"))
        .text("ui-heading-answers");
    let start = text.find(&format!("\n\n{heading}\n")).expect("the answers");
    let end = text[start + 2..]
        .find("\n\n")
        .map_or(text.len(), |e| start + 2 + e);
    format!("{}{}", &text[..start], &text[end..])
}

fn guide_text_whole(lang: &str, answers: &[&str]) -> String {
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
        "2\n3\n2\n1\n\n3500\n3\n\n2\n1\n2\n2\n1\n",
        &[
            "situation=eu",
            "stay=over-6-months",
            "municipality=furesoe",
            "from-nordic=no",
            "job-seeker=no",
            "eu-ground=worker",
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
    let out = String::from_utf8(plain("en", "2\n3\n2\n1\n0101901\n").stdout).expect("utf-8");
    assert!(
        out.contains("A CPR number has 10 digits, but 7 digits were given."),
        "{out}"
    );
    let out = String::from_utf8(plain("en", "2\n3\n2\n1\n\ncopenhagen\n2026-02-30\n").stdout)
        .expect("utf-8");
    assert!(
        out.contains("There is no such day in the calendar."),
        "{out}"
    );
}

#[test]
fn a_cpr_number_typed_in_line_mode_is_never_echoed() {
    let o = plain("en", "2\n3\n2\n1\n070761-4285\ncopenhagen\n\n2\n2\n2\n1\n");
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
        String::from_utf8(plain(lang, &format!("2\n3\n2\n1\n{answers}")).stdout).expect("utf-8")
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
    assert!(out.contains("Type 1 for yes or 2 for no"), "{out}");
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
        "eu-ground=worker",
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
                assert!(
                    text.contains("- [ ] Valid passport or national ID card\n"),
                    "{text}"
                );
                assert!(text.contains("- [ ] Marriage certificate"), "{text}");
            }
            "txt" => {
                assert!(text.contains("- Valid passport or national ID card\n"));
                assert!(!text.contains("- [ ]") && !text.contains('\u{1b}'));
            }
            _ => {
                let v: serde_json::Value = serde_json::from_str(&text).expect("JSON parses");
                assert_eq!(v["outcome"], "register");
                assert_eq!(v["language"], "en");
                assert!(v["documents"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|x| x["id"] == "id-card")));
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
    let out = String::from_utf8(plain("en", "2\n3\n2\n1\n\nkoge\n").stdout).expect("utf-8");
    assert!(out.contains("You chose: Køge."), "{out}");
    assert!(out.contains("On what date do you arrive"), "{out}");

    // "8000" is Aarhus; the result sends an EU citizen to ICS West for the
    // certificate, never to International House.
    let typed = "2\n3\n2\n1\n\n8000\n\n2\n1\n2\n2\n1\n";
    let out = String::from_utf8(plain("en", typed).stdout).expect("utf-8");
    assert!(out.contains("You chose: Aarhus."), "{out}");
    assert!(out.contains("ICS West in Aarhus"), "{out}");
    assert!(!out.contains("- International House Copenhagen"), "{out}");

    // Part of a name lists the matches, numbered; a number out of range is
    // refused with what is accepted; 0 is "I don't know yet".
    let out =
        String::from_utf8(plain("da", "2\n3\n2\n1\n\nfrederiks\n9\n0\n").stdout).expect("utf-8");
    assert!(out.contains("1. Frederiksberg\n"), "{out}");
    assert!(
        out.contains("Ikke godkendt: Skriv et af tallene fra 1 til 8."),
        "{out}"
    );
    assert!(out.contains("Du valgte: Det ved jeg ikke endnu."), "{out}");
    assert!(!out.contains("Du valgte: Frederiks"), "{out}");

    // Nothing like it: what was wrong and what is accepted.
    let out = String::from_utf8(plain("nb", "2\n3\n2\n1\n\natlantis\n").stdout).expect("utf-8");
    assert!(
        out.contains("Ingen postnumre, byer eller kommuner passer til «atlantis»"),
        "{out}"
    );
}

#[test]
fn a_list_of_municipalities_survives_a_language_change_and_one_match_is_taken() {
    let out =
        String::from_utf8(plain("en", "2\n3\n2\n1\n\n3500\nlang nb\n3\n").stdout).expect("utf-8");
    assert!(
        out.contains(
            "3500 Værløse ligger i 5 kommuner. Hvilken av dem skal du bo i?\n1. Ballerup\n"
        ),
        "{out}"
    );
    assert!(out.contains("3. Furesø\n"), "{out}");
    assert!(out.contains("Du valgte: Furesø."), "{out}");
    // The start of one municipality's name is enough.
    let out = String::from_utf8(plain("en", "2\n3\n2\n1\n\nlyngby-t\n").stdout).expect("utf-8");
    assert!(out.contains("You chose: Lyngby-Taarbæk."), "{out}");
    // A typo is suggested, not taken.
    let out = String::from_utf8(plain("en", "2\n3\n2\n1\n\naarhsu\n").stdout).expect("utf-8");
    assert!(
        out.contains("Did you mean one of these?\n1. Aarhus\n"),
        "{out}"
    );
    assert!(!out.contains("You chose"), "{out}");
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8")
}

#[test]
fn commands_work_in_every_language_whatever_language_is_shown() {
    // A Dane who switched to English can still type Danish words; any
    // case, spaces around.
    let o = plain("en", "2\n  TILBAGE \n");
    assert_eq!(
        out(&o).matches("Which describes you best?").count(),
        2,
        "{}",
        out(&o)
    );
    for restart in ["forfra", "Start på nytt", "restart", "start  over"] {
        let o = plain("en", &format!("2\n3\n{restart}\n"));
        assert_eq!(
            out(&o).matches("Which describes you best?").count(),
            2,
            "{restart}: {}",
            out(&o)
        );
    }
    for (typed, shown) in [
        ("sprog da", "Hvor længe skal du være i Danmark?"),
        ("språk NO", "Hvor lenge skal du være i Danmark?"),
        ("lang Dansk", "Hvor længe skal du være i Danmark?"),
        ("sprak nb", "Hvor lenge skal du være i Danmark?"),
    ] {
        let o = plain("en", &format!("2\n{typed}\n"));
        assert!(out(&o).contains(shown), "{typed}: {}", out(&o));
    }
    // Help lists the commands in the language shown, and then only the
    // prompt comes again, not the whole question.
    for (lang, typed, words) in [
        (
            "en",
            "help",
            &["back (", "restart (", "lang da", "quit", "save"][..],
        ),
        (
            "da",
            "hjælp",
            &["tilbage (", "forfra (", "sprog da", "afslut", "gem"][..],
        ),
        (
            "nb",
            "HJELP",
            &["tilbake (", "start på nytt", "språk da", "avslutt", "lagre"][..],
        ),
        ("da", "help", &["tilbage (", "afslut"][..]),
    ] {
        let o = plain(lang, &format!("{typed}\n"));
        let text = out(&o);
        let help = text.lines().filter(|l| l.contains(words[0])).count();
        assert_eq!(help, 2, "{lang} {typed}: the welcome and the help: {text}");
        for word in words {
            assert!(
                text.lines().nth(1).is_some_and(|l| l.contains(word)),
                "{lang}: {word}: {text}"
            );
        }
        assert_eq!(text.matches("1. ").count(), 1, "{lang}: asked once: {text}");
    }
    // quit ends at once, without a complaint: exit 0.
    for quit in ["quit", "afslut", "AVSLUTT", "exit"] {
        let o = plain("da", &format!("2\n{quit}\n3\n"));
        assert_eq!(o.status.code(), Some(0), "{quit}: {}", err(&o));
        assert!(err(&o).is_empty(), "{quit}: {}", err(&o));
        assert!(out(&o).contains("Spørgsmål 2 af"), "{quit}: {}", out(&o));
        assert!(!out(&o).contains("Spørgsmål 3 af"), "{quit}: {}", out(&o));
    }
}

#[test]
fn yes_no_questions_take_yes_and_no_in_any_language() {
    // EU, more than 6 months, then "do you come to look for work?".
    for (lang, typed, prompt) in [
        ("en", "no", "Type 1 or yes, 2 or no, and press Enter."),
        ("en", "NEJ", "Type 1 or yes, 2 or no, and press Enter."),
        ("da", "n", "Skriv 1 eller ja, 2 eller nej, og tryk Enter."),
        (
            "nb",
            "nei",
            "Skriv 1 eller ja, 2 eller nei, og trykk Enter.",
        ),
        ("nb", "2", "Skriv 1 eller ja, 2 eller nei, og trykk Enter."),
    ] {
        let text = out(&plain(lang, &format!("2\n3\n{typed}\n")));
        assert!(text.contains(prompt), "{lang}: {text}");
        // Answered "no": the ground of stay comes next (asked only of
        // those not looking for work), with no complaint.
        assert!(
            !text.contains("> Not accepted") && !text.contains("> Ikke god"),
            "{text}"
        );
        let ground = [
            "On what ground will you live in Denmark?",
            "På hvilket grundlag skal du bo i Danmark?",
            "På hvilket grunnlag skal du bo i Danmark?",
        ];
        assert!(
            ground.iter().any(|c| text.contains(c)),
            "{lang} {typed}: {text}"
        );
    }
    // "yes" and "no" answer the same question differently: the answers
    // show it on the result.
    let tax = |married: &str| out(&plain("en", &format!("4\n\n3\n2\n2027-04-01\n{married}\n")));
    assert!(tax("J").contains("6. Are you married? Yes"), "{}", tax("J"));
    assert!(tax("y").contains("6. Are you married? Yes"), "{}", tax("y"));
    assert!(
        tax("nei").contains("6. Are you married? No"),
        "{}",
        tax("nei")
    );
    // Anything else says what is accepted; then only the prompt.
    let text = out(&plain("en", "2\n3\nmaybe\n"));
    assert!(
        text.contains(
            "> Not accepted: Type 1 or yes, 2 or no.\nType 1 or yes, 2 or no, and press Enter.\n> "
        ),
        "{text}"
    );
    // A question whose options are not yes and no takes no yes.
    let text = out(&plain("en", "ja\n"));
    assert!(
        text.contains("Not accepted: Type one of the numbers from 1 to 5."),
        "{text}"
    );
}

#[test]
fn a_command_word_never_hides_a_place() {
    // "lang" is the start of Langeland, Langeskov and Langå: at the
    // municipality question it is a search ...
    let text = out(&plain("en", "2\n3\n2\n1\n\nLang\n"));
    assert!(text.contains("These municipalities fit “Lang”:"), "{text}");
    assert!(text.contains("1. Langeland\n"), "{text}");
    assert!(!text.contains("Type lang da"), "{text}");
    // ... and with a language after it, a change of language.
    let text = out(&plain("en", "2\n3\n2\n1\n\nlang da\n"));
    assert!(text.contains("Hvilken kommune skal du bo i?"), "{text}");
    // Elsewhere a bare "lang" says how it is used.
    let text = out(&plain("da", "lang\n"));
    assert!(
        text.contains("> Skriv sprog da, sprog en eller sprog nb.\nSkriv et tal fra 1 til 5"),
        "{text}"
    );
}

#[test]
fn input_that_ends_before_the_result_exits_1_and_says_so() {
    // Two answers, then the input ends: exit 1, and how much was left.
    let o = plain("en", "2\n3\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        err(&o),
        "cpr-guide: The input ended before the guide was finished. About 10 questions were left.\n"
    );
    // In the language shown at the end.
    let o = plain("en", "2\nsprog da\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).starts_with(
            "cpr-guide: Der kom ikke mere input, før guiden var færdig. Der manglede cirka "
        ),
        "{}",
        err(&o)
    );
    let o = plain("nb", "");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("Det gjensto omtrent 14 spørsmål."),
        "{}",
        err(&o)
    );
    // A list of municipalities shown, or a CPR number still to type, is
    // not finished either.
    for typed in ["2\n3\n2\n1\n\n3500\n", "2\n3\n2\n1\n1\n"] {
        assert_eq!(plain("en", typed).status.code(), Some(1), "{typed:?}");
    }
    // The result shown: finished, exit 0, nothing on standard error.
    let o = plain("en", "4\n\n3\n2\n2027-04-01\n2\n");
    assert_eq!(o.status.code(), Some(0));
    assert!(err(&o).is_empty(), "{}", err(&o));
    // A refused line at the result repeats only the reason and the prompt.
    let o = plain("en", "4\n\n3\n2\n2027-04-01\n2\n99\n");
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).ends_with("> Not accepted: Type one of the numbers from 1 to 6.\n> \n"),
        "{}",
        out(&o)
    );
    assert_eq!(out(&o).matches("Your result").count(), 1, "{}", out(&o));
}

/// The line mode in `dir`, with `home` as the home folder.
fn plain_in(dir: &std::path::Path, home: &std::path::Path, lang: &str, input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", lang, "--now", NOW])
        .current_dir(dir)
        .env("HOME", home)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes());
    child.wait_with_output().expect("wait")
}

#[test]
fn save_writes_the_result_where_asked_and_asks_before_replacing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = tempfile::tempdir().expect("home");
    let dir_path = dir.path().canonicalize().expect("dir");
    let home_path = home.path().canonicalize().expect("home");
    // EU with a CPR number typed at once, Copenhagen.
    let result = "2\n3\n2\n1\n070761-4285\ncopenhagen\n\n2\n2\n2\n1\n";
    let saves = "save result.txt\ngem resultat.md\nlagre \"svar.json\"\nsave ~/home.md\n";
    let o = plain_in(&dir_path, &home_path, "en", &format!("{result}{saves}"));
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    // Each save says the full path it wrote.
    for path in [
        dir_path.join("result.txt"),
        dir_path.join("resultat.md"),
        dir_path.join("svar.json"),
        home_path.join("home.md"),
    ] {
        assert!(
            text.contains(&format!("> Saved: {}\n", path.display())),
            "{}: {text}",
            path.display()
        );
        let saved = std::fs::read_to_string(&path).expect("saved");
        assert!(
            !saved.contains("4285") && !saved.contains("070761"),
            "a CPR number in {}: {saved}",
            path.display()
        );
    }
    let txt = std::fs::read_to_string(dir_path.join("result.txt")).expect("txt");
    assert!(txt.starts_with("CPR guide: Your result\n"), "{txt}");
    assert!(!txt.contains("- [ ]"), "{txt}");
    let md = std::fs::read_to_string(dir_path.join("resultat.md")).expect("md");
    assert!(md.starts_with("# CPR guide: Your result"), "{md}");
    assert!(md.contains("- [ ] "), "{md}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir_path.join("svar.json")).expect("json"))
            .expect("JSON");
    assert_eq!(json["answers"]["cpr"], "given");
    assert_eq!(json["language"], "en");

    // An existing file: asked first; "nej" keeps it, "ja" replaces it; the
    // input ending at the question keeps it too.
    let kept = dir_path.join("kept.md");
    std::fs::write(&kept, "mine\n").expect("write");
    let o = plain_in(
        &dir_path,
        &home_path,
        "da",
        &format!("{result}gem kept.md\nnej\ngem kept.md\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let asked = format!(
        "”{}” findes allerede. Vil du erstatte den? Skriv ja eller nej.\n> ",
        kept.display()
    );
    assert_eq!(out(&o).matches(&asked).count(), 2, "{}", out(&o));
    assert!(
        out(&o).contains(&format!("Ikke gemt. ”{}” er ikke ændret.", kept.display())),
        "{}",
        out(&o)
    );
    assert_eq!(std::fs::read_to_string(&kept).expect("read"), "mine\n");
    let o = plain_in(
        &dir_path,
        &home_path,
        "nb",
        &format!("{result}lagre kept.md\nJa\n"),
    );
    assert!(
        out(&o).contains(&format!("Lagret: {}", kept.display())),
        "{}",
        out(&o)
    );
    assert!(std::fs::read_to_string(&kept)
        .expect("read")
        .starts_with("# "));

    // What cannot be saved says why, in the language shown; nothing written.
    let o = plain_in(
        &dir_path,
        &home_path,
        "en",
        &format!("save early.md\n{result}save\nsave cal.ics\nsave notes.pdf\nsave missing/r.md\n"),
    );
    let text = out(&o);
    for says in [
        "You can save the result when it is shown.",
        "Type save and a file name, for example save result.md.",
        // No date of arrival given: no dated deadline for a calendar.
        "no deadline in your result has a date from today on",
        "the name must end in .md, .txt, .json or .ics.",
        "the folder does not exist.",
    ] {
        assert!(text.contains(says), "{says}: {text}");
    }
    for name in ["early.md", "cal.ics", "notes.pdf"] {
        assert!(!dir_path.join(name).exists(), "{name}");
    }
    // Not even a temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&dir_path)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_line_in_latin_1_is_read_not_refused() {
    use std::io::Write;
    // "Køge" from a terminal or file in Latin-1: ø is the byte F8.
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", "en", "--now", NOW])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"2\n3\n2\n1\n\nK\xf8ge\n\xff\n")
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    assert!(out(&o).contains("You chose: Køge."), "{}", out(&o));
    // Still running after a byte that is no text: refused as an answer.
    assert!(out(&o).contains("> Not accepted"), "{}", out(&o));
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
}

/// The sections' headings of a result, by the view's words.
fn headings(view: &cpr_guide::output::View) -> Vec<String> {
    let w = &view.words;
    [
        &w.deadlines,
        &w.later,
        &w.offices,
        &w.documents,
        &w.steps,
        &w.sources,
    ]
    .into_iter()
    .cloned()
    .collect()
}

#[test]
fn the_result_says_your_answers_once_in_the_order_the_terminal_ui_shows() {
    use crate::common::ui::{draw, keys, now};
    use crate::common::{catalog, content, TODAY};
    use cpr_guide::i18n::Lang;
    use cpr_guide::tui::app::App;
    // An EU citizen to Furesø, arriving 1 December 2026: dated deadlines
    // and a duty without a date, offices, documents, steps and sources.
    let tui_keys = "2321\nfuresø\n2026-12-01\n21221\n";
    let typed = "2\n3\n2\n1\n\nfuresø\n2026-12-01\n2\n1\n2\n2\n1\n";
    for (n, lang) in [Lang::Da, Lang::En, Lang::Nb].into_iter().enumerate() {
        let mut app = App::new(content(), catalog(), lang, TODAY, Some(now()));
        // The welcome screen's languages: Danish, English, Bokmål.
        keys(&mut app, &format!("{}{tui_keys}", n + 1));
        let view = app.result().expect("the result").clone();
        let screen = draw(&mut app, 80, 600);
        let in_tui: Vec<String> = headings(&view)
            .into_iter()
            .filter(|h| screen.contains(&h.to_uppercase()))
            .collect();
        assert_eq!(in_tui.len(), 6, "{lang:?}: every section shows\n{screen}");
        let tui_at = |h: &String| screen.find(&h.to_uppercase()).expect("shown");
        let mut tui_order = in_tui.clone();
        tui_order.sort_by_key(tui_at);

        let o = plain(lang.code(), typed);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let text = out(&o);
        let lines: Vec<&str> = text.lines().collect();
        let line_at = |h: &String| {
            lines
                .iter()
                .position(|l| l == h)
                .unwrap_or_else(|| panic!("{lang:?}: no heading {h}\n{text}"))
        };
        let mut line_order = in_tui.clone();
        line_order.sort_by_key(line_at);
        assert_eq!(line_order, tui_order, "{lang:?}\n{text}");

        // "Your answers" once: the numbered list to change them.
        let answers = &view.words.answers;
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with(answers.as_str()))
                .count(),
            1,
            "{lang:?}\n{text}"
        );
        assert_eq!(
            text.matches(answers.as_str()).count(),
            1,
            "{lang:?}\n{text}"
        );
    }
}

/// The Nordic citizen's lines (the first case), with `lines` typed at the
/// arrival date.
fn nordic_with(lines: &str) -> String {
    CASES[0].0.replace("2026-12-01", lines)
}

#[test]
fn a_date_with_its_month_written_out_is_read_in_every_language() {
    for (lang, written, digits) in [
        ("da", "1. december 2026", "1.12.2026"),
        ("da", "1. februar 2027", "1.2.2027"),
        ("da", "1. FEB. 2027", "1.2.2027"),
        ("en", "1 February 2027", "1.2.2027"),
        ("en", "1 feb 2027", "1.2.2027"),
        ("en", "1. feb. 2027", "1.2.2027"),
        ("en", "December 1, 2026", "1.12.2026"),
        ("nb", "1. februar 2027", "1.2.2027"),
        ("nb", "1. desember 2026", "1.12.2026"),
        ("nb", "1. des. 2026", "1.12.2026"),
        // Any language's months, whatever language is shown.
        ("en", "1. marts 2027", "1.3.2027"),
        ("da", "17. mai 2027", "17.5.2027"),
    ] {
        let typed = out(&plain(lang, &nordic_with(written)));
        let expected = out(&plain(lang, &nordic_with(digits)));
        assert_eq!(typed, expected, "{lang} {written}");
        let (d, m, y) = {
            let mut parts = digits.split('.').map(|p| p.parse::<i16>().expect("digits"));
            let mut next = || parts.next().expect("a part");
            (next(), next(), next())
        };
        let date = jiff::civil::date(y, i8::try_from(m).expect("m"), i8::try_from(d).expect("d"));
        let t =
            crate::common::catalog().lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
        assert!(
            typed.contains(&t.date_long(date)),
            "{lang} {written}\n{typed}"
        );
    }
}

#[test]
fn a_date_more_than_a_year_away_is_asked_about_first() {
    for (lang, no, yes, says) in [
        (
            "en",
            "n",
            "y",
            "You wrote 1 January 2030. That is more than a year from now. Is that right?\n\
             1. Yes, that is right\n\
             2. No, I will type it again\n\
             Type 1 or yes, 2 or no, and press Enter.\n> ",
        ),
        (
            "da",
            "nej",
            "ja",
            "Du skrev 1. januar 2030. Det er om mere end et år. Passer det?\n\
             1. Ja, det passer\n\
             2. Nej, jeg skriver den igen\n\
             Skriv 1 eller ja, 2 eller nej, og tryk Enter.\n> ",
        ),
        (
            "nb",
            "2",
            "1",
            "Du skrev 1. januar 2030. Det er om mer enn ett år. Stemmer det?\n\
             1. Ja, det stemmer\n\
             2. Nei, jeg skriver den på nytt\n\
             Skriv 1 eller ja, 2 eller nei, og trykk Enter.\n> ",
        ),
    ] {
        let t =
            crate::common::catalog().lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
        let date_prompt = format!(
            "{}\n{}\n> ",
            t.text("plain-prompt-date"),
            t.text("plain-prompt-skip")
        );
        // No: the date's prompt again, and the next date is taken.
        let text = out(&plain(
            lang,
            &nordic_with(&format!("1.1.2030\n{no}\n2026-12-01")),
        ));
        assert!(
            text.contains(&format!("{says}{date_prompt}")),
            "{lang}\n{text}"
        );
        assert!(
            text.contains(&guide_text(lang, CASES[0].1)),
            "{lang}\n{text}"
        );
        // Yes: taken as typed.
        let text = out(&plain(lang, &nordic_with(&format!("1.1.2030\n{yes}"))));
        assert!(text.contains(says), "{lang}\n{text}");
        let answers: Vec<&str> = CASES[0]
            .1
            .iter()
            .map(|a| match *a {
                "arrival=2026-12-01" => "arrival=2030-01-01",
                other => other,
            })
            .collect();
        assert!(text.contains(&guide_text(lang, &answers)), "{lang}\n{text}");
    }
    // Long ago too; anything but yes or no says so, then only the prompt.
    let text = out(&plain(
        "en",
        &nordic_with("1.1.2020\nmaybe\nback\n2026-12-01"),
    ));
    assert!(
        text.contains("You wrote 1 January 2020. That is more than a year ago. Is that right?"),
        "{text}"
    );
    assert!(
        text.contains(
            "> Not accepted: Type 1 or yes, 2 or no.\nType 1 or yes, 2 or no, and press Enter.\n> "
        ),
        "{text}"
    );
    assert_eq!(text.matches("Is that right?").count(), 1, "{text}");
    // back: the arrival question again, in full.
    assert_eq!(
        text.matches("If you have already arrived, give the date")
            .count(),
        2,
        "{text}"
    );
    assert!(text.contains(&guide_text("en", CASES[0].1)), "{text}");
    // A year from today, to the day, is taken at once.
    let text = out(&plain("en", &nordic_with("23.11.2027")));
    assert!(!text.contains("Is that right?"), "{text}");
}

#[test]
fn what_was_typed_is_shown_back_with_its_control_characters_visible() {
    // A search that finds nothing, and a file that cannot be saved, each
    // with a colour escape and a right-to-left override in it.
    let typed = "2\n3\n2\n1\n\n\u{1b}[31mzz\u{202e}q\n";
    let o = plain("en", typed);
    let shown = out(&o);
    assert!(!shown.contains(['\u{1b}', '\u{202e}']), "{shown:?}");
    assert!(
        shown.contains("No postcode, town or municipality matches “\\u{1b}[31mzz\\u{202e}q”"),
        "{shown}"
    );
    let typed = "4\n\n3\n2\n2027-04-01\nnej\nsave /nonexistent/\u{1b}]0;owned\u{7}.txt\n";
    let o = plain("en", typed);
    let shown = out(&o);
    assert!(!shown.contains(['\u{1b}', '\u{7}']), "{shown:?}");
    assert!(
        shown.contains("/nonexistent/\\u{1b}]0;owned\\u{7}.txt"),
        "{shown}"
    );
}

/// The peak memory (VmHWM) of a running process, in kB.
fn peak_memory_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

#[test]
fn an_over_long_line_is_refused_in_bounded_memory_and_asked_again() {
    use std::io::{BufRead, BufReader, Write};
    const LONG: usize = 64 * 1024 * 1024;
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", "en", "--now", NOW])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // The line, written while its answer is read: 64 MB of digits.
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'1'; 1 << 20];
        for _ in 0..LONG / chunk.len() {
            stdin.write_all(&chunk).expect("write");
        }
        stdin.write_all(b"\n2\n").expect("write");
        stdin
    });
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut shown = String::new();
    // Up to the question after the refused line: the rest of it was
    // thrown away, the next line ("2") answers the same question.
    while !shown.contains("Question 2 of") {
        let mut line = String::new();
        assert!(out.read_line(&mut line).expect("read") > 0, "{shown}");
        shown.push_str(&line);
    }
    // Still running, waiting for the next answer: its peak memory is
    // far below the line's 64 MB (a buffer of a few kB; the rest is the
    // program itself).
    let peak = peak_memory_kb(child.id());
    let stdin = writer.join().expect("writer");
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("rest");
    let o = child.wait_with_output().expect("wait");
    assert!(peak < 32 * 1024, "peak {peak} kB");
    assert!(
        shown.contains(
            "> The line is too long. Type at most 1000 characters: a number, a date, a postcode or a name.\nType a number from 1 to 5"
        ),
        "{shown}"
    );
    assert!(shown.contains("Question 2 of"), "{shown}");
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
}

/// A reader of `len` bytes of `1` and then a line "2", handing out the same
/// small buffer again and again: 50 MB without holding them.
struct Endless {
    chunk: Vec<u8>,
    left: usize,
    tail: &'static [u8],
}

impl std::io::Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let view = self.fill_buf_view();
        let n = view.len().min(buf.len());
        buf[..n].copy_from_slice(&view[..n]);
        std::io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl Endless {
    fn fill_buf_view(&self) -> &[u8] {
        if self.left > 0 {
            &self.chunk[..self.left.min(self.chunk.len())]
        } else {
            self.tail
        }
    }
}

impl std::io::BufRead for Endless {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Ok(self.fill_buf_view())
    }

    fn consume(&mut self, n: usize) {
        if self.left > 0 {
            self.left -= n.min(self.left);
        } else {
            self.tail = &self.tail[n.min(self.tail.len())..];
        }
    }
}

#[test]
fn the_line_reader_throws_an_over_long_line_away_without_keeping_it() {
    use cpr_guide::lines::{read_line, Line, LINE_MAX};
    let mut input = Endless {
        chunk: vec![b'1'; 8192],
        left: 50 * 1024 * 1024,
        tail: b"\n2\n",
    };
    assert_eq!(read_line(&mut input).expect("read"), Line::TooLong);
    assert_eq!(input.left, 0, "read to the end of the line");
    match read_line(&mut input).expect("read") {
        // The next line, in a buffer of a few kB at most.
        Line::Text(line) => {
            assert_eq!(line.as_slice(), b"2");
            assert!(line.capacity() <= 4 * LINE_MAX, "{}", line.capacity());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(read_line(&mut input).expect("read"), Line::End);
}
