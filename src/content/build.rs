//! Turns raw YAML files into the checked [`Content`] model, collecting every
//! problem with file and line (validate once, at the edge).

use super::condition::{Condition, Mention, GIVEN, NOT_GIVEN, RESERVED_KEYS};
use super::model::*;
use super::raw::*;
use super::{ContentError, Problem, SourceFile};
use serde_yaml::Value;
use std::collections::HashMap;

/// Where a raw item sits: file index, section name, index in the section.
#[derive(Clone, Copy)]
struct Loc {
    file: usize,
    section: &'static str,
    index: usize,
}

struct Builder<'a> {
    files: &'a [SourceFile],
    /// One line index per file, built once.
    index: Vec<super::locate::LineIndex<'a>>,
    errors: Vec<ContentError>,
    sources: HashMap<&'a str, usize>,
    questions: HashMap<&'a str, usize>,
    question_kinds: Vec<QuestionKind>,
    named: HashMap<&'a str, usize>,
    outcomes: HashMap<&'a str, usize>,
    offices: HashMap<&'a str, usize>,
}

/// Items of one section across all files, with their locations.
fn items<'a, T>(
    parsed: &'a [(usize, RawFile)],
    section: &'static str,
    pick: impl Fn(&'a RawFile) -> &'a Vec<T>,
) -> Vec<(Loc, &'a T)> {
    parsed
        .iter()
        .flat_map(|(file, raw)| {
            pick(raw).iter().enumerate().map(move |(index, item)| {
                (
                    Loc {
                        file: *file,
                        section,
                        index,
                    },
                    item,
                )
            })
        })
        .collect()
}

fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A scalar or a list of scalars, as strings.
fn one_or_many(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::Sequence(seq) => seq.iter().map(value_text).collect(),
        other => value_text(other).map(|s| vec![s]),
    }
}

impl<'a> Builder<'a> {
    fn origin(&self, loc: Loc, token: Option<&str>) -> Origin {
        Origin {
            file: self.files[loc.file].name.clone(),
            line: self.index[loc.file]
                .line_of(loc.section, loc.index, token)
                .unwrap_or(1),
        }
    }

    fn error(&mut self, loc: Loc, token: Option<&str>, problem: Problem) {
        let origin = self.origin(loc, token);
        self.errors.push(ContentError {
            file: origin.file,
            line: Some(origin.line),
            problem,
        });
    }

    /// Registers an ID in `table`, reporting bad and duplicate IDs.
    fn register(
        &mut self,
        table: fn(&mut Self) -> &mut HashMap<&'a str, usize>,
        id: &'a str,
        loc: Loc,
    ) -> usize {
        if !is_valid_id(id) {
            self.error(loc, Some(id), Problem::new("bad-id").arg("id", id));
        }
        let next = table(self).len();
        if table(self).contains_key(id) {
            self.error(
                loc,
                Some(id),
                Problem::new("duplicate-id")
                    .arg("id", id)
                    .arg("section", loc.section),
            );
            return table(self).get(id).copied().unwrap_or(0);
        }
        table(self).insert(id, next);
        next
    }

    fn sources(&mut self, list: &[String], loc: Loc, required: bool) -> Vec<usize> {
        if required && list.is_empty() {
            self.error(loc, None, Problem::new("missing-source"));
        }
        let mut out = Vec::new();
        for id in list {
            match self.sources.get(id.as_str()) {
                Some(i) => out.push(*i),
                None => self.error(loc, Some(id), Problem::new("unknown-source").arg("id", id)),
            }
        }
        out
    }

