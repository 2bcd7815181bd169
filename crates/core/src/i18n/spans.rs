//! Where each message is in a Fluent file, found without parsing it, so
//! `build.rs` can index the built-in files and the program parses a
//! message only when it shows it. Needs nothing but `std` (`build.rs`
//! includes this file).

/// Each message's `(id, start, end)` byte span, in file order: a message
/// starts on a line that begins with a letter and goes on over the lines
/// that are indented or close a selector with `}`, as the files are
/// written. Terms and comments are left out (the files use no terms). A
/// test proves every message parsed from its span reads as when the whole
/// file is parsed.
pub fn message_spans(text: &str) -> Vec<(&str, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, &str)> = None;
    let mut offset = 0;
    let mut last_content_end = 0;
    for line in text.split_inclusive('\n') {
        let first = line.bytes().next().unwrap_or(b'\n');
        let continues = matches!(first, b' ' | b'\t' | b'}');
        let blank = line.trim().is_empty();
        if !continues && !blank {
            if let Some((from, id)) = start.take() {
                out.push((id, from, last_content_end));
            }
            if first.is_ascii_alphabetic() {
                if let Some((id, _)) = line.split_once('=') {
                    start = Some((offset, id.trim()));
                }
            }
        }
        offset += line.len();
        if !blank {
            last_content_end = offset;
        }
    }
    if let Some((from, id)) = start {
        out.push((id, from, last_content_end));
    }
    out
}
