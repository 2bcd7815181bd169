//! Checks a content set beyond its schema: every question and outcome is
//! reachable, every path through the interview ends in an outcome, every
//! message exists in all three languages, and no source is stale.
//!
//! Paths are enumerated by walking the real interview engine with every
//! option of every question asked, each optional date given or skipped, and
//! a CPR number skipped, given for an adult, or given for a child.

use crate::content::condition::Mention;
use crate::content::{
    Condition, Content, ContentError, DeadlineId, DocumentId, Marks, OfficeId, Origin, OutcomeId,
    Problem, QuestionId, QuestionKind, SourceId, StepId, Table, TableIndex,
};
use crate::engine::{Answer, Answers, Interview, Next};
use crate::i18n::{Catalog, Lang};
use crate::keys;
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

/// The answers lint tries for a question.
fn samples(content: &Content, question: QuestionId, today: Date) -> Vec<Answer> {
    let q = &content.questions[question];
    let mut out = Vec::new();
    match &q.kind {
        // Options no condition names lead to the same questions and
        // outcomes: one of them stands for all (a hundred municipalities
        // are as fast to check as three).
        QuestionKind::Choice { .. } => {
            out.extend(content.distinct_options(question).map(Answer::Choice));
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

struct Seen {
    /// Questions whose answers decide what else is asked or the outcome.
    shaping: Marks<QuestionId>,
    /// The options of those questions that do (a municipality whose own
    /// rule brings a question); their other options only change what a
    /// result shows, and are tried like result-only questions.
    shaping_options: std::collections::BTreeSet<(QuestionId, usize)>,
    questions: Marks<QuestionId>,
    outcomes: Marks<OutcomeId>,
    offices: Marks<OfficeId>,
    documents: Marks<DocumentId>,
    deadlines: Marks<DeadlineId>,
    steps: Marks<StepId>,
    sources: Marks<SourceId>,
    dead_ends: Vec<String>,
    paths: usize,
}

impl Seen {
    fn mark(&mut self, g: &crate::engine::Guidance) {
        g.offices.iter().for_each(|o| self.offices.set(o.office));
        g.documents
            .iter()
            .for_each(|d| self.documents.set(d.document));
        g.deadlines
            .iter()
            .for_each(|d| self.deadlines.set(d.deadline));
        g.steps.iter().for_each(|&s| self.steps.set(s));
        g.sources.iter().for_each(|&s| self.sources.set(s));
    }
}

/// Every question `condition` tests, through named conditions too.
fn tested(content: &Content, condition: &Condition, out: &mut Vec<QuestionId>) {
    condition.visit(&mut |m| match m {
        Mention::Question(q) | Mention::Option(q, _) => out.push(q),
        Mention::Named(n) => tested(content, &content.named[n].when, out),
        Mention::Outcome => {}
    });
}

/// The questions whose answers decide which questions come and which
/// outcome: those `ask_when` and outcomes test, and those a derived
/// answer comes from or goes to. Every other question only chooses what a
/// result shows (a document, a step), so one answer of it is enough to walk
/// on, and the others are tried only against the items that test it: lint
/// stays polynomial however many such questions the content has.
fn shaping_questions(content: &Content) -> Marks<QuestionId> {
    let mut list = Vec::new();
    for (id, q) in content.questions.enumerate() {
        tested(content, &q.ask_when, &mut list);
        if let Some(d) = q.derive {
            list.extend([d.from, id]);
        }
    }
    for o in &content.outcomes {
        tested(content, &o.when, &mut list);
    }
    let mut marks = Marks::new(content.questions.len());
    list.into_iter().for_each(|q| marks.set(q));
    marks
}

/// The options that `ask_when` and outcomes name (through named
/// conditions too): those that decide what is asked or the outcome.
fn shaping_options(content: &Content) -> std::collections::BTreeSet<(QuestionId, usize)> {
    fn visit(
        content: &Content,
        condition: &Condition,
        out: &mut std::collections::BTreeSet<(QuestionId, usize)>,
    ) {
        condition.visit(&mut |m| match m {
            Mention::Option(q, o) => {
                out.insert((q, o));
            }
            Mention::Named(n) => visit(content, &content.named[n].when, out),
            _ => {}
        });
    }
    let mut out = std::collections::BTreeSet::new();
    for q in &content.questions {
        visit(content, &q.ask_when, &mut out);
    }
    for o in &content.outcomes {
        visit(content, &o.when, &mut out);
    }
    out
}

/// The answers that walk on from a question: for one that shapes the path,
/// the options that shape it and one of the rest standing for them all;
/// for one only results test, one answer.
fn walking_samples(
    content: &Content,
    question: QuestionId,
    seen: &Seen,
    today: Date,
) -> Vec<Answer> {
    let mut tries = samples(content, question, today);
    if !seen.shaping.is_set(question) {
        tries.truncate(1);
        return tries;
    }
    if !matches!(
        content.questions[question].kind,
        QuestionKind::Choice { .. }
    ) {
        return tries;
    }
    let mut rest_taken = false;
    tries.retain(|a| match a {
        Answer::Choice(o) => {
            seen.shaping_options.contains(&(question, *o))
                || !std::mem::replace(&mut rest_taken, true)
        }
        _ => true,
    });
    tries
}

/// The conditions of what a result may show, with whether it was seen.
fn result_items(content: &Content, seen: &Seen) -> Vec<Condition> {
    let mut items = Vec::new();
    for role in &content.office_roles {
        if let crate::content::OfficeRef::Fixed(o) = role.office {
            if !seen.offices.is_set(o) {
                items.push(role.when.clone());
            }
        }
    }
    for (id, d) in content.documents.enumerate() {
        if !seen.documents.is_set(id) {
            items.push(d.when.clone());
        }
    }
    for (id, d) in content.deadlines.enumerate() {
        if !seen.deadlines.is_set(id) {
            items.push(d.when.clone());
        }
    }
    for (id, s) in content.steps.enumerate() {
        if !seen.steps.is_set(id) {
            items.push(s.when.clone());
        }
    }
    items
}

/// At the end of a path: the items not seen yet that a different answer
/// to a question only results test would show, with that answer.
fn try_result_answers(interview: &Interview<'_>, walk: &crate::engine::Walk, seen: &mut Seen) {
    let content = interview.content();
    for condition in result_items(content, seen) {
        let mut questions = Vec::new();
        tested(content, &condition, &mut questions);
        questions.sort_unstable();
        questions.dedup();
        // A shaping question's other options (those that change only what
        // a result shows) are tried here too, beside the answer walked.
        let result_only = |q: QuestionId| -> Vec<crate::content::Fact> {
            samples(content, q, interview.today())
                .iter()
                .filter(|a| match a {
                    Answer::Choice(o) => !seen.shaping_options.contains(&(q, *o)),
                    _ => false,
                })
                .map(Answer::fact)
                .collect()
        };
        questions.retain(|&q| {
            walk.asked.contains(&q) && (!seen.shaping.is_set(q) || !result_only(q).is_empty())
        });
        if questions.is_empty() {
            continue;
        }
        // Every combination of the answers those (few) questions can have.
        let choices: Vec<Vec<crate::content::Fact>> = questions
            .iter()
            .map(|&q| {
                if seen.shaping.is_set(q) {
                    let mut list: Vec<_> = walk.facts.get(q).into_iter().collect();
                    list.extend(result_only(q));
                    list
                } else {
                    samples(content, q, interview.today())
                        .iter()
                        .map(Answer::fact)
                        .collect()
                }
            })
            .collect();
        let mut pick = vec![0usize; questions.len()];
        loop {
            let mut facts = walk.facts.clone();
            for (i, &q) in questions.iter().enumerate() {
                facts.set(q, Some(choices[i][pick[i]]));
            }
            if content.holds(&condition, &facts) {
                let tried = crate::engine::Walk {
                    facts,
                    ..walk.clone()
                };
                if let Some(g) = interview.guidance_of(&tried) {
                    seen.mark(&g);
                }
                break;
            }
            // The next combination, like an odometer.
            let mut i = 0;
            while i < pick.len() {
                pick[i] += 1;
                if pick[i] < choices[i].len() {
                    break;
                }
                pick[i] = 0;
                i += 1;
            }
            if i == pick.len() {
                break;
            }
        }
    }
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
        seen.questions.set(q);
    }
    match walk.next {
        Next::Ask(question) => {
            seen.questions.set(question);
            let tries = walking_samples(content, question, seen, interview.today());
            for sample in tries {
                answers.set(question, sample);
                explore(interview, answers, seen);
                answers.remove(question);
            }
        }
        Next::Done(outcome) => {
            seen.paths += 1;
            seen.outcomes.set(outcome);
            if let Some(g) = interview.guidance_of(&walk) {
                seen.mark(&g);
            }
            try_result_answers(interview, &walk, seen);
            for q in &content.questions {
                q.sources.iter().for_each(|&s| seen.sources.set(s));
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
        out.push((keys::question(&q.id), &q.at));
        for option in q.options() {
            out.push((
                keys::option(&q.id, option, q.options_from_municipalities),
                &q.at,
            ));
        }
    }
    for o in &content.outcomes {
        out.push((keys::outcome(&o.id), &o.at));
    }
    for o in &content.offices {
        out.push((keys::office(&o.id), &o.at));
        out.push((keys::office_about(&o.id), &o.at));
        for note in o.opening.closures.iter().filter_map(|c| c.note.as_ref()) {
            out.push((note.clone(), &o.at));
        }
    }
    let roles = content
        .office_roles
        .iter()
        .chain(content.municipalities.iter().flat_map(|m| &m.also));
    for r in roles {
        out.push((keys::role(&r.role), &r.at));
        if let Some(note) = &r.note {
            out.push((note.clone(), &r.at));
        }
    }
    for s in &content.document_steps {
        out.push((keys::document_step(&s.id), &s.at));
    }
    for m in &content.municipalities {
        for n in &m.notes {
            out.push((n.text.clone(), &m.at));
        }
        for l in m.languages.iter().flat_map(|l| &l.accepted) {
            out.push((format!("doc-language-{l}"), &m.at));
        }
    }
    for o in &content.offices {
        if let Some(note) = o.apply_first.as_ref().and_then(|a| a.note.as_ref()) {
            out.push((note.clone(), &o.at));
        }
    }
    for d in &content.documents {
        out.push((keys::document(&d.id), &d.at));
        for n in &d.notes {
            out.push((n.text.clone(), &d.at));
        }
    }
    for d in &content.deadlines {
        out.push((keys::deadline(&d.id), &d.at));
        out.push((keys::deadline_rule(&d.id), &d.at));
        out.push((keys::deadline_kind(d.kind.id()), &d.at));
        for n in &d.notes {
            out.push((n.text.clone(), &d.at));
        }
    }
    for s in &content.steps {
        out.push((keys::step(&s.id), &s.at));
    }
    for s in &content.sources {
        out.push((keys::source(&s.id), &s.at));
    }
    out
}

/// A warning for every item of `table` no path showed.
fn unused<I: TableIndex, T>(
    findings: &mut Vec<Finding>,
    section: &str,
    table: &Table<I, T>,
    seen: &Marks<I>,
    id_at: impl Fn(&T) -> (&String, &Origin),
) {
    for (id, item) in table.enumerate() {
        if !seen.is_set(id) {
            let (name, origin) = id_at(item);
            findings.push(at(
                origin,
                Severity::Warning,
                Problem::new("unused-item")
                    .arg("section", section)
                    .arg("id", name.as_str()),
            ));
        }
    }
}

/// Every municipality can be found by a postcode. (That every
/// municipality is sent to an office by every role that routes by
/// municipality is checked when the content loads: a municipality without
/// an ICS centre, when roles use `ics_of`, refuses to load.)
fn routing(content: &Content, findings: &mut Vec<Finding>) {
    if content.postcodes().is_empty() {
        return;
    }
    let mut has_postcode = Marks::new(content.municipalities.len());
    for p in content.postcodes() {
        p.municipalities.iter().for_each(|&m| has_postcode.set(m));
    }
    for (id, m) in content.municipalities.enumerate() {
        if m.place.is_some() && !has_postcode.is_set(id) {
            findings.push(at(
                &m.at,
                Severity::Warning,
                Problem::new("municipality-no-postcode").arg("id", &m.id),
            ));
        }
    }
}

/// The host of a web address, lower case, without `www.`.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Whether `host` is one of `official` or a subdomain of one.
pub fn is_official(host: &str, official: &[String]) -> bool {
    official.iter().any(|o| {
        let o = o.strip_prefix("www.").unwrap_or(o);
        host == o || host.ends_with(&format!(".{o}"))
    })
}

/// Every source on an official host (when the content lists them): an
/// authority's or a municipality's own site, never a reference work.
fn official_hosts(content: &Content, findings: &mut Vec<Finding>) {
    if content.official_hosts.is_empty() {
        return;
    }
    for source in &content.sources {
        let Some(url) = &source.url else {
            continue;
        };
        let official = host_of(url).is_some_and(|h| is_official(&h, &content.official_hosts));
        if !official {
            findings.push(at(
                &source.at,
                Severity::Error,
                Problem::new("unofficial-source")
                    .arg("id", &source.id)
                    .arg("value", host_of(url).unwrap_or_else(|| url.clone())),
            ));
        }
    }
}

/// A municipality's record: its own page is a source with a web address,
/// and a municipality with a place but no page has a site to confirm on.
fn municipal_records(content: &Content, findings: &mut Vec<Finding>) {
    for m in &content.municipalities {
        if m.place.is_none() {
            continue;
        }
        if let Some(page) = m.page {
            if content.sources[page].url.is_none() {
                findings.push(at(
                    &m.at,
                    Severity::Error,
                    Problem::new("municipal-page-without-url").arg("id", &m.id),
                ));
            }
        } else if m.site.is_none() && !content.official_hosts.is_empty() {
            findings.push(at(
                &m.at,
                Severity::Warning,
                Problem::new("municipality-without-site").arg("id", &m.id),
            ));
        }
        if let Some(site) = &m.site {
            let official = host_of(site).is_some_and(|h| is_official(&h, &content.official_hosts));
            if !content.official_hosts.is_empty() && !official {
                findings.push(at(
                    &m.at,
                    Severity::Error,
                    Problem::new("unofficial-source")
                        .arg("id", &m.id)
                        .arg("value", host_of(site).unwrap_or_else(|| site.clone())),
                ));
            }
        }
    }
}

/// Lints `content` with its translations, as of `today`.
pub fn lint(content: &Content, catalog: &Catalog, today: Date) -> Report {
    let mut report = Report::default();
    let seen = walk(content, today);
    report.paths = seen.paths;
    let findings = &mut report.findings;
    routing(content, findings);
    unreached(content, &seen, findings);
    official_hosts(content, findings);
    municipal_records(content, findings);
    source_findings(content, &seen, today, findings);
    message_findings(content, catalog, findings);
    report
        .findings
        .sort_by_key(|f| std::cmp::Reverse(f.severity));
    report
}

/// Every path through the interview, marking what each reaches.
fn walk(content: &Content, today: Date) -> Seen {
    let interview = Interview::new(content, today);
    let mut seen = Seen {
        shaping: shaping_questions(content),
        shaping_options: shaping_options(content),
        questions: Marks::new(content.questions.len()),
        outcomes: Marks::new(content.outcomes.len()),
        offices: Marks::new(content.offices.len()),
        documents: Marks::new(content.documents.len()),
        deadlines: Marks::new(content.deadlines.len()),
        steps: Marks::new(content.steps.len()),
        sources: Marks::new(content.sources.len()),
        dead_ends: Vec::new(),
        paths: 0,
    };
    explore(&interview, &mut Answers::new(), &mut seen);
    if seen.questions.any() {
        municipal_reach(content, &mut seen);
    }
    seen
}

/// What each municipality's own option reaches: lint tries one
/// municipality no condition names, the others are reached the same way.
fn municipal_reach(content: &Content, seen: &mut Seen) {
    // A municipality's own documents are reached through its option.
    for (d, document) in content.documents.enumerate() {
        if document.municipality.is_some() {
            seen.documents.set(d);
            document.sources.iter().for_each(|&s| seen.sources.set(s));
        }
    }
    for m in &content.municipalities {
        let offices = std::iter::once(m.office)
            .chain(m.ics)
            .chain(m.also.iter().filter_map(|r| match r.office {
                crate::content::OfficeRef::Fixed(o) => Some(o),
                _ => None,
            }))
            // Its own record: the offices its rules send people to.
            .chain(m.register.iter().map(|rule| rule.office));
        for office in offices {
            seen.offices.set(office);
            let sources = &content.offices[office].sources;
            sources.iter().for_each(|&s| seen.sources.set(s));
        }
        // Its page and the sources of its roles, rules, notes and languages.
        let role_sources = m.also.iter().flat_map(|r| &r.sources);
        let record_sources = m
            .register
            .iter()
            .flat_map(|r| &r.sources)
            .chain(m.notes.iter().flat_map(|n| &n.sources))
            .chain(m.languages.iter().flat_map(|l| &l.sources))
            .chain(m.page.iter());
        m.sources
            .iter()
            .chain(role_sources)
            .chain(record_sources)
            .for_each(|&s| seen.sources.set(s));
    }
}

/// Questions and outcomes no path reaches, paths that reach no outcome,
/// and documents, deadlines, steps and offices nothing uses.
fn unreached(content: &Content, seen: &Seen, findings: &mut Vec<Finding>) {
    for (q, question) in content.questions.enumerate() {
        if !seen.questions.is_set(q) {
            findings.push(at(
                &question.at,
                Severity::Error,
                Problem::new("unreachable-question").arg("id", &question.id),
            ));
        }
    }
    for (o, outcome) in content.outcomes.enumerate() {
        if !seen.outcomes.is_set(o) {
            findings.push(at(
                &outcome.at,
                Severity::Error,
                Problem::new("unreachable-outcome").arg("id", &outcome.id),
            ));
        }
    }
    if let Some(origin) = content.outcomes.as_slice().last().map(|o| &o.at) {
        for answers in &seen.dead_ends {
            findings.push(at(
                origin,
                Severity::Error,
                Problem::new("dead-end").arg("answers", answers),
            ));
        }
    }
    unused(
        findings,
        "documents",
        &content.documents,
        &seen.documents,
        |d| (&d.id, &d.at),
    );
    unused(
        findings,
        "deadlines",
        &content.deadlines,
        &seen.deadlines,
        |d| (&d.id, &d.at),
    );
    unused(findings, "steps", &content.steps, &seen.steps, |s| {
        (&s.id, &s.at)
    });
    unused(findings, "offices", &content.offices, &seen.offices, |o| {
        (&o.id, &o.at)
    });
}

/// Sources checked more than a year ago, and sources nothing cites.
fn source_findings(content: &Content, seen: &Seen, today: Date, findings: &mut Vec<Finding>) {
    let year_ago = today.checked_sub(1.year()).unwrap_or(today);
    for (s, source) in content.sources.enumerate() {
        if source.checked < year_ago {
            findings.push(at(
                &source.at,
                Severity::Warning,
                Problem::new("stale-source")
                    .arg("id", &source.id)
                    .arg("date", source.checked.to_string()),
            ));
        }
        if !seen.sources.is_set(s) {
            findings.push(at(
                &source.at,
                Severity::Warning,
                Problem::new("unused-source").arg("id", &source.id),
            ));
        }
    }
}

/// Messages the content needs, and messages one language has and
/// another lacks, each reported once per language.
fn message_findings(content: &Content, catalog: &Catalog, findings: &mut Vec<Finding>) {
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
}
