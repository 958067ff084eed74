//! Datelines. A wire report's first paragraph begins with the place it was filed from and
//! the agency or paper that filed it: «مسقط - كونا:», «طرابلس - (أ ف ب):», «إسطنبول -
//! الأناضول:», «الرياض (واس) -». The place is a LOCATION and the agency an ORG. The
//! tagger learnt from ANERcorp's sentences, where 18 of 3,563 begin so and their agencies
//! are untagged or tagged as places («بترا»), and it misses the place or reads the
//! agency as one. A paper named as a place is the paper there («الرياض - الشرق
//! الأوسط:»). A byline («متابعة - صلاح عبدالغني:») or «وكالات» is no agency.

use super::*;

/// News agencies as datelines write them, folded, their words joined by a space.
const AGENCIES: &[&str] = &[
    "واس",
    "واع",
    "كونا",
    "بنا",
    "وام",
    "قنا",
    "العمانيه",
    "بترا",
    "سانا",
    "ومع",
    "واج",
    "وات",
    "سبا",
    "وفا",
    "معا",
    "قنا",
    "الاناضول",
    "رويترز",
    "شينخوا",
    "تاس",
    "نوفوستي",
    "ارنا",
    "فارس",
    "تسنيم",
    "د ب ا",
    "ا ب",
    "ا ف ب",
    "اف ب",
    "ا ش ا",
    "يو بي اي",
    // Lebanon's National News Agency as its datelines sign: «بيروت - وطنية -».
    "وطنيه",
    // The Saudi financial news service: «الرياض - «أرقام»:».
    "ارقام",
];

/// How many words a dateline's place may have («الدار البيضاء», «أبوظبي»).
const MAX_PLACE: usize = 3;

/// How many tokens a dateline's agency may have, brackets included («( أ ف ب )»).
const MAX_AGENCY: usize = 7;

/// Datelines at the start of each line: see the module documentation.
pub(super) fn datelines(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if ctx.tokens[i].line_start
            && ctx.tokens[i].kind == TokenKind::Word
            && let Some(d) = dateline(ctx, i).or_else(|| signed_at_end(ctx, i))
        {
            if known_place(ctx, i, d.place_end) {
                out.push(Cand::new(i, d.place_end, Label::Location, PRIO_ORG));
            }
            if let Some((s, e)) = d.date {
                out.push(Cand::new(s, e, Label::Date, PRIO_ORG));
            }
            out.push(Cand::new(d.agency.0, d.agency.1, Label::Org, PRIO_ORG));
        }
    }
}

/// What a dateline names: where its place ends, the day-month in figures of a KUNA
/// dateline, and the agency's tokens.
struct Dateline {
    place_end: usize,
    date: Option<(usize, usize)>,
    agency: (usize, usize),
}

/// The dateline the line starting at `i` begins with, if any.
fn dateline(ctx: &Ctx, i: usize) -> Option<Dateline> {
    // «مسقط في 7 ديسمبر»: the place ends before «في» and the filing date.
    let place_end = (i..=i + MAX_PLACE).find(|&k| {
        ctx.tok(k)
            .is_none_or(|t| t.kind != TokenKind::Word || t.norm == "في")
    })?;
    let (mut k, date) = filing_date(ctx, place_end);
    // «بورتسودان (السودان) (أ ف ب) -»: the country in brackets after the place, skipped.
    let bracket = |k: usize, c: &str| ctx.tok(k).is_some_and(|t| t.norm == c);
    if bracket(k, "(") && ctx.place_at(k + 1) == 1 && bracket(k + 2, ")") && bracket(k + 3, "(") {
        k += 3;
    }
    let sep = ctx.tok(k)?.norm.as_str();
    let dash = |t: &Token| ["-", "–", "—"].contains(&t.norm.as_str());
    // «مسقط - كونا:», «بغداد - واع» (alone on its line), «الرياض (واس) -», «برلين في 7
    // ديسمبر / وام /», «أبوظبي: «الخليج»» (a paper alone on its line).
    let (from, stop) = match sep {
        // «الجزائر - (وأج) - أجرى»: the agency between two dashes.
        "-" | "–" | "—" => (
            k + 1,
            closer(ctx, k + 1, |t| t.norm == ":" || dash(t) && !t.line_start)
                .or(line_end(ctx, k + 1))?,
        ),
        "(" => (k, closer(ctx, k, |t| dash(t) || t.norm == ":")?),
        "/" => (k + 1, closer(ctx, k + 1, |t| t.norm == "/")?),
        ":" => (k + 1, line_end(ctx, k + 1)?),
        // «رام الله 7-12-2026 وفا- استؤنفت»: a listed agency before the dash, unbracketed.
        _ if listed(ctx, k, k + 1) && ctx.tok(k + 1).is_some_and(|t| dash(t) || t.norm == ":") => {
            (k, k + 1)
        }
        _ => return None,
    };
    let (a, b) = trim_brackets(ctx, from, stop);
    if a >= b {
        return None;
    }
    let paper = quoted_paper(ctx, from, a, b) && known_place(ctx, i, place_end);
    if sep == ":" && !paper {
        return None;
    }
    // In brackets after the place a country may stand («ساو باولو (البرازيل) -»): there
    // only an agency or an organisation counts.
    (paper || is_agency(ctx, a, b, sep != "(")).then_some(Dateline {
        place_end,
        date,
        agency: (a, b),
    })
}

