//! Links by a part of a name, within one article: a family name alone to the full name
//! ending in it, a shorter organisation to the one longer name it starts, a person's name
//! with his father's to the one longer name it starts.

use rustc_hash::FxHashMap as HashMap;

use sahifa_model::Label;

use super::classes::Classes;
use crate::Span;

/// Folded words that link the parts of a person's name: the word after one is not a
/// family name.
const NAME_LINKS: &[&str] = &[
    "بن", "ابن", "بنت", "ابو", "ابي", "ابا", "عبد", "ال", "ولد", "اب", "ام", "ذو",
];

/// The family name a full PERSON key offers: its last word, for two to five words not
/// ending in «link + word».
fn family_of(key: &str) -> Option<&str> {
    let words: Vec<&str> = key.split(' ').collect();
    let n = words.len();
    let ok = (2..=5).contains(&n) && !NAME_LINKS.contains(&words[n - 2]);
    ok.then(|| words[n - 1])
}

/// Family names after (or else before) a full name ending in them, in the same article:
/// full names indexed by article and last word, positions in text order.
pub(super) fn family_names(
    spans: &[Span],
    order: &[usize],
    classes: &Classes,
    article: &[usize],
    link: &mut [Option<usize>],
) {
    let person = |i: usize| spans[i].label == Label::Person;
    let mut full_by_last: HashMap<(usize, &str), Vec<usize>> = HashMap::default();
    for &j in order {
        if person(j)
            && let Some(last) = classes.key(j).and_then(family_of)
        {
            full_by_last.entry((article[j], last)).or_default().push(j);
        }
    }
    for &i in order {
        let Some(key) = classes.key(i).filter(|k| person(i) && !k.contains(' ')) else {
            continue;
        };
        let Some(list) = full_by_last.get(&(article[i], key)) else {
            continue;
        };
        // `list` is in text order: the last full name starting before this mention, else
        // the first one after it.
        let k = list.partition_point(|&j| spans[j].start < spans[i].start);
        let pick = if k > 0 { list.get(k - 1) } else { list.get(k) };
        link[i] = pick.copied();
    }
}

/// The first mention (in text order) of each (article, class) of `label`.
fn first_mentions(
    spans: &[Span],
    order: &[usize],
    classes: &Classes,
    article: &[usize],
    label: Label,
) -> HashMap<(usize, usize), usize> {
    let mut first: HashMap<(usize, usize), usize> = HashMap::default();
    for &i in order {
        if spans[i].label == label
            && let Some(c) = classes.class(i)
        {
            first.entry((article[i], c)).or_insert(i);
        }
    }
    first
}

/// What the organisations starting with a given word sequence are called in full.
enum Longer {
    /// All of them: this one class.
    One(usize),
    /// Two or more different names.
    Many,
}

/// A shorter ORG that begins exactly one longer ORG of its article joins it
/// («القوة البحرية» → «القوة البحرية الكويتية»), and so does the name that one longer ORG
/// gives after its descriptor («أبل» → «شركة أبل»). Each distinct name registers its word
/// prefixes (and its name after a descriptor) once per article; each mention then makes one
/// look-up. Returns the number of insertions and look-ups.
pub(super) fn org_prefixes<'a>(
    spans: &[Span],
    order: &[usize],
    classes: &'a Classes,
    article: &[usize],
    link: &mut [Option<usize>],
) -> usize {
    let mut work = 0;
    let first = first_mentions(spans, order, classes, article, Label::Org);
    let mut longer: HashMap<(usize, &str), Longer> = HashMap::default();
    for &(a, c) in first.keys() {
        let key = classes.keys[c].1.as_str();
        let prefixes = |k: &'a str| k.match_indices(' ').map(move |(b, _)| &k[..b]);
        // The name after a descriptor, and its own prefixes («الأهلي» of «نادي الأهلي
        // المصري»): a short form two clubs share links to neither.
        let rest = key
            .split_once(' ')
            .filter(|(head, _)| crate::rules::is_descriptor(head))
            .map(|(_, rest)| rest);
        let rest_forms = rest.into_iter().flat_map(|r| prefixes(r).chain([r]));
        for short in prefixes(key).chain(rest_forms) {
            work += 1;
            longer
                .entry((a, short))
                .and_modify(|l| *l = Longer::Many)
                .or_insert(Longer::One(c));
        }
    }
    for &i in order {
        if spans[i].label != Label::Org || link[i].is_some() {
            continue;
        }
        let Some(key) = classes.key(i) else { continue };
        work += 1;
        if let Some(&Longer::One(c)) = longer.get(&(article[i], key)) {
            link[i] = first.get(&(article[i], c)).copied();
        }
    }
    work
}

/// «حمدان بن محمد» in a headline and «حمدان بن محمد بن راشد آل مكتوم» in the article: a
/// person's name of three words or more with «بن» or «بنت» inside that begins
/// exactly one longer person's name of its article is that man. A given name alone
/// («محمد») never links this way: many men share it.
pub(super) fn person_prefixes(
    spans: &[Span],
    order: &[usize],
    classes: &Classes,
    article: &[usize],
    link: &mut [Option<usize>],
) {
    let person = |i: usize| spans[i].label == Label::Person;
    let first = first_mentions(spans, order, classes, article, Label::Person);
    let mut longer: HashMap<(usize, &str), Longer> = HashMap::default();
    for &(a, c) in first.keys() {
        let key = classes.keys[c].1.as_str();
        for (b, _) in key.match_indices(' ') {
            longer
                .entry((a, &key[..b]))
                .and_modify(|l| *l = Longer::Many)
                .or_insert(Longer::One(c));
        }
    }
    for &i in order {
        if !person(i) || link[i].is_some() {
            continue;
        }
        let Some(key) = classes.key(i).filter(|k| linked_name(k)) else {
            continue;
        };
        if let Some(&Longer::One(c)) = longer.get(&(article[i], key)) {
            link[i] = first.get(&(article[i], c)).copied();
        }
    }
}

/// Three words or more with «son/daughter of» between the first and the last: not
/// «أبو عبد الله», a by-name many men share.
fn linked_name(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| matches!(*w, "بن" | "ابن" | "بنت" | "ولد"))
}
