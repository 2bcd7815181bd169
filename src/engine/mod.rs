//! The interview engine: from the answers so far to the next question or
//! the outcome. Pure: no terminal, no clock (today is passed in).
//!
//! Questions are walked in content order; a question is asked when its
//! `ask_when` holds for the answers before it. A question whose answer can be
//! derived (e.g. "over 18" from a CPR number) is not asked. Answers to
//! questions no longer on the path are dropped (`prune`), so no stale answer
//! reaches a result.

mod answers;
mod guidance;

pub use answers::{parse_answer, Answer, AnswerError, Answers};
pub use guidance::{DeadlineItem, DeadlineStatus, DocumentItem, Guidance, OfficeItem};

use crate::content::{Content, DeriveFact, Fact, Facts, Question};
use crate::cpr::Cpr;
use jiff::civil::Date;

/// What comes next in the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask this question (index).
    Ask(usize),
    /// All needed answers are in; this outcome (index) applies.
    Done(usize),
    /// All questions answered but no outcome rule matched (lint prevents it).
    NoOutcome,
}

/// The result of walking the questions with a set of answers.
#[derive(Debug, Clone)]
pub struct Walk {
    /// Questions on the path that were answered, in order.
    pub asked: Vec<usize>,
    /// Questions on the path whose answer was derived, not asked.
    pub derived: Vec<usize>,
    pub facts: Facts,
    pub next: Next,
}

/// The interview over one content set, as of one day.
#[derive(Clone, Copy)]
pub struct Interview<'c> {
    content: &'c Content,
    today: Date,
}

impl<'c> Interview<'c> {
    pub fn new(content: &'c Content, today: Date) -> Interview<'c> {
        Interview { content, today }
    }

    pub fn content(&self) -> &'c Content {
        self.content
    }

    pub fn today(&self) -> Date {
        self.today
    }

    /// What `question`'s answer is derived to, if it can be derived now.
    fn derived(&self, question: &Question, answers: &Answers) -> Option<Fact> {
        let derive = question.derive?;
        let Some(Answer::Cpr(cpr)) = answers.get(derive.from) else {
            return None;
        };
        match derive.fact {
            DeriveFact::Adult => {
                let adult = Cpr::age_on(cpr, self.today) >= 18;
                let wanted = if adult { "yes" } else { "no" };
                question
                    .options()
                    .iter()
                    .position(|o| o == wanted)
                    .map(Fact::Choice)
            }
        }
    }

    /// Walks the questions in order with `answers`.
    pub fn walk(&self, answers: &Answers) -> Walk {
        let content = self.content;
        let mut facts = Facts::new(content.questions.len());
        let mut asked = Vec::new();
        let mut derived = Vec::new();
        for (index, question) in content.questions.iter().enumerate() {
            if !content.holds(&question.ask_when, &facts) {
                continue;
            }
            if let Some(fact) = self.derived(question, answers) {
                facts.values[index] = Some(fact);
                derived.push(index);
                continue;
            }
            let Some(answer) = answers.get(index) else {
                return Walk {
                    asked,
                    derived,
                    facts,
                    next: Next::Ask(index),
                };
            };
            facts.values[index] = Some(match answer {
                Answer::Choice(o) => Fact::Choice(*o),
                Answer::Date(d) => Fact::Date(*d),
                Answer::Cpr(_) => Fact::Cpr,
                Answer::Skipped => Fact::Skipped,
            });
            asked.push(index);
        }
        let next = content
            .outcomes
            .iter()
            .position(|o| content.holds(&o.when, &facts))
            .map_or(Next::NoOutcome, Next::Done);
        if let Next::Done(o) = next {
            facts.outcome = Some(o);
        }
        Walk {
            asked,
            derived,
            facts,
            next,
        }
    }

    pub fn next(&self, answers: &Answers) -> Next {
        self.walk(answers).next
    }

    /// Drops the answers of questions no longer on the path. Returns the
    /// indices dropped, so a front end can say what was forgotten.
    pub fn prune(&self, answers: &mut Answers) -> Vec<usize> {
        let walk = self.walk(answers);
        let mut dropped = Vec::new();
        answers.retain(|q| {
            let keep = walk.asked.contains(&q);
            if !keep {
                dropped.push(q);
            }
            keep
        });
        dropped
    }

    /// Parses `input` as the answer to `question`, stores it and prunes.
    pub fn answer(
        &self,
        answers: &mut Answers,
        question: usize,
        input: &str,
    ) -> Result<(), AnswerError> {
        let q = self
            .content
            .questions
            .get(question)
            .ok_or(AnswerError::Required)?;
        let answer = parse_answer(q, input, self.today)?;
        answers.set(question, answer);
        self.prune(answers);
        Ok(())
    }

    /// The guidance for a walk that reached an outcome (saves walking again).
    pub fn guidance_of(&self, walk: &Walk) -> Option<Guidance> {
        match walk.next {
            Next::Done(outcome) => Some(guidance::build(self, walk, outcome)),
            _ => None,
        }
    }

    /// The guidance for complete answers, or the question still to answer.
    pub fn guidance(&self, answers: &Answers) -> Result<Guidance, Next> {
        let walk = self.walk(answers);
        self.guidance_of(&walk).ok_or(walk.next)
    }
}
