//! The question flow every front end drives: the interview [`Session`]
//! with the steps around its questions that are the same wherever the
//! guide runs — "do you already have a CPR number?" before the number,
//! the municipality search and which match an Enter takes, keeping an
//! earlier answer, "is that right?" for a date far from today — so the
//! terminal UI and the line mode cannot disagree.
//! A front end turns keys or lines into these calls and shows the
//! [`Outcome`]; how it shows it (and how it reads typed words) is its own.

mod places;
mod save;

pub use places::PlaceSearch;
pub use save::{prepare_save, SaveError, SaveOutcome, SaveRequest};

use crate::content::{Content, QuestionId, QuestionKind};
use crate::engine::{is_unlikely_date, parse_answer, Answer, AnswerError, Position, Session};
use crate::i18n::{args, Catalog, Lang, Localizer};
use crate::output::{answer_reason, session_question, QuestionView};
use jiff::civil::Date;

/// The two steps of the CPR question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CprStep {
    /// "Do you already have a CPR number?" Yes or no.
    Have,
    /// The person said yes: the number is typed (hidden where it can be).
    Number,
}

/// What a step of the flow led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The answer was taken (or the earlier one kept): the session moved on.
    Answered,
    /// A municipality was taken: its name, to say which one it was.
    ChosePlace(String),
    /// "Yes, I have a CPR number": the number is asked for next.
    AskNumber,
    /// Several municipalities fit what was typed: they are in
    /// [`Flow::places`], to pick one.
    Listed,
    /// A date more than a year before or after today (`1.1.2030`, likely a
    /// slip): not taken yet. [`Flow::confirm_text`] asks "is that right?";
    /// [`Flow::confirm`] with yes takes it, with no asks for the date again.
    ConfirmDate { date: Date },
    /// "No, that date is not right": the date is asked for again.
    AskDateAgain,
    /// Not taken, and why.
    Refused(Refusal),
}

/// Why an answer was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing was given, and there is no earlier answer to keep.
    Required,
    /// What was typed is not an answer to this question.
    Invalid(AnswerError),
    /// Several municipalities are listed and none was picked.
    PickOne,
}

impl Refusal {
    /// The reason in words, for the question shown.
    pub fn text(&self, flow: &Flow<'_>) -> String {
        let t = flow.t();
        match (self, flow.session.question()) {
            (Refusal::Invalid(e), Some(q)) => {
                answer_reason(e, flow.content(), q, flow.session.today(), &t)
            }
            (Refusal::PickOne, _) => t.text_with(
                "ui-place-pick",
                &args([("unsure", flow.places.unsure_label())]),
            ),
            _ => t.text("err-answer-required"),
        }
    }
}

/// The interview with the steps around its questions.
pub struct Flow<'c> {
    session: Session<'c>,
    catalog: &'c Catalog,
    lang: Lang,
    /// At the CPR question: which step shows.
    cpr: CprStep,
    /// The municipality search, at that question.
    places: PlaceSearch,
    /// The municipality offered first when nothing is typed and there is
    /// no earlier answer (a kiosk's own).
    home_place: Option<usize>,
    /// A date far from today, typed and waiting for "is that right?".
    pending_date: Option<Date>,
}

