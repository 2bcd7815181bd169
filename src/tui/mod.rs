//! The interactive terminal UI (ratatui + crossterm), a thin front end over
//! the same interview engine as the command line.
//!
//! The loop: event → [`keys::message`] → [`app::update`] → [`view::draw`].
//! The terminal is restored on every way out: normal exit, panic, and every
//! signal that would end the program (SIGTERM, SIGHUP, SIGINT, SIGQUIT,
//! SIGUSR1, SIGUSR2, SIGALRM and the rest; Ctrl-C itself arrives as a key
//! and asks first).

pub mod app;
pub mod input;
pub mod keys;
pub mod layout;
mod local;
pub mod runner;
pub mod view;

use crate::content::Content;
use crate::i18n::{Catalog, Lang};
use app::App;
use runner::{Effects, Runner};
use std::io;
use std::sync::atomic::AtomicBool;
use std::sync::{mpsc, Arc};

/// How the UI starts.
pub struct Options {
    pub lang: Lang,
    /// `--now`, `--today` or the real clock, as every front end reads it.
    pub clock: crate::settings::Clock,
    pub theme: view::Theme,
    /// `HOME`, for `~` in file names.
    pub home: Option<std::path::PathBuf>,
    /// Kiosk mode and its settings.
    pub kiosk: Option<crate::kiosk::KioskConfig>,
}

/// Tells staff, not the visitor: standard error when it is not the screen
/// (a journal under systemd), else nothing.
fn staff_log(text: &str) {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        eprintln!("cpr-guide: {}", crate::text::visible_lines(text));
    }
}

/// Every signal that would end the program ends it here, with the
/// terminal restored. A kiosk cannot be interrupted from its keyboard
/// (staff end it with SIGTERM or the PIN); nobody suspends a UI, which
/// would leave the terminal raw; a file too large is a write error.
fn watch_signals(kiosk: bool, continued: &Arc<AtomicBool>) -> io::Result<crate::signals::Caught> {
    use signal_hook::consts::signal::{SIGCONT, SIGINT, SIGQUIT, SIGTSTP, SIGXFSZ};
    use std::sync::atomic::Ordering;
    let ignored: &[i32] = if kiosk { &[SIGINT, SIGQUIT] } else { &[] };
    // Continued after a stop: the runner draws the terminal again.
    let on_continue = Arc::clone(continued);
    let caught = crate::signals::watch(
        ignored,
        &[SIGCONT],
        |_| {},
        move |_| {
            on_continue.store(true, Ordering::Relaxed);
        },
    )?;
    let held = Arc::new(AtomicBool::new(false));
    for signal in [SIGTSTP, SIGXFSZ] {
        signal_hook::flag::register(signal, Arc::clone(&held))?;
    }
    Ok(caught)
}

/// The app as these options ask.
fn app<'c>(content: &'c Content, catalog: &'c Catalog, options: &Options) -> App<'c> {
    let clock = options.clock;
    let app = App::new(content, catalog, options.lang, clock.today(), clock.now())
        .with_theme(options.theme)
        .with_home(options.home.clone());
    match options.kiosk.clone() {
        Some(config) => app.with_kiosk(config),
        None => app,
    }
}

/// Runs the UI in this terminal until the person quits, the input ends or
/// a signal asks it to end. Ends with the signal that ended it, if one did.
pub fn run(content: &Content, catalog: &Catalog, options: Options) -> io::Result<Option<i32>> {
    let continued = Arc::new(AtomicBool::new(false));
    let caught = watch_signals(options.kiosk.is_some(), &continued)?;
    let mut terminal = local::LocalTerminal::start(options.kiosk.is_some());
    let (sender, inbox) = mpsc::channel();
    let mut input = local::LocalInput::start(sender.clone(), continued);
    let effects = Effects::new(sender, staff_log).with_kiosk(options.kiosk.as_ref());
    let mut runner = Runner::new(app(content, catalog, &options), options.clock, effects);
    let result = runner.run(&mut terminal, &mut input, &inbox, || caught.get().is_some());
    runner.finish(&mut terminal);
    drop(terminal);
    result.map(|_| caught.get())
}
