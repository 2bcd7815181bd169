//! The content and translation files built into the binary (written by
//! `build.rs`): `(path below content/ or locales/, text)`, and the loader
//! calls that fall back on them.

use cpr_guide_core::content::{locale_file, ContentError, ContentFiles, SourceFile};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The content and translations built into the binary.
pub fn embedded_sources() -> ContentFiles {
    ContentFiles {
        yaml: CONTENT
            .iter()
            .map(|(name, text)| SourceFile {
                name: format!("content/{name}"),
                text: (*text).to_string(),
            })
            .collect(),
        ftl: LOCALES
            .iter()
            .filter_map(|(path, text, _)| locale_file(path, text))
            .collect(),
    }
}

/// A content folder (`--content DIR`), with the built-in translations when
/// the folder has none of its own.
pub fn load_dir(dir: &Path) -> Result<ContentFiles, ContentError> {
    let mut files = cpr_guide_core::content::load_dir(dir)?;
    if files.ftl.is_empty() {
        files.ftl = embedded_sources().ftl;
    }
    Ok(files)
}
