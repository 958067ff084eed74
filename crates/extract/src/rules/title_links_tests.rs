//! Unit tests of `title_links.rs`, on sentences of our own.

use super::super::pipeline_tests::{extract, mentions};
use sahifa_model::Label;

/// (person, its title) pairs and the TITLE mentions of `text`.
fn titled(text: &str) -> (Vec<(String, Option<String>)>, Vec<String>) {
    let people = extract(text)
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| (e.name.clone(), e.title.clone()))
        .collect();
    let titles = mentions(text)
        .into_iter()
        .filter(|(l, _)| *l == "TITLE")
        .map(|(_, t)| t)
        .collect();
    (people, titles)
}

/// The title of the person `name` among `people` ([`titled`]'s first part).
fn title_of<'a>(people: &'a [(String, Option<String>)], name: &str) -> Option<&'a str> {
    people
        .iter()
        .find(|(n, _)| n == name)
        .and_then(|(_, t)| t.as_deref())
}

#[test]
fn an_offices_public_remit_runs_to_the_courtesy_word() {
    for (text, name, office) in [
        (
            "وأكد وكيل الوزارة للصحة العامة الدكتور عبدالله الزهراني أن الفرق جاهزة.",
            "عبدالله الزهراني",
            "وكيل الوزارة للصحة العامة",
        ),
        (
            "وقال مدير إدارة العلاقات العامة العقيد خالد الحربي إن الحملة مستمرة.",
            "خالد الحربي",
            "مدير إدارة العلاقات العامة العقيد",
        ),
        (
            "وأوضح مساعد الوزير للشؤون العامة المهندس سعد العتيبي أن المشروع اكتمل.",
            "سعد العتيبي",
            "مساعد الوزير للشؤون العامة",
        ),
    ] {
        let (people, _) = titled(text);
        assert_eq!(title_of(&people, name), Some(office), "{text}: {people:?}");
    }
}

#[test]
fn an_office_over_a_place_and_a_courtesy_word_is_the_persons_title() {
    let (people, titles) =
        titled("ونقل سفير المملكة لدى الأردن الدكتور نايف السديري تحيات القيادة.");
    assert!(titles.is_empty(), "{titles:?}");
    assert!(
        people
            .iter()
            .any(|(_, t)| t.as_deref() == Some("سفير المملكة لدى الأردن")),
        "{people:?}"
    );
}

#[test]
fn an_office_over_a_named_body_is_the_persons_title_and_the_body_stays() {
    let text = "وقال مندوب مصر الدائم لدى الأمم المتحدة أسامة عبد الخالق إن القرار متوازن.";
    let (people, titles) = titled(text);
    assert!(titles.is_empty(), "{titles:?}");
    assert!(
        people.iter().any(|(_, t)| t
            .as_deref()
            .is_some_and(|t| t.starts_with("مندوب مصر الدائم"))),
        "{people:?}"
    );
    let ann = extract(text);
    assert!(
        ann.mentions.iter().any(|m| m.label == Label::Org),
        "{ann:?}"
    );
}

#[test]
fn an_office_then_a_body_then_a_verb_stays_an_office_alone() {
    // No person follows: the office stays a TITLE of its own.
    let (_, titles) = titled("وأكد وزير الخارجية في الحكومة الليبية أن الاجتماع مهم.");
    assert!(
        titles.iter().any(|t| t.starts_with("وزير الخارجية")),
        "{titles:?}"
    );
}

#[test]
fn an_office_between_commas_after_a_name_is_his_title() {
    let text = "وترأس الدكتور خالد عبد الغفار، وزير الصحة والسكان، الاجتماع، والتقى \
                سامح شكري، ووزير الخارجية الاجتماع.";
    let (people, titles) = titled(text);
    assert!(
        people
            .iter()
            .any(|(n, t)| n == "خالد عبد الغفار" && t.as_deref() == Some("وزير الصحة والسكان")),
        "{people:?}"
    );
    assert!(
        !titles.iter().any(|t| t == "وزير الصحة والسكان"),
        "{titles:?}"
    );
}

