//! cpr-guide: a guide to getting a Danish CPR number (personnummer).
//!
//! The pure core — content model and loader, interview engine, CPR,
//! calendar, localisation — knows nothing of terminals. Front ends sit on
//! top: the command line, the terminal UI and the line mode.

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod builtin;
pub mod calendar;
pub mod cli;
pub mod content;
pub mod cpr;
pub mod diagnostics;
pub mod embedded;
pub mod engine;
pub mod i18n;
pub mod keys;
pub mod kiosk;
pub mod lint;
pub mod output;
pub mod plain;
pub mod signals;
pub mod tui;
