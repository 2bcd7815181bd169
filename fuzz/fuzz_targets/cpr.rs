//! Any bytes as a typed CPR number: never a panic, and a valid number's
//! parts agree with each other.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let today = jiff::civil::date(2026, 11, 22);
        if let Ok(cpr) = cpr_guide::cpr::Cpr::parse(text, today) {
            assert!(cpr.birth_date() <= today);
            assert!(cpr.masked().ends_with("-XXXX"));
        }
    }
});
