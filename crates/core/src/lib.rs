//! The pure core of cpr-guide: the content model and its loader, the
//! interview engine, CPR numbers, the calendar, localisation and message
//! keys, the views of a result and their renderings (text, Markdown, JSON,
//! calendar files), and lint. No terminal, no command line, no signals:
//! the compiler keeps them out (this crate does not depend on them), and
//! the front ends in the `cpr-guide` crate sit on top.

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod calendar;
pub mod content;
pub mod cpr;
pub mod diagnostics;
pub mod engine;
pub mod flow;
pub mod i18n;
pub mod keys;
pub mod lint;
pub mod output;
pub mod text;
