//! Entity-level evaluation with conlleval semantics: an entity counts as correct when its
//! type and its exact token span match; precision, recall and F1 per type and
//! micro-averaged.
//!
//! The extractor's types map onto the CoNLL ones: PERSON → PERS, LOCATION → LOC, ORG → ORG,
//! MISC and EVENT → MISC (ANERcorp tags events such as «كأس العالم» as MISC); DATE and
//! TITLE are not scored.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use sahifa_model::Label;

use crate::Extractor;
use crate::conll::{self, Sentence};

/// Whether a found mention's chars `found` (start, end) are the gold mention
/// `start..end` of a gold file in the seed gold's format: the same end, and the same
/// start or one a leading clitic letter (و ف ب ل ك) apart, which those files accept.
/// `text` is the article's chars.
pub fn same_mention(text: &[char], found: (usize, usize), start: usize, end: usize) -> bool {
    if found.1 != end {
        return false;
    }
    let (a, b) = (found.0.min(start), found.0.max(start));
    b - a <= 1 && (a == b || matches!(text.get(a), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')))
}

/// Counts for one type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entities in the gold file.
    pub gold: usize,
    /// Entities predicted.
    pub pred: usize,
    /// Predicted entities that match a gold one exactly.
    pub correct: usize,
}

impl Counts {
    /// Precision, recall, F1 (0 when undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred == 0 {
            0.0
        } else {
            self.correct as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Scores per type and overall.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Per CoNLL type.
    pub by_type: BTreeMap<String, Counts>,
}

impl Scores {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[String], pred: &[String]) {
        self.add_words(gold, pred, None);
    }

    /// [`Scores::add`], printing missed (`-`) and spurious (`+`) entities to stderr when
    /// `words` are given.
    pub fn add_words(&mut self, gold: &[String], pred: &[String], words: Option<&[String]>) {
        if let Some(words) = words {
            let g = conll::spans(gold);
            let p = conll::spans(pred);
            for (sign, a, b) in [('-', &g, &p), ('+', &p, &g)] {
                for x in a.iter().filter(|x| !b.contains(x)) {
                    eprintln!("{sign} {} {}", x.2, words[x.0..x.1].join(" "));
                }
            }
        }
        let g = conll::spans(gold);
        let p = conll::spans(pred);
        for (_, _, t) in &g {
            self.by_type.entry(t.clone()).or_default().gold += 1;
        }
        for span in &p {
            let c = self.by_type.entry(span.2.clone()).or_default();
            c.pred += 1;
            if g.contains(span) {
                c.correct += 1;
            }
        }
    }

    /// Micro-averaged counts.
    pub fn micro(&self) -> Counts {
        self.by_type
            .values()
            .fold(Counts::default(), |a, c| Counts {
                gold: a.gold + c.gold,
                pred: a.pred + c.pred,
                correct: a.correct + c.correct,
            })
    }

    /// A conlleval-like table.
    pub fn report(&self) -> String {
        let mut out = String::from("type      gold  pred  corr   prec    rec     F1\n");
        let mut row = |name: &str, c: &Counts| {
            let (p, r, f) = c.prf();
            let _ = writeln!(
                out,
                "{name:<8} {:>5} {:>5} {:>5} {:>6.2} {:>6.2} {:>6.2}",
                c.gold,
                c.pred,
                c.correct,
                100.0 * p,
                100.0 * r,
                100.0 * f
            );
        };
        for (t, c) in &self.by_type {
            row(t, c);
        }
        row("micro", &self.micro());
        out
    }
}

/// The CoNLL type an extractor label is scored as.
pub fn conll_type(label: Label) -> Option<&'static str> {
    match label {
        Label::Person => Some("PERS"),
        Label::Location => Some("LOC"),
        Label::Org => Some("ORG"),
        Label::Misc | Label::Event => Some("MISC"),
        Label::Date | Label::Title => None,
    }
}

/// Runs the extractor over the sentences, `doc_size` sentences at a time as one document
/// (one line each), and scores its mentions against the gold tags.
pub fn evaluate(ex: &Extractor, sentences: &[Sentence], doc_size: usize) -> Scores {
    evaluate_verbose(ex, sentences, doc_size, false)
}

/// [`evaluate`], printing every error to stderr when `errors` is set.
pub fn evaluate_verbose(
    ex: &Extractor,
    sentences: &[Sentence],
    doc_size: usize,
    errors: bool,
) -> Scores {
    let mut scores = Scores::default();
    for doc in sentences.chunks(doc_size.max(1)) {
        let mut text = String::new();
        let mut word_spans: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut pos = 0;
        for s in doc {
            let spans = crate::conll::push_words(&s.words, &mut text, &mut pos);
            text.push('\n');
            pos += 1;
            word_spans.push(spans);
        }
        let chars: Vec<char> = text.chars().collect();
        let mentions = ex.spans(&chars);
        for (s, spans) in doc.iter().zip(&word_spans) {
            let mut pred = vec!["O".to_owned(); s.words.len()];
            for m in &mentions {
                let Some(ty) = conll_type(m.label) else {
                    continue;
                };
                let mut first = true;
                for (k, &(ws, we)) in spans.iter().enumerate() {
                    if ws < m.end && m.start < we && pred[k] == "O" {
                        pred[k] = format!("{}-{ty}", if first { 'B' } else { 'I' });
                        first = false;
                    }
                }
            }
            scores.add_words(&s.tags, &pred, errors.then_some(&s.words[..]));
        }
    }
    scores
}
