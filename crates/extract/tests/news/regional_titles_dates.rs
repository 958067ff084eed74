//! TITLE, DATE and EVENT in the news of the Maghreb, Sudan, Yemen, Libya, Iraq and Syria
//! (GUIDELINES.md): the Maghreb's month names, days of a month named by a relative
//! phrase, seasons, offices the trigger lists hide, and feasts, seasons of worship,
//! summits and civil wars as events. Each on sentences other than the ones the rules were
//! written from.

use super::*;

#[test]
fn maghreb_month_names_make_dates_and_an_ambiguous_one_needs_a_day_or_year() {
    let text = "وتنطلق الحملة يوم 3 فيفري 2026 وتتواصل إلى غاية 30 جوان، على أن تصدر \
                النتائج في أفريل المقبل. وانعقد المؤتمر الخميس 14 نونبر 2024 بمراكش.";
    assert_found(
        text,
        Label::Date,
        &[
            "يوم 3 فيفري 2026",
            "30 جوان",
            "أفريل المقبل",
            "الخميس 14 نونبر 2024",
        ],
    );
    // «ماي» and «أوت» are months only with a day number or a year beside them.
    assert_found(
        "وصدر القرار في 8 ماي الماضي، وانتهى الموسم في أوت 2023.",
        Label::Date,
        &["8 ماي الماضي", "أوت 2023"],
    );
    assert!(
        mentions("قال ماي إن الفريق جاهز")
            .iter()
            .all(|(l, _)| *l != Label::Date),
        "«ماي» alone is no date"
    );
}

#[test]
fn maghreb_first_and_end_of_a_month_and_a_range_across_two_months_are_one_date() {
    let text = "ويدخل القانون حيز التنفيذ فاتح يناير، وتنتهي الأشغال متم شهر شتنبر المقبل، \
                فيما تمتد العطلة من 20 دجنبر المقبل إلى 5 يناير 2027.";
    assert_found(
        text,
        Label::Date,
        &[
            "فاتح يناير",
            "متم شهر شتنبر المقبل",
            "من 20 دجنبر المقبل إلى 5 يناير 2027",
        ],
    );
}

#[test]
fn a_day_of_the_month_just_named_and_a_season_with_its_year_are_dates() {
    let text = "وعاد الوفد في 9 من الشهر نفسه، على أن يجتمع مجددا في 17 من الشهر المقبل. \
                وكان المهرجان قد توقف صيف 2021 وعاد في الشتاء الماضي.";
    assert_found(
        text,
        Label::Date,
        &[
            "9 من الشهر نفسه",
            "17 من الشهر المقبل",
            "صيف 2021",
            "الشتاء الماضي",
        ],
    );
    assert_found(
        "وتبدأ الامتحانات في الأسبوع الأول من الشهر المقبل.",
        Label::Date,
        &["الأسبوع الأول من الشهر المقبل"],
    );
}

#[test]
fn an_office_with_a_preposition_glued_to_its_short_word_is_a_title() {
    let text = "وسلم السفير دعوة لوزير الداخلية التونسي لزيارة الرباط.";
    assert_found(text, Label::Title, &["وزير الداخلية التونسي"]);
}

#[test]
fn maghreb_governors_and_the_national_coach_are_titles() {
    let text = "وأشرف والي ولاية قسنطينة على تدشين المستشفى، فيما زار عامل عمالة طنجة \
                الورش. وقال الوالي إن المشروع سيسلم قريبا، وأعلن الناخب الوطني قائمة اللاعبين.";
    assert_found(
        text,
        Label::Title,
        &["والي ولاية", "عامل عمالة", "الوالي", "الناخب الوطني"],
    );
    // «عامل» alone is a worker or a factor.
    assert_absent(
        "وأصيب عامل في الورشة، وكان الطقس عامل تأخير.",
        Label::Title,
        &["عامل"],
    );
}

#[test]
fn judges_and_clerics_titles_are_read_whole() {
    let text = "وأمر قاضي التحقيق بإيداع المتهم السجن. والتقى الوفد المرجع الديني الأعلى \
                آية الله محمد سعيد الحكيم في منزله.";
    assert_found(text, Label::Title, &["قاضي التحقيق"]);
    assert_eq!(
        title_of(text, "محمد سعيد الحكيم").as_deref(),
        Some("المرجع الديني الأعلى آية الله")
    );
    let text = "وأم فضيلة الشيخ الأكبر عبد الله المنصوري المصلين.";
    assert!(title_of(text, "عبد الله المنصوري").is_some_and(|t| t.starts_with("فضيلة")));
}

