//! Cross-article entities: the units (one article's entity each) grouped into library
//! entities, rebuilt in memory from the `units` table after every add and every
//! decision.
//!
//! Units join by (label, [`name_key`]). Then a one-word PERSON joins the unique multi-word
//! person whose last word it is; an ORG named by an acronym joins the unique ORG that
//! wrote it in brackets beside its name; then the user's decisions
//! ([`crate::decisions`]) are replayed in order. The canonical name shown is the most
//! frequent full form; ids stay stable through the `entity_ids` table.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Connection, params};
use sahifa_model::Label;
use sahifa_model::arabic::fold_char;
use sahifa_model::words::{is_word_char, leading_clitic};

use crate::LibraryError;
use crate::decisions::{self, Decision};
use crate::store::NewEntity;

/// The folded name that joins entities across articles: words folded
/// ([`fold_char`]), a leading clitic before «ال» dropped from the first word
/// («والدوحة» → «الدوحه»), words joined by one space.
pub fn name_key(name: &str) -> String {
    let mut out = String::new();
    for (i, word) in name
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let skip = if i == 0 {
            leading_clitic(word, |_| false)
        } else {
            0
        };
        let folded: String = word.chars().skip(skip).filter_map(fold_char).collect();
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&folded);
    }
    out
}

/// A `label` + key pair as stored in `entity_ids` and decisions.
pub fn labelled(label: Label, key: &str) -> String {
    format!("{}\t{key}", label.as_str())
}

struct UnitRow {
    article: i64,
    local: i64,
    label: Label,
    name: String,
    key: String,
    mentions: i64,
    first: (i64, i64),
    acronym: Option<String>,
    forms: Forms,
    /// For a piece split off its unit by the user: the folded form it holds.
    carved: Option<String>,
    /// The library entity it belonged to before this rebuild.
    entity: Option<i64>,
}

#[derive(Clone)]
struct FormRow {
    text: String,
    count: i64,
    first: (i64, i64),
}

/// A unit's forms, unpacked only when needed: most rebuilds look at few of them.
enum Forms {
    Packed(String),
    Open(Vec<FormRow>),
}

impl Forms {
    fn list(&self) -> std::borrow::Cow<'_, [FormRow]> {
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

/// Union–find over group indices.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[rb] = ra;
        }
    }
}

/// Recomputes every library entity from the units and the user's decisions, in one
/// transaction, and clears the `entities_dirty` flag.
pub fn rebuild(conn: &mut Connection) -> Result<(), LibraryError> {
    // One write transaction from the first read: an add in another process cannot slip
    // units in between, so what is written matches what was read.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut units = load_units(&tx)?;
    let decisions = decisions::load(&tx)?;
    carve_split_forms(&mut units, &decisions);
    let mut index: HashMap<(Label, &str), usize> = HashMap::new();
    let mut group_of_unit = Vec::with_capacity(units.len());
    for u in &units {
        let next = index.len();
        let g = *index.entry((u.label, u.key.as_str())).or_insert(next);
        group_of_unit.push(g);
    }
    let mut edges = automatic_edges(&units, &index);
    for d in &decisions {
        apply_decision(d, &index, &mut edges);
    }
    let mut groups = Groups {
        parent: (0..index.len()).collect(),
    };
    for (a, b) in edges {
        groups.union(a, b);
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &g) in group_of_unit.iter().enumerate() {
        clusters.entry(groups.find(g)).or_default().push(i);
    }
    write_clusters(&tx, &units, clusters.into_values())?;
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('entities_dirty', '0')",
        [],
    )?;
    tx.commit()?;
    Ok(())
}

