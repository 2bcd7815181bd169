//! The interactive terminal UI (ratatui + crossterm), a thin front end over
//! the same interview engine as the command line.
//!
//! The loop: event → [`keys::message`] → [`app::update`] → [`view::draw`].
//! The terminal is restored on every way out: normal exit, panic, and every
//! signal that would end the program (SIGTERM, SIGHUP, SIGINT, SIGQUIT,
//! SIGUSR1, SIGUSR2, SIGALRM and the rest; Ctrl-C itself arrives as a key
//! and asks first).

pub mod app;
pub mod input;
pub mod keys;
pub mod layout;
pub mod view;

use crate::content::Content;
use crate::i18n::{Catalog, Lang};
use app::{update, App, Effect, Msg};
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use std::io::{self, IsTerminal};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;
use zeroize::{Zeroize, Zeroizing};

/// How long to wait for input before looking at signals and the clock.
const TICK: Duration = Duration::from_millis(200);

/// How the UI starts.
pub struct Options {
    pub lang: Lang,
    /// `--now`, `--today` or the real clock, as every front end reads it.
    pub clock: crate::settings::Clock,
    pub theme: view::Theme,
    /// `HOME`, for `~` in file names.
    pub home: Option<std::path::PathBuf>,
    /// Kiosk mode and its settings.
    pub kiosk: Option<crate::kiosk::KioskConfig>,
}

/// What reaches the loop: bytes from the terminal (wiped when dropped),
/// the end of input, and results of effects.
enum Incoming {
    Bytes(Zeroizing<Vec<u8>>),
    Closed,
    Printed(Option<String>),
}

/// Reads the terminal's bytes as they come, all of them (not a fixed
/// amount per key), and wipes its buffer after each read.
fn read_input(sender: &mpsc::Sender<Incoming>) {
    use std::io::Read;
    let mut buffer = Zeroizing::new([0u8; 4096]);
    let mut stdin = io::stdin();
    loop {
        match stdin.read(&mut buffer[..]) {
            Ok(0) | Err(_) => {
                let _ = sender.send(Incoming::Closed);
                return;
            }
            Ok(n) => {
                let bytes = Zeroizing::new(buffer[..n].to_vec());
                buffer[..n].zeroize();
                if sender.send(Incoming::Bytes(bytes)).is_err() {
                    return;
                }
            }
        }
    }
}

/// After a reset: input typed before it, still on its way, is dropped —
/// what the terminal holds, what the reader sent, what the decoder keeps.
fn drop_pending_input(
    decoder: &mut input::Decoder,
    events: &mpsc::Receiver<Incoming>,
) -> Vec<Incoming> {
    let _ = rustix::termios::tcflush(io::stdin(), rustix::termios::QueueSelector::IFlush);
    decoder.wipe();
    // Bytes are dropped (and so wiped); anything else is kept for the loop.
    events
        .try_iter()
        .filter(|incoming| !matches!(incoming, Incoming::Bytes(_)))
        .collect()
}

/// Pipes `text` to the print command; `None` when it worked, else why not.
fn print_checklist(command: &[String], text: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (program, args) = command.split_first()?;
    let mut child = match Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => return Some(format!("{program}: {e}")),
    };
    if let Some(mut stdin) = child.stdin.take() {
        if let Err(e) = stdin.write_all(text.as_bytes()) {
            return Some(format!("{program}: {e}"));
        }
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() => None,
        Ok(out) => {
            let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
            Some(
                format!("{program}: {} {said}", out.status)
                    .trim()
                    .to_string(),
            )
        }
        Err(e) => Some(format!("{program}: {e}")),
    }
}

/// Tells staff, not the visitor: standard error when it is not the screen
/// (a journal under systemd), else nothing.
fn staff_log(text: &str) {
    if !io::stderr().is_terminal() {
        eprintln!("cpr-guide: {text}");
    }
}

/// Wipes every cell and the scrollback, so nothing of the last visit stays
/// in the terminal: a blank frame overwrites each cell ratatui drew, then
/// the terminal itself is told to clear.
fn wipe(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    use crossterm::terminal::{Clear, ClearType};
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    crossterm::execute!(io::stdout(), Clear(ClearType::All), Clear(ClearType::Purge))
}

/// Leaves raw mode, mouse capture and the alternate screen.
fn restore() {
    let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
}

