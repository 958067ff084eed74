//! TITLE, DATE, EVENT and PERSON in the soft sections (sports, economy, culture, society,
//! local news; GUIDELINES.md): coaches, captains, deans and mayors, offices in the
//! accusative, the body an office serves after «لل», a spokesman's body left out, leagues,
//! cups and festivals, prizes as MISC, seasons named by their years. Each on sentences
//! other than the ones the rules were written from.

use super::*;

#[test]
fn an_office_in_the_accusative_is_a_title_but_keeping_something_is_not() {
    let text = "وأعلن نادي الزمالك تعيين البرتغالي جوسيه جوميز مديرا فنيا خلفا لكريستيان \
                جروس. وظل الفريق محافظا على صدارة الترتيب.";
    assert_found(text, Label::Title, &["مديرا فنيا"]);
    assert_absent(text, Label::Title, &["محافظا"]);
}

#[test]
fn a_spokesman_title_ends_before_the_named_body_it_speaks_for() {
    // The office up to «باسم», the movement an ORG of its own; the whole stretch is the
    // spokesman's title (GUIDELINES: a title that runs over a body to its holder).
    let text = "وقال الناطق باسم حركة فتح منذر الحايك إن الحركة ترفض القرار.";
    assert_found(text, Label::Org, &["حركة فتح"]);
    assert_absent(text, Label::Title, &["الناطق باسم حركة فتح"]);
    assert_eq!(
        title_of(text, "منذر الحايك").as_deref(),
        Some("الناطق باسم حركة فتح")
    );
    let alone = "وقال الناطق باسم حركة فتح إن الحركة ترفض القرار.";
    assert_found(alone, Label::Title, &["الناطق باسم"]);
}

#[test]
fn bassem_after_an_office_that_is_no_spokesman_is_a_name() {
    let text = "وأوضح مستشار الوزير لشؤون الطاقة باسم عوض أن الإنتاج ارتفع.";
    assert_found(text, Label::Person, &["باسم عوض"]);
    assert_eq!(
        title_of(text, "باسم عوض").as_deref(),
        Some("مستشار الوزير لشؤون الطاقة")
    );
}

#[test]
fn the_body_an_office_serves_named_by_its_head_after_lil_belongs_to_the_title() {
    let text = "وقال الرئيس التنفيذي للشركة أحمد الصايغ إن الأرباح تضاعفت.";
    assert_eq!(
        title_of(text, "أحمد الصايغ").as_deref(),
        Some("الرئيس التنفيذي للشركة")
    );
}

#[test]
fn a_governor_of_a_place_head_and_a_mayor_before_a_city_are_titles() {
    let text = "وقال حاكم الولاية رون ديسانتيس إن الإعصار خلف أضرارا كبيرة.";
    assert_eq!(
        title_of(text, "رون ديسانتيس").as_deref(),
        Some("حاكم الولاية")
    );
    assert_found(
        "وأعلنت عمدة باريس إغلاق الشارع أمام السيارات.",
        Label::Title,
        &["عمدة"],
    );
}

#[test]
fn a_coach_before_a_club_the_lists_know_is_titled_over_the_club_which_is_no_name() {
    // GUIDELINES, thirteenth session: a named body inside a holder's title belongs to the
    // title and is a mention of its own.
    let text = "وقال مدرب الهلال البرتغالي جورجي جيسوس إن فريقه جاهز.";
    assert_found(text, Label::Org, &["الهلال"]);
    assert_absent(text, Label::Person, &["الهلال"]);
    assert_eq!(
        title_of(text, "جورجي جيسوس").as_deref(),
        Some("مدرب الهلال البرتغالي")
    );
}

#[test]
fn a_team_captain_and_a_woman_dean_are_titles() {
    let text = "وغاب عميد الفريق يوسف بلايلي عن التدريبات بسبب الإصابة.";
    assert_eq!(title_of(text, "يوسف بلايلي").as_deref(), Some("عميد الفريق"));
    let text = "وقالت عميدة كلية الآداب الدكتورة سناء الشعلان إن الكلية تستقبل الطلبة.";
    assert_found(text, Label::Org, &["كلية الآداب"]);
    assert_eq!(
        title_of(text, "سناء الشعلان").as_deref(),
        Some("عميدة كلية الآداب")
    );
}

#[test]
fn amin_after_a_courtesy_word_is_a_given_name_not_an_office() {
    let text = "وقال المهندس أمين حداد إن المشروع سينجز العام المقبل.";
    assert_found(text, Label::Person, &["أمين حداد"]);
    assert_absent(text, Label::Title, &["أمين"]);
}

#[test]
fn the_head_of_a_named_government_is_one_title() {
    let text = "والتقى رئيس حكومة الوفاق الوطني فايز السراج السفير الإيطالي.";
    assert_eq!(
        title_of(text, "فايز السراج").as_deref(),
        Some("رئيس حكومة الوفاق الوطني")
    );
}

