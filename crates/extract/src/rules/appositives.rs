//! An office in apposition after a person's name is his title.
//!
//! News names an official first and gives his office after the name, between commas
//! («ترأس الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، الاجتماع») or, in the Gulf agencies'
//! style, without the first comma («حضر سعادة أحمد العطار سفير الدولة لدى ألمانيا،
//! …»). The office may be several offices in a row («نائب رئيس الدولة رئيس مجلس الوزراء
//! حاكم دبي»), an office over the body it serves («المدير الفني للزمالك») or two joined
//! by «و» («الرئيس وكبير الإداريين التنفيذيين»). The rules find each office as a TITLE
//! of its own; here they become the person's title (GUIDELINES, titles next to names), and
//! the bodies and places inside stay mentions.

use sahifa_model::Label;

use super::title_links::{LINKS, OFFICE_ADJECTIVES, and_office, without_epithet};
use super::{Cand, Ctx, courtesy_only};
use crate::lexicon::Trigger;
use crate::token::TokenKind;

/// How many words and mentions an appositive office may run over.
const MAX_STEPS: usize = 14;

/// Gives each person without an office the offices in apposition after his name; the
/// TITLE mentions so taken are pushed to `merged` (indices into `chosen`, sorted by start).
pub(super) fn appositive_titles(ctx: &Ctx, chosen: &mut [Cand], merged: &mut Vec<usize>) {
    for p in 0..chosen.len().saturating_sub(1) {
        let person = &chosen[p];
        let without_office = person
            .title
            .is_none_or(|(ts, te)| honorific_only(ctx, ts, te));
        // «فخامة الرئيس برابوو سوبيانتو رئيس جمهورية إندونيسيا»: the office after the
        // name spells out the bare one before it.
        let bare = person
            .title
            .filter(|_| !without_office)
            .and_then(|(ts, te)| bare_office(ctx, ts, te));
        if person.label != Some(Label::Person) || !(without_office || bare.is_some()) {
            continue;
        }
        // «عيّن السيد محمد عرقاب وزير دولة»: what an appointee is made is a TITLE of its
        // own (GUIDELINES), not the office he is named by.
        let first = person
            .title
            .map_or(person.start, |(ts, _)| ts.min(person.start));
        // The verb may have its subject between it and the appointee («وعيّن المجلس …»).
        if (1..=2).any(|d| {
            first
                .checked_sub(d)
                .is_some_and(|k| appointed_before(ctx, k))
        }) {
            continue;
        }
        // «يمثل اللواء الهملان رئيس الأركان»: after a verb of representing or succeeding,
        // an office right after the name is the one he stands for; between commas it is
        // his. (After «استقبل» the Gulf agencies give the host's own office there.)
        let before = |verbs: &[&str]| {
            (1..=2).any(|d| first.checked_sub(d).is_some_and(|k| verb_at(ctx, k, verbs)))
        };
        let comma_less = !comma(ctx, person.end);
        if comma_less && before(REPRESENTS) {
            continue;
        }
        // «استقبل الشيخ X، وزير الخارجية، السفير البريطاني»: after a verb of meeting the
        // second office between commas may be the guest's.
        let second = !before(MEETS);
        let start = if comma_less {
            person.end
        } else {
            person.end + 1
        };
        let spelt_out = |k: usize| bare.is_none_or(|b| ctx.tok(k).is_some_and(|t| t.base() == b));
        if let Some((end, offices)) = offices_at(ctx, chosen, p + 1, start, merged, second)
            && spelt_out(start)
        {
            chosen[p].title = Some((start, without_epithet(ctx, start, end)));
            merged.extend(offices);
        }
    }
}

