//! Saving the result to a file, in the format its name asks for: `.md`
//! Markdown with a `- [ ]` checklist, `.txt` plain text, `.json` the JSON
//! contract. A view never holds a CPR number, so no export can either.

use super::{render_json, render_markdown, render_text, View};
use std::path::Path;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name has no known extension.
    #[error("the file name must end in .md, .txt or .json")]
    Format,
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

impl ExportError {
    /// The message suffix: `err-export-<kind>`.
    pub fn kind(&self) -> &'static str {
        match self {
            ExportError::Format => "format",
            ExportError::Write(_) => "write",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            ExportError::Format => String::new(),
            ExportError::Write(e) => e.to_string(),
        }
    }
}

/// The rendering for a file name, by its extension.
pub fn render_for(view: &View, path: &Path) -> Result<String, ExportError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "md" | "markdown" => Ok(render_markdown(view)),
        "txt" | "text" => Ok(render_text(view)),
        "json" => Ok(render_json(view)),
        _ => Err(ExportError::Format),
    }
}

/// Writes the result to `path`.
pub fn export(view: &View, path: &Path) -> Result<(), ExportError> {
    let text = render_for(view, path)?;
    std::fs::write(path, text).map_err(ExportError::Write)
}
