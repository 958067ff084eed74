//! What is never an entity, consistency in a long multi-article file, and the two schemes.

use super::*;

#[test]
fn a_nationality_adjective_or_a_currency_alone_is_never_an_entity() {
    let text = "وأكدت الفرنسية أن الاتفاق مهم. وارتفع سعر الدولار أمام اليورو والريال والدينار، \
                وفاز ريال مدريد.";
    let found = mentions(text);
    for never in [
        "الفرنسية",
        "الدولار",
        "اليورو",
        "الريال والدينار",
        "والريال",
        "الريال",
    ] {
        assert!(
            !found.iter().any(|(_, t)| t == never),
            "«{never}» in {found:?}"
        );
    }
    assert!(
        found.contains(&(Label::Org, "ريال مدريد".to_owned())),
        "{found:?}"
    );
}

/// A file of many articles, each with a headline after a blank line: the seed article, the
/// second fixture, and short articles written here with particles, number words and
/// calendar words, and a family name that belongs to a person of one article only.
fn multi_article_file() -> String {
    let seed = repo_file("seeds/000_812f1e39dd98ed92.txt");
    let second = repo_file("tests/fixtures/second.txt");
    let filler = [
        "ارتفاع أسعار النفط في الأسواق\n\n\
         قال محمد علي الماضي إن الأسعار ارتفعت العام الماضي بنسبة كبيرة. \
         وأضاف الماضي أن العالم يواجه أزمة، فإن الطلب زاد ألف مرة منذ الشهر الماضي.\n",
        "الحكومة تعلن خطة جديدة\n\n\
         أعلنت الحكومة أمس خطة بقيمة ألف مليون دولار، لأن العالم ينتظر نتائجها. \
         وقال المتحدث إن الماضي لن يتكرر، فإن الخطة ستنفذ في الشهر المقبل وخلال العام المقبل.\n",
        "مباراة حاسمة في الدوري\n\n\
         يلتقي الفريقان يوم الاثنين المقبل في مباراة حاسمة، وقد حضر ألف مشجع التدريبات. \
         وقال المدرب إن العالم يتابع المباراة، فإن الفوز ضروري هذا العام.\n",
    ];
    let mut text = String::new();
    for round in 0..40 {
        let article = match round % 5 {
            0 => seed.trim_end(),
            1 => second.trim_end(),
            k => filler[k - 2].trim_end(),
        };
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}

#[test]
fn in_a_long_multi_article_file_no_particle_number_or_calendar_word_is_an_entity() {
    let text = multi_article_file();
    let ann = EX.extract(&text);
    let never = [
        "فإن",
        "لأن",
        "ألف",
        "مليون",
        "الماضي",
        "المقبل",
        "العالم",
        "العام",
        "الشهر",
        "دولار",
        "أمس",
    ];
    for k in 0..ann.mentions.len() {
        let m = &ann.mentions[k];
        let found = text_of(&text, &ann, k);
        if m.label != Label::Date {
            assert!(!never.contains(&found.as_str()), "{} «{found}»", m.label);
        }
    }
    for e in ann.entities.iter().filter(|e| e.label != Label::Date) {
        assert!(!never.contains(&e.name.as_str()), "entity «{}»", e.name);
    }
    // The most mentioned entities are real names, not a common word gathering hundreds of
    // mentions under one person.
    let mut count = vec![0usize; ann.entities.len()];
    for m in &ann.mentions {
        if let Some(e) = m.entity {
            count[e.0 as usize] += 1;
        }
    }
    let mut order: Vec<usize> = (0..count.len()).collect();
    order.sort_by_key(|&e| std::cmp::Reverse(count[e]));
    let top: Vec<&str> = order
        .iter()
        .take(5)
        .map(|&e| ann.entities[e].name.as_str())
        .collect();
    for name in &top {
        assert!(
            ["الكويت", "قطر", "الهملان", "المناعي", "الدوحة", "ديمكس"]
                .iter()
                .any(|ok| name.contains(ok)),
            "top entities {top:?}"
        );
    }
}

#[test]
fn a_family_name_alone_joins_a_person_of_its_own_article_only() {
    let text = "لقاء في الدوحة\n\n\
                استقبل اللواء سيف الهملان وفدا عسكريا. وأكد الهملان أهمية التعاون.\n\n\
                خبر آخر عن الاقتصاد\n\n\
                وقال التاجر إن الهملان اسم معروف في السوق. وارتفعت الأسعار.\n";
    let ann = EX.extract(text);
    let entity_at = |needle: &str, nth: usize| {
        let start = text.match_indices(needle).nth(nth).unwrap().0;
        let at = text[..start].chars().count();
        ann.mentions
            .iter()
            .find(|m| m.range.start() <= at && at < m.range.end())
            .and_then(|m| m.entity)
    };
    let full = entity_at("سيف الهملان", 0);
    assert!(full.is_some());
    // «الهملان» in the same article joins «سيف الهملان» …
    assert_eq!(entity_at("الهملان", 1), full);
    // … but not in the next article.
    let other = entity_at("الهملان", 2);
    assert!(other.is_none() || other != full, "{ann:#?}");
}

/// (label, text) of every span `ex` finds.
fn spans_with(ex: &Extractor, text: &str) -> Vec<(Label, String)> {
    let chars: Vec<char> = text.chars().collect();
    ex.spans(&chars)
        .iter()
        .map(|s| (s.label, chars[s.start..s.end].iter().collect()))
        .collect()
}

const SCHEMES_DIFFER: &str = "وارتفع سعر الدولار أمام اليورو بعد أن أعلن الجيش الإسرائيلي \
                              انسحابه. وقالت وزارة الخارجية إن مؤتمر مدريد للسلام سيعقد.";

#[test]
fn the_news_scheme_has_no_currency_and_keeps_armed_forces_ministries_and_events() {
    let found = spans_with(&EX, SCHEMES_DIFFER);
    assert!(
        !found.iter().any(|(_, t)| t == "الدولار" || t == "اليورو"),
        "{found:?}"
    );
    for (label, name) in [
        (Label::Org, "الجيش الإسرائيلي"),
        (Label::Org, "وزارة الخارجية"),
        (Label::Event, "مؤتمر مدريد للسلام"),
    ] {
        assert!(
            found.contains(&(label, name.to_owned())),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn the_anercorp_scheme_tags_currencies_as_misc_and_leaves_head_nouns_untagged() {
    let mut ex = Extractor::shipped().unwrap();
    ex.scheme = sahifa_extract::Scheme::Anercorp;
    let found = spans_with(&ex, SCHEMES_DIFFER);
    for currency in ["الدولار", "اليورو"] {
        assert!(
            found.contains(&(Label::Misc, currency.to_owned())),
            "{currency}: {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|(l, t)| *l == Label::Org && (t.starts_with("الجيش") || t.starts_with("وزارة"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Label::Location, "مدريد".to_owned())),
        "{found:?}"
    );
}

#[test]
fn scheme_names_parse_and_an_unknown_one_is_refused() {
    use sahifa_extract::Scheme;
    assert_eq!("news".parse::<Scheme>().unwrap(), Scheme::News);
    assert_eq!("ANERcorp".parse::<Scheme>().unwrap(), Scheme::Anercorp);
    let err = "wojood".parse::<Scheme>().unwrap_err().to_string();
    assert!(err.contains("wojood") && err.contains("news"), "{err}");
}

/// Regression: rules read a few words past a name, and a hotel, a province or a direction
/// that ended the text made them index past the last token (a panic, so no entities at
/// all for that document).
#[test]
fn a_text_that_ends_inside_a_name_the_rules_read_past_still_extracts() {
    for text in [
        "استضاف فندق الرويال",
        "وأقيم الحفل في فندق شيراتون الدوحة",
        "وتقع البلدة في ولاية شمال",
        "يقع حي غرب",
        "وزار الوفد مجمع البحوث الإسلامية",
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        for k in 1..=words.len() {
            let prefix = words[..k].join(" ");
            let n = prefix.chars().count();
            let ann = EX.extract(&prefix);
            assert!(ann.mentions.iter().all(|m| m.range.end() <= n), "{prefix}");
        }
    }
}
