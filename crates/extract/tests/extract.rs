//! Integration tests of the extractor (one binary): the seed article against its gold
//! annotations, offsets on arbitrary input, the command line, and a dev-data slice.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a test failure with its message"
)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::LazyLock;

use proptest::prelude::*;
use sahifa_extract::eval::same_mention;
use sahifa_extract::{Extractor, arabic};
use sahifa_model::{Annotations, EntityId, Label, TextRange};
use serde_json::Value;

#[path = "extract/cli_input.rs"]
mod cli_input;
#[path = "extract/long_texts.rs"]
mod long_texts;
#[path = "extract/news_blind.rs"]
mod news_blind;

static EX: LazyLock<Extractor> = LazyLock::new(|| Extractor::shipped().unwrap());

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed_text() -> String {
    std::fs::read_to_string(repo_root().join("seeds/000_812f1e39dd98ed92.txt")).unwrap()
}

fn slice(text: &str, r: TextRange) -> String {
    text.chars().skip(r.start()).take(r.len()).collect()
}

/// Checks every offset invariant a caller relies on.
fn check_offsets(text: &str, ann: &Annotations) {
    let len = text.chars().count();
    let mut last: Option<TextRange> = None;
    for m in &ann.mentions {
        assert!(m.range.start() < m.range.end(), "empty mention {}", m.range);
        assert!(m.range.end() <= len, "{} out of {len}", m.range);
        if let Some(prev) = last {
            assert!(
                (prev.start(), prev.end()) <= (m.range.start(), m.range.end()),
                "mentions out of order"
            );
            assert!(!prev.overlaps(m.range), "{prev} overlaps {}", m.range);
        }
        last = Some(m.range);
        if let Some(id) = m.entity {
            assert!(ann.entity(id).is_some(), "dangling entity id");
        }
    }
}

#[test]
fn seed_article_entities_and_mentions_match_the_gold_file() {
    let text = seed_text();
    let chars: Vec<char> = text.chars().collect();
    let gold: Value = serde_json::from_str(include_str!("fixtures/seed-000.json")).unwrap();
    let ann = EX.extract(&text);
    check_offsets(&text, &ann);

    let mut gold_to_found: HashMap<String, EntityId> = HashMap::new();
    let mut missing = Vec::new();
    for g in gold["mentions"].as_array().unwrap() {
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let label = Label::parse(g["type"].as_str().unwrap()).unwrap();
        let found = ann.mentions.iter().find(|m| {
            m.label == label && same_mention(&chars, (m.range.start(), m.range.end()), s, e)
        });
        let Some(found) = found else {
            missing.push(format!("{label} «{}» at {s}..{e}", g["text"]));
            continue;
        };
        if let Some(gid) = g["entity"].as_str() {
            let id = found
                .entity
                .expect("gold mention of an entity has an entity");
            let prev = gold_to_found.entry(gid.to_owned()).or_insert(id);
            assert_eq!(
                *prev, id,
                "«{}» at {s} is not grouped with the other mentions of {gid}",
                g["text"]
            );
        }
    }
    assert!(missing.is_empty(), "missing mentions: {missing:#?}");

    // Distinct gold entities are distinct entities, with the gold type, name and title.
    let entities = gold["entities"].as_object().unwrap();
    let mut seen = HashMap::new();
    for (gid, g) in entities {
        let id = gold_to_found[gid];
        assert!(
            seen.insert(id, gid.clone()).is_none(),
            "{gid} merged with another"
        );
        let e = ann.entity(id).unwrap();
        assert_eq!(e.label.as_str(), g["type"].as_str().unwrap(), "{gid}");
        assert_eq!(
            arabic::fold(&e.name),
            arabic::fold(g["name"].as_str().unwrap()),
            "canonical name of {gid}"
        );
        if let Some(t) = g.get("title").and_then(Value::as_str) {
            assert_eq!(e.title.as_deref(), Some(t), "title of {gid}");
        }
    }
}

#[test]
fn clitics_stay_out_of_place_mentions_and_join_one_entity() {
    let text = "زار الوزير الدوحة ثم عاد إلى الكويت وقطر، وقال إن قطر بلد مضياف.";
    let ann = EX.extract(text);
    check_offsets(text, &ann);
    let qatar: Vec<_> = ann
        .mentions
        .iter()
        .filter(|m| arabic::fold(&slice(text, m.range)) == "قطر")
        .collect();
    assert_eq!(qatar.len(), 2, "{ann:#?}");
    assert_eq!(qatar[0].entity, qatar[1].entity);
}

