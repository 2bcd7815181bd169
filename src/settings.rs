//! One resolved set of settings (as ripgrep turns its raw flags into
//! `HiArgs` once): the language, the clock (`--now`, `--today` or the real
//! one), the content folder, the theme, the terminal's kind and the home
//! folder — read once from the command line and the environment, and
//! handed to every front end, so `--today` means the same in the terminal
//! UI, the line mode and `guide`.

use crate::cli::{Cli, ThemeChoice};
use crate::i18n::Lang;
use jiff::civil::{Date, DateTime};
use std::path::PathBuf;

/// Where "today" and "now" come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// `--now`: a fixed moment, Danish local time.
    Fixed(DateTime),
    /// `--today`: a fixed day; the time of day is not known, so nothing
    /// says "open now".
    Day(Date),
    /// The real clock, in Danish local time.
    System,
}

impl Clock {
    /// The day deadlines count from.
    pub fn today(self) -> Date {
        match self {
            Clock::Fixed(now) => now.date(),
            Clock::Day(day) => day,
            Clock::System => crate::calendar::today_in_denmark(),
        }
    }

    /// The moment "open now" is shown for; none when only the day is known.
    pub fn now(self) -> Option<DateTime> {
        match self {
            Clock::Fixed(now) => Some(now),
            Clock::Day(_) => None,
            Clock::System => Some(crate::calendar::now_in_denmark(jiff::Timestamp::now())),
        }
    }

    /// Whether time passes: a long-running front end reads it again.
    pub fn is_live(self) -> bool {
        self == Clock::System
    }
}

/// Everything a run needs to know that is not an answer.
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    pub clock: Clock,
    /// `--content DIR`.
    pub content_dir: Option<PathBuf>,
    /// The UI's theme, as asked (`--theme`), and `NO_COLOR`.
    pub high_contrast: bool,
    pub no_color: Option<String>,
    /// `TERM`: `dumb` asks for the line mode, `linux` for ASCII symbols.
    pub term: Option<String>,
    /// `--plain`.
    pub plain: bool,
    /// `HOME`, for `~` in file names (only an absolute one counts).
    pub home: Option<PathBuf>,
    /// `--kiosk` with its `--site` and `--idle-timeout`; none without `--kiosk`.
    pub kiosk: Option<KioskFlags>,
}

/// The kiosk's settings from the command line; they go on top of the
/// content's `kiosk.yaml` once the content is loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KioskFlags {
    /// `--site`: the office this kiosk stands in.
    pub site: Option<String>,
    /// `--idle-timeout`, in seconds.
    pub idle_timeout: Option<u32>,
}

impl Settings {
    /// The settings of this command line in this environment.
    pub fn resolve(cli: &Cli, env: impl Fn(&str) -> Option<String>) -> Settings {
        let clock = match (cli.now, cli.today) {
            (Some(now), _) => Clock::Fixed(now),
            (None, Some(day)) => Clock::Day(day),
            (None, None) => Clock::System,
        };
        Settings {
            lang: cli.lang.unwrap_or_else(|| Lang::from_env(&env)),
            clock,
            content_dir: cli.content.clone(),
            high_contrast: cli.theme == Some(ThemeChoice::HighContrast),
            no_color: env("NO_COLOR"),
            term: env("TERM"),
            plain: cli.plain,
            home: env("HOME").map(PathBuf::from).filter(|h| h.is_absolute()),
            kiosk: cli.kiosk.then(|| KioskFlags {
                site: cli.site.clone(),
                idle_timeout: cli.idle_timeout,
            }),
        }
    }

    /// `TERM=dumb`: a terminal that cannot draw the UI.
    pub fn dumb_terminal(&self) -> bool {
        self.term.as_deref() == Some("dumb")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn today_and_now_follow_the_flags() {
        let now = date(2026, 12, 4).at(10, 0, 0, 0);
        assert_eq!(Clock::Fixed(now).today(), date(2026, 12, 4));
        assert_eq!(Clock::Fixed(now).now(), Some(now));
        assert_eq!(Clock::Day(date(2027, 1, 2)).today(), date(2027, 1, 2));
        assert_eq!(Clock::Day(date(2027, 1, 2)).now(), None);
        assert!(Clock::System.is_live() && !Clock::Day(date(2027, 1, 2)).is_live());
    }
}
