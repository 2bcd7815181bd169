//! Turns guidance into words: a localized [`View`] that every front end
//! draws, the question and review views, and the text, Markdown and JSON
//! renderings of the result.

mod coverage;
mod export;
mod ics;
mod json;
mod markdown;
mod places;
mod question;
mod reasons;
mod text;
mod view;

pub use coverage::{coverage, Coverage, CoverageRow, CoverageTotals};
pub use export::{export, render_for, resolve_path, write_file, ExportError};
pub use ics::{calendar_deadlines, qr_bytes_for, render_ics, vevent, vevent_within, VEVENT_MAX};
pub use json::{render_json, to_json};
pub use markdown::render_markdown;
pub use places::{place_question, place_row_text, place_rows, PlaceRow};
pub use question::{
    question_view, review_items, session_question, CprShown, InputView, OptionView, QuestionView,
    ReviewItem,
};
pub use reasons::{answer_reason, cpr_reason};
pub use text::{office_text, render_printout, render_text, render_text_without_answers};
pub use view::{
    answer_views, build_view, check_first, closed_reason, closing_day_name, content_args, day_args,
    hhmm, hours_lines, office_view, status_text, AnswerView, DeadlineView, DocumentStepView,
    DocumentView, HoursLine, HoursSummary, OfficeView, RoleView, SourceView, StepView, View,
    ViewOptions, Words,
};

/// The output formats of `guide`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

impl Format {
    /// The names the command line takes.
    pub const NAMES: [&'static str; 3] = ["text", "markdown", "json"];

    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn render(self, view: &View) -> String {
        match self {
            Format::Text => render_text(view),
            Format::Markdown => render_markdown(view),
            Format::Json => render_json(view),
        }
    }
}
