//! Word documents (`.docx`): the paragraphs of `word/document.xml`, with heading styles.
//!
//! # Format
//! A `.docx` is a ZIP archive; the body is `word/document.xml` (WordprocessingML), the
//! style definitions `word/styles.xml` (optional). Both are streamed from the archive into
//! the XML reader (never held whole in memory) with one cap on their *decompressed* size
//! together ([`crate::LoadOptions::max_unzipped_bytes`]): sizes declared in the archive are
//! checked first, and the cap is enforced again while inflating, so a zip bomb stops at the
//! cap whatever its headers claim. XML nested deeper than [`crate::LoadOptions::max_depth`]
//! is refused.
//!
//! # Paragraph kinds
//! A paragraph's kind comes from its style (`w:pStyle`), resolved through `styles.xml`:
//! the style's name — built-in styles keep English names such as `heading 1` even in
//! Arabic Word, whose user interface shows «عنوان 1» — or, when the name says nothing, its
//! id (`Heading1`, `Title`), then its outline level, then the style it is based on.
//! - `Title` (or «العنوان») → [`BlockKind::Title`] when it is the first paragraph, else a
//!   level-1 heading;
//! - `heading N` / «عنوان N» or outline level N−1 → [`BlockKind::Heading`] level N;
//!   `Subtitle` → level 2;
//! - `Quote`, `Intense Quote` → [`BlockKind::Quote`];
//! - `List Paragraph`, `List Bullet`, `List Number`, or any paragraph with numbering
//!   (`w:numPr`) → [`BlockKind::ListItem`];
//! - anything else → [`BlockKind::Paragraph`].
//!
//! When the first paragraph is a level-1 heading it becomes the title.
//!
//! # Text
//! The text of `w:t` runs in document order (tables included, cell by cell); a tab is a
//! space; a line break (`w:br`, `w:cr`) ends a block. Deleted revisions (`w:delText`),
//! field codes (`w:instrText`) and the fallback copy of drawings (`mc:Fallback`, which
//! repeats the text box it stands for) are skipped. Right-to-left paragraphs (`w:bidi`,
//! `w:rtl`) need nothing: WordprocessingML stores text in logical order.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;
use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use sahifa_model::BlockKind;

use crate::build::DocBuilder;
use crate::{Exceeded, LoadOptions};

/// Why a Word file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// The bytes are not a ZIP archive at all.
    NotAZip,
    /// The archive is cut short (its table of contents at the end is missing).
    Truncated,
    /// The archive is damaged; the ZIP reader's explanation.
    Corrupt(String),
    /// A ZIP archive, but without `word/document.xml`: not a Word document.
    NotWord,
    /// The parts inflate past the cap together: a zip bomb or an absurdly large document.
    TooLarge {
        /// The part being read at the cap, e.g. `word/document.xml`.
        part: &'static str,
        /// The cap in bytes ([`crate::LoadOptions::max_unzipped_bytes`]).
        limit: u64,
    },
    /// The document goes past a limit: nesting, text or paragraphs.
    Limit(Exceeded),
    /// A part is not well-formed XML.
    Xml {
        /// The part.
        part: &'static str,
        /// Byte offset in the decompressed part.
        position: u64,
        /// The parser's explanation.
        message: String,
    },
    /// No paragraph holds any text.
    NoText,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::NotAZip => write!(
                f,
                "it is not a Word .docx file (a .docx is a ZIP archive, and this is not one)"
            ),
            DocxError::Truncated => write!(
                f,
                "the Word file is incomplete (cut off; perhaps an interrupted download or copy)"
            ),
            DocxError::Corrupt(why) => write!(f, "the Word file is damaged ({why})"),
            DocxError::NotWord => write!(
                f,
                "the archive has no word/document.xml, so it is not a Word document"
            ),
            DocxError::TooLarge { part, limit } => write!(
                f,
                "its XML inflates to more than {} MB (at {part}), the most Sahifa reads from \
                 a Word file — a damaged file or a zip bomb; if it is a real document, save \
                 it as plain text or split it",
                limit / 1_000_000
            ),
            DocxError::Limit(exceeded) => exceeded.fmt(f),
            DocxError::Xml {
                part,
                position,
                message,
            } => write!(f, "{part} is not valid XML at byte {position}: {message}"),
            DocxError::NoText => write!(f, "the Word document has no text"),
        }
    }
}

