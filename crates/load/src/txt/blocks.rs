//! From lines to blocks: whether the first line is a title, whether the body is
//! hard-wrapped, which lines make one block, and which blocks are headings or list items.

use sahifa_model::BlockKind;

use super::shapes::{ends_sentence, is_list_item, looks_like_heading};
use super::{HEADING_MAX_CHARS, Line, TITLE_MAX_CHARS};

pub(super) fn is_title(lines: &[Line<'_>], first: usize) -> bool {
    let line = &lines[first];
    let Some(next_nonblank) = lines[first + 1..].iter().find(|l| !l.is_blank()) else {
        return false;
    };
    if line.len > TITLE_MAX_CHARS || is_list_item(line.trimmed) {
        return false;
    }
    let blank_follows = lines.get(first + 1).is_some_and(Line::is_blank);
    blank_follows || (!ends_sentence(line.trimmed) && next_nonblank.len > line.len)
}

/// Is the body hard-wrapped? (See the module docs.)
pub(super) fn is_wrapped(body: &[Line<'_>]) -> bool {
    let runs = body
        .split(Line::is_blank)
        .filter(|run| !run.is_empty())
        .collect::<Vec<_>>();
    if runs.len() < 2 {
        return false;
    }
    let mut interior = 0usize;
    let mut wrapped_evidence = 0usize;
    for run in &runs {
        let longest = run.iter().map(|l| l.len).max().unwrap_or(0);
        for line in &run[..run.len() - 1] {
            interior += 1;
            if !ends_sentence(line.trimmed) && line.len * 10 >= longest * 6 {
                wrapped_evidence += 1;
            }
        }
    }
    interior > 0 && wrapped_evidence * 2 > interior
}

/// A block as a run of lines `first..=last` (indices into the body).
pub(super) struct Group {
    pub(super) first: usize,
    pub(super) last: usize,
}

pub(super) fn group_lines(body: &[Line<'_>], wrapped: bool) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut open = false;
    for (i, line) in body.iter().enumerate() {
        if line.is_blank() {
            open = false;
            continue;
        }
        match groups.last_mut() {
            Some(g) if wrapped && open && !is_list_item(line.trimmed) => g.last = i,
            _ => groups.push(Group { first: i, last: i }),
        }
        open = true;
    }
    groups
}

pub(super) fn classify(body: &[Line<'_>], groups: &[Group]) -> Vec<BlockKind> {
    let long = |g: &Group| g.first != g.last || body[g.first].len > HEADING_MAX_CHARS;
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let text = body[g.first].trimmed;
            if is_list_item(text) {
                return BlockKind::ListItem;
            }
            let prev_ok = match i.checked_sub(1) {
                Some(p) => long(&groups[p]) && !is_list_item(body[groups[p].first].trimmed),
                None => true,
            };
            let next_ok = groups
                .get(i + 1)
                .is_some_and(|n| long(n) && !is_list_item(body[n.first].trimmed));
            if g.first == g.last && prev_ok && next_ok && looks_like_heading(text) {
                BlockKind::Heading { level: 2 }
            } else {
                BlockKind::Paragraph
            }
        })
        .collect()
}