impl<'c> Flow<'c> {
    pub fn new(content: &'c Content, catalog: &'c Catalog, lang: Lang, today: Date) -> Flow<'c> {
        let mut flow = Flow {
            session: Session::new(content, today),
            catalog,
            lang,
            cpr: CprStep::Have,
            places: PlaceSearch::default(),
            home_place: None,
            pending_date: None,
        };
        flow.arrive();
        flow
    }

    /// Offers `municipality` first at the municipality question (a kiosk's
    /// own), when there is no earlier answer.
    pub fn set_home_place(&mut self, municipality: Option<usize>) {
        self.home_place = municipality;
        self.arrive();
    }

    // What front ends read.

    pub fn session(&self) -> &Session<'c> {
        &self.session
    }

    pub fn content(&self) -> &'c Content {
        self.session.content()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn t(&self) -> Localizer<'c> {
        self.catalog.lang(self.lang)
    }

    pub fn position(&self) -> Position {
        self.session.position()
    }

    /// The question shown, in words, if one is.
    pub fn question(&self) -> Option<QuestionView> {
        session_question(&self.session, &self.t())
    }

    /// At the CPR question: which step shows; elsewhere none.
    pub fn cpr_step(&self) -> Option<CprStep> {
        let q = self.session.question()?;
        matches!(self.content().questions[q].kind, QuestionKind::Cpr).then_some(self.cpr)
    }

    /// Whether the question shown is the municipality search.
    pub fn at_place(&self) -> bool {
        self.session
            .question()
            .is_some_and(|q| self.content().questions[q].options_from_municipalities)
    }

    /// The municipality search at that question.
    pub fn places(&self) -> &PlaceSearch {
        &self.places
    }

    /// The date typed that waits for "is that right?" (see
    /// [`Outcome::ConfirmDate`]), if one does.
    pub fn pending_date(&self) -> Option<Date> {
        self.pending_date
    }

    /// "You wrote 1 January 2030. That is more than a year from now. Is
    /// that right?", while a date waits for it.
    pub fn confirm_text(&self) -> Option<String> {
        let date = self.pending_date?;
        let t = self.t();
        let when = if date < self.session.today() {
            "past"
        } else {
            "future"
        };
        Some(t.text_with(
            "ui-date-confirm",
            &args([("date", t.date_medium(date)), ("when", when.to_string())]),
        ))
    }

    /// About how many questions are left, the one shown included.
    pub fn questions_left(&self) -> usize {
        let progress = self.session.progress();
        progress.total.saturating_sub(progress.current) + 1
    }

    // What changes it.

    /// The language words are shown in; the municipalities found are
    /// named in it too (same search, same order).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.refresh_places();
    }

    /// The day deadlines count from (a clock that moves on).
    pub fn set_today(&mut self, today: Date) {
        self.session.set_today(today);
    }

    /// Forgets every answer and starts again.
    pub fn restart(&mut self) {
        self.session.restart();
        self.arrive();
    }

    /// Back one step: from "is that right?" to the date's question, from
    /// the CPR number to "do you have one?", else the previous question.
    /// `false` at the very start.
    pub fn back(&mut self) -> bool {
        if self.pending_date.take().is_some() {
            return true;
        }
        if self.cpr_step() == Some(CprStep::Number) {
            self.cpr = CprStep::Have;
            return true;
        }
        let moved = self.session.back();
        self.arrive();
        moved
    }

    /// From the review: change the answer to `question`.
    pub fn change(&mut self, question: QuestionId) {
        self.session.change(question);
        self.arrive();
    }

    /// Option `index` of the choice shown.
    pub fn choose(&mut self, index: usize) -> Outcome {
        let Some(q) = self.session.question() else {
            return Outcome::Refused(Refusal::Required);
        };
        if index >= self.content().questions[q].options().len() {
            return Outcome::Refused(Refusal::Required);
        }
        self.answered(Answer::Choice(index))
    }

    /// Nothing given: the earlier answer is kept, if there is one.
    pub fn keep(&mut self) -> Outcome {
        self.pending_date = None;
        if self.session.keep() {
            self.arrive();
            Outcome::Answered
        } else {
            Outcome::Refused(Refusal::Required)
        }
    }

    /// "Do you already have a CPR number?" Yes: the number next; no: none.
    pub fn have_cpr(&mut self, yes: bool) -> Outcome {
        if self.cpr_step().is_none() {
            return Outcome::Refused(Refusal::Required);
        }
        if yes {
            self.cpr = CprStep::Number;
            Outcome::AskNumber
        } else {
            self.answered(Answer::Skipped)
        }
    }

    /// Typed text for the question shown: a date, or a CPR number (also
    /// typed at once where yes or no is asked; a refused one stays there).
    /// Empty keeps the earlier answer; a CPR number said to exist must be
    /// typed, or one given before kept. A date more than a year from today
    /// is not taken yet: [`Outcome::ConfirmDate`] (a date waiting for that
    /// is dropped by a new submission).
    pub fn submit(&mut self, text: &str) -> Outcome {
        self.pending_date = None;
        if self.session.question().is_none() {
            return Outcome::Refused(Refusal::Required);
        }
        if text.trim().is_empty() {
            let kept = self.session.current_answer();
            return match self.cpr_step() {
                // Said yes: only a number given before is kept.
                Some(CprStep::Number) if matches!(kept, Some(Answer::Cpr(_))) => self.keep(),
                Some(CprStep::Number) => Outcome::Refused(Refusal::Required),
                // Where yes or no is asked, nothing is no (as most newcomers
                // have none), unless an answer was given before.
                Some(CprStep::Have) if kept.is_some() => self.keep(),
                Some(CprStep::Have) => self.have_cpr(false),
                None if kept.is_some() => self.keep(),
                None => self.typed(text),
            };
        }
        self.typed(text)
    }

    fn typed(&mut self, text: &str) -> Outcome {
        let Some(q) = self.session.question() else {
            return Outcome::Refused(Refusal::Required);
        };
        let today = self.session.today();
        match parse_answer(self.content(), q, text, today) {
            Ok(Answer::Date(date)) if is_unlikely_date(self.content(), q, date, today) => {
                self.pending_date = Some(date);
                Outcome::ConfirmDate { date }
            }
            Ok(answer) => self.answered(answer),
            Err(AnswerError::Required) => Outcome::Refused(Refusal::Required),
            Err(e) => Outcome::Refused(Refusal::Invalid(e)),
        }
    }

    /// "Is that right?" for the date waiting for it: yes takes it (and
    /// moves on), no drops it, so the date is asked for again. Nothing
    /// waiting: nothing to confirm.
    pub fn confirm(&mut self, yes: bool) -> Outcome {
        match self.pending_date.take() {
            Some(date) if yes => self.answered(Answer::Date(date)),
            Some(_) => Outcome::AskDateAgain,
            None => Outcome::Refused(Refusal::Required),
        }
    }

    /// What is typed into the municipality search: the matches follow it.
    pub fn search(&mut self, query: &str) {
        if self.at_place() {
            let first = self.place_first();
            let t = self.t();
            self.places.search(&self.session, query, first, &t);
        }
    }

    /// Takes row `row` of the municipality search.
    pub fn pick(&mut self, row: usize) -> Outcome {
        match self.places.rows().get(row) {
            Some(r) if self.at_place() => {
                let (option, label) = (r.option, r.label.clone());
                self.answered(Answer::Choice(option));
                Outcome::ChosePlace(label)
            }
            _ => Outcome::Refused(Refusal::PickOne),
        }
    }

    /// "I don't know yet" at the municipality question.
    pub fn pick_unsure(&mut self) -> Outcome {
        match self.places.rows().iter().position(|r| r.unsure) {
            Some(row) => self.pick(row),
            None => Outcome::Refused(Refusal::Required),
        }
    }

    /// Enter at the municipality search: the one match it takes (see
    /// [`PlaceSearch::best`]), else the matches to pick from, else why not.
    pub fn submit_search(&mut self) -> Outcome {
        if let Some(best) = self.places.best() {
            return self.pick(best);
        }
        let query = self.places.query().trim().to_string();
        if query.is_empty() {
            return Outcome::Refused(Refusal::Required);
        }
        if self.places.found().next().is_some() {
            self.places.mark_listed();
            return Outcome::Listed;
        }
        Outcome::Refused(Refusal::Invalid(AnswerError::UnknownOption {
            value: query,
        }))
    }

    fn answered(&mut self, answer: Answer) -> Outcome {
        self.session.answer(answer);
        self.arrive();
        Outcome::Answered
    }

    /// The earlier answer, else the kiosk's own municipality.
    fn place_first(&self) -> Option<usize> {
        match self.session.current_answer() {
            Some(Answer::Choice(o)) => Some(*o),
            _ => self.home_place,
        }
    }

    fn refresh_places(&mut self) {
        let query = self.places.query().to_string();
        let listed = self.places.is_listed();
        self.search(&query);
        if listed {
            self.places.mark_listed();
        }
    }

    /// A question shows (again): a CPR number given before shows its field
    /// (Enter keeps it); the search starts empty, with the earlier answer.
    fn arrive(&mut self) {
        self.pending_date = None;
        self.cpr = match self.session.current_answer() {
            Some(Answer::Cpr(_)) => CprStep::Number,
            _ => CprStep::Have,
        };
        self.places = PlaceSearch::default();
        self.search("");
    }
}
