//! Characters that act instead of showing: C0 and C1 control characters,
//! escape sequences (which recolour, move the cursor, retitle a window or
//! make a link) and the bidirectional controls that reorder what is shown
//! (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). Content and
//! translations may not hold them (lint and the loader refuse them, see
//! [`control_lines`]); every text rendering removes what is left
//! ([`strip_controls`]); and what a person typed, shown back to them, has
//! them made visible ([`visible`]).

use std::borrow::Cow;

/// Escape, which starts an escape sequence.
const ESC: char = '\u{1b}';
/// Bell, which ends an operating system command.
const BEL: char = '\u{7}';

/// A bidirectional control: it reorders the text around it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
    )
}

/// A character that acts instead of showing: a control character (C0,
/// DEL, C1) or a bidirectional control. Line feed and tab are controls
/// too; callers that keep lines keep them apart.
pub fn is_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// How a control character is named to a person: `U+001B`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Each line (1-based) of `text` holding a control character, with the
/// first one on it. Line feeds and tabs are allowed, and a carriage
/// return before a line feed (a file written on Windows).
pub fn control_lines(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(c) = line.chars().find(|&c| c != '\t' && is_control(c)) {
            out.push((n + 1, c));
        }
    }
    out
}

/// How many characters from `rest` (which follows an escape or a C1
/// introducer) belong to the sequence: a CSI's parameters and final
/// character; a string (OSC, DCS, SOS, PM, APC) up to BEL or ST, or the
/// end of the line; otherwise intermediates and one final character.
fn sequence_len(kind: char, rest: &str) -> usize {
    let mut chars = rest.char_indices().peekable();
    match kind {
        // Control Sequence Introducer: parameters, intermediates, final.
        '[' | '\u{9b}' => {
            for (i, c) in chars {
                match c {
                    '\u{30}'..='\u{3f}' | '\u{20}'..='\u{2f}' => {}
                    '\u{40}'..='\u{7e}' => return i + c.len_utf8(),
                    _ => return i,
                }
            }
            rest.len()
        }
        // Strings: up to BEL, ESC \ or ST, never past the line.
        ']' | 'P' | 'X' | '^' | '_' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
            while let Some((i, c)) = chars.next() {
                match c {
                    BEL | '\u{9c}' => return i + c.len_utf8(),
                    ESC if chars.peek().is_some_and(|&(_, n)| n == '\\') => return i + 2,
                    '\n' => return i,
                    _ => {}
                }
            }
            rest.len()
        }
        // ESC alone: intermediates, then one final character.
        _ => {
            for (i, c) in chars {
                match c {
                    '\u{20}'..='\u{2f}' => {}
                    '\u{30}'..='\u{7e}' => return i + 1,
                    _ => return i,
                }
            }
            rest.len()
        }
    }
}

/// `text` with every escape sequence removed whole, and every other
/// control character and bidirectional control removed; line feeds and
/// tabs stay. What every text rendering (text, Markdown, the `office`
/// command, the exports, what is printed) passes its text through, so
/// nothing in content, a translation or an answer can act on a terminal,
/// a file or a printer.
pub fn strip_controls(text: &str) -> Cow<'_, str> {
    let keep = |c: char| c == '\n' || c == '\t' || !is_control(c);
    if text.chars().all(keep) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            ESC => {
                let Some(kind) = rest.chars().next() else {
                    break;
                };
                // An escape and the character it introduces.
                let after = &rest[kind.len_utf8()..];
                rest = match kind {
                    '\u{20}'..='\u{7e}' if matches!(kind, '[' | ']' | 'P' | 'X' | '^' | '_') => {
                        &after[sequence_len(kind, after)..]
                    }
                    '\u{20}'..='\u{2f}' => &rest[sequence_len(ESC, rest)..],
                    '\u{30}'..='\u{7e}' => after,
                    _ => rest,
                };
            }
            '\u{9b}' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
                rest = &rest[sequence_len(c, rest)..];
            }
            c if keep(c) => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// `text` with every control character and bidirectional control made
/// visible as `\u{1b}`, `\u{202e}` (line feeds and tabs too: a value shown
/// back is one line): for what a person typed, shown back to them in a
/// message, so they see what they typed and the terminal does nothing.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`visible`], line by line: a message of several lines keeps its line
/// feeds, and any control character in it shows.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_control(c)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(visible).collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole_and_controls_one_by_one() {
        let cases = [
            ("plain text\nline two\tok", "plain text\nline two\tok"),
            ("\u{1b}[31mred\u{1b}[0m", "red"),
            ("\u{1b}[1;2;3 qx", "x"),
            ("a\u{1b}]0;title\u{7}b", "ab"),
            (
                "a\u{1b}]8;;https://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b",
                "alinkb",
            ),
            ("a\u{1b}]unterminated\nnext", "a\nnext"),
            ("a\u{1b}cb", "ab"),
            ("a\u{1b}(Bb", "ab"),
            ("a\u{9b}31mb", "ab"),
            ("a\u{9d}0;t\u{9c}b", "ab"),
            ("end\u{1b}", "end"),
            ("end\u{1b}[", "end"),
            (
                "\u{202e}evil\u{202c} \u{2066}x\u{2069}\u{200f}\u{61c}",
                "evil x",
            ),
            (
                "bell\u{7} cr\r del\u{7f} nul\u{0} c1\u{85}",
                "bell cr del nul c1",
            ),
            ("København – Ærø ¶", "København – Ærø ¶"),
        ];
        for (text, want) in cases {
            assert_eq!(strip_controls(text), want, "{text:?}");
        }
    }

    #[test]
    fn what_was_typed_shows_its_controls() {
        assert_eq!(visible("\u{1b}[31mx"), "\\u{1b}[31mx");
        assert_eq!(visible("a\u{202e}b\nc"), "a\\u{202e}b\\u{a}c");
        assert_eq!(visible("Køge"), "Køge");
        assert_eq!(visible_lines("a\u{1b}\nb"), "a\\u{1b}\nb");
    }

    #[test]
    fn lines_with_controls_are_found_and_line_ends_are_not() {
        let text = "ok\r\nbad\u{1b}[1m\n\ttab\nlone\rcr\nrtl \u{202e}\n";
        assert_eq!(
            control_lines(text),
            vec![(2, '\u{1b}'), (4, '\r'), (5, '\u{202e}')]
        );
    }
}
