//! Finding a municipality from what a person types: a postcode, a town, a
//! municipality's name or code, with or without Danish letters ("koge"
//! finds Køge, "aarhus" and "århus" both find Aarhus).
//!
//! Built once when the content loads; searching is a scan over about a
//! hundred municipalities and a thousand postcodes of pre-folded text.

use super::ids::{MunicipalityId, Table, TableIndex};
use super::model::{Municipality, Postcode};

/// Text reduced to what matters for matching: lower case, Danish and
/// foreign letters to their plain forms (å, aa → a; ø, ö, oe → o; æ, ä,
/// ae → a; é → e; ü → u), everything but letters and digits dropped.
/// Both the names and what a person types are folded the same way.
pub fn fold(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'å' | 'æ' | 'ä' | 'á' | 'à' | 'â' => plain.push('a'),
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' => plain.push('o'),
            'é' | 'è' | 'ê' | 'ë' => plain.push('e'),
            'ü' | 'ú' | 'ù' | 'û' => plain.push('u'),
            'í' | 'ì' | 'î' | 'ï' => plain.push('i'),
            c if c.is_ascii_alphanumeric() => plain.push(c),
            _ => {}
        }
    }
    plain
        .replace("aa", "a")
        .replace("ae", "a")
        .replace("oe", "o")
}

/// Words that say "municipality" and nothing about which one.
const MUNICIPALITY_WORDS: [&str; 6] = [
    "kommune",
    "kommunen",
    "kommun",
    "municipality",
    "kommunes",
    "municipal",
];

/// The words of a query, without "Kommune"/"Municipality" and without a
/// country prefix on a postcode ("DK-8000").
fn query_words(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            match lower.strip_prefix("dk-").or(lower.strip_prefix("dk")) {
                Some(rest) if all_digits(rest) => rest.to_string(),
                _ => w.to_string(),
            }
        })
        .filter(|w| !MUNICIPALITY_WORDS.contains(&fold(w).as_str()))
        .collect()
}

/// The number of single-letter edits (insert, delete, change, swap two
/// neighbours) between `a` and `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return usize::MAX;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Whether `text` consists of ASCII digits only.
fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Why a municipality matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Via {
    /// Its name (or another name for it, or its ID).
    Name,
    /// Its three-digit code.
    Code,
    /// A postcode in it (index into `Content::postcodes`).
    Postcode(usize),
    /// A town in it (index of one of the town's postcodes).
    Town(usize),
}

/// One municipality found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Hit {
    pub municipality: MunicipalityId,
    pub via: Via,
    /// Matched only a letter or two off (a suggestion for a typo).
    pub typo: bool,
}

/// What a typed answer names, for front ends that need one municipality.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Resolution {
    /// Exactly one: its ID, code, name, a postcode or town only it has.
    Found(MunicipalityId),
    /// Several could be meant (a postcode or town in several
    /// municipalities, or part of a name): the person picks one.
    Choose(Vec<Hit>),
    NotFound,
}

/// How good a match is; lower is better.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
enum Rank {
    ExactName,
    NamePrefix,
    ExactTown,
    WordPrefix,
    TownPrefix,
    Inside,
    /// A letter or two off: a suggestion, never taken on its own.
    Typo,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
struct Entry {
    /// Folded names: the official name without "Kommune", the ID, aliases.
    names: Vec<String>,
    /// Folded words of those names, for "taastrup" finding Høje-Taastrup.
    words: Vec<String>,
    /// Folded official name, for a stable alphabetical order.
    sort: String,
    code: Option<u16>,
}

/// The search index.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Places {
    entries: Vec<Entry>,
    /// Folded town of each postcode, index for index with the postcodes.
    towns: Vec<String>,
    codes: Vec<String>,
    /// Folded words of each postcode's town ("kongens", "lyngby").
    town_words: Vec<Vec<String>>,
    /// The municipalities of each postcode.
    postcode_municipalities: Vec<Vec<MunicipalityId>>,
}

impl Places {
    pub fn new(
        municipalities: &Table<MunicipalityId, Municipality>,
        postcodes: &[Postcode],
    ) -> Places {
        let entries = municipalities
            .iter()
            .map(|m| {
                let Some(place) = &m.place else {
                    return Entry::default();
                };
                let short = place.name.strip_suffix(" Kommune").unwrap_or(&place.name);
                let raw_names: Vec<&str> = std::iter::once(short)
                    .chain(std::iter::once(m.id.as_str()))
                    .chain(place.aliases.iter().map(String::as_str))
                    .collect();
                let mut names: Vec<String> = raw_names.iter().map(|n| fold(n)).collect();
                names.dedup();
                let words = raw_names
                    .iter()
                    .flat_map(|n| n.split([' ', '-']))
                    .map(fold)
                    .filter(|w| !w.is_empty())
                    .collect();
                Entry {
                    sort: fold(short),
                    names,
                    words,
                    code: Some(place.code),
                }
            })
            .collect();
        Places {
            entries,
            towns: postcodes.iter().map(|p| fold(&p.town)).collect(),
            town_words: postcodes
                .iter()
                .map(|p| {
                    p.town
                        .split([' ', '-', '.'])
                        .map(fold)
                        .filter(|w| !w.is_empty())
                        .collect()
                })
                .collect(),
            codes: postcodes.iter().map(|p| p.code.clone()).collect(),
            postcode_municipalities: postcodes.iter().map(|p| p.municipalities.clone()).collect(),
        }
    }

