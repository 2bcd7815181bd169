//! The shipped content passes lint; every locale has every message; broken
//! content is refused with the file and line of each problem.

use crate::common::{catalog, content, TODAY};
use cpr_guide::content::{embedded_sources, load_sources, ContentError, SourceFile};
use cpr_guide::i18n::{Catalog, Lang};
use cpr_guide::lint::{lint, Severity};
use std::collections::BTreeSet;

#[test]
fn shipped_content_passes_lint_without_warnings() {
    let content = content();
    let report = lint(content, catalog(), TODAY);
    let shown: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.error.to_string())
        .collect();
    assert!(report.findings.is_empty(), "{shown:#?}");
    assert!(report.paths > 100);
}

#[test]
fn every_locale_has_every_message() {
    let catalog = catalog();
    assert_eq!(catalog.missing(), Vec::<(Lang, String)>::new());
    assert!(catalog.ids(Lang::En).len() > 200);
}

/// Message IDs the Rust code names literally, plus those it builds from the
/// kinds of problems and errors it can report.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let prefixes = [
        "ui-", "err-", "warn-", "cli-", "cpr-", "lint-", "weekday-", "plain-", "save-", "log-",
    ];
    // Every module, the front ends (TUI, line mode, command line) included;
    // the core's error kinds (e.g. "cpr-empty") are message suffixes,
    // checked below by kind, and keys built by `crate::keys` below too.
    let root = env!("CARGO_MANIFEST_DIR");
    let mut stack = vec![
        std::path::Path::new(root).join("src"),
        std::path::Path::new(root).join("crates/core/src"),
    ];
    while let Some(dir) = stack.pop() {
        let entries: Vec<std::path::PathBuf> = if dir.is_dir() {
            std::fs::read_dir(&dir)
                .expect("src readable")
                .map(|e| e.expect("entry").path())
                .collect()
        } else {
            vec![dir.clone()]
        };
        for path in entries {
            // The engine names error kinds, not messages (see below).
            if path.ends_with("engine") || path.ends_with("cpr.rs") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source text");
            for piece in text.split('"').skip(1).step_by(2) {
                let is_id = piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id
                    && piece != "cpr-guide"
                    && prefixes
                        .iter()
                        .any(|p| piece.starts_with(p) && piece.len() > p.len())
                {
                    ids.insert(piece.to_string());
                }
            }
            // Problem kinds become `content-<kind>` messages.
            for part in text.split("Problem::new(\"").skip(1) {
                if let Some(kind) = part.split('"').next() {
                    ids.insert(format!("content-{kind}"));
                }
            }
            for part in text
                .split("((\"hours-")
                .skip(1)
                .chain(text.split("Err((\"hours-").skip(1))
            {
                if let Some(kind) = part.split('"').next() {
                    ids.insert(format!("content-hours-{kind}"));
                }
            }
        }
    }
    ids.insert("date-long".to_string());
    for month in 1..=12 {
        ids.insert(format!("month-{month}"));
    }
    ids
}

/// The strings the first `fn kind` or `fn id` after `anchor` in `file`
/// returns from its match arms (`Variant => "kind"`).
fn arm_strings(file: &str, anchor: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).expect("source");
    let after = &text[text.find(anchor).expect("anchor")..];
    let start = ["fn kind(", "fn id("]
        .iter()
        .filter_map(|f| after.find(f))
        .min()
        .expect("a kind or id function");
    let body = &after[start..];
    // The function ends at the first line that closes it at its indent.
    let end = body.find("\n    }\n").unwrap_or(body.len());
    let arms: Vec<String> = body[..end]
        .split("=> \"")
        .skip(1)
        .filter_map(|part| part.split('"').next().map(str::to_string))
        .collect();
    assert!(arms.len() >= 3, "{file} {anchor}: {arms:?}");
    arms
}

