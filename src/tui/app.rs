//! The terminal UI's state and its one place of change, `update`
//! (the Elm architecture: key → message → update → view). No terminal here,
//! so every transition is testable.

use crate::content::{Content, QuestionKind};
use crate::engine::{parse_answer, Answer, Answers, Interview, Next};
use crate::i18n::{Catalog, Lang, Localizer};
use crate::output::{build_view, View};
use jiff::civil::{Date, DateTime};
use zeroize::{Zeroize, Zeroizing};

/// The longest text a date or CPR field takes: enough for any valid input
/// and a few stray characters, small enough never to reallocate.
pub const INPUT_MAX: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Welcome and language choice.
    Welcome,
    /// A question, by index.
    Question(usize),
    /// All answers, each changeable.
    Review,
    Result,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
}

/// Everything a key, a click or a resize can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// Choose the option with this index (a digit key or a click).
    Pick(usize),
    Enter,
    Back,
    Char(char),
    DeleteChar,
    Restart,
    AskQuit,
    AnswerQuit(bool),
    ToggleHelp,
    NextLang,
    Resize(u16, u16),
    /// A mouse click at this cell.
    Click {
        column: u16,
        row: u16,
    },
}

/// The whole state of the terminal UI.
pub struct App<'c> {
    pub content: &'c Content,
    pub catalog: &'c Catalog,
    pub lang: Lang,
    /// The language the welcome screen preselects (the user's locale).
    pub default_lang: Lang,
    pub today: Date,
    pub now: Option<DateTime>,
    pub answers: Answers,
    pub screen: Screen,
    /// Screens to return to with Back.
    pub history: Vec<Screen>,
    /// The text being typed into a date or CPR field; wiped when left.
    pub input: Zeroizing<String>,
    /// The highlighted option or item.
    pub selected: usize,
    /// Lines scrolled on the review and result screens.
    pub scroll: u16,
    pub overlay: Option<Overlay>,
    pub size: (u16, u16),
    pub quit: bool,
    /// The result, in the current language, while the result screen shows.
    pub result: Option<View>,
    /// Set when the current question was opened from the review screen.
    pub from_review: bool,
    /// Shown under an input after Enter was refused.
    pub refused: bool,
    /// The most questions the interview can still come to (for progress).
    pub total_estimate: usize,
    pub theme: super::view::Theme,
}

