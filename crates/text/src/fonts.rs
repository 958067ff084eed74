//! The fonts Sahifa ships, and the font database built from them plus the system's fonts.
//!
//! The bundled fonts are compiled into the binary with `include_bytes!`, so a clone runs
//! anywhere: Noto Naskh Arabic for Arabic, Noto Sans for Latin, digits and punctuation
//! (Noto Naskh has no Latin letters and no brackets). Both are under the SIL Open Font
//! License 1.1; see `assets/fonts/OFL.txt`.

use cosmic_text as ct;
use ct::fontdb;

/// The Arabic family used when the user has not picked another.
pub const DEFAULT_FAMILY: &str = "Noto Naskh Arabic";

/// The bundled fallback family for Latin letters, digits and punctuation.
pub const FALLBACK_FAMILY: &str = "Noto Sans";

/// The bundled font files: (file name, bytes).
pub const BUNDLED: [(&str, &[u8]); 4] = [
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    ),
];

/// Which fonts go into the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontSources {
    /// Only the bundled fonts: identical results on every machine (tests, benchmarks).
    BundledOnly,
    /// The bundled fonts plus every font installed on the system, so the user can pick any
    /// installed Arabic family.
    BundledAndSystem,
}

/// Builds a cosmic-text font system over the bundled fonts (and the system's, if asked).
///
/// The bundled fonts are always present, so text they cover never shows tofu whatever the
/// system has installed; the generic sans-serif and serif families map to them too.
pub fn font_system(sources: FontSources) -> ct::FontSystem {
    let mut db = fontdb::Database::new();
    if sources == FontSources::BundledAndSystem {
        db.load_system_fonts();
    }
    for (_, bytes) in BUNDLED {
        db.load_font_data(bytes.to_vec());
    }
    db.set_sans_serif_family(FALLBACK_FAMILY);
    db.set_serif_family(DEFAULT_FAMILY);
    ct::FontSystem::new_with_locale_and_db("ar".to_owned(), db)
}

/// Sorted, de-duplicated family names of every font in the database.
pub fn family_names(fonts: &ct::FontSystem) -> Vec<String> {
    let mut names: Vec<String> = fonts
        .db()
        .faces()
        .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Family names of the fonts that have glyphs for Arabic letters (checked on «ع» and «ب»).
///
/// Opens every font once, so it takes a moment on systems with many fonts; call it when
/// the font menu opens, not every frame.
pub fn arabic_family_names(fonts: &mut ct::FontSystem) -> Vec<String> {
    let faces: Vec<(fontdb::ID, String)> = fonts
        .db()
        .faces()
        .filter_map(|face| face.families.first().map(|(n, _)| (face.id, n.clone())))
        .collect();
    let mut names = Vec::new();
    for (id, name) in faces {
        if names.contains(&name) {
            continue;
        }
        let covers = fonts
            .get_font(id, fontdb::Weight::NORMAL)
            .is_some_and(|font| {
                let charmap = font.as_swash().charmap();
                charmap.map('ع') != 0 && charmap.map('ب') != 0
            });
        if covers {
            names.push(name);
        }
    }
    names.sort();
    names
}

/// The Arabic families of a fresh font database over `sources`: opens every font, so
/// call it on a worker thread (it shares nothing with the app's [`crate::TextSystem`]).
pub fn arabic_families_of(sources: FontSources) -> Vec<String> {
    arabic_family_names(&mut font_system(sources))
}

/// True when some face in the database belongs to `family`.
pub fn has_family(fonts: &ct::FontSystem, family: &str) -> bool {
    fonts
        .db()
        .faces()
        .any(|face| face.families.iter().any(|(name, _)| name == family))
}