/// How many tokens a dateline on a line of its own may have, dates included.
const MAX_SIGNED_LINE: usize = 16;

/// «الرياض 26 جمادى الآخرة 1448 هـ الموافق 06 ديسمبر 2026 م واس»: the Saudi agency's
/// dateline, a line of its own, gives the place, the dates (which the date rules read)
/// and the agency last, with nothing between them.
fn signed_at_end(ctx: &Ctx, i: usize) -> Option<Dateline> {
    let place_end =
        (i..=i + MAX_PLACE).find(|&k| ctx.tok(k).is_none_or(|t| t.kind != TokenKind::Word))?;
    (ctx.tok(place_end)?.kind == TokenKind::Number).then_some(())?;
    let end = (place_end + 1..=place_end + MAX_SIGNED_LINE)
        .find(|&k| ctx.tok(k).is_none_or(|t| t.line_start))?;
    let agency = end - 1;
    (ctx.tokens[agency].kind == TokenKind::Word && listed(ctx, agency, end)).then_some(Dateline {
        place_end,
        date: None,
        agency: (agency, end),
    })
}

/// Whether tokens `a..b` are a listed agency ([`AGENCIES`]), word for word.
fn listed(ctx: &Ctx, a: usize, b: usize) -> bool {
    AGENCIES.contains(&joined(ctx, a, b).as_str())
}

/// Tokens `a..b` folded and joined by a space, as [`AGENCIES`] and [`PLACE_PAPERS`] are.
fn joined(ctx: &Ctx, a: usize, b: usize) -> String {
    let words: Vec<&str> = ctx.tokens[a..b].iter().map(|t| t.norm.as_str()).collect();
    words.join(" ")
}

/// The first token from `from` on (within an agency's length) that `is_closer`.
fn closer(ctx: &Ctx, from: usize, is_closer: impl Fn(&Token) -> bool) -> Option<usize> {
    (from..from + MAX_AGENCY).find(|&k| ctx.tok(k).is_some_and(&is_closer))
}

/// Where the line going on at `from` ends, when it ends within an agency's length.
fn line_end(ctx: &Ctx, from: usize) -> Option<usize> {
    (from + 1..=from + MAX_AGENCY)
        .find(|&k| ctx.tok(k).is_none_or(|t| t.line_start))
        .filter(|&k| k <= ctx.tokens.len())
}

/// A paper's name in quotation marks, alone on its line after the place: «دبي:
/// «البيان»», «الرياض - «الاقتصادية»». One or two words, the first definite, no function
/// word: a quoted statement there is a headline («طهران: «لن نتراجع»»).
fn quoted_paper(ctx: &Ctx, from: usize, a: usize, b: usize) -> bool {
    let quote = |k: usize| ["«", "»", "\"", "“", "”"].contains(&ctx.tokens[k].norm.as_str());
    a > from
        && quote(a - 1)
        && b - a <= 2
        && ctx.definite(a)
        && ctx.tokens[a..b]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !lexicon::is_function_word(&t.norm))
}

