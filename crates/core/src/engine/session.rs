//! One interview session, the same for every front end: the answers, where
//! the person is, going back, changing an answer from the review, and how
//! far along they are. The terminal UI, the line mode and the command line
//! drive this; none of them keeps answers or works out what comes next.
//!
//! Changing an answer keeps every later answer whose question is still
//! asked (GOV.UK's "check your answers"): after a change from the review,
//! only questions that are newly needed are asked, then the review again.
//! Answers a change makes unnecessary are kept aside, and come back when a
//! later change makes their questions needed again.
//! Going back keeps answers too: the earlier answer is shown, chosen.

use super::{parse_answer, Answer, AnswerError, Answers, Guidance, Interview, Next, Walk};
use crate::content::{Content, QuestionId};
use jiff::civil::Date;

/// Where the person is in the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// A question is shown.
    Question(QuestionId),
    /// Every needed answer is in: check them, then the result.
    Review,
}

/// "Question `current` of about `total`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub current: usize,
    pub total: usize,
}

/// An interview in progress. Wipes CPR numbers when dropped or restarted
/// (they live in [`Answers`]).
#[derive(Clone)]
pub struct Session<'c> {
    interview: Interview<'c>,
    answers: Answers,
    /// Answers to questions a change made unnecessary, kept aside: when a
    /// later change makes them needed again, they come back (changing an
    /// answer and straight back loses nothing). Never used for a result.
    shelved: Answers,
    position: Position,
    /// Positions to return to with [`Session::back`].
    history: Vec<Position>,
    /// A change started from the review: afterwards, back to the review.
    changing: bool,
    /// The most questions the interview can still come to, worked out
    /// when progress is first asked for after a change (the command line
    /// never asks).
    total: std::cell::Cell<Option<usize>>,
}

impl<'c> Session<'c> {
    pub fn new(content: &'c Content, today: Date) -> Session<'c> {
        let mut session = Session {
            interview: Interview::new(content, today),
            answers: Answers::new(),
            shelved: Answers::new(),
            position: Position::Review,
            history: Vec::new(),
            changing: false,
            total: std::cell::Cell::new(None),
        };
        session.position = session.first_position();
        session
    }

    pub fn content(&self) -> &'c Content {
        self.interview.content()
    }

