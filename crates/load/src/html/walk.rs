//! The walk over the article's tree in document order, turning its elements into blocks:
//! headings, paragraphs, quotations and list items, a `<br>` ending a block.

use ego_tree::NodeRef;
use sahifa_model::BlockKind;
use scraper::Node;

use super::elements::{BLOCKS, is_block, is_dropped};
use crate::build::DocBuilder;

/// The blocks so far and the text of the block being read.
pub(super) struct Walker {
    out: DocBuilder,
    buf: String,
    /// The title's `<h1>`, already pushed as the title block: not repeated where it stood.
    skip: Option<ego_tree::NodeId>,
}

/// A step of the walk: enter a node (with the block kind around it), or leave a block.
enum Step<'a> {
    Enter(NodeRef<'a, Node>, BlockKind),
    Leave(BlockKind),
}

impl Walker {
    /// A walk that appends to `out`, skipping the node `skip` (the title's `<h1>`).
    pub(super) fn new(out: DocBuilder, skip: Option<ego_tree::NodeId>) -> Self {
        Self {
            out,
            buf: String::new(),
            skip,
        }
    }

    /// The blocks pushed, title included.
    pub(super) fn into_blocks(self) -> DocBuilder {
        self.out
    }

    pub(super) fn flush(&mut self, kind: BlockKind) {
        if !self.buf.trim().is_empty() {
            self.out.push(kind, &self.buf);
        }
        self.buf.clear();
    }

    /// Walks the tree in document order with an explicit stack (never recursion: pages
    /// may nest up to [`crate::LoadOptions::max_depth`] levels, and a worker thread's stack is
    /// small).
    pub(super) fn walk(&mut self, root: NodeRef<'_, Node>, kind: BlockKind) {
        let mut steps = vec![Step::Enter(root, kind)];
        while let Some(step) = steps.pop() {
            if self.out.exceeded().is_some() {
                return;
            }
            let (node, kind) = match step {
                Step::Leave(kind) => {
                    self.flush(kind);
                    continue;
                }
                Step::Enter(node, kind) => (node, kind),
            };
            let inner = match node.value() {
                Node::Text(t) => {
                    self.buf.push_str(t);
                    continue;
                }
                Node::Element(el) => {
                    if Some(node.id()) == self.skip || is_dropped(el) {
                        continue;
                    }
                    match self.element_kind(el.name(), kind) {
                        Some(inner) => inner,
                        None => continue,
                    }
                }
                Node::Document | Node::Fragment => kind,
                _ => continue,
            };
            if is_block(&node) {
                steps.push(Step::Leave(inner));
            }
            steps.extend(node.children().rev().map(|c| Step::Enter(c, inner)));
        }
    }

    /// The block kind inside element `name` (flushing the text before a block), or `None`
    /// for a line break.
    fn element_kind(&mut self, name: &str, kind: BlockKind) -> Option<BlockKind> {
        if name == "br" {
            self.flush(kind);
            return None;
        }
        if !BLOCKS.contains(&name) {
            return Some(kind);
        }
        self.flush(kind);
        Some(match name {
            "h1" => BlockKind::Heading { level: 1 },
            "h2" => BlockKind::Heading { level: 2 },
            "h3" => BlockKind::Heading { level: 3 },
            "h4" => BlockKind::Heading { level: 4 },
            "h5" => BlockKind::Heading { level: 5 },
            "h6" => BlockKind::Heading { level: 6 },
            "blockquote" => BlockKind::Quote,
            "li" | "dt" | "dd" if kind != BlockKind::Quote => BlockKind::ListItem,
            _ => kind,
        })
    }
}
