//! Gazetteers: word lists and entity phrases, matched on folded, clitic-stripped stems.
//!
//! Shipped lists (in `assets/gazetteers/`, compiled into the binary, licenses beside them):
//! - `countries-ar.csv` (`id,value`, MIT): country names → LOCATION;
//! - `first-names-{male,female}-ar.txt`, `last-names-ar.txt` (one name a line, MIT);
//! - `harvested.tsv` (CC BY-SA, derived from ANERcorp train and WikiFANE Gold by
//!   `sahifa-ner train`): `phrase \t PERS \t LOC \t ORG \t MISC \t total`, the phrase as
//!   space-joined stems, four counts of entity occurrences per type and the number of times
//!   the phrase occurred at all in the corpora;
//! - `common-words.txt`: stems of frequent words never or rarely tagged as entities;
//! - `given-names.txt`, `family-names.txt`: stems that begin or end WikiFANE person names;
//! - `given-names-world.txt`, `family-names-world.txt` (CC0, written for Sahifa): Arab and
//!   foreign given and family names as Arabic news spells them, one a line;
//! - `world-entities.tsv` (CC0, written for Sahifa): `TYPE \t name` lines, TYPE one of
//!   PERS, ORG, LOC, MISC, `#` comments — clubs, companies, media, parties, international
//!   bodies, well-known people, currencies, products, landmarks, regions;
//! - `cities-ar.txt` (CC BY 4.0, GeoNames): Arabic names of cities and towns, one a line,
//!   `#` comments;
//! - `wikidata-person-name-words.tsv` (CC0, Wikidata via NETransliteration-COLING2018):
//!   `word \t count \t latin spellings`, the words of the Arabic names of people with how
//!   often they occur there ([`Gazetteers::person_words`]);
//! - `arwikicats-typed-names.tsv` (MIT, ArWikiCats): `TYPE \t name` lines, TYPE one of
//!   LOC, PER, ORG, EVENT, from Arabic Wikipedia titles; noisy, so only a feature
//!   ([`Gazetteers::typed`], EVENT counted as MISC).

mod lists;
mod phrases;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ExtractError;
use crate::token::Token;

pub use lists::{freq_bucket, phrase_gaz_key, phrase_key};
use lists::{person_words, typed_phrases, word_freq, world_phrases};
pub use phrases::{
    GAZ_TYPES, MAX_PHRASE, PhraseCounts, PhraseGaz, for_each_phrase_at, phrase_stems, type_index,
};

/// A token's word ids in [`Gazetteers::phrases`], [`Gazetteers::world`] and
/// [`Gazetteers::typed`] ([`PhraseGaz::word_id`] of its [`phrase_stems`] form): the
/// tagger finds them per word once, and the rules match the lists on them again.
pub type WordIds = [Option<u32>; 3];

/// Bit flags for single stems.
pub mod flag {
    /// A male or female given name.
    pub const FIRST_NAME: u16 = 1;
    /// A family name.
    pub const LAST_NAME: u16 = 2;
    /// A country.
    pub const COUNTRY: u16 = 4;
    /// A frequent word rarely part of a name.
    pub const COMMON: u16 = 8;
}

/// All gazetteers.
#[derive(Clone, Debug, Default)]
pub struct Gazetteers {
    /// Stem → flags.
    pub words: HashMap<String, u16>,
    /// Country names, folded (article kept), for direct tagging.
    pub countries: HashSet<String>,
    /// First words of country names.
    pub country_first: HashSet<String>,
    /// Harvested entity phrases.
    pub phrases: PhraseGaz,
    /// Names from world knowledge: `world-entities.tsv`, GeoNames cities, countries (one
    /// count per type a list gives the name).
    pub world: PhraseGaz,
    /// Words of people's names on Wikidata → how many names hold them (by stem and by
    /// whole folded word).
    pub person_words: HashMap<String, u32>,
    /// Typed Wikipedia names (ArWikiCats): one count per type a title was given.
    pub typed: PhraseGaz,
    /// One-word names of the world lists, cities and countries as written (folded, no
    /// clitic stripped): «فالنسيا», «فلوريدا» — what tells a name that begins like a clitic
    /// from a clitic before a name.
    pub single_names: HashSet<String>,
    /// How common a word is in Arabic at large (wordfreq): folded whole word → half-zipf
    /// bucket ([`freq_bucket`]); words rarer than zipf 2.5 are absent.
    pub word_freq: HashMap<String, u8>,
}

