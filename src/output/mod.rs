//! Turns guidance into words: a localized [`View`] that every front end
//! draws, and the text, Markdown and JSON renderings of it.

mod export;
mod json;
mod markdown;
mod reasons;
mod text;
mod view;

pub use export::{export, render_for, ExportError};
pub use json::render_json;
pub use markdown::render_markdown;
pub use reasons::{answer_reason, cpr_reason};
pub use text::render_text;
pub use view::{
    build_view, check_first, closed_reason, contact_line, content_args, hhmm, hours_lines,
    status_text, AnswerView, DeadlineView, DocumentView, HoursLine, OfficeView, SourceView,
    StepView, View,
};

/// The output formats of `guide`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

impl Format {
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
