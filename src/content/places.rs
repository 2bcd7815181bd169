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

/// Whether `text` consists of ASCII digits only.
fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Why a municipality matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub municipality: MunicipalityId,
    pub via: Via,
}

/// What a typed answer names, for front ends that need one municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one: its ID, code, name, a postcode or town only it has.
    Found(MunicipalityId),
    /// Several could be meant (a postcode or town in several
    /// municipalities, or part of a name): the person picks one.
    Choose(Vec<Hit>),
    NotFound,
}

/// How good a match is; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    ExactName,
    NamePrefix,
    ExactTown,
    WordPrefix,
    TownPrefix,
    Inside,
}

#[derive(Debug, Clone, Default)]
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
#[derive(Debug, Clone, Default)]
pub struct Places {
    entries: Vec<Entry>,
    /// Folded town of each postcode, index for index with the postcodes.
    towns: Vec<String>,
    codes: Vec<String>,
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
                },
            ));
        }
    }

    /// Every municipality matching `query`, best first, each once. Empty
    /// for an empty query. The "not decided yet" option is never a hit.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        let mut found: Vec<(Rank, Hit)> = Vec::new();
        let leading: String = query.chars().take_while(char::is_ascii_digit).collect();
        if all_digits(query) || leading.len() == 4 {
            match leading.len() {
                4 => {
                    if let Some(i) = self.postcode(&leading) {
                        self.postcode_hits(i, &mut found);
                    }
                }
                1..=3 => {
                    if leading.len() == 3 {
                        if let Ok(code) = leading.parse::<u16>() {
                            for (i, e) in self.entries.iter().enumerate() {
                                if e.code == Some(code) {
                                    found.push((
                                        Rank::ExactName,
                                        Hit {
                                            municipality: MunicipalityId::from_index(i),
                                            via: Via::Code,
                                        },
                                    ));
                                }
                            }
                        }
                    }
                    for (i, code) in self.codes.iter().enumerate() {
                        if code.starts_with(&leading) {
                            for &municipality in &self.postcode_municipalities[i] {
                                found.push((
                                    Rank::NamePrefix,
                                    Hit {
                                        municipality,
                                        via: Via::Postcode(i),
                                    },
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        } else {
            let q = fold(query);
            if q.is_empty() {
                return Vec::new();
            }
            for (i, e) in self.entries.iter().enumerate() {
                let rank = if e.names.contains(&q) {
                    Some(Rank::ExactName)
                } else if e.names.iter().any(|n| n.starts_with(&q)) {
                    Some(Rank::NamePrefix)
                } else if e.words.iter().any(|w| w.starts_with(&q)) {
                    Some(Rank::WordPrefix)
                } else if q.len() >= 3 && e.names.iter().any(|n| n.contains(&q)) {
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
                        },
                    ));
                }
            }
            for (i, town) in self.towns.iter().enumerate() {
                let rank = if *town == q {
                    Rank::ExactTown
                } else if town.starts_with(&q) {
                    Rank::TownPrefix
                } else {
                    continue;
                };
                for &municipality in &self.postcode_municipalities[i] {
                    found.push((
                        rank,
                        Hit {
                            municipality,
                            via: Via::Town(i),
                        },
                    ));
                }
            }
        }
        found.sort_by(|(ra, a), (rb, b)| {
            ra.cmp(rb).then_with(|| {
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

    /// What `query` names, when one municipality is needed: an ID, a
    /// code, a name or a postcode or town that lies in one municipality
    /// only is found outright; anything else with matches is a choice.
    pub fn resolve(
        &self,
        municipalities: &Table<MunicipalityId, Municipality>,
        query: &str,
    ) -> Resolution {
        let query = query.trim();
        let lower = query.to_lowercase();
        if let Some((id, _)) = municipalities.find(|m| m.id == lower) {
            return Resolution::Found(id);
        }
        let hits = self.search(query);
        let q = fold(query);
        let exact: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| match h.via {
                Via::Name => self.entries[h.municipality.index()].names.contains(&q),
                Via::Code => true,
                Via::Postcode(i) => query.starts_with(&self.codes[i]),
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
}
