//! `cpr-guide guide --answer ID=VALUE …`: the full guidance, non-interactively.
//! Optional questions left out count as skipped; a missing required answer
//! is a usage error naming the question and its valid values.

use super::{print, warn, Context, Failure};
use crate::cli::args::GuideArgs;
use crate::content::{Question, QuestionKind};
use crate::engine::{parse_answer, Answer, Answers, Interview, Next};
use crate::i18n::{args, FluentArgs, Localizer};
use crate::output::{answer_reason, build_view, Format};

fn missing(question: &Question, t: &Localizer<'_>, fluent: &FluentArgs) -> Failure {
    let text = t.text_with(&format!("q-{}", question.id), fluent);
    let mut lines = vec![t.text_with(
        "err-missing-answer",
        &args([("id", question.id.clone()), ("question", text)]),
    )];
    lines.push(match &question.kind {
        QuestionKind::Choice { options } => {
            t.text_with("err-missing-values", &args([("list", options.join(", "))]))
        }
        _ => t.text("err-missing-date"),
    });
    lines.push(t.text_with("err-missing-add", &args([("id", question.id.clone())])));
    Failure::Usage(lines.join("\n"))
}

pub fn run(context: &Context, a: GuideArgs) -> Result<(), Failure> {
    let t = context.t();
    let format = Format::from_name(&a.format).ok_or_else(|| {
        Failure::Usage(t.text_with("err-bad-format", &args([("value", a.format.clone())])))
    })?;
    let (today, now) = super::today_and_now(a.today.as_deref(), a.now.as_deref(), &t)?;
    let content = crate::content::load_sources(&context.files.yaml).map_err(Failure::Content)?;
    let interview = Interview::new(&content, today);

    let mut answers = Answers::new();
    let mut given = Vec::new();
    for raw in &a.answers {
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
        let Some((index, question)) = content.question(id) else {
            let list: Vec<&str> = content.questions.iter().map(|q| q.id.as_str()).collect();
            return Err(Failure::Usage(t.text_with(
                "err-unknown-question",
                &args([("id", id.to_string()), ("list", list.join(", "))]),
            )));
        };
        if given.contains(&index) {
            return Err(Failure::Usage(
                t.text_with("err-answer-twice", &args([("id", id.to_string())])),
            ));
        }
        let answer = parse_answer(question, value, today).map_err(|e| {
            let reason = answer_reason(&e, question, today, &t);
            Failure::Usage(t.text_with(
                "err-answer-for",
                &args([("id", id.to_string()), ("reason", reason)]),
            ))
        })?;
        answers.set(index, answer);
        given.push(index);
    }

    // Optional questions not answered on the command line count as skipped.
    let walk = loop {
        let walk = interview.walk(&answers);
        match walk.next {
            Next::Ask(q) if content.questions[q].optional => answers.set(q, Answer::Skipped),
            Next::Ask(q) => {
                let fluent = crate::output::content_args(&content, &walk.facts);
                return Err(missing(&content.questions[q], &t, &fluent));
            }
            Next::Done(_) => break walk,
            Next::NoOutcome => return Err(Failure::Usage(t.text("err-no-outcome"))),
        }
    };
    for q in given {
        let id = content.questions[q].id.clone();
        if walk.derived.contains(&q) {
            warn(&t, &t.text_with("warn-derived", &args([("id", id)])));
        } else if !walk.asked.contains(&q) {
            warn(&t, &t.text_with("warn-not-asked", &args([("id", id)])));
        }
    }
    let guidance = interview
        .guidance_of(&walk)
        .ok_or_else(|| Failure::Usage(t.text("err-no-outcome")))?;
    let view = build_view(&interview, &guidance, &t, now);
    print(&format.render(&view));
    if let Some(path) = &a.export {
        crate::output::export(&view, path).map_err(|e| {
            Failure::Usage(t.text_with(
                &format!("err-export-{}", e.kind()),
                &args([("path", path.display().to_string()), ("detail", e.detail())]),
            ))
        })?;
    }
    answers.clear();
    Ok(())
}
