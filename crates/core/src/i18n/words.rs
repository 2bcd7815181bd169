//! The words people type, per language: the names of the language itself,
//! yes and no, the line mode's commands, the words for today and
//! tomorrow and the months' names in a date field. Every word is understood whatever language
//! is shown (a Dane reading English may still type "ja"). A new language
//! is one more [`LangInfo`] here, its arm in [`super::Lang::info`], and
//! its folder of messages in `locales/`.

/// What the guide knows about one language beyond its messages.
pub struct LangInfo {
    /// The code used on the command line, in JSON and as the locale folder.
    pub code: &'static str,
    /// Other names for it people type: codes, locales' first part, its name
    /// in the guide's languages.
    pub names: &'static [&'static str],
    pub words: Words,
}

/// Words typed in one language (lower case; several where people use several).
pub struct Words {
    pub yes: &'static [&'static str],
    pub no: &'static [&'static str],
    pub back: &'static [&'static str],
    pub restart: &'static [&'static str],
    pub help: &'static [&'static str],
    pub quit: &'static [&'static str],
    /// `lang da`: change the language.
    pub lang: &'static [&'static str],
    /// `save FILE`.
    pub save: &'static [&'static str],
    pub today: &'static [&'static str],
    pub tomorrow: &'static [&'static str],
    /// January to December: each month's name and the short forms people
    /// write ("feb", "sept"), without a full stop.
    pub months: [&'static [&'static str]; 12],
}

