//! Unit tests of `appositives.rs`, on sentences of our own.

use super::super::pipeline_tests::{extract, mentions};
use sahifa_model::Label;

/// The title of the person named `name` in `text`, and the TITLE mentions.
fn title_of(text: &str, name: &str) -> (Option<String>, Vec<String>) {
    let title = extract(text)
        .entities
        .into_iter()
        .find(|e| e.label == Label::Person && e.name == name)
        .and_then(|e| e.title);
    let titles = mentions(text)
        .into_iter()
        .filter(|(l, _)| *l == "TITLE")
        .map(|(_, t)| t)
        .collect();
    (title, titles)
}

#[test]
fn offices_in_a_row_after_a_name_are_all_his_title() {
    let text = "وجاء المشروع تنفيذا لتوجيهات الشيخ محمد بن راشد آل مكتوم، نائب رئيس \
                الدولة رئيس مجلس الوزراء حاكم دبي، لتطوير الطرق.";
    let (title, titles) = title_of(text, "محمد بن راشد آل مكتوم");
    assert_eq!(
        title.as_deref(),
        Some("نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي")
    );
    assert!(titles.is_empty(), "{titles:?}");
}

#[test]
fn an_office_over_the_club_he_coaches_after_a_comma_is_his_title() {
    let text = "وأبدى جمال سليمان، المدير الفني للأهلي، رضاه عن الأداء.";
    let (title, titles) = title_of(text, "جمال سليمان");
    assert!(
        title
            .as_deref()
            .is_some_and(|t| t.starts_with("المدير الفني")),
        "{title:?}"
    );
    assert!(titles.is_empty(), "{titles:?}");
}

#[test]
fn an_office_over_a_company_named_after_its_head_word_is_his_title() {
    let text = "وقال خالد العمري، المدير العام لشركة الاتصالات السعودية، إن الأرباح ارتفعت.";
    let (title, _) = title_of(text, "خالد العمري");
    assert_eq!(
        title.as_deref(),
        Some("المدير العام لشركة الاتصالات السعودية")
    );
}

#[test]
fn an_office_right_after_a_name_closed_by_a_comma_is_his_title() {
    // The Gulf agencies' style: no comma between the name and the office.
    let text = "وحضر اللقاء سعادة خالد بن راشد المهيري سفير الدولة لدى فرنسا، \
                وعدد من المسؤولين.";
    let (title, _) = title_of(text, "خالد بن راشد المهيري");
    assert_eq!(title.as_deref(), Some("سفير الدولة لدى فرنسا"));
}

#[test]
fn an_office_in_the_accusative_after_a_name_stays_a_title_of_its_own() {
    let text = "وفي عام 2019 عين المجلس سامي الشريف رئيسا تنفيذيا للشركة.";
    let (title, _) = title_of(text, "سامي الشريف");
    assert!(
        title.as_deref().is_none_or(|t| !t.contains("رئيسا")),
        "{title:?}"
    );
}

#[test]
fn an_office_that_the_clause_goes_on_after_is_not_the_names_title() {
    let text = "واستقبل عبدالله الفيصل وزير الخارجية الأردني في مكتبه أمس.";
    let (title, _) = title_of(text, "عبدالله الفيصل");
    assert_eq!(title, None);
}

#[test]
fn an_office_closed_by_a_dash_or_the_clause_that_goes_on_is_his_title() {
    for (text, name, office) in [
        (
            "واستقبل سمو الشيخ حمد بن محمد الشرقي عضو المجلس الأعلى حاكم الفجيرة \
             - حفظه الله - في الديوان الأميري الوفد.",
            "حمد بن محمد الشرقي",
            "عضو المجلس الأعلى حاكم الفجيرة",
        ),
        (
            "وقال سعادة المهندس ناصر الكعبي وكيل الوزارة في تصريح للصحفيين إن العمل مستمر.",
            "ناصر الكعبي",
            "وكيل الوزارة",
        ),
        (
            "وكان سمو السيد ذي يزن بن هيثم وزير الثقافة والرياضة والشباب قد افتتح المعرض.",
            "ذي يزن بن هيثم",
            "وزير الثقافة والرياضة والشباب",
        ),
    ] {
        let (title, _) = title_of(text, name);
        assert_eq!(title.as_deref(), Some(office), "{text}");
    }
}