fn load_units(conn: &Connection) -> Result<Vec<UnitRow>, LibraryError> {
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
fn carve_split_forms(units: &mut Vec<UnitRow>, decisions: &[Decision]) {
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

/// Family name alone → the unique multi-word person; acronym → the unique ORG that
/// wrote it in brackets.
fn automatic_edges(
    units: &[UnitRow],
    index: &HashMap<(Label, &str), usize>,
) -> Vec<(usize, usize)> {
    let mut by_last: HashMap<&str, HashSet<usize>> = HashMap::new();
    let mut by_acronym: HashMap<&str, HashSet<usize>> = HashMap::new();
    for ((label, key), &g) in index {
        if *label == Label::Person
            && let Some((_, last)) = key.rsplit_once(' ')
        {
            by_last.entry(last).or_default().insert(g);
        }
    }
    for u in units.iter().filter(|u| u.label == Label::Org) {
        if let (Some(a), Some(&g)) = (&u.acronym, index.get(&(Label::Org, u.key.as_str()))) {
            by_acronym.entry(a.as_str()).or_default().insert(g);
        }
    }
    let mut edges = Vec::new();
    for ((label, key), &g) in index {
        if key.contains(' ') {
            continue;
        }
        let candidates = match label {
            Label::Person => by_last.get(key),
            Label::Org => by_acronym.get(key),
            _ => None,
        };
        if let Some(set) = candidates
            && set.len() == 1
            && let Some(&target) = set.iter().next()
            && target != g
        {
            edges.push((target, g));
        }
    }
    edges
}

/// Replays one decision on the edge list: a merge adds an edge, a split removes every
/// edge that touches the split name's group.
fn apply_decision(
    d: &Decision,
    index: &HashMap<(Label, &str), usize>,
    edges: &mut Vec<(usize, usize)>,
) {
    match d {
        Decision::Merge { keep, other } => {
            let keep = (keep.0, keep.1.as_str());
            let other = (other.0, other.1.as_str());
            if let (Some(&a), Some(&b)) = (index.get(&keep), index.get(&other)) {
                edges.push((a, b));
            }
        }
        Decision::Split { label, alias, .. } => {
            if let Some(&g) = index.get(&(*label, alias.as_str())) {
                edges.retain(|&(a, b)| a != g && b != g);
            }
        }
    }
}

/// One cluster's figures before it is written.
struct Summary {
    label: Label,
    canonical: String,
    aliases: Vec<String>,
    names: Vec<String>,
    per_article: BTreeMap<i64, (i64, (i64, i64))>,
    mentions: i64,
}

fn summarise(units: &[UnitRow], members: &[usize]) -> Summary {
    let mut label_weight: HashMap<Label, i64> = HashMap::new();
    let mut names: HashMap<&str, (usize, i64)> = HashMap::new();
    let mut forms: HashMap<String, i64> = HashMap::new();
    let mut per_article: BTreeMap<i64, (i64, (i64, i64))> = BTreeMap::new();
    let mut keys: Vec<String> = Vec::new();
    let mut mentions = 0;
    for &i in members {
        let u = &units[i];
        *label_weight.entry(u.label).or_default() += u.mentions;
        let n = names.entry(u.name.as_str()).or_default();
        n.0 += 1;
        n.1 += u.mentions;
        for f in u.forms.list().iter() {
            *forms.entry(f.text.clone()).or_default() += f.count;
        }
        let entry = per_article.entry(u.article).or_insert((0, u.first));
        entry.0 += u.mentions;
        entry.1 = entry.1.min(u.first);
        mentions += u.mentions;
        keys.push(u.key.clone());
    }
    let label = label_weight
        .into_iter()
        .max_by_key(|&(l, w)| (w, std::cmp::Reverse(l)))
        .map_or(Label::Misc, |(l, _)| l);
    let canonical = names
        .iter()
        .max_by(|a, b| {
            let words = |s: &str| s.split_whitespace().count().min(2);
            (words(a.0), a.1.0, a.1.1, b.0).cmp(&(words(b.0), b.1.0, b.1.1, a.0))
        })
        .map(|(n, _)| (*n).to_owned())
        .unwrap_or_default();
    for (n, (count, _)) in &names {
        *forms.entry((*n).to_owned()).or_default() += i64::try_from(*count).unwrap_or(0);
    }
    let mut aliases: Vec<(String, i64)> =
        forms.into_iter().filter(|(f, _)| *f != canonical).collect();
    aliases.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    keys.sort();
    keys.dedup();
    Summary {
        label,
        canonical,
        aliases: aliases.into_iter().map(|(f, _)| f).collect(),
        names: keys,
        per_article,
        mentions,
    }
}

/// Gives each cluster its id (stable through `entity_ids`) and figures, and writes what
/// changed.
fn write_clusters(
    tx: &rusqlite::Transaction<'_>,
    units: &[UnitRow],
    clusters: impl Iterator<Item = Vec<usize>>,
) -> Result<(), LibraryError> {
    let stored: HashMap<i64, (i64, i64)> = {
        let mut stmt = tx.prepare("SELECT id, articles, mentions FROM entities")?;
        stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<Result<_, _>>()?
    };
    let mut kept: HashSet<i64> = HashSet::new();
    let mut changed: Vec<Vec<usize>> = Vec::new();
    for members in clusters {
        match unchanged(units, &members, &stored) {
            Some(id) if kept.insert(id) => {}
            _ => changed.push(members),
        }
    }
    let mut known: HashMap<String, i64> = {
        let mut stmt = tx.prepare("SELECT key, id FROM entity_ids")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    let mut next_id = known.values().max().copied().unwrap_or(0) + 1;
    let mut used: HashSet<i64> = kept.clone();
    let mut new_id = tx.prepare("INSERT OR REPLACE INTO entity_ids (key, id) VALUES (?1, ?2)")?;
    let mut out = Vec::new();
    for members in changed {
        let s = summarise(units, &members);
        let canonical_key = name_key(&s.canonical);
        let id_key = labelled(s.label, &canonical_key);
        let id = match known.get(&id_key) {
            Some(&id) if !used.contains(&id) => id,
            _ => {
                let id = next_id;
                next_id += 1;
                new_id.execute(params![id_key, id])?;
                known.insert(id_key, id);
                id
            }
        };
        used.insert(id);
        out.push(new_entity(units, &members, id, s, canonical_key));
    }
    crate::store::write(tx, &out, &kept)
}

/// The rows of one changed entity: its names (the canonical one marked), its counts per
/// article, and its members (whole units, and the carved pieces of split ones).
fn new_entity(
    units: &[UnitRow],
    members: &[usize],
    id: i64,
    s: Summary,
    canonical_key: String,
) -> NewEntity {
    let mut names: HashSet<String> = s.names.into_iter().collect();
    names.extend(s.aliases.iter().map(|a| name_key(a)));
    names.remove(&canonical_key);
    let mut names: Vec<(String, bool)> = names
        .into_iter()
        .filter(|n| !n.is_empty())
        .map(|n| (n, false))
        .collect();
    names.push((canonical_key, true));
    let (whole, pieces): (Vec<&UnitRow>, Vec<&UnitRow>) = members
        .iter()
        .map(|&i| &units[i])
        .partition(|u| u.carved.is_none());
    NewEntity {
        id,
        label: s.label.as_str(),
        canonical: s.canonical,
        aliases: s.aliases.join("\n"),
        articles: i64::try_from(s.per_article.len()).unwrap_or(i64::MAX),
        mentions: s.mentions,
        names,
        pairs: s
            .per_article
            .into_iter()
            .map(|(a, (m, first))| (a, m, first))
            .collect(),
        units: whole
            .iter()
            .map(|u| (u.article, u.local, u.entity))
            .collect(),
        carved: pieces
            .iter()
            .filter_map(|u| Some((u.article, u.local, u.carved.clone()?)))
            .collect(),
    }
}

/// The id of a cluster that is exactly a stored entity — every member already belonged
/// to it whole, and the stored figures match, so none was removed (each unit has a
/// mention) — which then needs no writing.
fn unchanged(
    units: &[UnitRow],
    members: &[usize],
    stored: &HashMap<i64, (i64, i64)>,
) -> Option<i64> {
    let id = units.get(*members.first()?)?.entity?;
    let mut mentions = 0;
    let mut articles: HashSet<i64> = HashSet::new();
    for u in members.iter().map(|&i| &units[i]) {
        if u.carved.is_some() || u.entity != Some(id) {
            return None;
        }
        mentions += u.mentions;
        articles.insert(u.article);
    }
    let &(a, m) = stored.get(&id)?;
    (m == mentions && usize::try_from(a).ok() == Some(articles.len())).then_some(id)
}

/// True when the entities need a rebuild (an add was interrupted before its rebuild).
pub fn dirty(conn: &Connection) -> Result<bool, LibraryError> {
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'entities_dirty'",
            [],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    Ok(v.as_deref() == Some("1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_to_one_key() {
        assert_eq!(name_key("سيف  الهمـلان"), name_key("سَيف الهملان"));
        assert_eq!(name_key("والدوحة"), name_key("الدوحة"));
        assert_eq!(name_key("قطر"), "قطر");
        assert_eq!(name_key("مؤسسة قطر"), "مؤسسه قطر");
    }
}
