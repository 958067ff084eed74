//! Writing the clusters: each gets its figures (label, canonical name, aliases, counts
//! per article) and an id kept stable through `entity_ids`; only the clusters that
//! changed are written.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::params;
use sahifa_model::Label;

use super::units::UnitRow;
use super::{labelled, name_key};
use crate::LibraryError;
use crate::store::NewEntity;

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
pub(super) fn write_clusters(
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
