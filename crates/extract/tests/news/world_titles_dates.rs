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
    assert_found(text, Label::Date, &["بداية العام", "نهاية الشهر"]);
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
