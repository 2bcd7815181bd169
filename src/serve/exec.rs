//! What a visitor may run without a terminal (`ssh host guide …`): only
//! the guide's own read-only commands — `guide`, `cpr`, `office` — with
//! only the options that read, never one that writes a file or reads
//! other content. The command runs as a child of this program with a
//! clean environment, bounded in time and output. A CPR number is handed
//! to `cpr -` on its standard input, never in the process list.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// The most a command may print, on each of its outputs.
const OUTPUT_MAX: usize = 1 << 20;
/// The longest a command may run.
pub const TIME_MAX: Duration = Duration::from_secs(10);
/// The longest command line taken.
pub const LINE_MAX: usize = 4096;

/// A command allowed, ready to run.
#[derive(Debug, PartialEq, Eq)]
pub struct Allowed {
    /// Arguments after the program's name.
    pub args: Vec<String>,
    /// Given on standard input (a CPR number and a newline).
    pub stdin: Zeroizing<String>,
}

/// Why a command is refused: the message ID and the word at fault.
#[derive(Debug, PartialEq, Eq)]
pub struct Refused {
    pub message: &'static str,
    pub word: String,
}

fn refused(message: &'static str, word: &str) -> Refused {
    Refused {
        message,
        word: word.chars().take(40).collect(),
    }
}

/// Words as a shell splits them, without any expansion: spaces part them,
/// quotes and backslashes keep them together.
fn words(line: &str) -> Result<Vec<String>, Refused> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut started = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' if started => {
                out.push(std::mem::take(&mut word));
                started = false;
            }
            ' ' | '\t' | '\n' | '\r' => {}
            '\'' => {
                started = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err(refused("serve-exec-quote", line)),
                    }
                }
            }
            '"' => {
                started = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => word.extend(chars.next()),
                        Some(c) => word.push(c),
                        None => return Err(refused("serve-exec-quote", line)),
                    }
                }
            }
            '\\' => {
                started = true;
                word.extend(chars.next());
            }
            c => {
                started = true;
                word.push(c);
            }
        }
    }
    if started {
        out.push(word);
    }
    Ok(out)
}

/// Whether `word` may be a CPR number, or part of one: a run of six or
/// more digits (`070761`, `0707614285`). Such a word is never echoed and
/// never put on a command line.
fn looks_like_cpr(word: &str) -> bool {
    let mut run = 0;
    for c in word.chars() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 6 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether `value` is one `option` may take: never one that looks like an
/// option itself; a language or a format from its list.
fn value_ok(option: &str, value: &str) -> bool {
    if value.starts_with('-') {
        return false;
    }
    match option {
        "--lang" => matches!(value, "da" | "en" | "nb"),
        "--format" => matches!(value, "text" | "markdown" | "json"),
        // Dates and moments: digits and their separators only.
        "--today" | "--now" => value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | 'T' | ' ')),
        _ => true,
    }
}

/// Why `value` is not taken for `option`, naming what is.
fn refused_value(option: &str, value: &str) -> Refused {
    if value.starts_with('-') {
        return refused("serve-exec-needs-value", option);
    }
    match option {
        "--lang" => refused("serve-exec-lang", value),
        "--format" => refused("serve-exec-format", value),
        "--today" | "--now" => refused("serve-exec-date", value),
        _ => refused("serve-exec-option", option),
    }
}

/// A value outside `--answer` that looks like a CPR number: refused (an
/// answer's value may be a date written without separators, which has
/// eight digits; a `cpr=` answer is a yes or no).
fn looks_like_cpr_outside_answer(option: &str, value: &str) -> bool {
    match option {
        "--answer" | "-a" => value
            .split_once('=')
            .map_or(looks_like_cpr(value), |(_, v)| {
                looks_like_cpr(v) && !v.chars().all(|c| c.is_ascii_digit() && v.len() == 8)
            }),
        _ => looks_like_cpr(value),
    }
}

/// Options each command may take, and whether each takes a value.
fn options(command: &str) -> &'static [(&'static str, bool)] {
    match command {
        "guide" => &[
            ("--answer", true),
            ("-a", true),
            ("--format", true),
            ("--lang", true),
            ("--today", true),
            ("--now", true),
            ("--help", false),
        ],
        "cpr" => &[("--json", false), ("--lang", true), ("--help", false)],
        "office" => &[
            ("--help", false),
            ("--json", false),
            ("--lang", true),
            ("--now", true),
            ("--today", true),
        ],
        _ => &[],
    }
}

