//! `serve`: the guide over SSH (see [`crate::serve`]).

use super::args::ServeArgs;
use super::{Context, Failure};
use crate::i18n::{args as fargs, Catalog};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The longest a session may last, however busy: then it is closed.
const SESSION_MAX: Duration = Duration::from_secs(2 * 60 * 60);

/// Where the host key is kept by default: systemd's state directory
/// when there is one, else beside where the server starts.
fn default_key() -> PathBuf {
    match std::env::var_os("STATE_DIRECTORY") {
        // It may list several, separated by colons: the first.
        Some(dirs) => {
            let first = dirs
                .to_string_lossy()
                .split(':')
                .next()
                .unwrap_or("")
                .to_string();
            PathBuf::from(first).join("host_key")
        }
        None => PathBuf::from("cpr_guide_host_key"),
    }
}

/// In debug builds (the tests' binary) only: the user name whose session
/// is made to panic, from `CPR_GUIDE_TEST_PANIC_USER`.
#[cfg(debug_assertions)]
fn panic_user() -> Option<String> {
    std::env::var("CPR_GUIDE_TEST_PANIC_USER")
        .ok()
        .filter(|u| !u.is_empty())
}

#[cfg(not(debug_assertions))]
fn panic_user() -> Option<String> {
    None
}

pub fn run(context: Context, args: &ServeArgs) -> ExitCode {
    let content = match context.load_content() {
        Ok(content) => content,
        Err(failure) => return super::print_failure(&failure, &context.t()),
    };
    let lang = context.settings.lang;
    let clock = context.settings.clock;
    // The translations live as long as the server: every session uses them.
    let catalog: &'static Catalog = Box::leak(Box::new(context.catalog));
    let t = catalog.lang(lang);
    let options = crate::serve::Options {
        listen: args.listen,
        host_key: args.host_key.clone().unwrap_or_else(default_key),
        max_sessions: usize::try_from(args.max_sessions).unwrap_or(usize::MAX),
        per_address: usize::try_from(args.per_ip).unwrap_or(usize::MAX),
        idle_timeout: Duration::from_secs(u64::from(args.idle_timeout)),
        max_length: SESSION_MAX,
        clock,
        panic_user: panic_user(),
    };
    match crate::serve::run(content, catalog, options, &t) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failed) => {
            let text = match failed {
                crate::serve::Failed::HostKey(file, detail) => t.text_with(
                    "err-serve-host-key",
                    &fargs([("file", file.display().to_string()), ("detail", detail)]),
                ),
                crate::serve::Failed::Listen(address, e) => t.text_with(
                    "err-serve-listen",
                    &fargs([("address", address.to_string()), ("detail", e.to_string())]),
                ),
                crate::serve::Failed::Runtime(e) => {
                    t.text_with("err-output", &fargs([("detail", e.to_string())]))
                }
            };
            super::print_failure(&Failure::Io(text), &t)
        }
    }
}
