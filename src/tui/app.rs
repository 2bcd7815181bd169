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
    /// Kiosk staff exit: the PIN is being typed.
    StaffPin,
    /// Start over? (y/n)
    ConfirmRestart,
    /// Save the result: the file name is being typed.
    Save,
}

/// Work with the outside world that `update` asks the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Pipe this plain-text checklist to the site's print command.
    Print(String),
    /// Count one visit that reached this outcome.
    Count(String),
    /// Write this text to this file (self-help only).
    Save(std::path::PathBuf, String),
}

/// Kiosk mode: who the kiosk is and how long a visitor may stay idle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub config: crate::kiosk::KioskConfig,
}

impl Kiosk {
    fn idle_ms(&self) -> u64 {
        u64::from(self.config.idle_timeout) * 1000
    }

    fn countdown_ms(&self) -> u64 {
        u64::from(self.config.countdown) * 1000
    }
}

/// Everything a key, a click or a resize can mean.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Milliseconds since the UI started: drives the kiosk idle reset.
    Tick(u64),
    /// Kiosk: staff asks to leave (F12), a PIN follows.
    StaffExit,
    /// Kiosk: print the checklist.
    Print,
    /// The print command finished: `None` when it worked, else why not.
    Printed(Option<String>),
    /// Save the result to a file (asks for the name first).
    Save,
    /// The file was written (`None`) or not (why).
    Saved(Option<String>),
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
    /// Shown under an input after Enter was refused.
    pub refused: bool,
    /// The last key deleted a character (so a held Backspace stops at empty).
    pub just_deleted: bool,
    /// The most questions the interview can still come to (for progress).
    pub total_estimate: usize,
    /// Kiosk mode, when on.
    pub kiosk: Option<Kiosk>,
    /// The injected clock: milliseconds since start, from `Msg::Tick`.
    pub clock_ms: u64,
    pub last_input_ms: u64,
    /// The staff PIN as typed; wiped when the prompt closes.
    pub staff_input: Zeroizing<String>,
    pub staff_failed: bool,
    /// A message (ID, detail) about printing, shown on the result.
    pub notice: Option<(String, Option<String>)>,
    /// Effects for the runtime to carry out.
    pub effects: Vec<Effect>,
    /// The screen must be wiped completely before the next frame.
    pub needs_clear: bool,
    /// This visit's outcome was counted.
    pub counted: bool,
    /// The file name typed in the save prompt.
    pub save_path: String,
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
            refused: false,
            just_deleted: false,
            total_estimate: 0,
            kiosk: None,
            clock_ms: 0,
            last_input_ms: 0,
            staff_input: Zeroizing::new(String::with_capacity(INPUT_MAX)),
            staff_failed: false,
            notice: None,
            effects: Vec::new(),
            needs_clear: false,
            counted: false,
            save_path: String::new(),
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

    /// Kiosk mode with this configuration; the welcome screen uses the
    /// site's language.
    pub fn with_kiosk(mut self, config: crate::kiosk::KioskConfig) -> Self {
        if let Some(lang) = config.language {
            self.default_lang = lang;
        }
        self.kiosk = Some(Kiosk { config });
        self.reset();
        self
    }

    /// Seconds left before the kiosk starts over, once the countdown shows.
    /// An untouched welcome screen has nothing to forget, so no countdown.
    pub fn countdown(&self) -> Option<u64> {
        let kiosk = self.kiosk.as_ref()?;
        let pristine = self.screen == Screen::Welcome
            && self.answers.is_empty()
            && self.lang == self.default_lang;
        let idle = self.clock_ms.saturating_sub(self.last_input_ms);
        let left = kiosk.idle_ms().saturating_sub(idle);
        (left <= kiosk.countdown_ms() && !pristine).then(|| left.div_ceil(1000))
    }

    /// Forgets every answer and the typed text; back to the welcome screen.
    pub fn reset(&mut self) {
        self.answers.clear();
        self.input.zeroize();
        self.staff_input.zeroize();
        self.staff_failed = false;
        self.notice = None;
        self.counted = false;
        self.needs_clear = true;
        self.history.clear();
        self.screen = Screen::Welcome;
        self.lang = self.default_lang;
        self.selected = lang_index(self.lang);
        self.scroll = 0;
        self.overlay = None;
        self.result = None;
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

    /// At most how many questions the interview can come to from here:
    /// for each option of the next question, the questions asked plus each
    /// later one whose condition may still hold; the largest of those.
    fn estimate_total(&self) -> usize {
        let interview = self.interview();
        let bound = |answers: &Answers| {
            let walk = interview.walk(answers);
            let Next::Ask(next) = walk.next else {
                return walk.asked.len();
            };
            let open = |q: usize| q >= next;
            let later = self.content.questions[next..]
                .iter()
                .filter(|q| {
                    q.ask_when
                        .maybe(&walk.facts, &self.content.named_when, &open)
                        != Some(false)
                })
                .filter(|q| {
                    q.derive
                        .is_none_or(|d| walk.facts.get(d.from) != Some(crate::content::Fact::Cpr))
                })
                .count();
            walk.asked.len() + later
        };
        let Next::Ask(next) = interview.next(&self.answers) else {
            return bound(&self.answers);
        };
        let options = self.content.questions[next].options().len();
        if options == 0 {
            return bound(&self.answers);
        }
        let mut trial = self.answers.clone();
        let best = (0..options)
            .map(|o| {
                trial.set(next, Answer::Choice(o));
                bound(&trial)
            })
            .max()
            .unwrap_or(0);
        trial.clear();
        best
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
                if let (false, Some(view)) = (self.counted, &self.result) {
                    self.counted = true;
                    self.effects.push(Effect::Count(view.outcome.clone()));
                }
            }
            Screen::Review => {
                self.screen = Screen::Review;
                // Ready to show the result: Enter (or 0) goes on.
                self.selected = 0;
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
                self.go(Screen::Review);
            }
        }
    }

    /// Rebuilds the result in the current language. At a kiosk, the office
    /// it stands in comes first where the person may choose it.
    pub fn refresh_result(&mut self) {
        let interview = self.interview();
        let t = self.t();
        self.result = interview
            .guidance(&self.answers)
            .ok()
            .map(|g| build_view(&interview, &g, &t, self.now));
        let site = self.site_id();
        if let (Some(view), Some(site)) = (self.result.as_mut(), site) {
            if let Some(pos) = view.offices.iter().position(|o| o.id == site) {
                let alternative = view.offices[pos]
                    .roles
                    .iter()
                    .any(|(r, _)| r == "register-alternative");
                if alternative {
                    let office = view.offices.remove(pos);
                    view.offices.insert(0, office);
                }
            }
        }
    }

    /// The ID of the office the kiosk stands in.
    pub fn site_id(&self) -> Option<String> {
        let site = self.kiosk.as_ref()?.config.site?;
        self.content.offices.get(site).map(|o| o.id.clone())
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
    match msg {
        Msg::Resize(w, h) => {
            app.size = (w, h);
            app.scroll = app.scroll.min(app.max_scroll());
            return;
        }
        Msg::Tick(ms) => {
            app.clock_ms = ms;
            let idle = ms.saturating_sub(app.last_input_ms);
            if app.kiosk.as_ref().is_some_and(|k| idle >= k.idle_ms()) {
                app.reset();
                app.last_input_ms = ms;
            }
            return;
        }
        Msg::Printed(outcome) => {
            app.notice = Some(match outcome {
                None => ("ui-print-done".to_string(), None),
                Some(why) => ("ui-print-failed".to_string(), Some(why)),
            });
            return;
        }
        Msg::Saved(outcome) => {
            app.notice = Some(match outcome {
                None => ("ui-save-done".to_string(), Some(app.save_path.clone())),
                Some(why) => ("ui-save-failed".to_string(), Some(why)),
            });
            return;
        }
        _ => {}
    }
    app.just_deleted = matches!(msg, Msg::DeleteChar);
    if app.kiosk.is_some() && !kiosk_filter(app, msg.clone()) {
        return;
    }
    if let Some(Overlay::StaffPin) = app.overlay {
        staff_pin(app, &msg);
        return;
    }
    match app.overlay {
        Some(Overlay::StaffPin) => return,
        Some(Overlay::Save) => {
            save_prompt(app, msg);
            return;
        }
        Some(Overlay::ConfirmRestart) => {
            match msg {
                Msg::AnswerQuit(true) => app.reset(),
                Msg::AnswerQuit(false) | Msg::Back | Msg::Restart => app.overlay = None,
                _ => {}
            }
            return;
        }
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
        Msg::Restart if app.kiosk.is_none() && !app.answers.is_empty() => {
            app.overlay = Some(Overlay::ConfirmRestart);
        }
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
            Screen::Result => {
                app.scroll =
                    (app.scroll + app.size.1.saturating_sub(4).max(1)).min(app.max_scroll());
            }
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
        Msg::Save if app.screen == Screen::Result && app.result.is_some() => {
            if app.save_path.is_empty() {
                app.save_path = "cpr-guide-result.md".to_string();
            }
            app.overlay = Some(Overlay::Save);
        }
        Msg::AnswerQuit(_)
        | Msg::Resize(..)
        | Msg::Tick(_)
        | Msg::StaffExit
        | Msg::Print
        | Msg::Printed(_)
        | Msg::Save
        | Msg::Saved(_) => {}
    }
}

