//! An office in words: address, contact, this week's hours, open now or the
//! next opening, and closures ahead. The result and the `office` command
//! show (and serialise) the same view.

use crate::calendar::hours::{Hours, DAY_KEYS};
use crate::calendar::opening::{self, ClosedBecause, OpenStatus};
use crate::calendar::ClosingDay;
use crate::content::Office;
use crate::i18n::{args, Localizer};
use crate::keys;
use jiff::civil::{Date, DateTime, Weekday};
use jiff::ToSpan;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// One day of this week's opening hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoursLine {
    pub date: Date,
    #[serde(skip)]
    pub weekday: Weekday,
    #[serde(rename = "weekday")]
    pub day_name: String,
    /// `"09:00–15:00"` (written the language's way), or "closed", with the
    /// holiday or closure that closes it.
    pub text: String,
    /// The regular weekly hours in machine form: `"09:00-15:00"`, `"closed"`.
    #[serde(rename = "hours")]
    pub machine: String,
    /// The regular weekly hours in words (`"09:00–15:00"`, "closed"), as
    /// any week has them: what a file or a printout says.
    #[serde(skip)]
    pub regular: String,
    #[serde(rename = "today")]
    pub is_today: bool,
    /// Closed this day although the weekly hours say open.
    #[serde(rename = "closed_today_by_exception")]
    pub exception: bool,
    /// A day many offices close that the content knows nothing about for
    /// this office (`christmas-eve`, …): check before going.
    pub check_first: Option<&'static str>,
}

/// The part an office plays, by ID and in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleView {
    pub id: String,
    pub text: String,
}

