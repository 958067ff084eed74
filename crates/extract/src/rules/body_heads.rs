//! The heads of [`super::bodies`]' organisations and what each needs after it («بورصة»
//! a place or a name, «مجلس» one of the parliaments' words), kept apart from the rules
//! that read them.

use super::body_needs::Needs;

/// Heads (stems) and what they need; a head may be listed with more than one need.
pub(super) const HEADS: &[(&str, Needs)] = &[
    ("بورصه", Needs::PlaceOrName),
    // Before its other needs: the first that holds counts, and «كهرباء» in «مؤسسة
    // كهرباء لبنان» would pass for a name.
    ("مؤسسه", Needs::ServiceThenPlace),
    ("مؤسسه", Needs::PlaceOrName),
    ("مؤسسه", Needs::GeneralThenPurpose),
    ("جمعيه", Needs::PlaceOrName),
    ("سوق", Needs::PlaceThenFinancial),
    ("خطوط", Needs::Word(&["جويه"])),
    ("هلال", Needs::Word(&["احمر"])),
    ("صليب", Needs::Word(&["احمر"])),
    ("منتخب", Needs::PlaceOrNationality),
    ("مكتبه", Needs::PlaceOrName),
    ("مجموعه", Needs::PlaceOrName),
    ("مستشفي", Needs::PlaceOrName),
    ("ديوان", Needs::Word(&["اميري", "ملكي"])),
    ("بلديه", Needs::PlaceOrName),
    ("جهاز", Needs::Place),
    ("غرفه", Needs::TradeThenPlace),
    ("هيئه", Needs::ServiceThenPlace),
    ("مصلحه", Needs::ServiceThenPlace),
    ("فرقه", Needs::Place),
    ("متاحف", Needs::Place),
    ("متحف", Needs::PlaceOrNationality),
    ("متحف", Needs::NounThenAdjective),
    ("سفاره", Needs::PlaceOrNationality),
    ("قنصليه", Needs::PlaceOrNationality),
    ("نيابه", Needs::Word(&["عامه", "عموميه"])),
    ("امانه", Needs::Word(&["عامه"])),
    ("اداره", Needs::GeneralThenPurpose),
    ("مديريه", Needs::GeneralThenPurpose),
    ("اتحاد", Needs::NationalityOrWorld),
    // «الجامعة التونسية لكرة القدم»: a Maghreb federation, by its sport.
    ("جامعه", Needs::NationalityOrWorld),
    // A university named after a person, with what it is for: «جامعة محمد بن زايد للذكاء
    // الاصطناعي» (the tagger stops at the person).
    ("جامعه", Needs::PlaceOrName),
    ("شركه", Needs::NationalityThenPurpose),
    // «مجلس التعاون لدول الخليج العربية», «مجلس التعاون الخليجي»: in the news «مجلس
    // التعاون» is the Gulf council; other councils are too generic a head.
    ("مجلس", Needs::Word(&["تعاون"])),
    // Parliaments: «مجلس الشورى», «مجلس الأمة», «مجلس النواب», «مجلس الشعب», «مجلس نواب
    // الشعب»; and «مجلس الأمن».
    (
        "مجلس",
        Needs::Word(&[
            "شوري",
            "شعب",
            "امه",
            "نواب",
            "اعيان",
            "شيوخ",
            "امن",
            "مستشارين",
            "سياده",
            // Russia's parliament: «مجلس الدوما».
            "دوما",
            "وزراء", // the cabinet (after an office, the office's: «رئيس مجلس الوزراء»)
        ]),
    ),
    ("مجلس", Needs::Ranked),
    ("لجنه", Needs::Ranked),
    // Parliamentary committees by what they deal with: «لجنة الإدارة والعدل», «لجنة
    // الشؤون الاقتصادية».
    ("لجنه", Needs::Remit),
    ("محكمه", Needs::Ranked),
    ("هيئه", Needs::Ranked),
    ("مفوضيه", Needs::Ranked),
    ("اداره", Needs::Remit),
    ("مؤسسه", Needs::NounThenAdjective),
    ("جمعيه", Needs::NounThenAdjective),
    ("سكك", Needs::Word(&["حديد"])),
    // Maghreb, Sudan and Libya: «السلطة الوطنية المستقلة للانتخابات», «حكومة الوحدة
    // الوطنية», «البورصة المصرية», «السوق المالية السعودية», «برنامج الأغذية العالمي».
    ("سلطه", Needs::RankedWithPurpose),
    ("حكومه", Needs::Word(&["وحده", "وفاق", "انقاذ", "استقرار"])),
    // A government by its nation: «الحكومة الفلسطينية» (definite only, `super::bodies`).
    ("حكومه", Needs::PlaceOrNationality),
    ("بورصه", Needs::PlaceOrNationality),
    ("سوق", Needs::FinancialThenNationality),
    ("برنامج", Needs::NounThenWorld),
    // Schools and the seat of a religious authority: «مدرسة عمر بن الخطاب الإعدادية»,
    // «مشيخة الأزهر».
    ("مدرسه", Needs::Named),
    ("مشيخه", Needs::Named),
    // «المندوبية السامية للتخطيط», «مجمع البحوث الإسلامية», «الجمعية الأردنية لأطباء
    // الأطفال».
    ("مندوبيه", Needs::Ranked),
    ("مجمع", Needs::NounThenAdjective),
    // Iraq's and the Maghreb's agencies and services: «خلية الإعلام الأمني», «الوكالة
    // الوطنية للموانئ», «الشركة الوطنية للنقل»,
    // «الديوان الوطني للأرصاد الجوية», «الرابطة التونسية للدفاع عن حقوق الإنسان».
    ("خليه", Needs::NounThenAdjective),
    ("وكاله", Needs::Ranked),
    ("شركه", Needs::Ranked),
    ("ديوان", Needs::Ranked),
    ("رابطه", Needs::NationalityThenPurpose),
    ("جمعيه", Needs::NationalityThenPurpose),
    // Security services and armed groups: «جهاز مكافحة الإرهاب», «جهاز المخابرات
    // العامة», «تنظيم داعش», «قوات الدعم السريع», «الفرقة السادسة مشاة».
    ("جهاز", Needs::Remit),
    ("تنظيم", Needs::KnownName),
    ("قوات", Needs::ForceName),
    ("فرقه", Needs::Division),
    ("خفر", Needs::Word(&["سواحل"])),
    // The Maghreb's gendarmerie: «الدرك الملكي», «الدرك الوطني».
    ("درك", Needs::Word(&["ملكي", "وطني"])),
    // The soft sections: municipalities («أمانة عمان الكبرى», «أمانة منطقة الرياض»), the
    // presidency and the government's offices («رئاسة الجمهورية», «رئاسة الحكومة», «مجلس
    // الحكومة»), Lebanon's police («قوى الأمن الداخلي»), bodies named by a noun and a
    // nationality («بنك الطعام المصري», «بيت الزكاة والصدقات المصري», «مجموعة الاتصالات
    // السعودية»), directorates («مديرية التربية لولاية وهران»), schools and hospitals
    // named after a person («ثانوية الأمير عبد القادر», «المستشفى الجامعي شارل نيكول»),
    // orchestras.
    ("امانه", Needs::Municipality),
    ("رئاسه", Needs::Word(&["جمهوريه", "حكومه", "وزراء"])),
    // «الرئاسة العامة لشؤون المسجد الحرام»: a general presidency with its remit.
    ("رئاسه", Needs::GeneralThenPurpose),
    ("مجلس", Needs::Word(&["حكومه"])),
    ("قوي", Needs::Word(&["امن"])),
    ("بنك", Needs::NounThenNationality),
    ("بيت", Needs::NounThenNationality),
    ("مجموعه", Needs::NounThenNationality),
    // «صندوق الثروة التركي», «صندوق التنمية السعودي».
    ("صندوق", Needs::NounThenNationality),
    ("مديريه", Needs::Directorate),
    // «المديرية الجهوية للصحة», «المديرية الإقليمية للتعليم».
    ("مديريه", Needs::Ranked),
    // «مجلس جماعة الرباط», «مجلس محافظة بغداد», «مجلس مدينة طرابلس»; publishers: «دار
    // العين للنشر».
    ("مجلس", Needs::CouncilOfPlace),
    ("دار", Needs::Publisher),
    ("ثانويه", Needs::Named),
    ("اعداديه", Needs::Named),
    ("اكماليه", Needs::Named),
    ("مستشفي", Needs::AdjectiveThenName),
    ("اوركسترا", Needs::PlaceOrName),
    // World news: a parliament by its nation («البرلمان التركي», «برلمان كردستان»), a
    // national team named by «الوطني» alone on the sports pages («المنتخب الوطني»), a
    // national centre with what it is for («المركز الوطني للأعاصير»).
    ("برلمان", Needs::PlaceOrNationality),
    ("منتخب", Needs::Word(&["وطني", "اولمبي"])),
    ("مركز", Needs::RankedWithPurpose),
    // An assembly by a ranking adjective: the parliament «الجمعية الوطنية» (one adjective
    // names it, `super::councils::named_court`), «الجمعية الوطنية لحقوق الإنسان».
    ("جمعيه", Needs::Ranked),
];
