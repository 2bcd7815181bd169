//! Conditions as an editor writes them (a YAML map) into checked
//! [`Condition`]s, the source lists every item carries, and the order rules:
//! no named condition refers to itself, a question depends only on the
//! questions before it, and only result items may ask for the outcome.

use super::{one_or_many, value_text, Ctx, Loc, Names, Raw};
use crate::content::condition::{Condition, Mention, GIVEN, NOT_GIVEN};
use crate::content::ids::{ConditionId, QuestionId, SourceId};
use crate::content::model::{Content, QuestionKind};
use crate::diagnostics::Problem;
use serde_yaml::Value;

impl Names<'_> {
    /// The sources of an item; `required` items must name at least one.
    pub(super) fn sources(
        &self,
        ctx: &mut Ctx<'_>,
        list: &[String],
        loc: Loc,
        required: bool,
    ) -> Vec<SourceId> {
        if required && list.is_empty() {
            ctx.error(loc, None, Problem::new("missing-source"));
        }
        list.iter()
            .filter_map(|id| self.sources.resolve(ctx, loc, id, "unknown-source"))
            .collect()
    }

    /// A named condition by ID, if the content has one.
    pub(super) fn named_condition(&self, id: &str) -> Option<ConditionId> {
        self.named.get(id)
    }

    /// A question that must be a date question (a deadline counts from it).
    pub(super) fn date_question(
        &self,
        ctx: &mut Ctx<'_>,
        id: &str,
        loc: Loc,
    ) -> Option<QuestionId> {
        let q = self.questions.resolve(ctx, loc, id, "unknown-question")?;
        if matches!(self.question_kinds[q.index()], QuestionKind::Date { .. }) {
            Some(q)
        } else {
            ctx.error(
                loc,
                Some(id),
                Problem::new("not-a-date-question").arg("id", id),
            );
            None
        }
    }

    /// Parses a condition; `allow_outcome` for result items only.
    pub(super) fn condition(
        &self,
        ctx: &mut Ctx<'_>,
        value: Option<&Value>,
        loc: Loc,
        allow_outcome: bool,
    ) -> Condition {
        let Some(value) = value else {
            return Condition::Always;
        };
        let Value::Mapping(map) = value else {
            if !matches!(value, Value::Null) {
                ctx.error(loc, None, Problem::new("condition-shape"));
            }
            return Condition::Always;
        };
        let mut parts = Vec::new();
        for (key, inner) in map {
            let key = value_text(key).unwrap_or_default();
            let part = match key.as_str() {
                "all" | "any" => {
                    let Value::Sequence(list) = inner else {
                        ctx.error(
                            loc,
                            Some(&key),
                            Problem::new("condition-list").arg("key", &key),
                        );
                        continue;
                    };
                    let list = list
                        .iter()
                        .map(|c| self.condition(ctx, Some(c), loc, allow_outcome))
                        .collect();
                    if key == "all" {
                        Condition::All(list)
                    } else {
                        Condition::Any(list)
                    }
                }
                "not" => Condition::Not(Box::new(self.condition(
                    ctx,
                    Some(inner),
                    loc,
                    allow_outcome,
                ))),
                "is" => Condition::All(
                    one_or_many(inner)
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|name| {
                            self.named
                                .resolve(ctx, loc, name, "unknown-condition")
                                .map(Condition::Named)
                        })
                        .collect(),
                ),
                "outcome" => {
                    if !allow_outcome {
                        ctx.error(loc, Some("outcome"), Problem::new("outcome-not-allowed"));
                        continue;
                    }
                    Condition::Outcome(
                        one_or_many(inner)
                            .unwrap_or_default()
                            .iter()
                            .filter_map(|name| {
                                self.outcomes.resolve(ctx, loc, name, "unknown-outcome")
                            })
                            .collect(),
                    )
                }
                question => match self.question_condition(ctx, question, inner, loc) {
                    Some(c) => c,
                    None => continue,
                },
            };
            parts.push(part);
        }
        if parts.len() == 1 {
            parts.pop().unwrap_or(Condition::Always)
        } else {
            Condition::All(parts)
        }
    }

    /// `question-id: value(s)`: options of a choice, or given / not-given.
    fn question_condition(
        &self,
        ctx: &mut Ctx<'_>,
        id: &str,
        value: &Value,
        loc: Loc,
    ) -> Option<Condition> {
        let question = self.questions.resolve(ctx, loc, id, "unknown-question")?;
        let Some(values) = one_or_many(value) else {
            ctx.error(
                loc,
                Some(id),
                Problem::new("condition-value").arg("question", id),
            );
            return None;
        };
        match &self.question_kinds[question.index()] {
            QuestionKind::Choice { options } => {
                let mut positions = Vec::new();
                for v in &values {
                    match options.iter().position(|o| o == v) {
                        Some(i) => positions.push(i),
                        None => ctx.error(
                            loc,
                            Some(v),
                            Problem::new("unknown-option")
                                .arg("question", id)
                                .arg("value", v)
                                .arg("options", options.join(", ")),
                        ),
                    }
                }
                Some(Condition::OneOf {
                    question,
                    options: positions,
                })
            }
            _ => match values.as_slice() {
                [v] if v == GIVEN || v == NOT_GIVEN => Some(Condition::Given {
                    question,
                    given: v == GIVEN,
                }),
                _ => {
                    ctx.error(
                        loc,
                        Some(id),
                        Problem::new("given-expected").arg("question", id),
                    );
                    None
                }
            },
        }
    }
}

