//! LOCATION: venues, streets, roads and fields, places joined by «و», names that begin like a clitic.

use super::*;

#[test]
fn two_countries_joined_by_wa_are_two_places() {
    let text = "بالتنسيق مع جمهورية مصر العربية والولايات المتحدة الأمريكية.";
    let places: Vec<String> = mentions(text)
        .into_iter()
        .filter(|(l, _)| *l == Label::Location)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(places.len(), 2, "{places:?}");
    assert!(places[1].contains("الولايات المتحدة"), "{places:?}");
    assert!(!places[0].contains("الولايات"), "{places:?}");
}

#[test]
fn venues_and_streets_named_by_a_city_or_a_definite_name_are_places() {
    let text = "افتتح المعرض في مركز الدوحة للمعارض والمؤتمرات، ويقدم العرض على مسرح قطر \
                الوطني، ويقام الحفل في مركز قطر الوطني للمؤتمرات. وأغلقت الإدارة شارع الكورنيش، وتقام المباراة على استاد المدينة التعليمية.";
    assert_found(
        text,
        Label::Location,
        &[
            "مركز الدوحة للمعارض والمؤتمرات",
            "مسرح قطر الوطني",
            "مركز قطر الوطني للمؤتمرات",
            "شارع الكورنيش",
            "استاد المدينة التعليمية",
        ],
    );
    // «طريق» is mostly "way"; a nationality after the noun describes it; a research centre
    // is a body, not a venue.
    let text = "نشر الخبر بطريق الخطأ. وأقيمت على ملعب العاصمة الألمانية. وقال مركز الخليج \
                للأبحاث إن";
    let found = mentions(text);
    assert!(
        !found
            .iter()
            .any(|(l, t)| *l == Label::Location && t.split(' ').count() > 1),
        "{found:?}"
    );
}

#[test]
fn a_place_whose_name_begins_like_a_clitic_keeps_it_and_a_real_clitic_goes() {
    // «فالنسيا» is not «ف» + «النسيا»; «وفلوريدا» is «و» + «فلوريدا». A town called «وانان»
    // does not make «وأنان» one word, and «فرقة» is no «ف» + the city «رقة».
    let text = "وزار فانكوفر وفالنسيا وفلوريدا وكاليفورنيا. وشاركت ولندن وبرلين. \
                وقال مدرب فالنسيا إن الفريق جاهز. والتقى بوش وأنان في نيويورك. \
                وقدمت فرقة قطر المسرحية عرضها.";
    let found = mentions(text);
    let kept = [
        "فانكوفر",
        "فالنسيا",
        "فلوريدا",
        "كاليفورنيا",
        "لندن",
        "برلين",
        "أنان",
        "فرقة قطر المسرحية",
    ];
    for name in kept {
        assert!(
            found.iter().any(|(_, t)| t == name),
            "«{name}» in {found:?}"
        );
    }
    let cut = [
        "انكوفر",
        "النسيا",
        "وفلوريدا",
        "وفالنسيا",
        "اليفورنيا",
        "ولندن",
        "وأنان",
    ];
    for wrong in cut {
        assert!(
            !found.iter().any(|(_, t)| t == wrong),
            "«{wrong}» in {found:?}"
        );
    }
}

#[test]
fn a_clitic_before_a_word_far_commoner_without_it_goes_but_a_names_first_letter_stays() {
    // «بمراكش», «لموسم», «وتيزي»: the word without its first letter is far the commoner
    // one. «ليلى» and «كوفي» are names; «كرموز» (a district) and «بريشا» (Brescia) are
    // rarer than «رموز» and «ريشة» but no preposition is glued to them.
    let text = "واستعد المنظمون لموسم الحج هذا العام. وهطلت أمطار غزيرة بمراكش وتيزي وزو \
                أمس. وغنت وليلى مراد، وتحدث كوفي عنان. وزار الوفد حي كرموز، وفاز الفريق \
                على بريشا.";
    let found = mentions(text);
    for name in [
        "موسم الحج",
        "مراكش",
        "تيزي وزو",
        "ليلى مراد",
        "كوفي عنان",
        "كرموز",
        "بريشا",
    ] {
        assert!(
            found.iter().any(|(_, t)| t == name),
            "«{name}» in {found:?}"
        );
    }
}

#[test]
fn roads_fields_and_a_sports_complex_for_its_sports_are_places() {
    let text = "وأغلقت الهيئة طريق الشمال، وبدأ الإنتاج من حقل الجنوب الغربي، وتقام المباريات \
                في مجمع حمد الدولي للرياضات المائية. ووصل بطريق الخطأ.";
    assert_found(
        text,
        Label::Location,
        &[
            "طريق الشمال",
            "حقل الجنوب الغربي",
            "مجمع حمد الدولي للرياضات المائية",
        ],
    );
    assert!(!mentions(text).iter().any(|(_, t)| t.contains("الخطأ")));
    // The way to a country is no road of its own: the country stays the place.
    let text = "وسافر الوفد على طريق اليمن، ونقلت الأسلحة عن طريق سوريا.";
    assert_found(text, Label::Location, &["اليمن", "سوريا"]);
}

#[test]
fn a_name_whose_first_letter_looks_like_a_preposition_keeps_it() {
    // The name lists hold «ويليم» (William), keyed by its stem «يليم» too; that must not
    // make «بيليم» (Belém) «ب» + «يليم». A real preposition before a listed name still goes.
    let text = "اختتمت في مدينة بيليم البرازيلية أعمال المؤتمر. ووصل الوفد إلى بيليم أمس \
                قادما بدمشق. وزار الرئيس بكين، وقالت بيني وونغ إن الزيارة مهمة. \
                وعاد الوفد وبكين تستعد للقمة.";
    let found = mentions(text);
    for name in ["بيليم", "بكين", "بيني وونغ"] {
        assert!(
            found.iter().any(|(_, t)| t == name),
            "«{name}» in {found:?}"
        );
    }
    assert!(
        !found.iter().any(|(_, t)| t == "يليم" || t == "كين"),
        "{found:?}"
    );
}
