//! Entity resolution: grouping mentions into entities.
//!
//! Mentions of one entity: the same label and the same folded name (a leading
//! conjunction/preposition ignored: «وقطر» = «قطر», «للجيش الكويتي» = «الجيش الكويتي»); an
//! acronym in parentheses and the name it follows; an event with or without its year; a
//! family name alone after (or before) a full PERSON name ending in it («الهملان» →
//! «سيف الهملان»); a shorter ORG that starts exactly one longer ORG («القوة البحرية» →
//! «القوة البحرية الكويتية») or is the name after its descriptor («أبل» → «شركة أبل»). Each entity gets its fullest form as canonical name and, for a
//! person, the title that introduced them.
//!
//! Dates and titles are grouped within their article only. The two links by a part of a
//! name (family name alone, shorter organisation) stay within
//! one article of a multi-article text ([`crate::chunk::articles`]): a short form is joined
//! to a full name of its own article only, and where its article has none it stays an
//! entity of its own, so one guess never gathers a whole file's mentions. A family name is
//! the last word of a full name of two to five words that does not follow a name link
//! («… بن علي», «عبد الله»: a father's or a compound name).

use rustc_hash::FxHashMap as HashMap;

use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};

use crate::Span;
use crate::chunk::{CharIndex, articles};
use crate::token::{self, TokenKind};

/// Disjoint sets over mention indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier mention stays the root: ids follow text order.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// Where [`resolve_in`] reads the text of a span: a `[char]` slice, or a
/// [`CharIndex`] over a `&str` (an eighth of a byte per char instead of four).
pub trait SpanText {
    /// The chars `start..end`.
    fn text(&self, start: usize, end: usize) -> String;
    /// Length of the whole text in chars.
    fn char_len(&self) -> usize;
    /// Char offsets where the text's articles start ([`articles::article_starts`]).
    fn article_starts(&self) -> Vec<usize>;
}

impl SpanText for [char] {
    fn text(&self, start: usize, end: usize) -> String {
        self.get(start..end).unwrap_or_default().iter().collect()
    }
    fn char_len(&self) -> usize {
        self.len()
    }
    fn article_starts(&self) -> Vec<usize> {
        articles::article_starts_chars(self)
    }
}

impl SpanText for CharIndex<'_> {
    fn text(&self, start: usize, end: usize) -> String {
        self.slice(start, end).to_owned()
    }
    fn char_len(&self) -> usize {
        CharIndex::char_len(self)
    }
    fn article_starts(&self) -> Vec<usize> {
        articles::article_starts(self.text())
    }
}

/// The text of a span with an elided-article preposition restored («للجيش» → «الجيش»).
/// As many chars as the span, but for an organisation or event whose span starts after
/// the preposition («ل|لانتخابات البلدية»): its article gets its alef back, one char more
/// («الانتخابات البلدية»). Names of people and places are left as written («ل|لاوس»).
fn display<T: SpanText + ?Sized>(source: &T, s: &Span) -> String {
    let text = source.text(s.start, s.end);
    let folded = crate::arabic::fold(&text);
    if folded.starts_with("لل") && folded.chars().count() > 4 {
        let mut it = text.chars();
        it.next();
        return format!("ا{}", it.as_str());
    }
    let after_preposition = s.start > 0 && source.text(s.start - 1, s.start) == "ل";
    if matches!(s.label, Label::Org | Label::Event)
        && after_preposition
        && folded.starts_with("لا")
        && folded
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().count() > 4)
    {
        return format!("ا{text}");
    }
    text
}

/// Folded words of a mention's display text, punctuation dropped, leading و/ف/ب/ك/ل
/// dropped when the rest is still a word of 3+ chars and not an article-bearing form.
fn words(text: &str) -> Vec<String> {
    let toks = token::tokenize(text);
    let mut out: Vec<String> = toks
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.norm.clone())
        .collect();
    if let Some(first) = out.first_mut() {
        let c: Vec<char> = first.chars().collect();
        let strip = crate::arabic::clitics(&c).strippable;
        if strip > 0 && !(c.len() > 4 && c[0] == 'ل' && c[1] == 'ل') {
            *first = c[strip..].iter().collect();
        } else if c.len() > 4 && matches!(c[0], 'و' | 'ف') && c[1] != 'ا' {
            // «وقطر» (no article): the conjunction goes.
            *first = c[1..].iter().collect();
        }
    }
    out
}

/// Groups spans into entities; mentions in text order.
pub fn resolve(chars: &[char], spans: &[Span]) -> Annotations {
    resolve_in(chars, spans)
}

/// [`resolve`] reading the spans' texts from `source`. Linear in the mentions apart from
/// sorting them: every link is found through a hash map on folded names.
pub fn resolve_in<T: SpanText + ?Sized>(source: &T, spans: &[Span]) -> Annotations {
    resolve_counting(source, spans).0
}

