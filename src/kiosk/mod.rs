//! Kiosk helpers that need no terminal: the settings, the staff PIN
//! (Argon2, only ever stored hashed) and the anonymous outcome counters.

mod config;
pub mod counters;

pub use config::{load as load_config, site_municipality, KioskConfig};
pub use counters::{Counters, CountersError, CountersFormat};

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

/// Whether `text` is an Argon2 PHC hash (and so not a PIN in plain text).
pub fn is_pin_hash(text: &str) -> bool {
    text.starts_with("$argon2") && PasswordHash::new(text).is_ok()
}

/// Whether `pin` matches the stored hash.
pub fn verify_pin(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Hashes a PIN for the kiosk configuration, with a random salt.
pub fn hash_pin(pin: &str) -> Option<String> {
    Argon2::default()
        .hash_password(pin.as_bytes())
        .ok()
        .map(|h| h.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_round_trip_and_plain_pins_refused() {
        let hash = hash_pin("4711").expect("hash");
        assert!(is_pin_hash(&hash));
        assert!(!hash.contains("4711"));
        assert!(verify_pin(&hash, "4711"));
        assert!(!verify_pin(&hash, "4712"));
        assert!(!is_pin_hash("4711"));
        assert!(!verify_pin("4711", "4711"));
    }
}
