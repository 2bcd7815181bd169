//! The interview engine: from the answers so far to the next question or
//! the outcome. Pure: no terminal, no clock (today is passed in).
//!
//! Questions are walked in content order; a question is asked when its
//! `ask_when` holds for the answers before it. A question whose answer can be
//! derived (e.g. "over 18" from a CPR number) is not asked. [`Session`] is
//! the one interview every front end drives: answers, back, change from the
//! review, progress.

mod answers;
mod guidance;
mod session;

pub use answers::{is_unlikely_date, parse_answer, Answer, AnswerError, Answers};
pub use guidance::{
    answered_municipality, DeadlineItem, DeadlineStatus, DocumentItem, DocumentStepItem, Guidance,
    OfficeItem,
};
pub use session::{Position, Progress, Session};

use crate::content::{Content, DeriveFact, Fact, Facts, OutcomeId, Question, QuestionId};
use crate::cpr::Cpr;
use jiff::civil::Date;

/// What comes next in the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask this question.
    Ask(QuestionId),
    /// All needed answers are in; this outcome applies.
    Done(OutcomeId),
    /// All questions answered but no outcome rule matched (lint prevents it).
    NoOutcome,
}

/// The result of walking the questions with a set of answers.
#[derive(Debug, Clone)]
pub struct Walk {
    /// Questions on the path that were answered, in order.
    pub asked: Vec<QuestionId>,
    /// Questions on the path whose answer was derived, not asked.
    pub derived: Vec<QuestionId>,
    pub facts: Facts,
    pub next: Next,
}

/// The questions still to answer before the outcome, as far as the answers
/// so far tell, in the order they are asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Missing {
    /// Asked whatever the open answers will be: each needs an answer.
    pub needed: Vec<QuestionId>,
    /// Asked or not depending on answers not given yet.
    pub perhaps: Vec<QuestionId>,
}

/// The interview over one content set, as of one day.
#[derive(Clone, Copy)]
pub struct Interview<'c> {
    content: &'c Content,
    today: Date,
}

/// Whether a question is asked, as far as the answers so far tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    Yes,
    No,
    /// Depends on a question not answered yet.
    Unknown,
}

impl Asked {
    /// Whether `question` is asked, given the facts so far and what is
    /// known of the questions before it: one still open may get an answer.
    fn of(
        question: &crate::content::Question,
        facts: &Facts,
        state: &[Asked],
        content: &Content,
    ) -> Asked {
        let open = |q: QuestionId| state[q.index()] != Asked::No;
        match question.ask_when.maybe(facts, &content.named, &open) {
            Some(true) => Asked::Yes,
            Some(false) => Asked::No,
            None => Asked::Unknown,
        }
    }
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
                question
                    .option(if adult { "yes" } else { "no" })
                    .map(Fact::Choice)
            }
        }
    }

    /// Walks the questions in order with `answers`, up to the first one
    /// asked and not answered.
    pub fn walk(&self, answers: &Answers) -> Walk {
        let content = self.content;
        let mut facts = Facts::new(content.questions.len());
        let mut asked = Vec::new();
        let mut derived = Vec::new();
        for (id, question) in content.questions.enumerate() {
            if !content.holds(&question.ask_when, &facts) {
                continue;
            }
            if let Some(fact) = self.derived(question, answers) {
                facts.set(id, Some(fact));
                derived.push(id);
                continue;
            }
            let Some(answer) = answers.get(id) else {
                return Walk {
                    asked,
                    derived,
                    facts,
                    next: Next::Ask(id),
                };
            };
            facts.set(id, Some(answer.fact()));
            asked.push(id);
        }
        let next = content
            .outcomes
            .find(|o| content.holds(&o.when, &facts))
            .map_or(Next::NoOutcome, |(id, _)| Next::Done(id));
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

    /// Drops the answers of questions that are no longer asked, and keeps
    /// every answer whose question still is, or may be once the questions
    /// still open are answered: changing an early answer keeps the later
    /// ones that still apply. Returns the questions dropped.
    pub fn prune(&self, answers: &mut Answers) -> Vec<QuestionId> {
        let content = self.content;
        let mut facts = Facts::new(content.questions.len());
        let mut state = vec![Asked::Unknown; content.questions.len()];
        for (id, question) in content.questions.enumerate() {
            let asked = Asked::of(question, &facts, &state, content);
            state[id.index()] = asked;
            if asked == Asked::Yes {
                // Derived only from a number that is itself still asked.
                let from_asked = question
                    .derive
                    .is_some_and(|d| state[d.from.index()] == Asked::Yes);
                let derived = from_asked
                    .then(|| self.derived(question, answers))
                    .flatten();
                facts.set(id, derived.or_else(|| answers.get(id).map(Answer::fact)));
            }
        }
        let mut dropped = Vec::new();
        answers.retain(|q| {
            let keep = state[q.index()] != Asked::No;
            if !keep {
                dropped.push(q);
            }
            keep
        });
        dropped
    }

    /// Every question still to answer with `answers` (not only the next
    /// one): those asked whatever the open answers, and those that depend
    /// on them. A question whose answer is derived is never missing.
    pub fn missing(&self, answers: &Answers) -> Missing {
        let content = self.content;
        let mut facts = Facts::new(content.questions.len());
        let mut state = vec![Asked::Unknown; content.questions.len()];
        let mut missing = Missing::default();
        for (id, question) in content.questions.enumerate() {
            let asked = Asked::of(question, &facts, &state, content);
            state[id.index()] = asked;
            let derived = self.derived(question, answers);
            let fact = derived.or_else(|| answers.get(id).map(Answer::fact));
            match (asked, fact) {
                (Asked::Yes, Some(fact)) => facts.set(id, Some(fact)),
                (Asked::Yes, None) => missing.needed.push(id),
                (Asked::Unknown, None) => missing.perhaps.push(id),
                _ => {}
            }
        }
        missing
    }

    /// Parses `input` as the answer to `question`, stores it and prunes.
    pub fn answer(
        &self,
        answers: &mut Answers,
        question: QuestionId,
        input: &str,
    ) -> Result<(), AnswerError> {
        if self.content.questions.get(question).is_none() {
            return Err(AnswerError::Required);
        }
        let answer = parse_answer(self.content, question, input, self.today)?;
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
