//! `cpr-guide office [ID]`: an office's address, this week's hours, whether
//! it is open now and when it next opens, and closures in the coming weeks,
//! all in Danish time. Without an ID: the list of offices. As text, what
//! content or a translation holds that would act on a terminal is removed
//! ([`crate::text::strip_controls`]).

use super::args::OfficeArgs;
use super::{print, Context, Failure};
use crate::calendar::opening;
use crate::content::{Content, Office};
use crate::i18n::{args, Localizer};
use crate::keys;
use crate::output::{
    closed_reason, day_args, office_text, office_view, to_json, OfficeView, Words,
};
use jiff::civil::{Date, DateTime};
use serde::Serialize;
use std::fmt::Write;

/// How far ahead closures are listed.
const CLOSURE_DAYS: i32 = 28;

/// A day ahead the office is closed, or should be checked first.
#[derive(Serialize)]
struct DayNote {
    date: Date,
    text: String,
}

/// The office as the `office` command shows it: the same view as in a
/// result, with the moment and the days ahead.
#[derive(Serialize)]
struct OfficeReport {
    #[serde(flatten)]
    office: OfficeView,
    #[serde(serialize_with = "moment")]
    now: DateTime,
    closures: Vec<DayNote>,
    check_first_days: Vec<DayNote>,
}

fn moment<S: serde::Serializer>(now: &DateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&now.strftime("%Y-%m-%dT%H:%M").to_string())
}

#[derive(Serialize)]
struct ListItem {
    id: String,
    name: String,
}

fn list(content: &Content, json_out: bool, t: &Localizer<'_>) -> String {
    let items: Vec<ListItem> = content
        .offices
        .iter()
        .map(|o| ListItem {
            id: o.id.clone(),
            name: t.text(&keys::office(&o.id)),
        })
        .collect();
    if json_out {
        return to_json(&items);
    }
    let mut out = format!("{}\n", t.text("ui-office-list"));
    let width = items
        .iter()
        .map(|o| o.id.chars().count())
        .max()
        .unwrap_or(0);
    for o in &items {
        let _ = writeln!(out, "  {:width$}  {}", o.id, o.name);
    }
    crate::text::strip_controls(&out).into_owned()
}

fn report(office: &Office, now: DateTime, t: &Localizer<'_>) -> OfficeReport {
    let closures = opening::closures_ahead(&office.opening, now.date(), CLOSURE_DAYS)
        .into_iter()
        .map(|(date, reason)| DayNote {
            date,
            text: closed_reason(office, reason, t),
        })
        .collect();
    // Days many offices close that the content says nothing about for this one.
    let check_first_days = (0..CLOSURE_DAYS)
        .filter_map(|n| now.date().checked_add(jiff::Span::new().days(n)).ok())
        .filter_map(|date| {
            opening::uncertain_on(&office.opening, date).map(|day| DayNote {
                date,
                text: t.text_with("ui-office-check-day", &day_args(day, t)),
            })
        })
        .collect();
    OfficeReport {
        office: office_view(office, now.date(), Some(now), t),
        now,
        closures,
        check_first_days,
    }
}

fn text(report: &OfficeReport, t: &Localizer<'_>) -> String {
    let office = &report.office;
    let words = Words::new(t, "");
    let mut out = format!("{}\n{}", office.name, office_text(office, &words, ""));
    if office.week.is_empty() && office.hours_note.is_none() {
        let _ = writeln!(out, "{}", t.text("ui-hours-not-known"));
    }
    let mut weeks = args([]);
    weeks.set("weeks", i64::from(CLOSURE_DAYS / 7));
    if report.closures.is_empty() {
        let _ = writeln!(out, "{}", t.text_with("ui-office-no-closures", &weeks));
    } else {
        let _ = writeln!(out, "{}", t.text_with("ui-office-closures", &weeks));
        for day in &report.closures {
            let _ = writeln!(out, "- {}: {}", t.date_long(day.date), day.text);
        }
    }
    if !report.check_first_days.is_empty() {
        let _ = writeln!(out, "{}", t.text("ui-office-check-days"));
        for day in &report.check_first_days {
            let _ = writeln!(out, "- {}: {}", t.date_long(day.date), day.text);
        }
    }
    crate::text::strip_controls(&out).into_owned()
}

pub fn run(context: &Context, a: &OfficeArgs) -> Result<(), Failure> {
    let t = context.t();
    let now = context
        .now()
        .unwrap_or_else(|| crate::calendar::now_in_denmark(jiff::Timestamp::now()));
    let content = context.load_content()?;
    match a.id.as_deref() {
        None => print(&list(&content, a.json, &t), &t),
        Some(id) => {
            let (_, office) = super::find_office(&content, id, &t)?;
            let report = report(office, now, &t);
            if a.json {
                print(&to_json(&report), &t)
            } else {
                print(&text(&report, &t), &t)
            }
        }
    }
}
