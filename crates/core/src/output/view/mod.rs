//! The result in one language, ready to draw: every text translated, every
//! date computed and written out. No CPR number is ever part of a view.
//! The views serialise to the JSON contract of docs/rules.md R10.2.

mod answers;
mod build;
mod deadlines;
mod documents;
mod municipality;
mod office;

pub use build::build_view;

pub use answers::{answer_views, content_args, AnswerView};
pub use office::{
    check_first, closed_reason, closing_day_name, day_args, hhmm, hours_lines, office_view,
    status_text, HoursLine, HoursSummary, OfficeView, RoleView,
};

use crate::content::{DeadlineKind, OfficeId};
use crate::engine::DeadlineStatus;
use crate::i18n::{args, Localizer};
use jiff::civil::{Date, DateTime};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentView {
    pub id: String,
    /// The document step it is brought to (`certificate`, `register`, …).
    pub step: Option<String>,
    pub name: String,
    pub notes: Vec<String>,
}

/// A step documents are brought to: where, and what that office issues
/// itself (so it is not on the list to bring).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentStepView {
    pub id: String,
    /// "To get your EU registration certificate at ICS Esbjerg".
    pub title: String,
    /// The office's ID.
    pub office: Option<String>,
    /// The office a kiosk stands in ("You are here").
    pub here: bool,
    /// Documents this office issues itself, so they are not on its list.
    pub issued_here: Vec<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineView {
    pub id: String,
    /// "by", "not-before", … in the JSON contract.
    #[serde(serialize_with = "kind_id")]
    pub kind: DeadlineKind,
    pub title: String,
    pub date: Option<Date>,
    /// "by Sunday 6 December 2026".
    pub when: Option<String>,
    /// "future", "today", "past" in the JSON contract.
    #[serde(serialize_with = "status_id")]
    pub status: Option<DeadlineStatus>,
    /// A sentence on the status ("This date has passed…").
    pub status_text: Option<String>,
    pub rule: String,
    /// The office to reach by the date, and when it is closed on the day,
    /// a sentence saying so ("ICS West is closed on Tuesday …: book …").
    pub office: Option<String>,
    pub office_closed: Option<String>,
    pub notes: Vec<String>,
    /// The event's title in a calendar ("Deadline: Register your address").
    #[serde(skip)]
    pub calendar_title: String,
}

fn kind_id<S: Serializer>(kind: &DeadlineKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.id())
}