#[test]
fn offices_in_a_row_before_a_name_and_his_rank_are_all_his_title() {
    let text = "وأكد رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن \
                آل ثاني أن الوساطة مستمرة. وقال الناطق باسم القائد العام للقوات المسلحة \
                اللواء يحيى رسول إن العملية انتهت.";
    let (people, titles) = titled(text);
    assert!(titles.is_empty(), "{titles:?}");
    let title = |name: &str| {
        people
            .iter()
            .find(|(n, _)| n.starts_with(name))
            .and_then(|(_, t)| t.clone())
    };
    assert_eq!(
        title("محمد بن عبد الرحمن").as_deref(),
        Some("رئيس مجلس الوزراء وزير الخارجية القطري الشيخ")
    );
    assert!(
        title("يحيى رسول")
            .is_some_and(|t| t.starts_with("الناطق باسم القائد العام") && t.ends_with("اللواء")),
        "{people:?}"
    );
}

#[test]
fn two_offices_of_two_nations_in_a_row_are_two_people() {
    // «استقبل [الرئيس المصري] [وزير الخارجية الأمريكي] …»: one received the other.
    let text = "واستقبل الرئيس المصري وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.";
    let (people, _) = titled(text);
    assert!(
        people
            .iter()
            .all(|(_, t)| t.as_deref().is_none_or(|t| !t.contains("المصري"))),
        "{people:?}"
    );
}

#[test]
fn a_title_word_before_oglu_is_the_family_names() {
    let (people, _) = titled("وقال رئيس بلدية إسطنبول أكرم إمام أوغلو إنه بريء.");
    assert!(
        people.iter().any(|(n, _)| n == "أكرم إمام أوغلو"),
        "{people:?}"
    );
}

#[test]
fn a_name_after_and_or_a_comma_is_not_given_the_office_before() {
    let text = "وحضر وزير الداخلية ومعالي خالد الفيصل وزير الدولة. وتحدث المدير السابق \
                للخطوط الجوية البريطانية ، وكانديس جونسون الخبيرة.";
    let (people, _) = titled(text);
    assert!(
        people.iter().all(|(_, t)| t
            .as_deref()
            .is_none_or(|t| !t.contains("الداخلية") && !t.contains("المدير"))),
        "{people:?}"
    );
}

#[test]
fn an_office_then_a_comma_and_a_courtesy_word_titles_the_name_between_commas() {
    for (text, name, office) in [
        (
            "واستقبل الوزير الأول، السيد نذير العرباوي، سفير فرنسا.",
            "نذير العرباوي",
            "الوزير الأول",
        ),
        (
            "وأكدت وزيرة الثقافة، السيدة صورية مولوجي، أن المهرجان ناجح.",
            "صورية مولوجي",
            "وزيرة الثقافة",
        ),
        (
            "وأشرف والي ولاية وهران، السيد سعيد سعيود، على التدشين.",
            "سعيد سعيود",
            "والي ولاية وهران",
        ),
    ] {
        let (people, _) = titled(text);
        assert_eq!(title_of(&people, name), Some(office), "{text}: {people:?}");
    }
    // Without the second comma the office may be the subject's, the name its object.
    let (people, _) = titled("وأكد وزير الداخلية، السيد إبراهيم مراد الوزير.");
    assert!(
        people
            .iter()
            .all(|(_, t)| t.as_deref() != Some("وزير الداخلية")),
        "{people:?}"
    );
}

