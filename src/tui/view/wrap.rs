//! Wrapping lines to a width with a hanging indent: a bullet's, a number's
//! or an option's text goes on under its own first letter, not under the
//! marker. Every screen's body is wrapped here, so the row count used for
//! scrolling and clicks is exactly what is drawn.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The columns a marker may take ("▶ 1 ", "☐ ", "12. ", "  • ").
const MARKER_MAX: usize = 8;

/// Whether `token` reads as a list marker: symbols (`•`, `☐`, `[ ]`,
/// `▶`, `→`, `>`) or a number, perhaps with a full stop.
fn is_marker(token: &str) -> bool {
    let digits = token.trim_end_matches('.');
    (!digits.is_empty() && digits.len() <= 3 && digits.chars().all(|c| c.is_ascii_digit()))
        || (!token.is_empty() && token.chars().all(|c| !c.is_alphanumeric()))
}

/// The hanging indent of a line: its leading spaces and up to two
/// markers with the spaces after them.
pub fn hang(line: &Line<'_>) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let width = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    let mut rest = text.as_str();
    let mut indent = width(rest) - width(rest.trim_start_matches(' '));
    rest = rest.trim_start_matches(' ');
    for _ in 0..2 {
        let Some((token, after)) = rest.split_once(' ') else {
            break;
        };
        // "[ ]" holds a space of its own.
        let (token, after) = if token == "[" && after.starts_with("] ") {
            ("[ ]", &after[2..])
        } else {
            (token, after)
        };
        if !is_marker(token) {
            break;
        }
        let spaces = after.len() - after.trim_start_matches(' ').len();
        indent += width(token) + 1 + spaces;
        rest = after.trim_start_matches(' ');
    }
    indent
}

/// `line` wrapped to `width` columns; lines after the first start with
/// the hanging indent. Words longer than a row are cut.
pub fn wrap(line: &Line<'static>, width: usize) -> Vec<Line<'static>> {
    let h = hang(line);
    // An indent that leaves too little room is not worth keeping.
    let indent = if h <= MARKER_MAX.max(width / 3) { h } else { 0 };
    wrap_hanging(line, width, indent)
}

/// `line` wrapped to `width` columns, rows after the first indented by
/// `indent` (none when that leaves fewer than eight columns).
pub fn wrap_hanging(line: &Line<'static>, width: usize, indent: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let indent = if indent + 8 <= width { indent } else { 0 };
    // Characters with their styles.
    let chars: Vec<(char, Style)> = line
        .spans
        .iter()
        .flat_map(|s| {
            let style = line.style.patch(s.style);
            s.content.chars().map(move |c| (c, style))
        })
        .collect();
    let total: usize = chars.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
    if total <= width {
        return vec![line.clone()];
    }
    let mut rows: Vec<Vec<(char, Style)>> = Vec::new();
    let mut row: Vec<(char, Style)> = Vec::new();
    let mut row_width = 0;
    let mut i = 0;
    while i < chars.len() {
        // The next word, with the spaces before it.
        let start = i;
        while i < chars.len() && chars[i].0 == ' ' {
            i += 1;
        }
        while i < chars.len() && chars[i].0 != ' ' {
            i += 1;
        }
        let word = &chars[start..i];
        let word_width: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        if row_width + word_width <= width {
            row.extend_from_slice(word);
            row_width += word_width;
            continue;
        }
        // On a new row, without the spaces that separated it.
        let trimmed: Vec<(char, Style)> = word
            .iter()
            .copied()
            .skip_while(|(c, _)| *c == ' ')
            .collect();
        if !row.is_empty() && row_width > indent {
            rows.push(std::mem::take(&mut row));
            row_width = 0;
        }
        let mut pending = if row.is_empty() && rows.is_empty() {
            word.to_vec()
        } else {
            trimmed
        };
        if row.is_empty() && !rows.is_empty() {
            row.extend(std::iter::repeat_n((' ', Style::new()), indent));
            row_width = indent;
        }
        // A word too long for a row is cut.
        while !pending.is_empty() {
            let mut taken = 0;
            let mut w = 0;
            for (c, _) in &pending {
                let cw = c.width().unwrap_or(0);
                if row_width + w + cw > width {
                    break;
                }
                w += cw;
                taken += 1;
            }
            if taken == pending.len() {
                row.append(&mut pending);
                row_width += w;
                break;
            }
            if taken == 0 && row_width <= indent {
                // Not even one character fits after the indent.
                taken = 1;
            }
            row.extend(pending.drain(..taken));
            rows.push(std::mem::take(&mut row));
            row.extend(std::iter::repeat_n((' ', Style::new()), indent));
            row_width = indent;
        }
    }
    if row_width > indent || rows.is_empty() {
        rows.push(row);
    }
    rows.into_iter().map(|r| join(&r)).collect()
}

/// Characters back into spans of one style each.
fn join(row: &[(char, Style)]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for &(c, s) in row {
        if style.is_some_and(|st| st != s) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        text.push(c);
    }
    if let Some(s) = style {
        spans.push(Span::styled(text, s));
    }
    Line::from(spans)
}

/// Every line wrapped: the rows, and the first row of each line.
pub fn wrap_all(lines: &[Line<'static>], width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut starts = Vec::with_capacity(lines.len() + 1);
    for line in lines {
        starts.push(rows.len());
        rows.extend(wrap(line, width));
    }
    starts.push(rows.len());
    (rows, starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str, width: usize) -> Vec<String> {
        wrap(&Line::from(line.to_string()), width)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn markers_give_their_indent() {
        for (line, indent) in [
            ("• Register your address", 2),
            ("☐ Valid passport", 2),
            ("[ ] Valid passport", 4),
            ("12. Book a time", 4),
            ("▶ 1  Yes", 5),
            ("   2  No", 6),
            ("  The rule", 2),
            ("Open now until 15:00", 0),
            ("→ Get the certificate first", 2),
        ] {
            assert_eq!(hang(&Line::from(line)), indent, "{line}");
        }
    }

    #[test]
    fn wrapped_rows_hang_under_the_text_and_fit() {
        let rows = texts("• Register your address in Denmark within five days", 20);
        assert_eq!(rows[0], "• Register your");
        for row in &rows[1..] {
            assert!(row.starts_with("  ") && !row.starts_with("   "), "{rows:?}");
        }
        assert!(rows.iter().all(|r| r.chars().count() <= 20), "{rows:?}");
        let joined: Vec<&str> = rows.iter().flat_map(|r| r.split_whitespace()).collect();
        assert_eq!(
            joined.join(" "),
            "• Register your address in Denmark within five days"
        );
        // A long web address is cut, not lost.
        let url = "https://lifeindenmark.borger.dk/settle-in-denmark/ics-east";
        let rows = texts(url, 20);
        assert_eq!(rows.concat(), url);
        assert!(rows.iter().all(|r| r.chars().count() <= 20));
    }

    #[test]
    fn a_line_that_fits_is_kept_whole_with_its_styles() {
        let line = Line::from(vec![
            Span::raw("a "),
            Span::styled("b", Style::new().bold()),
        ]);
        assert_eq!(wrap(&line, 10), vec![line]);
    }
}
