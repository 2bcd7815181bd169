//! Conditions: when a question is asked, which outcome applies, and which
//! offices, documents, deadlines and steps belong to a result.
//!
//! In YAML a condition is a map; all its entries must hold:
//! - `question-id: value` or `question-id: [v1, v2]` — the answer is one of these;
//! - `question-id: given` / `not-given` — for dates and CPR numbers;
//! - `all: [..]`, `any: [..]`, `not: {..}` — combine conditions;
//! - `is: name` — a named condition from a `conditions:` section;
//! - `outcome: id` or `[ids]` — only in guidance items, the chosen outcome.

use jiff::civil::Date;

/// Words that cannot be question IDs because conditions use them as keys.
pub const RESERVED_KEYS: [&str; 5] = ["all", "any", "not", "is", "outcome"];
/// Values that test whether a date or CPR was given.
pub const GIVEN: &str = "given";
pub const NOT_GIVEN: &str = "not-given";

/// A checked condition: every name is resolved to an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    Always,
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The choice answer to `question` is one of `options` (option indices).
    OneOf {
        question: usize,
        options: Vec<usize>,
    },
    /// A date or CPR answer was (or was not) given.
    Given {
        question: usize,
        given: bool,
    },
    /// A named condition, by index.
    Named(usize),
    /// The chosen outcome is one of these (outcome indices).
    Outcome(Vec<usize>),
}

/// What is known about one question while walking the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    Choice(usize),
    Date(Date),
    /// A valid CPR number was given (the number itself is not kept here).
    Cpr,
    /// An optional question was asked and left empty.
    Skipped,
}

/// The facts a condition is evaluated against.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub values: Vec<Option<Fact>>,
    pub outcome: Option<usize>,
}

impl Facts {
    pub fn new(questions: usize) -> Facts {
        Facts {
            values: vec![None; questions],
            outcome: None,
        }
    }

    pub fn get(&self, question: usize) -> Option<Fact> {
        self.values.get(question).copied().flatten()
    }

    pub fn date(&self, question: usize) -> Option<Date> {
        match self.get(question) {
            Some(Fact::Date(d)) => Some(d),
            _ => None,
        }
    }
}

impl Condition {
    /// Evaluates against `facts`; `named` are the named conditions.
    pub fn holds(&self, facts: &Facts, named: &[Condition]) -> bool {
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
            Condition::Named(index) => named.get(*index).is_some_and(|c| c.holds(facts, named)),
            Condition::Outcome(list) => facts.outcome.is_some_and(|o| list.contains(&o)),
        }
    }

    /// Three-valued evaluation for questions not answered yet: `open(q)`
    /// says question `q` may still be answered, so a test on it is unknown
    /// (`None`) rather than false.
    pub fn maybe(
        &self,
        facts: &Facts,
        named: &[Condition],
        open: &dyn Fn(usize) -> bool,
    ) -> Option<bool> {
        let unknown = |q: &usize| facts.get(*q).is_none() && open(*q);
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
            Condition::Named(index) => named.get(*index).and_then(|c| c.maybe(facts, named, open)),
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
            Condition::Named(index) => visit(Mention::Named(*index)),
            Condition::Outcome(_) => visit(Mention::Outcome),
        }
    }
}

/// Something a condition refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mention {
    Question(usize),
    Option(usize, usize),
    Named(usize),
    Outcome,
}