#[test]
fn a_second_office_between_commas_is_his_too_but_not_one_after_and() {
    let text = "وقال الدكتور سالم الهاشمي، رئيس جامعة الشارقة، المنسق العام للمؤتمر، \
                إن المشاركين كثر.";
    let (title, titles) = title_of(text, "سالم الهاشمي");
    assert_eq!(
        title.as_deref(),
        Some("رئيس جامعة الشارقة، المنسق العام للمؤتمر")
    );
    assert!(titles.is_empty(), "{titles:?}");
    // «، ووزير …» is another man's office.
    let text = "وحضر الشيخ خالد الصباح، وزير الداخلية، ووزير الدفاع، الاجتماع.";
    let (title, _) = title_of(text, "خالد الصباح");
    assert_eq!(title.as_deref(), Some("وزير الداخلية"));
}

#[test]
fn an_office_after_the_name_spells_out_the_bare_one_before_it() {
    for (text, name, office) in [
        (
            "وصل فخامة الرئيس جوزيف عون رئيس الجمهورية اللبنانية، إلى الدوحة.",
            "جوزيف عون",
            "رئيس الجمهورية اللبنانية",
        ),
        (
            "والتقى الملك عبدالله الثاني ملك المملكة الأردنية الهاشمية، الوفد.",
            "عبدالله الثاني",
            "ملك المملكة الأردنية الهاشمية",
        ),
    ] {
        let (title, _) = title_of(text, name);
        assert_eq!(title.as_deref(), Some(office), "{text}");
    }
    // Another office is no spelling out: the President keeps his.
    let text = "وقال الرئيس جو بايدن نائب الرئيس الأسبق، إن الاقتصاد قوي.";
    let (title, _) = title_of(text, "جو بايدن");
    assert_eq!(title.as_deref(), Some("الرئيس"));
}

#[test]
fn the_office_an_appointee_is_made_is_not_the_title_he_is_named_by() {
    for (text, name) in [
        (
            "وعيّن المجلس السيد أحمد بن علي وزير دولة، مكلفا بالملف.",
            "أحمد بن علي",
        ),
        (
            "وقرر المجلس تعيين الدكتور سامر الخطيب مدير المستشفى، اعتبارا من الأحد.",
            "سامر الخطيب",
        ),
        (
            "وانتخب النواب السيد فريد العلي رئيس المجلس، بأغلبية الأصوات.",
            "فريد العلي",
        ),
    ] {
        let (title, _) = title_of(text, name);
        assert!(
            title
                .as_deref()
                .is_none_or(|t| !t.contains("وزير") && !t.contains("مدير") && !t.contains("رئيس")),
            "{text}: {title:?}"
        );
    }
}

#[test]
fn after_a_verb_of_representing_the_office_right_after_the_name_is_not_his() {
    for (text, name) in [
        (
            "حيث يمثل العميد خالد المري قائد القوات البرية.",
            "خالد المري",
        ),
        (
            "ويخلف الدكتور سامي العلي رئيس الجامعة السابق، في المنصب.",
            "سامي العلي",
        ),
        (
            "وينوب الشيخ فهد الثاني رئيس اللجنة في الاجتماع.",
            "فهد الثاني",
        ),
    ] {
        let (title, _) = title_of(text, name);
        assert!(
            title
                .as_deref()
                .is_none_or(|t| !t.contains("قائد") && !t.contains("رئيس")),
            "{text}: {title:?}"
        );
    }
    // After a verb of meeting, one office between commas is his, a second the guest's.
    let text = "واستقبل الشيخ سالم الصباح، وزير الخارجية، السفير البريطاني.";
    let (title, _) = title_of(text, "سالم الصباح");
    assert_eq!(title.as_deref(), Some("وزير الخارجية"));
}

