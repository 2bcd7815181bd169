//! Property tests for everything that parses input: answers and dates as a
//! visitor types them, and content and translations as an editor might
//! break them (deleted, duplicated, truncated and junk lines, wrong types,
//! duplicate IDs, cycles). Nothing may panic; content errors name a file and,
//! for anything tied to a place, a line.

use crate::common::TODAY;
use cpr_guide::calendar::{parse_date, parse_now};
use cpr_guide::content::{embedded_sources, load_sources, SourceFile};
use cpr_guide::content::{QuestionId, TableIndex};
use cpr_guide::engine::{parse_answer, Answers, Interview};
use cpr_guide::i18n::Catalog;
use cpr_guide::lint::lint;
use proptest::prelude::*;

/// Errors that belong to no single line of a file.
const WITHOUT_LINE: [&str; 5] = [
    "no-questions",
    "no-outcomes",
    "no-yaml-files",
    "unreadable",
    "not-utf8",
];

fn check_errors(
    files: &[SourceFile],
    errors: &[cpr_guide::content::ContentError],
) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty());
    for e in errors {
        let file = files.iter().find(|f| f.name == e.file);
        prop_assert!(file.is_some(), "error names an unknown file: {e}");
        match e.line {
            Some(line) => {
                let lines = file.map_or(0, |f| f.text.lines().count());
                prop_assert!(
                    line >= 1 && line <= lines + 1,
                    "line {line} outside 1..={}: {e}",
                    lines + 1
                );
            }
            None => prop_assert!(WITHOUT_LINE.contains(&e.problem.kind), "no line: {e}"),
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    Truncate(usize),
    JunkLine(usize, String),
    WrongType(usize),
    DuplicateItem(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), "[ -~\t]{0,30}").prop_map(|(n, s)| Mutation::JunkLine(n, s)),
        any::<usize>().prop_map(Mutation::WrongType),
        any::<usize>().prop_map(Mutation::DuplicateItem),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return String::new();
    }
    let at = |n: usize| n % lines.len();
    match m {
        Mutation::DeleteLine(n) => {
            let i = at(*n);
            lines.remove(i);
        }
        Mutation::DuplicateLine(n) => {
            let i = at(*n);
            lines.insert(i, lines[i].clone());
        }
        Mutation::Truncate(n) => {
            let mut cut = n % (text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_string();
        }
        Mutation::JunkLine(n, junk) => {
            let i = at(*n);
            lines.insert(i, junk.clone());
        }
        Mutation::WrongType(n) => {
            // Replace a value with a list of maps.
            let i = at(*n);
            if let Some(pos) = lines[i].find(": ") {
                lines[i] = format!("{}: [1, {{a: b}}]", &lines[i][..pos]);
            }
        }
        Mutation::DuplicateItem(n) => {
            let starts: Vec<usize> = lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.trim_start().starts_with("- id:"))
                .map(|(i, _)| i)
                .collect();
            if let Some(&start) = starts.get(n % starts.len().max(1)) {
                let end = starts
                    .iter()
                    .find(|&&s| s > start)
                    .copied()
                    .unwrap_or(lines.len());
                let item: Vec<String> = lines[start..end].to_vec();
                for (k, l) in item.into_iter().enumerate() {
                    lines.insert(end + k, l);
                }
            }
        }
    }
    lines.join("\n") + "\n"
}

proptest! {
    // Sampled, not swept: each run draws other cases.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn mutated_content_never_panics_and_names_file_and_line(file in 0usize..16, m in mutation()) {
        let mut files = embedded_sources().yaml;
        let index = file % files.len();
        files[index].text = apply(&files[index].text, &m);
        match load_sources(&files) {
            Ok(content) => {
                // Still valid: lint must cope too.
                let catalog = Catalog::new(&embedded_sources().ftl).expect("catalog");
                let _ = lint(&content, &catalog, TODAY);
            }
            Err(errors) => check_errors(&files, &errors)?,
        }
    }

    #[test]
    fn mutated_translations_never_panic(file in 0usize..16, m in mutation()) {
        let mut ftl = embedded_sources().ftl;
        let index = file % ftl.len();
        ftl[index].1.text = apply(&ftl[index].1.text, &m);
        if let Err(errors) = Catalog::new(&ftl) {
            let files: Vec<SourceFile> = ftl.iter().map(|(_, f)| f.clone()).collect();
            check_errors(&files, &errors)?;
        }
    }

    #[test]
    fn dates_never_panic(text in ".{0,24}") {
        let _ = parse_date(&text);
        let _ = parse_now(&text);
    }

    #[test]
    fn date_like_text_never_panics(text in "[0-9T:-]{0,20}") {
        if let Ok(d) = parse_date(&text) {
            prop_assert!((1900..=2200).contains(&d.year()));
        }
        let _ = parse_now(&text);
    }

    #[test]
    fn any_answer_to_any_question_never_panics(q in 0usize..64, text in ".{0,24}") {
        let content = crate::common::content();
        let index: QuestionId = TableIndex::from_index(q % content.questions.len());
        let interview = Interview::new(content, TODAY);
        let mut answers = Answers::new();
        if let Ok(answer) = parse_answer(content, index, &text, TODAY) {
            answers.set(index, answer);
            interview.prune(&mut answers);
            let _ = interview.guidance(&answers);
        }
    }
}

#[test]
fn a_cycle_of_named_conditions_is_an_error_not_a_hang() {
    let mut files = embedded_sources().yaml;
    let interview = files
        .iter_mut()
        .find(|f| f.name.ends_with("interview.yaml"))
        .expect("file");
    interview.text = interview.text.replacen(
        "  - id: registers-address\n    when:\n",
        "  - id: registers-address\n    when:\n      is: needs-certificate\n",
        1,
    );
    interview.text = interview.text.replacen(
        "  - id: needs-certificate\n    when:\n",
        "  - id: needs-certificate\n    when:\n      is: registers-address\n",
        1,
    );
    let errors = load_sources(&files).expect_err("refused");
    assert!(
        errors.iter().any(|e| e.problem.kind == "condition-cycle"),
        "{errors:#?}"
    );
}
