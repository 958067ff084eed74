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

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ExtractError;
use crate::token::{Token, TokenKind};

/// Entity types of the training data, in file column order.
pub const GAZ_TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

/// Longest phrase (in tokens) a gazetteer holds.
pub const MAX_PHRASE: usize = 6;

/// Counts for one phrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhraseCounts {
    /// Entity occurrences per type (order of [`GAZ_TYPES`]).
    pub by_type: [u32; 4],
    /// Occurrences of the phrase in the corpora, tagged or not (at least the sum above).
    pub total: u32,
}

impl PhraseCounts {
    /// The most frequent type and its share of all occurrences.
    pub fn best(&self) -> Option<(usize, f32)> {
        let (t, &n) = self.by_type.iter().enumerate().max_by_key(|(_, n)| **n)?;
        if n == 0 {
            return None;
        }
        let total = self.total.max(self.by_type.iter().sum::<u32>()).max(1);
        Some((t, n as f32 / total as f32))
    }
}

/// Entity phrases keyed by space-joined stems.
#[derive(Clone, Debug, Default)]
pub struct PhraseGaz {
    /// Phrase → counts. Read-only after [`PhraseGaz::new`], which indexes it.
    pub map: HashMap<String, PhraseCounts>,
    /// The same phrases as a trie over word ids, so matching looks up each stem once and
    /// stops as soon as no phrase goes on.
    trie: Trie,
}

/// A word trie over the phrases of a [`PhraseGaz`]: node 0 is the root.
#[derive(Clone, Debug, Default)]
struct Trie {
    /// Stem → word id.
    vocab: HashMap<String, u32>,
    /// (node, word id) → child node.
    edges: HashMap<(u32, u32), u32>,
    /// Counts of the phrase ending at each node, if one does.
    counts: Vec<Option<PhraseCounts>>,
}

impl Trie {
    fn new(map: &HashMap<String, PhraseCounts>) -> Self {
        let mut t = Trie {
            counts: vec![None],
            ..Default::default()
        };
        for (key, c) in map {
            let mut node = 0u32;
            for word in key.split(' ') {
                let next_id = t.vocab.len() as u32;
                let id = *t.vocab.entry(word.to_owned()).or_insert(next_id);
                let next_node = t.counts.len() as u32;
                node = *t.edges.entry((node, id)).or_insert_with(|| next_node);
                if node == next_node {
                    t.counts.push(None);
                }
            }
            t.counts[node as usize] = Some(*c);
        }
        t
    }

    /// Word ids of stems; `None` for punctuation (empty stems) and unknown words.
    fn ids(&self, stems: &[&str]) -> Vec<Option<u32>> {
        stems
            .iter()
            .map(|s| {
                if s.is_empty() {
                    None
                } else {
                    self.vocab.get(*s).copied()
                }
            })
            .collect()
    }

    /// The longest phrase starting at `ids[i]`, at most [`MAX_PHRASE`] words.
    fn longest_at(&self, ids: &[Option<u32>], i: usize) -> Option<(usize, PhraseCounts)> {
        let mut best = None;
        let mut node = 0u32;
        for (n, id) in ids[i..].iter().take(MAX_PHRASE).enumerate() {
            let Some(&next) = id.and_then(|id| self.edges.get(&(node, id))) else {
                break;
            };
            node = next;
            if let Some(c) = self.counts.get(node as usize).copied().flatten() {
                best = Some((n + 1, c));
            }
        }
        best
    }
}

