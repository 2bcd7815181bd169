//! Shared helpers: the shipped content and translations (loaded once per
//! test binary), the date tests treat as today, and one way to run the
//! binary.

#![allow(dead_code)]

use cpr_guide::content::{embedded_sources, load_sources, Content};
use cpr_guide::i18n::Catalog;
use jiff::civil::{date, Date};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

#[cfg(unix)]
pub mod pty;
pub mod ui;

/// The date the tests treat as today.
pub const TODAY: Date = date(2026, 11, 22);

/// `TODAY` as the command line takes it (`--today`).
pub const TODAY_ARG: &str = "2026-11-22";

/// `guide --lang LANG --today TODAY_ARG`, each answer as `--answer`, then
/// `extra` (an export, a format).
pub fn guide_with(lang: &str, answers: &[&str], extra: &[&str]) -> Output {
    let mut args = vec!["guide", "--lang", lang, "--today", TODAY_ARG];
    for answer in answers {
        args.extend(["--answer", answer]);
    }
    args.extend(extra);
    run(&args)
}

/// The guide for `answers` in `format` (text, markdown, json).
pub fn guide(lang: &str, format: &str, answers: &[&str]) -> Output {
    guide_with(lang, answers, &["--format", format])
}

/// The built binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_cpr-guide");

/// The shipped content, loaded once.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| load_sources(&embedded_sources().yaml).expect("shipped content loads"))
}

/// The shipped translations, parsed once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG
        .get_or_init(|| Catalog::new(&embedded_sources().ftl).expect("shipped translations load"))
}

/// Runs the built binary with `args`, writing `input` to its standard input,
/// in a known environment: English locale unless `env` says otherwise.
pub fn run_env(args: &[&str], input: &str, env: &[(&str, &str)]) -> Output {
    use std::io::Write;
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("TERM", "xterm-256color")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR");
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    if let Some(mut stdin) = child.stdin.take() {
        // A program that exits without reading closes the pipe: not an error here.
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().expect("wait")
}

/// Runs the binary with `args` and `input` on standard input.
pub fn run_with_input(args: &[&str], input: &str) -> Output {
    run_env(args, input, &[])
}

/// Runs the binary with `args` and nothing on standard input.
pub fn run(args: &[&str]) -> Output {
    run_env(args, "", &[])
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Copies the shipped content (`*.yaml`) into `dir`, and the translations
/// into `dir/locales`, as a content editor's folder.
pub fn copy_content(dir: &std::path::Path) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir).expect("mkdir");
    for entry in std::fs::read_dir(root.join("content")).expect("content") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        // The content files (and one file per municipality), not the source
        // data they are made from.
        if path.is_file() {
            std::fs::copy(&path, dir.join(name)).expect("copy");
        } else if name == "municipalities" {
            std::fs::create_dir_all(dir.join(name)).expect("mkdir");
            for file in std::fs::read_dir(&path).expect("municipalities") {
                let file = file.expect("entry").path();
                std::fs::copy(&file, dir.join(name).join(file.file_name().expect("name")))
                    .expect("copy");
            }
        }
    }
    for lang in ["da", "en", "nb"] {
        let to = dir.join("locales").join(lang);
        std::fs::create_dir_all(&to).expect("mkdir");
        for entry in std::fs::read_dir(root.join("locales").join(lang)).expect("locales") {
            let path = entry.expect("entry").path();
            std::fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy");
        }
    }
}

#[test]
fn today_is_the_same_date_in_both_forms() {
    assert_eq!(TODAY.to_string(), TODAY_ARG);
}
