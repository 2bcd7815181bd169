//! Guidance content: the YAML schema, the checked model and its loader.
//!
//! Content is data, not code: situations, questions, outcomes, offices,
//! municipalities, documents, deadlines, steps and sources all live in
//! `content/*.yaml`. Loading checks every reference and collects *all*
//! problems with file and line before anything runs.

mod build;
pub mod condition;
pub mod ids;
mod load;
mod locate;
mod model;
pub mod places;
mod raw;

pub use crate::calendar::hours::{Hours, Interval, OpeningHours};
pub use crate::diagnostics::{ContentError, Problem, SourceFile};
pub use condition::{Condition, Fact, Facts};
pub use ids::{
    ConditionId, DeadlineId, DocumentId, Marks, MunicipalityId, OfficeId, OutcomeId, QuestionId,
    SourceId, StepId, Table, TableIndex,
};
pub use load::{load_dir, load_sources, locale_file, ContentFiles};
pub use model::*;
