//! Which units form one library entity: units with the same (label, key) at first, joined
//! by the automatic edges (a family name alone to its person, an acronym to its ORG) and
//! the user's merges, cut by the user's splits.

use std::collections::{BTreeMap, HashMap, HashSet};

use sahifa_model::Label;

use super::units::UnitRow;
use crate::decisions::Decision;

/// The units' indices grouped into library entities, in the order of each group's first
/// (label, key); the user's decisions replayed in order.
pub(super) fn clusters(units: &[UnitRow], decisions: &[Decision]) -> Vec<Vec<usize>> {
    let mut index: HashMap<(Label, &str), usize> = HashMap::new();
    let mut group_of_unit = Vec::with_capacity(units.len());
    for u in units {
        let next = index.len();
        let g = *index.entry((u.label, u.key.as_str())).or_insert(next);
        group_of_unit.push(g);
    }
    let mut edges = automatic_edges(units, &index);
    for d in decisions {
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
    clusters.into_values().collect()
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