impl std::error::Error for DocxError {}

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";

/// Extracts the blocks of a `.docx` within `options`' limits.
pub(crate) fn parse(bytes: &[u8], options: &LoadOptions) -> Result<DocBuilder, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        if !bytes.starts_with(b"PK") {
            DocxError::NotAZip
        } else if matches!(
            e,
            zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::Io(_)
        ) {
            DocxError::Truncated
        } else {
            DocxError::Corrupt(e.to_string())
        }
    })?;
    let budget = Budget {
        left: Cell::new(options.max_unzipped_bytes),
        exceeded: Cell::new(false),
        limit: options.max_unzipped_bytes,
    };
    check_declared_sizes(&mut archive, &budget)?;
    let styles = with_part(&mut archive, STYLES, &budget, |xml| {
        parse_styles(xml, options.max_depth)
    })?
    .unwrap_or_default();
    let mut out = with_part(&mut archive, DOCUMENT, &budget, |xml| {
        parse_document(xml, &styles, options)
    })?
    .ok_or(DocxError::NotWord)?;
    if out.is_empty() {
        return Err(DocxError::NoText);
    }
    if out.first_kind() == Some(BlockKind::Heading { level: 1 }) {
        out.promote_first_to_title();
    }
    Ok(out)
}

type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// What may still be inflated, shared by the parts of one file.
struct Budget {
    left: Cell<u64>,
    /// Set when a read went past the cap.
    exceeded: Cell<bool>,
    limit: u64,
}

/// A reader that fails once the [`Budget`] is spent.
struct Capped<'b, R> {
    inner: R,
    budget: &'b Budget,
}

impl<R: Read> Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let left = self.budget.left.get();
        if n as u64 > left {
            self.budget.exceeded.set(true);
            return Err(std::io::Error::other("the inflated size passed the cap"));
        }
        self.budget.left.set(left - n as u64);
        Ok(n)
    }
}

/// Refuses a file whose parts declare more than the cap together, before inflating any.
fn check_declared_sizes(archive: &mut Archive<'_>, budget: &Budget) -> Result<(), DocxError> {
    let mut total = 0u64;
    for part in [STYLES, DOCUMENT] {
        if let Ok(file) = archive.by_name(part) {
            total = total.saturating_add(file.size());
            if total > budget.limit {
                return Err(DocxError::TooLarge {
                    part,
                    limit: budget.limit,
                });
            }
        }
    }
    Ok(())
}

/// Runs `read` on the inflating stream of `part` (`None` when the part is absent). A part
/// in UTF-16 (a byte-order mark; rare) is decoded to UTF-8 first, within the same cap.
fn with_part<T>(
    archive: &mut Archive<'_>,
    part: &'static str,
    budget: &Budget,
    read: impl FnOnce(&mut dyn BufRead) -> Result<T, PartError>,
) -> Result<Option<T>, DocxError> {
    let file = match archive.by_name(part) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::Corrupt(e.to_string())),
    };
    let mut stream = BufReader::with_capacity(
        64 * 1024,
        Capped {
            inner: file,
            budget,
        },
    );
    let io_error = |e: std::io::Error| {
        if budget.exceeded.get() {
            DocxError::TooLarge {
                part,
                limit: budget.limit,
            }
        } else {
            DocxError::Corrupt(format!("{part}: {e}"))
        }
    };
    let head = stream.fill_buf().map_err(io_error)?;
    let result = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let mut raw = Vec::new();
            stream.read_to_end(&mut raw).map_err(io_error)?;
            let text = enc
                .decode_without_bom_handling(raw.get(bom..).unwrap_or_default())
                .0
                .into_owned();
            drop(raw);
            read(&mut text.as_bytes())
        }
        _ => read(&mut stream),
    };
    result.map(Some).map_err(|e| match e {
        PartError::Read(e) => io_error(e),
        PartError::Xml { position, message } => DocxError::Xml {
            part,
            position,
            message,
        },
        PartError::Docx(e) => e,
    })
}

