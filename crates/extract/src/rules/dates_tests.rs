//! Unit tests of the date rules (`dates.rs`).

use crate::gazetteer::Gazetteers;
use crate::rules::Ctx;
use crate::token::tokenize;

/// The dates the rule finds in `text`, as written.
fn dates_in(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    let gaz = Gazetteers::static_lists();
    let ctx = Ctx::new(&toks, &gaz, &[]);
    let mut out = Vec::new();
    super::dates(&ctx, &mut out);
    out.iter()
        .map(|c| crate::rules::written(text, &toks, c))
        .collect()
}

#[test]
fn a_weekday_in_brackets_after_yesterday_is_one_date() {
    assert_eq!(dates_in("وصل أمس (الثلاثاء) إلى الدوحة"), ["أمس (الثلاثاء)"]);
    assert_eq!(dates_in("وقال امس السبت إن"), ["امس السبت"]);
    assert_eq!(dates_in("ويعود غداً الاثنين"), ["غداً الاثنين"]);
    assert_eq!(dates_in("ووقع الحادث مساء أمس الأول"), ["مساء أمس الأول"]);
}

#[test]
fn day_month_year_keeps_the_levantine_month_in_brackets() {
    assert_eq!(
        dates_in("في 15 مارس (آذار) 2019 اجتمع"),
        ["15 مارس (آذار) 2019"]
    );
    assert_eq!(
        dates_in("يوم 21 فبراير / شباط عام 1999"),
        ["يوم 21 فبراير / شباط عام 1999"]
    );
    assert_eq!(dates_in("وقعت في يونيو الماضي"), ["يونيو الماضي"]);
    assert_eq!(
        dates_in("استقبل يوم الأحد الماضي الوفد"),
        ["يوم الأحد الماضي"]
    );
    assert_eq!(dates_in("يصل الخميس المقبل إلى"), ["الخميس المقبل"]);
}

#[test]
fn relative_periods_and_this_year_are_dates_but_durations_are_not() {
    assert_eq!(dates_in("ارتفعت العام الماضي"), ["العام الماضي"]);
    assert_eq!(dates_in("سيزور الأسبوع المقبل"), ["الأسبوع المقبل"]);
    assert_eq!(dates_in("هذا العام"), ["هذا العام"]);
    assert!(dates_in("استمرت ثلاث سنوات").is_empty());
    assert!(dates_in("يعمل حاليا في").is_empty());
}

#[test]
fn ranges_and_hijri_dates_are_one_date() {
    assert_eq!(dates_in("عاش بين 1882 - 1963"), ["1882 - 1963"]);
    assert_eq!(dates_in("حكم من 1919 الى 1946"), ["من 1919 الى 1946"]);
    assert_eq!(dates_in("بين عامي 1990 و1995"), ["بين عامي 1990 و1995"]);
    assert_eq!(dates_in("في 15 رمضان 1424 هـ"), ["15 رمضان 1424 هـ"]);
    assert_eq!(dates_in("خلال شهر رمضان المبارك"), ["شهر رمضان المبارك"]);
}

#[test]
fn a_range_of_days_ending_in_a_month_is_one_date() {
    assert_eq!(
        dates_in("معسكرا من 10 إلى 15 يناير استعدادا"),
        ["من 10 إلى 15 يناير"]
    );
    assert_eq!(
        dates_in("تمرينا استمر من 3 الى 12 فبراير 2025."),
        ["من 3 الى 12 فبراير 2025"]
    );
    assert_eq!(
        dates_in("من 28 فبراير حتى 2 مارس"),
        ["من 28 فبراير حتى 2 مارس"]
    );
    assert_eq!(dates_in("بين 3 و5 مارس"), ["بين 3 و5 مارس"]);
    assert_eq!(dates_in("يقام 10 - 15 يناير"), ["10 - 15 يناير"]);
    assert!(dates_in("ارتفع من 10 إلى 15 في المئة").is_empty());
}

#[test]
fn centuries_decades_and_years_after_a_preposition_are_dates() {
    assert_eq!(dates_in("في القرن التاسع عشر"), ["القرن التاسع عشر"]);
    assert_eq!(dates_in("في التسعينات"), ["التسعينات"]);
    assert_eq!(dates_in("ولد في 1909 في"), ["1909"]);
    assert_eq!(dates_in("سنة 200 م."), ["سنة 200 م"]);
    assert!(dates_in("قتل 1500 شخص").is_empty());
}

#[test]
fn the_same_period_of_another_year_is_one_date() {
    for (text, date) in [
        (
            "ارتفعت الأرباح مقارنة مع الفترة نفسها من العام الماضي.",
            "الفترة نفسها من العام الماضي",
        ),
        (
            "وزادت المبيعات عن الربع المماثل من عام 2024.",
            "الربع المماثل من عام 2024",
        ),
    ] {
        assert!(
            dates_in(text).contains(&date.to_owned()),
            "{text}: {:?}",
            dates_in(text)
        );
    }
}

