//! Start-up as ratios to the floor, measured side by side in one run:
//! `cargo bench --bench ratios` (or `scripts/ratios`).
//!
//! Each pair runs `/bin/true` and then the program, alternately, so the
//! machine's state drifts for both alike; the figure is the median of the
//! pairs' ratios. Three measures:
//!
//! - `guide --format json` with the README's answers (national content);
//! - `cpr NUMBER`;
//! - the interactive guide in a pseudo-terminal, from spawn to the first
//!   complete frame's bytes (its footer), against `/bin/true` in a
//!   pseudo-terminal until it closes.
//!
//! `RATIO_PAIRS` sets the number of pairs (default 300); `RATIO_BIN` another
//! binary to measure (default: this build's).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "common/answers.rs"]
mod answers;
use answers::ANSWERS;

fn run(program: &str, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    let took = start.elapsed();
    assert!(
        out.status.code().is_some_and(|c| c == 0),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// Spawn in a pseudo-terminal of 80×24 and read until `until` is among
/// the bytes read (or the end when `None`).
fn in_pty(program: &str, args: &[&str], until: Option<&[u8]>) -> Duration {
    use expectrl::Session;
    let mut command = Command::new(program);
    command.args(args).env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut session = Session::spawn(command).expect("spawn in a pty");
    let mut seen = Vec::new();
    let mut buf = [0u8; 16384];
    let took = loop {
        match session.read(&mut buf) {
            Ok(0) | Err(_) if until.is_none() => break start.elapsed(),
            Ok(n) => {
                seen.extend_from_slice(&buf[..n]);
                if let Some(marker) = until {
                    if seen.windows(marker.len()).any(|w| w == marker) {
                        break start.elapsed();
                    }
                }
            }
            Err(e) => panic!("{program}: {e}; read {}", String::from_utf8_lossy(&seen)),
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no first frame");
    };
    let _ = session
        .get_process_mut()
        .kill(expectrl::process::unix::Signal::SIGKILL);
    let _ = session.get_process_mut().wait();
    took
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(name: &str, target: f64, pairs: &[(Duration, Duration)]) {
    let ratios: Vec<f64> = pairs
        .iter()
        .map(|(floor, it)| it.as_secs_f64() / floor.as_secs_f64())
        .collect();
    let floor = median(pairs.iter().map(|p| p.0.as_secs_f64() * 1e3).collect());
    let it = median(pairs.iter().map(|p| p.1.as_secs_f64() * 1e3).collect());
    let ratio = median(ratios);
    let verdict = if ratio <= target {
        "met".to_string()
    } else {
        format!("missed by {:.2}×", ratio / target)
    };
    println!(
        "{name:<34} {it:>7.2} ms  floor {floor:>5.2} ms  ratio {ratio:>5.2}×  target {target}×  {verdict}"
    );
}

fn main() {
    // RATIO_BIN measures another build (e.g. scripts/build-static's).
    let built = env!("CARGO_BIN_EXE_cpr-guide").to_string();
    let bin_path = std::env::var("RATIO_BIN").unwrap_or(built);
    let bin = bin_path.as_str();
    println!("{bin}");
    let pairs: usize = std::env::var("RATIO_PAIRS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let mut guide_args = vec![
        "guide",
        "--format",
        "json",
        "--lang",
        "en",
        "--now",
        "2026-11-23T10:00",
    ];
    for a in ANSWERS {
        guide_args.extend(["--answer", a]);
    }
    let cpr_args = ["cpr", "--today", "2026-11-22", "070761-4285"];
    let tui_args = ["--lang", "en", "--now", "2026-11-23T10:00"];
    // The welcome screen's footer ends the first frame.
    let footer: &[u8] = b"q quit";
    // Warm the caches once.
    run("/bin/true", &[]);
    run(bin, &guide_args);
    run(bin, &cpr_args);
    in_pty(bin, &tui_args, Some(footer));

    let mut guide = Vec::with_capacity(pairs);
    let mut cpr = Vec::with_capacity(pairs);
    for _ in 0..pairs {
        guide.push((run("/bin/true", &[]), run(bin, &guide_args)));
        cpr.push((run("/bin/true", &[]), run(bin, &cpr_args)));
    }
    // Pseudo-terminals cost more: a third as many pairs.
    let mut tui = Vec::with_capacity(pairs / 3 + 1);
    for _ in 0..pairs / 3 + 1 {
        tui.push((
            in_pty("/bin/true", &[], None),
            in_pty(bin, &tui_args, Some(footer)),
        ));
    }
    println!(
        "{pairs} alternating pairs each (the TUI {}), medians:",
        pairs / 3 + 1
    );
    report("guide --format json (national)", 2.5, &guide);
    report("cpr NUMBER", 1.5, &cpr);
    report("TUI first frame in a pty", 3.0, &tui);
}
