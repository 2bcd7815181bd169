//! One SSH connection: what it may ask for (a session with or without a
//! terminal, its size and language, the guide's own commands) and what it
//! may not (a shell, other programs, forwarding, an agent, SFTP). Keys go
//! to the connection's one session, at a bounded rate.

use super::exec;
use super::limits::Slot;
use super::room::Lease;
use super::session::{self, Ctl, End, Out, Sink, Start, MAX_SIZE};
use super::stream::Fate;
use super::Shared;
use crate::i18n::Lang;
use crate::tui::runner::Incoming;
use russh::server::{Auth, ChannelOpenHandle, Msg, Session};
use russh::{Channel, ChannelId, Pty};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::Instant;
use zeroize::Zeroizing;

/// Bytes a visitor may send at once, and per second after that: far more
/// than anyone types or pastes; a flood is cut.
const BURST: f64 = 8192.0;
const PER_SECOND: f64 = 2048.0;
/// How long output may wait for a client that does not take it.
const UNREAD_MAX: std::time::Duration = std::time::Duration::from_secs(5);
/// How long a client may take, once in, to start its session or command.
const OPEN_WITHIN: std::time::Duration = std::time::Duration::from_secs(20);
/// How long a connection stays once its session or command has ended:
/// for the last words to go out.
const AFTER_END: std::time::Duration = std::time::Duration::from_secs(5);
/// How long past its longest a session's connection may last: for the
/// session to say why it ends, should it not have.
const SESSION_MARGIN: std::time::Duration = std::time::Duration::from_secs(60);
/// Bytes over the rate within ten seconds that end a connection.
const FLOOD: usize = 64 * 1024;
/// What one new window size costs of the input rate, in bytes.
const RESIZE_COST: usize = 256;
/// Session channels a connection may hold.
const SESSIONS_PER_CONNECTION: usize = 1;

/// The language variables a client may send; nothing else is taken.
const LANGUAGE_VARIABLES: [&str; 3] = ["LANG", "LC_ALL", "LC_MESSAGES"];

pub struct Connection {
    shared: Arc<Shared>,
    /// Its place among the connections held (given back when dropped).
    _slot: Option<Slot>,
    channel: Option<ChannelId>,
    sessions: usize,
    pty: Option<(String, (u16, u16))>,
    env: Vec<(String, String)>,
    running: Option<(Sender<Incoming>, Arc<Ctl>)>,
    /// Its deadline and its cut, which its socket enforces.
    fate: Arc<Fate>,
    /// Since when what was sent waits for the client to take it.
    unread_since: Option<Instant>,
    /// How much more the visitor may send now.
    rate: Rate,
    /// Bytes dropped over the rate, and since when they are counted.
    dropped: (usize, Instant),
    /// Logged in under the tests' panic name (debug builds only).
    panics: bool,
    /// The cells its screen holds of the server's room for screens.
    screen: Lease,
}

/// A token bucket: [`BURST`] bytes at once, [`PER_SECOND`] after that.
struct Rate {
    allowance: f64,
    filled: Instant,
}

impl Rate {
    fn new(now: Instant) -> Rate {
        Rate {
            allowance: BURST,
            filled: now,
        }
    }

    /// Takes `n` bytes at `now`; false when over the rate (nothing taken).
    fn allow(&mut self, n: usize, now: Instant) -> bool {
        let refill = now.saturating_duration_since(self.filled).as_secs_f64() * PER_SECOND;
        self.allowance = (self.allowance + refill).min(BURST);
        self.filled = now;
        #[allow(clippy::cast_precision_loss)]
        let n = n as f64;
        if n > self.allowance {
            return false;
        }
        self.allowance -= n;
        true
    }
}

