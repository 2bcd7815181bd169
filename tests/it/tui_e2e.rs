//! The real binary in a pseudo-terminal: from the language choice to a
//! result with digits and Enter, then quit; and SIGTERM mid-interview. Both
//! must leave the terminal restored (alternate screen left, mouse released).

#![cfg(unix)]

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::Expect;
use std::process::Command;
use std::time::Duration;

use crate::common::pty::{self, Screen};
use crate::common::BIN;

/// The guide in English at 80×24, at a fixed moment.
fn spawn() -> Screen {
    pty::spawn(&["--lang", "en", "--now", "2026-11-23T10:00"], 80, 24)
}

#[test]
fn walk_from_language_choice_to_result_and_quit() {
    let mut s = spawn();
    s.wait_for("Choose your language");
    s.step("2", "Which describes you best?");
    s.step("1", "How long will you stay");
    s.step("3", "Do you already have a Danish CPR number?");
    s.step("\r", "Which municipality");
    // Type-to-search without Danish letters: "koge" finds Køge (and the
    // municipalities that share its postcode 4600).
    s.step("koge", "4600 Køge");
    s.wait_for("Holbæk");
    // A postcode finds its municipality; Enter takes the highlighted one.
    s.step("\u{7f}\u{7f}\u{7f}\u{7f}8000", "8000 Aarhus C");
    s.step("\r", "On what date do you arrive");
    s.step("2026-12-01", "Tuesday 1 December 2026");
    s.step("\r", "Are you a Danish citizen?");
    s.step("2", "another Nordic country?");
    s.step("2", "18 or older?");
    s.step("1", "children under 18");
    s.step("2", "Are you married?");
    s.step("2", "Danish or English?");
    s.step("1", "Show my result");
    s.step("\r", "You must register your address");
    s.wait_for("ICS West in Aarhus");
    s.wait_for("Open now until 16:00.");
    s.step("q", "Do you want to quit");
    s.session.send("y").expect("confirm");
    s.wait_for_bytes(b"\x1b[?1049l");
    let status = s.wait_exit();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
}

#[test]
fn sigterm_leaves_a_sane_terminal() {
    let mut s = spawn();
    s.wait_for("Choose your language");
    s.step("2", "Which describes you best?");
    // Ctrl-C asks before quitting; it does not end the program.
    s.step("\u{3}", "Do you want to quit");
    s.step("n", "Which describes you best?");
    s.signal(Signal::SIGTERM);
    s.wait_for_bytes(b"\x1b[?1049l");
    s.wait_for_bytes(b"\x1b[?1000l");
    let status = s.wait_exit();
    assert!(matches!(status, WaitStatus::Exited(..)), "{status:?}");
}

#[test]
fn kiosk_idle_reset_in_a_real_terminal() {
    let mut s = kiosk_screen();
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    s.step("2", "On what ground will you live in Denmark?");
    s.step("1", "Do you already have a Danish CPR number?");
    s.step("1", "DDMMYY-SSSS");
    s.step("070765-4985", "070765-XXXX");
    // Ctrl-C and q change nothing at a kiosk.
    s.session.send("\u{3}").expect("ctrl-c");
    s.wait_for("Are you still there?");
    // Walk away: the visit is wiped and the site's language is back.
    s.wait_for("Velkommen til guiden");
    let shown = s.parser.screen().contents();
    for digit in "0456789".chars() {
        assert!(!shown.contains(digit), "{digit} left on screen:\n{shown}");
    }
    s.terminate();
}

#[test]
fn a_kiosk_at_ics_west_marks_its_office() {
    let mut s = pty::spawn(
        &["--kiosk", "--site", "ics-west", "--now", "2026-11-23T10:00"],
        80,
        24,
    );
    s.wait_for("Vælg sprog");
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    s.step("2", "On what ground will you live in Denmark?");
    s.step("1", "Do you already have a Danish CPR number?");
    s.step("\r", "Which municipality");
    s.step("århus", "Aarhus");
    s.step("\r", "On what date do you arrive");
    s.step("\r", "another Nordic country?");
    s.step("2", "18 or older?");
    s.step("1", "children under 18");
    s.step("2", "Are you married?");
    s.step("2", "Danish or English?");
    s.step("1", "Show my result");
    s.step("\r", "You must register your address");
    s.wait_for("ICS West in Aarhus");
    s.wait_for("You are here");
    s.terminate();
}

