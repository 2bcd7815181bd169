//! The terminal UI's state and its one place of change, `update`
//! (the Elm architecture: key → message → update → view). No terminal here,
//! so every transition is testable. The interview itself is the shared
//! [`Session`]; this adds the screens around it (welcome, result), the text
//! being typed, overlays, the kiosk's clock and what the last frame drew.

use super::layout::Layout;
use crate::content::{Content, OfficeId, QuestionId, TableIndex};
use crate::engine::{Answer, Position, Session};
use crate::flow::{prepare_save, CprStep, Flow, Outcome, SaveError, SaveOutcome, SaveRequest};
use crate::i18n::{args, Catalog, Lang, Localizer};
use crate::kiosk::KioskConfig;
use crate::output::{build_view, PlaceRow, View, ViewOptions};
use jiff::civil::{Date, DateTime};
use std::path::PathBuf;
use zeroize::{Zeroize, Zeroizing};

/// The longest text a date or CPR field takes: enough for any valid input
/// and a few stray characters, small enough never to reallocate.
pub const INPUT_MAX: usize = 40;
/// `selected` when no row is highlighted (a search with nothing chosen yet).
const NONE: usize = usize::MAX;

/// The longest file name the save prompt takes.
const PATH_MAX: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Welcome and language choice.
    Welcome,
    /// A question.
    Question(QuestionId),
    /// All answers, each changeable.
    Review,
    Result,
}

/// A box over the screen, with whatever it is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
    /// Start over? (y/n)
    ConfirmRestart,
    /// Kiosk staff exit: the PIN being typed (wiped when closed).
    StaffPin {
        input: Zeroizing<String>,
    },
    /// The codes to take away (calendar events, the office's page), one
    /// at a time, as large as the screen allows.
    TakeAway {
        index: usize,
    },
    /// Save the result: the file name being typed.
    Save {
        path: String,
        /// Why the last name was refused.
        refused: Option<SaveError>,
        /// A file of that name exists: Enter replaces it.
        replace: bool,
        /// The name is the one offered, untouched: typing replaces it
        /// whole and Backspace clears it, as with selected text.
        offered: bool,
    },
}

/// Work with the outside world that `update` asks the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Pipe this plain-text checklist to the site's print command.
    Print(String),
    /// Count one visit that reached this outcome.
    Count(String),
    /// Tell staff (not the visitor) that a wrong PIN was typed: the
    /// how-manieth.
    WrongPin(u32),
    /// Write the result to the file it names (self-help only); replace a
    /// file of that name only when the person said so.
    Save { request: SaveRequest, replace: bool },
}

/// A message shown on the result about printing or saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    PrintSending,
    PrintDone,
    /// Printing failed, and why.
    PrintFailed(String),
    Saved(SaveOutcome),
}

impl Notice {
    /// Whether it says something went wrong.
    pub fn failed(&self) -> bool {
        match self {
            Notice::PrintSending | Notice::PrintDone => false,
            Notice::PrintFailed(_) => true,
            Notice::Saved(outcome) => outcome.failed(),
        }
    }

    pub fn text(&self, t: &Localizer<'_>) -> String {
        match self {
            Notice::PrintSending => t.text("ui-print-sending"),
            Notice::PrintDone => t.text("ui-print-done"),
            Notice::PrintFailed(why) => {
                t.text_with("ui-print-failed", &args([("detail", why.clone())]))
            }
            Notice::Saved(outcome) => outcome.text(t),
        }
    }
}

/// Kiosk mode: who the kiosk is and how long a visitor may stay idle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub config: KioskConfig,
}

impl Kiosk {
    fn idle_ms(&self) -> u64 {
        u64::from(self.config.idle_timeout) * 1000
    }

    fn countdown_ms(&self) -> u64 {
        u64::from(self.config.countdown) * 1000
    }

