//! One visitor's terminal UI over an SSH channel: the same [`Runner`] and
//! app as a local terminal, in a thread of its own, with the channel as
//! its terminal. Keys come from the connection's handler as
//! [`Incoming`]; frames go out through a small bounded queue, so a client
//! that stops reading ends its session instead of growing the server's
//! memory. Whatever ends it, the visit is wiped.

use crate::content::Content;
use crate::i18n::{Catalog, Lang};
use crate::kiosk::counters::Counters;
use crate::settings::Clock;
use crate::tui::app::App;
use crate::tui::runner::{Effects, Incoming, Input, Output, Runner, Stop};
use crate::tui::view::{Glyphs, Theme};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::server::Handle;
use russh::ChannelId;
use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Frames waiting to be sent; more means the client is not reading.
pub const FRAMES_QUEUED: usize = 16;
/// The most one frame may hold (a full redraw of the largest screen).
const FRAME_MAX: usize = 1 << 20;
/// How long frames may stay queued before the client counts as not
/// reading.
const SLOW_CLIENT: Duration = Duration::from_secs(5);
/// Each session thread's stack (reserved, not used up front).
pub const STACK: usize = 1 << 20;
/// The largest screen served: columns and rows (a larger window is drawn
/// at this size, in its top left). Memory grows with the cells: at
/// 240×80 a session holds about 2 MB, at 80×24 about 0.5 MB.
pub const MAX_SIZE: (u16, u16) = (240, 80);

/// Why a session ended, as its control says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum End {
    /// Still running.
    Running = 0,
    /// The server is stopping.
    Shutdown = 1,
    /// The client did not read what it was sent.
    NotReading = 2,
    /// The client closed the channel or went away.
    Gone = 3,
}

/// What the connection and the server share with a running session.
pub struct Ctl {
    /// When a key last came, in milliseconds since `epoch`.
    last_input: AtomicU64,
    /// How many times keys came.
    keys: AtomicU64,
    end: AtomicU8,
    epoch: Instant,
}