/// A kiosk in a pty with a 5-second idle reset, at the welcome screen.
fn kiosk_screen() -> Screen {
    let mut s = pty::spawn(
        &[
            "--kiosk",
            "--idle-timeout",
            "5",
            "--now",
            "2026-11-23T10:00",
        ],
        80,
        24,
    );
    s.wait_for("Vælg sprog");
    s
}

#[test]
fn a_typed_paste_start_never_freezes_the_kiosk() {
    let mut s = kiosk_screen();
    // Alt+[ then 2 0 0 ~: the start of a paste, with no end ever.
    s.session.send("\x1b[200~").expect("send");
    s.session.send("12").expect("send");
    std::thread::sleep(Duration::from_millis(1_500));
    // Keys work again: English, then the first question.
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    // And the idle reset still comes, and input works after it.
    s.wait_for("Velkommen til guiden");
    s.step("2", "Which describes you best?");
    s.terminate();
}

#[test]
fn a_long_paste_before_a_reset_leaves_nothing_for_the_next_visitor() {
    let mut s = kiosk_screen();
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    s.step("2", "On what ground will you live in Denmark?");
    s.step("1", "Do you already have a Danish CPR number?");
    s.step("1", "DDMMYY-SSSS");
    // 2 KiB of digits in one paste, without its end marker.
    let mut paste = String::from("\x1b[200~");
    paste.push_str(&"0707614285".repeat(205));
    s.session.send(paste.as_str()).expect("send");
    // The visitor walks away; the next one starts from the welcome screen.
    s.wait_for("Velkommen til guiden");
    std::thread::sleep(Duration::from_millis(300));
    let shown = s.parser.screen().contents();
    assert!(!shown.contains("0707"), "{shown}");
    // Nothing of the paste arrives in the next visit: the CPR question
    // asks again, and its field is empty.
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    s.step("2", "On what ground will you live in Denmark?");
    s.step("1", "Do you already have a Danish CPR number?");
    s.step("1", "DDMMYY-SSSS");
    std::thread::sleep(Duration::from_millis(1_200));
    let shown = s.parser.screen().contents();
    let field = shown.lines().find(|l| l.trim_start().starts_with('>'));
    assert_eq!(field.map(str::trim), Some("> █"), "{shown}");
    assert!(
        !shown.contains("0707") && !shown.contains("4285"),
        "{shown}"
    );
    s.terminate();
}

#[test]
fn every_signal_that_ends_the_program_restores_the_terminal() {
    for signal in [
        Signal::SIGUSR1,
        Signal::SIGUSR2,
        Signal::SIGALRM,
        Signal::SIGQUIT,
    ] {
        let mut s = spawn();
        s.wait_for("Choose your language");
        s.signal(signal);
        // Raw mode off, mouse released, the normal screen back.
        s.wait_for_bytes(b"\x1b[?1049l");
        let status = s.wait_exit();
        assert!(
            matches!(status, WaitStatus::Exited(..)),
            "{signal:?}: {status:?}"
        );
    }
}