    /// The office the kiosk stands in.
    pub fn site(&self) -> Option<OfficeId> {
        self.config.site.map(TableIndex::from_index)
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
    /// A digit typed on the review, where numbers may have two digits.
    Digit(u32),
    Enter,
    Back,
    Char(char),
    /// Text pasted (or sent by a scanner) in one go; wiped when dropped.
    Paste(Zeroizing<String>),
    /// Bytes came from the terminal (perhaps part of a paste still on its
    /// way): someone is there, so the kiosk is not idle.
    Activity,
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
    /// The result: show or hide the whole week's opening hours.
    ToggleWeek,
    /// The result: show the codes to take away.
    TakeAway,
    /// How saving went.
    Saved(SaveOutcome),
}

/// Where the person is around the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Welcome,
    Interview,
    Result,
}

/// The whole state of the terminal UI.
pub struct App<'c> {
    /// The interview and the steps around its questions (the CPR step,
    /// the municipality search), shared with the line mode.
    flow: Flow<'c>,
    /// The language the welcome screen preselects (the user's locale).
    default_lang: Lang,
    now: Option<DateTime>,
    stage: Stage,
    /// The text being typed into a date, CPR or search field; wiped when left.
    input: Zeroizing<String>,
    /// The highlighted option or item.
    selected: usize,
    /// On the review: the first digit of a two-digit number, waiting for
    /// the second (Enter takes it as it is).
    first_digit: Option<usize>,
    /// Lines scrolled on the result screen.
    scroll: u16,
    /// The result shows each office's whole week, not only today.
    show_week: bool,
    overlay: Option<Overlay>,
    size: (u16, u16),
    quit: bool,
    /// The result, in the current language, while the result screen shows.
    result: Option<View>,
    /// Shown under an input after Enter was refused.
    refused: bool,
    /// The last key deleted a character (so a held Backspace stops at empty).
    just_deleted: bool,
    kiosk: Option<Kiosk>,
    /// The injected clock: milliseconds since start, from `Msg::Tick`.
    clock_ms: u64,
    last_input_ms: u64,
    /// A checklist is being printed: one print at a time.
    printing: bool,
    /// Wrong staff PINs since the program started (never forgotten: each
    /// waits twice as long as the one before).
    pin_failures: u32,
    /// The kiosk has been left idle (and reset) since the last wrong PIN.
    pin_idle_since_wrong: bool,
    /// No PIN is taken before this moment (milliseconds, the UI clock).
    pin_wait_until: u64,
    notice: Option<Notice>,
    effects: Vec<Effect>,
    /// The screen must be wiped completely before the next frame.
    needs_clear: bool,
    /// This visit's outcome was counted.
    counted: bool,
    /// The last file name saved to, offered again.
    save_path: String,
    /// The home folder `~` in a file name stands for.
    home: Option<PathBuf>,
    theme: super::view::Theme,
    /// What the last frame drew, for scrolling and clicks.
    layout: Option<Layout>,
}

