//! The result in one language, ready to draw: every text translated, every
//! date computed and written out. No CPR number is ever part of a view.
//! The views serialise to the JSON contract of domain.md §10.

mod answers;
mod office;

pub use answers::{answer_views, content_args, AnswerView};
pub use office::{
    check_first, closed_reason, closing_day_name, day_args, hhmm, hours_lines, office_view,
    status_text, HoursLine, HoursSummary, OfficeView, RoleView,
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
    pub kind: &'static str,
    pub title: String,
    pub date: Option<Date>,
    /// "by Sunday 6 December 2026".
    pub when: Option<String>,
    pub status: Option<&'static str>,
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
        let name = t.text(&keys::option(&q.id, &m.id, true));
        let page = m.page.map(|p| &content.sources[p]);
        let basis = m.place.as_ref().map(|_| {
            if page.is_some() {
                "own-page"
            } else {
                "general-rule"
            }
        });
        let site = m.site.as_deref().map(|s| {
            s.trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_start_matches("www.")
                .trim_end_matches('/')
                .to_string()
        });
        let phone = content.offices[m.office].phone.clone();
        let how = match (&site, &phone) {
            (Some(_), Some(_)) => "site-phone",
            (Some(_), None) => "site",
            _ => "none",
        };
        let basis_text = basis.map(|basis| {
            t.text_with(
                "ui-basis",
                &args([
                    ("basis", basis.to_string()),
                    ("municipality", name.clone()),
                    (
                        "official",
                        m.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
                    ),
                    (
                        "date",
                        page.map(|p| t.date_long(p.checked)).unwrap_or_default(),
                    ),
                    ("how", how.to_string()),
                    ("site", site.clone().unwrap_or_default()),
                    ("phone", phone.clone().unwrap_or_default()),
                ]),
            )
        });
        Some(MunicipalityView {
            id: m.id.clone(),
            code: m.place.as_ref().map(|p| p.code),
            name,
            basis,
            checked: page.map(|p| p.checked),
            page: page.and_then(|p| p.url.clone()),
            site: m.site.clone(),
            basis_text,
        })
    })
}

