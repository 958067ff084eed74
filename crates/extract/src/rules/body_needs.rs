//! What a body's head needs after it to name an organisation (`Needs`), and the
//! complement that meets it: a place, a name, a trade, a nationality, «العامة», a ranking
//! adjective, a remit (`complement`).

use super::bodies::body_at;
use super::*;

/// What must follow a head for it to name an organisation.
#[derive(Clone, Copy)]
pub(super) enum Needs {
    /// A place or a word that may be a proper name («بورصة قطر», «مؤسسة قطر»).
    PlaceOrName,
    /// A place only, for heads that are common words («جهاز قطر للاستثمار», «غرفة قطر»,
    /// «فرقة قطر المسرحية», «متاحف قطر»).
    Place,
    /// What a chamber is of, then its place («غرفة تجارة وصناعة الكويت», «غرفة قطر»).
    TradeThenPlace,
    /// A place, then «المالي» («سوق دبي المالي»).
    PlaceThenFinancial,
    /// One of these stems, definite («الخطوط الجوية», «الهلال الأحمر», «الديوان الأميري»).
    Word(&'static [&'static str]),
    /// A place, or a nationality adjective («منتخب قطر», «المنتخب القطري»).
    PlaceOrNationality,
    /// «العامة», then what the body is for after «لل», which it must have («الإدارة
    /// العامة للجمارك», «المؤسسة العامة القطرية للكهرباء والماء»; not «الإدارة العامة»).
    GeneralThenPurpose,
    /// A nationality or «الدولي»/«العالمي» («الاتحاد القطري لكرة القدم», «الاتحاد
    /// الدولي لكرة القدم»).
    NationalityOrWorld,
    /// A definite noun and its adjective («متحف الفن الإسلامي»).
    NounThenAdjective,
    /// A nationality, then what the company is for, which it must have («الشركة القطرية
    /// لإدارة الموانئ», «الشركة العربية للاستثمار»; not «الشركة القطرية» alone).
    NationalityThenPurpose,
    /// After a definite head, a ranking adjective and more: another adjective or what the
    /// body is for («المجلس الأعلى للقضاء», «المحكمة الإدارية العليا»; not «اللجنة
    /// الوطنية» alone): [`super::councils::ranked`].
    Ranked,
    /// What a department does («إدارة مكافحة الجرائم», «إدارة المرور»):
    /// [`super::councils::remit`].
    Remit,
}

/// «العام», «العامة» after a body's name («مستشفى حمد العام»).
pub(super) const GENERAL: &[&str] = &["عام", "عامه"];

/// Adjectives of the world that name a federation as a nationality does.
const WORLD: &[&str] = &["دولي", "عالمي"];

/// What a chamber is of («غرفة تجارة وصناعة …»).
const TRADES: &[&str] = &["تجاره", "صناعه", "زراعه"];

/// The end of the complement `needs` at token `j`.
pub(super) fn complement(ctx: &Ctx, j: usize, needs: Needs) -> Option<usize> {
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) || lexicon::is_function_word(&t.norm) {
        return None;
    }
    // «سفارة دولة قطر»: «دولة» before a place belongs to it.
    let state =
        usize::from(t.stem == "دوله" && !t.clitics.article && ctx.country.get(j + 1) > Some(&0));
    let place = match ctx.place_at(j + state) {
        0 => 0,
        n => n + state,
    };
    match needs {
        Needs::PlaceOrName => {
            // «جمعية الهلال الأحمر القطري»: a body of its own after the head is its name.
            if let Some(e) = body_at(ctx, j) {
                return Some(e);
            }
            // «مجموعة بنك قطر الوطني»: the tagger's organisation after the head is whole.
            let starts_here = j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j];
            if ctx.crf[j] == Some(Label::Org) && starts_here {
                return Some(ctx.crf_end[j].min(j + 5));
            }
            // «مستشفى جامعيا»: an accusative adjective is no name.
            let name = ctx.crf[j].is_some() || (ctx.proper_like(j) && !t.norm.ends_with("يا"));
            (place > 0 || name).then(|| j + place.max(1))
        }
        Needs::Place => (place > 0).then_some(j + place),
        Needs::TradeThenPlace => {
            let trade = |k: usize| {
                ctx.tok(k)
                    .is_some_and(|x| TRADES.contains(&x.stem.as_str()))
            };
            let mut k = j;
            while trade(k) && (k == j || ctx.has_conjunction(k)) && !ctx.tokens[k].clitics.article {
                k += 1;
            }
            let place = if k == j { place } else { ctx.place_at(k) };
            (place > 0 && !ctx.has_preposition(k)).then_some(k + place)
        }
        Needs::PlaceThenFinancial => {
            let e = j + place;
            let financial = ctx
                .tok(e)
                .is_some_and(|x| x.clitics.article && matches!(x.stem.as_str(), "مالي" | "ماليه"));
            (place > 0 && financial).then_some(e + 1)
        }
        Needs::Word(w) => (t.clitics.article && w.contains(&t.stem.as_str())).then_some(j + 1),
        Needs::PlaceOrNationality => {
            let nationality = t.clitics.article && super::is_nationality(t, ctx.gaz);
            (place > 0 || nationality).then(|| j + place.max(1))
        }
        Needs::GeneralThenPurpose => {
            (t.clitics.article && GENERAL.contains(&t.stem.as_str())).then_some(j + 1)
        }
        Needs::NationalityThenPurpose => {
            (t.clitics.article && super::is_nationality(t, ctx.gaz)).then_some(j + 1)
        }
        Needs::NationalityOrWorld => {
            let world = WORLD.contains(&t.stem.as_str());
            let nationality = super::is_nationality(t, ctx.gaz);
            (t.clitics.article && (world || nationality)).then_some(j + 1)
        }
        Needs::Ranked => super::councils::ranked(ctx, j),
        Needs::Remit => super::councils::remit(ctx, j),
        Needs::NounThenAdjective => {
            // «مؤسسة الرعاية الصحية»: a noun in -ية looks like an adjective; before one it
            // is the noun.
            let noun_in_iya = t.norm.ends_with("يه") && !super::is_nationality(t, ctx.gaz);
            let noun = t.clitics.article && (!ctx.nisba(j) || noun_in_iya && ctx.nisba(j + 1));
            let adjective = ctx.nisba(j + 1) && !ctx.has_conjunction(j + 1);
            (noun && adjective).then_some(j + 2)
        }
    }
}
