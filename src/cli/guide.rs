//! `cpr-guide guide --answer ID=VALUE …`: the full guidance, non-interactively.
//! The answers drive the same interview session as the other front ends:
//! each question it asks is answered from the command line. Optional
//! questions left out count as skipped; a missing required answer is a usage
//! error naming the question and its valid values. A date more than a year
//! from today, which the interactive guide asks about, is used as given,
//! with a note on standard error.

use super::args::GuideArgs;
use super::{print, warn, Context, Failure};
use crate::content::QuestionId;
use crate::engine::{is_unlikely_date, parse_answer, Answer, Position, Session};
use crate::i18n::{args, FluentArgs, Localizer};
use crate::output::{
    answer_reason, build_view, question_view, InputView, QuestionView, ViewOptions,
};
use std::collections::BTreeMap;

/// What a question takes, for "… answers are needed": its valid values.
fn valid_values(question: &QuestionView, t: &Localizer<'_>) -> String {
    let values = question.values();
    match &question.input {
        InputView::Place { .. } => t.text("err-missing-place"),
        _ if values.is_empty() => t.text("err-missing-date"),
        _ => t.text_with("err-missing-values", &args([("list", values.join(", "))])),
    }
}

/// Every answer still needed, not only the next: each question with its
/// valid values, then the questions that depend on those answers.
fn missing(
    session: &Session<'_>,
    rest: &BTreeMap<QuestionId, Answer>,
    t: &Localizer<'_>,
) -> Failure {
    let content = session.content();
    // What was given, with every optional question left out as skipped, as
    // the walk below does.
    let mut answers = session.answers().clone();
    for (q, answer) in rest {
        answers.set(*q, answer.clone());
    }
    for (q, question) in content.questions.enumerate() {
        if question.optional && answers.get(q).is_none() {
            answers.set(q, Answer::Skipped);
        }
    }
    let mut gaps = session.interview().missing(&answers);
    if gaps.needed.is_empty() {
        // The walk asks this one (the two agree; never print nothing).
        gaps.needed.extend(session.question());
    }
    let facts = session.walk().facts;
    let views: Vec<QuestionView> = gaps
        .needed
        .iter()
        .map(|&q| question_view(content, &facts, q, None, None, t))
        .collect();
    let mut lines = Vec::new();
    match views.as_slice() {
        [one] => {
            lines.push(t.text_with(
                "err-missing-answer",
                &args([("id", one.id.clone()), ("question", one.text.clone())]),
            ));
            lines.push(valid_values(one, t));
        }
        many => {
            let mut count = FluentArgs::new();
            count.set("count", i64::try_from(many.len()).unwrap_or(i64::MAX));
            lines.push(t.text_with("err-missing-answers", &count));
            for view in many {
                lines.push(format!("- {} ({})", view.id, view.text));
                lines.push(format!("  {}", valid_values(view, t)));
            }
        }
    }
    if !gaps.perhaps.is_empty() {
        let ids: Vec<&str> = gaps
            .perhaps
            .iter()
            .map(|&q| content.questions[q].id.as_str())
            .collect();
        let mut fluent = FluentArgs::new();
        fluent.set("count", i64::try_from(views.len()).unwrap_or(i64::MAX));
        fluent.set("list", ids.join(", "));
        lines.push(t.text_with("err-missing-perhaps", &fluent));
    }
    lines.push(match views.as_slice() {
        [one] => t.text_with("err-missing-add", &args([("id", one.id.clone())])),
        _ => t.text("err-missing-add-each"),
    });
    Failure::Usage(lines.join("\n"))
}

