//! The terminal UI's state and its one place of change, `update`
//! (the Elm architecture: key → message → update → view). No terminal here,
//! so every transition is testable. The interview itself is the shared
//! [`Session`]; this adds the screens around it (welcome, result), the text
//! being typed, overlays, the kiosk's clock and what the last frame drew.

mod field;
mod overlay;
mod update;

pub use field::{Field, Move};

pub use overlay::{PinBlock, PIN_LOCKOUT};
pub use update::update;

use super::layout::Layout;
use crate::content::{Content, OfficeId, QuestionId, TableIndex};
use crate::engine::{Answer, Position, Session};
use crate::flow::{CprStep, Flow, Outcome, SaveError, SaveOutcome, SaveRequest};
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
    /// A date far from today: is that right? (0 yes, 1 no).
    ConfirmDate {
        selected: usize,
    },
    /// The language chooser (F2): the three languages, by name.
    Language {
        selected: usize,
    },
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
        path: Field,
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
    /// Delete: the character under the cursor.
    DeleteForward,
    /// ←/→/Home/End in a text field.
    Cursor(Move),
    /// Ctrl-U: empty the field.
    ClearField,
    Restart,
    AskQuit,
    AnswerQuit(bool),
    ToggleHelp,
    /// Open the language chooser (F2, l, Ctrl-L).
    ChooseLang,
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
    /// Kiosk: the visitor is done: forget the visit now.
    Done,
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
    input: Field,
    /// Dates typed but not given, kept when the person went back from
    /// their question and shown again on return (never a CPR number).
    drafts: Vec<(QuestionId, Field)>,
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
    /// Served over SSH: no saving to this machine's disk.
    served: bool,
    theme: super::view::Theme,
    /// What the last frame drew, for scrolling and clicks.
    layout: Option<Layout>,
    /// The codes to take away drawn for this result (wiped with it).
    qr: super::view::QrCache,
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
            // Room for INPUT_MAX characters of up to four bytes: it never grows.
            input: Field::new(INPUT_MAX),
            drafts: Vec::new(),
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
            served: false,
            home: None,
            theme: super::view::Theme::default(),
            layout: None,
            qr: super::view::QrCache::default(),
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

    /// Served to someone elsewhere (over SSH): nothing is saved, since
    /// this machine's disk is not theirs.
    pub fn served(mut self) -> Self {
        self.served = true;
        self
    }

    /// Whether the UI is served to someone elsewhere (no saving).
    pub fn is_served(&self) -> bool {
        self.served
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

    /// The codes to take away drawn for this result.
    pub fn qr(&self) -> &super::view::QrCache {
        &self.qr
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
        self.input.as_str()
    }

    /// Where the cursor stands in the field being typed, in characters.
    pub fn input_cursor(&self) -> usize {
        self.input.cursor_chars()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// On the review: the first digit of a number typed, waiting for the
    /// second.
    pub fn first_digit(&self) -> Option<usize> {
        self.first_digit
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
        overlay::app_pin_block(self)
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
        self.drafts.clear();
        self.notice = None;
        self.counted = false;
        self.needs_clear = true;
        self.stage = Stage::Welcome;
        self.selected = lang_index(self.default_lang);
        self.scroll = 0;
        self.show_week = false;
        self.overlay = None;
        self.result = None;
        self.qr.clear();
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
        self.flow.search(self.input.as_str());
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

    /// A question answered by choosing one of its options (not the
    /// municipality search, not the CPR question).
    pub fn is_plain_choice(&self) -> bool {
        match self.screen() {
            Screen::Question(q) => {
                matches!(
                    self.content().questions[q].kind,
                    crate::content::QuestionKind::Choice { .. }
                ) && !self.is_place_question()
            }
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
        match self.session().current_answer() {
            Some(Answer::Date(d)) => {
                let date = d.to_string();
                self.input.set(&date);
            }
            // A date typed before going back is there again.
            None => {
                if let Screen::Question(q) = self.screen() {
                    if let Some(at) = self.drafts.iter().position(|(d, _)| *d == q) {
                        self.input = self.drafts.swap_remove(at).1;
                    }
                }
            }
            Some(_) => {}
        }
        // Most newcomers have no CPR number: "No" is highlighted until
        // they say so.
        if self.cpr_step() == Some(CprStep::Have) {
            self.selected = 1;
        } else if self.is_plain_choice() && self.session().current_answer().is_none() {
            // Nothing is chosen for the visitor: Enter alone answers no
            // question they have not answered.
            self.selected = NONE;
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
        // The codes belong to the result they were drawn for.
        self.qr.clear();
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
            // A date far from today: asked about before it is taken.
            Outcome::ConfirmDate { .. } => {
                self.overlay = Some(Overlay::ConfirmDate { selected: 0 });
            }
            // No: the date stays in the field, to be corrected.
            Outcome::AskDateAgain => self.refused = false,
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
            self.flow.submit(self.input.as_str())
        };
        self.apply(outcome);
    }

    fn back(&mut self) {
        self.keep_draft();
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

    /// Keeps a date typed but not given, for when the person comes back.
    fn keep_draft(&mut self) {
        let Screen::Question(q) = self.screen() else {
            return;
        };
        let is_date = matches!(
            self.content().questions[q].kind,
            crate::content::QuestionKind::Date { .. }
        );
        if is_date && !self.input.is_empty() {
            self.drafts.retain(|(d, _)| *d != q);
            self.drafts.push((q, self.input.clone()));
        }
    }

    /// The answer to "is that right?" about a date far from today.
    fn confirm_date(&mut self, yes: bool) {
        self.overlay = None;
        let outcome = self.flow.confirm(yes);
        self.apply(outcome);
    }

    /// Speaks `lang` from now on: the screen, the municipalities found and
    /// a result shown.
    fn set_lang(&mut self, lang: Lang) {
        self.flow.set_lang(lang);
        if self.stage == Stage::Welcome {
            self.selected = lang_index(lang);
        }
        if self.stage == Stage::Result {
            self.refresh_result();
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
            // Nothing highlighted: say how to choose.
            Screen::Question(_) if self.selected >= self.option_count() => {
                self.refused = true;
                return;
            }
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