#[test]
fn a_month_doublet_without_a_slash_is_one_date() {
    assert_eq!(dates_in("منذ مايو أيار 2025 تراجعت"), ["مايو أيار 2025"]);
    assert_eq!(
        dates_in("في 3 أكتوبر تشرين الأول 2024 أعلنت"),
        ["3 أكتوبر تشرين الأول 2024"]
    );
    assert_eq!(
        dates_in("وفي حزيران يونيو الماضي وقع"),
        ["حزيران يونيو الماضي"]
    );
    assert_eq!(dates_in("عرف باتفاق 17 أيار الذي رفضه"), ["17 أيار"]);
    // Two Gregorian months in a row are no doublet.
    assert_ne!(dates_in("بين يناير فبراير"), ["يناير فبراير"]);
}

#[test]
fn the_afternoon_a_quarter_alone_and_a_quarter_of_the_bare_year() {
    assert_eq!(
        dates_in("وعقد المجلس جلسته بعد ظهر اليوم الثلاثاء في مقره"),
        ["بعد ظهر اليوم الثلاثاء"]
    );
    assert_eq!(
        dates_in("وارتفعت أرباح البنك في الربع الثالث بنسبة 5 في المئة"),
        ["الربع الثالث"]
    );
    assert_eq!(
        dates_in("وتراجعت المبيعات خلال الربع الأخير من العام بسبب الأسعار"),
        ["الربع الأخير من العام"]
    );
    // A half or a quarter of a game, and a quarter away from results, is no date.
    assert!(dates_in("وسجل الفريق هدفين في النصف الأول من المباراة").is_empty());
    assert!(dates_in("وسجل الفريق هدفا في الربع الأخير من المباراة").is_empty());
    assert!(dates_in("وتقع الجزيرة في الربع الأخير من الطريق").is_empty());
}

#[test]
fn the_maghrebs_next_week_is_a_date() {
    assert_eq!(
        dates_in("وستعقد اللجنة اجتماعها الأسبوع الموالي في الرباط"),
        ["الأسبوع الموالي"]
    );
    assert_eq!(
        dates_in("وينتظر أن يصدر القرار خلال الشهر الموالي"),
        ["الشهر الموالي"]
    );
    assert!(dates_in("وقال النائب الموالي للحكومة إن القرار صائب").is_empty());
}

#[test]
fn a_school_term_and_a_few_years_or_months_to_come_are_dates() {
    assert_eq!(
        dates_in("وتبدأ الاختبارات النهائية للفصل الدراسي الثاني من العام الدراسي المقبل غدا"),
        ["للفصل الدراسي الثاني من العام الدراسي المقبل", "غدا"]
    );
    assert_eq!(
        dates_in("وتعلن النتائج في نهاية الفصل الدراسي الأول"),
        ["نهاية الفصل الدراسي الأول"]
    );
    assert_eq!(
        dates_in("وتخطط الشركة لمضاعفة إنتاجها خلال السنوات الخمس المقبلة"),
        ["السنوات الخمس المقبلة"]
    );
    assert_eq!(
        dates_in("ويتوقع أن تنخفض الأسعار في الأشهر القليلة القادمة"),
        ["الأشهر القليلة القادمة"]
    );
    // A chapter is no term, and a count alone is a duration.
    assert!(dates_in("وجاء في الفصل الثاني من الكتاب أن المدينة قديمة").is_empty());
    assert!(dates_in("واستمر البناء خمس سنوات").is_empty());
}

#[test]
fn months_between_a_boundary_before_a_year_and_a_boundary_behind_bi_are_dates() {
    assert_eq!(
        dates_in("وأضافت نحو مليون برميل يوميا بين مارس ويونيو 2025."),
        ["بين مارس ويونيو 2025"]
    );
    assert_eq!(
        dates_in("وتبقى الأسعار منخفضة حتى منتصف 2028."),
        ["منتصف 2028"]
    );
    assert_eq!(dates_in("وبدأ التصدير في أواخر 2019."), ["أواخر 2019"]);
    assert_eq!(
        dates_in("ويتوقع المطار 90 مليون مسافر بنهاية العام الحالي."),
        ["بنهاية العام الحالي"]
    );
    assert_eq!(
        dates_in("ونقلت 12 مليون مسافر خلال الأشهر التسعة الأولى من العام."),
        ["الأشهر التسعة الأولى من العام"]
    );
}

#[test]
fn ramadans_nights_and_days_are_dates() {
    assert_eq!(
        dates_in("وتقام صلاة القيام خلال العشر الأواخر من شهر رمضان المبارك."),
        ["العشر الأواخر من شهر رمضان المبارك"]
    );
    assert_eq!(
        dates_in("وتقام المسابقة في الأسبوع الثاني من الشهر الكريم."),
        ["الأسبوع الثاني من الشهر الكريم"]
    );
    assert_eq!(
        dates_in("وتشهد المساجد أكبر تجمع في ليلة السابع والعشرين من رمضان."),
        ["ليلة السابع والعشرين من رمضان"]
    );
    assert_eq!(
        dates_in("ووقعت في العاشر من ذي القعدة سنة 300 هـ."),
        ["العاشر من ذي القعدة", "سنة 300 هـ"]
    );
}

