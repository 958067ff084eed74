//! TITLE, DATE, EVENT and PERSON in world news (agency wires, defence, disasters,
//! religious affairs, obituaries; GUIDELINES.md): dates in figures, the first or last days
//! of a period, a boundary of the current year, decades of a century. Each on sentences
//! other than the ones the rules were written from.

use super::*;

#[test]
fn a_date_written_in_figures_is_one_date_day_or_year_first() {
    let text = "ووقع الاتفاق في 2024/11/5 بالقاهرة، على أن يدخل حيز التنفيذ يوم 1-1-2025.";
    assert_found(text, Label::Date, &["2024/11/5", "يوم 1-1-2025"]);
}

#[test]
fn figures_that_are_no_day_and_month_are_no_date() {
    let text = "وفاز الفريق 3-1-0 في الشوط الأول، وبلغت النسبة 45/12/2025 في التقرير.";
    assert_no_mention(text, &["3-1-0", "45/12/2025"]);
}

#[test]
fn the_first_or_last_days_of_a_period_are_one_date() {
    let text = "وتراجعت الأسعار خلال الأسابيع الثلاثة الأولى من العام الجاري.";
    assert_found(text, Label::Date, &["الأسابيع الثلاثة الأولى من العام الجاري"]);
}

#[test]
fn a_boundary_of_the_bare_year_or_month_is_the_current_one() {
    let text = "وارتفعت الصادرات منذ بداية العام، ويتوقع أن تنتهي الأشغال قبل نهاية الشهر.";
    // «منذ» before a boundary is inside the date (GUIDELINES, seventeenth session); «قبل» is not.
    assert_found(text, Label::Date, &["منذ بداية العام", "نهاية الشهر"]);
}

#[test]
fn a_boundary_of_a_qualified_year_is_not_cut_short() {
    let text = "وتبدأ الامتحانات في نهاية العام الدراسي الحالي.";
    assert_absent(text, Label::Date, &["نهاية العام"]);
}

#[test]
fn a_decade_of_the_century_named_after_it_is_one_date() {
    let text = "وهاجر كثير من العمال إلى أوروبا في سبعينيات القرن العشرين.";
    assert_found(text, Label::Date, &["سبعينيات القرن العشرين"]);
}

#[test]
fn midterm_and_parliamentary_elections_are_events() {
    let text = "ويستعد الحزب للانتخابات التمهيدية، بعد خسارته في الانتخابات النيابية.";
    assert_found(text, Label::Event, &["الانتخابات النيابية"]);
}

#[test]
fn a_conference_by_its_genitive_and_bracketed_acronym_is_an_event() {
    let text = "وشارك الوفد في مؤتمر المناخ (كوب 29) الذي عقد في باكو.";
    assert_found(text, Label::Event, &["مؤتمر المناخ", "كوب 29"]);
}

#[test]
fn a_disaster_named_by_its_places_and_year_is_an_event() {
    let text = "وأعاد زلزال المغرب الأخير إلى الأذهان زلزال أغادير 1960، فيما خلفت فيضانات \
                باكستان مئات القتلى.";
    assert_found(
        text,
        Label::Event,
        &["زلزال المغرب", "زلزال أغادير 1960", "فيضانات باكستان"],
    );
}

#[test]
fn a_quake_measured_or_a_political_quake_is_no_event() {
    let text = "وضرب زلزال بقوة 6 درجات المنطقة، وأحدثت النتائج زلزالا سياسيا.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(l, _)| *l == Label::Event),
        "no event expected: {found:?}"
    );
}

#[test]
fn a_forum_named_by_the_future_of_its_subject_is_an_event() {
    let text = "وتستضيف الرياض قمة مستقبل الطيران بمشاركة واسعة.";
    assert_found(text, Label::Event, &["قمة مستقبل الطيران"]);
}

#[test]
fn a_festival_of_an_art_with_any_adjective_is_an_event() {
    let text = "وتنطلق غدا فعاليات مهرجان المسرح التجريبي بمشاركة عشرين فرقة.";
    assert_found(text, Label::Event, &["مهرجان المسرح التجريبي"]);
}

#[test]
fn joined_portfolios_and_the_nationality_stay_in_the_ministers_title() {
    let text = "وقال وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي إن الحل سياسي.";
    assert_eq!(
        title_of(text, "أيمن الصفدي").as_deref(),
        Some("وزير الخارجية وشؤون المغتربين الأردني")
    );
}

#[test]
fn the_chief_of_the_general_staff_is_one_title() {
    let text = "والتقى الوزير رئيس هيئة الأركان العامة للقوات المسلحة.";
    assert_found(text, Label::Title, &["رئيس هيئة الأركان العامة"]);
}

#[test]
fn a_foreign_rank_after_the_office_belongs_to_the_title() {
    let text = "وقال قائد الأسطول الخامس الأمريكي الأدميرال جورج ويكوف إن الملاحة آمنة.";
    assert_eq!(
        title_of(text, "جورج ويكوف").as_deref(),
        Some("قائد الأسطول الخامس الأمريكي الأدميرال")
    );
}

#[test]
fn a_regnal_number_ends_the_kings_name() {
    let text = "واستقبل الملك تشارلز الثالث ضيوفه في قصر باكنغهام.";
    assert_found(text, Label::Person, &["تشارلز الثالث"]);
}

#[test]
fn the_pope_before_his_see_is_a_title_not_a_person() {
    let text = "ودعا بابا الفاتيكان إلى وقف إطلاق النار في غزة.";
    assert_found(text, Label::Title, &["بابا"]);
    assert_absent(text, Label::Person, &["بابا"]);
}

#[test]
fn a_retired_officers_rank_is_his_title() {
    let text = "وأوضح اللواء المتقاعد فايز الدويري أن المعارك تتركز في الشمال.";
    assert_eq!(
        title_of(text, "فايز الدويري").as_deref(),
        Some("اللواء المتقاعد")
    );
}

#[test]
fn a_definite_clerics_title_introduces_his_name() {
    let text = "واستقبل البطريرك بشارة الراعي وفدا من الأنبا بولا.";
    assert_eq!(title_of(text, "بشارة الراعي").as_deref(), Some("البطريرك"));
}

#[test]
fn a_partys_candidate_and_the_eus_foreign_policy_chief_are_titles() {
    let text = "وهاجم المرشح الديمقراطي خصمه، فيما التقى مسؤول السياسة الخارجية الوزير.";
    assert_found(
        text,
        Label::Title,
        &["المرشح الديمقراطي", "مسؤول السياسة الخارجية"],
    );
}

#[test]
fn the_ordinal_of_the_body_an_office_heads_stays_in_the_title() {
    let text = "وقال قائد الفرقة الرابعة اللواء ماهر الأسد إن الوضع مستقر.";
    assert_eq!(
        title_of(text, "ماهر الأسد").as_deref(),
        Some("قائد الفرقة الرابعة اللواء")
    );
}

#[test]
fn the_last_or_next_few_weeks_are_one_date() {
    let text = "وارتفعت الأسعار خلال الأشهر الستة الماضية، ويتوقع أن تستقر في الأيام العشرة المقبلة.";
    assert_found(
        text,
        Label::Date,
        &["الأشهر الستة الماضية", "الأيام العشرة المقبلة"],
    );
}

#[test]
fn the_un_climate_conference_keeps_its_remit() {
    let text = "وتستعد أذربيجان لاستضافة مؤتمر الأمم المتحدة لتغير المناخ العام المقبل.";
    assert_found(text, Label::Event, &["مؤتمر الأمم المتحدة لتغير المناخ"]);
}
