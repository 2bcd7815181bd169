//! The line mode in a terminal: what is typed for a CPR number is not
//! echoed. The terminal's settings are put back after the line, on every
//! signal that ends the program while echo is off, and echo is turned off
//! again when the program continues after a stop (Ctrl-Z, `fg`: the shell
//! turns echo back on meanwhile).

use rustix::termios::{self, LocalModes, OptionalActions, Termios};
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The terminal's settings as the line mode found them.
#[derive(Clone)]
pub struct Echo {
    saved: Arc<Mutex<Termios>>,
    hidden: Arc<AtomicBool>,
}

impl Echo {
    /// For standard input, when it is a terminal.
    pub fn of_stdin() -> Option<Echo> {
        if !io::stdin().is_terminal() {
            return None;
        }
        let saved = termios::tcgetattr(io::stdin()).ok()?;
        let echo = Echo {
            saved: Arc::new(Mutex::new(saved)),
            hidden: Arc::new(AtomicBool::new(false)),
        };
        echo.watch_signals();
        Some(echo)
    }

    /// Echo off (the Enter that ends the line still shows), or back on.
    pub fn hide(&self, hidden: bool) {
        self.hidden.store(hidden, Ordering::Relaxed);
        self.apply(hidden);
    }

    fn apply(&self, hidden: bool) {
        let Ok(saved) = self.saved.lock() else {
            return;
        };
        let mut settings = saved.clone();
        if hidden {
            settings.local_modes.remove(LocalModes::ECHO);
            settings.local_modes.insert(LocalModes::ECHONL);
        }
        let _ = termios::tcsetattr(io::stdin(), OptionalActions::Now, &settings);
    }

    fn watch_signals(&self) {
        use signal_hook::consts::signal::SIGCONT;
        let (ending, resumed) = (self.clone(), self.clone());
        let _ = crate::signals::watch(
            &[],
            &[SIGCONT],
            move |signal| {
                ending.apply(false);
                std::process::exit(128 + signal);
            },
            move |_| {
                if resumed.hidden.load(Ordering::Relaxed) {
                    resumed.apply(true);
                }
            },
        );
    }
}
