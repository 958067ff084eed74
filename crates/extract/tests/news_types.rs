//! The seven news types on the guidelines' examples (GUIDELINES.md), what is never an
//! entity, and consistency in a long multi-article file.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a test failure with its message"
)]

use std::path::PathBuf;
use std::sync::LazyLock;

use sahifa_extract::Extractor;
use sahifa_model::{Annotations, Label};

static EX: LazyLock<Extractor> = LazyLock::new(|| Extractor::shipped().unwrap());

fn repo_file(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap()
}

fn text_of(text: &str, ann: &Annotations, k: usize) -> String {
    let r = ann.mentions[k].range;
    text.chars().skip(r.start()).take(r.len()).collect()
}

/// (label, text) of every mention.
fn mentions(text: &str) -> Vec<(Label, String)> {
    let ann = EX.extract(text);
    (0..ann.mentions.len())
        .map(|k| (ann.mentions[k].label, text_of(text, &ann, k)))
        .collect()
}

fn assert_found(text: &str, label: Label, expected: &[&str]) {
    let found = mentions(text);
    for e in expected {
        assert!(
            found.iter().any(|(l, t)| *l == label && t == e),
            "{label} «{e}» not found in {found:?}"
        );
    }
}

#[test]
fn organisations_of_every_kind_in_the_guidelines_are_found() {
    let text = "وأعلنت بورصة قطر أن المؤشر ارتفع، فيما تراجع سوق دبي المالي. \
                وقدمت مؤسسة قطر منحا، وأطلقت جمعية قطر الخيرية حملة مع الهلال الأحمر القطري. \
                وسيرت الخطوط الجوية القطرية رحلات، وتعادل المنتخب القطري مع منتخب الأردن. \
                وقضت المحكمة الدستورية العليا برفض الطعن، وأقر مجلس الشورى القانون، \
                وقالت وزارة الداخلية إن القوات المسلحة القطرية جاهزة.";
    assert_found(
        text,
        Label::Org,
        &[
            "بورصة قطر",
            "سوق دبي المالي",
            "مؤسسة قطر",
            "جمعية قطر الخيرية",
            "الهلال الأحمر القطري",
            "الخطوط الجوية القطرية",
            "المحكمة الدستورية العليا",
            "وزارة الداخلية",
            "القوات المسلحة القطرية",
        ],
    );
}

#[test]
fn a_nationality_adjective_or_a_currency_alone_is_never_an_entity() {
    let text = "وأكدت الفرنسية أن الاتفاق مهم. وارتفع سعر الدولار أمام اليورو والريال والدينار، \
                وفاز ريال مدريد.";
    let found = mentions(text);
    for never in [
        "الفرنسية",
        "الدولار",
        "اليورو",
        "الريال والدينار",
        "والريال",
        "الريال",
    ] {
        assert!(
            !found.iter().any(|(_, t)| t == never),
            "«{never}» in {found:?}"
        );
    }
    assert!(
        found.contains(&(Label::Org, "ريال مدريد".to_owned())),
        "{found:?}"
    );
}

#[test]
fn an_honorific_with_an_office_is_a_title_not_an_organisation() {
    let text = "وقال معالي الوزير إن الاتفاق مهم. وقال جلالة الملك إن الزيارة ناجحة.";
    assert_found(text, Label::Title, &["معالي الوزير", "جلالة الملك"]);
    assert!(!mentions(text).iter().any(|(l, _)| *l == Label::Org));
}

#[test]
fn offices_without_a_holder_are_titles_with_their_complement() {
    assert_found(
        "وقال قائد وحدة مكافحة الإرهاب إن الجلسة تأجلت، وأكد رئيس الحكومة الأسبق ذلك.",
        Label::Title,
        &["قائد وحدة مكافحة الإرهاب", "رئيس الحكومة الأسبق"],
    );
    // A title stops at the organisation it is the office of.
    let text = "وقال رئيس وزارة الخارجية إن الجلسة تأجلت.";
    assert_found(text, Label::Title, &["رئيس"]);
    assert_found(text, Label::Org, &["وزارة الخارجية"]);
    // A royal title's genitive, a council inside an office, «باسم» after a spokesman.
    let text = "استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى الوفد، وحضر رئيس مجلس \
                الوزراء، وقال المتحدث الرسمي باسم وزارة الخارجية ماجد الأنصاري إن.";
    assert_found(
        text,
        Label::Title,
        &[
            "أمير البلاد المفدى",
            "رئيس مجلس الوزراء",
            "المتحدث الرسمي باسم",
        ],
    );
    assert!(
        !mentions(text).contains(&(Label::Person, "باسم".to_owned())),
        "«باسم» after a spokesman is no name"
    );
    // A definite head alone is the office's genitive, not an organisation of its own.
    assert_found(
        "وقال رئيس الهيئة إن المشروع سينجز، وتحدث رئيس الجامعة عن الخطة.",
        Label::Title,
        &["رئيس الهيئة", "رئيس الجامعة"],
    );
    // The remit after «ل» is part of the office.
    assert_found(
        "وأكد وزير الدولة للشؤون الخارجية أن الدوحة تدعم الحل.",
        Label::Title,
        &["وزير الدولة للشؤون الخارجية"],
    );
}