const COUNTRIES: &str = include_str!("../../../../assets/gazetteers/countries-ar.csv");
const FIRST_M: &str = include_str!("../../../../assets/gazetteers/first-names-male-ar.txt");
const FIRST_F: &str = include_str!("../../../../assets/gazetteers/first-names-female-ar.txt");
const LAST: &str = include_str!("../../../../assets/gazetteers/last-names-ar.txt");
const HARVESTED: &str = include_str!("../../../../assets/gazetteers/harvested.tsv");
const COMMON: &str = include_str!("../../../../assets/gazetteers/common-words.txt");
const GIVEN: &str = include_str!("../../../../assets/gazetteers/given-names.txt");
const FAMILY: &str = include_str!("../../../../assets/gazetteers/family-names.txt");
const GIVEN_WORLD: &str = include_str!("../../../../assets/gazetteers/given-names-world.txt");
const FAMILY_WORLD: &str = include_str!("../../../../assets/gazetteers/family-names-world.txt");
const WORLD: &str = include_str!("../../../../assets/gazetteers/world-entities.tsv");
const CITIES: &str = include_str!("../../../../assets/gazetteers/cities-ar.txt");
const PERSON_WORDS: &str =
    include_str!("../../../../assets/gazetteers/wikidata-person-name-words.tsv");
const TYPED: &str = include_str!("../../../../assets/gazetteers/arwikicats-typed-names.tsv");
const WORD_FREQ: &str = include_str!("../../../../assets/gazetteers/wordfreq-ar.tsv");

/// Which of the larger lists feed the CRF features (the shipped model was trained with
/// these; cross-validation can switch them off to measure them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lists {
    /// [`Gazetteers::person_words`].
    pub person_words: bool,
    /// [`Gazetteers::typed`].
    pub typed: bool,
    /// [`Gazetteers::word_freq`].
    pub word_freq: bool,
}

/// The lists the shipped model uses.
pub const SHIPPED_LISTS: Lists = Lists {
    person_words: true,
    typed: true,
    word_freq: true,
};

impl Gazetteers {
    /// The lists compiled into the binary.
    pub fn shipped() -> Result<Self, ExtractError> {
        std::thread::scope(|s| {
            let phrases = s.spawn(|| PhraseGaz::parse(HARVESTED));
            let mut g = Self::static_lists();
            g.phrases = joined(phrases)?;
            Ok(g)
        })
    }

    /// The static lists with learnt phrases (`harvested.tsv`) and common words in place of
    /// the shipped ones (a user model folder).
    pub fn with_learnt(harvested: &str, common: &str) -> Result<Self, ExtractError> {
        let mut g = Self::static_lists();
        g.words.retain(|_, f| {
            *f &= !flag::COMMON;
            *f != 0
        });
        for w in common.lines().map(str::trim).filter(|w| !w.is_empty()) {
            *g.words.entry(w.to_owned()).or_default() |= flag::COMMON;
        }
        g.phrases = PhraseGaz::parse(harvested)?;
        Ok(g)
    }