#[test]
fn every_message_the_code_uses_exists_in_all_languages() {
    let mut ids = ids_used_in_code();
    // Every variant's kind, read from the code's own match arms (a
    // variant added there is checked here without a list kept by hand).
    for kind in arm_strings("crates/core/src/engine/answers.rs", "impl AnswerError") {
        ids.insert(format!("err-answer-{kind}"));
    }
    use cpr_guide::keys;
    for kind in arm_strings("crates/core/src/output/export.rs", "impl ExportError") {
        ids.insert(keys::export_error(&kind));
    }
    for kind in arm_strings("crates/core/src/content/model.rs", "impl DeadlineKind") {
        ids.insert(keys::deadline_kind(&kind));
    }
    for day in arm_strings("crates/core/src/calendar/holidays.rs", "impl ClosingDay") {
        ids.insert(keys::closing_day(&day));
    }
    for holiday in arm_strings("crates/core/src/calendar/holidays.rs", "impl Holiday") {
        ids.insert(keys::holiday(&holiday));
    }
    for lang in Lang::ALL {
        ids.insert(keys::language(lang.code()));
    }
    let catalog = catalog();
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        missing.extend(
            ids.iter()
                .filter(|id| !catalog.has(lang, id))
                .map(|id| (lang, id.clone())),
        );
    }
    assert!(missing.is_empty(), "{missing:?}");
    assert!(ids.len() > 80, "the scan found only {} IDs", ids.len());
}

/// The shipped files with `find` replaced by `replace` in `file`.
fn edited(file: &str, find: &str, replace: &str) -> Vec<SourceFile> {
    let mut files = embedded_sources().yaml;
    let target = files
        .iter_mut()
        .find(|f| f.name.rsplit('/').next() == Some(file))
        .expect("file exists");
    assert!(target.text.contains(find), "{find:?} not in {file}");
    target.text = target.text.replacen(find, replace, 1);
    files
}

/// Loads edited content and returns its errors (the edit must break it).
fn errors_of(file: &str, find: &str, replace: &str) -> Vec<ContentError> {
    load_sources(&edited(file, find, replace)).expect_err("broken content is refused")
}

/// The 1-based line of the first line holding `needle` in the edited file.
fn line_of(file: &str, find: &str, replace: &str, needle: &str) -> usize {
    let files = edited(file, find, replace);
    let text = &files
        .iter()
        .find(|f| f.name.rsplit('/').next() == Some(file))
        .expect("file")
        .text;
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle present")
        + 1
}

fn assert_error(file: &str, find: &str, replace: &str, kind: &str, needle: &str) {
    let errors = errors_of(file, find, replace);
    let want_line = line_of(file, find, replace, needle);
    assert!(
        errors.iter().any(|e| e.problem.kind == kind
            && e.file.rsplit('/').next() == Some(file)
            && e.line == Some(want_line)),
        "want {kind} at {file}:{want_line}, got {:#?}",
        errors.iter().map(ToString::to_string).collect::<Vec<_>>()
    );
}

#[test]
fn yaml_syntax_and_unknown_fields_name_file_and_line() {
    assert_error(
        "interview.yaml",
        "    optional: true\n    not_after_today",
        "    optionel: true\n    not_after_today",
        "yaml",
        "optionel",
    );
    assert_error(
        "offices.yaml",
        "    web: https://www.nyidanmark.dk",
        "    web: [unclosed",
        "yaml",
        "unclosed",
    );
}

#[test]
fn meaning_errors_name_file_and_line() {
    assert_error(
        "interview.yaml",
        "ask_when: { situation: [nordic, eu, non-eu] }",
        "ask_when: { situation: [nordic, martian, non-eu] }",
        "unknown-option",
        "martian",
    );
    assert_error(
        "interview.yaml",
        "  - id: stay\n",
        "  - id: situation # again\n",
        "duplicate-id",
        "# again",
    );
    assert_error(
        "furesoe.yaml",
        "    office: borgerservice-vaerloese",
        "    office: atlantis",
        "unknown-office",
        "atlantis",
    );
    assert_error(
        "offices.yaml",
        "      wed: \"11:00-17:00\"",
        "      wed: \"17:00-11:00\"",
        "hours-order",
        "17:00-11:00",
    );
    assert_error(
        "offices.yaml",
        "      wed: \"11:00-17:00\"",
        "      wednesday: \"11:00-17:00\"",
        "hours-day",
        "wednesday",
    );
    assert_error(
        "guidance.yaml",
        "    when: { outcome: tax-number }\n    source: [skat-04-063, lid-tax-card-apply]",
        "    when: { outcome: taxes }\n    source: [skat-04-063, lid-tax-card-apply]",
        "unknown-outcome",
        "taxes",
    );
    assert_error(
        "guidance.yaml",
        "source: [lid-ics-overview, skat-tax-number]",
        "source: [wikipedia, skat-tax-number]",
        "unknown-source",
        "wikipedia",
    );
    assert_error(
        "guidance.yaml",
        "        days: 5",
        "        days: 5\n        months: 1",
        "one-offset",
        "from: arrival",
    );
    assert_error(
        "offices.yaml",
        "      fri: \"09:00-14:00\"\n",
        "      fri: \"09:00-14:00\"\n    closures:\n      - yearly: 02-30\n",
        "bad-month-day",
        "02-30",
    );
    assert_error(
        "offices.yaml",
        "      fri: \"09:00-14:00\"\n",
        "      fri: \"09:00-14:00\"\n    open_on: [christmas]\n",
        "unknown-closing-day",
        "open_on: [christmas]",
    );
    assert_error(
        "offices.yaml",
        "      fri: \"09:00-14:00\"\n",
        "      fri: \"09:00-14:00\"\n    closures:\n      - { yearly: 12-24, date: 2026-12-24 }\n",
        "closure-shape",
        "{ yearly: 12-24, date",
    );
}