/// True for a title of courtesy words, honorifics and ranks only, no office: «الدكتور»,
/// «سمو الشيخ», «اللواء», «الفريق الركن», «صاحب السمو الملكي الأمير».
pub(super) fn honorific_only(ctx: &Ctx, ts: usize, te: usize) -> bool {
    courtesy_only(&ctx.tokens[ts..te])
        || (ts..te).all(|k| {
            !ctx.is_word(k)
                || matches!(
                    ctx.trig(k),
                    Some(Trigger::Rank | Trigger::RankMod | Trigger::Honorific)
                )
                || courtesy_only(std::slice::from_ref(&ctx.tokens[k]))
                || k > ts && ctx.definite(k) && ctx.nisba(k)
        })
}

/// Whether token `k` is a verb or verbal noun that appoints («عيّن», «تعيين», «انتخب»),
/// with or without «و»/«ف».
fn appointed_before(ctx: &Ctx, k: usize) -> bool {
    const APPOINTS: &[&str] = &[
        "عين",
        "عينت",
        "يعين",
        "سيعين",
        "تعين",
        "تعيين",
        "اختير",
        "اختيار",
        "انتخب",
        "انتخاب",
    ];
    verb_at(ctx, k, APPOINTS)
        || ctx
            .tok(k)
            .is_some_and(|t| APPOINTS.contains(&t.stem.as_str()))
}

/// Verbs of representing or succeeding someone (folded, without «و»/«ف»); not «مثل»
/// ("like") nor «خلف» ("behind"), which read so too.
const REPRESENTS: &[&str] = &["يمثل", "يخلف", "ينوب"];

/// Verbs of meeting someone: their object may follow the subject's offices.
const MEETS: &[&str] = &[
    "استقبل",
    "يستقبل",
    "التقي",
    "يلتقي",
    "قابل",
    "يقابل",
    "رافق",
    "يرافق",
    "ودع",
    "يودع",
    "هاتف",
    "يهاتف",
    "استقبلت",
    "التقت",
];

/// Whether a verb of meeting stands right before token `first` or one word before it.
pub(super) fn meets_before(ctx: &Ctx, first: usize) -> bool {
    (1..=2).any(|d| first.checked_sub(d).is_some_and(|k| verb_at(ctx, k, MEETS)))
}

/// Whether token `k` is one of `verbs`, with or without «و»/«ف».
fn verb_at(ctx: &Ctx, k: usize, verbs: &[&str]) -> bool {
    ctx.tok(k)
        .is_some_and(|t| verbs.contains(&t.norm.trim_start_matches(['و', 'ف'])))
}

/// The base of a title's one office word when the rest are honorifics and courtesy
/// words and the office stands alone, definite: «فخامة الرئيس» → «رئيس», «الملك» →
/// «ملك».
fn bare_office<'a>(ctx: &'a Ctx, ts: usize, te: usize) -> Option<&'a str> {
    let last = te.checked_sub(1).filter(|&l| l >= ts)?;
    let t = ctx.tok(last)?;
    let office =
        t.clitics.article && matches!(ctx.trig(last), Some(Trigger::Office | Trigger::Honorific));
    (office && honorific_only(ctx, ts, last)).then(|| t.base())
}

/// «عُيّن مكرم عبيد وزيرا للمالية», «أعلنت المحكمة رافالومانانا رئيسا»: an office in the
/// accusative after a name is what he was made, a TITLE of its own (GUIDELINES), not the
/// office he is named by. Not «بابا», whose «ا» is its own.
fn accusative(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| !t.clitics.article && t.norm.ends_with('ا') && t.norm != "بابا")
}

/// Whether token `k` is a comma, Arabic or Latin.
pub(super) fn comma(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
}

/// Where an appositive ends: a comma, a full stop, a bracket, a dash («… رئيس مجلس
/// الوزراء - حفظه الله -»), the end of a line or of the text, or a word that begins the
/// clause going on in the Gulf agencies' comma-less style ([`clause_starts`]), also
/// behind an opening quote or bracket («… رئيس الدولة "حفظه الله"»).
fn closes(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).is_none_or(|t| {
        comma(ctx, k)
            || sisterly(ctx, k)
            || ['.', ')', '-', '–'].iter().any(|&c| t.is_punct(c))
            || t.line_start
            || clause_starts(ctx, k)
            || ['"', '«', '('].iter().any(|&c| t.is_punct(c)) && clause_starts(ctx, k + 1)
    })
}

