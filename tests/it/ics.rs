//! The calendar file: `guide --export FILE.ics` writes each dated
//! deadline still ahead as an all-day event, with where to go and what to
//! bring, read back here with an iCalendar parser and checked against the
//! same result's JSON. Never a CPR number; the same answers give the same
//! file.

use crate::common::{guide_with as guide, run, stderr, TODAY_ARG as TODAY};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike};
use serde_json::Value;

/// A Nordic citizen moving to Copenhagen, arriving 1 December 2026, with
/// a CPR number given too (it must never reach the file).
fn nordic() -> Vec<&'static str> {
    let mut answers = crate::cli::SITUATIONS[0].1.to_vec();
    answers.push("cpr=070761-4285");
    answers
}

/// Tax only: a citizen of another country, the job starting 1 April 2027.
fn tax() -> Vec<&'static str> {
    crate::cli::SITUATIONS[3].1.to_vec()
}

#[test]
fn the_calendar_file_holds_each_dated_deadline_ahead() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, answers) in [("en", nordic()), ("da", tax()), ("nb", nordic())] {
        let file = dir.path().join(format!("{lang}.ics"));
        let o = guide(lang, &answers, &["--export", file.to_str().expect("path")]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = std::fs::read_to_string(&file).expect("written");
        assert!(!text.contains("4285") && !text.contains("070761"), "{text}");

        let json = guide(lang, &answers, &["--format", "json"]);
        let view: Value = serde_json::from_slice(&json.stdout).expect("json");
        let mut wanted: Vec<(String, String)> = view["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .filter_map(|d| {
                let date = d["date"].as_str()?;
                (date >= TODAY).then(|| {
                    (
                        d["title"].as_str().unwrap_or("").to_string(),
                        date.replace('-', ""),
                    )
                })
            })
            .collect();
        assert!(!wanted.is_empty(), "{lang}: a dated deadline");

        let calendar: Calendar = text.parse().expect("valid iCalendar");
        let mut events: Vec<(String, String)> = Vec::new();
        for component in &calendar.components {
            let CalendarComponent::Event(event) = component else {
                continue;
            };
            let Some(DatePerhapsTime::Date(start)) = event.get_start() else {
                panic!("{lang}: not an all-day event: {event:?}");
            };
            let Some(DatePerhapsTime::Date(end)) = event.get_end() else {
                panic!("{lang}: no end: {event:?}");
            };
            assert_eq!(end, start.succ_opt().expect("next day"), "one day");
            let summary = event.get_summary().expect("summary").to_string();
            events.push((summary.clone(), start.format("%Y%m%d").to_string()));
            // Where to go (the deadline's own office, else the first one
            // visited in person; none for an office reached only online)
            // and what to bring.
            let deadline = view["deadlines"]
                .as_array()
                .expect("deadlines")
                .iter()
                .find(|d| {
                    d["date"].as_str().map(|d| d.replace('-', ""))
                        == Some(start.format("%Y%m%d").to_string())
                        && summary.contains(d["title"].as_str().unwrap_or("?"))
                })
                .expect("the event's deadline");
            let offices = view["offices"].as_array().expect("offices");
            let office = deadline["office"]
                .as_str()
                .and_then(|id| offices.iter().find(|o| o["id"] == id))
                .or_else(|| offices.iter().find(|o| o["in_person"] == true));
            match office {
                Some(office) => {
                    let place = office["address"][0]
                        .as_str()
                        .or(office["name"].as_str())
                        .expect("a place");
                    assert!(event.get_location().expect("location").contains(place));
                }
                None => assert!(
                    offices.iter().all(|o| o["in_person"] == false)
                        && event.get_location().is_none(),
                    "{lang}: {event:?}"
                ),
            }
            let description = event.get_description().expect("description");
            for doc in view["documents"].as_array().expect("documents") {
                let name = doc["name"].as_str().expect("name");
                assert!(
                    description.contains(name),
                    "{lang}: {name} in {description}"
                );
            }
        }
        // One event per dated deadline, titled after it.
        wanted.sort_by(|a, b| a.1.cmp(&b.1));
        events.sort_by(|a, b| a.1.cmp(&b.1));
        assert_eq!(events.len(), wanted.len(), "{lang}: {events:?} {wanted:?}");
        for ((summary, date), (title, want)) in events.iter().zip(&wanted) {
            assert_eq!(date, want);
            assert!(summary.contains(title.as_str()), "{summary} / {title}");
        }
        // The same answers, the same file (stable IDs and stamps).
        let again = dir.path().join(format!("{lang}-again.ics"));
        guide(lang, &answers, &["--export", again.to_str().expect("path")]);
        assert_eq!(std::fs::read_to_string(&again).expect("again"), text);
    }
}

#[test]
fn a_result_without_a_date_ahead_is_no_calendar() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("none.ics");
    // Arrived long ago: the deadline to report the move has passed.
    let mut answers = nordic();
    answers.retain(|a| !a.starts_with("arrival="));
    answers.push("arrival=2026-01-05");
    let o = guide("en", &answers, &["--export", file.to_str().expect("path")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no deadline in your result has a date from today on"),
        "{}",
        stderr(&o)
    );
    assert!(!file.exists());
}