/// Kiosk rules before a message acts; `false` when it is used up here.
fn kiosk_filter(app: &mut App<'_>, msg: Msg) -> bool {
    // Any key shows someone is there; during the countdown it only says so.
    let counting_down = app.countdown().is_some();
    app.last_input_ms = app.clock_ms;
    if counting_down {
        return false;
    }
    match msg {
        // Nobody leaves a kiosk by quitting, and nothing is saved there.
        Msg::AskQuit | Msg::Save => false,
        Msg::StaffExit => {
            if app
                .kiosk
                .as_ref()
                .is_some_and(|k| k.config.exit_pin.is_some())
            {
                app.staff_input.zeroize();
                app.staff_failed = false;
                app.overlay = Some(Overlay::StaffPin);
            }
            false
        }
        Msg::Print => {
            let has_printer = app
                .kiosk
                .as_ref()
                .is_some_and(|k| !k.config.print_command.is_empty());
            if let (true, Screen::Result, Some(view)) = (has_printer, app.screen, &app.result) {
                app.effects
                    .push(Effect::Print(crate::output::render_text(view)));
                app.notice = Some(("ui-print-sending".to_string(), None));
            }
            false
        }
        _ => true,
    }
}

/// The save prompt: edit the file name, Enter saves, Esc closes. The format
/// follows the name: .md, .txt or .json.
fn save_prompt(app: &mut App<'_>, msg: Msg) {
    match msg {
        Msg::Char(c) if app.save_path.chars().count() < 200 => app.save_path.push(c),
        Msg::DeleteChar => {
            app.save_path.pop();
        }
        Msg::Back => app.overlay = None,
        Msg::Enter => {
            let path = std::path::PathBuf::from(app.save_path.trim());
            if let Some(view) = &app.result {
                match crate::output::render_for(view, &path) {
                    Ok(text) => {
                        app.effects.push(Effect::Save(path, text));
                        app.overlay = None;
                    }
                    Err(_) => app.notice = Some(("ui-save-bad-name".to_string(), None)),
                }
            }
        }
        _ => {}
    }
}

