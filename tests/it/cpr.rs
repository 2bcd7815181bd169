//! CPR parsing and validation per docs/rules.md R8.2: formats, the century table,
//! leap days, future dates, non-ASCII digits, modulus 11 as a notice, and
//! masking. Property tests: no input panics, and valid numbers round-trip.

use crate::common::TODAY;
use cpr_guide::cpr::{Cpr, CprError, Gender};
use jiff::civil::{date, Date};
use proptest::prelude::*;

fn birth(text: &str) -> Date {
    Cpr::parse(text, TODAY).expect("valid").birth_date()
}

#[test]
fn accepts_both_forms_and_surrounding_spaces() {
    assert_eq!(birth("010190-1234"), date(1990, 1, 1));
    assert_eq!(birth("0101901234"), date(1990, 1, 1));
    assert_eq!(birth("  010190-1234\t"), date(1990, 1, 1));
}

#[test]
fn century_table() {
    // digit 7 = 0–3: always 19YY.
    assert_eq!(birth("010100-0000").year(), 1900);
    assert_eq!(birth("010136-3000").year(), 1936);
    assert_eq!(birth("010199-2000").year(), 1999);
    // digit 7 = 4 or 9: 20YY for 00–36, else 19YY.
    assert_eq!(birth("010100-4000").year(), 2000);
    assert_eq!(birth("010125-9000").year(), 2025);
    // 2036 is in the future, so the table's answer is refused.
    assert_eq!(Cpr::parse("010136-9000", TODAY), Err(CprError::FutureDate));
    assert_eq!(birth("010137-4000").year(), 1937);
    assert_eq!(birth("010199-9000").year(), 1999);
    // digit 7 = 5–8: 20YY for 00–57, 18YY for 58–99.
    assert_eq!(birth("010110-5000").year(), 2010);
    assert_eq!(birth("010120-8000").year(), 2020);
    assert_eq!(Cpr::parse("010157-8000", TODAY), Err(CprError::FutureDate));
    assert_eq!(birth("010158-6000").year(), 1858);
    assert_eq!(birth("010199-7000").year(), 1899);
}

#[test]
fn leap_days() {
    assert_eq!(birth("290200-4000"), date(2000, 2, 29));
    assert_eq!(birth("290296-1000"), date(1996, 2, 29));
    // 1900 was not a leap year (digit 7 = 0–3 gives 1900): the reason is
    // the century, which another 7th digit would change.
    for number in ["290200-0000", "2902003000", "29 02 00 1234"] {
        assert_eq!(
            Cpr::parse(number, TODAY),
            Err(CprError::NotLeapYear { year: 1900 }),
            "{number}"
        );
    }
    // No century makes 2023 a leap year: simply no date.
    assert_eq!(
        Cpr::parse("290223-4000", TODAY),
        Err(CprError::ImpossibleDate)
    );
    assert_eq!(
        Cpr::parse("310490-1234", TODAY),
        Err(CprError::ImpossibleDate)
    );
    assert_eq!(
        Cpr::parse("001390-1234", TODAY),
        Err(CprError::ImpossibleDate)
    );
    assert_eq!(
        Cpr::parse("000190-1234", TODAY),
        Err(CprError::ImpossibleDate)
    );
}

#[test]
fn a_leap_day_refused_for_its_century_says_so_in_every_language() {
    let catalog = crate::common::catalog();
    let reason = |lang| {
        let t = catalog.lang(lang);
        cpr_guide::output::cpr_reason(CprError::NotLeapYear { year: 1900 }, &t)
    };
    let en = reason(cpr_guide::i18n::Lang::En);
    assert!(
        en.contains("7th digit") && en.contains("1900") && en.contains("not a leap year"),
        "{en}"
    );
    for (lang, words) in [
        (cpr_guide::i18n::Lang::Da, ["ciffer", "skudår"]),
        (cpr_guide::i18n::Lang::Nb, ["sifferet", "skuddår"]),
    ] {
        let text = reason(lang);
        assert!(words.iter().all(|w| text.contains(w)), "{text}");
        assert!(text.contains("1900"), "{text}");
        for english in ["digit", "leap", "century", "year "] {
            assert!(!text.contains(english), "{lang:?}: {text}");
        }
    }
}

#[test]
fn future_dates_are_refused() {
    // 23 November 2026 is tomorrow.
    assert_eq!(Cpr::parse("231126-4000", TODAY), Err(CprError::FutureDate));
    assert!(
        Cpr::parse("221126-4000", TODAY).is_ok(),
        "born today is fine"
    );
    // 2036 by the table, so in the future.
    assert_eq!(Cpr::parse("010136-4000", TODAY), Err(CprError::FutureDate));
}

