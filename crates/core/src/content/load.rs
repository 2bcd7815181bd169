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

/// Parses and checks YAML files into the model, or every problem found.
pub fn load_sources(files: &[SourceFile]) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (index, file) in files.iter().enumerate() {
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