impl PhraseGaz {
    /// Parses the `harvested.tsv` format.
    pub fn parse(text: &str) -> Result<Self, ExtractError> {
        let mut map = HashMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 6 {
                return Err(ExtractError::Gazetteer(format!(
                    "harvested.tsv line {}: expected 6 columns, found {}",
                    n + 1,
                    cols.len()
                )));
            }
            let mut c = PhraseCounts::default();
            for (k, col) in cols[1..5].iter().enumerate() {
                c.by_type[k] = col.parse().map_err(|_| {
                    ExtractError::Gazetteer(format!("harvested.tsv line {}: bad count", n + 1))
                })?;
            }
            c.total = cols[5].parse().map_err(|_| {
                ExtractError::Gazetteer(format!("harvested.tsv line {}: bad total", n + 1))
            })?;
            map.insert(cols[0].to_owned(), c);
        }
        Ok(Self::new(map))
    }

    /// A gazetteer over these phrases.
    pub fn new(map: HashMap<String, PhraseCounts>) -> Self {
        let trie = Trie::new(&map);
        Self { map, trie }
    }

    /// Writes the `harvested.tsv` format, sorted for reproducibility.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<_> = self.map.iter().collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::from("# phrase\tPERS\tLOC\tORG\tMISC\ttotal\n");
        for (k, c) in rows {
            let [p, l, o, m] = c.by_type;
            out.push_str(&format!("{k}\t{p}\t{l}\t{o}\t{m}\t{}\n", c.total));
        }
        out
    }

    /// The longest phrase starting at `stems[i]`: (length in tokens, counts).
    pub fn longest_at(&self, stems: &[&str], i: usize) -> Option<(usize, PhraseCounts)> {
        let window = &stems[i..stems.len().min(i + MAX_PHRASE)];
        self.trie.longest_at(&self.trie.ids(window), 0)
    }

    /// The longest phrase starting at each position of `stems` ([`PhraseGaz::longest_at`]
    /// everywhere, each stem looked up once).
    pub fn longest_at_each(&self, stems: &[&str]) -> Vec<Option<(usize, PhraseCounts)>> {
        if self.map.is_empty() {
            return vec![None; stems.len()];
        }
        let ids = self.trie.ids(stems);
        (0..ids.len())
            .map(|i| self.trie.longest_at(&ids, i))
            .collect()
    }

    /// The longest phrase at each position, scanning left to right and skipping past each
    /// match, so matches never overlap: `(start, length in tokens, counts)`.
    pub fn longest_matches(&self, stems: &[&str]) -> Vec<(usize, usize, PhraseCounts)> {
        if self.map.is_empty() {
            return Vec::new();
        }
        self.longest_matches_of_ids(&self.trie.ids(stems))
    }

    /// The id of a stem among the words of the phrases ([`PhraseGaz::word_id`] of each
    /// of [`phrase_stems`] is what [`PhraseGaz::longest_matches_of_ids`] takes); `None`
    /// for an empty stem and a word no phrase holds.
    pub fn word_id(&self, stem: &str) -> Option<u32> {
        if stem.is_empty() {
            None
        } else {
            self.trie.vocab.get(stem).copied()
        }
    }

    /// [`PhraseGaz::longest_matches`] over word ids ([`PhraseGaz::word_id`]), for callers
    /// that keep the ids of the words they have seen.
    pub fn longest_matches_of_ids(&self, ids: &[Option<u32>]) -> Vec<(usize, usize, PhraseCounts)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < ids.len() {
            match self.trie.longest_at(ids, i) {
                Some((n, counts)) => {
                    out.push((i, n, counts));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Calls `visit(n, key)` for each phrase key starting at `stems[i]`, shortest first: `key`
/// is `n` stems joined by spaces, `n` at most [`MAX_PHRASE`]. Stops at an empty stem
/// (punctuation, see [`phrase_stems`]) or when `visit` returns false.
pub fn for_each_phrase_at(stems: &[&str], i: usize, mut visit: impl FnMut(usize, &str) -> bool) {
    let mut key = String::new();
    for (n, s) in stems[i..].iter().take(MAX_PHRASE).enumerate() {
        if s.is_empty() {
            break;
        }
        if n > 0 {
            key.push(' ');
        }
        key.push_str(s);
        if !visit(n + 1, &key) {
            break;
        }
    }
}

/// The stems [`PhraseGaz`] keys are made of, one per token: the token's key, or an empty
/// string for punctuation, which no phrase crosses. The gazetteer is harvested
/// (`sahifa-ner train`) and looked up (the tagger's features) on the same stems.
pub fn phrase_stems(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Punct {
                ""
            } else {
                t.key.as_str()
            }
        })
        .collect()
}

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

const COUNTRIES: &str = include_str!("../../../assets/gazetteers/countries-ar.csv");
const FIRST_M: &str = include_str!("../../../assets/gazetteers/first-names-male-ar.txt");
const FIRST_F: &str = include_str!("../../../assets/gazetteers/first-names-female-ar.txt");
const LAST: &str = include_str!("../../../assets/gazetteers/last-names-ar.txt");
const HARVESTED: &str = include_str!("../../../assets/gazetteers/harvested.tsv");
const COMMON: &str = include_str!("../../../assets/gazetteers/common-words.txt");
const GIVEN: &str = include_str!("../../../assets/gazetteers/given-names.txt");
const FAMILY: &str = include_str!("../../../assets/gazetteers/family-names.txt");
const GIVEN_WORLD: &str = include_str!("../../../assets/gazetteers/given-names-world.txt");
const FAMILY_WORLD: &str = include_str!("../../../assets/gazetteers/family-names-world.txt");
const WORLD: &str = include_str!("../../../assets/gazetteers/world-entities.tsv");
const CITIES: &str = include_str!("../../../assets/gazetteers/cities-ar.txt");
const PERSON_WORDS: &str =
    include_str!("../../../assets/gazetteers/wikidata-person-name-words.tsv");
const TYPED: &str = include_str!("../../../assets/gazetteers/arwikicats-typed-names.tsv");
const WORD_FREQ: &str = include_str!("../../../assets/gazetteers/wordfreq-ar.tsv");

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

/// The key of a name in a [`PhraseGaz`]: [`phrase_stems`] of its tokens, space-joined
/// (empty if it holds punctuation, which no phrase crosses).
pub fn phrase_gaz_key(name: &str) -> String {
    let toks = crate::token::tokenize(name);
    let stems = phrase_stems(&toks);
    if stems.iter().any(|s| s.is_empty()) || stems.len() > MAX_PHRASE {
        return String::new();
    }
    stems.join(" ")
}

/// The world-knowledge phrases: `TYPE \t name` lines of `world-entities.tsv` (types
/// PERS, ORG, LOC, MISC), city names and country names (LOC); and, read in the same pass,
/// the one-word names among them ([`Gazetteers::single_names`]).
fn world_phrases(countries: &[&str]) -> (PhraseGaz, HashSet<String>) {
    let mut map: HashMap<String, PhraseCounts> = HashMap::default();
    let mut single = HashSet::default();
    let mut add = |name: &str, t: usize| {
        add_name(&mut map, name, t);
        if !name.is_empty() && !name.contains(' ') {
            single.insert(crate::arabic::fold(name));
        }
    };
    for line in WORLD.lines().filter(|l| !l.starts_with('#')) {
        if let Some((ty, name)) = line.split_once('\t')
            && let Some(t) = GAZ_TYPES
                .iter()
                .position(|g| *g == ty || (ty == "PER" && *g == "PERS"))
        {
            add(name.trim(), t);
        }
    }
    for name in CITIES.lines().filter(|l| !l.starts_with('#')) {
        add(name.trim(), 1);
    }
    for name in countries {
        add(name, 1);
    }
    (PhraseGaz::new(map), single)
}

/// Adds `name` with type `t` to `map`, under its key and the keys of its forms with
/// leading clitics: stems are stripped aggressively, so «وفولكسفاغن» and «فولكسفاغن» need
/// not share a key. Only the first word changes.
fn add_name(map: &mut HashMap<String, PhraseCounts>, name: &str, t: usize) {
    const PREFIXES: [&str; 8] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"];
    let key = quick_key(name);
    let Some(first) = name.split(' ').next().filter(|_| !key.is_empty()) else {
        return;
    };
    let rest = key.split_once(' ').map(|(_, r)| r);
    let is_letter = |c: &char| ('\u{0621}'..='\u{064A}').contains(c);
    let folded = |w: &str| -> Vec<char> { crate::arabic::fold(w).chars().collect() };
    let (whole, tail) = (folded(first), first.strip_prefix("ال").map(folded));
    let mut word: Vec<char> = Vec::with_capacity(whole.len() + 3);
    for p in PREFIXES {
        // The form with the clitic: «ب» + «الرياض» → «بالرياض», «ل» + «الرياض» → «للرياض».
        word.clear();
        word.extend(p.chars());
        match &tail {
            Some(tail) if p.ends_with('ل') => {
                word.push('ل');
                word.extend(tail);
            }
            _ => word.extend(&whole),
        }
        let k = if word.iter().all(is_letter) {
            // One token: its key is the stem (what `quick_key` would give, without the
            // string round trip).
            word[crate::arabic::stem_start(&word)..].iter().collect()
        } else {
            let text: String = match first.strip_prefix("ال") {
                Some(tail) if p.ends_with('ل') => format!("{p}ل{tail}"),
                _ => format!("{p}{first}"),
            };
            quick_key(&text)
        };
        if k.is_empty() || k.contains(' ') {
            continue;
        }
        let k = match rest {
            Some(r) => format!("{k} {r}"),
            None => k,
        };
        if k != key {
            map.entry(k).or_default().by_type[t] = 1;
        }
    }
    map.entry(key).or_default().by_type[t] = 1;
}

/// [`phrase_gaz_key`] without the tokeniser when every word is Arabic letters only (one
/// token each, keyed by [`crate::arabic::stem_start`]): the lists hold some 200,000 name
/// forms, and loading must stay fast.
fn quick_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut folded = String::new();
    for (n, word) in name.split(' ').enumerate() {
        folded.clear();
        crate::arabic::fold_into(word, &mut folded);
        let chars: Vec<char> = folded.chars().collect();
        if n >= MAX_PHRASE
            || chars.is_empty()
            || !chars.iter().all(|c| ('\u{0621}'..='\u{064A}').contains(c))
        {
            return phrase_gaz_key(name);
        }
        if n > 0 {
            key.push(' ');
        }
        key.extend(&chars[crate::arabic::stem_start(&chars)..]);
    }
    key
}