#[test]
fn an_office_then_a_comma_titles_the_name_between_commas_without_a_courtesy_word() {
    for (text, name, office) in [
        (
            "وقال وزير الخارجية، أيمن الصفدي، إن المملكة ترفض التهجير.",
            "أيمن الصفدي",
            "وزير الخارجية",
        ),
        (
            "وأعلن الرئيس التنفيذي لشركة أرامكو، أمين الناصر، زيادة الإنتاج.",
            "أمين الناصر",
            "الرئيس التنفيذي لشركة أرامكو",
        ),
        (
            "وكان الرئيس السوري، بشار الأسد، في مقدمة مستقبليه.",
            "بشار الأسد",
            "الرئيس السوري",
        ),
        // A name whose «ف» is its own.
        (
            "وقال وزير الخارجية، فيصل بن فرحان، إن المملكة ترفض.",
            "فيصل بن فرحان",
            "وزير الخارجية",
        ),
        // The office's joined portfolio and where it serves, before the comma.
        (
            "وقال مدير إدارة الإغاثة والمشاريع الخارجية في الجمعية، خالد المطيري، إن الحملة بدأت.",
            "خالد المطيري",
            "مدير إدارة الإغاثة والمشاريع الخارجية في الجمعية",
        ),
        // The man's nationality after the comma is neither office nor name.
        (
            "وقال المدير الفني للفريق، الإسباني خوان كارلوس غاريدو، إن المباراة صعبة.",
            "خوان كارلوس غاريدو",
            "المدير الفني للفريق",
        ),
        (
            "وقال مدرب المنتخب الأردني، المغربي جمال السلامي، إن اللاعبين جاهزون.",
            "جمال السلامي",
            "مدرب المنتخب الأردني",
        ),
        (
            "وأكد رئيس البعثة، الفرنسي جان لوك دوبوا، أن الوضع هادئ.",
            "جان لوك دوبوا",
            "رئيس البعثة",
        ),
        // The body's head left out of its name: «لمجمع [سوناطراك]».
        (
            "ووقع الاتفاق الرئيس المدير العام لمجمع سوناطراك، رشيد حشيشي، أمس.",
            "رشيد حشيشي",
            "الرئيس المدير العام لمجمع سوناطراك",
        ),
    ] {
        let (people, _) = titled(text);
        assert_eq!(title_of(&people, name), Some(office), "{text}: {people:?}");
    }
    // A relative clause is no office's tail.
    let (people, _) = titled("وقال وزير الخارجية الذي زار الرياض، محمد العلي، إن الزيارة ناجحة.");
    assert!(people.iter().all(|(_, t)| t.is_none()), "{people:?}");
    // «، ومحمد …» after the office is another man in a list.
    let (people, _) = titled("وحضر وزير الخارجية، ومحمد العلي، الاجتماع.");
    assert!(
        people
            .iter()
            .all(|(_, t)| t.as_deref() != Some("وزير الخارجية")),
        "{people:?}"
    );
}

#[test]
fn an_office_between_commas_is_not_the_title_of_the_next_man_after_and() {
    for (text, first, office, second) in [
        (
            "وكان في استقبالها الشيخة مريم القاسمي، رئيسة هيئة الثقافة، وسعادة خالد العامري، مدير المهرجان، وعدد من المسؤولين.",
            "مريم القاسمي",
            "رئيسة هيئة الثقافة",
            "خالد العامري",
        ),
        (
            "وحضر الحفل الدكتور سامي الحربي، مدير جامعة الملك سعود، والدكتور فهد المطيري، عميد الكلية، أمس.",
            "سامي الحربي",
            "مدير جامعة الملك سعود",
            "فهد المطيري",
        ),
        (
            "واستقبل الوفد السيد أحمد بنعلي، وزير النقل، والسيد يوسف الإدريسي، رئيس الجهة، أمس.",
            "أحمد بنعلي",
            "وزير النقل",
            "يوسف الإدريسي",
        ),
    ] {
        let (people, _) = titled(text);
        assert_eq!(title_of(&people, first), Some(office), "{text}: {people:?}");
        assert_ne!(
            title_of(&people, second),
            Some(office),
            "{text}: {people:?}"
        );
    }
}

#[test]
fn a_ministers_portfolios_joined_by_and_are_all_his_title() {
    let (people, titles) =
        titled("وقال وزير الطاقة والثروة المعدنية بهليل لاهاداليا إن الاتفاق مهم.");
    assert!(
        people
            .iter()
            .any(|(_, t)| t.as_deref() == Some("وزير الطاقة والثروة المعدنية"))
            || titles.contains(&"وزير الطاقة والثروة المعدنية".to_string()),
        "{people:?} {titles:?}"
    );
}

