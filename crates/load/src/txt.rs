//! Plain-text articles (`.txt`).
//!
//! # Format
//! Any text in UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy encoding —
//! windows-1256 and ISO-8859-6 are recognised without being told (see [`crate::decode`]).
//! `\r\n` and lone `\r` become `\n`.
//!
//! # The text is the file's text
//! The document text is the decoded file with line endings normalised, nothing removed, so
//! character offsets are the file's offsets (gold annotations made on the file line up).
//! The one change: in a hard-wrapped file, the line breaks *inside* a paragraph become
//! spaces — one character for one, so offsets still match the file.
//!
//! # Paragraphs
//! Two layouts are told apart:
//! - **one paragraph per line** (the usual export of news sites and the seed corpus):
//!   every non-blank line is a block; blank lines are ignored.
//! - **hard-wrapped**: paragraphs separated by blank lines and broken into lines that end
//!   mid-sentence. Chosen when the body has blank-line-separated groups and most lines that
//!   are followed by another line in their group are unterminated (no final punctuation) and
//!   at least 60 % as long as the longest line of their group (so a short heading above a
//!   paragraph does not count). Each group is then one block.
//!
//! Lines starting with a bullet (`-`, `–`, `—`, `•`, `*`, `·`, `▪`) or a number of up to
//! three ASCII, Arabic-Indic or Persian digits followed by `.`, `-`, `)` or `/` and a space
//! are list items ([`BlockKind::ListItem`]), one per line in either layout.
//!
//! # Title
//! The first non-blank line is the title ([`BlockKind::Title`]) when more text follows, it
//! is at most [`TITLE_MAX_CHARS`] characters, and either a blank line follows it or it has
//! no final punctuation and the next line is longer.
//!
//! # Headings
//! A one-line block is a sub-heading ([`BlockKind::Heading`] level 2) — the way an Arabic
//! news article breaks its body into sections — when:
//! - it has at most [`HEADING_MAX_CHARS`] characters and [`HEADING_MAX_WORDS`] words;
//! - it ends in a letter, digit, `)` or a question mark (`?`, `؟`) — not in `.`, `،`, `:`,
//!   `؛`, `!`, `…` or a closing quote, which end sentences, introduce quotations, or close a
//!   quoted remark;
//! - it is not a dateline, byline or date: no spaced dash (` - `, ` – `, ` — `) as in
//!   «الدوحة - كونا», no colon as in «كتب: محمد علي», no first word from
//!   [`BYLINE_WORDS`], and digits are at most a quarter of its non-space characters
//!   («الأحد 29 نوفمبر 2026» is a date, «معرض ديمكس 2026» may be a heading);
//! - it is not a list item;
//! - the block after it is a paragraph longer than [`HEADING_MAX_CHARS`], and the block
//!   before it (if any, other than the title) is too. Short lines in a row (addresses,
//!   verse, name lists) and a short last line (a source tag such as «(كونا)») stay
//!   paragraphs.

use std::fmt;

use sahifa_model::{Block, BlockKind, TextRange};

mod blocks;
mod newlines;
mod shapes;

use blocks::{classify, group_lines, is_title, is_wrapped};
pub(crate) use newlines::normalise_newlines;
use newlines::unwrap_lines;

/// Longest first line that can be a title, in characters.
pub const TITLE_MAX_CHARS: usize = 150;
/// Longest line that can be a sub-heading, in characters.
pub const HEADING_MAX_CHARS: usize = 80;
/// Most words a sub-heading can have.
pub const HEADING_MAX_WORDS: usize = 12;

/// First words of bylines and credits, which are never headings.
pub const BYLINE_WORDS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "إعداد",
    "اعداد",
    "تصوير",
    "المصدر",
    "ترجمة",
    "تحرير",
    "مراسل",
];

/// Why a text file could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// The file holds only white space.
    NoText,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::NoText => write!(f, "the file contains only white space"),
        }
    }
}

impl std::error::Error for TextError {}

/// The blocks of a plain-text article, with its (possibly unwrapped) text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TextLayout {
    /// The text the blocks point into.
    pub(crate) text: String,
    /// Blocks in order.
    pub(crate) blocks: Vec<Block>,
    /// The title, if the first line is one.
    pub(crate) title: Option<String>,
}

/// One line of the file.
struct Line<'a> {
    /// The line without its line break and without surrounding white space.
    trimmed: &'a str,
    /// Char offset of `trimmed` in the text.
    start: usize,
    /// Char length of `trimmed`.
    len: usize,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }
    fn end(&self) -> usize {
        self.start + self.len
    }
}

