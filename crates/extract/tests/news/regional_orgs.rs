//! Organisations, places and what is no entity in the news of other regions and sections:
//! Maghreb parties and councils, armed groups of Sudan, Yemen, Libya and Syria, United
//! Nations agencies, markets, religious bodies, hotels, schools, provinces and diseases.
//! Each test is on sentences other than the ones its rule was written from.

use super::*;

#[test]
fn a_definite_party_head_with_a_political_adjective_is_a_party() {
    let text = "وفاز الحزب الاشتراكي الموحد بمقعدين، فيما تراجع التجمع الدستوري \
                الديمقراطي في الانتخابات.";
    assert_found(
        text,
        Label::Org,
        &["الحزب الاشتراكي الموحد", "التجمع الدستوري الديمقراطي"],
    );
}

#[test]
fn a_party_named_by_two_joined_nouns_keeps_both() {
    let text = "وأعلن حزب الحرية والعدالة مقاطعة الجلسة، كما قاطعها حزب البناء والتنمية.";
    assert_found(
        text,
        Label::Org,
        &["حزب الحرية والعدالة", "حزب البناء والتنمية"],
    );
}

#[test]
fn a_movement_or_group_head_stays_outside_the_name() {
    let text = "ودعت حركة التوحيد والإصلاح إلى الهدوء، بينما تبنت جماعة أنصار الشريعة الهجوم.";
    assert_found(text, Label::Org, &["التوحيد والإصلاح", "أنصار الشريعة"]);
}

#[test]
fn a_movement_of_traffic_or_a_national_movement_alone_is_no_party() {
    let text = "وشهدت حركة المرور ازدحاما، وقال إن الحركة الوطنية بحاجة إلى تجديد.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(l, _)| *l == Label::Org),
        "no organisation expected: {found:?}"
    );
}

#[test]
fn a_united_nations_agency_is_one_organisation() {
    let text = "وقال برنامج الأمم المتحدة الإنمائي إن مفوضية الأمم المتحدة لحقوق الإنسان \
                وثقت الانتهاكات.";
    assert_found(
        text,
        Label::Org,
        &[
            "برنامج الأمم المتحدة الإنمائي",
            "مفوضية الأمم المتحدة لحقوق الإنسان",
        ],
    );
}

#[test]
fn a_ranked_body_of_an_organisation_after_lil_is_one_organisation() {
    let text = "وأدانت المفوضية السامية للأمم المتحدة لحقوق الإنسان القصف.";
    assert_found(
        text,
        Label::Org,
        &["المفوضية السامية للأمم المتحدة لحقوق الإنسان"],
    );
}

#[test]
fn a_profession_without_borders_is_an_organisation() {
    let text = "وطالبت منظمة مراسلون بلا حدود بالإفراج عن الصحفيين.";
    assert_found(text, Label::Org, &["منظمة مراسلون بلا حدود"]);
}

#[test]
fn forces_divisions_and_security_services_are_organisations() {
    let text = "وانتشرت قوات التدخل السريع في المدينة، وتقدمت الفرقة الرابعة مدرعة نحو \
                الطريق، فيما اعتقل جهاز المخابرات العامة عددا من المشتبه بهم.";
    assert_found(
        text,
        Label::Org,
        &[
            "قوات التدخل السريع",
            "الفرقة الرابعة مدرعة",
            "جهاز المخابرات العامة",
        ],
    );
}

#[test]
fn an_organisation_named_after_tanzim_is_one_but_organising_is_not() {
    let text = "وأعلن تنظيم القاعدة مسؤوليته، وتستعد البلدية لتنظيم مهرجان الربيع.";
    assert_found(text, Label::Org, &["تنظيم القاعدة"]);
    assert_no_mention(text, &["لتنظيم مهرجان", "تنظيم مهرجان"]);
}

#[test]
fn stock_markets_named_by_a_nationality_are_organisations() {
    let text = "وارتفع مؤشر البورصة الأردنية، بينما تراجعت السوق المالية الكويتية.";
    assert_found(
        text,
        Label::Org,
        &["البورصة الأردنية", "السوق المالية الكويتية"],
    );
}