pub fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
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
            flow: Flow::new(content, catalog, lang, today),
            default_lang: lang,
            now,
            stage: Stage::Welcome,
            input: Zeroizing::new(String::with_capacity(INPUT_MAX)),
            selected: lang_index(lang),
            scroll: 0,
            show_week: false,
            first_digit: None,
            overlay: None,
            size: (80, 24),
            quit: false,
            result: None,
            refused: false,
            just_deleted: false,
            kiosk: None,
            clock_ms: 0,
            last_input_ms: 0,
            printing: false,
            pin_failures: 0,
            pin_idle_since_wrong: true,
            pin_wait_until: 0,
            notice: None,
            effects: Vec::new(),
            needs_clear: false,
            counted: false,
            save_path: String::new(),
            home: None,
            theme: super::view::Theme::default(),
            layout: None,
        }
    }

    /// Kiosk mode with this configuration; the welcome screen uses the
    /// site's language.
    pub fn with_kiosk(mut self, config: KioskConfig) -> Self {
        if let Some(lang) = config.language {
            self.default_lang = lang;
        }
        self.flow.set_home_place(config.municipality);
        self.kiosk = Some(Kiosk { config });
        self.reset();
        self
    }

    pub fn with_theme(mut self, theme: super::view::Theme) -> Self {
        self.theme = theme;
        self
    }

    /// The home folder that `~` stands for in a file name to save to.
    pub fn with_home(mut self, home: Option<PathBuf>) -> Self {
        self.home = home.filter(|h| h.is_absolute());
        self
    }

    // What views and tests read.

    pub fn content(&self) -> &'c Content {
        self.flow.content()
    }

    pub fn session(&self) -> &Session<'c> {
        self.flow.session()
    }

    pub fn flow(&self) -> &Flow<'c> {
        &self.flow
    }

    pub fn t(&self) -> Localizer<'c> {
        self.flow.t()
    }

    pub fn lang(&self) -> Lang {
        self.flow.lang()
    }

    pub fn theme(&self) -> &super::view::Theme {
        &self.theme
    }

    pub fn screen(&self) -> Screen {
        match (self.stage, self.flow.position()) {
            (Stage::Welcome, _) => Screen::Welcome,
            (Stage::Result, _) => Screen::Result,
            (Stage::Interview, Position::Question(q)) => Screen::Question(q),
            (Stage::Interview, Position::Review) => Screen::Review,
        }
    }

    pub fn input(&self) -> &str {
        &self.input
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn scroll(&self) -> u16 {
        self.scroll
    }

    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn wants_quit(&self) -> bool {
        self.quit
    }

    pub fn result(&self) -> Option<&View> {
        self.result.as_ref()
    }

    pub fn refused(&self) -> bool {
        self.refused
    }

    pub fn just_deleted(&self) -> bool {
        self.just_deleted
    }

    /// Whether staff may type the exit PIN now, and how many wrong PINs
    /// were typed since the kiosk was last left idle.
    pub fn pin_block(&self) -> PinBlock {
        app_pin_block(self)
    }

    pub fn pin_failures(&self) -> u32 {
        self.pin_failures
    }

    pub fn kiosk(&self) -> Option<&Kiosk> {
        self.kiosk.as_ref()
    }

    /// Whether the result shows the whole week's opening hours.
    pub fn show_week(&self) -> bool {
        self.show_week
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn now(&self) -> Option<DateTime> {
        self.now
    }

    /// The effects waiting for the runtime.
    pub fn effects(&self) -> &[Effect] {
        &self.effects
    }

    /// Whether the next frame starts with a wipe of the whole terminal.
    pub fn needs_clear(&self) -> bool {
        self.needs_clear
    }

    // What the runtime does.

    /// The effects to carry out, emptied.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Whether the screen must be wiped before the next frame (once).
    pub fn take_clear(&mut self) -> bool {
        std::mem::take(&mut self.needs_clear)
    }

    /// The real clock moved on (not with `--now`): dates follow it.
    pub fn set_clock(&mut self, now: DateTime) {
        self.now = Some(now);
        self.flow.set_today(now.date());
    }

    /// What the frame just drawn holds: where options are, how far the
    /// body scrolls. `update` reads it; it never lays out itself.
    pub fn record_layout(&mut self, layout: Layout) {
        self.scroll = self.scroll.min(layout.max_scroll);
        self.layout = Some(layout);
    }

    /// The last layout, if it was drawn for what shows now.
    fn current_layout(&self) -> Option<&Layout> {
        self.layout
            .as_ref()
            .filter(|l| l.screen == self.screen() && l.size == self.size && l.lang == self.lang())
    }

    /// Seconds left before the kiosk starts over, once the countdown shows.
    /// An untouched welcome screen has nothing to forget, so no countdown.
    pub fn countdown(&self) -> Option<u64> {
        let kiosk = self.kiosk.as_ref()?;
        let pristine = self.stage == Stage::Welcome
            && self.session().answers().is_empty()
            && self.lang() == self.default_lang;
        let idle = self.clock_ms.saturating_sub(self.last_input_ms);
        let left = kiosk.idle_ms().saturating_sub(idle);
        (left <= kiosk.countdown_ms() && !pristine).then(|| left.div_ceil(1000))
    }

    /// Forgets every answer and the typed text; back to the welcome screen.
    pub fn reset(&mut self) {
        self.flow.restart();
        self.flow.set_lang(self.default_lang);
        self.input.zeroize();
        self.notice = None;
        self.counted = false;
        self.needs_clear = true;
        self.stage = Stage::Welcome;
        self.selected = lang_index(self.default_lang);
        self.scroll = 0;
        self.show_week = false;
        self.overlay = None;
        self.result = None;
        self.refused = false;
        self.effects.clear();
        self.layout = None;
    }

    /// Whether the current screen is the municipality question (a search).
    pub fn is_place_question(&self) -> bool {
        matches!(self.screen(), Screen::Question(_)) && self.flow.at_place()
    }

    /// The rows under the municipality search, for what is typed (empty
    /// on every other screen).
    pub fn place_rows(&self) -> &[PlaceRow] {
        if self.is_place_question() {
            self.flow.places().rows()
        } else {
            &[]
        }
    }

    /// Whether the search finds nothing for what is typed.
    pub fn place_not_found(&self) -> bool {
        self.flow.places().not_found()
    }

    /// Searches again for what is typed; the row Enter would take is
    /// highlighted (none when the person must pick).
    fn search(&mut self) {
        self.flow.search(&self.input);
        self.selected = self.flow.places().best().unwrap_or(NONE);
    }

    /// Whether the current screen is the CPR question, and at which step.
    pub fn cpr_step(&self) -> Option<CprStep> {
        match self.screen() {
            Screen::Question(_) => self.flow.cpr_step(),
            _ => None,
        }
    }

    /// Options shown on the current screen (for digits, arrows and clicks).
    pub fn option_count(&self) -> usize {
        match self.screen() {
            Screen::Welcome => Lang::ALL.len(),
            Screen::Question(_) if self.is_place_question() => self.place_rows().len(),
            // Yes, I have one / No.
            Screen::Question(_) if self.cpr_step() == Some(CprStep::Have) => 2,
            Screen::Question(q) => self.content().questions[q].options().len(),
            Screen::Review => self.session().review_items().len() + 1,
            Screen::Result => 0,
        }
    }

    /// Whether the current screen takes typed text (a date, a CPR number,
    /// or a postcode, town or name for the municipality).
    pub fn is_text_input(&self) -> bool {
        match self.screen() {
            Screen::Question(q) => match &self.content().questions[q].kind {
                crate::content::QuestionKind::Choice { .. } => self.flow.at_place(),
                crate::content::QuestionKind::Cpr => self.cpr_step() == Some(CprStep::Number),
                crate::content::QuestionKind::Date { .. } => true,
            },
            _ => false,
        }
    }

    /// Shows the flow's question (or review), with its earlier answer.
    fn show_position(&mut self) {
        self.input.zeroize();
        self.refused = false;
        self.scroll = 0;
        self.selected = match self.session().current_answer() {
            Some(Answer::Choice(o)) => *o,
            _ => 0,
        };
        if let Some(Answer::Date(d)) = self.session().current_answer() {
            let date = d.to_string();
            self.input.push_str(&date);
        }
        // Most newcomers have no CPR number: "No" is highlighted until
        // they say so.
        if self.cpr_step() == Some(CprStep::Have) {
            self.selected = 1;
        }
        if self.is_place_question() {
            self.search();
        }
    }

    fn show_result(&mut self) {
        self.stage = Stage::Result;
        self.scroll = 0;
        self.refresh_result();
        if let (false, Some(view)) = (self.counted, &self.result) {
            self.counted = true;
            self.effects.push(Effect::Count(view.outcome.clone()));
        }
    }

    /// Rebuilds the result in the current language.
    fn refresh_result(&mut self) {
        let t = self.t();
        let options = ViewOptions {
            now: self.now,
            site: self.kiosk.as_ref().and_then(Kiosk::site),
        };
        let session = self.flow.session();
        self.result = session
            .guidance()
            .map(|g| build_view(&session.interview(), &g, &t, options));
    }

    /// Shows what a step of the flow led to.
    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Answered | Outcome::ChosePlace(_) => self.show_position(),
            // "Yes, I have one": the field, empty.
            Outcome::AskNumber => {
                self.input.zeroize();
                self.refused = false;
            }
            Outcome::Listed | Outcome::Refused(_) => self.refused = true,
        }
    }

    fn submit_input(&mut self) {
        let outcome = if self.is_place_question() {
            // The highlighted row is the answer; with none, Enter takes
            // only what the typed text names alone.
            if self.selected < self.place_rows().len() {
                self.flow.pick(self.selected)
            } else {
                self.flow.submit_search()
            }
        } else {
            self.flow.submit(&self.input)
        };
        self.apply(outcome);
    }

    fn back(&mut self) {
        self.input.zeroize();
        self.refused = false;
        self.scroll = 0;
        // From the CPR field, back to "do you have one?" with yes highlighted.
        if self.cpr_step() == Some(CprStep::Number) {
            self.flow.back();
            self.selected = 0;
            return;
        }
        match self.stage {
            Stage::Welcome => {}
            Stage::Result => {
                self.stage = Stage::Interview;
                self.result = None;
                self.selected = 0;
            }
            Stage::Interview => {
                if self.flow.back() {
                    self.show_position();
                } else {
                    self.stage = Stage::Welcome;
                    self.selected = lang_index(self.lang());
                }
            }
        }
    }

    /// Acts on the highlighted option of the current screen.
    fn choose(&mut self) {
        let outcome = match self.screen() {
            Screen::Welcome => {
                self.flow
                    .set_lang(Lang::ALL[self.selected.min(Lang::ALL.len() - 1)]);
                self.stage = Stage::Interview;
                self.show_position();
                return;
            }
            Screen::Question(_) if self.is_place_question() => self.flow.pick(self.selected),
            // Yes: the field; no: no number.
            Screen::Question(_) if self.cpr_step() == Some(CprStep::Have) => match self.selected {
                0 => self.flow.have_cpr(true),
                1 => self.flow.have_cpr(false),
                _ => return,
            },
            Screen::Question(_) => self.flow.choose(self.selected),
            Screen::Review => {
                let items = self.session().review_items();
                match self.selected.checked_sub(1).and_then(|i| items.get(i)) {
                    Some(&q) => {
                        self.flow.change(q);
                        self.show_position();
                    }
                    None => self.show_result(),
                }
                return;
            }
            Screen::Result => return,
        };
        // A click or digit past the options is nothing, not a refusal.
        if !matches!(outcome, Outcome::Refused(_)) {
            self.apply(outcome);
        }
    }

    /// How far the body can scroll, as last drawn; unknown: unbounded here,
    /// the next frame clamps it.
    fn max_scroll(&self) -> u16 {
        self.current_layout().map_or(u16::MAX, |l| l.max_scroll)
    }

    fn page(&self) -> u16 {
        self.size.1.saturating_sub(4).max(1)
    }
}