impl<'c> App<'c> {
    pub fn new(
        content: &'c Content,
        catalog: &'c Catalog,
        lang: Lang,
        today: Date,
        now: Option<DateTime>,
    ) -> App<'c> {
        App {
            content,
            catalog,
            lang,
            default_lang: lang,
            today,
            now,
            answers: Answers::new(),
            screen: Screen::Welcome,
            history: Vec::new(),
            input: Zeroizing::new(String::with_capacity(INPUT_MAX)),
            selected: lang_index(lang),
            scroll: 0,
            overlay: None,
            size: (80, 24),
            quit: false,
            result: None,
            from_review: false,
            refused: false,
            total_estimate: 0,
            theme: super::view::Theme::default(),
        }
        .with_estimate()
    }

    fn with_estimate(mut self) -> Self {
        self.total_estimate = self.estimate_total();
        self
    }

    pub fn interview(&self) -> Interview<'c> {
        Interview::new(self.content, self.today)
    }

    pub fn t(&self) -> Localizer<'c> {
        self.catalog.lang(self.lang)
    }

    /// Forgets every answer and the typed text; back to the welcome screen.
    pub fn reset(&mut self) {
        self.answers.clear();
        self.input.zeroize();
        self.history.clear();
        self.screen = Screen::Welcome;
        self.lang = self.default_lang;
        self.selected = lang_index(self.lang);
        self.scroll = 0;
        self.overlay = None;
        self.result = None;
        self.from_review = false;
        self.refused = false;
        self.total_estimate = self.estimate_total();
    }

    /// The questions answered so far on the current path (review items).
    pub fn review_items(&self) -> Vec<usize> {
        self.interview().walk(&self.answers).asked
    }

    /// Where the person is: (this question, questions in all at most, given
    /// the answers so far).
    pub fn progress(&self) -> (usize, usize) {
        let walk = self.interview().walk(&self.answers);
        let current = match self.screen {
            Screen::Question(q) => {
                walk.asked
                    .iter()
                    .position(|&a| a == q)
                    .unwrap_or(walk.asked.len())
                    + 1
            }
            _ => walk.asked.len(),
        };
        (
            current.min(self.total_estimate.max(1)),
            self.total_estimate.max(1),
        )
    }

    /// The most questions any way on from the current answers can ask.
    fn estimate_total(&self) -> usize {
        fn longest(
            interview: &Interview<'_>,
            answers: &mut Answers,
            today: Date,
            depth: usize,
        ) -> usize {
            let walk = interview.walk(answers);
            let Next::Ask(q) = walk.next else {
                return walk.asked.len();
            };
            if depth > 64 {
                return walk.asked.len() + 1;
            }
            let question = &interview.content().questions[q];
            let tries: Vec<Answer> = match &question.kind {
                QuestionKind::Choice { options } => {
                    (0..options.len()).map(Answer::Choice).collect()
                }
                QuestionKind::Date { .. } => vec![Answer::Date(today)],
                // Skipping a CPR number asks the most.
                QuestionKind::Cpr => vec![Answer::Skipped],
            };
            let mut best = 0;
            for answer in tries {
                answers.set(q, answer);
                best = best.max(longest(interview, answers, today, depth + 1));
            }
            answers.remove(q);
            best
        }
        // Answers only (a CPR number is not needed to count questions).
        let mut answers = Answers::new();
        for (q, a) in self.answers.iter() {
            let copy = match a {
                Answer::Cpr(_) => Answer::Skipped,
                other => other.clone(),
            };
            answers.set(q, copy);
        }
        longest(&self.interview(), &mut answers, self.today, 0)
    }

    /// Options shown on the current screen (for digits, arrows and clicks).
    pub fn option_count(&self) -> usize {
        match self.screen {
            Screen::Welcome => Lang::ALL.len(),
            Screen::Question(q) => self.content.questions[q].options().len(),
            Screen::Review => self.review_items().len() + 1,
            Screen::Result => 0,
        }
    }

    /// Whether the current screen takes typed text (a date or a CPR number).
    pub fn is_text_input(&self) -> bool {
        match self.screen {
            Screen::Question(q) => {
                !matches!(self.content.questions[q].kind, QuestionKind::Choice { .. })
            }
            _ => false,
        }
    }

    fn open_question(&mut self, q: usize) {
        self.input.zeroize();
        self.refused = false;
        self.screen = Screen::Question(q);
        self.selected = match self.answers.get(q) {
            Some(Answer::Choice(o)) => *o,
            _ => 0,
        };
        if let Some(Answer::Date(d)) = self.answers.get(q) {
            self.input.push_str(&d.to_string());
        }
    }

    fn go(&mut self, screen: Screen) {
        self.history.push(self.screen);
        self.scroll = 0;
        match screen {
            Screen::Question(q) => self.open_question(q),
            Screen::Result => {
                self.screen = Screen::Result;
                self.refresh_result();
            }
            Screen::Review => {
                self.screen = Screen::Review;
                // Ready to show the result: Enter (or 0) goes on.
                self.selected = self.review_items().len();
            }
            Screen::Welcome => {
                self.screen = Screen::Welcome;
                self.selected = lang_index(self.lang);
            }
        }
    }

    /// After an answer: the next question, else the review.
    fn advance(&mut self) {
        match self.interview().next(&self.answers) {
            Next::Ask(q) => self.go(Screen::Question(q)),
            Next::Done(_) | Next::NoOutcome => {
                self.from_review = false;
                self.go(Screen::Review);
            }
        }
    }

    /// Rebuilds the result in the current language.
    pub fn refresh_result(&mut self) {
        let interview = self.interview();
        let t = self.t();
        self.result = interview
            .guidance(&self.answers)
            .ok()
            .map(|g| build_view(&interview, &g, &t, self.now));
    }

    fn answer_current(&mut self, q: usize, answer: Answer) {
        self.answers.set(q, answer);
        self.interview().prune(&mut self.answers);
        self.total_estimate = self.estimate_total();
        self.input.zeroize();
        self.refused = false;
        self.advance();
    }

    fn submit_input(&mut self, q: usize) {
        let question = &self.content.questions[q];
        // Enter on an empty CPR field keeps a number given before.
        if self.input.trim().is_empty() && matches!(self.answers.get(q), Some(Answer::Cpr(_))) {
            self.advance();
            return;
        }
        match parse_answer(question, &self.input, self.today) {
            Ok(answer) => self.answer_current(q, answer),
            Err(_) => self.refused = true,
        }
    }

    fn back(&mut self) {
        self.input.zeroize();
        self.refused = false;
        if let Some(previous) = self.history.pop() {
            self.scroll = 0;
            match previous {
                Screen::Question(q) => self.open_question(q),
                Screen::Welcome => {
                    self.screen = Screen::Welcome;
                    self.selected = lang_index(self.lang);
                }
                other => {
                    self.screen = other;
                    self.selected = 0;
                }
            }
            // A question answered since may have dropped this screen's branch.
            if let Screen::Question(q) = self.screen {
                if !self.interview().walk(&self.answers).asked.contains(&q)
                    && self.interview().next(&self.answers) != Next::Ask(q)
                {
                    self.back();
                }
            }
        }
    }

    fn max_scroll(&self) -> u16 {
        super::view::scroll_limit(self)
    }
}

