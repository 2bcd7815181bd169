//! The SSH service under load: `cargo bench --bench ssh [-- N ...]`.
//!
//! Not timed by criterion: for each N (arguments, or `SSH_BENCH_SESSIONS`
//! as `100,500`; by default 100, 500 and 1000) it starts this build's
//! `cpr-guide serve` on 127.0.0.1 with its session and per-address limits set to N (full once all are in), opens N SSH
//! sessions side by side (a pty of 80×24 unless `SSH_BENCH_SIZE`, LANG=en_GB.UTF-8), their starts
//! spread over a ramp, and walks each through the interview as a person
//! would: an English EU citizen moving to Copenhagen, a pause of 200–800 ms
//! (seeded, pseudo-random) before each key, to the result screen. There
//! every session waits until all have arrived (or given up); then the
//! server gets SIGTERM with all of them open.
//!
//! It reports, as a markdown table: the sessions that reached the result
//! (held), those turned away (refused) or lost on the way (dropped); the
//! server's resident memory idle, at its peak, and per held session; its
//! CPU time; the time to connect and authenticate, and from the shell
//! request to the first frame; the time from sending each key to the first
//! data after it (key to frame), p50, p99 and max; and how SIGTERM went.
//!
//! The client runs on the same machine (tokio, multi-threaded) and takes
//! CPU from the server; the figures are for both on one machine.
//!
//! Settings (environment): `SSH_BENCH_SESSIONS`, `SSH_BENCH_RAMP_MS`
//! (default 3000), `SSH_BENCH_PAUSE_MS` (`200-800`), `SSH_BENCH_SEED`,
//! `SSH_BENCH_SIZE` (the window, `80x24`; `200x60` for a kiosk-sized one).
//! Every wait is bounded; a run ends by itself.

#![forbid(unsafe_code)]

use russh::client::{self, Handle, Msg};
use russh::keys::PublicKeyOrCertificate;
use russh::{Channel, ChannelMsg, Disconnect};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

const BIN: &str = env!("CARGO_BIN_EXE_cpr-guide");

/// The marker of the result screen (English).
const RESULT: &str = "Your result";

/// How long one connection step, or a frame after a key, may take.
const PATIENCE: Duration = Duration::from_secs(30);