/// The typed Wikipedia names (`TYPE \t name`; EVENT counted as MISC).
fn typed_phrases() -> PhraseGaz {
    let mut map: HashMap<String, PhraseCounts> = HashMap::default();
    for line in TYPED.lines().filter(|l| !l.starts_with('#')) {
        let Some((ty, name)) = line.split_once('\t') else {
            continue;
        };
        let t = match ty {
            "PER" => 0,
            "LOC" => 1,
            "ORG" => 2,
            "EVENT" => 3,
            _ => continue,
        };
        add_name(&mut map, name.trim(), t);
    }
    PhraseGaz::new(map)
}

/// The Wikidata person-name words: `word \t count \t latin` lines → count, keyed like
/// the other word lists (stem, and whole folded word when that differs).
fn person_words() -> HashMap<String, u32> {
    let mut map: HashMap<String, u32> = HashMap::default();
    for line in PERSON_WORDS.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(word), Some(count)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(n) = count.trim().parse::<u32>() else {
            continue;
        };
        let key = phrase_key(word.trim());
        if key.is_empty() || key.contains(' ') {
            continue;
        }
        let whole = crate::arabic::fold(word.trim());
        for k in [whole, key] {
            let e = map.entry(k).or_default();
            *e = (*e).max(n);
        }
    }
    map
}

