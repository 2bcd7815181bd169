//! `cpr-guide guide --answer ID=VALUE …`: the full guidance, non-interactively.
//! The answers drive the same interview session as the other front ends:
//! each question it asks is answered from the command line. Optional
//! questions left out count as skipped; a missing required answer is a usage
//! error naming the question and its valid values.

use super::args::GuideArgs;
use super::{print, warn, Context, Failure};
use crate::content::QuestionId;
use crate::engine::{parse_answer, Answer, Position, Session};
use crate::i18n::{args, Localizer};
use crate::output::{
    answer_reason, build_view, session_question, InputView, QuestionView, ViewOptions,
};
use std::collections::BTreeMap;

/// "One more answer is needed", from the question the session asks.
fn missing(question: &QuestionView, t: &Localizer<'_>) -> Failure {
    let mut lines = vec![t.text_with(
        "err-missing-answer",
        &args([
            ("id", question.id.clone()),
            ("question", question.text.clone()),
        ]),
    )];
    let values = question.values();
    lines.push(match &question.input {
        InputView::Place { .. } => t.text("err-missing-place"),
        _ if values.is_empty() => t.text("err-missing-date"),
        _ => t.text_with("err-missing-values", &args([("list", values.join(", "))])),
    });
    lines.push(t.text_with("err-missing-add", &args([("id", question.id.clone())])));
    Failure::Usage(lines.join("\n"))
}

/// The answers given on the command line, checked, by question.
fn given_answers(
    session: &Session<'_>,
    raw: &[String],
    t: &Localizer<'_>,
) -> Result<BTreeMap<QuestionId, Answer>, Failure> {
    let content = session.content();
    let mut given = BTreeMap::new();
    for raw in raw {
        let Some((id, value)) = raw.split_once('=') else {
            // Never echo what could be a CPR number typed without its ID.
            let shown = if raw.chars().any(|c| c.is_ascii_digit()) {
                "…"
            } else {
                raw.as_str()
            };
            return Err(Failure::Usage(t.text_with(
                "err-answer-format",
                &args([("arg", shown.to_string())]),
            )));
        };
        let id = id.trim();
        let Some((q, _)) = content.question(id) else {
            let list: Vec<&str> = content.questions.iter().map(|q| q.id.as_str()).collect();
            return Err(Failure::Usage(t.text_with(
                "err-unknown-question",
                &args([("id", id.to_string()), ("list", list.join(", "))]),
            )));
        };
        if given.contains_key(&q) {
            return Err(Failure::Usage(
                t.text_with("err-answer-twice", &args([("id", id.to_string())])),
            ));
        }
        let answer = parse_answer(content, q, value, session.today()).map_err(|e| {
            let mut reason = answer_reason(&e, content, q, session.today(), t);
            // On the command line, say which values a municipality takes.
            let unknown = matches!(e, crate::engine::AnswerError::UnknownOption { .. });
            if unknown && content.questions[q].options_from_municipalities {
                reason = format!("{reason}\n{}", t.text("err-missing-place"));
            }
            Failure::Usage(t.text_with(
                "err-answer-for",
                &args([("id", id.to_string()), ("reason", reason)]),
            ))
        })?;
        given.insert(q, answer);
    }
    Ok(given)
}

pub fn run(context: &Context, a: &GuideArgs) -> Result<(), Failure> {
    let t = context.t();
    let content = context.load_content()?;
    let mut session = Session::new(&content, context.today());
    let mut given = given_answers(&session, &a.answers, &t)?;
    // Walk the interview, answering each question it asks.
    while let Position::Question(q) = session.position() {
        match given.remove(&q) {
            Some(answer) => session.answer(answer),
            None if content.questions[q].optional => session.answer(Answer::Skipped),
            None => {
                let view = session_question(&session, &t);
                return Err(view.map_or_else(
                    || Failure::Usage(t.text("err-no-outcome")),
                    |v| missing(&v, &t),
                ));
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
        crate::output::export(&view, path, a.replace).map_err(|e| {
            let text = t.text_with(
                &crate::keys::export_error(e.kind()),
                &args([("path", path.display().to_string()), ("detail", e.detail())]),
            );
            match e {
                crate::output::ExportError::Write(_) => Failure::Io(text),
                _ => Failure::Usage(text),
            }
        })?;
    }
    print(&a.format.render(&view), &t)?;
    Ok(())
}