/// The date between a dateline's place and its agency, skipped: «الكويت - 7 - 12
/// (كونا)» (KUNA's day and month in figures, a DATE there though it has no year), «برلين
/// في 7 ديسمبر / وام /», «عمان 7 كانون الأول (بترا)» (the date rules read those). Returns
/// the token after it and the figures' span.
fn filing_date(ctx: &Ctx, j: usize) -> (usize, Option<(usize, usize)>) {
    let number = |k: usize, max: u32| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.norm.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
        })
    };
    let dash = |k: usize| ctx.tok(k).is_some_and(|t| t.norm == "-");
    if dash(j) && number(j + 1, 31) && dash(j + 2) && number(j + 3, 12) {
        return (j + 4, Some((j + 1, j + 4)));
    }
    // «رام الله 7-12-2026 وفا-»: day, month and year in figures, which the date rules read.
    let year = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.kind == TokenKind::Number && t.norm.len() == 4)
    };
    if number(j, 31) && dash(j + 1) && number(j + 2, 12) && dash(j + 3) && year(j + 4) {
        return (j + 5, None);
    }
    let s = j + usize::from(ctx.tok(j).is_some_and(|t| t.norm == "في"));
    if number(s, 31) && ctx.any_month(s + 1) {
        return (super::months::second_month_word(ctx, s + 2), None);
    }
    (j, None)
}

/// `a..b` without the brackets, quotes and slashes around it.
fn trim_brackets(ctx: &Ctx, mut a: usize, mut b: usize) -> (usize, usize) {
    let bracket = |k: usize| ctx.tokens[k].kind == TokenKind::Punct;
    while a < b && bracket(a) {
        a += 1;
    }
    while b > a && bracket(b - 1) {
        b -= 1;
    }
    (a, b)
}

/// Papers named as a place (folded), which a dateline names for the paper: «الرياض -
/// الشرق الأوسط:», «دبي - "الخليج":». Any other place there is a place («مصر -
/// السعودية: …» heads a story on two countries).
const PLACE_PAPERS: &[&str] = &["الشرق الاوسط", "الخليج", "الرياض", "عمان", "الاهرام"];

