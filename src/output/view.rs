//! The result in one language, ready to draw: every text translated, every
//! date computed and written out. No CPR number is ever part of a view.

use crate::content::{Content, Fact, Facts, Hours, QuestionKind};
use crate::engine::{DeadlineStatus, Guidance, Interview};
use crate::i18n::{FluentArgs, Localizer};
use fluent_bundle::FluentValue;
use jiff::civil::{Date, Weekday};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursLine {
    pub weekday: Weekday,
    pub day_name: String,
    /// `"09:00–15:00"`, or the word for closed.
    pub text: String,
    /// Machine form: `"09:00-15:00"`, `"closed"`.
    pub machine: String,
    pub is_today: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeView {
    pub id: String,
    pub name: String,
    pub roles: Vec<(String, String)>,
    pub about: String,
    pub address: Vec<String>,
    pub web: Option<String>,
    pub booking: Option<String>,
    pub appointment: bool,
    /// The week's hours, Monday first; empty unless the office has weekly hours.
    pub hours: Vec<HoursLine>,
    /// `weekly`, `by-appointment` or `not-known`.
    pub hours_kind: &'static str,
    /// A sentence for offices without weekly hours.
    pub hours_note: Option<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentView {
    pub id: String,
    pub name: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceView {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub file: Option<String>,
    pub checked: Date,
    pub checked_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerView {
    pub id: String,
    pub question: String,
    pub answer: String,
    /// The stable value: option ID, date, `given` for a CPR number (never
    /// the number), `None` when skipped.
    pub value: Option<String>,
}

/// Everything the result screen, text, Markdown and JSON show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub language: &'static str,
    pub today: Date,
    pub today_text: String,
    pub outcome: String,
    pub summary: String,
    pub offices: Vec<OfficeView>,
    pub deadlines: Vec<DeadlineView>,
    pub documents: Vec<DocumentView>,
    pub steps: Vec<StepView>,
    pub sources: Vec<SourceView>,
    pub answers: Vec<AnswerView>,
    /// Headings and fixed words, translated, for the renderers.
    pub words: Words,
}

/// Fixed words the renderers need, in the view's language.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

/// Fluent variables for content messages: every choice answer by question ID.
pub fn content_args<'a>(content: &'a Content, facts: &Facts) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (index, question) in content.questions.iter().enumerate() {
        if let Some(Fact::Choice(option)) = facts.get(index) {
            if let Some(value) = question.options().get(option) {
                args.set(question.id.as_str(), FluentValue::from(value.as_str()));
            }
        }
    }
    args
}

fn hhmm(time: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

fn hours_lines(hours: &Hours, today: Date, t: &Localizer<'_>) -> Vec<HoursLine> {
    let Hours::Weekly(_) = hours else {
        return Vec::new();
    };
    let mut day = Weekday::Monday;
    let mut out = Vec::new();
    for _ in 0..7 {
        let intervals = hours.on(day);
        let (text, machine) = if intervals.is_empty() {
            (t.text("ui-hours-closed"), "closed".to_string())
        } else {
            let human: Vec<String> = intervals
                .iter()
                .map(|i| format!("{}–{}", hhmm(i.open), hhmm(i.close)))
                .collect();
            let machine: Vec<String> = intervals
                .iter()
                .map(|i| format!("{}-{}", hhmm(i.open), hhmm(i.close)))
                .collect();
            (human.join(", "), machine.join(", "))
        };
        out.push(HoursLine {
            weekday: day,
            day_name: t.weekday(day),
            text,
            machine,
            is_today: today.weekday() == day,
        });
        day = day.next();
    }
    out
}

fn answers_view(
    interview: &Interview<'_>,
    facts: &Facts,
    t: &Localizer<'_>,
    args: &FluentArgs,
) -> Vec<AnswerView> {
    let content = interview.content();
    let mut out = Vec::new();
    for (index, question) in content.questions.iter().enumerate() {
        let Some(fact) = facts.get(index) else {
            continue;
        };
        let derived = question
            .derive
            .is_some_and(|d| matches!(facts.get(d.from), Some(Fact::Cpr)));
        let (answer, value) = match (fact, &question.kind) {
            (Fact::Choice(o), QuestionKind::Choice { options }) => {
                let value = options.get(o).cloned().unwrap_or_default();
                let label = t.text_with(&question.option_message(&value), args);
                let label = if derived {
                    t.text_with("ui-answer-derived", &crate::i18n::args([("value", label)]))
                } else {
                    label
                };
                (label, Some(value))
            }
            (Fact::Date(d), _) => (t.date_long(d), Some(d.to_string())),
            (Fact::Cpr, _) => (t.text("ui-answer-cpr-given"), Some("given".to_string())),
            (Fact::Skipped, _) => (t.text("ui-answer-skipped"), None),
            _ => continue,
        };
        out.push(AnswerView {
            id: question.id.clone(),
            question: t.text_with(&format!("q-{}", question.id), args),
            answer,
            value,
        });
    }
    out
}

/// Builds the view of `guidance` in the localizer's language.
pub fn build_view(interview: &Interview<'_>, guidance: &Guidance, t: &Localizer<'_>) -> View {
    let content = interview.content();
    let args = content_args(content, &guidance.facts);
    let text = |id: &str| t.text_with(id, &args);
    let today = guidance.today;

    let offices = guidance
        .offices
        .iter()
        .map(|item| {
            let office = &content.offices[item.office];
            let (hours_kind, hours_note) = match office.hours {
                Hours::Weekly(_) => ("weekly", None),
                Hours::ByAppointment => ("by-appointment", Some(t.text("ui-hours-by-appointment"))),
                // "See the web site" only helps when there is one to see.
                Hours::NotKnown => (
                    "not-known",
                    office.web.as_ref().map(|_| t.text("ui-hours-not-known")),
                ),
            };
            OfficeView {
                id: office.id.clone(),
                name: text(&format!("office-{}", office.id)),
                roles: item
                    .roles
                    .iter()
                    .map(|r| (r.clone(), text(&format!("role-{r}"))))
                    .collect(),
                about: text(&format!("office-{}-about", office.id)),
                address: office.address.clone(),
                web: office.web.clone(),
                booking: office.booking.clone(),
                appointment: office.appointment,
                hours: hours_lines(&office.hours, today, t),
                hours_kind,
                hours_note,
                notes: item.notes.iter().map(|n| text(n)).collect(),
            }
        })
        .collect();

    let deadlines = guidance
        .deadlines
        .iter()
        .map(|item| {
            let deadline = &content.deadlines[item.deadline];
            let when = item.date.map(|d| {
                t.text_with(
                    &format!("ui-deadline-{}", item.kind.id()),
                    &crate::i18n::args([("date", t.date_long(d))]),
                )
            });
            let status_text = match (item.kind, item.status) {
                (
                    crate::content::DeadlineKind::NotBefore,
                    Some(DeadlineStatus::Past | DeadlineStatus::Today),
                ) => Some(t.text("ui-deadline-open")),
                (crate::content::DeadlineKind::By, Some(DeadlineStatus::Past)) => {
                    Some(t.text("ui-deadline-passed"))
                }
                (crate::content::DeadlineKind::By, Some(DeadlineStatus::Today)) => {
                    Some(t.text("ui-deadline-today"))
                }
                (_, None) if !deadline.dates.is_empty() => Some(t.text("ui-deadline-needs-date")),
                _ => None,
            };
            DeadlineView {
                id: deadline.id.clone(),
                kind: item.kind.id(),
                title: text(&format!("deadline-{}", deadline.id)),
                date: item.date,
                when,
                status: item.status.map(DeadlineStatus::id),
                status_text,
                rule: text(&format!("deadline-{}-rule", deadline.id)),
            }
        })
        .collect();

    let documents = guidance
        .documents
        .iter()
        .map(|item| {
            let document = &content.documents[item.document];
            DocumentView {
                id: document.id.clone(),
                name: text(&format!("doc-{}", document.id)),
                notes: item.notes.iter().map(|n| text(n)).collect(),
            }
        })
        .collect();

    let steps = guidance
        .steps
        .iter()
        .map(|&index| {
            let step = &content.steps[index];
            StepView {
                id: step.id.clone(),
                text: text(&format!("step-{}", step.id)),
            }
        })
        .collect();

    let sources = guidance
        .sources
        .iter()
        .map(|&index| {
            let source = &content.sources[index];
            SourceView {
                id: source.id.clone(),
                title: text(&format!("source-{}", source.id)),
                url: source.url.clone(),
                file: source.file.clone(),
                checked: source.checked,
                checked_text: t.text_with(
                    "ui-source-checked",
                    &crate::i18n::args([("date", t.date_long(source.checked))]),
                ),
            }
        })
        .collect();

    let outcome = &content.outcomes[guidance.outcome];
    View {
        language: t.lang().code(),
        today,
        today_text: t.text_with(
            "ui-today",
            &crate::i18n::args([("date", t.date_long(today))]),
        ),
        outcome: outcome.id.clone(),
        summary: text(&format!("outcome-{}", outcome.id)),
        offices,
        deadlines,
        documents,
        steps,
        sources,
        answers: answers_view(interview, &guidance.facts, t, &args),
        words: Words {
            title: t.text("ui-title"),
            result: t.text("ui-result-title"),
            offices: t.text("ui-heading-offices"),
            deadlines: t.text("ui-heading-deadlines"),
            documents: t.text("ui-heading-documents"),
            steps: t.text("ui-heading-steps"),
            sources: t.text("ui-heading-sources"),
            answers: t.text("ui-heading-answers"),
            appointment: t.text("ui-office-appointment"),
            hours: t.text("ui-office-hours"),
        },
    }
}