#[test]
fn a_quoted_market_index_is_misc_not_a_person() {
    let text = "وأغلق مؤشر السوق الأول \"نيكاي 225\" على انخفاض.";
    assert_found(text, Label::Misc, &["نيكاي 225"]);
}

#[test]
fn maghreb_councils_courts_and_prosecutors_are_organisations() {
    let text = "وصادق مجلس المستشارين على النص بعد رأي المجلس الدستوري، فيما أحالت \
                النيابة العمومية الملف على المحكمة الإدارية بمراكش.";
    assert_found(
        text,
        Label::Org,
        &[
            "مجلس المستشارين",
            "المجلس الدستوري",
            "النيابة العمومية",
            "المحكمة الإدارية بمراكش",
        ],
    );
}

#[test]
fn unions_election_authorities_and_unity_governments_are_organisations() {
    let text = "ودعا الاتحاد العام المغربي للشغل إلى الإضراب، وأعلنت السلطة العليا المستقلة \
                للانتخابات النتائج، ورحبت حكومة الوفاق الوطني بالقرار.";
    assert_found(
        text,
        Label::Org,
        &[
            "الاتحاد العام المغربي للشغل",
            "السلطة العليا المستقلة للانتخابات",
            "حكومة الوفاق الوطني",
        ],
    );
}

#[test]
fn a_school_or_hospital_named_after_a_person_is_one_organisation() {
    let text = "وكرمت مدرسة خالد بن الوليد الثانوية طلابها، ونقل المصاب إلى مستشفى الملك فهد \
                التخصصي.";
    assert_found(
        text,
        Label::Org,
        &["مدرسة خالد بن الوليد الثانوية", "مستشفى الملك فهد التخصصي"],
    );
}

#[test]
fn a_hotel_with_its_city_and_a_palace_of_culture_are_places() {
    let text = "وعقد اللقاء في فندق هيلتون القاهرة، ثم انتقل الوفد إلى قصر الثقافة.";
    assert_found(
        text,
        Label::Location,
        &["فندق هيلتون القاهرة", "قصر الثقافة"],
    );
    assert_no_mention(text, &["هيلتون"]);
}

#[test]
fn diseases_and_epidemics_are_never_entities() {
    let text = "وحذرت الوزارة من تفشي وباء الكوليرا والإيبولا، وارتفعت إصابات الإنفلونزا \
                الموسمية.";
    let found = mentions(text);
    for never in [
        "الكوليرا",
        "الإيبولا",
        "والإيبولا",
        "الإنفلونزا",
        "الإنفلونزا الموسمية",
    ] {
        assert!(
            !found.iter().any(|(_, t)| t == never),
            "«{never}» in {found:?}"
        );
    }
}

#[test]
fn a_province_after_its_head_is_a_place_with_its_direction() {
    let text = "وزار الوفد ولاية جنوب كردفان ثم توجه إلى ولاية سطيف.";
    assert_found(text, Label::Location, &["جنوب كردفان", "سطيف"]);
    assert_no_mention(text, &["ولاية", "كردفان"]);
}

#[test]
fn saudi_arabia_after_a_preposition_is_the_country_but_not_after_a_noun() {
    let text = "وعاد الوزير إلى السعودية بعد جولة، وشاركت القوات السعودية في التمرين.";
    let found = mentions(text);
    let places: Vec<&String> = found
        .iter()
        .filter(|(l, t)| *l == Label::Location && t == "السعودية")
        .map(|(_, t)| t)
        .collect();
    assert_eq!(places.len(), 1, "{found:?}");
}

#[test]
fn a_company_described_as_new_is_no_name() {
    let text = "وأعلن الصندوق تأسيس شركة جديدة للسياحة.";
    assert_no_mention(text, &["جديدة"]);
}

