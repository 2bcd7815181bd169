//! Kiosk settings (`content/kiosk.yaml`): not guidance, so read here and
//! not by the content loader. Errors name file and line like content errors.

use crate::content::{Content, TableIndex};
use crate::diagnostics::{ContentError, Problem, SourceFile};
use crate::i18n::Lang;
use serde::Deserialize;

/// Kiosk settings; flags may override them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskConfig {
    /// The language the welcome screen returns to after each visitor.
    pub language: Option<Lang>,
    /// The office (index) the kiosk stands in.
    pub site: Option<usize>,
    /// The municipality (index) the site serves: the answer offered first
    /// at the municipality question.
    pub municipality: Option<usize>,
    /// Seconds without input before the session is wiped.
    pub idle_timeout: u32,
    /// The last seconds of that period, with a visible countdown.
    pub countdown: u32,
    /// Argon2 PHC hash of the staff exit PIN; none: only SIGTERM ends it.
    pub exit_pin: Option<String>,
    /// Program and arguments that print a checklist read from stdin.
    pub print_command: Vec<String>,
    /// Seconds a print may take before it is stopped and called failed.
    pub print_timeout: u32,
    /// Where to keep anonymous counts of outcomes, if anywhere.
    pub counters_file: Option<String>,
    /// JSON, or Prometheus' text format for node_exporter.
    pub counters_format: super::CountersFormat,
    /// ASCII symbols only (`Some(true)`), the full set (`Some(false)`), or
    /// chosen by the terminal (`None`: ASCII on the Linux console).
    pub ascii_glyphs: Option<bool>,
}

impl Default for KioskConfig {
    fn default() -> KioskConfig {
        KioskConfig {
            language: None,
            site: None,
            municipality: None,
            idle_timeout: 120,
            countdown: 20,
            exit_pin: None,
            print_command: Vec::new(),
            print_timeout: 30,
            counters_file: None,
            counters_format: super::CountersFormat::Json,
            ascii_glyphs: None,
        }
    }
}

/// A content file seen only for its `kiosk:` section.
#[derive(Debug, Deserialize)]
struct KioskFile {
    #[serde(default)]
    kiosk: Option<RawKiosk>,
}

/// Settings for kiosk mode that a site ships with its content.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub idle_timeout: Option<u32>,
    #[serde(default)]
    pub countdown: Option<u32>,
    /// An Argon2 PHC string (`$argon2id$…`), never the PIN itself.
    #[serde(default)]
    pub exit_pin: Option<String>,
    #[serde(default)]
    pub print_command: Vec<String>,
    /// Seconds before a print that has not ended is stopped (default 30).
    #[serde(default)]
    pub print_timeout: Option<u32>,
    #[serde(default)]
    pub counters_file: Option<String>,
    /// `json` (the default) or `prometheus`.
    #[serde(default)]
    pub counters_format: Option<String>,
    /// `ascii` or `unicode`; by default, ASCII on the Linux console.
    #[serde(default)]
    pub glyphs: Option<String>,
}

/// The kiosk settings in `files` (at most one `kiosk:` section), checked
/// against `content` (the site must be an office, the municipality one
/// of the municipalities).
pub fn load(files: &[SourceFile], content: &Content) -> Result<KioskConfig, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut found: Option<(&SourceFile, RawKiosk)> = None;
    for file in files {
        if !file.text.lines().any(|l| l.starts_with("kiosk:")) {
            continue;
        }
        match serde_yaml::from_str::<KioskFile>(&file.text) {
            Ok(KioskFile { kiosk: Some(raw) }) => {
                if found.is_some() {
                    errors.push(ContentError {
                        file: file.name.clone(),
                        line: line_of(file, "kiosk"),
                        problem: Problem::new("duplicate-kiosk"),
                    });
                } else {
                    found = Some((file, raw));
                }
            }
            Ok(KioskFile { kiosk: None }) => {}
            Err(err) => errors.push(ContentError {
                file: file.name.clone(),
                line: err.location().map(|l| l.line()),
                problem: Problem::new("yaml").arg("detail", err.to_string()),
            }),
        }
    }
    let mut config = KioskConfig::default();
    if let Some((file, raw)) = found {
        let mut fail = |key: &str, problem: Problem| {
            errors.push(ContentError {
                file: file.name.clone(),
                line: line_of(file, key),
                problem,
            })
        };
        if let Some(lang) = &raw.language {
            match Lang::from_code(lang) {
                Some(l) => config.language = Some(l),
                None => fail(
                    "language",
                    Problem::new("kiosk-language").arg("value", lang),
                ),
            }
        }
        if let Some(site) = &raw.site {
            match content.offices.iter().position(|o| &o.id == site) {
                Some(i) => config.site = Some(i),
                None => fail("site", Problem::new("unknown-office").arg("id", site)),
            }
        }
        if let Some(id) = &raw.municipality {
            match content.municipality(id) {
                Some((m, _)) => config.municipality = Some(m.index()),
                None => fail(
                    "municipality",
                    Problem::new("unknown-municipality").arg("id", id),
                ),
            }
        }
        config.idle_timeout = raw.idle_timeout.unwrap_or(config.idle_timeout);
        config.countdown = raw.countdown.unwrap_or(config.countdown);
        if config.idle_timeout < 5 || config.countdown >= config.idle_timeout {
            fail("idle_timeout", Problem::new("kiosk-timeout"));
        }
        if let Some(pin) = &raw.exit_pin {
            if !super::is_pin_hash(pin) {
                fail("exit_pin", Problem::new("kiosk-pin-not-hashed"));
            }
            config.exit_pin = Some(pin.clone());
        }
        config.print_command = raw.print_command;
        config.print_timeout = raw.print_timeout.unwrap_or(config.print_timeout);
        if !(1..=600).contains(&config.print_timeout) {
            fail("print_timeout", Problem::new("kiosk-print-timeout"));
        }
        config.counters_file = raw.counters_file;
        match raw.glyphs.as_deref() {
            None => {}
            Some("ascii") => config.ascii_glyphs = Some(true),
            Some("unicode") => config.ascii_glyphs = Some(false),
            Some(other) => fail("glyphs", Problem::new("kiosk-glyphs").arg("value", other)),
        }
        if let Some(name) = &raw.counters_format {
            match super::CountersFormat::from_name(name) {
                Some(format) => config.counters_format = format,
                None => fail(
                    "counters_format",
                    Problem::new("kiosk-counters-format").arg("value", name),
                ),
            }
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// The line where `key:` first stands in `file`.
fn line_of(file: &SourceFile, key: &str) -> Option<usize> {
    let prefix = format!("{key}:");
    file.text
        .lines()
        .position(|l| l.trim_start().starts_with(&prefix))
        .map(|n| n + 1)
}

/// The municipality a kiosk's office serves, when the office says so by
/// itself: it is where exactly one municipality registers newcomers, and
/// no municipality's ICS centre (a centre serves many). For
/// `borgerservice-koege` that is Køge; for `ics-west`, none.
pub fn site_municipality(content: &Content, site: usize) -> Option<usize> {
    let site = crate::content::OfficeId::from_index(site);
    if content.municipalities.iter().any(|m| m.ics == Some(site)) {
        return None;
    }
    let mut registering = content
        .municipalities
        .enumerate()
        .filter(|(_, m)| m.office == site && m.place.is_some());
    match (registering.next(), registering.next()) {
        (Some((m, _)), None) => Some(m.index()),
        _ => None,
    }
}
