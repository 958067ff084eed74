//! W3C Web Annotation export (JSON-LD): one annotation per visible mention.
//!
//! Each annotation tags its target with the mention's label (`"purpose": "tagging"`), names
//! the entity it refers to (`"purpose": "identifying"`, the canonical name), carries the
//! entity's note if it has one (`"purpose": "commenting"`), and selects
//! the text twice: a `TextQuoteSelector` (`exact`, and up to 32 characters of `prefix` and
//! `suffix`) and a `TextPositionSelector` (`start`, `end`). The Web Annotation model counts
//! positions in Unicode code points, exactly like Sahifa's offsets.
//!
//! The annotations are the `items` of one `AnnotationPage`. The target `source` is the
//! article's `file://` IRI when its path is known, else `urn:sahifa:text:HASH`.

use serde_json::{Value, json};

use sahifa_model::{Annotations, Document, MentionStatus};

use crate::sidecar::schema::Quote;

fn source_iri(doc: &Document) -> String {
    match &doc.source.path {
        Some(p) => {
            let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            let s = abs.to_string_lossy().replace('\\', "/");
            let mut out = String::from("file://");
            if !s.starts_with('/') {
                out.push('/');
            }
            for c in s.chars() {
                match c {
                    ' ' => out.push_str("%20"),
                    '%' => out.push_str("%25"),
                    '#' => out.push_str("%23"),
                    '?' => out.push_str("%3F"),
                    c => out.push(c),
                }
            }
            out
        }
        None => format!("urn:sahifa:text:{}", doc.source.content_hash),
    }
}

/// The annotations of one document, as JSON-LD objects.
pub fn w3c_annotations(doc: &Document, ann: &Annotations) -> Vec<Value> {
    let source = source_iri(doc);
    ann.mentions
        .iter()
        .filter(|m| m.status != MentionStatus::Rejected)
        .enumerate()
        .map(|(k, m)| {
            let Quote {
                exact,
                prefix,
                suffix,
            } = crate::sidecar::quote(&doc.text, m.range);
            let mut body = vec![json!({
                "type": "TextualBody",
                "purpose": "tagging",
                "value": m.label.as_str(),
            })];
            if let Some(e) = m.entity.and_then(|id| ann.entity(id)) {
                body.push(json!({
                    "type": "TextualBody",
                    "purpose": "identifying",
                    "value": e.name,
                }));
                if let Some(note) = &e.note {
                    body.push(json!({
                        "type": "TextualBody",
                        "purpose": "commenting",
                        "value": note,
                    }));
                }
            }
            json!({
                "id": format!("urn:sahifa:{}:m{}", doc.source.content_hash, k + 1),
                "type": "Annotation",
                "motivation": "tagging",
                "body": body,
                "target": {
                    "source": source,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": exact,
                            "prefix": prefix,
                            "suffix": suffix,
                        },
                        {
                            "type": "TextPositionSelector",
                            "start": m.range.start(),
                            "end": m.range.end(),
                        }
                    ]
                }
            })
        })
        .collect()
}

/// An `AnnotationPage` holding `items`, pretty-printed, ending with a newline.
pub fn w3c_page(items: Vec<Value>) -> String {
    let page = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": items,
    });
    let mut s = serde_json::to_string_pretty(&page).unwrap_or_default();
    s.push('\n');
    s
}

/// One document's annotations as a W3C `AnnotationPage`.
pub fn to_w3c(doc: &Document, ann: &Annotations) -> String {
    w3c_page(w3c_annotations(doc, ann))
}
