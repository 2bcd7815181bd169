//! The built-in content as `build.rs` checked and compiled it (postcard):
//! start-up parses no YAML. `--content DIR` goes through the loader.

use crate::content::{Content, ContentError};

static CONTENT_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));
/// Postcodes and the place index, read the first time they are needed.
static GEO_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/geo.bin"));

/// The built-in content, checked at build time; parsed from the embedded
/// YAML only should the compiled form not read back (it is made by this
/// very build, so it always does).
pub fn content() -> Result<Content, Vec<ContentError>> {
    match postcard::from_bytes::<Content>(CONTENT_BIN) {
        Ok(mut content) => {
            content.geo = crate::content::Geo::compiled(GEO_BIN);
            Ok(content)
        }
        Err(_) => crate::content::load_sources(&crate::content::embedded_sources().yaml),
    }
}