#[test]
fn the_line_mode_in_a_terminal_does_not_echo_a_cpr_number() {
    use expectrl::process::Termios;
    // A terminal that echoes what is typed, as a real one does.
    let mut command = Command::new("sh");
    command.args([
        "-c",
        "stty echo; exec \"$0\" --plain --lang en --now 2026-11-23T10:00",
        BIN,
    ]);
    let mut s = pty::spawn_command(command, 80, 24);
    s.wait_for("Which describes you best?");
    assert!(s.session.is_echo().expect("echo"), "the terminal echoes");
    s.step("2\r", "How long will you stay");
    s.step("3\r", "look for work");
    s.step("2\r", "On what ground will you live in Denmark?");
    s.step("1\r", "Do you already have a Danish CPR number?");
    // Yes or no is typed with echo on; only the number itself is hidden.
    assert!(s.session.is_echo().expect("echo"), "echo on for yes/no");
    s.step("1\r", "Type the number as DDMMYY-SSSS");
    // Echo goes off as the program waits for the number.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while s.session.is_echo().expect("echo") {
        assert!(
            std::time::Instant::now() < deadline,
            "echo stays on for the number"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    s.step("070761-4285\r", "Which municipality");
    assert!(s.session.is_echo().expect("echo"), "echo back after it");
    s.step("aarhus\r", "You chose: Aarhus.");
    let written = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(written.contains("aarhus"), "{written}");
    assert!(
        !written.contains("4285") && !written.contains("070761"),
        "{written}"
    );
    s.signal(Signal::SIGTERM);
}

#[test]
fn a_paste_is_text_for_the_field_never_answers() {
    let mut s = spawn();
    s.wait_for("Choose your language");
    // The terminal is asked to mark pastes.
    s.wait_for_bytes(b"\x1b[?2004h");
    s.step("2", "Which describes you best?");
    // A paste at a choice picks nothing, though it holds digits and Enter.
    s.session.send("\x1b[200~2\r3\r\x1b[201~").expect("paste");
    s.step("1", "How long will you stay");
    s.step("3", "Do you already have a Danish CPR number?");
    s.step("\r", "Which municipality");
    s.step("8000", "8000 Aarhus C");
    s.step("\r", "On what date do you arrive");
    // Several lines pasted into the date field: all typed there (line
    // breaks left out), none taken as Enter; the interview stays.
    s.session
        .send("\x1b[200~1.12.2026\r\n2\r1\r\x1b[201~")
        .expect("paste");
    s.wait_for("> 1.12.202621");
    assert!(s
        .parser
        .screen()
        .contents()
        .contains("On what date do you arrive"));
    s.step("\u{7f}\u{7f}", "Tuesday 1 December 2026");
    s.step("\r", "Are you a Danish citizen?");
    // A digit is still an answer in one key.
    s.step("2", "another Nordic country?");
    s.signal(Signal::SIGTERM);
    // Marking pastes is switched off again on the way out.
    s.wait_for_bytes(b"\x1b[?2004l");
}

#[test]
fn a_stuck_counters_file_never_freezes_the_kiosk_or_its_reset() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_content(dir.path());
    let counters = dir.path().join("counters.json");
    std::fs::write(
        dir.path().join("kiosk.yaml"),
        format!(
            "kiosk:\n  language: da\n  idle_timeout: 120\n  countdown: 2\n  counters_file: {}\n",
            counters.display()
        ),
    )
    .expect("kiosk.yaml");
    // A peer kiosk (or a network share) holds the counters' lock.
    let lock = std::fs::File::create(dir.path().join("counters.json.lock")).expect("lock file");
    lock.lock().expect("lock");
    let content = dir.path().display().to_string();
    let mut s = pty::spawn(
        &[
            "--kiosk",
            "--content",
            &content,
            "--idle-timeout",
            "5",
            "--now",
            "2026-11-23T10:00",
        ],
        80,
        24,
    );
    s.wait_for("Vælg sprog");
    for (keys, then) in [
        ("2", "Which describes you best?"),
        ("2", "How long will you stay"),
        ("3", "look for work"),
        ("2", "On what ground will you live in Denmark?"),
        ("1", "Do you already have a Danish CPR number?"),
        ("\r", "Which municipality"),
        ("århus", "Aarhus"),
        ("\r", "On what date do you arrive"),
        ("\r", "another Nordic country?"),
        ("2", "18 or older?"),
        ("1", "children under 18"),
        ("2", "Are you married?"),
        ("2", "Danish or English?"),
        ("1", "Show my result"),
        // The result counts the visit: that waits for the lock, elsewhere.
        ("\r", "You must register your address"),
    ] {
        s.step(keys, then);
    }
    // The screen still answers keys, the countdown still shows, and the
    // idle reset still comes.
    s.step("?", "Keys");
    s.wait_for("Are you still there?");
    s.wait_for("Velkommen til guiden");
    // Once the lock is free, the visit is counted.
    drop(lock);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(&counters).is_ok_and(|t| t.contains("register")) {
        assert!(std::time::Instant::now() < deadline, "never counted");
        std::thread::sleep(Duration::from_millis(50));
    }
    s.terminate();
}

/// How often `needle` occurs in the writable memory of process `pid`,
/// read through `/proc/PID/mem` (the test is the process's parent, so it
/// may, as a debugger would).
#[cfg(target_os = "linux")]
fn occurrences_in_memory(pid: i32, needle: &[u8]) -> usize {
    use std::io::{Read, Seek, SeekFrom};
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).expect("maps");
    let mut mem = std::fs::File::open(format!("/proc/{pid}/mem")).expect("mem");
    let mut found = 0;
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let (Some(range), Some(perms)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !perms.starts_with("rw") {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let start = u64::from_str_radix(start, 16).expect("start");
        let end = u64::from_str_radix(end, 16).expect("end");
        let mut region = vec![0u8; usize::try_from(end - start).expect("size")];
        if mem.seek(SeekFrom::Start(start)).is_err() || mem.read_exact(&mut region).is_err() {
            continue;
        }
        found += region
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count();
    }
    found
}