/// «رئيس جمهورية تركيا | الشقيقة،»: the courtesy the Gulf agencies pay a friendly
/// country after its name, no part of the office.
fn sisterly(ctx: &Ctx, k: usize) -> bool {
    const SISTERLY: &[&str] = &["الشقيق", "الشقيقه", "الصديق", "الصديقه"];
    ctx.tok(k).is_some_and(|t| {
        SISTERLY.contains(&t.norm.as_str()) && (comma(ctx, k + 1) || closes(ctx, k + 1))
    })
}

/// Words (folded, without clitics) after which no office goes on: a particle before a
/// verb or a clause («… محافظ مسقط قد اطلع», «… إن المشروع», «… الذي يزور»), a time
/// phrase («خلال», «عقب»), or «في» before a word of speech («… رئيس بلدية مسقط في تصريح
/// لوكالة الأنباء»).
fn clause_starts(ctx: &Ctx, k: usize) -> bool {
    const STARTS: &[&str] = &["ان", "قد", "خلال", "عقب", "اثناء", "الذي", "التي", "حفظه"];
    const SPEECH: &[&str] = &["تصريح", "تصريحات", "كلمه", "حديث", "بيان", "مؤتمر", "لقاء"];
    let Some(t) = ctx.tok(k) else {
        return false;
    };
    let next = |w: &[&str]| ctx.tok(k + 1).is_some_and(|n| w.contains(&n.stem.as_str()));
    // The stem of «الذي» has lost its article: the relatives match on the folded word.
    t.kind == TokenKind::Word
        && (STARTS.contains(&t.stem.as_str())
            || STARTS.contains(&t.norm.as_str())
            || t.norm == "في" && next(SPEECH))
}

