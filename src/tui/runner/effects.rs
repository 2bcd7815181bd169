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
    /// The print command ended: `None` when it worked, else why not.
    Printed(Option<String>),
    Saved(SaveOutcome),
    /// The counters could not be updated, and why (for staff).
    CountFailed(String),
}

/// Where staff are told things (never the visitor's screen).
pub type StaffLog = fn(&str);

/// The executor: the kiosk's print command and counters file, and the
/// way back to the loop.
pub struct Effects {
    reply: Sender<Incoming>,
    print_command: Vec<String>,
    counters: Option<(PathBuf, CountersFormat)>,
    /// Counts and saves, one at a time, in order, on one worker thread.
    worker: Option<Sender<Box<dyn FnOnce() + Send>>>,
    log: StaffLog,
}

impl Effects {
    pub fn new(reply: Sender<Incoming>, log: StaffLog) -> Effects {
        Effects {
            reply,
            print_command: Vec::new(),
            counters: None,
            worker: None,
            log,
        }
    }

    /// A kiosk's print command and counters file.
    pub fn with_kiosk(mut self, config: Option<&crate::kiosk::KioskConfig>) -> Effects {
        if let Some(config) = config {
            self.print_command = config.print_command.clone();
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
                std::thread::spawn(move || {
                    let outcome = print_checklist(&command, &text);
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
            Done::Printed(outcome) => Some(Msg::Printed(outcome)),
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