/// The moments (date, hour) the alarms of the event with `uid` go off: its
/// all-day start minus each TRIGGER duration (`-P3DT15H`, `-PT87H`, …).
fn alarms(ics: &str, uid: &str) -> Vec<(jiff::civil::Date, i64)> {
    let unfolded = ics.replace("\r\n ", "");
    let event = unfolded
        .split("BEGIN:VEVENT")
        .find(|e| e.contains(&format!("UID:{uid}")))
        .unwrap_or_else(|| panic!("no event {uid} in {ics}"));
    let start: jiff::civil::Date = event
        .lines()
        .find_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
        .and_then(|d| jiff::civil::Date::strptime("%Y%m%d", d.trim()).ok())
        .expect("all-day start");
    event
        .lines()
        .filter_map(|l| l.strip_prefix("TRIGGER:"))
        .map(|t| {
            let t = t
                .trim()
                .strip_prefix("-P")
                .expect("a trigger before the start");
            let (mut seconds, mut number, mut time) = (0i64, 0i64, false);
            for c in t.chars() {
                let unit = match c {
                    '0'..='9' => {
                        number = number * 10 + i64::from(c as u8 - b'0');
                        continue;
                    }
                    'T' => {
                        time = true;
                        continue;
                    }
                    'W' => 7 * 86_400,
                    'D' => 86_400,
                    'H' => 3_600,
                    'M' if time => 60,
                    'S' => 1,
                    other => panic!("unexpected {other} in {t}"),
                };
                seconds += number * unit;
                number = 0;
            }
            assert_eq!(seconds % 3_600, 0, "a whole hour: {t}");
            let hours = seconds / 3_600;
            // Back from midnight of the start: whole days, then the hour.
            let days = (hours + 23) / 24;
            let date = start
                .checked_sub(jiff::Span::new().days(days))
                .expect("in range");
            (date, days * 24 - hours)
        })
        .collect()
}

#[test]
fn reminders_come_two_working_days_before_in_time_to_book() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("soon.ics");
    // Arriving Thursday 3 December: register by Tuesday 8 December. Two
    // working days before it is Friday 4 December (Monday 7 counts too),
    // at 09:00, so there is time to book.
    let mut answers = nordic();
    answers.retain(|a| !a.starts_with("arrival="));
    answers.push("arrival=2026-12-03");
    let args = [
        "guide",
        "--lang",
        "en",
        "--today",
        "2026-11-30",
        "--export",
        file.to_str().expect("path"),
    ];
    let mut all: Vec<&str> = args.to_vec();
    for a in &answers {
        all.extend(["--answer", a]);
    }
    let o = run(&all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).expect("written");
    assert_eq!(
        alarms(&text, "report-move-20261208@cpr-guide"),
        [(jiff::civil::date(2026, 12, 4), 9)]
    );
    // A deadline months ahead also reminds two weeks before.
    let file = dir.path().join("later.ics");
    let eu = [
        "situation=eu",
        "stay=over-6-months",
        "job-seeker=no",
        "eu-ground=worker",
        "municipality=copenhagen",
        "arrival=2026-12-01",
        "from-nordic=no",
        "over-18=yes",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    let mut all = vec![
        "guide",
        "--lang",
        "da",
        "--today",
        "2026-11-30",
        "--export",
        file.to_str().expect("path"),
    ];
    for a in &eu {
        all.extend(["--answer", a]);
    }
    let o = run(&all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).expect("written");
    // By Monday 1 March 2027: Thursday 25 February (25 and 26 February are
    // the two working days before it) and, two weeks before, 15 February.
    let mut got = alarms(&text, "registration-certificate-20270301@cpr-guide");
    got.sort();
    assert_eq!(
        got,
        [
            (jiff::civil::date(2027, 2, 15), 9),
            (jiff::civil::date(2027, 2, 25), 9)
        ]
    );
}

#[test]
fn an_alarm_has_no_dtstamp_as_rfc_5545_says() {
    let dir = tempfile::tempdir().expect("dir");
    // Reporting the move is a "by" deadline: it has reminders.
    for (lang, answers) in [("en", nordic()), ("da", nordic()), ("nb", nordic())] {
        let file = dir.path().join(format!("{lang}.ics"));
        let o = guide(lang, &answers, &["--export", file.to_str().expect("path")]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = std::fs::read_to_string(&file).expect("written");
        let unfolded = text.replace("\r\n ", "");
        let alarms: Vec<&str> = unfolded
            .split("BEGIN:VALARM")
            .skip(1)
            .map(|rest| rest.split("END:VALARM").next().unwrap_or(rest))
            .collect();
        assert!(!alarms.is_empty(), "{lang}: an alarm\n{text}");
        for alarm in alarms {
            assert!(
                !alarm.lines().any(|l| l.starts_with("DTSTAMP")),
                "{lang}: a DTSTAMP in a VALARM:\n{alarm}"
            );
            // What an alarm must have is still there.
            assert!(alarm.contains("ACTION:DISPLAY") && alarm.contains("TRIGGER"));
        }
        // Each event keeps its own stamp, and the file still parses.
        let events = unfolded.matches("BEGIN:VEVENT").count();
        let stamps = unfolded
            .lines()
            .filter(|l| l.starts_with("DTSTAMP:"))
            .count();
        assert_eq!(stamps, events, "{lang}\n{text}");
        let _: Calendar = text.parse().expect("valid iCalendar");
    }
}
