//! Turns terminal events into messages. Digits pick options (numeric keypads
//! on kiosks), arrows and Enter move and confirm, a click picks.

use super::app::{App, Move, Msg, Overlay, Screen};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// The message for an event, given the current state; `None` to ignore it.
pub fn message(app: &App<'_>, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_message(app, key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown => Some(Msg::Down),
            MouseEventKind::ScrollUp => Some(Msg::Up),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        Event::Paste(text) => Some(Msg::Paste(zeroize::Zeroizing::new(text.clone()))),
        _ => None,
    }
}

fn key_message(app: &App<'_>, key: &KeyEvent) -> Option<Msg> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let typing = app.overlay().is_none() && app.is_text_input()
        || matches!(app.overlay(), Some(Overlay::Save { .. }));
    if ctrl && typing {
        // As in a shell: Ctrl-U clears, Ctrl-A and Ctrl-E go to the start
        // and the end.
        match key.code {
            KeyCode::Char('u') => return Some(Msg::ClearField),
            KeyCode::Char('a') => return Some(Msg::Cursor(Move::Home)),
            KeyCode::Char('e') => return Some(Msg::Cursor(Move::End)),
            _ => {}
        }
    }
    if ctrl {
        return match key.code {
            KeyCode::Char('c') | KeyCode::Char('q') => Some(Msg::AskQuit),
            KeyCode::Char('r') => Some(Msg::Restart),
            KeyCode::Char('l') => Some(Msg::ChooseLang),
            _ => None,
        };
    }
    // Prompts that take typed text: the staff PIN and the file name.
    if matches!(
        app.overlay(),
        Some(Overlay::StaffPin { .. } | Overlay::Save { .. })
    ) {
        if typing {
            if let Some(msg) = cursor_key(key.code) {
                return Some(msg);
            }
        }
        return match key.code {
            KeyCode::Char(c) => Some(Msg::Char(c)),
            KeyCode::Backspace => Some(Msg::DeleteChar),
            KeyCode::Enter => Some(Msg::Enter),
            KeyCode::Esc => Some(Msg::Back),
            _ => None,
        };
    }
    // The codes to take away: arrows go through them, Esc closes.
    if matches!(app.overlay(), Some(Overlay::TakeAway { .. })) {
        return match key.code {
            KeyCode::Left | KeyCode::Up | KeyCode::PageUp => Some(Msg::Up),
            KeyCode::Right | KeyCode::Down | KeyCode::PageDown | KeyCode::Char(' ') => {
                Some(Msg::Down)
            }
            KeyCode::Esc | KeyCode::Enter | KeyCode::Backspace | KeyCode::Char('c' | 'q') => {
                Some(Msg::Back)
            }
            _ => None,
        };
    }
    // A date far from today: yes (1, y, j) or no (2, n, Esc).
    if matches!(app.overlay(), Some(Overlay::ConfirmDate { .. })) {
        return match key.code {
            KeyCode::Up => Some(Msg::Up),
            KeyCode::Down => Some(Msg::Down),
            KeyCode::Char('1' | 'y' | 'Y' | 'j' | 'J') => Some(Msg::Pick(0)),
            KeyCode::Char('2' | 'n' | 'N') => Some(Msg::Pick(1)),
            KeyCode::Enter => Some(Msg::Enter),
            KeyCode::Esc | KeyCode::Backspace => Some(Msg::Back),
            _ => None,
        };
    }
    // The language chooser: a number, or the arrows and Enter.
    if matches!(app.overlay(), Some(Overlay::Language { .. })) {
        return match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
            KeyCode::Enter | KeyCode::Right => Some(Msg::Enter),
            KeyCode::Esc | KeyCode::Backspace | KeyCode::Left | KeyCode::F(2) => Some(Msg::Back),
            KeyCode::Char('l' | 'q') => Some(Msg::Back),
            _ => None,
        };
    }
    if matches!(
        app.overlay(),
        Some(Overlay::ConfirmQuit | Overlay::ConfirmRestart)
    ) {
        return match key.code {
            // Only a clear yes: Enter alone does not throw answers away.
            KeyCode::Char('y' | 'Y' | 'j' | 'J') => Some(Msg::AnswerQuit(true)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::AnswerQuit(false)),
            _ => None,
        };
    }
    if app.is_text_input() {
        match key.code {
            // ← goes back only from an empty field; in text it moves.
            KeyCode::Left if app.input().is_empty() => return Some(Msg::Back),
            code => {
                if let Some(msg) = cursor_key(code) {
                    return Some(msg);
                }
            }
        }
    }
    match key.code {
        KeyCode::F(1) => return Some(Msg::ToggleHelp),
        KeyCode::F(2) => return Some(Msg::ChooseLang),
        KeyCode::F(5) => return Some(Msg::Restart),
        KeyCode::F(12) => return Some(Msg::StaffExit),
        KeyCode::Esc => return Some(Msg::Back),
        KeyCode::Up => return Some(Msg::Up),
        KeyCode::Down => return Some(Msg::Down),
        KeyCode::PageUp => return Some(Msg::PageUp),
        KeyCode::PageDown => return Some(Msg::PageDown),
        KeyCode::Home => return Some(Msg::Home),
        KeyCode::End => return Some(Msg::End),
        KeyCode::Enter => return Some(Msg::Enter),
        _ => {}
    }
    if app.is_text_input() {
        return match key.code {
            // Backspace and ← go back only from an empty field.
            // A held Backspace that just emptied the field must not go on
            // to leave the screen.
            KeyCode::Backspace if app.input().is_empty() && !app.just_deleted() => Some(Msg::Back),
            KeyCode::Backspace if app.input().is_empty() => None,
            KeyCode::Backspace => Some(Msg::DeleteChar),
            KeyCode::Char('?') => Some(Msg::ToggleHelp),
            KeyCode::Char(c) => Some(Msg::Char(c)),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Backspace | KeyCode::Left => Some(Msg::Back),
        KeyCode::Right => Some(Msg::Enter),
        // On the review, 0 is the result and the answers are numbered
        // from 1; past 9 they are typed as a number (1 then 2 for 12).
        KeyCode::Char(c @ '0'..='9') if app.screen() == Screen::Review => {
            c.to_digit(10).map(Msg::Digit)
        }
        KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
        KeyCode::Char('0') => Some(Msg::Pick(9)),
        // On the result, Space pages on.
        KeyCode::Char(' ') if app.screen() == Screen::Result => Some(Msg::PageDown),
        KeyCode::Char('k') => Some(Msg::Up),
        KeyCode::Char('j') => Some(Msg::Down),
        KeyCode::Char('?') => Some(Msg::ToggleHelp),
        KeyCode::Char('q') => Some(Msg::AskQuit),
        KeyCode::Char('l') => Some(Msg::ChooseLang),
        KeyCode::Char('p') if app.screen() == Screen::Result => Some(Msg::Print),
        KeyCode::Char('s') if app.screen() == Screen::Result => Some(Msg::Save),
        KeyCode::Char('h') if app.screen() == Screen::Result => Some(Msg::ToggleWeek),
        KeyCode::Char('c') if app.screen() == Screen::Result => Some(Msg::TakeAway),
        KeyCode::Char('d' | 'D')
            if app.kiosk().is_some() && matches!(app.screen(), Screen::Result | Screen::Review) =>
        {
            Some(Msg::Done)
        }
        _ => None,
    }
}

/// The keys that move the cursor in a text field, and Delete.
fn cursor_key(code: KeyCode) -> Option<Msg> {
    match code {
        KeyCode::Left => Some(Msg::Cursor(Move::Left)),
        KeyCode::Right => Some(Msg::Cursor(Move::Right)),
        KeyCode::Home => Some(Msg::Cursor(Move::Home)),
        KeyCode::End => Some(Msg::Cursor(Move::End)),
        KeyCode::Delete => Some(Msg::DeleteForward),
        _ => None,
    }
}
