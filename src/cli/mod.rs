//! The command line: `guide`, `cpr`, `lint`, `office` and `pin-hash` over
//! the pure core, and the interactive front ends when no command is given.
//!
//! Exit codes: 0 success; 1 an invalid CPR number (`cpr`) or content with
//! errors (`lint`); 2 a usage error (bad option, answer, date, language);
//! 3 broken content or translations at start; 4 output or input failed
//! (a full disk, a closed terminal). A closed pipe (`| head`) is no error.

mod args;
mod coverage_cmd;
mod cpr_cmd;
mod echo;
mod guide;
mod interactive;
mod lint_cmd;
mod office_cmd;
mod serve_cmd;
mod suggest;

use crate::content::{embedded_sources, load_dir, ContentError, ContentFiles};
use crate::i18n::{args as fargs, Catalog, Lang, Localizer};
use args::ValueError;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Parser;
use jiff::civil::{Date, DateTime};
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

pub use args::{Cli, Commands, ThemeChoice};

/// How a command failed, and so which exit code it gives.
#[derive(Debug)]
pub enum Failure {
    /// Exit 1: the answer to the question asked is "no" (invalid CPR, lint errors).
    Negative,
    /// Exit 2: the command line was wrong; the message says how.
    Usage(String),
    /// Exit 3: content or translations are broken.
    Content(Vec<ContentError>),
    /// Exit 4: writing the output (or reading input) failed; the message says why.
    Io(String),
    /// Ended by this signal (the terminal put back first): exit 128 + it.
    Signal(i32),
}

/// What every command gets: the resolved settings, translations and files.
pub struct Context {
    pub settings: crate::settings::Settings,
    pub catalog: Catalog,
    /// The files of `--content DIR`; none for the built-in content, whose
    /// files are copied out only when something needs them.
    files: Option<ContentFiles>,
    built_in_files: std::sync::OnceLock<ContentFiles>,
}

impl Context {
    pub fn t(&self) -> Localizer<'_> {
        self.catalog.lang(self.settings.lang)
    }

    /// The date deadlines count from: `--today`, the day of `--now`, or
    /// today in Denmark.
    pub fn today(&self) -> Date {
        self.settings.clock.today()
    }

    /// The moment opening status is shown for, in Danish local time: `--now`,
    /// else the clock; none when only `--today` fixes the date (the time of
    /// day is then unknown).
    pub fn now(&self) -> Option<DateTime> {
        self.settings.clock.now()
    }

    /// The content and translation files in use.
    pub fn files(&self) -> &ContentFiles {
        match &self.files {
            Some(files) => files,
            None => self.built_in_files.get_or_init(embedded_sources),
        }
    }

    /// The content: `--content DIR` parsed and checked now; the built-in
    /// content as checked and compiled when the binary was built.
    pub fn load_content(&self) -> Result<crate::content::Content, Failure> {
        match &self.files {
            Some(files) => crate::content::load_sources(&files.yaml).map_err(Failure::Content),
            None => crate::builtin::content().map_err(Failure::Content),
        }
    }
}

/// The embedded catalog: always valid (a test proves it), so errors about
/// broken translations can still be shown in the user's language.
fn embedded_catalog(langs: &[Lang]) -> Catalog {
    Catalog::from_static(crate::embedded::LOCALES, langs)
}

/// The languages a run can show: one for a command, all three where the
/// person can switch (the UI, the line mode) or everything is checked (lint).
fn languages_for(command: Option<&Commands>, lang: Lang) -> Vec<Lang> {
    match command {
        Some(
            Commands::Guide(_)
            | Commands::Cpr(_)
            | Commands::Office(_)
            | Commands::Coverage(_)
            | Commands::PinHash,
        ) => {
            vec![lang]
        }
        _ => Lang::ALL.to_vec(),
    }
}

fn env_lang() -> Lang {
    Lang::from_env(|name| std::env::var(name).ok())
}

/// A value clap refused, in words, from our own [`ValueError`].
fn value_failure(err: &clap::Error, value: &ValueError, t: &Localizer<'_>) -> String {
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let given = context(ContextKind::InvalidValue);
    match value {
        ValueError::Lang => t.text_with("err-bad-lang", &fargs([("value", given)])),
        ValueError::Theme => t.text_with("err-bad-theme", &fargs([("value", given)])),
        ValueError::Format => t.text_with("err-bad-format", &fargs([("value", given)])),
        ValueError::Timeout => t.text_with("err-idle-timeout", &fargs([("value", given)])),
        ValueError::Date(e) => {
            // The option's own form (ISO), never the interview's DD.MM.ÅÅÅÅ.
            let now = arg.starts_with("--now");
            let reason = match (e, now) {
                (crate::calendar::DateError::Format, true) => t.text("err-option-moment-format"),
                (crate::calendar::DateError::Format, false) => t.text("err-option-date-format"),
                (crate::calendar::DateError::NoSuchDate, _) => t.text("err-option-no-such-date"),
                (crate::calendar::DateError::NoSuchTime, _) => t.text("err-option-no-such-time"),
                (crate::calendar::DateError::OutOfRange, _) => {
                    t.text("err-answer-date-out-of-range")
                }
            };
            let id = if now { "err-bad-now" } else { "err-bad-today" };
            t.text_with(id, &fargs([("reason", reason)]))
        }
    }
}

