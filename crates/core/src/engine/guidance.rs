//! Assembles the result: offices with their roles, documents, deadlines with
//! concrete dates, steps and sources, all chosen by content conditions.

use super::{Interview, Walk};
use crate::calendar::{add_days, add_months, working_days_before};
use crate::content::{
    Content, DateRule, DeadlineId, DeadlineKind, DocumentId, Fact, Facts, Municipality, OfficeId,
    OfficeRef, OfficeRole, Offset, OutcomeId, SourceId, StepId, TableIndex,
};
use jiff::civil::Date;

/// An office and the parts it plays for this person, first role first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeItem {
    pub office: OfficeId,
    pub roles: Vec<String>,
    /// Some part is played in person: the office is a place to go (else
    /// only an authority that decides an application sent online).
    pub in_person: bool,
    /// Message IDs of notes on why or how to use this office.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentItem {
    pub document: DocumentId,
    /// The document step it is brought to (index into the content's
    /// `document_steps`).
    pub step: Option<usize>,
    pub notes: Vec<String>,
}

/// A document step of this result: where its documents go, and the
/// documents that office issues itself (so they are not listed to bring).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentStepItem {
    pub step: usize,
    /// The office playing the step's role, if one does in this result.
    pub office: Option<OfficeId>,
    pub issued_here: Vec<DocumentId>,
}

/// Where a deadline's date lies relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineStatus {
    Future,
    Today,
    Past,
}

impl DeadlineStatus {
    pub fn id(self) -> &'static str {
        match self {
            DeadlineStatus::Future => "future",
            DeadlineStatus::Today => "today",
            DeadlineStatus::Past => "past",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineItem {
    pub deadline: DeadlineId,
    pub kind: DeadlineKind,
    /// The concrete date, when the answers make it computable.
    pub date: Option<Date>,
    /// A date rule applies, but the date answer it counts from was not given.
    pub awaits_date: bool,
    pub status: Option<DeadlineStatus>,
    /// The office to reach by the date (its role's office in this result).
    pub office: Option<OfficeId>,
    /// Message IDs of the notes that hold.
    pub notes: Vec<String>,
}

/// What the guide tells a person: IDs and dates, no language yet.
#[derive(Debug, Clone)]
pub struct Guidance {
    pub outcome: OutcomeId,
    pub offices: Vec<OfficeItem>,
    /// The document steps that have documents (or documents issued at
    /// the step's office), in content order.
    pub document_steps: Vec<DocumentStepItem>,
    pub documents: Vec<DocumentItem>,
    pub deadlines: Vec<DeadlineItem>,
    pub steps: Vec<StepId>,
    /// Every source behind the facts shown, in content order.
    pub sources: Vec<SourceId>,
    /// The answers (and derived answers) the result rests on.
    pub facts: Facts,
    pub today: Date,
}

fn add_office(offices: &mut Vec<OfficeItem>, office: OfficeId, role: &OfficeRole) {
    let item = match offices.iter_mut().find(|o| o.office == office) {
        Some(item) => item,
        None => {
            offices.push(OfficeItem {
                office,
                roles: Vec::new(),
                in_person: false,
                notes: Vec::new(),
            });
            let last = offices.len() - 1;
            &mut offices[last]
        }
    };
    item.in_person |= role.in_person;
    let note = role.note.as_ref();
    let role = role.role.as_str();
    if !item.roles.iter().any(|r| r == role) {
        item.roles.push(role.to_string());
    }
    if let Some(note) = note {
        if !item.notes.contains(note) {
            item.notes.push(note.clone());
        }
    }
}

fn compute_date(rule: &DateRule, facts: &Facts) -> Option<Date> {
    let mut base = facts.date(rule.from)?;
    for later in &rule.not_before {
        if let Some(d) = facts.date(*later) {
            base = base.max(d);
        }
    }
    match rule.offset {
        Offset::Days(n) => add_days(base, n),
        Offset::Months(n) => add_months(base, n),
        Offset::WorkingDaysBefore(n) => working_days_before(base, n),
    }
}

/// The municipality answered to the (first) municipality question, if any.
pub fn answered_municipality<'c>(content: &'c Content, facts: &Facts) -> Option<&'c Municipality> {
    let (question, _) = content
        .questions
        .enumerate()
        .find(|(_, q)| q.options_from_municipalities)?;
    chosen_municipality(content, facts, question)
}

/// The municipality chosen in `question`, if any.
fn chosen_municipality<'c>(
    content: &'c Content,
    facts: &Facts,
    question: crate::content::QuestionId,
) -> Option<&'c Municipality> {
    let Some(Fact::Choice(m)) = facts.get(question) else {
        return None;
    };
    content.municipalities.get(TableIndex::from_index(m))
}

/// The office `office` names for the municipality `municipality`: the
/// fixed office, the office that registers this person there (its record's
/// first rule that holds, else its office; with that rule's sources), or
/// its ICS centre. `None` only when the municipality has no ICS centre
/// (content that routes by `ics_of` refuses to load then).
fn office_for<'c>(
    content: &'c Content,
    facts: &Facts,
    office: OfficeRef,
    municipality: Option<&'c Municipality>,
) -> Option<(OfficeId, &'c [SourceId])> {
    match office {
        OfficeRef::Fixed(office) => Some((office, &[])),
        OfficeRef::OfMunicipality(_) => {
            municipality.map(|m| m.register_office(|c| content.holds(c, facts)))
        }
        OfficeRef::IcsOfMunicipality(_) => municipality.and_then(|m| m.ics).map(|o| (o, &[][..])),
    }
}

