//! People after titles and ranks, and standalone offices.

pub use super::title_starts::courtesy_only;
use super::title_starts::title_at;
use super::titles::{
    ADDRESS, STANDALONE, TitleScan, general_office, office_alone, spoken_for_body, standalone_title,
};
use super::*;

#[path = "people_names.rs"]
mod names;
use names::{Strength, name_after};

/// Name connectors inside a person's name.
pub(super) fn is_connector(stem: &str, norm: &str) -> bool {
    matches!(
        norm,
        "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "عبد" | "ال" | "ولد" | "اب" | "ام"
    ) || matches!(stem, "بن")
}

/// People introduced by a title («اللواء الركن بحري سيف الهملان»), and standalone titles
/// and offices («رئيس الأركان القطري»). Two passes: family names of people found in the
/// first support names after ambiguous titles in the second («والفريق المناعي»).
pub(super) fn people_and_titles(ctx: &Ctx, out: &mut Vec<Cand>) {
    let mut titles = Titles(Vec::new());
    titles.0.resize_with(ctx.tokens.len(), || None);
    let first = people_pass(ctx, &HashSet::new(), &mut titles);
    let mut family = HashSet::new();
    for c in &first {
        if c.label == Some(Label::Person) && c.end - c.start >= 2 {
            family.insert(ctx.tokens[c.end - 1].stem.clone());
        }
    }
    if family.is_empty() {
        out.extend(first);
    } else {
        out.extend(people_pass(ctx, &family, &mut titles));
    }
    nationality_before_person(ctx, out);
}

/// «المدرب الأرجنتيني هيرنان كريسبو»: where the tagger's person starts with a nationality
/// adjective, the person is the name after it (GUIDELINES.md: nationalities are no part of
/// a name).
fn nationality_before_person(ctx: &Ctx, out: &mut Vec<Cand>) {
    for s in 0..ctx.tokens.len() {
        let starts =
            ctx.crf[s] == Some(Label::Person) && (s == 0 || ctx.crf_end[s - 1] != ctx.crf_end[s]);
        let t = &ctx.tokens[s];
        if starts
            && ctx.crf_end[s] >= s + 3
            && t.clitics.article
            && !ctx.has_conjunction(s)
            && super::is_nationality(t, ctx.gaz)
        {
            out.push(Cand::new(
                s + 1,
                ctx.crf_end[s],
                Label::Person,
                PRIO_PERSON_TITLE,
            ));
        }
    }
}

fn people_pass(ctx: &Ctx, family: &HashSet<String>, titles: &mut Titles) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        match titles.at(ctx, i) {
            Some(scan) => i = person_or_title(ctx, scan, family, &mut out),
            None => i += 1,
        }
    }
    out
}

/// The title read at each token ([`title_at`], run to its end), once for both passes:
/// the second («والفريق المناعي» after «الفريق ركن حمد المناعي») asks nearly every token
/// the first asked, and the family names it knows change no title.
struct Titles(Vec<Option<Option<TitleScan>>>);

impl Titles {
    fn at(&mut self, ctx: &Ctx, i: usize) -> Option<&TitleScan> {
        let slot = self.0.get_mut(i)?;
        slot.get_or_insert_with(|| {
            title_at(ctx, i).map(|mut scan| {
                scan.run(ctx);
                scan
            })
        })
        .as_ref()
    }
}

