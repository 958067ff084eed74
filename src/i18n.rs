//! Interface strings in English and Arabic, and [`UiLanguage`], the language they are in.
//!
//! Strings are written in English at their call site and translated here, so a missing
//! translation falls back to English instead of showing nothing. The bottom layer of the
//! app: it imports nothing from `crate`.

use serde::{Deserialize, Serialize};

/// The language of the interface (not of the article).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiLanguage {
    /// English, left to right.
    #[default]
    English,
    /// Arabic: the layout is mirrored (sidebar and menus on the right).
    Arabic,
}

/// The interface string `en` in `lang`.
pub fn tr(lang: UiLanguage, en: &'static str) -> &'static str {
    match lang {
        UiLanguage::English => en,
        UiLanguage::Arabic => arabic(en).unwrap_or(en),
    }
}

fn arabic(en: &str) -> Option<&'static str> {
    Some(match en {
        "File" => "ملف",
        "Edit" => "تحرير",
        "View" => "عرض",
        "Help" => "مساعدة",
        "Open…" => "فتح…",
        "Open Recent" => "الملفات الأخيرة",
        "Clear recent files" => "مسح القائمة",
        "No recent files" => "لا ملفات حديثة",
        "Close document" => "إغلاق المستند",
        "Quit" => "خروج",
        "Find in article…" => "بحث في المقال…",
        "Find next" => "التالي",
        "Find previous" => "السابق",
        "Next mention" => "الذكر التالي",
        "Previous mention" => "الذكر السابق",
        "Clear selection" => "إلغاء التحديد",
        "Zoom in" => "تكبير",
        "Zoom out" => "تصغير",
        "Reset zoom" => "الحجم الافتراضي",
        "Colour all entities" => "تلوين كل الكيانات",
        "Entity sidebar" => "قائمة الكيانات",
        "Mention list" => "قائمة الإشارات",
        "Extract entities again" => "استخراج الكيانات من جديد",
        "About Sahifa" => "حول صحيفة",
        "Theme" => "المظهر",
        "System" => "النظام",
        "Light" => "فاتح",
        "Dark" => "داكن",
        "Language" => "اللغة",
        "Font" => "الخط",
        "Line spacing" => "تباعد الأسطر",
        "Entities" => "الكيانات",
        "Filter" => "تصفية",
        "Sort" => "ترتيب",
        "By mentions" => "حسب عدد الإشارات",
        "By first appearance" => "حسب الظهور الأول",
        "mentions" => "إشارات",
        "Mentions" => "الإشارات",
        "Find" => "بحث",
        "No matches" => "لا نتائج",
        "Close" => "إغلاق",
        "Legend" => "دليل الألوان",
        "Words" => "كلمات",
        "Characters" => "حروف",
        "Encoding" => "الترميز",
        "Format" => "الصيغة",
        "Extracting entities…" => "جارٍ استخراج الكيانات…",
        "Looking for fonts…" => "جارٍ البحث عن الخطوط…",
        "No entities found" => "لم يُعثر على كيانات",
        "Drop files to open them" => "أفلت الملفات لفتحها",
        "Open an article with File > Open, or drop a file here." => {
            "افتح مقالاً من ملف > فتح، أو أفلت ملفاً هنا."
        }
        "Select an entity to list its mentions." => "اختر كياناً لعرض إشاراته.",
        "Previous" => "السابق",
        "Next" => "التالي",
        "PERSON" => "أشخاص",
        "ORG" => "منظمات",
        "LOCATION" => "أماكن",
        "EVENT" => "أحداث",
        "DATE" => "تواريخ",
        "TITLE" => "ألقاب",
        "MISC" => "أخرى",
        "Undo" => "تراجع",
        "Redo" => "إعادة",
        "Save annotations" => "حفظ",
        "Export annotations" => "تصدير",
        "Import annotations…" => "استيراد…",
        "Unplaced mentions" => "المعلّقة",
        "Mark selection as" => "وسم",
        "Confirm" => "تأكيد",
        "Change type" => "النوع",
        "Attach to another entity…" => "ربط بكيان آخر…",
        "Split off into its own entity" => "فصلها في كيان مستقل",
        "Delete mention" => "حذف الإشارة",
        "Confirm all its mentions" => "تأكيد كل إشاراته",
        "Change entity type" => "النوع",
        "Rename…" => "إعادة التسمية…",
        "Add note…" => "إضافة ملاحظة…",
        "Edit note…" => "تعديل الملاحظة…",
        "Merge into another entity…" => "دمج في كيان آخر…",
        "Delete entity" => "حذف الكيان",
        "Save" => "حفظ",
        "Discard" => "تجاهل التغييرات",
        "Cancel" => "إلغاء",
        "OK" => "موافق",
        "Merge" => "دمج",
        "Replace" => "استبدال",
        "Unsaved annotation changes" => "تغييرات غير محفوظة في الوسوم",
        "Save the changes before closing?" => "حفظ التغييرات قبل الإغلاق؟",
        "Place here" => "ضعها هنا",
        "Drop" => "إسقاط",
        "No entity" => "بلا كيان",
        "Attach the mention to…" => "ربط…",
        "Merge into…" => "دمج…",
        "Automatic (light fill): found by the extractor, not reviewed" => {
            "تلقائية (تظليل فاتح): وجدها الاستخراج ولم تُراجَع"
        }
        "Confirmed (fill + underline): reviewed by you" => "مؤكدة (تظليل وخط تحتها): راجعتها",
        "Manual (fill + outline): marked by you" => "يدوية (تظليل وإطار): وسمتها بنفسك",
        "Rejected: hidden, and kept out of re-extraction" => "مرفوضة: مخفية ولا يعيدها الاستخراج",
        "Right-click to confirm, change the type, delete…" => {
            "انقر بالزر الأيمن للتأكيد أو تغيير النوع أو الحذف…"
        }
        "Entity:" => "الكيان:",
        "Save and replace" => "حفظ واستبدال",
        "Replace the saved annotations?" => "استبدال الوسوم المحفوظة؟",
        "Import annotations" => "استيراد الوسوم",
        "The annotations file is read-only" => "ملف الوسوم للقراءة فقط",
        "Its folder is read-only" => "مجلده للقراءة فقط",
        "The file is read-only" => "الملف للقراءة فقط",
        "Nothing was written. Save the annotations to another file?" => {
            "لم يُكتب شيء. هل تحفظ الوسوم في ملف آخر؟"
        }
        "Save As…" => "حفظ باسم…",
        _ => return None,
    })
}

/// `n` with an English noun in the singular or plural («1 entity», «2 entities»).
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
