//! The CoNLL writer of `extract`: `token TAG` lines in BIO over the seven types (or
//! ANERcorp's four), a blank line between sentences, kept across the pieces of a document.

use std::io::Write;

use crate::token::tokenize_chars;

/// CoNLL output across pieces: `token TAG` lines, a blank line before each line start
/// and at the end of a document.
#[derive(Default)]
pub(super) struct Conll {
    /// Something was written.
    any: bool,
    /// How many line breaks end the output (2 for two or more).
    tail: u8,
    /// ANERcorp's four tags (`PERS`, `LOC`, `ORG`, `MISC`; DATE and TITLE left out)
    /// instead of the seven types' names.
    anercorp_tags: bool,
    error: Option<std::io::Error>,
}

impl Conll {
    /// Nothing written yet; `anercorp_tags` as the field says.
    pub(super) fn new(anercorp_tags: bool) -> Self {
        Self {
            anercorp_tags,
            ..Self::default()
        }
    }

    /// The tokens of one piece (`chars`) with their tags from `spans` (sorted, disjoint:
    /// one moving index finds each token's span).
    pub(super) fn piece(&mut self, chars: &[char], spans: &[crate::Span], out: &mut dyn Write) {
        let mut k = 0;
        let mut prev: Option<usize> = None;
        let mut line = String::new();
        for t in tokenize_chars(chars) {
            if self.error.is_some() {
                return;
            }
            while k < spans.len() && spans[k].end <= t.start {
                k += 1;
            }
            let hit = spans
                .get(k)
                .filter(|s| s.start < t.end)
                .and_then(|s| Some((k, self.tag(s.label)?)));
            line.clear();
            if t.line_start && self.any && self.tail < 2 {
                line.push('\n');
            }
            line.extend(&chars[t.start..t.end]);
            match hit {
                Some((k, tag)) => {
                    let bio = if prev == Some(k) { 'I' } else { 'B' };
                    line.push_str(&format!(" {bio}-{tag}\n"));
                }
                None => line.push_str(" O\n"),
            }
            prev = hit.map(|(k, _)| k);
            (self.any, self.tail) = (true, 1);
            if let Err(e) = out.write_all(line.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    /// The tag written for `label`; `None` leaves the mention out.
    fn tag(&self, label: sahifa_model::Label) -> Option<&'static str> {
        if self.anercorp_tags {
            crate::eval::conll_type(label)
        } else {
            Some(label.as_str())
        }
    }

    /// Ends a document with a blank line.
    pub(super) fn finish(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        if self.tail < 2 {
            out.write_all(b"\n")?;
            (self.any, self.tail) = (true, self.tail + 1);
        }
        Ok(())
    }
}
