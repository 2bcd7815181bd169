//! What happens while a box is over the screen (help, quit, restart, save,
//! the codes to take away, the staff PIN), and the kiosk's rules before
//! any message acts: the idle countdown, no quitting, printing, the staff
//! exit and its PIN with waits that double.

use super::{App, Effect, Msg, Notice, Overlay, Stage, INPUT_MAX};
use crate::flow::prepare_save;
use crate::i18n::Lang;
use zeroize::{Zeroize, Zeroizing};

/// A message while an overlay is open: the overlay takes it.
pub(super) fn overlay(app: &mut App<'_>, msg: Msg) {
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
            // The name offered is as if selected: typing replaces it
            // whole and Backspace or Delete clears it; the arrows keep it.
            Msg::Char(_) | Msg::DeleteChar | Msg::DeleteForward | Msg::ClearField => {
                let was_offered = std::mem::take(offered);
                if was_offered {
                    path.clear();
                }
                match msg {
                    Msg::Char(c) => {
                        path.insert(c);
                    }
                    _ if was_offered => {}
                    Msg::DeleteChar => {
                        path.backspace();
                    }
                    Msg::DeleteForward => {
                        path.delete();
                    }
                    _ => path.clear(),
                }
                // Another name: no longer the file that exists.
                *replace = false;
                *refused = None;
            }
            Msg::Cursor(to) => {
                *offered = false;
                path.move_cursor(to);
            }
            Msg::Back => app.overlay = None,
            Msg::Enter => {
                match prepare_save(app.result.as_ref(), path.as_str(), app.home.as_deref()) {
                    Ok(request) => {
                        app.save_path = path.as_str().trim().to_string();
                        app.effects.push(Effect::Save {
                            request,
                            replace: *replace,
                        });
                        app.overlay = None;
                    }
                    Err(why) => *refused = Some(why),
                }
            }
            _ => {}
        },
        Overlay::TakeAway { index } => match msg {
            Msg::Up | Msg::PageUp => *index = index.saturating_sub(1),
            // The view clamps it to the codes there are.
            Msg::Down | Msg::PageDown => *index = index.saturating_add(1).min(64),
            Msg::Back | Msg::Enter | Msg::TakeAway | Msg::AskQuit => app.overlay = None,
            _ => {}
        },
        Overlay::ConfirmDate { selected } => match msg {
            Msg::Up => *selected = 0,
            Msg::Down => *selected = 1,
            Msg::Pick(i) if i < 2 => app.confirm_date(i == 0),
            Msg::Enter => {
                let yes = *selected == 0;
                app.confirm_date(yes);
            }
            Msg::Back => app.confirm_date(false),
            _ => {}
        },
        Overlay::Language { selected } => {
            let count = Lang::ALL.len();
            let chosen = match msg {
                Msg::Up => {
                    *selected = selected.saturating_sub(1);
                    None
                }
                Msg::Down => {
                    *selected = (*selected + 1).min(count - 1);
                    None
                }
                Msg::Pick(i) if i < count => Some(i),
                Msg::Enter => Some(*selected),
                Msg::Back | Msg::ChooseLang | Msg::AskQuit => {
                    app.overlay = None;
                    None
                }
                _ => None,
            };
            if let Some(i) = chosen {
                app.overlay = None;
                app.set_lang(Lang::ALL[i.min(count - 1)]);
            }
        }
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

pub(super) fn app_pin_block(app: &App<'_>) -> PinBlock {
    if app.pin_failures >= PIN_LOCKOUT && !app.pin_idle_since_wrong {
        PinBlock::Locked
    } else if app.clock_ms < app.pin_wait_until {
        PinBlock::Wait((app.pin_wait_until - app.clock_ms).div_ceil(1000))
    } else {
        PinBlock::Open
    }
}

/// Kiosk rules before a message acts; `false` when it is used up here.
pub(super) fn kiosk_filter(app: &mut App<'_>, msg: &Msg) -> bool {
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
                    .push(Effect::Print(crate::output::render_printout(view)));
                app.notice = Some(Notice::PrintSending);
            }
            false
        }
        _ => true,
    }
}
