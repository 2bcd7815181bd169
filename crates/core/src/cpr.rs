//! The Danish CPR number (personnummer): parsing, validation and safe display.
//!
//! A CPR number is sensitive personal data. [`Cpr`] keeps its digits in memory
//! only as long as it lives, wipes them on drop, never prints them through
//! `Debug`, and offers only the masked form (`DDMMYY-XXXX`) for display.
//! Errors never carry the number itself.

use jiff::civil::Date;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Why a typed CPR number was not accepted. Each kind maps to one translated
/// message (`err-cpr-<kind>`), so the user learns *what* is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CprError {
    /// Nothing but spaces was typed.
    #[error("no CPR number was given")]
    Empty,
    /// A character that is not an ASCII digit, at this 1-based position.
    /// Lookalikes such as `²` or Arabic-Indic digits count as wrong characters.
    #[error("character {position} is not a digit")]
    InvalidCharacter { position: usize },
    /// A hyphen anywhere but between the date and the sequence number.
    #[error("the hyphen must come after the sixth digit")]
    MisplacedHyphen,
    /// Not ten digits; `digits` is how many were typed.
    #[error("{digits} digits instead of 10")]
    WrongLength { digits: usize },
    /// The first six digits are not a real calendar date.
    #[error("the first six digits are not a date")]
    ImpossibleDate,
    /// 29 February in a year the 7th digit puts in a century where that
    /// year is no leap year (1900), though another century's (2000) is.
    #[error("digit 7 puts the birth date in {year}, which was not a leap year")]
    NotLeapYear { year: i16 },
    /// The birth date lies after today.
    #[error("the birth date is in the future")]
    FutureDate,
}

impl CprError {
    /// Stable machine name, used in JSON output and as the message-ID suffix.
    pub fn kind(&self) -> &'static str {
        match self {
            CprError::Empty => "empty",
            CprError::InvalidCharacter { .. } => "invalid-character",
            CprError::MisplacedHyphen => "misplaced-hyphen",
            CprError::WrongLength { .. } => "wrong-length",
            CprError::ImpossibleDate => "impossible-date",
            CprError::NotLeapYear { .. } => "not-leap-year",
            CprError::FutureDate => "future-date",
        }
    }
}

/// Gender as encoded by the last digit (even: female, odd: male).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

/// A validated CPR number. The digits are wiped when it is dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Cpr {
    digits: [u8; 10],
}

impl std::fmt::Debug for Cpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the digits: a Debug print can end up in a log or a panic message.
        f.write_str("Cpr(")?;
        f.write_str(&self.masked())?;
        f.write_str(")")
    }
}

impl PartialEq for Cpr {
    fn eq(&self, other: &Self) -> bool {
        self.digits == other.digits
    }
}
impl Eq for Cpr {}

/// The weights of the modulus-11 check, digit by digit.
const MOD11_WEIGHTS: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