#[test]
fn a_courtesy_word_after_a_clerics_title_is_no_part_of_the_title() {
    let text = "واستقبل سماحة المفتي العام الدكتور سعيد الكندي الوفد.";
    assert_eq!(
        title_of(text, "سعيد الكندي").as_deref(),
        Some("سماحة المفتي العام")
    );
}

#[test]
fn an_acting_office_and_a_feminine_envoy_keep_their_title() {
    let text = "وقالت المندوبة الدائمة بالوكالة سارة العبدلي إن المجلس سينعقد.";
    assert_eq!(
        title_of(text, "سارة العبدلي").as_deref(),
        Some("المندوبة الدائمة بالوكالة")
    );
}

#[test]
fn an_indefinite_adjective_ends_an_office_and_what_follows_stays_out() {
    let text = "وأوقفت الشرطة وزير سابق بتهمة الرشوة.";
    assert_found(text, Label::Title, &["وزير سابق"]);
    assert_absent(text, Label::Title, &["وزير سابق بتهمة الرشوة"]);
}

#[test]
fn the_presidency_is_no_title_and_a_definite_royal_title_takes_no_office_after_it() {
    let text = "وصدر بيان عن رئاسة الجمهورية بعد اللقاء.";
    assert_absent(text, Label::Title, &["رئاسة الجمهورية"]);
    let text = "وقال الملك مستشار الوزير إن اللقاء ودي.";
    assert_absent(text, Label::Title, &["الملك مستشار الوزير"]);
}

#[test]
fn feasts_national_days_and_the_pilgrimage_season_are_events() {
    let text = "وتتوقف الدراسة بمناسبة عيد الفطر، وتحتفل البلاد بعيد الاستقلال وبالعيد \
                الوطني، فيما تستعد الوزارة لموسم العمرة.";
    assert_found(
        text,
        Label::Event,
        &["عيد الفطر", "عيد الاستقلال", "العيد الوطني"],
    );
    // The mention may keep the «ل» glued to «موسم» (GUIDELINES.md: either start).
    let found = mentions(text);
    assert!(
        found
            .iter()
            .any(|(l, t)| *l == Label::Event && t.ends_with("موسم العمرة")),
        "no pilgrimage season in {found:?}"
    );
    // «بعيد» is also "far".
    assert_absent(
        "ويبقى الحل بعيد المنال.",
        Label::Event,
        &["بعيد المنال", "عيد المنال"],
    );
}

#[test]
fn summits_of_a_group_of_states_and_civil_wars_are_events() {
    let text = "وتستضيف اليابان قمة مجموعة السبع، بعد عقود من الحرب الأهلية اللبنانية.";
    assert_found(
        text,
        Label::Event,
        &["قمة مجموعة السبع", "الحرب الأهلية اللبنانية"],
    );
    let text = "وتعقد القمة الاقتصادية المصرية الأردنية في عمان.";
    assert_found(text, Label::Event, &["القمة الاقتصادية المصرية الأردنية"]);
}

#[test]
fn early_elections_qualifiers_and_qualifiers_after_a_preposition_stay_in_the_event() {
    let text = "وتقرر تنظيم الانتخابات التشريعية المبكرة في الربيع. وتأهل المنتخب \
                بتصفيات كأس أمم أفريقيا 2027.";
    assert_found(
        text,
        Label::Event,
        &["الانتخابات التشريعية المبكرة", "تصفيات كأس أمم أفريقيا 2027"],
    );
}

#[test]
fn a_festival_named_by_a_town_and_what_it_is_for_is_one_event() {
    let text = "وانطلقت فعاليات مهرجان الصويرة للموسيقى الأندلسية والتراث أمس.";
    assert_found(
        text,
        Label::Event,
        &["مهرجان الصويرة للموسيقى الأندلسية والتراث"],
    );
}

#[test]
fn a_year_word_with_a_glued_preposition_and_a_maghreb_half_year_are_dates() {
    let text = "وصادق البرلمان على ميزانية الدولة لسنة 2027، بعد تراجع العجز خلال \
                الثلاثي الثالث من العام الماضي.";
    assert_found(
        text,
        Label::Date,
        &["سنة 2027", "الثلاثي الثالث من العام الماضي"],
    );
}

#[test]
fn a_revolution_named_by_the_first_of_a_month_is_one_event() {
    let text = "واحتفل الليبيون بذكرى ثورة أول سبتمبر 1969 في سرت.";
    assert_found(text, Label::Event, &["ثورة أول سبتمبر 1969"]);
}

