//! What a person takes away: the files `save` and `guide --export` write
//! (and what a kiosk prints). Duties without a date stand apart as on the
//! screen.

use crate::cli::SITUATIONS;
use crate::common::{guide_with as guide, stderr};
use serde_json::Value;

/// The Nordic citizen to Copenhagen of the command-line tests, arriving
/// on 1 December 2026.
fn nordic() -> &'static [&'static str] {
    SITUATIONS[0].1
}

/// The result exported to a file named `name` in a fresh folder, read back.
fn exported(lang: &str, answers: &[&str], extra: &[&str], name: &str) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join(name);
    let mut args = vec!["--export", file.to_str().expect("path")];
    args.extend(extra);
    let o = guide(lang, answers, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::read_to_string(&file).expect("written")
}

/// The `## ` section of `md` that holds `text`.
fn section_of<'m>(md: &'m str, text: &str) -> Option<&'m str> {
    let at = md.find(text)?;
    let start = md[..at].rfind("\n## ")?;
    let heading = &md[start + 4..];
    heading.lines().next()
}

#[test]
fn the_markdown_files_a_duty_without_a_date_under_also_remember() {
    for lang in ["da", "en", "nb"] {
        let json = guide(lang, nordic(), &["--format", "json"]);
        let view: Value = serde_json::from_slice(&json.stdout).expect("json");
        let later: Vec<&str> = view["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .filter(|d| d["date"].is_null() && d["status"].is_null())
            .filter_map(|d| d["title"].as_str())
            .collect();
        let dated: Vec<&str> = view["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .filter(|d| !d["date"].is_null())
            .filter_map(|d| d["title"].as_str())
            .collect();
        // The Nordic citizen's "before you leave" has no date.
        assert!(!later.is_empty() && !dated.is_empty(), "{lang}: {view}");
        let md = exported(lang, nordic(), &[], "result.md");
        let catalog = crate::common::catalog();
        let t = catalog.lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
        let also = t.text("ui-heading-later");
        let deadlines = t.text("ui-heading-deadlines");
        for title in later {
            assert_eq!(section_of(&md, title), Some(also.as_str()), "{lang}\n{md}");
        }
        for title in dated {
            assert_eq!(
                section_of(&md, title),
                Some(deadlines.as_str()),
                "{lang}\n{md}"
            );
        }
    }
}

/// What holds only at the moment a result is made, in `lang`'s words, as
/// the messages say it: "Open now until", "Closed now. Opens tomorrow
/// at", "(today)", "That is today.", "You can do this now.", "Today is".
fn stale_phrases(lang: &str) -> Vec<String> {
    let catalog = crate::common::catalog();
    let t = catalog.lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
    let mark = "\u{1}";
    let fluent = cpr_guide::i18n::args(
        ["time", "weekday", "date", "day", "id"].map(|name| (name, mark.to_string())),
    );
    let mut out: Vec<String> = [
        "ui-open-now-until",
        "ui-opens-today",
        "ui-opens-tomorrow",
        "ui-opens-weekday",
        "ui-opens-date",
        "ui-opens-never",
        "ui-deadline-today",
        "ui-deadline-open",
        "ui-check-first",
        "ui-opens-check",
        "ui-today",
    ]
    .iter()
    .map(|id| {
        let text = t.text_with(id, &fluent);
        text.split(mark)
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    })
    .collect();
    out.push(format!("({})", t.text("ui-today-marker")));
    assert!(out.iter().all(|p| p.len() > 3), "{out:?}");
    out
}

/// `guide` for `answers` at `now` (Danish time), with `extra` arguments.
fn guide_at(lang: &str, answers: &[&str], now: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["guide", "--lang", lang, "--now", now];
    for a in answers {
        args.extend(["--answer", a]);
    }
    args.extend(extra);
    crate::common::run(&args)
}

/// The result at `now` exported to `name`, read back.
fn exported_at(lang: &str, answers: &[&str], now: &str, name: &str) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join(name);
    let o = guide_at(
        lang,
        answers,
        now,
        &["--export", file.to_str().expect("path")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::read_to_string(&file).expect("written")
}

/// Each office's regular weekly hours as the files write them, from the
/// JSON contract's machine form: ("Monday", "09:00–15:00"), …
fn weekly_hours(lang: &str, json: &Value) -> Vec<(String, String)> {
    let catalog = crate::common::catalog();
    let t = catalog.lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
    let mut out = Vec::new();
    for office in json["offices"].as_array().expect("offices") {
        if office["this_week"].as_array().is_none_or(Vec::is_empty) {
            continue;
        }
        for (key, hours) in office["hours"].as_object().expect("weekly") {
            let hours = hours.as_str().expect("hours");
            let text = if hours == "closed" {
                t.text("ui-hours-closed")
            } else {
                hours
                    .split(", ")
                    .map(|span| {
                        let (open, close) = span.split_once('-').expect("a span");
                        let time = |s: &str| t.time(s.parse().expect("a time"));
                        format!("{}–{}", time(open), time(close))
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push((t.text(&format!("weekday-{key}")), text));
        }
    }
    assert!(!out.is_empty(), "weekly hours in {json}");
    out
}

#[test]
fn files_say_the_weekly_hours_and_when_they_were_made_never_now() {
    let made = [
        ("da", "Lavet den 24. december 2026 kl. 10.00."),
        ("en", "Made on 24 December 2026 at 10:00."),
        ("nb", "Laget 24. desember 2026 kl. 10.00."),
    ];
    for (lang, made_on) in made {
        let stale = stale_phrases(lang);
        // Sunday (closed now, opens tomorrow), Monday (open now), and
        // Christmas Eve: this week's hours differ from the weekly ones.
        for now in ["2026-11-22T10:00", "2026-11-23T10:00", "2026-12-24T10:00"] {
            let live = crate::common::stdout(&guide_at(lang, nordic(), now, &[]));
            assert!(
                stale.iter().any(|p| live.contains(p.as_str())),
                "{lang} {now}: the screen says 'now'\n{live}"
            );
            let json = guide_at(lang, nordic(), now, &["--format", "json"]);
            let json: Value = serde_json::from_slice(&json.stdout).expect("json");
            let weekly = weekly_hours(lang, &json);
            let md = exported_at(lang, nordic(), now, "result.md");
            let txt = exported_at(lang, nordic(), now, "result.txt");
            for (name, text) in [("md", &md), ("txt", &txt)] {
                for phrase in &stale {
                    assert!(
                        !text.contains(phrase.as_str()),
                        "{lang} {now} {name}: {phrase:?}\n{text}"
                    );
                }
                // The date and time it was made, on the last line.
                let (date, time) = now.split_once('T').expect("now");
                let date: jiff::civil::Date = date.parse().expect("date");
                let time: jiff::civil::Time = time.parse().expect("time");
                let catalog = crate::common::catalog();
                let t = catalog.lang(cpr_guide::i18n::Lang::from_name(lang).expect("lang"));
                let says = t.text_with(
                    "take-away-made-at",
                    &cpr_guide::i18n::args([("date", t.date_medium(date)), ("time", t.time(time))]),
                );
                assert_eq!(
                    text.trim_end().lines().last(),
                    Some(says.as_str()),
                    "{text}"
                );
                if now.starts_with("2026-12-24") {
                    assert_eq!(says, made_on);
                }
            }
            for (day, hours) in &weekly {
                assert!(
                    txt.contains(&format!("    {day} {hours}\n")),
                    "{lang} {now}: {day} {hours}\n{txt}"
                );
                assert!(
                    md.contains(&format!("- {day}: {hours}\n")),
                    "{lang} {now}: {day} {hours}\n{md}"
                );
            }
        }
    }
}

#[test]
fn a_file_made_without_a_time_says_the_day_it_was_made() {
    let txt = exported("en", nordic(), &[], "result.txt");
    assert_eq!(
        txt.trim_end().lines().last(),
        Some("Made on 22 November 2026."),
        "{txt}"
    );
}

#[test]
fn a_calendar_never_says_now_or_today() {
    // Tax only, on the first day the application may be sent (Sunday 31
    // January 2027): on screen "You can do this now."; not in a calendar.
    let tax = SITUATIONS[3].1;
    let now = "2027-01-31T10:00";
    for lang in ["da", "en", "nb"] {
        let live = crate::common::stdout(&guide_at(lang, tax, now, &[]));
        let stale = stale_phrases(lang);
        assert!(
            stale.iter().any(|p| live.contains(p.as_str())),
            "{lang}: the screen says 'now'\n{live}"
        );
        let ics = exported_at(lang, tax, now, "result.ics").replace("\r\n ", "");
        let ics = ics.replace("\\,", ",").replace("\\n", "\n");
        assert!(ics.contains("BEGIN:VEVENT"), "{ics}");
        for phrase in &stale {
            assert!(!ics.contains(phrase.as_str()), "{lang}: {phrase:?}\n{ics}");
        }
    }
}

#[test]
fn a_printout_says_the_weekly_hours_and_when_it_was_made() {
    use cpr_guide::engine::{parse_answer, Position, Session};
    use cpr_guide::output::{build_view, render_printout, render_text, ViewOptions};
    let content = crate::common::content();
    let now = cpr_guide::calendar::parse_now("2026-11-23T10:00").expect("now");
    let mut session = Session::new(content, now.date());
    while let Position::Question(q) = session.position() {
        let id = &content.questions[q].id;
        let value = nordic()
            .iter()
            .find_map(|a| a.strip_prefix(&format!("{id}=")))
            .unwrap_or("");
        let answer = parse_answer(content, q, value, now.date()).expect("an answer");
        session.answer(answer);
    }
    let guidance = session.guidance().expect("a result");
    for lang in cpr_guide::i18n::Lang::ALL {
        let t = crate::common::catalog().lang(lang);
        let options = ViewOptions {
            now: Some(now),
            site: None,
        };
        let view = build_view(&session.interview(), &guidance, &t, options);
        let stale = stale_phrases(lang.code());
        let live = render_text(&view);
        assert!(stale.iter().any(|p| live.contains(p.as_str())), "{live}");
        let printed = render_printout(&view);
        for phrase in &stale {
            assert!(!printed.contains(phrase.as_str()), "{phrase:?}\n{printed}");
        }
        assert!(printed.trim_end().ends_with(&view.made_text), "{printed}");
        let office = view
            .offices
            .iter()
            .find(|o| !o.week.is_empty())
            .expect("hours");
        for day in &office.week {
            assert!(
                printed.contains(&format!("    {} {}\n", day.day_name, day.regular)),
                "{printed}"
            );
        }
    }
}
