//! The local terminal: set up for the UI (raw mode, the alternate screen,
//! mouse and paste reporting) and always put back — when the UI ends, on
//! a panic, and (through the runner's stop check) on every signal that
//! ends the program. Its input is read on a thread of its own, all of it
//! as it comes, and its buffer wiped after each read.

use super::runner::{Incoming, Input, Output};
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use zeroize::{Zeroize, Zeroizing};

/// The terminal the program runs in, in the UI's modes until dropped.
pub struct LocalTerminal {
    terminal: ratatui::DefaultTerminal,
    /// Stops the kiosk's output watchdog when the UI ends.
    watchdog: Option<Arc<AtomicBool>>,
}

/// Output the terminal stopped (Scroll Lock, Ctrl-S: `TCOOFF`) starts
/// again, so a kiosk never keeps a visitor's screen up, nor hangs in a
/// write it cannot finish.
fn resume_output() {
    let _ = rustix::termios::tcflow(io::stdout(), rustix::termios::Action::OOn);
}

impl LocalTerminal {
    /// Raw mode, the alternate screen, mouse and paste reporting; a panic
    /// puts them back before its message. A kiosk also gets a watchdog that
    /// starts output again whenever the terminal stops it.
    pub fn start(kiosk: bool) -> LocalTerminal {
        let terminal = ratatui::init();
        // ratatui's own hook restores raw mode and the screen; this one
        // also releases the mouse before it runs.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
            previous(info);
        }));
        // A paste arrives as one piece of text, never as keys that answer.
        let _ = crossterm::execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste);
        let watchdog = kiosk.then(|| {
            let stop = Arc::new(AtomicBool::new(false));
            let stopped = Arc::clone(&stop);
            std::thread::spawn(move || {
                while !stopped.load(Ordering::Relaxed) {
                    resume_output();
                    std::thread::sleep(std::time::Duration::from_millis(500));
                }
            });
            stop
        });
        LocalTerminal { terminal, watchdog }
    }
}

impl Drop for LocalTerminal {
    /// Leaves raw mode, mouse capture and the alternate screen.
    fn drop(&mut self) {
        resume_output();
        let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        ratatui::restore();
        if let Some(stop) = &self.watchdog {
            stop.store(true, Ordering::Relaxed);
        }
    }
}

impl Output for LocalTerminal {
    type Backend = ratatui::backend::CrosstermBackend<io::Stdout>;

    fn terminal(&mut self) -> &mut ratatui::DefaultTerminal {
        &mut self.terminal
    }

    /// A blank frame overwrites each cell ratatui drew, then the terminal
    /// itself is told to clear, scrollback too.
    fn wipe(&mut self) -> io::Result<()> {
        use crossterm::terminal::{Clear, ClearType};
        // A wipe no one can see wipes nothing.
        resume_output();
        self.terminal
            .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
        crossterm::execute!(io::stdout(), Clear(ClearType::All), Clear(ClearType::Purge))
    }

    /// Asked every turn: no signal is needed to notice a resize.
    fn size(&mut self) -> Option<(u16, u16)> {
        self.terminal.size().ok().map(|s| (s.width, s.height))
    }

    /// After a stop, the shell had the terminal: raw mode, the alternate
    /// screen, mouse and paste reporting again, and the next frame whole.
    fn refresh(&mut self) -> io::Result<()> {
        use crossterm::terminal::EnterAlternateScreen;
        use rustix::termios::{tcgetattr, tcsetattr, OptionalActions};
        resume_output();
        // Raw mode again, set here: crossterm remembers it set it once and
        // would do nothing.
        let mut modes = tcgetattr(io::stdin())?;
        modes.make_raw();
        tcsetattr(io::stdin(), OptionalActions::Now, &modes)?;
        crossterm::execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste
        )?;
        // A blank frame, then the real screen cleared: the next frame is
        // drawn whole, over whatever the shell left.
        self.wipe()
    }
}

/// Standard input, read as it comes on its own thread.
pub struct LocalInput {
    /// Set when the program is continued after a stop (SIGCONT).
    continued: Arc<AtomicBool>,
}

impl LocalInput {
    /// Starts reading; bytes, then the end of input, go to `sender`.
    /// `continued` is set (by the signal watcher) on SIGCONT.
    pub fn start(sender: Sender<Incoming>, continued: Arc<AtomicBool>) -> LocalInput {
        std::thread::spawn(move || read_input(&sender));
        LocalInput { continued }
    }
}

impl Input for LocalInput {
    /// What the terminal holds that was typed before a reset.
    fn flush(&mut self) {
        let _ = rustix::termios::tcflush(io::stdin(), rustix::termios::QueueSelector::IFlush);
    }

    /// A hangup leaves standard input no terminal.
    fn is_open(&self) -> bool {
        io::stdin().is_terminal()
    }

    fn continued(&mut self) -> bool {
        self.continued.swap(false, Ordering::Relaxed)
    }
}

/// Reads the terminal's bytes as they come, all of them (not a fixed
/// amount per key), straight from the file descriptor: std's `Stdin` keeps
/// an 8 KiB buffer of its own that is never wiped, and it would hold the
/// last number typed after the visitor is gone. This buffer is wiped after
/// each read.
fn read_input(sender: &Sender<Incoming>) {
    let mut buffer = Zeroizing::new([0u8; 4096]);
    let stdin = io::stdin();
    loop {
        match rustix::io::read(&stdin, &mut buffer[..]) {
            Err(rustix::io::Errno::INTR) => continue,
            Ok(0) | Err(_) => {
                let _ = sender.send(Incoming::Closed);
                return;
            }
            Ok(n) => {
                let bytes = Zeroizing::new(buffer[..n].to_vec());
                buffer[..n].zeroize();
                if sender.send(Incoming::Bytes(bytes)).is_err() {
                    return;
                }
            }
        }
    }
}
