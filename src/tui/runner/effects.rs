//! Carries out what `update` asks of the outside world, off the UI
//! thread where it may be slow: printing (a command that may hang),
//! saving (waits for the disk) and counting (a lock a peer kiosk or a
//! network share may hold). Each finishes by sending [`Done`] back to the
//! loop, so a stuck printer, disk or peer never freezes the screen or the
//! kiosk's idle reset.

use super::Incoming;
use crate::flow::SaveOutcome;
use crate::i18n::{args, FluentArgs, Localizer};
use crate::kiosk::counters::{self, CountersFormat};
use crate::tui::app::{Effect, Msg};
use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};

/// A slow effect that finished.
pub enum Done {
    /// The print command ended, or was stopped.
    Printed(Result<(), PrintError>),
    Saved(SaveOutcome),
    /// The counters could not be updated, and why (for staff).
    CountFailed(String),
}

/// Why a checklist was not printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintError {
    /// It did not end within this many seconds, and was stopped.
    TimedOut(u32),
    /// The command could not run, or said it failed.
    Failed(String),
}

/// Where staff are told things (never the visitor's screen).
pub type StaffLog = fn(&str);

/// The executor: the kiosk's print command and counters file, and the
/// way back to the loop.
pub struct Effects {
    reply: Sender<Incoming>,
    print_command: Vec<String>,
    print_timeout: u32,
    counters: Option<(PathBuf, CountersFormat)>,
    /// Counts and saves, one at a time, in order, on one worker thread.
    worker: Option<Sender<Box<dyn FnOnce() + Send>>>,
    log: StaffLog,
    /// Results counted in memory (a server's sessions), by outcome.
    tally: Option<std::sync::Arc<std::sync::Mutex<counters::Counters>>>,
}

impl Effects {
    pub fn new(reply: Sender<Incoming>, log: StaffLog) -> Effects {
        Effects {
            reply,
            print_command: Vec::new(),
            print_timeout: crate::kiosk::KioskConfig::default().print_timeout,
            counters: None,
            worker: None,
            log,
            tally: None,
        }
    }

    /// Counts each result in `tally` (a server adds up its sessions').
    pub fn with_tally(
        mut self,
        tally: std::sync::Arc<std::sync::Mutex<counters::Counters>>,
    ) -> Effects {
        self.tally = Some(tally);
        self
    }

    /// A kiosk's print command and counters file.
    pub fn with_kiosk(mut self, config: Option<&crate::kiosk::KioskConfig>) -> Effects {
        if let Some(config) = config {
            self.print_command = config.print_command.clone();
            self.print_timeout = config.print_timeout;
            self.counters = config
                .counters_file
                .clone()
                .map(|file| (PathBuf::from(file), config.counters_format));
        }
        self
    }

    /// Starts `effect`; slow ones report back with [`Incoming::Done`].
    pub fn run(&mut self, effect: Effect, t: &Localizer<'_>) {
        match effect {
            Effect::Print(text) => {
                let command = self.print_command.clone();
                let reply = self.reply.clone();
                let timeout = self.print_timeout;
                std::thread::spawn(move || {
                    let outcome = print_checklist(&command, &text, timeout);
                    let _ = reply.send(Incoming::Done(Done::Printed(outcome)));
                });
            }
            Effect::Save { request, replace } => {
                let reply = self.reply.clone();
                self.in_order(move || {
                    let outcome = request.write(replace);
                    let _ = reply.send(Incoming::Done(Done::Saved(outcome)));
                });
            }
            Effect::Count(outcome) => {
                if let Some(tally) = &self.tally {
                    tally
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .record(&outcome);
                }
                if let Some((path, format)) = self.counters.clone() {
                    let reply = self.reply.clone();
                    self.in_order(move || {
                        if let Err(e) = counters::record(&path, format, &outcome) {
                            let _ = reply.send(Incoming::Done(Done::CountFailed(e.to_string())));
                        }
                    });
                }
            }
            Effect::WrongPin(count) => {
                let mut fluent = FluentArgs::new();
                fluent.set("count", i64::from(count));
                (self.log)(&t.text_with("log-wrong-pin", &fluent));
            }
        }
    }

    /// What a finished effect means for the app, if anything.
    pub fn finished(&self, done: Done, t: &Localizer<'_>) -> Option<Msg> {
        match done {
            Done::Printed(Ok(())) => Some(Msg::Printed(None)),
            Done::Printed(Err(PrintError::Failed(why))) => Some(Msg::Printed(Some(why))),
            Done::Printed(Err(PrintError::TimedOut(seconds))) => {
                let mut fluent = FluentArgs::new();
                fluent.set("seconds", i64::from(seconds));
                (self.log)(&t.text_with("log-print-timeout", &fluent));
                Some(Msg::Printed(Some(t.text_with("ui-print-timeout", &fluent))))
            }
            Done::Saved(outcome) => Some(Msg::Saved(outcome)),
            Done::CountFailed(detail) => {
                (self.log)(&t.text_with("log-counters-failed", &args([("detail", detail)])));
                None
            }
        }
    }

    /// Runs `job` on the worker thread, after the jobs before it.
    fn in_order(&mut self, job: impl FnOnce() + Send + 'static) {
        let worker = self.worker.get_or_insert_with(|| {
            let (jobs, queue) = mpsc::channel::<Box<dyn FnOnce() + Send>>();
            std::thread::spawn(move || {
                for job in queue {
                    job();
                }
            });
            jobs
        });
        let _ = worker.send(Box::new(job));
    }
}

/// Pipes `text` to the print command and waits at most `timeout` seconds
/// for it: a printer that hangs is stopped (killed), never waited for.
fn print_checklist(command: &[String], text: &str, timeout: u32) -> Result<(), PrintError> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let Some((program, args)) = command.split_first() else {
        return Ok(());
    };
    let failed = |e: &dyn std::fmt::Display| PrintError::Failed(format!("{program}: {e}"));
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(&e))?;
    // Written on a thread of its own: a command that never reads must not
    // hold this one past the timeout.
    if let Some(mut stdin) = child.stdin.take() {
        let text = text.to_string();
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    let deadline = Instant::now() + Duration::from_secs(u64::from(timeout));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::TimedOut(timeout));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(failed(&e)),
        }
    };
    if status.success() {
        return Ok(());
    }
    let mut said = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        use std::io::Read;
        let _ = stderr.by_ref().take(4096).read_to_string(&mut said);
    }
    Err(failed(
        &format!("{status} {}", said.trim()).trim().to_string(),
    ))
}
