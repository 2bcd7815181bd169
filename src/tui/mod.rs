//! The interactive terminal UI (ratatui + crossterm), a thin front end over
//! the same interview engine as the command line.
//!
//! The loop: event → [`keys::message`] → [`app::update`] → [`view::draw`].
//! The terminal is restored on every way out: normal exit, panic, and the
//! signals SIGTERM, SIGHUP and SIGINT (Ctrl-C itself arrives as a key and
//! asks first).

pub mod app;
pub mod keys;
pub mod view;

use crate::content::Content;
use crate::i18n::{Catalog, Lang};
use app::{update, App, Msg};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use jiff::civil::DateTime;
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

/// How long to wait for input before looking at signals and the clock.
const TICK: Duration = Duration::from_millis(200);

/// How the UI starts.
pub struct Options {
    pub lang: Lang,
    /// A fixed moment (`--now`), else the clock in Danish time.
    pub now: Option<DateTime>,
    pub theme: view::Theme,
}

fn clock(fixed: Option<DateTime>) -> DateTime {
    fixed.unwrap_or_else(|| crate::calendar::now_in_denmark(jiff::Timestamp::now()))
}

/// Leaves raw mode, mouse capture and the alternate screen.
fn restore() {
    let _ = crossterm::execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Runs the UI until the person quits or a signal asks it to end.
pub fn run(content: &Content, catalog: &Catalog, options: Options) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    // ratatui's own hook restores raw mode and the screen; this one also
    // releases the mouse before it runs.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let _ = crossterm::execute!(io::stdout(), EnableMouseCapture);

    let now = clock(options.now);
    let mut app = App::new(content, catalog, options.lang, now.date(), Some(now));
    app.theme = options.theme;
    if let Ok(size) = terminal.size() {
        update(&mut app, Msg::Resize(size.width, size.height));
    }
    // Events are read on their own thread: once the terminal is gone,
    // crossterm's poll can spin without returning, and this loop must still
    // see the hangup and leave.
    let (sender, events) = mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if sender.send(event).is_err() {
                break;
            }
        }
    });
    let result = (|| -> io::Result<()> {
        while !app.quit && !stop.load(Ordering::Relaxed) && io::stdin().is_terminal() {
            if options.now.is_none() {
                let now = clock(None);
                app.now = Some(now);
                app.today = now.date();
            }
            terminal.draw(|frame| view::draw(frame, &app))?;
            match events.recv_timeout(TICK) {
                Ok(event) => {
                    for event in std::iter::once(event).chain(events.try_iter()) {
                        if let Some(msg) = keys::message(&app, &event) {
                            update(&mut app, msg);
                        }
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        Ok(())
    })();
    app.reset();
    restore();
    result
}
