//! Armed groups the news names by one word and that are younger than the tagger's training
//! text (ANERcorp is from the 2000s): «داعش» («عصابات داعش الإرهابية», «خلية لـداعش»,
//! «مسلحو داعش»), «بوكو حرام». Each is an ORG wherever it stands; «تنظيم داعش» keeps its
//! head by the other rules (GUIDELINES.md, ORG).

use super::*;

/// The groups' names (keys, the words in order).
const GROUPS: &[&[&str]] = &[&["داعش"], &["بوكو", "حرام"]];

/// Armed groups by their one name: see the module documentation.
pub(super) fn named_groups(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        for name in GROUPS {
            let here = name.iter().enumerate().all(|(k, w)| {
                ctx.tok(i + k).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && (t.key == *w || t.stem == *w)
                        && (k == 0 || !t.line_start)
                })
            });
            if here {
                out.push(Cand::new(i, i + name.len(), Label::Org, PRIO_CRF + 1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    #[test]
    fn an_armed_group_by_its_one_name_is_an_org() {
        for (text, name) in [
            ("وقتل ثلاثة من عناصر داعش في كمين قرب الحدود.", "داعش"),
            ("وأعلنت القوات تفكيك خلية تابعة لـداعش في الصحراء.", "داعش"),
            ("وهاجم مسلحو بوكو حرام قرية في شمال نيجيريا.", "بوكو حرام"),
            ("وتبنى تنظيم داعش الهجوم.", "تنظيم داعش"),
        ] {
            let found = orgs(text);
            assert!(found.contains(&name.to_owned()), "{name} in {found:?}");
        }
    }
}
