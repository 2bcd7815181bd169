//! `cpr-guide serve`: the guide over SSH, for anyone with an SSH client
//! and nothing installed. Each connection that asks for a terminal gets
//! its own interactive guide in it — the same app and runner as a local
//! terminal, at the client's size and in its language; without a
//! terminal, the line mode or one of the guide's read-only commands.
//! Nothing else: no shell, no forwarding, no files. Forgetful like a
//! kiosk: a session's answers are wiped when it ends, and the log holds
//! only counts and refusals, never a visitor's answers or address.

mod exec;
mod handler;
mod hostkey;
mod limits;
mod linemode;
mod room;
mod session;
mod stream;

use crate::content::Content;
use crate::i18n::{Catalog, Localizer};
use crate::kiosk::counters::Counters;
use crate::settings::Clock;
use crate::tui::runner::Incoming;
use limits::{Limits, Refusal};
use session::{Ctl, End};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: SocketAddr,
    pub host_key: PathBuf,
    pub max_sessions: usize,
    pub per_address: usize,
    pub idle_timeout: Duration,
    pub max_length: Duration,
    pub clock: Clock,
    /// For tests, in debug builds only: a visitor who logs in under this
    /// name has their session panic at their first key, to show that a
    /// panic ends that session only. Always `None` in a release build.
    pub panic_user: Option<String>,
}

/// The longest a connection may take to finish its handshake.
const HANDSHAKE: Duration = Duration::from_secs(20);
/// Commands (`ssh host guide …`) run at once, each a process of its own;
/// more wait their turn.
const CHILDREN: usize = 8;
/// How long a command waits for its turn before it is refused.
pub const CHILD_WAIT: Duration = Duration::from_secs(10);
/// Refused connections being told so at once; past this, more are closed
/// without a word (a flood).
const REFUSING: usize = 256;
/// How long sessions get to say goodbye when the server stops.
const GRACE: Duration = Duration::from_secs(3);

/// What every connection shares.
pub struct Shared {
    content: &'static Content,
    catalog: &'static Catalog,
    options: Options,
    runtime: tokio::runtime::Handle,
    limits: Limits,
    /// The cells all sessions' screens may hold together.
    room: room::Room,
    tally: Arc<Mutex<Counters>>,
    /// The running sessions, to be told when the server stops.
    sessions: Mutex<Vec<(Sender<Incoming>, Weak<Ctl>)>>,
    stopping: AtomicBool,
    /// Session threads running now.
    live: Arc<AtomicU64>,
    /// Session writers still sending.
    writers: Arc<AtomicU64>,
    /// Every connection, to let go of when the server stops.
    connections: Mutex<Vec<(u64, russh::server::Handle)>>,
    next_connection: AtomicU64,
    served: AtomicU64,
    refused_full: AtomicU64,
    refused_address: AtomicU64,
    /// Turns for commands run as processes of their own.
    children: Arc<tokio::sync::Semaphore>,
    /// Refused connections being told so now.
    refusing: Arc<AtomicU64>,
}

/// A session thread counted while it runs.
pub struct Live(Arc<AtomicU64>);

impl Drop for Live {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Shared {
    fn stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    fn session_began(&self) -> Live {
        self.live.fetch_add(1, Ordering::SeqCst);
        self.served.fetch_add(1, Ordering::Relaxed);
        Live(Arc::clone(&self.live))
    }

    /// A session's writer counted while it sends (its last words too).
    fn sending(&self) -> Live {
        self.writers.fetch_add(1, Ordering::SeqCst);
        Live(Arc::clone(&self.writers))
    }

    fn register(&self, sender: &Sender<Incoming>, ctl: &Arc<Ctl>) {
        let mut sessions = self.sessions.lock().unwrap_or_else(PoisonError::into_inner);
        // Those that ended are let go of here.
        sessions.retain(|(_, ctl)| ctl.strong_count() > 0);
        sessions.push((sender.clone(), Arc::downgrade(ctl)));
    }