#[test]
fn an_office_closed_by_a_relative_clause_or_a_quoted_blessing_is_his_title() {
    // «الذي» begins the clause that goes on, though its stem has lost the article.
    let text = "وصل فخامة الرئيس سيريل رامافوزا رئيس جمهورية جنوب أفريقيا الذي يقوم بزيارة \
                رسمية للبلاد.";
    let (title, titles) = title_of(text, "سيريل رامافوزا");
    assert_eq!(
        title.as_deref(),
        Some("رئيس جمهورية جنوب أفريقيا"),
        "{titles:?}"
    );
    let text = "واستقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد \"حفظه الله\" \
                الوفد الزائر.";
    let (title, titles) = title_of(text, "تميم بن حمد آل ثاني");
    assert_eq!(title.as_deref(), Some("أمير البلاد"), "{titles:?}");
    let text = "وافتتح الشيخ سعود بن صقر القاسمي حاكم رأس الخيمة التي تشهد نموا المعرض.";
    let (title, _) = title_of(text, "سعود بن صقر القاسمي");
    assert_eq!(title.as_deref(), Some("حاكم رأس الخيمة"));
}

#[test]
fn an_envoys_state_remit_and_royal_epithets_stay_in_the_appositive() {
    let text = "وأكد الدكتور خالد المنصوري وزير الطاقة والبنية التحتية المبعوث الخاص \
                لدولة الكويت لشؤون الأمن الغذائي، أن التعاون مستمر.";
    let (title, _) = title_of(text, "خالد المنصوري");
    assert_eq!(
        title.as_deref(),
        Some("وزير الطاقة والبنية التحتية المبعوث الخاص لدولة الكويت لشؤون الأمن الغذائي")
    );
    let text = "وجاء ذلك بتوجيهات السلطان هيثم بن طارق سلطان عمان المعظم القائد الأعلى \
                حفظه الله، لدعم القوات.";
    let (title, titles) = title_of(text, "هيثم بن طارق");
    assert_eq!(title.as_deref(), Some("سلطان عمان المعظم القائد الأعلى"));
    assert!(titles.is_empty(), "{titles:?}");
}

#[test]
fn a_sisterly_country_after_the_office_is_no_part_of_it() {
    let text = "واستقبل الوزير فخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية \
                الشقيقة، في قصر الضيافة.";
    let (title, _) = title_of(text, "عبد الفتاح السيسي");
    assert_eq!(title.as_deref(), Some("رئيس جمهورية مصر العربية"));
}

#[test]
fn a_time_word_after_the_office_closes_the_appositive() {
    for (text, name, office) in [
        (
            "استقبل معالي السيد خليفة بن علي الحارثي وكيل وزارة الخارجية اليوم الوفد الياباني.",
            "خليفة بن علي الحارثي",
            "وكيل وزارة الخارجية",
        ),
        (
            "وافتتح الشيخ سالم الصباح محافظ الأحمدي أمس المعرض الزراعي.",
            "سالم الصباح",
            "محافظ الأحمدي",
        ),
        (
            "ويزور الدكتور علي الكعبي رئيس جامعة الإمارات غدا المدينة الجامعية.",
            "علي الكعبي",
            "رئيس جامعة الإمارات",
        ),
    ] {
        let (title, titles) = title_of(text, name);
        assert_eq!(title.as_deref(), Some(office), "{text}");
        assert!(titles.is_empty(), "{titles:?}");
    }
}

#[test]
fn the_next_dignitary_after_and_closes_the_office() {
    for (text, name, office) in [
        (
            "وحضر اللقاء معالي الدكتور سالم الكندي وزير الزراعة ومعالي فهد العوفي وزير النقل.",
            "سالم الكندي",
            "وزير الزراعة",
        ),
        (
            "ونقل إليه تحيات فخامة الرئيس جوزيف عون رئيس الجمهورية اللبنانية وتمنياته بالتوفيق.",
            "جوزيف عون",
            "رئيس الجمهورية اللبنانية",
        ),
        (
            "وكان في استقباله الشيخ خالد الراشد محافظ المنطقة والسيد يوسف الناصر.",
            "خالد الراشد",
            "محافظ المنطقة",
        ),
    ] {
        let (title, titles) = title_of(text, name);
        assert_eq!(title.as_deref(), Some(office), "{text}");
        assert!(titles.iter().all(|t| t != office), "{titles:?}");
    }
}

#[test]
fn an_ambassador_accredited_to_a_state_is_all_his_title() {
    let text = "وحضر الحفل سعادة كينجي تاناكا سفير اليابان المعتمد لدى دولة الكويت.";
    let (title, titles) = title_of(text, "كينجي تاناكا");
    assert_eq!(
        title.as_deref(),
        Some("سفير اليابان المعتمد لدى دولة الكويت")
    );
    assert!(titles.is_empty(), "{titles:?}");
}
