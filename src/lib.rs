//! cpr-guide: a guide to getting a Danish CPR number (personnummer).
//!
//! The pure core — content model and loader, interview engine, CPR,
//! calendar, localisation, views — is the `cpr-guide-core` crate, which
//! knows nothing of terminals (its dependencies hold no terminal, command
//! line or signal crate). This crate holds the front ends on top: the
//! command line, the terminal UI, the line mode and the kiosk, and the
//! content and translations built into the binary. The core's modules are
//! re-exported under their own names, so `cpr_guide::engine` is the core's.

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub use cpr_guide_core::{
    calendar, cpr, diagnostics, engine, flow, i18n, keys, lint, output, text,
};

/// The core's content model and loader, and the content built into this
/// binary.
pub mod content {
    pub use crate::embedded::{embedded_sources, load_dir};
    pub use cpr_guide_core::content::*;
}

pub mod builtin;
pub mod cli;
pub mod embedded;
pub mod kiosk;
pub mod lines;
pub mod plain;
pub mod serve;
pub mod settings;
pub mod signals;
pub mod tui;