/// The weekly hours in machine form: day → hours, or what kind of hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum HoursSummary {
    Weekly(BTreeMap<&'static str, String>),
    /// `by-appointment` or `not-known`.
    Kind(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeView {
    pub id: String,
    pub name: String,
    /// The first role's ID (the contract's `role`).
    pub role: Option<String>,
    pub roles: Vec<RoleView>,
    pub about: String,
    pub address: Vec<String>,
    pub web: Option<String>,
    pub booking: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub appointment: bool,
    /// How to book (`online`, `phone`, `walk-in`, `required`), as the
    /// office's page says.
    pub book_by: Option<&'static str>,
    /// The booking rule in words ("Book a time by phone: 49 28 28 28 …"),
    /// when the page says how; else renderers say "book an appointment"
    /// where `appointment` is set.
    pub booking_text: Option<String>,
    /// A step before booking or coming ("Apply online first: …").
    pub apply_first: Option<String>,
    pub hours: HoursSummary,
    /// The week's hours, Monday first; empty unless the office has weekly hours.
    #[serde(rename = "this_week")]
    pub week: Vec<HoursLine>,
    /// A sentence for offices without weekly hours.
    pub hours_note: Option<String>,
    /// Weekly hours from an old page: "as the page gave them in 2020".
    pub hours_caveat: Option<String>,
    /// Open at the moment the view was made, when that is known for sure
    /// (not on a day to check first).
    pub open_now: Option<bool>,
    /// The day many offices close that makes "open now" or the next
    /// opening uncertain (`christmas-eve`, …).
    pub check_first: Option<&'static str>,
    #[serde(serialize_with = "minutes")]
    pub next_opening: Option<DateTime>,
    /// "Open now until 15:00" / "Opens Wednesday at 11:00".
    #[serde(rename = "status")]
    pub status_text: Option<String>,
    pub notes: Vec<String>,
    /// The office a kiosk stands in ("You are here").
    pub here: bool,
    /// A place to go in this result (else an authority that decides an
    /// application sent online: no address or hours are shown for it).
    pub in_person: bool,
}

impl OfficeView {
    /// "cph@kk.dk · +45 33 66 10 00": how to reach the office, if known.
    pub fn contact(&self) -> Option<String> {
        let parts: Vec<&str> = [self.email.as_deref(), self.phone.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// Whether the line "book an appointment" adds to the hours shown
    /// ("by appointment only" already says it).
    pub fn says_book(&self) -> bool {
        self.appointment && self.hours != HoursSummary::Kind("by-appointment")
    }

    /// The booking line to show: how to book where the page says so, else
    /// `appointment` ("Book an appointment before you come") where needed.
    pub fn booking_line(&self, appointment: &str) -> Option<String> {
        self.booking_text
            .clone()
            .or_else(|| self.says_book().then(|| appointment.to_string()))
    }
}

/// `YYYY-MM-DDTHH:MM`, the contract's form of a moment.
fn minutes<S: Serializer>(moment: &Option<DateTime>, s: S) -> Result<S::Ok, S::Error> {
    match moment {
        Some(m) => s.serialize_str(&m.strftime("%Y-%m-%dT%H:%M").to_string()),
        None => s.serialize_none(),
    }
}

/// `HH:MM`, the machine form of a time.
pub fn hhmm(time: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A day's regular hours in machine form: `"09:00-15:00"`, `"closed"`.
fn machine_hours(intervals: &[crate::calendar::hours::Interval]) -> String {
    if intervals.is_empty() {
        return "closed".to_string();
    }
    let list: Vec<String> = intervals
        .iter()
        .map(|i| format!("{}-{}", hhmm(i.open), hhmm(i.close)))
        .collect();
    list.join(", ")
}

/// Why a day is closed, in words: the holiday's name or the closure's note.
pub fn closed_reason(office: &Office, reason: ClosedBecause, t: &Localizer<'_>) -> String {
    match reason {
        ClosedBecause::Holiday(h) => t.text(&keys::holiday(h.id())),
        ClosedBecause::Closure(i) => office
            .opening
            .closures
            .get(i)
            .and_then(|c| c.note.as_ref())
            .map_or_else(|| t.text("ui-closure-default"), |n| t.text(n)),
    }
}

/// The name of a day many offices close.
pub fn closing_day_name(day: ClosingDay, t: &Localizer<'_>) -> String {
    t.text(&keys::closing_day(day.id()))
}

/// `$day` (its name) and `$id` for the messages about a day to check first.
pub fn day_args(day: ClosingDay, t: &Localizer<'_>) -> crate::i18n::FluentArgs<'static> {
    args([
        ("day", closing_day_name(day, t)),
        ("id", day.id().to_string()),
    ])
}

/// The week (Monday to Sunday) that holds `today`, with holidays and
/// closures applied to each day.
pub fn hours_lines(office: &Office, today: Date, t: &Localizer<'_>) -> Vec<HoursLine> {
    let opening = &office.opening;
    if !matches!(opening.hours, Hours::Weekly(_)) {
        return Vec::new();
    }
    let offset = i64::from(today.weekday().to_monday_zero_offset());
    let monday = today
        .checked_sub(jiff::Span::new().days(offset))
        .unwrap_or(today);
    let mut out = Vec::new();
    for n in 0..7 {
        let Ok(date) = monday.checked_add(jiff::Span::new().days(n)) else {
            break;
        };
        let regular = opening.on(date.weekday());
        let machine = machine_hours(regular);
        let closed = opening::closed_because(opening, date);
        let exception = !regular.is_empty() && closed.is_some();
        let check_first = opening::uncertain_on(opening, date);
        let regular_text = if regular.is_empty() {
            t.text("ui-hours-closed")
        } else {
            let list: Vec<String> = regular
                .iter()
                .map(|i| format!("{}–{}", t.time(i.open), t.time(i.close)))
                .collect();
            list.join(", ")
        };
        let text = match closed {
            Some(reason) if exception => t.text_with(
                "ui-hours-closed-because",
                &args([("reason", closed_reason(office, reason, t))]),
            ),
            _ => match check_first {
                Some(day) if !regular.is_empty() => t.text_with(
                    "ui-hours-check-first",
                    &args([
                        ("hours", regular_text.clone()),
                        ("day", closing_day_name(day, t)),
                    ]),
                ),
                _ => regular_text.clone(),
            },
        };
        out.push(HoursLine {
            date,
            weekday: date.weekday(),
            day_name: t.weekday(date.weekday()),
            text,
            machine,
            regular: regular_text,
            is_today: date == today,
            exception,
            check_first: check_first.map(ClosingDay::id),
        });
    }
    out
}

/// The day many offices close that makes `status` uncertain: today's, or
/// that of the next opening.
pub fn check_first(office: &Office, status: OpenStatus) -> Option<ClosingDay> {
    match status {
        OpenStatus::CheckFirst { day, .. } => Some(day),
        OpenStatus::Closed { next: Some(next) } => {
            opening::uncertain_on(&office.opening, next.date())
        }
        _ => None,
    }
}

/// "Open now until 15:00", "Opens tomorrow at 09:00", … for `now`; on a
/// day many offices close, "check the opening hours before you go".
pub fn status_text(
    office: &Office,
    status: OpenStatus,
    now: DateTime,
    t: &Localizer<'_>,
) -> Option<String> {
    match status {
        OpenStatus::Open { until } => {
            Some(t.text_with("ui-open-now-until", &args([("time", t.time(until))])))
        }
        OpenStatus::CheckFirst { day, .. } => {
            Some(t.text_with("ui-check-first", &day_args(day, t)))
        }
        OpenStatus::Closed { next: None } => Some(t.text("ui-opens-never")),
        OpenStatus::Closed { next: Some(next) } => {
            let time = t.time(next.time());
            let days = (next.date() - now.date()).get_days();
            let text = match days {
                0 => t.text_with("ui-opens-today", &args([("time", time)])),
                1 => t.text_with("ui-opens-tomorrow", &args([("time", time)])),
                2..=6 => t.text_with(
                    "ui-opens-weekday",
                    &args([
                        ("weekday", t.weekday(next.date().weekday())),
                        ("time", time),
                    ]),
                ),
                _ => t.text_with(
                    "ui-opens-date",
                    &args([("date", t.date_long(next.date())), ("time", time)]),
                ),
            };
            Some(match opening::uncertain_on(&office.opening, next.date()) {
                Some(day) => format!(
                    "{text} {}",
                    t.text_with("ui-opens-check", &day_args(day, t))
                ),
                None => text,
            })
        }
        OpenStatus::ByAppointment | OpenStatus::NotKnown => None,
    }
}

/// The view of `office` on `today`, and at `now` when that is known.
/// Roles and notes come from the result; the `office` command has none.
pub fn office_view(
    office: &Office,
    today: Date,
    now: Option<DateTime>,
    t: &Localizer<'_>,
) -> OfficeView {
    let status = now.map(|n| opening::status_at(&office.opening, n));
    let (hours, hours_note) = match &office.opening.hours {
        Hours::Weekly(days) => {
            let map = DAY_KEYS
                .iter()
                .zip(days.iter())
                .map(|(key, intervals)| (*key, machine_hours(intervals)))
                .collect();
            (HoursSummary::Weekly(map), None)
        }
        Hours::ByAppointment => (
            HoursSummary::Kind("by-appointment"),
            Some(t.text("ui-hours-by-appointment")),
        ),
        // "See the web site" only helps when there is one to see.
        Hours::NotKnown => (
            HoursSummary::Kind("not-known"),
            office.web.as_ref().map(|_| t.text("ui-hours-not-known")),
        ),
    };
    let booking_text = office.book_by.map(|b| {
        t.text_with(
            "ui-book-by",
            &args([
                ("how", b.id().to_string()),
                // Never broken over two lines.
                (
                    "phone",
                    office
                        .phone
                        .clone()
                        .unwrap_or_default()
                        .replace(' ', "\u{a0}"),
                ),
            ]),
        )
    });
    let apply_first = office.apply_first.as_ref().map(|a| {
        let mut text = t.text_with(
            "ui-apply-first",
            &args([
                ("kind", a.kind.clone()),
                (
                    "required",
                    if a.required { "yes" } else { "no" }.to_string(),
                ),
            ]),
        );
        if let Some(note) = &a.note {
            text = format!("{text} {}", t.text(note));
        }
        match &a.url {
            Some(url) => format!("{text} {url}"),
            None => text,
        }
    });
    // Hours from a page over a year old say so.
    let hours_caveat = office
        .hours_from
        .filter(|from| {
            matches!(office.opening.hours, Hours::Weekly(_))
                && *from < today.saturating_sub(1.year())
        })
        .map(|from| {
            t.text_with(
                "ui-hours-from",
                &args([
                    ("month", t.text(&keys::month(from.month()))),
                    ("year", from.year().to_string()),
                ]),
            )
        });
    OfficeView {
        id: office.id.clone(),
        name: t.text(&keys::office(&office.id)),
        role: None,
        roles: Vec::new(),
        about: t.text(&keys::office_about(&office.id)),
        address: office.address.clone(),
        web: office.web.clone(),
        booking: office.booking.clone(),
        email: office.email.clone(),
        phone: office.phone.clone(),
        appointment: office.appointment,
        book_by: office.book_by.map(|b| b.id()),
        booking_text,
        apply_first,
        hours,
        week: hours_lines(office, today, t),
        hours_note,
        hours_caveat,
        open_now: status.and_then(|s| match s {
            OpenStatus::Open { .. } => Some(true),
            OpenStatus::Closed { .. } => Some(false),
            _ => None,
        }),
        check_first: status
            .and_then(|s| check_first(office, s))
            .map(ClosingDay::id),
        next_opening: status.and_then(|s| match s {
            OpenStatus::Closed { next } => next,
            _ => None,
        }),
        status_text: now
            .zip(status)
            .and_then(|(n, s)| status_text(office, s, n, t)),
        notes: Vec::new(),
        here: false,
        in_person: true,
    }
}
