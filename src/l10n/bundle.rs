//! The Fluent bundles: one per language, parsed once from the `.ftl` files compiled into
//! the binary, with the `PLURAL()` function.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules, PluralRulesOptions};
use unic_langid::{LanguageIdentifier, langid};

use super::Language;

/// The English messages (the fallback of every other language).
pub(super) const ENGLISH_FTL: &str = include_str!("../../locales/en/sahifa.ftl");
/// The Arabic messages.
pub(super) const ARABIC_FTL: &str = include_str!("../../locales/ar/sahifa.ftl");

type Bundle = FluentBundle<FluentResource>;

/// The `.ftl` source of `lang`.
pub(super) fn source(lang: Language) -> &'static str {
    match lang {
        Language::English => ENGLISH_FTL,
        Language::Arabic => ARABIC_FTL,
    }
}

fn langid(lang: Language) -> LanguageIdentifier {
    match lang {
        Language::English => langid!("en"),
        Language::Arabic => langid!("ar"),
    }
}

fn bundle(lang: Language) -> &'static Bundle {
    static ENGLISH: OnceLock<Bundle> = OnceLock::new();
    static ARABIC: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Language::English => &ENGLISH,
        Language::Arabic => &ARABIC,
    };
    cell.get_or_init(|| build(lang))
}

/// Parses `lang`'s messages. A syntax error loses only the entries it touches (the
/// tests parse both files strictly), so a broken line never costs the whole interface.
fn build(lang: Language) -> Bundle {
    let resource = FluentResource::try_new(source(lang).to_owned())
        .unwrap_or_else(|(partial, _errors)| partial);
    let mut bundle = FluentBundle::new_concurrent(vec![langid(lang)]);
    bundle.set_use_isolating(false);
    // Both can fail only on a duplicate name, and the bundle is new.
    let _ = bundle.add_function("PLURAL", plural_function(lang));
    bundle.add_resource_overriding(resource);
    bundle
}

/// `PLURAL($n)`: the CLDR plural category of a count («zero», «one», «two», «few»,
/// «many», «other»), for a select expression to match a variant by name.
///
/// Fluent's own selector takes its categories from `intl_pluralrules`, whose Arabic rule
/// lost CLDR's «n % 100»: 103 came out as «other» (instead of «few», «103 مقالات») and 111
/// as «other» (instead of «many», «111 مقالةً»). ICU4X's rules are the reference ones.
fn plural_function(
    lang: Language,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional, _named| {
        let category = match positional.first() {
            Some(FluentValue::Number(n)) => category(lang, n.value),
            _ => PluralCategory::Other,
        };
        FluentValue::String(category_name(category).into())
    }
}

/// The plural rules of `lang`. ICU4X's rules are not `Sync` (without a feature that
/// slows all its data), so each thread that formats keeps its own; they are built from
/// data compiled into the binary.
fn with_rules<R>(lang: Language, f: impl FnOnce(&PluralRules) -> R) -> Option<R> {
    thread_local! {
        static RULES: [Option<PluralRules>; 2] = [Language::English, Language::Arabic].map(|lang| {
            let locale = match lang {
                Language::English => icu_locale_core::locale!("en"),
                Language::Arabic => icu_locale_core::locale!("ar"),
            };
            PluralRules::try_new((&locale).into(), PluralRulesOptions::default()).ok()
        });
    }
    let index = match lang {
        Language::English => 0,
        Language::Arabic => 1,
    };
    RULES.with(|rules| rules[index].as_ref().map(f))
}

/// The category of `value` in `lang`; counts are whole and not negative, anything else
/// is «other».
fn category(lang: Language, value: f64) -> PluralCategory {
    let whole = value.is_finite() && value >= 0.0 && value.fract() == 0.0;
    if !whole || value > u64::MAX as f64 {
        return PluralCategory::Other;
    }
    with_rules(lang, |rules| rules.category_for(value as u64)).unwrap_or(PluralCategory::Other)
}

/// The variant key Fluent files use for `category`.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// Formats message `id` of `lang` (else of English, else the id itself).
pub(super) fn format(lang: Language, id: &str, args: Option<&FluentArgs>) -> String {
    for bundle in [bundle(lang), bundle(Language::English)] {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        // A missing argument shows as its name; the tests check each message's variables.
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
    }
    id.to_owned()
}

/// True when `lang`'s own file has message `id`.
pub(super) fn has_message(lang: Language, id: &str) -> bool {
    bundle(lang).has_message(id)
}
