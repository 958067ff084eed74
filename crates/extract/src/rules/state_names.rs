//! A state by its formal name: «الجمهورية» or «المملكة» with its adjectives, one of
//! them a nationality («الجمهورية الإسلامية الإيرانية», «المملكة الأردنية الهاشمية»,
//! «الجمهورية الجزائرية الديمقراطية الشعبية», «المملكة المغربية», «الجمهورية
//! اللبنانية»). The country list holds few of these, and the tagger read «المملكة» as
//! the end of an organisation («الوفد المملكة»). A place (GUIDELINES, LOCATION), inside
//! an office too («رئيس [الجمهورية اللبنانية]»).

use super::*;

/// Each formal state name, as a LOCATION over the tagger's reading.
pub(super) fn state_names(ctx: &Ctx, out: &mut Vec<Cand>) {
    for (i, t) in ctx.tokens.iter().enumerate() {
        let head = t.kind == TokenKind::Word
            && t.clitics.article
            && matches!(t.stem.as_str(), "جمهوريه" | "مملكه");
        if !head {
            continue;
        }
        // The country list's own names («المملكة العربية السعودية») are its.
        if ctx.country[i] > 0 {
            continue;
        }
        let mut e = i + 1;
        let mut nation = false;
        while e < i + 4 && state_adjective(ctx, e) {
            nation |= is_nationality(&ctx.tokens[e], ctx.gaz);
            e += 1;
        }
        if nation {
            out.push(Cand::new(i, e, Label::Location, PRIO_CRF + 1));
        }
    }
}

/// An adjective of a state's name at `e`: definite, no «و» or preposition, a nisba or
/// «المتحدة» («الجمهورية العربية المتحدة»), not «الأخرى».
fn state_adjective(ctx: &Ctx, e: usize) -> bool {
    let Some(t) = ctx.tok(e) else {
        return false;
    };
    ctx.definite(e)
        && !ctx.has_conjunction(e)
        && !ctx.has_preposition(e)
        && (ctx.nisba(e) || t.stem == "متحده")
        && !matches!(t.stem.as_str(), "اخري" | "اخر")
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::texts_of;

    #[test]
    fn a_state_by_its_formal_name_is_a_place() {
        for (text, state) in [
            (
                "وزار الوفد الجمهورية الإسلامية الإيرانية الأسبوع الماضي.",
                "الجمهورية الإسلامية الإيرانية",
            ),
            (
                "وأشاد بدعم المملكة الأردنية الهاشمية للقضية.",
                "المملكة الأردنية الهاشمية",
            ),
            (
                "وتربط المملكة المغربية علاقات قوية بالاتحاد.",
                "المملكة المغربية",
            ),
            (
                "وصل فخامة الرئيس جوزيف عون رئيس الجمهورية اللبنانية إلى الدوحة.",
                "الجمهورية اللبنانية",
            ),
        ] {
            assert!(
                texts_of(text, "LOCATION").iter().any(|l| l == state),
                "{text}: {:?}",
                texts_of(text, "LOCATION")
            );
        }
        // No nationality: the republic of an office or an era stays none.
        assert!(texts_of("وقال رئيس الجمهورية إن البلاد بخير.", "LOCATION").is_empty());
        assert!(texts_of("وقامت الجمهورية الخامسة عام 1958.", "LOCATION").is_empty());
    }
}