#[test]
fn a_weekday_in_brackets_and_a_levantine_month_stay_inside_the_date() {
    let text = "وقال وزير الخارجية أمس (الثلاثاء) إنه سيزور الدوحة في 15 مارس (آذار) 2019، \
                بعد أن زارها العام الماضي.";
    assert_found(
        text,
        Label::Date,
        &["أمس (الثلاثاء)", "15 مارس (آذار) 2019", "العام الماضي"],
    );
}

#[test]
fn elections_wars_summits_and_cups_are_events() {
    let text = "وتنطلق الانتخابات الرئاسية الأمريكية العام المقبل بعد كأس العالم 2022، \
                وتذكّر القمة العربية بما جرى في الحرب العالمية الثانية.";
    assert_found(
        text,
        Label::Event,
        &[
            "الانتخابات الرئاسية الأمريكية",
            "كأس العالم 2022",
            "القمة العربية",
            "الحرب العالمية الثانية",
        ],
    );
}

#[test]
fn national_teams_are_organisations_in_the_news() {
    let text = "يستعد منتخب قطر لمواجهة منتخب الأردن، وفاز المنتخب القطري أمس.";
    assert_found(
        text,
        Label::Org,
        &["منتخب قطر", "منتخب الأردن", "المنتخب القطري"],
    );
}

#[test]
fn a_newspaper_named_by_one_definite_word_is_an_organisation_but_a_day_is_not() {
    let text = "وذكرت صحيفة الشرق أن البنك رفع الفائدة، ونشرت جريدة الأهرام المصرية تقريرا.";
    assert_found(text, Label::Org, &["الشرق", "الأهرام"]);
    let found = mentions("وكتبت صحيفة اليوم مقالا عن الحرب.");
    assert!(
        !found.iter().any(|(l, _)| *l == Label::Org),
        "«اليوم» is a day: {found:?}"
    );
}

#[test]
fn hospitals_municipalities_and_ministries_with_joined_portfolios_are_organisations() {
    assert_found(
        "وقال المدير الطبي لمستشفى حمد العام إن الوضع مطمئن.",
        Label::Org,
        &["مستشفى حمد العام"],
    );
    let text = "وأكدت جاهزية مستشفى حمد العام، ونظمت بلدية الدوحة حملة، \
                وأطلقت وزارة البلدية والبيئة مبادرة، وقالت وزارة الخارجية والسفارة إن.";
    assert_found(
        text,
        Label::Org,
        &[
            "مستشفى حمد العام",
            "بلدية الدوحة",
            "وزارة البلدية والبيئة",
            "وزارة الخارجية",
        ],
    );
    assert_found(
        "قالت مجموعة الخليج للتأمين إن أرباحها ارتفعت، وارتفع مؤشر بورصة قطر للأوراق المالية.",
        Label::Org,
        &["مجموعة الخليج للتأمين", "بورصة قطر للأوراق المالية"],
    );
    assert!(mentions("وشارك مجموعة من الطلاب في الحفل.").is_empty());
    let found = mentions("افتتح الوزير مستشفى جامعيا جديدا في المدينة.");
    assert!(
        !found.iter().any(|(l, _)| *l == Label::Org),
        "an accusative adjective is no hospital's name: {found:?}"
    );
    assert_found(
        "استقبل سمو الأمير في الديوان الأميري الوفد، وأعلن الديوان الملكي السعودي ذلك.",
        Label::Org,
        &["الديوان الأميري", "الديوان الملكي السعودي"],
    );
}

#[test]
fn a_head_with_a_preposition_glued_to_it_still_names_its_body_or_event() {
    let text = "قدم الشكر لوزارة الخارجية، وتم التحضير لمؤتمر الدوحة للحوار.";
    assert_found(text, Label::Org, &["وزارة الخارجية"]);
    assert_found(text, Label::Event, &["مؤتمر الدوحة للحوار"]);
}

#[test]
fn a_company_after_its_descriptor_ends_where_the_taggers_name_ends() {
    let text = "وقال المدير التنفيذي لشركة غوغل ساندر بيتشاي إن الذكاء الاصطناعي سيغير العالم.";
    let found = mentions(text);
    assert!(
        !found
            .iter()
            .any(|(l, t)| *l == Label::Org && t.contains("ساندر")),
        "the person after the company is no part of it: {found:?}"
    );
}

#[test]
fn a_play_named_in_quotes_after_its_head_is_a_work_even_if_the_tagger_saw_a_body() {
    let text = "يعرض المسرح مسرحية «أم الزين» للمخرج فالح فايز.";
    assert_found(text, Label::Misc, &["أم الزين"]);
}

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
fn a_league_or_cup_named_by_a_genitive_and_a_place_is_one_event() {
    let text = "فاز السد في الجولة العاشرة من دوري نجوم قطر لكرة القدم، \
                ويلعب نهائي كأس أمير قطر في الدوحة.";
    assert_found(
        text,
        Label::Event,
        &["دوري نجوم قطر لكرة القدم", "كأس أمير قطر"],
    );
    let found = mentions(text);
    assert!(
        !found.contains(&(Label::Location, "قطر".to_owned())),
        "«قطر» stays inside the events: {found:?}"
    );
}

