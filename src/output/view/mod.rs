//! The result in one language, ready to draw: every text translated, every
//! date computed and written out. No CPR number is ever part of a view.
//! The views serialise to the JSON contract of domain.md §10.

mod answers;
mod office;

pub use answers::{answer_views, content_args, AnswerView};
pub use office::{
    check_first, closed_reason, closing_day_name, hhmm, hours_lines, office_view, status_text,
    HoursLine, HoursSummary, OfficeView, RoleView,
};

use crate::content::{DeadlineKind, OfficeId};
use crate::engine::{DeadlineStatus, Guidance, Interview};
use crate::i18n::{args, Localizer};
use crate::keys;
use jiff::civil::{Date, DateTime};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentView {
    pub id: String,
    pub name: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineView {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    pub date: Option<Date>,
    /// "by Sunday 6 December 2026".
    pub when: Option<String>,
    pub status: Option<&'static str>,
    /// A sentence on the status ("This date has passed…").
    pub status_text: Option<String>,
    pub rule: String,
    /// The event's title in a calendar ("Deadline: Register your address").
    #[serde(skip)]
    pub calendar_title: String,
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
}

/// Everything the result screen, text, Markdown and JSON show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View {
    pub outcome: String,
    pub language: &'static str,
    pub today: Date,
    #[serde(skip)]
    pub today_text: String,
    pub summary: String,
    pub municipality: Option<MunicipalityView>,
    /// What must not be missed, shown right under the summary: deadlines
    /// that have already passed.
    pub warnings: Vec<String>,
    pub offices: Vec<OfficeView>,
    pub deadlines: Vec<DeadlineView>,
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
    /// The deadline to act on next: the next date to meet ("by"), else
    /// the first date ahead at all, else one waiting for a date not given.
    pub fn next_deadline(&self) -> Option<&DeadlineView> {
        let ahead = |d: &&DeadlineView| d.date.is_some() && d.status != Some("past");
        self.deadlines
            .iter()
            .filter(ahead)
            .find(|d| d.kind == "by")
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
}

impl Words {
    /// The words in `t`'s language; `outcome` picks "documents to attach"
    /// (an application sent online) or "to bring".
    pub fn new(t: &Localizer<'_>, outcome: &str) -> Words {
        Words {
            title: t.text("ui-title"),
            result: t.text("ui-result-title"),
            offices: t.text("ui-heading-offices"),
            deadlines: t.text("ui-heading-deadlines"),
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

/// The municipality answered, if any.
fn municipality_view(
    content: &crate::content::Content,
    facts: &crate::content::Facts,
    t: &Localizer<'_>,
) -> Option<MunicipalityView> {
    content.questions.enumerate().find_map(|(id, q)| {
        let crate::content::Fact::Choice(o) = facts.get(id)? else {
            return None;
        };
        if !q.options_from_municipalities {
            return None;
        }
        let m = content
            .municipalities
            .get(crate::content::TableIndex::from_index(o))?;
        Some(MunicipalityView {
            id: m.id.clone(),
            code: m.place.as_ref().map(|p| p.code),
            name: t.text(&keys::option(&q.id, &m.id, true)),
        })
    })
}

/// Builds the view of `guidance` in the localizer's language.
pub fn build_view(
    interview: &Interview<'_>,
    guidance: &Guidance,
    t: &Localizer<'_>,
    options: ViewOptions,
) -> View {
    let content = interview.content();
    let fluent = content_args(content, &guidance.facts);
    let text = |id: &str| t.text_with(id, &fluent);
    let today = guidance.today;

    let mut offices: Vec<OfficeView> = guidance
        .offices
        .iter()
        .map(|item| {
            let office = &content.offices[item.office];
            let roles: Vec<RoleView> = item
                .roles
                .iter()
                .map(|r| RoleView {
                    id: r.clone(),
                    text: text(&keys::role(r)),
                })
                .collect();
            OfficeView {
                role: roles.first().map(|r| r.id.clone()),
                roles,
                notes: item.notes.iter().map(|n| text(n)).collect(),
                here: options.site == Some(item.office),
                // Content messages may depend on the answers.
                name: text(&keys::office(&office.id)),
                about: text(&keys::office_about(&office.id)),
                ..office_view(office, today, options.now, t)
            }
        })
        .collect();
    // At a kiosk, the office it stands in comes first where the person may
    // choose it (an alternative place to register).
    if let Some(pos) = offices
        .iter()
        .position(|o| o.here && o.roles.iter().any(|r| r.id == "register-alternative"))
    {
        let office = offices.remove(pos);
        offices.insert(0, office);
    }

    let mut deadlines: Vec<DeadlineView> = guidance
        .deadlines
        .iter()
        .map(|item| {
            let deadline = &content.deadlines[item.deadline];
            let when = item.date.map(|d| {
                t.text_with(
                    &keys::deadline_kind(item.kind.id()),
                    &args([("date", t.date_long(d))]),
                )
            });
            let status_text = match (item.kind, item.status) {
                (DeadlineKind::NotBefore, Some(DeadlineStatus::Past | DeadlineStatus::Today)) => {
                    Some(t.text("ui-deadline-open"))
                }
                // A deadline may say more than "hurry" once passed (an expired permit).
                (DeadlineKind::By, Some(DeadlineStatus::Past)) => Some(
                    t.try_text_with(&keys::deadline_passed(&deadline.id), &fluent)
                        .unwrap_or_else(|| t.text("ui-deadline-passed")),
                ),
                (DeadlineKind::By, Some(DeadlineStatus::Today)) => {
                    Some(t.text("ui-deadline-today"))
                }
                (_, None) if item.awaits_date => Some(t.text("ui-deadline-needs-date")),
                _ => None,
            };
            let title = text(&keys::deadline(&deadline.id));
            DeadlineView {
                id: deadline.id.clone(),
                kind: item.kind.id(),
                calendar_title: t.text_with(
                    "ui-calendar-summary",
                    &args([
                        ("kind", item.kind.id().to_string()),
                        ("title", title.clone()),
                    ]),
                ),
                title,
                date: item.date,
                when,
                status: item.status.map(DeadlineStatus::id),
                status_text,
                rule: text(&keys::deadline_rule(&deadline.id)),
            }
        })
        .collect();
    // Soonest first; rules without a date keep their order after them.
    deadlines.sort_by_key(|d| d.date.map_or((1, Date::MAX), |date| (0, date)));
    let warnings = deadlines
        .iter()
        .filter(|d| d.kind == "by" && d.status == Some("past"))
        .filter_map(|d| d.status_text.clone().map(|s| format!("{}: {s}", d.title)))
        .collect();

    let documents = guidance
        .documents
        .iter()
        .map(|item| {
            let document = &content.documents[item.document];
            DocumentView {
                id: document.id.clone(),
                name: text(&keys::document(&document.id)),
                notes: item.notes.iter().map(|n| text(n)).collect(),
            }
        })
        .collect();

    let steps = guidance
        .steps
        .iter()
        .map(|&id| {
            let step = &content.steps[id];
            StepView {
                id: step.id.clone(),
                text: text(&keys::step(&step.id)),
            }
        })
        .collect();

    let sources = guidance
        .sources
        .iter()
        .map(|&id| {
            let source = &content.sources[id];
            SourceView {
                id: source.id.clone(),
                title: text(&keys::source(&source.id)),
                url: source.url.clone(),
                file: source.file.clone(),
                checked: source.checked,
                checked_text: t.text_with(
                    "ui-source-checked",
                    &args([("date", t.date_long(source.checked))]),
                ),
            }
        })
        .collect();

    let outcome = &content.outcomes[guidance.outcome];
    View {
        outcome: outcome.id.clone(),
        language: t.lang().code(),
        today,
        today_text: t.text_with("ui-today", &args([("date", t.date_long(today))])),
        summary: text(&keys::outcome(&outcome.id)),
        municipality: municipality_view(content, &guidance.facts, t),
        warnings,
        offices,
        deadlines,
        documents,
        steps,
        sources,
        answers: answer_views(content, &guidance.facts, None, t),
        words: Words::new(t, &outcome.id),
    }
}
