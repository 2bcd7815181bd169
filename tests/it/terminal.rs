//! Commands that read from a terminal, in a pseudo-terminal that echoes as
//! a real one does: what must not be seen is not echoed.

#![cfg(unix)]

use expectrl::process::Termios;
use expectrl::{Expect, Session};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::BIN;

/// `cpr-guide ARGS` in an echoing pty.
fn spawn(args: &str) -> expectrl::session::OsSession {
    let mut command = Command::new("sh");
    command
        .args(["-c", &format!("stty echo; exec \"$0\" {args}"), BIN])
        .env("TERM", "xterm-256color")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Reads until `text` was written (or the program ended); returns all read.
fn read_until(session: &mut expectrl::session::OsSession, seen: &mut Vec<u8>, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(seen).contains(text) {
        match session.try_read(&mut buf) {
            Ok(0) => break,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
        assert!(
            Instant::now() < deadline,
            "waiting for {text:?}; written:\n{}",
            String::from_utf8_lossy(seen)
        );
    }
}

/// Waits until the terminal's echo is `on`.
fn wait_echo(session: &expectrl::session::OsSession, on: bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while session.is_echo().expect("echo") != on {
        assert!(Instant::now() < deadline, "echo never became {on}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn exit_code(session: &mut expectrl::session::OsSession) -> i32 {
    match session.get_process_mut().wait().expect("exit") {
        expectrl::process::unix::WaitStatus::Exited(_, code) => code,
        other => panic!("ended by {other:?}"),
    }
}

#[test]
fn pin_hash_in_a_terminal_hides_the_pin_and_asks_twice() {
    let mut s = spawn("pin-hash");
    let mut seen = Vec::new();
    read_until(&mut s, &mut seen, "Staff PIN (not shown as you type): ");
    wait_echo(&s, false);
    s.send("2468\r").expect("send");
    read_until(&mut s, &mut seen, "Type the PIN again: ");
    wait_echo(&s, false);
    s.send("2468\r").expect("send");
    read_until(&mut s, &mut seen, "$argon2id$");
    read_until(&mut s, &mut seen, "\n");
    assert_eq!(exit_code(&mut s), 0);
    let mut rest = Vec::new();
    let _ = std::io::Read::read_to_end(&mut s, &mut rest);
    seen.extend(rest);
    let written = String::from_utf8_lossy(&seen).into_owned();
    assert!(!written.contains("2468"), "{written}");
    let hash = written
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("$argon2id$"))
        .expect("a hash");
    assert!(cpr_guide::kiosk::verify_pin(hash, "2468"), "{hash}");

    // Two different PINs: nothing is hashed, exit 2.
    let mut s = spawn("pin-hash --lang da");
    let mut seen = Vec::new();
    read_until(&mut s, &mut seen, "vises ikke, mens du skriver");
    wait_echo(&s, false);
    s.send("2468\r").expect("send");
    read_until(&mut s, &mut seen, "Skriv pinkoden igen:");
    wait_echo(&s, false);
    s.send("2469\r").expect("send");
    read_until(&mut s, &mut seen, "Prøv igen.");
    assert_eq!(exit_code(&mut s), 2);
    let written = String::from_utf8_lossy(&seen).into_owned();
    assert!(written.contains("De to pinkoder er ikke ens"), "{written}");
    assert!(
        !written.contains("argon2") && !written.contains("246"),
        "{written}"
    );
}
