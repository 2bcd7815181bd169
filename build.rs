//! Embeds `content/*.yaml` and `locales/*/*.ftl` with `include_str!`, so the
//! binary runs from any folder and Cargo rebuilds when a file changes; and
//! checks the content with the core crate's own loader (a build-dependency)
//! and compiles it into postcard bytes (`content.bin`), so start-up parses
//! no YAML. Content that does not load stops the build, naming file and line.

use std::fs;
use std::path::Path;

use cpr_guide_core::{content, diagnostics, i18n::spans};

fn files(dir: &Path, ext: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path.display().to_string());
        }
    }
}

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut code = String::new();
    let mut yaml = Vec::new();
    for (name, dir, ext) in [
        ("CONTENT", "content", "yaml"),
        ("LOCALES", "locales", "ftl"),
    ] {
        let base = root.join(dir);
        println!("cargo:rerun-if-changed={}", base.display());
        let mut list = Vec::new();
        files(&base, ext, &mut list);
        if name == "CONTENT" {
            code.push_str("pub static CONTENT: &[(&str, &str)] = &[\n");
        } else {
            // Each translation file with its messages' spans, by ID.
            code.push_str(
                "#[allow(clippy::type_complexity)]\npub static LOCALES: &[(&str, &str, &[(&str, u32, u32)])] = &[\n",
            );
        }
        for path in list {
            println!("cargo:rerun-if-changed={path}");
            let relative = Path::new(&path)
                .strip_prefix(&base)
                .expect("file below its folder")
                .display()
                .to_string()
                .replace('\\', "/");
            if name == "CONTENT" {
                code.push_str(&format!("    ({relative:?}, include_str!({path:?})),\n"));
            } else {
                let text = fs::read_to_string(&path).expect("translations are UTF-8");
                let mut spans = spans::message_spans(&text);
                spans.sort_by(|a, b| a.0.cmp(b.0));
                code.push_str(&format!("    ({relative:?}, include_str!({path:?}), &["));
                for (id, start, end) in spans {
                    code.push_str(&format!("({id:?}, {start}, {end}),"));
                }
                code.push_str("]),\n");
            }
            if name == "CONTENT" {
                yaml.push(diagnostics::SourceFile {
                    name: format!("content/{relative}"),
                    text: fs::read_to_string(&path).expect("content is UTF-8"),
                });
            }
        }
        code.push_str("];\n");
    }
    fs::write(Path::new(&out).join("embedded.rs"), code).expect("write embedded.rs");

    let content = match content::load_sources(&yaml) {
        Ok(content) => content,
        Err(errors) => {
            for e in &errors {
                eprintln!("{}:{}: {:?}", e.file, e.line.unwrap_or(0), e.problem);
            }
            panic!(
                "the built-in content does not load: {} problems (above)",
                errors.len()
            );
        }
    };
    let bytes = postcard::to_stdvec(&content).expect("content serialises");
    fs::write(Path::new(&out).join("content.bin"), bytes).expect("write content.bin");
    // Postcodes and the place index apart: read only when needed.
    let geo = postcard::to_stdvec(content.geo.data()).expect("places serialise");
    fs::write(Path::new(&out).join("geo.bin"), geo).expect("write geo.bin");
}