#[test]
fn the_world_cup_by_its_borrowed_name_and_a_feasts_epithet_stay_in_the_event() {
    let text = "وتتواصل التحضيرات لمونديال 2034، فيما تعطل المصالح بمناسبة عيد الأضحى المبارك.";
    assert_found(text, Label::Event, &["مونديال 2034", "عيد الأضحى المبارك"]);
}

#[test]
fn portfolios_of_family_and_solidarity_join_the_office_that_holds_them() {
    let text = "وأشرف وزير التضامن والأسرة على توزيع المساعدات.";
    assert_found(text, Label::Title, &["وزير التضامن والأسرة"]);
}

#[test]
fn maghreb_months_that_are_also_names_stay_names_alone() {
    let text = "وقالت المغنية جوان بايز إن الحفل ألغي.";
    assert!(
        mentions(text).iter().all(|(l, _)| *l != Label::Date),
        "«جوان» alone is Joan, no month"
    );
    assert_found(
        "وعاد الوفد في 12 جوان 2024.",
        Label::Date,
        &["12 جوان 2024"],
    );
}

#[test]
fn a_clerics_honorific_that_is_a_family_name_does_not_cut_the_name() {
    let text = "وغنت الفنانة كارول سماحة في افتتاح المهرجان.";
    let found = mentions(text);
    assert!(
        found.iter().all(|(l, _)| *l != Label::Title),
        "«سماحة» is her family name: {found:?}"
    );
}

#[test]
fn a_common_word_office_before_a_royal_title_leaves_the_title_to_the_royal() {
    let text = "وفي عام 1932 أمر الملك فيصل ببناء المدرسة.";
    assert_eq!(title_of(text, "فيصل").as_deref(), Some("الملك"));
    // After a title, a word with a glued preposition is no name.
    let text = "ثم أمر السلطان بقتل الأسرى جميعا.";
    assert!(
        mentions(text).iter().all(|(l, _)| *l != Label::Person),
        "«بقتل» is «ب» + «قتل»"
    );
}

#[test]
fn shortly_after_a_war_a_governor_as_a_family_name_and_the_presidency_are_no_entities() {
    let text = "وعاد بعيد الحرب إلى قريته، وحضر محمد ولد الوالي الاجتماع تحت رئاسة \
                جورج بوش.";
    let found = mentions(text);
    for wrong in ["عيد الحرب", "بعيد الحرب", "الوالي", "رئاسة"] {
        assert!(
            !found
                .iter()
                .any(|(l, t)| matches!(l, Label::Event | Label::Title) && t == wrong),
            "«{wrong}» in {found:?}"
        );
    }
}

#[test]
fn a_former_member_is_no_title_and_a_nickname_is_no_family_name() {
    assert_absent(
        "وانتخب عضو سابق في المجلس رئيسا للجنة.",
        Label::Title,
        &["عضو سابق"],
    );
    let text = "وشارك الأستاذ حسن علي الملقب بأبي الفنون في الندوة.";
    assert_absent(text, Label::Person, &["حسن علي الملقب"]);
}

#[test]
fn two_dates_after_bayna_and_earlier_this_month_are_one_date_each() {
    let text = "وشهدت المنطقة موجة جفاف ما بين أواخر الثمانينيات وأوائل التسعينيات، \
                وكان الوزير قد زار المدينة في وقت سابق من هذا الأسبوع.";
    assert_found(
        text,
        Label::Date,
        &[
            "ما بين أواخر الثمانينيات وأوائل التسعينيات",
            "وقت سابق من هذا الأسبوع",
        ],
    );
}

#[test]
fn attacks_named_by_their_date_are_one_event() {
    let text = "وتغيرت السياسة الأمريكية بعد هجمات 11 سبتمبر 2001، ومنذ أحداث الحادي عشر من سبتمبر \
                تغير الكثير.";
    assert_found(
        text,
        Label::Event,
        &["هجمات 11 سبتمبر 2001", "أحداث الحادي عشر من سبتمبر"],
    );
}

#[test]
fn a_royal_title_after_a_name_link_is_part_of_the_name() {
    let text = "وحضر الحفل فهد بن سلطان الدوسري وعبد الله آل الشيخ.";
    let found = mentions(text);
    assert!(
        found.iter().all(|(l, _)| *l != Label::Title),
        "«سلطان» and «الشيخ» are names here: {found:?}"
    );
}
