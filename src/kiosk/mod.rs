//! Kiosk helpers that need no terminal: the settings, the staff PIN
//! (Argon2, only ever stored hashed) and the anonymous outcome counters.

mod config;

pub use config::{load as load_config, site_municipality, KioskConfig};

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use std::collections::BTreeMap;

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

/// How many visits reached each outcome: nothing else is counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counters {
    pub outcomes: BTreeMap<String, u64>,
}

impl Counters {
    /// Reads counters written before; unreadable text starts from zero.
    pub fn from_json(text: &str) -> Counters {
        let outcomes = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("outcomes").cloned())
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        Counters { outcomes }
    }

    pub fn record(&mut self, outcome: &str) {
        *self.outcomes.entry(outcome.to_string()).or_default() += 1;
    }

    pub fn to_json(&self) -> String {
        let total: u64 = self.outcomes.values().sum();
        let doc = serde_json::json!({ "sessions": total, "outcomes": self.outcomes });
        format!("{doc:#}\n")
    }
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

    #[test]
    fn counters_aggregate_only_outcomes() {
        let mut c = Counters::default();
        c.record("register");
        c.record("register");
        c.record("tax-number");
        let back = Counters::from_json(&c.to_json());
        assert_eq!(back, c);
        assert!(c.to_json().contains("\"sessions\": 3"));
        assert_eq!(Counters::from_json("garbage"), Counters::default());
    }
}