/// After the title `scan`: the person it introduces, or else a standalone TITLE, pushed
/// to `out`; returns where to look for the next title.
fn person_or_title(
    ctx: &Ctx,
    scan: &TitleScan,
    family: &HashSet<String>,
    out: &mut Vec<Cand>,
) -> usize {
    let (i, j) = (scan.start, scan.end);
    // «المتحدث باسم | [الخارجية الإيرانية]»: the body he speaks for, which the tagger
    // may leave out, is an organisation.
    if ctx.tokens[j - 1].norm == "باسم"
        && ctx.crf[j].is_none()
        && let Some(e) = spoken_for_body(ctx, j)
    {
        out.push(Cand::new(j, e, Label::Org, PRIO_CRF + 1));
    }
    // «صاحب السمو الشيخ»: the honorific phrase starts at «صاحب».
    let title_start = if i > 0 && ctx.tokens[i - 1].stem == "صاحب" {
        i - 1
    } else {
        i
    };
    // An indefinite office or royal title is in construct state: what follows is the
    // office's domain («ملك أراجون», «كاردينال لشبونة»), a name only with support.
    let last = &ctx.tokens[j - 1];
    let construct = !last.clitics.article && STANDALONE.contains(&last.base());
    let strength = if scan.strong && !construct {
        Strength::Strong
    } else if ctx.nisba(j - 1) && last.clitics.article {
        Strength::Nation
    } else {
        Strength::Weak
    };
    // «عُيّن X مديرا فنيا»: an office in the accusative follows its holder.
    let accusative = super::titles::ACCUSATIVE_OFFICES.contains(&ctx.tokens[i].norm.as_str());
    // «مدرب [الهلال] البرتغالي»: the club after a coach is no name.
    let club = super::titles::coach_of_club(ctx, j);
    let mut name_end = if accusative || club {
        j
    } else {
        name_after(ctx, j, strength, scan.rank, family)
    };
    // The CRF's person runs on past the words the lists know («فرانك فالتر
    // شتاينماير», «زين الدين زيدان»): the name is the whole of it.
    if name_end > j && ctx.crf[name_end - 1] == Some(Label::Person) {
        name_end = name_end.max(ctx.crf_end[name_end - 1]);
        // … but not over an office it ran into («… بن محمد | أمير منطقة جازان»).
        if let Some(k) = (j + 1..name_end).find(|&k| names::office_before_realm(ctx, k)) {
            name_end = k;
        }
    }
    // «الأمير فيصل بن بندر | الوفد», «الشيخة حسينة | الحكومة»: a word common in Arabic
    // at large that neither a name list nor the tagger holds as a name ends the name.
    while name_end > j + 1 && names::common_word_after_name(ctx, name_end - 1) {
        name_end -= 1;
    }
    // «البابا ليو الرابع عشر | قداسا», «الملك تشارلز الثالث»: a regnal number ends the
    // name, unless a name link follows («عبد الله الثاني بن الحسين»).
    if name_end > j
        && let Some(k) = (j + 1..=name_end.min(j + 4)).find(|&k| regnal(ctx, k).is_some())
        && let Some(e) = regnal(ctx, k)
        && !ctx
            .tok(e)
            .is_some_and(|n| n.kind == TokenKind::Word && is_connector(&n.stem, &n.norm))
    {
        name_end = e;
    }
    // «برئاسة جورج بوش»: «رئاسة» ("the presidency of") introduces a name but is no title.
    let presidency = ctx.tokens[i].base() == "رئاسه";
    if name_end > j && presidency {
        out.push(Cand::new(j, name_end, Label::Person, PRIO_PERSON_TITLE));
        return name_end;
    }
    if presidency {
        return j.max(i + 1);
    }
    if name_end > j {
        // «النائب العام الدكتور عيسى»: the office is the title; a courtesy word after it
        // is no part of it.
        // «فضيلة الإمام الأكبر الدكتور أحمد الطيب»: so is one after a cleric's title.
        let mut title_end = j;
        while title_end > i + 1
            && ctx.is_word(title_end - 1)
            && courtesy_only(&ctx.tokens[title_end - 1..title_end])
            && !courtesy_only(&ctx.tokens[title_start..title_end - 1])
        {
            title_end -= 1;
        }
        // The courtesy word left out is no mention of its own either («مدير عام الشركة
        // المهندس سعد»: the tagger reads «المهندس» as an organisation).
        if title_end < j {
            out.push(Cand::blocker(title_end, j, PRIO_CRF + 1));
        }
        out.push(Cand {
            start: j,
            end: name_end,
            label: Some(Label::Person),
            prio: if scan.government {
                PRIO_ORG + 1
            } else {
                PRIO_PERSON_TITLE
            },
            title: Some((title_start, title_end)),
            alias_of: None,
        });
        office_alone(ctx, scan, title_start, title_end, out);
        name_end
    } else if standalone_title(ctx, i, j, scan.office_words) {
        office_alone(ctx, scan, title_start, j, out);
        // A title over a department the tagger named in part wins over that part.
        // «بابا [الفاتيكان]», «ملك [الأردن]»: a royal or the pope's title before his
        // realm, where the tagger reads a person.
        let realm = j == i + 1 && ctx.place_at(j) > 0 && ctx.crf[i] == Some(Label::Person);
        // «معالي الوزير», «سعادة السفير»: an honorific of address with an office, which
        // the tagger may read as a given name («معالي»).
        let addressed = scan.office_words > 0 && ADDRESS.contains(&ctx.tokens[title_start].base());
        let prio = if scan.government {
            PRIO_ORG + 1
        } else if scan.governed || realm || addressed {
            PRIO_CRF + 1
        } else {
            PRIO_TITLE
        };
        out.push(Cand::new(title_start, j, Label::Title, prio));
        if club {
            person_after_club(ctx, j, family, out);
        } else if let Some(e) = served_body_end(ctx, j) {
            person_after_body(ctx, e, family, out);
        }
        j
    } else {
        j.max(i + 1)
    }
}

