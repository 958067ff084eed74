//! The localisation's promises: both languages complete and alike, every id the sources
//! use exists, Arabic counts take the right form.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::bundle::source;
use super::{Language, tr, tr_args};

/// A message's variables, and the variant keys of each `PLURAL()` select in it.
#[derive(Default)]
struct MessageShape {
    variables: BTreeSet<String>,
    plural_keys: Vec<BTreeSet<String>>,
    /// Select expressions that choose on a bare value with plural-category keys.
    bare_plural_selects: usize,
}

/// Every message of `lang`'s file with its shape; panics on any syntax error.
fn messages(lang: Language) -> BTreeMap<String, MessageShape> {
    let resource = match fluent_syntax::parser::parse(source(lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang:?} .ftl has syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut shape = MessageShape::default();
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut shape);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), shape).is_none(),
                "{lang:?}: {id} twice"
            );
        }
    }
    out
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut MessageShape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut MessageShape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            let plural = matches!(
                selector,
                ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL"
            );
            if plural {
                shape.plural_keys.push(keys);
            } else if keys
                .iter()
                .any(|k| ["one", "two", "few", "many"].contains(&&**k))
            {
                shape.bare_plural_selects += 1;
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut MessageShape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_both_languages() {
    let english: BTreeSet<String> = messages(Language::English).into_keys().collect();
    let arabic: BTreeSet<String> = messages(Language::Arabic).into_keys().collect();
    let no_arabic: Vec<&String> = english.difference(&arabic).collect();
    let no_english: Vec<&String> = arabic.difference(&english).collect();
    assert!(
        no_arabic.is_empty() && no_english.is_empty(),
        "messages without Arabic: {no_arabic:?}; messages without English: {no_english:?}"
    );
}

#[test]
fn both_languages_use_the_same_placeholders() {
    let english = messages(Language::English);
    let arabic = messages(Language::Arabic);
    let mut differ = Vec::new();
    for (id, shape) in &english {
        if let Some(twin) = arabic.get(id)
            && twin.variables != shape.variables
        {
            differ.push(format!(
                "{id}: English {:?}, Arabic {:?}",
                shape.variables, twin.variables
            ));
        }
    }
    assert!(differ.is_empty(), "placeholders differ: {differ:#?}");
}

#[test]
fn counts_choose_their_form_with_plural_and_arabic_has_all_six() {
    let six: BTreeSet<String> = ["zero", "one", "two", "few", "many", "other"]
        .map(String::from)
        .into();
    for (id, shape) in messages(Language::Arabic) {
        assert_eq!(shape.bare_plural_selects, 0, "{id}: select on PLURAL($n)");
        for keys in &shape.plural_keys {
            assert_eq!(keys, &six, "{id}: Arabic counts need all six forms");
        }
    }
    for (id, shape) in messages(Language::English) {
        assert_eq!(shape.bare_plural_selects, 0, "{id}: select on PLURAL($n)");
        for keys in &shape.plural_keys {
            assert!(
                keys.contains("one") && keys.contains("other"),
                "{id}: {keys:?}"
            );
        }
    }
}

fn count(lang: Language, id: &str, n: usize) -> String {
    tr_args(lang, id, &[("count", n.into())])
}

#[test]
fn arabic_counts_take_the_form_cldr_gives_them() {
    let articles: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 103, 111]
        .map(|n| count(Language::Arabic, "article-count", n))
        .into();
    assert_eq!(
        articles,
        [
            "لا مقالات",
            "مقالة واحدة",
            "مقالتان",
            "3 مقالات",
            "10 مقالات",
            "11 مقالة",
            "99 مقالة",
            "100 مقالة",
            "101 مقالة",
            "103 مقالات",
            "111 مقالة",
        ]
    );
    let entities: Vec<String> = [1, 2, 3, 11, 100, 111]
        .map(|n| count(Language::Arabic, "entity-count", n))
        .into();
    assert_eq!(
        entities,
        [
            "كيان واحد",
            "كيانان",
            "3 كيانات",
            "11 كياناً",
            "100 كيان",
            "111 كياناً"
        ]
    );
    let mentions: Vec<String> = [1, 2, 5, 20]
        .map(|n| count(Language::Arabic, "mention-count", n))
        .into();
    assert_eq!(mentions, ["إشارة واحدة", "إشارتان", "5 إشارات", "20 إشارة"]);
}

#[test]
fn english_counts_read_as_they_always_did() {
    assert_eq!(count(Language::English, "mention-count", 0), "0 mentions");
    assert_eq!(count(Language::English, "mention-count", 1), "1 mention");
    assert_eq!(count(Language::English, "entity-count", 2), "2 entities");
    assert_eq!(
        count(Language::English, "article-count", 101),
        "101 articles"
    );
}

#[test]
fn no_bidi_marks_reach_the_labels() {
    let name = ("name", "سيف الهملان".into());
    for lang in Language::ALL {
        let text = tr_args(
            lang,
            "mentions-heading",
            &[name.clone(), ("count", 5.into())],
        );
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{lang:?}: isolation marks in {text:?}"
        );
        let marks = [
            '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{2066}',
        ];
        assert!(
            !source(lang).contains(marks),
            "{lang:?}: bidi control characters in the .ftl (egui draws them as boxes)"
        );
    }
    assert_eq!(
        tr_args(
            Language::Arabic,
            "mentions-heading",
            &[name, ("count", 5.into())]
        ),
        "الإشارات — سيف الهملان (5)"
    );
}

#[test]
fn an_unknown_id_shows_itself_not_nothing() {
    assert_eq!(tr(Language::Arabic, "no-such-message"), "no-such-message");
    assert_eq!(tr(Language::Arabic, "menu-file"), "ملف");
    assert_eq!(tr(Language::English, "menu-file"), "File");
}