    pub fn interview(&self) -> Interview<'c> {
        self.interview
    }

    pub fn today(&self) -> Date {
        self.interview.today()
    }

    /// A new day (a kiosk running past midnight): dates count from it.
    pub fn set_today(&mut self, today: Date) {
        if today != self.today() {
            self.interview = Interview::new(self.content(), today);
            self.interview.prune(&mut self.answers);
            self.total.set(None);
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn position(&self) -> Position {
        self.position
    }

    /// The question shown, if one is.
    pub fn question(&self) -> Option<QuestionId> {
        match self.position {
            Position::Question(q) => Some(q),
            Position::Review => None,
        }
    }

    /// The answer already given to the question shown.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.question().and_then(|q| self.answers.get(q))
    }

    pub fn walk(&self) -> Walk {
        self.interview.walk(&self.answers)
    }

    /// The result, once every needed answer is in.
    pub fn guidance(&self) -> Option<Guidance> {
        self.interview.guidance_of(&self.walk())
    }

    /// The answers on the path, in order: the review's items.
    pub fn review_items(&self) -> Vec<QuestionId> {
        self.walk().asked
    }

    fn first_position(&self) -> Position {
        match self.walk().next {
            Next::Ask(q) => Position::Question(q),
            Next::Done(_) | Next::NoOutcome => Position::Review,
        }
    }

    fn go(&mut self, to: Position) {
        if to != self.position {
            self.history.push(self.position);
        }
        self.position = to;
        if to == Position::Review {
            self.changing = false;
        }
    }

    /// Stores `answer` for the question shown and moves on: after a change
    /// from the review, to the next question that is newly needed or back to
    /// the review; otherwise to the next question on the path (shown with
    /// its earlier answer, if it had one) or the review.
    pub fn answer(&mut self, answer: Answer) {
        let Some(q) = self.question() else {
            return;
        };
        self.answers.set(q, answer);
        // A fresh answer replaces anything kept aside for it.
        self.shelved.remove(q);
        self.settle();
        self.total.set(None);
        let walk = self.walk();
        let first_open = match walk.next {
            Next::Ask(n) => Some(n),
            _ => None,
        };
        let to = if self.changing {
            first_open.map_or(Position::Review, Position::Question)
        } else {
            walk.asked
                .iter()
                .copied()
                .chain(first_open)
                .filter(|&x| x > q)
                .min()
                .map_or(Position::Review, Position::Question)
        };
        self.go(to);
    }

    /// Parses `text` as the answer to the question shown. Empty text keeps
    /// an answer given before; an optional question left empty is skipped.
    pub fn answer_text(&mut self, text: &str) -> Result<(), AnswerError> {
        let Some(q) = self.question() else {
            return Ok(());
        };
        if text.trim().is_empty() && self.keep() {
            return Ok(());
        }
        let answer = parse_answer(self.content(), q, text, self.today())?;
        self.answer(answer);
        Ok(())
    }

    /// Moves on keeping the answer given before, if there is one.
    pub fn keep(&mut self) -> bool {
        match self.current_answer().cloned() {
            Some(answer) => {
                self.answer(answer);
                true
            }
            None => false,
        }
    }

    /// Back one step, answers kept. `false` at the very start, where a front
    /// end may show what comes before the interview (a language choice).
    pub fn back(&mut self) -> bool {
        while let Some(previous) = self.history.pop() {
            let walk = self.walk();
            let still_there = match previous {
                Position::Question(q) => walk.asked.contains(&q) || walk.next == Next::Ask(q),
                Position::Review => !matches!(walk.next, Next::Ask(_)),
            };
            if still_there {
                self.position = previous;
                if previous == Position::Review {
                    self.changing = false;
                }
                return true;
            }
        }
        false
    }

    /// From the review: change the answer to `question`.
    pub fn change(&mut self, question: QuestionId) {
        if self.review_items().contains(&question) {
            self.go(Position::Question(question));
            self.changing = true;
        }
    }

    /// Drops the answers the path no longer asks for (kept aside), and
    /// brings back kept answers to questions the path asks again.
    fn settle(&mut self) {
        loop {
            let before = self.answers.clone();
            for q in self.interview.prune(&mut self.answers) {
                if let Some(answer) = before.get(q) {
                    self.shelved.set(q, answer.clone());
                }
            }
            let Next::Ask(next) = self.walk().next else {
                return;
            };
            match self.shelved.remove(next) {
                Some(answer) => self.answers.set(next, answer),
                None => return,
            }
        }
    }

    /// Forgets every answer (CPR numbers are wiped) and starts again.
    pub fn restart(&mut self) {
        self.shelved.clear();
        self.answers.clear();
        self.history.clear();
        self.changing = false;
        self.position = self.first_position();
        self.total.set(None);
    }

    /// Where the person is: this question's number on the path, and at most
    /// how many questions the interview can come to.
    pub fn progress(&self) -> Progress {
        let walk = self.walk();
        let current = match self.position {
            Position::Question(q) => {
                walk.asked
                    .iter()
                    .position(|&a| a == q)
                    .unwrap_or(walk.asked.len())
                    + 1
            }
            Position::Review => walk.asked.len(),
        };
        let total = self
            .total
            .get()
            .unwrap_or_else(|| {
                let total = self.estimate_total();
                self.total.set(Some(total));
                total
            })
            .max(1);
        Progress {
            current: current.min(total),
            total,
        }
    }

    /// At most how many questions the interview can come to from here:
    /// for each option of the next question, the questions asked plus each
    /// later one whose condition may still hold; the largest of those.
    fn estimate_total(&self) -> usize {
        let content = self.content();
        let bound = |answers: &Answers| {
            let walk = self.interview.walk(answers);
            let Next::Ask(next) = walk.next else {
                return walk.asked.len();
            };
            let open = |q: QuestionId| q >= next;
            let later = content
                .questions
                .enumerate()
                .filter(|(id, _)| *id >= next)
                .filter(|(_, q)| {
                    q.ask_when.maybe(&walk.facts, &content.named, &open) != Some(false)
                })
                .filter(|(_, q)| {
                    q.derive
                        .is_none_or(|d| walk.facts.get(d.from) != Some(crate::content::Fact::Cpr))
                })
                .count();
            walk.asked.len() + later
        };
        let Next::Ask(next) = self.walk().next else {
            return bound(&self.answers);
        };
        if content.questions[next].options().is_empty() {
            return bound(&self.answers);
        }
        let mut trial = self.answers.clone();
        // Options no condition names all lead the same way: one is tried.
        let best = content
            .distinct_options(next)
            .map(|o| {
                trial.set(next, Answer::Choice(o));
                bound(&trial)
            })
            .max()
            .unwrap_or(0);
        trial.clear();
        best
    }
}
