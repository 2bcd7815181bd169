//! cpr-guide: a guide to getting a Danish CPR number (personnummer).
//!
//! The pure core — content model and loader, interview engine, CPR,
//! calendar, localisation — knows nothing of terminals. Front ends (the
//! command line today; the terminal UI and line mode later) sit on top.

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod calendar;
pub mod cli;
pub mod content;
pub mod cpr;
pub mod diagnostics;
pub mod engine;
pub mod i18n;
pub mod keys;
pub mod kiosk;
pub mod lint;
pub mod output;
pub mod plain;
pub mod tui;
