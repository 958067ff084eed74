//! Clubs and national teams of the sports pages: a club the world list knows with its
//! city or nationality («الأهلي المصري», «النجم الساحلي», «الهلال السعودي»), and a
//! national team by its nickname («أسود الأطلس», «نسور قرطاج», «منتخب النشامى»).
//! A club's nationality only tells two clubs apart and stays outside the name, as the
//! world-list completion has it («[الأهلي] المصري»); a city adjective is the name's
//! («النجم الساحلي»).

use super::*;

/// National teams' nicknames (token keys: folded, without clitics or article): Morocco,
/// Tunisia, Algeria, Egypt, Jordan, Iraq, Syria, Sudan, Libya, Qatar, Senegal. A one-word
/// nickname needs its article («الفراعنة»).
const NICKNAMES: &[&[&str]] = &[
    &["اسود", "اطلس"],
    &["نسور", "قرطاج"],
    &["محاربو", "صحراء"],
    &["محاربي", "صحراء"],
    &["فراعنه"],
    &["نشامي"],
    &["اسود", "رافدين"],
    &["نسور", "قاسيون"],
    &["صقور", "جديان"],
    &["فرسان", "متوسط"],
    &["عنابي"],
    &["اسود", "تيرانجا"],
];

/// Words (stems) that put a sentence on the sports pages: a nickname such as «الفراعنة»
/// is a team only there («مقابر الفراعنة» are the pharaohs').
const SPORT_WORDS: &[&str] = &[
    "منتخب",
    "مباراه",
    "مباريات",
    "لقاء",
    "فوز",
    "فاز",
    "تعادل",
    "خساره",
    "خسر",
    "مدرب",
    "لاعب",
    "لاعبي",
    "لاعبين",
    "كاس",
    "بطوله",
    "تصفيات",
    "مونديال",
    "هدف",
    "اهداف",
    "ملعب",
    "استاد",
    "نهائيات",
    "مواجهه",
    "مواجهتي",
    "قائمه",
    "دوري",
    "تاهل",
    "ناخب",
    "جماهير",
    "دقيقه",
    "شوط",
    "ركله",
    "حارس",
    "مرمي",
    "تسديده",
    "نقطه",
    "نقاط",
    "صداره",
    "جوله",
    "منافسات",
    "هزيمه",
];

/// Clubs and national teams: see the module documentation.
pub(super) fn clubs(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        if let Some(e) = club_with_adjective(ctx, i) {
            out.push(Cand::new(i, e, Label::Org, PRIO_CRF + 5));
        } else if let Some(e) = club_of_town(ctx, i) {
            out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
        } else if let Some(e) = colour_team(ctx, i) {
            out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
        } else if club_alone(ctx, i) {
            out.push(Cand::new(i, i + 1, Label::Org, PRIO_CRF + 5));
        } else if super::titles::coach_of_club(ctx, i) {
            // «مدرب [الهلال] الإيطالي سيموني إنزاغي»: the club a coach trains, even before
            // the nationality that describes him.
            let two = ctx.known_non_person.get(i + 1).copied().unwrap_or(false)
                && ctx.known_non_person[i];
            out.push(Cand::new(
                i,
                i + 1 + usize::from(two),
                Label::Org,
                PRIO_CRF + 5,
            ));
        } else if let Some(n) = nickname_at(ctx, i) {
            // «منتخب النشامى»: the team's head before its nickname is the name's.
            let team = i > 0
                && ctx.tokens[i - 1].stem == "منتخب"
                && !ctx.tokens[i - 1].clitics.article
                && !t.line_start;
            let s = if team { i - 1 } else { i };
            out.push(Cand::new(s, i + n, Label::Org, PRIO_ORG));
        }
    }
}

