//! The answers a person has given so far, and parsing of typed values.

use crate::calendar::{parse_typed_date, DateError};
use crate::content::places::{Hit, Resolution, Via};
use crate::content::{Content, Fact, QuestionId, QuestionKind};
use crate::cpr::{Cpr, CprError};
use jiff::civil::Date;

/// One answer. A CPR number lives in its own allocation so that moving the
/// answer never leaves copies of the digits behind; it is wiped on drop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Index of the chosen option.
    Choice(usize),
    Date(Date),
    Cpr(Box<Cpr>),
    /// An optional question was asked and left empty.
    Skipped,
}

impl Answer {
    /// What the answer tells conditions (a CPR number: only that one was given).
    pub fn fact(&self) -> Fact {
        match self {
            Answer::Choice(o) => Fact::Choice(*o),
            Answer::Date(d) => Fact::Date(*d),
            Answer::Cpr(_) => Fact::Cpr,
            Answer::Skipped => Fact::Skipped,
        }
    }
}

/// Answers by question, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: Vec<(QuestionId, Answer)>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question: QuestionId) -> Option<&Answer> {
        self.values
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, a)| a)
    }

    /// Sets or replaces the answer to `question`.
    /// Sets the answer to `question`; answers are kept in question order,
    /// so two sets of the same answers are equal however they were given.
    pub fn set(&mut self, question: QuestionId, answer: Answer) {
        match self.values.binary_search_by_key(&question, |(q, _)| *q) {
            Ok(at) => self.values[at].1 = answer,
            Err(at) => self.values.insert(at, (question, answer)),
        }
    }

    pub fn remove(&mut self, question: QuestionId) -> Option<Answer> {
        let pos = self.values.iter().position(|(q, _)| *q == question)?;
        Some(self.values.remove(pos).1)
    }

    /// Keeps only the answers for which `keep` holds (dropped CPRs are wiped).
    pub fn retain(&mut self, mut keep: impl FnMut(QuestionId) -> bool) {
        self.values.retain(|(q, _)| keep(*q));
    }

    /// Forgets everything; CPR numbers are wiped.
    pub fn clear(&mut self) {
        self.values.clear();
        self.values.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        self.values.iter().map(|(q, a)| (*q, a))
    }
}

/// Why a typed value is not a valid answer to a question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// Not one of the question's options.
    #[error("not one of the question's options")]
    UnknownOption { value: String },
    #[error(transparent)]
    Date(#[from] DateError),
    /// The date lies after today, and the question does not allow that.
    #[error("the date is after today")]
    DateAfterToday,
    #[error(transparent)]
    Cpr(#[from] CprError),
    /// Left empty, but the question needs an answer.
    #[error("the question needs an answer")]
    Required,
    /// A postcode, town or part of a name that fits several
    /// municipalities: `options` are the option indices it could mean.
    #[error("several options fit")]
    Ambiguous {
        value: String,
        options: Vec<usize>,
        /// The postcode or town it came from, when it was one.
        via: Option<Via>,
    },
}

impl AnswerError {
    /// Stable machine name, also the message suffix (`err-answer-<kind>`).
    pub fn kind(&self) -> &'static str {
        match self {
            AnswerError::UnknownOption { .. } => "unknown-option",
            AnswerError::Date(e) => match e {
                DateError::Format => "date-format",
                DateError::NoSuchDate => "date-no-such-date",
                DateError::OutOfRange => "date-out-of-range",
                DateError::NoSuchTime => "date-no-such-time",
            },
            AnswerError::DateAfterToday => "date-after-today",
            AnswerError::Cpr(e) => match e {
                CprError::Empty => "cpr-empty",
                CprError::InvalidCharacter { .. } => "cpr-invalid-character",
                CprError::MisplacedHyphen => "cpr-misplaced-hyphen",
                CprError::WrongLength { .. } => "cpr-wrong-length",
                CprError::ImpossibleDate => "cpr-impossible-date",
                CprError::NotLeapYear { .. } => "cpr-not-leap-year",
                CprError::FutureDate => "cpr-future-date",
            },
            AnswerError::Required => "required",
            AnswerError::Ambiguous { .. } => "ambiguous",
        }
    }
}

/// Parses a typed value for `question`: an option ID for choices (for a
/// municipality also its code, a postcode, a town or its name, see
/// [`crate::content::places`]), a date as people write it (see
/// [`crate::calendar::parse_typed_date`]), a CPR number.
/// Empty input skips an optional question.
pub fn parse_answer(
    content: &Content,
    question: QuestionId,
    input: &str,
    today: Date,
) -> Result<Answer, AnswerError> {
    let question = &content.questions[question];
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return if question.optional {
            Ok(Answer::Skipped)
        } else {
            Err(AnswerError::Required)
        };
    }
    match &question.kind {
        QuestionKind::Choice { .. } if question.options_from_municipalities => {
            match content.resolve_municipality(trimmed) {
                Resolution::Found(m) => Ok(Answer::Choice(m.index())),
                Resolution::Choose(hits) => Err(AnswerError::Ambiguous {
                    value: trimmed.to_string(),
                    options: hits.iter().map(|h| h.municipality.index()).collect(),
                    via: common_via(&hits),
                }),
                Resolution::NotFound => Err(AnswerError::UnknownOption {
                    value: trimmed.to_string(),
                }),
            }
        }
        QuestionKind::Choice { options } => options
            .iter()
            .position(|o| o == trimmed)
            .map(Answer::Choice)
            .ok_or_else(|| AnswerError::UnknownOption {
                value: trimmed.to_string(),
            }),
        QuestionKind::Date { not_after_today } => {
            let date = parse_typed_date(trimmed, today).map_err(AnswerError::Date)?;
            if *not_after_today && date > today {
                return Err(AnswerError::DateAfterToday);
            }
            Ok(Answer::Date(date))
        }
        QuestionKind::Cpr => Cpr::parse(trimmed, today)
            .map(|c| Answer::Cpr(Box::new(c)))
            .map_err(AnswerError::Cpr),
    }
}

/// Whether `date`, typed for `question`, is more likely a slip than meant
/// (`1.1.2030` for an arrival): more than a year before or after `today`.
/// Asked only for dates of what is coming (arrival, the first day of
/// work), not for a document's date (`not_after_today`), which may well
/// be years old.
pub fn is_unlikely_date(content: &Content, question: QuestionId, date: Date, today: Date) -> bool {
    use jiff::ToSpan;
    let QuestionKind::Date { not_after_today } = content.questions[question].kind else {
        return false;
    };
    let before = today.checked_sub(1.year()).ok();
    let after = today.checked_add(1.year()).ok();
    !not_after_today && (before.is_some_and(|b| date < b) || after.is_some_and(|a| date > a))
}

/// The postcode (or town) all hits came from, when several share one.
fn common_via(hits: &[Hit]) -> Option<Via> {
    let first = hits.first()?.via;
    let shared = hits.len() > 1 && hits.iter().all(|h| h.via == first);
    (shared && matches!(first, Via::Postcode(_) | Via::Town(_))).then_some(first)
}
