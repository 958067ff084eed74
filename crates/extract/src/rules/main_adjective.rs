//! «رئيس» as the adjective "main", not an office: «ركيزة رئيسة للاقتصاد», «المحركات
//! الرئيسة للنمو», «لعب دورا رئيسا», «المقر الرئيس للشركة». Modern news writes the
//! adjective «رئيسي» this short way too, and the office reading made each a TITLE.

use super::*;

/// Whether the «رئيس» at `i` agrees with the noun before it as its adjective: both
/// definite («السبب الرئيس»); feminine after an indefinite feminine noun («وجهة سياحية
/// رئيسة»); accusative after an indefinite accusative noun («سوقا رئيسا»). Never after
/// an office, rank or honorific («السيدة الرئيسة», «نائبة رئيسة الوزراء»), a name or a
/// nationality, never when a definite word follows without a preposition (the office's
/// genitive: «رئيسة الوزراء»), and never before a person.
pub(super) fn main_adjective(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.tokens[i];
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let prev = &ctx.tokens[p];
    if t.line_start || prev.kind != TokenKind::Word || t.clitics.strippable > 0 {
        return false;
    }
    let agrees = match (t.clitics.article, t.stem.as_str()) {
        (true, "رئيس" | "رئيسه") => prev.clitics.article && prev.clitics.strippable == 0,
        (false, "رئيسه") => !prev.clitics.article && prev.norm.ends_with('ه'),
        (false, "رئيسا") => {
            !prev.clitics.article && prev.norm.ends_with('ا') && !prev.norm.ends_with("وا")
        }
        _ => false,
    };
    agrees && a_common_noun(ctx, p) && !office_genitive_after(ctx, i)
}

/// The word at `p` can be the noun «رئيس» describes: no title word, name, nationality,
/// particle, pronoun or adverb («كان أيضا رئيسا لبنك», «أيامها رئيسا للوزراء»: the office).
fn a_common_noun(ctx: &Ctx, p: usize) -> bool {
    const ADVERBS: &[&str] = &["مجددا", "مؤقتا", "لاحقا", "فعلا", "اخيرا", "معا"];
    let prev = &ctx.tokens[p];
    let adverb = ADVERBS.contains(&prev.norm.as_str())
        || prev.norm.ends_with("يا")
        || lexicon::is_function_word(&prev.norm)
        || prev.norm.chars().count() < 3;
    let named = ctx.crf[p].is_some() || ctx.flags(p) & (flag::FIRST_NAME | flag::LAST_NAME) != 0;
    !adverb
        && super::title_starts::rank_or_trigger(ctx, p).is_none()
        && (!named || ctx.is_common(p))
        && !super::alone::is_nationality(prev, ctx.gaz)
}

/// What follows `i` makes it an office: a definite word with no preposition (its
/// genitive, «رئيسة الوزراء»), or a person.
fn office_genitive_after(ctx: &Ctx, i: usize) -> bool {
    let Some(next) = ctx.tok(i + 1) else {
        return false;
    };
    next.kind == TokenKind::Word
        && !next.line_start
        && ((next.clitics.article && !ctx.has_preposition(i + 1))
            || ctx.crf[i + 1] == Some(Label::Person))
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::texts_of;

    #[test]
    fn main_as_an_adjective_is_no_title() {
        for s in [
            "وتعد الزراعة ركيزة رئيسة للاقتصاد الوطني في البلاد.",
            "وشكلت السياحة أحد المحركات الرئيسة للنمو هذا العام.",
            "ولعبت الشركة دورا رئيسا في تطوير الميناء.",
            "وانتقل المقر الرئيس للشركة إلى دبي.",
            "وأصبحت المدينة وجهة سياحية رئيسة في المنطقة.",
        ] {
            assert_eq!(texts_of(s, "TITLE"), Vec::<String>::new(), "{s}");
        }
    }

    #[test]
    fn the_office_after_a_noun_stays_a_title() {
        for (s, want) in [
            (
                "وقالت نائبة رئيسة الوزراء إن الحكومة مستعدة.",
                "رئيسة الوزراء",
            ),
            (
                "وبعد انتخابه رئيسا للبرلمان قال إنه سيعمل.",
                "رئيسا للبرلمان",
            ),
            ("والتقى الوفد رئيسة الوزراء أمس.", "رئيسة الوزراء"),
        ] {
            let found = texts_of(s, "TITLE");
            assert!(found.iter().any(|t| t.ends_with(want)), "{s}: {found:?}");
        }
    }
}
