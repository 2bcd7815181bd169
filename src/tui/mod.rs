//! The interactive terminal UI (ratatui + crossterm), a thin front end over
//! the same interview engine as the command line.
//!
//! The loop: event → [`keys::message`] → [`app::update`] → [`view::draw`].
//! The terminal is restored on every way out: normal exit, panic, and the
//! signals SIGTERM, SIGHUP and SIGINT (Ctrl-C itself arrives as a key and
//! asks first).

pub mod app;
pub mod keys;
pub mod layout;
pub mod view;

use crate::content::Content;
use crate::i18n::{Catalog, Lang};
use app::{update, App, Effect, Msg};
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
    /// Kiosk mode and its settings.
    pub kiosk: Option<crate::kiosk::KioskConfig>,
}

/// What reaches the loop: terminal events, and results of effects.
enum Incoming {
    Terminal(event::Event),
    Printed(Option<String>),
}

/// Pipes `text` to the print command; `None` when it worked, else why not.
fn print_checklist(command: &[String], text: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (program, args) = command.split_first()?;
    let mut child = match Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => return Some(format!("{program}: {e}")),
    };
    if let Some(mut stdin) = child.stdin.take() {
        if let Err(e) = stdin.write_all(text.as_bytes()) {
            return Some(format!("{program}: {e}"));
        }
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() => None,
        Ok(out) => {
            let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
            Some(
                format!("{program}: {} {said}", out.status)
                    .trim()
                    .to_string(),
            )
        }
        Err(e) => Some(format!("{program}: {e}")),
    }
}

/// Adds one visit with `outcome` to the counters file (written whole, then
/// renamed into place, so a crash never leaves half a file).
fn count_outcome(path: &str, outcome: &str) {
    let mut counters =
        crate::kiosk::Counters::from_json(&std::fs::read_to_string(path).unwrap_or_default());
    counters.record(outcome);
    let temporary = format!("{path}.tmp");
    if std::fs::write(&temporary, counters.to_json()).is_ok() {
        let _ = std::fs::rename(&temporary, path);
    }
}

fn clock(fixed: Option<DateTime>) -> DateTime {
    fixed.unwrap_or_else(|| crate::calendar::now_in_denmark(jiff::Timestamp::now()))
}

/// Wipes every cell and the scrollback, so nothing of the last visit stays
/// in the terminal: a blank frame overwrites each cell ratatui drew, then
/// the terminal itself is told to clear.
fn wipe(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    use crossterm::terminal::{Clear, ClearType};
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    crossterm::execute!(io::stdout(), Clear(ClearType::All), Clear(ClearType::Purge))
}

/// Leaves raw mode, mouse capture and the alternate screen.
fn restore() {
    let _ = crossterm::execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Runs the UI until the person quits or a signal asks it to end.
pub fn run(content: &Content, catalog: &Catalog, options: Options) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let stop = Arc::new(AtomicBool::new(false));
    let ignored = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // A kiosk cannot be interrupted or suspended from its keyboard; staff
    // end it with SIGTERM or the PIN.
    let interrupt = if options.kiosk.is_some() {
        &ignored
    } else {
        &stop
    };
    signal_hook::flag::register(SIGINT, Arc::clone(interrupt))?;
    if options.kiosk.is_some() {
        for signal in [SIGQUIT, SIGTSTP] {
            signal_hook::flag::register(signal, Arc::clone(&ignored))?;
        }
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
    let mut app =
        App::new(content, catalog, options.lang, now.date(), Some(now)).with_theme(options.theme);
    if let Some(config) = options.kiosk.clone() {
        app = app.with_kiosk(config);
    }
    let started = std::time::Instant::now();
    if let Ok(size) = terminal.size() {
        update(&mut app, Msg::Resize(size.width, size.height));
    }
    // Events are read on their own thread: once the terminal is gone,
    // crossterm's poll can spin without returning, and this loop must still
    // see the hangup and leave.
    let (sender, events) = mpsc::channel();
    let printed = sender.clone();
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if sender.send(Incoming::Terminal(event)).is_err() {
                break;
            }
        }
    });
    let result = (|| -> io::Result<()> {
        while !app.wants_quit() && !stop.load(Ordering::Relaxed) && io::stdin().is_terminal() {
            if options.now.is_none() {
                app.set_clock(clock(None));
            }
            let elapsed = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            update(&mut app, Msg::Tick(elapsed));
            if app.take_clear() {
                wipe(&mut terminal)?;
            }
            for effect in app.take_effects() {
                match effect {
                    Effect::Print(text) => {
                        let command = app
                            .kiosk()
                            .map(|k| k.config.print_command.clone())
                            .unwrap_or_default();
                        let reply = printed.clone();
                        std::thread::spawn(move || {
                            let _ = reply.send(Incoming::Printed(print_checklist(&command, &text)));
                        });
                    }
                    Effect::Save(path, text) => {
                        let outcome = std::fs::write(&path, text)
                            .err()
                            .map(|e| format!("{}: {e}", path.display()));
                        update(&mut app, Msg::Saved(outcome));
                    }
                    Effect::Count(outcome) => {
                        if let Some(path) = app.kiosk().and_then(|k| k.config.counters_file.clone())
                        {
                            count_outcome(&path, &outcome);
                        }
                    }
                }
            }
            let mut drawn = None;
            terminal.draw(|frame| drawn = Some(view::draw(frame, &app)))?;
            if let Some(layout) = drawn {
                app.record_layout(layout);
            }
            match events.recv_timeout(TICK) {
                Ok(first) => {
                    for incoming in std::iter::once(first).chain(events.try_iter()) {
                        let msg = match incoming {
                            Incoming::Terminal(event) => keys::message(&app, &event),
                            Incoming::Printed(outcome) => Some(Msg::Printed(outcome)),
                        };
                        if let Some(msg) = msg {
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
    let _ = wipe(&mut terminal);
    restore();
    result
}
