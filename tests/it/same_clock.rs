//! `--today` and `--now` mean the same in every front end: the same answers
//! through `guide`, the line mode (a pipe) and the terminal UI (a pty) show
//! the same deadline dates, the same warnings, and the same open-now line —
//! or none when only the day is fixed.

use crate::common::{run_with_input, stdout};
use serde_json::Value;

/// An EU worker moving to Aarhus on 1 December 2026, as `guide` answers.
const ANSWERS: [&str; 11] = [
    "situation=eu",
    "stay=over-6-months",
    "job-seeker=no",
    "eu-ground=worker",
    "municipality=aarhus",
    "arrival=2026-12-01",
    "from-nordic=no",
    "over-18=yes",
    "with-children=no",
    "married=no",
    "documents-in-da-or-en=yes",
];

/// The same answers typed into the line mode (Enter: no CPR number yet).
const LINES: &str = "2\n3\n2\n1\n\n8000\n2026-12-01\n2\n1\n2\n2\n1\n";

/// The same answers in the terminal UI: the keys, and what each brings up.
const KEYS: [(&str, &str); 16] = [
    ("2", "Which describes you best?"),
    ("2", "How long will you stay"),
    ("3", "look for work"),
    ("2", "On what ground will you live in Denmark?"),
    ("1", "Do you already have a Danish CPR number?"),
    ("\r", "Which municipality"),
    ("8000", "8000 Aarhus C"),
    ("\r", "On what date do you arrive"),
    ("2026-12-01", "Tuesday 1 December 2026"),
    ("\r", "another Nordic country?"),
    ("2", "18 or older?"),
    ("1", "children under 18"),
    ("2", "Are you married?"),
    ("2", "Danish or English?"),
    ("1", "Show my result"),
    ("\r", "You must register your address"),
];

/// What every front end must show for one clock, read from `guide`'s JSON.
struct Expected {
    /// Each dated deadline's date words and its status ("This date has passed…").
    deadlines: Vec<(String, Option<String>)>,
    warnings: Vec<String>,
    /// The first office's open-now line; none when the time is not known.
    open_now: Option<String>,
}

fn guide(clock: &[&str], format: &str) -> String {
    let mut args = vec!["guide", "--lang", "en", "--format", format];
    args.extend_from_slice(clock);
    for answer in ANSWERS {
        args.extend(["-a", answer]);
    }
    let o = run_with_input(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o)
}

fn expected(clock: &[&str]) -> Expected {
    let json: Value = serde_json::from_str(&guide(clock, "json")).expect("JSON");
    let text = |v: &Value| v.as_str().map(str::to_owned);
    let deadlines = json["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .filter_map(|d| Some((text(&d["when"])?, text(&d["status_text"]))))
        .collect();
    let warnings = json["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(text)
        .collect();
    Expected {
        deadlines,
        warnings,
        open_now: text(&json["offices"][0]["status"]),
    }
}

/// The result as the terminal UI draws it at a kiosk's 200×60.
#[cfg(unix)]
fn tui(clock: &[&str]) -> String {
    let mut args = vec!["--lang", "en"];
    args.extend_from_slice(clock);
    let mut s = crate::common::pty::spawn(&args, 200, 60);
    s.wait_for("Choose your language");
    for (keys, then) in KEYS {
        s.step(keys, then);
    }
    s.wait_for("DEADLINES");
    let shown = s.contents();
    s.terminate();
    shown
}

fn line_mode(clock: &[&str]) -> String {
    let mut args = vec!["--plain", "--lang", "en"];
    args.extend_from_slice(clock);
    let o = run_with_input(&args, LINES);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o)
}

fn check(front_end: &str, shown: &str, expected: &Expected) {
    for (when, status) in &expected.deadlines {
        assert!(
            shown.contains(when.as_str()),
            "{front_end}: no {when:?}:\n{shown}"
        );
        if let Some(status) = status {
            assert!(
                shown.contains(status.as_str()),
                "{front_end}: no {status:?}:\n{shown}"
            );
        }
    }
    for warning in &expected.warnings {
        assert!(
            shown.contains(warning.as_str()),
            "{front_end}: no {warning:?}:\n{shown}"
        );
    }
    match &expected.open_now {
        Some(line) => assert!(
            shown.contains(line.as_str()),
            "{front_end}: no {line:?}:\n{shown}"
        ),
        None => assert!(
            !shown.contains("Open now") && !shown.contains("Closed now"),
            "{front_end}: says open or closed now without a time:\n{shown}"
        ),
    }
}

#[test]
fn today_and_now_mean_the_same_in_guide_the_line_mode_and_the_ui() {
    for clock in [["--today", "2027-03-10"], ["--now", "2027-03-10T11:00"]] {
        let expected = expected(&clock);
        // The case is one that tests the clock: a deadline passed by then
        // (so a warning), and with --now an open office.
        assert!(
            expected
                .deadlines
                .iter()
                .any(|(_, status)| status.is_some()),
            "{clock:?}: no dated deadline with a status"
        );
        assert!(!expected.warnings.is_empty(), "{clock:?}: no warning");
        assert_eq!(
            expected.open_now.is_some(),
            clock[0] == "--now",
            "{clock:?}"
        );

        check("guide", &guide(&clock, "text"), &expected);
        check("line mode", &line_mode(&clock), &expected);
        #[cfg(unix)]
        check("terminal UI", &tui(&clock), &expected);
    }
}
