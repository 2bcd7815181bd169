//! The answers a person has given so far, and parsing of typed values.

use crate::calendar::{parse_date, DateError};
use crate::content::{Fact, Question, QuestionId, QuestionKind};
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
    pub fn set(&mut self, question: QuestionId, answer: Answer) {
        match self.values.iter_mut().find(|(q, _)| *q == question) {
            Some(slot) => slot.1 = answer,
            None => self.values.push((question, answer)),
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
            },
            AnswerError::DateAfterToday => "date-after-today",
            AnswerError::Cpr(e) => match e {
                CprError::Empty => "cpr-empty",
                CprError::InvalidCharacter { .. } => "cpr-invalid-character",
                CprError::MisplacedHyphen => "cpr-misplaced-hyphen",
                CprError::WrongLength { .. } => "cpr-wrong-length",
                CprError::ImpossibleDate => "cpr-impossible-date",
                CprError::FutureDate => "cpr-future-date",
            },
            AnswerError::Required => "required",
        }
    }
}

/// Parses a typed value for `question`: an option ID for choices,
/// `YYYY-MM-DD` for dates, a CPR number. Empty input skips an optional question.
pub fn parse_answer(question: &Question, input: &str, today: Date) -> Result<Answer, AnswerError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return if question.optional {
            Ok(Answer::Skipped)
        } else {
            Err(AnswerError::Required)
        };
    }
    match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .position(|o| o == trimmed)
            .map(Answer::Choice)
            .ok_or_else(|| AnswerError::UnknownOption {
                value: trimmed.to_string(),
            }),
        QuestionKind::Date { not_after_today } => {
            let date = parse_date(trimmed).map_err(AnswerError::Date)?;
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
