//! The result in one language, ready to draw: every text translated, every
//! date computed and written out. No CPR number is ever part of a view.

use crate::calendar::opening::{self, ClosedBecause, OpenStatus};
use crate::calendar::ClosingDay;
use crate::content::{Content, Fact, Facts, Hours, Office, QuestionKind};
use crate::engine::{DeadlineStatus, Guidance, Interview};
use crate::i18n::{FluentArgs, Localizer};
use fluent_bundle::FluentValue;
use jiff::civil::{Date, Weekday};

/// One day of this week's opening hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursLine {
    pub date: Date,
    pub weekday: Weekday,
    pub day_name: String,
    /// `"09:00–15:00"` (written the language's way), or "closed", with the
    /// holiday or closure that closes it.
    pub text: String,
    /// The regular weekly hours in machine form: `"09:00-15:00"`, `"closed"`.
    pub machine: String,
    pub is_today: bool,
    /// Closed this day although the weekly hours say open.
    pub exception: bool,
    /// A day many offices close that the content knows nothing about for
    /// this office (`christmas-eve`, …): check before going.
    pub check_first: Option<&'static str>,
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
    pub email: Option<String>,
    pub phone: Option<String>,
    pub appointment: bool,
    /// The week's hours, Monday first; empty unless the office has weekly hours.
    pub hours: Vec<HoursLine>,
    /// `weekly`, `by-appointment` or `not-known`.
    pub hours_kind: &'static str,
    /// A sentence for offices without weekly hours.
    pub hours_note: Option<String>,
    /// Open at the moment the view was made, when that moment is known
    /// for sure (not on a day to check first).
    pub open_now: Option<bool>,
    /// The day many offices close that makes "open now" or the next
    /// opening uncertain (`christmas-eve`, …).
    pub check_first: Option<&'static str>,
    pub next_opening: Option<jiff::civil::DateTime>,
    /// "Open now until 15:00" / "Opens Wednesday at 11:00".
    pub status_text: Option<String>,
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
    /// What must not be missed, shown right under the summary: deadlines
    /// that have already passed.
    pub warnings: Vec<String>,
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
    /// The marker for today's line in the week ("today").
    pub today: String,
}

/// "cph@kk.dk · +45 33 66 10 00": how to reach an office, if known.
pub fn contact_line(office: &OfficeView) -> Option<String> {
    let parts: Vec<&str> = [office.email.as_deref(), office.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Fluent variables for content messages: every choice answer by question ID.
pub fn content_args<'a>(content: &'a Content, facts: &Facts) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (index, question) in content.questions.iter().enumerate() {
        match facts.get(index) {
            Some(Fact::Choice(option)) => {
                if let Some(value) = question.options().get(option) {
                    args.set(question.id.as_str(), FluentValue::from(value.as_str()));
                }
            }
            // Dates and CPR numbers only say whether one was given.
            Some(Fact::Date(_) | Fact::Cpr) => {
                args.set(question.id.as_str(), FluentValue::from("given"))
            }
            _ => args.set(question.id.as_str(), FluentValue::from("not-given")),
        }
    }
    args
}

