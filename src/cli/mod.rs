//! The command line: `guide`, `cpr` and `lint` over the pure core.
//!
//! Exit codes: 0 success; 1 an invalid CPR number (`cpr`) or content with
//! errors (`lint`); 2 a usage error (bad option, answer, date, language);
//! 3 broken content or translations at start.

mod args;
mod cpr_cmd;
mod guide;
mod lint_cmd;
mod office_cmd;

use crate::content::{embedded_sources, load_dir, ContentError, ContentFiles};
use crate::i18n::{args as fargs, Catalog, Lang, Localizer};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::FromArgMatches;
use jiff::civil::Date;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

pub use args::{Cli, Commands};

/// How a command failed, and so which exit code it gives.
#[derive(Debug)]
pub enum Failure {
    /// Exit 1: the answer to the question asked is "no" (invalid CPR, lint errors).
    Negative,
    /// Exit 2: the command line was wrong; the message says how.
    Usage(String),
    /// Exit 3: content or translations are broken.
    Content(Vec<ContentError>),
}

/// What every command gets: language, translations, files and today's date.
pub struct Context {
    pub lang: Lang,
    pub catalog: Catalog,
    pub files: ContentFiles,
}

impl Context {
    pub fn t(&self) -> Localizer<'_> {
        self.catalog.lang(self.lang)
    }
}

/// The embedded catalog: always valid (a test proves it), so errors about
/// broken translations can still be shown in the user's language.
fn embedded_catalog(langs: &[Lang]) -> Option<Catalog> {
    Catalog::with_languages(&embedded_sources().ftl, langs).ok()
}

/// The languages a run can show: one for a command, all three where the
/// person can switch (the UI, the line mode) or everything is checked (lint).
fn languages_for(argv: &[OsString], lang: Lang) -> Vec<Lang> {
    let command = argv
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| ["guide", "cpr", "office", "pin-hash", "lint"].contains(&a.as_ref()));
    match command.as_deref() {
        Some("guide" | "cpr" | "office" | "pin-hash") => vec![lang],
        _ => Lang::ALL.to_vec(),
    }
}

/// `--lang` as typed, found before clap parses, so that clap's own errors
/// can be given in that language too.
fn lang_from_args(args: &[OsString]) -> Option<Lang> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().to_string())
        .collect();
    args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).and_then(|v| Lang::from_code(v))
        } else {
            a.strip_prefix("--lang=").and_then(Lang::from_code)
        }
    })
}

fn env_lang() -> Lang {
    Lang::from_env(|name| std::env::var(name).ok())
}

/// Today in Copenhagen, or the `--today` given.
pub fn today(given: Option<&str>, t: &Localizer<'_>) -> Result<Date, Failure> {
    match given {
        Some(text) => crate::calendar::parse_date(text).map_err(|e| {
            let reason = t.text_with(
                &format!("err-answer-date-{}", e.kind()),
                &fargs([("today", String::new())]),
            );
            Failure::Usage(t.text_with("err-bad-today", &fargs([("reason", reason)])))
        }),
        None => Ok(crate::calendar::today_in_denmark()),
    }
}

/// The moment to show opening status for, in Danish local time: `--now`,
/// else the clock. Only `--today` given: dates are fixed but no "open now"
/// is shown, since the time of day is unknown.
pub fn today_and_now(
    today_arg: Option<&str>,
    now_arg: Option<&str>,
    t: &Localizer<'_>,
) -> Result<(Date, Option<jiff::civil::DateTime>), Failure> {
    match (today_arg, now_arg) {
        (_, Some(text)) => {
            let now = crate::calendar::parse_now(text).map_err(|e| {
                let reason = t.text_with(
                    &format!("err-answer-date-{}", e.kind()),
                    &fargs([("today", String::new())]),
                );
                Failure::Usage(t.text_with("err-bad-now", &fargs([("reason", reason)])))
            })?;
            Ok((now.date(), Some(now)))
        }
        (Some(_), None) => Ok((today(today_arg, t)?, None)),
        (None, None) => {
            let now = crate::calendar::now_in_denmark(jiff::Timestamp::now());
            Ok((now.date(), Some(now)))
        }
    }
}

