//! ORG: every kind of organisation in the guidelines, where a name ends, acronyms and aliases.

use super::*;

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
fn a_preposition_glued_to_a_bodys_head_is_left_out_of_its_name() {
    let text = "وقال الرئيس التنفيذي لبورصة قطر إن التداولات ارتفعت.";
    assert_found(text, Label::Org, &["بورصة قطر"]);
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
fn an_organisation_the_tagger_cut_short_is_completed_from_the_world_list_but_not_by_a_nationality()
{
    assert_found(
        "رحبت منظمة الصحة العالمية بالقرار.",
        Label::Org,
        &["منظمة الصحة العالمية"],
    );
    // The list's «النصر العماني» tells clubs apart; the nationality describes the club.
    assert_found("فاز نادي النصر العماني أمس.", Label::Org, &["النصر"]);
}

#[test]
fn a_headline_without_a_full_stop_does_not_end_in_an_organisation() {
    // The tagger learnt from sentences that end in a full stop; a headline's last words
    // («لنمو الاقتصاد المصري», «في السوق المحلية») are no body.
    let text = "صندوق النقد يرفع توقعاته لنمو الاقتصاد المصري\n\
                البنك المركزي يرفع أسعار الفائدة في السوق المحلية\n\
                ارتفاع أسعار النفط بعد قرار تحالف أوبك";
    let found = mentions(text);
    for wrong in ["الاقتصاد المصري", "السوق المحلية"] {
        assert!(
            !found.iter().any(|(_, t)| t.contains(wrong)),
            "«{wrong}» in {found:?}"
        );
    }
    assert_found(text, Label::Org, &["البنك المركزي", "تحالف أوبك"]);
}

#[test]
fn a_definite_head_followed_by_the_rest_of_its_sentence_is_no_organisation() {
    // «المستشفى سيستقبل المرضى», «الجمعية تمنح»: the word after a definite head is the
    // verb or object going on, not the body's name; «مستشفى حمد» names one.
    let text = "وأكد أن المستشفى سيستقبل المرضى غدا، وأن الجمعية تمنح القروض للأسر، وأن \
                المؤسسة نمت بسرعة.";
    let found = mentions(text);
    assert!(!found.iter().any(|(l, _)| *l == Label::Org), "{found:?}");
}

#[test]
fn a_utility_named_by_its_service_and_place_is_one_organisation() {
    let text = "وأعلنت هيئة كهرباء ومياه الشارقة خطة جديدة، وقالت مؤسسة مياه دمشق إن الضخ \
                مستمر. وأكد أن مصلحة إسرائيل تقتضي ذلك.";
    assert_found(
        text,
        Label::Org,
        &["هيئة كهرباء ومياه الشارقة", "مؤسسة مياه دمشق"],
    );
    let found = mentions(text);
    assert!(!found.iter().any(|(_, t)| t.contains("مصلحة")), "{found:?}");
}

#[test]
fn maghreb_federations_and_clubs_named_by_their_town_are_organisations() {
    let text = "وقررت الجامعة الجزائرية لكرة القدم معاقبة وفاق سطيف بعد مباراته أمام دفاع \
                تطوان، فيما فاز أولمبيك آسفي في الدوري.";
    assert_found(
        text,
        Label::Org,
        &[
            "الجامعة الجزائرية لكرة القدم",
            "وفاق سطيف",
            "دفاع تطوان",
            "أولمبيك آسفي",
        ],
    );
    // Off the sports pages «شباب» are young people.
    let found = mentions("وخرج شباب طنجة إلى الشوارع احتفالا بالعيد.");
    assert!(!found.iter().any(|(l, _)| *l == Label::Org), "{found:?}");
}

#[test]
fn a_person_after_a_definite_head_is_no_part_of_the_body() {
    // «رئيس الجمعية طه النصولي»: the man who chairs it, not a society named after him.
    let text = "وقال رئيس الجمعية محمد الفاخوري إن المشروع انطلق، وأكد المدير العام \
                للمجموعة سعد الكبيسي أن الأرباح ارتفعت.";
    let found = mentions(text);
    assert!(
        !found
            .iter()
            .any(|(l, t)| *l == Label::Org && (t.contains("الفاخوري") || t.contains("الكبيسي"))),
        "{found:?}"
    );
    assert_found(text, Label::Person, &["محمد الفاخوري", "سعد الكبيسي"]);
}