/// Options as clap names them (`--today <YYYY-MM-DD>`, several joined by
/// ", "), without their value names: `--today`.
fn option_names(text: &str) -> String {
    text.split(", ")
        .map(|one| one.split_whitespace().next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Options that do not go together, in words, as a usage failure.
fn combination_failure(combination: args::Combination, t: &Localizer<'_>) -> Failure {
    let message = match combination {
        args::Combination::Needs { arg, other } => t.text_with(
            "err-usage-needs",
            &fargs([("arg", arg.to_string()), ("other", other.to_string())]),
        ),
        args::Combination::NotWithCommand { arg, command } => t.text_with(
            "err-usage-not-with-command",
            &fargs([("arg", arg.to_string()), ("command", command.to_string())]),
        ),
    };
    Failure::Usage(format!("{message}\n{}", t.text("err-usage-hint")))
}

/// A clap error in the user's language.
fn clap_failure(err: &clap::Error, t: &Localizer<'_>) -> String {
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => args::localize_value_names(s, t),
        Some(ContextValue::Strings(list)) => args::localize_value_names(&list.join(", "), t),
        Some(other) => args::localize_value_names(&other.to_string(), t),
        None => String::new(),
    };
    let own = std::error::Error::source(err).and_then(|s| s.downcast_ref::<ValueError>());
    let message = match (err.kind(), own) {
        (_, Some(value)) => value_failure(err, value, t),
        (ErrorKind::UnknownArgument, _) => t.text_with(
            "err-usage-unknown-argument",
            &fargs([("arg", context(ContextKind::InvalidArg))]),
        ),
        (ErrorKind::InvalidSubcommand, _) => {
            // Every command there is, from the grammar itself.
            let list: Vec<String> = <Cli as clap::CommandFactory>::command()
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            let mut text = t.text_with(
                "err-usage-unknown-command",
                &fargs([
                    ("arg", context(ContextKind::InvalidSubcommand)),
                    ("list", list.join(", ")),
                ]),
            );
            let suggested = context(ContextKind::SuggestedSubcommand);
            if !suggested.is_empty() {
                text.push(' ');
                text.push_str(
                    &t.text_with("err-usage-did-you-mean", &fargs([("command", suggested)])),
                );
            }
            text
        }
        (ErrorKind::ArgumentConflict, _) => t.text_with(
            "err-usage-conflict",
            &fargs([
                ("arg", option_names(&context(ContextKind::InvalidArg))),
                ("other", option_names(&context(ContextKind::PriorArg))),
            ]),
        ),
        (ErrorKind::MissingRequiredArgument, _) => t.text_with(
            "err-usage-missing",
            &fargs([("arg", context(ContextKind::InvalidArg))]),
        ),
        (ErrorKind::InvalidValue | ErrorKind::NoEquals | ErrorKind::ValueValidation, _) => t
            .text_with(
                "err-usage-value",
                &fargs([("arg", context(ContextKind::InvalidArg))]),
            ),
        _ => t.text("err-usage-other"),
    };
    format!("{message}\n{}", t.text("err-usage-hint"))
}

/// Every message on standard error quotes what was typed (an option's
/// value, an answer, an office ID, a folder) or found (a file name) with its
/// control characters made visible (`\u{1b}`): what was typed shows, and
/// nothing in it acts on the terminal or a log.
fn print_failure(failure: &Failure, t: &Localizer<'_>) -> ExitCode {
    use crate::text::visible_lines;
    let mut err = std::io::stderr().lock();
    match failure {
        Failure::Negative => ExitCode::from(1),
        Failure::Usage(message) => {
            let message = visible_lines(message);
            let _ = writeln!(err, "cpr-guide: {}: {message}", t.text("err-prefix"));
            ExitCode::from(2)
        }
        Failure::Content(errors) => {
            let _ = writeln!(err, "cpr-guide: {}", t.text("err-content-broken"));
            for e in errors {
                let _ = writeln!(err, "  {}", visible_lines(&t.content_error(e)));
            }
            ExitCode::from(3)
        }
        Failure::Io(message) => {
            let message = visible_lines(message);
            let _ = writeln!(err, "cpr-guide: {}: {message}", t.text("err-prefix"));
            ExitCode::from(4)
        }
        Failure::Signal(n) => ExitCode::from(u8::try_from(128 + n).unwrap_or(u8::MAX)),
    }
}

/// The office an unknown ID's message shows as an example, as the README's
/// `office` example does.
const EXAMPLE_OFFICE: &str = "borgerservice-koege";

/// The office with ID `id`, or a usage error naming the nearest IDs (or
/// an example) and where all are listed.
pub fn find_office<'c>(
    content: &'c crate::content::Content,
    id: &str,
    t: &Localizer<'_>,
) -> Result<(crate::content::OfficeId, &'c crate::content::Office), Failure> {
    content.office(id).ok_or_else(|| {
        let ids: Vec<&str> = content.offices.iter().map(|o| o.id.as_str()).collect();
        let similar = suggest::similar(&ids, id);
        let count = i64::try_from(ids.len()).unwrap_or(0);
        let mut fluent = fargs([("id", id.to_string())]);
        fluent.set("count", count);
        if similar.is_empty() {
            // An example the person can type, from the content itself.
            let example = ids
                .iter()
                .find(|i| **i == EXAMPLE_OFFICE)
                .or_else(|| ids.iter().find(|i| i.starts_with("borgerservice-")))
                .or(ids.first())
                .copied()
                .unwrap_or_default();
            fluent.set("example", example.to_string());
            Failure::Usage(t.text_with("err-unknown-office", &fluent))
        } else {
            fluent.set("similar", similar.join(", "));
            Failure::Usage(t.text_with("err-unknown-office-similar", &fluent))
        }
    })
}