#[test]
fn wrong_characters_and_lengths_are_told_apart() {
    // Never a position where the screen shows a dot.
    let t = crate::common::catalog().lang(cpr_guide::i18n::Lang::En);
    let past = cpr_guide::output::cpr_reason(CprError::InvalidCharacter { position: 8 }, &t);
    assert!(
        !past.contains('8') && past.contains("after the birth date"),
        "{past}"
    );
    let within = cpr_guide::output::cpr_reason(CprError::InvalidCharacter { position: 5 }, &t);
    assert!(within.contains("Character number 5"), "{within}");
    assert_eq!(Cpr::parse("", TODAY), Err(CprError::Empty));
    assert_eq!(Cpr::parse("   ", TODAY), Err(CprError::Empty));
    assert_eq!(
        Cpr::parse("0101901²34", TODAY),
        Err(CprError::InvalidCharacter { position: 8 })
    );
    assert_eq!(
        Cpr::parse("١١٠١٩٠١٢٣٤", TODAY),
        Err(CprError::InvalidCharacter { position: 1 })
    );
    assert_eq!(
        Cpr::parse("０１０１９０１２３４", TODAY),
        Err(CprError::InvalidCharacter { position: 1 })
    );
    // Spaces group the digits anywhere, as people write them; only a
    // hyphen has its one place.
    for grouped in [
        "010190 1234",
        "0101 901234",
        "010190 -1234",
        "01 01 90 1234",
        "01 01 90-12 34",
    ] {
        assert_eq!(birth(grouped), date(1990, 1, 1), "{grouped}");
    }
    assert_eq!(
        Cpr::parse("01 01-90 1234", TODAY),
        Err(CprError::MisplacedHyphen)
    );
    assert_eq!(
        Cpr::parse("0101a01234", TODAY),
        Err(CprError::InvalidCharacter { position: 5 })
    );
    assert_eq!(
        Cpr::parse("01019-01234", TODAY),
        Err(CprError::MisplacedHyphen)
    );
    assert_eq!(
        Cpr::parse("010190--1234", TODAY),
        Err(CprError::MisplacedHyphen)
    );
    assert_eq!(
        Cpr::parse("010190-123", TODAY),
        Err(CprError::WrongLength { digits: 9 })
    );
    assert_eq!(
        Cpr::parse("01019012345", TODAY),
        Err(CprError::WrongLength { digits: 11 })
    );
    assert_eq!(
        Cpr::parse("010190-", TODAY),
        Err(CprError::WrongLength { digits: 6 })
    );
}

#[test]
fn gender_from_the_last_digit() {
    assert_eq!(
        Cpr::parse("010190-1234", TODAY).map(|c| c.gender()),
        Ok(Gender::Female)
    );
    assert_eq!(
        Cpr::parse("010190-1235", TODAY).map(|c| c.gender()),
        Ok(Gender::Male)
    );
}

#[test]
fn modulus_11_is_a_notice_not_a_rejection() {
    // 0707614285: 0*4+7*3+0*2+7*7+6*6+1*5+4*4+2*3+8*2+5*1 = 154 = 14 * 11.
    let ok = Cpr::parse("070761-4285", TODAY).expect("valid");
    assert!(ok.modulus11());
    let fails = Cpr::parse("070761-4286", TODAY).expect("still valid");
    assert!(!fails.modulus11());
}

#[test]
fn masked_display_hides_the_sequence() {
    let cpr = Cpr::parse("0101901234", TODAY).expect("valid");
    assert_eq!(cpr.masked(), "010190-XXXX");
    assert!(!format!("{cpr:?}").contains("1234"));
}

/// Century by the official table, written out independently.
fn century_of(digit7: u32, yy: u32) -> i16 {
    match (digit7, yy) {
        (0..=3, _) => 1900,
        (4 | 9, 0..=36) => 2000,
        (4 | 9, _) => 1900,
        (_, 0..=57) => 2000,
        _ => 1800,
    }
}

proptest! {
    #[test]
    fn never_panics(input in ".{0,40}") {
        let _ = Cpr::parse(&input, TODAY);
    }

    #[test]
    fn digit_strings_never_panic(input in "[0-9-]{0,14}") {
        let _ = Cpr::parse(&input, TODAY);
    }

    #[test]
    fn valid_numbers_round_trip(days in 0i64..(365 * 126), seq in 0u32..10_000, hyphen in any::<bool>()) {
        let born = date(1900, 1, 1).checked_add(jiff::Span::new().days(days)).expect("in range");
        let yy = u32::try_from(born.year() % 100).expect("yy");
        let digit7 = seq / 1000;
        prop_assume!(century_of(digit7, yy) + i16::try_from(yy).expect("yy") == born.year());
        let text = format!(
            "{:02}{:02}{:02}{}{:04}",
            born.day(), born.month(), yy, if hyphen { "-" } else { "" }, seq
        );
        let result = Cpr::parse(&text, TODAY);
        if born > TODAY {
            prop_assert_eq!(result, Err(CprError::FutureDate));
        } else {
            let cpr = result.expect("valid");
            prop_assert_eq!(cpr.birth_date(), born);
            prop_assert_eq!(cpr.gender() == Gender::Female, seq % 2 == 0);
            let expected = format!("{:02}{:02}{:02}-XXXX", born.day(), born.month(), yy);
            prop_assert_eq!(cpr.masked(), expected);
        }
    }
}
