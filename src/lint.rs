//! Checks a content set beyond its schema: every question and outcome is
//! reachable, every path through the interview ends in an outcome, every
//! message exists in all three languages, and no source is stale.
//!
//! Paths are enumerated by walking the real interview engine with every
//! option of every question asked, each optional date given or skipped, and
//! a CPR number skipped, given for an adult, or given for a child.

use crate::content::{Content, ContentError, Origin, Problem, QuestionKind};
use crate::engine::{Answer, Answers, Interview, Next};
use crate::i18n::{Catalog, Lang};
use jiff::civil::Date;
use jiff::ToSpan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub error: ContentError,
}

/// What lint found, and how much it looked at.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub paths: usize,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
}

fn at(origin: &Origin, severity: Severity, problem: Problem) -> Finding {
    Finding {
        severity,
        error: ContentError {
            file: origin.file.clone(),
            line: Some(origin.line),
            problem,
        },
    }
}

/// Sample CPR answers for path enumeration: one adult, one child, born
/// `years` before `today` (digit 7 chosen so the century table gives that year).
fn sample_cpr(today: Date, years: i16) -> Option<Answer> {
    let birth = today.checked_sub(i64::from(years).years()).ok()?;
    let yy = birth.year() % 100;
    let seventh = if birth.year() >= 2000 { 4 } else { 0 };
    let text = format!(
        "{:02}{:02}{:02}{}000",
        birth.day(),
        birth.month(),
        yy,
        seventh
    );
    crate::cpr::Cpr::parse(&text, today)
        .ok()
        .map(|c| Answer::Cpr(Box::new(c)))
}

/// Every (question, option) some condition names. Options no condition
/// names lead to the same questions and outcomes, so lint tries only one
/// of them: this keeps national-scale content (a hundred municipalities)
/// as fast to check as the shipped set.
fn mentioned_options(content: &Content) -> std::collections::HashSet<(usize, usize)> {
    let mut set = std::collections::HashSet::new();
    let mut add = |c: &crate::content::Condition| {
        c.visit(&mut |m| {
            if let crate::content::condition::Mention::Option(q, o) = m {
                set.insert((q, o));
            }
        });
    };
    content.questions.iter().for_each(|q| add(&q.ask_when));
    content.named_when.iter().for_each(&mut add);
    content.outcomes.iter().for_each(|o| add(&o.when));
    for role in content
        .office_roles
        .iter()
        .chain(content.municipalities.iter().flat_map(|m| &m.also))
    {
        add(&role.when);
    }
    for d in &content.documents {
        add(&d.when);
        d.notes.iter().for_each(|n| add(&n.when));
    }
    for d in &content.deadlines {
        add(&d.when);
        d.dates.iter().for_each(|r| add(&r.when));
    }
    content.steps.iter().for_each(|s| add(&s.when));
    set
}

/// The answers lint tries for a question.
fn samples(
    content: &Content,
    question: usize,
    today: Date,
    mentioned: &std::collections::HashSet<(usize, usize)>,
) -> Vec<Answer> {
    let q = &content.questions[question];
    let mut out = Vec::new();
    match &q.kind {
        QuestionKind::Choice { options } => {
            let mut unmentioned_tried = false;
            for o in 0..options.len() {
                if mentioned.contains(&(question, o)) {
                    out.push(Answer::Choice(o));
                } else if !unmentioned_tried {
                    unmentioned_tried = true;
                    out.push(Answer::Choice(o));
                }
            }
        }
        QuestionKind::Date { .. } => out.push(Answer::Date(today)),
        QuestionKind::Cpr => {
            out.extend(sample_cpr(today, 30));
            out.extend(sample_cpr(today, 10));
        }
    }
    if q.optional {
        out.push(Answer::Skipped);
    }
    out
}

#[derive(Default)]
struct Seen {
    mentioned: std::collections::HashSet<(usize, usize)>,
    questions: Vec<bool>,
    outcomes: Vec<bool>,
    offices: Vec<bool>,
    documents: Vec<bool>,
    deadlines: Vec<bool>,
    steps: Vec<bool>,
    sources: Vec<bool>,
    dead_ends: Vec<String>,
    paths: usize,
}

