//! The terminal UI's runner driven by another terminal than the one the
//! program runs in (as a pty or an SSH channel would): bytes and sizes in
//! through a channel, frames out to a ratatui test backend, effects
//! carried out off the loop and reported back.

use crate::common::ui::now;
use crate::common::{catalog, content, TODAY};
use cpr_guide::i18n::Lang;
use cpr_guide::settings::Clock;
use cpr_guide::tui::app::App;
use cpr_guide::tui::runner::{Effects, Incoming, Input, Output, Runner, Stop};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::mpsc;
use zeroize::Zeroizing;

/// A terminal somewhere else: its size comes as an event.
struct Remote {
    terminal: Terminal<TestBackend>,
    wiped: usize,
}

impl Output for Remote {
    type Backend = TestBackend;
    fn terminal(&mut self) -> &mut Terminal<TestBackend> {
        &mut self.terminal
    }
    fn wipe(&mut self) -> std::io::Result<()> {
        self.wiped += 1;
        Ok(())
    }
    fn size(&mut self) -> Option<(u16, u16)> {
        None
    }
}

struct RemoteInput;
impl Input for RemoteInput {}

fn screen(remote: &Remote) -> String {
    let buffer = remote.terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn bytes(text: &str) -> Incoming {
    Incoming::Bytes(Zeroizing::new(text.as_bytes().to_vec()))
}

#[test]
fn another_terminal_drives_the_same_app_and_its_effects_come_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sender, inbox) = mpsc::channel();
    let app = App::new(content(), catalog(), Lang::En, TODAY, Some(now()));
    let effects = Effects::new(sender.clone(), |_| {});
    let mut runner = Runner::new(app, Clock::Fixed(now()), effects);
    let mut remote = Remote {
        terminal: Terminal::new(TestBackend::new(100, 30)).expect("terminal"),
        wiped: 0,
    };
    let mut input = RemoteInput;
    let mut turn = |runner: &mut Runner<'_>, remote: &mut Remote| {
        runner.turn(remote, &mut input, &inbox).expect("turn")
    };
    // The size first, then keys: English, a Nordic citizen moving to Aarhus.
    sender.send(Incoming::Resize(100, 30)).expect("send");
    turn(&mut runner, &mut remote);
    assert_eq!(runner.app().size(), (100, 30));
    for keys in [
        "2", "1", "3", "\r", "8000", "\r", "\r", "2", "2", "1", "2", "2", "1", "\r",
    ] {
        sender.send(bytes(keys)).expect("send");
        assert_eq!(turn(&mut runner, &mut remote), None);
    }
    turn(&mut runner, &mut remote);
    assert!(screen(&remote).contains("ICS West"), "{}", screen(&remote));
    // Save: the file is written off the loop, and the outcome comes back.
    let file = dir.path().join("result.md");
    sender.send(bytes("s")).expect("send");
    turn(&mut runner, &mut remote);
    sender.send(bytes(&"\x7f".repeat(30))).expect("send");
    sender
        .send(bytes(&format!("{}\r", file.display())))
        .expect("send");
    let mut shown = String::new();
    for _ in 0..50 {
        turn(&mut runner, &mut remote);
        shown = screen(&remote);
        if shown.contains("Saved:") {
            break;
        }
    }
    assert!(shown.contains("Saved:"), "{shown}");
    assert!(std::fs::read_to_string(&file).is_ok_and(|t| t.contains("- [ ]")));
    // The end of input ends the loop; finishing forgets the visit and wipes.
    sender.send(Incoming::Closed).expect("send");
    assert_eq!(turn(&mut runner, &mut remote), Some(Stop::Closed));
    runner.finish(&mut remote);
    assert!(remote.wiped >= 1);
}

#[test]
fn a_printer_that_hangs_is_stopped_and_the_visitor_told() {
    use cpr_guide::tui::app::{Effect, Msg};
    use cpr_guide::tui::runner::{Done, PrintError};
    let (sender, inbox) = mpsc::channel();
    let config = cpr_guide::kiosk::KioskConfig {
        print_command: vec!["sleep".into(), "60".into()],
        print_timeout: 1,
        ..cpr_guide::kiosk::KioskConfig::default()
    };
    let mut effects = Effects::new(sender, |_| {}).with_kiosk(Some(&config));
    let t = catalog().lang(Lang::En);
    let started = std::time::Instant::now();
    effects.run(Effect::Print("checklist".into()), &t);
    let done = inbox
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the print ends");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let Incoming::Done(done) = done else {
        panic!("not a finished effect");
    };
    assert!(matches!(done, Done::Printed(Err(PrintError::TimedOut(1)))));
    // The visitor is told it failed, in words; the printer is free again.
    let Some(Msg::Printed(Some(why))) = effects.finished(done, &t) else {
        panic!("no message for the visitor");
    };
    assert!(why.contains("did not answer within 1 second"), "{why}");
    assert!(!why.contains("1 seconds"), "{why}");
}
