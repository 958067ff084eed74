//! Tests of the retraining: the user's JSONL as training data, and the keep/reject
//! decision with tiny models (a few iterations on a made-up corpus).

#![allow(
    clippy::unwrap_used,
    reason = "tests: a panic is a test failure with its message"
)]

use super::*;

// Made-up names in no list, so the rules cannot make up for what the CRF learnt.
const GIVEN: [&str; 6] = ["زوكار", "ليمان", "فروس", "دكمار", "سيلان", "بروان"];
const FAMILY: [&str; 5] = ["ترماني", "كوبلين", "غرستي", "مورفاني", "شالتي"];
const CITIES: [&str; 4] = ["كرستان", "بولفار", "دميرا", "سنكيت"];

/// A made-up train file: «ثم PERSON PERSON ترك CITY سريعا .» and the like.
fn conll(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let (g, f, c) = (GIVEN[i % 6], FAMILY[i % 5], CITIES[i % 4]);
        // Plain verbs and adverbs: no trigger word a rule would act on.
        let (before, between, after) = if i % 2 == 0 {
            ("لقد", "أحب", "جدا")
        } else {
            ("ثم", "ترك", "سريعا")
        };
        let rows = [
            (before, "O"),
            (g, "B-PERS"),
            (f, "I-PERS"),
            (between, "O"),
            (c, "B-LOC"),
            (after, "O"),
            (".", "O"),
        ];
        for (w, t) in rows {
            out.push_str(&format!("{w} {t}\n"));
        }
        out.push('\n');
    }
    out
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("sahifa-retrain-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn tiny() -> Hyper {
    Hyper {
        iterations: 15,
        clusters: 0,
        ..Hyper::shipped()
    }
}

/// A data folder and a user model folder holding a tiny model trained on it alone.
fn setup(name: &str) -> (PathBuf, PathBuf) {
    let root = temp_dir(name);
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("anercorp-train.conll"), conll(60)).unwrap();
    let corpus = Corpus::read(&data).unwrap();
    let never = AtomicBool::new(false);
    let t = train_with(&corpus, &[], &tiny(), &|_| {}, &never)
        .unwrap()
        .unwrap();
    let dir = root.join("model");
    write_model_dir(&dir, &t).unwrap();
    (data, dir)
}

fn retrain_job(data: PathBuf, dir: PathBuf, added: Vec<Article>) -> Retrain {
    Retrain {
        hyper: tiny(),
        check_every: 0,
        check_sentences: 20,
        ..Retrain::new(data, added, dir)
    }
}

/// An article «ثم PERSON ترك CITY سريعا .», its names labelled `person` and `city`, or
/// (`junk`) its first and last words labelled as names instead.
fn article(i: usize, person: &str, city: &str) -> Article {
    article_with(i, person, city, false)
}

fn article_with(i: usize, person: &str, city: &str, junk: bool) -> Article {
    let name = format!("{} {}", GIVEN[(i + 1) % 6], FAMILY[(i + 2) % 5]);
    let c = CITIES[(i + 3) % 4];
    let text = format!("ثم {name} ترك {c} سريعا .");
    let p0 = 3;
    let p1 = p0 + name.chars().count();
    let c0 = p1 + " ترك ".chars().count();
    let c1 = c0 + c.chars().count();
    let spans = if junk {
        serde_json::json!([
            {"start": 0, "end": 2, "label": person},
            {"start": c1 + 1, "end": c1 + 6, "label": city},
        ])
    } else {
        serde_json::json!([
            {"start": p0, "end": p1, "label": person},
            {"start": c0, "end": c1, "label": city},
        ])
    };
    let line = serde_json::json!({"text": text, "spans": spans});
    parse_jsonl(&line.to_string(), "test").unwrap().remove(0)
}