fn main() {
    let counts = session_counts();
    let ramp = Duration::from_millis(env_u64("SSH_BENCH_RAMP_MS", 3000));
    let pause = pause_range();
    let window = window();
    let seed = env_u64("SSH_BENCH_SEED", 22);
    let most = counts.iter().copied().max().unwrap_or(0);
    raise_open_files(most);

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let arrival = arrival_date();
    let keys = interview_keys(&arrival);
    println!(
        "cpr-guide serve under load: {} keys a session (English, EU citizen, Copenhagen, \
         arriving {arrival}), a pause of {}–{} ms before each, starts spread over {} ms; \
         {} cores shared by server and client.",
        keys.len(),
        pause.0,
        pause.1,
        ramp.as_millis(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let mut rows = Vec::new();
    for n in counts {
        eprintln!("ssh bench: {n} sessions…");
        let row = rt.block_on(run(n, &keys, ramp, pause, window, seed));
        eprintln!("ssh bench: {n} sessions done");
        rows.push(row);
    }
    println!();
    println!(
        "| sessions | held | refused | dropped | server RSS idle | RSS peak | per held session \
         | server CPU | connect + auth p50 / p99 | shell → first frame p50 / p99 | key → frame p50 | p99 | max | keys without a frame \
         | SIGTERM with all open |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for row in &rows {
        println!("{}", row.markdown());
    }
    for row in &rows {
        if !row.errors.is_empty() {
            println!("\n{} sessions, first refusals and losses:", row.n);
            for e in row.errors.iter().take(5) {
                println!("- {e}");
            }
        }
    }
}

/// The session counts: numeric arguments (cargo adds `--bench`), else
/// `SSH_BENCH_SESSIONS`, else 100, 500, 1000.
fn session_counts() -> Vec<usize> {
    let from_args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if !from_args.is_empty() {
        return from_args;
    }
    if let Ok(list) = std::env::var("SSH_BENCH_SESSIONS") {
        let from_env: Vec<usize> = list
            .split(',')
            .filter_map(|a| a.trim().parse().ok())
            .collect();
        if !from_env.is_empty() {
            return from_env;
        }
    }
    vec![100, 500, 1000]
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Two numbers from the variable `name`, written with `sep` between them.
fn env_pair<T: std::str::FromStr>(name: &str, sep: char) -> Option<(T, T)> {
    let value = std::env::var(name).ok()?;
    let (a, b) = value.split_once(sep)?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

/// The visitors' window: `SSH_BENCH_SIZE=COLSxROWS` (default 80x24).
fn window() -> (u16, u16) {
    env_pair("SSH_BENCH_SIZE", 'x')
        .filter(|&(cols, rows)| cols >= 80 && rows >= 24)
        .unwrap_or((80, 24))
}

fn pause_range() -> (u64, u64) {
    env_pair("SSH_BENCH_PAUSE_MS", '-')
        .filter(|&(low, high)| low <= high)
        .unwrap_or((200, 800))
}

/// Each session and the server hold a socket per session: the soft limit
/// on open files goes up to the hard one (the server inherits it).
fn raise_open_files(sessions: usize) {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let limit = getrlimit(Resource::Nofile);
    let wanted = limit.maximum;
    if limit.current < wanted {
        let raised = setrlimit(
            Resource::Nofile,
            Rlimit {
                current: wanted,
                maximum: limit.maximum,
            },
        );
        if let Err(e) = raised {
            eprintln!("ssh bench: could not raise the open-files limit: {e}");
        }
    }
    let now = getrlimit(Resource::Nofile).current;
    if let Some(now) = now {
        if now < sessions as u64 + 200 {
            eprintln!("ssh bench: at most {now} open files; {sessions} sessions may be refused");
        }
    }
}

/// Nine days from today, as a person types it (`d.m.yyyy`).
fn arrival_date() -> String {
    let today = jiff::Zoned::now().date();
    let day = today
        .checked_add(jiff::Span::new().days(9))
        .expect("a date");
    format!("{}.{}.{}", day.day(), day.month(), day.year())
}

/// The keys from the welcome screen to the result: English; EU citizen,
/// more than 6 months, not a job-seeker, a worker; Copenhagen; arrival;
/// not from a Nordic country, 18 or older, no children, not married; the
/// review; the result.
fn interview_keys(arrival: &str) -> Vec<String> {
    let path = format!("22321\rcopenhagen\r{arrival}\r2221\r");
    path.chars().map(String::from).collect()
}

/// A small seeded generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// The server as a child process.
struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Server {
    /// A server whose limits are exactly `sessions`: full when all are in.
    fn start(sessions: usize) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let limit = sessions.max(1).to_string();
        let mut child = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--host-key"])
            .arg(dir.path().join("key"))
            .args(["--max-sessions", &limit, "--per-ip", &limit])
            .env("LANG", "en_GB.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn cpr-guide serve");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut said = String::new();
        let port = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(addr) = parse_listening(&line) {
                        assert!(addr.ip().is_loopback(), "listening on {addr}");
                        break addr.port();
                    }
                    said.push_str(&line);
                    said.push('\n');
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("cpr-guide serve did not start listening:\n{said}");
                }
            }
        };
        // Later lines are not read; a thread drains them.
        std::thread::spawn(move || while rx.recv().is_ok() {});
        Server {
            child,
            port,
            _dir: dir,
        }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM; how long until it ended and how (bounded: killed after 20 s).
    fn terminate(&mut self) -> String {
        use rustix::process::{kill_process, Pid, Signal};
        let start = Instant::now();
        if let Err(e) = kill_process(Pid::from_child(&self.child), Signal::TERM) {
            return format!("SIGTERM failed: {e}");
        }
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    let how = match status.code() {
                        Some(code) => format!("exit {code}"),
                        None => format!("{status}"),
                    };
                    return format!("{how} in {} ms", start.elapsed().as_millis());
                }
                Ok(None) if start.elapsed() < Duration::from_secs(20) => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                _ => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return "still running after 20 s; killed".to_string();
                }
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn parse_listening(line: &str) -> Option<SocketAddr> {
    let (_, rest) = line.split_once("listening on ")?;
    rest.split_whitespace().next()?.parse().ok()
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// User plus system CPU time of `pid`, in clock ticks (`/proc/PID/stat`).
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command name in parentheses: state is field 3, utime 14, stime 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// How one session went.
#[derive(Default)]
struct Outcome {
    held: bool,
    /// Turned away before the first frame: what happened.
    refused: Option<String>,
    /// Lost after the first frame: what happened.
    dropped: Option<String>,
    /// TCP connect to authenticated.
    handshake: Option<Duration>,
    /// Shell request to the first data.
    first_frame: Option<Duration>,
    latencies: Vec<Duration>,
    missed: usize,
}

async fn bounded<T, E: std::fmt::Display>(
    what: &str,
    future: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, String> {
    match tokio::time::timeout(PATIENCE, future).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(format!("{what}: {e}")),
        Err(_) => Err(format!("{what}: no answer within {PATIENCE:?}")),
    }
}

/// A session with a pty and a shell: the handles, how long the connection
/// and authentication took, and when the shell was asked for.
async fn open(
    port: u16,
    (cols, rows): (u16, u16),
) -> Result<(Handle<Client>, Channel<Msg>, Duration, Instant), String> {
    let began = Instant::now();
    let config = Arc::new(client::Config {
        nodelay: true,
        ..Default::default()
    });
    let mut handle = bounded(
        "connect",
        client::connect(config, ("127.0.0.1", port), Client),
    )
    .await?;
    let auth = bounded("authenticate", handle.authenticate_none("bench")).await?;
    if !auth.success() {
        return Err("authentication (none) refused".to_string());
    }
    let handshake = began.elapsed();
    let channel = bounded("open a session", handle.channel_open_session()).await?;
    bounded(
        "pty",
        channel.request_pty(
            false,
            "xterm-256color",
            u32::from(cols),
            u32::from(rows),
            0,
            0,
            &[],
        ),
    )
    .await?;
    bounded("env", channel.set_env(false, "LANG", "en_GB.UTF-8")).await?;
    let shell = Instant::now();
    bounded("shell", channel.request_shell(false)).await?;
    Ok((handle, channel, handshake, shell))
}

/// What the channel gave: a chunk of the screen, or the end.
enum Got {
    Data,
    Gone(String),
    Nothing,
}

/// Waits until `until` for data, applying it to `screen`.
async fn receive(
    channel: &mut Channel<Msg>,
    screen: &mut vt100::Parser,
    until: tokio::time::Instant,
) -> Got {
    loop {
        match tokio::time::timeout_at(until, channel.wait()).await {
            Err(_) => return Got::Nothing,
            Ok(Some(ChannelMsg::Data { data })) => {
                screen.process(&data);
                return Got::Data;
            }
            Ok(Some(ChannelMsg::ExtendedData { data, .. })) => {
                return Got::Gone(String::from_utf8_lossy(&data).trim().to_string())
            }
            Ok(Some(ChannelMsg::Eof | ChannelMsg::Close) | None) => {
                return Got::Gone("the server closed the session".to_string())
            }
            Ok(Some(ChannelMsg::Failure)) => {
                return Got::Gone("the server refused a request".to_string())
            }
            Ok(Some(_)) => {}
        }
    }
}

/// Takes what arrives until `until`, applying it to `screen`.
async fn drain(
    channel: &mut Channel<Msg>,
    screen: &mut vt100::Parser,
    until: tokio::time::Instant,
) -> Result<(), String> {
    loop {
        match receive(channel, screen, until).await {
            Got::Data => {}
            Got::Nothing => return Ok(()),
            Got::Gone(why) => return Err(why),
        }
    }
}

struct Plan {
    port: u16,
    start_after: Duration,
    keys: Arc<Vec<String>>,
    pause: (u64, u64),
    /// The window's columns and rows.
    window: (u16, u16),
    seed: u64,
}

async fn session(
    plan: Plan,
    report: mpsc::UnboundedSender<Outcome>,
    mut release: watch::Receiver<bool>,
) {
    tokio::time::sleep(plan.start_after).await;
    let mut outcome = Outcome::default();
    let mut rng = Rng(plan.seed);
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(plan.window.1).expect("rows"),
        std::num::NonZeroU16::new(plan.window.0).expect("cols"),
        0,
    );
    let (handle, mut channel, shell) = match open(plan.port, plan.window).await {
        Ok((handle, channel, handshake, shell)) => {
            outcome.handshake = Some(handshake);
            (handle, channel, shell)
        }
        Err(why) => {
            outcome.refused = Some(why);
            let _ = report.send(outcome);
            return;
        }
    };
    let deadline = tokio::time::Instant::now() + PATIENCE;
    match receive(&mut channel, &mut screen, deadline).await {
        Got::Data => outcome.first_frame = Some(shell.elapsed()),
        Got::Gone(why) => outcome.refused = Some(why),
        Got::Nothing => outcome.refused = Some("no first frame".to_string()),
    }
    if outcome.refused.is_none() {
        outcome.dropped = walk(&plan, &mut rng, &mut channel, &mut screen, &mut outcome)
            .await
            .err();
        outcome.held = outcome.dropped.is_none();
    }
    let _ = report.send(outcome);
    // Held at the result until all are there (or the run ends).
    let _ = tokio::time::timeout(Duration::from_secs(120), release.wait_for(|go| *go)).await;
    let _ = handle.disconnect(Disconnect::ByApplication, "", "en").await;
}

/// The interview, key by key, to the result screen.
async fn walk(
    plan: &Plan,
    rng: &mut Rng,
    channel: &mut Channel<Msg>,
    screen: &mut vt100::Parser,
    outcome: &mut Outcome,
) -> Result<(), String> {
    for key in plan.keys.iter() {
        let pause = Duration::from_millis(rng.between(plan.pause.0, plan.pause.1));
        drain(channel, screen, tokio::time::Instant::now() + pause).await?;
        let sent = Instant::now();
        bounded("send a key", channel.data(key.as_bytes())).await?;
        let until = tokio::time::Instant::now() + PATIENCE;
        match receive(channel, screen, until).await {
            Got::Data => outcome.latencies.push(sent.elapsed()),
            Got::Nothing => outcome.missed += 1,
            Got::Gone(why) => return Err(why),
        }
    }
    let until = tokio::time::Instant::now() + PATIENCE;
    while !screen.screen().contents().contains(RESULT) {
        match receive(channel, screen, until).await {
            Got::Data => {}
            Got::Nothing => {
                return Err(format!(
                    "no result screen; it shows:\n{}",
                    screen.screen().contents().trim_end()
                ))
            }
            Got::Gone(why) => return Err(why),
        }
    }
    Ok(())
}

/// One line of the table.
struct Row {
    n: usize,
    held: usize,
    refused: usize,
    dropped: usize,
    rss_idle: Option<u64>,
    rss_peak: Option<u64>,
    cpu_seconds: Option<f64>,
    handshake: Vec<Duration>,
    first_frame: Vec<Duration>,
    latencies: Vec<Duration>,
    missed: usize,
    sigterm: String,
    errors: Vec<String>,
}

fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted.get(rank - 1).copied()
}