#[test]
fn a_round_hundred_before_a_counted_noun_is_no_year() {
    assert!(dates_in("وتقام صلاة التراويح في 1500 مسجد.").is_empty());
    assert!(dates_in("وأفرج عن أكثر من 1200 محتجز.").is_empty());
    assert_eq!(dates_in("وقعت المعركة في 1187 وانتهت."), ["1187"]);
}

#[test]
fn dates_of_the_seventh_blind_round() {
    for (text, date) in [
        // The Maghreb's «الفارط» ("last").
        (
            "وبلغت الصادرات 21 مليارا خلال السنة الفارطة.",
            "السنة الفارطة",
        ),
        ("وارتفعت الأسعار في الشهر الفارط بنسبة 3%.", "الشهر الفارط"),
        ("ويعود الفريق إلى التدريب الأسبوع الفارط.", "الأسبوع الفارط"),
        // «يوم» before a day of this month.
        ("وعقدت الجلسة يوم 19 من الشهر نفسه.", "يوم 19 من الشهر نفسه"),
        (
            "وتنطلق الدورة يوم 5 من الشهر المقبل.",
            "يوم 5 من الشهر المقبل",
        ),
        // A quarter where a company's performance is reported.
        (
            "وقال إن أداءنا في الربع الثالث يعكس متانة أعمالنا.",
            "الربع الثالث",
        ),
        ("وتحسن أداؤها في الربع الأول.", "الربع الأول"),
        // A definite ordinal is no boundary: «المشروع الأول | الشهر المقبل».
        ("وستطرح عقود المشروع الأول الشهر المقبل.", "الشهر المقبل"),
        ("وصدر الجزء الأول عام 1979.", "عام 1979"),
        // Since a boundary of a period, with «منذ».
        (
            "وأصدرت المحكمة منذ مطلع العام الحالي أحكاما.",
            "منذ مطلع العام الحالي",
        ),
        ("واستقبلت 6 ملايين زائر منذ مطلع العام.", "منذ مطلع العام"),
        (
            "وتراجع المؤشر منذ بداية الشهر الجاري.",
            "منذ بداية الشهر الجاري",
        ),
    ] {
        let got = dates_in(text);
        assert_eq!(got, [date], "{text}");
    }
}

#[test]
fn two_periods_in_the_dual_with_their_adjective_are_a_date() {
    assert_eq!(
        dates_in("وتخطط الشركة لاستثمار المبلغ خلال العامين المقبلين"),
        ["العامين المقبلين"]
    );
    assert_eq!(
        dates_in("وارتفعت الأسعار في الشهرين الماضيين"),
        ["الشهرين الماضيين"]
    );
    assert_eq!(
        dates_in("وسقط المطر على مدى اليومين الماضيين"),
        ["اليومين الماضيين"]
    );
    // A count of years is a duration, no date.
    assert!(dates_in("واستمرت الحرب عامين كاملين").is_empty());
}

#[test]
fn the_days_listed_after_yawmay_or_ayyam_are_one_date() {
    assert_eq!(
        dates_in("ويقام المعرض يومي الخميس والجمعة في القاعة"),
        ["يومي الخميس والجمعة"]
    );
    assert_eq!(
        dates_in("وتظاهر الطلاب يومي السبت والأحد الماضيين"),
        ["يومي السبت والأحد الماضيين"]
    );
    assert_eq!(
        dates_in("وتجرى الامتحانات أيام 7 و8 و9 يوليو المقبل"),
        ["أيام 7 و8 و9 يوليو المقبل"]
    );
}

#[test]
fn the_night_of_a_day_is_part_of_its_date_and_a_definite_time_of_day_is_not() {
    assert_eq!(dates_in("وقصفت الطائرات الحي ليل الأحد"), ["ليل الأحد"]);
    assert_eq!(dates_in("وأعلن الجيش ليل أمس أن"), ["ليل أمس"]);
    assert_eq!(dates_in("صدر كتابه منتصف الليل عام 2005"), ["عام 2005"]);
}

#[test]
fn earlier_or_later_on_a_day_is_one_date() {
    assert_eq!(
        dates_in("وكان الوزير قد التقى في وقت سابق اليوم نظيره"),
        ["وقت سابق اليوم"]
    );
    assert_eq!(
        dates_in("ويصل الوفد في وقت لاحق من يوم غد"),
        Vec::<String>::new()
    );
    assert_eq!(
        dates_in("وأعلن في وقت متأخر من ليل أمس أن"),
        ["وقت متأخر من ليل أمس"]
    );
    assert_eq!(
        dates_in("وفي وقت لاحق، استقبل الأمير الوفد"),
        Vec::<String>::new()
    );
}
