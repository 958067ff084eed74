//! The blind news gold files (`eval/news-blind`) are what `examples/eval_news` scores
//! against: each mention must be the text it says at its offsets, in order, without
//! overlaps, of a known type, and point at an entity of its type where it has one.

use super::*;

#[test]
fn every_blind_gold_mention_is_the_text_at_its_offsets() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("eval/news-blind");
    let mut files = 0;
    for set in ["develop", "report", "develop2", "report2"] {
        for entry in std::fs::read_dir(root.join(set)).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".gold.json") {
                continue;
            }
            files += 1;
            let gold: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let text_path = path.with_file_name(gold["document"].as_str().unwrap());
            let chars: Vec<char> = std::fs::read_to_string(text_path)
                .unwrap()
                .chars()
                .collect();
            let mut last_end = 0;
            for m in gold["mentions"].as_array().unwrap() {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                let at: String = chars[s..e].iter().collect();
                assert_eq!(at, m["text"].as_str().unwrap(), "{}", path.display());
                assert!(s >= last_end, "{}: overlap at {s}", path.display());
                last_end = e;
                let ty = m["type"].as_str().unwrap();
                assert!(Label::parse(ty).is_some(), "{}: type {ty}", path.display());
                if let Some(id) = m["entity"].as_str() {
                    assert_eq!(gold["entities"][id]["type"].as_str(), Some(ty), "{id}");
                }
            }
        }
    }
    assert_eq!(files, 48, "four sets of 12 articles");
}
