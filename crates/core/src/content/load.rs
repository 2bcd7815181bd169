//! Reads content files — handed over by the program (its built-in ones) or
//! read from `--content DIR` — parses the YAML and builds the checked
//! model. The loader knows nothing of what a binary embeds.

use super::build::build;
use super::raw::RawFile;
use super::{Content, ContentError, Problem, SourceFile};
use std::path::Path;

/// The text of all content and translation files, before parsing.
#[derive(Debug, Clone)]
pub struct ContentFiles {
    /// `*.yaml` files, in name order.
    pub yaml: Vec<SourceFile>,
    /// `(language, file)` for every `locales/<lang>/*.ftl`.
    pub ftl: Vec<(String, SourceFile)>,
}

/// A translation file given by its path below `locales/` (`en/ui.ftl`).
pub fn locale_file(path: &str, text: &str) -> Option<(String, SourceFile)> {
    let (lang, _) = path.split_once('/')?;
    Some((
        lang.to_string(),
        SourceFile {
            name: format!("locales/{path}"),
            text: text.to_string(),
        },
    ))
}

fn io_error(path: &Path, err: &std::io::Error) -> ContentError {
    ContentError {
        file: path.display().to_string(),
        line: None,
        problem: Problem::new("unreadable").arg("detail", err.to_string()),
    }
}

fn read_sorted(dir: &Path, ext: &str) -> Result<Vec<std::path::PathBuf>, ContentError> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e))?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    Ok(paths)
}

/// The `*.yaml` files of a content folder and of its subfolders (one file
/// per municipality in `municipalities/`), in path order as the build
/// embeds them; translations in `locales/` are read apart.
fn yaml_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, ContentError> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "locales") {
                out.extend(yaml_files(&path)?);
            }
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    Ok(out)
}

fn read(path: &Path, name: String) -> Result<SourceFile, ContentError> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| ContentError {
        file: name.clone(),
        line: None,
        problem: Problem::new("not-utf8"),
    })?;
    Ok(SourceFile { name, text })
}

/// Reads a content folder: its `*.yaml` files, and translations from
/// `DIR/locales/`, else `DIR/../locales/` (the repository layout); with
/// neither, `ftl` is empty and the program uses its own.
pub fn load_dir(dir: &Path) -> Result<ContentFiles, ContentError> {
    let mut yaml = Vec::new();
    for path in yaml_files(dir)? {
        let name = path.display().to_string();
        yaml.push(read(&path, name)?);
    }
    if yaml.is_empty() {
        return Err(ContentError {
            file: dir.display().to_string(),
            line: None,
            problem: Problem::new("no-yaml-files"),
        });
    }
    let candidates = [dir.join("locales"), dir.join("..").join("locales")];
    let Some(locales) = candidates.iter().find(|p| p.join("en").is_dir()) else {
        return Ok(ContentFiles {
            yaml,
            ftl: Vec::new(),
        });
    };
    let mut ftl = Vec::new();
    let mut langs: Vec<_> = std::fs::read_dir(locales)
        .map_err(|e| io_error(locales, &e))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang_dir in langs {
        let lang = lang_dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        for path in read_sorted(&lang_dir, "ftl")? {
            let name = path.display().to_string();
            ftl.push((lang.clone(), read(&path, name)?));
        }
    }
    Ok(ContentFiles { yaml, ftl })
}

/// The deepest nesting of `[` and `{` content may use: far more than any
/// content needs, far less than what makes the YAML parser slow.
const YAML_DEPTH_MAX: usize = 64;