/// Half-zipf bucket of a frequency in centibels (-100 … -650 → 2 … 13).
pub fn freq_bucket(centibels: i32) -> u8 {
    (centibels.unsigned_abs() / 50).clamp(1, 15) as u8
}

/// `wordfreq-ar.tsv`: `word \t centibels` lines → folded word → [`freq_bucket`] (the most
/// frequent spelling when folding joins two).
fn word_freq() -> HashMap<String, u8> {
    let mut map: HashMap<String, u8> = HashMap::default();
    for line in WORD_FREQ.lines().filter(|l| !l.starts_with('#')) {
        let Some((word, cb)) = line.split_once('\t') else {
            continue;
        };
        let Ok(cb) = cb.trim().parse::<i32>() else {
            continue;
        };
        let b = freq_bucket(cb);
        let e = map.entry(crate::arabic::fold(word.trim())).or_insert(b);
        *e = (*e).min(b);
    }
    map
}

/// Space-joined (conservative) stems of a phrase's words: the key of the word lists.
pub fn phrase_key(phrase: &str) -> String {
    // One word of Arabic letters is one token: its stem without the tokeniser (the lists
    // hold some 60,000 words, and loading must stay fast).
    let folded = crate::arabic::fold(phrase);
    let chars: Vec<char> = folded.chars().collect();
    if !chars.is_empty() && chars.iter().all(|c| ('\u{0621}'..='\u{064A}').contains(c)) {
        return chars[crate::arabic::clitics(&chars).with_article..]
            .iter()
            .collect();
    }
    let toks = crate::token::tokenize(phrase);
    let stems: Vec<&str> = toks.iter().map(|t| t.stem.as_str()).collect();
    stems.join(" ")
}

