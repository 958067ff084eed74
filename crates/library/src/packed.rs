//! A unit's surface forms and mention spans, packed into two text columns of its `units`
//! row instead of a row each: one insert per entity of an article rather than one per
//! mention, and the rebuild reads one table.
//!
//! - forms: `COUNT\tSTART\tEND\tTEXT` records separated by U+001E (a tab or U+001E in the
//!   text becomes a space: both are word breaks, so the folded key is the same);
//! - spans: `START:END:FORM` separated by `;`, `FORM` the index of the span's form.
//!
//! Decoding skips a malformed record rather than failing: the columns are ours, but a
//! damaged file must not stop a query.

use crate::article::Form;

const RECORD: char = '\u{1e}';

/// Packs forms.
pub fn forms(forms: &[Form]) -> String {
    let mut out = String::new();
    for (i, f) in forms.iter().enumerate() {
        if i > 0 {
            out.push(RECORD);
        }
        let text: String = f
            .text
            .chars()
            .map(|c| if c == '\t' || c == RECORD { ' ' } else { c })
            .collect();
        out.push_str(&format!(
            "{}\t{}\t{}\t{text}",
            f.count, f.first.0, f.first.1
        ));
    }
    out
}

/// Unpacks forms.
pub fn unpack_forms(s: &str) -> Vec<Form> {
    s.split(RECORD)
        .filter_map(|record| {
            let mut parts = record.splitn(4, '\t');
            let count = parts.next()?.parse().ok()?;
            let start = parts.next()?.parse().ok()?;
            let end = parts.next()?.parse().ok()?;
            let text = parts.next()?.to_owned();
            Some(Form {
                text,
                count,
                first: (start, end),
            })
        })
        .collect()
}

/// Packs spans: (start, end, form index).
pub fn spans(spans: &[(usize, usize, usize)]) -> String {
    spans
        .iter()
        .map(|(s, e, f)| format!("{s}:{e}:{f}"))
        .collect::<Vec<_>>()
        .join(";")
}

/// Unpacks spans.
pub fn unpack_spans(s: &str) -> Vec<(usize, usize, usize)> {
    s.split(';')
        .filter_map(|span| {
            let mut parts = span.split(':');
            Some((
                parts.next()?.parse().ok()?,
                parts.next()?.parse().ok()?,
                parts.next()?.parse().ok()?,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_spans_round_trip() {
        let f = vec![
            Form {
                text: "سيف الهملان".into(),
                count: 2,
                first: (3, 14),
            },
            Form {
                text: "الهم\tلان".into(),
                count: 1,
                first: (40, 48),
            },
        ];
        let back = unpack_forms(&forms(&f));
        assert_eq!(back[0], f[0]);
        assert_eq!(back[1].text, "الهم لان");
        let s = vec![(3, 14, 0), (20, 31, 0), (40, 48, 1)];
        assert_eq!(unpack_spans(&spans(&s)), s);
        assert!(unpack_spans("").is_empty());
        assert!(unpack_forms("garbage").is_empty());
    }
}