/// The first line where flow collections (`[`, `{`) nest deeper than
/// [`YAML_DEPTH_MAX`], outside quotes and comments.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (n, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        for c in line.chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > YAML_DEPTH_MAX {
                        return Some(n + 1);
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// The character a YAML escape in a double-quoted scalar stands for
/// (`\e`, `\x1b`, `\u202e`, …), from what follows the backslash; `None`
/// for an escape that is no character (a line break) or is not one.
fn yaml_escape(rest: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<char> {
    let hex = |rest: &mut std::iter::Peekable<std::str::Chars<'_>>, digits: usize| {
        let mut value = 0u32;
        for _ in 0..digits {
            let digit = rest.peek()?.to_digit(16)?;
            rest.next();
            value = value * 16 + digit;
        }
        char::from_u32(value)
    };
    match rest.next()? {
        '0' => Some('\u{0}'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        't' | '\t' => Some('\t'),
        'n' => Some('\n'),
        'v' => Some('\u{b}'),
        'f' => Some('\u{c}'),
        'r' => Some('\r'),
        'e' => Some('\u{1b}'),
        'N' => Some('\u{85}'),
        'x' => hex(rest, 2),
        'u' => hex(rest, 4),
        'U' => hex(rest, 8),
        _ => None,
    }
}

/// Each line (1-based) where a double-quoted YAML scalar writes a control
/// character as an escape (`"\e[31m"`, `"\u202e"`), with that character:
/// the file holds no such character, but the text read from it would.
/// Comments, single-quoted and plain scalars and block scalars (`|`, `>`)
/// keep a backslash as it is, so they are skipped.
fn escaped_controls(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut in_double = false;
    let mut in_single = false;
    // The indentation of the line that opened a block scalar.
    let mut block: Option<usize> = None;
    for (n, line) in text.split('\n').enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if !in_double && !in_single {
            if let Some(opened) = block {
                if line.trim().is_empty() || indent > opened {
                    continue;
                }
                block = None;
            }
        }
        let mut last = None::<char>;
        let mut before = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if in_double {
                match c {
                    '\\' => {
                        let escaped = yaml_escape(&mut chars);
                        if let Some(e) = escaped.filter(|&e| e != '\n' && e != '\t') {
                            if crate::text::is_control(e) && out.last() != Some(&(n + 1, e)) {
                                out.push((n + 1, e));
                            }
                        }
                    }
                    '"' => in_double = false,
                    _ => {}
                }
            } else if in_single {
                if c == '\'' {
                    if chars.peek() == Some(&'\'') {
                        chars.next();
                    } else {
                        in_single = false;
                    }
                }
            } else {
                let opens = before.is_whitespace() || matches!(before, '[' | '{' | ',');
                let at_value = matches!(last, None | Some(':' | '-' | '[' | '{' | ',' | '?'));
                match c {
                    '#' if before.is_whitespace() => break,
                    '"' if opens && at_value => in_double = true,
                    '\'' if opens && at_value => in_single = true,
                    _ => {}
                }
                if !c.is_whitespace() {
                    last = Some(c);
                }
            }
            before = c;
        }
        // `key: |`, `- >-`: the lines below, indented more, are text.
        let trimmed = line.trim_end();
        let marker = trimmed
            .rsplit_once(char::is_whitespace)
            .map_or(trimmed, |(_, m)| m);
        if !in_double
            && !in_single
            && marker.starts_with(['|', '>'])
            && marker[1..]
                .chars()
                .all(|c| matches!(c, '-' | '+') || c.is_ascii_digit())
        {
            block = Some(indent);
        }
    }
    out
}

/// Control characters, escape sequences and bidirectional controls in a
/// content file, written as they are or as YAML escapes: each would reach
/// a terminal, a file or a printer as an instruction, not as text.
fn control_characters(file: &SourceFile) -> Vec<ContentError> {
    let mut found = crate::text::control_lines(&file.text);
    found.extend(escaped_controls(&file.text));
    found.sort_by_key(|(line, _)| *line);
    found.dedup_by_key(|(line, _)| *line);
    found
        .into_iter()
        .map(|(line, c)| ContentError {
            file: file.name.clone(),
            line: Some(line),
            problem: Problem::new("control-character").arg("code", crate::text::code_point(c)),
        })
        .collect()
}

/// Parses and checks YAML files into the model, or every problem found.
pub fn load_sources(files: &[SourceFile]) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (index, file) in files.iter().enumerate() {
        errors.extend(control_characters(file));
        if let Some(line) = too_deep(&file.text) {
            errors.push(ContentError {
                file: file.name.clone(),
                line: Some(line),
                problem: Problem::new("yaml-too-deep").arg("max", YAML_DEPTH_MAX.to_string()),
            });
            continue;
        }
        let only_comments = file
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if only_comments {
            parsed.push((index, RawFile::default()));
            continue;
        }
        match serde_yaml::from_str::<RawFile>(&file.text) {
            Ok(raw) => parsed.push((index, raw)),
            Err(err) => errors.push(ContentError {
                file: file.name.clone(),
                line: err.location().map(|l| l.line()),
                problem: Problem::new("yaml").arg("detail", yaml_detail(&err)),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    build(files, &parsed)
}

/// serde_yaml's message without its trailing "at line X column Y", which we
/// already show in our own form.
fn yaml_detail(err: &serde_yaml::Error) -> String {
    let text = err.to_string();
    match text.find(" at line ") {
        Some(pos) => text[..pos].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_in_double_quotes_are_found_and_backslashes_elsewhere_are_text() {
        let text = [
            "a: \"red \\e[31m\"",                        // 1: ESC
            "b: \"\\u202E evil\"",                       // 2: RLO
            "c: [\"ok\", \"\\x07\"]",                    // 3: BEL
            "d: \"two\\\\e and \\\" quote\\t\\n fine\"", // 4: an escaped backslash
            "e: 'single \\e'  # comment \"\\e\"",        // 5: not escapes
            "f: plain \\e text",                         // 6: plain scalar
            "g: >-",                                     // 7
            "  \"quoted \\e in a block\"",               // 8: block text
            "h: \"over",                                 // 9
            "  two lines \\U0000009B\"",                 // 10: CSI
            "i: \"\\u00e6ble\"",                         // 11: æ, a letter
        ]
        .join("\n");
        assert_eq!(
            escaped_controls(&text),
            vec![(1, '\u{1b}'), (2, '\u{202e}'), (3, '\u{7}'), (10, '\u{9b}')]
        );
        let file = SourceFile {
            name: "x.yaml".into(),
            text: format!("{text}\nj: raw \u{1b}[1m and \"\\e\"\n"),
        };
        let errors = control_characters(&file);
        let found: Vec<_> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 5, "{found:#?}");
        assert_eq!(found[4], "x.yaml:12: control-character code=U+001B");
        assert_eq!(found[1], "x.yaml:2: control-character code=U+202E");
    }
}