#[test]
fn a_maghreb_ministry_keeps_all_its_portfolios() {
    let text = "وأصدرت وزارة الداخلية والجماعات المحلية بيانا، ونفت وزارة الطاقة والمناجم \
                الخبر.";
    assert_found(
        text,
        Label::Org,
        &["وزارة الداخلية والجماعات المحلية", "وزارة الطاقة والمناجم"],
    );
}

#[test]
fn the_gendarmerie_is_an_organisation() {
    let text = "وأوقف الدرك الوطني المشتبه به بعد مطاردة.";
    assert_found(text, Label::Org, &["الدرك الوطني"]);
}

#[test]
fn saudi_arabia_after_an_indefinite_head_word_is_the_country() {
    let text = "وتعهد التحالف بدعم السعودية للحكومة.";
    assert_found(text, Label::Location, &["السعودية"]);
}

#[test]
fn maghreb_agencies_and_leagues_by_a_ranking_adjective_and_remit_are_organisations() {
    let text = "وقررت الوكالة الوطنية للمياه رفع الأسعار، وانتقدت الرابطة المغربية للدفاع عن \
                حقوق الإنسان القرار.";
    assert_found(
        text,
        Label::Org,
        &[
            "الوكالة الوطنية للمياه",
            "الرابطة المغربية للدفاع عن حقوق الإنسان",
        ],
    );
}

#[test]
fn a_district_after_its_head_is_a_place_and_a_group_of_companies_no_place() {
    let text = "ونفذت القوات عملية في قضاء سنجار، وأعلن مجمع سونلغاز زيادة الإنتاج.";
    assert_found(text, Label::Location, &["سنجار"]);
    assert_no_mention(text, &["مجمع سونلغاز"]);
}

#[test]
fn the_countryside_of_a_town_leaves_the_town_the_place() {
    let text = "وقصفت الطائرات قرى في ريف حماة الشمالي أمس.";
    assert_found(text, Label::Location, &["حماة"]);
    assert_no_mention(text, &["ريف", "ريف حماة"]);
}

#[test]
fn a_hotel_named_after_a_king_takes_his_name_and_a_generic_complex_is_no_body() {
    let text = "ونزل الوفد في فندق الملك داود، وافتتح مجمع المطار الرئيسي أمس.";
    assert_found(text, Label::Location, &["فندق الملك داود"]);
    assert_no_mention(text, &["مجمع المطار الرئيسي"]);
}

#[test]
fn a_direction_before_a_country_says_where() {
    let text = "وتقع البلدة في ولاية شمال إيطاليا قرب الحدود.";
    assert_no_mention(text, &["شمال إيطاليا"]);
}

#[test]
fn a_world_programme_named_by_a_plural_in_iya_is_one_organisation() {
    let text = "حذر برنامج الأغذية العالمي من مجاعة وشيكة في البلاد.";
    assert_found(text, Label::Org, &["برنامج الأغذية العالمي"]);
    // A definite programme with an adjective describes a programme.
    let text = "وأطلقت الوزارة البرنامج الصحي العالمي للتوعية.";
    assert_no_mention(text, &["البرنامج الصحي العالمي"]);
}

#[test]
fn the_peoples_assembly_and_the_assembly_of_the_peoples_deputies_are_parliaments() {
    let text = "وأحالت الحكومة مشروع القانون إلى مجلس نواب الشعب، فيما ناقش مجلس الشعب \
                الموازنة العامة.";
    assert_found(text, Label::Org, &["مجلس نواب الشعب", "مجلس الشعب"]);
    // The people's deputies without the council are no body.
    assert_no_mention("وقال نواب الشعب إنهم يرفضون القرار.", &["نواب الشعب"]);
}

#[test]
fn a_border_crossing_named_by_its_town_leaves_the_town_the_place() {
    let text = "وأغلقت السلطات معبر رفح أمام المسافرين حتى إشعار آخر.";
    assert_found(text, Label::Location, &["رفح"]);
    assert_no_mention(text, &["معبر", "معبر رفح"]);
}