    /// Everything but the harvested phrases (for training, which builds its own). The
    /// larger lists are read on threads of their own, side by side (`joined`).
    pub fn static_lists() -> Self {
        let mut g = Gazetteers::default();
        // Keyed by stem, and by the whole folded word too when that differs: the stem of
        // «فينيسيوس» is «ينيسيوس», and the mention must not lose its «ف» as if it were «and».
        let add = |word: &str, f: u16, g: &mut Gazetteers| {
            let key = phrase_key(word);
            if !key.is_empty() && !key.contains(' ') {
                let whole = crate::arabic::fold(word);
                if whole != key && !whole.contains(' ') {
                    *g.words.entry(whole).or_default() |= f;
                }
                *g.words.entry(key).or_default() |= f;
            }
        };
        for list in [FIRST_M, FIRST_F] {
            for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
                add(w, flag::FIRST_NAME, &mut g);
            }
        }
        for (list, f) in [
            (LAST, flag::LAST_NAME),
            (GIVEN_WORLD, flag::FIRST_NAME),
            (FAMILY_WORLD, flag::LAST_NAME),
        ] {
            for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
                add(w, f, &mut g);
            }
        }
        for (list, f) in [
            (COMMON, flag::COMMON),
            (GIVEN, flag::FIRST_NAME),
            (FAMILY, flag::LAST_NAME),
        ] {
            for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
                *g.words.entry(w.to_owned()).or_default() |= f;
            }
        }
        let mut country_names = Vec::new();
        for line in COUNTRIES.lines().skip(1) {
            if let Some((_, name)) = line.split_once(',') {
                let name = name.trim().trim_matches('"');
                country_names.push(name);
                let key = crate::arabic::fold(name);
                if !key.is_empty() {
                    if !key.contains(' ') {
                        add(name, flag::COUNTRY, &mut g);
                    }
                    if let Some(first) = key.split(' ').next() {
                        g.country_first.insert(first.to_owned());
                    }
                    g.countries.insert(key);
                }
            }
        }
        std::thread::scope(|s| {
            let world = s.spawn(|| world_phrases(&country_names));
            g.use_lists(SHIPPED_LISTS);
            (g.world, g.single_names) = joined(world);
        });
        g
    }

    /// Loads or drops the larger lists.
    pub fn use_lists(&mut self, lists: Lists) {
        std::thread::scope(|s| {
            let person = s.spawn(move || lists.person_words.then(person_words));
            let typed = s.spawn(move || lists.typed.then(typed_phrases));
            self.word_freq = lists.word_freq.then(word_freq).unwrap_or_default();
            self.person_words = joined(person).unwrap_or_default();
            self.typed = joined(typed).unwrap_or_default();
        });
    }

    /// The token's word-frequency bucket ([`Gazetteers::word_freq`]): the whole word as
    /// written (wordfreq keeps clitics on), else its stem.
    pub fn word_freq_bucket(&self, tok: &Token) -> Option<u8> {
        (self.word_freq.get(&tok.norm))
            .or_else(|| self.word_freq.get(&tok.stem))
            .copied()
    }

    /// How many Wikidata person names hold the token's word (by stem, or by the whole
    /// word when the stem lost a letter of the word itself).
    pub fn person_word_count(&self, tok: &Token) -> Option<u32> {
        self.person_words.get(&tok.stem).copied().or_else(|| {
            (tok.clitics.strippable > 0 && !tok.clitics.article)
                .then(|| self.person_words.get(&tok.norm).copied())
                .flatten()
        })
    }

    /// Flags of a stem.
    pub fn flags(&self, stem: &str) -> u16 {
        self.words.get(stem).copied().unwrap_or(0)
    }

    /// Each token's [`WordIds`], looked up («الامم» in the world list …).
    pub fn word_ids(&self, tokens: &[Token]) -> Vec<WordIds> {
        phrase_stems(tokens)
            .into_iter()
            .map(|s| [&self.phrases, &self.world, &self.typed].map(|p| p.word_id(s)))
            .collect()
    }
}

/// What a scoped thread returned; its panic, if it panicked, goes on in the caller. The
/// lists are independent tables, so loading builds them at once: on two cores the
/// extractor loads in about half the wall time (the Wikipedia names «الأمم المتحدة»
/// with their clitic forms take as long as the rest together).
pub(crate) fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_frequency_list_tells_common_words_from_rare_names() {
        let g = Gazetteers::static_lists();
        assert!(g.word_freq.len() > 90_000, "{}", g.word_freq.len());
        let bucket = |w: &str| g.word_freq_bucket(&crate::token::tokenize(w)[0]);
        // «في» is one word in 70; «الحكومة» one in ten thousand or so.
        assert_eq!(bucket("في"), Some(2));
        assert!(bucket("الحكومة").is_some_and(|b| (6..=9).contains(&b)));
        // Folded spellings find the word; a transliterated surname is too rare to list.
        assert_eq!(bucket("الحكومه"), bucket("الحكومة"));
        assert_eq!(bucket("نيستلروي"), None);
    }

    #[test]
    fn country_keys_are_whole_names() {
        let g = Gazetteers::static_lists();
        assert!(g.countries.contains("قطر"));
        assert!(g.countries.contains("الهند"));
        assert!(
            !g.countries.contains("هند"),
            "a country is matched with its article"
        );
    }
}
