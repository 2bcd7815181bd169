//! Embeds `content/*.yaml` and `locales/*/*.ftl` with `include_str!`, so the
//! binary runs from any folder and Cargo rebuilds when a file changes.

use std::fs;
use std::path::Path;

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
    let mut code = String::new();
    for (name, dir, ext) in [
        ("CONTENT", "content", "yaml"),
        ("LOCALES", "locales", "ftl"),
    ] {
        let base = root.join(dir);
        println!("cargo:rerun-if-changed={}", base.display());
        let mut list = Vec::new();
        files(&base, ext, &mut list);
        code.push_str(&format!("pub static {name}: &[(&str, &str)] = &[\n"));
        for path in list {
            println!("cargo:rerun-if-changed={path}");
            let relative = Path::new(&path)
                .strip_prefix(&base)
                .expect("file below its folder")
                .display()
                .to_string()
                .replace('\\', "/");
            code.push_str(&format!("    ({relative:?}, include_str!({path:?})),\n"));
        }
        code.push_str("];\n");
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("embedded.rs"), code).expect("write embedded.rs");
}
