//! Organisations, places and named storms of the world pages (GUIDELINES.md): Europe,
//! the Americas, Russia and Ukraine, Asia and Africa, defence, disasters, religion; and
//! the local pages' leftovers (parks, Cairo's districts, a paper named by a place).

use super::*;

#[test]
fn a_foreign_place_after_its_head_is_the_place_even_unlisted() {
    let text = "ثار بركان فويغو مجددا، فيما ضربت الأمطار جزيرة لامبيدوزا الإيطالية.";
    assert_found(text, Label::Location, &["فويغو", "لامبيدوزا"]);
    // A common word or an adjective after the head is no place.
    assert_absent(
        "وانتقل إلى مدينة جديدة بعد الحرب.",
        Label::Location,
        &["جديدة"],
    );
}

#[test]
fn a_capital_named_after_its_nationality_is_the_place() {
    let text = "وصل الوفد إلى العاصمة الإريترية أسمرة مساء الاثنين.";
    assert_found(text, Label::Location, &["أسمرة"]);
}

#[test]
fn a_two_word_country_is_whole_where_the_tagger_took_its_last_word() {
    let text = "عبر آلاف اللاجئين إلى أوغندا وجنوب السودان هربا من القتال.";
    assert_found(text, Label::Location, &["جنوب السودان"]);
}

#[test]
fn holy_places_churches_and_parks_are_places_head_included() {
    let text = "وصلى الحجاج في المسجد النبوي الشريف، ثم زار الوفد كنيسة المهد وحديقة الأزبكية.";
    assert_found(
        text,
        Label::Location,
        &["المسجد النبوي الشريف", "حديقة الأزبكية"],
    );
    let text = "افتتحت البلدية حديقة الزوراء الجديدة أمام العائلات.";
    assert_absent(text, Label::Org, &["الزوراء"]);
    assert_no_mention("وأقيمت حديقة مائية للأطفال.", &["حديقة مائية"]);
}

#[test]
fn a_named_storm_is_an_event_not_a_place_or_person() {
    let text = "خلفت العاصفة دانيال آلاف الضحايا في مدينة درنة الليبية.";
    assert_found(text, Label::Event, &["العاصفة دانيال"]);
    assert_no_mention("ضربت عاصفة ثلجية قوية شمال البلاد.", &["عاصفة ثلجية"]);
}

#[test]
fn civil_defence_parliaments_and_national_centres_are_organisations() {
    let text = "وانتشلت فرق الحماية المدنية الجثث، فيما ناقش البرلمان الفرنسي قانون الهجرة، \
                وصوت الكنيست على حل نفسه.";
    assert_found(
        text,
        Label::Org,
        &["الحماية المدنية", "البرلمان الفرنسي", "الكنيست"],
    );
    let text = "وقال المركز الوطني للأرصاد إن درجات الحرارة ستنخفض، وأقر مجلس الدوما القانون.";
    assert_found(text, Label::Org, &["المركز الوطني للأرصاد", "مجلس الدوما"]);
}

#[test]
fn the_elysee_is_the_french_presidency() {
    let text = "وقالت مصادر في الإليزيه إن الرئيس سيزور الجزائر.";
    assert_found(text, Label::Org, &["الإليزيه"]);
}

#[test]
fn the_white_house_is_the_us_presidency() {
    let text =
        "وأعلن البيت الأبيض أن الرئيس سيستقبل نظيره، فيما رحب متحدث باسم البيت الأبيض بالقرار.";
    let found = mentions(text);
    let orgs = found
        .iter()
        .filter(|(l, t)| *l == Label::Org && t.ends_with("البيت الأبيض"))
        .count();
    assert_eq!(orgs, 2, "{found:?}");
}

#[test]
fn a_paper_named_by_a_place_is_an_organisation() {
    let text = "ونقلت صحيفة الرياض عن مصادر مطلعة أن الاتفاق بات قريبا.";
    assert_found(text, Label::Org, &["الرياض"]);
    assert_absent(text, Label::Location, &["الرياض"]);
}

#[test]
fn a_national_market_in_a_trading_sentence_is_the_stock_market() {
    let text = "وارتفعت السوق الكويتية بنهاية تعاملات الاثنين بدعم من أسهم البنوك.";
    assert_found(text, Label::Org, &["السوق الكويتية"]);
}

