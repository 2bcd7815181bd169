//! The names of the Fluent messages content and code need: one place, so
//! that lint (which checks every message exists in every language), the
//! views and the front ends always agree on them. A leaf: plain strings.

/// `q-<id>`: a question.
pub fn question(id: &str) -> String {
    format!("q-{id}")
}

/// `q-<id>-hint`: the hint under a question (optional).
pub fn question_hint(id: &str) -> String {
    format!("q-{id}-hint")
}

/// An option's label: `opt-<question>-<value>`, or `municipality-<value>`
/// for a question whose options are the municipalities.
pub fn option(question: &str, value: &str, from_municipalities: bool) -> String {
    if from_municipalities {
        municipality(value)
    } else {
        format!("opt-{question}-{value}")
    }
}

/// `municipality-<id>`: a municipality's name.
pub fn municipality(id: &str) -> String {
    format!("municipality-{id}")
}

/// `outcome-<id>`: the outcome in one sentence.
pub fn outcome(id: &str) -> String {
    format!("outcome-{id}")
}

/// `office-<id>`: an office's name.
pub fn office(id: &str) -> String {
    format!("office-{id}")
}

/// `office-<id>-about`: what an office does.
pub fn office_about(id: &str) -> String {
    format!("office-{id}-about")
}

/// `role-<role>`: the part an office plays.
pub fn role(role: &str) -> String {
    format!("role-{role}")
}

/// `doc-<id>`: a document of the checklist.
pub fn document(id: &str) -> String {
    format!("doc-{id}")
}

/// `docstep-<id>`: the heading of a document step ("For the EU
/// registration certificate, at { $office }").
pub fn document_step(id: &str) -> String {
    format!("docstep-{id}")
}

/// `deadline-<id>`: a deadline's title.
pub fn deadline(id: &str) -> String {
    format!("deadline-{id}")
}

/// `deadline-<id>-rule`: the rule behind a deadline.
pub fn deadline_rule(id: &str) -> String {
    format!("deadline-{id}-rule")
}

/// `deadline-<id>-passed`: what to do once a deadline has passed (optional).
pub fn deadline_passed(id: &str) -> String {
    format!("deadline-{id}-passed")
}

/// `ui-deadline-<kind>`: "by …", "not before …".
pub fn deadline_kind(kind: &str) -> String {
    format!("ui-deadline-{kind}")
}

/// `step-<id>`: a step.
pub fn step(id: &str) -> String {
    format!("step-{id}")
}

/// `source-<id>`: a source's title.
pub fn source(id: &str) -> String {
    format!("source-{id}")
}

/// `holiday-<id>`: a public holiday's name.
pub fn holiday(id: &str) -> String {
    format!("holiday-{id}")
}

/// `day-<id>`: a day many offices close (Christmas Eve, …).
pub fn closing_day(id: &str) -> String {
    format!("day-{id}")
}

/// `lang-name-<code>`: a language's own name.
pub fn language(code: &str) -> String {
    format!("lang-name-{code}")
}

/// `month-<n>`: a month's name.
pub fn month(month: i8) -> String {
    format!("month-{month}")
}

/// `content-<kind>`: a problem found in content.
pub fn problem(kind: &str) -> String {
    format!("content-{kind}")
}

/// `err-answer-<kind>`: why an answer was refused.
pub fn answer_error(kind: &str) -> String {
    format!("err-answer-{kind}")
}

/// `err-export-<kind>`: why a file could not be written.
pub fn export_error(kind: &str) -> String {
    format!("err-export-{kind}")
}