/// «الأهلي المصري», «النجم الساحلي», «مولودية الجزائر», «طيران الخليج»: a definite word
/// and a nisba adjective, or an indefinite word and a definite word, that the world list
/// holds together as an organisation, not after a definite noun they would describe
/// («البنك الأهلي المصري»): the end, without a nationality.
fn club_with_adjective(ctx: &Ctx, i: usize) -> Option<usize> {
    // Cheap tests first: every token is asked. The list must hold a name of two words or
    // more here.
    if !(ctx.known_non_person[i] && ctx.known_non_person[i + 1]) {
        return None;
    }
    let t = &ctx.tokens[i];
    let n = ctx.tok(i + 1)?;
    // «مولودية الجزائر», «شبيبة القبائل»: an indefinite club name and its town.
    // Not «هامبورغ الألماني», «قطر القطري»: a nationality after an indefinite name; nor
    // a head the rules read, or a name the tagger runs on past the pair («جماعة |
    // [الإخوان المسلمين]»).
    let longer = ctx.crf[i + 1].is_some() && ctx.crf_end[i + 1] > i + 2;
    let town = !t.clitics.article
        && !longer
        && !super::is_body_head(&t.key)
        && !super::is_descriptor(&t.key)
        && n.clitics.article
        && ctx.crf[i + 1] != Some(Label::Person)
        && !ctx.nisba(i + 1)
        && !ctx.is_common(i);
    let adjective = t.clitics.article && n.clitics.article && n.norm.ends_with('ي');
    if !(town || adjective) || n.line_start {
        return None;
    }
    // «مناورات «درع الجزيرة»» is an exercise: a quoted name is the sentence's to read,
    // except on the sports pages.
    let quoted = i > 0 && (ctx.tokens[i - 1].is_punct('«') || ctx.tokens[i - 1].is_punct('"'));
    if town && quoted && !sports_sentence(ctx, i) {
        return None;
    }
    // The tagger's organisation that already runs over both words stands.
    let whole = ctx.crf[i] == Some(Label::Org) && ctx.crf_end[i] > i + 1;
    if whole || ctx.has_conjunction(i + 1) || ctx.has_preposition(i + 1) {
        return None;
    }
    let after_noun = i > 0
        && ctx.tokens[i - 1].kind == TokenKind::Word
        && (ctx.tokens[i - 1].clitics.article || ctx.trig(i - 1) == Some(Trigger::OrgHead));
    if after_noun {
        return None;
    }
    // «المجلس العسكري» is a body the list holds, not a club: a head word names none.
    if ctx.trig(i).is_some() {
        return None;
    }
    let org = |key: &str| {
        ctx.gaz
            .world
            .map
            .get(key)
            .is_some_and(|c| c.by_type[2] > 0 && c.by_type[2] >= c.by_type[1] + c.by_type[0])
    };
    if !org(&format!("{} {}", t.key, n.key)) {
        return None;
    }
    // A club's nationality tells it apart from a namesake the list holds alone («الأهلي»);
    // «التلفزيون الأردني» is no club.
    if town || !is_nationality(n, ctx.gaz) {
        Some(i + 2)
    } else {
        org(&t.key).then_some(i + 1)
    }
}

/// First words (keys) of the Maghreb's clubs named by their town on the sports pages:
/// «نهضة بركان», «مولودية وجدة», «حسنية أكادير», «شباب بلوزداد», «دفاع تطوان», «وفاق
/// سطيف», «أولمبيك آسفي», «شبيبة الساورة» is [`club_with_adjective`]'s.
const CLUB_OF_TOWN: &[&str] = &[
    "نهضه",
    "مولوديه",
    "حسنيه",
    "شبيبه",
    "شباب",
    "اولمبيك",
    "وفاق",
    "دفاع",
    "اتحاد",
    "مستقبل",
    "نجم",
];

/// A club named by [`CLUB_OF_TOWN`] and a town as the city list writes it («وجدة» is
/// Oujda, not «و» + «جدة»), or a place the tagger or the lists know, in a sentence of the
/// sports pages: the end.
fn club_of_town(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    // Cheap tests first: every token is asked.
    if t.clitics.article
        || !(6..=14).contains(&t.key.len())
        || !CLUB_OF_TOWN.contains(&t.key.as_str())
    {
        return None;
    }
    let n = ctx
        .tok(i + 1)
        .filter(|n| n.kind == TokenKind::Word && !n.line_start && !n.clitics.article)?;
    let as_written = ctx.gaz.single_names.contains(&n.norm);
    let place =
        ctx.place_at(i + 1) == 1 && !ctx.has_conjunction(i + 1) && !ctx.has_preposition(i + 1);
    let named = (as_written || place) && ctx.crf[i + 1] != Some(Label::Person);
    (named && sports_sentence(ctx, i)).then_some(i + 2)
}

/// Colours that name a Gulf national team after «الفريق»/«المنتخب» (keys): Saudi
/// Arabia's green, the Emirates' white, Kuwait's blue, Bahrain's red.
const COLOURS: &[&str] = &["اخضر", "ابيض", "ازرق", "احمر"];