/// Ordinals of a king's, queen's or pope's number («الثاني», «الرابع عشر»,
/// «الثانية»).
const REGNAL: &[&str] = &[
    "ثاني",
    "ثالث",
    "رابع",
    "خامس",
    "سادس",
    "سابع",
    "ثامن",
    "تاسع",
    "عاشر",
    "حادي",
    "ثانيه",
    "ثالثه",
];

/// A definite regnal ordinal at `k`, with «عشر» after it: its end.
fn regnal(ctx: &Ctx, k: usize) -> Option<usize> {
    (ctx.definite(k) && ctx.stem_in(k, REGNAL) && !ctx.has_conjunction(k)).then_some(())?;
    let teen = ctx.tok(k + 1).is_some_and(|t| t.norm == "عشر");
    Some(k + 1 + usize::from(teen))
}

/// «مدرب [مولودية الجزائر] خير الدين مضوي»: the coach's name after the club (at `j`)
/// he coaches, supported as after an office.
fn person_after_club(ctx: &Ctx, j: usize, family: &HashSet<String>, out: &mut Vec<Cand>) {
    let mut e = j + 1;
    while e < j + 4 && ctx.known_non_person[e] && ctx.known_non_person[j] {
        e += 1;
    }
    let end = name_after(ctx, e, Strength::Weak, false, family);
    if end > e {
        out.push(Cand::new(e, end, Label::Person, PRIO_PERSON_TITLE));
    }
}

/// «الأمين العام [لأوبك] هيثم الغيص»: the end of the body the tagger read right after
/// the office at `j`, behind its preposition «ل».
fn served_body_end(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    (super::served_bodies::behind_li(t) && ctx.crf[j] == Some(Label::Org) && ctx.crf_end[j] > j)
        .then(|| ctx.crf_end[j])
}

/// «الرئيس التنفيذي [لأرامكو] أمين الناصر»: the holder's name after the body his office
/// serves (from `e`), supported as after an office. Not a word with «و» («ونجمه
/// السابق»: another man) nor a definite one («هو المعماري | الشهير»): a given name
/// begins the name.
fn person_after_body(ctx: &Ctx, e: usize, family: &HashSet<String>, out: &mut Vec<Cand>) {
    if let Some(end) = holder_named(ctx, e, family) {
        out.push(Cand::new(e, end, Label::Person, PRIO_PERSON_TITLE));
    }
}

/// The end of the holder's name at `e`, after the body his office serves, as
/// [`person_after_body`] reads it; for a body the rules named ([`super::holders`]).
pub(super) fn holder_after_body(ctx: &Ctx, e: usize) -> Option<usize> {
    holder_named(ctx, e, &HashSet::new())
}

fn holder_named(ctx: &Ctx, e: usize, family: &HashSet<String>) -> Option<usize> {
    if ctx.has_conjunction(e) && !ctx.own_first_letter(e) || ctx.definite(e) {
        return None;
    }
    Some(name_after(ctx, e, Strength::Weak, false, family)).filter(|&end| end > e)
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "people_news_tests.rs"]
mod news_tests;