    /// The index of postcode `code`, if it exists.
    pub fn postcode(&self, code: &str) -> Option<usize> {
        self.codes.iter().position(|c| c == code)
    }

    fn postcode_hits(&self, index: usize, out: &mut Vec<(Rank, Hit)>) {
        for &municipality in &self.postcode_municipalities[index] {
            out.push((
                Rank::ExactName,
                Hit {
                    municipality,
                    via: Via::Postcode(index),
                    typo: false,
                },
            ));
        }
    }

    /// Every municipality matching `query`, best first, each once. Empty
    /// for an empty query. The "not decided yet" option is never a hit.
    ///
    /// A four-digit number anywhere is a postcode ("8000", "DK-8000",
    /// "Aarhus 8000"); three digits a municipality code or the start of
    /// postcodes; words are names and towns, whole or their beginning,
    /// with "Kommune" or "Municipality" ignored. When nothing matches the
    /// whole text, each word is tried alone, then names a letter or two
    /// off ("aarhsu", "nestved").
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words = query_words(query);
        let mut found: Vec<(Rank, Hit)> = Vec::new();
        let postcode = words
            .iter()
            .find(|w| w.len() == 4 && all_digits(w))
            .and_then(|w| self.postcode(w));
        let joined = words.concat();
        if let Some(i) = postcode {
            self.postcode_hits(i, &mut found);
        } else if all_digits(&joined) {
            self.number_hits(&joined, &mut found);
        } else {
            self.text_hits(&fold(&joined), &mut found);
            if found.is_empty() && words.len() > 1 {
                for word in words.iter().filter(|w| w.chars().count() >= 3) {
                    self.text_hits(&fold(word), &mut found);
                }
            }
            if found.is_empty() {
                self.fuzzy_hits(&fold(&joined), &mut found);
            }
        }
        // Best rank first; digits in postcode order, names alphabetically.
        found.sort_by(|(ra, a), (rb, b)| {
            let order = |h: &Hit| match h.via {
                Via::Postcode(i) => i,
                _ => usize::MAX,
            };
            ra.cmp(rb)
                .then_with(|| order(a).cmp(&order(b)))
                .then_with(|| {
                    self.entries[a.municipality.index()]
                        .sort
                        .cmp(&self.entries[b.municipality.index()].sort)
                })
        });
        let mut seen = vec![false; self.entries.len()];
        found
            .into_iter()
            .filter(|(_, hit)| !std::mem::replace(&mut seen[hit.municipality.index()], true))
            .map(|(_, hit)| hit)
            .collect()
    }

    /// Up to three digits: a municipality code, and postcodes starting so.
    fn number_hits(&self, digits: &str, found: &mut Vec<(Rank, Hit)>) {
        if digits.len() > 3 {
            return;
        }
        if let (3, Ok(code)) = (digits.len(), digits.parse::<u16>()) {
            for (i, e) in self.entries.iter().enumerate() {
                if e.code == Some(code) {
                    found.push((
                        Rank::ExactName,
                        Hit {
                            municipality: MunicipalityId::from_index(i),
                            via: Via::Code,
                            typo: false,
                        },
                    ));
                }
            }
        }
        for (i, code) in self.codes.iter().enumerate() {
            if code.starts_with(digits) {
                for &municipality in &self.postcode_municipalities[i] {
                    found.push((
                        Rank::NamePrefix,
                        Hit {
                            municipality,
                            via: Via::Postcode(i),
                            typo: false,
                        },
                    ));
                }
            }
        }
    }

    /// Names and towns matching folded text `q`: whole, their beginning,
    /// the beginning of one of their words, or (3 letters or more) inside.
    fn text_hits(&self, q: &str, found: &mut Vec<(Rank, Hit)>) {
        if q.is_empty() {
            return;
        }
        for (i, e) in self.entries.iter().enumerate() {
            let rank = if e.names.iter().any(|n| n == q) {
                Some(Rank::ExactName)
            } else if e.names.iter().any(|n| n.starts_with(q)) {
                Some(Rank::NamePrefix)
            } else if e.words.iter().any(|w| w.starts_with(q)) {
                Some(Rank::WordPrefix)
            } else if q.len() >= 3 && e.names.iter().any(|n| n.contains(q)) {
                Some(Rank::Inside)
            } else {
                None
            };
            if let Some(rank) = rank {
                found.push((
                    rank,
                    Hit {
                        municipality: MunicipalityId::from_index(i),
                        via: Via::Name,
                        typo: false,
                    },
                ));
            }
        }
        for (i, town) in self.towns.iter().enumerate() {
            let rank = if town == q {
                Rank::ExactTown
            } else if town.starts_with(q) {
                Rank::TownPrefix
            } else if self.town_words[i].iter().any(|w| w.starts_with(q)) {
                Rank::Inside
            } else {
                continue;
            };
            for &municipality in &self.postcode_municipalities[i] {
                found.push((
                    rank,
                    Hit {
                        municipality,
                        via: Via::Town(i),
                        typo: false,
                    },
                ));
            }
        }
    }

    /// Names and towns a letter or two off folded `q` (a typo): one edit
    /// from 5 letters, two from 8.
    fn fuzzy_hits(&self, q: &str, found: &mut Vec<(Rank, Hit)>) {
        let allowed = match q.chars().count() {
            0..=4 => return,
            5..=7 => 1,
            _ => 2,
        };
        let near = |candidate: &str| edit_distance(q, candidate) <= allowed;
        for (i, e) in self.entries.iter().enumerate() {
            if e.names.iter().chain(&e.words).any(|n| near(n)) {
                found.push((
                    Rank::Typo,
                    Hit {
                        municipality: MunicipalityId::from_index(i),
                        via: Via::Name,
                        typo: true,
                    },
                ));
            }
        }
        for (i, town) in self.towns.iter().enumerate() {
            if near(town) {
                for &municipality in &self.postcode_municipalities[i] {
                    found.push((
                        Rank::Typo,
                        Hit {
                            municipality,
                            via: Via::Town(i),
                            typo: true,
                        },
                    ));
                }
            }
        }
    }

    /// What `query` names by its text, when one municipality is needed: a
    /// code, a name or a postcode or town that lies in one municipality
    /// only is found outright; anything else with matches is a choice.
    /// (An ID is found first by [`Content::resolve_municipality`], without
    /// the index.)
    ///
    /// [`Content::resolve_municipality`]: super::Content::resolve_municipality
    pub fn resolve(&self, query: &str) -> Resolution {
        let query = query.trim();
        let hits = self.search(query);
        let words = query_words(query);
        let q = fold(&words.concat());
        let exact: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| match h.via {
                Via::Name => self.entries[h.municipality.index()].names.contains(&q),
                Via::Code => true,
                Via::Postcode(i) => words.iter().any(|w| *w == self.codes[i]),
                Via::Town(i) => self.towns[i] == q,
            })
            .collect();
        // A name wins over a town of the same name ("Køge" the
        // municipality over the town, which lies in it anyway).
        let names: Vec<Hit> = exact
            .iter()
            .copied()
            .filter(|h| matches!(h.via, Via::Name | Via::Code))
            .collect();
        match (names.as_slice(), exact.as_slice()) {
            ([one], _) | ([], [one]) => Resolution::Found(one.municipality),
            ([], []) if hits.is_empty() => Resolution::NotFound,
            ([], []) => Resolution::Choose(hits),
            ([], several) => Resolution::Choose(several.to_vec()),
            (several, _) => Resolution::Choose(several.to_vec()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_danish_letters_case_and_punctuation() {
        assert_eq!(fold("Køge"), fold("koge"));
        assert_eq!(fold("Køge"), fold("KOEGE"));
        assert_eq!(fold("Århus"), fold("aarhus"));
        assert_eq!(fold("Lyngby-Taarbæk"), fold("lyngby taarbaek"));
        assert_eq!(fold("Ærø"), fold("aeroe"));
        assert_eq!(fold("Høje-Taastrup"), fold("hoje taastrup"));
        assert_eq!(fold("Köge"), fold("Køge"));
        assert_ne!(fold("Køge"), fold("Kolding"));
        assert_eq!(fold(" - . "), "");
    }

    #[test]
    fn typos_are_counted_in_single_edits() {
        use super::edit_distance;
        assert_eq!(edit_distance("arhsu", "arhus"), 1, "two letters swapped");
        assert_eq!(edit_distance("arrhus", "arhus"), 1);
        assert_eq!(edit_distance("nestved", "nastved"), 1);
        assert_eq!(edit_distance("kobenhagen", "kobenhavn"), 2);
        assert_eq!(edit_distance("odense", "odense"), 0);
        assert!(edit_distance("aalborg", "esbjerg") > 2);
    }

    #[test]
    fn municipality_words_and_country_prefixes_are_dropped() {
        use super::query_words;
        assert_eq!(query_words("Aarhus Kommune"), ["Aarhus"]);
        assert_eq!(query_words("Aarhus Municipality"), ["Aarhus"]);
        assert_eq!(query_words("DK-8000"), ["8000"]);
        assert_eq!(
            query_words("dk 8000 Aarhus C"),
            ["dk", "8000", "Aarhus", "C"]
        );
        assert_eq!(query_words("  Køge  "), ["Køge"]);
    }
}
