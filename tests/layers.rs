//! The app's layers, checked: every file under `src/` may name (`crate::…`, `super::…`)
//! only modules of its own layer or of the layers below it, and the files of one layer
//! must not name each other in a circle. The layers, bottom to top (see
//! `ARCHITECTURE.md`):
//!
//! ```text
//! l10n  ←  state  ←  logic  ←  ui  ←  shell, cli  ←  lib.rs, main.rs
//! ```
//!
//! The re-exported crates (`crate::model`, `crate::text`, …) count as below every layer.
//! A file's `#[cfg(test)]` module (at its end, by convention) is not read: tests may
//! reach anywhere. Run by `cargo test --workspace` (and `cargo test --test layers`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test: a failed unwrap is a failed test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first: the first component of a module path names its layer.
const LAYERS: &[&[&str]] = &[
    &["l10n"],
    &["state"],
    &["logic"],
    &["ui"],
    &["shell", "cli"],
];

/// The crates `lib.rs` re-exports: below every layer.
const CRATES: &[&str] = &["annotate", "extract", "library", "load", "model", "text"];

/// A module path inside the crate: `["logic", "io"]`; empty for the crate root.
type ModPath = Vec<String>;

/// The module a file under `src/` defines (`None` for the binary's `main.rs`).
fn module_of(relative: &Path) -> Option<ModPath> {
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let (last, dirs) = parts.split_last()?;
    let mut path: ModPath = dirs.to_vec();
    match last.as_str() {
        "lib.rs" if dirs.is_empty() => {}
        "main.rs" if dirs.is_empty() => return None,
        "mod.rs" => {}
        file => path.push(file.trim_end_matches(".rs").to_owned()),
    }
    Some(path)
}

/// The layer of a module: its index in [`LAYERS`]; the top (the crate root, `main.rs`)
/// is `LAYERS.len()`. `Err` for a module in no layer.
fn layer_of(module: &[String]) -> Result<usize, String> {
    let Some(first) = module.first() else {
        return Ok(LAYERS.len());
    };
    if CRATES.contains(&first.as_str()) {
        return Ok(0);
    }
    LAYERS
        .iter()
        .position(|names| names.contains(&first.as_str()))
        .ok_or_else(|| format!("module crate::{} belongs to no layer", module.join("::")))
}

/// The code of a file without comments and without its trailing `#[cfg(test)]` module.
fn code_of(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module paths a file names: every `crate::a::b` and `super::a` in its code, and
/// the `use` of a child module (`use dialog::Dialog;` in `state/mod.rs`), as far as
/// they go (`crate::logic::io::file_name` gives `logic, io, file_name`; a group
/// `crate::state::{a::X, b}` gives one path per item).
fn named_paths(code: &str, module: &[String], known: &BTreeSet<ModPath>) -> Vec<ModPath> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for (word, base) in [
        ("crate::", Vec::new()),
        ("super::", module[..module.len().saturating_sub(1)].to_vec()),
        ("self::", module.to_vec()),
    ] {
        let mut from = 0;
        while let Some(i) = code[from..].find(word).map(|i| i + from) {
            from = i + word.len();
            let preceded = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
            if !preceded {
                found.extend(path_items(&code[from..]).into_iter().map(|p| {
                    let mut path = base.clone();
                    path.extend(p);
                    path
                }));
            }
        }
    }
    for line in code.lines() {
        let line = line.trim_start();
        let line = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        let Some(rest) = line.strip_prefix("use ") else {
            continue;
        };
        for item in path_items(rest) {
            let mut path = module.to_vec();
            path.extend(item);
            if path.len() > module.len() && known.contains(&path[..=module.len()].to_vec()) {
                found.push(path);
            }
        }
    }
    found
}

/// The paths at the start of `text`: `a::b::c` gives `[a, b, c]`; `a::{b, c::d}` gives
/// `[a, b]` and `[a, c, d]`.
fn path_items(text: &str) -> Vec<ModPath> {
    let mut prefix = Vec::new();
    let mut rest = text;
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            break;
        }
        rest = &rest[ident.len()..];
        if ident != "self" {
            prefix.push(ident);
        }
        match rest.strip_prefix("::") {
            Some(after) => rest = after,
            None => return vec![prefix],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![prefix];
    };
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    for item in items {
        for tail in path_items(item.trim_start()) {
            let mut path = prefix.clone();
            path.extend(tail);
            paths.push(path);
        }
    }
    paths
}

/// The longest prefix of `path` that is a module of `modules`.
fn resolve(path: &[String], modules: &BTreeSet<ModPath>) -> ModPath {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
        .unwrap_or_default()
}

