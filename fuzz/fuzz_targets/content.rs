//! Any text as a content file next to the shipped ones: never a panic, and
//! every error names a file.
#![no_main]

use cpr_guide::content::{embedded_sources, load_sources, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let mut files = embedded_sources().yaml;
        files.push(SourceFile { name: "fuzz.yaml".to_string(), text: text.to_string() });
        if let Err(errors) = load_sources(&files) {
            assert!(errors.iter().all(|e| !e.file.is_empty()));
        }
    }
});
