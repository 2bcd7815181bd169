//! Localisation: every human string comes from `locales/{da,en,nb}/*.ftl`.
//!
//! Fluent's isolation marks are off, so no invisible control characters
//! reach a terminal, a pipe or a file. A message missing in the chosen
//! language falls back to English (lint and the tests fail on it).

mod check;
mod dates;
pub mod words;

use crate::diagnostics::{ContentError, Problem, SourceFile};
pub use fluent_bundle::FluentArgs;

pub mod spans;
// The concurrent bundle, so one parsed catalog can be shared between threads.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// The languages the guide speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Da,
    En,
    Nb,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::En, Lang::Nb];

    /// Its code, other names and the words people type in it.
    pub fn info(self) -> &'static words::LangInfo {
        match self {
            Lang::Da => &words::DA,
            Lang::En => &words::EN,
            Lang::Nb => &words::NB,
        }
    }

    /// The code used on the command line, in JSON and as the locale folder.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a person names, as `--lang` and the line mode's `lang`
    /// take it: any case, trimmed; a code (`da`, `DA`, `dan`; `en`, `eng`;
    /// `nb`, `no`, `nob`, `nor`, and `nn`, `nno`, which get Bokmål, the
    /// Norwegian the guide writes), a locale (`nb_NO.UTF-8`, `da-DK`) or the
    /// language's name in any of the three (`dansk`, `English`, `norsk`).
    pub fn from_name(name: &str) -> Option<Lang> {
        let name = name.trim().to_lowercase();
        let word = |w: &str| {
            Lang::ALL
                .into_iter()
                .find(|l| l.code() == w || l.info().names.contains(&w))
        };
        word(&name).or_else(|| {
            // A locale: the language before the territory and encoding.
            let first = name.split(['_', '.', '@', '-']).next().unwrap_or_default();
            (first.len() < name.len()).then(|| word(first)).flatten()
        })
    }

    /// The language of a POSIX locale such as `da_DK.UTF-8` or `nb_NO`.
    /// Norwegian in any form (`no`, `nb`, `nn`) gets Bokmål.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lang = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_name(lang)
    }

    /// The user's language from `LC_ALL`, `LC_MESSAGES` and `LANG` (first
    /// one set wins, as POSIX says), else English. `var` reads a variable,
    /// so tests need not touch the process environment.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(|value| Lang::from_locale(&value))
            .next()
            .flatten()
            .unwrap_or(Lang::En)
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

/// All translations, one Fluent bundle per language.
pub struct Catalog {
    /// Each language's bundle; a lazy catalog adds a message to it the
    /// first time it is shown (hence the lock).
    bundles: Vec<(Lang, std::sync::Mutex<FluentBundle<FluentResource>>)>,
    /// A lazy catalog's files: their messages' source text, not parsed yet.
    lazy: Vec<(Lang, Vec<&'static StaticFile>)>,
    ids: Vec<(Lang, std::sync::OnceLock<BTreeSet<String>>)>,
    /// Where each message is first defined (any language): file and line.
    defined_at: std::collections::HashMap<String, (String, usize)>,
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// A built-in translation file: its path below `locales/`, its text and
/// its messages' `(id, start, end)`, sorted by ID.
pub type StaticFile = (
    &'static str,
    &'static str,
    &'static [(&'static str, u32, u32)],
);

/// The deepest nesting of placeables (`{ … }`) a message may use.
const FTL_DEPTH_MAX: usize = 32;