impl Gazetteers {
    /// The lists compiled into the binary.
    pub fn shipped() -> Result<Self, ExtractError> {
        let mut g = Self::static_lists();
        g.phrases = PhraseGaz::parse(HARVESTED)?;
        Ok(g)
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

    /// Everything but the harvested phrases (for training, which builds its own).
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
        (g.world, g.single_names) = world_phrases(&country_names);
        g.use_lists(SHIPPED_LISTS);
        g
    }

    /// Loads or drops the larger lists.
    pub fn use_lists(&mut self, lists: Lists) {
        self.person_words = if lists.person_words {
            person_words()
        } else {
            HashMap::default()
        };
        self.typed = if lists.typed {
            typed_phrases()
        } else {
            PhraseGaz::default()
        };
        self.word_freq = if lists.word_freq {
            word_freq()
        } else {
            HashMap::default()
        };
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

    #[test]
    fn quick_keys_are_the_tokeniser_keys() {
        for name in [
            "وفولكسفاغن",
            "بالرياض",
            "للأمم المتحدة",
            "كأس العالم",
            "فَيْصل",
            "ريال مدريد 2",
            "ـبنك",
            "أ",
            "وليد",
            "والي",
            "بالله",
        ] {
            assert_eq!(quick_key(name), phrase_gaz_key(name), "{name}");
            let toks = crate::token::tokenize(name);
            let stems: Vec<&str> = toks.iter().map(|t| t.stem.as_str()).collect();
            assert_eq!(phrase_key(name), stems.join(" "), "{name}");
        }
    }

    /// The keys `add_name` gave when it ran every form through the tokeniser.
    fn slow_keys(name: &str) -> Vec<String> {
        let key = phrase_gaz_key(name);
        let Some(first) = name.split(' ').next().filter(|_| !key.is_empty()) else {
            return Vec::new();
        };
        let rest = key.split_once(' ').map(|(_, r)| r);
        let mut keys = vec![key.clone()];
        for p in ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"] {
            let word = match first.strip_prefix("ال") {
                Some(tail) if p.ends_with('ل') => format!("{p}ل{tail}"),
                _ => format!("{p}{first}"),
            };
            let k = phrase_gaz_key(&word);
            if !k.is_empty() && !k.contains(' ') {
                keys.push(match rest {
                    Some(r) => format!("{k} {r}"),
                    None => k,
                });
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn name_forms_are_keyed_as_the_tokeniser_keys_them() {
        let names = WORLD
            .lines()
            .chain(TYPED.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t').map(|(_, n)| n.trim()))
            .step_by(7)
            .chain(["إلياس", "الـبنك", "ريال مدريد 2", "الله"]);
        for name in names {
            let mut map = HashMap::default();
            add_name(&mut map, name, 0);
            let mut got: Vec<String> = map.into_keys().collect();
            got.sort();
            assert_eq!(got, slow_keys(name), "{name}");
        }
    }

    /// The matching of the phrase gazetteers before their trie: the key of every prefix
    /// looked up as a string.
    fn longest_by_keys(g: &PhraseGaz, stems: &[&str], i: usize) -> Option<(usize, PhraseCounts)> {
        let mut best = None;
        for n in 1..=MAX_PHRASE.min(stems.len() - i) {
            if stems[i..i + n].iter().any(|s| s.is_empty()) {
                break;
            }
            if let Some(c) = g.map.get(&stems[i..i + n].join(" ")) {
                best = Some((n, *c));
            }
        }
        best
    }

    #[test]
    fn the_phrase_trie_finds_what_looking_up_every_key_finds() {
        let g = Gazetteers::shipped().expect("shipped lists");
        let text = "قال رئيس الوزراء في الأمم المتحدة إن ريال مدريد و نادي برشلونة . \
            والولايات المتحدة الأمريكية وجمهورية مصر العربية ، محمد بن سلمان ولي العهد";
        let toks = crate::token::tokenize(text);
        let stems = phrase_stems(&toks);
        for gaz in [&g.phrases, &g.world, &g.typed] {
            let each = gaz.longest_at_each(&stems);
            let mut found = 0;
            for (i, got) in each.iter().enumerate() {
                let want = longest_by_keys(gaz, &stems, i);
                found += usize::from(want.is_some());
                assert_eq!(gaz.longest_at(&stems, i), want, "at {i}");
                assert_eq!(*got, want, "at {i}");
            }
            assert!(found > 3, "the sentence holds listed names");
        }
    }
}
