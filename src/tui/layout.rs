//! What a frame drew, kept for `update`: which rows each option took and how
//! far the body can scroll. Drawing records it; `update` only reads it, so
//! what is clicked is always what was drawn, and nothing is laid out twice.

use super::app::Screen;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// What the frame showed: a layout is used only for the same screen.
    pub screen: Screen,
    pub size: (u16, u16),
    pub lang: Lang,
    /// The body's columns, `[left, right)`.
    pub columns: (u16, u16),
    /// Each option's screen rows, `[first, end)`, in option order; rows
    /// scrolled out of view are left out.
    pub options: Vec<(usize, u16, u16)>,
    /// How far the body can scroll.
    pub max_scroll: u16,
}

impl Layout {
    /// The option under a click at (`column`, `row`), if any.
    pub fn option_at(&self, column: u16, row: u16) -> Option<usize> {
        if column < self.columns.0 || column >= self.columns.1 {
            return None;
        }
        self.options
            .iter()
            .find(|(_, first, end)| (*first..*end).contains(&row))
            .map(|(index, _, _)| *index)
    }
}