/// Splits normalised text into blocks per the module rules.
pub(crate) fn layout(text: String) -> Result<TextLayout, TextError> {
    let lines = split_lines(&text);
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return Err(TextError::NoText);
    };
    let title_line = is_title(&lines, first).then_some(first);
    let body_start = title_line.map_or(first, |t| t + 1);
    let body = &lines[body_start..];

    let groups = group_lines(body, is_wrapped(body));
    let mut blocks = Vec::with_capacity(groups.len() + 1);
    let mut joins = Vec::new(); // line indices (in `lines`) whose '\n' becomes a space
    let mut title = None;
    if let Some(t) = title_line {
        title = Some(lines[t].trimmed.to_owned());
        push_block(
            &mut blocks,
            BlockKind::Title,
            lines[t].start,
            lines[t].end(),
        );
    }
    let kinds = classify(body, &groups);
    for (group, kind) in groups.iter().zip(kinds) {
        let (a, b) = (group.first, group.last);
        push_block(&mut blocks, kind, body[a].start, body[b].end());
        joins.extend((a..b).map(|i| body_start + i));
    }
    let text = if joins.is_empty() {
        text
    } else {
        unwrap_lines(text, &joins)
    };
    Ok(TextLayout {
        text,
        blocks,
        title,
    })
}

fn push_block(blocks: &mut Vec<Block>, kind: BlockKind, start: usize, end: usize) {
    if let Ok(range) = TextRange::unbounded(start, end) {
        blocks.push(Block { kind, range });
    }
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split('\n') {
        let raw_len = raw.chars().count();
        let lead = raw.chars().take_while(|c| c.is_whitespace()).count();
        let trimmed = raw.trim();
        lines.push(Line {
            trimmed,
            start: offset + lead,
            len: trimmed.chars().count(),
        });
        offset += raw_len + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(text: &str) -> (String, Vec<(BlockKind, String)>) {
        let layout = layout(normalise_newlines(text.to_owned())).unwrap();
        let chars: Vec<char> = layout.text.chars().collect();
        let blocks = layout
            .blocks
            .iter()
            .map(|b| {
                (
                    b.kind,
                    chars[b.range.start()..b.range.end()].iter().collect(),
                )
            })
            .collect();
        (layout.text, blocks)
    }

    const LONG: &str = "ناقش آمر القوة البحرية الكويتية مع رئيس أركان القوات المسلحة القطرية سبل تعزيز التعاون العسكري بين البلدين.";

    #[test]
    fn one_paragraph_per_line_with_a_heading_between() {
        let text = format!("عنوان الخبر\r\n\r\n{LONG}\r\nتعزيز التعاون بين البلدين\r\n{LONG}\r\n");
        let (out, blocks) = kinds_and_texts(&text);
        assert_eq!(out, text.replace("\r\n", "\n"));
        let kinds: Vec<_> = blocks.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Heading { level: 2 },
                BlockKind::Paragraph
            ]
        );
        assert_eq!(blocks[2].1, "تعزيز التعاون بين البلدين");
    }

    #[test]
    fn hard_wrapped_paragraphs_become_one_block_with_offsets_kept() {
        let text = "العنوان\n\nهذا سطر أول من فقرة مكسورة على عدة أسطر في\nالملف الأصلي وهو يكمل الجملة حتى تنتهي هنا.\n\nفقرة ثانية تبدأ هنا وتستمر على السطر\nالتالي أيضا حتى النهاية.\n";
        let (out, blocks) = kinds_and_texts(text);
        assert_eq!(out.chars().count(), text.chars().count());
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks[1].1,
            "هذا سطر أول من فقرة مكسورة على عدة أسطر في الملف الأصلي وهو يكمل الجملة حتى تنتهي هنا."
        );
        assert_eq!(blocks[2].0, BlockKind::Paragraph);
    }

    #[test]
    fn short_lines_in_a_row_and_a_closing_source_tag_stay_paragraphs() {
        let text = format!("{LONG}\nالكويت\nقطر\n{LONG}\nكونا\n");
        let (_, blocks) = kinds_and_texts(&text);
        assert!(
            blocks.iter().all(|(k, _)| *k == BlockKind::Paragraph),
            "{blocks:?}"
        );
    }

    #[test]
    fn datelines_bylines_dates_and_sentences_are_not_headings() {
        let text = format!(
            "{LONG}\nالدوحة - كونا\n{LONG}\nقال الوزير:\n{LONG}\nكتب محمد علي\n{LONG}\n\
             الأحد 29 نوفمبر 2026\n{LONG}\nالكويت: تعاون\n{LONG}\n"
        );
        let (_, blocks) = kinds_and_texts(&text);
        assert!(
            blocks.iter().all(|(k, _)| *k == BlockKind::Paragraph),
            "{blocks:?}"
        );
    }

    #[test]
    fn a_heading_may_hold_a_year_or_end_in_a_question_mark() {
        let text =
            format!("{LONG}\nمعرض ديمكس 2026 للدفاع البحري\n{LONG}\nماذا بعد الاجتماع؟\n{LONG}\n");
        let (_, blocks) = kinds_and_texts(&text);
        let kinds: Vec<_> = blocks.iter().map(|(k, _)| *k).collect();
        let h = BlockKind::Heading { level: 2 };
        let p = BlockKind::Paragraph;
        assert_eq!(kinds, [p, h, p, h, p]);
    }

    #[test]
    fn bullets_and_arabic_numbers_are_list_items() {
        let text = format!("{LONG}\n- البند الأول\n١- البند الثاني\n2026 عام جديد\n");
        let (_, blocks) = kinds_and_texts(&text);
        let kinds: Vec<_> = blocks.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn white_space_only_is_no_text() {
        assert_eq!(layout(" \n\t\n".to_owned()), Err(TextError::NoText));
    }
}