#[test]
fn a_countrys_formal_name_and_its_short_name_are_one_entity() {
    let text = "وصل الوزير إلى دولة الإمارات أمس. وتعد الإمارات شريكا مهما لسلطنة عمان، \
                وقال إن عمان ترحب.";
    let ann = EX.extract(text);
    check_offsets(text, &ann);
    for short in ["الإمارات", "عمان"] {
        let ids: Vec<_> = ann
            .mentions
            .iter()
            .filter(|m| slice(text, m.range).ends_with(short))
            .map(|m| m.entity)
            .collect();
        assert_eq!(ids.len(), 2, "{short}: {ann:#?}");
        assert_eq!(ids[0], ids[1], "{short}: {ann:#?}");
    }
}

#[test]
fn titled_people_keep_their_title_apart_and_family_names_join_them() {
    let text = "استقبل الفريق أول ركن خالد العتيبي وفدا عسكريا. وأكد الفريق العتيبي أهمية التعاون.";
    let ann = EX.extract(text);
    let person = ann
        .entities
        .iter()
        .find(|e| e.label == Label::Person)
        .expect("a person");
    assert_eq!(person.name, "خالد العتيبي");
    assert_eq!(person.title.as_deref(), Some("الفريق أول ركن"));
    assert_eq!(ann.mentions_of(person.id).count(), 2);
}

#[test]
fn a_time_of_day_after_a_title_is_not_a_name() {
    // Regression: «صباح» (also a given name) was taken for the minister's name.
    let text = "افتتح وزير الثقافة صباح اليوم معرض الرياض الدولي للكتاب.";
    let ann = EX.extract(text);
    let people: Vec<_> = ann
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .collect();
    assert!(people.is_empty(), "{people:?}");
    // The name itself still counts after a title.
    let ann = EX.extract("التقى الشيخ صباح الخالد السفير.");
    assert!(
        ann.entities
            .iter()
            .any(|e| e.label == Label::Person && e.name == "صباح الخالد"),
        "{:?}",
        ann.entities
    );
}

/// Every mention of `text` as (type, text as written), in text order.
fn labelled_mentions(text: &str) -> Vec<(Label, String)> {
    EX.extract(text)
        .mentions
        .iter()
        .map(|m| (m.label, slice(text, m.range)))
        .collect()
}

/// The mentions of type `label` in `text`, in text order.
fn mentions_of(label: Label, text: &str) -> Vec<String> {
    labelled_mentions(text)
        .into_iter()
        .filter(|(l, _)| *l == label)
        .map(|(_, t)| t)
        .collect()
}

#[test]
fn words_after_titles_that_are_not_names_stay_out_of_people() {
    // Regressions from ANERcorp dev: each of these made a person.
    for (text, not_a_name) in [
        ("وقال المتحدث باسم الجيش اللبناني إن الوضع هادئ.", "باسم"),
        ("وصل ولي العهد إلى الدوحة أمس.", "العهد"),
        ("وقال أمين السر إن الاجتماع انتهى.", "السر"),
        (
            "يريد النادي الاحتفاظ بالمدرب الفرنسي حتى نهاية الموسم.",
            "الفرنسي",
        ),
        ("زار رئيس كوريا الجنوبية الدوحة.", "كوريا"),
    ] {
        let people = mentions_of(Label::Person, text);
        assert!(
            !people.iter().any(|p| p == not_a_name),
            "{text}: {people:?}"
        );
    }
}

#[test]
fn a_nationality_after_a_rank_joins_the_title_and_the_name_follows() {
    let ann = EX.extract("وقال الجنرال الفرنسي جان بيير الموقف مستقر.");
    let person = ann
        .entities
        .iter()
        .find(|e| e.label == Label::Person)
        .map(|e| (e.name.clone(), e.title.clone()));
    assert_eq!(
        person,
        Some(("جان بيير".to_owned(), Some("الجنرال الفرنسي".to_owned())))
    );
}

#[test]
fn two_people_joined_by_wa_stay_two() {
    let people = mentions_of(Label::Person, "وحضر الاجتماع اللواء محمد خميس وعباس عثمان.");
    assert!(
        people
            .iter()
            .all(|p| !p.contains("خميس و") && !p.contains(" وعباس")),
        "{people:?}"
    );
}

#[test]
fn quoted_products_and_works_after_their_head_are_misc() {
    for (text, name) in [
        (
            "وكشفت الشركة عن سيارة « سيلفيا إكس » الجديدة في المعرض.",
            "سيلفيا إكس",
        ),
        (
            "وتقدم الفنانة برنامج « حكايات المساء » على القناة الأولى.",
            "حكايات المساء",
        ),
    ] {
        let misc = mentions_of(Label::Misc, text);
        assert!(misc.iter().any(|m| m == name), "{text}: {misc:?}");
    }
}

