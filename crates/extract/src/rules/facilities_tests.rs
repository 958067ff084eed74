//! Unit tests of `facilities.rs`, on sentences of our own.

use super::*;
use crate::token::tokenize;

fn places(text: &str, person: (usize, usize)) -> Vec<(usize, usize)> {
    let toks = tokenize(text);
    let g = crate::gazetteer::Gazetteers::shipped().unwrap();
    let ctx = Ctx::new(&toks, &g, &[(person.0, person.1, Label::Person)]);
    let mut out = Vec::new();
    facilities(&ctx, &mut out);
    out.iter().map(|c| (c.start, c.end)).collect()
}

#[test]
fn a_stadium_or_airport_named_after_a_person_is_one_place() {
    // على استاد جاسم بن حمد
    assert_eq!(places("على استاد جاسم بن حمد اليوم", (2, 5)), [(1, 5)]);
    // وصل إلى مطار الملك خالد الدولي
    assert_eq!(places("وصل إلى مطار الملك خالد الدولي", (4, 5)), [(2, 6)]);
    // A name the tagger took for a thing: the airport is the place.
    let toks = tokenize("إلى مطار هيثرو في");
    let g = crate::gazetteer::Gazetteers::shipped().unwrap();
    let ctx = Ctx::new(&toks, &g, &[(2, 3, Label::Misc)]);
    let mut out = Vec::new();
    facilities(&ctx, &mut out);
    assert_eq!(
        out.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(),
        [(1, 3)]
    );
    // The tagger saw no person: a listed given name after a title will do.
    assert_eq!(places("في شارع الملك فيصل وسط", (0, 1)), [(1, 4)]);
}

#[test]
fn a_definite_head_or_no_person_after_it_is_no_place() {
    assert!(places("قال الملعب جاسم", (2, 3)).is_empty());
    assert!(places("في ملعب كبير جدا", (3, 4)).is_empty());
    // A listed given name right after the head names the place («ميناء حمد»).
    assert_eq!(places("في ميناء حمد أمس", (0, 1)), [(1, 3)]);
}

#[test]
fn a_street_named_after_a_martyr_keeps_the_word_martyr() {
    // مع شارع الشهيد وصفي التل
    assert_eq!(places("مع شارع الشهيد وصفي التل أمس", (3, 5)), [(1, 5)]);
    // في ساحة الشهيد ياسر عرفات
    assert_eq!(places("في ساحة الشهيد ياسر عرفات وسط", (3, 5)), [(1, 5)]);
    // إلى مطار الشهيد محمد بوضياف
    assert_eq!(
        places("إلى مطار الشهيد محمد بوضياف صباحا", (3, 5)),
        [(1, 5)]
    );
}

#[test]
fn a_group_after_a_glued_preposition_is_no_place() {
    // «لمجمع سوناطراك», «بمجمع سونلغاز»: a group of companies the tagger found.
    for text in [
        "الرئيس المدير العام لمجمع سوناطراك أمس",
        "وقع بمجمع سونلغاز اتفاقا جديدا",
        "وأعلن لمجمع أسمنت عين التوتة شراكة",
    ] {
        let toks = tokenize(text);
        let k = toks.iter().position(|t| t.norm.contains("مجمع")).unwrap();
        let g = crate::gazetteer::Gazetteers::shipped().unwrap();
        let ctx = Ctx::new(&toks, &g, &[(k + 1, k + 2, Label::Org)]);
        let mut out = Vec::new();
        facilities(&ctx, &mut out);
        assert!(out.is_empty(), "{text}: {:?}", out.len());
    }
}
