//! The architecture holds: the core (content, engine, CPR, calendar,
//! localisation) uses no terminal, command-line or kiosk crate, and the
//! modules depend on each other in one direction only, without cycles.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a file belongs to, e.g. `content` for
/// `src/content/build/mod.rs` and `cpr` for `src/cpr.rs`.
fn module_of(path: &Path, src: &Path) -> String {
    let relative = path.strip_prefix(src).expect("under src");
    let first = relative
        .components()
        .next()
        .expect("a component")
        .as_os_str()
        .to_string_lossy()
        .to_string();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a Rust file without its comments (line and doc comments).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string (a URL) is not a comment.
            Some(at) if !l[..at].contains('"') => &l[..at],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// For each module: the crate modules and the external crates it names.
fn dependencies() -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let module = module_of(&path, src);
            if module == "lib" || module == "main" {
                continue;
            }
            let text = code(&std::fs::read_to_string(&path).expect("text"));
            let entry = out.entry(module.clone()).or_default();
            for part in text.split("crate::").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != module {
                    entry.0.insert(name);
                }
            }
            for krate in [
                "ratatui",
                "crossterm",
                "clap",
                "argon2",
                "qrcode",
                "signal_hook",
            ] {
                if text.contains(&format!("{krate}::")) {
                    entry.1.insert(krate.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn the_core_has_no_terminal_and_its_layers_point_one_way() {
    let deps = dependencies();
    // What each core module may use: nothing above it.
    let allowed: [(&str, &[&str]); 8] = [
        ("diagnostics", &[]),
        ("calendar", &[]),
        ("cpr", &[]),
        ("keys", &[]),
        ("i18n", &["diagnostics", "keys"]),
        ("embedded", &[]),
        ("content", &["calendar", "diagnostics", "keys", "embedded"]),
        ("engine", &["content", "calendar", "cpr", "diagnostics"]),
    ];
    for (module, may) in allowed {
        let Some((uses, crates)) = deps.get(module) else {
            continue;
        };
        let extra: Vec<&String> = uses.iter().filter(|u| !may.contains(&u.as_str())).collect();
        assert!(extra.is_empty(), "{module} uses {extra:?}");
        assert!(crates.is_empty(), "{module} uses {crates:?}");
    }
    // The output and lint layers draw nothing either.
    for module in ["output", "lint"] {
        let (_, crates) = &deps[module];
        assert!(crates.is_empty(), "{module} uses {crates:?}");
    }
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let deps = dependencies();
    // Depth-first search for a cycle.
    fn visit(
        module: &str,
        deps: &BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|m| m == module) {
            panic!("a cycle: {:?}", &path[at..]);
        }
        if done.contains(module) {
            return;
        }
        path.push(module.to_string());
        if let Some((uses, _)) = deps.get(module) {
            for next in uses {
                visit(next, deps, path, done);
            }
        }
        path.pop();
        done.insert(module.to_string());
    }
    let mut done = BTreeSet::new();
    for module in deps.keys() {
        visit(module, &deps, &mut Vec::new(), &mut done);
    }
    assert!(done.len() >= 12, "{done:?}");
}