#[test]
fn cycles_and_forward_references_are_refused() {
    // A named condition that refers to itself.
    assert_error(
        "interview.yaml",
        "      outcome: [register, register-optional, child-moving]",
        "      outcome: [register, register-optional, child-moving]\n      is: registering",
        "condition-cycle",
        "- id: registering",
    );
    // A question that depends on a question asked after it.
    assert_error(
        "interview.yaml",
        "ask_when: { situation: [nordic, eu, non-eu] }",
        "ask_when: { situation: [nordic, eu, non-eu], married: \"yes\" }",
        "ask-when-order",
        "married: \"yes\" }",
    );
    // Outcome conditions cannot decide what is asked.
    assert_error(
        "interview.yaml",
        "ask_when: { situation: [nordic, eu, non-eu] }",
        "ask_when: { outcome: register }",
        "outcome-not-allowed",
        "ask_when: { outcome: register }",
    );
}

fn lint_edited(file: &str, find: &str, replace: &str) -> Vec<(Severity, String)> {
    let content = load_sources(&edited(file, find, replace)).expect("still loads");
    lint(&content, catalog(), TODAY)
        .findings
        .into_iter()
        .map(|f| (f.severity, f.error.to_string()))
        .collect()
}

#[test]
fn lint_finds_unreachable_questions_dead_ends_and_missing_messages() {
    let unreachable = lint_edited(
        "interview.yaml",
        "ask_when: { situation: child-abroad }",
        "ask_when: { situation: child-abroad, is: moving-registers }",
    );
    assert!(
        unreachable
            .iter()
            .any(|(s, e)| *s == Severity::Error
                && e.contains("unreachable-question id=child-moving")),
        "{unreachable:#?}"
    );

    let dead_end = lint_edited(
        "interview.yaml",
        "    when: { situation: child-abroad }\n    source: [seed-004]\n",
        "    when: { situation: child-abroad, baptism: \"no\" }\n    source: [seed-004]\n",
    );
    // child-no-number now needs baptism = no, which a child moving never answers.
    assert!(
        dead_end.iter().all(|(_, e)| !e.contains("dead-end"))
            || dead_end.iter().any(|(s, _)| *s == Severity::Error)
    );

    let no_fallback = lint_edited("interview.yaml", "  - id: child-no-number\n    when: { situation: child-abroad }\n", "  - id: child-no-number\n    when: { situation: child-abroad, child-moving: \"yes\", baptism: \"no\" }\n");
    assert!(
        no_fallback
            .iter()
            .any(|(s, e)| *s == Severity::Error && e.contains("dead-end")),
        "{no_fallback:#?}"
    );

    let new_step = lint_edited(
        "guidance.yaml",
        "\nsteps:\n",
        "\nsteps:\n  - id: brand-new\n    when: { outcome: register }\n    source: [seed-000]\n",
    );
    let missing: Vec<_> = new_step
        .iter()
        .filter(|(_, e)| e.contains("missing-message id=step-brand-new"))
        .collect();
    assert_eq!(missing.len(), 3, "{new_step:#?}");
    assert!(
        missing.iter().all(|(_, e)| e.contains("guidance.yaml:")),
        "{missing:#?}"
    );

    let stale = lint_edited(
        "sources.yaml",
        "    file: seeds/004_9b3b5081cfe73809.txt\n    url: https://www.norden.org/no/info-norden/dansk-personnummer\n    checked: 2026-12-04",
        "    file: seeds/004_9b3b5081cfe73809.txt\n    url: https://www.norden.org/no/info-norden/dansk-personnummer\n    checked: 2025-11-01",
    );
    assert!(
        stale
            .iter()
            .any(|(s, e)| *s == Severity::Warning && e.contains("stale-source id=seed-004")),
        "{stale:#?}"
    );
}

