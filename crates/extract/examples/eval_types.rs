//! Seven-type scoring (PERS, LOC, ORG, MISC, EVENT, DATE, TITLE) on a CoNLL file with
//! `# sent N` comment lines, such as `crates/extract/eval/anercorp-7types.conll`: entity
//! level, exact span and type (conlleval rules), sentence by sentence as `eval` does. A
//! person's title («وزير الخارجية» before «كولن باول») is scored as a TITLE mention.
//!
//! ```text
//! cargo run --release -p sahifa-extract --example eval_types -- \
//!     crates/extract/eval/anercorp-7types.conll [--half develop|report|all] [--errors] \
//!     [--no-currency]
//! ```
//!
//! `--no-currency` maps the gold to Sahifa's guidelines first: a currency word alone,
//! which ANERcorp tags MISC, is no entity (GUIDELINES.md).
//!
//! Halves: sentences at even positions of the file are the "develop" half (errors may be
//! read there), odd positions the "report" half (scores only).

use std::process::ExitCode;

use sahifa_extract::eval::Scores;
use sahifa_extract::{Extractor, Span, conll, rules, token};
use sahifa_model::Label;

/// A sentence of the file.
struct Sent {
    words: Vec<String>,
    tags: Vec<String>,
}

/// Sentences of a CoNLL text with `#` comment lines.
fn parse(text: &str) -> Vec<Sent> {
    let mut out = Vec::new();
    let mut cur = Sent {
        words: Vec::new(),
        tags: Vec::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with("# ") {
            continue;
        }
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sent {
                        words: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let (w, t) = line.rsplit_once(char::is_whitespace).unwrap_or((line, "O"));
        cur.words.push(w.trim().to_owned());
        cur.tags.push(t.to_owned());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// The seven-type name of a label.
fn type_of(label: Label) -> &'static str {
    match label {
        Label::Person => "PERS",
        Label::Location => "LOC",
        Label::Org => "ORG",
        Label::Misc => "MISC",
        Label::Event => "EVENT",
        Label::Date => "DATE",
        Label::Title => "TITLE",
    }
}

/// BIO tags of the words (char ranges `words`) from the mentions, titles included unless
/// they are courtesy words only («الدكتور», «السيد»).
fn predicted(chars: &[char], spans: &[Span], words: &[(usize, usize)]) -> Vec<String> {
    let mut pred = vec!["O".to_owned(); words.len()];
    // The mentions first, then the titles: a title that runs over a body or place after
    // its office («رئيس وفد نادي [الجزيرة]») stops at the mention inside it.
    let mut ranges: Vec<(usize, usize, &str)> = Vec::new();
    let mut titles = Vec::new();
    for s in spans {
        ranges.push((s.start, s.end, type_of(s.label)));
        if let Some((a, b)) = s.title {
            let text: String = chars.get(a..b).unwrap_or_default().iter().collect();
            if !rules::courtesy_only(&token::tokenize(&text)) {
                titles.push((a, b, "TITLE"));
            }
        }
    }
    ranges.extend(titles);
    for (s, e, ty) in ranges {
        let inside: Vec<usize> = (0..words.len())
            .filter(|&k| words[k].0 < e && s < words[k].1)
            .collect();
        // A title that runs over a name («سفير | [الكويت] | لدى …») is, in CoNLL, the
        // office up to the first word already tagged; a preposition before that name
        // («[السفير الأمريكي] في الأمم المتحدة», eval/README.md) and courtesy words at
        // its end («وزير الصحة الدكتور», GUIDELINES) are no part of the TITLE mention.
        let mut run: Vec<usize> = inside.into_iter().take_while(|&k| pred[k] == "O").collect();
        if ty == "TITLE" {
            while run.last().is_some_and(|&k| {
                let (a, b) = words[k];
                let w: String = chars.get(a..b).unwrap_or_default().iter().collect();
                ["في", "لدى", "إلى"].contains(&w.as_str())
                    || rules::courtesy_only(&token::tokenize(&w))
            }) {
                run.pop();
            }
        }
        for (n, k) in run.into_iter().enumerate() {
            pred[k] = format!("{}-{ty}", if n == 0 { 'B' } else { 'I' });
        }
    }
    pred
}

/// A currency word tagged alone as MISC becomes O.
fn currencies_untagged(s: &mut Sent) {
    for k in 0..s.words.len() {
        let currency = token::tokenize(&s.words[k])
            .first()
            .is_some_and(rules::is_currency);
        let alone = s.tags.get(k + 1).is_none_or(|t| !t.starts_with("I-"));
        if currency && alone && s.tags[k] == "B-MISC" {
            s.tags[k] = "O".to_owned();
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut file = None;
    let mut half = "all".to_owned();
    let mut errors = false;
    let mut no_currency = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--half" => half = args.next().ok_or("--half needs a value")?,
            "--errors" => errors = true,
            "--no-currency" => no_currency = true,
            _ => file = Some(a),
        }
    }
    let file = file
        .ok_or("usage: eval_types FILE [--half develop|report|all] [--errors] [--no-currency]")?;
    if errors && half != "develop" {
        return Err("errors are shown for the develop half only (--half develop)".into());
    }
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let ex = Extractor::shipped().map_err(|e| e.to_string())?;
    let mut scores = Scores::default();
    let mut n = 0;
    let mut sentences = parse(&text);
    if no_currency {
        sentences.iter_mut().for_each(currencies_untagged);
    }
    for (k, s) in sentences.iter().enumerate() {
        let keep = match half.as_str() {
            "develop" => k % 2 == 0,
            "report" => k % 2 == 1,
            _ => true,
        };
        if !keep {
            continue;
        }
        n += 1;
        let (mut line, mut pos) = (String::new(), 0);
        let words = conll::push_words(&s.words, &mut line, &mut pos);
        let chars: Vec<char> = line.chars().collect();
        let pred = predicted(&chars, &ex.spans(&chars), &words);
        scores.add_words(&s.tags, &pred, errors.then_some(&s.words[..]));
    }
    println!(
        "{file}: {half} half, {n} sentences{}",
        if no_currency {
            ", currencies untagged"
        } else {
            ""
        }
    );
    print!("{}", scores.report());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
