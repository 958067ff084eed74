//! `word/styles.xml`: which paragraph style id means which block kind, resolved through
//! the style's name, id, outline level and the style it is based on (`heading 1`,
//! «عنوان 1», `Title`, …).

use std::collections::HashMap;
use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::Event;
use sahifa_model::BlockKind;

use super::xml::{Depth, PartError, attr, next_event};

/// A style as declared in `styles.xml`.
#[derive(Default)]
struct StyleDef {
    name: Option<String>,
    outline: Option<u8>,
    based_on: Option<String>,
}

/// Resolved paragraph style id → kind.
pub(super) type Styles = HashMap<String, BlockKind>;

pub(super) fn parse_styles(xml: &mut dyn BufRead, max_depth: usize) -> Result<Styles, PartError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(max_depth);
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
pub(super) fn kind_from_name(name: &str) -> Option<BlockKind> {
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
}
