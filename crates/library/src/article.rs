//! What the library keeps of one article, computed on a worker from its document and
//! annotations: title, date, entity counts, its entities ("units") with their mentions and
//! surface forms, and the words for the full-text index.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use sahifa_extract::arabic::is_clitic_prefix;
use sahifa_model::arabic::fold_char;
use sahifa_model::words::is_word_char;
use sahifa_model::{Annotations, Document, Label, MentionStatus};

use crate::entities::name_key;

/// Longest title kept, in chars.
const TITLE_CHARS: usize = 120;

/// One article, ready for the writer.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub path: PathBuf,
    pub hash: String,
    pub size: i64,
    pub mtime: i64,
    pub title: String,
    pub date: Option<String>,
    pub text: String,
    pub counts: String,
    pub units: Vec<Unit>,
    pub fts: String,
    /// Why the sidecar beside it was not used (unreadable, not a file, damaged): the
    /// article is indexed with the extractor's annotations and the user is told.
    pub warning: Option<String>,
}

/// One entity of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub local: u32,
    pub label: Label,
    pub name: String,
    pub key: String,
    /// Visible mentions, in text order (chars), with the index of their form in `forms`.
    pub mentions: Vec<(usize, usize, usize)>,
    /// Surface forms as written, with how often each occurs and where it first does.
    pub forms: Vec<Form>,
    /// An ORG's acronym written in brackets right after one of its mentions, folded.
    pub acronym: Option<String>,
}

/// One surface form of a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub text: String,
    pub count: u32,
    pub first: (usize, usize),
}

/// Everything the library stores about `doc` annotated with `ann`.
pub fn prepare(
    path: PathBuf,
    hash: String,
    (size, mtime): (i64, i64),
    doc: &Document,
    ann: &Annotations,
) -> Prepared {
    let text = doc.text.as_str();
    let units = units(text, ann);
    let mut per_label: BTreeMap<Label, u32> = BTreeMap::new();
    for u in &units {
        *per_label.entry(u.label).or_default() += 1;
    }
    let counts = per_label
        .iter()
        .map(|(l, n)| format!("{}={n}", l.as_str()))
        .collect::<Vec<_>>()
        .join(";");
    Prepared {
        path,
        hash,
        size,
        mtime,
        title: title(doc),
        date: crate::dateline::date(text),
        text: text.to_owned(),
        counts,
        units,
        fts: fts_words(text),
        warning: None,
    }
}

/// Parses the `counts` column back.
pub fn parse_counts(s: &str) -> Vec<(Label, u32)> {
    s.split(';')
        .filter_map(|part| {
            let (l, n) = part.split_once('=')?;
            Some((Label::parse(l)?, n.parse().ok()?))
        })
        .collect()
}

/// The first heading, else the first non-empty line, at most [`TITLE_CHARS`] chars.
fn title(doc: &Document) -> String {
    let line = doc
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| doc.text.as_str().lines().find(|l| !l.trim().is_empty()))
        .unwrap_or("");
    line.trim().chars().take(TITLE_CHARS).collect()
}

/// The entities of `ann` that have visible mentions, as units.
fn units(text: &str, ann: &Annotations) -> Vec<Unit> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for entity in &ann.entities {
        let ranges: Vec<(usize, usize)> = ann
            .mentions_of(entity.id)
            .filter(|m| m.status != MentionStatus::Rejected && m.range.end() <= chars.len())
            .map(|m| (m.range.start(), m.range.end()))
            .collect();
        if ranges.is_empty() {
            continue;
        }
        let mut forms: BTreeMap<String, Form> = BTreeMap::new();
        for &(s, e) in &ranges {
            let text: String = chars[s..e].iter().collect();
            forms
                .entry(text.clone())
                .or_insert(Form {
                    text,
                    count: 0,
                    first: (s, e),
                })
                .count += 1;
        }
        let acronym = (entity.label == Label::Org)
            .then(|| ranges.iter().find_map(|&(_, e)| acronym_after(&chars, e)))
            .flatten();
        let mut forms: Vec<Form> = forms.into_values().collect();
        forms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        let index: HashMap<&str, usize> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| (f.text.as_str(), i))
            .collect();
        let mentions = ranges
            .iter()
            .map(|&(s, e)| {
                let text: String = chars[s..e].iter().collect();
                (s, e, index.get(text.as_str()).copied().unwrap_or(0))
            })
            .collect();
        let name = if entity.name.trim().is_empty() {
            forms.first().map(|f| f.text.clone()).unwrap_or_default()
        } else {
            entity.name.clone()
        };
        out.push(Unit {
            local: entity.id.0,
            label: entity.label,
            key: name_key(&name),
            name,
            mentions,
            forms,
            acronym,
        });
    }
    out.retain(|u| !u.key.is_empty() && !is_relative_date(u));
    out
}

