//! Turns raw YAML files into the checked [`Content`] model, collecting every
//! problem with file and line (validate once, at the edge).
//!
//! Two passes: first every ID of every section is declared, so references
//! may point forwards and across files; then each section is built by its
//! own builder, resolving names to typed indices.

mod conditions;
mod guidance;
mod interview;
mod offices;
mod places;
mod registry;
mod sources;

use super::ids::{
    ConditionId, DeadlineId, MunicipalityId, OfficeId, OutcomeId, QuestionId, SourceId, StepId,
};
use super::locate::LineIndex;
use super::model::{Content, Origin, QuestionKind};
use super::raw::*;
use crate::diagnostics::{ContentError, Problem, SourceFile};
use registry::Registry;
use serde_yaml::Value;

/// Where a raw item sits: file index, section name, index in the section.
#[derive(Clone, Copy)]
struct Loc {
    file: usize,
    section: &'static str,
    index: usize,
}

/// The files being built and every problem found so far.
struct Ctx<'a> {
    files: &'a [SourceFile],
    /// One line index per file, built once.
    index: Vec<LineIndex<'a>>,
    errors: Vec<ContentError>,
}

impl<'a> Ctx<'a> {
    fn origin(&self, loc: Loc, token: Option<&str>) -> Origin {
        Origin {
            file: self.files[loc.file].name.clone(),
            line: self.index[loc.file]
                .line_of(loc.section, loc.index, token)
                .unwrap_or(1),
        }
    }

    /// Reports `problem` at the item `loc`, on the line holding `token`.
    fn error(&mut self, loc: Loc, token: Option<&str>, problem: Problem) {
        let origin = self.origin(loc, token);
        self.errors.push(ContentError {
            file: origin.file,
            line: Some(origin.line),
            problem,
        });
    }
}

/// Items of one section across all files, with their locations.
type Items<'a, T> = Vec<(Loc, &'a T)>;

fn items<'a, T>(
    parsed: &'a [(usize, RawFile)],
    section: &'static str,
    pick: impl Fn(&'a RawFile) -> &'a Vec<T>,
) -> Items<'a, T> {
    parsed
        .iter()
        .flat_map(|(file, raw)| {
            pick(raw).iter().enumerate().map(move |(index, item)| {
                (
                    Loc {
                        file: *file,
                        section,
                        index,
                    },
                    item,
                )
            })
        })
        .collect()
}

/// Every section's raw items.
struct Raw<'a> {
    sources: Items<'a, RawSource>,
    questions: Items<'a, RawQuestion>,
    named: Items<'a, RawNamedCondition>,
    outcomes: Items<'a, RawOutcome>,
    offices: Items<'a, RawOffice>,
    municipalities: Items<'a, RawMunicipality>,
    postcodes: Items<'a, RawPostcodes>,
    roles: Items<'a, RawOfficeRole>,
    document_steps: Items<'a, RawDocumentStep>,
    documents: Items<'a, RawDocument>,
    deadlines: Items<'a, RawDeadline>,
    steps: Items<'a, RawStep>,
}

impl<'a> Raw<'a> {
    fn of(parsed: &'a [(usize, RawFile)]) -> Raw<'a> {
        Raw {
            sources: items(parsed, "sources", |f| &f.sources),
            questions: items(parsed, "questions", |f| &f.questions),
            named: items(parsed, "conditions", |f| &f.conditions),
            outcomes: items(parsed, "outcomes", |f| &f.outcomes),
            offices: items(parsed, "offices", |f| &f.offices),
            municipalities: items(parsed, "municipalities", |f| &f.municipalities),
            postcodes: items(parsed, "postcodes", |f| &f.postcodes),
            roles: items(parsed, "office_roles", |f| &f.office_roles),
            document_steps: items(parsed, "document_steps", |f| &f.document_steps),
            documents: items(parsed, "documents", |f| &f.documents),
            deadlines: items(parsed, "deadlines", |f| &f.deadlines),
            steps: items(parsed, "steps", |f| &f.steps),
        }
    }
}

/// Every ID, declared in pass 1, so references can point forwards.
struct Names<'a> {
    sources: Registry<'a, SourceId>,
    questions: Registry<'a, QuestionId>,
    /// The kind of each question, index for index.
    question_kinds: Vec<QuestionKind>,
    /// Questions whose options are the municipalities.
    municipality_questions: Vec<QuestionId>,
    named: Registry<'a, ConditionId>,
    outcomes: Registry<'a, OutcomeId>,
    offices: Registry<'a, OfficeId>,
    municipalities: Registry<'a, MunicipalityId>,
}

