//! `sahifa library search QUERY`: loose full-text search over every article, as JSON
//! lines.

use std::process::ExitCode;

use serde_json::json;

use super::shared::{LibraryPath, fail, mark_missing, open_existing, print_lines, refused};

/// `sahifa library search`.
#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Words to find, matched as the find bar does (harakat, alef forms, tatweel, ة/ه,
    /// ى/ي and leading clitics ignored).
    #[arg(value_name = "QUERY", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub query: String,
    /// At most this many hits.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max: usize,
    #[command(flatten)]
    pub library: LibraryPath,
}

/// `sahifa library search`.
pub(super) fn run_search(args: &SearchArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library search";
    let has_word = args
        .query
        .chars()
        .any(|c| crate::model::arabic::fold_char(c).is_some_and(crate::model::words::is_word_char));
    if !has_word {
        return Err(fail(
            command,
            &format!(
                "«{}» has no letter or digit to search for (harakat, tatweel and punctuation are ignored)",
                args.query
            ),
        ));
    }
    let lib = open_existing(&args.library, command)?;
    let hits = lib
        .search(&args.query, args.max)
        .map_err(|e| refused(command, &e))?;
    let lines = hits.iter().map(|h| {
        let line = json!({
            "path": h.path.to_string_lossy(),
            "start": h.range.start(),
            "end": h.range.end(),
            "snippet": h.snippet.text,
        });
        mark_missing(line, !h.path.exists())
    });
    Ok(print_lines(command, lines))
}
