//! The command-line grammar (clap). Every value is checked once, here, into
//! its type: languages, dates, moments, formats, themes, the idle timeout.
//! Help texts come from the catalog, but only when help is shown.

use crate::calendar::DateError;
use crate::i18n::{Lang, Localizer};
use crate::output::Format;
use clap::{Arg, ArgAction, Args, Command, Parser, Subcommand};
use jiff::civil::{Date, DateTime};
use std::path::PathBuf;

/// Colours of the interactive guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    Default,
    HighContrast,
}

/// Why a value on the command line was refused; translated by the caller.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ValueError {
    #[error("not a language")]
    Lang,
    #[error("not a theme")]
    Theme,
    #[error("not an output format")]
    Format,
    #[error(transparent)]
    Date(#[from] DateError),
    #[error("not a number of seconds from 5 to 86400")]
    Timeout,
}

fn lang(text: &str) -> Result<Lang, ValueError> {
    Lang::from_name(text).ok_or(ValueError::Lang)
}

fn date(text: &str) -> Result<Date, ValueError> {
    Ok(crate::calendar::parse_date(text)?)
}

fn moment(text: &str) -> Result<DateTime, ValueError> {
    Ok(crate::calendar::parse_now(text)?)
}

fn theme(text: &str) -> Result<ThemeChoice, ValueError> {
    match text {
        "default" => Ok(ThemeChoice::Default),
        "high-contrast" => Ok(ThemeChoice::HighContrast),
        _ => Err(ValueError::Theme),
    }
}

fn format(text: &str) -> Result<Format, ValueError> {
    Format::from_name(text).ok_or(ValueError::Format)
}

fn timeout(text: &str) -> Result<u32, ValueError> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|s| (5..=86_400).contains(s))
        .ok_or(ValueError::Timeout)
}

#[derive(Debug, Parser)]
#[command(name = "cpr-guide", version, disable_help_subcommand = true)]
pub struct Cli {
    /// Load content from this folder instead of the built-in content.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Language: da, en or nb.
    #[arg(long, global = true, value_name = "da|en|nb", value_parser = lang)]
    pub lang: Option<Lang>,
    /// Use this date as today.
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = date, conflicts_with = "now")]
    pub today: Option<Date>,
    /// Use this moment as now (Danish time).
    #[arg(long, global = true, value_name = "YYYY-MM-DDTHH:MM", value_parser = moment)]
    pub now: Option<DateTime>,
    /// Interactive guide: `default` or `high-contrast`.
    #[arg(long, value_name = "default|high-contrast", value_parser = theme)]
    pub theme: Option<ThemeChoice>,
    /// Run as an unattended kiosk that forgets each visitor.
    #[arg(long, conflicts_with = "plain")]
    pub kiosk: bool,
    /// Plain lines for screen readers and pipes (also when output is not a
    /// terminal, or TERM=dumb).
    #[arg(long)]
    pub plain: bool,
    /// Kiosk: the office the kiosk stands in.
    #[arg(long, value_name = "OFFICE_ID")]
    pub site: Option<String>,
    /// Kiosk: seconds without input before the visit is wiped.
    #[arg(long, value_name = "SECONDS", value_parser = timeout)]
    pub idle_timeout: Option<u32>,
    #[command(subcommand)]
    pub command: Option<Commands>,
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    /// Print the full guidance for a set of answers.
    Guide(GuideArgs),
    /// Check a CPR number.
    Cpr(CprArgs),
    /// Check a content folder.
    Lint(LintArgs),
    /// An office's address, hours, open now and next opening.
    Office(OfficeArgs),
    /// What the content knows about each municipality, and from when.
    Coverage(CoverageArgs),
    /// Hash a kiosk staff PIN read from standard input.
    PinHash,
    /// Serve the guide over SSH.
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(
        long,
        value_name = "ADDR:PORT",
        default_value = "127.0.0.1:2222",
        hide_default_value = true
    )]
    pub listen: std::net::SocketAddr,
    /// The host key file (made on first start).
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// Sessions held at most, all together.
    #[arg(long, value_name = "N", default_value_t = 1000, hide_default_value = true, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_sessions: u32,
    /// Sessions held at most from one address.
    #[arg(long = "per-ip", value_name = "N", default_value_t = 10, hide_default_value = true, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub per_ip: u32,
    /// Seconds without a key before a session is closed.
    #[arg(long, value_name = "SECONDS", default_value_t = 900, hide_default_value = true, value_parser = timeout)]
    pub idle_timeout: u32,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    #[arg(long, default_value = "text", value_name = "text|markdown|json", value_parser = format)]
    pub format: Format,
    /// Also write the result to this file (.md, .txt or .json).
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
    /// Replace the export file if it exists.
    #[arg(long)]
    pub replace: bool,
}

impl Commands {
    /// The command's name, as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Commands::Guide(_) => "guide",
            Commands::Cpr(_) => "cpr",
            Commands::Lint(_) => "lint",
            Commands::Office(_) => "office",
            Commands::Coverage(_) => "coverage",
            Commands::PinHash => "pin-hash",
            Commands::Serve(_) => "serve",
        }
    }
}

/// Options that do not go together, beyond what clap checks itself; the
/// caller names both in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combination {
    /// `arg` does nothing without `other`.
    Needs {
        arg: &'static str,
        other: &'static str,
    },
    /// `arg` is for the kiosk, and a command was given too.
    NotWithCommand {
        arg: &'static str,
        command: &'static str,
    },
}

