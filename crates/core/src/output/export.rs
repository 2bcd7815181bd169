//! Saving the result to a file, in the format its name asks for: `.md`
//! Markdown with a `- [ ]` checklist, `.txt` plain text, `.json` the JSON
//! contract, `.ics` the dated deadlines as calendar events. A view never holds a CPR number, so no export can either.
//!
//! A file is written whole to a temporary file in the same folder, synced
//! and renamed into place: a full disk leaves the old file as it was. An
//! existing file is replaced only when asked; a symbolic link, a pipe, a
//! device or a folder at that name is refused, never written through.

use super::{render_ics, render_json, render_markdown, render_text, View};
use std::path::Path;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name has no known extension.
    #[error("the file name must end in .md, .txt, .json or .ics")]
    Format,
    /// A calendar file was asked for, but no deadline has a date ahead.
    #[error("no dated deadline ahead")]
    NoDates,
    /// A file of that name exists, and replacing it was not asked for.
    #[error("the file exists")]
    Exists,
    /// The name is a symbolic link, a pipe, a device or a folder.
    #[error("not a regular file")]
    NotAFile,
    /// The file exists and may not be written (read-only).
    #[error("the file is read-only")]
    ReadOnly,
    /// The folder the file would go in does not exist.
    #[error("the folder does not exist")]
    NoFolder,
    /// The folder may not be written in.
    #[error("no permission to write in the folder")]
    Denied,
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

impl ExportError {
    /// The message suffix: `err-export-<kind>`.
    pub fn kind(&self) -> &'static str {
        match self {
            ExportError::Format => "format",
            ExportError::NoDates => "no-dates",
            ExportError::Exists => "exists",
            ExportError::NotAFile => "not-a-file",
            ExportError::ReadOnly => "read-only",
            ExportError::NoFolder => "no-folder",
            ExportError::Denied => "denied",
            ExportError::Write(_) => "write",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            ExportError::Format
            | ExportError::NoDates
            | ExportError::Exists
            | ExportError::NotAFile
            | ExportError::ReadOnly
            | ExportError::NoFolder
            | ExportError::Denied => String::new(),
            ExportError::Write(e) => e.to_string(),
        }
    }
}

/// The rendering for a file name, by how it ends (`.md` alone is a name
/// too). A file is read later than it was made: the text, Markdown and
/// calendar say the weekly hours and when they were made, never "open
/// now" (see [`View::take_away`]); JSON is the contract, with its date.
pub fn render_for(view: &View, path: &Path) -> Result<String, ExportError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    match ext {
        "md" | "markdown" => Ok(render_markdown(&view.take_away())),
        "txt" | "text" => Ok(render_text(&view.take_away())),
        "json" => Ok(render_json(view)),
        "ics" | "ical" => render_ics(&view.take_away()).ok_or(ExportError::NoDates),
        _ => Err(ExportError::Format),
    }
}

/// The file a typed name means: `~` and `~/…` in `home`, the rest from
/// the working folder, made absolute so the person is told exactly where
/// the file went; quotes around it are dropped. `None` when `~` is used
/// and the home folder is unknown (`~user` is a name like any other).
pub fn resolve_path(name: &str, home: Option<&Path>) -> Option<std::path::PathBuf> {
    let name = name.trim();
    let name = ['"', '\'']
        .iter()
        .find_map(|q| name.strip_prefix(*q).and_then(|n| n.strip_suffix(*q)))
        .unwrap_or(name);
    let path = if name == "~" {
        home?.to_path_buf()
    } else if let Some(rest) = name.strip_prefix("~/") {
        home?.join(rest)
    } else {
        std::path::PathBuf::from(name)
    };
    Some(std::path::absolute(&path).unwrap_or(path))
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
    // Made like any new file (the umask applies); a file replaced keeps its
    // permissions.
    let mut mode = 0o666;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => return Err(ExportError::NotAFile),
        Ok(_) if !replace => return Err(ExportError::Exists),
        Ok(meta) if meta.permissions().readonly() => return Err(ExportError::ReadOnly),
        Ok(meta) => mode = meta.permissions().mode() & 0o7777,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(ExportError::Write(plain(e))),
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder);
    }
    // Written whole, and only renamed into place once every byte is on disk.
    let mut temporary = tempfile::Builder::new()
        .prefix(".cpr-guide-")
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(folder)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => ExportError::Denied,
            _ => ExportError::Write(plain(e)),
        })?;
    temporary.write_all(text.as_bytes()).map_err(plain)?;
    temporary.as_file().sync_all().map_err(plain)?;
    temporary
        .persist(path)
        .map_err(|e| ExportError::Write(plain(e.error)))?;
    Ok(())
}

/// The error without the name of the temporary file it may carry: the
/// person asked for another name.
fn plain(e: std::io::Error) -> std::io::Error {
    if let Some(code) = e.raw_os_error() {
        return std::io::Error::from_raw_os_error(code);
    }
    // tempfile says "<the system's words> at path <the temporary file>":
    // keep the words (which say what went wrong), drop the name.
    let text = e.to_string();
    match text.split_once(" at path ") {
        Some((words, _)) if !words.is_empty() => std::io::Error::new(e.kind(), words.to_string()),
        _ => std::io::Error::from(e.kind()),
    }
}

#[cfg(test)]
mod tests {
    use super::resolve_path;
    use std::path::Path;

    #[test]
    fn a_typed_name_becomes_the_full_path_of_the_file() {
        let home = Some(Path::new("/home/me"));
        let here = std::env::current_dir().expect("cwd");
        let resolved = |name: &str, home| resolve_path(name, home);
        assert_eq!(
            resolved("~/a.md", home).as_deref(),
            Some(Path::new("/home/me/a.md"))
        );
        assert_eq!(resolved("~", home).as_deref(), Some(Path::new("/home/me")));
        assert_eq!(resolved(" 'a b.md' ", home), Some(here.join("a b.md")));
        // No home known: `~` cannot be resolved.
        assert_eq!(resolved("~/a.md", None), None);
        assert_eq!(resolved("a.md", home), Some(here.join("a.md")));
        // ~user is not expanded.
        assert_eq!(resolved("~bob/a.md", home), Some(here.join("~bob/a.md")));
        assert_eq!(
            resolved("/tmp/a.md", home).as_deref(),
            Some(Path::new("/tmp/a.md"))
        );
    }
}