#[test]
fn a_message_missing_in_one_language_points_at_where_others_define_it() {
    let mut files = embedded_sources().ftl;
    let (_, file) = files
        .iter_mut()
        .find(|(l, f)| l == "nb" && f.name.ends_with("ui.ftl"))
        .expect("nb ui");
    file.text = file
        .text
        .lines()
        .filter(|l| !l.starts_with("ui-today ="))
        .collect::<Vec<_>>()
        .join("\n");
    let catalog = Catalog::new(&files).expect("still valid");
    let report = lint(content(), &catalog, TODAY);
    let found: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.error.to_string())
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains("missing-message id=ui-today lang=nb"),
        "{found:#?}"
    );
    let da_ui = embedded_sources()
        .ftl
        .into_iter()
        .find(|(l, f)| l == "da" && f.name.ends_with("ui.ftl"))
        .expect("da ui")
        .1;
    let line = da_ui
        .text
        .lines()
        .position(|l| l.starts_with("ui-today ="))
        .expect("defined")
        + 1;
    assert!(
        found[0].starts_with(&format!("locales/da/ui.ftl:{line}:")),
        "{found:#?}"
    );
}

#[test]
fn broken_translations_name_file_and_line() {
    let mut files = embedded_sources().ftl;
    let (_, file) = files
        .iter_mut()
        .find(|(l, f)| l == "da" && f.name.ends_with("ui.ftl"))
        .expect("da ui");
    file.text.push_str("\nbroken = { $unclosed\n");
    let lines = file.text.lines().count();
    let errors = Catalog::new(&files).err().expect("refused");
    assert!(
        errors.iter().any(|e| e.problem.kind == "ftl-syntax"
            && e.file.ends_with("da/ui.ftl")
            && e.line.is_some_and(|l| l + 1 >= lines)),
        "{errors:#?}"
    );
}

#[test]
fn a_message_defined_twice_is_named_where_it_is_defined_again() {
    let mut files = embedded_sources().ftl;
    let (_, file) = files
        .iter_mut()
        .find(|(l, f)| l == "nb" && f.name.ends_with("guidance.ftl"))
        .expect("nb guidance");
    file.text.push_str("\noffice-ihcph = Igjen\n");
    let last = file.text.lines().count();
    let errors = Catalog::new(&files).err().expect("refused");
    assert!(
        errors.iter().any(|e| e.problem.kind == "ftl-duplicate"
            && e.file.ends_with("nb/guidance.ftl")
            && e.line == Some(last)),
        "{errors:#?}"
    );
}

/// The shipped translations with `edit` applied to `lang`'s file ending in `name`.
fn ftl_edited(lang: &str, name: &str, edit: impl Fn(&str) -> String) -> Vec<(String, SourceFile)> {
    let mut files = embedded_sources().ftl;
    let (_, file) = files
        .iter_mut()
        .find(|(l, f)| l == lang && f.name.ends_with(name))
        .expect("file exists");
    file.text = edit(&file.text);
    files
}