/// The one place state changes.
pub fn update(app: &mut App<'_>, msg: Msg) {
    match msg {
        Msg::Resize(w, h) => {
            app.size = (w, h);
            return;
        }
        Msg::Tick(ms) => {
            app.clock_ms = ms;
            let idle = ms.saturating_sub(app.last_input_ms);
            if app.kiosk.as_ref().is_some_and(|k| idle >= k.idle_ms()) {
                app.reset();
                app.last_input_ms = ms;
                // Only a kiosk left idle opens a locked staff exit.
                app.pin_idle_since_wrong = true;
            }
            return;
        }
        Msg::Printed(outcome) => {
            app.printing = false;
            // A print that ends after its visitor left says nothing to the next.
            if app.stage == Stage::Result {
                app.notice = Some(match outcome {
                    None => Notice::PrintDone,
                    Some(why) => Notice::PrintFailed(why),
                });
            }
            return;
        }
        Msg::Saved(outcome) => {
            match outcome {
                // Asked again, with the name, before anything is replaced.
                SaveOutcome::Exists(_) => {
                    app.overlay = Some(Overlay::Save {
                        path: app.save_path.clone(),
                        refused: None,
                        replace: true,
                        offered: false,
                    });
                }
                outcome => app.notice = Some(Notice::Saved(outcome)),
            }
            return;
        }
        _ => {}
    }
    if let Msg::Activity = msg {
        // During the countdown a key itself says "I am here".
        if app.kiosk.is_some() && app.countdown().is_none() {
            app.last_input_ms = app.clock_ms;
        }
        return;
    }
    // A paste is typed into a field or a prompt, character by character;
    // anywhere else it is nothing (its digits must not pick options).
    if let Msg::Paste(text) = &msg {
        // A paste says someone is there, and is not swallowed by that.
        app.last_input_ms = app.clock_ms;
        let prompt = matches!(
            app.overlay,
            Some(Overlay::StaffPin { .. } | Overlay::Save { .. })
        );
        // A number pasted (or scanned) where yes or no is asked: yes, and this.
        if app.overlay.is_none() && app.cpr_step() == Some(CprStep::Have) {
            app.flow.have_cpr(true);
        }
        if prompt || (app.overlay.is_none() && app.is_text_input()) {
            for c in text.chars().filter(|c| !c.is_control()) {
                update(app, Msg::Char(c));
            }
        }
        return;
    }
    app.just_deleted = matches!(msg, Msg::DeleteChar);
    let first_digit = app.first_digit.take();
    if app.kiosk.is_some() && !kiosk_filter(app, &msg) {
        return;
    }
    if app.overlay.is_some() {
        overlay(app, msg);
        return;
    }
    match msg {
        Msg::AskQuit => app.overlay = Some(Overlay::ConfirmQuit),
        Msg::ToggleHelp => app.overlay = Some(Overlay::Help),
        Msg::Restart if app.kiosk.is_none() && !app.session().answers().is_empty() => {
            app.overlay = Some(Overlay::ConfirmRestart);
        }
        Msg::Restart => app.reset(),
        Msg::NextLang => {
            let next = (lang_index(app.lang()) + 1) % Lang::ALL.len();
            // The municipalities found are named in it too.
            app.flow.set_lang(Lang::ALL[next]);
            if app.stage == Stage::Welcome {
                app.selected = next;
            }
            if app.stage == Stage::Result {
                app.refresh_result();
            }
        }
        // Esc in a search with text typed clears it first.
        Msg::Back if app.is_place_question() && !app.input.is_empty() => {
            app.input.zeroize();
            app.refused = false;
            app.search();
        }
        Msg::Back => app.back(),
        Msg::Up => match app.stage {
            Stage::Result => app.scroll = app.scroll.saturating_sub(1),
            // Nothing highlighted yet: the arrows start at the top.
            _ if app.selected >= app.option_count() => app.selected = 0,
            _ => app.selected = app.selected.saturating_sub(1),
        },
        Msg::Down => match app.stage {
            Stage::Result => app.scroll = app.scroll.saturating_add(1).min(app.max_scroll()),
            _ if app.selected >= app.option_count() => app.selected = 0,
            _ => app.selected = (app.selected + 1).min(app.option_count().saturating_sub(1)),
        },
        Msg::PageUp => app.scroll = app.scroll.saturating_sub(app.page()),
        Msg::PageDown | Msg::Enter if app.stage == Stage::Result => {
            app.scroll = app.scroll.saturating_add(app.page()).min(app.max_scroll());
        }
        Msg::PageDown => {}
        Msg::Home => app.scroll = 0,
        Msg::End => app.scroll = app.max_scroll(),
        Msg::Pick(index) => {
            if index < app.option_count() {
                app.selected = index;
                app.choose();
            }
        }
        Msg::Digit(digit) => {
            let digit = usize::try_from(digit).unwrap_or(0);
            let count = app.option_count();
            // The second digit of a number begun; a number past the last
            // answer is no answer, and the first digit still waits.
            if let Some(first) = first_digit {
                let number = first * 10 + digit;
                if number < count {
                    update(app, Msg::Pick(number));
                } else {
                    app.first_digit = Some(first);
                }
            } else if digit > 0 && digit * 10 < count {
                // Could begin a number: highlight it and wait.
                app.selected = digit;
                app.first_digit = Some(digit);
            } else {
                update(app, Msg::Pick(digit));
            }
        }
        Msg::Enter if app.is_text_input() => app.submit_input(),
        Msg::Enter => app.choose(),
        Msg::Char(c) => {
            if app.is_text_input() && app.input.chars().count() < INPUT_MAX && !c.is_control() {
                app.input.push(c);
                app.refused = false;
                if app.is_place_question() {
                    app.search();
                }
            }
        }
        Msg::DeleteChar => {
            app.input.pop();
            app.refused = false;
            if app.is_place_question() {
                app.search();
            }
        }
        Msg::Click { column, row } => {
            let hit = app.current_layout().and_then(|l| l.option_at(column, row));
            if let Some(index) = hit {
                update(app, Msg::Pick(index));
            }
        }
        Msg::ToggleWeek if app.stage == Stage::Result => app.show_week = !app.show_week,
        Msg::TakeAway if app.stage == Stage::Result => {
            app.overlay = Some(Overlay::TakeAway { index: 0 });
        }
        Msg::Save if app.stage == Stage::Result && app.result.is_some() => {
            let path = if app.save_path.is_empty() {
                "cpr-guide-result.md".to_string()
            } else {
                app.save_path.clone()
            };
            app.overlay = Some(Overlay::Save {
                path,
                refused: None,
                replace: false,
                offered: true,
            });
        }
        Msg::AnswerQuit(_)
        | Msg::Paste(_)
        | Msg::Activity
        | Msg::Resize(..)
        | Msg::Tick(_)
        | Msg::StaffExit
        | Msg::Print
        | Msg::Printed(_)
        | Msg::Save
        | Msg::ToggleWeek
        | Msg::TakeAway
        | Msg::Saved(_) => {}
    }
}

