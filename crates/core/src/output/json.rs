//! The machine-readable contract of docs/rules.md R10.2: stable IDs, dates as
//! `YYYY-MM-DD`, human text in the chosen language. Never a CPR number.
//! The views serialise themselves; this only writes them out.

use super::View;

/// Renders `view` as pretty-printed JSON.
pub fn render_json(view: &View) -> String {
    to_json(view)
}

/// Any serialisable view as pretty-printed JSON with a final newline.
pub fn to_json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}
