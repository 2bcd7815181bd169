//! The architecture holds. The compiler keeps the terminal out of the
//! core: `cpr-guide-core` is a crate of its own, and `cargo tree` shows no
//! terminal, command-line, password or signal crate in what it depends on.
//! Within the core, the modules depend on each other in one direction
//! only, without cycles.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a file belongs to, e.g. `content` for
/// `crates/core/src/content/build/mod.rs` and `cpr` for `…/src/cpr.rs`.
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

/// The top-level modules `crate::` paths name in `text`, grouped ones
/// (`use crate::{a, b::c}`) too.
fn crate_paths(text: &str) -> Vec<String> {
    let word = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for part in text.split("crate::").skip(1) {
        if let Some(group) = part.strip_prefix('{') {
            // Top-level names of the group: split at commas outside braces.
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.push(word(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(word(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.push(word(part));
        }
    }
    out.retain(|n| !n.is_empty() && n != "self");
    out
}

/// For each module: the crate modules and the external crates it names.
fn dependencies() -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/core/src"));
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
            for name in crate_paths(&text) {
                if name != module {
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

/// The crates the terminal, command line, kiosk PIN and signals need.
const NOT_IN_THE_CORE: [&str; 6] = [
    "ratatui",
    "crossterm",
    "clap",
    "argon2",
    "signal-hook",
    "qrcode",
];

#[test]
fn the_core_crate_depends_on_no_terminal_crate() {
    // What `cargo tree` prints for the core's normal dependencies, every
    // crate once.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = std::process::Command::new(cargo)
        .args([
            "tree",
            "--locked",
            "--offline",
            "-p",
            "cpr-guide-core",
            "-e",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        names.contains("cpr-guide-core") && names.contains("jiff"),
        "{tree}"
    );
    for krate in NOT_IN_THE_CORE {
        assert!(
            !names.contains(krate),
            "the core depends on {krate}:\n{tree}"
        );
    }
    // The program crate does use them: the check would notice them.
    assert!(tree.len() > 200);
}

#[test]
fn the_cores_layers_point_one_way() {
    let deps = dependencies();
    // What each core module may use: nothing above it.
    let allowed: [(&str, &[&str]); 8] = [
        ("diagnostics", &[]),
        ("cpr", &[]),
        ("keys", &[]),
        // What acts instead of showing (control characters), found and removed.
        ("text", &[]),
        ("i18n", &["diagnostics", "keys", "text"]),
        // Typed dates understand "today" in each language's words.
        ("calendar", &["i18n"]),
        ("content", &["calendar", "diagnostics", "keys", "text"]),
        ("engine", &["content", "calendar", "cpr", "diagnostics"]),
    ];
    for (module, may) in allowed {
        let (uses, crates) = deps.get(module).unwrap_or_else(|| panic!("{module}"));
        let extra: Vec<&String> = uses.iter().filter(|u| !may.contains(&u.as_str())).collect();
        assert!(extra.is_empty(), "{module} uses {extra:?}");
        assert!(crates.is_empty(), "{module} uses {crates:?}");
    }
    // A grouped `use crate::{…}` is read too.
    assert_eq!(
        crate_paths("use crate::{content::{a, b}, engine::Session, keys};"),
        ["content", "engine", "keys"]
    );
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
    assert!(done.len() >= 9, "{done:?}");
}