#[test]
fn a_conjunction_never_stays_inside_a_company_name_and_a_particle_is_no_person() {
    let text = "وقعت الحكومة العقد مع شركة زين وشركة أوريدو للاتصالات.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, t)| t.starts_with("وشركة")),
        "{found:?}"
    );
    let text = "وقال عن الاتفاق إنه مهم، ثم تحدث من الدوحة.";
    assert!(
        !mentions(text)
            .iter()
            .any(|(l, t)| *l == Label::Person && (t == "عن" || t == "من")),
        "{:?}",
        mentions(text)
    );
}

fn assert_absent(text: &str, label: Label, never: &[&str]) {
    let found = mentions(text);
    for n in never {
        assert!(
            !found.iter().any(|(l, t)| *l == label && t == n),
            "{label} «{n}» found in {found:?}"
        );
    }
}

#[test]
fn directorates_the_prosecution_federations_chambers_and_embassies_are_organisations() {
    let text = "وأعلنت الإدارة العامة للجمارك ضبط شحنة، وأحالت النيابة العامة المتهمين إلى \
                المحاكمة. وأعلن الاتحاد القطري لكرة القدم موعد النهائي، واعتمد الاتحاد الدولي \
                لكرة القدم (فيفا) الملعب. واستحوذ جهاز قطر للاستثمار على حصة، وأفادت غرفة قطر \
                بارتفاع التبادل. وتقدم فرقة قطر المسرحية عرضها، وافتتح متحف الفن الإسلامي \
                معرضا، وأعلنت سفارة دولة قطر في واشنطن عن حفل.";
    assert_found(
        text,
        Label::Org,
        &[
            "الإدارة العامة للجمارك",
            "النيابة العامة",
            "الاتحاد القطري لكرة القدم",
            "الاتحاد الدولي لكرة القدم",
            "جهاز قطر للاستثمار",
            "غرفة قطر",
            "فرقة قطر المسرحية",
            "متحف الفن الإسلامي",
            "سفارة دولة قطر",
        ],
    );
    // «الإدارة العامة» with no remit after it is no body.
    assert_absent(
        "وتحسين الإدارة العامة في الدول النامية.",
        Label::Org,
        &["الإدارة العامة"],
    );
}

#[test]
fn a_charity_or_company_named_by_a_place_is_an_organisation_not_the_place() {
    let text = "أطلقت قطر الخيرية حملتها، وقال الرئيس التنفيذي لقطر الخيرية إن الحملة \
                تشمل 30 دولة، فيما وقعت قطر للطاقة اتفاقية جديدة.";
    let found = mentions(text);
    let charity = found
        .iter()
        .filter(|(l, t)| *l == Label::Org && t == "قطر الخيرية")
        .count();
    assert_eq!(charity, 2, "{found:?}");
    assert_found(text, Label::Org, &["قطر للطاقة"]);
    assert_absent(text, Label::Location, &["قطر"]);
}

#[test]
fn the_taggers_organisation_after_a_head_is_taken_whole_with_a_companys_nationality() {
    let text = "وقال الرئيس التنفيذي لمجموعة بنك قطر الوطني إن النتائج جيدة. وأعلنت المؤسسة \
                العامة القطرية للكهرباء والماء خطة جديدة، واستحوذ الجهاز على حصة في شركة \
                أرامكو السعودية.";
    assert_found(
        text,
        Label::Org,
        &[
            "مجموعة بنك قطر الوطني",
            "المؤسسة العامة القطرية للكهرباء والماء",
            "أرامكو السعودية",
        ],
    );
    // One word the tagger took for an organisation is the genitive of the head before it.
    assert_found(
        "وقال الرئيس التنفيذي لمصرف الريان إن البنك يواصل نموه.",
        Label::Org,
        &["مصرف الريان"],
    );
}

#[test]
fn the_gulf_council_a_company_with_its_remit_and_acronym_and_a_tagged_body_with_its_remit() {
    let text = "وأدان مجلس التعاون لدول الخليج العربية الهجوم. ووقعت الشركة القطرية لإدارة \
                الموانئ (موانئ قطر) مذكرة تفاهم، وأكدت هيئة قطر للأسواق المالية أن التداول \
                سيستأنف. وقالت الشركة القطرية إن أرباحها ارتفعت.";
    assert_found(
        text,
        Label::Org,
        &[
            "مجلس التعاون لدول الخليج العربية",
            "الشركة القطرية لإدارة الموانئ",
            "موانئ قطر",
            "هيئة قطر للأسواق المالية",
        ],
    );
    // «the Qatari company» with no remit is no name; the acronym's «قطر» is no place.
    assert_absent(text, Label::Org, &["الشركة القطرية"]);
    assert_absent(text, Label::Location, &["قطر"]);
}

#[test]
fn a_society_named_by_a_body_and_a_coach_after_his_nationality_are_whole_names() {
    let text = "أطلقت الإدارة حملة بالتعاون مع جمعية الهلال الأحمر القطري. وتعاقد النادي مع \
                المدرب الأرجنتيني هيرنان كريسبو حتى نهاية الموسم.";
    assert_found(text, Label::Org, &["جمعية الهلال الأحمر القطري"]);
    let found = mentions(text);
    assert!(
        found
            .iter()
            .any(|(l, t)| *l == Label::Person && t.ends_with("كريسبو") && !t.contains("الأرجنتيني")),
        "{found:?}"
    );
}