/// The offices from token `j` (mention `c` of `chosen` on): TITLE mentions without a
/// holder, the bodies and places they serve, [`LINKS`], office adjectives, a remit after
/// «لل» («للشؤون الإنسانية»), up to where the appositive [`closes`]. Not an office that
/// begins with «و» (another man's: «… ، ووزير الخارجية»), nor one in the accusative.
/// With `second`, a second appositive office may follow the first after a comma. The
/// end and the TITLE mentions crossed.
fn offices_at(
    ctx: &Ctx,
    chosen: &[Cand],
    mut c: usize,
    mut j: usize,
    merged: &[usize],
    second: bool,
) -> Option<(usize, Vec<usize>)> {
    let mut offices: Vec<usize> = Vec::new();
    // The last step crossed a body or place the office serves.
    let mut after_body = false;
    // The offices went on over «إلى».
    let mut to_place = false;
    for _ in 0..MAX_STEPS {
        let body_before = std::mem::take(&mut after_body);
        if closes(ctx, j) {
            if offices.is_empty() {
                return None;
            }
            // «…، رئيس مركز أبوظبي للغة العربية، الأمين العام للجائزة، …»: a second
            // office between commas is his too (not one after «و», another man's).
            if second
                && comma(ctx, j)
                && let Some((end, more)) = offices_at(ctx, chosen, c, j + 1, merged, false)
            {
                offices.extend(more);
                return Some((end, offices));
            }
            return Some((j, offices));
        }
        if let Some(m) = chosen.get(c).filter(|m| m.start == j) {
            // «… البوسعيدي وزير الخارجية | اليوم جولة»: the Gulf agencies' time
            // adverbial right after the office closes it.
            // Not a link before it («ملك إسبانيا | في 1931»).
            if m.label == Some(Label::Date) && !offices.is_empty() && !to_place {
                let link = ctx
                    .tok(j - 1)
                    .is_some_and(|t| LINKS.contains(&t.norm.as_str()));
                return Some((j - usize::from(link), offices));
            }
            let office = m.label == Some(Label::Title)
                && m.title.is_none()
                && !merged.contains(&c)
                && (!offices.is_empty() || !and_office(ctx, j) && !accusative(ctx, j));
            let served = matches!(m.label, Some(Label::Org | Label::Location));
            if office {
                offices.push(c);
            } else if !served || offices.is_empty() {
                return None;
            }
            after_body = !office;
            j = m.end;
            c += 1;
            continue;
        }
        let t = ctx.tok(j)?;
        // «المدير العام لشركة [الاتصالات السعودية]»: a body's head word the rules left
        // out of its name.
        let head = ctx.trig(j) == Some(Trigger::OrgHead)
            && chosen
                .get(c)
                .is_some_and(|m| m.start == j + 1 && m.label == Some(Label::Org));
        // «المبعوث الخاص لدولة [الإمارات] لشؤون التغير المناخي»: the state an envoy
        // serves, and his remit.
        if !offices.is_empty()
            && let Some(bare) = t.norm.strip_prefix('ل')
            && !ctx.has_conjunction(j)
        {
            if t.stem == "شؤون" || t.key == "شؤون" {
                j = definite_words(ctx, j + 1);
                while chosen.get(c).is_some_and(|m| m.end <= j) {
                    c += 1;
                }
                continue;
            }
            if crate::lexicon::STATE_HEADS.contains(&bare) {
                j += 1;
                continue;
            }
        }
        let linking = t.kind == TokenKind::Word
            && !offices.is_empty()
            && !ctx.has_conjunction(j)
            && (LINKS.contains(&t.norm.as_str())
                || OFFICE_ADJECTIVES.contains(&t.norm.as_str())
                || (t.clitics.article && ctx.adjective(j))
                // «للغة العربية»: «لل» is «ل» and the article even where the analysis
                // reads the word's own «ل» («لغة»).
                || (t.norm.starts_with("لل") && t.norm.chars().count() > 3)
                || head);
        // «أعلن الدكتور X رئيس [معهد الشارقة للتراث] | أسماء الفائزين»: in the Gulf
        // agencies' comma-less style the verb's object follows the body served. Not a
        // place reached by «إلى» («رئيس جمهورية فنزويلا | إلى دمشق»: where he went).
        // «… رئيس الجمهورية الإسلامية الإيرانية | وتمنياته لجلالته»: a word joined by «و»
        // that is no office (another man's office is a mention, read above) ends it.
        let joined = !offices.is_empty() && ctx.has_conjunction(j) && !ctx.own_first_letter(j);
        if !linking {
            let closed = (body_before || joined) && !to_place && t.kind == TokenKind::Word;
            return closed.then_some((j, offices));
        }
        // «رئيس [الجمهورية اللبنانية] | إلى الدوحة»: after the state a head serves,
        // «إلى» is where he went (an envoy's «إلى» follows his body: «للأمم المتحدة إلى»).
        let after_place = c
            .checked_sub(1)
            .is_some_and(|p| chosen[p].end == j && chosen[p].label == Some(Label::Location));
        if t.norm == "الي" && body_before && after_place {
            return Some((j, offices));
        }
        to_place |= t.norm == "الي";
        j += 1;
    }
    None
}

/// The end of the definite words from `k` (at most four, the first without «و»): a
/// remit's genitive and adjectives («لشؤون | التغير المناخي»).
fn definite_words(ctx: &Ctx, mut k: usize) -> usize {
    let start = k;
    while k < start + 4
        && ctx.definite(k)
        && (k > start || !ctx.has_conjunction(k))
        && !ctx.has_preposition(k)
    {
        k += 1;
    }
    k
}

#[cfg(test)]
#[path = "appositives_tests.rs"]
mod tests;
