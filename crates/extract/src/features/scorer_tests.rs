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
