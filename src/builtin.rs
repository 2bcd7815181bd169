//! The built-in content as `build.rs` checked and compiled it (postcard):
//! start-up parses no YAML. `--content DIR` goes through the loader.

use crate::content::{Content, ContentError};

static CONTENT_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The built-in content, checked at build time; parsed from the embedded
/// YAML only should the compiled form not read back (it is made by this
/// very build, so it always does).
pub fn content() -> Result<Content, Vec<ContentError>> {
    match postcard::from_bytes(CONTENT_BIN) {
        Ok(content) => Ok(content),
        Err(_) => crate::content::load_sources(&crate::content::embedded_sources().yaml),
    }
}