    fn condition(&mut self, value: Option<&Value>, loc: Loc, allow_outcome: bool) -> Condition {
        let Some(value) = value else {
            return Condition::Always;
        };
        let Value::Mapping(map) = value else {
            if matches!(value, Value::Null) {
                return Condition::Always;
            }
            self.error(loc, None, Problem::new("condition-shape"));
            return Condition::Always;
        };
        let mut parts = Vec::new();
        for (key, inner) in map {
            let key = value_text(key).unwrap_or_default();
            let part = match key.as_str() {
                "all" | "any" => {
                    let Value::Sequence(list) = inner else {
                        self.error(
                            loc,
                            Some(&key),
                            Problem::new("condition-list").arg("key", &key),
                        );
                        continue;
                    };
                    let list = list
                        .iter()
                        .map(|c| self.condition(Some(c), loc, allow_outcome))
                        .collect();
                    if key == "all" {
                        Condition::All(list)
                    } else {
                        Condition::Any(list)
                    }
                }
                "not" => Condition::Not(Box::new(self.condition(Some(inner), loc, allow_outcome))),
                "is" => {
                    let names = one_or_many(inner).unwrap_or_default();
                    let mut list = Vec::new();
                    for name in names {
                        match self.named.get(name.as_str()) {
                            Some(i) => list.push(Condition::Named(*i)),
                            None => self.error(
                                loc,
                                Some(&name),
                                Problem::new("unknown-condition").arg("id", &name),
                            ),
                        }
                    }
                    Condition::All(list)
                }
                "outcome" => {
                    if !allow_outcome {
                        self.error(loc, Some("outcome"), Problem::new("outcome-not-allowed"));
                        continue;
                    }
                    let mut list = Vec::new();
                    for name in one_or_many(inner).unwrap_or_default() {
                        match self.outcomes.get(name.as_str()) {
                            Some(i) => list.push(*i),
                            None => self.error(
                                loc,
                                Some(&name),
                                Problem::new("unknown-outcome").arg("id", &name),
                            ),
                        }
                    }
                    Condition::Outcome(list)
                }
                question_id => match self.question_condition(question_id, inner, loc) {
                    Some(c) => c,
                    None => continue,
                },
            };
            parts.push(part);
        }
        if parts.len() == 1 {
            parts.pop().unwrap_or(Condition::Always)
        } else {
            Condition::All(parts)
        }
    }

    fn question_condition(&mut self, id: &str, value: &Value, loc: Loc) -> Option<Condition> {
        let Some(&question) = self.questions.get(id) else {
            self.error(
                loc,
                Some(id),
                Problem::new("unknown-question").arg("id", id),
            );
            return None;
        };
        let Some(values) = one_or_many(value) else {
            self.error(
                loc,
                Some(id),
                Problem::new("condition-value").arg("question", id),
            );
            return None;
        };
        match self.question_kinds[question].clone() {
            QuestionKind::Choice { options } => {
                let mut indices = Vec::new();
                for v in &values {
                    match options.iter().position(|o| o == v) {
                        Some(i) => indices.push(i),
                        None => self.error(
                            loc,
                            Some(v),
                            Problem::new("unknown-option")
                                .arg("question", id)
                                .arg("value", v)
                                .arg("options", options.join(", ")),
                        ),
                    }
                }
                Some(Condition::OneOf {
                    question,
                    options: indices,
                })
            }
            _ => match values.as_slice() {
                [v] if v == GIVEN || v == NOT_GIVEN => Some(Condition::Given {
                    question,
                    given: v == GIVEN,
                }),
                _ => {
                    self.error(
                        loc,
                        Some(id),
                        Problem::new("given-expected").arg("question", id),
                    );
                    None
                }
            },
        }
    }

    fn date_question(&mut self, id: &str, loc: Loc) -> Option<usize> {
        match self.questions.get(id) {
            Some(&i) if matches!(self.question_kinds[i], QuestionKind::Date { .. }) => Some(i),
            Some(_) => {
                self.error(
                    loc,
                    Some(id),
                    Problem::new("not-a-date-question").arg("id", id),
                );
                None
            }
            None => {
                self.error(
                    loc,
                    Some(id),
                    Problem::new("unknown-question").arg("id", id),
                );
                None
            }
        }
    }

    fn office_role(&mut self, raw: &RawOfficeRole, loc: Loc) -> Option<OfficeRole> {
        let office = match (&raw.office, &raw.office_of) {
            (Some(id), None) => match self.offices.get(id.as_str()) {
                Some(&i) => OfficeRef::Fixed(i),
                None => {
                    self.error(loc, Some(id), Problem::new("unknown-office").arg("id", id));
                    return None;
                }
            },
            (None, Some(q)) => match self.questions.get(q.as_str()) {
                Some(&i) => OfficeRef::OfMunicipality(i),
                None => {
                    self.error(loc, Some(q), Problem::new("unknown-question").arg("id", q));
                    return None;
                }
            },
            _ => {
                self.error(loc, Some("role"), Problem::new("office-or-office-of"));
                return None;
            }
        };
        if !is_valid_id(&raw.role) {
            self.error(
                loc,
                Some(&raw.role),
                Problem::new("bad-id").arg("id", &raw.role),
            );
        }
        Some(OfficeRole {
            office,
            role: raw.role.clone(),
            when: self.condition(raw.when.as_ref(), loc, true),
            note: raw.note.clone(),
            sources: self.sources(&raw.source, loc, false),
            at: self.origin(loc, Some(&raw.role)),
        })
    }
}

