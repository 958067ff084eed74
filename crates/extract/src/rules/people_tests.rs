//! Unit tests of `people.rs`.

use sahifa_model::Label;

use crate::gazetteer::Gazetteers;
use crate::rules::Ctx;
use crate::token::tokenize;

/// The people the rule finds in `text` given the CRF's spans (token ranges).
pub(super) fn people_in(text: &str, crf: &[(usize, usize, Label)]) -> Vec<String> {
    let toks = tokenize(text);
    let gaz = Gazetteers::shipped().expect("shipped lists");
    let ctx = Ctx::new(&toks, &gaz, crf);
    let mut out = Vec::new();
    super::people_and_titles(&ctx, &mut out);
    out.iter()
        .filter(|c| c.label == Some(Label::Person))
        .map(|c| crate::rules::written(text, &toks, c))
        .collect()
}

#[test]
fn a_name_after_a_title_runs_as_far_as_the_taggers_person() {
    let text = "وقال وزير الخارجية الألماني فرانك فالتر شتاينماير إن المحادثات مثمرة";
    assert_eq!(
        people_in(text, &[(4, 7, Label::Person)]),
        ["فرانك فالتر شتاينماير"]
    );
}

#[test]
fn an_indefinite_royal_title_is_followed_by_its_realm_not_a_name() {
    assert!(people_in("وكان ملك أراجون قد دخل المدينة", &[]).is_empty());
    assert_eq!(people_in("وكان الملك فيصل قد دخل المدينة", &[]), ["فيصل"]);
}

#[test]
fn a_second_title_after_wa_starts_a_second_person() {
    let text = "وحضر الوزير الأول ومعالي محمد بن عيسى الاجتماع";
    assert_eq!(people_in(text, &[(3, 7, Label::Person)]), ["محمد بن عيسى"]);
}

/// (type, text) of the mentions of the whole pipeline, and the people's titles.
pub(super) fn pipeline(text: &str) -> (Vec<(&'static str, String)>, Vec<Option<String>>) {
    let titles = super::super::pipeline_tests::extract(text)
        .entities
        .into_iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| e.title)
        .collect();
    (super::super::pipeline_tests::mentions(text), titles)
}

#[test]
fn an_honorific_of_address_with_an_office_is_a_title_never_a_person() {
    for (text, title) in [
        ("وأكد معالي الوزير أن الخطة جاهزة.", "معالي الوزير"),
        (
            "وقال معالي وزير الصحة إن المراكز جاهزة.",
            "معالي وزير الصحة",
        ),
        (
            "واستقبل المستشار الألماني سمو وزير الخارجية في برلين.",
            "سمو وزير الخارجية",
        ),
    ] {
        let (mentions, people) = pipeline(text);
        assert!(
            mentions.contains(&("TITLE", title.to_owned())),
            "{text}: {mentions:?}"
        );
        assert!(people.is_empty(), "{text}: {people:?}");
    }
}

