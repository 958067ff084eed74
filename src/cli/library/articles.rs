//! `sahifa library articles NAME`: the articles an entity appears in, as JSON lines.
//!
//! Which entity it lists: the name is matched loosely (folded, as the find bar matches)
//! against canonical names and aliases, and as the start of a longer name; the best match
//! is taken (an exact canonical name before an alias, then the one in most articles:
//! [`sahifa_library::Library::find_entities`]'s order), and the other matches are named
//! on stderr with their type, so that `--type` can choose among them. An analyst asking
//! for «عمان» wants one entity's articles, not the union of a city and a person.

use std::process::ExitCode;

use sahifa_library::EntityRow;
use serde_json::json;

use super::shared::{
    LibraryPath, fail, mark_missing, open_existing, parse_type, print_lines, refused,
};
use crate::model::Label;

/// `sahifa library articles`.
#[derive(clap::Args, Debug)]
pub struct ArticlesArgs {
    /// The entity's name, matched loosely (harakat, alef forms, ة/ه, ى/ي, aliases).
    #[arg(value_name = "ENTITY_NAME", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub name: String,
    /// Choose among entities of the same name by type (PERSON, ORG, LOCATION, …).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub label: Option<Label>,
    #[command(flatten)]
    pub library: LibraryPath,
}

/// `sahifa library articles`.
pub(super) fn run_articles(args: &ArticlesArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library articles";
    let lib = open_existing(&args.library, command)?;
    let mut found = lib
        .find_entities(&args.name)
        .map_err(|e| refused(command, &e))?;
    if let Some(label) = args.label {
        found.retain(|e| e.label == label);
    }
    let Some((best, others)) = found.split_first() else {
        let of_type = args
            .label
            .map(|l| format!(" of type {l}"))
            .unwrap_or_default();
        return Err(fail(
            command,
            &format!("no entity{of_type} in the library matches «{}»", args.name),
        ));
    };
    if !others.is_empty() {
        eprintln!("{}", other_matches(&args.name, best, others));
    }
    let hits = lib.articles_of(best.id).map_err(|e| refused(command, &e))?;
    let lines = hits.iter().map(|h| {
        let line = json!({
            "path": h.article.path.to_string_lossy(),
            "mentions": h.mentions,
            "first": {"start": h.first.start(), "end": h.first.end()},
        });
        mark_missing(line, h.article.missing)
    });
    Ok(print_lines(command, lines))
}

/// The stderr note when a name matches several entities.
fn other_matches(name: &str, best: &EntityRow, others: &[EntityRow]) -> String {
    const SHOWN: usize = 5;
    let describe = |e: &EntityRow| {
        let noun = if e.articles == 1 {
            "article"
        } else {
            "articles"
        };
        format!("«{}» ({}, {} {noun})", e.canonical, e.label, e.articles)
    };
    let mut list: Vec<String> = others.iter().take(SHOWN).map(describe).collect();
    if others.len() > SHOWN {
        list.push(format!("{} more", others.len() - SHOWN));
    }
    format!(
        "sahifa library articles: «{name}» also matches {}; listed: {} (--type chooses)",
        list.join(", "),
        describe(best)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, canonical: &str, label: Label, articles: u32) -> EntityRow {
        EntityRow {
            id: sahifa_library::LibEntityId(id),
            canonical: canonical.to_owned(),
            label,
            aliases: Vec::new(),
            articles,
            mentions: articles,
        }
    }

    #[test]
    fn a_name_of_several_entities_names_the_others_and_how_to_choose() {
        let best = row(1, "عمان", Label::Location, 40);
        let others: Vec<EntityRow> = (2..9).map(|i| row(i, "عمان", Label::Person, 1)).collect();
        let note = other_matches("عمان", &best, &others);
        assert!(note.contains("«عمان» (PERSON, 1 article)"), "{note}");
        assert!(
            note.contains("listed: «عمان» (LOCATION, 40 articles)"),
            "{note}"
        );
        assert!(note.contains("2 more"), "{note}");
        assert!(note.contains("--type"), "{note}");
    }
}
