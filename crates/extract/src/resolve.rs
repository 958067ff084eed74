//! Entity resolution: grouping mentions into entities.
//!
//! Mentions of one entity: the same label and the same folded name (a leading
//! conjunction/preposition ignored: «وقطر» = «قطر», «للجيش الكويتي» = «الجيش الكويتي»); an
//! acronym in parentheses and the name it follows; an event with or without its year; a
//! family name alone after (or before) a full PERSON name ending in it («الهملان» →
//! «سيف الهملان»); a shorter ORG that starts exactly one longer ORG («القوة البحرية» →
//! «القوة البحرية الكويتية»). Each entity gets its fullest form as canonical name and, for a
//! person, the title that introduced them.

use rustc_hash::FxHashMap as HashMap;

use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};

use crate::Span;
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

/// The text of a span with an elided-article preposition restored («للجيش» → «الجيش»).
fn display(chars: &[char], s: &Span) -> String {
    let text: String = chars[s.start..s.end].iter().collect();
    let folded = crate::arabic::fold(&text);
    if folded.starts_with("لل") && folded.chars().count() > 4 {
        let mut it = text.chars();
        it.next();
        return format!("ا{}", it.as_str());
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
    let n = spans.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (spans[i].start, spans[i].end));
    let texts: Vec<String> = spans.iter().map(|s| display(chars, s)).collect();
    let ws: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    let keys: Vec<String> = spans
        .iter()
        .zip(&ws)
        .map(|(s, w)| {
            let mut w: &[String] = w;
            if s.label == Label::Event
                && w.len() > 1
                && w.last()
                    .is_some_and(|x| x.chars().all(|c| c.is_ascii_digit()))
            {
                w = &w[..w.len() - 1];
            }
            w.join(" ")
        })
        .collect();
    let mut sets = Sets((0..n).collect());

    // Same label, same key.
    let mut by_key: HashMap<(Label, &str), usize> = HashMap::default();
    for &i in &order {
        if keys[i].is_empty() {
            continue;
        }
        match by_key.get(&(spans[i].label, keys[i].as_str())) {
            Some(&j) => sets.union(i, j),
            None => {
                by_key.insert((spans[i].label, keys[i].as_str()), i);
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
    // Family names after (or else before) a full name ending in them: full names indexed
    // by their last word, positions in text order, so this stays linear-ish on huge texts.
    let mut full_by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    for &j in &order {
        if spans[j].label == Label::Person
            && ws[j].len() >= 2
            && let Some(last) = ws[j].last()
        {
            full_by_last.entry(last.as_str()).or_default().push(j);
        }
    }
    for &i in &order {
        if spans[i].label != Label::Person || ws[i].len() != 1 {
            continue;
        }
        let Some(list) = full_by_last.get(ws[i][0].as_str()) else {
            continue;
        };
        // `list` is in text order: the last full name starting before this mention, else
        // the first one after it.
        let k = list.partition_point(|&j| spans[j].start < spans[i].start);
        let pick = if k > 0 { list.get(k - 1) } else { list.get(k) };
        if let Some(&j) = pick {
            sets.union(i, j);
        }
    }
    // A shorter ORG that begins exactly one longer ORG (candidates share the first word).
    let mut org_by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for &j in &order {
        if spans[j].label == Label::Org
            && let Some(first) = ws[j].first()
        {
            org_by_first.entry(first.as_str()).or_default().push(j);
        }
    }
    for &i in &order {
        if spans[i].label != Label::Org || ws[i].is_empty() {
            continue;
        }
        let Some(same_first) = org_by_first.get(ws[i][0].as_str()) else {
            continue;
        };
        let mut distinct: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        let mut target = None;
        for &j in same_first {
            if ws[j].len() > ws[i].len() && ws[j][..ws[i].len()] == ws[i][..] {
                distinct.insert(keys[j].as_str());
                target = Some(j);
                if distinct.len() > 1 {
                    break;
                }
            }
        }
        if distinct.len() == 1
            && let Some(t) = target
        {
            sets.union(i, t);
        }
    }

    // Entities, numbered in order of first mention.
    let mut ann = Annotations::default();
    let mut entity_of_root: HashMap<usize, EntityId> = HashMap::default();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
    for &i in &order {
        let root = sets.find(i);
        members.entry(root).or_default().push(i);
    }
    for &i in &order {
        let root = sets.find(i);
        if entity_of_root.contains_key(&root) {
            continue;
        }
        let id = EntityId(ann.entities.len() as u32);
        entity_of_root.insert(root, id);
        let group = &members[&root];
        let label = spans[root].label;
        let name_of = |k: &usize| texts[*k].trim().to_owned();
        let main: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&k| spans[k].alias_of.is_none())
            .collect();
        let pool = if main.is_empty() { group } else { &main };
        let mut name = pool
            .iter()
            .max_by_key(|k| (texts[**k].chars().count(), std::cmp::Reverse(**k)))
            .map(name_of)
            .unwrap_or_default();
        if let Some(alias) = group
            .iter()
            .filter(|&&k| spans[k].alias_of.is_some())
            .max_by_key(|k| texts[**k].chars().count())
            && !main.is_empty()
        {
            name = format!("{name} ({})", name_of(alias));
        }
        let title = group.iter().find_map(|&k| {
            spans[k]
                .title
                .map(|(s, e)| chars[s..e].iter().collect::<String>())
        });
        ann.entities.push(Entity {
            id,
            label,
            name,
            title,
            note: None,
        });
    }
    for &i in &order {
        let s = &spans[i];
        let Ok(range) = TextRange::new(s.start, s.end, chars.len()) else {
            continue;
        };
        ann.mentions.push(Mention {
            range,
            label: s.label,
            entity: entity_of_root.get(&sets.find(i)).copied(),
            status: MentionStatus::Auto,
        });
    }
    ann.sort_mentions();
    ann
}