fn clap_failure(err: &clap::Error, t: &Localizer<'_>) -> String {
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match err.kind() {
        ErrorKind::UnknownArgument => t.text_with(
            "err-usage-unknown-argument",
            &fargs([("arg", context(ContextKind::InvalidArg))]),
        ),
        ErrorKind::InvalidSubcommand => t.text_with(
            "err-usage-unknown-command",
            &fargs([("arg", context(ContextKind::InvalidSubcommand))]),
        ),
        ErrorKind::MissingRequiredArgument => t.text_with(
            "err-usage-missing",
            &fargs([("arg", context(ContextKind::InvalidArg))]),
        ),
        ErrorKind::InvalidValue | ErrorKind::NoEquals | ErrorKind::ValueValidation => t.text_with(
            "err-usage-value",
            &fargs([("arg", context(ContextKind::InvalidArg))]),
        ),
        _ => t.text("err-usage-other"),
    };
    format!("{message}\n{}", t.text("err-usage-hint"))
}

fn print_failure(failure: &Failure, t: &Localizer<'_>) -> ExitCode {
    let mut err = std::io::stderr().lock();
    match failure {
        Failure::Negative => ExitCode::from(1),
        Failure::Usage(message) => {
            let _ = writeln!(err, "cpr-guide: {}: {message}", t.text("err-prefix"));
            ExitCode::from(2)
        }
        Failure::Content(errors) => {
            let _ = writeln!(err, "cpr-guide: {}", t.text("err-content-broken"));
            for e in errors {
                let _ = writeln!(err, "  {}", t.content_error(e));
            }
            ExitCode::from(3)
        }
    }
}

/// Writes to standard output; a closed pipe (e.g. `| head`) is not an error.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Prints a translated note on standard error. Never called with a CPR number.
pub fn warn(t: &Localizer<'_>, message: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "cpr-guide: {}: {message}",
        t.text("warn-prefix")
    );
}

/// `pin-hash`: reads a PIN from standard input and prints its Argon2 hash
/// for `exit_pin` in the kiosk configuration. The PIN is not echoed.
fn pin_hash(context: &Context) -> Result<(), Failure> {
    let t = context.t();
    let mut pin = zeroize::Zeroizing::new(String::new());
    let _ = std::io::stdin().read_line(&mut pin);
    let pin = zeroize::Zeroizing::new(pin.trim().to_string());
    if pin.chars().count() < 4 {
        return Err(Failure::Usage(t.text("err-pin-short")));
    }
    let hash =
        crate::kiosk::hash_pin(&pin).ok_or_else(|| Failure::Usage(t.text("err-pin-short")))?;
    print(&format!("{hash}\n"));
    Ok(())
}

/// The kiosk settings: the content's, with `--site` and `--idle-timeout` on top.
fn kiosk_config(
    files: &[crate::content::SourceFile],
    content: &crate::content::Content,
    cli: &Cli,
    t: &Localizer<'_>,
) -> Result<crate::kiosk::KioskConfig, Failure> {
    let mut config = crate::kiosk::load_config(files, content).map_err(Failure::Content)?;
    if let Some(site) = &cli.site {
        let index = content
            .offices
            .iter()
            .position(|o| &o.id == site)
            .ok_or_else(|| {
                let ids: Vec<&str> = content.offices.iter().map(|o| o.id.as_str()).collect();
                Failure::Usage(t.text_with(
                    "err-unknown-office",
                    &fargs([("id", site.clone()), ("list", ids.join(", "))]),
                ))
            })?;
        config.site = Some(index);
    }
    if let Some(text) = &cli.idle_timeout {
        let seconds = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|s| (5..=86_400).contains(s))
            .ok_or_else(|| {
                Failure::Usage(t.text_with("err-idle-timeout", &fargs([("value", text.clone())])))
            })?;
        config.idle_timeout = seconds;
        // The countdown is the last part of the period, never all of it.
        config.countdown = config.countdown.min(seconds / 2).max(1);
    }
    Ok(config)
}