/// A message while an overlay is open: the overlay takes it.
fn overlay(app: &mut App<'_>, msg: Msg) {
    // While staff must wait (or are locked out), nothing is typed.
    let pin_blocked = app_pin_block(app) != PinBlock::Open;
    let Some(open) = app.overlay.as_mut() else {
        return;
    };
    match open {
        Overlay::StaffPin { .. } if pin_blocked && !matches!(msg, Msg::Back) => {}
        Overlay::StaffPin { input } => match msg {
            Msg::Char(c) if input.len() < INPUT_MAX => input.push(c),
            // Outside text fields, digits arrive as picks.
            Msg::Pick(i) if input.len() < INPUT_MAX => {
                if let Some(d) = char::from_digit(u32::try_from((i + 1) % 10).unwrap_or(0), 10) {
                    input.push(d);
                }
            }
            Msg::DeleteChar => {
                input.pop();
            }
            Msg::Enter => {
                let hash = app
                    .kiosk
                    .as_ref()
                    .and_then(|k| k.config.exit_pin.as_deref());
                let right = hash.is_some_and(|h| crate::kiosk::verify_pin(h, input));
                input.zeroize();
                if right {
                    app.quit = true;
                } else {
                    // Closed, and the next try waits twice as long; staff
                    // are told (in the journal, not on the screen).
                    app.pin_failures += 1;
                    app.pin_idle_since_wrong = false;
                    app.pin_wait_until = app.clock_ms + pin_delay_ms(app.pin_failures);
                    app.overlay = None;
                    app.effects.push(Effect::WrongPin(app.pin_failures));
                }
            }
            Msg::Back => app.overlay = None,
            _ => {}
        },
        Overlay::Save {
            path,
            refused,
            replace,
            offered,
        } => match msg {
            Msg::Char(c) if path.chars().count() < PATH_MAX || *offered => {
                if std::mem::take(offered) {
                    path.clear();
                }
                path.push(c);
                // Another name: no longer the file that exists.
                *replace = false;
                *refused = None;
            }
            Msg::DeleteChar => {
                if std::mem::take(offered) {
                    path.clear();
                } else {
                    path.pop();
                }
                *replace = false;
                *refused = None;
            }
            Msg::Back => app.overlay = None,
            Msg::Enter => match prepare_save(app.result.as_ref(), path, app.home.as_deref()) {
                Ok(request) => {
                    app.save_path = path.trim().to_string();
                    app.effects.push(Effect::Save {
                        request,
                        replace: *replace,
                    });
                    app.overlay = None;
                }
                Err(why) => *refused = Some(why),
            },
            _ => {}
        },
        Overlay::TakeAway { index } => match msg {
            Msg::Up | Msg::PageUp => *index = index.saturating_sub(1),
            // The view clamps it to the codes there are.
            Msg::Down | Msg::PageDown => *index = index.saturating_add(1).min(64),
            Msg::Back | Msg::Enter | Msg::TakeAway | Msg::AskQuit => app.overlay = None,
            _ => {}
        },
        Overlay::ConfirmRestart => match msg {
            Msg::AnswerQuit(true) => app.reset(),
            Msg::AnswerQuit(false) | Msg::Back | Msg::Restart => app.overlay = None,
            _ => {}
        },
        Overlay::ConfirmQuit => match msg {
            // Ctrl-C again, as in most programs, quits (never at a kiosk,
            // which takes no quit at all).
            Msg::AnswerQuit(true) | Msg::AskQuit => app.quit = true,
            Msg::AnswerQuit(false) | Msg::Back => app.overlay = None,
            _ => {}
        },
        Overlay::Help => {
            if matches!(msg, Msg::Back | Msg::ToggleHelp | Msg::Enter | Msg::AskQuit) {
                app.overlay = None;
            }
        }
    }
}