impl Ctl {
    pub fn new() -> Ctl {
        Ctl {
            last_input: AtomicU64::new(0),
            keys: AtomicU64::new(0),
            end: AtomicU8::new(End::Running as u8),
            epoch: Instant::now(),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// A key came.
    pub fn touch(&self) {
        self.last_input.store(self.now(), Ordering::Relaxed);
        self.keys.fetch_add(1, Ordering::Relaxed);
    }

    fn keys(&self) -> u64 {
        self.keys.load(Ordering::Relaxed)
    }

    /// Asks the session to end (the first reason given stays).
    pub fn end(&self, why: End) {
        let _ = self.end.compare_exchange(
            End::Running as u8,
            why as u8,
            Ordering::Relaxed,
            Ordering::Relaxed,
        );
    }

    fn ended(&self) -> End {
        match self.end.load(Ordering::Relaxed) {
            1 => End::Shutdown,
            2 => End::NotReading,
            3 => End::Gone,
            _ => End::Running,
        }
    }

    /// Why the session was asked to end, if it was.
    pub fn ended_for(&self) -> End {
        self.ended()
    }

    /// Whether the session is to end now: asked to, idle too long, or on
    /// for longer than a session may be.
    pub fn stopping(&self, start: &Start, began: Instant) -> bool {
        self.ended() != End::Running
            || self.idle() >= start.idle_timeout
            || began.elapsed() >= start.max_length
    }

    fn idle(&self) -> Duration {
        Duration::from_millis(
            self.now()
                .saturating_sub(self.last_input.load(Ordering::Relaxed)),
        )
    }
}

impl Default for Ctl {
    fn default() -> Self {
        Ctl::new()
    }
}

/// What goes to the channel.
pub enum Out {
    Data(Vec<u8>),
    /// The end: this exit status, then the channel closes.
    End(u32),
}

/// Sends what the session wrote, in order; closes the channel at the end
/// (exit status 1 if the session ended without saying: a panic).
pub async fn writer(
    handle: Handle,
    channel: ChannelId,
    mut queue: tokio::sync::mpsc::Receiver<Out>,
) {
    let mut status = 1;
    while let Some(out) = queue.recv().await {
        match out {
            Out::Data(bytes) => {
                if handle.data(channel, bytes).await.is_err() {
                    return;
                }
            }
            Out::End(code) => {
                status = code;
                break;
            }
        }
    }
    let _ = handle.exit_status_request(channel, status).await;
    let _ = handle.eof(channel).await;
    let _ = handle.close(channel).await;
}

/// Bytes written by the terminal library, sent as one frame on flush.
pub struct Sink {
    buf: Vec<u8>,
    queue: tokio::sync::mpsc::Sender<Out>,
    ctl: Arc<Ctl>,
    /// The end was sent: what comes after goes nowhere.
    ended: bool,
}

impl Sink {
    pub fn new(queue: tokio::sync::mpsc::Sender<Out>, ctl: Arc<Ctl>) -> Sink {
        Sink {
            buf: Vec::with_capacity(16 * 1024),
            queue,
            ctl,
            ended: false,
        }
    }

    /// The last words, then the end.
    pub fn end(&mut self, status: u32) {
        let _ = self.flush();
        let _ = self.queue.try_send(Out::End(status));
        self.ended = true;
    }
}

impl Write for Sink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.ended {
            return Ok(data.len());
        }
        if self.buf.len() + data.len() > FRAME_MAX {
            return Err(io::Error::other("frame too large"));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() || self.ended {
            return Ok(());
        }
        let mut frame = Out::Data(std::mem::take(&mut self.buf));
        let began = Instant::now();
        loop {
            match self.queue.try_send(frame) {
                Ok(()) => return Ok(()),
                Err(tokio::sync::mpsc::error::TrySendError::Full(back))
                    if began.elapsed() < SLOW_CLIENT =>
                {
                    frame = back;
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(_) => {
                    // Frames pile up: the client is not reading. End it.
                    self.ctl.end(End::NotReading);
                    return Err(io::Error::new(
                        io::ErrorKind::WouldBlock,
                        "the client is not reading",
                    ));
                }
            }
        }
    }
}

/// What puts the client's terminal back as it was: no paste or mouse
/// reporting, default colours, the cursor shown, the main screen.
const RESTORE: &[u8] = b"\x1b[?2004l\x1b[?1006l\x1b[?1000l\x1b[0m\x1b[?25h\x1b[?1049l";

/// The last words of a session that failed inside (a panic): the client's
/// terminal as it was (when it had one), and a line saying so.
pub fn crash_words(start: &Start, terminal: bool) -> Vec<u8> {
    let mut words = if terminal {
        RESTORE.to_vec()
    } else {
        Vec::new()
    };
    let text = start
        .catalog
        .lang(start.lang.unwrap_or(Lang::En))
        .text("serve-internal-error");
    words.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    words.extend_from_slice(b"\r\n");
    words
}

/// The channel as the runner's terminal, at the size the client gives.
pub struct Remote {
    terminal: Terminal<CrosstermBackend<Sink>>,
    size: (u16, u16),
}

impl Remote {
    pub fn new(sink: Sink, size: (u16, u16)) -> io::Result<Remote> {
        let area = Rect::new(0, 0, size.0, size.1);
        let terminal = Terminal::with_options(
            CrosstermBackend::new(sink),
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )
        .map_err(|e| io::Error::other(e.to_string()))?;
        Ok(Remote { terminal, size })
    }

    fn sink(&mut self) -> &mut Sink {
        self.terminal.backend_mut().writer_mut()
    }

    /// The alternate screen, no cursor, mouse and paste reporting on.
    pub fn start(&mut self) -> io::Result<()> {
        self.sink()
            .write_all(b"\x1b[?1049h\x1b[?25l\x1b[?1000h\x1b[?1006h\x1b[?2004h\x1b[H\x1b[2J")?;
        self.sink().flush()
    }

    /// The client's terminal as it was, then `last` on a line of its own.
    pub fn stop(&mut self, last: Option<&str>, status: u32) {
        let sink = self.sink();
        let _ = sink.write_all(RESTORE);
        if let Some(text) = last {
            let _ = write!(sink, "{}\r\n", text.replace('\n', "\r\n"));
        }
        sink.end(status);
    }
}

impl Output for Remote {
    type Backend = CrosstermBackend<Sink>;

    fn terminal(&mut self) -> &mut Terminal<Self::Backend> {
        &mut self.terminal
    }

    fn wipe(&mut self) -> io::Result<()> {
        self.sink().write_all(b"\x1b[0m\x1b[H\x1b[2J\x1b[3J")?;
        self.terminal
            .clear()
            .map_err(|e| io::Error::other(e.to_string()))
    }

    fn size(&mut self) -> Option<(u16, u16)> {
        None
    }

    fn fit(&mut self, size: (u16, u16)) -> io::Result<()> {
        if size != self.size {
            self.size = size;
            self.terminal
                .resize(Rect::new(0, 0, size.0, size.1))
                .map_err(|e| io::Error::other(e.to_string()))?;
        }
        Ok(())
    }
}

/// The input side: bytes come through the inbox; nothing to flush.
pub struct RemoteInput;

impl Input for RemoteInput {}

/// How a session starts.
pub struct Start {
    pub content: &'static Content,
    pub catalog: &'static Catalog,
    pub clock: Clock,
    /// From the client's `LANG` / `LC_*`, if it sent one.
    pub lang: Option<Lang>,
    pub term: String,
    pub size: (u16, u16),
    pub idle_timeout: Duration,
    pub max_length: Duration,
    pub tally: Arc<Mutex<Counters>>,
    /// For tests (debug builds only): panic at the first key.
    pub panics: bool,
}

/// Why the session ended, for its last words and the exit status.
fn farewell(
    start: &Start,
    lang: Lang,
    why: Option<Stop>,
    ctl: &Ctl,
    too_long: bool,
) -> (Option<String>, u32) {
    let t = start.catalog.lang(lang);
    let minutes = |d: Duration| i64::try_from(d.as_secs().div_ceil(60)).unwrap_or(i64::MAX);
    let mut fluent = crate::i18n::FluentArgs::new();
    match (ctl.ended(), why) {
        (End::Shutdown, _) => (Some(t.text("serve-restarting")), 0),
        (End::NotReading | End::Gone, _) => (None, 1),
        (End::Running, Some(Stop::Quit)) => (Some(t.text("serve-goodbye")), 0),
        (End::Running, _) if too_long => {
            fluent.set("minutes", minutes(start.max_length));
            (Some(t.text_with("serve-too-long", &fluent)), 0)
        }
        (End::Running, _) if ctl.idle() >= start.idle_timeout => {
            fluent.set("minutes", minutes(start.idle_timeout));
            (Some(t.text_with("serve-idle", &fluent)), 0)
        }
        (End::Running, _) => (None, 0),
    }
}

/// Runs one visitor's UI until they quit, go, stay idle too long, or the
/// server stops; wipes the visit and closes the channel.
pub fn run(
    start: &Start,
    inbox: &Receiver<Incoming>,
    sender: &Sender<Incoming>,
    ctl: &Arc<Ctl>,
    sink: Sink,
) {
    let lang = start.lang.unwrap_or(Lang::En);
    let glyphs = Glyphs::choose(Some(&start.term), None);
    let theme = Theme::default()
        .with_glyphs(glyphs)
        .with_links(glyphs.links(Some(&start.term)));
    let app = App::new(
        start.content,
        start.catalog,
        lang,
        start.clock.today(),
        start.clock.now(),
    )
    .with_theme(theme)
    .served();
    let effects = Effects::new(sender.clone(), |_| {}).with_tally(Arc::clone(&start.tally));
    let mut runner = Runner::new(app, start.clock, effects).quiet();
    let Ok(mut output) = Remote::new(sink, start.size) else {
        return;
    };
    let _ = sender.send(Incoming::Resize(start.size.0, start.size.1));
    ctl.touch();
    let keys_at_start = ctl.keys();
    let began = Instant::now();
    let too_long = || began.elapsed() >= start.max_length;
    let stop = || {
        assert!(
            !(start.panics && ctl.keys() > keys_at_start),
            "the tests' panic"
        );
        ctl.stopping(start, began)
    };
    let why = match output.start() {
        Ok(()) => runner
            .run(&mut output, &mut RemoteInput, inbox, stop)
            .unwrap_or(None),
        Err(_) => None,
    };
    let shown = runner.app().lang();
    runner.finish(&mut output);
    let (last, status) = farewell(start, shown, why, ctl, too_long());
    output.stop(last.as_deref(), status);
}
