//! Guidance content: the YAML schema, the checked model and its loader.
//!
//! Content is data, not code: situations, questions, outcomes, offices,
//! municipalities, documents, deadlines, steps and sources all live in
//! `content/*.yaml`. Loading checks every reference and collects *all*
//! problems with file and line before anything runs.

mod build;
pub mod condition;
pub mod hours;
mod load;
mod locate;
mod model;
mod raw;

pub use condition::{Condition, Fact, Facts};
pub use hours::{Hours, Interval};
pub use load::{embedded_sources, load_dir, load_sources, ContentFiles};
pub use locate::SourceFile;
pub use model::*;

/// A problem found in content or translations, translated through the
/// message `content-<kind>` with `args` as its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(kind: &'static str) -> Problem {
        Problem {
            kind,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Problem {
        self.args.push((name, value.into()));
        self
    }

    pub fn message_id(&self) -> String {
        format!("content-{}", self.kind)
    }
}

/// A problem with the file and line it was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: Option<usize>,
    pub problem: Problem,
}

impl std::fmt::Display for ContentError {
    /// Untranslated form for tests and logs; front ends translate instead.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.problem.kind)?;
        for (name, value) in &self.problem.args {
            write!(f, " {name}={value}")?;
        }
        Ok(())
    }
}