/// Why reading a part stopped, before the part is named.
#[derive(Debug)]
enum PartError {
    /// The stream failed (damaged data, or the cap).
    Read(std::io::Error),
    /// Not well-formed XML.
    Xml { position: u64, message: String },
    /// A limit or another error of the document.
    Docx(DocxError),
}

/// The next event of `reader`, its errors sorted into [`PartError`]s.
fn next_event<'b>(
    reader: &mut Reader<&mut dyn BufRead>,
    buf: &'b mut Vec<u8>,
) -> Result<Event<'b>, PartError> {
    buf.clear();
    match reader.read_event_into(buf) {
        Ok(event) => Ok(event),
        Err(quick_xml::Error::Io(io)) => Err(PartError::Read(std::io::Error::new(
            io.kind(),
            io.to_string(),
        ))),
        Err(e) => Err(PartError::Xml {
            position: reader.error_position(),
            message: e.to_string(),
        }),
    }
}

/// Tracks element nesting against [`LoadOptions::max_depth`].
struct Depth {
    now: usize,
    limit: usize,
}

impl Depth {
    fn track(&mut self, event: &Event<'_>) -> Result<(), PartError> {
        match event {
            Event::Start(_) => self.now += 1,
            Event::End(_) => self.now = self.now.saturating_sub(1),
            _ => {}
        }
        if self.now > self.limit {
            return Err(PartError::Docx(DocxError::Limit(Exceeded::Depth {
                format: "Word XML",
                depth: self.now,
                limit: self.limit,
            })));
        }
        Ok(())
    }
}

/// The value of the attribute whose local name is `val` (any namespace prefix).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// A style as declared in `styles.xml`.
#[derive(Default)]
struct StyleDef {
    name: Option<String>,
    outline: Option<u8>,
    based_on: Option<String>,
}

/// Resolved paragraph style id → kind.
type Styles = HashMap<String, BlockKind>;