pub const DA: LangInfo = LangInfo {
    code: "da",
    names: &["dan", "dansk", "danish"],
    words: Words {
        yes: &["ja", "j"],
        no: &["nej"],
        back: &["tilbage"],
        restart: &["forfra", "start forfra"],
        help: &["hjælp", "hjaelp"],
        quit: &["afslut"],
        lang: &["sprog"],
        save: &["gem"],
        today: &["i dag", "idag"],
        tomorrow: &["i morgen", "imorgen"],
        months: [
            &["januar", "jan"],
            &["februar", "feb"],
            &["marts", "mar"],
            &["april", "apr"],
            &["maj"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["december", "dec"],
        ],
    },
};

pub const EN: LangInfo = LangInfo {
    code: "en",
    names: &["eng", "english", "engelsk"],
    words: Words {
        yes: &["yes", "y"],
        no: &["no", "n"],
        back: &["back"],
        restart: &["restart", "start over", "start"],
        help: &["help", "?"],
        quit: &["quit", "exit"],
        lang: &["lang", "language"],
        save: &["save"],
        today: &["today"],
        tomorrow: &["tomorrow"],
        months: [
            &["january", "jan"],
            &["february", "feb"],
            &["march", "mar"],
            &["april", "apr"],
            &["may"],
            &["june", "jun"],
            &["july", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["october", "oct"],
            &["november", "nov"],
            &["december", "dec"],
        ],
    },
};

pub const NB: LangInfo = LangInfo {
    code: "nb",
    // Norwegian in any form gets Bokmål, the Norwegian the guide writes.
    names: &[
        "nob",
        "no",
        "nor",
        "nn",
        "nno",
        "norsk",
        "bokmål",
        "bokmal",
        "norwegian",
    ],
    words: Words {
        yes: &["ja", "j"],
        no: &["nei"],
        back: &["tilbake"],
        restart: &["start på nytt", "begynn på nytt"],
        help: &["hjelp"],
        quit: &["avslutt"],
        lang: &["språk", "sprak"],
        save: &["lagre"],
        today: &["i dag", "idag"],
        tomorrow: &["i morgen", "imorgen"],
        months: [
            &["januar", "jan"],
            &["februar", "feb"],
            &["mars", "mar"],
            &["april", "apr"],
            &["mai"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["desember", "des"],
        ],
    },
};

/// Whether `typed` (already lower case and trimmed) is one of the words
/// `which` picks, in any language.
pub fn means(typed: &str, which: impl Fn(&Words) -> &'static [&'static str]) -> bool {
    super::Lang::ALL
        .iter()
        .any(|lang| which(&lang.info().words).contains(&typed))
}

/// The month (1 to 12) `typed` names, in any language, any case, with or
/// without a full stop ("februar", "Feb.", "MAJ").
pub fn month(typed: &str) -> Option<i8> {
    let typed = typed.trim().trim_end_matches('.').to_lowercase();
    super::Lang::ALL.iter().find_map(|lang| {
        let months = &lang.info().words.months;
        let at = months
            .iter()
            .position(|names| names.contains(&typed.as_str()))?;
        i8::try_from(at + 1).ok()
    })
}

/// Yes or no, in any language, any case: `Some(true)` for yes.
pub fn yes_no(typed: &str) -> Option<bool> {
    let typed = typed.trim().to_lowercase();
    if means(&typed, |w| w.yes) {
        Some(true)
    } else if means(&typed, |w| w.no) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::Lang;
    use super::*;

    /// Each kind of word, as a name and how to pick it.
    type Pick = fn(&Words) -> &'static [&'static str];
    const KINDS: [(&str, Pick); 10] = [
        ("yes", |w| w.yes),
        ("no", |w| w.no),
        ("back", |w| w.back),
        ("restart", |w| w.restart),
        ("help", |w| w.help),
        ("quit", |w| w.quit),
        ("lang", |w| w.lang),
        ("save", |w| w.save),
        ("today", |w| w.today),
        ("tomorrow", |w| w.tomorrow),
    ];

    #[test]
    fn every_language_has_every_word_and_no_word_means_two_things() {
        for lang in Lang::ALL {
            for (kind, pick) in KINDS {
                let words = pick(&lang.info().words);
                assert!(!words.is_empty(), "{} has no {kind}", lang.code());
                for word in words {
                    assert_eq!(*word, word.to_lowercase(), "{word}");
                    // A word means one thing, whatever language it is in.
                    let meanings: Vec<&str> = KINDS
                        .iter()
                        .filter(|(_, other)| means(word, *other))
                        .map(|(k, _)| *k)
                        .collect();
                    assert_eq!(meanings, [kind], "{word}");
                }
            }
        }
        assert_eq!(yes_no(" JA "), Some(true));
        assert_eq!(yes_no("Nei"), Some(false));
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn every_month_has_its_names_and_no_name_means_two_months_or_a_word() {
        for lang in Lang::ALL {
            for (at, names) in lang.info().words.months.iter().enumerate() {
                assert!(!names.is_empty(), "{} month {}", lang.code(), at + 1);
                for name in *names {
                    assert_eq!(*name, name.to_lowercase(), "{name}");
                    assert_eq!(month(name), i8::try_from(at + 1).ok(), "{name}");
                    let words: Vec<&str> = KINDS
                        .iter()
                        .filter(|(_, pick)| means(name, *pick))
                        .map(|(k, _)| *k)
                        .collect();
                    assert!(words.is_empty(), "{name} is also {words:?}");
                }
            }
        }
        assert_eq!(month("FEBRUAR"), Some(2));
        assert_eq!(month("Feb."), Some(2));
        assert_eq!(month("marts"), Some(3));
        assert_eq!(month("mars"), Some(3));
        assert_eq!(month("maj"), Some(5));
        assert_eq!(month("Mai"), Some(5));
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("okt"), Some(10));
        assert_eq!(month("Oct"), Some(10));
        assert_eq!(month("des."), Some(12));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("desember"), Some(12));
        assert_eq!(month("febr"), None);
        assert_eq!(month(""), None);
    }

    #[test]
    fn a_language_is_found_by_its_code_and_its_names() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_name(lang.code()), Some(lang));
            for name in lang.info().names {
                assert_eq!(Lang::from_name(name), Some(lang), "{name}");
            }
        }
    }
}
