//! Every command in the README's shell blocks runs, as a newcomer would type
//! it, and ends the way the README says: exit 0 unless the comment above it
//! says "(exit N". `cargo run --release --` and `cpr-guide` both mean the
//! built binary; `echo …` and `printf …` in front of a pipe become its
//! standard input. Commands that need a terminal (the guide itself, the
//! kiosk) run in a pseudo-terminal and are ended as a person would end them.

#![cfg(unix)]

use expectrl::{Expect, Session};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::BIN;

/// One command from the README.
#[derive(Debug)]
struct Example {
    /// Line in README.md, for messages.
    line: usize,
    text: String,
    /// The exit code the README promises.
    exit: i32,
}

/// The commands of every ```sh block, continuation lines joined.
fn examples() -> Vec<Example> {
    let readme = include_str!("../../README.md");
    let mut out = Vec::new();
    let mut in_block = false;
    let mut exit = 0;
    let mut pending: Option<(usize, String)> = None;
    for (n, line) in readme.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_block = trimmed == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(rest) = comment.split("(exit ").nth(1) {
                exit = rest
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .expect("an exit code after '(exit '");
            }
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        let (start, mut text) = pending.take().unwrap_or((n + 1, String::new()));
        match trimmed.strip_suffix('\\') {
            Some(part) => {
                text.push_str(part);
                pending = Some((start, text));
            }
            None => {
                text.push_str(trimmed);
                out.push(Example {
                    line: start,
                    text,
                    exit,
                });
                exit = 0;
            }
        }
    }
    out
}

/// Shell words, with '…' and "…" quoting; `# …` ends the line.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut started = false;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            // A comment to the end of the line.
            (None, '#') if !started && word.is_empty() => break,
            (None, c) if c.is_whitespace() => {
                if started || !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                started = false;
            }
            (None, c) => word.push(c),
        }
    }
    if started || !word.is_empty() {
        out.push(word);
    }
    out
}

/// The program's arguments, if `words` run this project's binary.
fn binary_args(words: &[String]) -> Option<Vec<String>> {
    match words {
        [cargo, run, release, rest @ ..]
            if cargo == "cargo" && run == "run" && release == "--release" =>
        {
            match rest {
                [] => Some(Vec::new()),
                [dashes, args @ ..] if dashes == "--" => Some(args.to_vec()),
                _ => None,
            }
        }
        [program, args @ ..] if program == "cpr-guide" => Some(args.to_vec()),
        _ => None,
    }
}

/// What `echo` or `printf` in front of a pipe writes.
fn producer_output(words: &[String]) -> String {
    match words {
        [echo, rest @ ..] if echo == "echo" => format!("{}\n", rest.join(" ")),
        [printf, format] if printf == "printf" => format.replace("\\n", "\n"),
        other => panic!("a pipe from {other:?} is not something this test knows"),
    }
}

/// Runs a command that needs a terminal in a pty: waits for its first
/// screen, then ends it the way its README section says (q then y for the
/// guide; SIGTERM for a kiosk) and returns the exit code.
fn run_in_terminal(args: &[String], example: &Example) -> i32 {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("TERM", "xterm-256color")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session
        .get_process_mut()
        .set_window_size(80, 24)
        .expect("size");
    let mut parser = vt100::Parser::new(
        std::num::NonZero::new(24).expect("rows"),
        std::num::NonZero::new(80).expect("cols"),
        0,
    );
    let mut pump = |session: &mut expectrl::session::OsSession, want: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 8192];
        loop {
            while let Ok(n) = session.try_read(&mut buf) {
                if n == 0 {
                    break;
                }
                parser.process(&buf[..n]);
            }
            if parser.screen().contents().contains(want) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "README line {}: `{}` never showed {want:?}:\n{}",
                example.line,
                example.text,
                parser.screen().contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    let kiosk = args.iter().any(|a| a == "--kiosk");
    // The welcome screen asks for a language in all three.
    pump(&mut session, "Choose your language");
    if kiosk {
        session
            .get_process_mut()
            .signal(expectrl::process::unix::Signal::SIGTERM)
            .expect("signal");
    } else {
        session.send("q").expect("q");
        pump(&mut session, "Do you want to quit");
        session.send("y").expect("y");
    }
    match session.get_process_mut().wait().expect("exit") {
        expectrl::process::unix::WaitStatus::Exited(_, code) => code,
        other => panic!("README line {}: ended by {other:?}", example.line),
    }
}