/// The first line where placeables nest deeper than [`FTL_DEPTH_MAX`].
fn placeables_too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    for c in text.chars() {
        match c {
            '\n' => line += 1,
            '{' => {
                depth += 1;
                if depth > FTL_DEPTH_MAX {
                    return Some(line);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

impl Catalog {
    /// Builds the catalog from `(language, file)` pairs. Syntax errors and
    /// messages defined twice are reported with file and line.
    pub fn new(files: &[(String, SourceFile)]) -> Result<Catalog, Vec<ContentError>> {
        Catalog::with_languages(files, &Lang::ALL)
    }

    /// Like [`Catalog::new`], but parses only these languages (and English,
    /// the fallback): start-up does not pay for languages it cannot show.
    pub fn with_languages(
        files: &[(String, SourceFile)],
        wanted: &[Lang],
    ) -> Result<Catalog, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut bundles = Vec::new();
        let mut ids = Vec::new();
        let mut defined_at = std::collections::HashMap::new();
        let langs = Lang::ALL
            .into_iter()
            .filter(|l| *l == Lang::En || wanted.contains(l));
        for lang in langs {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
            bundle.set_use_isolating(false);
            let mut lang_ids = BTreeSet::new();
            let mut references = check::References::default();
            for (_, file) in files.iter().filter(|(code, _)| code == lang.code()) {
                errors.extend(check::control_characters(file));
                // Fluent's parser recurses into each placeable: a file
                // nested thousands deep would overflow the stack.
                if let Some(line) = placeables_too_deep(&file.text) {
                    errors.push(ContentError {
                        file: file.name.clone(),
                        line: Some(line),
                        problem: Problem::new("ftl-too-deep").arg("max", FTL_DEPTH_MAX.to_string()),
                    });
                    continue;
                }
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, parse_errors)) => {
                        for e in parse_errors {
                            errors.push(ContentError {
                                file: file.name.clone(),
                                line: Some(line_at(&file.text, e.pos.start)),
                                problem: Problem::new("ftl-syntax")
                                    .arg("detail", e.kind.to_string()),
                            });
                        }
                        r
                    }
                };
                // Where each message starts, found in one pass (a file has
                // hundreds of messages).
                let mut lines: std::collections::HashMap<&str, Vec<usize>> =
                    std::collections::HashMap::new();
                for (n, line) in file.text.lines().enumerate() {
                    // A message, or a term (`-name = …`).
                    let starts_entry = line
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
                    if let (true, Some((key, _))) = (starts_entry, line.split_once('=')) {
                        lines.entry(key.trim()).or_default().push(n + 1);
                    }
                }
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Term(term) = entry {
                        let key = format!("-{}", term.id.name);
                        let line = lines.get(key.as_str()).and_then(|l| l.first());
                        let line = line.copied().unwrap_or(1);
                        references.add(entry, &file.name, line);
                        errors.extend(check::escaped_control(entry, &file.name, line));
                    }
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_string();
                        let at = lines.get(id.as_str());
                        let first = at.and_then(|l| l.first()).copied().unwrap_or(1);
                        references.add(entry, &file.name, first);
                        errors.extend(check::escaped_control(entry, &file.name, first));
                        defined_at.entry(id.clone()).or_insert_with(|| {
                            let line = at.and_then(|l| l.first()).copied().unwrap_or(1);
                            (file.name.clone(), line)
                        });
                        if !lang_ids.insert(id.clone()) {
                            // The second definition is the one to remove.
                            let line = at.and_then(|l| l.get(1).or(l.first())).copied();
                            errors.push(ContentError {
                                file: file.name.clone(),
                                line,
                                problem: Problem::new("ftl-duplicate").arg("id", id),
                            });
                        }
                    }
                }
                // Duplicates were reported above; keep the first definition.
                let _ = bundle.add_resource(resource);
            }
            errors.extend(references.cycles());
            bundles.push((lang, std::sync::Mutex::new(bundle)));
            ids.push((lang, std::sync::OnceLock::from(lang_ids)));
        }
        if errors.is_empty() {
            Ok(Catalog {
                bundles,
                lazy: Vec::new(),
                ids,
                defined_at,
            })
        } else {
            Err(errors)
        }
    }

    /// The built-in translations, checked by the tests, with nothing
    /// parsed yet: each message is parsed the first time it is shown.
    /// `files` are `("<lang>/<file>.ftl", text, spans)` as `build.rs` embeds
    /// them, `spans` each message's `(id, start, end)` in the text, sorted
    /// by ID, found at build time ([`spans::message_spans`]): start-up does
    /// no work at all. Only the `wanted` languages and English (the
    /// fallback) are kept.
    pub fn from_static(files: &'static [StaticFile], wanted: &[Lang]) -> Catalog {
        let mut bundles = Vec::new();
        let mut lazy = Vec::new();
        let mut ids = Vec::new();
        for lang in Lang::ALL
            .into_iter()
            .filter(|l| *l == Lang::En || wanted.contains(l))
        {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
            bundle.set_use_isolating(false);
            let own: Vec<&'static StaticFile> = files
                .iter()
                .filter(|(path, _, _)| path.split_once('/').map(|(c, _)| c) == Some(lang.code()))
                .collect();
            bundles.push((lang, std::sync::Mutex::new(bundle)));
            lazy.push((lang, own));
            ids.push((lang, std::sync::OnceLock::new()));
        }
        Catalog {
            bundles,
            lazy,
            ids,
            defined_at: std::collections::HashMap::new(),
        }
    }

    fn bundle(&self, lang: Lang) -> Option<&std::sync::Mutex<FluentBundle<FluentResource>>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
    }

    /// A lazy catalog's source of message `id` in `lang` (the first file
    /// that defines it).
    fn source(&self, lang: Lang, id: &str) -> Option<&'static str> {
        let (_, files) = self.lazy.iter().find(|(l, _)| *l == lang)?;
        files.iter().find_map(|(_, text, spans)| {
            let at = spans.binary_search_by(|(key, _, _)| (*key).cmp(id)).ok()?;
            let (_, start, end) = spans[at];
            text.get(start as usize..end as usize)
        })
    }

    /// Whether `lang` defines message `id` itself (no fallback).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.source(lang, id).is_some()
            || self.bundle(lang).is_some_and(|b| {
                b.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .has_message(id)
            })
    }

    /// Every message ID defined in `lang`.
    pub fn ids(&self, lang: Lang) -> &BTreeSet<String> {
        static EMPTY: BTreeSet<String> = BTreeSet::new();
        let Some((_, ids)) = self.ids.iter().find(|(l, _)| *l == lang) else {
            return &EMPTY;
        };
        ids.get_or_init(|| {
            self.lazy
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, files)| {
                    files
                        .iter()
                        .flat_map(|(_, _, spans)| spans.iter().map(|(id, _, _)| (*id).to_string()))
                        .collect()
                })
                .unwrap_or_default()
        })
    }

    /// The file and line where message `id` is first defined, in any language.
    pub fn defined_at(&self, id: &str) -> Option<(&str, usize)> {
        self.defined_at.get(id).map(|(f, l)| (f.as_str(), *l))
    }

    /// `(language, id)` for every message some language has and another lacks.
    pub fn missing(&self) -> Vec<(Lang, String)> {
        let all: BTreeSet<&String> = self
            .ids
            .iter()
            .flat_map(|(lang, _)| self.ids(*lang).iter())
            .collect();
        let mut out = Vec::new();
        for (lang, _) in &self.ids {
            let ids = self.ids(*lang);
            for id in &all {
                if !ids.contains(*id) {
                    out.push((*lang, (*id).clone()));
                }
            }
        }
        out
    }

    /// A view of the catalog in one language.
    pub fn lang(&self, lang: Lang) -> Localizer<'_> {
        Localizer {
            catalog: self,
            lang,
        }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let mut bundle = self
            .bundle(lang)?
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // A lazy catalog parses a message the first time it is shown.
        if !bundle.has_message(id) {
            let source = self.source(lang, id)?;
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// Translates in one language, falling back to English.
#[derive(Clone, Copy)]
pub struct Localizer<'a> {
    catalog: &'a Catalog,
    lang: Lang,
}

