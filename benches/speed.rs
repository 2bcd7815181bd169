//! The speed figures in the README: `cargo bench`.
//!
//! - whole processes: `/bin/true` as the floor, and `cpr-guide guide
//!   --format json` for full guidance;
//! - the terminal UI: cold start to the first frame (content, translations,
//!   state, one draw) and one frame of the result screen;
//! - content load + lint of the shipped content (national: 98
//!   municipalities, 1,100+ postcodes, the six ICS centres);
//! - CPR validations.

use cpr_guide::content::{embedded_sources, load_sources};
use cpr_guide::i18n::{Catalog, Lang};
use cpr_guide::lint::lint;
use cpr_guide::tui::app::{update, App, Msg};
use cpr_guide::tui::keys::message;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use jiff::civil::date;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::hint::black_box;
use std::process::Command;

#[path = "common/answers.rs"]
mod answers;
use answers::ANSWERS;

fn processes(c: &mut Criterion) {
    let bin = env!("CARGO_BIN_EXE_cpr-guide");
    let mut group = c.benchmark_group("process");
    group.sample_size(60);
    group.bench_function("bin_true", |b| {
        b.iter(|| Command::new("/bin/true").status().expect("true"));
    });
    let mut args = vec![
        "guide",
        "--format",
        "json",
        "--lang",
        "en",
        "--now",
        "2026-11-23T10:00",
    ];
    for a in ANSWERS {
        args.extend(["--answer", a]);
    }
    group.bench_function("guide_json", |b| {
        b.iter(|| {
            let out = Command::new(bin).args(&args).output().expect("guide");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            black_box(out.stdout.len())
        });
    });
    group.finish();
}

fn keys(app: &mut App<'_>, text: &str) {
    for ch in text.chars() {
        let code = if ch == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(ch)
        };
        if let Some(msg) = message(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
            update(app, msg);
        }
    }
}

fn tui(c: &mut Criterion) {
    let today = date(2026, 11, 22);
    let now = today.at(10, 0, 0, 0);
    let mut group = c.benchmark_group("tui");
    group.bench_function("first_frame_cold", |b| {
        b.iter(|| {
            // As the program starts: the content compiled at build time,
            // the translations indexed at build time, all three languages.
            let content = cpr_guide::builtin::content().expect("content");
            let catalog = Catalog::from_static(cpr_guide::embedded::LOCALES, &Lang::ALL);
            let app = App::new(&content, &catalog, Lang::En, today, Some(now));
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            terminal
                .draw(|f| {
                    cpr_guide::tui::view::draw(f, &app);
                })
                .expect("draw");
            black_box(terminal.backend().buffer().area.width)
        });
    });
    let files = embedded_sources();
    let content = load_sources(&files.yaml).expect("content");
    let catalog = Catalog::new(&files.ftl).expect("catalog");
    let mut app = App::new(&content, &catalog, Lang::En, today, Some(now));
    keys(&mut app, "22321\ncopenhagen\n2026-12-01\n21221\n");
    assert!(app.result().is_some(), "the bench draws the result screen");
    update(&mut app, Msg::Resize(80, 24));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    group.bench_function("result_frame_80x24", |b| {
        b.iter(|| {
            terminal
                .draw(|f| {
                    cpr_guide::tui::view::draw(f, &app);
                })
                .map(|_| ())
                .expect("draw")
        });
    });
    group.finish();
}

fn content_lint(c: &mut Criterion) {
    let today = date(2026, 11, 22);
    let mut group = c.benchmark_group("content");
    let files = embedded_sources();
    group.bench_function("load_lint_national", |b| {
        b.iter(|| {
            let content = load_sources(&files.yaml).expect("content");
            let catalog = Catalog::new(&files.ftl).expect("catalog");
            let report = lint(&content, &catalog, today);
            assert_eq!(report.errors(), 0);
            black_box(report.paths)
        });
    });
    group.finish();
}

fn cpr(c: &mut Criterion) {
    let today = date(2026, 11, 22);
    let numbers = [
        "070761-4285",
        "0101901234",
        "290200-4000",
        "310290-1234",
        "0101a01234",
        "231126-4000",
    ];
    let mut group = c.benchmark_group("cpr");
    group.throughput(Throughput::Elements(numbers.len() as u64));
    group.bench_function("validate", |b| {
        b.iter(|| {
            for n in numbers {
                let _ = black_box(cpr_guide::cpr::Cpr::parse(black_box(n), today));
            }
        });
    });
    group.finish();
}

fn parts(c: &mut Criterion) {
    let files = embedded_sources();
    let mut group = c.benchmark_group("parts");
    group.bench_function("yaml_load", |b| {
        b.iter(|| black_box(load_sources(&files.yaml).expect("content")))
    });
    group.bench_function("ftl_catalog", |b| {
        b.iter(|| black_box(Catalog::new(&files.ftl).expect("catalog")))
    });
    group.bench_function("embedded_copy", |b| {
        b.iter(|| black_box(embedded_sources()))
    });
    // What start-up does instead: the content compiled at build time, and
    // the translations indexed, one language and English.
    group.bench_function("builtin_content", |b| {
        b.iter(|| black_box(cpr_guide::builtin::content().expect("content")))
    });
    group.bench_function("ftl_lazy_index", |b| {
        b.iter(|| {
            black_box(Catalog::from_static(
                cpr_guide::embedded::LOCALES,
                &[Lang::Da],
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, processes, tui, content_lint, cpr, parts);
criterion_main!(benches);
