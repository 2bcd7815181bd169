//! Anonymous counts of outcomes, shared by kiosks that write one file.
//!
//! Each visit that reaches a result adds one to its outcome: nothing else
//! is counted. Several kiosks may share the file: a lock file beside it
//! (`<file>.lock`) is held for each read-modify-write, the new counts are
//! written to a temporary file in the same folder, synced and renamed into
//! place, so a reader sees the old counts or the new, never half a file. A
//! file that cannot be read as counters is left alone and reported: counts
//! are never silently started again from zero.
//!
//! Two formats: JSON, and the Prometheus text exposition format that
//! node_exporter's textfile collector reads (name the file `*.prom`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The format of the counters file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CountersFormat {
    #[default]
    Json,
    Prometheus,
}

impl CountersFormat {
    pub fn from_name(name: &str) -> Option<CountersFormat> {
        match name {
            "json" => Some(CountersFormat::Json),
            "prometheus" => Some(CountersFormat::Prometheus),
            _ => None,
        }
    }
}

/// The Prometheus metric: visits that reached a result, by outcome.
const METRIC: &str = "cpr_guide_results_total";

/// Why the counters could not be updated.
#[derive(Debug, thiserror::Error)]
pub enum CountersError {
    /// The file holds something else: it is left as it is.
    #[error("{0}: not a counters file, left unchanged")]
    Malformed(PathBuf),
    /// The name is a symbolic link, a pipe, a device or a folder.
    #[error("{0}: not a regular file, left unchanged")]
    NotAFile(PathBuf),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// How many visits reached each outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counters {
    pub outcomes: BTreeMap<String, u64>,
}

impl Counters {
    pub fn record(&mut self, outcome: &str) {
        let count = self.outcomes.entry(outcome.to_string()).or_default();
        // Never round to zero: a counter at its limit stays there.
        *count = count.saturating_add(1);
    }

    pub fn total(&self) -> u64 {
        self.outcomes
            .values()
            .fold(0, |sum, &n| sum.saturating_add(n))
    }

    /// Reads counters in `format`; an empty text is no visits yet.
    pub fn parse(text: &str, format: CountersFormat) -> Option<Counters> {
        if text.trim().is_empty() {
            return Some(Counters::default());
        }
        match format {
            CountersFormat::Json => Counters::from_json(text),
            CountersFormat::Prometheus => Counters::from_prometheus(text),
        }
    }

    pub fn render(&self, format: CountersFormat) -> String {
        match format {
            CountersFormat::Json => self.to_json(),
            CountersFormat::Prometheus => self.to_prometheus(),
        }
    }

    fn from_json(text: &str) -> Option<Counters> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let outcomes = serde_json::from_value(value.get("outcomes")?.clone()).ok()?;
        Some(Counters { outcomes })
    }

    pub fn to_json(&self) -> String {
        let doc = serde_json::json!({ "sessions": self.total(), "outcomes": self.outcomes });
        format!("{doc:#}\n")
    }

    fn from_prometheus(text: &str) -> Option<Counters> {
        let mut outcomes = BTreeMap::new();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // cpr_guide_results_total{outcome="register"} 12
            let rest = line.strip_prefix(METRIC)?.strip_prefix("{outcome=\"")?;
            let (outcome, rest) = rest.split_once("\"}")?;
            let count = rest.trim().parse().ok()?;
            outcomes.insert(outcome.to_string(), count);
        }
        Some(Counters { outcomes })
    }

    pub fn to_prometheus(&self) -> String {
        let mut out = format!(
            "# HELP {METRIC} Visits to the CPR guide kiosk that reached a result, by outcome.\n# TYPE {METRIC} counter\n"
        );
        for (outcome, count) in &self.outcomes {
            out.push_str(&format!("{METRIC}{{outcome=\"{outcome}\"}} {count}\n"));
        }
        out
    }
}

/// The lock file beside `path`.
fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Adds one visit with `outcome` to the counters file at `path`.
pub fn record(path: &Path, format: CountersFormat, outcome: &str) -> Result<(), CountersError> {
    let io = |e: std::io::Error| CountersError::Io(path.to_path_buf(), e);
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
        .map_err(io)?;
    // Held until `lock` is dropped, at the end of this function.
    lock.lock().map_err(io)?;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => {
            return Err(CountersError::NotAFile(path.to_path_buf()))
        }
        _ => {}
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(io(e)),
    };
    let mut counters = Counters::parse(&text, format)
        .ok_or_else(|| CountersError::Malformed(path.to_path_buf()))?;
    counters.record(outcome);
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".cpr-guide-counters")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .tempfile_in(folder)
        .map_err(io)?;
    temporary
        .write_all(counters.render(format).as_bytes())
        .map_err(io)?;
    temporary.as_file().sync_all().map_err(io)?;
    temporary.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_formats_read_back_what_they_write() {
        let mut c = Counters::default();
        c.record("register");
        c.record("register");
        c.record("tax-number");
        for format in [CountersFormat::Json, CountersFormat::Prometheus] {
            let text = c.render(format);
            assert_eq!(Counters::parse(&text, format), Some(c.clone()));
        }
        assert!(c.to_json().contains("\"sessions\": 3"));
        assert!(c
            .to_prometheus()
            .contains("cpr_guide_results_total{outcome=\"register\"} 2\n"));
        assert_eq!(Counters::parse("garbage", CountersFormat::Json), None);
        assert_eq!(Counters::parse("x 1", CountersFormat::Prometheus), None);
        assert_eq!(
            Counters::parse("", CountersFormat::Json),
            Some(Counters::default())
        );
    }
}
