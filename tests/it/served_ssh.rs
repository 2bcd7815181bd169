//! The guide over SSH, through real SSH connections on 127.0.0.1 with
//! russh's own client: the UI walked to the result at 80×24, a new window
//! size, the language from `LANG`, the read-only commands over exec (the
//! same bytes as the local command), what is refused, the limits, the idle
//! timeout, a client that stops reading, and SIGTERM.

use crate::common::BIN;
use russh::client;
use russh::{ChannelMsg, Disconnect};
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A server on a free port of 127.0.0.1, with a key of its own; stopped
/// when dropped.
struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        Server::start_with(extra, &[])
    }

    fn start_with(extra: &[&str], env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().expect("dir");
        let key = dir.path().join("host_key");
        let mut child = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--host-key"])
            .arg(&key)
            .args(["--now", "2026-11-23T10:00"])
            .args(extra)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .envs(env.iter().copied())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve");
        let mut lines = std::io::BufReader::new(child.stderr.take().expect("stderr")).lines();
        let mut port = None;
        for line in lines.by_ref().take(2) {
            let line = line.expect("a line");
            if let Some(at) = line.split("listening on 127.0.0.1:").nth(1) {
                port = at.trim().parse().ok();
            }
        }
        let log = Arc::new(Mutex::new(Vec::new()));
        let kept = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().expect("log").push(line);
            }
        });
        Server {
            child,
            port: port.expect("the port"),
            _dir: dir,
            log,
        }
    }

    fn pid(&self) -> i32 {
        i32::try_from(self.child.id()).expect("pid")
    }

    fn rss_kib(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// SIGTERM, and how it ended (within 10 s).
    fn signal_term(&self) {
        let pid = rustix::process::Pid::from_raw(self.pid()).expect("pid");
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).expect("SIGTERM");
    }

    /// How it ended (within 10 s).
    fn exit_code(&mut self) -> Option<i32> {
        let began = Instant::now();
        while began.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().expect("log").clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A runtime for one client, on the calling thread.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// The client's side: trusts the test's server, keeps why it was let go.
struct Visitor {
    disconnected: Arc<Mutex<Option<String>>>,
}

impl client::Handler for Visitor {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }

    async fn disconnected(
        &mut self,
        reason: client::DisconnectReason<Self::Error>,
    ) -> Result<(), Self::Error> {
        if let client::DisconnectReason::ReceivedDisconnect(info) = reason {
            *self.disconnected.lock().expect("lock") = Some(info.message);
        }
        Ok(())
    }
}

type Connection = (client::Handle<Visitor>, Arc<Mutex<Option<String>>>);

async fn connect(port: u16) -> Result<Connection, String> {
    connect_as(port, "anyone").await
}