/// [`resolve_in`], and how many look-ups and insertions linking organisations took.
fn resolve_counting<T: SpanText + ?Sized>(source: &T, spans: &[Span]) -> (Annotations, usize) {
    let n = spans.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (spans[i].start, spans[i].end));
    let starts = source.article_starts();
    let article: Vec<usize> = spans
        .iter()
        .map(|s| articles::article_of(&starts, s.start))
        .collect();
    let classes = Classes::new(source, spans, &order, &article);
    let mut link: Vec<Option<usize>> = vec![None; n];
    family_names(spans, &order, &classes, &article, &mut link);
    let work = org_prefixes(spans, &order, &classes, &article, &mut link);
    let mut sets = Sets((0..n).collect());
    // A short form joins the full name of its article; every other mention joins the
    // first other mention of its label and key.
    let mut rep: Vec<Option<usize>> = vec![None; classes.first.len()];
    for &i in &order {
        if let Some(j) = link[i] {
            sets.union(i, j);
        } else if let Some(c) = classes.class(i) {
            match rep[c] {
                Some(r) => sets.union(i, r),
                None => rep[c] = Some(i),
            }
        }
    }
    // Acronyms.
    for (i, s) in spans.iter().enumerate() {
        if let Some(j) = s.alias_of
            && j < n
        {
            sets.union(i, j);
        }
    }
    drop(classes);
    (annotations(source, spans, &order, &mut sets), work)
}

/// Marks a mention without a (non-empty) key in [`Classes::of`].
const NONE: u32 = u32::MAX;

/// Mentions grouped by label and key (folded words joined by spaces, an event's year
/// dropped): each distinct name is held once however often it occurs.
struct Classes {
    /// Per mention: its class, [`NONE`] when its key is empty.
    of: Vec<u32>,
    /// Per class: label and key.
    keys: Vec<(Label, String)>,
    /// Per class: its first mention in text order.
    first: Vec<usize>,
}

impl Classes {
    /// Classes of the mentions; a DATE or TITLE class is one article's («اليوم», «أمس»,
    /// «الرئيس» name another day or person in the next article).
    fn new<T: SpanText + ?Sized>(
        source: &T,
        spans: &[Span],
        order: &[usize],
        article: &[usize],
    ) -> Self {
        let mut ids: HashMap<(Label, String, usize), u32> = HashMap::default();
        let mut of = vec![NONE; spans.len()];
        let mut first = Vec::new();
        for &i in order {
            let key = key_of(source, &spans[i]);
            if key.is_empty() {
                continue;
            }
            let label = spans[i].label;
            let scope = if matches!(label, Label::Date | Label::Title) {
                article[i]
            } else {
                usize::MAX
            };
            let next = u32::try_from(first.len()).unwrap_or(NONE);
            of[i] = *ids.entry((label, key, scope)).or_insert_with(|| {
                first.push(i);
                next
            });
        }
        // Each key moves out of the map into its slot: held once.
        let mut keys = vec![(Label::Misc, String::new()); first.len()];
        for ((label, key, _), id) in ids {
            if let Some(slot) = keys.get_mut(id as usize) {
                *slot = (label, key);
            }
        }
        Self { of, keys, first }
    }

    /// The class of mention `i`.
    fn class(&self, i: usize) -> Option<usize> {
        let c = *self.of.get(i)?;
        (c != NONE).then_some(c as usize)
    }

    /// The key of mention `i`, if not empty.
    fn key(&self, i: usize) -> Option<&str> {
        self.class(i)
            .and_then(|c| self.keys.get(c))
            .map(|(_, k)| k.as_str())
    }
}

/// The key of a span: its folded words, an event's trailing year dropped.
fn key_of<T: SpanText + ?Sized>(source: &T, s: &Span) -> String {
    let mut w = words(&display(source, s));
    if s.label == Label::Event
        && w.len() > 1
        && w.last()
            .is_some_and(|x| x.chars().all(|c| c.is_ascii_digit()))
    {
        w.pop();
    }
    // «دولة الإمارات» and «الإمارات», «جمهورية ألمانيا الاتحادية» and «ألمانيا»: a
    // country's formal name is the country.
    if s.label == Label::Location && w.len() > 1 && STATE_HEADS.contains(&w[0].as_str()) {
        w.remove(0);
        while w.len() > 1
            && w.last()
                .is_some_and(|x| STATE_ADJECTIVES.contains(&x.as_str()))
        {
            w.pop();
        }
    }
    w.join(" ")
}

/// Heads of a country's formal name (folded, indefinite).
const STATE_HEADS: &[&str] = &["دوله", "سلطنه", "مملكه", "جمهوريه", "اماره"];

