//! `sahifa [PATH...]` opens the reader; `sahifa <subcommand>` runs a command-line tool.

use std::process::ExitCode;

use clap::Parser;
use sahifa::cli::{Cli, Tool};
use sahifa::{AppOptions, SahifaApp, state::settings::Settings};

/// mimalloc: see Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(tool) = cli.command {
        return run_tool(tool);
    }
    if let Some(word) = cli.paths.first().and_then(|p| mistyped_command(p)) {
        let names = sahifa::cli::tool_names();
        let near = names
            .iter()
            .filter(|n| strsim::damerau_levenshtein(n, &word) <= 2)
            .map(|n| format!(" Did you mean «{n}»?"))
            .next()
            .unwrap_or_default();
        eprintln!(
            "sahifa: «{word}» is neither a command nor a file.{near}\n\
             Commands: {}. To open articles: sahifa FILE…",
            names.join(", ")
        );
        return ExitCode::from(2);
    }
    let options = AppOptions {
        paths: cli
            .paths
            .iter()
            .map(|p| sahifa::cli::article_for(p))
            .collect(),
        settings_path: Settings::default_path(),
        settings: None,
        extract: !cli.no_extract,
        bundled_fonts_only: false,
        knowledge_path: sahifa::extract::knowledge::default_path().ok(),
        library_path: cli
            .library
            .clone()
            .or_else(|| sahifa::library::Library::default_path().ok()),
    };
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sahifa")
            .with_app_id("sahifa")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([600.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Sahifa",
        native,
        Box::new(move |cc| Ok(Box::new(SahifaApp::new(cc, options)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sahifa: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The first argument read as a mistyped command: a bare word (no extension, no folder)
/// that names no file, like `sahifa lern x`.
fn mistyped_command(path: &std::path::Path) -> Option<String> {
    let word = path.to_str()?;
    let bare = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (bare && !path.exists()).then(|| word.to_owned())
}

fn run_tool(tool: Tool) -> ExitCode {
    match tool {
        Tool::Extract(args) => run_extract(&args),
        Tool::Eval(args) => sahifa::extract::cli::run_eval(&args),
        Tool::Train(args) => sahifa::extract::cli::run_train(&args),
        Tool::Bench(args) => sahifa::extract::cli::run_bench(&args),
        Tool::Learn(args) => sahifa::extract::cli::run_learn(&args),
        Tool::Export(args) => run_export(&args),
        Tool::Library(args) => sahifa::cli::library::run_library(&args),
        Tool::Manpages(args) => match sahifa::cli::write_manpages(&args.out) {
            Ok(written) => {
                for path in written {
                    println!("{}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("sahifa manpages: {}: {e}", args.out.display());
                ExitCode::FAILURE
            }
        },
        Tool::Completions(args) => {
            sahifa::cli::write_completions(args.shell, &mut std::io::stdout().lock());
            ExitCode::SUCCESS
        }
    }
}

/// `sahifa extract`: files and standard input open through the full loader (HTML, Word,
/// legacy encodings, line endings), so its offsets are those of `export` and the app.
fn run_extract(args: &sahifa::extract::cli::ExtractCliArgs) -> ExitCode {
    use sahifa::logic::io;
    use sahifa::logic::tasks::Progress;
    let open = |path: &std::path::Path| io::load_document(path, &Progress::default());
    let open_bytes =
        |bytes: &[u8]| sahifa::load::load_bytes(bytes, None).map_err(|e| e.to_string());
    let hooks = sahifa::extract::cli::ExtractHooks {
        open: &open,
        open_bytes: &open_bytes,
    };
    sahifa::extract::cli::extract::run_extract_knowing(&args.extract, &args.knowledge, &hooks)
}

/// `sahifa export`: articles open through the full loader (HTML, Word, legacy encodings);
/// an article without saved annotations is annotated as the app would: the reader's
/// retrained model and taught names if they have them, else the shipped extractor.
fn run_export(args: &sahifa::annotate::cli::ExportArgs) -> ExitCode {
    use sahifa::extract::cli::{KnowledgeArgs, reader_extractor};
    use sahifa::logic::io;
    use sahifa::logic::tasks::Progress;
    let open = |path: &std::path::Path| io::load_document(path, &Progress::default());
    let extractor = std::sync::OnceLock::new();
    let annotate = |doc: &sahifa::model::Document| {
        let ex =
            extractor.get_or_init(|| reader_extractor(&KnowledgeArgs::default(), "sahifa export"));
        match ex {
            Ok(ex) => ex.extract(doc.text.as_str()),
            Err(e) => {
                eprintln!(
                    "sahifa export: {}: extraction failed ({e}); exported without annotations",
                    doc.display_name()
                );
                sahifa::model::Annotations::default()
            }
        }
    };
    let hooks = sahifa::annotate::cli::ExportHooks {
        open: &open,
        annotate: Some(&annotate),
    };
    sahifa::annotate::cli::run_export_with(args, &hooks)
}