#[test]
fn the_under_secretary_of_the_ministry_just_named_is_a_title() {
    let text = "وقال وكيل الوزارة لشؤون المناهج محمد الحمد إن الدراسة تبدأ الأحد.";
    assert_eq!(
        title_of(text, "محمد الحمد").as_deref(),
        Some("وكيل الوزارة لشؤون المناهج")
    );
}

#[test]
fn a_royal_title_that_is_a_given_name_after_a_whole_office_begins_the_name() {
    let text = "وقال مدير الكرة سلطان اللحياني إن اللاعبين في حالة جيدة.";
    assert_found(text, Label::Person, &["سلطان اللحياني"]);
    assert_eq!(
        title_of(text, "سلطان اللحياني").as_deref(),
        Some("مدير الكرة")
    );
}

#[test]
fn leagues_keep_their_grade_and_events_whom_they_are_for() {
    let text = "ويلعب الفريق في الدوري الإنجليزي الممتاز منذ عام 2017. وتوج المنتخب \
                ببطولة أفريقيا للناشئين.";
    assert_found(
        text,
        Label::Event,
        &["الدوري الإنجليزي الممتاز", "بطولة أفريقيا للناشئين"],
    );
}

#[test]
fn a_cup_after_a_glued_preposition_ends_before_how_many_times_it_was_won() {
    let text = "وفاز الفريق لكأس الملك للمرة الخامسة في تاريخه.";
    assert_found(text, Label::Event, &["كأس الملك"]);
    assert_absent(text, Label::Event, &["كأس الملك للمرة الخامسة"]);
}

#[test]
fn festivals_named_by_a_town_the_tagger_missed_and_festival_days_are_events() {
    let text = "وتنطلق فعاليات مهرجان جرش للثقافة والفنون الأسبوع المقبل، فيما تختتم أيام \
                الشارقة المسرحية مساء الجمعة.";
    assert_found(
        text,
        Label::Event,
        &["مهرجان جرش للثقافة والفنون", "أيام الشارقة المسرحية"],
    );
}

#[test]
fn a_prize_is_misc_and_a_grand_prix_an_event() {
    let text = "وفاز الكاتب بجائزة نوبل للآداب، كما نال جائزة الملك فيصل العالمية. وفاز \
                هاميلتون بسباق جائزة البحرين الكبرى.";
    assert_found(
        text,
        Label::Misc,
        &["جائزة نوبل للآداب", "جائزة الملك فيصل العالمية"],
    );
    assert_found(text, Label::Event, &["جائزة البحرين الكبرى"]);
    assert_absent(text, Label::Event, &["جائزة نوبل للآداب"]);
}

#[test]
fn a_season_named_by_its_years_is_a_date() {
    let text = "وسجل اللاعب 20 هدفا خلال موسم 2023/2024 مع فريقه.";
    assert_found(text, Label::Date, &["موسم 2023/2024"]);
}

#[test]
fn a_chief_named_with_a_possessive_and_his_adjective_is_a_title() {
    let text = "وأعلنت الشركة نتائجها، وقال رئيسها التنفيذي محمد العبار إن الطلب قوي.";
    assert_eq!(
        title_of(text, "محمد العبار").as_deref(),
        Some("رئيسها التنفيذي")
    );
}

#[test]
fn a_saudi_mayor_of_a_region_is_a_title_before_the_region() {
    // With the holder after the region the office runs over it to him (thirteenth
    // session), and «مكة المكرمة» keeps its epithet (fourteenth).
    let text = "وأعلن أمين منطقة مكة المكرمة صالح التركي افتتاح الحديقة.";
    assert_found(text, Label::Location, &["مكة المكرمة"]);
    assert_eq!(
        title_of(text, "صالح التركي").as_deref(),
        Some("أمين منطقة مكة المكرمة")
    );
}

#[test]
fn festivals_by_their_art_and_conferences_by_their_remit_are_events() {
    let text = "وتنطلق فعاليات مهرجان الموسيقى العربية الشهر المقبل، فيما يعقد المؤتمر الدولي \
                للتعليم العالي في أبوظبي.";
    assert_found(
        text,
        Label::Event,
        &["مهرجان الموسيقى العربية", "المؤتمر الدولي للتعليم العالي"],
    );
}

#[test]
fn the_first_months_of_a_year_are_one_date() {
    let text = "وارتفعت الأرباح خلال الأشهر الستة الأولى من العام الجاري بنسبة 8 في المئة.";
    assert_found(text, Label::Date, &["الأشهر الستة الأولى من العام الجاري"]);
}

#[test]
fn a_prize_named_by_its_subject_and_adjective_is_misc() {
    let text = "وحصل الشاعر على جائزة الدولة التقديرية في الآداب.";
    assert_found(text, Label::Misc, &["جائزة الدولة التقديرية"]);
}