fn ms(d: Option<Duration>) -> String {
    d.map_or("–".to_string(), |d| {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    })
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("–".to_string(), |k| {
        format!("{:.1} MiB", k as f64 / 1024.0)
    })
}

impl Row {
    fn markdown(&self) -> String {
        let per_session = match (self.rss_idle, self.rss_peak) {
            (Some(idle), Some(peak)) if self.held > 0 => format!(
                "{:.0} KiB",
                peak.saturating_sub(idle) as f64 / self.held as f64
            ),
            _ => "–".to_string(),
        };
        format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} / {} | {} / {} | {} | {} | {} | {} | {} |",
            self.n,
            self.held,
            self.refused,
            self.dropped,
            mib(self.rss_idle),
            mib(self.rss_peak),
            per_session,
            self.cpu_seconds
                .map_or("–".to_string(), |s| format!("{s:.1} s")),
            ms(percentile(&self.handshake, 0.5)),
            ms(percentile(&self.handshake, 0.99)),
            ms(percentile(&self.first_frame, 0.5)),
            ms(percentile(&self.first_frame, 0.99)),
            ms(percentile(&self.latencies, 0.5)),
            ms(percentile(&self.latencies, 0.99)),
            ms(self.latencies.last().copied()),
            self.missed,
            self.sigterm,
        )
    }
}

