//! The one place state changes: [`update`] takes a message (a key, a
//! click, a tick of the clock, an effect that finished) and changes the
//! app; each kind of message has its own function below.

use super::overlay::{kiosk_filter, overlay};
use super::{lang_index, App, Field, Msg, Notice, Overlay, Screen, Stage, PATH_MAX};
use crate::flow::{CprStep, SaveOutcome};

/// The one place state changes.
pub fn update(app: &mut App<'_>, msg: Msg) {
    let Some(msg) = outside(app, msg) else {
        return;
    };
    // "Make the window larger" hides the screen: no key may answer what
    // cannot be seen (Ctrl-C still quits).
    let (width, height) = app.size;
    if (width < crate::tui::view::MIN_WIDTH || height < crate::tui::view::MIN_HEIGHT)
        && !matches!(msg, Msg::AskQuit | Msg::AnswerQuit(_))
    {
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
        Msg::AskQuit | Msg::ToggleHelp | Msg::Restart | Msg::ChooseLang | Msg::Back => {
            command(app, msg);
        }
        Msg::Up | Msg::Down | Msg::PageUp | Msg::PageDown | Msg::Home | Msg::End => move_(app, msg),
        Msg::Enter if app.stage == Stage::Result => move_(app, msg),
        Msg::Pick(index) => pick(app, index),
        Msg::Digit(digit) => self::digit(app, digit, first_digit),
        Msg::Enter if app.is_text_input() => app.submit_input(),
        Msg::Enter => app.choose(),
        Msg::Char(_) | Msg::DeleteChar | Msg::DeleteForward | Msg::Cursor(_) | Msg::ClearField => {
            edit(app, msg)
        }
        Msg::Click { column, row } => {
            let hit = app.current_layout().and_then(|l| l.option_at(column, row));
            if let Some(index) = hit {
                pick(app, index);
            }
        }
        Msg::ToggleWeek | Msg::TakeAway | Msg::Save => result_action(app, msg),
        // "I'm done": a kiosk forgets the visit at once, without asking.
        Msg::Done if app.kiosk.is_some() => app.reset(),
        Msg::Done => {}
        Msg::AnswerQuit(_)
        | Msg::Paste(_)
        | Msg::Activity
        | Msg::Resize(..)
        | Msg::Tick(_)
        | Msg::StaffExit
        | Msg::Print
        | Msg::Printed(_)
        | Msg::Saved(_) => {}
    }
}

/// What comes from outside the screen: the size, the clock, finished
/// effects, someone being there, a paste. `None` when it was taken here.
fn outside(app: &mut App<'_>, msg: Msg) -> Option<Msg> {
    match msg {
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Tick(ms) => tick(app, ms),
        Msg::Printed(outcome) => {
            app.printing = false;
            // A print that ends after its visitor left says nothing to the next.
            if app.stage == Stage::Result {
                app.notice = Some(match outcome {
                    None => Notice::PrintDone,
                    Some(why) => Notice::PrintFailed(why),
                });
            }
        }
        // Asked again, with the name, before anything is replaced.
        Msg::Saved(SaveOutcome::Exists(_)) => {
            app.overlay = Some(Overlay::Save {
                path: save_field(&app.save_path),
                refused: None,
                replace: true,
                offered: false,
            });
        }
        Msg::Saved(outcome) => app.notice = Some(Notice::Saved(outcome)),
        Msg::Activity => {
            // During the countdown a key itself says "I am here".
            if app.kiosk.is_some() && app.countdown().is_none() {
                app.last_input_ms = app.clock_ms;
            }
        }
        Msg::Paste(text) => paste(app, &text),
        msg => return Some(msg),
    }
    None
}

/// The clock: a kiosk left idle long enough starts over.
fn tick(app: &mut App<'_>, ms: u64) {
    app.clock_ms = ms;
    let idle = ms.saturating_sub(app.last_input_ms);
    if app.kiosk.as_ref().is_some_and(|k| idle >= k.idle_ms()) {
        app.reset();
        app.last_input_ms = ms;
        // Only a kiosk left idle opens a locked staff exit.
        app.pin_idle_since_wrong = true;
    }
}

/// A paste is typed into a field or a prompt, character by character;
/// anywhere else it is nothing (its digits must not pick options).
fn paste(app: &mut App<'_>, text: &str) {
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
}

/// Quit, help, start over, the next language, back.
fn command(app: &mut App<'_>, msg: Msg) {
    match msg {
        Msg::AskQuit => app.overlay = Some(Overlay::ConfirmQuit),
        Msg::ToggleHelp => app.overlay = Some(Overlay::Help),
        Msg::Restart if app.kiosk.is_none() && !app.session().answers().is_empty() => {
            app.overlay = Some(Overlay::ConfirmRestart);
        }
        Msg::Restart => app.reset(),
        Msg::ChooseLang => {
            app.overlay = Some(Overlay::Language {
                selected: lang_index(app.lang()),
            });
        }
        // Esc in a search with text typed clears it first.
        Msg::Back if app.is_place_question() && !app.input.is_empty() => {
            app.input.clear();
            app.refused = false;
            app.search();
        }
        Msg::Back => app.back(),
        _ => {}
    }
}

