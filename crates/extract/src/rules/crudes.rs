//! Crude oil benchmarks are MISC, as products are: «خام [برنت]», «لخام [برنت]», «مزيج
//! [برنت]», «خام [غرب تكساس الوسيط]» («خام» and a nationality outside). «تكساس» inside the
//! American benchmark is no place of its own, and «برنت» is no person.

use super::*;

/// The benchmarks' names (keys, the words in order).
const CRUDES: &[&[&str]] = &[&["برنت"], &["غرب", "تكساس", "الوسيط"]];

/// Crude benchmarks: see the module documentation. «برنت» stands alone in oil news
/// («ارتفع برنت 2 في المئة»); the longer names only after «خام» or «مزيج».
pub(super) fn crudes(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        for name in CRUDES {
            let here = name.iter().enumerate().all(|(k, w)| {
                ctx.tok(i + k).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && (k == 0 || !t.line_start)
                        && if k == 0 {
                            t.key == *w || t.stem == *w
                        } else {
                            t.norm == *w
                        }
                })
            });
            let after_crude = i > 0
                && ctx
                    .tok(i - 1)
                    .is_some_and(|c| matches!(c.stem.as_str(), "خام" | "مزيج"));
            if here && (name.len() == 1 || after_crude) {
                out.push(Cand::new(i, i + name.len(), Label::Misc, PRIO_CRF + 5));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_crude_benchmark_is_misc() {
        for (text, name) in [
            ("وصعدت عقود خام برنت إلى 70 دولارا للبرميل.", "برنت"),
            ("وتراجع مزيج برنت بعد بيانات المخزونات.", "برنت"),
            (
                "وارتفع خام غرب تكساس الوسيط الأمريكي 1.2 في المئة.",
                "غرب تكساس الوسيط",
            ),
        ] {
            let found = texts_of(text, "MISC");
            assert!(found.contains(&name.to_owned()), "{name} in {found:?}");
        }
        // Texas alone stays a place.
        let found = texts_of("وضربت العاصفة ولاية تكساس أمس.", "LOCATION");
        assert!(found.contains(&"تكساس".to_owned()), "{found:?}");
    }
}
