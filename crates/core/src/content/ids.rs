//! Typed indices into the content's tables: a `QuestionId` can only index
//! questions, an `OfficeId` only offices. The stable text IDs of the output
//! contract (`"ihcph"`, `"situation"`) live in the items themselves.

use std::marker::PhantomData;

/// Declares an index type for one table.
macro_rules! index_type {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub struct $name(u32);

        impl $name {
            /// The position in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl TableIndex for $name {
            fn from_index(index: usize) -> Self {
                $name(u32::try_from(index).unwrap_or(u32::MAX))
            }
            fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// A question of the interview.
    QuestionId,
    /// A named condition (`conditions:`).
    ConditionId,
    /// An outcome of the interview.
    OutcomeId,
    /// An office.
    OfficeId,
    /// A municipality (an option of the municipality question).
    MunicipalityId,
    /// A document of the checklist.
    DocumentId,
    /// A deadline.
    DeadlineId,
    /// A step.
    StepId,
    /// A source page or document.
    SourceId,
);

/// What a table's index type can do.
pub trait TableIndex: Copy {
    fn from_index(index: usize) -> Self;
    fn index(self) -> usize;
}

/// A list of items indexed by their own index type.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Table<I, T> {
    items: Vec<T>,
    index: PhantomData<I>,
}

impl<I, T> Default for Table<I, T> {
    fn default() -> Self {
        Table {
            items: Vec::new(),
            index: PhantomData,
        }
    }
}

impl<I: TableIndex, T> Table<I, T> {
    /// Adds an item; its index is the table's length before.
    pub fn push(&mut self, item: T) -> I {
        self.items.push(item);
        I::from_index(self.items.len() - 1)
    }

    pub fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Items with their indices.
    pub fn enumerate(&self) -> impl Iterator<Item = (I, &T)> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, item)| (I::from_index(i), item))
    }

    /// Every index, in order.
    pub fn ids(&self) -> impl Iterator<Item = I> {
        (0..self.items.len()).map(I::from_index)
    }

    /// The first item (and its index) for which `find` holds.
    pub fn find(&self, find: impl Fn(&T) -> bool) -> Option<(I, &T)> {
        self.enumerate().find(|(_, item)| find(item))
    }

    pub fn as_slice(&self) -> &[T] {
        &self.items
    }
}

impl<I: TableIndex, T> std::ops::Index<I> for Table<I, T> {
    type Output = T;

    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<'a, I, T> IntoIterator for &'a Table<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// A set of flags, one per item of a table (lint's "seen" lists).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Marks<I> {
    marks: Vec<bool>,
    index: PhantomData<I>,
}

impl<I: TableIndex> Marks<I> {
    pub fn new(len: usize) -> Self {
        Marks {
            marks: vec![false; len],
            index: PhantomData,
        }
    }

    pub fn set(&mut self, id: I) {
        if let Some(mark) = self.marks.get_mut(id.index()) {
            *mark = true;
        }
    }

    pub fn is_set(&self, id: I) -> bool {
        self.marks.get(id.index()).copied().unwrap_or(false)
    }

    pub fn any(&self) -> bool {
        self.marks.iter().any(|m| *m)
    }
}