    /// Tells every session the server is stopping.
    fn stop_all(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        let sessions = self.sessions.lock().unwrap_or_else(PoisonError::into_inner);
        for (sender, ctl) in sessions.iter() {
            if let Some(ctl) = ctl.upgrade() {
                ctl.end(End::Shutdown);
            }
            let _ = sender.send(Incoming::Closed);
        }
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum Failed {
    HostKey(PathBuf, String),
    Listen(SocketAddr, std::io::Error),
    Runtime(std::io::Error),
}

/// A line for the operator's log (standard error; the journal under
/// systemd): counts and refusals only.
fn log(text: &str) {
    eprintln!("cpr-guide serve: {text}");
}

/// Runs the server until SIGTERM, SIGINT or SIGHUP; then tells every
/// session the service is restarting, closes them, and returns.
pub fn run(
    content: Content,
    catalog: &'static Catalog,
    options: Options,
    t: &Localizer<'_>,
) -> Result<(), Failed> {
    let (key, made) = hostkey::load_or_create(&options.host_key)
        .map_err(|e| Failed::HostKey(options.host_key.clone(), e.to_string()))?;
    let fingerprint = hostkey::fingerprint(&key);
    let mut fluent = crate::i18n::FluentArgs::new();
    fluent.set("fingerprint", fingerprint);
    fluent.set("file", options.host_key.display().to_string());
    log(&t.text_with(if made { "serve-key-made" } else { "serve-key" }, &fluent));
    // A panic in a session ends that session; it is told without what the
    // session held.
    std::panic::set_hook(Box::new(|_| log("a session ended with an internal error")));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(Failed::Runtime)?;
    // Both live as long as the program: every session borrows them.
    let content: &'static Content = Box::leak(Box::new(content));
    let shared = Arc::new(Shared {
        content,
        catalog,
        limits: Limits::new(options.max_sessions, options.per_address),
        room: room::Room::new(options.max_sessions),
        options: options.clone(),
        runtime: runtime.handle().clone(),
        tally: Arc::default(),
        sessions: Mutex::new(Vec::new()),
        stopping: AtomicBool::new(false),
        live: Arc::new(AtomicU64::new(0)),
        writers: Arc::new(AtomicU64::new(0)),
        connections: Mutex::new(Vec::new()),
        next_connection: AtomicU64::new(0),
        served: AtomicU64::new(0),
        refused_full: AtomicU64::new(0),
        refused_address: AtomicU64::new(0),
        children: Arc::new(tokio::sync::Semaphore::new(CHILDREN)),
        refusing: Arc::new(AtomicU64::new(0)),
    });
    let config = Arc::new(russh::server::Config {
        keys: vec![key],
        methods: russh::MethodSet::from(&[russh::MethodKind::None][..]),
        auth_rejection_time: Duration::from_millis(100),
        auth_rejection_time_initial: Some(Duration::ZERO),
        inactivity_timeout: Some(options.idle_timeout + Duration::from_secs(60)),
        keepalive_interval: Some(Duration::from_secs(30)),
        window_size: 256 * 1024,
        channel_buffer_size: 32,
        ..Default::default()
    });
    let result = runtime.block_on(serve(Arc::clone(&shared), config, t));
    shared.stop_all();
    // Sessions say goodbye and wipe their visit.
    let waited = std::time::Instant::now();
    // Until every session has said goodbye (or the grace is up) …
    let saying = || shared.live.load(Ordering::SeqCst) + shared.writers.load(Ordering::SeqCst) > 0;
    while saying() && waited.elapsed() < GRACE {
        std::thread::sleep(Duration::from_millis(20));
    }
    // … then every connection is let go of.
    let restarting = t.text("serve-restarting");
    let handles: Vec<russh::server::Handle> = shared
        .connections
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .map(|(_, h)| h.clone())
        .collect();
    for handle in handles {
        let why = restarting.clone();
        runtime.spawn(async move {
            let _ = handle
                .disconnect(russh::Disconnect::ByApplication, why, String::new())
                .await;
        });
    }
    while shared.limits.held() > 0 && waited.elapsed() < GRACE {
        std::thread::sleep(Duration::from_millis(20));
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    let results = shared
        .tally
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .to_json()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let served = shared.served.load(Ordering::Relaxed);
    log(&format!(
        "stopped: {served} {} served, {} refused (full {}, per address {}); counters {results}",
        if served == 1 { "session" } else { "sessions" },
        shared.refused_full.load(Ordering::Relaxed)
            + shared.refused_address.load(Ordering::Relaxed),
        shared.refused_full.load(Ordering::Relaxed),
        shared.refused_address.load(Ordering::Relaxed),
    ));
    result
}

/// Refusals in the log: the first of each minute as it happens, the rest
/// counted and said once the minute is over (a flood of them is not a
/// flood of lines).
#[derive(Default)]
struct Refusals {
    since: Option<std::time::Instant>,
    untold: u64,
}

impl Refusals {
    fn note(&mut self, line: &str) {
        let now = std::time::Instant::now();
        match self.since {
            Some(since) if now.duration_since(since) < Duration::from_secs(60) => self.untold += 1,
            _ => {
                if self.untold > 0 {
                    log(&format!(
                        "refused {} more connections in the last minute",
                        self.untold
                    ));
                }
                log(line);
                self.since = Some(now);
                self.untold = 0;
            }
        }
    }
}

/// A refused connection being told so, counted while it is.
struct Telling(Arc<AtomicU64>);

impl Telling {
    /// `None` when `refused` and too many are being told already.
    fn start(count: &Arc<AtomicU64>, refused: bool) -> Option<Option<Telling>> {
        if !refused {
            return Some(None);
        }
        let before = count.fetch_add(1, Ordering::SeqCst);
        let telling = Telling(Arc::clone(count));
        (usize::try_from(before).unwrap_or(usize::MAX) < REFUSING).then_some(Some(telling))
    }
}

impl Drop for Telling {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Accepts connections until a signal says stop.
async fn serve(
    shared: Arc<Shared>,
    config: Arc<russh::server::Config>,
    t: &Localizer<'_>,
) -> Result<(), Failed> {
    use tokio::signal::unix::{signal, SignalKind};
    // Signals first: a SIGTERM right after the start still ends it well.
    let mut term = signal(SignalKind::terminate()).map_err(Failed::Runtime)?;
    let mut int = signal(SignalKind::interrupt()).map_err(Failed::Runtime)?;
    let mut hup = signal(SignalKind::hangup()).map_err(Failed::Runtime)?;
    let listen = shared.options.listen;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Failed::Listen(listen, e))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failed::Listen(listen, e))?;
    log(&t.text_with(
        "serve-listening",
        &crate::i18n::args([("address", bound.to_string())]),
    ));
    let mut refusals = Refusals::default();
    let full = t.text("serve-refused-full");
    let per_address = t.text("serve-refused-address");
    loop {
        tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = hup.recv() => break,
            accepted = listener.accept() => {
                let Ok((socket, peer)) = accepted else {
                    // Out of files, say: a moment before the next try, not
                    // a loop that burns the processor.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                // Keys and frames are small: sent at once, not held back
                // to fill a packet (run_stream does not set it itself).
                let _ = socket.set_nodelay(true);
                let taken = shared.limits.take(peer.ip());
                let refusal = match &taken {
                    Err(Refusal::Full) => {
                        shared.refused_full.fetch_add(1, Ordering::Relaxed);
                        refusals.note("refused a connection: the service is full");
                        Some(full.clone())
                    }
                    Err(Refusal::PerAddress) => {
                        shared.refused_address.fetch_add(1, Ordering::Relaxed);
                        refusals.note("refused a connection: too many from one address");
                        Some(per_address.clone())
                    }
                    Ok(_) => None,
                };
                // A flood of refused connections is not told one by one.
                let telling = Telling::start(&shared.refusing, refusal.is_some());
                let Some(telling) = telling else {
                    drop(socket);
                    continue;
                };
                // The handshake must be done within HANDSHAKE; the socket
                // sees to it.
                let fate = stream::Fate::new(HANDSHAKE);
                let connection =
                    handler::Connection::new(Arc::clone(&shared), taken.ok(), Arc::clone(&fate));
                let socket = stream::Timed::new(socket, fate);
                let config = Arc::clone(&config);
                let shared_for_task = Arc::clone(&shared);
                tokio::spawn(async move {
                    connect(&shared_for_task, config, socket, connection, refusal).await;
                    drop(telling);
                });
            }
        }
    }
    Ok(())
}

/// One connection: the handshake (bounded in time), then the session;
/// one refused is told why in one line and let go.
async fn connect(
    shared: &Shared,
    config: Arc<russh::server::Config>,
    socket: stream::Timed<tokio::net::TcpStream>,
    connection: handler::Connection,
    refusal: Option<String>,
) {
    let Ok(Ok(running)) = tokio::time::timeout(
        HANDSHAKE,
        russh::server::run_stream(config, socket, connection),
    )
    .await
    else {
        return;
    };
    let handle = running.handle();
    if let Some(why) = refusal {
        let _ = handle
            .disconnect(russh::Disconnect::TooManyConnections, why, String::new())
            .await;
    }
    let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
    shared
        .connections
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push((id, handle));
    let _ = running.await;
    shared
        .connections
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .retain(|(i, _)| *i != id);
}
