//! Conditions: when a question is asked, which outcome applies, and which
//! offices, documents, deadlines and steps belong to a result.
//!
//! In YAML a condition is a map; all its entries must hold:
//! - `question-id: value` or `question-id: [v1, v2]` — the answer is one of these;
//! - `question-id: given` / `not-given` — for dates and CPR numbers;
//! - `all: [..]`, `any: [..]`, `not: {..}` — combine conditions;
//! - `is: name` — a named condition from a `conditions:` section;
//! - `outcome: id` or `[ids]` — only in guidance items, the chosen outcome.

use super::ids::{ConditionId, OutcomeId, QuestionId, Table};
use super::model::NamedCondition;
use jiff::civil::Date;

/// Words that cannot be question IDs because conditions use them as keys.
pub const RESERVED_KEYS: [&str; 5] = ["all", "any", "not", "is", "outcome"];
/// Values that test whether a date or CPR was given.
pub const GIVEN: &str = "given";
pub const NOT_GIVEN: &str = "not-given";

/// A checked condition: every name is resolved to an index.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    Always,
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The choice answer to `question` is one of `options` (option positions).
    OneOf {
        question: QuestionId,
        options: Vec<usize>,
    },
    /// A date or CPR answer was (or was not) given.
    Given {
        question: QuestionId,
        given: bool,
    },
    /// A named condition.
    Named(ConditionId),
    /// The chosen outcome is one of these.
    Outcome(Vec<OutcomeId>),
}

/// What is known about one question while walking the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Fact {
    Choice(usize),
    Date(Date),
    /// A valid CPR number was given (the number itself is not kept here).
    Cpr,
    /// An optional question was asked and left empty.
    Skipped,
}

/// The facts a condition is evaluated against.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Facts {
    values: Vec<Option<Fact>>,
    pub outcome: Option<OutcomeId>,
}

impl Facts {
    pub fn new(questions: usize) -> Facts {
        Facts {
            values: vec![None; questions],
            outcome: None,
        }
    }

    pub fn get(&self, question: QuestionId) -> Option<Fact> {
        self.values.get(question.index()).copied().flatten()
    }

    pub fn set(&mut self, question: QuestionId, fact: Option<Fact>) {
        if let Some(slot) = self.values.get_mut(question.index()) {
            *slot = fact;
        }
    }

    /// Every question with a fact, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, Fact)> + '_ {
        self.values.iter().enumerate().filter_map(|(i, f)| {
            f.map(|f| (<QuestionId as super::ids::TableIndex>::from_index(i), f))
        })
    }

    pub fn date(&self, question: QuestionId) -> Option<Date> {
        match self.get(question) {
            Some(Fact::Date(d)) => Some(d),
            _ => None,
        }
    }
}

impl Condition {
    /// Evaluates against `facts`; `named` are the named conditions.
    pub fn holds(&self, facts: &Facts, named: &Table<ConditionId, NamedCondition>) -> bool {
        match self {
            Condition::Always => true,
            Condition::All(list) => list.iter().all(|c| c.holds(facts, named)),
            Condition::Any(list) => list.iter().any(|c| c.holds(facts, named)),
            Condition::Not(inner) => !inner.holds(facts, named),
            Condition::OneOf { question, options } => match facts.get(*question) {
                Some(Fact::Choice(o)) => options.contains(&o),
                _ => false,
            },
            Condition::Given { question, given } => {
                let is_given = matches!(facts.get(*question), Some(Fact::Date(_) | Fact::Cpr));
                is_given == *given
            }
            Condition::Named(id) => named.get(*id).is_some_and(|c| c.when.holds(facts, named)),
            Condition::Outcome(list) => facts.outcome.is_some_and(|o| list.contains(&o)),
        }
    }

    /// Three-valued evaluation for questions not answered yet: `open(q)`
    /// says question `q` may still be answered, so a test on it is unknown
    /// (`None`) rather than false.
    pub fn maybe(
        &self,
        facts: &Facts,
        named: &Table<ConditionId, NamedCondition>,
        open: &dyn Fn(QuestionId) -> bool,
    ) -> Option<bool> {
        let unknown = |q: &QuestionId| facts.get(*q).is_none() && open(*q);
        match self {
            Condition::All(list) => {
                let results: Vec<Option<bool>> =
                    list.iter().map(|c| c.maybe(facts, named, open)).collect();
                if results.contains(&Some(false)) {
                    Some(false)
                } else if results.iter().all(|r| *r == Some(true)) {
                    Some(true)
                } else {
                    None
                }
            }
            Condition::Any(list) => {
                let results: Vec<Option<bool>> =
                    list.iter().map(|c| c.maybe(facts, named, open)).collect();
                if results.contains(&Some(true)) {
                    Some(true)
                } else if results.iter().all(|r| *r == Some(false)) {
                    Some(false)
                } else {
                    None
                }
            }
            Condition::Not(inner) => inner.maybe(facts, named, open).map(|b| !b),
            Condition::OneOf { question, .. } | Condition::Given { question, .. }
                if unknown(question) =>
            {
                None
            }
            Condition::Named(id) => named
                .get(*id)
                .and_then(|c| c.when.maybe(facts, named, open)),
            Condition::Outcome(_) => None,
            other => Some(other.holds(facts, named)),
        }
    }

    /// Calls `visit` on every question, named condition and outcome this
    /// condition mentions directly (not through named conditions).
    pub fn visit(&self, visit: &mut impl FnMut(Mention)) {
        match self {
            Condition::Always => {}
            Condition::All(list) | Condition::Any(list) => {
                list.iter().for_each(|c| c.visit(visit));
            }
            Condition::Not(inner) => inner.visit(visit),
            Condition::OneOf { question, options } => {
                for option in options {
                    visit(Mention::Option(*question, *option));
                }
            }
            Condition::Given { question, .. } => visit(Mention::Question(*question)),
            Condition::Named(id) => visit(Mention::Named(*id)),
            Condition::Outcome(_) => visit(Mention::Outcome),
        }
    }
}

/// Something a condition refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Mention {
    Question(QuestionId),
    /// A question and the position of one of its options.
    Option(QuestionId, usize),
    Named(ConditionId),
    Outcome,
}
