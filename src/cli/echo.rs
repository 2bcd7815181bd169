//! The line mode in a terminal: what is typed for a CPR number is not
//! echoed. The terminal's settings are put back after the line, and on any
//! signal that ends the program while echo is off.

use rustix::termios::{self, LocalModes, OptionalActions, Termios};
use std::io::{self, IsTerminal};
use std::sync::{Arc, Mutex};

/// The terminal's settings as the line mode found them.
#[derive(Clone)]
pub struct Echo {
    saved: Arc<Mutex<Termios>>,
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
        };
        echo.restore_on_signals();
        Some(echo)
    }

    /// Echo off (the Enter that ends the line still shows), or back on.
    pub fn hide(&self, hidden: bool) {
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

    /// A signal that ends the program first puts the settings back.
    fn restore_on_signals(&self) {
        use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        let Ok(mut signals) =
            signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])
        else {
            return;
        };
        let echo = self.clone();
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                echo.hide(false);
                std::process::exit(128 + signal);
            }
        });
    }
}