impl Cpr {
    /// Parses `DDMMYY-SSSS` or `DDMMYYSSSS` (surrounding white space ignored,
    /// spaces between digits too: `070761 4285`, `07 07 61 4285`) and checks
    /// that the birth date is real and not after `today`.
    pub fn parse(input: &str, today: Date) -> Result<Cpr, CprError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(CprError::Empty);
        }
        let mut digits = [0u8; 10];
        let mut count = 0usize;
        let mut hyphen_at: Option<usize> = None;
        let mut error = None;
        for (index, ch) in text.chars().enumerate() {
            if ch.is_ascii_digit() {
                if count < digits.len() {
                    digits[count] = ch as u8 - b'0';
                }
                count += 1;
            } else if ch.is_whitespace() {
                // Spaces group the digits as people write them: 070761 4285,
                // 07 07 61 4285.
            } else if ch == '-' && hyphen_at.is_none() {
                // The hyphen after the birth date: 070761-4285.
                hyphen_at = Some(count);
            } else {
                error = Some(if ch == '-' {
                    CprError::MisplacedHyphen
                } else {
                    CprError::InvalidCharacter {
                        position: index + 1,
                    }
                });
                break;
            }
        }
        let error = error
            .or(match hyphen_at {
                Some(6) | None => None,
                Some(_) => Some(CprError::MisplacedHyphen),
            })
            .or((count != 10).then_some(CprError::WrongLength { digits: count }));
        let cpr = Cpr { digits };
        digits.zeroize();
        if let Some(error) = error {
            return Err(error);
        }
        let birth = cpr.birth_date_unchecked().ok_or_else(|| cpr.date_error())?;
        if birth > today {
            return Err(CprError::FutureDate);
        }
        Ok(cpr)
    }

    /// Why the birth date is not a date: 29 February in a year that was no
    /// leap year, when another 7th digit would make it one (digits 0–3 make
    /// YY 00 the year 1900; 4–9 make it 2000); else simply no date.
    fn date_error(&self) -> CprError {
        let (day, month) = (self.pair(0), self.pair(2));
        let yy = self.pair(4);
        let leap_day = (day, month) == (29, 2);
        let other_century_fits =
            (0..=9u8).any(|digit| Date::new(century(digit, yy) + yy, 2, 29).is_ok());
        if leap_day && other_century_fits {
            CprError::NotLeapYear { year: self.year() }
        } else {
            CprError::ImpossibleDate
        }
    }

    fn pair(&self, at: usize) -> i16 {
        i16::from(self.digits[at]) * 10 + i16::from(self.digits[at + 1])
    }

    /// The full year from the two-digit year and digit 7, per the CPR office's table.
    fn year(&self) -> i16 {
        let yy = self.pair(4);
        century(self.digits[6], yy) + yy
    }

    fn birth_date_unchecked(&self) -> Option<Date> {
        let day = i8::try_from(self.pair(0)).ok()?;
        let month = i8::try_from(self.pair(2)).ok()?;
        Date::new(self.year(), month, day).ok()
    }

    /// The birth date encoded in the first six digits and the century digit.
    pub fn birth_date(&self) -> Date {
        // Parse guarantees a real date, so the fallback is never taken.
        self.birth_date_unchecked().unwrap_or(Date::MIN)
    }

    /// Gender encoded by the last digit.
    pub fn gender(&self) -> Gender {
        if self.digits[9].is_multiple_of(2) {
            Gender::Female
        } else {
            Gender::Male
        }
    }

    /// Whether the old modulus-11 check holds. Numbers issued since
    /// 1 October 2007 may fail it, so a failure is a notice, not an error.
    pub fn modulus11(&self) -> bool {
        let sum: u32 = self
            .digits
            .iter()
            .zip(MOD11_WEIGHTS)
            .map(|(d, w)| u32::from(*d) * w)
            .sum();
        sum.is_multiple_of(11)
    }

    /// Age in whole years on `today`. Someone born on 29 February has a
    /// birthday on 1 March in years that are not leap years.
    pub fn age_on(&self, today: Date) -> i16 {
        age_on(self.birth_date(), today)
    }

    /// `DDMMYY-XXXX`: the birth date stays readable, the sequence is hidden.
    pub fn masked(&self) -> String {
        let mut out = String::with_capacity(11);
        for d in &self.digits[..6] {
            out.push(char::from(b'0' + d));
        }
        out.push_str("-XXXX");
        out
    }
}

/// The century digit 7 gives the two-digit year `yy`, per the CPR office's
/// table (docs/rules.md R8.2).
fn century(digit7: u8, yy: i16) -> i16 {
    match digit7 {
        0..=3 => 1900,
        4 | 9 if yy <= 36 => 2000,
        4 | 9 => 1900,
        _ if yy <= 57 => 2000,
        _ => 1800,
    }
}

/// Whole years between `birth` and `today`.
pub fn age_on(birth: Date, today: Date) -> i16 {
    let mut age = today.year() - birth.year();
    let birthday_passed = (today.month(), today.day()) >= (birth.month(), birth.day());
    if !birthday_passed {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 22);

    #[test]
    fn debug_never_shows_the_sequence() {
        let cpr = Cpr::parse("010190-1234", TODAY).expect("valid");
        let shown = format!("{cpr:?}");
        assert!(!shown.contains("1234"), "{shown}");
        assert!(shown.contains("010190-XXXX"));
    }

    #[test]
    fn leap_day_birthday_counts_from_first_of_march() {
        let birth = date(2008, 2, 29);
        assert_eq!(age_on(birth, date(2026, 2, 28)), 17);
        assert_eq!(age_on(birth, date(2026, 3, 1)), 18);
        assert_eq!(age_on(birth, date(2028, 2, 29)), 20);
    }
}