/// Parses the YAML `hours` value: `by-appointment`, or a map of weekday to
/// a day's hours (see [`crate::calendar::hours::parse_day`]). Days left out
/// are closed; no `hours` at all means the content does not know them.
fn parse_hours(
    value: Option<&Value>,
) -> Result<crate::calendar::hours::Hours, crate::calendar::hours::HoursProblem> {
    use crate::calendar::hours::{parse_day, Hours, Interval, DAY_KEYS};
    let Some(value) = value else {
        return Ok(Hours::NotKnown);
    };
    let yaml_text = |v: &Value| {
        serde_yaml::to_string(v)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    match value {
        Value::String(s) if s == "by-appointment" => Ok(Hours::ByAppointment),
        Value::Mapping(map) => {
            let mut days: [Vec<Interval>; 7] = Default::default();
            for (key, day_value) in map {
                let key = key.as_str().unwrap_or_default();
                let Some(index) = DAY_KEYS.iter().position(|d| *d == key) else {
                    return Err(("hours-day", key.to_string()));
                };
                let Value::String(text) = day_value else {
                    return Err(("hours-interval", yaml_text(day_value)));
                };
                days[index] = parse_day(text)?;
            }
            Ok(Hours::Weekly(days))
        }
        other => Err(("hours-shape", yaml_text(other))),
    }
}

/// Builds the checked model from parsed files (`(file index, raw)` pairs).
pub fn build(
    files: &[SourceFile],
    parsed: &[(usize, RawFile)],
) -> Result<Content, Vec<ContentError>> {
    let mut b = Builder {
        files,
        index: files
            .iter()
            .map(|f| super::locate::LineIndex::new(&f.text))
            .collect(),
        errors: Vec::new(),
        sources: HashMap::new(),
        questions: HashMap::new(),
        question_kinds: Vec::new(),
        named: HashMap::new(),
        outcomes: HashMap::new(),
        offices: HashMap::new(),
    };
    let raw_sources = items(parsed, "sources", |f| &f.sources);
    let raw_questions = items(parsed, "questions", |f| &f.questions);
    let raw_named = items(parsed, "conditions", |f| &f.conditions);
    let raw_outcomes = items(parsed, "outcomes", |f| &f.outcomes);
    let raw_offices = items(parsed, "offices", |f| &f.offices);
    let raw_municipalities = items(parsed, "municipalities", |f| &f.municipalities);
    let raw_roles = items(parsed, "office_roles", |f| &f.office_roles);
    let raw_documents = items(parsed, "documents", |f| &f.documents);
    let raw_deadlines = items(parsed, "deadlines", |f| &f.deadlines);
    let raw_steps = items(parsed, "steps", |f| &f.steps);

    // Pass 1: every ID, so references can point forwards.
    let mut content = Content::default();
    for (loc, s) in &raw_sources {
        b.register(|b| &mut b.sources, &s.id, *loc);
        let checked = match crate::calendar::parse_date(&s.checked) {
            Ok(d) => d,
            Err(_) => {
                b.error(
                    *loc,
                    Some("checked"),
                    Problem::new("bad-date").arg("value", &s.checked),
                );
                jiff::civil::Date::MIN
            }
        };
        if s.url.is_none() && s.file.is_none() {
            b.error(
                *loc,
                Some(&s.id),
                Problem::new("source-without-location").arg("id", &s.id),
            );
        }
        content.sources.push(Source {
            id: s.id.clone(),
            url: s.url.clone(),
            file: s.file.clone(),
            checked,
            note: s.note.clone(),
            at: b.origin(*loc, None),
        });
    }
    for (loc, o) in &raw_offices {
        b.register(|b| &mut b.offices, &o.id, *loc);
    }
    let mut municipality_ids: HashMap<&str, usize> = HashMap::new();
    for (loc, m) in &raw_municipalities {
        if !is_valid_id(&m.id) {
            b.error(*loc, Some(&m.id), Problem::new("bad-id").arg("id", &m.id));
        }
        if municipality_ids
            .insert(&m.id, municipality_ids.len())
            .is_some()
        {
            b.error(
                *loc,
                Some(&m.id),
                Problem::new("duplicate-id")
                    .arg("id", &m.id)
                    .arg("section", "municipalities"),
            );
        }
    }
    for (loc, q) in &raw_questions {
        if RESERVED_KEYS.contains(&q.id.as_str()) {
            b.error(
                *loc,
                Some(&q.id),
                Problem::new("reserved-id").arg("id", &q.id),
            );
        }
        b.register(|b| &mut b.questions, &q.id, *loc);
        let kind = match q.kind.as_str() {
            "choice" => {
                let options = match &q.options_from {
                    Some(from) if from == "municipalities" => {
                        if !q.options.is_empty() {
                            b.error(
                                *loc,
                                Some("options"),
                                Problem::new("options-and-options-from"),
                            );
                        }
                        raw_municipalities
                            .iter()
                            .map(|(_, m)| m.id.clone())
                            .collect()
                    }
                    Some(from) => {
                        b.error(
                            *loc,
                            Some(from),
                            Problem::new("unknown-options-from").arg("value", from),
                        );
                        Vec::new()
                    }
                    None => q.options.clone(),
                };
                if options.is_empty() {
                    b.error(
                        *loc,
                        Some(&q.id),
                        Problem::new("no-options").arg("id", &q.id),
                    );
                }
                for (i, option) in options.iter().enumerate() {
                    if !is_valid_id(option) || option == GIVEN || option == NOT_GIVEN {
                        b.error(*loc, Some(option), Problem::new("bad-id").arg("id", option));
                    }
                    if options[..i].contains(option) {
                        b.error(
                            *loc,
                            Some(option),
                            Problem::new("duplicate-id")
                                .arg("id", option)
                                .arg("section", "options"),
                        );
                    }
                }
                QuestionKind::Choice { options }
            }
            "date" => QuestionKind::Date {
                not_after_today: q.not_after_today,
            },
            "cpr" => QuestionKind::Cpr,
            other => {
                b.error(
                    *loc,
                    Some("kind"),
                    Problem::new("unknown-kind").arg("value", other),
                );
                QuestionKind::Choice {
                    options: Vec::new(),
                }
            }
        };
        if q.optional && matches!(kind, QuestionKind::Choice { .. }) {
            b.error(
                *loc,
                Some("optional"),
                Problem::new("optional-choice").arg("id", &q.id),
            );
        }
        b.question_kinds.push(kind);
    }
    for (loc, n) in &raw_named {
        b.register(|b| &mut b.named, &n.id, *loc);
    }
    for (loc, o) in &raw_outcomes {
        b.register(|b| &mut b.outcomes, &o.id, *loc);
    }

    // Pass 2: the items themselves.
    for (loc, n) in &raw_named {
        let when = b.condition(Some(&n.when), *loc, true);
        content.named.push(NamedCondition {
            id: n.id.clone(),
            at: b.origin(*loc, None),
        });
        content.named_when.push(when);
    }
    for (i, (loc, q)) in raw_questions.iter().enumerate() {
        let ask_when = b.condition(q.ask_when.as_ref(), *loc, false);
        let derive = q.derive.as_ref().and_then(|d| {
            let from = match b.questions.get(d.from.as_str()) {
                Some(&f) if b.question_kinds[f] == QuestionKind::Cpr && f < i => f,
                _ => {
                    b.error(*loc, Some(&d.from), Problem::new("bad-derive-from").arg("id", &d.from));
                    return None;
                }
            };
            let yes_no = matches!(&b.question_kinds[i], QuestionKind::Choice { options } if options.len() == 2 && options.iter().any(|o| o == "yes") && options.iter().any(|o| o == "no"));
            if d.fact != "adult" || !yes_no {
                b.error(*loc, Some(&d.fact), Problem::new("bad-derive-fact").arg("value", &d.fact));
                return None;
            }
            Some(Derive {
                from,
                fact: DeriveFact::Adult,
            })
        });
        let sources = b.sources(&q.source, *loc, false);
        content.questions.push(Question {
            id: q.id.clone(),
            kind: b.question_kinds[i].clone(),
            optional: q.optional,
            options_from_municipalities: q.options_from.as_deref() == Some("municipalities"),
            ask_when,
            derive,
            sources,
            at: b.origin(*loc, None),
        });
    }
    for (loc, o) in &raw_outcomes {
        let when = b.condition(o.when.as_ref(), *loc, false);
        let sources = b.sources(&o.source, *loc, true);
        content.outcomes.push(Outcome {
            id: o.id.clone(),
            when,
            sources,
            at: b.origin(*loc, None),
        });
    }
    for (loc, o) in &raw_offices {
        let hours = match parse_hours(o.hours.as_ref()) {
            Ok(h) => h,
            Err((kind, text)) => {
                let token = if text.is_empty() {
                    "hours"
                } else {
                    text.as_str()
                };
                b.error(*loc, Some(token), Problem::new(kind).arg("value", &text));
                crate::calendar::hours::Hours::NotKnown
            }
        };
        let closed_on_holidays = match o.public_holidays.as_deref() {
            None | Some("closed") => true,
            Some("open") => false,
            Some(other) => {
                b.error(
                    *loc,
                    Some(other),
                    Problem::new("public-holidays").arg("value", other),
                );
                true
            }
        };
        let mut closures = Vec::new();
        for c in &o.closures {
            let mut date = |text: &String| match crate::calendar::parse_date(text) {
                Ok(d) => Some(d),
                Err(_) => {
                    b.error(
                        *loc,
                        Some(text),
                        Problem::new("bad-date").arg("value", text),
                    );
                    None
                }
            };
            use crate::calendar::hours::ClosureDays;
            let days = match (&c.date, &c.from, &c.to, &c.yearly) {
                (Some(d), None, None, None) => {
                    date(d).map(|d| ClosureDays::Dated { from: d, to: d })
                }
                (None, Some(f), Some(t), None) => match (date(f), date(t)) {
                    (Some(f), Some(t)) if f <= t => Some(ClosureDays::Dated { from: f, to: t }),
                    (Some(_), Some(_)) => {
                        b.error(*loc, Some(t), Problem::new("closure-order").arg("value", t));
                        None
                    }
                    _ => None,
                },
                (None, None, None, Some(y)) => match crate::calendar::hours::parse_month_day(y) {
                    Some((month, day)) => Some(ClosureDays::Yearly { month, day }),
                    None => {
                        b.error(*loc, Some(y), Problem::new("bad-month-day").arg("value", y));
                        None
                    }
                },
                (d, f, t, y) => {
                    // Point at the closure itself when it has any field.
                    let token = d.as_ref().or(f.as_ref()).or(t.as_ref()).or(y.as_ref());
                    let token = token.map_or("closures", String::as_str);
                    b.error(*loc, Some(token), Problem::new("closure-shape"));
                    None
                }
            };
            if let Some(days) = days {
                closures.push(crate::calendar::hours::Closure {
                    days,
                    note: c.note.clone(),
                });
            }
        }
        let mut open_on = Vec::new();
        for id in &o.open_on {
            match crate::calendar::ClosingDay::from_id(id) {
                Some(day) => open_on.push(day),
                None => b.error(
                    *loc,
                    Some(id),
                    Problem::new("unknown-closing-day").arg("value", id),
                ),
            }
        }
        let sources = b.sources(&o.source, *loc, true);
        content.offices.push(Office {
            id: o.id.clone(),
            address: o.address.clone(),
            web: o.web.clone(),
            booking: o.booking.clone(),
            email: o.email.clone(),
            phone: o.phone.clone(),
            appointment: o.appointment,
            opening: crate::calendar::hours::OpeningHours {
                hours,
                closed_on_holidays,
                closures,
                open_on,
            },
            sources,
            at: b.origin(*loc, None),
        });
    }
    for (loc, m) in &raw_municipalities {
        let office = match b.offices.get(m.office.as_str()) {
            Some(&i) => i,
            None => {
                b.error(
                    *loc,
                    Some(&m.office),
                    Problem::new("unknown-office").arg("id", &m.office),
                );
                0
            }
        };
        let also = m
            .also
            .iter()
            .filter_map(|r| b.office_role(r, *loc))
            .collect();
        let sources = b.sources(&m.source, *loc, true);
        content.municipalities.push(Municipality {
            id: m.id.clone(),
            office,
            also,
            sources,
            at: b.origin(*loc, None),
        });
    }
    for (loc, r) in &raw_roles {
        if let Some(role) = b.office_role(r, *loc) {
            if let OfficeRef::OfMunicipality(q) = role.office {
                if !content
                    .questions
                    .get(q)
                    .is_some_and(|q| q.options_from_municipalities)
                {
                    b.error(
                        *loc,
                        r.office_of.as_deref(),
                        Problem::new("office-of-not-municipality"),
                    );
                }
            }
            content.office_roles.push(role);
        }
    }
    let mut document_ids: HashMap<&str, ()> = HashMap::new();
    for (loc, d) in &raw_documents {
        if document_ids.insert(&d.id, ()).is_some() || !is_valid_id(&d.id) {
            b.error(
                *loc,
                Some(&d.id),
                Problem::new("duplicate-id")
                    .arg("id", &d.id)
                    .arg("section", "documents"),
            );
        }
        let when = b.condition(Some(&d.when), *loc, true);
        let notes = d
            .notes
            .iter()
            .map(|n| Note {
                when: b.condition(n.when.as_ref(), *loc, true),
                text: n.text.clone(),
            })
            .collect();
        let sources = b.sources(&d.source, *loc, true);
        content.documents.push(Document {
            id: d.id.clone(),
            when,
            notes,
            sources,
            at: b.origin(*loc, None),
        });
    }
    let mut deadline_ids: HashMap<&str, ()> = HashMap::new();
    for (loc, d) in &raw_deadlines {
        if deadline_ids.insert(&d.id, ()).is_some() || !is_valid_id(&d.id) {
            b.error(
                *loc,
                Some(&d.id),
                Problem::new("duplicate-id")
                    .arg("id", &d.id)
                    .arg("section", "deadlines"),
            );
        }
        let kind = match d.kind.as_str() {
            "by" => DeadlineKind::By,
            "not-before" => DeadlineKind::NotBefore,
            "about" => DeadlineKind::About,
            "on" => DeadlineKind::On,
            other => {
                b.error(
                    *loc,
                    Some("kind"),
                    Problem::new("unknown-deadline-kind").arg("value", other),
                );
                DeadlineKind::By
            }
        };
        let when = b.condition(Some(&d.when), *loc, true);
        let mut dates = Vec::new();
        for rule in &d.dates {
            let rule_when = b.condition(rule.when.as_ref(), *loc, true);
            let from = b.date_question(&rule.from, *loc);
            let not_before: Vec<usize> = rule
                .not_before
                .iter()
                .filter_map(|q| b.date_question(q, *loc))
                .collect();
            let offset = match (rule.days, rule.months, rule.working_days_before) {
                (Some(n), None, None) => Some(Offset::Days(n)),
                (None, Some(n), None) => Some(Offset::Months(n)),
                (None, None, Some(n)) => Some(Offset::WorkingDaysBefore(n)),
                _ => {
                    b.error(*loc, Some(&rule.from), Problem::new("one-offset"));
                    None
                }
            };
            if let (Some(from), Some(offset)) = (from, offset) {
                dates.push(DateRule {
                    when: rule_when,
                    from,
                    not_before,
                    offset,
                });
            }
        }
        let sources = b.sources(&d.source, *loc, true);
        content.deadlines.push(Deadline {
            id: d.id.clone(),
            kind,
            when,
            dates,
            sources,
            at: b.origin(*loc, None),
        });
    }
    let mut step_ids: HashMap<&str, ()> = HashMap::new();
    for (loc, s) in &raw_steps {
        if step_ids.insert(&s.id, ()).is_some() || !is_valid_id(&s.id) {
            b.error(
                *loc,
                Some(&s.id),
                Problem::new("duplicate-id")
                    .arg("id", &s.id)
                    .arg("section", "steps"),
            );
        }
        let when = b.condition(Some(&s.when), *loc, true);
        let sources = b.sources(&s.source, *loc, true);
        content.steps.push(Step {
            id: s.id.clone(),
            when,
            sources,
            at: b.origin(*loc, None),
        });
    }

    check_order(&mut b, &content, &raw_questions, &raw_named, &raw_outcomes);
    if content.questions.is_empty() {
        b.errors.push(ContentError {
            file: files.first().map(|f| f.name.clone()).unwrap_or_default(),
            line: None,
            problem: Problem::new("no-questions"),
        });
    }
    if content.outcomes.is_empty() {
        b.errors.push(ContentError {
            file: files.first().map(|f| f.name.clone()).unwrap_or_default(),
            line: None,
            problem: Problem::new("no-outcomes"),
        });
    }
    if b.errors.is_empty() {
        Ok(content)
    } else {
        Err(b.errors)
    }
}

/// What a named condition reaches, following other named conditions.
#[derive(Clone, Default)]
struct Reach {
    questions: Vec<usize>,
    uses_outcome: bool,
}

/// Named conditions must not refer to themselves; a question may depend
/// only on questions before it; interview conditions may not use `outcome`.
fn check_order(
    b: &mut Builder<'_>,
    content: &Content,
    raw_questions: &[(Loc, &RawQuestion)],
    raw_named: &[(Loc, &RawNamedCondition)],
    raw_outcomes: &[(Loc, &RawOutcome)],
) {
    // 0 = unvisited, 1 = in progress, 2 = done.
    let mut state = vec![0u8; content.named_when.len()];
    let mut reach = vec![Reach::default(); content.named_when.len()];
    fn visit(
        i: usize,
        named: &[Condition],
        state: &mut [u8],
        reach: &mut [Reach],
        cycles: &mut Vec<usize>,
    ) {
        if state[i] == 2 {
            return;
        }
        if state[i] == 1 {
            cycles.push(i);
            return;
        }
        state[i] = 1;
        let mut r = Reach::default();
        let mut inner = Vec::new();
        named[i].visit(&mut |m| match m {
            Mention::Question(q) | Mention::Option(q, _) => r.questions.push(q),
            Mention::Named(n) => inner.push(n),
            Mention::Outcome => r.uses_outcome = true,
        });
        for n in inner {
            visit(n, named, state, reach, cycles);
            r.questions.extend(reach[n].questions.clone());
            r.uses_outcome |= reach[n].uses_outcome;
        }
        reach[i] = r;
        state[i] = 2;
    }
    let mut cycles = Vec::new();
    for i in 0..content.named_when.len() {
        visit(i, &content.named_when, &mut state, &mut reach, &mut cycles);
    }
    for i in cycles {
        if let Some((loc, n)) = raw_named.get(i) {
            b.error(
                *loc,
                Some(&n.id),
                Problem::new("condition-cycle").arg("id", &n.id),
            );
        }
    }
    let reach_of = |c: &Condition| {
        let mut r = Reach::default();
        c.visit(&mut |m| match m {
            Mention::Question(q) | Mention::Option(q, _) => r.questions.push(q),
            Mention::Named(n) => {
                r.questions.extend(reach[n].questions.clone());
                r.uses_outcome |= reach[n].uses_outcome;
            }
            Mention::Outcome => r.uses_outcome = true,
        });
        r
    };
    for (i, q) in content.questions.iter().enumerate() {
        let r = reach_of(&q.ask_when);
        let Some((loc, _)) = raw_questions.get(i) else {
            continue;
        };
        if r.uses_outcome {
            b.error(*loc, Some("ask_when"), Problem::new("outcome-not-allowed"));
        }
        if let Some(&later) = r.questions.iter().find(|&&other| other >= i) {
            b.error(
                *loc,
                Some("ask_when"),
                Problem::new("ask-when-order")
                    .arg("id", &q.id)
                    .arg("other", &content.questions[later].id),
            );
        }
    }
    for (i, o) in content.outcomes.iter().enumerate() {
        if reach_of(&o.when).uses_outcome {
            if let Some((loc, _)) = raw_outcomes.get(i) {
                b.error(*loc, Some("when"), Problem::new("outcome-not-allowed"));
            }
        }
    }
}