/// Applies an office role, following `office_of` to the office that
/// registers this person in the municipality, then that municipality's
/// own extra roles (which name fixed offices only, so this goes one level
/// deep) and the rules its page states, and `ics_of` to its ICS centre.
fn apply_role(
    content: &Content,
    facts: &Facts,
    role: &OfficeRole,
    offices: &mut Vec<OfficeItem>,
    sources: &mut Vec<SourceId>,
) {
    if !content.holds(&role.when, facts) {
        return;
    }
    let municipality = match role.office {
        OfficeRef::Fixed(_) => None,
        OfficeRef::OfMunicipality(q) | OfficeRef::IcsOfMunicipality(q) => {
            match chosen_municipality(content, facts, q) {
                Some(m) => Some(m),
                None => return,
            }
        }
    };
    let Some((office, rule_sources)) = office_for(content, facts, role.office, municipality) else {
        return;
    };
    sources.extend(&role.sources);
    sources.extend(rule_sources);
    add_office(offices, office, role);
    let Some(municipality) = municipality else {
        return;
    };
    sources.extend(&municipality.sources);
    if matches!(role.office, OfficeRef::OfMunicipality(_)) {
        // The municipality's guidance rests on its own page, if read.
        sources.extend(municipality.page);
        let notes = holding_notes(content, facts, &municipality.notes, sources);
        if let Some(item) = offices.iter_mut().find(|o| o.office == office) {
            for note in notes {
                if !item.notes.contains(&note) {
                    item.notes.push(note);
                }
            }
        }
        for extra in &municipality.also {
            if content.holds(&extra.when, facts) {
                if let OfficeRef::Fixed(office) = extra.office {
                    sources.extend(&extra.sources);
                    add_office(offices, office, extra);
                }
            }
        }
    }
}

/// The message IDs of the notes that hold, adding their sources.
fn holding_notes(
    content: &Content,
    facts: &Facts,
    notes: &[crate::content::Note],
    sources: &mut Vec<SourceId>,
) -> Vec<String> {
    notes
        .iter()
        .filter(|n| content.holds(&n.when, facts))
        .map(|n| {
            sources.extend(&n.sources);
            n.text.clone()
        })
        .collect()
}

pub(super) fn build(interview: &Interview<'_>, walk: &Walk, outcome: OutcomeId) -> Guidance {
    let content = interview.content;
    let today = interview.today;
    let facts = &walk.facts;
    let mut sources: Vec<SourceId> = content.outcomes[outcome].sources.clone();

    let mut offices = Vec::new();
    for role in &content.office_roles {
        apply_role(content, facts, role, &mut offices, &mut sources);
    }
    // An office's own sources back its address and hours, which are shown
    // only where it is a place to go; its roles' sources back the rest.
    for item in offices.iter().filter(|o| o.in_person) {
        sources.extend(&content.offices[item.office].sources);
    }

    let office_playing = |role: &str| -> Option<OfficeId> {
        offices
            .iter()
            .find(|o| o.roles.iter().any(|r| r == role))
            .map(|o| o.office)
    };
    let mut document_steps: Vec<DocumentStepItem> = content
        .document_steps
        .iter()
        .enumerate()
        .map(|(step, s)| DocumentStepItem {
            step,
            office: office_playing(&s.role),
            issued_here: Vec::new(),
        })
        .collect();
    let mut documents = Vec::new();
    for (index, document) in content.documents.enumerate() {
        if !content.holds(&document.when, facts) {
            continue;
        }
        // Never "bring" a document to the office that issues it.
        if let (Some(step), Some(issuer)) = (document.step, &document.issued_by) {
            let at = document_steps[step].office;
            if at.is_some() && at == office_playing(issuer) {
                document_steps[step].issued_here.push(index);
                continue;
            }
        }
        sources.extend(&document.sources);
        let notes = holding_notes(content, facts, &document.notes, &mut sources);
        documents.push(DocumentItem {
            document: index,
            step: document.step,
            notes,
        });
    }
    document_steps
        .retain(|s| !s.issued_here.is_empty() || documents.iter().any(|d| d.step == Some(s.step)));
    // Documents step by step, in content order within each step.
    documents.sort_by_key(|d| d.step);

    let mut deadlines = Vec::new();
    for (index, deadline) in content.deadlines.enumerate() {
        if !content.holds(&deadline.when, facts) {
            continue;
        }
        sources.extend(&deadline.sources);
        let rule = deadline
            .dates
            .iter()
            .find(|rule| content.holds(&rule.when, facts));
        let date = rule.and_then(|rule| compute_date(rule, facts));
        let status = date.map(|d| match d.cmp(&today) {
            std::cmp::Ordering::Less => DeadlineStatus::Past,
            std::cmp::Ordering::Equal => DeadlineStatus::Today,
            std::cmp::Ordering::Greater => DeadlineStatus::Future,
        });
        let notes = holding_notes(content, facts, &deadline.notes, &mut sources);
        deadlines.push(DeadlineItem {
            deadline: index,
            kind: deadline.kind,
            date,
            awaits_date: rule.is_some() && date.is_none(),
            status,
            office: deadline.office_role.as_deref().and_then(office_playing),
            notes,
        });
    }

    let mut steps = Vec::new();
    for (index, step) in content.steps.enumerate() {
        if content.holds(&step.when, facts) {
            sources.extend(&step.sources);
            steps.push(index);
        }
    }

    sources.sort_unstable();
    sources.dedup();
    Guidance {
        outcome,
        offices,
        document_steps,
        documents,
        deadlines,
        steps,
        sources,
        facts: facts.clone(),
        today,
    }
}
