//! The XML reading shared by `styles.xml` and `document.xml`: events with their errors
//! sorted, the nesting guard, and attribute values whatever their namespace prefix.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::DocxError;
use crate::Exceeded;

/// Why reading a part stopped, before the part is named.
#[derive(Debug)]
pub(super) enum PartError {
    /// The stream failed (damaged data, or the cap).
    Read(std::io::Error),
    /// Not well-formed XML.
    Xml { position: u64, message: String },
    /// A limit or another error of the document.
    Docx(DocxError),
}

/// The next event of `reader`, its errors sorted into [`PartError`]s.
pub(super) fn next_event<'b>(
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

/// Tracks element nesting against [`crate::LoadOptions::max_depth`].
pub(super) struct Depth {
    now: usize,
    limit: usize,
}

impl Depth {
    /// Nothing open yet; `limit` is [`crate::LoadOptions::max_depth`].
    pub(super) fn new(limit: usize) -> Self {
        Self { now: 0, limit }
    }

    pub(super) fn track(&mut self, event: &Event<'_>) -> Result<(), PartError> {
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
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}