#[test]
fn a_foundation_named_by_a_noun_and_its_city_is_one_organisation() {
    let text = "ونظمت جمعية أصدقاء طنجة معرضا للصور القديمة.";
    assert_found(text, Label::Org, &["جمعية أصدقاء طنجة"]);
}

#[test]
fn the_national_team_by_its_adjective_or_colour_is_an_organisation() {
    let text = "وخاض المنتخب الوطني مباراة ودية، فيما تعادل المنتخب الأبيض مع الكويت في البطولة.";
    assert_found(text, Label::Org, &["المنتخب الوطني", "المنتخب الأبيض"]);
    assert_absent(text, Label::Person, &["الأبيض"]);
}

#[test]
fn the_english_adjective_alone_is_no_entity() {
    assert_no_mention("وفاز الفريق على نظيره الإنجليزي بهدفين.", &["الإنجليزي"]);
}

#[test]
fn cairo_districts_stadiums_and_squares_by_a_common_word_are_places() {
    let text =
        "افتتح المجمع في التجمع الأول، وتقام المباراة على استاد الثمامة قرب ساحة باب الحمراء.";
    assert_found(
        text,
        Label::Location,
        &["التجمع الأول", "استاد الثمامة", "ساحة باب الحمراء"],
    );
}

#[test]
fn a_chiefs_council_stays_in_his_title_and_civil_defence_keeps_its_nationality() {
    let text = "وقال رئيس مجلس الدوما إن المجلس سيصوت الأسبوع المقبل.";
    assert_absent(text, Label::Org, &["الدوما"]);
    let text = "وأعلن الدفاع المدني اللبناني انتشال ثلاث جثث من تحت الأنقاض.";
    assert_found(text, Label::Org, &["الدفاع المدني اللبناني"]);
}

#[test]
fn a_team_by_its_colour_and_nationality_is_the_colour() {
    let text = "وتغلب الأبيض الإماراتي على منتخب عمان في التصفيات المؤهلة لكأس العالم.";
    assert_found(text, Label::Org, &["الأبيض"]);
}

#[test]
fn a_general_presidency_with_its_remit_is_an_organisation() {
    let text = "وأعلنت الرئاسة العامة لرعاية الشباب عن برنامج صيفي.";
    assert_found(text, Label::Org, &["الرئاسة العامة لرعاية الشباب"]);
}

#[test]
fn a_storm_has_a_one_word_name_and_a_park_may_be_named_by_a_valley() {
    let text = "ضربت العاصفة كيران دول غرب أوروبا، وأغلقت السلطات منتزه وادي لبن.";
    assert_found(text, Label::Event, &["العاصفة كيران"]);
    assert_found(text, Label::Location, &["منتزه وادي لبن"]);
}

#[test]
fn an_authority_named_by_what_it_does_is_one_organisation() {
    let text = "وقالت هيئة مكافحة الفساد إنها أحالت الملف، فيما وقعت هيئة تنمية الصادرات \
                السعودية اتفاقية جديدة.";
    assert_found(
        text,
        Label::Org,
        &["هيئة مكافحة الفساد", "هيئة تنمية الصادرات السعودية"],
    );
}

#[test]
fn official_describes_an_agency_and_is_no_part_of_its_name() {
    let text = "ونقلت وكالة الأنباء الكويتية الرسمية عن مصدر مسؤول أن الاجتماع تأجل.";
    assert_found(text, Label::Org, &["وكالة الأنباء الكويتية"]);
}

#[test]
fn a_municipal_council_keeps_the_city_it_serves() {
    let text = "وصادق المجلس البلدي لمدينة صيدا على موازنة العام المقبل.";
    assert_found(text, Label::Org, &["المجلس البلدي لمدينة صيدا"]);
}

#[test]
fn a_body_head_that_ends_the_text_is_read_without_a_panic() {
    for text in [
        "وقالت الجمعية",
        "أعلنت وزارة",
        "صوت مجلس الشيوخ",
        "وقالت المفوضية السامية",
    ] {
        let _ = mentions(text);
    }
}