/// Runs the UI until the person quits or a signal asks it to end.
/// Ends with the signal that ended it, if one did.
pub fn run(content: &Content, catalog: &Catalog, options: Options) -> io::Result<Option<i32>> {
    use signal_hook::consts::signal::{SIGINT, SIGQUIT, SIGTSTP, SIGXFSZ};
    // Every signal that would end the program ends it here, with the
    // terminal restored. A kiosk cannot be interrupted from its keyboard
    // (staff end it with SIGTERM or the PIN); nobody suspends a UI, which
    // would leave the terminal raw; a file too large is a write error.
    let ignored: &[i32] = if options.kiosk.is_some() {
        &[SIGINT, SIGQUIT]
    } else {
        &[]
    };
    let caught = crate::signals::watch(ignored, &[], |_| {}, |_| {})?;
    let held = Arc::new(AtomicBool::new(false));
    for signal in [SIGTSTP, SIGXFSZ] {
        signal_hook::flag::register(signal, Arc::clone(&held))?;
    }
    let mut terminal = ratatui::init();
    // ratatui's own hook restores raw mode and the screen; this one also
    // releases the mouse before it runs.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        previous(info);
    }));
    // A paste arrives as one piece of text, never as keys that answer.
    let _ = crossterm::execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste);

    let clock = options.clock;
    let mut app = App::new(content, catalog, options.lang, clock.today(), clock.now())
        .with_theme(options.theme)
        .with_home(options.home.clone());
    if let Some(config) = options.kiosk.clone() {
        app = app.with_kiosk(config);
    }
    let started = std::time::Instant::now();
    if let Ok(size) = terminal.size() {
        update(&mut app, Msg::Resize(size.width, size.height));
    }
    // Bytes are read on their own thread: the loop never blocks on the
    // terminal, and sees a hangup (end of input) as well as a signal.
    let (sender, events) = mpsc::channel();
    let printed = sender.clone();
    std::thread::spawn(move || read_input(&sender));
    let mut decoder = input::Decoder::new();
    let mut size = terminal.size().ok();
    let mut kept: Vec<Incoming> = Vec::new();
    let millis = |started: std::time::Instant| {
        u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
    };
    let result = (|| -> io::Result<()> {
        while !app.wants_quit() && caught.get().is_none() && io::stdin().is_terminal() {
            if let (true, Some(now)) = (clock.is_live(), clock.now()) {
                app.set_clock(now);
            }
            update(&mut app, Msg::Tick(millis(started)));
            if app.take_clear() {
                kept.extend(drop_pending_input(&mut decoder, &events));
                wipe(&mut terminal)?;
            }
            // The terminal's size, looked at every turn (no signal needed).
            if let Ok(now_size) = terminal.size() {
                if size != Some(now_size) {
                    size = Some(now_size);
                    update(&mut app, Msg::Resize(now_size.width, now_size.height));
                }
            }
            for effect in app.take_effects() {
                match effect {
                    Effect::Print(text) => {
                        let command = app
                            .kiosk()
                            .map(|k| k.config.print_command.clone())
                            .unwrap_or_default();
                        let reply = printed.clone();
                        std::thread::spawn(move || {
                            let _ = reply.send(Incoming::Printed(print_checklist(&command, &text)));
                        });
                    }
                    Effect::Save { request, replace } => {
                        update(&mut app, Msg::Saved(request.write(replace)));
                    }
                    Effect::WrongPin(count) => {
                        let t = app.t();
                        let mut fluent = crate::i18n::FluentArgs::new();
                        fluent.set("count", i64::from(count));
                        staff_log(&t.text_with("log-wrong-pin", &fluent));
                    }
                    Effect::Count(outcome) => {
                        let file = app.kiosk().and_then(|k| {
                            Some((k.config.counters_file.clone()?, k.config.counters_format))
                        });
                        if let Some((path, format)) = file {
                            let path = std::path::Path::new(&path);
                            if let Err(e) = crate::kiosk::counters::record(path, format, &outcome) {
                                let t = app.t();
                                staff_log(&t.text_with(
                                    "log-counters-failed",
                                    &crate::i18n::args([("detail", e.to_string())]),
                                ));
                            }
                        }
                    }
                }
            }
            let mut drawn = None;
            terminal.draw(|frame| drawn = Some(view::draw(frame, &app)))?;
            if let Some(layout) = drawn {
                app.record_layout(layout);
            }
            // Wait for input, the next tick, or the decoder's next deadline
            // (a lone Esc, a paste that stopped).
            let now = millis(started);
            let wait = decoder.deadline().map_or(TICK, |d| {
                Duration::from_millis(d.saturating_sub(now)).min(TICK)
            });
            let first = match kept.pop() {
                Some(incoming) => Some(incoming),
                None => match events.recv_timeout(wait) {
                    Ok(incoming) => Some(incoming),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => break,
                },
            };
            let mut decoded = decoder.tick(millis(started));
            for incoming in first.into_iter().chain(events.try_iter()) {
                match incoming {
                    Incoming::Bytes(bytes) => {
                        update(&mut app, Msg::Activity);
                        decoded.extend(decoder.feed(&bytes, millis(started)));
                    }
                    Incoming::Closed => return Ok(()),
                    Incoming::Printed(outcome) => update(&mut app, Msg::Printed(outcome)),
                }
            }
            for mut event in decoded {
                if let Some(msg) = keys::message(&app, &event) {
                    update(&mut app, msg);
                }
                if let crossterm::event::Event::Paste(text) = &mut event {
                    text.zeroize();
                }
            }
        }
        Ok(())
    })();
    decoder.wipe();
    app.reset();
    let _ = wipe(&mut terminal);
    restore();
    result.map(|()| caught.get())
}
