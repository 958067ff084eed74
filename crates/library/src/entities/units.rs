//! The units a rebuild starts from (one article's entity each, read from the `units`
//! table), with the forms a user's split carves out of them into pieces of their own
//! («الهملان» out of «سيف الهملان»).

use rusqlite::Connection;
use sahifa_model::Label;

use super::name_key;
use crate::LibraryError;
use crate::decisions::Decision;

/// One article's entity, as stored in `units` (or a piece carved out of one).
pub(super) struct UnitRow {
    pub(super) article: i64,
    pub(super) local: i64,
    pub(super) label: Label,
    pub(super) name: String,
    pub(super) key: String,
    pub(super) mentions: i64,
    pub(super) first: (i64, i64),
    pub(super) acronym: Option<String>,
    pub(super) forms: Forms,
    /// For a piece split off its unit by the user: the folded form it holds.
    pub(super) carved: Option<String>,
    /// The library entity it belonged to before this rebuild.
    pub(super) entity: Option<i64>,
}

/// One written form of a unit: its text, how often, and where it is first.
#[derive(Clone)]
pub(super) struct FormRow {
    pub(super) text: String,
    pub(super) count: i64,
    pub(super) first: (i64, i64),
}

/// A unit's forms, unpacked only when needed: most rebuilds look at few of them.
pub(super) enum Forms {
    Packed(String),
    Open(Vec<FormRow>),
}

impl Forms {
    pub(super) fn list(&self) -> std::borrow::Cow<'_, [FormRow]> {
        match self {
            Forms::Packed(s) => std::borrow::Cow::Owned(unpack(s)),
            Forms::Open(v) => std::borrow::Cow::Borrowed(v),
        }
    }

    fn take(&mut self) -> Vec<FormRow> {
        match std::mem::replace(self, Forms::Open(Vec::new())) {
            Forms::Packed(s) => unpack(&s),
            Forms::Open(v) => v,
        }
    }
}

fn unpack(s: &str) -> Vec<FormRow> {
    crate::packed::unpack_forms(s)
        .into_iter()
        .map(|f| FormRow {
            count: i64::from(f.count),
            first: (
                i64::try_from(f.first.0).unwrap_or(0),
                i64::try_from(f.first.1).unwrap_or(0),
            ),
            text: f.text,
        })
        .collect()
}

/// Every unit of the library, in article order.
pub(super) fn load_units(conn: &Connection) -> Result<Vec<UnitRow>, LibraryError> {
    let mut stmt = conn.prepare(
        "SELECT article, local, label, name, key, mentions, first_start, first_end, acronym,
                entity, forms
         FROM units ORDER BY article, local",
    )?;
    let units = stmt
        .query_map([], |r| {
            Ok(UnitRow {
                article: r.get(0)?,
                local: r.get(1)?,
                label: Label::parse(&r.get::<_, String>(2)?).unwrap_or(Label::Misc),
                name: r.get(3)?,
                key: r.get(4)?,
                mentions: r.get(5)?,
                first: (r.get(6)?, r.get(7)?),
                acronym: r.get(8)?,
                forms: Forms::Packed(r.get(10)?),
                carved: None,
                entity: r.get(9)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(units)
}

/// A split form written inside other units («الهملان» among the mentions of «سيف
/// الهملان») is carved out of them into pieces of its own, keyed by the form, so the split
/// can separate it.
pub(super) fn carve_split_forms(units: &mut Vec<UnitRow>, decisions: &[Decision]) {
    for d in decisions {
        let Decision::Split { label, alias, .. } = d else {
            continue;
        };
        let mut pieces = Vec::new();
        for u in units
            .iter_mut()
            .filter(|u| u.label == *label && u.key != *alias && u.carved.is_none())
        {
            let (inside, rest): (Vec<FormRow>, Vec<FormRow>) = u
                .forms
                .take()
                .into_iter()
                .partition(|f| name_key(&f.text) == *alias);
            let rest_first = rest.iter().map(|f| f.first).min();
            let rest_empty = rest.is_empty();
            u.forms = Forms::Open(rest);
            if inside.is_empty() {
                continue;
            }
            if rest_empty {
                u.forms = Forms::Open(inside);
                u.key = alias.clone();
                continue;
            }
            let taken: i64 = inside.iter().map(|f| f.count).sum();
            u.mentions -= taken;
            u.first = rest_first.unwrap_or(u.first);
            let name = inside
                .iter()
                .max_by_key(|f| f.count)
                .map(|f| f.text.clone())
                .unwrap_or_default();
            pieces.push(UnitRow {
                article: u.article,
                local: u.local,
                label: u.label,
                name,
                key: alias.clone(),
                mentions: taken,
                first: inside.iter().map(|f| f.first).min().unwrap_or(u.first),
                acronym: None,
                forms: Forms::Open(inside),
                carved: Some(alias.clone()),
                entity: None,
            });
        }
        units.extend(pieces);
    }
}
