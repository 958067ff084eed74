//! Two organisations joined by «و» are two mentions: the tagger reads «بنك مصر والبنك
//! الأهلي المصري» and «أوريدو وصناعات قطر» as one name each. An organisation is cut
//! before a word with «و» that begins another one (an organisation head: «والبنك»,
//! «وشركة»; or a name the world list knows as an organisation) when what comes before is
//! an organisation on its own. «هيئة الطرق والمواصلات» and «وزارة الخارجية وشؤون
//! المغتربين» stay whole: nothing begins there; «نادي فالنسيا», «كي وورد» too.

use super::*;

/// Splits the organisations of `chosen` that run over «و» into another one. `chosen` comes
/// back sorted by start.
pub fn split_joined_orgs(ctx: &Ctx, chosen: &mut Vec<Cand>) {
    let mut extra = Vec::new();
    for c in chosen.iter_mut() {
        if c.label != Some(Label::Org) || c.end - c.start < 2 {
            continue;
        }
        let cut = (c.start + 1..c.end).find(|&k| {
            and_before(ctx, k)
                && (ctx.trig(k) == Some(Trigger::OrgHead) || world_org_at(ctx, k, c.end).is_some())
                && org_alone(ctx, c.start, k)
        });
        if let Some(k) = cut {
            extra.push(Cand::new(k, c.end, Label::Org, c.prio));
            c.end = k;
        }
    }
    if !extra.is_empty() {
        chosen.extend(extra);
        chosen.sort_by_key(|c| (c.start, c.end));
    }
}

/// Whether token `k` begins with the conjunction «و» («فالنسيا», «فيلد» are names;
/// «وزارة» is the word itself) and is no adjective joined to the one before («القوات
/// المسلحة الكويتية والقطرية»).
fn and_before(ctx: &Ctx, k: usize) -> bool {
    super::title_links::and_office(ctx, k) && !ctx.adjective(k)
}

/// Whether tokens `a..b` are an organisation on their own: a name the world list holds
/// as one, whole, or two words or more after an organisation head («بنك مصر»; not «كي»
/// of «كي وورد»).
fn org_alone(ctx: &Ctx, a: usize, b: usize) -> bool {
    world_org_at(ctx, a, b) == Some(b - a) || (b - a >= 2 && ctx.trig(a) == Some(Trigger::OrgHead))
}

/// The length of the name the world list holds mostly as an organisation that starts at
/// token `k` and ends by `end`.
fn world_org_at(ctx: &Ctx, k: usize, end: usize) -> Option<usize> {
    ctx.world_name(k, end)
        .filter(|(_, c)| c.best().is_some_and(|(ty, share)| ty == 2 && share >= 0.5))
        .map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::orgs;

    #[test]
    fn two_banks_joined_by_and_are_two_organisations() {
        let found = orgs("وتصدر بنك مصر والبنك الأهلي المصري قائمة المقرضين هذا العام.");
        assert!(found.contains(&"بنك مصر".to_owned()), "{found:?}");
        assert!(
            found.contains(&"البنك الأهلي المصري".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn forces_of_two_nations_joined_by_and_stay_one_organisation() {
        let found = orgs("وشاركت القوات المسلحة السعودية والإماراتية في التمرين.");
        assert!(found.iter().any(|o| o.ends_with("والإماراتية")), "{found:?}");
    }

    #[test]
    fn a_body_whose_name_goes_on_after_and_stays_whole() {
        let found = orgs("وأعلنت هيئة الطرق والمواصلات في دبي إغلاق الطريق.");
        assert!(found.iter().any(|o| o.ends_with("والمواصلات")), "{found:?}");
    }
}