#[test]
fn a_club_after_fariq_is_an_organisation_and_a_name_keeps_its_first_fa() {
    // Regressions: «فريق» (also «lieutenant general») made «ريال» a person, and the «ف» of
    // «فينيسيوس» was cut off as if it were the conjunction.
    let text = "حقق فريق ريال مدريد فوزا ثمينا، وسجل البرازيلي فينيسيوس جونيور الهدف الثاني.";
    let found = labelled_mentions(text);
    assert!(
        found.contains(&(Label::Org, "ريال مدريد".to_owned())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Label::Person, "فينيسيوس جونيور".to_owned())),
        "{found:?}"
    );
}

#[test]
fn dates_and_events_are_found() {
    let text =
        "افتتحت بطولة كأس العالم 2022 في الدوحة يوم الأحد 20 نوفمبر 2022، وتنتهي في 18 ديسمبر.";
    let labels = labelled_mentions(text);
    assert!(
        labels.contains(&(Label::Date, "يوم الأحد 20 نوفمبر 2022".to_owned())),
        "{labels:?}"
    );
    assert!(
        labels.contains(&(Label::Date, "18 ديسمبر".to_owned())),
        "{labels:?}"
    );
    assert!(
        labels
            .iter()
            .any(|(l, t)| *l == Label::Event && t.contains("كأس العالم")),
        "{labels:?}"
    );
}

#[test]
fn shipped_model_scores_on_a_dev_slice() {
    let mut sentences =
        sahifa_extract::conll::parse(include_str!("fixtures/anercorp-dev-slice.conll"));
    // ANERcorp tags a currency word alone as MISC; by the guidelines (GUIDELINES.md) it is
    // no entity, and the extractor drops it: the gold follows the guidelines here.
    for s in &mut sentences {
        for k in 0..s.words.len() {
            let currency = sahifa_extract::token::tokenize(&s.words[k])
                .first()
                .is_some_and(sahifa_extract::rules::is_currency);
            let alone = s.tags.get(k + 1).is_none_or(|t| !t.starts_with("I-"));
            if currency && alone && s.tags[k] == "B-MISC" {
                s.tags[k] = "O".to_owned();
            }
        }
    }
    let scores = sahifa_extract::eval::evaluate(&EX, &sentences, 1);
    let (_, _, f1) = scores.micro().prf();
    // A regression guard against a collapse, not a target (the slice is part of the spent
    // dev file; models are chosen by `eval --cv`): the shipped model scores 0.744 here, the
    // previous one 0.759 under the same rules (CV preferred the new one by +0.4 F1 over
    // 6,270 held-out entities), the model before the world gazetteers 0.73.
    assert!(f1 > 0.72, "micro F1 {f1:.3}\n{}", scores.report());
}

