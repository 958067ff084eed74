//! Unit tests of `people.rs` (and of the article consistency that follows it) on the
//! constructions of Gulf and Levant agency copy: regnal names, offices in apposition that
//! end at a time word or after the body served, headline verbs, a titled man's family name
//! alone later in the article. Sentences of our own.

use super::tests::{people_in, pipeline};

#[test]
fn a_regnal_number_followed_by_ibn_keeps_the_fathers_name() {
    for text in [
        "وأكد جلالة الملك عبدالله الثاني ابن الحسين أهمية التعاون",
        "وأكد الملك عبدالله الثاني ابن الحسين أهمية التعاون",
        "واستقبل الملك عبد الله الثاني ابن الحسين الوفد",
    ] {
        let got = people_in(text, &[]);
        assert!(
            got.iter().any(|p| p.ends_with("ابن الحسين")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_prime_minister_designate_is_charged_with_forming_the_government() {
    for (text, title) in [
        (
            "والتقى الرئيس المكلف تشكيل الحكومة نجيب ميقاتي رؤساء الكتل.",
            "الرئيس المكلف تشكيل الحكومة",
        ),
        (
            "وأعلن رئيس الوزراء المكلف بتأليف الحكومة مصطفى أديب اعتذاره.",
            "رئيس الوزراء المكلف بتأليف الحكومة",
        ),
        (
            "وزار الرئيس المكلف تأليف الحكومة سعد الحريري قصر بعبدا.",
            "الرئيس المكلف تأليف الحكومة",
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
fn a_name_after_the_body_an_office_serves_is_its_holder() {
    for (text, name) in [
        (
            "وأكد الأمين العام لأوبك هيثم الغيص التزام الدول بخطط الإنتاج.",
            "هيثم الغيص",
        ),
        (
            "وأوضح الرئيس التنفيذي لأرامكو أمين الناصر توقعات الطلب.",
            "أمين الناصر",
        ),
        (
            "وافتتح المدير العام لليونسكو خالد العناني المؤتمر.",
            "خالد العناني",
        ),
    ] {
        let (mentions, titles) = pipeline(text);
        assert!(
            mentions.contains(&("PERSON", name.into())),
            "{text}: {mentions:?}"
        );
        assert!(
            titles.iter().flatten().next().is_some(),
            "{text}: {titles:?}"
        );
    }
}

#[test]
fn a_royal_title_before_its_realm_after_a_name_begins_his_office() {
    for (text, name) in [
        (
            "ودشن صاحب السمو الملكي الأمير فيصل بن خالد بن سلطان أمير منطقة الحدود الشمالية المشروع.",
            "فيصل بن خالد بن سلطان",
        ),
        (
            "واستقبل الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية الوفد.",
            "سعود بن نايف بن عبدالعزيز",
        ),
        (
            "وحضر الشيخ سعود بن صقر القاسمي حاكم رأس الخيمة الحفل.",
            "سعود بن صقر القاسمي",
        ),
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions.contains(&("PERSON", name.into())),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn a_titled_persons_family_name_alone_is_him_not_the_place_it_also_names() {
    for family in ["الجوف", "الأحساء"] {
        let text = format!(
            "وحضر الحفل معالي وزير النقل خالد بن سعد {family} وعدد من المسؤولين.\n\
             وأكد {family} أن المشروع سيعمل قريبا."
        );
        let (mentions, _) = pipeline(&text);
        let alone: Vec<_> = mentions.iter().filter(|(_, t)| t == family).collect();
        assert_eq!(alone, [&("PERSON", family.into())], "{mentions:?}");
    }
}

#[test]
fn a_common_word_family_name_after_a_verb_of_speech_is_the_man_speaking() {
    for (name, family) in [("جورج عدوان", "عدوان"), ("نزار شعار", "شعار")]
    {
        let text = format!(
            "وعقدت اللجنة اجتماعا برئاسة النائب {name} في مقر البرلمان.\n\
             وقال {family} في تصريح للصحافيين إن الجلسة كانت مثمرة.\n\
             ورفض المتظاهرون أي {family} على الحقوق."
        );
        let (mentions, _) = pipeline(&text);
        let alone: Vec<_> = mentions.iter().filter(|(_, t)| t == family).collect();
        assert_eq!(alone, [&("PERSON", family.into())], "{mentions:?}");
    }
}

#[test]
fn a_portfolio_in_construct_joined_by_wa_is_part_of_the_office() {
    for (text, title) in [
        (
            "وقال وزير الاتصالات وتكنولوجيا المعلومات عمرو طلعت إن الخدمة متاحة.",
            "وزير الاتصالات وتكنولوجيا المعلومات",
        ),
        (
            "وأكد وزير الزراعة واستصلاح الأراضي محمد القصير أن المحصول وفير.",
            "وزير الزراعة واستصلاح الأراضي",
        ),
        (
            "وأعلن وزير العمل وريادة الأعمال أحمد الشامي برنامجا جديدا.",
            "وزير العمل وريادة الأعمال",
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
fn a_headlines_verb_after_a_title_is_neither_title_nor_name() {
    for (text, title) in [
        ("ولي العهد يستقبل وزير الخارجية البريطاني", "ولي العهد"),
        ("ولي العهد يزور معرض الطيران ويلتقي المشاركين", "ولي العهد"),
        (
            "الملك وفخامة الرئيس الفرنسي يبحثان العلاقات الثنائية",
            "فخامة الرئيس الفرنسي",
        ),
        (
            "وزير الدفاع ونظيره الإيطالي يوقعان اتفاقية تعاون",
            "وزير الدفاع",
        ),
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions.contains(&("TITLE", title.into())),
            "{text}: {mentions:?}"
        );
        assert!(
            !mentions.iter().any(|(l, _)| *l == "PERSON"),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn an_honorific_of_address_behind_a_preposition_begins_a_title() {
    for (text, title) in [
        (
            "ورحب الملك بفخامة الرئيس الفرنسي والوفد المرافق.",
            "فخامة الرئيس الفرنسي",
        ),
        (
            "والتقى الوفد بمعالي وزير الخارجية في مكتبه.",
            "معالي وزير الخارجية",
        ),
        ("ونقل تحيات الرئيس لسمو الأمير الوالد.", "سمو الأمير"),
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions
                .iter()
                .any(|(l, t)| *l == "TITLE" && t.ends_with(title)),
            "{text}: {mentions:?}"
        );
        assert!(
            !mentions.iter().any(|(l, _)| *l == "PERSON"),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn a_crown_prince_of_a_realm_is_an_office_not_a_man_named_ahd() {
    for (text, title) in [
        (
            "واستقبل ولي عهد أبوظبي الشيخ خالد بن محمد بن زايد الوفد.",
            "ولي عهد أبوظبي الشيخ",
        ),
        (
            "وأكد ولي عهد الكويت الشيخ صباح الخالد أن الحكومة ماضية.",
            "ولي عهد الكويت الشيخ",
        ),
        (
            "اعتمد الشيخ حمدان بن محمد، ولي عهد دبي نائب رئيس مجلس الوزراء وزير الدفاع، المشاريع.",
            "ولي عهد دبي نائب رئيس مجلس الوزراء وزير الدفاع",
        ),
    ] {
        let (mentions, titles) = pipeline(text);
        assert!(
            mentions.iter().all(|(_, m)| m != "عهد"),
            "{text}: {mentions:?}"
        );
        assert!(
            titles.iter().any(|t| t.as_deref() == Some(title)),
            "{text}: {titles:?}"
        );
    }
}

#[test]
fn a_given_name_that_is_a_common_word_before_a_known_name_is_his() {
    // «فائق» ("superior") is no «ف» + «ائق»: people's names on Wikidata hold it whole.
    for (text, name) in [
        (
            "هنأ رئيس مجلس القضاء الأعلى القاضي فائق زيدان، في برقية، رئيس البرلمان.",
            "فائق زيدان",
        ),
        ("وقال المستشار فائق زيدان إن القضاء مستقل.", "فائق زيدان"),
        ("وأكد المدير العام فائق حمدان أن العمل مستمر.", "فائق حمدان"),
    ] {
        let (mentions, _) = pipeline(text);
        assert!(
            mentions.iter().any(|(l, m)| *l == "PERSON" && m == name),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn a_royal_word_after_a_fathers_name_is_the_family_name() {
    use crate::rules::pipeline_tests::texts_of;
    for (text, name) in [
        (
            "وقال إبراهيم بن محمد السلطان إن الأرقام مشجعة.",
            "إبراهيم بن محمد السلطان",
        ),
        (
            "وأوضح خالد بن عبدالله الملك، أن المشروع يتقدم.",
            "خالد بن عبدالله الملك",
        ),
        ("وأكد فهد بن سعد الشيخ أن العمل بدأ.", "فهد بن سعد الشيخ"),
    ] {
        assert_eq!(texts_of(text, "PERSON"), [name], "{text}");
        assert!(texts_of(text, "TITLE").is_empty(), "{text}");
    }
    // Before a name it is another man's title.
    let text = "واستقبل محمد بن سلمان الأمير فيصل في الرياض.";
    assert_eq!(
        texts_of(text, "PERSON"),
        ["محمد بن سلمان", "فيصل"],
        "{text}"
    );
}