/// No command: the terminal UI when both ends are a terminal, else a
/// short usage text.
fn interactive(context: &Context, cli: &Cli) -> Result<(), Failure> {
    use std::io::IsTerminal;
    let t = context.t();
    let high_contrast = match cli.theme.as_deref() {
        None | Some("default") => false,
        Some("high-contrast") => true,
        Some(other) => {
            return Err(Failure::Usage(t.text_with(
                "err-bad-theme",
                &fargs([("value", other.to_string())]),
            )));
        }
    };
    let fixed = match cli.now.as_deref() {
        Some(text) => today_and_now(None, Some(text), &t)?.1,
        None => None,
    };
    let content = crate::content::load_sources(&context.files.yaml).map_err(Failure::Content)?;
    let kiosk = if cli.kiosk {
        Some(kiosk_config(&context.files.yaml, &content, cli, &t)?)
    } else {
        None
    };
    let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
    let terminal = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if kiosk.is_none() && (cli.plain || dumb || !terminal) {
        let now = fixed.unwrap_or_else(|| crate::calendar::now_in_denmark(jiff::Timestamp::now()));
        let stdin = std::io::stdin();
        let line_mode = crate::plain::LineMode::new(
            &content,
            &context.catalog,
            context.lang,
            now.date(),
            Some(now),
            stdin.lock(),
            std::io::stdout().lock(),
        );
        return line_mode
            .run()
            .or_else(|e| {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    Ok(())
                } else {
                    Err(e)
                }
            })
            .map_err(|e| {
                Failure::Usage(t.text_with("err-terminal", &fargs([("detail", e.to_string())])))
            });
    }
    let no_color = std::env::var("NO_COLOR").ok();
    let options = crate::tui::Options {
        lang: context.lang,
        now: fixed,
        theme: crate::tui::view::Theme::choose(high_contrast, no_color.as_deref()),
        kiosk,
    };
    crate::tui::run(&content, &context.catalog, options).map_err(|e| {
        Failure::Usage(t.text_with("err-terminal", &fargs([("detail", e.to_string())])))
    })
}

/// Runs the program with these arguments and returns its exit code.
pub fn run(argv: Vec<OsString>) -> ExitCode {
    let early_lang = lang_from_args(&argv).unwrap_or_else(env_lang);
    let Some(fallback) = embedded_catalog(&languages_for(&argv, early_lang)) else {
        let _ = writeln!(
            std::io::stderr(),
            "cpr-guide: built-in translations are broken"
        );
        return ExitCode::from(3);
    };
    let t = fallback.lang(early_lang);
    let matches = match args::command(&t).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(err) => {
            return match err.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = err.print();
                    ExitCode::SUCCESS
                }
                _ => print_failure(&Failure::Usage(clap_failure(&err, &t)), &t),
            };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => return print_failure(&Failure::Usage(clap_failure(&err, &t)), &t),
    };
    let lang = match cli.lang.as_deref() {
        None => env_lang(),
        Some(code) => match Lang::from_code(code) {
            Some(lang) => lang,
            None => {
                let message = t.text_with("err-bad-lang", &fargs([("value", code.to_string())]));
                return print_failure(&Failure::Usage(message), &t);
            }
        },
    };
    let t = fallback.lang(lang);

    // `lint` reports broken content as its finding; other commands refuse to start.
    if let Some(Commands::Lint(lint_args)) = &cli.command {
        let dir = lint_args.dir.as_ref().or(cli.content.as_ref());
        return match lint_cmd::run(dir.map(|p| p.as_path()), lint_args.today.as_deref(), &t) {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => print_failure(&failure, &t),
        };
    }

    let files = match &cli.content {
        Some(dir) => match load_dir(dir) {
            Ok(files) => files,
            Err(e) => return print_failure(&Failure::Content(vec![e]), &t),
        },
        None => embedded_sources(),
    };
    // The built-in translations are already parsed: reuse them.
    let catalog = if cli.content.is_none() && fallback.has_language(lang) {
        fallback
    } else {
        match Catalog::with_languages(&files.ftl, &languages_for(&argv, lang)) {
            Ok(c) => c,
            Err(errors) => return print_failure(&Failure::Content(errors), &fallback.lang(lang)),
        }
    };
    let context = Context {
        lang,
        catalog,
        files,
    };
    let result = match cli.command {
        None => interactive(&context, &cli),
        Some(Commands::PinHash) => pin_hash(&context),
        Some(Commands::Guide(a)) => guide::run(&context, a),
        Some(Commands::Cpr(a)) => cpr_cmd::run(&context, a),
        Some(Commands::Lint(_)) => Ok(()),
        Some(Commands::Office(a)) => office_cmd::run(&context, a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => print_failure(&failure, &context.t()),
    }
}