/// Everything wrong with the imports of `files` (relative path → source): upward
/// imports, modules in no layer, and circles within a layer, one sentence each.
fn check(files: &BTreeMap<PathBuf, String>) -> Vec<String> {
    let mut problems = Vec::new();
    let modules: BTreeMap<PathBuf, Option<ModPath>> =
        files.keys().map(|p| (p.clone(), module_of(p))).collect();
    let known: BTreeSet<ModPath> = modules.values().flatten().cloned().collect();
    // Edges between modules of the same layer, for the circle check.
    let mut edges: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    for (file, source) in files {
        let module = modules[file].clone();
        let own_layer = match module.as_deref().map(layer_of) {
            None => LAYERS.len(),
            Some(Ok(layer)) => layer,
            Some(Err(problem)) => {
                problems.push(format!("{}: {problem}", file.display()));
                continue;
            }
        };
        let here = module.clone().unwrap_or_default();
        for named in named_paths(&code_of(source), &here, &known) {
            let first = named.first().map(String::as_str);
            if first.is_some_and(|f| CRATES.contains(&f)) {
                continue;
            }
            let target = resolve(&named, &known);
            if Some(&target) == module.as_ref() {
                continue;
            }
            let layer = match layer_of(&target) {
                Ok(layer) => layer,
                Err(problem) => {
                    problems.push(format!("{}: {problem}", file.display()));
                    continue;
                }
            };
            let name = format!("crate::{}", named.join("::"));
            if layer > own_layer {
                problems.push(format!(
                    "{} (layer {}) imports {name} from the layer above it ({})",
                    file.display(),
                    layer_name(own_layer),
                    layer_name(layer),
                ));
            } else if layer == own_layer && module.is_some() && !target.is_empty() {
                edges.entry(here.clone()).or_default().insert(target);
            }
        }
    }
    problems.extend(circles(&edges));
    problems
}

fn layer_name(layer: usize) -> String {
    LAYERS
        .get(layer)
        .map_or_else(|| "top".to_owned(), |names| names.join("/"))
}

/// The import circles among `edges`, each as one sentence naming its modules in order.
fn circles(edges: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<String> {
    let mut found: BTreeSet<Vec<ModPath>> = BTreeSet::new();
    for start in edges.keys() {
        // Depth-first search from `start` for a path back to it.
        let mut stack: Vec<(ModPath, Vec<ModPath>)> = vec![(start.clone(), vec![start.clone()])];
        let mut seen: BTreeSet<ModPath> = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for next in edges.get(&at).into_iter().flatten() {
                if next == start {
                    // Rotate so the smallest module leads: each circle is reported once.
                    let mut circle = path.clone();
                    let min = circle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, m)| (*m).clone())
                        .map_or(0, |(i, _)| i);
                    circle.rotate_left(min);
                    found.insert(circle);
                } else if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
        .into_iter()
        .map(|circle| {
            let names: Vec<String> = circle
                .iter()
                .chain(circle.first())
                .map(|m| format!("crate::{}", m.join("::")))
                .collect();
            format!("import circle: {}", names.join(" → "))
        })
        .collect()
}

/// Every `.rs` file under `dir`, by its path relative to `root`.
fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            files.insert(path.strip_prefix(root).unwrap().to_owned(), source);
        }
    }
}

#[test]
fn no_module_imports_a_layer_above_it_or_a_circle_within_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    read_tree(&src, &src, &mut files);
    assert!(files.len() > 20, "read only {} files", files.len());
    let problems = check(&files);
    assert!(
        problems.is_empty(),
        "the app's layers are broken ({} problems):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A small tree: `files` as (path, source).
fn tree(files: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
    files
        .iter()
        .map(|(p, s)| (PathBuf::from(p), (*s).to_owned()))
        .collect()
}

#[test]
fn an_upward_import_is_refused() {
    let files = tree(&[
        ("lib.rs", "pub mod state; pub mod ui;"),
        ("state/mod.rs", "use crate::ui::widgets::label_color;"),
        ("ui/mod.rs", "pub mod widgets;"),
        ("ui/widgets.rs", "use crate::state::AppState;"),
    ]);
    let problems = check(&files);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("state/mod.rs (layer state) imports crate::ui::widgets::label_color"),
        "{problems:?}"
    );
}

#[test]
fn a_circle_within_a_layer_is_refused_and_named() {
    let files = tree(&[
        ("logic/mod.rs", "use crate::logic::saving::AUTOSAVE;"),
        ("logic/saving.rs", "use crate::logic::App;"),
        ("logic/io.rs", "use crate::state::settings::Settings;"),
        ("state/settings.rs", ""),
    ]);
    let problems = check(&files);
    assert_eq!(
        problems,
        ["import circle: crate::logic → crate::logic::saving → crate::logic"]
    );
}

#[test]
fn tests_and_comments_do_not_count() {
    let files = tree(&[
        (
            "state/mod.rs",
            "//! See [`crate::ui`].\nfn f() {}\n#[cfg(test)]\nmod tests { use crate::ui::x; }",
        ),
        ("ui/mod.rs", "use crate::state::AppState;"),
    ]);
    assert_eq!(check(&files), Vec::<String>::new());
}

#[test]
fn a_module_in_no_layer_is_refused() {
    let files = tree(&[
        ("helpers.rs", "pub fn f() {}"),
        ("lib.rs", "pub mod helpers;"),
    ]);
    let problems = check(&files);
    assert_eq!(
        problems,
        ["helpers.rs: module crate::helpers belongs to no layer"]
    );
}
