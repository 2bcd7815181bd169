//! A one-line text field with a cursor: typing inserts where the cursor
//! is, ←/→/Home/End move it, Backspace and Delete remove the character
//! before and under it, Ctrl-U clears. The text may be a CPR number: it is
//! wiped when cleared or dropped, and its buffer is sized once so that
//! editing never leaves an unwiped copy behind in a freed allocation.

use zeroize::{Zeroize, Zeroizing};

/// How the cursor moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Left,
    Right,
    Home,
    End,
}

/// The text typed into a field and where the cursor stands in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    text: Zeroizing<String>,
    /// The cursor, as a byte offset on a character boundary.
    cursor: usize,
    /// The most characters the field takes.
    max_chars: usize,
}

impl Field {
    /// An empty field taking up to `max_chars` characters.
    pub fn new(max_chars: usize) -> Self {
        Self {
            // Four bytes per character at most: it never grows.
            text: Zeroizing::new(String::with_capacity(max_chars * 4)),
            cursor: 0,
            max_chars,
        }
    }

    /// What is typed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor, counted in characters from the start.
    pub fn cursor_chars(&self) -> usize {
        self.text[..self.cursor].chars().count()
    }

    /// Types `c` at the cursor; `false` when the field is full or `c` is a
    /// control character.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || self.text.chars().count() >= self.max_chars {
            return false;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        true
    }

    /// Replaces the text with `text` (as far as it fits), the cursor at
    /// its end.
    pub fn set(&mut self, text: &str) {
        self.clear();
        for c in text.chars() {
            self.insert(c);
        }
    }

    /// Removes the character before the cursor (Backspace).
    pub fn backspace(&mut self) -> bool {
        let Some(c) = self.text[..self.cursor].chars().next_back() else {
            return false;
        };
        self.cursor -= c.len_utf8();
        self.text.remove(self.cursor);
        true
    }

    /// Removes the character under the cursor (Delete).
    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.text.len() {
            return false;
        }
        self.text.remove(self.cursor);
        true
    }

    /// Moves the cursor; `false` when it could not move.
    pub fn move_cursor(&mut self, to: Move) -> bool {
        let before = self.cursor;
        self.cursor = match to {
            Move::Left => self.text[..self.cursor]
                .chars()
                .next_back()
                .map_or(self.cursor, |c| self.cursor - c.len_utf8()),
            Move::Right => self.text[self.cursor..]
                .chars()
                .next()
                .map_or(self.cursor, |c| self.cursor + c.len_utf8()),
            Move::Home => 0,
            Move::End => self.text.len(),
        };
        self.cursor != before
    }

    /// Empties the field and wipes what it held.
    pub fn clear(&mut self) {
        self.text.zeroize();
        self.cursor = 0;
    }
}

impl Zeroize for Field {
    fn zeroize(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> Field {
        let mut field = Field::new(20);
        field.set(text);
        field
    }

    #[test]
    fn typing_goes_where_the_cursor_is() {
        let mut field = typed("1.12.206");
        field.move_cursor(Move::Left);
        field.move_cursor(Move::Left);
        assert!(field.insert('2'));
        assert_eq!(field.as_str(), "1.12.2206");
        assert_eq!(field.cursor_chars(), 7);
        field.move_cursor(Move::Home);
        assert!(field.delete());
        assert_eq!(field.as_str(), ".12.2206");
        assert!(!field.backspace(), "nothing before the start");
        field.move_cursor(Move::End);
        assert!(!field.delete(), "nothing under the end");
        assert!(field.backspace());
        assert_eq!(field.as_str(), ".12.220");
    }

    #[test]
    fn letters_of_more_than_one_byte_move_whole() {
        let mut field = typed("Køge");
        field.move_cursor(Move::Left);
        field.move_cursor(Move::Left);
        assert_eq!(field.cursor_chars(), 2);
        assert!(field.backspace());
        assert_eq!(field.as_str(), "Kge");
        field.move_cursor(Move::Left);
        field.move_cursor(Move::Right);
        assert!(field.insert('ø'));
        assert_eq!(field.as_str(), "Køge");
    }

    #[test]
    fn the_field_never_takes_more_than_it_may_and_never_grows() {
        let mut field = Field::new(3);
        let capacity = field.text.capacity();
        for c in "ææææææ".chars() {
            field.insert(c);
        }
        assert_eq!(field.as_str(), "æææ");
        assert!(!field.insert('\u{1b}'));
        assert_eq!(field.text.capacity(), capacity);
        field.clear();
        assert!(field.is_empty());
        assert_eq!(field.cursor_chars(), 0);
    }
}
