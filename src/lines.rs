//! Reading a typed line in bounded memory. A line is an answer, a command,
//! a CPR number or a PIN: a few dozen characters. A line longer than
//! [`LINE_MAX`] characters is refused, and what is left of it is read and
//! thrown away up to its end without being kept, so even a line of
//! hundreds of megabytes (a file piped in by mistake) costs a buffer of a
//! few kilobytes. What is kept is wiped when dropped: it may be a CPR
//! number.

use std::io::{self, BufRead};
use zeroize::{Zeroize, Zeroizing};

/// The most characters a line may have.
pub const LINE_MAX: usize = 1000;

/// The most bytes a line of [`LINE_MAX`] characters takes (4 for each
/// character in UTF-8): the buffer is made this big at once, so it never
/// grows and leaves no copy behind.
const BYTES_MAX: usize = LINE_MAX * 4;

/// One line read.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A line, without its line end (`\n`, `\r\n`).
    Text(Zeroizing<Vec<u8>>),
    /// A line of more than [`LINE_MAX`] characters, read to its end and
    /// thrown away.
    TooLong,
    /// The input has ended.
    End,
}

impl Line {
    /// The line as text: UTF-8, else Latin-1 (a terminal or file where
    /// "Køge" is `K\xf8ge`), so no line is refused for its encoding.
    pub fn text(bytes: &[u8]) -> Zeroizing<String> {
        let mut line = Zeroizing::new(String::with_capacity(bytes.len() * 2));
        match std::str::from_utf8(bytes) {
            Ok(text) => line.push_str(text),
            Err(_) => line.extend(bytes.iter().map(|&b| char::from(b))),
        }
        line
    }
}

/// How many characters `bytes` start (in UTF-8, every byte that does not
/// continue one; in Latin-1 that undercounts, and [`BYTES_MAX`] still holds).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

/// Reads one line of at most [`LINE_MAX`] characters from `input`, never
/// holding more than [`BYTES_MAX`] bytes of it.
pub fn read_line(input: &mut impl BufRead) -> io::Result<Line> {
    let mut line = Zeroizing::new(Vec::with_capacity(BYTES_MAX));
    let mut chars = 0;
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            break;
        }
        read_any = true;
        let newline = buffer.iter().position(|&b| b == b'\n');
        let part = &buffer[..newline.unwrap_or(buffer.len())];
        if !too_long {
            chars += chars_in(part);
            if chars > LINE_MAX || line.len() + part.len() > BYTES_MAX {
                too_long = true;
                line.zeroize();
            } else {
                line.extend_from_slice(part);
            }
        }
        let used = newline.map_or(buffer.len(), |n| n + 1);
        input.consume(used);
        if newline.is_some() {
            break;
        }
    }
    if too_long {
        return Ok(Line::TooLong);
    }
    if !read_any {
        return Ok(Line::End);
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Line::Text(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_and_an_over_long_one_is_refused_to_its_end() {
        let long = "x".repeat(LINE_MAX + 1);
        let input = format!("one\r\ntwo\n{long}\nthree\n{}\nfour", "ø".repeat(LINE_MAX));
        let mut input = io::BufReader::with_capacity(7, input.as_bytes());
        let mut next = || read_line(&mut input).expect("read");
        assert_eq!(next(), Line::Text(Zeroizing::new(b"one".to_vec())));
        assert_eq!(next(), Line::Text(Zeroizing::new(b"two".to_vec())));
        assert_eq!(next(), Line::TooLong);
        assert_eq!(next(), Line::Text(Zeroizing::new(b"three".to_vec())));
        // 1000 characters of two bytes each: not too long.
        assert!(matches!(next(), Line::Text(l) if l.len() == LINE_MAX * 2));
        assert_eq!(next(), Line::Text(Zeroizing::new(b"four".to_vec())));
        assert_eq!(next(), Line::End);
        assert_eq!(Line::text(b"K\xf8ge").as_str(), "Køge");
    }
}