fn describe(content: &Content, answers: &Answers) -> String {
    answers
        .iter()
        .map(|(q, a)| {
            let question = &content.questions[q];
            let value = match a {
                Answer::Choice(o) => question.options().get(*o).cloned().unwrap_or_default(),
                Answer::Date(d) => d.to_string(),
                Answer::Cpr(_) => "given".to_string(),
                Answer::Skipped => "not-given".to_string(),
            };
            format!("{}={}", question.id, value)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn explore(interview: &Interview<'_>, answers: &mut Answers, seen: &mut Seen) {
    let content = interview.content();
    let walk = interview.walk(answers);
    for &q in walk.asked.iter().chain(&walk.derived) {
        seen.questions[q] = true;
    }
    match walk.next {
        Next::Ask(question) => {
            seen.questions[question] = true;
            for sample in samples(content, question, interview.today(), &seen.mentioned) {
                answers.set(question, sample);
                explore(interview, answers, seen);
                answers.remove(question);
            }
        }
        Next::Done(outcome) => {
            seen.paths += 1;
            seen.outcomes[outcome] = true;
            if let Some(g) = interview.guidance_of(&walk) {
                g.offices.iter().for_each(|o| seen.offices[o.office] = true);
                g.documents
                    .iter()
                    .for_each(|d| seen.documents[d.document] = true);
                g.deadlines
                    .iter()
                    .for_each(|d| seen.deadlines[d.deadline] = true);
                g.steps.iter().for_each(|&s| seen.steps[s] = true);
                g.sources.iter().for_each(|&s| seen.sources[s] = true);
            }
            for q in &content.questions {
                q.sources.iter().for_each(|&s| seen.sources[s] = true);
            }
        }
        Next::NoOutcome => {
            seen.paths += 1;
            if seen.dead_ends.len() < 10 {
                seen.dead_ends.push(describe(content, answers));
            }
        }
    }
}

/// Every message ID the content needs, with where it is needed.
fn required_messages(content: &Content) -> Vec<(String, &Origin)> {
    let mut out = Vec::new();
    for q in &content.questions {
        out.push((format!("q-{}", q.id), &q.at));
        for option in q.options() {
            out.push((q.option_message(option), &q.at));
        }
    }
    for o in &content.outcomes {
        out.push((format!("outcome-{}", o.id), &o.at));
    }
    for o in &content.offices {
        out.push((format!("office-{}", o.id), &o.at));
        out.push((format!("office-{}-about", o.id), &o.at));
        for note in o.opening.closures.iter().filter_map(|c| c.note.as_ref()) {
            out.push((note.clone(), &o.at));
        }
    }
    let roles = content
        .office_roles
        .iter()
        .chain(content.municipalities.iter().flat_map(|m| &m.also));
    for r in roles {
        out.push((format!("role-{}", r.role), &r.at));
        if let Some(note) = &r.note {
            out.push((note.clone(), &r.at));
        }
    }
    for d in &content.documents {
        out.push((format!("doc-{}", d.id), &d.at));
        for n in &d.notes {
            out.push((n.text.clone(), &d.at));
        }
    }
    for d in &content.deadlines {
        out.push((format!("deadline-{}", d.id), &d.at));
        out.push((format!("deadline-{}-rule", d.id), &d.at));
    }
    for s in &content.steps {
        out.push((format!("step-{}", s.id), &s.at));
    }
    for s in &content.sources {
        out.push((format!("source-{}", s.id), &s.at));
    }
    out
}

/// Lints `content` with its translations, as of `today`.
pub fn lint(content: &Content, catalog: &Catalog, today: Date) -> Report {
    let mut report = Report::default();
    let interview = Interview::new(content, today);
    let mut seen = Seen {
        questions: vec![false; content.questions.len()],
        outcomes: vec![false; content.outcomes.len()],
        offices: vec![false; content.offices.len()],
        documents: vec![false; content.documents.len()],
        deadlines: vec![false; content.deadlines.len()],
        steps: vec![false; content.steps.len()],
        sources: vec![false; content.sources.len()],
        mentioned: mentioned_options(content),
        ..Seen::default()
    };
    explore(&interview, &mut Answers::new(), &mut seen);
    report.paths = seen.paths;
    for m in &content.municipalities {
        // Every municipality's office is reachable through its option.
        seen.offices[m.office] |= seen.questions.iter().any(|&q| q);
        m.sources.iter().for_each(|&s| seen.sources[s] = true);
    }

    let findings = &mut report.findings;
    for (q, question) in content.questions.iter().enumerate() {
        if !seen.questions[q] {
            findings.push(at(
                &question.at,
                Severity::Error,
                Problem::new("unreachable-question").arg("id", &question.id),
            ));
        }
    }
    for (o, outcome) in content.outcomes.iter().enumerate() {
        if !seen.outcomes[o] {
            findings.push(at(
                &outcome.at,
                Severity::Error,
                Problem::new("unreachable-outcome").arg("id", &outcome.id),
            ));
        }
    }
    if let Some(origin) = content.outcomes.last().map(|o| &o.at) {
        for answers in &seen.dead_ends {
            findings.push(at(
                origin,
                Severity::Error,
                Problem::new("dead-end").arg("answers", answers),
            ));
        }
    }
    let unused = [
        (
            "documents",
            content
                .documents
                .iter()
                .map(|d| (&d.id, &d.at))
                .collect::<Vec<_>>(),
            &seen.documents,
        ),
        (
            "deadlines",
            content.deadlines.iter().map(|d| (&d.id, &d.at)).collect(),
            &seen.deadlines,
        ),
        (
            "steps",
            content.steps.iter().map(|d| (&d.id, &d.at)).collect(),
            &seen.steps,
        ),
        (
            "offices",
            content.offices.iter().map(|d| (&d.id, &d.at)).collect(),
            &seen.offices,
        ),
    ];
    for (section, items, used) in unused {
        for ((id, origin), used) in items.into_iter().zip(used) {
            if !used {
                findings.push(at(
                    origin,
                    Severity::Warning,
                    Problem::new("unused-item")
                        .arg("section", section)
                        .arg("id", id.as_str()),
                ));
            }
        }
    }
    let year_ago = today.checked_sub(1.year()).unwrap_or(today);
    for (s, source) in content.sources.iter().enumerate() {
        if source.checked < year_ago {
            findings.push(at(
                &source.at,
                Severity::Warning,
                Problem::new("stale-source")
                    .arg("id", &source.id)
                    .arg("date", source.checked.to_string()),
            ));
        }
        if !seen.sources[s] {
            findings.push(at(
                &source.at,
                Severity::Warning,
                Problem::new("unused-source").arg("id", &source.id),
            ));
        }
    }

    let mut reported = std::collections::BTreeSet::new();
    for (id, origin) in required_messages(content) {
        for lang in Lang::ALL {
            if !catalog.has(lang, &id) && reported.insert((lang, id.clone())) {
                findings.push(at(
                    origin,
                    Severity::Error,
                    Problem::new("missing-message")
                        .arg("id", &id)
                        .arg("lang", lang.code()),
                ));
            }
        }
    }
    for (lang, id) in catalog.missing() {
        if reported.insert((lang, id.clone())) {
            // Point at the message in a language that has it.
            let (file, line) = catalog
                .defined_at(&id)
                .map_or((format!("locales/{}", lang.code()), None), |(f, l)| {
                    (f.to_string(), Some(l))
                });
            findings.push(Finding {
                severity: Severity::Error,
                error: ContentError {
                    file,
                    line,
                    problem: Problem::new("missing-message")
                        .arg("id", id)
                        .arg("lang", lang.code()),
                },
            });
        }
    }
    report
        .findings
        .sort_by_key(|f| std::cmp::Reverse(f.severity));
    report
}
