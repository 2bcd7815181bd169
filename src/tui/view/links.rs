//! Web addresses made clickable where the terminal supports it: each piece
//! of an address drawn on the screen (an address broken over two rows is
//! two pieces) is wrapped in an OSC 8 hyperlink to the whole address. The
//! text on the screen stays exactly as drawn; a terminal that does not
//! know OSC 8 ignores it. Only addresses the result itself holds are
//! linked, never something that merely looks like one.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use std::num::NonZeroU16;

/// A run of non-blank cells on a row: where it starts and its text.
struct Run {
    x: u16,
    text: String,
}

/// The runs of non-blank cells on row `y` of `area`.
fn runs(buffer: &Buffer, area: Rect, y: u16) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut current: Option<Run> = None;
    for x in area.x..area.x + area.width {
        let symbol = buffer[(x, y)].symbol();
        let blank = symbol.is_empty() || symbol == " " || !symbol.is_ascii();
        match (&mut current, blank) {
            (Some(run), false) => run.text.push_str(symbol),
            (None, false) => {
                current = Some(Run {
                    x,
                    text: symbol.to_string(),
                });
            }
            (_, true) => out.extend(current.take()),
        }
    }
    out.extend(current);
    out
}

/// The part of a run that may be an address: without the brackets and
/// punctuation around it. Its offset in the run and the text.
fn core(text: &str) -> (usize, &str) {
    let start = text.len() - text.trim_start_matches(['(', '<', '[']).len();
    let trimmed = text[start..].trim_end_matches([')', '>', ']', ',', '.', ';', ':']);
    (start, trimmed)
}

/// Whether the rows from `y` on go on with the rest of `url` after its
/// first `seen` bytes.
fn continues(buffer: &Buffer, area: Rect, y: u16, url: &str, seen: usize) -> bool {
    if seen >= url.len() {
        return true;
    }
    if y >= area.y + area.height {
        return false;
    }
    runs(buffer, area, y).iter().any(|run| {
        let (_, piece) = core(&run.text);
        !piece.is_empty()
            && url[seen..].starts_with(piece)
            && continues(buffer, area, y + 1, url, seen + piece.len())
    })
}

/// Makes cells `x..x+len` on row `y` one hyperlink to `url`.
fn link(buffer: &mut Buffer, x: u16, y: u16, text: &str, url: &str) {
    let Ok(len) = u16::try_from(text.len()) else {
        return;
    };
    let Some(width) = NonZeroU16::new(len) else {
        return;
    };
    // Never a control character inside the sequence.
    let url: String = url.chars().filter(|c| !c.is_control()).collect();
    let symbol = format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\");
    buffer[(x, y)]
        .set_symbol(&symbol)
        .set_diff_option(CellDiffOption::ForcedWidth(width));
    for dx in 1..len {
        buffer[(x + dx, y)].set_diff_option(CellDiffOption::Skip);
    }
}

/// Links every piece of `urls` drawn in `area` of `buffer`. Returns how
/// many pieces were linked.
pub fn mark(buffer: &mut Buffer, area: Rect, urls: &[&str]) -> usize {
    let mut linked = 0;
    // Addresses begun on the row above: the address and how much of it
    // has been seen.
    let mut pending: Vec<(&str, usize)> = Vec::new();
    for y in area.y..area.y + area.height {
        let mut next: Vec<(&str, usize)> = Vec::new();
        for run in runs(buffer, area, y) {
            let (offset, piece) = core(&run.text);
            if piece.is_empty() {
                continue;
            }
            let x = run.x + u16::try_from(offset).unwrap_or(0);
            let found = if piece.starts_with("http://") || piece.starts_with("https://") {
                // The address this piece begins and the rows below go on
                // with (one address may begin another).
                urls.iter()
                    .find(|u| **u == piece)
                    .or_else(|| {
                        urls.iter().find(|u| {
                            u.starts_with(piece) && continues(buffer, area, y + 1, u, piece.len())
                        })
                    })
                    .map(|u| (*u, 0))
            } else {
                pending
                    .iter()
                    .find(|(u, seen)| u[*seen..].starts_with(piece))
                    .copied()
            };
            let Some((url, seen)) = found else {
                continue;
            };
            link(buffer, x, y, piece, url);
            linked += 1;
            if seen + piece.len() < url.len() {
                next.push((url, seen + piece.len()));
            }
        }
        pending = next;
    }
    linked
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Line;
    use ratatui::widgets::{Paragraph, Widget};

    fn drawn(lines: &[&str], width: u16) -> Buffer {
        let area = Rect::new(0, 0, width, u16::try_from(lines.len()).expect("rows"));
        let mut buffer = Buffer::empty(area);
        let lines: Vec<Line> = lines.iter().map(|l| Line::from(*l)).collect();
        Paragraph::new(lines).render(area, &mut buffer);
        buffer
    }

    #[test]
    fn an_address_on_one_row_becomes_one_link_of_its_width() {
        let url = "https://cpr.dk/borgere";
        let mut buffer = drawn(&["See (https://cpr.dk/borgere), checked"], 40);
        let area = buffer.area;
        assert_eq!(mark(&mut buffer, area, &[url]), 1);
        let cell = &buffer[(5, 0)];
        assert_eq!(
            cell.symbol(),
            format!("\u{1b}]8;;{url}\u{1b}\\{url}\u{1b}]8;;\u{1b}\\")
        );
        assert_eq!(
            cell.diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(22).expect("w"))
        );
        assert_eq!(buffer[(6, 0)].diff_option, CellDiffOption::Skip);
        // The bracket and what follows are not part of it.
        assert_eq!(buffer[(4, 0)].symbol(), "(");
        assert_eq!(buffer[(27, 0)].symbol(), ")");
        assert_eq!(buffer[(27, 0)].diff_option, CellDiffOption::None);
    }

    #[test]
    fn an_address_broken_over_two_rows_links_both_pieces_to_the_whole() {
        let url = "https://lifeindenmark.borger.dk/settle-in";
        let mut buffer = drawn(
            &["https://lifeindenmark.borger.dk/", "settle-in and more"],
            32,
        );
        let area = buffer.area;
        assert_eq!(mark(&mut buffer, area, &[url]), 2);
        assert!(buffer[(0, 1)].symbol().contains(url));
        assert!(buffer[(0, 1)].symbol().contains("\\settle-in\u{1b}"));
        // "and" is not part of it.
        assert_eq!(buffer[(10, 1)].symbol(), "a");
    }

    #[test]
    fn of_two_addresses_one_beginning_the_other_the_rows_below_decide() {
        let short = "https://a.dk/ics";
        let long = "https://a.dk/ics/east";
        let mut buffer = drawn(&["https://a.dk/ic", "s", "https://a.dk/ic", "s/east"], 15);
        let area = buffer.area;
        assert_eq!(mark(&mut buffer, area, &[long, short]), 4);
        assert!(buffer[(0, 1)]
            .symbol()
            .starts_with(&format!("\u{1b}]8;;{short}\u{1b}")));
        assert!(buffer[(0, 3)]
            .symbol()
            .starts_with(&format!("\u{1b}]8;;{long}\u{1b}")));
    }

    #[test]
    fn only_addresses_the_result_holds_are_linked() {
        let mut buffer = drawn(&["https://evil.example/ x"], 30);
        let area = buffer.area;
        assert_eq!(mark(&mut buffer, area, &["https://cpr.dk/"]), 0);
        assert_eq!(buffer[(0, 0)].symbol(), "h");
    }
}
