//! The signals that end the program, caught so that the terminal can be
//! put back first (raw mode off, echo on), and the exit status still says
//! which signal it was (128 + its number, as a shell reports it).
//!
//! Faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE) and SIGABRT are not caught:
//! nothing can run safely after them. SIGKILL cannot be caught at all.

use signal_hook::consts::signal::{
    SIGALRM, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGQUIT, SIGSYS, SIGTERM, SIGTRAP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU,
};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;

/// Every catchable signal whose default is to end the program.
pub fn ending() -> Vec<i32> {
    let mut list = vec![
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGIO, SIGSYS, SIGTRAP,
    ];
    #[cfg(target_os = "linux")]
    {
        list.extend([libc::SIGPWR, libc::SIGSTKFLT]);
        list.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    list
}

/// The first ending signal that arrived, if any: checked by the loops.
#[derive(Clone, Default)]
pub struct Caught(Arc<AtomicI32>);

impl Caught {
    pub fn get(&self) -> Option<i32> {
        let n = self.0.load(Ordering::Relaxed);
        (n != 0).then_some(n)
    }
}

/// Catches every ending signal except `ignored` (which then do nothing),
/// and `also` (handed to `on_also`, e.g. SIGCONT). Each caught ending
/// signal is recorded, then `on_end` runs on the signal thread.
pub fn watch(
    ignored: &[i32],
    also: &[i32],
    on_end: impl Fn(i32) + Send + 'static,
    on_also: impl Fn(i32) + Send + 'static,
) -> std::io::Result<Caught> {
    let mut all = ending();
    all.extend(also);
    let mut signals = signal_hook::iterator::Signals::new(&all)?;
    let caught = Caught::default();
    let record = caught.clone();
    let ignored = ignored.to_vec();
    let also = also.to_vec();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if also.contains(&signal) {
                on_also(signal);
            } else if !ignored.contains(&signal) && record.get().is_none() {
                record.0.store(signal, Ordering::Relaxed);
                on_end(signal);
            }
        }
    });
    Ok(caught)
}
