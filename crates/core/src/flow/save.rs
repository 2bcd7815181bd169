//! Saving a result to a file the person names, the same in every front
//! end: the name is checked and the text rendered first
//! ([`prepare_save`]); then the file is written ([`SaveRequest::write`],
//! slow: it waits for the disk, so a front end with a screen to keep
//! drawing runs it elsewhere). Every outcome has one wording.

use crate::i18n::{args, Localizer};
use crate::keys;
use crate::output::{render_for, resolve_path, write_file, ExportError, View};
use std::path::{Path, PathBuf};

/// A result ready to be written to the file it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    path: PathBuf,
    text: String,
}

/// Why a result was not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No file name was given.
    NoName,
    /// There is no result yet.
    NoResult,
    /// The name starts with `~` and the home folder is not known.
    NoHome,
    /// The name or the file does not do (see [`ExportError`]).
    Export {
        path: String,
        /// [`ExportError::kind`].
        kind: &'static str,
        detail: String,
    },
}

/// How saving ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written, to this file (the full path).
    Written(String),
    /// A file of this name exists: the person is asked before it is replaced.
    Exists(String),
    /// The person chose not to replace this file.
    Kept(String),
    Failed(SaveError),
}

impl SaveError {
    fn export(path: &Path, error: &ExportError) -> SaveError {
        SaveError::Export {
            path: path.display().to_string(),
            kind: error.kind(),
            detail: error.detail(),
        }
    }

    /// The reason in words.
    pub fn text(&self, t: &Localizer<'_>) -> String {
        match self {
            SaveError::NoName => t.text("save-no-name"),
            SaveError::NoResult => t.text("save-no-result"),
            SaveError::NoHome => t.text("save-no-home"),
            SaveError::Export { path, kind, detail } => t.text_with(
                &keys::export_error(kind),
                &args([("path", path.clone()), ("detail", detail.clone())]),
            ),
        }
    }
}

impl SaveOutcome {
    /// What happened, in words (the question a front end asks when the
    /// file exists is its own).
    pub fn text(&self, t: &Localizer<'_>) -> String {
        match self {
            SaveOutcome::Written(path) => t.text_with("save-done", &args([("path", path.clone())])),
            SaveOutcome::Exists(path) => t.text_with(
                &keys::export_error("exists"),
                &args([("path", path.clone()), ("detail", String::new())]),
            ),
            SaveOutcome::Kept(path) => t.text_with("save-kept", &args([("path", path.clone())])),
            SaveOutcome::Failed(e) => e.text(t),
        }
    }

    /// Whether the file was not written.
    pub fn failed(&self) -> bool {
        !matches!(self, SaveOutcome::Written(_))
    }
}

/// The result `view` for the file `name` means (`~/` in `home`), in the
/// format its name asks for; or why it cannot be saved so.
pub fn prepare_save(
    view: Option<&View>,
    name: &str,
    home: Option<&Path>,
) -> Result<SaveRequest, SaveError> {
    if name.trim().is_empty() {
        return Err(SaveError::NoName);
    }
    let view = view.ok_or(SaveError::NoResult)?;
    let path = resolve_path(name, home).ok_or(SaveError::NoHome)?;
    let text = render_for(view, &path).map_err(|e| SaveError::export(&path, &e))?;
    Ok(SaveRequest { path, text })
}

impl SaveRequest {
    /// The full path, as the person is told it.
    pub fn shown(&self) -> String {
        self.path.display().to_string()
    }

    /// What will be written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A file of this name exists (replacing it needs a yes).
    pub fn exists(&self) -> bool {
        std::fs::symlink_metadata(&self.path).is_ok_and(|m| m.file_type().is_file())
    }

    /// Writes the file; an existing one only with `replace`. Waits for the
    /// disk (the file is synced before it takes the name).
    pub fn write(&self, replace: bool) -> SaveOutcome {
        match write_file(&self.path, &self.text, replace) {
            Ok(()) => SaveOutcome::Written(self.shown()),
            Err(ExportError::Exists) => SaveOutcome::Exists(self.shown()),
            Err(e) => SaveOutcome::Failed(SaveError::export(&self.path, &e)),
        }
    }
}