fn cli(args: &[&str], stdin: &str) -> (String, String, bool) {
    use std::io::Write;
    // A data folder with no personal knowledge store: a developer's own taught names must
    // not change what these tests see.
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa-ner"))
        .args(args)
        .env(
            "XDG_DATA_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-user-data"),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn cli_lines_jsonl_gives_one_object_per_line_with_line_relative_offsets() {
    let input = "وصل الرئيس إلى القاهرة\n\nعاد إلى الكويت وقطر\n";
    let (out, err, ok) = cli(&["extract", "--lines", "--format", "jsonl", "-"], input);
    assert!(ok, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    for (n, (v, src)) in lines.iter().zip(input.lines()).enumerate() {
        assert_eq!(v["line"], n);
        for m in v["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            let text: String = src
                .chars()
                .skip(s as usize)
                .take((e - s) as usize)
                .collect();
            assert_eq!(m["text"].as_str().unwrap(), text);
            assert!(m["entity"].is_string());
        }
    }
    let third = lines[2]["mentions"].as_array().unwrap();
    assert!(
        third
            .iter()
            .any(|m| m["text"] == "قطر" && m["type"] == "LOCATION")
    );
}

#[test]
fn cli_lines_jsonl_gives_a_persons_title_with_his_mentions() {
    let input = "وقال وزير الخارجية الدكتور بدر عبد العاطي إن مصر ترحب\n";
    let (out, err, ok) = cli(&["extract", "--lines", "--format", "jsonl", "-"], input);
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let mentions = v["mentions"].as_array().unwrap();
    let person = mentions.iter().find(|m| m["type"] == "PERSON").unwrap();
    assert_eq!(person["title"], "وزير الخارجية");
    let place = mentions.iter().find(|m| m["type"] == "LOCATION").unwrap();
    assert!(place.get("title").is_none(), "{place}");
}

#[test]
fn cli_refuses_binary_input_but_processes_the_other_files() {
    let dir = std::env::temp_dir().join(format!("sahifa-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("image.bin");
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "زار الوزير الدوحة").unwrap();
    let (out, err, ok) = cli(
        &[
            "extract",
            "--format",
            "jsonl",
            bin.to_str().unwrap(),
            dir.join("missing.txt").to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        "",
    );
    assert!(!ok);
    assert!(err.contains("image.bin") && err.contains("binary"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    let doc: Value = serde_json::from_str(out.trim()).unwrap();
    assert!(doc["file"].as_str().unwrap().ends_with("good.txt"));
    std::fs::remove_dir_all(&dir).ok();
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("قطر".to_owned()),
        Just("وقطر".to_owned()),
        Just("اللواء".to_owned()),
        Just("القوات المسلحة".to_owned()),
        Just("معرض".to_owned()),
        Just("(ديمكس 2026)".to_owned()),
        Just("\u{200F}".to_owned()),
        Just("\u{202B}".to_owned()),
        Just("\u{064E}".to_owned()),
        Just("\u{0301}".to_owned()),
        Just("ـ".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("(".to_owned()),
        Just("للجيش".to_owned()),
        any::<char>().prop_map(String::from),
        "\\PC{0,6}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_gives_valid_offsets(text in arbitrary_text()) {
        let ann = EX.extract(&text);
        check_offsets(&text, &ann);
    }

    #[test]
    fn loose_search_ranges_are_valid(text in arbitrary_text(), needle in "\\PC{0,4}") {
        let len = text.chars().count();
        let mut last_end = 0;
        for r in arabic::find_loose(&text, &needle) {
            prop_assert!(r.start() < r.end() && r.end() <= len);
            prop_assert!(r.start() >= last_end);
            last_end = r.end();
        }
    }
}

#[test]
fn extractor_can_be_shared_with_a_background_thread() {
    fn shareable<T: Send + Sync>(_: &T) {}
    shareable(&*EX);
    let text = "زار الوزير الدوحة";
    let from_thread = std::thread::scope(|s| s.spawn(|| EX.extract(text)).join().unwrap());
    assert_eq!(from_thread, EX.extract(text));
}

#[test]
fn threads_sharing_one_extractor_find_what_one_thread_finds() {
    // Each thread takes a word cache of its own; the output must not depend on which.
    let ex = Extractor::shipped().unwrap();
    let text = seed_text();
    let alone = ex.extract(&text);
    let together: Vec<Annotations> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| ex.extract(&text))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for ann in together {
        assert_eq!(ann, alone);
    }
}

#[test]
fn progress_is_reported_up_to_completion() {
    let text = seed_text().repeat(3);
    let seen = std::sync::Mutex::new(Vec::new());
    let ann = EX.extract_with_progress(&text, &|p| seen.lock().unwrap().push(p));
    let seen = seen.into_inner().unwrap();
    assert!(!ann.mentions.is_empty());
    assert_eq!(seen.last(), Some(&1.0));
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
}

#[test]
fn words_that_begin_with_waw_keep_their_meaning() {
    // «وزارة» is not و + «زارة»; «أمير» after a full name is his title, not his name.
    let text =
        "أعلنت وزارة الدفاع الأمريكية الخبر. واستقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر الوفد.";
    let found = labelled_mentions(text);
    assert!(
        found.contains(&(Label::Org, "وزارة الدفاع الأمريكية".to_owned())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Label::Person, "تميم بن حمد آل ثاني".to_owned())),
        "{found:?}"
    );
    // A first letter that only looks like a clitic stays: «وكالة», «باريس».
    let text = "نقلت وكالة الأنباء القطرية (قنا) الخبر من باريس.";
    let ann = EX.extract(text);
    let found: Vec<String> = ann.mentions.iter().map(|m| slice(text, m.range)).collect();
    assert!(
        found.contains(&"وكالة الأنباء القطرية".to_owned()),
        "{found:?}"
    );
    assert!(found.contains(&"باريس".to_owned()), "{found:?}");
    let agency = ann
        .mentions
        .iter()
        .find(|m| slice(text, m.range) == "قنا")
        .unwrap();
    assert_eq!(
        ann.entity(agency.entity.unwrap()).unwrap().name,
        "وكالة الأنباء القطرية (قنا)"
    );
}