async fn connect_as(port: u16, user: &str) -> Result<Connection, String> {
    let config = Arc::new(client::Config {
        inactivity_timeout: Some(Duration::from_secs(20)),
        // A small window, as a phone's client may have: the server must
        // wait for it, and notice when it is not opened again.
        window_size: 64 * 1024,
        ..Default::default()
    });
    let disconnected = Arc::new(Mutex::new(None));
    let visitor = Visitor {
        disconnected: Arc::clone(&disconnected),
    };
    let mut handle = client::connect(config, ("127.0.0.1", port), visitor)
        .await
        .map_err(|e| e.to_string())?;
    let auth = match handle.authenticate_none(user).await {
        Ok(auth) => auth,
        Err(e) => {
            tokio::time::sleep(Duration::from_millis(200)).await;
            return Err(format!("{e}: {:?}", disconnected.lock().expect("lock")));
        }
    };
    if !auth.success() {
        // Why, as the server said it in its disconnect message.
        for _ in 0..50 {
            if let Some(said) = disconnected.lock().expect("lock").clone() {
                return Err(said);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        return Err("not let in".into());
    }
    Ok((handle, disconnected))
}

/// A visitor's terminal: the server's frames drawn by a vt100 parser.
struct Screen {
    rt: tokio::runtime::Runtime,
    conn: Connection,
    channel: russh::Channel<client::Msg>,
    parser: vt100::Parser,
    closed: bool,
    exit: Option<u32>,
}

impl Screen {
    fn open(port: u16, cols: u16, rows: u16, lang: Option<&str>) -> Result<Screen, String> {
        Screen::open_as(port, cols, rows, lang, "anyone")
    }

    fn open_as(
        port: u16,
        cols: u16,
        rows: u16,
        lang: Option<&str>,
        user: &str,
    ) -> Result<Screen, String> {
        let rt = runtime();
        let (conn, channel) = rt.block_on(async {
            let conn = connect_as(port, user).await?;
            let channel = conn
                .0
                .channel_open_session()
                .await
                .map_err(|e| e.to_string())?;
            if let Some(lang) = lang {
                channel
                    .set_env(true, "LANG", lang)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            channel
                .request_pty(
                    true,
                    "xterm-256color",
                    u32::from(cols),
                    u32::from(rows),
                    0,
                    0,
                    &[],
                )
                .await
                .map_err(|e| e.to_string())?;
            channel
                .request_shell(true)
                .await
                .map_err(|e| e.to_string())?;
            Ok::<_, String>((conn, channel))
        })?;
        Ok(Screen {
            rt,
            conn,
            channel,
            parser: vt100::Parser::new(
                std::num::NonZero::new(rows).expect("rows"),
                std::num::NonZero::new(cols).expect("cols"),
                0,
            ),
            closed: false,
            exit: None,
        })
    }

    fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads what comes for up to `limit`, stopping early when `done`.
    fn pump(&mut self, limit: Duration, done: impl Fn(&Screen) -> bool) -> bool {
        let until = Instant::now() + limit;
        while Instant::now() < until && !self.closed {
            if done(self) {
                return true;
            }
            let channel = &mut self.channel;
            let next = self.rt.block_on(async {
                tokio::time::timeout(Duration::from_millis(50), channel.wait()).await
            });
            match next {
                Ok(Some(ChannelMsg::Data { data })) => self.parser.process(&data),
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => self.exit = Some(exit_status),
                Ok(Some(ChannelMsg::Close) | None) => self.closed = true,
                Ok(Some(_)) | Err(_) => {}
            }
        }
        done(self)
    }

    fn wait_for(&mut self, text: &str) {
        let found = self.pump(Duration::from_secs(10), |s| s.contents().contains(text));
        assert!(found, "waited for {text:?}:\n{}", self.contents());
    }

    fn send(&mut self, keys: &str) {
        self.rt
            .block_on(self.channel.data_bytes(keys.as_bytes().to_vec()))
            .expect("send");
    }

    fn step(&mut self, keys: &str, then: &str) {
        self.send(keys);
        self.wait_for(then);
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.set_size(
            std::num::NonZero::new(rows).expect("rows"),
            std::num::NonZero::new(cols).expect("cols"),
        );
        self.rt
            .block_on(
                self.channel
                    .window_change(u32::from(cols), u32::from(rows), 0, 0),
            )
            .expect("window change");
    }

    /// Reads until the channel closes (up to `limit`).
    fn until_closed(&mut self, limit: Duration) -> bool {
        self.pump(limit, |s| s.closed)
    }

    /// The columns and rows that hold anything drawn.
    fn drawn_extent(&self) -> (usize, usize) {
        let (_, cols) = self.parser.screen().size();
        let rows: Vec<String> = self.parser.screen().rows(0, cols.into()).collect();
        let used_rows = rows
            .iter()
            .rposition(|r| !r.trim().is_empty())
            .map_or(0, |i| i + 1);
        let used_cols = rows
            .iter()
            .map(|r| r.trim_end().chars().count())
            .max()
            .unwrap_or(0);
        (used_cols, used_rows)
    }

    fn disconnected(&self) -> Option<String> {
        self.conn.1.lock().expect("lock").clone()
    }
}

/// `command` run over exec: exit status, output, error output.
fn exec(port: u16, command: &str) -> (Option<u32>, Vec<u8>, Vec<u8>) {
    let rt = runtime();
    rt.block_on(async {
        let (handle, _) = connect(port).await.expect("connect");
        let mut channel = handle.channel_open_session().await.expect("channel");
        channel.exec(true, command).await.expect("exec");
        let (mut status, mut out, mut err) = (None, Vec::new(), Vec::new());
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            match tokio::time::timeout(Duration::from_secs(1), channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => out.extend_from_slice(&data),
                Ok(Some(ChannelMsg::ExtendedData { data, .. })) => err.extend_from_slice(&data),
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => status = Some(exit_status),
                Ok(None | Some(ChannelMsg::Close)) => break,
                _ => {}
            }
        }
        let _ = handle.disconnect(Disconnect::ByApplication, "", "en").await;
        (status, out, err)
    })
}

/// English, an EU citizen working in Copenhagen, arriving 1 December 2026.
fn walk_to_the_result(s: &mut Screen) {
    s.wait_for("Choose your language");
    s.step("2", "Which describes you best?");
    s.step("2", "How long will you stay");
    s.step("3", "look for work");
    s.step("2", "On what ground");
    s.step("1", "Do you already have a Danish CPR number?");
    s.step("\r", "Which municipality");
    s.send("copenhagen");
    s.wait_for("> copenhagen");
    s.step("\r", "On what date do you arrive");
    s.send("1.12.2026");
    s.wait_for("Tuesday 1 December 2026");
    s.step("\r", "another Nordic country");
    s.step("2", "18 or older");
    s.step("2", "married");
    s.step("2", "documents");
    s.step("1", "Check your answers");
    s.step("\r", "Your result");
}

#[test]
fn a_visitor_walks_to_the_result_and_a_new_size_redraws() {
    let server = Server::start(&[]);
    let mut s = Screen::open(server.port, 80, 24, None).expect("a session");
    walk_to_the_result(&mut s);
    let screen = s.contents();
    assert!(
        screen.contains("International House Copenhagen"),
        "{screen}"
    );
    assert!(screen.contains("by Monday 1 March 2027"), "{screen}");
    // Nothing is saved on the server: `s` is not offered.
    assert!(!screen.contains("s save"), "{screen}");
    assert!(screen.contains("c calendar"), "{screen}");
    // A wider window: the result in two columns.
    s.resize(160, 50);
    s.wait_for("DOCUMENTS TO BRING");
    let wide = s.contents();
    assert!(
        wide.lines()
            .any(|l| l.contains("DEADLINES") && l.contains("DOCUMENTS TO BRING")),
        "{wide}"
    );
    // q and yes: goodbye, the channel closes with status 0.
    s.send("q");
    s.send("y");
    assert!(s.until_closed(Duration::from_secs(10)));
    assert_eq!(s.exit, Some(0));
    assert!(
        s.contents().contains("Your answers have been wiped"),
        "{}",
        s.contents()
    );
}

#[test]
fn lang_from_the_client_gives_its_language() {
    let server = Server::start(&[]);
    let mut s = Screen::open(server.port, 80, 24, Some("da_DK.UTF-8")).expect("a session");
    s.wait_for("Velkommen til guiden");
    s.step("\r", "Hvad passer bedst på dig?");
    let mut n = Screen::open(server.port, 80, 24, Some("nb_NO.UTF-8")).expect("a session");
    n.wait_for("Velkommen til veiviseren");
}

#[test]
fn exec_runs_the_guides_own_commands_as_locally_and_nothing_else() {
    let server = Server::start(&[]);
    let answers = crate::cli::SITUATIONS[0].1;
    let mut args = vec!["guide"];
    for a in answers {
        args.extend(["--answer", a]);
    }
    args.extend(["--format", "json", "--now", "2026-11-23T10:00"]);
    let local = Command::new(BIN)
        .args(&args)
        .env_remove("LANG")
        .output()
        .expect("local");
    let (status, out, _) = exec(server.port, &args.join(" "));
    assert_eq!(local.status.code(), Some(0));
    assert_eq!(status, Some(0));
    assert!(!out.is_empty());
    assert_eq!(out, local.stdout, "the same bytes as the local command");
    // A CPR number: checked, never echoed whole.
    let (status, out, _) = exec(server.port, "cpr 0707614285");
    assert_eq!(status, Some(0));
    let out = String::from_utf8_lossy(&out);
    assert!(
        out.contains("070761-XXXX") && !out.contains("4285"),
        "{out}"
    );
    // A shell, another program, an option that writes a file: refused,
    // each with a line saying what runs here.
    for command in [
        "sh -c id",
        "cat /etc/passwd",
        "guide --export /tmp/x.md",
        "lint",
    ] {
        let (status, out, err) = exec(server.port, command);
        assert_eq!(status, Some(2), "{command}");
        assert!(out.is_empty(), "{command}");
        let err = String::from_utf8_lossy(&err);
        assert!(
            err.contains("guide, cpr and office") || err.contains("is not taken here"),
            "{command}: {err}"
        );
    }
    // A wrong value is named, with what is taken instead.
    let (status, _, err) = exec(server.port, "guide --lang de");
    assert_eq!(status, Some(2));
    let err = String::from_utf8_lossy(&err);
    assert!(
        err.contains("“de” is not a language the guide speaks. Use da, en or nb."),
        "{err}"
    );
    let (_, _, err) = exec(server.port, "guide --format xml");
    assert!(String::from_utf8_lossy(&err).contains("“xml” is not an output format"));
    // The help the error messages point to runs here too.
    let (status, out, _) = exec(server.port, "cpr --help");
    assert_eq!(status, Some(0));
    assert!(String::from_utf8_lossy(&out).contains("--json"));
}

#[test]
fn forwarding_sftp_and_a_second_session_are_refused() {
    let server = Server::start(&[]);
    let rt = runtime();
    rt.block_on(async {
        let (handle, _) = connect(server.port).await.expect("connect");
        // Port forwarding, both ways.
        assert!(handle
            .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5555)
            .await
            .is_err());
        assert!(handle.tcpip_forward("127.0.0.1", 0).await.is_err());
        // SFTP.
        let channel = handle.channel_open_session().await.expect("a session");
        assert!(channel.request_subsystem(true, "sftp").await.is_ok());
        // A second session on the same connection.
        assert!(handle.channel_open_session().await.is_err());
    });
}

#[test]
fn over_the_per_address_limit_the_next_connection_is_told_and_let_go() {
    let server = Server::start(&["--per-ip", "1"]);
    let first = Screen::open(server.port, 80, 24, None).expect("the first");
    let began = Instant::now();
    let second = Screen::open(server.port, 80, 24, None);
    assert!(began.elapsed() < Duration::from_secs(5), "not a hang");
    let said = match second {
        Err(e) => e,
        Ok(s) => {
            let mut s = s;
            s.until_closed(Duration::from_secs(5));
            s.disconnected().unwrap_or_default()
        }
    };
    assert!(
        said.contains("Too many sessions from your address"),
        "{said}"
    );
    // Twenty more refused: the log says the first, not twenty lines.
    for _ in 0..20 {
        let _ = Screen::open(server.port, 80, 24, None);
    }
    drop(first);
    std::thread::sleep(Duration::from_millis(200));
    let refusals = server
        .log()
        .iter()
        .filter(|l| l.contains("refused a connection"))
        .count();
    assert_eq!(refusals, 1, "{:?}", server.log());
    assert!(server
        .log()
        .iter()
        .any(|l| l.contains("refused a connection: too many from one address")));
    // Nothing of the visitor's address is in the log.
    assert!(!server.log().iter().any(|l| l.contains("127.0.0.1")));
}

#[test]
fn over_the_global_limit_the_next_connection_is_told_the_service_is_busy() {
    let server = Server::start(&["--max-sessions", "1"]);
    let mut first = Screen::open(server.port, 80, 24, None).expect("the first");
    first.wait_for("Choose your language");
    let said = match Screen::open(server.port, 80, 24, None) {
        Err(e) => e,
        Ok(mut s) => {
            s.until_closed(Duration::from_secs(5));
            s.disconnected().unwrap_or_default()
        }
    };
    assert!(said.contains("The guide is busy right now"), "{said}");
    // The first goes on undisturbed.
    first.step("2", "Which describes you best?");
}

#[test]
fn a_panic_in_one_session_ends_that_session_only() {
    // The tests' binary (a debug build) panics the session of a visitor
    // logged in under this name at their first key.
    let server = Server::start_with(
        &["--max-sessions", "2"],
        &[("CPR_GUIDE_TEST_PANIC_USER", "crash-test")],
    );
    let mut other = Screen::open(server.port, 80, 24, None).expect("another visitor");
    other.wait_for("Choose your language");
    other.step("2", "Which describes you best?");
    let mut failing =
        Screen::open_as(server.port, 80, 24, Some("da_DK.UTF-8"), "crash-test").expect("failing");
    failing.wait_for("Velkommen");
    failing.send("2");
    assert!(failing.until_closed(Duration::from_secs(5)), "closed");
    assert_eq!(failing.exit, Some(1));
    // Told so, in its language, on the main screen with the cursor back.
    let screen = failing.contents();
    assert!(screen.contains("Der gik noget galt i guiden"), "{screen}");
    assert!(!failing.parser.screen().alternate_screen());
    assert!(!failing.parser.screen().hide_cursor());
    // The log says a session failed, and nothing of what it held.
    let log = server.log();
    assert!(
        log.iter()
            .any(|l| l.contains("a session ended with an internal error")),
        "{log:?}"
    );
    assert!(!log.iter().any(|l| l.contains("tests' panic")), "{log:?}");
    // The other visitor goes on; once the failed one's client goes (as ssh
    // does when its session closes), its place is free again (two places:
    // the other's and a new one).
    other.step("2", "How long will you stay");
    drop(failing);
    let began = Instant::now();
    let mut next = loop {
        match Screen::open(server.port, 80, 24, None) {
            Ok(next) => break next,
            Err(e) if began.elapsed() > Duration::from_secs(3) => panic!("no place: {e}"),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    };
    next.wait_for("Choose your language");
    other.step("3", "look for work");
    other.step("2", "On what ground");
}

#[test]
fn large_windows_share_the_room_for_screens_and_never_get_less_than_80x24() {
    // Two places: room for two screens averaging 120×50 cells.
    let server = Server::start(&["--max-sessions", "2"]);
    let mut first = Screen::open(server.port, 240, 80, None).expect("first");
    first.wait_for("Choose your language");
    let (cols, rows) = first.drawn_extent();
    assert!(cols * rows <= 2 * 120 * 50, "{cols}×{rows}");
    assert!(cols > 120 && rows > 40, "still large: {cols}×{rows}");
    // The second asks for as much, and is drawn at 80×24 in its top left.
    let mut second = Screen::open(server.port, 240, 80, None).expect("second");
    second.wait_for("Choose your language");
    let (cols, rows) = second.drawn_extent();
    assert!(
        cols <= 81 && rows <= 24 && cols >= 60 && rows >= 20,
        "{cols}×{rows}"
    );
    // Once the first has gone, a new size for the second gets the room.
    drop(first);
    std::thread::sleep(Duration::from_millis(300));
    second.resize(200, 60);
    assert!(
        second.pump(Duration::from_secs(5), |s| s.drawn_extent().1 > 40),
        "redrawn larger:\n{}",
        second.contents()
    );
    let (cols, rows) = second.drawn_extent();
    assert!(cols <= 200 && rows <= 60 && cols > 120, "{cols}×{rows}");
}

#[test]
fn an_idle_session_is_closed_and_says_why() {
    let server = Server::start(&["--idle-timeout", "5"]);
    let mut s = Screen::open(server.port, 80, 24, None).expect("a session");
    s.wait_for("Choose your language");
    s.step("2", "Which describes you best?");
    assert!(s.until_closed(Duration::from_secs(12)), "closed when idle");
    let screen = s.contents();
    assert!(
        screen.contains("No key was pressed for 1 minutes")
            || screen.contains("No key was pressed"),
        "{screen}"
    );
}

#[test]
fn sigterm_tells_every_session_and_exits_0() {
    let mut server = Server::start(&[]);
    let mut a = Screen::open(server.port, 80, 24, None).expect("a");
    let mut b = Screen::open(server.port, 80, 24, Some("da_DK.UTF-8")).expect("b");
    a.wait_for("Choose your language");
    b.wait_for("Velkommen");
    a.step("2", "Which describes you best?");
    // The visitors read on while the server stops, as real clients do.
    server.signal_term();
    assert!(a.until_closed(Duration::from_secs(5)));
    assert!(b.until_closed(Duration::from_secs(5)));
    assert!(
        a.contents().contains("The service is restarting"),
        "{}",
        a.contents()
    );
    assert!(
        b.contents().contains("Tjenesten genstarter"),
        "{}",
        b.contents()
    );
    // The visitors go, as ssh does when its session closes.
    drop((a, b));
    assert_eq!(server.exit_code(), Some(0));
    assert!(
        server
            .log()
            .iter()
            .any(|l| l.contains("stopped: 2 sessions served") && l.contains("counters {")),
        "{:?}",
        server.log()
    );
}

/// A TCP relay between a client and the server that can stop reading what
/// the server sends, as a client whose reading stalled: the server's
/// writes then wait.
struct Relay {
    port: u16,
    stalled: Arc<std::sync::atomic::AtomicBool>,
}

impl Relay {
    fn to(server: u16) -> Relay {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let stalled = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stall = Arc::clone(&stalled);
        std::thread::spawn(move || {
            let Ok((client, _)) = listener.accept() else {
                return;
            };
            let Ok(upstream) = std::net::TcpStream::connect(("127.0.0.1", server)) else {
                return;
            };
            let (mut c_in, mut u_out) = (
                client.try_clone().expect("clone"),
                upstream.try_clone().expect("clone"),
            );
            std::thread::spawn(move || {
                let mut buf = [0u8; 16384];
                while let Ok(n) = c_in.read(&mut buf) {
                    if n == 0 || u_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
            let (mut u_in, mut c_out) = (upstream, client);
            let mut buf = [0u8; 16384];
            loop {
                // Stalled: nothing more is read from the server, for good.
                if stall.load(std::sync::atomic::Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_secs(60));
                    return;
                }
                match u_in.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        if c_out.write_all(&buf[..n]).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        Relay { port, stalled }
    }
}

#[test]
fn a_client_that_stops_reading_is_let_go_in_bounded_memory() {
    // One session per address: a new one is let in only once the server
    // has let go of the first.
    let server = Server::start(&["--per-ip", "1"]);
    let relay = Relay::to(server.port);
    let mut s = Screen::open(relay.port, 200, 60, None).expect("a session");
    s.wait_for("Choose your language");
    let before = server.rss_kib();
    relay
        .stalled
        .store(true, std::sync::atomic::Ordering::SeqCst);
    // New sizes, each a whole new frame the server must send, until the
    // server lets go of it: then another visitor from the address gets in.
    let began = Instant::now();
    let mut sent = 0u32;
    let mut next = Err(String::new());
    while began.elapsed() < Duration::from_secs(40) {
        for _ in 0..20 {
            let width = 150 + sent % 50;
            let channel = &s.channel;
            let done = s.rt.block_on(async {
                tokio::time::timeout(
                    Duration::from_millis(100),
                    channel.window_change(width, 60, 0, 0),
                )
                .await
            });
            if matches!(done, Ok(Ok(()))) {
                sent += 1;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        if began.elapsed() > Duration::from_secs(5) {
            next = Screen::open(server.port, 80, 24, None);
            if next.is_ok() {
                break;
            }
        }
    }
    assert!(sent > 20, "sizes sent: {sent}");
    let after = server.rss_kib();
    assert!(
        after < before + 32 * 1024,
        "server memory grew from {before} KiB to {after} KiB"
    );
    next.expect("a new session once the first was let go")
        .wait_for("Choose your language");
}

/// Without a terminal (`ssh -T`), the line mode runs on the channel, as on
/// a pipe; `save` says nothing is saved on the server.
#[test]
fn without_a_terminal_the_line_mode_runs_and_saves_nothing() {
    let server = Server::start(&[]);
    let rt = runtime();
    let (status, out) = rt.block_on(async {
        let (handle, _) = connect(server.port).await.expect("connect");
        let mut channel = handle.channel_open_session().await.expect("channel");
        channel.request_shell(true).await.expect("shell");
        // An EU citizen in Copenhagen, arriving 1 December 2026, then
        // an attempt to save.
        let typed =
            "2\nhelp\n3\n2\n1\n\ncopenhagen\n1.12.2026\n2\n2\n2\n1\nhelp\nsave result.md\nquit\n";
        channel
            .data_bytes(typed.as_bytes().to_vec())
            .await
            .expect("send");
        channel.eof().await.expect("eof");
        let (mut status, mut out) = (None, Vec::new());
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            match tokio::time::timeout(Duration::from_secs(1), channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => out.extend_from_slice(&data),
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => status = Some(exit_status),
                Ok(None | Some(ChannelMsg::Close)) => break,
                _ => {}
            }
        }
        (status, String::from_utf8_lossy(&out).into_owned())
    });
    assert!(out.contains("Question 1 of about"), "{out}");
    assert!(out.contains("Your result"), "{out}");
    assert!(out.contains("Nothing is saved here"), "{out}");
    // Saving is never offered: not in the commands, the help or the
    // prompt after the result.
    assert!(out.contains("At any question you can type"), "{out}");
    assert!(out.contains("copy it from your terminal"), "{out}");
    assert!(!out.contains("save and a file name"), "{out}");
    assert!(!out.contains("save result.md"), "{out}");
    assert_eq!(status, Some(0), "{out}");
}

/// A visitor who reads and thinks: a session outlives the 20 s a client
/// has to open it, with or without a terminal, and once it ends the
/// connection is let go.
#[test]
fn a_session_lasts_as_long_as_the_visitor_needs_then_its_connection_goes() {
    let server = Server::start(&[]);
    let port = server.port;
    // Without a terminal, in a thread of its own: a line every 7 s.
    let line_mode = std::thread::spawn(move || {
        let rt = runtime();
        rt.block_on(async {
            let (handle, _) = connect(port).await.expect("connect");
            let mut channel = handle.channel_open_session().await.expect("channel");
            channel.request_shell(true).await.expect("shell");
            let mut out = Vec::new();
            // Three answers, each after 7 s of reading, then what follows.
            for (line, wait) in [("", 7), ("2\n", 7), ("3\n", 7), ("2\n", 2)] {
                if !line.is_empty() {
                    channel
                        .data_bytes(line.as_bytes().to_vec())
                        .await
                        .expect("still connected");
                }
                let until = Instant::now() + Duration::from_secs(wait);
                while let Ok(Some(msg)) =
                    tokio::time::timeout_at(until.into(), channel.wait()).await
                {
                    if let ChannelMsg::Data { data } = msg {
                        out.extend_from_slice(&data);
                    }
                }
            }
            String::from_utf8_lossy(&out).into_owned()
        })
    });
    // With a terminal: a key every 7 s, 21 s in all.
    let mut s = Screen::open(port, 80, 24, None).expect("a session");
    s.wait_for("Choose your language");
    s.pump(Duration::from_secs(7), |_| false);
    s.step("2", "Which describes you best?");
    s.pump(Duration::from_secs(7), |_| false);
    s.step("2", "How long will you stay");
    s.pump(Duration::from_secs(7), |_| false);
    assert!(!s.closed, "closed after 21 s");
    s.step("3", "look for work");
    // Quit: the goodbye, then the server lets the connection go.
    s.send("q");
    s.send("y");
    assert!(s.until_closed(Duration::from_secs(5)), "{}", s.contents());
    assert!(s.contents().contains("Goodbye"), "{}", s.contents());
    let ended = Instant::now();
    while !s.conn.0.is_closed() && ended.elapsed() < Duration::from_secs(15) {
        // The client's connection runs while its runtime does.
        s.rt.block_on(async { tokio::time::sleep(Duration::from_millis(100)).await });
    }
    assert!(
        s.conn.0.is_closed() && ended.elapsed() < Duration::from_secs(10),
        "the connection was not let go"
    );
    let out = line_mode.join().expect("line mode");
    // Three answers given over 21 s, and the fourth question asked.
    assert!(out.contains("Question 4 of about"), "{out}");
    assert!(!out.contains("closed"), "{out}");
}

/// Commands run a few at a time (each is a process of its own); many at
/// once wait their turn and all finish.
#[test]
fn many_commands_at_once_take_turns_and_all_finish() {
    let server = Server::start(&["--per-ip", "20"]);
    let port = server.port;
    let runs: Vec<_> = (0..12)
        .map(|_| std::thread::spawn(move || exec(port, "cpr 0707614285 --json")))
        .collect();
    for run in runs {
        let (status, out, err) = run.join().expect("a run");
        assert_eq!(status, Some(0), "{}", String::from_utf8_lossy(&err));
        assert!(String::from_utf8_lossy(&out).contains("070761-XXXX"));
    }
}

/// A connection whose command has finished can do nothing more: the
/// server lets it go within seconds, so it cannot keep a place.
#[test]
fn a_connection_is_let_go_once_its_command_is_done() {
    let server = Server::start(&["--per-ip", "1"]);
    let rt = runtime();
    let closed_after = rt.block_on(async {
        let (handle, _) = connect(server.port).await.expect("connect");
        let mut channel = handle.channel_open_session().await.expect("channel");
        channel.exec(true, "office ihcph").await.expect("exec");
        while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_secs(5), channel.wait()).await
        {
            if matches!(msg, ChannelMsg::Close) {
                break;
            }
        }
        let done = Instant::now();
        while !handle.is_closed() && done.elapsed() < Duration::from_secs(15) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        handle.is_closed().then(|| done.elapsed())
    });
    let after = closed_after.expect("the server let the connection go");
    assert!(after < Duration::from_secs(10), "{after:?}");
    // Its place is free again.
    let mut next = Screen::open(server.port, 80, 24, None).expect("a place");
    next.wait_for("Choose your language");
}

/// Input far over the rate is cut, not read forever.
#[test]
fn a_flood_of_input_is_cut() {
    let server = Server::start(&[]);
    let rt = runtime();
    let cut = rt.block_on(async {
        let (handle, _) = connect(server.port).await.expect("connect");
        let channel = handle.channel_open_session().await.expect("channel");
        channel.request_shell(true).await.expect("shell");
        let chunk = vec![b'x'; 16 * 1024];
        let began = Instant::now();
        while !handle.is_closed() && began.elapsed() < Duration::from_secs(10) {
            if tokio::time::timeout(
                Duration::from_millis(200),
                channel.data_bytes(chunk.clone()),
            )
            .await
            .is_err()
            {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
        handle.is_closed()
    });
    assert!(cut, "the flood was cut");
}
