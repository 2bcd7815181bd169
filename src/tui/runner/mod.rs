//! The terminal UI's event loop, apart from any one terminal: what comes in
//! (bytes typed, a new size, the end of input, a finished effect) is turned
//! into messages for [`update`]; effects go to an [`Effects`] executor off
//! this thread; frames go to an [`Output`]. The local terminal
//! ([`super::local`]) is one pair of input and output; a pty or an SSH
//! channel can be another, driving the same app.

mod effects;

pub use effects::{Done, Effects, PrintError};

use super::app::{update, App, Msg};
use super::{input, keys, view};
use crate::settings::Clock;
use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};
use zeroize::{Zeroize, Zeroizing};

/// How long to wait for input before looking at signals and the clock.
const TICK: Duration = Duration::from_millis(200);
/// The same for a quiet runner (see [`Runner::quiet`]).
const QUIET_TICK: Duration = Duration::from_millis(1_000);
/// A quiet runner draws at least this often, for the clock.
const QUIET_REDRAW_MS: u64 = 60_000;

/// What reaches the loop.
pub enum Incoming {
    /// Bytes from the terminal (wiped when dropped).
    Bytes(Zeroizing<Vec<u8>>),
    /// The terminal has a new size (a remote one says so; a local one is
    /// asked, see [`Output::size`]).
    Resize(u16, u16),
    /// The input ended (hangup, end of file).
    Closed,
    /// A slow effect finished.
    Done(Done),
}

/// Where frames go: a terminal the loop draws on.
pub trait Output {
    type Backend: ratatui::backend::Backend;
    fn terminal(&mut self) -> &mut ratatui::Terminal<Self::Backend>;
    /// Wipes every cell and the scrollback, so nothing of a visit stays.
    fn wipe(&mut self) -> io::Result<()>;
    /// The size now, when it can be asked (a local terminal); none when
    /// resizes arrive as [`Incoming::Resize`].
    fn size(&mut self) -> Option<(u16, u16)>;
    /// The terminal may have been used by someone else (the program was
    /// stopped and continued): set its modes again and draw it whole.
    fn refresh(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// The terminal is `width`×`height` now (a remote one's size, which
    /// only the other end knows): draw at that size.
    fn fit(&mut self, _size: (u16, u16)) -> io::Result<()> {
        Ok(())
    }
}

/// The input side's controls; its bytes arrive as [`Incoming::Bytes`].
pub trait Input {
    /// Drops what was typed and not yet read (after a reset).
    fn flush(&mut self) {}
    /// Whether input can still come.
    fn is_open(&self) -> bool {
        true
    }
    /// Whether the program was continued after a stop since last asked.
    fn continued(&mut self) -> bool {
        false
    }
}

/// Why the loop stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The person quit (or staff typed the PIN).
    Quit,
    /// The input ended.
    Closed,
}

/// The app with what drives it: the key decoder, the clock, the effects.
pub struct Runner<'c> {
    app: App<'c>,
    decoder: input::Decoder,
    clock: Clock,
    started: Instant,
    size: Option<(u16, u16)>,
    /// Events that came while input was being dropped after a reset.
    kept: Vec<Incoming>,
    effects: Effects,
    /// Draw only when something changed (a server with many sessions),
    /// not at every tick.
    quiet: bool,
    /// Something changed since the last frame.
    dirty: bool,
    /// When the last frame was drawn (ms), for the clock on a quiet runner.
    drawn_at: u64,
}

impl<'c> Runner<'c> {
    pub fn new(app: App<'c>, clock: Clock, effects: Effects) -> Runner<'c> {
        Runner {
            app,
            decoder: input::Decoder::new(),
            clock,
            started: Instant::now(),
            size: None,
            kept: Vec::new(),
            effects,
            quiet: false,
            dirty: true,
            drawn_at: 0,
        }
    }

    /// Draws only when something came in or changed, and at least once a
    /// minute for the clock ("open now"); wakes once a second, not five
    /// times. For a server running many sessions at once.
    pub fn quiet(mut self) -> Runner<'c> {
        self.quiet = true;
        self
    }

