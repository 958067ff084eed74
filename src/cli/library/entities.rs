//! `sahifa library entities`: every entity of the library as a JSON line, most articles
//! first.

use std::process::ExitCode;

use sahifa_library::EntityRow;
use serde_json::{Value, json};

use super::shared::{LibraryPath, open_existing, parse_type, print_lines, refused};
use crate::model::Label;

/// `sahifa library entities`.
#[derive(clap::Args, Debug)]
pub struct EntitiesArgs {
    /// Only entities of this type (PERSON, ORG, LOCATION, EVENT, DATE, TITLE, MISC; any case).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub label: Option<Label>,
    #[command(flatten)]
    pub library: LibraryPath,
}

/// `sahifa library entities`.
pub(super) fn run_entities(args: &EntitiesArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library entities";
    let lib = open_existing(&args.library, command)?;
    let rows = lib.entities(args.label).map_err(|e| refused(command, &e))?;
    Ok(print_lines(command, rows.iter().map(entity_line)))
}

fn entity_line(e: &EntityRow) -> Value {
    json!({
        "entity": e.canonical,
        "type": e.label.as_str(),
        "articles": e.articles,
        "mentions": e.mentions,
    })
}
