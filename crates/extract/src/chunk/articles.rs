//! Where the articles of a multi-article file begin.
//!
//! A news file saved from a site or an agency feed holds one article after another: a
//! headline line — short, without final punctuation — after a blank line, then the body.
//! Document consistency (a name found once tagged everywhere, a family name alone joined
//! to a full name) must stay within one article, or one wrong guess spreads over the whole
//! file. A new article starts:
//! - at the start of the text;
//! - at a non-blank line after two or more blank lines;
//! - at a headline-like line after one blank line, when the last non-blank line before it
//!   was body text (not itself headline-like: a headline with its subtitle is one article).
//!
//! A crosshead inside an article that is not preceded by a blank line does not split it.

/// Most words in a headline.
const HEADLINE_WORDS: usize = 16;
/// Most chars in a headline.
const HEADLINE_CHARS: usize = 160;

/// True for a line that looks like a headline: 1–16 words, at most 160 chars, not ending
/// with sentence punctuation.
pub fn is_headline(line: &str) -> bool {
    let line = line.trim();
    // Cheapest test first, and counted only as far as the limits: this runs on every
    // line of every text, and most end with a full stop («… في الدوحة.»).
    let last = line.chars().next_back();
    !last.is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '؟' | ':' | '،' | ',' | '؛' | ';' | '…' | '-' | '–'
        )
    }) && line.chars().take(HEADLINE_CHARS + 1).count() <= HEADLINE_CHARS
        && (1..=HEADLINE_WORDS).contains(&line.split_whitespace().take(HEADLINE_WORDS + 1).count())
}

/// [`is_headline`] of a line held as chars, read in place: every line of every text is
/// asked, and most are body text, too long to be a headline.
fn is_headline_chars(line: &[char]) -> bool {
    let line = trim_chars(line);
    if line.len() > HEADLINE_CHARS {
        return false;
    }
    let stopped = line.last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '؟' | ':' | '،' | ',' | '؛' | ';' | '…' | '-' | '–'
        )
    });
    let words = || {
        line.split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count()
    };
    !stopped && (1..=HEADLINE_WORDS).contains(&words())
}

/// `line` without its leading and trailing whitespace (as [`str::trim`]).
fn trim_chars(line: &[char]) -> &[char] {
    let Some(start) = line.iter().position(|c| !c.is_whitespace()) else {
        return &[];
    };
    let end = line
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(start, |e| e + 1);
    &line[start..end]
}

/// What the scan remembers about the lines so far.
#[derive(Default)]
struct Scan {
    starts: Vec<usize>,
    /// Blank lines since the last non-blank one.
    blanks: usize,
    /// Whether any non-blank line was seen, and whether the last one was headline-like.
    last: Option<bool>,
}

impl Scan {
    fn line(&mut self, start: usize, line: &str) {
        if line.trim().is_empty() {
            self.blanks += 1;
            return;
        }
        self.text_line(start, is_headline(line));
    }

    /// A line that is not blank, starting at char `start`.
    fn text_line(&mut self, start: usize, headline: bool) {
        let new = match self.last {
            None => false,
            Some(prev_headline) => {
                self.blanks >= 2 || (self.blanks == 1 && headline && !prev_headline)
            }
        };
        if new {
            self.starts.push(start);
        }
        self.blanks = 0;
        self.last = Some(headline);
    }
}

/// Char offsets where articles start in `text`, in order; always begins with 0.
pub fn article_starts(text: &str) -> Vec<usize> {
    // One line (`extract --lines` gives every line alone) is one article: skip the scan.
    if !text.trim_end_matches('\n').contains('\n') {
        return vec![0];
    }
    let mut scan = Scan {
        starts: vec![0],
        ..Scan::default()
    };
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        scan.line(offset, line);
        offset += line.chars().count();
    }
    scan.starts
}