#[test]
fn offices_in_a_row_before_the_comma_of_the_maghreb_style_are_all_his_title() {
    for (text, name, title) in [
        (
            "وأوضح الناطق باسم الحكومة وزير الاتصال والعلاقات مع البرلمان، السيد محمد \
             الأمين، أن المجلس صادق على المشروع.",
            "محمد الأمين",
            "الناطق باسم الحكومة وزير الاتصال والعلاقات مع البرلمان",
        ),
        (
            "وترأس الوزير الأول وزير المالية، السيد نذير العرباوي، الاجتماع.",
            "نذير العرباوي",
            "الوزير الأول وزير المالية",
        ),
    ] {
        let (people, titles) = titled(text);
        assert!(
            people
                .iter()
                .any(|(n, t)| n == name && t.as_deref() == Some(title)),
            "{name}: {title} in {people:?} {titles:?}"
        );
    }
}

#[test]
fn a_womans_office_and_an_office_over_the_presidency_are_her_or_his_title() {
    for (text, name, title) in [
        (
            "وقالت المتحدثة باسم الوزارة ريم العلي إن الخطة جاهزة.",
            "ريم العلي",
            "المتحدثة باسم الوزارة",
        ),
        (
            "وقالت المبعوثة الأممية هانا تيتيه إن الحوار مستمر.",
            "هانا تيتيه",
            "المبعوثة الأممية",
        ),
        (
            "وحضر الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة رئيس ديوان الرئاسة، \
             الحفل.",
            "منصور بن زايد آل نهيان",
            "نائب رئيس الدولة رئيس ديوان الرئاسة",
        ),
    ] {
        let (people, titles) = titled(text);
        assert!(
            people
                .iter()
                .any(|(n, t)| n == name && t.as_deref() == Some(title)),
            "{name}: {title} in {people:?} {titles:?}"
        );
    }
}

#[test]
fn an_envoy_before_a_comma_keeps_the_body_and_country_he_is_sent_to() {
    let (people, titles) = titled(
        "وشارك الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا، السيد عبد الله باتيلي، \
         في الجلسة.",
    );
    assert!(titles.is_empty(), "{titles:?}");
    assert!(
        people.iter().any(|(n, t)| n == "عبد الله باتيلي"
            && t.as_deref() == Some("الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا")),
        "{people:?}"
    );
}

#[test]
fn an_office_over_the_council_it_heads_is_his_with_the_next_office() {
    let (people, _) = titled(
        "وقال رئيس المجلس الرئاسي القائد الأعلى للجيش الفريق أول ركن محمد الحداد إن القوات جاهزة.",
    );
    assert!(
        people.iter().any(|(_, t)| t
            .as_deref()
            .is_some_and(|t| t.starts_with("رئيس المجلس الرئاسي القائد"))),
        "{people:?}"
    );
}

#[test]
fn a_name_whose_first_letter_is_fa_or_waw_takes_the_office_across_a_body() {
    for (text, name, office) in [
        (
            "وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن الوكالة تعاني.",
            "فيليب لازاريني",
            "المفوض العام لوكالة الأونروا",
        ),
        (
            "وأعلنت المفوض العام لمفوضية العون الإنساني سلوى آدم وصول الشاحنات.",
            "سلوى آدم",
            "المفوض العام لمفوضية العون الإنساني",
        ),
        (
            "وقال سفير الصين لدى الأمم المتحدة وانغ يي إن بلاده تدعم الحل.",
            "وانغ يي",
            "سفير الصين لدى الأمم المتحدة",
        ),
    ] {
        let (people, _) = titled(text);
        assert_eq!(title_of(&people, name), Some(office), "{text}: {people:?}");
    }
}

#[test]
fn a_deputys_office_and_the_office_it_serves_behind_li_are_one_title() {
    for (text, office) in [
        (
            "فيما احتفظ عدنان فيحان بمنصب النائب الأول لرئيس المجلس.",
            "النائب الأول لرئيس المجلس",
        ),
        (
            "وأكد المستشار الخاص لرئيس الوزراء أن الخطة جاهزة.",
            "المستشار الخاص لرئيس الوزراء",
        ),
        (
            "وقال المستشار الإعلامي لوزير الداخلية إن التحقيق مستمر.",
            "المستشار الإعلامي لوزير الداخلية",
        ),
    ] {
        let (_, titles) = titled(text);
        assert_eq!(titles, [office], "{text}");
    }
}
