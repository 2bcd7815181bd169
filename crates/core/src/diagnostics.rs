//! Problems found in content or translations, with the file and line they
//! were found at. A leaf: every layer that reads files reports through it,
//! and none of them needs another to do so.

/// The text of one content or translation file and its display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// A problem found in content or translations, translated through the
/// message `content-<kind>` with `args` as its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(kind: &'static str) -> Problem {
        Problem {
            kind,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Problem {
        self.args.push((name, value.into()));
        self
    }
}

impl std::fmt::Display for Problem {
    /// Untranslated: the kind and its arguments, for tests and logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.kind)?;
        for (name, value) in &self.args {
            write!(f, " {name}={value}")?;
        }
        Ok(())
    }
}

/// A problem with the file and line it was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: Option<usize>,
    pub problem: Problem,
}

impl ContentError {
    /// A problem in `file` that no single line holds.
    pub fn in_file(file: impl Into<String>, problem: Problem) -> ContentError {
        ContentError {
            file: file.into(),
            line: None,
            problem,
        }
    }
}

impl std::fmt::Display for ContentError {
    /// Untranslated form for tests and logs; front ends translate instead.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for ContentError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_file_line_kind_and_arguments() {
        let e = ContentError {
            file: "content/offices.yaml".into(),
            line: Some(12),
            problem: Problem::new("unknown-office").arg("id", "atlantis"),
        };
        assert_eq!(
            e.to_string(),
            "content/offices.yaml:12: unknown-office id=atlantis"
        );
        let whole = ContentError::in_file("locales/nb", Problem::new("no-yaml-files"));
        assert_eq!(whole.to_string(), "locales/nb: no-yaml-files");
    }
}