fn status_id<S: Serializer>(status: &Option<DeadlineStatus>, s: S) -> Result<S::Ok, S::Error> {
    match status {
        Some(status) => s.serialize_str(status.id()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceView {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub file: Option<String>,
    pub checked: Date,
    #[serde(skip)]
    pub checked_text: String,
}

/// The municipality the person will live in, when they named one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MunicipalityView {
    /// The stable ID (`aarhus`; `other` when not decided yet).
    pub id: String,
    /// The three-digit municipality code; none for `other`.
    pub code: Option<u16>,
    /// The name as people say it, in the view's language.
    pub name: String,
    /// `own-page` when its guidance rests on its own page for newcomers,
    /// `general-rule` when that page was not read; none for "not decided".
    pub basis: Option<&'static str>,
    /// The day its own page was last checked.
    pub checked: Option<Date>,
    /// Its own page, and its web site (for confirming the general rule).
    pub page: Option<String>,
    pub site: Option<String>,
    /// The basis in one sentence, with how to confirm the general rule.
    pub basis_text: Option<String>,
}

/// Everything the result screen, text, Markdown and JSON show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View {
    pub outcome: String,
    pub language: &'static str,
    pub today: Date,
    #[serde(skip)]
    pub today_text: String,
    /// "Made on 5 December 2026 at 14:03.": what a file or a printout
    /// says in place of "Today is …" (see [`View::take_away`]).
    #[serde(skip)]
    pub made_text: String,
    pub summary: String,
    pub municipality: Option<MunicipalityView>,
    /// What must not be missed, shown right under the summary: deadlines
    /// that have already passed.
    pub warnings: Vec<String>,
    pub offices: Vec<OfficeView>,
    pub deadlines: Vec<DeadlineView>,
    /// The steps the documents are brought to, in order; each document
    /// names its step.
    pub document_steps: Vec<DocumentStepView>,
    pub documents: Vec<DocumentView>,
    pub steps: Vec<StepView>,
    pub sources: Vec<SourceView>,
    /// By question ID, the stable value (never a CPR number).
    #[serde(serialize_with = "answers_by_id")]
    pub answers: Vec<AnswerView>,
    /// Headings and fixed words, translated, for the renderers.
    #[serde(skip)]
    pub words: Words,
}

impl View {
    /// Every web address the result gives: the offices' pages and booking
    /// pages, then the sources.
    pub fn urls(&self) -> Vec<&str> {
        let offices = self
            .offices
            .iter()
            .flat_map(|o| [o.web.as_deref(), o.booking.as_deref()]);
        let sources = self.sources.iter().map(|s| s.url.as_deref());
        offices.chain(sources).flatten().collect()
    }

    /// The first office that is a place to go (not only an authority that
    /// decides an application sent online).
    pub fn place_to_go(&self) -> Option<&OfficeView> {
        self.offices.iter().find(|o| o.in_person)
    }

    /// The documents step by step: each step with its documents, or one
    /// group without a step when the content has none.
    pub fn document_groups(&self) -> Vec<(Option<&DocumentStepView>, Vec<&DocumentView>)> {
        if self.document_steps.is_empty() {
            return if self.documents.is_empty() {
                Vec::new()
            } else {
                vec![(None, self.documents.iter().collect())]
            };
        }
        self.document_steps
            .iter()
            .map(|step| {
                let docs = self
                    .documents
                    .iter()
                    .filter(|d| d.step.as_deref() == Some(step.id.as_str()))
                    .collect();
                (Some(step), docs)
            })
            .collect()
    }

    /// The view for what is taken away (a file, a printout), read later
    /// than it was made: nothing that holds only at the moment it was made
    /// ("Open now until 15:00", "Closed now. Opens Monday at 09:00", this
    /// week's hours with "today" marked, "That is today", "You can do this
    /// now"). Each office's hours are its regular weekly hours, and the
    /// last line says when it was made.
    pub fn take_away(&self) -> View {
        let mut view = self.clone();
        for office in &mut view.offices {
            office.open_now = None;
            office.next_opening = None;
            office.check_first = None;
            office.status_text = None;
            for day in &mut office.week {
                day.text = day.regular.clone();
                day.is_today = false;
                day.exception = false;
                day.check_first = None;
            }
        }
        for deadline in &mut view.deadlines {
            let open = deadline.kind == DeadlineKind::NotBefore
                && deadline.status == Some(DeadlineStatus::Past);
            if open || deadline.status == Some(DeadlineStatus::Today) {
                deadline.status_text = None;
            }
        }
        view.today_text = view.made_text.clone();
        view
    }

    /// The deadlines with a date (or waiting for one), then the duties
    /// without a date, set apart under "Also remember" on every rendering.
    pub fn dated_and_later(&self) -> (Vec<&DeadlineView>, Vec<&DeadlineView>) {
        self.deadlines
            .iter()
            .partition(|d| d.date.is_some() || d.status_text.is_some())
    }

    /// The deadline to act on next: the next date to meet ("by"), else
    /// the first date ahead at all, else one waiting for a date not given.
    pub fn next_deadline(&self) -> Option<&DeadlineView> {
        let ahead = |d: &&DeadlineView| d.date.is_some() && d.status != Some(DeadlineStatus::Past);
        self.deadlines
            .iter()
            .filter(ahead)
            .find(|d| d.kind == DeadlineKind::By)
            .or_else(|| self.deadlines.iter().find(ahead))
            .or_else(|| {
                self.deadlines
                    .iter()
                    .find(|d| d.status_text.is_some() && d.date.is_none())
            })
    }
}

/// The contract's `answers`: `{ "situation": "eu", "cpr": "given", … }`.
fn answers_by_id<S: Serializer>(answers: &[AnswerView], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(answers.len()))?;
    for a in answers {
        map.serialize_entry(&a.id, &a.value)?;
    }
    map.end()
}

/// Fixed words the renderers need, in the view's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words {
    pub title: String,
    pub result: String,
    pub offices: String,
    pub deadlines: String,
    /// "Also remember": the duties without a date.
    pub later: String,
    pub documents: String,
    pub steps: String,
    pub sources: String,
    pub answers: String,
    pub appointment: String,
    pub hours: String,
    /// The marker for today's line in the week ("today").
    pub today: String,
    /// The word before each warning ("Warning"): a screen reader reads a
    /// sign such as "!" badly or not at all.
    pub warning: String,
    /// "You are here", for the office a kiosk stands in.
    pub here: String,
}

impl Words {
    /// The words in `t`'s language; `outcome` picks "documents to attach"
    /// (an application sent online) or "to bring".
    pub fn new(t: &Localizer<'_>, outcome: &str) -> Words {
        Words {
            title: t.text("ui-title"),
            result: t.text("ui-result-title"),
            offices: t.text_with(
                "ui-heading-offices",
                &args([("outcome", outcome.to_string())]),
            ),
            deadlines: t.text("ui-heading-deadlines"),
            later: t.text("ui-heading-later"),
            documents: t.text_with(
                "ui-heading-documents",
                &args([("outcome", outcome.to_string())]),
            ),
            steps: t.text("ui-heading-steps"),
            sources: t.text("ui-heading-sources"),
            answers: t.text("ui-heading-answers"),
            appointment: t.text("ui-office-appointment"),
            hours: t.text("ui-office-hours"),
            today: t.text("ui-today-marker"),
            warning: t.text("ui-warning"),
            here: t.text("ui-you-are-here"),
        }
    }
}

/// What a view is made for, beyond the guidance itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct ViewOptions {
    /// The moment (Danish local time) "open now" and the next opening are
    /// shown for; none when only the date is known.
    pub now: Option<DateTime>,
    /// The office a kiosk stands in: marked "You are here", and first
    /// where the person may choose it.
    pub site: Option<OfficeId>,
}

/// Content messages in one language, with the answers as their arguments.
pub(crate) struct Say<'t, 'c> {
    pub t: &'t Localizer<'c>,
    pub fluent: crate::i18n::FluentArgs<'c>,
}

impl Say<'_, '_> {
    pub fn text(&self, id: &str) -> String {
        self.t.text_with(id, &self.fluent)
    }
}