#[test]
fn a_message_that_refers_to_itself_alone_or_in_a_circle_is_refused() {
    // Itself: the UI would show `{ui-welcome}`.
    let files = ftl_edited("en", "ui.ftl", |text| {
        text.replacen("ui-welcome =", "ui-welcome = { ui-welcome }", 1)
    });
    let en_ui = &files
        .iter()
        .find(|(l, f)| l == "en" && f.name.ends_with("ui.ftl"))
        .expect("en ui")
        .1
        .text;
    let line = en_ui
        .lines()
        .position(|l| l.starts_with("ui-welcome ="))
        .expect("defined")
        + 1;
    let errors = Catalog::new(&files).err().expect("refused");
    assert!(
        errors.iter().any(|e| e.problem.kind == "ftl-cycle"
            && e.file.ends_with("en/ui.ftl")
            && e.line == Some(line)
            && e.to_string().contains("ui-welcome → ui-welcome")),
        "{errors:#?}"
    );
    // A circle through another message and an attribute.
    let files = ftl_edited("nb", "guidance.ftl", |text| {
        format!(
            "{text}
cycle-a = A {{ cycle-b }}
cycle-b = B {{ cycle-c.title }}
cycle-c = C
    .title = T {{ cycle-a }}
"
        )
    });
    let errors = Catalog::new(&files).err().expect("refused");
    let cycles: Vec<String> = errors
        .iter()
        .filter(|e| e.problem.kind == "ftl-cycle")
        .map(ToString::to_string)
        .collect();
    assert_eq!(cycles.len(), 1, "{cycles:#?}");
    assert!(
        cycles[0].contains("nb/guidance.ftl:")
            && cycles[0].contains("cycle-a → cycle-b → cycle-c.title → cycle-a"),
        "{cycles:#?}"
    );
    // A message showing its own attribute, or another message twice, is no circle.
    let files = ftl_edited("da", "guidance.ftl", |text| {
        format!(
            "{text}
fine-a = {{ fine-a.title }} {{ fine-b }} {{ fine-b }}
    .title = T
fine-b = B
"
        )
    });
    let errors = Catalog::new(&files).err().unwrap_or_default();
    assert!(
        errors.iter().all(|e| e.problem.kind != "ftl-cycle"),
        "{errors:#?}"
    );
}

#[test]
fn isolation_marks_never_reach_output() {
    let catalog = catalog();
    for lang in Lang::ALL {
        let t = catalog.lang(lang);
        let text = t.text_with(
            "err-missing-answer",
            &cpr_guide::i18n::args([("id", "x".into()), ("question", "y".into())]),
        );
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert!(text.contains('x') && text.contains('y'));
    }
}

/// A result whose words hold what no content may hold (as if it had got
/// past the checks): every text rendering removes it, one sanitiser for
/// all ([`cpr_guide::text::strip_controls`]).
#[test]
fn every_text_rendering_removes_control_characters_and_escape_sequences() {
    use cpr_guide::engine::{Answers, Interview};
    use cpr_guide::output::{build_view, office_text, render_for, ViewOptions};
    let content = content();
    let interview = Interview::new(content, TODAY);
    let mut answers = Answers::new();
    for (id, value) in crate::cli::SITUATIONS[0]
        .1
        .iter()
        .filter_map(|a| a.split_once('='))
    {
        let (q, _) = content.question(id).expect("question");
        interview.answer(&mut answers, q, value).expect("answer");
    }
    // The questions left are optional (a CPR number): skipped.
    while let cpr_guide::engine::Next::Ask(q) = interview.walk(&answers).next {
        answers.set(q, cpr_guide::engine::Answer::Skipped);
    }
    let guidance = interview.guidance(&answers).expect("complete");
    let t = catalog().lang(Lang::En);
    let mut view = build_view(&interview, &guidance, &t, ViewOptions::default());
    let hostile = |text: &str| format!("\u{1b}[31m{text}\u{1b}]0;owned\u{7}\u{202e}\u{9b}2J");
    view.summary = hostile("Summary");
    view.words.title = hostile("Title");
    let office = view.offices.first_mut().expect("an office");
    office.name = hostile("Office");
    office.address.push(hostile("Street"));
    office.notes.push(hostile("Note"));
    let deadline = view
        .deadlines
        .iter_mut()
        .find(|d| d.date.is_some_and(|date| date >= TODAY))
        .expect("a dated deadline");
    deadline.title = hostile("Deadline");
    deadline.calendar_title = hostile("Deadline");
    deadline.notes.push(hostile("Remember"));
    view.documents.first_mut().expect("a document").name = hostile("Passport");
    let clean = |what: &str, text: &str, words: &[&str]| {
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && c != '\r' && c != '\t' && c.is_control()),
            "{what}: {text:?}"
        );
        assert!(!text.contains(['\u{202e}']), "{what}: {text:?}");
        assert!(
            !text.contains("owned") && !text.contains("2J"),
            "{what}: {text:?}"
        );
        for word in words {
            assert!(text.contains(word), "{what}: {word} in {text:?}");
        }
    };
    let all = [
        "Summary", "Office", "Street", "Deadline", "Remember", "Passport",
    ];
    for name in ["r.txt", "r.md"] {
        let text = render_for(&view, std::path::Path::new(name)).expect("rendered");
        clean(name, &text, &all);
    }
    let ics = render_for(&view, std::path::Path::new("r.ics")).expect("rendered");
    clean("ics", &ics, &["Deadline", "Remember", "Office"]);
    let office = &view.offices[0];
    clean(
        "office",
        &office_text(office, &view.words, ""),
        &["Street", "Note"],
    );
    // The kiosk prints what `render_text` gives.
    clean("print", &cpr_guide::output::render_text(&view), &all);
    // JSON keeps the text, escaped.
    let json = render_for(&view, std::path::Path::new("r.json")).expect("rendered");
    assert!(json.contains("\\u001b[31mSummary"), "{json}");
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let catalog = catalog();
    let day = jiff::civil::date(2026, 12, 6);
    assert_eq!(
        catalog.lang(Lang::Da).date_long(day),
        "søndag den 6. december 2026"
    );
    assert_eq!(
        catalog.lang(Lang::Nb).date_long(day),
        "søndag 6. desember 2026"
    );
    assert_eq!(
        catalog.lang(Lang::En).date_long(day),
        "Sunday 6 December 2026"
    );
}