/// An I/O error as a failure; a closed pipe (`| head`) is a clean stop.
pub fn io_failure(error: &std::io::Error, t: &Localizer<'_>) -> Option<Failure> {
    (error.kind() != std::io::ErrorKind::BrokenPipe)
        .then(|| Failure::Io(t.text_with("err-output", &fargs([("detail", error.to_string())]))))
}

/// Writes to standard output. A closed pipe ends the output quietly; any
/// other failure (a full disk) is reported.
pub fn print(text: &str, t: &Localizer<'_>) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) => io_failure(&e, t).map_or(Ok(()), Err),
    }
}

/// Prints a translated note on standard error, what it quotes with its
/// control characters made visible. Never called with a CPR number.
pub fn warn(t: &Localizer<'_>, message: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "cpr-guide: {}: {}",
        t.text("warn-prefix"),
        crate::text::visible_lines(message)
    );
}

/// Reads one line from standard input, wiped when dropped, trimmed, in
/// bounded memory: a line of more than [`crate::lines::LINE_MAX`]
/// characters is refused, never kept whole.
fn read_pin(t: &Localizer<'_>) -> Result<zeroize::Zeroizing<String>, Failure> {
    use crate::lines::{read_line, Line, LINE_MAX};
    match read_line(&mut std::io::stdin().lock()) {
        Ok(Line::Text(bytes)) => Ok(zeroize::Zeroizing::new(
            Line::text(&bytes).trim().to_string(),
        )),
        Ok(Line::End) | Err(_) => Ok(zeroize::Zeroizing::new(String::new())),
        Ok(Line::TooLong) => {
            let mut max = crate::i18n::FluentArgs::new();
            max.set("max", i64::try_from(LINE_MAX).unwrap_or(i64::MAX));
            Err(Failure::Usage(t.text_with("err-pin-too-long", &max)))
        }
    }
}

/// Asks for the PIN on standard error, reads it with echo off.
fn read_hidden_pin(
    echo: &echo::Echo,
    prompt: &str,
    t: &Localizer<'_>,
) -> Result<zeroize::Zeroizing<String>, Failure> {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{prompt} ");
    let _ = err.flush();
    echo.hide(true);
    let pin = read_pin(t);
    echo.hide(false);
    pin
}

/// `pin-hash`: reads a PIN from standard input and prints its Argon2 hash
/// for `exit_pin` in the kiosk configuration. In a terminal it asks, does
/// not show what is typed, and asks again to catch a typing error; from a
/// pipe it reads the first line.
fn pin_hash(context: &Context) -> Result<(), Failure> {
    let t = context.t();
    let pin = match echo::Echo::of_stdin() {
        Some(echo) => {
            let pin = read_hidden_pin(&echo, &t.text("pin-prompt"), &t)?;
            if pin.chars().count() < 4 {
                return Err(Failure::Usage(t.text("err-pin-too-short")));
            }
            let again = read_hidden_pin(&echo, &t.text("pin-prompt-again"), &t)?;
            if again != pin {
                return Err(Failure::Usage(t.text("err-pin-differ")));
            }
            pin
        }
        None => read_pin(&t)?,
    };
    if pin.chars().count() < 4 {
        return Err(Failure::Usage(t.text("err-pin-short")));
    }
    let hash =
        crate::kiosk::hash_pin(&pin).ok_or_else(|| Failure::Usage(t.text("err-pin-short")))?;
    print(&format!("{hash}\n"), &t)
}