/// When `office` is closed (or may be) on `date`, a sentence saying so and
/// to book a time before: from its weekly hours, holidays and closures;
/// for an office whose hours the content does not know, on a weekend,
/// a public holiday or a day many offices close.
fn closed_on(
    office: &crate::content::Office,
    date: Date,
    today: Date,
    t: &Localizer<'_>,
) -> Option<String> {
    use crate::calendar::hours::Hours;
    use crate::calendar::opening;
    let name = t.text(&keys::office(&office.id));
    let when = t.date_long(date);
    let fluent = |kind: &str, reason: String| {
        args([
            ("office", name.clone()),
            ("date", when.clone()),
            ("kind", kind.to_string()),
            ("reason", reason),
        ])
    };
    if let Some(day) = opening::uncertain_on(&office.opening, date) {
        return Some(t.text_with(
            "ui-deadline-office-check",
            &fluent("day", closing_day_name(day, t)),
        ));
    }
    match office.opening.hours {
        Hours::Weekly(_) => {
            if !opening::intervals_on(&office.opening, date).is_empty() {
                return None;
            }
            // The last day it is surely open before then, from today on.
            let last = (1..=14)
                .filter_map(|n| date.checked_sub(jiff::Span::new().days(n)).ok())
                .take_while(|d| *d >= today)
                .find(|d| {
                    !opening::intervals_on(&office.opening, *d).is_empty()
                        && opening::uncertain_on(&office.opening, *d).is_none()
                })
                .map_or_else(|| "none".to_string(), |d| t.date_long(d));
            let mut fluent = fluent("", String::new());
            fluent.set("last", last);
            Some(t.text_with("ui-deadline-office-closed", &fluent))
        }
        Hours::ByAppointment | Hours::NotKnown => {
            let (kind, reason) = if let Some(h) = crate::calendar::holiday_on(date) {
                ("holiday", t.text(&keys::holiday(h.id())))
            } else if matches!(
                date.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ) {
                ("weekend", String::new())
            } else {
                let day = crate::calendar::closing_day_on(date).or_else(|| {
                    office
                        .opening
                        .check_first
                        .iter()
                        .copied()
                        .find(|p| p.covers(date))
                })?;
                ("day", closing_day_name(day, t))
            };
            Some(t.text_with("ui-deadline-office-maybe-closed", &fluent(kind, reason)))
        }
    }
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
            let view = OfficeView {
                role: roles.first().map(|r| r.id.clone()),
                roles,
                notes: item.notes.iter().map(|n| text(n)).collect(),
                here: options.site == Some(item.office),
                in_person: item.in_person,
                // Content messages may depend on the answers.
                name: text(&keys::office(&office.id)),
                about: text(&keys::office_about(&office.id)),
                ..office_view(office, today, options.now, t)
            };
            if item.in_person {
                view
            } else {
                // Not a place to go here: no address or hours to go by.
                OfficeView {
                    address: Vec::new(),
                    week: Vec::new(),
                    hours_note: None,
                    open_now: None,
                    check_first: None,
                    next_opening: None,
                    status_text: None,
                    ..view
                }
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
            let office_closed = match (item.kind, item.date, item.status, item.office) {
                (
                    DeadlineKind::By,
                    Some(date),
                    Some(DeadlineStatus::Future | DeadlineStatus::Today),
                    Some(o),
                ) => closed_on(&content.offices[o], date, today, t),
                _ => None,
            };
            DeadlineView {
                office: item.office.map(|o| content.offices[o].id.clone()),
                office_closed,
                notes: item.notes.iter().map(|n| text(n)).collect(),
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

    let step_id = |step: Option<usize>| step.map(|s| content.document_steps[s].id.clone());
    let documents = guidance
        .documents
        .iter()
        .map(|item| {
            let document = &content.documents[item.document];
            let mut notes: Vec<String> = item.notes.iter().map(|n| text(n)).collect();
            // The languages the municipality's own page accepts.
            if document.id == "translation" {
                if let Some((m, languages)) =
                    crate::engine::answered_municipality(content, &guidance.facts)
                        .and_then(|m| m.languages.as_ref().map(|l| (m, l)))
                {
                    let words: Vec<String> = languages
                        .accepted
                        .iter()
                        .map(|l| t.text(&format!("doc-language-{l}")))
                        .collect();
                    notes.insert(
                        0,
                        t.text_with(
                            "note-translation-languages",
                            &args([
                                ("municipality", t.text(&keys::municipality(&m.id))),
                                ("languages", t.list(&words)),
                            ]),
                        ),
                    );
                }
            }
            DocumentView {
                id: document.id.clone(),
                step: step_id(item.step),
                name: text(&keys::document(&document.id)),
                notes,
            }
        })
        .collect();
    let document_steps = guidance
        .document_steps
        .iter()
        .map(|item| {
            let step = &content.document_steps[item.step];
            let office_name = item
                .office
                .map(|o| text(&keys::office(&content.offices[o].id)))
                .unwrap_or_default();
            let mut fluent = content_args(content, &guidance.facts);
            fluent.set("office", office_name.clone());
            let notes = item
                .issued_here
                .iter()
                .map(|&d| {
                    t.text_with(
                        "ui-docstep-issued-here",
                        &args([
                            ("office", office_name.clone()),
                            ("document", text(&keys::document(&content.documents[d].id))),
                        ]),
                    )
                })
                .collect();
            DocumentStepView {
                id: step.id.clone(),
                title: t.text_with(&keys::document_step(&step.id), &fluent),
                office: item.office.map(|o| content.offices[o].id.clone()),
                here: item.office.is_some() && item.office == options.site,
                issued_here: item
                    .issued_here
                    .iter()
                    .map(|&d| content.documents[d].id.clone())
                    .collect(),
                notes,
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

    let municipality = municipality_view(content, &guidance.facts, t);
    // How sure the guide is, said with the office that registers.
    if let (Some(text), Some(office)) = (
        municipality.as_ref().and_then(|m| m.basis_text.clone()),
        offices
            .iter_mut()
            .find(|o| o.roles.iter().any(|r| r.id == "register")),
    ) {
        office.notes.push(text);
    }
    let outcome = &content.outcomes[guidance.outcome];
    let any_visit = offices.iter().any(|o| o.in_person);
    View {
        outcome: outcome.id.clone(),
        language: t.lang().code(),
        today,
        today_text: t.text_with("ui-today", &args([("date", t.date_long(today))])),
        summary: text(&keys::outcome(&outcome.id)),
        municipality,
        warnings,
        offices,
        deadlines,
        document_steps,
        documents,
        steps,
        sources,
        answers: answer_views(content, &guidance.facts, None, t),
        words: Words {
            offices: t.text_with(
                "ui-heading-offices",
                &args([
                    ("outcome", outcome.id.clone()),
                    ("visit", if any_visit { "yes" } else { "no" }.to_string()),
                ]),
            ),
            ..Words::new(t, &outcome.id)
        },
    }
}
