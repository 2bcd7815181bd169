//! The real binary in a pseudo-terminal, as a person sees it: every byte
//! the program writes is applied to a virtual terminal of a fixed size.

#![cfg(unix)]

use expectrl::{Expect, Session};
use std::process::Command;
use std::time::{Duration, Instant};

use super::BIN;

/// How long any one wait may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// A program in a pty: its screen, and the raw bytes (to check escapes).
pub struct Screen {
    pub session: expectrl::session::OsSession,
    pub parser: vt100::Parser,
    pub raw: Vec<u8>,
}

/// `command` in a pty of `cols`×`rows`, in a colour terminal.
pub fn spawn_command(mut command: Command, cols: u16, rows: u16) -> Screen {
    command.env("TERM", "xterm-256color").env_remove("NO_COLOR");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session
        .get_process_mut()
        .set_window_size(cols, rows)
        .expect("size");
    session.set_expect_timeout(Some(PATIENCE));
    Screen::new(session, cols, rows)
}

/// `cpr-guide ARGS` in a pty of `cols`×`rows`.
pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Screen {
    let mut command = Command::new(BIN);
    command.args(args);
    spawn_command(command, cols, rows)
}

impl Screen {
    pub fn new(session: expectrl::session::OsSession, cols: u16, rows: u16) -> Screen {
        Screen {
            session,
            parser: vt100::Parser::new(
                std::num::NonZero::new(rows).expect("rows"),
                std::num::NonZero::new(cols).expect("cols"),
                0,
            ),
            raw: Vec::new(),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
            self.raw.extend_from_slice(&buf[..n]);
        }
    }

    /// What the screen shows now.
    pub fn contents(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            if self.parser.screen().contents().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waiting for {text:?}; the screen shows:\n{}",
                self.parser.screen().contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the program wrote `bytes` (e.g. an escape sequence).
    pub fn wait_for_bytes(&mut self, bytes: &[u8]) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            if self.raw.windows(bytes.len()).any(|w| w == bytes) {
                return;
            }
            assert!(Instant::now() < deadline, "waiting for {bytes:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends keys, then waits for `then` on the screen.
    pub fn step(&mut self, keys: &str, then: &str) {
        self.session.send(keys).expect("send");
        self.wait_for(then);
    }

    /// Sends `signal` to the program.
    pub fn signal(&mut self, signal: expectrl::process::unix::Signal) {
        self.session
            .get_process_mut()
            .signal(signal)
            .expect("signal");
    }

    /// Waits for the program to end and says how.
    pub fn wait_exit(&mut self) -> expectrl::process::unix::WaitStatus {
        self.session.get_process_mut().wait().expect("exit")
    }

    /// SIGTERM, then waits until the normal screen is back and the program
    /// has ended by itself (not killed by the signal).
    pub fn terminate(mut self) {
        self.signal(expectrl::process::unix::Signal::SIGTERM);
        self.wait_for_bytes(b"\x1b[?1049l");
        let status = self.wait_exit();
        assert!(
            matches!(status, expectrl::process::unix::WaitStatus::Exited(..)),
            "{status:?}"
        );
    }
}