/// Checks what clap cannot say well: an option that needs another (clap
/// names only the missing one) and kiosk options given with a command
/// (which would silently ignore them). `--plain` and `--theme` stay
/// harmless with a command, so a shell alias that adds them keeps working.
pub fn check_combinations(cli: &Cli) -> Result<(), Combination> {
    let kiosk_options = [
        ("--kiosk", cli.kiosk),
        ("--site", cli.site.is_some()),
        ("--idle-timeout", cli.idle_timeout.is_some()),
    ];
    if let Some(command) = &cli.command {
        if let Some((arg, _)) = kiosk_options.iter().find(|(_, given)| *given) {
            return Err(Combination::NotWithCommand {
                arg,
                command: command.name(),
            });
        }
    }
    if let Some((arg, _)) = kiosk_options[1..].iter().find(|(_, given)| *given) {
        if !cli.kiosk {
            return Err(Combination::Needs {
                arg,
                other: "--kiosk",
            });
        }
    }
    if let Some(Commands::Guide(guide)) = &cli.command {
        if guide.replace && guide.export.is_none() {
            return Err(Combination::Needs {
                arg: "--replace",
                other: "--export",
            });
        }
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct OfficeArgs {
    #[arg(value_name = "ID")]
    pub id: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CprArgs {
    #[arg(long)]
    pub json: bool,
    /// `-` reads the number from standard input, keeping it out of the
    /// process list and the shell history. Typed with a space and no
    /// quotes (`070761 4285`) it arrives as two words: they are one number.
    #[arg(value_name = "NUMBER", num_args = 1..=2, required = true)]
    pub number: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Help texts for each argument ID, as message IDs.
const ARG_HELP: [(&str, &str); 22] = [
    ("listen", "cli-help-listen"),
    ("host_key", "cli-help-host-key"),
    ("max_sessions", "cli-help-max-sessions"),
    ("per_ip", "cli-help-per-ip"),
    ("plain", "cli-help-plain"),
    ("export", "cli-help-export"),
    ("replace", "cli-help-replace"),
    ("kiosk", "cli-help-kiosk"),
    ("site", "cli-help-site"),
    ("idle_timeout", "cli-help-idle-timeout"),
    ("theme", "cli-help-theme"),
    ("now", "cli-help-now"),
    ("id", "cli-help-office-id"),
    ("content", "cli-help-content"),
    ("lang", "cli-help-lang"),
    ("answers", "cli-help-answer"),
    ("format", "cli-help-format"),
    ("today", "cli-help-today"),
    ("json", "cli-help-json"),
    ("number", "cli-help-number"),
    ("dir", "cli-help-dir"),
    ("help", "cli-help-help"),
];

/// Placeholders in help and usage errors: argument ID, the name in the
/// grammar above, and the message ID of its name in the user's language.
pub const VALUE_NAMES: [(&str, &str, &str); 9] = [
    ("today", "YYYY-MM-DD", "cli-value-date"),
    ("now", "YYYY-MM-DDTHH:MM", "cli-value-moment"),
    ("answers", "ID=VALUE", "cli-value-answer"),
    ("content", "DIR", "cli-value-dir"),
    ("dir", "DIR", "cli-value-dir"),
    ("export", "FILE", "cli-value-file"),
    ("number", "NUMBER", "cli-value-number"),
    ("idle_timeout", "SECONDS", "cli-value-seconds"),
    ("site", "OFFICE_ID", "cli-value-office"),
];

/// `text` (an argument as clap names it, e.g. `--today <YYYY-MM-DD>`) with
/// its placeholder in the user's language.
pub fn localize_value_names(text: &str, t: &Localizer<'_>) -> String {
    let mut out = text.to_string();
    for (_, name, message) in VALUE_NAMES {
        let name = format!("<{name}>");
        if out.contains(&name) {
            out = out.replace(&name, &format!("<{}>", t.text(message)));
        }
    }
    out
}

/// The commands and their help messages.
pub const COMMANDS: [(&str, &str); 7] = [
    ("serve", "cli-help-serve"),
    ("guide", "cli-help-guide"),
    ("cpr", "cli-help-cpr"),
    ("lint", "cli-help-lint"),
    ("office", "cli-help-office"),
    ("coverage", "cli-help-coverage"),
    ("pin-hash", "cli-help-pin-hash"),
];

fn localize(mut command: Command, t: &Localizer<'_>) -> Command {
    let usage = t.text("cli-usage-heading");
    let options = t.text("cli-options-heading");
    let arguments = t.text("cli-arguments-heading");
    command = command
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}"
        ))
        .subcommand_help_heading(t.text("cli-commands-heading"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .long("help")
                .short('h')
                .action(ArgAction::Help)
                .help(t.text("cli-help-help")),
        );
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            let mut arg = arg.help_heading(heading.clone());
            if let Some((_, _, message)) = VALUE_NAMES.iter().find(|(name, _, _)| *name == id) {
                arg = arg.value_name(t.text(message));
            }
            match ARG_HELP.iter().find(|(name, _)| *name == id) {
                Some((_, message)) => arg.help(t.text(message)),
                None => arg,
            }
        });
    }
    command
}

/// The full command with every help text in the user's language: built
/// only to show help.
pub fn localized_command(t: &Localizer<'_>) -> Command {
    let mut root = localize(
        <Cli as clap::CommandFactory>::command().about(t.text("cli-about")),
        t,
    )
    .disable_version_flag(true)
    .arg(
        Arg::new("version")
            .long("version")
            .short('V')
            .action(ArgAction::Version)
            .help(t.text("cli-help-version"))
            .help_heading(t.text("cli-options-heading")),
    );
    for (name, about) in COMMANDS {
        root = root.mut_subcommand(name, |sub| localize(sub.about(t.text(about)), t));
    }
    root
}
