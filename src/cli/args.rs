//! The command-line grammar (clap), with help texts from the catalog.

use crate::i18n::Localizer;
use clap::{Arg, ArgAction, Args, Command, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "cpr-guide", version, disable_help_subcommand = true)]
pub struct Cli {
    /// Load content from this folder instead of the built-in content.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Language: da, en or nb.
    #[arg(long, global = true, value_name = "da|en|nb")]
    pub lang: Option<String>,
    /// Interactive guide: use this moment as now (Danish time).
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    pub now: Option<String>,
    /// Interactive guide: `default` or `high-contrast`.
    #[arg(long, value_name = "default|high-contrast")]
    pub theme: Option<String>,
    /// Run as an unattended kiosk that forgets each visitor.
    #[arg(long, conflicts_with = "plain")]
    pub kiosk: bool,
    /// Plain lines for screen readers and pipes (also when output is not a
    /// terminal, or TERM=dumb).
    #[arg(long)]
    pub plain: bool,
    /// Kiosk: the office the kiosk stands in.
    #[arg(long, value_name = "OFFICE_ID", requires = "kiosk")]
    pub site: Option<String>,
    /// Kiosk: seconds without input before the visit is wiped.
    #[arg(long, value_name = "SECONDS", requires = "kiosk")]
    pub idle_timeout: Option<String>,
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
    /// Hash a kiosk staff PIN read from standard input.
    PinHash,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    #[arg(long, default_value = "text", value_name = "text|markdown|json")]
    pub format: String,
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "now")]
    pub today: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    pub now: Option<String>,
    /// Also write the result to this file (.md, .txt or .json).
    #[arg(long, value_name = "FILE")]
    pub export: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct OfficeArgs {
    #[arg(value_name = "ID")]
    pub id: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    pub now: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CprArgs {
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// `-` reads the number from standard input, keeping it out of the
    /// process list and the shell history.
    #[arg(value_name = "NUMBER")]
    pub number: String,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Help texts for each argument ID, as message IDs.
const ARG_HELP: [(&str, &str); 17] = [
    ("plain", "cli-help-plain"),
    ("export", "cli-help-export"),
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
            let arg = arg.help_heading(heading.clone());
            match ARG_HELP.iter().find(|(name, _)| *name == id) {
                Some((_, message)) => arg.help(t.text(message)),
                None => arg,
            }
        });
    }
    command
}

/// The full command with every help text in the user's language.
pub fn command(t: &Localizer<'_>) -> Command {
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
    for (name, about) in [
        ("guide", "cli-help-guide"),
        ("cpr", "cli-help-cpr"),
        ("lint", "cli-help-lint"),
        ("office", "cli-help-office"),
        ("pin-hash", "cli-help-pin-hash"),
    ] {
        root = root.mut_subcommand(name, |sub| localize(sub.about(t.text(about)), t));
    }
    root
}