/// Adjectives that end a country's formal name (folded): «جمهورية مصر العربية».
const STATE_ADJECTIVES: &[&str] = &["الاتحاديه", "العربيه", "الاسلاميه", "الهاشميه"];

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
fn family_names(
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
fn org_prefixes<'a>(
    spans: &[Span],
    order: &[usize],
    classes: &'a Classes,
    article: &[usize],
    link: &mut [Option<usize>],
) -> usize {
    let mut work = 0;
    // First mention of each (article, class) of organisations.
    let mut first: HashMap<(usize, usize), usize> = HashMap::default();
    for &i in order {
        if spans[i].label == Label::Org
            && let Some(c) = classes.class(i)
        {
            first.entry((article[i], c)).or_insert(i);
        }
    }
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

/// What an entity's name and title are taken from, gathered over its mentions in text
/// order: (length, mention) pairs.
#[derive(Default)]
struct Group {
    /// The longest mention that is not an alias, the earliest of equals.
    main: Option<(usize, usize)>,
    /// The longest mention, the earliest of equals.
    any: Option<(usize, usize)>,
    /// The longest alias, the latest of equals.
    alias: Option<(usize, usize)>,
    /// The first mention with a title.
    title: Option<usize>,
}

impl Group {
    fn add(&mut self, i: usize, s: &Span) {
        let len = s.end.saturating_sub(s.start);
        let better =
            |best: Option<(usize, usize)>| best.is_none_or(|(l, k)| len > l || (len == l && i < k));
        if s.alias_of.is_none() && better(self.main) {
            self.main = Some((len, i));
        }
        if better(self.any) {
            self.any = Some((len, i));
        }
        if s.alias_of.is_some() && self.alias.is_none_or(|(l, _)| len >= l) {
            self.alias = Some((len, i));
        }
        if self.title.is_none() && s.title.is_some() {
            self.title = Some(i);
        }
    }
}

/// Entities numbered in order of first mention, with their fullest form as name; the
/// mentions in text order.
fn annotations<T: SpanText + ?Sized>(
    source: &T,
    spans: &[Span],
    order: &[usize],
    sets: &mut Sets,
) -> Annotations {
    let mut ann = Annotations::default();
    ann.mentions.reserve_exact(order.len());
    // Per root mention: its entity's index in `groups`, `NONE` until it has one.
    let mut entity_of_root: Vec<u32> = vec![NONE; spans.len()];
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for &i in order {
        let root = sets.find(i);
        let e = match entity_of_root[root] {
            NONE => {
                groups.push((root, Group::default()));
                entity_of_root[root] = u32::try_from(groups.len() - 1).unwrap_or(NONE);
                groups.len() - 1
            }
            e => e as usize,
        };
        let s = &spans[i];
        groups[e].1.add(i, s);
        if let Ok(range) = TextRange::new(s.start, s.end, source.char_len()) {
            ann.mentions.push(Mention {
                range,
                label: s.label,
                entity: Some(EntityId(e as u32)),
                status: MentionStatus::Auto,
            });
        }
    }
    let name_of = |i: usize| display(source, &spans[i]).trim().to_owned();
    ann.entities.reserve_exact(groups.len());
    for (e, (root, g)) in groups.into_iter().enumerate() {
        let mut name = g
            .main
            .or(g.any)
            .map(|(_, i)| name_of(i))
            .unwrap_or_default();
        if let (Some((_, alias)), Some(_)) = (g.alias, g.main) {
            name = format!("{name} ({})", name_of(alias));
        }
        let title = g
            .title
            .and_then(|i| spans[i].title)
            .map(|(s, e)| source.text(s, e));
        ann.entities.push(Entity {
            id: EntityId(e as u32),
            label: spans[root].label,
            name,
            title,
            note: None,
        });
    }
    ann.sort_mentions();
    ann
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` organisations «شركة X» with different X, then «شركة البحرية» once more and
    /// «القوة البحرية» / «القوة البحرية الكويتية»; all as one text.
    fn organisations(n: usize) -> (Vec<char>, Vec<Span>) {
        let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهي".chars().collect();
        let mut names: Vec<String> = (0..n)
            .map(|k| {
                let w: String = [k % 26, k / 26 % 26, k / 676 % 26]
                    .iter()
                    .map(|&d| letters[d])
                    .collect();
                format!("شركة {w}")
            })
            .collect();
        names.extend(["شركة", "القوة البحرية", "القوة البحرية الكويتية"].map(String::from));
        let mut chars = Vec::new();
        let mut spans = Vec::new();
        for name in names {
            let start = chars.len();
            chars.extend(name.chars());
            spans.push(Span {
                start,
                end: chars.len(),
                label: Label::Org,
                title: None,
                alias_of: None,
            });
            chars.extend(" و ".chars());
        }
        (chars, spans)
    }

    #[test]
    fn organisations_sharing_a_first_word_are_linked_with_work_linear_in_their_number() {
        let (chars, spans) = organisations(2_000);
        let (ann, work) = resolve_counting(&chars[..], &spans);
        // Per distinct two-word name one prefix and one name after its descriptor
        // inserted, one look-up per mention.
        assert!(
            work <= 3 * spans.len() + 2,
            "{work} steps for {}",
            spans.len()
        );
        let (chars4, spans4) = organisations(8_000);
        let (_, work4) = resolve_counting(&chars4[..], &spans4);
        assert!(
            work4 <= 4 * work + 8,
            "{work4} steps for 4× the mentions (was {work})"
        );
        // «شركة» alone begins thousands of names: no link. «القوة البحرية» begins one.
        let entity_of = |text: &str| {
            ann.mentions
                .iter()
                .find(|m| {
                    chars[m.range.start()..m.range.end()]
                        .iter()
                        .collect::<String>()
                        == text
                })
                .and_then(|m| m.entity)
        };
        assert_eq!(ann.entities.len(), 2_000 + 2);
        assert_eq!(
            entity_of("القوة البحرية"),
            entity_of("القوة البحرية الكويتية")
        );
        assert_ne!(entity_of("شركة"), entity_of("شركة بتث"));
    }

    /// Resolves `text` with ORG spans at each of `names` (first occurrence after the
    /// previous one) and returns the entity of each.
    fn org_entities(text: &str, names: &[&str]) -> (Annotations, Vec<Option<EntityId>>) {
        let chars: Vec<char> = text.chars().collect();
        let mut from = 0;
        let mut spans = Vec::new();
        for name in names {
            let at = from + text[from..].find(name).unwrap();
            let start = text[..at].chars().count();
            spans.push(Span {
                start,
                end: start + name.chars().count(),
                label: Label::Org,
                title: None,
                alias_of: None,
            });
            from = at + name.len();
        }
        let ann = resolve(&chars, &spans);
        let ids = ann.mentions.iter().map(|m| m.entity).collect();
        (ann, ids)
    }

    #[test]
    fn a_company_named_without_its_descriptor_is_the_same_company() {
        let text = "أعلنت شركة أبل عن هاتف. وقالت أبل إن حركة حماس وحماس وقناة الجزيرة والجزيرة.";
        let names = [
            "شركة أبل",
            "أبل",
            "حركة حماس",
            "حماس",
            "قناة الجزيرة",
            "الجزيرة",
        ];
        let (ann, ids) = org_entities(text, &names);
        assert_eq!(ids[0], ids[1]);
        assert_eq!(ids[2], ids[3]);
        assert_eq!(ids[4], ids[5]);
        assert_eq!(ann.entities.len(), 3);
        let apple = ann.entity(ids[1].unwrap()).unwrap();
        assert_eq!(apple.name, "شركة أبل", "the fuller form names the company");
    }

    #[test]
    fn a_short_name_two_clubs_share_joins_neither_and_a_fuller_one_joins_its_club() {
        // «الأهلي» could be either club: no guess.
        let text = "نادي الأهلي المصري ونادي الأهلي السعودي ثم الأهلي المصري والأهلي.";
        let names = [
            "نادي الأهلي المصري",
            "نادي الأهلي السعودي",
            "الأهلي المصري",
            "الأهلي",
        ];
        let (_, ids) = org_entities(text, &names);
        assert_eq!(ids[0], ids[2], "«الأهلي المصري» is the one club named so");
        assert_ne!(ids[3], ids[0]);
        assert_ne!(ids[3], ids[1]);
    }

    #[test]
    fn the_same_date_word_in_two_articles_is_two_entities_and_a_place_is_one() {
        let text = "خبر أول\n\nوصل اليوم إلى قطر. انتهى.\n\nخبر ثان\n\nغادر اليوم قطر. انتهى.\n";
        let chars: Vec<char> = text.chars().collect();
        let find = |word: &str, nth: usize, label: Label| {
            let at = text.match_indices(word).nth(nth).unwrap_or_default().0;
            let start = text[..at].chars().count();
            Span {
                start,
                end: start + word.chars().count(),
                label,
                title: None,
                alias_of: None,
            }
        };
        let spans = [
            find("اليوم", 0, Label::Date),
            find("قطر", 0, Label::Location),
            find("اليوم", 1, Label::Date),
            find("قطر", 1, Label::Location),
        ];
        let ann = resolve(&chars, &spans);
        let m = &ann.mentions;
        assert_ne!(m[0].entity, m[2].entity, "two days");
        assert_eq!(m[1].entity, m[3].entity, "one country");
    }
}