impl<'a> Names<'a> {
    fn declare(ctx: &mut Ctx<'_>, raw: &Raw<'a>) -> Names<'a> {
        // Nothing refers to these by ID; declaring them reports bad and
        // duplicate IDs all the same. (Documents are checked per step by
        // their own builder: one may be listed for several steps.)
        Registry::<DeadlineId>::declare(ctx, &raw.deadlines, |d| &d.id);
        Registry::<StepId>::declare(ctx, &raw.steps, |s| &s.id);
        let mut names = Names {
            sources: Registry::declare(ctx, &raw.sources, |s| &s.id),
            questions: Registry::declare(ctx, &raw.questions, |q| &q.id),
            question_kinds: Vec::new(),
            municipality_questions: raw
                .questions
                .iter()
                .enumerate()
                .filter(|(_, (_, q))| q.options_from.as_deref() == Some("municipalities"))
                .map(|(i, _)| <QuestionId as super::ids::TableIndex>::from_index(i))
                .collect(),
            named: Registry::declare(ctx, &raw.named, |n| &n.id),
            outcomes: Registry::declare(ctx, &raw.outcomes, |o| &o.id),
            offices: Registry::declare(ctx, &raw.offices, |o| &o.id),
            municipalities: Registry::declare(ctx, &raw.municipalities, |m| &m.id),
        };
        names.question_kinds = interview::question_kinds(ctx, raw);
        names
    }
}

/// Builds the checked model from parsed files (`(file index, raw)` pairs).
pub fn build(
    files: &[SourceFile],
    parsed: &[(usize, RawFile)],
) -> Result<Content, Vec<ContentError>> {
    let mut ctx = Ctx {
        files,
        index: files.iter().map(|f| LineIndex::new(&f.text)).collect(),
        errors: Vec::new(),
    };
    let raw = Raw::of(parsed);
    let names = Names::declare(&mut ctx, &raw);
    let mut content = Content {
        sources: sources::build(&mut ctx, &raw),
        ..Content::default()
    };
    interview::build(&mut ctx, &names, &raw, &mut content);
    offices::build(&mut ctx, &names, &raw, &mut content);
    places::build(&mut ctx, &names, &raw, &mut content);
    guidance::build(&mut ctx, &names, &raw, &mut content);
    content.official_hosts = parsed
        .iter()
        .flat_map(|(_, f)| f.official_hosts.iter().map(|h| h.trim().to_lowercase()))
        .collect();
    conditions::check_order(&mut ctx, &content, &raw);
    content.mentioned = content.named_options();
    let first_file = files.first().map(|f| f.name.clone()).unwrap_or_default();
    if content.questions.is_empty() {
        ctx.errors.push(ContentError::in_file(
            &first_file,
            Problem::new("no-questions"),
        ));
    }
    if content.outcomes.is_empty() {
        ctx.errors.push(ContentError::in_file(
            &first_file,
            Problem::new("no-outcomes"),
        ));
    }
    if ctx.errors.is_empty() {
        Ok(content)
    } else {
        Err(ctx.errors)
    }
}

/// A YAML scalar as text.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A scalar or a list of scalars, as strings.
fn one_or_many(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::Sequence(seq) => seq.iter().map(value_text).collect(),
        other => value_text(other).map(|s| vec![s]),
    }
}