/// [`article_starts`] of a text held as chars.
pub fn article_starts_chars(chars: &[char]) -> Vec<usize> {
    // One line is one article, as in [`article_starts`].
    let body = chars.strip_suffix(&['\n']).unwrap_or(chars);
    if !body.contains(&'\n') {
        return vec![0];
    }
    let mut scan = Scan {
        starts: vec![0],
        ..Scan::default()
    };
    let mut offset = 0;
    for line in chars.split_inclusive(|&c| c == '\n') {
        if trim_chars(line).is_empty() {
            scan.blanks += 1;
        } else {
            scan.text_line(offset, is_headline_chars(line));
        }
        offset += line.len();
    }
    scan.starts
}

/// The article (index into `starts`) of char offset `at`.
pub fn article_of(starts: &[usize], at: usize) -> usize {
    starts.partition_point(|&s| s <= at).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "افتتاح معرض الكتاب في الرياض\n\nافتتح وزير الثقافة المعرض. وقال إنه مهم.\n\
                       ويستمر المعرض عشرة أيام.\n\nقمة الدوحة تبحث التعاون\n\nبحث القادة التعاون.\n";

    #[test]
    fn a_headline_after_a_blank_line_and_body_text_starts_an_article() {
        let starts = article_starts(TWO);
        assert_eq!(starts.len(), 2, "{starts:?}");
        let second: String = TWO.chars().skip(starts[1]).take(4).collect();
        assert_eq!(second, "قمة ");
        assert_eq!(
            article_starts_chars(&TWO.chars().collect::<Vec<_>>()),
            starts
        );
    }

    #[test]
    fn lines_held_as_chars_are_headlines_as_lines_held_as_text() {
        let long = "كلمة ".repeat(40);
        let lines = [
            "افتتاح معرض الكتاب في الرياض",
            "  قمة الدوحة تبحث التعاون \u{00A0}\n",
            "افتتح وزير الثقافة المعرض.",
            "وقال:",
            " \t\n",
            "",
            "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا ثلاثة أربعة خمسة ستة",
            "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا ثلاثة أربعة خمسة ستة سبعة",
            &long,
            &long[..long.len() - 50],
            "الرئيس – ",
        ];
        for line in lines {
            let chars: Vec<char> = line.chars().collect();
            assert_eq!(is_headline_chars(&chars), is_headline(line), "{line:?}");
            assert_eq!(trim_chars(&chars).is_empty(), line.trim().is_empty());
        }
    }

    #[test]
    fn one_line_is_one_article_with_or_without_its_line_ends() {
        for text in [
            "قمة الدوحة تبحث التعاون",
            "وقال الوزير إن الاتفاق مهم.\n",
            "عنوان\n\n\n",
            "",
        ] {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(article_starts(text), [0], "{text:?}");
            assert_eq!(article_starts_chars(&chars), [0], "{text:?}");
        }
        let two = "خبر أول انتهى.\n\n\nعنوان ثان";
        assert_eq!(article_starts(two), [0, 17]);
        assert_eq!(
            article_starts_chars(&two.chars().collect::<Vec<_>>()),
            [0, 17]
        );
    }

    #[test]
    fn a_crosshead_without_a_blank_line_and_a_subtitle_do_not_split_an_article() {
        let text = "عنوان الخبر\n\nعنوان فرعي للخبر\n\nفقرة أولى طويلة. انتهت.\n\
                    عنوان داخلي\nفقرة ثانية. انتهت.\n";
        assert_eq!(article_starts(text), [0]);
    }

    #[test]
    fn a_sentence_after_a_blank_line_continues_the_article_but_two_blank_lines_split() {
        let text = "فقرة أولى. انتهت.\n\nفقرة ثانية تنتهي بنقطة.\n\n\nخبر آخر يبدأ هنا.\n";
        let starts = article_starts(text);
        assert_eq!(starts.len(), 2);
        assert_eq!(article_of(&starts, 0), 0);
        assert_eq!(article_of(&starts, starts[1]), 1);
        assert_eq!(article_of(&starts, text.chars().count()), 1);
    }
}