#[test]
fn a_clubs_nationality_after_its_name_describes_the_coach_not_the_club() {
    let text = "وأشاد المدير الفني لنادي السد الإسباني فيليكس سانشيز بأداء لاعبيه.";
    assert_found(text, Label::Org, &["السد"]);
    assert_absent(text, Label::Org, &["السد الإسباني"]);
}

#[test]
fn a_un_force_named_with_its_acronym_is_the_organisation_the_acronym_names() {
    let text = "ودانت المنظمة الهجوم الذي استهدف قوة الأمم المتحدة المؤقتة في لبنان \
                (يونيفيل) أمس، وقالت يونيفيل إن جنديا أصيب.";
    let ann = EX.extract(text);
    let force = ann
        .entities
        .iter()
        .find(|e| e.label == Label::Org && e.name.starts_with("قوة الأمم المتحدة المؤقتة"))
        .unwrap_or_else(|| panic!("{ann:#?}"));
    // Both «يونيفيل» mentions belong to the force, none to «الأمم المتحدة» alone.
    let of_force = ann
        .mentions
        .iter()
        .filter(|m| m.entity == Some(force.id))
        .count();
    assert_eq!(of_force, 3, "{ann:#?}");
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
fn an_office_keeps_general_special_and_a_joined_portfolio_but_not_a_courtesy_word() {
    assert_found(
        "التقى المبعوث الأممي الخاص إلى اليمن الوزير. وقال مدير إدارة الثقافة والفنون إن \
         الوزارة تدعم الفرق.",
        Label::Title,
        &["المبعوث الأممي الخاص", "مدير إدارة الثقافة والفنون"],
    );
    let ann = EX.extract("وأشاد سعادة النائب العام الدكتور عيسى بن سعد الجفالي النعيمي بالجهود.");
    let person = ann.entities.iter().find(|e| e.label == Label::Person);
    assert_eq!(
        person.and_then(|p| p.title.as_deref()),
        Some("سعادة النائب العام"),
        "{ann:#?}"
    );
}

#[test]
fn a_cup_named_by_a_people_and_a_championship_with_its_sport_are_events() {
    let text = "واعتمد الاتحاد الملعب لمباريات كأس العرب 2025. وتوج برشم بذهبية بطولة العالم \
                لألعاب القوى في بودابست. وتقام بطولة قطر المفتوحة للتنس الشهر المقبل.";
    assert_found(
        text,
        Label::Event,
        &[
            "كأس العرب 2025",
            "بطولة العالم لألعاب القوى",
            "بطولة قطر المفتوحة للتنس",
        ],
    );
}

#[test]
fn a_range_of_days_in_a_month_is_one_date() {
    assert_found(
        "ويخوض المنتخب معسكرا في إسبانيا من 10 إلى 15 يناير استعدادا للبطولة.",
        Label::Date,
        &["من 10 إلى 15 يناير"],
    );
}

/// A file of many articles, each with a headline after a blank line: the seed article, the
/// second fixture, and short articles written here with particles, number words and
/// calendar words, and a family name that belongs to a person of one article only.
fn multi_article_file() -> String {
    let seed = repo_file("seeds/000_812f1e39dd98ed92.txt");
    let second = repo_file("tests/fixtures/second.txt");
    let filler = [
        "ارتفاع أسعار النفط في الأسواق\n\n\
         قال محمد علي الماضي إن الأسعار ارتفعت العام الماضي بنسبة كبيرة. \
         وأضاف الماضي أن العالم يواجه أزمة، فإن الطلب زاد ألف مرة منذ الشهر الماضي.\n",
        "الحكومة تعلن خطة جديدة\n\n\
         أعلنت الحكومة أمس خطة بقيمة ألف مليون دولار، لأن العالم ينتظر نتائجها. \
         وقال المتحدث إن الماضي لن يتكرر، فإن الخطة ستنفذ في الشهر المقبل وخلال العام المقبل.\n",
        "مباراة حاسمة في الدوري\n\n\
         يلتقي الفريقان يوم الاثنين المقبل في مباراة حاسمة، وقد حضر ألف مشجع التدريبات. \
         وقال المدرب إن العالم يتابع المباراة، فإن الفوز ضروري هذا العام.\n",
    ];
    let mut text = String::new();
    for round in 0..40 {
        let article = match round % 5 {
            0 => seed.trim_end(),
            1 => second.trim_end(),
            k => filler[k - 2].trim_end(),
        };
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}

#[test]
fn in_a_long_multi_article_file_no_particle_number_or_calendar_word_is_an_entity() {
    let text = multi_article_file();
    let ann = EX.extract(&text);
    let never = [
        "فإن",
        "لأن",
        "ألف",
        "مليون",
        "الماضي",
        "المقبل",
        "العالم",
        "العام",
        "الشهر",
        "دولار",
        "أمس",
    ];
    for k in 0..ann.mentions.len() {
        let m = &ann.mentions[k];
        let found = text_of(&text, &ann, k);
        if m.label != Label::Date {
            assert!(!never.contains(&found.as_str()), "{} «{found}»", m.label);
        }
    }
    for e in ann.entities.iter().filter(|e| e.label != Label::Date) {
        assert!(!never.contains(&e.name.as_str()), "entity «{}»", e.name);
    }
    // The most mentioned entities are real names, not a common word gathering hundreds of
    // mentions under one person.
    let mut count = vec![0usize; ann.entities.len()];
    for m in &ann.mentions {
        if let Some(e) = m.entity {
            count[e.0 as usize] += 1;
        }
    }
    let mut order: Vec<usize> = (0..count.len()).collect();
    order.sort_by_key(|&e| std::cmp::Reverse(count[e]));
    let top: Vec<&str> = order
        .iter()
        .take(5)
        .map(|&e| ann.entities[e].name.as_str())
        .collect();
    for name in &top {
        assert!(
            ["الكويت", "قطر", "الهملان", "المناعي", "الدوحة", "ديمكس"]
                .iter()
                .any(|ok| name.contains(ok)),
            "top entities {top:?}"
        );
    }
}

#[test]
fn a_family_name_alone_joins_a_person_of_its_own_article_only() {
    let text = "لقاء في الدوحة\n\n\
                استقبل اللواء سيف الهملان وفدا عسكريا. وأكد الهملان أهمية التعاون.\n\n\
                خبر آخر عن الاقتصاد\n\n\
                وقال التاجر إن الهملان اسم معروف في السوق. وارتفعت الأسعار.\n";
    let ann = EX.extract(text);
    let entity_at = |needle: &str, nth: usize| {
        let start = text.match_indices(needle).nth(nth).unwrap().0;
        let at = text[..start].chars().count();
        ann.mentions
            .iter()
            .find(|m| m.range.start() <= at && at < m.range.end())
            .and_then(|m| m.entity)
    };
    let full = entity_at("سيف الهملان", 0);
    assert!(full.is_some());
    // «الهملان» in the same article joins «سيف الهملان» …
    assert_eq!(entity_at("الهملان", 1), full);
    // … but not in the next article.
    let other = entity_at("الهملان", 2);
    assert!(other.is_none() || other != full, "{ann:#?}");
}

/// (label, text) of every span `ex` finds.
fn spans_with(ex: &Extractor, text: &str) -> Vec<(Label, String)> {
    let chars: Vec<char> = text.chars().collect();
    ex.spans(&chars)
        .iter()
        .map(|s| (s.label, chars[s.start..s.end].iter().collect()))
        .collect()
}

const SCHEMES_DIFFER: &str = "وارتفع سعر الدولار أمام اليورو بعد أن أعلن الجيش الإسرائيلي \
                              انسحابه. وقالت وزارة الخارجية إن مؤتمر مدريد للسلام سيعقد.";

#[test]
fn the_news_scheme_has_no_currency_and_keeps_armed_forces_ministries_and_events() {
    let found = spans_with(&EX, SCHEMES_DIFFER);
    assert!(
        !found.iter().any(|(_, t)| t == "الدولار" || t == "اليورو"),
        "{found:?}"
    );
    for (label, name) in [
        (Label::Org, "الجيش الإسرائيلي"),
        (Label::Org, "وزارة الخارجية"),
        (Label::Event, "مؤتمر مدريد للسلام"),
    ] {
        assert!(
            found.contains(&(label, name.to_owned())),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn the_anercorp_scheme_tags_currencies_as_misc_and_leaves_head_nouns_untagged() {
    let mut ex = Extractor::shipped().unwrap();
    ex.scheme = sahifa_extract::Scheme::Anercorp;
    let found = spans_with(&ex, SCHEMES_DIFFER);
    for currency in ["الدولار", "اليورو"] {
        assert!(
            found.contains(&(Label::Misc, currency.to_owned())),
            "{currency}: {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|(l, t)| *l == Label::Org && (t.starts_with("الجيش") || t.starts_with("وزارة"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Label::Location, "مدريد".to_owned())),
        "{found:?}"
    );
}

#[test]
fn scheme_names_parse_and_an_unknown_one_is_refused() {
    use sahifa_extract::Scheme;
    assert_eq!("news".parse::<Scheme>().unwrap(), Scheme::News);
    assert_eq!("ANERcorp".parse::<Scheme>().unwrap(), Scheme::Anercorp);
    let err = "wojood".parse::<Scheme>().unwrap_err().to_string();
    assert!(err.contains("wojood") && err.contains("news"), "{err}");
}

#[test]
fn a_preposition_glued_to_a_bodys_head_is_left_out_of_its_name() {
    let text = "وقال الرئيس التنفيذي لبورصة قطر إن التداولات ارتفعت.";
    assert_found(text, Label::Org, &["بورصة قطر"]);
}

#[test]
fn a_teams_coach_is_a_title_and_the_team_after_him_no_rank() {
    // «الفريق» is also the rank "general": after «مدرب» it is the team.
    let text = "وأكد مدرب الفريق أليكس فيرغسون أن اللاعب سيبقى.";
    let ann = EX.extract(text);
    let person = ann.entities.iter().find(|e| e.label == Label::Person);
    let named = person.map(|e| (e.name.as_str(), e.title.as_deref()));
    assert_eq!(named, Some(("أليكس فيرغسون", Some("مدرب الفريق"))));
}

#[test]
fn amam_before_an_office_is_the_preposition_not_an_imam() {
    let text = "وستطرح التهديدات امام رئيس لجنة التحقيق الدولية.";
    assert_found(text, Label::Title, &["رئيس لجنة التحقيق الدولية"]);
}

#[test]
fn two_ministers_at_once_keep_both_portfolios_in_one_title() {
    let text = "والتقى وزيري الدفاع والداخلية في الحكومة. وعقد وزيرا الخارجية والدفاع اجتماعا.";
    assert_found(
        text,
        Label::Title,
        &["وزيري الدفاع والداخلية", "وزيرا الخارجية والدفاع"],
    );
}

#[test]
fn a_forum_named_by_a_place_is_an_event() {
    let text = "تستضيف الكويت في أكتوبر المقبل منتدى الكويت الاقتصادي الدولي. ويعقد منتدى الدوحة في ديسمبر.";
    assert_found(
        text,
        Label::Event,
        &["منتدى الكويت الاقتصادي الدولي", "منتدى الدوحة"],
    );
}

#[test]
fn a_chamber_of_commerce_and_industry_is_one_organisation_with_its_place() {
    let text = "وشارك ممثلون عن غرفة تجارة وصناعة الكويت. وأعلنت غرفة تجارة دبي عن معرض.";
    assert_found(
        text,
        Label::Org,
        &["غرفة تجارة وصناعة الكويت", "غرفة تجارة دبي"],
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

/// The title of the person named `name` in `text`.
fn title_of(text: &str, name: &str) -> Option<String> {
    let ann = EX.extract(text);
    let person = ann
        .entities
        .iter()
        .find(|e| e.label == Label::Person && e.name == name);
    person.and_then(|p| p.title.clone())
}

#[test]
fn a_rank_with_its_modifier_in_brackets_and_a_name_spelled_like_ala_keep_their_title() {
    let text = "وقال اللواء الركن (طيار) خالد بن ناصر الهاجري قائد القوة إن التمرين ناجح.";
    assert_eq!(
        title_of(text, "خالد بن ناصر الهاجري").as_deref(),
        Some("اللواء الركن (طيار)")
    );
    // «علي» folds like the preposition «على»; after a rank the tagger's person is a name.
    let text = "وصرح العقيد علي محمد المري بأن الدوريات مستمرة.";
    assert_eq!(title_of(text, "علي محمد المري").as_deref(), Some("العقيد"));
    let text = "واستقبل الشيخ علي بن عبدالله آل ثاني الوفد.";
    assert_eq!(
        title_of(text, "علي بن عبدالله آل ثاني").as_deref(),
        Some("الشيخ")
    );
}

#[test]
fn an_engineer_after_an_honorific_is_a_courtesy_word_not_a_person() {
    let text = "وقال سعادة المهندس عبدالعزيز بن محمد الجاسم إن المشروع اكتمل.";
    assert!(!mentions(text).contains(&(Label::Person, "المهندس".to_owned())));
    assert_eq!(
        title_of(text, "عبدالعزيز بن محمد الجاسم").as_deref(),
        Some("سعادة المهندس")
    );
}

#[test]
fn an_office_with_its_remit_a_possessive_secretary_general_and_a_dean_are_titles() {
    let text = "وقال وزير الدولة لشؤون الدفاع إن الاتفاق مهم. وأكد أمينه العام أن المنظمة \
                مستعدة. وقال عميد كلية الشريعة إن الامتحانات بدأت.";
    assert_found(
        text,
        Label::Title,
        &["وزير الدولة لشؤون الدفاع", "أمينه العام", "عميد"],
    );
    assert_found(text, Label::Org, &["كلية الشريعة"]);
}

#[test]
fn parliaments_ranked_councils_committees_and_courts_are_organisations() {
    let text = "وأقر مجلس النواب القانون، فيما أحال المجلس الأعلى للقضاء القضية إلى المحكمة \
                الدستورية العليا. وأصدرت اللجنة الوطنية لحقوق الإنسان تقريرا، وأعلنت اللجنة \
                العليا للانتخابات النتائج، وأقر المجلس الوطني الاتحادي الميزانية.";
    assert_found(
        text,
        Label::Org,
        &[
            "مجلس النواب",
            "المجلس الأعلى للقضاء",
            "المحكمة الدستورية العليا",
            "اللجنة الوطنية لحقوق الإنسان",
            "اللجنة العليا للانتخابات",
            "المجلس الوطني الاتحادي",
        ],
    );
    // A ranking adjective alone names no body.
    assert_absent(
        "وقالت اللجنة الوطنية إن العمل مستمر.",
        Label::Org,
        &["اللجنة الوطنية"],
    );
}

#[test]
fn a_department_is_named_by_its_remit_and_after_an_office_it_is_the_offices() {
    let text = "وتمكنت إدارة مكافحة المخدرات من ضبط الشحنة، وأعلنت إدارة المرور خطة جديدة.";
    assert_found(text, Label::Org, &["إدارة مكافحة المخدرات", "إدارة المرور"]);
    // «إدارة» alone is "administration".
    assert_absent(
        "وانتقدت إدارة الرئيس القرار.",
        Label::Org,
        &["إدارة الرئيس"],
    );
    let text = "وقال مدير إدارة الإعلام والعلاقات العامة إن الحملة بدأت، وأكد رئيس مجلس \
                الشورى أهمية القانون.";
    assert_found(
        text,
        Label::Title,
        &["مدير إدارة الإعلام والعلاقات العامة", "رئيس مجلس الشورى"],
    );
}

#[test]
fn bodies_named_by_a_construct_chain_a_joined_portfolio_or_a_noun_in_iya_are_whole() {
    let text = "وأعلنت رابطة محترفي التنس التصنيف، وقالت وزارة النقل وتكنولوجيا المعلومات إن \
                الخدمة جاهزة، وأطلقت مؤسسة الرعاية الصحية الأولية حملة.";
    assert_found(
        text,
        Label::Org,
        &[
            "رابطة محترفي التنس",
            "وزارة النقل وتكنولوجيا المعلومات",
            "مؤسسة الرعاية الصحية الأولية",
        ],
    );
}

#[test]
fn a_descriptor_after_a_number_is_counted_and_a_short_known_company_is_named() {
    let text = "وشاركت 40 شركة ناشئة في المعرض، ووقعت شركة شل الاتفاقية.";
    let found = mentions(text);
    assert!(!found.iter().any(|(_, t)| t == "ناشئة"), "{found:?}");
    assert_found(text, Label::Org, &["شل"]);
}

#[test]
fn a_remit_before_an_acronym_and_a_quoted_short_name_belong_to_the_organisation() {
    let text = "وقالت منظمة الدول المصدرة للبترول (أوبك) إن الطلب سيرتفع.";
    assert_found(text, Label::Org, &["منظمة الدول المصدرة للبترول", "أوبك"]);
    let text = "وأعلنت هيئة الأشغال العامة «أشغال» إغلاق الطريق، وقال مسؤول في أشغال إن العمل \
                سينتهي قريبا.";
    let found = mentions(text);
    assert_found(text, Label::Org, &["هيئة الأشغال العامة"]);
    let short = found
        .iter()
        .filter(|m| **m == (Label::Org, "أشغال".to_owned()));
    assert_eq!(short.count(), 2, "{found:?}");
}

#[test]
fn a_named_exercise_a_world_forum_and_a_sponsors_tournament_are_whole_events() {
    let text = "واختتمت مناورات «درع الجزيرة 12» أمس. وشارك الوزير في المنتدى الاقتصادي العالمي \
                في دافوس. وانطلقت بطولة الدوحة إكسون موبيل المفتوحة للتنس، وافتتح معرض جيتكس \
                جلوبال 2025.";
    assert_found(
        text,
        Label::Event,
        &[
            "درع الجزيرة 12",
            "المنتدى الاقتصادي العالمي",
            "بطولة الدوحة إكسون موبيل المفتوحة للتنس",
            "معرض جيتكس جلوبال 2025",
        ],
    );
}

#[test]
fn elections_of_a_council_after_a_preposition_are_one_event_with_their_article_restored() {
    let text = "وتقدم مرشحون لانتخابات المجلس البلدي المركزي، ودعا المجلس إلى المشاركة في \
                الانتخابات البلدية وحث الناخبين على المشاركة للانتخابات البلدية.";
    assert_found(text, Label::Event, &["انتخابات المجلس البلدي المركزي"]);
    let ann = EX.extract(text);
    let names: Vec<&str> = ann
        .entities
        .iter()
        .filter(|e| e.label == Label::Event)
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.contains(&"الانتخابات البلدية"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("لانتخابات")),
        "{names:?}"
    );
}

#[test]
fn the_first_of_a_month_quarters_and_a_qualified_year_are_dates_but_the_first_day_is_not() {
    let text = "ويبدأ العمل بالقرار في الأول من مارس 2026، وارتفعت الأرباح في الربع الثاني من \
                العام الجاري وفي النصف الأول من 2025 مقارنة بالعام المالي الماضي. وتقدم 10 \
                مرشحين في اليوم الأول.";
    assert_found(
        text,
        Label::Date,
        &[
            "الأول من مارس 2026",
            "الربع الثاني من العام الجاري",
            "النصف الأول من 2025",
            "العام المالي الماضي",
        ],
    );
    assert_absent(text, Label::Date, &["اليوم"]);
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
fn an_office_keeps_its_department_a_joined_adjective_and_an_organising_committee() {
    let text = "وقال مدير إدارة البحث الجنائي إن القضية أحيلت، وأكد رئيس لجنة الشؤون المالية \
                والاقتصادية أن الميزانية أقرت، وقال رئيس اللجنة المنظمة إن البطولة ناجحة.";
    assert_found(
        text,
        Label::Title,
        &[
            "مدير إدارة البحث الجنائي",
            "رئيس لجنة الشؤون المالية والاقتصادية",
            "رئيس اللجنة المنظمة",
        ],
    );
}

#[test]
fn a_coast_guard_a_constitutional_court_and_a_joined_technology_remit_are_organisations() {
    let text = "وأنقذ خفر السواحل الصيادين، ونظرت المحكمة الدستورية في الطعن، وأعلنت هيئة تنظيم \
                الاتصالات وتقنية المعلومات القرار.";
    assert_found(
        text,
        Label::Org,
        &[
            "خفر السواحل",
            "المحكمة الدستورية",
            "هيئة تنظيم الاتصالات وتقنية المعلومات",
        ],
    );
    // A body named by a fixed word takes no «ل» + noun after it.
    let text = "وأشاد الوزير بخفر السواحل لجهود البحث والإنقاذ.";
    assert_found(text, Label::Org, &["خفر السواحل"]);
}

#[test]
fn two_named_days_of_a_month_and_a_compound_ordinal_day_are_one_date() {
    let text = "ويعقد المؤتمر يومي 12 و13 أكتوبر، وتبدأ الحملة في الحادي عشر من مايو المقبل.";
    assert_found(
        text,
        Label::Date,
        &["يومي 12 و13 أكتوبر", "الحادي عشر من مايو المقبل"],
    );
}

#[test]
fn a_revolution_or_war_named_by_its_date_is_one_event_and_an_assembly_is_a_body() {
    let text = "وفي ذكرى ثورة 23 يوليو قال إن حرب أكتوبر 1973 غيرت المنطقة، وشاركت الوزارة في \
                جمعية الصحة العالمية.";
    assert_found(text, Label::Event, &["ثورة 23 يوليو", "حرب أكتوبر 1973"]);
    assert_found(text, Label::Org, &["جمعية الصحة العالمية"]);
}

#[test]
fn a_plus_glued_to_a_name_stays_in_it_and_a_spaced_one_does_not() {
    let text = "وقال وزير الطاقة إن أوبك+ ستجتمع في فيينا الشهر المقبل.";
    assert_found(text, Label::Org, &["أوبك+"]);
    let text = "وقال وزير الطاقة إن أوبك + روسيا اتفقتا على الخفض.";
    let found = mentions(text);
    assert!(!found.iter().any(|(_, t)| t.ends_with('+')), "{found:?}");
}

/// True when a mention written `acronym` belongs to the UN's entity in `text`.
fn joins_the_un(text: &str, acronym: &str) -> bool {
    let ann = EX.extract(text);
    let un = ann.entities.iter().find(|e| e.name == "الأمم المتحدة");
    let un = un.unwrap_or_else(|| panic!("{:?}", ann.entities)).id;
    (0..ann.mentions.len())
        .any(|k| ann.mentions[k].entity == Some(un) && text_of(text, &ann, k) == acronym)
}

#[test]
fn a_bracketed_name_after_the_forces_of_an_organisation_does_not_join_the_organisation() {
    let text = "وصل خمسة آلاف جندي من قوات الأمم المتحدة ( يونيفيل ) إلى جنوب لبنان. وقال \
                الأمين العام للأمم المتحدة إن الأمم المتحدة ستدعم الحكومة.";
    assert!(!joins_the_un(text, "يونيفيل"));
    let text = "وقالت لجنة حقوق الإنسان التابعة للأمم المتحدة (UNHRC) إن الأمم المتحدة قلقة.";
    assert!(!joins_the_un(text, "UNHRC"));
}

#[test]
fn a_forum_fair_or_festival_named_by_its_subject_and_an_adjective_is_an_event() {
    let text = "ويشارك الوفد في منتدى الصحة العالمي الذي يعقد في جنيف، بعد أن افتتح الوزير \
                معرض الكتاب الدولي، ويقام مهرجان الأفلام العربية الشهر المقبل.";
    assert_found(
        text,
        Label::Event,
        &[
            "منتدى الصحة العالمي",
            "معرض الكتاب الدولي",
            "مهرجان الأفلام العربية",
        ],
    );
    let text = "وعقد الوزير مؤتمر صحفي في المعرض، وزار معرض الصور في المدينة.";
    let found = mentions(text);
    assert!(!found.iter().any(|(l, _)| *l == Label::Event), "{found:?}");
}

#[test]
fn a_deputy_or_assistant_is_part_of_the_office_they_serve() {
    let text = "وقال نائب وزير الخارجية الروسي إن موسكو مستعدة، فيما أعلن نائب رئيس الوزراء \
                أن الخطة جاهزة، والتقى مساعد وزير الخارجية الأمريكي بالوفد.";
    assert_found(
        text,
        Label::Title,
        &[
            "نائب وزير الخارجية الروسي",
            "نائب رئيس الوزراء",
            "مساعد وزير الخارجية الأمريكي",
        ],
    );
}

#[test]
fn an_office_after_a_preposition_is_still_a_title() {
    let text = "وقال مستشار للرئيس العراقي إن الحكومة ستجتمع، وقدم رسالة للوزير الفرنسي.";
    assert_found(text, Label::Title, &["للرئيس العراقي", "للوزير الفرنسي"]);
}

#[test]
fn an_ayatollah_is_a_title_and_its_allah_no_name() {
    let text = "وقال المرجع الشيعي آية الله علي السيستاني إن الانتخابات مهمة.";
    let found = mentions(text);
    assert!(!found.iter().any(|(_, t)| t.contains("الله")), "{found:?}");
    assert_found(text, Label::Person, &["علي السيستاني"]);
}