#[test]
fn language_comes_from_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        }
    };
    assert_eq!(Lang::from_env(env(&[("LANG", "da_DK.UTF-8")])), Lang::Da);
    assert_eq!(Lang::from_env(env(&[("LANG", "nb_NO.UTF-8")])), Lang::Nb);
    assert_eq!(Lang::from_env(env(&[("LANG", "nn_NO")])), Lang::Nb);
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", "da_DK"), ("LANG", "en_GB")])),
        Lang::Da
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "nb_NO")])),
        Lang::Nb
    );
    assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_env(env(&[])), Lang::En);
}

#[test]
fn a_malformed_id_is_called_malformed_not_defined_twice() {
    for (file, find, replace, id) in [
        (
            "guidance.yaml",
            "  - id: passport\n",
            "  - id: Passport\n",
            "Passport",
        ),
        (
            "guidance.yaml",
            "  - id: report-move\n",
            "  - id: report_move\n",
            "report_move",
        ),
        (
            "guidance.yaml",
            "  - id: mailbox\n",
            "  - id: Mailbox\n",
            "Mailbox",
        ),
    ] {
        let errors = errors_of(file, find, replace);
        let kinds: Vec<&str> = errors
            .iter()
            .filter(|e| e.problem.args.iter().any(|(_, v)| v == id))
            .map(|e| e.problem.kind)
            .collect();
        assert_eq!(kinds, ["bad-id"], "{id}: {errors:#?}");
    }
}

#[test]
fn office_of_in_a_municipalitys_also_is_refused_not_followed_forever() {
    // One line changed: Furesø's extra office becomes "the office of the
    // chosen municipality", which would lead back to Furesø itself.
    assert_error(
        "furesoe.yaml",
        "      - office: ihcph\n        role: register-alternative",
        "      - office_of: municipality\n        role: register-alternative",
        "office-of-in-also",
        "office_of: municipality",
    );
}

#[test]
fn national_data_errors_name_file_and_line() {
    // Postcodes of a municipality that does not exist.
    assert_error(
        "postcodes.yaml",
        "  - { municipality: aarhus, postcodes: \"8000 Aarhus C,",
        "  - { municipality: atlantis, postcodes: \"8000 Aarhus C,",
        "unknown-municipality",
        "atlantis",
    );
    // A postcode that is not four digits and a town.
    assert_error(
        "postcodes.yaml",
        "  - { municipality: aarhus, postcodes: \"8000 Aarhus C,",
        "  - { municipality: aarhus, postcodes: \"800 Aarhus C,",
        "bad-postcode",
        "800 Aarhus C",
    );
    // A postcode with two towns.
    assert_error(
        "postcodes.yaml",
        "  - { municipality: aarhus, postcodes: \"8000 Aarhus C,",
        "  - { municipality: aarhus, postcodes: \"6200 Aarhus C, 8000 Aarhus C,",
        "postcode-town-differs",
        "6200 Aarhus C",
    );
    // Roles route by ICS centre: a municipality without one cannot load.
    assert_error(
        "aarhus.yaml",
        "    office: ics-west\n    ics: ics-west\n",
        "    office: ics-west\n",
        "municipality-no-ics",
        "id: aarhus",
    );
    // The second municipality with a code is the one named.
    // The second municipality with a code is the one named: Aarhus's file
    // comes after Aalborg's.
    let errors = errors_of("aarhus.yaml", "    code: 751\n", "    code: 851\n");
    let line = line_of(
        "aarhus.yaml",
        "    code: 751\n",
        "    code: 851\n",
        "code: 851",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.problem.kind == "duplicate-municipality-code"
                && e.line == Some(line)
                && e.file.ends_with("aarhus.yaml")),
        "{errors:#?}"
    );
    assert_error(
        "aarhus.yaml",
        "    region: midtjylland\n    office: ics-west",
        "    region: jylland\n    office: ics-west",
        "unknown-region",
        "region: jylland",
    );
    assert_error(
        "guidance.yaml",
        "  - ics_of: municipality\n",
        "  - ics_of: situation\n",
        "office-of-not-municipality",
        "ics_of: situation",
    );
}

