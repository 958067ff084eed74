//! The date an article gives in its first lines (a dateline, a publication date), as
//! written: `2026-03-12`, `12/3/2026`, «12 مارس 2026», «١٢ كانون الثاني ٢٠٢٦».

use sahifa_extract::arabic::FoldedText;

/// Lines at the top of an article searched for a date.
const DATE_LINES: usize = 5;

/// Month names, folded: Egyptian/Gulf, Levantine and English.
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date in the first lines, as written: `2026-03-12`, `12/3/2026`, «12 مارس 2026»,
/// «١٢ كانون الثاني ٢٠٢٦».
pub fn date(text: &str) -> Option<String> {
    let lines = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATE_LINES);
    lines.into_iter().find_map(date_in_line)
}

fn date_in_line(line: &str) -> Option<String> {
    let line: String = line.chars().take(300).collect();
    let folded = FoldedText::new(&line);
    let original: Vec<char> = line.chars().collect();
    // Tokens of the folded line: (start, end) in folded chars, split at spaces and commas.
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in folded.chars.iter().enumerate() {
        let sep = c.is_whitespace() || matches!(c, '،' | ',' | '(' | ')' | '|' | '«' | '»');
        match (sep, start) {
            (true, Some(s)) => {
                tokens.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push((s, folded.chars.len()));
    }
    let tok = |t: (usize, usize)| -> String { folded.chars[t.0..t.1].iter().collect() };
    let back = |from: usize, to: usize| -> Option<String> {
        let s = *folded.origin.get(from)?;
        let e = *folded.origin.get(to.checked_sub(1)?)? + 1;
        Some(original.get(s..e)?.iter().collect())
    };
    for (i, &t) in tokens.iter().enumerate() {
        let word = tok(t);
        let word = word.trim_end_matches(['.', ':', '-']);
        if numeric_date(word) {
            return back(t.0, t.0 + word.chars().count());
        }
        let is_day =
            !word.is_empty() && word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit());
        if !is_day {
            continue;
        }
        let mut j = i + 1;
        let month = tokens.get(j).map(|&m| tok(m).to_lowercase());
        if !month.is_some_and(|m| MONTHS.contains(&m.as_str())) {
            continue;
        }
        j += 1;
        // Two-word months: «كانون الثاني», «تشرين الاول».
        if tokens.get(j).is_some_and(|&m| tok(m).starts_with("ال")) {
            j += 1;
        }
        if let Some(&y) = tokens.get(j) {
            let year = tok(y);
            let digits = year.chars().take_while(char::is_ascii_digit).count();
            if digits == 4 {
                return back(t.0, y.0 + 4);
            }
        }
    }
    None
}

/// `2026-03-12`, `12/3/2026`, `12.03.26`: three numbers joined by one separator, one of
/// them a year.
fn numeric_date(word: &str) -> bool {
    let Some(sep) = word.chars().find(|c| matches!(c, '/' | '-' | '.')) else {
        return false;
    };
    let parts: Vec<&str> = word.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    matches!(lens.as_slice(), [4, 1 | 2, 1 | 2] | [1 | 2, 1 | 2, 2 | 4])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_first_lines_are_found_as_written() {
        assert_eq!(
            date("الدوحة - ١٢ مارس ٢٠٢٦\nنص").as_deref(),
            Some("١٢ مارس ٢٠٢٦")
        );
        assert_eq!(
            date("عنوان\nبيروت، 3 كانون الثاني 2025").as_deref(),
            Some("3 كانون الثاني 2025")
        );
        assert_eq!(date("نشر في 2026-03-12.").as_deref(), Some("2026-03-12"));
        assert_eq!(date("12/3/2026 الدوحة").as_deref(), Some("12/3/2026"));
        assert_eq!(date("لا تاريخ هنا\nولا 12 هنا"), None);
    }
}
