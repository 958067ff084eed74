### واجهة صحيفة بالعربية.
###
### Every message here has its twin in ../en/sahifa.ftl with the same { $variables };
### the tests in src/l10n fail when one is missing. Counts choose their form with
### PLURAL($count), and every Arabic count has all six CLDR forms: [zero] [one] [two]
### [few] (3–10, 103–110…) [many] (11–99, 111–199…) *[other] (100–102, 1000…).
### Tanween is written as in the rest of the interface (كياناً، ملفاً); no bidi marks
### (U+200E/U+200F): egui's own labels would draw them as boxes.

## القوائم

menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-help = مساعدة
menu-open-recent = الملفات الأخيرة
menu-no-recent-files = لا ملفات حديثة
menu-clear-recent-files = مسح القائمة
menu-theme = المظهر
menu-language = اللغة
menu-font = الخط
menu-looking-for-fonts = جارٍ البحث عن الخطوط…
menu-line-spacing = تباعد الأسطر
menu-export-annotations = تصدير الوسوم
menu-mark-selection-as = وسم النص المحدد بنوع
menu-mark-needs-selection = حدّد نصاً في المقال أولاً
menu-undo-step = تراجع عن { $step }
menu-redo-step = إعادة { $step }

theme-system = النظام
theme-light = فاتح
theme-dark = داكن

## الأوامر: الاسم في القوائم، والتلميح عند مرور المؤشر

command-open = فتح…
command-open-tooltip = فتح ملفات مقالات (txt أو html أو md أو docx)
command-close-document = إغلاق المستند
command-close-document-tooltip = إغلاق المستند المعروض الآن، وتبقى المستندات الأخرى مفتوحة
command-quit = خروج
command-quit-tooltip = إغلاق صحيفة
command-find = بحث في المقال…
command-find-tooltip = البحث في المقال، مع تجاهل الحركات واختلاف صور الحروف
command-find-next = التالي
command-find-next-tooltip = الانتقال إلى النتيجة التالية
command-find-previous = السابق
command-find-previous-tooltip = الانتقال إلى النتيجة السابقة
command-next-mention = الإشارة التالية
command-next-mention-tooltip = الانتقال إلى الإشارة التالية للكيان المحدد
command-previous-mention = الإشارة السابقة
command-previous-mention-tooltip = الانتقال إلى الإشارة السابقة للكيان المحدد
command-clear-selection = إلغاء التحديد
command-clear-selection-tooltip = إزالة التظليل وإغلاق شريط البحث
command-zoom-in = تكبير
command-zoom-in-tooltip = تكبير نص المقال
command-zoom-out = تصغير
command-zoom-out-tooltip = تصغير نص المقال
command-zoom-reset = الحجم الافتراضي
command-zoom-reset-tooltip = إعادة نص المقال إلى حجمه الافتراضي
command-show-all = تلوين كل الكيانات
command-show-all-tooltip = تلوين كل إشارة بلون نوع كيانها، مع دليل للألوان
command-sidebar = قائمة الكيانات
command-sidebar-tooltip = إظهار قائمة الكيانات أو إخفاؤها
command-mention-list = قائمة الإشارات
command-mention-list-tooltip = عرض كل إشارات الكيان المحدد في سياقها
command-re-extract = استخراج الكيانات من جديد
command-re-extract-tooltip = البحث عن كيانات هذا المقال مرة أخرى
command-about = حول صحيفة
command-about-tooltip = الإصدار واختصارات لوحة المفاتيح
command-undo = تراجع
command-undo-tooltip = التراجع عن آخر تغيير في الوسوم
command-redo = إعادة
command-redo-tooltip = إعادة آخر تغيير تم التراجع عنه
command-save = حفظ الوسوم
command-save-tooltip = حفظ الوسوم بجانب المقال (ARTICLE.sahifa.json)؛ وتُحفظ التغييرات تلقائياً أيضاً بعد ثوانٍ من آخر تعديل
command-mark-as-tooltip = وسم النص المحدد إشارةً من هذا النوع؛ ويمتد التحديد ليشمل كلمات كاملة
command-export-brat = ملفات brat (.txt و.ann)…
command-export-brat-tooltip = كتابة NAME.txt وNAME.ann في مجلد، لبرنامج brat
command-export-conll = CoNLL BIO…
command-export-conll-tooltip = كلمة ووسمها بنظام BIO في كل سطر
command-export-jsonl = أسطر JSON…
command-export-jsonl-tooltip = النص ومقاطعه الموسومة في سطر JSON واحد
command-export-w3c = W3C Web Annotation (JSON-LD)…
command-export-w3c-tooltip = صيغة W3C Web Annotation (JSON-LD)، بوسم واحد لكل إشارة
command-import = استيراد الوسوم…
command-import-tooltip = قراءة الوسوم من ملف brat (.ann) أو ملف صحيفة (.sahifa.json)، ثم دمجها مع الوسوم الحالية أو استبدالها بها (ويمكن التراجع عن ذلك)
command-unplaced-mentions = الإشارات المعلّقة
command-unplaced-mentions-tooltip = إشارات محفوظة لم يعد نصها في المقال: ضعها على نص محدد أو أسقطها