/// Whether tokens `a..b` (words only) name a news agency or paper: a listed agency or
/// paper, or a name the world list holds as an organisation or the tagger found as one,
/// but no person (a byline). With `papers` false (in brackets after the place, where a
/// country may stand), a paper named as a place is none.
fn is_agency(ctx: &Ctx, a: usize, b: usize, papers: bool) -> bool {
    if ctx.tokens[a..b].iter().any(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let name = joined(ctx, a, b);
    if AGENCIES.contains(&name.as_str()) || papers && PLACE_PAPERS.contains(&name.as_str()) {
        return true;
    }
    let world_org = ctx
        .world_name(a, b)
        .is_some_and(|(n, c)| n == b - a && c.best().is_some_and(|(ty, _)| ty == 2));
    let tagged = (a..b).all(|k| ctx.crf[k] == Some(Label::Org));
    world_org || tagged
}

/// Whether tokens `i..e` are a place: a country, a place the world list knows, or a
/// place the tagger found there.
fn known_place(ctx: &Ctx, i: usize, e: usize) -> bool {
    if ctx.country[i] == e - i {
        return true;
    }
    let world_place = ctx
        .world_name(i, e)
        .is_some_and(|(n, c)| n == e - i && c.best().is_some_and(|(ty, _)| ty == 1));
    world_place || (i..e).all(|k| ctx.crf[k] == Some(Label::Location))
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::mentions;

    #[test]
    fn a_datelines_place_and_agency_are_a_location_and_an_organisation() {
        let found = mentions(
            "مسقط - كونا: بحث الوزير التعاون.\nعمان - بترا: افتتح الوزير المعرض.\nطرابلس - (أ ف ب): قال المسؤول إن الوضع هادئ.",
        );
        for (label, text) in [
            ("LOCATION", "مسقط"),
            ("ORG", "كونا"),
            ("LOCATION", "عمان"),
            ("ORG", "بترا"),
            ("LOCATION", "طرابلس"),
            ("ORG", "أ ف ب"),
        ] {
            assert!(
                found.iter().any(|(l, t)| *l == label && t == text),
                "{label} «{text}» in {found:?}"
            );
        }
    }

    #[test]
    fn a_paper_named_as_a_place_is_the_paper_in_a_dateline() {
        let found = mentions("الرياض - الشرق الأوسط: عزز الفريق صدارته.");
        assert!(
            found.contains(&("ORG", "الشرق الأوسط".to_owned())),
            "{found:?}"
        );
        assert!(
            found.contains(&("LOCATION", "الرياض".to_owned())),
            "{found:?}"
        );
        // A country after the dash or in brackets after the place is none.
        let found = mentions("مصر - السعودية: اتفاق على تعزيز التعاون.");
        assert!(!found.iter().any(|(l, _)| *l == "ORG"), "{found:?}");
        let found = mentions("ساو باولو (البرازيل) - أعلنت الشركة أرباحها.");
        assert!(!found.iter().any(|(l, _)| *l == "ORG"), "{found:?}");
    }

    #[test]
    fn an_agency_after_the_filing_date_or_between_slashes_is_an_organisation() {
        let found = mentions(
            "الكويت - 12 - 3 (كونا) -- استقبل ولي العهد السفير.\nأبوظبي في 15 مارس / وام / أكد الوزير أهمية التعاون.\nعمان 3 شباط (بترا) - افتتح الوزير المعرض.",
        );
        for (label, text) in [
            ("ORG", "كونا"),
            ("DATE", "12 - 3"),
            ("ORG", "وام"),
            ("LOCATION", "أبوظبي"),
            ("ORG", "بترا"),
            ("LOCATION", "عمان"),
        ] {
            assert!(
                found.iter().any(|(l, t)| *l == label && t == text),
                "{label} «{text}» in {found:?}"
            );
        }
    }

    #[test]
    fn an_agency_between_dashes_after_a_bracketed_country_or_in_slashes() {
        let found = mentions(
            "الموصل - واع - أعلنت الوزارة افتتاح الجسر.\nوهران - (وأج) - أكد الوزير أهمية المشروع.\nطرابلس (ليبيا) (أ ف ب) - قال مسؤول إن الوضع هادئ.\nصلالة في 3 مارس /العمانية/ افتتح الوزير المعرض.",
        );
        for (label, text) in [
            ("ORG", "واع"),
            ("LOCATION", "الموصل"),
            ("ORG", "وأج"),
            ("ORG", "أ ف ب"),
            ("LOCATION", "طرابلس"),
            ("ORG", "العمانية"),
            ("LOCATION", "صلالة"),
        ] {
            assert!(
                found.iter().any(|(l, t)| *l == label && t == text),
                "{label} «{text}» in {found:?}"
            );
        }
    }

    #[test]
    fn a_dateline_alone_on_its_line_names_the_agency_or_the_quoted_paper() {
        let found = mentions(
            "دمشق - سانا\nأعلنت الوزارة خطة جديدة.\nالمنامة: «الأيام»\nافتتح الأمير المعرض.\nالقاهرة - «الأهرام»\nارتفعت الأسعار.",
        );
        for text in ["سانا", "الأيام", "الأهرام"] {
            assert!(
                found.contains(&("ORG", text.to_owned())),
                "{text} in {found:?}"
            );
        }
        // A quoted statement after a country is a headline, not a paper.
        let found = mentions("طهران: «لن نتراجع»\nقال المسؤول إن بلاده مستعدة.");
        assert!(!found.iter().any(|(l, _)| *l == "ORG"), "{found:?}");
    }

    #[test]
    fn an_agency_signing_the_dateline_after_its_dates_is_an_organisation() {
        let found = mentions(
            "جدة 12 رجب 1447 هـ الموافق 1 يناير 2026 م واس\nأعلنت الوزارة خطة جديدة.\nنابلس 3-11-2026 وفا- اقتحمت القوات البلدة.\nصيدا - وطنية - افتتح الوزير المعرض.\nجدة - «أرقام»: ارتفعت أرباح البنك.",
        );
        for (label, text) in [
            ("ORG", "واس"),
            ("LOCATION", "جدة"),
            ("ORG", "وفا"),
            ("LOCATION", "نابلس"),
            ("ORG", "وطنية"),
            ("ORG", "أرقام"),
        ] {
            assert!(
                found.iter().any(|(l, t)| *l == label && t == text),
                "{label} «{text}» in {found:?}"
            );
        }
        // A line that goes on after the agency's name is no dateline.
        let found = mentions("جدة 12 رجب قال واس إن الوزير وصل.");
        assert!(!found.contains(&("ORG", "واس".to_owned())), "{found:?}");
    }

    #[test]
    fn a_byline_or_agencies_in_general_are_no_organisation() {
        let found =
            mentions("متابعة - صلاح عبدالغني: يبدو أن العرض جيد.\nغزة - وكالات: استشهد ثلاثة.");
        assert!(!found.iter().any(|(l, _)| *l == "ORG"), "{found:?}");
    }
}
