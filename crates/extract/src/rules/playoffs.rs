//! A football qualifying play-off named by its region: «الملحق العالمي», «الملحق
//! الآسيوي», «الملحق الأوروبي الفاصل». The tagger's office reading of «ملحق» (an
//! attaché: «الملحق العسكري») made each a TITLE; sports news means the play-off, a stage
//! of a tournament, which GUIDELINES counts an EVENT.

use super::*;

/// The regions and kinds of a play-off (stems): world, continental, deciding.
const PLAYOFF_KINDS: &[&str] = &[
    "عالمي",
    "اسيوي",
    "اوروبي",
    "افريقي",
    "قاري",
    "امريكي",
    "اوقياني",
    "فاصل",
];

/// Each «الملحق» + a region or kind, as an EVENT.
pub(super) fn playoffs(ctx: &Ctx, out: &mut Vec<Cand>) {
    for (i, t) in ctx.tokens.iter().enumerate() {
        let playoff = t.kind == TokenKind::Word
            && t.clitics.article
            && t.stem == "ملحق"
            && ctx.definite(i + 1)
            && ctx.stem_in(i + 1, PLAYOFF_KINDS);
        if playoff {
            out.push(Cand::new(i, i + 2, Label::Event, PRIO_EVENT));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::texts_of;

    #[test]
    fn a_play_off_named_by_its_region_is_an_event_not_an_attache() {
        for (text, playoff) in [
            (
                "ويستعد المنتخب لخوض الملحق العالمي المؤهل إلى كأس العالم.",
                "الملحق العالمي",
            ),
            (
                "وخسر الفريق أمام الإمارات في الملحق الآسيوي الشهر الماضي.",
                "الملحق الآسيوي",
            ),
            (
                "وتأهل المنتخب إلى الملحق الأوروبي بعد فوزه أمس.",
                "الملحق الأوروبي",
            ),
        ] {
            assert_eq!(texts_of(text, "EVENT")[0], playoff, "{text}");
            assert!(texts_of(text, "TITLE").is_empty(), "{text}");
        }
        // An attaché stays an office.
        let text = "والتقى الوزير الملحق العسكري في السفارة.";
        assert!(texts_of(text, "EVENT").is_empty(), "{text}");
    }
}