    pub fn app(&self) -> &App<'c> {
        &self.app
    }

    fn millis(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Runs until the person quits, the input ends or `stop` says so.
    pub fn run(
        &mut self,
        output: &mut impl Output,
        input: &mut impl Input,
        inbox: &Receiver<Incoming>,
        stop: impl Fn() -> bool,
    ) -> io::Result<Option<Stop>> {
        while !stop() && input.is_open() {
            if let Some(stopped) = self.turn(output, input, inbox)? {
                return Ok(Some(stopped));
            }
        }
        Ok(None)
    }

    /// One turn: the clock, a wipe after a reset, the size, the effects,
    /// a frame; then what came in until the next deadline.
    pub fn turn(
        &mut self,
        output: &mut impl Output,
        input: &mut impl Input,
        inbox: &Receiver<Incoming>,
    ) -> io::Result<Option<Stop>> {
        self.prepare(output, input, inbox)?;
        if self.app.wants_quit() {
            return Ok(Some(Stop::Quit));
        }
        let stale = self.millis().saturating_sub(self.drawn_at) >= QUIET_REDRAW_MS;
        if !self.quiet || self.dirty || stale {
            self.draw(output)?;
            self.dirty = false;
            self.drawn_at = self.millis();
        }
        let first = match self.kept.pop() {
            Some(incoming) => Some(incoming),
            None => match inbox.recv_timeout(self.wait()) {
                Ok(incoming) => Some(incoming),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(Some(Stop::Closed)),
            },
        };
        let rest: Vec<Incoming> = inbox.try_iter().collect();
        Ok(self.feed(first.into_iter().chain(rest)))
    }

    /// Everything but drawing and waiting: the clock moves, the kiosk may
    /// reset (its screen wiped, input typed before it dropped), the size
    /// is looked at, the effects are handed on.
    fn prepare(
        &mut self,
        output: &mut impl Output,
        input: &mut impl Input,
        inbox: &Receiver<Incoming>,
    ) -> io::Result<()> {
        if let (true, Some(now)) = (self.clock.is_live(), self.clock.now()) {
            self.app.set_clock(now);
        }
        if input.continued() {
            output.refresh()?;
        }
        let now = self.millis();
        update(&mut self.app, Msg::Tick(now));
        if self.app.take_clear() {
            self.dirty = true;
            input.flush();
            self.decoder.wipe();
            // Bytes are dropped (and so wiped); anything else is kept.
            self.kept.extend(
                inbox
                    .try_iter()
                    .filter(|incoming| !matches!(incoming, Incoming::Bytes(_))),
            );
            output.wipe()?;
        }
        if let Some(size) = output.size() {
            self.resize(size);
        }
        for effect in self.app.take_effects() {
            self.dirty = true;
            self.effects.run(effect, &self.app.t());
        }
        Ok(())
    }

    fn resize(&mut self, size: (u16, u16)) {
        if self.size != Some(size) {
            self.dirty = true;
            self.size = Some(size);
            update(&mut self.app, Msg::Resize(size.0, size.1));
        }
    }

    /// Draws the app and keeps what the frame drew (for clicks, scrolling).
    pub fn draw(&mut self, output: &mut impl Output) -> io::Result<()> {
        if let Some(size) = self.size {
            output.fit(size)?;
        }
        let mut drawn = None;
        output
            .terminal()
            .draw(|frame| drawn = Some(view::draw(frame, &self.app)))
            .map_err(|e| io::Error::other(e.to_string()))?;
        if let Some(layout) = drawn {
            self.app.record_layout(layout);
        }
        Ok(())
    }

    /// How long to wait for input: the next tick, or sooner the decoder's
    /// next deadline (a lone Esc, a paste that stopped).
    pub fn wait(&self) -> Duration {
        let now = self.millis();
        let tick = if self.quiet { QUIET_TICK } else { TICK };
        self.decoder.deadline().map_or(tick, |d| {
            Duration::from_millis(d.saturating_sub(now)).min(tick)
        })
    }

    /// Turns what came in into messages; `Some` when the loop is to stop.
    pub fn feed(&mut self, incoming: impl IntoIterator<Item = Incoming>) -> Option<Stop> {
        let now = self.millis();
        let ticked = self.decoder.tick(now);
        if !ticked.is_empty() {
            self.dirty = true;
        }
        self.handle(ticked);
        for incoming in incoming {
            self.dirty = true;
            match incoming {
                Incoming::Bytes(bytes) => {
                    update(&mut self.app, Msg::Activity);
                    let now = self.millis();
                    let events = self.decoder.feed(&bytes, now);
                    self.handle(events);
                }
                Incoming::Resize(width, height) => self.resize((width, height)),
                Incoming::Closed => return Some(Stop::Closed),
                Incoming::Done(done) => {
                    if let Some(msg) = self.effects.finished(done, &self.app.t()) {
                        update(&mut self.app, msg);
                    }
                }
            }
        }
        self.app.wants_quit().then_some(Stop::Quit)
    }

    /// Each event as a message; each is overwritten once used, so the keys
    /// of a number typed are not left in the list's memory.
    fn handle(&mut self, mut events: Vec<crossterm::event::Event>) {
        for slot in &mut events {
            let mut event = std::mem::replace(slot, crossterm::event::Event::FocusLost);
            if let Some(msg) = keys::message(&self.app, &event) {
                update(&mut self.app, msg);
            }
            if let crossterm::event::Event::Paste(text) = &mut event {
                text.zeroize();
            }
        }
    }

    /// The visit is forgotten and the screen wiped, however the loop ended.
    pub fn finish(mut self, output: &mut impl Output) {
        self.decoder.wipe();
        self.app.reset();
        let _ = output.wipe();
    }
}