impl Connection {
    pub fn new(shared: Arc<Shared>, slot: Option<Slot>, fate: Arc<Fate>) -> Connection {
        Connection {
            _slot: slot,
            fate,
            channel: None,
            sessions: 0,
            pty: None,
            env: Vec::new(),
            running: None,
            unread_since: None,
            rate: Rate::new(Instant::now()),
            dropped: (0, Instant::now()),
            panics: false,
            screen: shared.room.lease(),
            shared,
        }
    }

    /// The language the client asked for, if any.
    fn lang(&self) -> Option<Lang> {
        let value = |name: &str| {
            self.env
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let asked = LANGUAGE_VARIABLES.iter().any(|n| value(n).is_some());
        asked.then(|| Lang::from_env(value))
    }

    fn locale(&self) -> Option<String> {
        self.env.first().map(|(_, v)| v.clone())
    }

    /// Anyone is let in; only the tests' panic name is noted.
    fn logged_in(&mut self, user: &str) -> Auth {
        self.fate.due_in(OPEN_WITHIN);
        self.panics = self.shared.options.panic_user.as_deref() == Some(user);
        Auth::Accept
    }

    fn start(&self, size: (u16, u16), term: String) -> Start {
        let options = &self.shared.options;
        Start {
            content: self.shared.content,
            catalog: self.shared.catalog,
            clock: options.clock,
            lang: self.lang(),
            term,
            size,
            idle_timeout: options.idle_timeout,
            max_length: options.max_length,
            tally: Arc::clone(&self.shared.tally),
            panics: self.panics,
        }
    }

    /// Starts the UI (with a terminal) or the line mode (without) in a
    /// thread of its own, the channel as its terminal.
    fn spawn(&mut self, channel: ChannelId, session: &mut Session) -> bool {
        if self.running.is_some() || self.shared.stopping() {
            return false;
        }
        let (term, size) = self
            .pty
            .clone()
            .map_or((String::from("dumb"), None), |(t, s)| (t, Some(s)));
        let start = self.start(size.unwrap_or((80, 24)), term);
        let (sender, inbox) = std::sync::mpsc::channel();
        let ctl = Arc::new(Ctl::new());
        let (queue, frames) = tokio::sync::mpsc::channel::<Out>(session::FRAMES_QUEUED);
        // The session keeps its own time (idle, too long) and says why it
        // ends: the socket's deadline only backs that up. Once its last
        // words are out, the connection goes.
        self.fate
            .due_in(self.shared.options.max_length + SESSION_MARGIN);
        self.shared.runtime.spawn({
            let sending = self.shared.sending();
            let handle = session.handle();
            let fate = Arc::clone(&self.fate);
            async move {
                session::writer(handle, channel, frames).await;
                drop(sending);
                fate.due_in(AFTER_END);
            }
        });
        // Should the session fail inside (a panic), this says so and ends
        // it; the server and every other session go on.
        let crashed = (queue.clone(), session::crash_words(&start, size.is_some()));
        let sink = Sink::new(queue, Arc::clone(&ctl));
        let thread_ctl = Arc::clone(&ctl);
        let thread_sender = sender.clone();
        let shared = Arc::clone(&self.shared);
        let spawned = std::thread::Builder::new()
            .name("session".into())
            .stack_size(session::STACK)
            .spawn(move || {
                let _held = shared.session_began();
                let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match size {
                    Some(_) => session::run(&start, &inbox, &thread_sender, &thread_ctl, sink),
                    None => super::linemode::run(&start, &inbox, &thread_ctl, sink),
                }));
                if ran.is_err() {
                    let (queue, words) = crashed;
                    let _ = queue.try_send(Out::Data(words));
                    let _ = queue.try_send(Out::End(1));
                }
            });
        if spawned.is_err() {
            return false;
        }
        self.shared.register(&sender, &ctl);
        self.running = Some((sender, ctl));
        true
    }

    fn send(&self, incoming: Incoming) {
        if let Some((sender, _)) = &self.running {
            let _ = sender.send(incoming);
        }
    }

    /// Whether the client takes what it is sent. While output waits for
    /// it, keys are dropped (so no new frames pile up in the server); when
    /// it has waited [`UNREAD_MAX`], the session ends.
    fn reading(&mut self, channel: ChannelId, session: &Session) -> Result<bool, russh::Error> {
        if !session.has_pending_data(channel) {
            self.unread_since = None;
            return Ok(true);
        }
        let since = *self.unread_since.get_or_insert_with(Instant::now);
        if since.elapsed() >= UNREAD_MAX {
            if let Some((sender, ctl)) = &self.running {
                ctl.end(End::NotReading);
                let _ = sender.send(Incoming::Closed);
            }
            // A goodbye would wait behind what it does not read: cut.
            self.fate.cut();
            return Err(russh::Error::Disconnect);
        }
        // The line mode keeps every line typed (it may be a script's);
        // only the screen's keys are dropped.
        Ok(self.pty.is_none())
    }

    /// Counts `n` bytes dropped; true when more than [`FLOOD`] were within
    /// ten seconds.
    fn flooding(&mut self, n: usize) -> bool {
        let now = Instant::now();
        if now.duration_since(self.dropped.1) > std::time::Duration::from_secs(10) {
            self.dropped = (0, now);
        }
        self.dropped.0 += n;
        self.dropped.0 > FLOOD
    }

    /// Takes `n` bytes from the rate limit; false when over it.
    fn allow(&mut self, n: usize) -> bool {
        self.rate.allow(n, Instant::now())
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        if let Some((sender, ctl)) = &self.running {
            ctl.end(End::Gone);
            let _ = sender.send(Incoming::Closed);
        }
    }
}

