//! The [`Scorer`]'s cached sums against looking up every feature of [`for_each_feature`].

use super::*;
use crate::token::tokenize;

#[test]
fn cached_scores_are_the_sums_of_every_feature() {
    let crf = crate::crf::CrfModel::shipped().expect("shipped model");
    let gaz = Gazetteers::shipped().expect("shipped lists");
    let l = crf.num_labels();
    let mut cache = WordCache::default();
    // Sport, business and car sentences (topic features), one without a topic, quoted
    // names and listed places; the first sentence again, its words now cached.
    let sentences = [
        "فاز فريق ريال مدريد على برشلونة في مباراة الدوري أمس",
        "ارتفعت أسهم شركة أرامكو في بورصة الرياض",
        "كشفت الشركة عن سيارة « نيسان باترول » الجديدة بمحرك أقوى",
        "قال رئيس الوزراء في الدوحة إن « حوار من القلب » برنامج جديد .",
        "فاز فريق ريال مدريد على برشلونة في مباراة الدوري أمس",
    ];
    for text in sentences {
        let tokens = tokenize(text);
        let mut want = vec![0.0f32; tokens.len() * l];
        let clusters = &crf.clusters;
        for_each_feature(&tokens, &gaz, &gaz.phrases, clusters, &mut |i, name| {
            crf.add_state(name, &mut want[i * l..(i + 1) * l]);
        });
        let mut got = Vec::new();
        Scorer::new(&crf, &gaz, &mut cache).sentence_scores(&tokens, &mut got);
        assert_eq!(got.len(), want.len());
        for (k, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (g - w).abs() < 1e-3,
                "{text}: token {} label {}",
                k / l,
                k % l
            );
        }
    }
}

#[test]
fn the_word_ids_of_a_scored_sentence_are_those_the_lists_give() {
    let crf = crate::crf::CrfModel::shipped().expect("shipped model");
    let gaz = Gazetteers::shipped().expect("shipped lists");
    let mut cache = WordCache::default();
    // Listed names (world, typed, harvested), numbers and punctuation; the first sentence
    // again, its words now cached.
    let sentences = [
        "التقى وفد من الأمم المتحدة في جنيف بممثلي منظمة الصحة العالمية .",
        "سجل لاعب نادي الهلال 3 أهداف في 2024 ، وفاز على النصر",
        "التقى وفد من الأمم المتحدة في جنيف بممثلي منظمة الصحة العالمية .",
    ];
    for text in sentences {
        let tokens = tokenize(text);
        let mut scorer = Scorer::new(&crf, &gaz, &mut cache);
        scorer.sentence_scores(&tokens, &mut Vec::new());
        let got: Vec<_> = scorer.word_ids().collect();
        assert_eq!(got, gaz.word_ids(&tokens), "{text}");
        assert!(
            got.iter().any(|ids| ids[1].is_some()),
            "{text}: listed words"
        );
    }
}
