//! Helpers shared by the library's tests: one extractor per test binary, articles written
//! into a temporary folder, and `add` with default options.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use sahifa_extract::Extractor;
use sahifa_library::{AddOptions, AddSummary, EntityRow, Library};
use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};

pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::shipped().expect("the shipped model loads"))
}

pub const HAMLAN_DOHA: &str = "الدوحة - 12 مارس 2026\nالتقى اللواء سيف الهملان رئيس الأركان في الدوحة مع وزير الخارجية. وقال الهملان إن قطر تدعم الحوار.\n";
pub const HAMLAN_KUWAIT: &str =
    "زار سيف الهملان الكويت أمس، وبحث الهملان مع المسؤولين التعاون بين الكويت وقطر.\n";
pub const RIYADH: &str = "قال محمد الهملان إن الاقتصاد ينمو في الرياض.\n";

pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

pub fn library_in(dir: &Path) -> Library {
    Library::open(&dir.join("lib").join("library.sqlite")).unwrap()
}

pub fn options() -> AddOptions {
    AddOptions {
        workers: 2,
        watch: true,
        background: false,
    }
}

pub fn add(lib: &mut Library, roots: &[PathBuf]) -> AddSummary {
    let cancel = AtomicBool::new(false);
    lib.add(roots, extractor(), &options(), &|_| {}, &cancel)
        .unwrap()
}

pub fn entity(lib: &Library, canonical: &str) -> Option<EntityRow> {
    lib.entities(None)
        .unwrap()
        .into_iter()
        .find(|e| e.canonical == canonical)
}

/// Entities as (label, canonical, articles, mentions), sorted: what two libraries of the
/// same files must agree on.
pub fn figures(lib: &Library) -> Vec<(Label, String, u32, u32)> {
    let mut v: Vec<_> = lib
        .entities(None)
        .unwrap()
        .into_iter()
        .map(|e| (e.label, e.canonical, e.articles, e.mentions))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    v
}

/// Saves a sidecar for `article` marking each (word, label) at its first occurrence as
/// its own entity, confirmed by the user.
pub fn sidecar(article: &Path, marks: &[(&str, Label)]) {
    let doc = sahifa_load::load_path(article).unwrap();
    let text = doc.text.as_str();
    let mut ann = Annotations::default();
    for (i, (word, label)) in marks.iter().enumerate() {
        let byte = text.find(word).expect("the word is in the article");
        let start = text[..byte].chars().count();
        let end = start + word.chars().count();
        let id = EntityId(u32::try_from(i).unwrap());
        ann.entities.push(Entity {
            id,
            label: *label,
            name: (*word).to_owned(),
            title: None,
            note: None,
        });
        ann.mentions.push(Mention {
            range: TextRange::new(start, end, doc.text.char_len()).unwrap(),
            label: *label,
            entity: Some(id),
            status: MentionStatus::Manual,
        });
    }
    ann.sort_mentions();
    sahifa_annotate::save_sidecar(&sahifa_annotate::sidecar_path_for(article), &doc, &ann).unwrap();
}

/// Whether the library's `entities_dirty` flag says a rebuild is owed.
pub fn entities_owed(library: &Path) -> bool {
    let conn = rusqlite::Connection::open(library).unwrap();
    conn.query_row(
        "SELECT value = '1' FROM meta WHERE key = 'entities_dirty'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}