/// The staff PIN prompt: typing, Enter to check, Esc to close.
fn staff_pin(app: &mut App<'_>, msg: &Msg) {
    match *msg {
        Msg::Char(c) if app.staff_input.len() < INPUT_MAX => app.staff_input.push(c),
        // Outside text fields, digits arrive as picks.
        Msg::Pick(i) if app.staff_input.len() < INPUT_MAX => {
            if let Some(d) = char::from_digit(u32::try_from((i + 1) % 10).unwrap_or(0), 10) {
                app.staff_input.push(d);
            }
        }
        Msg::DeleteChar => {
            app.staff_input.pop();
        }
        Msg::Enter => {
            let hash = app.kiosk.as_ref().and_then(|k| k.config.exit_pin.clone());
            if hash.is_some_and(|h| crate::kiosk::verify_pin(&h, &app.staff_input)) {
                app.quit = true;
            } else {
                app.staff_failed = true;
            }
            app.staff_input.zeroize();
        }
        Msg::Back => {
            app.staff_input.zeroize();
            app.overlay = None;
        }
        _ => {}
    }
}

/// Acts on the highlighted option of the current screen.
fn choose(app: &mut App<'_>) {
    match app.screen {
        Screen::Welcome => {
            app.lang = Lang::ALL[app.selected.min(Lang::ALL.len() - 1)];
            app.advance();
        }
        Screen::Question(q) => {
            if app.selected < app.content.questions[q].options().len() {
                app.answer_current(q, Answer::Choice(app.selected));
            }
        }
        Screen::Review => {
            let items = app.review_items();
            match app.selected.checked_sub(1).and_then(|i| items.get(i)) {
                Some(&q) => {
                    app.go(Screen::Question(q));
                }
                None => app.go(Screen::Result),
            }
        }
        Screen::Result => {}
    }
}