async fn run(
    n: usize,
    keys: &[String],
    ramp: Duration,
    pause: (u64, u64),
    window: (u16, u16),
    seed: u64,
) -> Row {
    let mut server = Server::start(n);
    let pid = server.pid();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let rss_idle = rss_kib(pid);
    let cpu_before = cpu_ticks(pid);

    // The server's memory, sampled while the sessions run.
    let (stop_sampling, mut stopped) = watch::channel(false);
    let sampler = tokio::spawn(async move {
        let mut peak = 0;
        loop {
            if let Some(kib) = rss_kib(pid) {
                peak = peak.max(kib);
            }
            let tick = tokio::time::sleep(Duration::from_millis(100));
            tokio::select! {
                _ = tick => {}
                _ = stopped.wait_for(|s| *s) => break,
            }
        }
        if let Some(kib) = rss_kib(pid) {
            peak = peak.max(kib);
        }
        peak
    });

    let keys = Arc::new(keys.to_vec());
    let (report, mut reports) = mpsc::unbounded_channel();
    let (release, held) = watch::channel(false);
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let plan = Plan {
            port: server.port,
            start_after: ramp.mul_f64(i as f64 / n.max(1) as f64),
            keys: Arc::clone(&keys),
            pause,
            window,
            seed: seed.wrapping_mul(1_000_003).wrapping_add(i as u64),
        };
        tasks.push(tokio::spawn(session(plan, report.clone(), held.clone())));
    }
    drop(report);

    // Every session reports once; the longest walk is bounded.
    let longest = ramp
        + PATIENCE * 3
        + Duration::from_millis(pause.1 + 1000) * keys.len() as u32
        + Duration::from_secs(30);
    let deadline = tokio::time::Instant::now() + longest;
    let mut outcomes = Vec::with_capacity(n);
    while outcomes.len() < n {
        match tokio::time::timeout_at(deadline, reports.recv()).await {
            Ok(Some(outcome)) => outcomes.push(outcome),
            _ => break,
        }
    }
    let _ = stop_sampling.send(true);
    let rss_peak = sampler.await.ok().filter(|&kib| kib > 0);
    let cpu_seconds = match (cpu_before, cpu_ticks(pid)) {
        (Some(before), Some(after)) => Some((after - before) as f64 / clock_ticks_per_second()),
        _ => None,
    };
    // SIGTERM with every held session still open.
    let sigterm = tokio::task::block_in_place(|| server.terminate());
    let _ = release.send(true);
    let finish = tokio::time::Instant::now() + Duration::from_secs(10);
    for task in tasks {
        let abort = task.abort_handle();
        if tokio::time::timeout_at(finish, task).await.is_err() {
            abort.abort();
        }
    }

    let mut row = Row {
        n,
        held: 0,
        refused: 0,
        dropped: 0,
        rss_idle,
        rss_peak,
        cpu_seconds,
        handshake: Vec::new(),
        first_frame: Vec::new(),
        latencies: Vec::new(),
        missed: 0,
        sigterm,
        errors: Vec::new(),
    };
    // Sessions that never reported count as dropped.
    row.dropped += n - outcomes.len();
    if n > outcomes.len() {
        row.errors.push(format!(
            "{} sessions did not finish in {} s",
            n - outcomes.len(),
            longest.as_secs()
        ));
    }
    for outcome in outcomes {
        row.held += usize::from(outcome.held);
        if let Some(why) = outcome.refused {
            row.refused += 1;
            row.errors.push(format!("refused: {why}"));
        }
        if let Some(why) = outcome.dropped {
            row.dropped += 1;
            row.errors.push(format!("dropped: {why}"));
        }
        row.handshake.extend(outcome.handshake);
        row.first_frame.extend(outcome.first_frame);
        row.latencies.extend(outcome.latencies);
        row.missed += outcome.missed;
    }
    row.handshake.sort();
    row.first_frame.sort();
    row.latencies.sort();
    row
}

/// `sysconf(_SC_CLK_TCK)`: 100 on Linux.
fn clock_ticks_per_second() -> f64 {
    100.0
}