pub fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The one place state changes.
pub fn update(app: &mut App<'_>, msg: Msg) {
    if let Msg::Resize(w, h) = msg {
        app.size = (w, h);
        app.scroll = app.scroll.min(app.max_scroll());
        return;
    }
    match app.overlay {
        Some(Overlay::ConfirmQuit) => {
            match msg {
                Msg::AnswerQuit(true) => app.quit = true,
                Msg::AnswerQuit(false) | Msg::Back | Msg::AskQuit => app.overlay = None,
                _ => {}
            }
            return;
        }
        Some(Overlay::Help) => {
            if matches!(msg, Msg::Back | Msg::ToggleHelp | Msg::Enter | Msg::AskQuit) {
                app.overlay = None;
            }
            return;
        }
        None => {}
    }
    match msg {
        Msg::AskQuit => app.overlay = Some(Overlay::ConfirmQuit),
        Msg::ToggleHelp => app.overlay = Some(Overlay::Help),
        Msg::Restart => app.reset(),
        Msg::NextLang => {
            let next = (lang_index(app.lang) + 1) % Lang::ALL.len();
            app.lang = Lang::ALL[next];
            if app.screen == Screen::Welcome {
                app.selected = next;
            }
            if app.screen == Screen::Result {
                app.refresh_result();
            }
        }
        Msg::Back => app.back(),
        Msg::Up => match app.screen {
            Screen::Result => app.scroll = app.scroll.saturating_sub(1),
            _ => app.selected = app.selected.saturating_sub(1),
        },
        Msg::Down => match app.screen {
            Screen::Result => app.scroll = (app.scroll + 1).min(app.max_scroll()),
            _ => app.selected = (app.selected + 1).min(app.option_count().saturating_sub(1)),
        },
        Msg::PageUp => {
            app.scroll = app
                .scroll
                .saturating_sub(app.size.1.saturating_sub(4).max(1))
        }
        Msg::PageDown => {
            app.scroll = (app.scroll + app.size.1.saturating_sub(4).max(1)).min(app.max_scroll())
        }
        Msg::Home => app.scroll = 0,
        Msg::End => app.scroll = app.max_scroll(),
        Msg::Pick(index) => {
            if index < app.option_count() {
                app.selected = index;
                choose(app);
            }
        }
        Msg::Enter => match app.screen {
            Screen::Question(q) if app.is_text_input() => app.submit_input(q),
            Screen::Result => {}
            _ => choose(app),
        },
        Msg::Char(c) => {
            if app.is_text_input() && app.input.chars().count() < INPUT_MAX && !c.is_control() {
                app.input.push(c);
                app.refused = false;
            }
        }
        Msg::DeleteChar => {
            app.input.pop();
            app.refused = false;
        }
        Msg::Click { column, row } => {
            if let Some(index) = super::view::hit_test(app, column, row) {
                update(app, Msg::Pick(index));
            }
        }
        Msg::AnswerQuit(_) | Msg::Resize(..) => {}
    }
}

/// Acts on the highlighted option of the current screen.
fn choose(app: &mut App<'_>) {
    match app.screen {
        Screen::Welcome => {
            app.lang = Lang::ALL[app.selected.min(Lang::ALL.len() - 1)];
            app.from_review = false;
            app.advance();
        }
        Screen::Question(q) => {
            if app.selected < app.content.questions[q].options().len() {
                app.answer_current(q, Answer::Choice(app.selected));
            }
        }
        Screen::Review => {
            let items = app.review_items();
            match items.get(app.selected) {
                Some(&q) => {
                    app.from_review = true;
                    app.go(Screen::Question(q));
                }
                None => app.go(Screen::Result),
            }
        }
        Screen::Result => {}
    }
}
