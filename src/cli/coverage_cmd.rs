//! `cpr-guide coverage [--json]`: per municipality, what the content
//! knows and from when (its own page or the general rule, who registers
//! whom, booking, address, hours, extra documents), and the totals.

use super::args::CoverageArgs;
use super::{print, Context, Failure};
use crate::i18n::{args, Localizer};
use crate::output::{coverage, to_json, Coverage};
use std::fmt::Write;

fn yes_no(value: bool, t: &Localizer<'_>) -> String {
    t.text(if value { "coverage-yes" } else { "coverage-no" })
}

/// The table and the totals, in words.
fn text(c: &Coverage, t: &Localizer<'_>) -> String {
    let headers = [
        t.text("coverage-col-municipality"),
        t.text("coverage-col-basis"),
        t.text("coverage-col-checked"),
        t.text("coverage-col-registers"),
        t.text("coverage-col-booking"),
        t.text("coverage-col-address"),
        t.text("coverage-col-hours"),
        t.text("coverage-col-documents"),
    ];
    let rows: Vec<[String; 8]> = c
        .municipalities
        .iter()
        .map(|r| {
            let registers = if r.register_rules > 0 {
                t.text_with("coverage-by-group", &args([("office", r.office.clone())]))
            } else {
                r.office.clone()
            };
            [
                format!("{} {}", r.code, r.id),
                t.text_with("coverage-basis", &args([("basis", r.basis.to_string())])),
                r.checked
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "–".to_string()),
                registers,
                r.booking.unwrap_or("–").to_string(),
                yes_no(r.address, t),
                t.text_with("coverage-hours", &args([("hours", r.hours.to_string())])),
                r.extra_documents.to_string(),
            ]
        })
        .collect();
    let mut widths = headers.clone().map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        let _ = writeln!(out, "{}", padded.join("  ").trim_end());
    };
    line(&headers);
    for row in &rows {
        line(row);
    }
    let n = &c.totals;
    let mut fluent = args([]);
    for (name, value) in [
        ("municipalities", n.municipalities),
        ("own", n.own_page),
        ("general", n.general_rule),
        ("rules", n.register_rules),
        ("booking", n.booking),
        ("first", n.apply_first),
        ("address", n.address),
        ("hours", n.hours),
        ("documents", n.extra_documents),
        ("languages", n.languages),
    ] {
        fluent.set(name, i64::try_from(value).unwrap_or(i64::MAX));
    }
    let _ = write!(out, "\n{}\n", t.text_with("coverage-totals", &fluent));
    crate::text::strip_controls(&out).into_owned()
}

pub fn run(ctx: &Context, a: &CoverageArgs) -> Result<(), Failure> {
    let t = ctx.t();
    let content = ctx.load_content()?;
    let c = coverage(&content);
    let out = if a.json { to_json(&c) } else { text(&c, &t) };
    print(&out, &t)
}