/// «الفريق الأخضر», «المنتخب الأبيض» on the sports pages: the team by its colour, one
/// ORG, not the rank «الفريق» and a person «الأخضر». The end.
fn colour_team(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    // «الأزرق الكويتي»: the colour alone, with the nationality that tells it apart.
    if t.clitics.article && COLOURS.contains(&t.key.as_str()) && ctx.crf[i].is_none() {
        let n = ctx.tok(i + 1)?;
        let nationality = n.clitics.article
            && !n.line_start
            && !ctx.has_conjunction(i + 1)
            && is_nationality(n, ctx.gaz);
        let after_noun = i > 0 && ctx.tokens[i - 1].kind == TokenKind::Word;
        let described = after_noun && ctx.tokens[i - 1].clitics.article;
        return (nationality && !described && sports_sentence(ctx, i)).then_some(i + 1);
    }
    if !t.clitics.article || !matches!(t.key.as_str(), "فريق" | "منتخب") {
        return None;
    }
    let c = ctx.tok(i + 1)?;
    let colour = c.clitics.article
        && !c.line_start
        && !ctx.has_conjunction(i + 1)
        && !ctx.has_preposition(i + 1)
        && COLOURS.contains(&c.key.as_str());
    (colour && sports_sentence(ctx, i)).then_some(i + 2)
}

/// A national team's nickname at `i` in a sentence of the sports pages: its length.
fn nickname_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let first = ctx.tokens[i].key.as_str();
    // Every word is asked: the nicknames' first words are 4 to 6 letters.
    if !(8..=12).contains(&first.len()) {
        return None;
    }
    let article = ctx.tokens[i].clitics.article;
    let name = NICKNAMES.iter().find(|words| {
        words[0] == first
            && (words.len() > 1 || article)
            && words[1..].iter().enumerate().all(|(k, w)| {
                ctx.tok(i + 1 + k)
                    .is_some_and(|t| t.key == *w && !t.line_start)
            })
    })?;
    sports_sentence(ctx, i).then_some(name.len())
}

/// «عزز الهلال صدارته … بعد فوزه على ضيفه الاتحاد»: a definite word the world list holds
/// as a club (an organisation of one word: «الهلال», «الاتحاد», «الوداد»), alone, in a
/// sentence on the sports pages. Not before a definite word, which makes it another
/// name or takes it as a nationality's club («الاتحاد الأوروبي», «[الهلال] السعودي» is
/// [`club_with_adjective`]'s), nor after a definite noun or an office, whose genitive it
/// is («رئيس الاتحاد», «ملعب النادي»), unless a preposition is glued to it («النتيجة
/// للاتحاد»).
fn club_alone(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.tokens[i];
    if !t.clitics.article || ctx.known_non_person[i] && ctx.crf_end[i] > i + 1 {
        return false;
    }
    let next_definite = ctx
        .tok(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.clitics.article);
    // «للاتحاد» after «النتيجة» is no genitive: the preposition begins a phrase.
    let after_noun = i > 0
        && !t.line_start
        && !ctx.has_preposition(i)
        && (ctx.tokens[i - 1].clitics.article
            || matches!(
                ctx.trig(i - 1),
                Some(Trigger::Office | Trigger::Honorific | Trigger::OrgHead)
            ));
    if next_definite || after_noun {
        return false;
    }
    let world = &ctx.gaz.world.map;
    let counts = world
        .get(t.stem.as_str())
        .or_else(|| world.get(t.key.as_str()));
    let club = counts.is_some_and(|c| {
        c.by_type[2] > 0 && c.by_type[2] >= c.by_type[0] + c.by_type[1] + c.by_type[3]
    });
    if !club {
        return false;
    }
    // Two sports words around it: one is too weak a sign for so common a word («ولادة
    // الهلال» near «الهدف»).
    sports_words_near(ctx, i) >= 2
}

/// True when a word of [`SPORT_WORDS`] stands within 15 words of `i`.
fn sports_sentence(ctx: &Ctx, i: usize) -> bool {
    sports_words_near(ctx, i) >= 1
}

/// How many words of [`SPORT_WORDS`] stand within 15 words of `i` (counting stops at 2,
/// all the rules ask).
fn sports_words_near(ctx: &Ctx, i: usize) -> usize {
    let (s, e) = (i.saturating_sub(15), (i + 15).min(ctx.tokens.len()));
    (s..e)
        .filter(|&k| SPORT_WORDS.contains(&ctx.tokens[k].stem.as_str()))
        .take(2)
        .count()
}