/// A date without a number in it («أمس», «اليوم», «يوم الثلاثاء», «العام الماضي») means a
/// different day in every article: as a library entity it would join unrelated articles
/// and top every entity's «appears with». Dates with a number («12 مارس 2026», «1445
/// هـ») are kept: the same date across articles is worth following.
fn is_relative_date(unit: &Unit) -> bool {
    unit.label == Label::Date && !unit.name.chars().any(char::is_numeric)
}

/// An acronym in brackets right after char `end`: «مجلس التعاون (GCC)» → `gcc`. One
/// word of 2–10 letters.
fn acronym_after(chars: &[char], end: usize) -> Option<String> {
    let rest = chars.get(end..)?;
    let mut i = rest.iter().take_while(|c| **c == ' ').count();
    if !matches!(rest.get(i), Some('(' | '（')) {
        return None;
    }
    i += 1;
    let inner: String = rest[i..]
        .iter()
        .take(16)
        .take_while(|c| !matches!(c, ')' | '）' | '\n'))
        .collect();
    let closed = rest
        .get(i + inner.chars().count())
        .is_some_and(|c| matches!(c, ')' | '）'));
    let word = inner.trim();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let one_word = word.chars().all(|c| is_word_char(c) || c == '.');
    (closed && one_word && (2..=10).contains(&letters)).then(|| {
        word.chars()
            .filter_map(fold_char)
            .filter(|c| *c != '.')
            .collect()
    })
}

/// The text for the full-text index: each folded word and, when it starts with a clitic
/// prefix (و ف, ب ك ل, ال, up to four letters) the rest after each such prefix, and for
/// «لل» (ل + the article with its alef elided) the word with «ال» restored — so that
/// whatever [`sahifa_extract::arabic::find_loose`] finds, the index finds too. Each word
/// once: the index only says which articles hold it.
pub fn fts_words(text: &str) -> String {
    let folded: String = text.chars().filter_map(fold_char).collect();
    let mut words: Vec<String> = Vec::new();
    for word in folded.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        words.push(word.to_owned());
        let w: Vec<char> = word.chars().collect();
        for k in 1..=4.min(w.len().saturating_sub(1)) {
            if is_clitic_prefix(&w[..k]) {
                words.push(w[k..].iter().collect());
            }
        }
        let skip = usize::from(matches!(w.first(), Some('و' | 'ف')));
        if w.len() > skip + 2 && w[skip] == 'ل' && w[skip + 1] == 'ل' {
            words.push(format!("ال{}", w[skip + 2..].iter().collect::<String>()));
        }
    }
    // The index says which articles hold a word, not how often: each word once.
    words.sort_unstable();
    words.dedup();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_holds_words_without_their_clitics() {
        let words = fts_words("وقطر وبالدوحة للجيش");
        for w in [
            "وقطر",
            "قطر",
            "وبالدوحه",
            "الدوحه",
            "دوحه",
            "للجيش",
            "الجيش",
        ] {
            assert!(words.split(' ').any(|x| x == w), "{w} in {words}");
        }
    }

    #[test]
    fn relative_dates_are_no_library_entities_but_numbered_ones_are() {
        let text = "وصل أمس إلى الدوحة في 12 مارس 2026";
        let mut ann = Annotations::default();
        for (i, (s, e)) in [(4, 7), (22, 34)].into_iter().enumerate() {
            let id = sahifa_model::EntityId(i as u32);
            let name: String = text.chars().skip(s).take(e - s).collect();
            ann.entities.push(sahifa_model::Entity {
                id,
                name,
                label: Label::Date,
                title: None,
                note: None,
            });
            ann.mentions.push(sahifa_model::Mention {
                range: sahifa_model::TextRange::unbounded(s, e).unwrap(),
                label: Label::Date,
                entity: Some(id),
                status: MentionStatus::Auto,
            });
        }
        let names: Vec<String> = units(text, &ann).into_iter().map(|u| u.name).collect();
        assert_eq!(names, vec!["12 مارس 2026".to_owned()]);
    }

    #[test]
    fn an_acronym_in_brackets_after_an_org_is_read() {
        let chars: Vec<char> = "مجلس التعاون (GCC) اليوم".chars().collect();
        assert_eq!(acronym_after(&chars, 12).as_deref(), Some("gcc"));
        assert_eq!(acronym_after(&chars, 4), None);
    }
}
