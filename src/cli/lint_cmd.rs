//! `cpr-guide lint [DIR]`: checks content and translations; errors name
//! file and line. Exit 0 when there are no errors (warnings allowed), else 1.

use super::{print, Failure};
use crate::content::{embedded_sources, load_dir, load_sources};
use crate::i18n::{args, Catalog, Localizer};
use crate::lint::{lint, Finding, Severity};
use std::path::Path;

fn line(finding: &Finding, t: &Localizer<'_>) -> String {
    let label = match finding.severity {
        Severity::Error => t.text("lint-error"),
        Severity::Warning => t.text("lint-warning"),
    };
    let e = &finding.error;
    let place = match e.line {
        Some(line) => format!("{}:{}", e.file, line),
        None => e.file.clone(),
    };
    // A file name or a value from the content, shown with its control
    // characters made visible.
    let line = format!("{place}: {label}: {}", t.problem(&e.problem));
    crate::text::visible(&line).into_owned()
}

fn summary(errors: usize, warnings: usize, t: &Localizer<'_>) -> String {
    let mut fluent = args([]);
    fluent.set("errors", i64::try_from(errors).unwrap_or(i64::MAX));
    fluent.set("warnings", i64::try_from(warnings).unwrap_or(i64::MAX));
    t.text_with("lint-summary", &fluent)
}

pub fn run(dir: Option<&Path>, today: jiff::civil::Date, t: &Localizer<'_>) -> Result<(), Failure> {
    let files = match dir {
        Some(dir) => load_dir(dir).map_err(|e| Failure::Content(vec![e]))?,
        None => embedded_sources(),
    };
    let as_errors = |errors: Vec<crate::content::ContentError>| -> Vec<Finding> {
        errors
            .into_iter()
            .map(|error| Finding {
                severity: Severity::Error,
                error,
            })
            .collect()
    };
    let catalog = Catalog::new(&files.ftl);
    let content = load_sources(&files.yaml);
    let (findings, counts) = match (content, catalog) {
        (Ok(content), Ok(catalog)) => {
            let mut report = lint(&content, &catalog, today);
            // The kiosk settings ship with the content: check them too.
            if let Err(errors) = crate::kiosk::load_config(&files.yaml, &content) {
                report.findings.splice(0..0, as_errors(errors));
            }
            let counts = (
                content.questions.len(),
                content.outcomes.len(),
                content.offices.len(),
                report.paths,
            );
            (report.findings, Some(counts))
        }
        (content, catalog) => {
            let mut all = Vec::new();
            if let Err(e) = content {
                all.extend(as_errors(e));
            }
            if let Err(e) = catalog {
                all.extend(as_errors(e));
            }
            (all, None)
        }
    };
    let mut out = String::new();
    for f in &findings {
        out.push_str(&line(f, t));
        out.push('\n');
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    if let (0, Some((questions, outcomes, offices, paths))) = (errors, counts) {
        let mut fluent = args([]);
        for (name, value) in [
            ("questions", questions),
            ("outcomes", outcomes),
            ("offices", offices),
            ("paths", paths),
        ] {
            fluent.set(name, i64::try_from(value).unwrap_or(i64::MAX));
        }
        out.push_str(&t.text_with("lint-ok", &fluent));
        out.push('\n');
    }
    out.push_str(&summary(errors, warnings, t));
    out.push('\n');
    print(&out, t)?;
    if errors == 0 {
        Ok(())
    } else {
        Err(Failure::Negative)
    }
}
