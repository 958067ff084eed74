//! The interface in English and Arabic: every user-visible string is a Fluent message in
//! `locales/en/sahifa.ftl` and `locales/ar/sahifa.ftl`, compiled into the binary.
//!
//! ```ignore
//! use sahifa::l10n::{Language, tr, tr_args};
//! let menu = tr(Language::Arabic, "menu-file"); // «ملف»
//! let rows = tr_args(Language::Arabic, "entity-count", &[("count", 11.into())]); // «11 كياناً»
//! ```
//!
//! This layer sits below the app: it knows the crates' types (entity labels, document
//! formats, export formats) but nothing of `crate::app` or `crate::ui`.
//!
//! Rules the tests in this module enforce (they fail when one is broken):
//! - every message of one language exists in the other, with the same `{ $variables }`;
//! - every id written as a literal in a `tr(…)`/`tr_args(…)` call under `src/` exists;
//! - counts choose their form with `PLURAL($n)` (CLDR categories; Arabic has all six:
//!   zero, one, two, few, many, other).
//!
//! Fluent's bidi isolation marks (U+2068 … U+2069 around each placeable) are turned off:
//! egui's own labels have no bidi and would draw them as boxes, and the text layer
//! (cosmic-text) orders mixed runs without them. Paths and English detail in an Arabic
//! message are isolated by [`tr_args`] (see `isolated`): those messages always go through
//! the text layer, which honours the isolates and draws nothing for them.

mod bundle;
pub mod errors;
mod names;

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod tests;

pub use fluent_bundle::FluentValue as Arg;
pub use names::{
    edit_step, export_format_name, format_name, label_group_name, label_id, label_name, undo_entry,
};

/// An interface language.
///
/// The serialised names are those the settings file has always used.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English, left to right.
    #[default]
    English,
    /// Arabic: the layout is mirrored (sidebar and menus on the right).
    Arabic,
}

impl Language {
    /// Every interface language, in the order the Language menu lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Arabic];

    /// The language's name in itself, as the Language menu shows it in every language.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
        }
    }

    /// True when the interface reads right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Arabic
    }
}

/// The message `id` in `lang`, for messages without arguments.
///
/// A message missing in `lang` falls back to English, and one missing everywhere shows
/// its id (the tests make sure neither happens for the ids written in the sources).
pub fn tr(lang: Language, id: &str) -> String {
    bundle::format(lang, id, None)
}

/// The message `id` in `lang` with its arguments: numbers for counts
/// (`("count", n.into())`), strings for names, paths and nested messages.
///
/// In a right-to-left message, a path is one left-to-right run (see `isolated`).
pub fn tr_args(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = fluent_bundle::FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, isolated(lang, name, value));
    }
    bundle::format(lang, id, Some(&fluent_args))
}

/// Arguments that hold a path or a list of paths.
const PATH_ARGS: [&str; 5] = ["path", "backup", "files", "looked", "places"];
/// Arguments that hold English text from the system or a nested message.
const FOREIGN_ARGS: [&str; 4] = ["file", "detail", "error", "reason"];

/// `value` as the argument `name` of a message in `lang`. In a right-to-left language a
/// path is wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, so it reads as one
/// left-to-right run — without it the bidi algorithm carries its leading «/» to the far
/// end (the right-to-left side) — even when a folder's name is Arabic, where Fluent's own
/// FIRST STRONG ISOLATE would turn it right to left. English detail takes FIRST STRONG
/// ISOLATE. These messages hold Arabic, so they are drawn by the text layer, which orders
/// by the isolates and paints no box for them (egui draws only text without right-to-left
/// characters).
fn isolated<'a>(lang: Language, name: &str, value: &Arg<'a>) -> Arg<'a> {
    let open = if PATH_ARGS.contains(&name) {
        '\u{2066}'
    } else if FOREIGN_ARGS.contains(&name) {
        '\u{2068}'
    } else {
        return value.clone();
    };
    match value {
        Arg::String(text) if lang.is_right_to_left() => {
            Arg::String(format!("{open}{text}\u{2069}").into())
        }
        _ => value.clone(),
    }
}

/// True when `id` is a message of `lang` (not counting the English fallback).
pub fn has_message(lang: Language, id: &str) -> bool {
    bundle::has_message(lang, id)
}