/// The command line checked: what to run, or why not.
pub fn parse(line: &[u8]) -> Result<Allowed, Refused> {
    if line.len() > LINE_MAX {
        return Err(refused("serve-exec-too-long", ""));
    }
    let line = Zeroizing::new(String::from_utf8_lossy(line).into_owned());
    let mut words = Zeroizing::new(words(&line)?);
    let Some(command) = words.first().cloned() else {
        return Err(refused("serve-exec-empty", ""));
    };
    if !matches!(command.as_str(), "guide" | "cpr" | "office") {
        return Err(refused("serve-exec-not-allowed", &command));
    }
    let allowed = options(&command);
    let mut args = vec![command.clone()];
    let mut plain = Vec::new();
    let mut rest = words.drain(1..);
    while let Some(word) = rest.next() {
        let (name, inline) = match word.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_string(), Some(value.to_string()))
            }
            _ => (word.clone(), None),
        };
        if name.starts_with('-') && name.len() > 1 {
            let Some(&(_, takes)) = allowed.iter().find(|(o, _)| *o == name) else {
                return Err(refused("serve-exec-option", &name));
            };
            let value = match (takes, inline) {
                (true, Some(value)) => Some(value),
                (true, None) => match rest.next() {
                    Some(value) => Some(value),
                    None => return Err(refused("serve-exec-needs-value", &name)),
                },
                (false, Some(_)) => return Err(refused("serve-exec-option", &word)),
                (false, None) => None,
            };
            match value {
                // One argument, `--name=value`: the value can never be
                // taken for an option of its own.
                Some(value)
                    if value_ok(&name, &value) && !looks_like_cpr_outside_answer(&name, &value) =>
                {
                    let long = if name == "-a" {
                        "--answer"
                    } else {
                        name.as_str()
                    };
                    args.push(format!("{long}={value}"));
                }
                Some(value) if looks_like_cpr(&value) => {
                    return Err(refused("serve-exec-number", ""));
                }
                Some(value) => return Err(refused_value(&name, &value)),
                None => args.push(name),
            }
        } else {
            plain.push(word);
        }
    }
    // A number where none belongs stays off every command line.
    if command != "cpr" && plain.iter().any(|w| looks_like_cpr(w)) {
        return Err(refused("serve-exec-number", ""));
    }
    match command.as_str() {
        // The number, whole, goes in on standard input.
        "cpr" if plain.is_empty() && args.iter().any(|a| a == "--help") => Ok(Allowed {
            args,
            stdin: Zeroizing::new(String::new()),
        }),
        "cpr" => {
            if plain.is_empty() || plain.len() > 2 || plain.iter().any(|w| w == "-") {
                return Err(refused("serve-exec-cpr", ""));
            }
            let number = Zeroizing::new(format!("{}\n", plain.join(" ")));
            plain.iter_mut().for_each(zeroize::Zeroize::zeroize);
            args.push("-".to_string());
            Ok(Allowed {
                args,
                stdin: number,
            })
        }
        "office" if plain.len() <= 1 => {
            args.extend(plain);
            Ok(Allowed {
                args,
                stdin: Zeroizing::new(String::new()),
            })
        }
        "guide" if plain.is_empty() => Ok(Allowed {
            args,
            stdin: Zeroizing::new(String::new()),
        }),
        _ => Err(refused(
            "serve-exec-option",
            plain.first().map_or("", String::as_str),
        )),
    }
}

/// What a command printed and how it ended.
pub struct Ran {
    pub status: u32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Reads at most [`OUTPUT_MAX`] bytes, then the rest is thrown away.
fn bounded(mut from: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match from.read(&mut chunk) {
            Ok(0) | Err(_) => return kept,
            Ok(n) => {
                let room = OUTPUT_MAX.saturating_sub(kept.len());
                kept.extend_from_slice(&chunk[..n.min(room)]);
            }
        }
    }
}