#[cfg(target_os = "linux")]
#[test]
fn no_cpr_number_is_left_in_memory_after_the_reset() {
    use expectrl::process::unix::Signal;
    // Typed fast (one write), and pasted with 600 bytes around it.
    let cases = [
        ("070761-4285".to_string(), "0707614285"),
        (
            format!("\x1b[200~{}0812734416\x1b[201~", "x".repeat(600)),
            "0812734416",
        ),
        // A scanner or a fast paste without paste marks: 6 KiB, more than
        // one read, the number many times over.
        ("1503904432".repeat(600), "1503904432"),
    ];
    // Each kiosk in its own process, side by side: the idle reset is
    // waited for once, not three times.
    std::thread::scope(|scope| {
        let runs: Vec<_> = cases
            .iter()
            .map(|(send, digits)| {
                scope.spawn(move || {
                    let mut s = kiosk_screen();
                    s.step("2", "Which describes you best?");
                    s.step("2", "How long will you stay");
                    s.step("3", "look for work");
                    s.step("2", "On what ground will you live in Denmark?");
                    s.step("1", "Do you already have a Danish CPR number?");
                    s.step("1", "DDMMYY-SSSS");
                    s.session.send(send.as_str()).expect("send");
                    std::thread::sleep(Duration::from_millis(500));
                    // The visitor walks away; the kiosk starts over.
                    s.wait_for("Velkommen til guiden");
                    std::thread::sleep(Duration::from_millis(500));
                    let pid = s.session.get_process().pid().as_raw();
                    s.signal(Signal::SIGSTOP);
                    std::thread::sleep(Duration::from_millis(100));
                    let with_hyphen = format!("{}-{}", &digits[..6], &digits[6..]);
                    let left = occurrences_in_memory(pid, digits.as_bytes())
                        + occurrences_in_memory(pid, with_hyphen.as_bytes());
                    s.signal(Signal::SIGCONT);
                    s.terminate();
                    (*digits, left)
                })
            })
            .collect();
        for run in runs {
            let (digits, left) = run.join().expect("a kiosk run");
            assert_eq!(left, 0, "{digits}: {left} copies left in memory");
        }
    });
}

#[cfg(target_os = "linux")]
#[test]
fn output_stopped_by_the_terminal_never_keeps_a_visit_on_screen() {
    let mut s = kiosk_screen();
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    // Scroll Lock on the console: the terminal stops the program's output.
    let pid = s.session.get_process().pid().as_raw();
    let tty = std::fs::read_link(format!("/proc/{pid}/fd/1")).expect("its terminal");
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&tty)
        .expect("open the terminal");
    rustix::termios::tcflow(&slave, rustix::termios::Action::OOff).expect("TCOOFF");
    // Keys still come; the visitor walks away; the reset must reach the
    // screen all the same.
    s.session.send("2").expect("send");
    s.wait_for("Velkommen til guiden");
    let shown = s.contents();
    assert!(!shown.contains("look for work"), "{shown}");
    s.terminate();
}

#[cfg(target_os = "linux")]
#[test]
fn after_a_stop_and_continue_the_screen_is_drawn_again() {
    use expectrl::process::unix::Signal;
    let mut s = spawn();
    s.wait_for("Choose your language");
    s.step("2", "Which describes you best?");
    let pid = s.session.get_process().pid().as_raw();
    s.signal(Signal::SIGSTOP);
    std::thread::sleep(Duration::from_millis(200));
    // While it is stopped, a shell takes the terminal: cooked mode, and
    // its own text over the screen.
    let tty = std::fs::read_link(format!("/proc/{pid}/fd/1")).expect("its terminal");
    {
        use std::io::Write;
        let mut slave = std::fs::OpenOptions::new()
            .write(true)
            .open(&tty)
            .expect("open the terminal");
        let mut modes = rustix::termios::tcgetattr(&slave).expect("modes");
        modes.make_raw();
        modes.local_modes |=
            rustix::termios::LocalModes::ICANON | rustix::termios::LocalModes::ECHO;
        rustix::termios::tcsetattr(&slave, rustix::termios::OptionalActions::Now, &modes)
            .expect("cooked");
        slave
            .write_all(b"\x1b[2J\x1b[Hsh: job stopped GARBAGE\r\n")
            .expect("write");
    }
    s.wait_for("GARBAGE");
    s.signal(Signal::SIGCONT);
    // Drawn again in full, and keys answer again at once (no Enter needed).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while s.contents().contains("GARBAGE") {
        assert!(std::time::Instant::now() < deadline, "never redrawn");
        std::thread::sleep(Duration::from_millis(50));
    }
    s.wait_for("Which describes you best?");
    s.step("2", "How long will you stay");
    s.terminate();
}
