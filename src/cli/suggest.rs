//! "Did you mean …?": the office IDs nearest to one that does not exist,
//! so `office koege` finds `borgerservice-koege`.

/// The ID `typed` would be if written as IDs are: lower case, Danish
/// letters spelt out (`Køge` → `koege`), spaces as hyphens.
fn as_id(typed: &str) -> String {
    let mut out = String::new();
    for c in typed.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            ' ' | '_' => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

/// Up to three IDs from `ids` close to `typed`: the same after spelling
/// it as an ID, one whose last parts are it (`koege` in
/// `borgerservice-koege`), or one a slip of two letters away.
pub fn similar<'a>(ids: &[&'a str], typed: &str) -> Vec<&'a str> {
    let wanted = as_id(typed);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'a str)> = ids
        .iter()
        .filter_map(|&id| {
            let tail = id.split_once('-').map_or(id, |(_, rest)| rest);
            let score = if id == wanted {
                0
            } else if tail == wanted || id.ends_with(&format!("-{wanted}")) {
                1
            } else {
                let slip = strsim::damerau_levenshtein(&wanted, id)
                    .min(strsim::damerau_levenshtein(&wanted, tail));
                if slip > 2 || wanted.len() < 4 {
                    return None;
                }
                1 + slip
            };
            Some((score, id))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 5] = [
        "borgerservice-koege",
        "borgerservice-kolding",
        "ics-odense",
        "ihcph",
        "borgerservice-lyngby-taarbaek",
    ];

    #[test]
    fn a_municipality_name_finds_its_office() {
        assert_eq!(similar(&IDS, "koege"), ["borgerservice-koege"]);
        assert_eq!(similar(&IDS, "Køge"), ["borgerservice-koege"]);
        assert_eq!(
            similar(&IDS, "Lyngby Taarbæk"),
            ["borgerservice-lyngby-taarbaek"]
        );
        assert_eq!(similar(&IDS, "odense"), ["ics-odense"]);
    }

    #[test]
    fn a_slip_of_a_letter_or_two_is_forgiven_but_not_more() {
        assert_eq!(similar(&IDS, "borgerservice-koge"), ["borgerservice-koege"]);
        assert_eq!(similar(&IDS, "ihpch"), ["ihcph"]);
        assert!(similar(&IDS, "nowhere").is_empty());
        assert!(similar(&IDS, "").is_empty());
    }
}