#[test]
fn every_undo_step_the_annotation_edits_describe_has_a_message() {
    use sahifa_annotate::{Edit, JoinEntity, Target};
    use sahifa_model::{EntityId, Label, TextRange};
    let id = EntityId(1);
    let target = Target::Entity(id);
    let Ok(range) = TextRange::unbounded(0, 1) else {
        panic!("a one-char range");
    };
    let edits = [
        Edit::AddMention {
            range,
            label: Label::Person,
            entity: JoinEntity::None,
        },
        Edit::AttachMention {
            mention: 0,
            entity: None,
        },
        Edit::SetLabel {
            target,
            label: Label::Org,
        },
        Edit::Confirm { target },
        Edit::Reject { mention: 0 },
        Edit::Delete { target },
        Edit::MergeEntities {
            keep: id,
            absorb: EntityId(2),
        },
        Edit::SplitMention {
            mention: 0,
            name: String::new(),
        },
        Edit::Rename {
            entity: id,
            name: String::new(),
        },
        Edit::SetTitle {
            entity: id,
            title: None,
        },
        Edit::SetNote {
            entity: id,
            note: None,
        },
    ];
    for edit in &edits {
        let description = edit.description();
        assert!(
            super::names::edit_step_id(description).is_some(),
            "no message for the undo step «{description}»"
        );
    }
    assert_eq!(
        super::undo_entry(Language::English, false, "Add mention"),
        "Undo add mention"
    );
    assert_eq!(
        super::undo_entry(Language::Arabic, true, "Import (merge)"),
        "إعادة الاستيراد (دمج)"
    );
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `code` (no raw strings; escapes kept as written).
fn string_literals(code: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = code[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: skip past it.
                let end = code[i + 1..].char_indices().nth(2).map_or(0, |(n, _)| n);
                let quote = code[i + 1..i + 1 + end].find('\'');
                i += quote.map_or(1, |q| q + 2);
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                out.push((start, &code[start..j.min(bytes.len())]));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// True when the literal at `start` is the id argument of a `tr(…)` / `tr_args(…)` call:
/// the text before it is `tr(` or `tr_args(` and one argument.
fn is_tr_argument(code: &str, start: usize) -> bool {
    let before = code[..start - 1].trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let argument = &before[open + 1..];
    let callee = before[..open].trim_end();
    let named = callee.ends_with("tr_args")
        || (callee.ends_with("tr")
            && !callee[..callee.len() - 2].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
    named && !argument.contains([')', ';', '{'])
}

#[test]
fn every_message_id_in_the_sources_exists() {
    let english = messages(Language::English);
    let prefixes: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let kebab = |s: &str| {
        s.contains('-')
            && s.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    };
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "the sources were not found");
    let mut unknown = Vec::new();
    for file in &files {
        if file.ends_with("l10n/tests.rs") {
            continue;
        }
        let Ok(code) = std::fs::read_to_string(file) else {
            continue;
        };
        for (start, literal) in string_literals(&code) {
            let looks_like_id = kebab(literal)
                && literal
                    .split('-')
                    .next()
                    .is_some_and(|p| prefixes.contains(p));
            if (looks_like_id || is_tr_argument(&code, start)) && !english.contains_key(literal) {
                let line = code[..start].lines().count();
                unknown.push(format!("{}:{line}: {literal:?}", file.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "ids with no message: {unknown:#?}");
}

/// The x of each of `text`'s chars in `range` as the text layer lays `text` out, in
/// logical order.
fn visual_xs(text: &str, range: std::ops::Range<usize>) -> Vec<f32> {
    let mut ts = sahifa_text::TextSystem::bundled_only();
    let layout = ts.layout(text, &sahifa_text::ParagraphStyle::new(14.0, None));
    let mut xs: Vec<(usize, f32)> = layout
        .lines()
        .iter()
        .flat_map(|l| &l.glyphs)
        .filter(|g| range.contains(&g.chars().start))
        .map(|g| (g.chars().start, g.x))
        .collect();
    xs.sort_by_key(|&(i, _)| i);
    xs.dedup_by_key(|&mut (i, _)| i);
    xs.into_iter().map(|(_, x)| x).collect()
}

#[test]
fn a_path_in_an_arabic_notice_reads_left_to_right_with_its_leading_slash_first() {
    for path in [
        "/home/sara/news/library.sqlite",
        "/home/sara/أخبار/library.sqlite",
    ] {
        let text = tr_args(Language::Arabic, "library-busy", &[("path", path.into())]);
        let chars: Vec<char> = text.chars().collect();
        let start = chars.iter().position(|&c| c == '/').unwrap();
        let xs = visual_xs(&text, start..start + path.chars().count());
        assert_eq!(xs.len(), path.chars().count(), "{text:?}");
        // «/home/sara/»: each char right of the one before it, the leading «/» leftmost.
        let ascii = path.find('أ').unwrap_or(path.len());
        assert!(
            xs[..ascii].windows(2).all(|w| w[0] < w[1]),
            "{path}: {xs:?}"
        );
        assert!(
            xs.iter().all(|&x| x >= xs[0]),
            "{path}: the leading / is not the path's leftmost char: {xs:?}"
        );
        assert!(
            text.contains(&format!("\u{2066}{path}\u{2069}")),
            "{text:?}"
        );
    }
    // English messages and names are left as they were.
    let english = tr_args(Language::English, "library-busy", &[("path", "/x".into())]);
    assert!(
        !english.contains(['\u{2066}', '\u{2068}', '\u{2069}']),
        "{english:?}"
    );
}
