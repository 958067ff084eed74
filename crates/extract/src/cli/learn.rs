//! `learn`: teach the personal knowledge store from annotated files, list it, forget names,
//! reset it; and the `--knowledge PATH` / `--no-knowledge` options of `extract`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::Extractor;
use crate::knowledge::{self, KnowledgeError, KnowledgeStore};

/// Arguments of `learn`.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct LearnArgs {
    /// Files to learn from: sidecars (`*.sahifa.json`: confirmed, manual and rejected
    /// mentions), brat `.ann` (with the `.txt` beside it), JSONL lines
    /// `{"text": …, "spans": [{"start", "end", "label"}]}`.
    pub files: Vec<PathBuf>,
    /// Print what was taught (`LABEL<TAB>lessons<TAB>name`) and rejected
    /// (`rejected<TAB>LABEL|any<TAB>text`).
    #[arg(long)]
    pub list: bool,
    /// Forget a name (taught or rejected); may be repeated.
    #[arg(long, value_name = "NAME")]
    pub forget: Vec<String>,
    /// Empty the store without asking; the old file is kept as a `.bak`.
    #[arg(long)]
    pub reset: bool,
    /// The store to use instead of the one in the user's data folder.
    #[arg(long, value_name = "PATH")]
    pub knowledge: Option<PathBuf>,
}

/// Which knowledge store `extract` uses.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct KnowledgeArgs {
    /// The knowledge store to use instead of the one in the user's data folder.
    #[arg(long, value_name = "PATH", conflicts_with = "no_knowledge")]
    pub knowledge: Option<PathBuf>,
    /// Extract without the names taught with `learn` or in the app.
    #[arg(long)]
    pub no_knowledge: bool,
}

/// `extract` with its knowledge options (what `sahifa-ner extract` parses).
#[derive(Clone, Debug, clap::Args)]
pub struct ExtractCliArgs {
    /// Input and output.
    #[command(flatten)]
    pub extract: super::ExtractArgs,
    /// The knowledge store.
    #[command(flatten)]
    pub knowledge: KnowledgeArgs,
}

/// Runs `extract` on plain UTF-8 text with the chosen knowledge store.
pub fn run_extract_cli(args: &ExtractCliArgs) -> ExitCode {
    super::extract::run_extract_knowing(
        &args.extract,
        &args.knowledge,
        &super::ExtractHooks::default(),
    )
}

/// The extractor the reader's own commands use: with `--no-knowledge` the shipped one;
/// otherwise their retrained model (the `model` folder beside the store, as the app keeps
/// it) if there is one, with their knowledge store. A model that cannot be loaded is
/// said on stderr and the shipped one is used.
pub fn reader_extractor(
    args: &KnowledgeArgs,
    command: &str,
) -> Result<Extractor, crate::ExtractError> {
    if args.no_knowledge {
        return Extractor::shipped();
    }
    let store = args
        .knowledge
        .clone()
        .or_else(|| knowledge::default_path().ok());
    let model_dir = store.as_deref().map(|p| p.with_file_name("model"));
    let ex = match model_dir {
        Some(dir) => crate::retrain::user_or_shipped(&dir).or_else(|e| {
            eprintln!(
                "{command}: the retrained model in {} could not be loaded ({e}); using the shipped model",
                dir.display()
            );
            Extractor::shipped()
        })?,
        None => Extractor::shipped()?,
    };
    use_knowledge(&ex, args, command);
    Ok(ex)
}

/// Installs the store `args` chooses into `ex` (read-only: a damaged or newer store is
/// reported on stderr and extraction goes on without it). A missing store is empty.
pub fn use_knowledge(ex: &Extractor, args: &KnowledgeArgs, command: &str) {
    if args.no_knowledge {
        return;
    }
    let path = match &args.knowledge {
        Some(p) => p.clone(),
        None => match knowledge::default_path() {
            Ok(p) => p,
            Err(_) => return,
        },
    };
    match KnowledgeStore::load(&path) {
        Ok(store) => {
            ex.set_knowledge(&store);
        }
        Err(e) => eprintln!("{command}: {e}; extracting without it"),
    }
}

fn open(args: &LearnArgs) -> Result<KnowledgeStore, KnowledgeError> {
    let store = match &args.knowledge {
        Some(p) => KnowledgeStore::open(p)?,
        None => KnowledgeStore::open_default()?,
    };
    if let Some(r) = store.recovered() {
        eprintln!("sahifa learn: {r}");
    }
    Ok(store)
}

/// Runs `learn`.
pub fn run_learn(args: &LearnArgs) -> ExitCode {
    match learn(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("sahifa learn: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `Ok(false)` when some file could not be learnt from (each reported).
fn learn(args: &LearnArgs) -> Result<bool, KnowledgeError> {
    let mut store = open(args)?;
    if args.reset {
        match store.reset()? {
            Some(bak) => eprintln!("emptied; the old store is kept as {}", bak.display()),
            None => eprintln!("emptied (there was no store yet)"),
        }
    }
    for name in &args.forget {
        let n = store.forget(name);
        eprintln!(
            "«{name}»: {n} entr{} forgotten",
            if n == 1 { "y" } else { "ies" }
        );
    }
    let mut failed = 0usize;
    for f in &args.files {
        match knowledge::lesson_from_file(f) {
            Ok(lesson) => {
                for w in lesson.warnings.iter().take(5) {
                    eprintln!("{}: skipped {w}", f.display());
                }
                let done = store.learn(&lesson);
                eprintln!(
                    "{}: {} names taught, {} strings rejected",
                    f.display(),
                    done.taught,
                    done.rejected
                );
            }
            Err(e) => {
                eprintln!("sahifa learn: {e}");
                failed += 1;
            }
        }
    }
    if store.is_dirty() {
        store.save()?;
    }
    if failed > 0 {
        eprintln!(
            "sahifa learn: {failed} of {} files not learnt from (see above); what the others teach is saved",
            args.files.len()
        );
    }
    if args.list {
        print_list(&store);
    } else {
        eprintln!(
            "{}: {} names, {} rejected strings",
            store.path().display(),
            store.taught().count(),
            store.rejected().count()
        );
    }
    Ok(failed == 0)
}

fn print_list(store: &KnowledgeStore) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for t in store.taught() {
        let _ = writeln!(out, "{}\t{}\t{}", t.label, t.count, t.text);
    }
    for r in store.rejected() {
        let label = r.label.map_or("any", |l| l.as_str());
        let _ = writeln!(out, "rejected\t{label}\t{}", r.text);
    }
}
