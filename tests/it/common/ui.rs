//! Driving the terminal UI in tests: a fixed moment, keys as a person would
//! press them, and the screen as text.

#![allow(dead_code)]

use cpr_guide::kiosk::KioskConfig;
use cpr_guide::tui::app::{update, App};
use cpr_guide::tui::keys::message;
use cpr_guide::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// "Now" for UI tests: 10:00 on `TODAY`.
pub fn now() -> jiff::civil::DateTime {
    cpr_guide::calendar::parse_now("2026-11-22T10:00").expect("now")
}

/// A kiosk in Danish with a 120 s timeout and a 20 s countdown.
pub fn kiosk_config() -> KioskConfig {
    KioskConfig {
        language: Some(cpr_guide::i18n::Lang::Da),
        idle_timeout: 120,
        countdown: 20,
        ..KioskConfig::default()
    }
}

/// Presses one key, through the real key map.
pub fn press(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) {
    if let Some(msg) = message(app, &Event::Key(KeyEvent::new(code, modifiers))) {
        update(app, msg);
    }
}

pub fn key(app: &mut App<'_>, code: KeyCode) {
    press(app, code, KeyModifiers::NONE);
}

/// Types each character as a key; `\n` is Enter, `\x1b` is Esc, `↓` and
/// `↑` are the arrows.
pub fn keys(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            '↓' => KeyCode::Down,
            '↑' => KeyCode::Up,
            c => KeyCode::Char(c),
        };
        key(app, code);
    }
}

/// The screen drawn at `width`×`height`, as lines of text.
pub fn screen_text(app: &App<'_>, width: u16, height: u16) -> String {
    render(app, width, height).0
}

/// Draws the screen as the runtime does, keeping what it drew (for clicks
/// and scrolling), and returns it as text.
pub fn draw(app: &mut App<'_>, width: u16, height: u16) -> String {
    update(app, cpr_guide::tui::app::Msg::Resize(width, height));
    let (text, layout) = render(app, width, height);
    app.record_layout(layout);
    text
}

/// Draws the screen as the runtime does and returns the cells, with
/// their styles.
pub fn buffer(app: &mut App<'_>, width: u16, height: u16) -> ratatui::buffer::Buffer {
    update(app, cpr_guide::tui::app::Msg::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let mut layout = None;
    terminal
        .draw(|frame| layout = Some(view::draw(frame, app)))
        .expect("draw");
    app.record_layout(layout.expect("drawn"));
    terminal.backend().buffer().clone()
}

fn render(app: &App<'_>, width: u16, height: u16) -> (String, cpr_guide::tui::layout::Layout) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let mut layout = None;
    terminal
        .draw(|frame| layout = Some(view::draw(frame, app)))
        .expect("draw");
    let layout = layout.expect("drawn");
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..height {
        for x in 0..width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    (out, layout)
}
