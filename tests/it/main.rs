//! The integration tests: one binary, one module per area, the shipped
//! content and translations loaded once (see `common`).

mod calendar;
mod cli;
mod common;
mod content;
mod cpr;
mod flow;
mod fuzz;
mod ics;
mod interview;
mod kiosk;
mod layers;
mod municipal;
mod national;
mod plain;
mod readme;
mod real_people;
mod result_screen;
mod runner;
mod same_clock;
mod served;
mod served_ssh;
mod soak;
mod take_away;
mod terminal;
mod tui;
mod tui_e2e;