/// Wrong staff PINs from which on staff exit is locked after each wrong
/// PIN until the kiosk has been left idle (or SIGTERM ends it).
pub const PIN_LOCKOUT: u32 = 5;

/// The wait after `failures` wrong PINs: 1, 2, 4, 8, 16 … seconds, up to
/// about twelve days; never forgotten while the program runs.
fn pin_delay_ms(failures: u32) -> u64 {
    1_000 << failures.saturating_sub(1).min(20)
}

/// Whether staff may type a PIN now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinBlock {
    Open,
    /// Wait this many more seconds.
    Wait(u64),
    Locked,
}

fn app_pin_block(app: &App<'_>) -> PinBlock {
    if app.pin_failures >= PIN_LOCKOUT && !app.pin_idle_since_wrong {
        PinBlock::Locked
    } else if app.clock_ms < app.pin_wait_until {
        PinBlock::Wait((app.pin_wait_until - app.clock_ms).div_ceil(1000))
    } else {
        PinBlock::Open
    }
}

/// Kiosk rules before a message acts; `false` when it is used up here.
fn kiosk_filter(app: &mut App<'_>, msg: &Msg) -> bool {
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
                app.overlay = Some(Overlay::StaffPin {
                    input: Zeroizing::new(String::with_capacity(INPUT_MAX)),
                });
            }
            false
        }
        Msg::Print => {
            let has_printer = app
                .kiosk
                .as_ref()
                .is_some_and(|k| !k.config.print_command.is_empty());
            let idle_printer = has_printer && !app.printing;
            if let (true, Stage::Result, Some(view)) = (idle_printer, app.stage, &app.result) {
                app.printing = true;
                app.effects
                    .push(Effect::Print(crate::output::render_text(view)));
                app.notice = Some(Notice::PrintSending);
            }
            false
        }
        _ => true,
    }
}
