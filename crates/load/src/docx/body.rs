//! `word/document.xml`: the paragraphs and their text in document order, each pushed as a
//! block of the kind its style, numbering or outline level gives.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use sahifa_model::BlockKind;

use super::DocxError;
use super::styles::{Styles, kind_from_name};
use super::xml::{Depth, PartError, attr, next_event};
use crate::LoadOptions;
use crate::build::DocBuilder;

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

pub(super) fn parse_document(
    xml: &mut dyn BufRead,
    styles: &Styles,
    options: &LoadOptions,
) -> Result<DocBuilder, PartError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(options.max_depth);
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
    use std::collections::HashMap;

    use super::*;

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
