//! Reading the shipped lists into gazetteers: the world lists' names with their clitic
//! forms, the typed Wikipedia names, Wikidata's person-name words, word frequencies; and
//! the keys names are looked up by.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{CITIES, PERSON_WORDS, TYPED, WORD_FREQ, WORLD};
use super::{GAZ_TYPES, MAX_PHRASE, PhraseCounts, PhraseGaz, phrase_stems};

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
/// the one-word names among them ([`super::Gazetteers::single_names`]).
pub(super) fn world_phrases(countries: &[&str]) -> (PhraseGaz, HashSet<String>) {
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
/// not share a key. Only the first word changes. Each form's key is built in one reused
/// buffer and copied only when new (the lists hold some 50,000 names, nine forms each).
fn add_name(map: &mut HashMap<String, PhraseCounts>, name: &str, t: usize) {
    const PREFIXES: [&str; 8] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"];
    let key = quick_key(name);
    let Some(first) = name.split(' ').next().filter(|_| !key.is_empty()) else {
        return;
    };
    let rest = key.split_once(' ').map(|(_, r)| r);
    let (whole, tail) = (
        crate::arabic::fold(first),
        first.strip_prefix("ال").map(crate::arabic::fold),
    );
    let (mut word, mut chars) = (String::with_capacity(whole.len() + 6), Vec::new());
    let mut k = String::with_capacity(key.len() + 8);
    for p in PREFIXES {
        // The form with the clitic: «ب» + «الرياض» → «بالرياض», «ل» + «الرياض» → «للرياض».
        word.clear();
        word.push_str(p);
        match &tail {
            Some(tail) if p.ends_with('ل') => {
                word.push('ل');
                word.push_str(tail);
            }
            _ => word.push_str(&whole),
        }
        chars.clear();
        chars.extend(word.chars());
        k.clear();
        if chars.iter().all(is_letter) {
            // One token: its key is the stem (what `quick_key` would give, without the
            // string round trip). Every letter is two bytes in UTF-8.
            k.push_str(&word[2 * crate::arabic::stem_start(&chars)..]);
        } else {
            let text: String = match first.strip_prefix("ال") {
                Some(tail) if p.ends_with('ل') => format!("{p}ل{tail}"),
                _ => format!("{p}{first}"),
            };
            k.push_str(&quick_key(&text));
        }
        if k.is_empty() || k.contains(' ') {
            continue;
        }
        if let Some(r) = rest {
            k.push(' ');
            k.push_str(r);
        }
        if k != key {
            mark(map, &k, t);
        }
    }
    map.entry(key).or_default().by_type[t] = 1;
}

/// Whether `c` is one of the Arabic letters (hamza to yeh) a one-token word is made of.
fn is_letter(c: &char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(c)
}

/// Sets type `t` of phrase `k` in `map`, allocating the key only for a new phrase.
fn mark(map: &mut HashMap<String, PhraseCounts>, k: &str, t: usize) {
    match map.get_mut(k) {
        Some(c) => c.by_type[t] = 1,
        None => {
            let mut c = PhraseCounts::default();
            c.by_type[t] = 1;
            map.insert(k.to_owned(), c);
        }
    }
}

/// [`phrase_gaz_key`] without the tokeniser when every word is Arabic letters only (one
/// token each, keyed by [`crate::arabic::stem_start`]): the lists hold some 200,000 name
/// forms, and loading must stay fast.
fn quick_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut chars: Vec<char> = Vec::with_capacity(name.len());
    for (n, word) in name.split(' ').enumerate() {
        chars.clear();
        chars.extend(word.chars().filter_map(crate::arabic::fold_char));
        if n >= MAX_PHRASE || chars.is_empty() || !chars.iter().all(is_letter) {
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
pub(super) fn typed_phrases() -> PhraseGaz {
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
pub(super) fn person_words() -> HashMap<String, u32> {
    let mut map: HashMap<String, u32> = HashMap::default();
    for line in PERSON_WORDS.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(word), Some(count)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(n) = count.trim().parse::<u32>() else {
            continue;
        };
        let whole = crate::arabic::fold(word.trim());
        let key = key_of_folded(word.trim(), &whole);
        if key.is_empty() || key.contains(' ') {
            continue;
        }
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
pub(super) fn word_freq() -> HashMap<String, u8> {
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
    key_of_folded(phrase, &crate::arabic::fold(phrase))
}

/// [`phrase_key`] of `phrase` whose folded form is `folded` (folded once by callers that
/// need both, as the person-name words «محمد» do).
fn key_of_folded(phrase: &str, folded: &str) -> String {
    // One word of Arabic letters is one token: its stem without the tokeniser (the lists
    // hold some 60,000 words, and loading must stay fast).
    let chars: Vec<char> = folded.chars().collect();
    if !chars.is_empty() && chars.iter().all(is_letter) {
        return chars[crate::arabic::clitics(&chars).with_article..]
            .iter()
            .collect();
    }
    let toks = crate::token::tokenize(phrase);
    let stems: Vec<&str> = toks.iter().map(|t| t.stem.as_str()).collect();
    stems.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