impl<'a> Localizer<'a> {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn catalog(&self) -> &'a Catalog {
        self.catalog
    }

    /// The message `id`; in English if this language lacks it. A message
    /// missing everywhere shows its ID (lint and the tests prevent that).
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &FluentArgs::new())
    }

    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.catalog
            .format(self.lang, id, Some(args))
            .or_else(|| self.catalog.format(Lang::En, id, Some(args)))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message if it exists in this language or English.
    pub fn try_text_with(&self, id: &str, args: &FluentArgs) -> Option<String> {
        self.catalog
            .format(self.lang, id, Some(args))
            .or_else(|| self.catalog.format(Lang::En, id, Some(args)))
    }

    /// Items as a sentence lists them: "a, b and c" (`ui-list-and`).
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [head @ .., last] => self.text_with(
                "ui-list-and",
                &args([("head", head.join(", ")), ("last", last.clone())]),
            ),
        }
    }

    /// Translates a content problem (message `content-<kind>`).
    pub fn problem(&self, problem: &Problem) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &problem.args {
            args.set(*name, FluentValue::from(value.clone()));
        }
        self.text_with(&crate::keys::problem(problem.kind), &args)
    }

    /// `file:line: message` for a content error.
    pub fn content_error(&self, error: &ContentError) -> String {
        match error.line {
            Some(line) => format!("{}:{}: {}", error.file, line, self.problem(&error.problem)),
            None => format!("{}: {}", error.file, self.problem(&error.problem)),
        }
    }
}

/// Builds Fluent arguments from string pairs.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in pairs {
        out.set(name, FluentValue::from(value));
    }
    out
}