fn parse_styles(xml: &mut dyn BufRead, max_depth: usize) -> Result<Styles, PartError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth {
        now: 0,
        limit: max_depth,
    };
    let mut defs: HashMap<String, StyleDef> = HashMap::new();
    let mut current: Option<(String, StyleDef)> = None;
    loop {
        let event = next_event(&mut reader, &mut buf)?;
        depth.track(&event)?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => {
                    let is_para = attr(&e, "type").is_none_or(|t| t == "paragraph");
                    current = match attr(&e, "styleId") {
                        Some(id) if is_para => Some((id, StyleDef::default())),
                        _ => None,
                    };
                }
                "name" => {
                    if let Some((_, def)) = current.as_mut() {
                        def.name = attr(&e, "val");
                    }
                }
                "basedOn" => {
                    if let Some((_, def)) = current.as_mut() {
                        def.based_on = attr(&e, "val");
                    }
                }
                "outlineLvl" => {
                    if let Some((_, def)) = current.as_mut() {
                        def.outline = attr(&e, "val").and_then(|v| v.parse().ok());
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => {
                if let Some((id, def)) = current.take() {
                    defs.insert(id, def);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut styles = HashMap::new();
    for id in defs.keys() {
        if let Some(kind) = resolve_style(id, &defs) {
            styles.insert(id.clone(), kind);
        }
    }
    Ok(styles)
}

fn resolve_style(id: &str, defs: &HashMap<String, StyleDef>) -> Option<BlockKind> {
    let mut id = id;
    // Bounded walk up `basedOn`: style chains are short, cycles are possible in bad files.
    for _ in 0..16 {
        let def = defs.get(id);
        if let Some(kind) = def.and_then(|d| d.name.as_deref()).and_then(kind_from_name) {
            return Some(kind);
        }
        if let Some(kind) = kind_from_name(id) {
            return Some(kind);
        }
        if let Some(level) = def.and_then(|d| d.outline).filter(|l| *l < 9) {
            return Some(BlockKind::Heading { level: level + 1 });
        }
        id = def.and_then(|d| d.based_on.as_deref())?;
    }
    None
}

/// A kind from a style name or id (`heading 1`, `Heading1`, `Title`, «عنوان 1», …).
fn kind_from_name(name: &str) -> Option<BlockKind> {
    let key: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect();
    let heading_level = |rest: &str| -> Option<BlockKind> {
        let level: u8 = rest.parse().ok()?;
        (1..=9)
            .contains(&level)
            .then_some(BlockKind::Heading { level })
    };
    match key.as_str() {
        "title" | "العنوان" => Some(BlockKind::Title),
        "subtitle" | "عنوانفرعي" => Some(BlockKind::Heading { level: 2 }),
        "quote" | "intensequote" | "اقتباس" | "اقتباسمكثف" => {
            Some(BlockKind::Quote)
        }
        "listparagraph" | "listbullet" | "listnumber" | "فقرةقائمة" => {
            Some(BlockKind::ListItem)
        }
        _ => key
            .strip_prefix("heading")
            .or_else(|| key.strip_prefix("عنوان"))
            .and_then(heading_level),
    }
}

/// One paragraph being read.
struct Para {
    kind: Option<BlockKind>,
    list: bool,
    text: String,
}

impl Para {
    fn new() -> Self {
        Self {
            kind: None,
            list: false,
            text: String::new(),
        }
    }
    fn kind(&self) -> BlockKind {
        match self.kind {
            Some(k) => k,
            None if self.list => BlockKind::ListItem,
            None => BlockKind::Paragraph,
        }
    }
}

fn parse_document(
    xml: &mut dyn BufRead,
    styles: &Styles,
    options: &LoadOptions,
) -> Result<DocBuilder, PartError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth {
        now: 0,
        limit: options.max_depth,
    };
    let mut body = Body::new(options, styles);
    loop {
        let event = next_event(&mut reader, &mut buf)?;
        depth.track(&event)?;
        if let Some(exceeded) = body.out.exceeded() {
            return Err(PartError::Docx(DocxError::Limit(exceeded)));
        }
        if matches!(event, Event::Eof) {
            break;
        }
        body.event(event);
    }
    Ok(body.out)
}

/// Where the reading of `word/document.xml` is: the blocks so far and the paragraphs,
/// runs and text elements open.
struct Body<'a> {
    out: DocBuilder,
    styles: &'a Styles,
    /// A stack: text boxes put paragraphs inside paragraphs.
    paras: Vec<Para>,
    /// Inside `<w:t>`: text is article text.
    in_text: bool,
    /// Runs (`<w:r>`) open.
    in_run: usize,
    /// Inside an element whose text is not the article's (a fallback, deleted text, a
    /// field instruction): how deep.
    skip_depth: usize,
}

impl<'a> Body<'a> {
    fn new(options: &LoadOptions, styles: &'a Styles) -> Self {
        Self {
            out: DocBuilder::limited(options),
            styles,
            paras: Vec::new(),
            in_text: false,
            in_run: 0,
            skip_depth: 0,
        }
    }

    fn event(&mut self, event: Event<'_>) {
        if self.skip_depth > 0 {
            match event {
                Event::Start(_) => self.skip_depth += 1,
                Event::End(_) => self.skip_depth -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(e) => self.start(&e),
            Event::Empty(e) => self.empty(&e),
            Event::End(e) => match e.local_name().as_ref() {
                "p" => {
                    if let Some(p) = self.paras.pop() {
                        self.out.push(p.kind(), &p.text);
                    }
                }
                "r" => self.in_run = self.in_run.saturating_sub(1),
                "t" => self.in_text = false,
                _ => {}
            },
            Event::Text(t) if self.in_text => push_text(&mut self.paras, &t.xml10_content()),
            Event::CData(t) if self.in_text => push_text(&mut self.paras, &t.xml10_content()),
            Event::GeneralRef(r) if self.in_text => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                        .map(str::to_owned),
                };
                if let Some(s) = resolved {
                    push_text(&mut self.paras, &s);
                }
            }
            _ => {}
        }
    }

    /// An element opens: a paragraph, a run, text, something skipped, or a property.
    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "p" => self.paras.push(Para::new()),
            "r" => self.in_run += 1,
            "t" => self.in_text = true,
            "Fallback" | "delText" | "instrText" => self.skip_depth = 1,
            _ => para_property(e, self.paras.last_mut(), self.styles),
        }
    }

    /// An empty element: a tab, a hyphen, a line break (which ends a block) or a property.
    fn empty(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "tab" if self.in_run > 0 => push_text(&mut self.paras, " "),
            "noBreakHyphen" if self.in_run > 0 => push_text(&mut self.paras, "-"),
            "br" | "cr" if self.in_run > 0 => {
                if let Some(p) = self.paras.last_mut() {
                    self.out.push(p.kind(), &p.text);
                    p.text.clear();
                }
            }
            "p" => {}
            _ => para_property(e, self.paras.last_mut(), self.styles),
        }
    }
}

