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
