//! One registry of IDs per section: declared once in pass 1, looked up by
//! every reference in pass 2. A malformed ID and an ID defined twice are two
//! different problems, reported as such.

use super::{Ctx, Loc};
use crate::content::ids::TableIndex;
use crate::diagnostics::Problem;
use std::collections::HashMap;

/// The IDs of one section and the index each stands for.
pub(super) struct Registry<'a, I> {
    ids: HashMap<&'a str, I>,
}

/// Lower-case ASCII letters, digits and hyphens, not starting with a hyphen.
pub(super) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl<'a, I: TableIndex> Registry<'a, I> {
    /// Declares the ID of every item; an item's index is its position in
    /// the section (across files), so the tables built in pass 2 line up.
    pub(super) fn declare<T>(
        ctx: &mut Ctx<'_>,
        items: &[(Loc, &'a T)],
        id_of: impl Fn(&'a T) -> &'a String,
    ) -> Registry<'a, I> {
        let mut ids = HashMap::with_capacity(items.len());
        for (position, (loc, item)) in items.iter().enumerate() {
            let id = id_of(item).as_str();
            if !is_valid_id(id) {
                ctx.error(*loc, Some(id), Problem::new("bad-id").arg("id", id));
            } else if ids.contains_key(id) {
                ctx.error(
                    *loc,
                    Some(id),
                    Problem::new("duplicate-id")
                        .arg("id", id)
                        .arg("section", loc.section),
                );
            } else {
                ids.insert(id, I::from_index(position));
            }
        }
        Registry { ids }
    }

    pub(super) fn get(&self, id: &str) -> Option<I> {
        self.ids.get(id).copied()
    }

    /// The index of `id`, or a `problem` (e.g. `unknown-office`) at `loc`.
    pub(super) fn resolve(
        &self,
        ctx: &mut Ctx<'_>,
        loc: Loc,
        id: &str,
        problem: &'static str,
    ) -> Option<I> {
        let found = self.get(id);
        if found.is_none() {
            ctx.error(loc, Some(id), Problem::new(problem).arg("id", id));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids_are_lower_case_ascii_with_hyphens() {
        for ok in ["ihcph", "ics-west", "3-to-6-months", "a"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "Passport", "-x", "høje", "a b", "a_b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
