//! Acronyms: a name introduced in parentheses («(ديمكس 2026)», «(قنا)») names its entity
//! wherever it occurs and links to the full name it abbreviates.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use sahifa_model::Label;

use crate::rules::{self, Cand};
use crate::token::{Token, TokenKind};

/// An acronym's words (stems), its label, the token where its full name starts, and the
/// number it was introduced with («(كوب 31)»: «31»), left out of the words.
type AcronymKey<'t> = (Vec<&'t str>, Label, usize, Option<&'t str>);

/// An acronym introduced in parentheses («(ديمكس 2026)») names its entity wherever it
/// occurs, even inside a longer phrase a rule proposed («معرض ديمكس الدولي»).
pub(super) fn acronyms_everywhere(tokens: &[Token], cands: &mut Vec<Cand>) {
    // Each acronym once (the first place it was introduced is its target), indexed by its
    // first word, so the scan is one pass over the tokens however many times the article
    // repeats «(ديمكس 2026)».
    let mut by_first: HashMap<&str, Vec<AcronymKey>> = HashMap::default();
    let mut seen: FxHashSet<(Vec<&str>, Label)> = FxHashSet::default();
    for c in cands.iter_mut() {
        if c.alias_of.is_some() {
            // The acronym where it was introduced keeps its year: «(ديمكس 2026)».
            c.prio = rules::PRIO_EVENT + 2;
        }
    }
    for c in cands.iter() {
        let (Some(target), Some(label)) = (c.alias_of, c.label) else {
            continue;
        };
        let mut end = c.end;
        let mut number = None;
        if end - c.start > 1 && tokens[end - 1].kind == TokenKind::Number {
            end -= 1;
            number = Some(tokens[end].norm.as_str());
        }
        let key: Vec<&str> = tokens[c.start..end]
            .iter()
            .map(|t| t.stem.as_str())
            .collect();
        let Some(&first) = key.first() else { continue };
        if seen.insert((key.clone(), label)) {
            by_first
                .entry(first)
                .or_default()
                .push((key, label, target, number));
        }
    }
    let mut extra = Vec::new();
    for i in 0..tokens.len() {
        let Some(keys) = by_first.get(tokens[i].stem.as_str()) else {
            continue;
        };
        for (key, label, target, number) in keys {
            let Some(window) = tokens.get(i..i + key.len()) else {
                continue;
            };
            if !window.iter().zip(key).all(|(t, k)| t.stem == *k) {
                continue;
            }
            // ««كوب 31»» in a headline is the edition introduced as «(كوب 31)», its number
            // with it; «كوب 28», another edition, is not that acronym.
            let end = i + key.len();
            let edition = number.and_then(|n| match tokens.get(end) {
                Some(t) if t.kind == TokenKind::Number => Some(t.norm == n),
                _ => None,
            });
            if edition != Some(false) {
                let end = end + usize::from(edition == Some(true));
                let mut c = Cand::new(i, end, *label, rules::PRIO_EVENT + 1);
                c.alias_of = Some(*target);
                extra.push(c);
            }
        }
    }
    cands.extend(extra);
}

/// «وكالة الأنباء القطرية (قنا)»: a short parenthesised name right after an
/// organisation or event names the same thing, whoever found the two.
pub(super) fn link_paren_acronyms(tokens: &[Token], chosen: &mut Vec<Cand>) {
    let mut by_start: HashMap<usize, usize> = HashMap::default();
    for (k, c) in chosen.iter().enumerate() {
        by_start.insert(c.start, k);
    }
    let mut taken = vec![false; tokens.len()];
    for c in chosen.iter() {
        for t in &mut taken[c.start..c.end] {
            *t = true;
        }
    }
    let mut extra = Vec::new();
    for k in 0..chosen.len() {
        let c = &chosen[k];
        let Some(label) = c.label else { continue };
        if !matches!(label, Label::Org | Label::Event) || c.alias_of.is_some() {
            continue;
        }
        let open = c.end;
        if !tokens.get(open).is_some_and(|t| t.is_punct('(')) || names_a_part_of_it(tokens, c.start)
        {
            continue;
        }
        let Some(close) = (open + 1..tokens.len().min(open + 5)).find(|&j| tokens[j].is_punct(')'))
        else {
            continue;
        };
        let (s, e) = (open + 1, close);
        if s == e || tokens[s].kind != TokenKind::Word {
            continue;
        }
        let target = c.start;
        match by_start.get(&s) {
            Some(&a) if chosen[a].end == e => extra.push((Some(a), s, e, label, target)),
            None if !taken[s..e].iter().any(|&t| t) => extra.push((None, s, e, label, target)),
            _ => {}
        }
    }
    for (existing, s, e, label, target) in extra {
        match existing {
            Some(a) => {
                chosen[a].label = Some(label);
                chosen[a].alias_of = Some(target);
            }
            None => {
                let mut c = Cand::new(s, e, label, rules::PRIO_SPREAD);
                c.alias_of = Some(target);
                chosen.push(c);
            }
        }
    }
}

/// True when the organisation starting at `start` follows «قوة/قوات/بعثة» or «التابع(ة)»:
/// a bracketed name after it names the force, mission or body that belongs to it («قوات الأمم
/// المتحدة (يونيفيل)», «لجنة حقوق الإنسان التابعة للأمم المتحدة (UNHRC)»), not the
/// organisation.
fn names_a_part_of_it(tokens: &[Token], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| ["قوه", "قوات", "بعثه", "تابع", "تابعه"].contains(&t.stem.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// The texts of `text`'s EVENT mentions, as written.
    fn events(ex: &Extractor, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        ex.extract(text)
            .mentions
            .iter()
            .filter(|m| m.label.as_str() == "EVENT")
            .map(|m| chars[m.range.start()..m.range.end()].iter().collect())
            .collect()
    }

    #[test]
    fn an_acronym_with_its_edition_keeps_its_number_elsewhere() {
        let ex = Extractor::shipped().unwrap();
        for (text, edition) in [
            (
                "مصر تعرض في «كوب 32» خطتها للطاقة\n\nوقال الوزير على هامش مؤتمر الأمم المتحدة لتغير المناخ (كوب 32) إن بلاده ماضية في خطتها.",
                "كوب 32",
            ),
            (
                "وفد المغرب يصل إلى «كوب 33»\n\nوصل الوفد أمس للمشاركة في مؤتمر الأطراف (كوب 33) الذي يستمر أسبوعين.",
                "كوب 33",
            ),
            (
                "قطر تستعد لـ«ديمكس 2028»\n\nأعلنت اللجنة المنظمة لمعرض ومؤتمر الدوحة الدولي للدفاع البحري (ديمكس 2028) اكتمال التحضيرات.",
                "ديمكس 2028",
            ),
        ] {
            let found = events(&ex, text);
            assert_eq!(
                found.iter().filter(|e| *e == edition).count(),
                2,
                "{edition} twice in {found:?}"
            );
        }
    }
}
