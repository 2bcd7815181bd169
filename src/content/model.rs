//! The checked content model. Once built, every reference in it points to
//! something that exists, so the engine and front ends never re-check.

use super::condition::Condition;
use crate::calendar::hours::OpeningHours;
use jiff::civil::Date;

/// Where an item is defined, for messages to content editors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

/// A source document or page, with the day a person last checked it.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub url: Option<String>,
    pub file: Option<String>,
    pub checked: Date,
    /// For editors: what changed on the page, what to re-check.
    pub note: Option<String>,
    pub at: Origin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one option; `options` are the stable values.
    Choice { options: Vec<String> },
    /// A date `YYYY-MM-DD`.
    Date { not_after_today: bool },
    /// An existing CPR number.
    Cpr,
}

/// What a question's answer can be derived from, so it is not asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeriveFact {
    /// `yes` when the holder of the CPR number is 18 or older today, else `no`.
    Adult,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Derive {
    /// Index of the CPR question the answer follows from.
    pub from: usize,
    pub fact: DeriveFact,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub optional: bool,
    /// Options come from the municipalities section (message `municipality-<id>`).
    pub options_from_municipalities: bool,
    pub ask_when: Condition,
    pub derive: Option<Derive>,
    pub sources: Vec<usize>,
    pub at: Origin,
}

impl Question {
    pub fn options(&self) -> &[String] {
        match &self.kind {
            QuestionKind::Choice { options } => options,
            _ => &[],
        }
    }

    /// Message ID of an option's label.
    pub fn option_message(&self, option: &str) -> String {
        if self.options_from_municipalities {
            format!("municipality-{option}")
        } else {
            format!("opt-{}-{option}", self.id)
        }
    }
}

#[derive(Debug, Clone)]
pub struct NamedCondition {
    pub id: String,
    pub at: Origin,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: String,
    pub when: Condition,
    pub sources: Vec<usize>,
    pub at: Origin,
}

#[derive(Debug, Clone)]
pub struct Office {
    pub id: String,
    pub address: Vec<String>,
    pub web: Option<String>,
    pub booking: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Visitors must book a time before coming.
    pub appointment: bool,
    /// Weekly hours, closures and holidays.
    pub opening: OpeningHours,
    pub sources: Vec<usize>,
    pub at: Origin,
}

#[derive(Debug, Clone)]
pub struct Municipality {
    pub id: String,
    /// The office where newcomers register.
    pub office: usize,
    /// Further offices this municipality points some newcomers to.
    pub also: Vec<OfficeRole>,
    pub sources: Vec<usize>,
    pub at: Origin,
}

/// Which office an office role names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeRef {
    Fixed(usize),
    /// The registration office of the municipality chosen in this question.
    OfMunicipality(usize),
}

/// An office with the part it plays in a result, e.g. "where to register".
#[derive(Debug, Clone)]
pub struct OfficeRole {
    pub office: OfficeRef,
    pub role: String,
    pub when: Condition,
    pub note: Option<String>,
    pub sources: Vec<usize>,
    pub at: Origin,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub when: Condition,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub when: Condition,
    pub notes: Vec<Note>,
    pub sources: Vec<usize>,
    pub at: Origin,
}

/// How a deadline's date reads: "by", "not before", "around".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    By,
    NotBefore,
    About,
    /// A milestone ("on"), e.g. the day a stay passes 3 months.
    On,
}

impl DeadlineKind {
    pub fn id(self) -> &'static str {
        match self {
            DeadlineKind::By => "by",
            DeadlineKind::NotBefore => "not-before",
            DeadlineKind::About => "about",
            DeadlineKind::On => "on",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Days(i32),
    Months(i32),
    WorkingDaysBefore(u32),
}

/// How a deadline's date is computed from a date answer.
#[derive(Debug, Clone)]
pub struct DateRule {
    pub when: Condition,
    /// Date question the count starts from.
    pub from: usize,
    /// Later date answers that push the start later (e.g. a permit granted after arrival).
    pub not_before: Vec<usize>,
    pub offset: Offset,
}

#[derive(Debug, Clone)]
pub struct Deadline {
    pub id: String,
    pub kind: DeadlineKind,
    pub when: Condition,
    pub dates: Vec<DateRule>,
    pub sources: Vec<usize>,
    pub at: Origin,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub when: Condition,
    pub sources: Vec<usize>,
    pub at: Origin,
}

/// All guidance content, checked.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub sources: Vec<Source>,
    pub questions: Vec<Question>,
    pub named: Vec<NamedCondition>,
    /// The named conditions' bodies, index for index with `named`.
    pub named_when: Vec<Condition>,
    pub outcomes: Vec<Outcome>,
    pub offices: Vec<Office>,
    pub municipalities: Vec<Municipality>,
    pub office_roles: Vec<OfficeRole>,
    pub documents: Vec<Document>,
    pub deadlines: Vec<Deadline>,
    pub steps: Vec<Step>,
}

impl Content {
    pub fn question(&self, id: &str) -> Option<(usize, &Question)> {
        self.questions.iter().enumerate().find(|(_, q)| q.id == id)
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    /// Whether `condition` holds for `facts`.
    pub fn holds(&self, condition: &Condition, facts: &super::condition::Facts) -> bool {
        condition.holds(facts, &self.named_when)
    }
}