fn clamp(value: u32, max: u16) -> u16 {
    u16::try_from(value).unwrap_or(max).clamp(1, max)
}

impl russh::server::Handler for Connection {
    type Error = russh::Error;

    // Anyone may come in, under any name: nothing about them is kept.
    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        Ok(self.logged_in(user))
    }

    async fn auth_password(&mut self, user: &str, _password: &str) -> Result<Auth, Self::Error> {
        Ok(self.logged_in(user))
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        _response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        Ok(self.logged_in(user))
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.sessions >= SESSIONS_PER_CONNECTION || self.shared.stopping() {
            reply
                .reject(russh::ChannelOpenFailure::ResourceShortage)
                .await;
            return Ok(());
        }
        self.sessions += 1;
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.running.is_some() {
            return session.channel_failure(channel);
        }
        let term: String = term
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(32)
            .collect();
        let size = (clamp(col_width, MAX_SIZE.0), clamp(row_height, MAX_SIZE.1));
        let size = self.screen.grant(size);
        self.pty = Some((term, size));
        session.channel_success(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let wanted = LANGUAGE_VARIABLES.contains(&name)
            && value.len() <= 64
            && self.env.len() < LANGUAGE_VARIABLES.len()
            && value.chars().all(|c| c.is_ascii_graphic());
        if wanted && self.running.is_none() {
            self.env.push((name.to_string(), value.to_string()));
            session.channel_success(channel)
        } else {
            session.channel_failure(channel)
        }
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel && self.spawn(channel, session) {
            session.channel_success(channel)
        } else {
            session.channel_failure(channel)
        }
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.running.is_some() {
            return session.channel_failure(channel);
        }
        // Nothing else runs on this channel.
        self.running = Some((std::sync::mpsc::channel().0, Arc::new(Ctl::new())));
        session.channel_success(channel)?;
        let handle = session.handle();
        let lang = self.lang().unwrap_or(Lang::En);
        let locale = self.locale();
        let catalog = self.shared.catalog;
        let line = Zeroizing::new(data.to_vec());
        let children = Arc::clone(&self.shared.children);
        let fate = Arc::clone(&self.fate);
        // Its turn, its run, its output: then the connection goes.
        fate.due_in(super::CHILD_WAIT + exec::TIME_MAX + std::time::Duration::from_secs(30));
        self.shared.runtime.spawn(async move {
            let ran = match exec::parse(&line) {
                // A few commands at a time: each is a process of its own.
                Ok(allowed) => {
                    match tokio::time::timeout(super::CHILD_WAIT, children.acquire_owned()).await {
                        Ok(Ok(permit)) => tokio::task::spawn_blocking(move || {
                            let ran = exec::run(&allowed, locale.as_deref());
                            drop(permit);
                            ran
                        })
                        .await
                        .ok()
                        .and_then(Result::ok),
                        _ => {
                            let text = catalog.lang(lang).text("serve-refused-full");
                            Some(exec::Ran {
                                status: 1,
                                stdout: Vec::new(),
                                stderr: format!("cpr-guide: {text}\n").into_bytes(),
                            })
                        }
                    }
                }
                Err(refused) => {
                    let t = catalog.lang(lang);
                    let text = t.text_with(
                        refused.message,
                        &crate::i18n::args([(
                            "word",
                            crate::text::visible(&refused.word).into_owned(),
                        )]),
                    );
                    Some(exec::Ran {
                        status: 2,
                        stdout: Vec::new(),
                        stderr: format!("cpr-guide: {text}\n").into_bytes(),
                    })
                }
            };
            let ran = ran.unwrap_or(exec::Ran {
                status: 1,
                stdout: Vec::new(),
                stderr: b"cpr-guide: the command could not run\n".to_vec(),
            });
            if !ran.stdout.is_empty() {
                let _ = handle.data(channel, ran.stdout).await;
            }
            if !ran.stderr.is_empty() {
                let _ = handle.extended_data(channel, 1, ran.stderr).await;
            }
            let _ = handle.exit_status_request(channel, ran.status).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
            fate.due_in(AFTER_END);
        });
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // No SFTP, nor anything else.
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Each new size is a whole frame to draw: it costs as much as a
        // line of keys.
        if Some(channel) == self.channel
            && self.reading(channel, session)?
            && self.allow(RESIZE_COST)
        {
            let size = (clamp(col_width, MAX_SIZE.0), clamp(row_height, MAX_SIZE.1));
            let size = self.screen.grant(size);
            self.send(Incoming::Resize(size.0, size.1));
        }
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || !self.reading(channel, session)? {
            return Ok(());
        }
        // Over the rate: dropped, as a terminal drops what overflows; a
        // flood that goes on is cut.
        if self.allow(data.len()) {
            if let Some((_, ctl)) = &self.running {
                ctl.touch();
            }
            self.send(Incoming::Bytes(Zeroizing::new(data.to_vec())));
        } else if self.flooding(data.len()) {
            if let Some((sender, ctl)) = &self.running {
                ctl.end(End::Gone);
                let _ = sender.send(Incoming::Closed);
            }
            self.fate.cut();
            return Err(russh::Error::Disconnect);
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel {
            self.send(Incoming::Closed);
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel {
            if let Some((sender, ctl)) = &self.running {
                ctl.end(End::Gone);
                let _ = sender.send(Incoming::Closed);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn input_is_taken_in_a_burst_then_at_the_rate_and_a_flood_is_cut() {
        let start = Instant::now();
        let mut rate = Rate::new(start);
        // A paste of 8 KiB at once.
        assert!(rate.allow(8192, start));
        // Nothing more at that moment.
        assert!(!rate.allow(1, start));
        // Half a second later, 1 KiB.
        let later = start + Duration::from_millis(500);
        assert!(rate.allow(1000, later));
        assert!(!rate.allow(100, later));
        // A flood: 1 MiB a second for ten seconds gets 2 KiB a second.
        let mut taken = 0;
        for tick in 1..=1000u64 {
            let now = later + Duration::from_millis(tick * 10);
            for _ in 0..10 {
                if rate.allow(1024, now) {
                    taken += 1024;
                }
            }
        }
        assert!((20_000..=30_000).contains(&taken), "{taken}");
    }
}