#[test]
fn jsonl_labels_map_to_the_crf_types_and_dates_and_titles_are_dropped() {
    let text = r#"{"text": "وزير الخارجية أحمد زار وقطر أمس", "spans": [{"start": 0, "end": 13, "label": "TITLE"}, {"start": 14, "end": 18, "label": "PERSON"}, {"start": 24, "end": 27, "label": "LOCATION"}, {"start": 28, "end": 31, "label": "DATE"}]}

{"text": "كأس العالم", "spans": [{"start": 0, "end": 10, "label": "EVENT"}]}"#;
    let a = parse_jsonl(text, "x.jsonl").unwrap();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].spans, [(14, 18, "PERS"), (24, 27, "LOC")]);
    assert_eq!(a[1].spans, [(0, 10, "MISC")]);
    let s = article_sentences(&a[0]);
    let tags: Vec<&str> = s[0].tags.iter().map(String::as_str).collect();
    // «وقطر» is tagged as a whole token, though the span leaves its «و» out.
    assert_eq!(tags, ["O", "O", "B-PERS", "O", "B-LOC", "O"]);
}

#[test]
fn a_bad_span_or_label_names_its_line() {
    let e = parse_jsonl(
        "\n{\"text\": \"قطر\", \"spans\": [{\"start\": 0, \"end\": 9, \"label\": \"LOC\"}]}",
        "u.jsonl",
    )
    .unwrap_err();
    assert!(e.0.contains("u.jsonl line 2"), "{e}");
    let e = parse_jsonl(
        "{\"text\": \"قطر\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"CITY\"}]}",
        "u.jsonl",
    )
    .unwrap_err();
    assert!(e.0.contains("unknown label"), "{e}");
}

#[test]
fn consistent_user_data_is_kept_and_replaces_the_user_model() {
    let (data, dir) = setup("keep");
    let before = std::fs::read(dir.join("ner.crfsuite")).unwrap();
    let added: Vec<Article> = (0..12).map(|i| article(i, "PERSON", "LOCATION")).collect();
    let r = retrain_job(data, dir.clone(), added);
    let never = AtomicBool::new(false);
    let out = retrain(&r, &|_| {}, &never).unwrap();
    let Outcome::Kept(check) = out else {
        panic!("expected the model to be kept: {out:?}");
    };
    assert!(check.keep());
    let after = std::fs::read(dir.join("ner.crfsuite")).unwrap();
    assert_ne!(before, after, "the user model was replaced");
    assert!(Extractor::from_dir(&dir).is_ok());
}

#[test]
fn user_data_that_lowers_the_check_score_is_rejected_and_nothing_changes() {
    let (data, dir) = setup("reject");
    let before = std::fs::read(dir.join("ner.crfsuite")).unwrap();
    // «ثم» («then») labelled a person and «سريعا» («quickly») an organisation, many times.
    let added: Vec<Article> = (0..300)
        .map(|i| article_with(i, "PERSON", "ORG", true))
        .collect();
    let r = retrain_job(data, dir.clone(), added);
    let never = AtomicBool::new(false);
    let out = retrain(&r, &|_| {}, &never).unwrap();
    let Outcome::Rejected(check) = out else {
        panic!("expected the model to be rejected: {out:?}");
    };
    assert!(check.candidate.micro().prf().2 < check.current.micro().prf().2);
    assert_eq!(std::fs::read(dir.join("ner.crfsuite")).unwrap(), before);
}

#[test]
fn a_cancelled_retraining_changes_nothing_and_going_back_to_the_shipped_model_removes_the_folder() {
    let (data, dir) = setup("cancel");
    let before = std::fs::read(dir.join("ner.crfsuite")).unwrap();
    let r = retrain_job(data, dir.clone(), vec![article(0, "PERSON", "LOCATION")]);
    let cancel = AtomicBool::new(true);
    assert!(matches!(
        retrain(&r, &|_| {}, &cancel).unwrap(),
        Outcome::Cancelled
    ));
    assert_eq!(std::fs::read(dir.join("ner.crfsuite")).unwrap(), before);
    use_shipped_model(&dir).unwrap();
    assert!(!dir.exists());
    assert!(user_or_shipped(&dir).is_ok());
    use_shipped_model(&dir).unwrap();
}