/// Help, the version, or a refused command line, in the language asked for
/// (read by clap itself, leniently, since the line did not parse).
fn parse_failure(err: &clap::Error, argv: &[OsString]) -> ExitCode {
    let lenient = <Cli as clap::CommandFactory>::command()
        .ignore_errors(true)
        .try_get_matches_from(argv);
    // `--help` ends even a lenient parse, so `--lang` is also looked for
    // by hand: help and errors come in the language asked for.
    let asked = argv.windows(2).find_map(|pair| {
        let (flag, value) = (pair[0].to_str()?, pair[1].to_str()?);
        if flag == "--lang" {
            Lang::from_name(value)
        } else {
            None
        }
    });
    let inline = argv.iter().find_map(|a| {
        a.to_str()?
            .strip_prefix("--lang=")
            .and_then(Lang::from_name)
    });
    let lang = lenient
        .ok()
        .and_then(|m| m.get_one::<Lang>("lang").copied())
        .or(asked)
        .or(inline)
        .unwrap_or_else(env_lang);
    let catalog = embedded_catalog(&[lang]);
    let t = catalog.lang(lang);
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // The same line again, with help texts in the language.
            let shown = args::localized_command(&t).try_get_matches_from(argv);
            let printed = match shown {
                Err(e) => e.print(),
                Ok(_) => err.print(),
            };
            // Standard output buffers a line: what is left is written now,
            // so a full disk is an error here too, like any other output.
            match printed.and_then(|()| std::io::stdout().flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => match io_failure(&e, &t) {
                    Some(failure) => print_failure(&failure, &t),
                    None => ExitCode::SUCCESS,
                },
            }
        }
        _ => print_failure(&Failure::Usage(clap_failure(err, &t)), &t),
    }
}

/// Runs the program with these arguments and returns its exit code.
pub fn run(argv: Vec<OsString>) -> ExitCode {
    // A file too large is a write error that exit 4 reports, not the end.
    let _ = signal_hook::flag::register(
        signal_hook::consts::signal::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let cli = match Cli::try_parse_from(&argv) {
        Ok(cli) => cli,
        Err(err) => return parse_failure(&err, &argv),
    };
    let settings = crate::settings::Settings::resolve(&cli, |name| std::env::var(name).ok());
    let lang = settings.lang;
    let langs = languages_for(cli.command.as_ref(), lang);
    let builtin = embedded_catalog(&langs);
    let t = builtin.lang(lang);
    if let Err(combination) = args::check_combinations(&cli) {
        return print_failure(&combination_failure(combination, &t), &t);
    }

    // `lint` reports broken content as its finding; other commands refuse to start.
    if let Some(Commands::Lint(lint_args)) = &cli.command {
        let dir = lint_args.dir.as_ref().or(settings.content_dir.as_ref());
        let today = settings.clock.today();
        return match lint_cmd::run(dir.map(|p| p.as_path()), today, &t) {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => print_failure(&failure, &t),
        };
    }

    let files = match &settings.content_dir {
        Some(dir) => match load_dir(dir) {
            Ok(files) => Some(files),
            Err(e) => return print_failure(&Failure::Content(vec![e]), &t),
        },
        None => None,
    };
    // The built-in translations are already parsed: reuse them.
    let catalog = match &files {
        None => builtin,
        Some(files) => match Catalog::with_languages(&files.ftl, &langs) {
            Ok(c) => c,
            Err(errors) => return print_failure(&Failure::Content(errors), &t),
        },
    };
    let context = Context {
        settings,
        catalog,
        files,
        built_in_files: std::sync::OnceLock::new(),
    };
    if let Some(Commands::Serve(serve)) = &cli.command {
        return serve_cmd::run(context, serve);
    }
    let result = match &cli.command {
        None => interactive::run(&context),
        Some(Commands::PinHash) => pin_hash(&context),
        Some(Commands::Guide(a)) => guide::run(&context, a),
        Some(Commands::Cpr(a)) => cpr_cmd::run(&context, a),
        Some(Commands::Lint(_)) => Ok(()),
        Some(Commands::Office(a)) => office_cmd::run(&context, a),
        Some(Commands::Coverage(a)) => coverage_cmd::run(&context, a),
        Some(Commands::Serve(_)) => Ok(()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => print_failure(&failure, &context.t()),
    }
}
