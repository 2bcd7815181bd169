//! Shared helpers for the integration tests: the shipped content, loaded once.

#![allow(dead_code)]

use cpr_guide::content::{embedded_sources, load_sources, Content};
use cpr_guide::i18n::Catalog;
use jiff::civil::{date, Date};

/// The date the tests treat as today.
pub const TODAY: Date = date(2026, 11, 22);

pub fn content() -> Content {
    load_sources(&embedded_sources().yaml).expect("shipped content loads")
}

pub mod national;
pub mod ui;

pub fn catalog() -> Catalog {
    Catalog::new(&embedded_sources().ftl).expect("shipped translations load")
}

/// Runs the built binary with `args`, writing `input` to its standard input.
pub fn run_with_input(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpr-guide"))
        .args(args)
        .env("TERM", "xterm-256color")
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
    child.wait_with_output().expect("wait")
}
