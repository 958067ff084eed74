//! sahifa-annotate: everything about annotations that is not UI — the sidecar file, edits
//! with exact undo, merging a fresh extraction with the user's decisions, exports and
//! imports, and the headless `export` command.
//!
//! # API for the app
//!
//! **Open an article's annotations**
//! - [`sidecar_path_for`]`(article) -> PathBuf` — `ARTICLE.sahifa.json` beside it.
//! - [`load_sidecar`]`(path, &Document) -> Result<LoadedAnnotations, SidecarError>` —
//!   [`LoadedAnnotations`] holds `annotations`, `unplaced` mentions (text changed; list
//!   them, never drop them) and `warnings` (show them; [`LoadedAnnotations::messages`]`(max)`
//!   gives both as sentences, capped with «… and N more» — a damaged file can hold
//!   hundreds of thousands). Every [`SidecarError`] has a
//!   message for the user and leaves the file untouched; after one, do not autosave over
//!   the file without asking. [`load_sidecar_anyway`] answers «Open anyway» to
//!   [`SidecarError::DifferentDocument`].
//! - [`sidecar::schema`] documents the file format (version [`SCHEMA_VERSION`]).
//!
//! **Save** (Ctrl+S and autosave)
//! - [`save_sidecar`]`(path, &Document, &Annotations) -> Result<(), SaveError>` — temp file,
//!   fsync, previous version to `NAME.bak`, atomic rename; a failure leaves the old file
//!   intact and the [`SaveError`] says what failed.
//! - [`save_sidecar_keeping`]`(…, &[UnplacedMention])` keeps unplaced mentions in the file.
//! - [`SaveError::ReadOnly`]` { path, folder }`: the sidecar (or its folder) is read-only —
//!   judged from the permission bits too, so even root does not write it. Nothing was
//!   written; offer «Save As» (e.g. [`export::write_export`] or a sidecar elsewhere).
//! - «Save and replace» (after a [`SidecarError`] on open): [`save_sidecar_replacing`]
//!   copies the unusable file aside (`NAME.unreadable`, returned) and writes — also over a
//!   sidecar of a newer schema, which the other save functions refuse
//!   ([`SaveError::NewerVersionOnDisk`]).
//!
//! **Edit, undo, redo** ([`edit`])
//! - [`add_mention`]`(&DocText, &Annotations, selection, Label) -> Option<Edit>` — keys 1–7:
//!   snaps to whole words (clitic rule in [`leading_clitic`], the model's), joins a matching entity.
//! - [`Edit`] values: `AddMention`, `AttachMention`, `SetLabel`, `Confirm`, `Reject`,
//!   `Delete`, `MergeEntities`, `SplitMention`, `Rename`, `SetTitle`, `SetNote`, `Patch`.
//!   `edit.apply(&mut annotations) -> Result<Edit, EditError>` returns the inverse; keep
//!   inverses on the undo stack, and what applying an inverse returns on the redo stack.
//!   [`Edit::description`] names the step for the menu; [`Edit::is_noop`] tells an inverse
//!   that undoes nothing (skip it).
//! - [`mentions_at`]`(&Annotations, offset)` — the mentions a click hits.
//! - [`snap_to_words`], [`normalise_name`], [`matching_entity`].
//!
//! **Re-extraction**
//! - [`merge_extraction`]`(saved, fresh) -> Annotations` — user decisions win.
//!
//! **Export / import** ([`export`])
//! - [`export::to_brat`], [`export::to_conll`], [`export::to_jsonl_line`],
//!   [`export::to_w3c`] (strings); [`export::write_export`]`(format, &Document,
//!   &Annotations, out)` writes files atomically (brat: `out` is the `.ann`, the `.txt`
//!   goes beside it; an existing `.txt` holding other text is refused with
//!   [`SaveError::Exists`]). [`export::import_brat`] / [`export::import_brat_file`]; the
//!   project's own file is imported with [`load_sidecar`] (any path).
//!
//! **Bytes in, no file system** (fuzzing): [`sidecar::parse_sidecar`]`(path, bytes)` then
//! [`sidecar::annotations_from_file`]`(path, &Document, file)`; [`export::import_brat`]
//! `(&DocText, &str)`. `path` only names the file in errors.
//!
//! **Headless**
//! - [`cli::ExportArgs`] (clap `Args`) and [`cli::run_export`]`(&ExportArgs) -> ExitCode`.
//!   Every output path is decided and checked before anything is written: never an input,
//!   a sidecar or another output; an existing brat file only with `--overwrite`.
//!   [`cli::run_export_with`]`(&ExportArgs, &ExportHooks)` lets the root binary open
//!   articles with sahifa-load and run the extractor on articles without a sidecar. Also
//!   the `sahifa-annotate export …` binary.
//!
//! # Example: mark, undo, redo
//! ```
//! use sahifa_annotate::{add_mention, Edit};
//! use sahifa_model::{Annotations, Document, Label};
//!
//! let doc = Document::from_plain_text("عقد اللقاء في الدوحة وبالدوحة أيضا");
//! let mut ann = Annotations::default();
//! let (mut undo, mut redo): (Vec<Edit>, Vec<Edit>) = (Vec::new(), Vec::new());
//!
//! // The user selects «دوحة» (cut short) and presses 3 (LOCATION): the mark snaps to «الدوحة».
//! let selection = doc.text.range(16, 20).unwrap();
//! let edit = add_mention(&doc.text, &ann, selection, Label::Location).unwrap();
//! undo.push(edit.apply(&mut ann).unwrap());
//! assert_eq!(doc.text.slice(ann.mentions[0].range), "الدوحة");
//!
//! // «وبالدوحة» joins the same entity, its clitics left out.
//! let selection = doc.text.range(21, 29).unwrap();
//! let edit = add_mention(&doc.text, &ann, selection, Label::Location).unwrap();
//! undo.push(edit.apply(&mut ann).unwrap());
//! assert_eq!(doc.text.slice(ann.mentions[1].range), "الدوحة");
//! assert_eq!(ann.entities.len(), 1);
//!
//! // Ctrl+Z twice, then Ctrl+Shift+Z once.
//! for _ in 0..2 {
//!     let inverse = undo.pop().unwrap();
//!     redo.push(inverse.apply(&mut ann).unwrap());
//! }
//! assert_eq!(ann, Annotations::default());
//! let step = redo.pop().unwrap();
//! undo.push(step.apply(&mut ann).unwrap());
//! assert_eq!(ann.mentions.len(), 1);
//! ```
//!
//! # Offsets
//! All offsets, in memory and in every file written, are Unicode scalar values into the
//! decoded text (Python `str` indices), end exclusive.

pub mod cli;
pub mod edit;
pub mod export;
pub mod file_name;
pub mod merge;
pub mod safe_write;
pub mod sidecar;
pub mod words;

pub use edit::{Edit, EditError, JoinEntity, Target, add_mention, matching_entity, mentions_at};
pub use merge::merge_extraction;
pub use safe_write::SaveError;
pub use sidecar::{
    LoadWarning, LoadedAnnotations, SCHEMA_VERSION, SidecarError, UnplacedMention, UnplacedReason,
    load_sidecar, load_sidecar_anyway, save_sidecar, save_sidecar_keeping, save_sidecar_replacing,
    sidecar_path_for,
};
pub use words::{leading_clitic, normalise_name, snap_to_words, snap_to_words_with};