## أنواع الكيانات: لإشارة واحدة أو خيار (label-…)، ولعنوان مجموعة (…-group)

label-person = شخص
label-org = منظمة
label-location = مكان
label-event = حدث
label-date = تاريخ
label-title = لقب
label-misc = أخرى
label-person-group = أشخاص
label-org-group = منظمات
label-location-group = أماكن
label-event-group = أحداث
label-date-group = تواريخ
label-title-group = ألقاب
label-misc-group = أخرى

## الأعداد

entity-count = { PLURAL($count) ->
    [zero] لا كيانات
    [one] كيان واحد
    [two] كيانان
    [few] { $count } كيانات
    [many] { $count } كياناً
   *[other] { $count } كيان
}
mention-count = { PLURAL($count) ->
    [zero] لا إشارات
    [one] إشارة واحدة
    [two] إشارتان
    [few] { $count } إشارات
    [many] { $count } إشارة
   *[other] { $count } إشارة
}
match-count = { PLURAL($count) ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
article-count = { PLURAL($count) ->
    [zero] لا مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
    [many] { $count } مقالة
   *[other] { $count } مقالة
}

## النافذة

window-title = صحيفة
window-title-document = { $name } — صحيفة
window-title-unsaved = • { $name } — صحيفة
empty-state = افتح مقالاً من ملف > فتح، أو أفلت ملفاً هنا.
drop-overlay = أفلت الملفات لفتحها
tab-close = إغلاق { $name }
tab-unsaved = تغييرات غير محفوظة في الوسوم (تُحفظ تلقائياً بعد ثوانٍ، أو بالضغط على Ctrl+S)
notice-dismiss = إخفاء التنبيه
about-title = حول صحيفة
about-version = صحيفة { $version } — قارئ للمقالات الإخبارية العربية.

## قائمة الكيانات

sidebar-entities = الكيانات
sidebar-filter = تصفية
sidebar-filter-hint = الاسم
sidebar-filter-tooltip = مطابقة مرنة للأسماء: تُتجاهل الحركات والتطويل وصور الهمزة
sidebar-sort = ترتيب
sidebar-sort-mentions = حسب عدد الإشارات
sidebar-sort-first-appearance = حسب الظهور الأول
sidebar-extracting = جارٍ استخراج الكيانات…
sidebar-no-entities = لم يُعثر على كيانات
sidebar-mentions-tooltip = عدد الإشارات
sidebar-legend = دليل الألوان
sidebar-row = { $name }، { $mentions }
sidebar-row-titled = { $name }، { $title }، { $mentions }

## شريط البحث

find-label = بحث
find-hint = بحث في المقال…
find-no-matches = لا نتائج
find-next-hover = التالي (Enter)
find-previous-hover = السابق (Shift+Enter)
find-close = إغلاق

## قائمة الإشارات

mentions-select-entity = اختر كياناً لعرض إشاراته.
mentions-heading = الإشارات — { $name } ({ $count })
mentions-previous = السابق
mentions-next = التالي

## شريط الحالة

status-encoding = الترميز: { $encoding }
status-format = الصيغة: { $format }
status-words = كلمات: { $count }
status-characters = حروف: { $count }
status-entities-unavailable = الكيانات غير متاحة

format-text = نص عادي
format-html = صفحة HTML
format-markdown = Markdown
format-docx = مستند Word (.docx)

export-format-brat = brat standoff
export-format-conll = CoNLL BIO
export-format-jsonl = أسطر JSON
export-format-w3c = W3C Web Annotation (JSON-LD)

## المهام الجارية في الخلفية، كما يسمّيها شريط الحالة

task-looking-for-fonts = جارٍ البحث عن الخطوط
task-loading = جارٍ تحميل { $name }
task-choosing-files = جارٍ اختيار الملفات
task-choosing-file = جارٍ اختيار ملف
task-extracting = جارٍ استخراج الكيانات من { $name }
task-finding = جارٍ البحث عن «{ $query }»
task-saving = جارٍ حفظ وسوم { $name }
task-exporting = جارٍ تصدير { $name } بصيغة { $format }
task-importing = جارٍ استيراد الوسوم إلى { $name }
task-failed = توقفت مهمة «{ $name }» على نحو غير متوقع (خطأ داخلي)

## الإشارات: حالتها وتلميحها وقوائم النقر بالزر الأيمن

mention-status-auto = تلقائية (تظليل فاتح): وجدها الاستخراج ولم تُراجَع
mention-status-confirmed = مؤكدة (تظليل وخط تحتها): راجعتها
mention-status-manual = يدوية (تظليل وإطار): وسمتها بنفسك
mention-status-rejected = مرفوضة: مخفية ولا يعيدها الاستخراج
mention-right-click = انقر بالزر الأيمن للتأكيد أو تغيير النوع أو الحذف…
context-mark-selection-as = وسم النص المحدد بنوع
context-place-unplaced = وضع إشارة معلّقة هنا
context-nothing-here = حدّد نصاً لوسمه، أو انقر بالزر الأيمن على إشارة ملوّنة لتصحيحها.
context-confirm = تأكيد
context-change-type = تغيير النوع
context-attach = ربط بكيان آخر…
context-attach-tooltip = اختيار الكيان الذي تعود إليه هذه الإشارة من قائمة يمكن البحث فيها
context-split = فصلها في كيان مستقل
context-split-tooltip = هذه الإشارة تعني شخصاً أو شيئاً آخر: أنشئ لها كياناً جديداً يحمل نصها اسماً
context-delete-mention = حذف الإشارة
context-delete-manual-tooltip = إزالة هذه الإشارة
context-delete-auto-tooltip = إزالة هذه الإشارة؛ وتُحفظ بوصفها مرفوضة، فلا يعيدها الاستخراج مرة أخرى
context-entity = الكيان:
context-confirm-all = تأكيد كل إشاراته
context-change-entity-type = تغيير نوع الكيان
context-rename = إعادة التسمية…
context-rename-tooltip = تغيير الاسم المعتمد
context-add-note = إضافة ملاحظة…
context-edit-note = تعديل الملاحظة…
context-merge = دمج في كيان آخر…
context-merge-tooltip = الكيانان واحد: نقل كل إشارات هذا الكيان إلى الكيان الذي تختاره
context-delete-entity = حذف الكيان
context-delete-entity-tooltip = إزالة الكيان وإشاراته؛ وتُحفظ التلقائية منها بوصفها مرفوضة

## خطوات التراجع (تلي «تراجع عن» و«إعادة»)

edit-add-mention = إضافة إشارة
edit-attach-mention = ربط إشارة
edit-change-type = تغيير النوع
edit-confirm = التأكيد
edit-reject-mention = رفض إشارة
edit-delete = الحذف
edit-merge-entities = دمج كيانين
edit-split-mention = فصل إشارة
edit-rename-entity = إعادة تسمية كيان
edit-set-title = تعيين لقب
edit-set-note = تعديل ملاحظة
edit-extract-again = استخراج الكيانات من جديد
edit-place-mention = وضع إشارة
edit-drop-unplaced = إسقاط إشارة معلّقة
edit-import-merge = الاستيراد (دمج)
edit-import-replace = الاستيراد (استبدال)
edit-merge-other-save = دمج ما حفظته نافذة أخرى

## مربعات الحوار

dialog-ok = موافق
dialog-cancel = إلغاء
dialog-save = حفظ
dialog-discard = تجاهل التغييرات
dialog-discard-tooltip = الإغلاق دون حفظ، وتضيع التغييرات
dialog-unsaved-title = تغييرات غير محفوظة في الوسوم
dialog-unsaved-question = حفظ التغييرات قبل الإغلاق؟
dialog-replace-title = استبدال الوسوم المحفوظة؟
dialog-replace-explanation = يكتب الحفظ الوسوم المعروضة الآن فوق ذلك الملف، ويُحتفظ بالملف القديم باسم NAME.bak.
dialog-save-and-replace = حفظ واستبدال
dialog-import-title = استيراد الوسوم
dialog-import-read = المقروء: { $entities }، و{ $mentions }.
dialog-import-undoable = يمكن التراجع عن كلا الخيارين بالضغط على Ctrl+Z.
dialog-import-merge = دمج
dialog-import-merge-tooltip = إضافة الإشارات المستوردة التي لا تتداخل مع أي من الإشارات الحالية
dialog-import-replace = استبدال
dialog-import-replace-tooltip = استخدام الوسوم المستوردة بدلاً من الوسوم الحالية
dialog-attach-title = ربط الإشارة بـ…
dialog-merge-title = دمج في…
dialog-picker-hint = ابحث عن كيان
dialog-no-entity = بلا كيان
dialog-no-entity-tooltip = إبقاء الإشارة دون كيان (كما هو معتاد في الألقاب)
dialog-no-entity-matches = لا كيان مطابق
dialog-rename-title = إعادة تسمية الكيان
dialog-note-title = ملاحظة
dialog-note-empty = ترك الملاحظة فارغة يحذفها.
dialog-path-export-brat = تصدير brat: مجلد لـ NAME.txt وNAME.ann
dialog-path-export = تصدير إلى ملف
dialog-path-import = استيراد الوسوم من ملف (.ann أو .sahifa.json)
dialog-path-open = فتح مقال (txt أو html أو md أو docx)
dialog-path-save-as = حفظ الوسوم باسم (.sahifa.json)
dialog-path-no-dialog = لا تتوفر هنا نافذة لاختيار الملفات؛ اكتب المسار أو عدّله.
dialog-unplaced-title = الإشارات المعلّقة ({ $count })
dialog-unplaced-explanation = لم تعد هذه الإشارات المحفوظة تطابق نص المقال. حدّد موضع إحداها ثم اضغط «ضعها هنا»، أو أسقطها. وإلى ذلك الحين تبقى محفوظة في الملف.
dialog-place-here = ضعها هنا
dialog-place-needs-selection = حدّد النص في المقال أولاً
dialog-place-tooltip = وسم النص المحدد في المقال بنوع هذه الإشارة
dialog-drop = إسقاط
dialog-drop-tooltip = التخلّي عن هذه الإشارة
dialog-unplaced-hidden = مخفية الآن: تعرضها من جديد ملف > الإشارات المعلّقة.
dialog-read-only-title = ملف الوسوم للقراءة فقط
dialog-read-only-folder = مجلده للقراءة فقط: { $path }. لم يُكتب شيء. هل تحفظ الوسوم في ملف آخر؟
dialog-read-only-file = الملف للقراءة فقط: { $path }. لم يُكتب شيء. هل تحفظ الوسوم في ملف آخر؟
dialog-save-as = حفظ باسم…

## نوافذ اختيار الملفات (نوافذ النظام نفسه)

file-dialog-open = فتح مقال
file-dialog-articles = مقالات
file-dialog-all-files = كل الملفات
file-dialog-export-brat = تصدير brat: اختر مجلداً لـ NAME.txt وNAME.ann
file-dialog-export = تصدير { $format }
file-dialog-save-as = حفظ الوسوم باسم
file-dialog-sahifa-annotations = وسوم صحيفة
file-dialog-import = استيراد الوسوم
file-dialog-import-filter = وسوم brat أو صحيفة

## التنبيهات والأخطاء المعروضة في النافذة ($error: التفصيل، من الجزء الذي تعثّر)

notice-mentions-outside = { $name }: أُسقطت { $mentions } خارج النص
notice-font-kept = { $error }؛ ويبقى خط المقال على حاله
notice-select-first = حدّد نصاً في المقال أولاً، ثم اختر نوعه (المفاتيح 1–7)
notice-no-word = لا يحوي التحديد كلمة يمكن وسمها
notice-edit-failed = { $name }: { $error }
notice-no-file = { $name }: ليس لهذا المستند ملف، فلا يمكن حفظ وسومه بجانبه؛ استخدم ملف > تصدير
notice-save-failed = تعذّر حفظ الوسوم: { $error }
notice-kept-aside = احتُفظ بالملف الذي تعذّرت قراءته باسم { $path }
notice-merged-other-save = حفظت نافذة أخرى (أو برنامج آخر) وسومًا لـ{ $name } في أثناء ذلك؛ فدُمجت مع وسومك في { $path } (والتراجع يُخرجها من هذه النافذة)
notice-export-done = صُدِّر { $name } بصيغة { $format }: { $files }
notice-export-failed = تعذّر التصدير: { $error }
notice-import-failed = تعذّر الاستيراد: { $error }
notice-import-other-version = حُفظ الملف لنسخة أخرى من هذا المقال، فوُضعت إشاراته بحسب نصها
notice-seed-missing = لم يُعثر على المقال النموذجي { $file } (بُحث في: { $places }). افتح مقالاً من ملف > فتح.
notice-sidecar-not-file = { $path } مجلد (أو نوع آخر من الملفات) وليس وسوماً محفوظة؛ تُستخرج الكيانات من جديد، ولا يُكتب شيء هناك
notice-sidecar-unusable = تعذّر استخدام الوسوم المحفوظة { $path }: { $error }؛ تُستخرج الكيانات من جديد، ويبقى الملف على حاله حتى تحفظ (ويسألك ملف > حفظ الوسوم أولاً)
notice-sidecar-unplaced = { PLURAL($count) ->
    [zero] { $path }: لا إشارات محفوظة خارج النص
    [one] { $path }: إشارة محفوظة واحدة لم تعد تطابق النص، وهي مدرجة في ملف > الإشارات المعلّقة لتضعها أو تسقطها
    [two] { $path }: إشارتان محفوظتان لم تعودا تطابقان النص، وهما مدرجتان في ملف > الإشارات المعلّقة لتضعهما أو تسقطهما
    [few] { $path }: { $count } إشارات محفوظة لم تعد تطابق النص، وهي مدرجة في ملف > الإشارات المعلّقة لتضعها أو تسقطها
    [many] { $path }: { $count } إشارة محفوظة لم تعد تطابق النص، وهي مدرجة في ملف > الإشارات المعلّقة لتضعها أو تسقطها
   *[other] { $path }: { $count } إشارة محفوظة لم تعد تطابق النص، وهي مدرجة في ملف > الإشارات المعلّقة لتضعها أو تسقطها
}
notice-more-warnings = { PLURAL($count) ->
    [zero] … ولا تحذيرات أخرى
    [one] … وتحذير آخر
    [two] … وتحذيران آخران
    [few] … و{ $count } تحذيرات أخرى
    [many] … و{ $count } تحذيراً آخر
   *[other] … و{ $count } تحذير آخر
}
notice-no-file-dialog = لا تتوفر هنا نافذة لاختيار الملفات (تحتاج إلى خدمة xdg-desktop-portal أو برنامج zenity). أفلت الملفات على النافذة، أو سمّها في سطر الأوامر: sahifa FILE...
notice-create-folder-failed = تعذّر إنشاء { $path }: { $error }
notice-settings-damaged = ملف الإعدادات { $path } تالف ({ $error })؛ تُستخدم الإعدادات الافتراضية
notice-settings-unreadable = تعذّرت قراءة الإعدادات { $path }: { $error }

## تعذّر فتح مقال ($file: اسم الملف بين علامتي تنصيص، أو error-load-no-name)

error-load-file = «{ $path }»
error-load-no-name = البيانات
error-load-not-found = تعذّر فتح { $file }: الملف غير موجود.
error-load-permission = تعذّر فتح { $file }: الإذن مرفوض (لا يُسمح لك بقراءته).
error-load-folder = تعذّر فتح { $file }: إنه مجلد وليس ملف مقال.
error-load-io = تعذّرت قراءة { $file }: { $detail }.
error-load-empty = تعذّر فتح { $file }: الملف فارغ.
error-load-too-large = تعذّر فتح { $file }: حجمه { $size }، وهو أكبر من { $limit } التي تفتحها صحيفة.
error-load-binary = تعذّر فتح { $file }: يبدو أنه { $what } وليس مقالاً (تقرأ صحيفة ملفات النص وHTML وMarkdown ومستندات Word بصيغة docx).
error-load-unsupported = تعذّر فتح { $file }: إنه { $what }؛ { $advice }.
error-load-decode = تعذّرت قراءة { $file }: { $detail }.
error-load-content = تعذّر فتح { $file }: { $detail }.
error-load-internal = تعذّر فتح { $file }: بنت صحيفة مستنداً غير متّسق ({ $detail })؛ نرجو الإبلاغ عن هذا الخلل.
advice-save-as-docx = افتحه في Word أو LibreOffice واحفظه بصيغة docx
advice-save-as-docx-or-text = افتحه في Word أو LibreOffice واحفظه بصيغة docx أو نصاً عادياً
file-kind-pdf = مستند PDF
file-kind-png = صورة PNG
file-kind-jpeg = صورة JPEG
file-kind-gif = صورة GIF
file-kind-riff = ملف وسائط (RIFF: WebP أو WAV أو AVI)
file-kind-gzip = ملف مضغوط بصيغة gzip
file-kind-elf = برنامج (ملف تنفيذي ELF)
file-kind-rar = أرشيف RAR
file-kind-7z = أرشيف 7-Zip
file-kind-zip = أرشيف ZIP (أو صيغة مكتبية غير Word docx)
file-kind-binary = بيانات ثنائية
file-kind-doc = مستند Word قديم (doc) أو مستند Office قديم آخر
file-kind-rtf = مستند بصيغة النص المنسّق (rtf)
advice-save-to-a-file = احفظ ما يعطيه في ملف وافتح الملف
file-kind-fifo = أنبوب مسمّى (FIFO) وليس ملفًا
file-kind-device = جهاز وليس ملفًا
file-kind-socket = مقبس (socket) وليس ملفًا
error-limit-depth = بنية { $format } فيه متداخلة إلى { $depth } مستوى على الأقل، وصحيفة تفتح { $format } المتداخل حتى { $limit } مستوى (ولا يتجاوز تداخل المقالات الحقيقية 100 مستوى)؛ فالملف تالف أو مصنوع لإيقاع البرامج — إن كان مقالاً حقيقياً فاحفظه نصاً عادياً وافتح ذلك النص
error-limit-elements = تبني الصفحة أكثر من { $limit } عنصر HTML، وهو أقصى ما تفتحه صحيفة؛ فالملف تالف أو مصنوع لتعطيل البرامج — إن كانت صفحة حقيقية فاحفظها نصاً عادياً وافتح ذلك النص
error-limit-text = نصه أكبر من { $limit }، وهو أقصى ما تفتحه صحيفة؛ قسّمه إلى ملفات أصغر
error-limit-lines = فيه أكثر من { $limit } سطر أو فقرة، وهو أقصى ما تفتحه صحيفة؛ قسّمه إلى ملفات أصغر

## وسوم محفوظة تعذّر استخدامها، أو استُخدم بعضها

error-sidecar-io = تعذّرت قراءة { $path }: { $detail }
error-sidecar-too-large = حجم { $path } { $size }، وهو أكبر من { $limit } التي تقرؤها صحيفة؛ فلم يُقرأ وتُرك على حاله
error-sidecar-truncated = { $path } مبتور (ينتهي في منتصفه)؛ وقد تُرك على حاله
error-sidecar-corrupt = { $path } تالف عند السطر { $line }، العمود { $column }: { $detail }؛ وقد تُرك على حاله
error-sidecar-not-sidecar = { $path } ليس ملف وسوم من صحيفة
error-sidecar-newer = { $path } كتبته نسخة أحدث من صحيفة (إصدار المخطط { $found }، وهذه النسخة تقرأ حتى { $supported })؛ يُرجى تحديث صحيفة
error-sidecar-invalid = { $path } ليس ملف وسوم صالحاً: { $detail }
error-sidecar-other-article = { $path } يخص مقالاً آخر: لا يقع في هذا المقال إلا { $placed } من إشاراته البالغة { $total }
warning-text-changed = تغيّر المقال منذ حُفظت الوسوم: الإشارات التي بقيت على حالها { $unchanged }، والتي انتقلت { $moved }، والتي تعذّر وضعها { $unplaced }
warning-offsets = نص المقال كما حُفظ، لكن بعض الإشارات المحفوظة لا تطابقه (عددها { $misplaced }): وُضع منها { $placed } بحسب نصها، وتعذّر وضع { $lost }
warning-duplicates = { PLURAL($count) ->
    [zero] لم تُسقط أي إشارة مكررة
    [one] حُفظت إشارة مرتين (بالنطاق والنوع نفسيهما)، فأُسقط التكرار
    [two] أُسقطت إشارتان مكررتان (بنطاق إشارة أُبقيت ونوعها)
    [few] أُسقطت { $count } إشارات مكررة (بنطاق إشارة أُبقيت ونوعها)
    [many] أُسقطت { $count } إشارة مكررة (بنطاق إشارة أُبقيت ونوعها)
   *[other] أُسقطت { $count } إشارة مكررة (بنطاق إشارة أُبقيت ونوعها)
}
warning-unknown-entity = الإشارة عند الموضع { $start } تعود إلى الكيان { $entity }، وهو غير معرَّف في الملف؛ فأُبقيت دون كيان

## تعديلات على الوسوم وعمليات حفظ تعذّرت

error-edit-no-mention = لا توجد إشارة بالرقم { $number }
error-edit-no-entity = لا يوجد كيان بالمعرّف { $number }
error-edit-duplicate = هذا النص موسوم بهذا النوع من قبل
error-edit-same-entity = لا يمكن دمج كيان في نفسه
error-edit-blank-name = لا يمكن أن يكون اسم الكيان فارغاً
error-edit-stale = تغيّرت الوسوم منذ سُجّلت هذه الخطوة؛ ولم يُتراجع عن شيء
error-edit-no-free-id = تعذّر إنشاء كيان جديد: كل أرقام الكيانات مستخدمة
error-save-create = تعذّر إنشاء ملف مؤقت بجانب { $path }: { $detail }. وبقي الملف السابق على حاله.
error-save-write = تعذّرت كتابة { $path }: { $detail }. وبقي الملف السابق على حاله.
error-save-sync = تعذّر إتمام كتابة { $path } على القرص: { $detail }. وبقي الملف السابق على حاله.
error-save-backup = تعذّر حفظ نسخة احتياطية من الإصدار السابق لـ { $path }: { $detail }. وبقي الملف السابق على حاله.
error-save-replace = تعذّر استبدال { $path }: { $detail }. وبقي الملف السابق على حاله.
error-save-newer = { $path } كتبته نسخة أحدث من صحيفة (المخطط { $found })؛ فلن يُكتب فوقه
error-save-exists = { $path } موجود ويحوي نصاً آخر؛ فلن يُستبدل. اختر مجلداً آخر.
error-save-invalid = لم تُحفظ الوسوم: { $detail }
warning-not-placed = لم تُوضع، إذ لم يُعثر على نصها: { $label } «{ $text }» (كانت في الموضع { $start }..{ $end })

## knowledge
## التعلّم من القارئ: مخزن الأسماء التي علّمها المستخدم، ونافذة «الأسماء المتعلَّمة»، وإعادة تدريب النموذج.
command-taught-names = الأسماء المتعلَّمة…
command-taught-names-tooltip = اعرض الأسماء التي تعلّمتها صحيفة من وسومك المحفوظة وانسَ ما شئت منها
command-retrain = أعد التدريب بوسومي
command-retrain-tooltip = درِّب نموذج الاستخراج من جديد بوسومك المحفوظة (يستغرق دقائق)؛ لا يُعتمد النموذج الجديد إلا إذا كانت نتيجته مساوية على الأقل
command-cancel-retrain = ألغِ إعادة التدريب
command-cancel-retrain-tooltip = أوقف إعادة التدريب؛ يبقى النموذج المستخدم كما هو
command-use-shipped-model = استخدم النموذج الأصلي
command-use-shipped-model-tooltip = احذف نموذجك المُعاد تدريبه واستخرج بالنموذج الذي تأتي به صحيفة
task-knowledge-opening = جارٍ فتح الأسماء المتعلَّمة
task-knowledge-saving = جارٍ حفظ الأسماء المتعلَّمة
task-knowledge-model = جارٍ الرجوع إلى النموذج الأصلي
task-retraining = جارٍ إعادة التدريب بوسومك
mention-from-your-annotations = من وسومك
knowledge-recovered = ملف أسمائك المتعلَّمة { $path } تالف ({ $reason })؛ احتُفظ به باسم { $backup } وبُدئ ملف جديد.
knowledge-newer = كتبت الملفَّ { $path } نسخةٌ أحدث من صحيفة؛ تُرك كما هو، ولن يُتعلَّم شيء من وسومك حتى تحدِّث صحيفة.
knowledge-failed = تعذّرت قراءة أسمائك المتعلَّمة أو حفظها: { $error }. أمّا وسومك نفسها فقد حُفظت.
knowledge-model-failed = تعذّر تحميل نموذجك المُعاد تدريبه في { $path } ({ $error })؛ يُستخدم النموذج الأصلي.
knowledge-forgot = { PLURAL($count) ->
    [zero] لم يكن «{ $name }» بين الأسماء المتعلَّمة.
    [one] نُسي «{ $name }».
    [two] نُسي «{ $name }» (مُدخلان).
    [few] نُسي «{ $name }» ({ $count } مُدخلات).
    [many] نُسي «{ $name }» ({ $count } مُدخلًا).
   *[other] نُسي «{ $name }» ({ $count } مُدخلًا).
}
knowledge-reset = نُسيت كل الأسماء المتعلَّمة والنصوص المرفوضة؛ احتُفظ بالقائمة القديمة باسم { $backup }.
knowledge-reset-empty = نُسيت كل الأسماء المتعلَّمة والنصوص المرفوضة.
knowledge-shipped-model = يستخدم الاستخراج النموذج الأصلي من جديد.
retrain-no-corpus = تحتاج إعادة التدريب إلى مدوّنة التدريب anercorp-train.conll، ولم يُعثر عليها (بُحث في { $looked }).
retrain-nothing = لا وسوم محفوظة لإعادة التدريب بها: أكِّد بعض الإشارات أو أضفها أو احذفها ثم احفظ أولًا.
retrain-kept = اكتملت إعادة التدريب: نتيجة النموذج الجديد { $new }٪ (والسابق { $old }٪)، وسيُستخدم من الآن.
retrain-not-kept = اكتملت إعادة التدريب، لكن نتيجة النموذج الجديد { $new }٪ أدنى من النموذج المستخدم ({ $old }٪)؛ لم يتغيّر شيء.
retrain-cancelled = أُلغيت إعادة التدريب؛ لم يتغيّر شيء.
retrain-failed = فشلت إعادة التدريب: { $error }
taught-title = الأسماء المتعلَّمة
taught-no-store = لا ملف للأسماء المتعلَّمة قيد الاستخدام، فلا يُتعلَّم شيء من وسومك.
taught-summary = { PLURAL($names) ->
    [zero] لا أسماء متعلَّمة
    [one] اسم متعلَّم واحد
    [two] اسمان متعلَّمان
    [few] { $names } أسماء متعلَّمة
    [many] { $names } اسمًا متعلَّمًا
   *[other] { $names } اسم متعلَّم
}، { PLURAL($rejected) ->
    [zero] ولا نصوص مرفوضة
    [one] ونص مرفوض واحد
    [two] ونصّان مرفوضان
    [few] و{ $rejected } نصوص مرفوضة
    [many] و{ $rejected } نصًّا مرفوضًا
   *[other] و{ $rejected } نص مرفوض
}
taught-filter-hint = صفِّ الأسماء
taught-none = لا شيء هنا بعد: أكِّد الإشارات أو أضفها أو احذفها ثم احفظ.
taught-count = { PLURAL($count) ->
    [zero] لا مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
    [many] { $count } مقالة
   *[other] { $count } مقالة
}
taught-rejected-heading = لن يُقترح مجددًا
taught-any-type = أي نوع
taught-forget = انسَ
taught-forget-tooltip = انسَ هذا الاسم: لن يُعثر عليه أو يُقترح بسبب وسومك بعد الآن
taught-forget-all = انسَ الكل
taught-forget-all-tooltip = انسَ كل الأسماء المتعلَّمة والنصوص المرفوضة (يُحتفظ بالقائمة القديمة في ملف ذي الامتداد bak)
taught-forget-all-confirm = أتنسى كل الأسماء المتعلَّمة والنصوص المرفوضة؟
taught-forget-all-yes = انسَ الكل

## المكتبة: مقالات كثيرة وفهرس واحد لمن يظهر وأين

command-library = المكتبة
command-library-tooltip = أظهر المكتبة أو أخفها: كل مقالة أضفتها، ومن يظهر في أيها
command-add-folder-to-library = أضف مجلدًا إلى المكتبة…
command-add-folder-to-library-tooltip = أضف إلى المكتبة كل مقالة في مجلد ومجلداته الفرعية؛ ويُراقب المجلد لتُضاف مقالاته الجديدة
command-add-files-to-library = أضف ملفات إلى المكتبة…
command-add-files-to-library-tooltip = أضف ملفات مقالات إلى المكتبة
command-cancel-library-add = أوقف الإضافة إلى المكتبة
command-cancel-library-add-tooltip = أوقف إضافة المقالات؛ ويبقى ما أُضيف في المكتبة
task-library-opening = جارٍ فتح المكتبة
task-library-query = جارٍ البحث في المكتبة
task-library-adding = جارٍ الإضافة إلى المكتبة
file-dialog-library-folder = أضف مجلدًا إلى المكتبة
file-dialog-library-files = أضف مقالات إلى المكتبة
library-tab = المكتبة
library-title = المكتبة
library-summary = المقالات: { $articles } · الكيانات: { $entities }
library-no-library = لا ملف مكتبة مستخدَم.
library-opening = جارٍ فتح المكتبة…
library-refused-kept = تُرك الملف كما هو. ابدأ مكتبة جديدة لتتابع؛ يُنقل الملف القديم جانبًا ولا يُحذف.
library-start-fresh = ابدأ مكتبة جديدة
library-start-fresh-tooltip = انقل الملف القديم جانبًا (يُحتفظ به) وابدأ مكتبة فارغة
library-started-fresh = بُدئت مكتبة جديدة؛ واحتُفظ بالملف القديم باسم { $path }.
library-newer = كتبت الملفَّ { $path } نسخةٌ أحدث من صحيفة (صيغة المكتبة { $found }؛ وهذه النسخة تقرأ حتى { $supported }). لم يُغيَّر.
library-corrupt = الملف { $path } ليس مكتبة صحيفة مقروءة ({ $reason }). لم يُغيَّر.
library-busy = الملف { $path } مشغول: نسخة أخرى من صحيفة تضيف إليه مقالات. أعد المحاولة حين تنتهي.
library-failed = تعذّر استخدام المكتبة: { $error }
library-none = لا ملف مكتبة مستخدَم، فلا يمكن إضافة شيء.
library-not-ready = لم تُفتح المكتبة بعد.
library-added = المكتبة: أُضيف { $indexed }، بلا تغيير { $unchanged }، تعذّرت قراءة { $failed }، مفقود { $missing }.
library-add-cancelled = أُوقفت الإضافة: أُضيف { $indexed }، بلا تغيير { $unchanged }، تعذّرت قراءة { $failed }؛ ويبقى ما أُضيف.
library-adding = الإضافة: { $done } / { $found }
library-cancel = إلغاء
status-cancel-task = إلغاء
library-failures-button = مشكلات: { $count }
library-failures-title = ملفات تعذّرت إضافتها أو أُضيفت مع مشكلة
library-added-with-problem = أُضيف، ولكن: { $problem }
library-page-entities = الكيانات
library-page-articles = المقالات
library-page-search = البحث
library-all-types = الكل
library-filter = تصفية:
library-filter-hint = اسم أو جزء من اسم
library-filter-tooltip = اعرض فقط الكيانات التي يحوي اسمها أو صيغة أخرى منه هذا النص (تُهمل الحركات وصور الألف وة/ه وى/ي)
library-no-entities = لا كيانات هنا بعد: أضف مجلد مقالات.
library-entity-counts = { $articles } · { $mentions }
library-entity-row = { $name } — { $counts }
library-together = معًا في { $articles }
library-neighbour-row = { $name }، { $shared }
library-graph-node = عقدة { $name }، { $shared }
library-pick-entity = اختر كيانًا لترى المقالات التي يظهر فيها ومن يظهر معه.
library-loading = جارٍ البحث عنه…
library-merge-with = ادمج مع…
library-merge-with-tooltip = ثم انقر في القائمة الكيانَ الذي هو هذا نفسه: يُدمج فيه (ويبقى الدمج عند إعادة الفهرسة)
library-merge-cancel = ألغِ الدمج
library-merge-pick = انقر الكيان الذي يُدمج في «{ $name }».
library-split-off = افصل «{ $alias }»
library-split-off-tooltip = هذه الصيغة تسمّي شخصًا (أو شيئًا) آخر: اجعلها كيانًا مستقلًا (ويبقى الفصل عند إعادة الفهرسة)
library-appears-with = يظهر مع
library-appears-with-none = لا يظهر مع أي كيان آخر.
library-articles-of = في هذه المقالات ({ $count })
library-more-articles = مقالات لم تُعرض: { $count }
library-open-article = افتح { $title }
library-open-snippet = افتح { $title } عند الذكر { $n }
library-open-hit = افتح { $title } عند النتيجة { $n }
library-missing = مفقود
library-article-failed = تتعذّر قراءته
library-empty = المكتبة فارغة: أضف مجلد مقالات (ملف ← أضف مجلدًا إلى المكتبة…، أو أفلت مجلدًا على النافذة).
library-search = ابحث:
library-search-hint = كلمة أو اسم، في كل المقالات
library-search-tooltip = ابحث في كل مقالات المكتبة كما يبحث شريط البحث (تُهمل الحركات وصور الألف والتطويل وة/ه وى/ي وو ف ب ك ل في أول الكلمة)
library-no-hits = لم يُعثر على شيء.
library-hits = النتائج: { $count }
library-prompt-folder = أضف مجلدًا إلى المكتبة
library-prompt-files = أضف ملفًا إلى المكتبة
library-refused-notice = { $message } افتح المكتبة (عرض ← المكتبة) لتبدأ مكتبة جديدة.
library-read-only = للقراءة فقط: لا تجوز الكتابة في هذه المكتبة هنا، فيمكن تصفّحها والبحث فيها دون الإضافة إليها أو الدمج أو الفصل. الملف:
library-read-only-add = الملف { $path } للقراءة فقط هنا، فلا يمكن إضافة شيء إلى هذه المكتبة. لم يُغيَّر.
library-read-only-change = الملف { $path } للقراءة فقط هنا، فلا يمكن دمج الكيانات أو فصلها. لم يُغيَّر.