/// Runs a command without a terminal, feeding `input`.
fn run_piped(args: &[String], input: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_readme_command_runs_as_documented() {
    let examples = examples();
    assert!(examples.len() >= 8, "found only {examples:#?}");
    let mut ran = 0;
    for example in &examples {
        if example.text == "cargo test --locked" {
            // This very run: CI calls it (see .ci/run and the test below).
            continue;
        }
        let (producer, consumer) = match example.text.split_once(" | ") {
            Some((p, c)) => (Some(words(p)), words(c)),
            None => (None, words(&example.text)),
        };
        let args = binary_args(&consumer).unwrap_or_else(|| {
            panic!(
                "README line {}: `{}` runs something this test does not know",
                example.line, example.text
            )
        });
        let input = producer.map(|p| producer_output(&p));
        let needs_terminal =
            input.is_none() && (args.is_empty() || args.iter().any(|a| a == "--kiosk"));
        let code = if needs_terminal {
            run_in_terminal(&args, example)
        } else {
            let (code, stdout, stderr) = run_piped(&args, input.as_deref().unwrap_or(""));
            assert!(
                !stdout.trim().is_empty() || !stderr.trim().is_empty(),
                "README line {}: `{}` printed nothing",
                example.line,
                example.text
            );
            assert_eq!(
                code, example.exit,
                "README line {}: `{}`\nstdout:\n{stdout}\nstderr:\n{stderr}",
                example.line, example.text
            );
            code
        };
        assert_eq!(
            code, example.exit,
            "README line {}: `{}`",
            example.line, example.text
        );
        ran += 1;
    }
    assert!(ran + 1 >= examples.len());
}

#[test]
fn the_readme_test_command_is_the_ci_command() {
    let ci = include_str!("../../.ci/run");
    assert!(
        examples().iter().any(|e| e.text == "cargo test --locked"),
        "the README names the test command"
    );
    assert!(ci.lines().any(|l| l.trim() == "cargo test --locked"));
}

/// The result screen the README shows is the one the program draws for
/// the case it names (an EU citizen moving to Copenhagen, arriving on
/// 1 December 2026, on Monday 23 November at 10:00), at 80×24.
#[test]
fn the_result_screen_in_the_readme_is_what_the_program_draws() {
    use crate::common::ui::{keys, screen_text};
    use cpr_guide::tui::app::App;
    let readme = include_str!("../../README.md");
    let section = readme.split("### The result").nth(1).expect("the section");
    let shown = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a text block");
    let now = cpr_guide::calendar::parse_now("2026-11-23T10:00").expect("now");
    let mut app = App::new(
        crate::common::content(),
        crate::common::catalog(),
        cpr_guide::i18n::Lang::En,
        now.date(),
        Some(now),
    );
    // Not from a Nordic country, adult, no children, not married, papers
    // not all in Danish or English (so a translation is on the list).
    keys(&mut app, "22321\ncopenhagen\n1.12.2026\n21222\n");
    let drawn = screen_text(&app, 80, 24);
    let trim = |s: &str| -> Vec<String> { s.lines().map(|l| l.trim_end().to_string()).collect() };
    assert_eq!(trim(shown), trim(&drawn));
}

/// The scripts the README names are there, executable, and valid shell;
/// `scripts/ratios` runs the ratio benchmark, `scripts/build-static` the
/// static build (both take minutes, so they are not run here).
#[test]
fn the_scripts_the_readme_names_are_there() {
    use std::os::unix::fs::PermissionsExt;
    let readme = include_str!("../../README.md");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (script, runs) in [
        ("scripts/ratios", "cargo bench --locked --bench ratios"),
        ("scripts/build-static", "target-feature=+crt-static"),
    ] {
        assert!(readme.contains(script), "{script} in the README");
        let path = root.join(script);
        let text = std::fs::read_to_string(&path).expect(script);
        assert!(text.contains(runs), "{script}: {text}");
        let mode = std::fs::metadata(&path).expect(script).permissions().mode();
        assert!(mode & 0o111 != 0, "{script} is executable");
        let checked = Command::new("bash")
            .arg("-n")
            .arg(&path)
            .status()
            .expect("bash");
        assert!(checked.success(), "{script} is valid shell");
    }
}

/// The coverage totals the README shows are today's (`cpr-guide coverage`).
#[test]
fn the_coverage_totals_in_the_readme_are_the_contents() {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("### What is known about each municipality")
        .nth(1)
        .expect("the section");
    let shown = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a text block")
        .trim();
    let out = crate::common::run(&["coverage", "--lang", "en"]);
    let printed = crate::common::stdout(&out);
    let totals = printed.lines().last().expect("totals").trim();
    assert_eq!(shown, totals);
}

/// What the README says of the line mode's `save` (a calendar too) and of
/// `Backspace` in a text field is what the program does.
#[test]
fn what_the_readme_says_of_saving_and_backspace_holds() {
    use crate::common::ui::{key, keys, now};
    use crossterm::event::KeyCode;
    let readme = include_str!("../../README.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let line_mode = readme
        .split("### Line mode for screen readers and scripts")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the section");
    assert!(!line_mode.contains("not supported"), "{line_mode}");
    assert!(
        line_mode.contains("`save FILE` writes the result in the format the name asks for")
            && line_mode.contains("or `.ics` for the dated deadlines as calendar events"),
        "{line_mode}"
    );
    // The line mode saves a calendar: an EU citizen to Copenhagen,
    // arriving on 1 December 2026.
    let dir = tempfile::tempdir().expect("dir");
    let typed = "2\n3\n2\n1\n\ncopenhagen\n2026-12-01\n2\n1\n2\n2\n1\nsave cal.ics\n";
    let o = Command::new(BIN)
        .args(["--plain", "--lang", "en", "--now", "2026-11-23T10:00"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(typed.as_bytes())?;
            child.wait_with_output()
        })
        .expect("line mode");
    assert_eq!(o.status.code(), Some(0));
    let saved = std::fs::read_to_string(dir.path().join("cal.ics")).expect("saved");
    assert!(
        saved.starts_with("BEGIN:VCALENDAR") && saved.contains("BEGIN:VEVENT"),
        "{saved}"
    );

    assert!(
        readme.contains(
            "`Backspace` deletes the character before it and `Delete` the one under it, \
             `Ctrl-U` clears the field; `←` and `Backspace` go back only from an empty field"
        ),
        "the keys"
    );
    let mut app = cpr_guide::tui::app::App::new(
        crate::common::content(),
        crate::common::catalog(),
        cpr_guide::i18n::Lang::En,
        now().date(),
        Some(now()),
    );
    // At the date of arrival.
    keys(&mut app, "22321\ncopenhagen\n1.12");
    let question = app.session().question();
    key(&mut app, KeyCode::Backspace);
    assert_eq!(app.input(), "1.1");
    assert_eq!(app.session().question(), question);
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!((app.input(), app.session().question()), ("", question));
    // Empty: ← goes back.
    key(&mut app, KeyCode::Left);
    assert_ne!(app.session().question(), question);
}

/// The privacy section says how what it promises was checked: every test
/// it names exists, under that name.
#[test]
fn the_privacy_section_names_tests_that_exist() {
    let readme = include_str!("../../README.md");
    let privacy = readme
        .split("## Privacy")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("the section");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it");
    let named: Vec<&str> = privacy
        .split('`')
        .filter(|s| s.contains("::") && !s.contains(' '))
        .collect();
    assert!(named.len() >= 5, "{named:?}");
    for name in named {
        let (module, test) = name.rsplit_once("::").expect("module::test");
        let source = std::fs::read_to_string(format!("{dir}/{module}.rs"))
            .unwrap_or_else(|_| panic!("{module}.rs for {name}"));
        assert!(source.contains(&format!("fn {test}(")), "{name}");
    }
}
