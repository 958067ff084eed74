//! Organisations, places, dates and events of the fresh blind news of the twelfth session
//! (GUIDELINES.md, its subsection): the cabinet, palaces, month doublets, provinces, named
//! laws and agreements.

use super::*;

#[test]
fn the_cabinet_is_an_organisation_but_not_inside_an_office() {
    let text = "وأقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة، وأحال مجلس الوزراء \
                الملف إلى البرلمان.";
    assert_found(text, Label::Org, &["مجلس الوزراء"]);
    let text = "وشارك في الاجتماع أعضاء مجلس الوزراء والمحافظون.";
    assert_found(text, Label::Org, &["مجلس الوزراء"]);
    // The council an office heads, or a state minister's portfolio, stays in the title.
    for text in [
        "وقال رئيس مجلس الوزراء إن الحكومة ماضية في الإصلاح.",
        "وصرح وزير الدولة لشؤون مجلس الوزراء بأن الجلسة انتهت.",
    ] {
        assert_absent(text, Label::Org, &["مجلس الوزراء"]);
    }
}

#[test]
fn the_council_after_an_office_with_a_preposition_stays_in_the_title() {
    let text = "واستقبل النائب الأول لرئيس مجلس الوزراء الوفد الزائر.";
    assert_absent(text, Label::Org, &["مجلس الوزراء"]);
}

#[test]
fn places_after_a_dual_or_plural_head_are_places_not_people() {
    for text in [
        "ووصل الوفد إلى محافظتي صلاح الدين وديالى أمس.",
        "وشهدت محافظة صلاح الدين انتشارا أمنيا واسعا.",
        "وأعلنت قيادة العمليات تطهير مناطق في محافظات صلاح الدين وكركوك ونينوى.",
    ] {
        assert_found(text, Label::Location, &["صلاح الدين"]);
        assert_absent(text, Label::Person, &["صلاح الدين"]);
    }
}

#[test]
fn a_forces_nationality_is_its_names_where_it_agrees() {
    let text = "ونفذت طائرات القوة الجوية العراقية ضربات على أوكار المسلحين.";
    assert_found(text, Label::Org, &["القوة الجوية العراقية"]);
    let text = "وانتشرت الشرطة العراقية في شوارع المدينة.";
    assert_found(text, Label::Org, &["الشرطة العراقية"]);
    let text = "وقال قائد القوة الجوية الإسرائيلي إن الطائرات عادت.";
    assert_absent(text, Label::Org, &["القوة الجوية الإسرائيلي"]);
}

#[test]
fn a_security_service_after_its_chiefs_office_is_an_organisation() {
    for (text, service) in [
        (
            "وقال رئيس جهاز مكافحة الإرهاب إن العملية نجحت.",
            "جهاز مكافحة الإرهاب",
        ),
        (
            "وصرح مدير جهاز الأمن الوطني بأن التحقيقات مستمرة.",
            "جهاز الأمن الوطني",
        ),
        (
            "وأكد رئيس جهاز المخابرات العامة أن الوضع مستقر.",
            "جهاز المخابرات العامة",
        ),
    ] {
        assert_found(text, Label::Org, &[service]);
    }
}

#[test]
fn a_countrys_formal_name_is_one_place_head_included() {
    for (text, place) in [
        (
            "وبحث الجانبان العلاقات بين دولة الإمارات وألمانيا.",
            "دولة الإمارات",
        ),
        ("وأكد دعم دولة الكويت للشعب الفلسطيني.", "دولة الكويت"),
        (
            "والتقى وزير خارجية جمهورية ألمانيا الاتحادية.",
            "جمهورية ألمانيا الاتحادية",
        ),
        (
            "ووصل الوفد إلى جمهورية مصر العربية أمس.",
            "جمهورية مصر العربية",
        ),
    ] {
        assert_found(text, Label::Location, &[place]);
    }
    assert_no_mention("وقاومت الشعوب دولة الاحتلال طويلا.", &["دولة الاحتلال"]);
}

#[test]
fn a_mountain_range_takes_its_head() {
    for (text, range) in [
        ("وتشهد سلسلة جبال حمرين عمليات تعقب للمسلحين.", "جبال حمرين"),
        ("وتمتد جبال زاغروس على طول الحدود الإيرانية.", "جبال زاغروس"),
        ("وفر المسلحون إلى جبال قنديل شمال العراق.", "جبال قنديل"),
    ] {
        assert_found(text, Label::Location, &[range]);
    }
}

#[test]
fn eid_inside_a_persons_name_is_no_feast() {
    for text in [
        "وقال الدكتور حمد عيد الرميحي إن الحملة مستمرة.",
        "وأكد المهندس سالم عيد الهاجري أن المشروع اكتمل.",
        "وفاز اللاعب محمد عيد المطيري بالميدالية الذهبية.",
    ] {
        let found = mentions(text);
        assert!(!found.iter().any(|(l, _)| *l == Label::Event), "{found:?}");
    }
    let text = "واحتفل المواطنون في عيد الأضحى المبارك وعيد الاستقلال.";
    assert_found(text, Label::Event, &["عيد الأضحى المبارك", "عيد الاستقلال"]);
}

#[test]
fn a_street_named_by_a_place_is_the_street() {
    for (text, street) in [
        (
            "وتشمل المرحلة تطوير تقاطع شارع زعبيل مع الطريق السريع.",
            "شارع زعبيل",
        ),
        ("وسار المتظاهرون في شارع بيروت وسط المدينة.", "شارع بيروت"),
        ("وأغلقت الشرطة شارع حيفا أمام السيارات.", "شارع حيفا"),
    ] {
        assert_found(text, Label::Location, &[street]);
    }
}

#[test]
fn a_purpose_clause_after_a_whole_listed_name_is_not_its_remit() {
    let text = "وأوصت منظمة الصحة العالمية للنصف الشمالي من الكرة الأرضية بتركيبة جديدة.";
    assert_found(text, Label::Org, &["منظمة الصحة العالمية"]);
    let text = "وقرر الذهاب إلى جامعة شيكاغو للدراسات العليا في الاقتصاد.";
    assert_absent(text, Label::Org, &["جامعة شيكاغو للدراسات العليا"]);
    let text = "وقدم البنك الأفريقي للتنمية قرضا جديدا.";
    assert_found(text, Label::Org, &["البنك الأفريقي للتنمية"]);
}