/// `HH:MM`, the machine form of a time.
pub fn hhmm(time: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Why a day is closed, in words: the holiday's name or the closure's note.
pub fn closed_reason(office: &Office, reason: ClosedBecause, t: &Localizer<'_>) -> String {
    match reason {
        ClosedBecause::Holiday(h) => t.text(&format!("holiday-{}", h.id())),
        ClosedBecause::Closure(i) => office
            .opening
            .closures
            .get(i)
            .and_then(|c| c.note.as_ref())
            .map_or_else(|| t.text("ui-closure-default"), |n| t.text(n)),
    }
}

/// The week (Monday to Sunday) that holds `today`, with holidays and
/// closures applied to each day.
pub fn hours_lines(office: &Office, today: Date, t: &Localizer<'_>) -> Vec<HoursLine> {
    if !matches!(office.opening.hours, Hours::Weekly(_)) {
        return Vec::new();
    }
    let offset = i64::from(today.weekday().to_monday_zero_offset());
    let monday = today
        .checked_sub(jiff::Span::new().days(offset))
        .unwrap_or(today);
    let mut out = Vec::new();
    for n in 0..7 {
        let Ok(date) = monday.checked_add(jiff::Span::new().days(n)) else {
            break;
        };
        let regular = office.opening.hours.on(date.weekday());
        let machine = if regular.is_empty() {
            "closed".to_string()
        } else {
            let list: Vec<String> = regular
                .iter()
                .map(|i| format!("{}-{}", hhmm(i.open), hhmm(i.close)))
                .collect();
            list.join(", ")
        };
        let exception =
            !regular.is_empty() && opening::closed_because(&office.opening, date).is_some();
        let check_first = opening::uncertain_on(&office.opening, date);
        let text = match opening::closed_because(&office.opening, date) {
            Some(reason) if exception => t.text_with(
                "ui-hours-closed-because",
                &crate::i18n::args([("reason", closed_reason(office, reason, t))]),
            ),
            _ if regular.is_empty() => t.text("ui-hours-closed"),
            _ => {
                let list: Vec<String> = regular
                    .iter()
                    .map(|i| format!("{}–{}", t.time(i.open), t.time(i.close)))
                    .collect();
                match check_first {
                    Some(day) => t.text_with(
                        "ui-hours-check-first",
                        &crate::i18n::args([
                            ("hours", list.join(", ")),
                            ("day", t.text(&format!("day-{}", day.id()))),
                        ]),
                    ),
                    None => list.join(", "),
                }
            }
        };
        out.push(HoursLine {
            date,
            weekday: date.weekday(),
            day_name: t.weekday(date.weekday()),
            text,
            machine,
            is_today: date == today,
            exception,
            check_first: check_first.map(ClosingDay::id),
        });
    }
    out
}

/// The day many offices close that makes `status` uncertain: today's, or
/// that of the next opening.
pub fn check_first(office: &Office, status: OpenStatus) -> Option<ClosingDay> {
    match status {
        OpenStatus::CheckFirst { day, .. } => Some(day),
        OpenStatus::Closed { next: Some(next) } => {
            opening::uncertain_on(&office.opening, next.date())
        }
        _ => None,
    }
}

/// "Open now until 15:00", "Opens tomorrow at 09:00", … for `now`; on a
/// day many offices close, "check the opening hours before you go".
pub fn status_text(
    office: &Office,
    status: OpenStatus,
    now: jiff::civil::DateTime,
    t: &Localizer<'_>,
) -> Option<String> {
    use crate::i18n::args;
    let day_name = |day: ClosingDay| t.text(&format!("day-{}", day.id()));
    match status {
        OpenStatus::Open { until } => {
            Some(t.text_with("ui-open-now-until", &args([("time", t.time(until))])))
        }
        OpenStatus::CheckFirst { day, .. } => {
            Some(t.text_with("ui-check-first", &args([("day", day_name(day))])))
        }
        OpenStatus::Closed { next: None } => Some(t.text("ui-opens-never")),
        OpenStatus::Closed { next: Some(next) } => {
            let time = t.time(next.time());
            let days = (next.date() - now.date()).get_days();
            let text = match days {
                0 => t.text_with("ui-opens-today", &args([("time", time)])),
                1 => t.text_with("ui-opens-tomorrow", &args([("time", time)])),
                2..=6 => t.text_with(
                    "ui-opens-weekday",
                    &args([
                        ("weekday", t.weekday(next.date().weekday())),
                        ("time", time),
                    ]),
                ),
                _ => t.text_with(
                    "ui-opens-date",
                    &args([("date", t.date_long(next.date())), ("time", time)]),
                ),
            };
            Some(match opening::uncertain_on(&office.opening, next.date()) {
                Some(day) => format!(
                    "{text} {}",
                    t.text_with("ui-opens-check", &args([("day", day_name(day))]))
                ),
                None => text,
            })
        }
        OpenStatus::ByAppointment | OpenStatus::NotKnown => None,
    }
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

/// Builds the view of `guidance` in the localizer's language. `now`
/// (Danish local time) adds "open now" and the next opening to each office.
pub fn build_view(
    interview: &Interview<'_>,
    guidance: &Guidance,
    t: &Localizer<'_>,
    now: Option<jiff::civil::DateTime>,
) -> View {
    let content = interview.content();
    let args = content_args(content, &guidance.facts);
    let text = |id: &str| t.text_with(id, &args);
    let today = guidance.today;

    let offices = guidance
        .offices
        .iter()
        .map(|item| {
            let office = &content.offices[item.office];
            let status = now.map(|n| opening::status_at(&office.opening, n));
            let (hours_kind, hours_note) = match office.opening.hours {
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
                email: office.email.clone(),
                phone: office.phone.clone(),
                appointment: office.appointment,
                hours: hours_lines(office, today, t),
                hours_kind,
                hours_note,
                open_now: status.and_then(|s| match s {
                    OpenStatus::Open { .. } => Some(true),
                    OpenStatus::Closed { .. } => Some(false),
                    _ => None,
                }),
                check_first: status
                    .and_then(|s| check_first(office, s))
                    .map(ClosingDay::id),
                next_opening: status.and_then(|s| match s {
                    OpenStatus::Closed { next } => next,
                    _ => None,
                }),
                status_text: now
                    .zip(status)
                    .and_then(|(n, s)| status_text(office, s, n, t)),
                notes: item.notes.iter().map(|n| text(n)).collect(),
            }
        })
        .collect();

    let deadlines: Vec<DeadlineView> = guidance
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
                    // A deadline may say more than "hurry" once passed (an expired permit).
                    let own = format!("deadline-{}-passed", deadline.id);
                    Some(
                        t.try_text_with(&own, &args)
                            .unwrap_or_else(|| t.text("ui-deadline-passed")),
                    )
                }
                (crate::content::DeadlineKind::By, Some(DeadlineStatus::Today)) => {
                    Some(t.text("ui-deadline-today"))
                }
                (_, None) if item.awaits_date => Some(t.text("ui-deadline-needs-date")),
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

    // Soonest first; rules without a date keep their order after them.
    let mut deadlines: Vec<DeadlineView> = deadlines;
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
        warnings,
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
            // "to attach" for an application sent online, else "to bring".
            documents: t.text_with(
                "ui-heading-documents",
                &crate::i18n::args([("outcome", outcome.id.clone())]),
            ),
            steps: t.text("ui-heading-steps"),
            sources: t.text("ui-heading-sources"),
            answers: t.text("ui-heading-answers"),
            appointment: t.text("ui-office-appointment"),
            hours: t.text("ui-office-hours"),
            today: t.text("ui-today-marker"),
        },
    }
}