/// The arrows, the page keys, Home and End: the highlight on a question,
/// the scroll on the result (where Enter pages down too).
fn move_(app: &mut App<'_>, msg: Msg) {
    let result = app.stage == Stage::Result;
    // Choosing among the options or matches listed: what Enter said is
    // done with.
    if (app.is_place_question() || app.is_plain_choice()) && matches!(msg, Msg::Up | Msg::Down) {
        app.refused = false;
    }
    // Nothing highlighted yet: the arrows start at the top.
    let none = app.selected >= app.option_count();
    // The review is a list to choose from: the page keys, Home and End
    // move the highlight (the view keeps it in sight).
    if app.screen() == Screen::Review {
        let last = app.option_count().saturating_sub(1);
        // An answer may take two rows: half a page of them.
        let page = usize::from(app.page() / 2).max(1);
        let from = if none { 0 } else { app.selected };
        let to = match msg {
            Msg::Home => Some(0),
            Msg::End => Some(last),
            Msg::PageUp => Some(from.saturating_sub(page)),
            Msg::PageDown => Some((from + page).min(last)),
            _ => None,
        };
        if let Some(to) = to {
            app.selected = to;
            return;
        }
    }
    match msg {
        Msg::Up if result => app.scroll = app.scroll.saturating_sub(1),
        Msg::Down if result => app.scroll = app.scroll.saturating_add(1).min(app.max_scroll()),
        Msg::Up | Msg::Down if none => app.selected = 0,
        Msg::Up => app.selected = app.selected.saturating_sub(1),
        Msg::Down => {
            app.selected = (app.selected + 1).min(app.option_count().saturating_sub(1));
        }
        Msg::PageUp => app.scroll = app.scroll.saturating_sub(app.page()),
        Msg::PageDown | Msg::Enter if result => {
            app.scroll = app.scroll.saturating_add(app.page()).min(app.max_scroll());
        }
        Msg::Home => app.scroll = 0,
        Msg::End => app.scroll = app.max_scroll(),
        _ => {}
    }
}

/// Option `index` chosen (a digit or a click).
fn pick(app: &mut App<'_>, index: usize) {
    if index < app.option_count() {
        app.selected = index;
        app.choose();
    }
}

/// A digit: an option's number; on the review, where numbers may have
/// two digits, the first one waits for the second.
fn digit(app: &mut App<'_>, digit: u32, first_digit: Option<usize>) {
    let digit = usize::try_from(digit).unwrap_or(0);
    let count = app.option_count();
    // The second digit of a number begun; a number past the last answer
    // is no answer, and the first digit still waits.
    if let Some(first) = first_digit {
        let number = first * 10 + digit;
        if number < count {
            pick(app, number);
        } else {
            app.first_digit = Some(first);
        }
    } else if digit > 0 && digit * 10 < count {
        // Could begin a number: highlight it and wait.
        app.selected = digit;
        app.first_digit = Some(digit);
    } else {
        pick(app, digit);
    }
}

/// Typing in a field (a date, a CPR number, the municipality search):
/// characters go in at the cursor, which the arrows, Home and End move.
fn edit(app: &mut App<'_>, msg: Msg) {
    if !app.is_text_input() {
        return;
    }
    let changed = match msg {
        Msg::Char(c) => app.input.insert(c),
        Msg::DeleteChar => app.input.backspace(),
        Msg::DeleteForward => app.input.delete(),
        Msg::ClearField => {
            let had = !app.input.is_empty();
            app.input.clear();
            had
        }
        Msg::Cursor(to) => {
            app.input.move_cursor(to);
            false
        }
        _ => false,
    };
    if !changed {
        return;
    }
    app.refused = false;
    if app.is_place_question() {
        app.search();
    }
}

/// The file-name field, holding `name` with the cursor at its end.
fn save_field(name: &str) -> Field {
    let mut field = Field::new(PATH_MAX);
    field.set(name);
    field
}

/// On the result: the whole week's hours, the codes to take away, save.
fn result_action(app: &mut App<'_>, msg: Msg) {
    if app.stage != Stage::Result {
        return;
    }
    match msg {
        Msg::ToggleWeek => app.show_week = !app.show_week,
        Msg::TakeAway => app.overlay = Some(Overlay::TakeAway { index: 0 }),
        Msg::Save if app.result.is_some() && !app.served => {
            let path = if app.save_path.is_empty() {
                "cpr-guide-result.md"
            } else {
                &app.save_path
            };
            app.overlay = Some(Overlay::Save {
                path: save_field(path),
                refused: None,
                replace: false,
                offered: true,
            });
        }
        _ => {}
    }
}
