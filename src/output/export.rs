//! Saving the result to a file, in the format its name asks for: `.md`
//! Markdown with a `- [ ]` checklist, `.txt` plain text, `.json` the JSON
//! contract. A view never holds a CPR number, so no export can either.
//!
//! A file is written whole to a temporary file in the same folder, synced
//! and renamed into place: a full disk leaves the old file as it was. An
//! existing file is replaced only when asked; a symbolic link, a pipe, a
//! device or a folder at that name is refused, never written through.

use super::{render_json, render_markdown, render_text, View};
use std::path::Path;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name has no known extension.
    #[error("the file name must end in .md, .txt or .json")]
    Format,
    /// A file of that name exists, and replacing it was not asked for.
    #[error("the file exists")]
    Exists,
    /// The name is a symbolic link, a pipe, a device or a folder.
    #[error("not a regular file")]
    NotAFile,
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

impl ExportError {
    /// The message suffix: `err-export-<kind>`.
    pub fn kind(&self) -> &'static str {
        match self {
            ExportError::Format => "format",
            ExportError::Exists => "exists",
            ExportError::NotAFile => "not-a-file",
            ExportError::Write(_) => "write",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            ExportError::Format | ExportError::Exists | ExportError::NotAFile => String::new(),
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

/// Writes the result to `path`; an existing file only with `replace`.
pub fn export(view: &View, path: &Path, replace: bool) -> Result<(), ExportError> {
    let text = render_for(view, path)?;
    write_file(path, &text, replace)
}

/// Writes `text` to `path` safely (see the module's notes).
pub fn write_file(path: &Path, text: &str, replace: bool) -> Result<(), ExportError> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => return Err(ExportError::NotAFile),
        Ok(_) if !replace => return Err(ExportError::Exists),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(ExportError::Write(e)),
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Made like any new file (the umask applies), and only renamed into
    // place once every byte is on disk.
    let mut temporary = tempfile::Builder::new()
        .prefix(".cpr-guide-")
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(folder)?;
    temporary.write_all(text.as_bytes())?;
    temporary.as_file().sync_all()?;
    temporary
        .persist(path)
        .map_err(|e| ExportError::Write(e.error))?;
    Ok(())
}