#[test]
fn a_municipality_without_postcodes_is_a_lint_warning() {
    // With its postcodes, no warning; without them, Samsø cannot be found.
    let shipped = lint(content(), catalog(), TODAY);
    assert!(!shipped
        .findings
        .iter()
        .any(|f| f.error.problem.kind == "municipality-no-postcode"));
    let findings = lint_edited(
        "postcodes.yaml",
        "  - { municipality: samsoe, postcodes: \"8305 Samsø\" }\n",
        "",
    );
    assert!(
        findings
            .iter()
            .any(|(_, e)| e.contains("municipality-no-postcode id=samsoe")),
        "{findings:#?}"
    );
}

#[test]
fn lint_stays_polynomial_in_questions_only_results_test() {
    // Twelve yes/no questions, each asked of everyone who registers and
    // each showing a document of its own: 4,096 combinations, but lint
    // walks the interview no more often, and still finds every document.
    let shipped = lint(content(), catalog(), TODAY).paths;
    let mut files = embedded_sources().yaml;
    let mut questions = String::from("questions:\n");
    let mut documents = String::from("documents:\n");
    let mut messages = String::new();
    for i in 0..12 {
        questions.push_str(&format!(
            "  - id: extra-{i}\n    kind: choice\n    options: [\"yes\", \"no\"]\n    ask_when: {{ is: registers-address }}\n    source: [seed-000]\n"
        ));
        documents.push_str(&format!(
            "  - id: extra-doc-{i}\n    step: register\n    when: {{ extra-{i}: \"yes\", extra-{}: \"no\" }}\n    source: [seed-000]\n",
            (i + 1) % 12
        ));
        messages.push_str(&format!(
            "q-extra-{i} = Extra {i}?\nopt-extra-{i}-yes = Yes\nopt-extra-{i}-no = No\ndoc-extra-doc-{i} = Extra document {i}\n"
        ));
    }
    let extra = SourceFile {
        name: "content/zz-extra.yaml".into(),
        text: format!("{questions}\n{documents}"),
    };
    files.push(extra);
    let content = load_sources(&files).unwrap_or_else(|e| panic!("{e:#?}"));
    let mut ftl = embedded_sources().ftl;
    for lang in ["da", "en", "nb"] {
        ftl.push((
            lang.to_string(),
            SourceFile {
                name: format!("locales/{lang}/zz-extra.ftl"),
                text: messages.clone(),
            },
        ));
    }
    let catalog = Catalog::new(&ftl).unwrap_or_else(|e| panic!("{e:#?}"));
    let report = lint(&content, &catalog, TODAY);
    let unused: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.error.to_string())
        .filter(|e| e.contains("extra"))
        .collect();
    assert!(unused.is_empty(), "{unused:#?}");
    assert_eq!(report.errors(), 0, "{:#?}", report.findings);
    assert_eq!(report.paths, shipped, "twelve questions add no paths");
}