/// The answers given on the command line, checked, by question. Every bad
/// one is named on a line of its own, with what that question takes; what
/// every answer looks like, and the questions there are, are said once.
fn given_answers(
    session: &Session<'_>,
    raw: &[String],
    t: &Localizer<'_>,
) -> Result<BTreeMap<QuestionId, Answer>, Failure> {
    let content = session.content();
    let mut given = BTreeMap::new();
    let mut problems = Vec::new();
    let mut bad_format = false;
    let mut bad_question = false;
    for raw in raw {
        let Some((id, value)) = raw.split_once('=') else {
            // Never echo what could be a CPR number typed without its ID.
            let shown = if raw.chars().any(|c| c.is_ascii_digit()) {
                "…"
            } else {
                raw.as_str()
            };
            problems.push(t.text_with("err-answer-format", &args([("arg", shown.to_string())])));
            bad_format = true;
            continue;
        };
        let id = id.trim();
        let Some((q, _)) = content.question(id) else {
            problems.push(t.text_with("err-unknown-question", &args([("id", id.to_string())])));
            bad_question = true;
            continue;
        };
        if given.contains_key(&q) {
            problems.push(t.text_with("err-answer-twice", &args([("id", id.to_string())])));
            continue;
        }
        match parse_answer(content, q, value, session.today()) {
            Ok(answer) => {
                given.insert(q, answer);
            }
            Err(e) => {
                let question = &content.questions[q];
                // `cpr=no`, `cpr=none`: no number meant; it is left out.
                let no_number = matches!(question.kind, crate::content::QuestionKind::Cpr)
                    && question.optional
                    && !value.chars().any(|c| c.is_ascii_digit());
                let mut reason = if no_number {
                    t.text("err-answer-cpr-leave-out")
                } else {
                    answer_reason(&e, content, q, session.today(), t)
                };
                // On the command line, say which values a municipality takes.
                let unknown = matches!(e, crate::engine::AnswerError::UnknownOption { .. });
                if unknown && question.options_from_municipalities {
                    reason = format!("{reason} {}", t.text("err-missing-place"));
                }
                problems.push(t.text_with(
                    "err-answer-for",
                    &args([("id", id.to_string()), ("reason", reason)]),
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(given);
    }
    if bad_question {
        let list: Vec<&str> = content.questions.iter().map(|q| q.id.as_str()).collect();
        problems.push(t.text_with("err-question-list", &args([("list", list.join(", "))])));
    }
    if bad_format {
        problems.push(t.text("err-answer-format-hint"));
    }
    Err(Failure::Usage(problems.join("\n")))
}

/// Says on standard error that `date`, given for `question`, lies more
/// than a year from today (a slip the interactive guide asks about); it
/// is used as given.
fn far_date_note(
    session: &Session<'_>,
    question: QuestionId,
    date: jiff::civil::Date,
    t: &Localizer<'_>,
) {
    let today = session.today();
    if !is_unlikely_date(session.content(), question, date, today) {
        return;
    }
    let when = if date < today { "past" } else { "future" };
    let fluent = args([
        ("id", session.content().questions[question].id.clone()),
        ("date", t.date_medium(date)),
        ("when", when.to_string()),
    ]);
    warn(t, &t.text_with("warn-far-date", &fluent));
}

pub fn run(context: &Context, a: &GuideArgs) -> Result<(), Failure> {
    let t = context.t();
    let content = context.load_content()?;
    let mut session = Session::new(&content, context.today());
    let mut given = given_answers(&session, &a.answers, &t)?;
    // Walk the interview, answering each question it asks.
    while let Position::Question(q) = session.position() {
        match given.remove(&q) {
            Some(answer) => {
                if let Answer::Date(date) = answer {
                    far_date_note(&session, q, date, &t);
                }
                session.answer(answer);
            }
            None if content.questions[q].optional => session.answer(Answer::Skipped),
            None => {
                return Err(missing(&session, &given, &t));
            }
        }
    }
    // Answers the interview never asked for.
    let derived = session.walk().derived;
    for (q, _) in given {
        let id = content.questions[q].id.clone();
        let note = if derived.contains(&q) {
            "warn-derived"
        } else {
            "warn-not-asked"
        };
        warn(&t, &t.text_with(note, &args([("id", id)])));
    }
    let guidance = session
        .guidance()
        .ok_or_else(|| Failure::Usage(t.text("err-no-outcome")))?;
    let view = build_view(
        &session.interview(),
        &guidance,
        &t,
        ViewOptions {
            now: context.now(),
            site: None,
        },
    );
    // The file first: a refusal (it exists, it is no regular file) comes
    // before anything is printed.
    if let Some(path) = &a.export {
        use crate::flow::{prepare_save, SaveError, SaveOutcome};
        let home = context.settings.home.as_deref();
        let outcome = match prepare_save(Some(&view), &path.to_string_lossy(), home) {
            Ok(request) => request.write(a.replace),
            Err(e) => SaveOutcome::Failed(e),
        };
        match outcome {
            SaveOutcome::Written(_) => {}
            // Only a disk that fails is an I/O error; a name that does not do
            // is the command line's.
            SaveOutcome::Failed(e @ SaveError::Export { kind: "write", .. }) => {
                return Err(Failure::Io(e.text(&t)));
            }
            other => return Err(Failure::Usage(other.text(&t))),
        }
    }
    print(&a.format.render(&view), &t)?;
    Ok(())
}