fn push_text(paras: &mut [Para], s: &str) {
    if let Some(p) = paras.last_mut() {
        p.text.push_str(s);
    }
}

/// Paragraph properties: style, numbering, outline level.
fn para_property(e: &BytesStart<'_>, para: Option<&mut Para>, styles: &Styles) {
    let Some(para) = para else {
        return;
    };
    match e.local_name().as_ref() {
        "pStyle" => {
            if let Some(id) = attr(e, "val") {
                para.kind = styles.get(&id).copied().or_else(|| kind_from_name(&id));
            }
        }
        "numPr" => para.list = true,
        "outlineLvl" => {
            if let Some(level) = attr(e, "val")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|l| *l < 9)
                && para.kind.is_none()
            {
                para.kind = Some(BlockKind::Heading { level: level + 1 });
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_names_and_ids() {
        assert_eq!(
            kind_from_name("heading 2"),
            Some(BlockKind::Heading { level: 2 })
        );
        assert_eq!(
            kind_from_name("Heading1"),
            Some(BlockKind::Heading { level: 1 })
        );
        assert_eq!(
            kind_from_name("عنوان 3"),
            Some(BlockKind::Heading { level: 3 })
        );
        assert_eq!(kind_from_name("Title"), Some(BlockKind::Title));
        assert_eq!(kind_from_name("Normal"), None);
    }

    #[test]
    fn styles_resolve_through_based_on_and_outline() {
        let xml = r#"<w:styles xmlns:w="x">
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="My Head"/>
              <w:basedOn w:val="1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Out"><w:name w:val="Out"/>
              <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
            <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="x"/></w:style>
        </w:styles>"#;
        let styles = parse_styles(&mut xml.as_bytes(), 100).unwrap();
        assert_eq!(styles.get("1"), Some(&BlockKind::Heading { level: 1 }));
        assert_eq!(styles.get("MyHead"), Some(&BlockKind::Heading { level: 1 }));
        assert_eq!(styles.get("Out"), Some(&BlockKind::Heading { level: 3 }));
        assert!(!styles.contains_key("Heading1Char"));
    }

    #[test]
    fn runs_breaks_and_skipped_text() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>سطر</w:t><w:tab/><w:t xml:space="preserve">أول &amp; </w:t>
              <w:br/><w:t>سطر ثان</w:t></w:r><w:del><w:r><w:delText>محذوف</w:delText></w:r></w:del></w:p>
            <w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>بند</w:t></w:r></w:p>
        </w:body></w:document>"#;
        let doc = parse_document(
            &mut xml.as_bytes(),
            &HashMap::new(),
            &LoadOptions::default(),
        )
        .unwrap()
        .finish(None, sahifa_model::Format::Docx, encoding_rs::UTF_8)
        .unwrap();
        assert_eq!(doc.text.as_str(), "سطر أول &\nسطر ثان\nبند");
        assert_eq!(doc.blocks()[2].kind, BlockKind::ListItem);
    }
}