/// What a named condition reaches, following other named conditions.
#[derive(Clone, Default)]
struct Reach {
    questions: Vec<QuestionId>,
    uses_outcome: bool,
}

/// How deep named conditions may name each other.
const NAMED_DEPTH_MAX: usize = 32;
/// How many nodes a named condition may stand for, named ones expanded.
const CONDITION_SIZE_MAX: u64 = 10_000;

/// The nodes of a condition, each named condition counted as one.
fn nodes(c: &Condition) -> u64 {
    match c {
        Condition::All(list) | Condition::Any(list) => {
            list.iter().fold(1, |n, c| n.saturating_add(nodes(c)))
        }
        Condition::Not(inner) => nodes(inner).saturating_add(1),
        _ => 1,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Unvisited,
    InProgress,
    Done,
}

/// What checking found beyond each named condition's reach.
#[derive(Default)]
struct Found {
    cycles: Vec<ConditionId>,
    too_deep: Vec<ConditionId>,
    /// Nodes each named condition stands for, named ones expanded.
    size: Vec<u64>,
}

/// Walks named condition `id` and those it names, depth first.
fn visit(
    id: ConditionId,
    depth: usize,
    content: &Content,
    state: &mut [State],
    reach: &mut [Reach],
    found: &mut Found,
) {
    match state[id.index()] {
        State::Done => return,
        State::InProgress => {
            found.cycles.push(id);
            return;
        }
        State::Unvisited => {}
    }
    // Bounded, so that a chain of thousands never overflows the stack.
    if depth > NAMED_DEPTH_MAX {
        found.too_deep.push(id);
        state[id.index()] = State::Done;
        return;
    }
    state[id.index()] = State::InProgress;
    let mut r = Reach::default();
    let mut inner = Vec::new();
    content.named[id].when.visit(&mut |m| match m {
        Mention::Question(q) | Mention::Option(q, _) => r.questions.push(q),
        Mention::Named(n) => inner.push(n),
        Mention::Outcome => r.uses_outcome = true,
    });
    let mut size = nodes(&content.named[id].when);
    for n in inner {
        visit(n, depth + 1, content, state, reach, found);
        r.questions
            .extend(reach[n.index()].questions.iter().copied());
        r.uses_outcome |= reach[n.index()].uses_outcome;
        size = size.saturating_add(found.size[n.index()]);
    }
    // Each question once, however often it is reached.
    r.questions.sort_unstable();
    r.questions.dedup();
    reach[id.index()] = r;
    found.size[id.index()] = size;
    state[id.index()] = State::Done;
}

/// What each named condition reaches, and what is wrong with them.
fn named_reach(content: &Content) -> (Vec<Reach>, Found) {
    let count = content.named.len();
    let mut state = vec![State::Unvisited; count];
    let mut reach = vec![Reach::default(); count];
    let mut found = Found {
        size: vec![0; count],
        ..Found::default()
    };
    for id in content.named.ids() {
        visit(id, 0, content, &mut state, &mut reach, &mut found);
    }
    (reach, found)
}

/// Named conditions must not refer to themselves; a question may depend
/// only on questions before it; interview conditions may not use `outcome`.
pub(super) fn check_order(ctx: &mut Ctx<'_>, content: &Content, raw: &Raw<'_>) {
    let (reach, found) = named_reach(content);
    let report = |ctx: &mut Ctx<'_>, id: ConditionId, kind: &'static str| {
        if let Some((loc, n)) = raw.named.get(id.index()) {
            ctx.error(*loc, Some(&n.id), Problem::new(kind).arg("id", &n.id));
        }
    };
    for &id in &found.cycles {
        report(ctx, id, "condition-cycle");
    }
    for &id in &found.too_deep {
        report(ctx, id, "condition-too-deep");
    }
    // Evaluating a condition walks its named conditions each time they are
    // named: one that stands for more nodes than this would make the guide
    // slow (`any: [is: a, is: a]` doubles at each step).
    for id in content.named.ids() {
        if found.size[id.index()] > CONDITION_SIZE_MAX && !found.cycles.contains(&id) {
            report(ctx, id, "condition-too-large");
        }
    }
    let reach_of = |c: &Condition| {
        let mut r = Reach::default();
        c.visit(&mut |m| match m {
            Mention::Question(q) | Mention::Option(q, _) => r.questions.push(q),
            Mention::Named(n) => {
                r.questions
                    .extend(reach[n.index()].questions.iter().copied());
                r.uses_outcome |= reach[n.index()].uses_outcome;
            }
            Mention::Outcome => r.uses_outcome = true,
        });
        r
    };
    for (id, q) in content.questions.enumerate() {
        let r = reach_of(&q.ask_when);
        let Some((loc, _)) = raw.questions.get(id.index()) else {
            continue;
        };
        if r.uses_outcome {
            ctx.error(*loc, Some("ask_when"), Problem::new("outcome-not-allowed"));
        }
        if let Some(&later) = r.questions.iter().find(|&&other| other >= id) {
            ctx.error(
                *loc,
                Some("ask_when"),
                Problem::new("ask-when-order")
                    .arg("id", &q.id)
                    .arg("other", &content.questions[later].id),
            );
        }
    }
    for (id, o) in content.outcomes.enumerate() {
        if reach_of(&o.when).uses_outcome {
            if let Some((loc, _)) = raw.outcomes.get(id.index()) {
                ctx.error(*loc, Some("when"), Problem::new("outcome-not-allowed"));
            }
        }
    }
}