#[test]
fn content_nested_absurdly_deep_is_refused_at_once() {
    // YAML 200,000 lists deep: refused with file and line, not parsed for minutes.
    let mut files = embedded_sources().yaml;
    files.push(SourceFile {
        name: "content/zz-deep.yaml".into(),
        text: format!("steps:\n  - when: {}\n", "[".repeat(200_000)),
    });
    let errors = load_sources(&files).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.problem.kind == "yaml-too-deep" && e.line == Some(2)),
        "{errors:#?}"
    );
    // A translation with placeables 30,000 deep: refused, not a stack overflow.
    let mut ftl = embedded_sources().ftl;
    ftl.push((
        "en".into(),
        SourceFile {
            name: "locales/en/zz-deep.ftl".into(),
            text: format!("deep = {}x{}\n", "{ ".repeat(30_000), " }".repeat(30_000)),
        },
    ));
    let errors = Catalog::new(&ftl).err().expect("refused");
    assert!(
        errors.iter().any(|e| e.problem.kind == "ftl-too-deep"),
        "{errors:#?}"
    );
}

#[test]
fn named_conditions_that_blow_up_are_refused_at_once() {
    let with = |named: String| {
        let mut files = embedded_sources().yaml;
        files.push(SourceFile {
            name: "content/zz-named.yaml".into(),
            text: format!("conditions:\n{named}"),
        });
        load_sources(&files).expect_err("refused")
    };
    // Each names the next twice: 2^40 steps to evaluate the first.
    let mut doubling = String::new();
    for i in 0..40 {
        doubling.push_str(&format!(
            "  - id: d{i}\n    when: {{ any: [{{ is: d{next} }}, {{ is: d{next} }}] }}\n",
            next = i + 1
        ));
    }
    doubling.push_str("  - id: d40\n    when: { situation: eu }\n");
    let errors = with(doubling);
    assert!(
        errors
            .iter()
            .any(|e| e.problem.kind == "condition-too-large"),
        "{errors:#?}"
    );
    // A chain 40,000 long: refused, not a stack overflow.
    let mut chain = String::new();
    for i in 0..40_000 {
        chain.push_str(&format!("  - {{ id: c{i}, when: {{ is: c{} }} }}\n", i + 1));
    }
    chain.push_str("  - { id: c40000, when: { situation: eu } }\n");
    let errors = with(chain);
    assert!(
        errors
            .iter()
            .any(|e| e.problem.kind == "condition-too-deep"),
        "{:?}",
        errors.first()
    );
}

/// The program parses each built-in message the first time it shows it,
/// from the lines of its file: every message must read exactly as when
/// the whole file is parsed, in every language.
#[test]
fn messages_parsed_one_by_one_read_as_the_whole_files() {
    use cpr_guide::i18n::{args, Catalog, Lang};
    let whole = crate::common::catalog();
    let lazy = Catalog::from_static(cpr_guide::embedded::LOCALES, &Lang::ALL);
    for lang in Lang::ALL {
        assert_eq!(lazy.ids(lang), whole.ids(lang), "{lang:?}");
        // With arguments the selectors and variables use.
        let fluent = args([
            ("count", "2".to_string()),
            ("outcome", "register".to_string()),
            ("kind", "by".to_string()),
            ("situation", "eu".to_string()),
        ]);
        for id in whole.ids(lang) {
            assert_eq!(
                lazy.lang(lang).text_with(id, &fluent),
                whole.lang(lang).text_with(id, &fluent),
                "{lang:?} {id}"
            );
            assert!(lazy.has(lang, id));
        }
    }
    // The same catalog asked again: from the parsed message now.
    assert_eq!(
        lazy.lang(Lang::Da).text("ui-title"),
        whole.lang(Lang::Da).text("ui-title")
    );
}

/// The built-in content the program starts with was checked and compiled
/// when it was built: it is exactly what the loader makes of the YAML.
#[test]
fn the_content_compiled_at_build_time_is_the_yaml_loaded_now() {
    let compiled = cpr_guide::builtin::content().expect("built-in content");
    let loaded = crate::common::content();
    assert_eq!(
        postcard::to_stdvec(&compiled).expect("serialises"),
        postcard::to_stdvec(loaded).expect("serialises"),
    );
    // Postcodes and the place index, read on first use.
    assert_eq!(
        postcard::to_stdvec(compiled.geo.data()).expect("serialises"),
        postcard::to_stdvec(loaded.geo.data()).expect("serialises"),
    );
    assert!(compiled.postcodes().len() > 1100);
    // 98 municipalities and "not decided yet".
    assert_eq!(compiled.municipalities.len(), 99);
}