#[test]
fn an_order_by_its_issuer_is_no_commander() {
    for text in [
        "وصدر الأمر الأميري بتعيين الوزراء الجدد.",
        "ونص الأمر الملكي على إعفاء المحافظ.",
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions
                .iter()
                .all(|(l, t)| *l != "TITLE" || !t.contains("الأمر")),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn the_body_a_spokesman_speaks_for_by_its_nation_is_an_organisation() {
    for (text, body) in [
        (
            "وقال متحدث باسم المفوضية الأوروبية إن الاتفاق مهم.",
            "المفوضية الأوروبية",
        ),
        (
            "وقال المتحدث باسم الحكومة الأردنية إن القرار نهائي.",
            "الحكومة الأردنية",
        ),
        (
            "وأعلن ناطق باسم الشرطة البريطانية توقيف رجلين.",
            "الشرطة البريطانية",
        ),
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions.contains(&("ORG", body.to_owned())),
            "{text}: {mentions:?}"
        );
        assert!(
            mentions
                .iter()
                .any(|(l, t)| *l == "TITLE" && t.ends_with("باسم")),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn an_office_with_its_remit_before_a_name_is_his_title() {
    let (_, people) = pipeline("وحذر المفوض الأوروبي للتجارة ماروش شيفتشوفيتش من أن الرسوم ضارة.");
    assert_eq!(people, [Some("المفوض الأوروبي للتجارة".to_owned())]);
}

#[test]
fn a_rulers_honorific_phrase_and_realm_are_his_title() {
    for (text, title) in [
        (
            "ورفعه إلى حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح.",
            "حضرة صاحب السمو أمير البلاد الشيخ",
        ),
        (
            "وهنأ سمو أمير البلاد الشيخ تميم بن حمد آل ثاني الفائزين.",
            "سمو أمير البلاد الشيخ",
        ),
    ] {
        let (mentions, people) = pipeline(text);
        assert_eq!(people, [Some(title.to_owned())], "{text}: {mentions:?}");
        assert!(mentions.iter().all(|(l, _)| *l == "PERSON"), "{mentions:?}");
    }
}

#[test]
fn a_family_name_before_the_clause_goes_on_is_part_of_the_name() {
    let (mentions, _) = pipeline("وقالت وزيرة الاقتصاد والمالية نادية فتاح إن النمو قوي.");
    assert!(
        mentions.contains(&("PERSON", "نادية فتاح".to_owned())),
        "{mentions:?}"
    );
    // A common word there is the clause's: «يجب», «ضرورة».
    for text in [
        "وقال الوزير خالد يجب أن نعمل.",
        "وأكد الوزير محمد ضرورة أن نعمل.",
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions
                .iter()
                .all(|(l, t)| *l != "PERSON" || !t.contains(' ')),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn two_foreign_words_after_an_office_and_its_nation_are_his_name() {
    let text = "وفي الشوط الثاني دفع المدير الفني الدنماركي ييس توروب بأوراقه الهجومية.";
    let (mentions, people) = pipeline(text);
    assert!(
        mentions.contains(&("PERSON", "ييس توروب".to_owned())),
        "{mentions:?}"
    );
    assert_eq!(people, [Some("المدير الفني الدنماركي".to_owned())]);
    // One unknown word after an office is not enough («… لشركة كيوتل»).
    let (mentions, _) = pipeline("وقال الرئيس التنفيذي لشركة كيوتل \"يسرنا ذلك\".");
    assert!(mentions.iter().all(|(l, _)| *l != "PERSON"), "{mentions:?}");
}

#[test]
fn an_under_secretary_generals_office_in_apposition_is_his_title() {
    let text = "وبحث الوزير مع السيد توم فليتشر وكيل الأمين العام للأمم المتحدة للشؤون \
                الإنسانية، الأوضاع في السودان. واستقبل صاحب السمو الملكي الأمير محمد بن \
                سلمان ولي العهد رئيس مجلس الوزراء، في الرياض اليوم، الوزير.";
    let (mentions, people) = pipeline(text);
    assert!(
        people.contains(&Some(
            "وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية".to_owned()
        )),
        "{people:?}"
    );
    assert!(
        people.contains(&Some("ولي العهد رئيس مجلس الوزراء".to_owned())),
        "{people:?}"
    );
    assert!(
        mentions
            .iter()
            .all(|(l, t)| *l != "PERSON" || !t.contains("الأمين")),
        "{mentions:?}"
    );
}

#[test]
fn a_body_a_spokesman_names_by_its_head_alone_stays_in_his_title() {
    let (mentions, people) =
        pipeline("وقال المتحدث باسم الجيش العميد نبيل عبد الله إن القصف توقف.");
    assert_eq!(
        people,
        [Some("المتحدث باسم الجيش العميد".to_owned())],
        "{mentions:?}"
    );
    let (mentions, _) = pipeline("وتوقع متحدث باسم الجيش أن تستمر العملية.");
    assert!(
        mentions.contains(&("TITLE", "متحدث باسم الجيش".to_owned())),
        "{mentions:?}"
    );
    // A named body is not: «باسم | [القوات المسلحة السودانية]».
    let (mentions, _) = pipeline("وقال متحدث باسم القوات المسلحة السودانية إن الهجوم صُد.");
    assert!(
        mentions.contains(&("TITLE", "متحدث باسم".to_owned())),
        "{mentions:?}"
    );
}

#[test]
fn a_common_word_alone_after_a_title_is_no_name_even_where_the_tagger_says_so() {
    for (text, word) in [
        ("ثم عقد وفخامة الرئيس الإندونيسي جلسة مباحثات رسمية.", "جلسة"),
        ("وفي الربيع أخذ السلطان يفكر في طريقة للعبور.", "يفكر"),
        ("وألقى فخامة الرئيس كلمة في الافتتاح.", "كلمة"),
    ] {
        let tokens = tokenize(text);
        let k = tokens
            .iter()
            .position(|t| {
                text.chars()
                    .skip(t.start)
                    .take(t.end - t.start)
                    .collect::<String>()
                    == word
            })
            .unwrap_or(0);
        // The tagger's person over the word alone.
        let people = people_in(text, &[(k, k + 1, Label::Person)]);
        assert!(
            !people.iter().any(|p| p.contains(word)),
            "{text}: {people:?}"
        );
    }
    // With a name after it the word is a name («سي» of the Maghreb, «فتح الله»).
    let text = "ودرس على يد الشيخ فتح الله العلوي في فاس.";
    // «ودرس على يد الشيخ | فتح الله العلوي»: tokens 4..7, the tagger's person.
    let people = people_in(text, &[(4, 7, Label::Person)]);
    assert!(people.iter().any(|p| p.starts_with("فتح")), "{people:?}");
}

#[test]
fn a_given_name_that_repeats_the_courtesy_word_before_it_begins_the_name() {
    for (text, name) in [
        (
            "وقال السيد سيد محمد ولد الشيخ إن الحكومة ماضية.",
            "سيد محمد ولد الشيخ",
        ),
        (
            "وأكد وزير المالية السيد سيد أحمد ولد باب أن العجز تراجع.",
            "سيد أحمد ولد باب",
        ),
        (
            "وحضر السيد سيد أحمد عبد الرحمن الاجتماع.",
            "سيد أحمد عبد الرحمن",
        ),
    ] {
        let (found, _) = pipeline(text);
        assert!(
            found.iter().any(|(l, t)| *l == "PERSON" && t == name),
            "{name} in {found:?}"
        );
    }
}

#[test]
fn senators_remits_abroad_and_the_state_council_are_offices() {
    for (text, title) in [
        (
            "وانتقد السناتور الجمهوري تيد كروز القرار.",
            "السناتور الجمهوري",
        ),
        ("وقال السيناتور بيرني ساندرز إن الخطة فاشلة.", "السيناتور"),
        (
            "والتقى وزير الخارجية وشؤون المغتربين بالخارج أيمن الصفدي نظيره.",
            "وزير الخارجية وشؤون المغتربين بالخارج",
        ),
        (
            "واستقبل رئيس مجلس الدولة الصيني لي تشيانغ الوفد.",
            "رئيس مجلس الدولة الصيني",
        ),
    ] {
        let (_, titles) = pipeline(text);
        assert!(
            titles.iter().flatten().any(|t| t == title),
            "{title} in {titles:?}"
        );
    }
}

#[test]
fn a_royal_title_that_is_a_given_name_begins_the_name_after_a_courtesy_word() {
    let cases = [
        ("وقال الدكتور سلطان الجابر إن الشركة ستواصل", "سلطان الجابر"),
        (
            "واستقبل صاحب السمو الأمير سلطان بن سلمان الضيوف",
            "سلطان بن سلمان",
        ),
        ("وأشاد الشيخ سلطان بن حمدان بالجهود", "سلطان بن حمدان"),
    ];
    for (text, name) in cases {
        assert!(
            people_in(text, &[]).iter().any(|p| p == name),
            "{text}: {:?}",
            people_in(text, &[])
        );
    }
    // A realm after it keeps it a title.
    let text = "وأكد سمو أمير البلاد الشيخ مشعل الأحمد أن الكويت ماضية";
    assert_eq!(people_in(text, &[]), ["مشعل الأحمد"]);
}

#[test]
fn a_common_word_the_tagger_leaves_out_after_a_name_is_no_family_name() {
    let text = "واستقبل الأمير فيصل بن بندر الوفد المرافق";
    assert_eq!(people_in(text, &[(2, 5, Label::Person)]), ["فيصل بن بندر"]);
    let text = "وتتهم المعارضة الشيخة حسينة الحكومة بالقمع";
    assert_eq!(people_in(text, &[(3, 4, Label::Person)]), ["حسينة"]);
    let text = "وزار الشيخ محمد يزبك المسؤول البارز في الحزب";
    assert_eq!(people_in(text, &[(2, 4, Label::Person)]), ["محمد يزبك"]);
    // A family name that is a common word stays where the tagger reads it in the name.
    let text = "وقال الوزير ناصر الشاعر إن الحكومة ستعمل";
    assert_eq!(people_in(text, &[(2, 4, Label::Person)]), ["ناصر الشاعر"]);
}

#[test]
fn portfolios_with_their_adjectives_and_a_ministers_charge_stay_in_the_office() {
    for (text, title) in [
        (
            "وقال وزير التعليم العالي والبحث العلمي الدكتور منصور العبيدي إن الجامعات جاهزة.",
            "وزير التعليم العالي والبحث العلمي",
        ),
        (
            "وأكد وزير الاقتصاد والطاقات المتجددة المهندس سامي الحربي أن الخطة جاهزة.",
            "وزير الاقتصاد والطاقات المتجددة",
        ),
        (
            "وصرح مدير إدارة الطرق والجسور المهندس ماجد الزعبي بأن الأعمال ستنتهي.",
            "مدير إدارة الطرق والجسور",
        ),
    ] {
        let (_, titles) = pipeline(text);
        assert!(
            titles.iter().flatten().any(|t| t == title),
            "{title} in {titles:?}"
        );
    }
    let (mentions, _) = pipeline("وحضر الاجتماع الوزير المكلف بالمؤسسات الناشئة.");
    assert!(
        mentions.contains(&("TITLE", "الوزير المكلف بالمؤسسات الناشئة".into())),
        "{mentions:?}"
    );
    let (mentions, _) = pipeline("وشارك في الجلسة المبعوث الخاص للرئيس الأمريكي.");
    assert!(
        mentions
            .iter()
            .any(|(l, t)| *l == "TITLE" && t.starts_with("المبعوث الخاص للرئيس")),
        "{mentions:?}"
    );
}

#[test]
fn an_epithet_ends_no_title_and_a_dean_is_an_office() {
    let (mentions, _) = pipeline("وفي ختام الزيارة، شكر الوفد سمو الأمير المفدى على الاستقبال.");
    assert!(
        mentions.contains(&("TITLE", "سمو الأمير".into())),
        "{mentions:?}"
    );
    for (text, title) in [
        (
            "وقال عميد كلية الهندسة الدكتور ناصر القحطاني إن القبول مفتوح.",
            "عميد كلية الهندسة",
        ),
        (
            "وأوضح عميد القبول والتسجيل الدكتور وليد العنزي أن الطلبات كثيرة.",
            "عميد القبول والتسجيل",
        ),
    ] {
        let (_, titles) = pipeline(text);
        assert!(
            titles.iter().flatten().any(|t| t == title),
            "{title} in {titles:?}"
        );
    }
    // «عميد الأدب العربي» is a byname, no office.
    let (_, titles) = pipeline("وكان عميد الأدب العربي طه حسين قد كتب المقال.");
    assert!(titles.iter().flatten().next().is_none(), "{titles:?}");
}
