//! Dates as each language writes them: "søndag den 6. december 2026",
//! "søndag 6. desember 2026", "Sunday 6 December 2026"; without the
//! weekday "6. december 2026", "6 December 2026".

use super::{args, Localizer};
use jiff::civil::{Date, Weekday};

/// The message ID of a weekday's name (`weekday-mon` … `weekday-sun`).
pub fn weekday_message(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "weekday-mon",
        Weekday::Tuesday => "weekday-tue",
        Weekday::Wednesday => "weekday-wed",
        Weekday::Thursday => "weekday-thu",
        Weekday::Friday => "weekday-fri",
        Weekday::Saturday => "weekday-sat",
        Weekday::Sunday => "weekday-sun",
    }
}

impl Localizer<'_> {
    /// The weekday's name in this language.
    pub fn weekday(&self, day: Weekday) -> String {
        self.text(weekday_message(day))
    }

    /// A time of day the way this language writes it (15:00, 15.00).
    pub fn time(&self, time: jiff::civil::Time) -> String {
        self.text_with(
            "time-hm",
            &args([
                ("hour", format!("{:02}", time.hour())),
                ("minute", format!("{:02}", time.minute())),
            ]),
        )
    }

    /// A date without its weekday, the way this language writes it
    /// ("5 December 2026", "5. december 2026").
    pub fn date_medium(&self, date: Date) -> String {
        let month = self.text(&crate::keys::month(date.month()));
        self.text_with(
            "date-medium",
            &args([
                ("day", date.day().to_string()),
                ("month", month),
                ("year", date.year().to_string()),
            ]),
        )
    }

    /// A full date with weekday, the way this language writes it.
    pub fn date_long(&self, date: Date) -> String {
        let month = self.text(&crate::keys::month(date.month()));
        self.text_with(
            "date-long",
            &args([
                ("weekday", self.weekday(date.weekday())),
                ("day", date.day().to_string()),
                ("month", month),
                ("year", date.year().to_string()),
            ]),
        )
    }
}