/// Runs an allowed command as a child of this program, with only the
/// visitor's language in its environment. Blocking: run it off the
/// server's threads.
pub fn run(allowed: &Allowed, lang: Option<&str>) -> std::io::Result<Ran> {
    let program = std::env::current_exe()?;
    let mut command = Command::new(program);
    command
        .args(&allowed.args)
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    let mut child = command.spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(allowed.stdin.as_bytes());
    }
    let stdout = child
        .stdout
        .take()
        .map(|o| std::thread::spawn(move || bounded(o)));
    let stderr = child
        .stderr
        .take()
        .map(|e| std::thread::spawn(move || bounded(e)));
    let began = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status
                .code()
                .and_then(|c| u32::try_from(c).ok())
                .unwrap_or(1);
        }
        if began.elapsed() > TIME_MAX {
            let _ = child.kill();
            let _ = child.wait();
            break 124;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let join = |h: Option<std::thread::JoinHandle<Vec<u8>>>| {
        h.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    Ok(Ran {
        status,
        stdout: join(stdout),
        stderr: join(stderr),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        parse(line.as_bytes()).expect(line).args
    }

    #[test]
    fn the_guides_read_only_commands_are_taken_with_their_reading_options() {
        assert_eq!(
            args("guide --answer situation=nordic -a 'job-start=1. februar 2030' --format=json"),
            [
                "guide",
                "--answer=situation=nordic",
                "--answer=job-start=1. februar 2030",
                "--format=json"
            ]
        );
        assert_eq!(
            args("guide -a arrival=20261201"),
            ["guide", "--answer=arrival=20261201"]
        );
        assert_eq!(args("office ihcph --json"), ["office", "--json", "ihcph"]);
        assert_eq!(args("guide --help"), ["guide", "--help"]);
        assert_eq!(args("cpr --help"), ["cpr", "--help"]);
        let cpr = parse(b"cpr 070761 4285 --json").expect("cpr");
        assert_eq!(cpr.args, ["cpr", "--json", "-"]);
        assert_eq!(cpr.stdin.as_str(), "070761 4285\n");
    }

    #[test]
    fn a_value_is_never_an_option_and_a_number_never_reaches_a_command_line() {
        for line in [
            (
                "guide --answer=--content=/tmp",
                "serve-exec-needs-value",
                "--answer",
            ),
            (
                "guide -a --export=/tmp/x.md",
                "serve-exec-needs-value",
                "-a",
            ),
            (
                "guide --format=--export=x",
                "serve-exec-needs-value",
                "--format",
            ),
            ("guide --format html", "serve-exec-format", "html"),
            ("guide --lang=--help", "serve-exec-needs-value", "--lang"),
            ("guide --lang xx", "serve-exec-lang", "xx"),
            ("guide --lang", "serve-exec-needs-value", "--lang"),
            ("guide --today=--plain", "serve-exec-needs-value", "--today"),
            ("guide --today=tomorrow", "serve-exec-date", "tomorrow"),
            (
                "cpr --lang=--version 0707614285",
                "serve-exec-needs-value",
                "--lang",
            ),
            (
                "office --lang --content=/tmp",
                "serve-exec-needs-value",
                "--lang",
            ),
        ] {
            let refused = parse(line.0.as_bytes()).expect_err(line.0);
            assert_eq!(
                (refused.message, refused.word.as_str()),
                (line.1, line.2),
                "{}",
                line.0
            );
        }
        // A forgotten language value takes the birth date: refused, and the
        // digits are not echoed.
        for line in [
            "cpr --lang 070761 4285",
            "office 0707614285",
            "guide -a note=070761-4285",
        ] {
            let refused = parse(line.as_bytes()).expect_err(line);
            assert_eq!(refused.message, "serve-exec-number", "{line}");
            assert!(refused.word.is_empty(), "{line}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_the_word_at_fault() {
        for (line, word) in [
            ("sh -c id", "sh"),
            ("guide --export /tmp/x", "--export"),
            ("guide --content /etc", "--content"),
            ("guide --replace", "--replace"),
            ("lint /", "lint"),
            ("pin-hash", "pin-hash"),
            ("serve", "serve"),
            ("cpr - ", ""),
            ("guide extra", "extra"),
            ("--help", "--help"),
        ] {
            let refused = parse(line.as_bytes()).expect_err(line);
            assert_eq!(refused.word, word, "{line}");
        }
        assert!(parse(b"guide 'unclosed").is_err());
        assert!(parse(&vec![b'a'; LINE_MAX + 1]).is_err());
        assert!(parse(b"").is_err());
    }
}
