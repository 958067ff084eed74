//! The app's state: open documents, selection, settings, undo history, dialogs and
//! notices, as plain data — no egui, no files, no threads. [`crate::logic`] changes it;
//! [`crate::ui`] reads it.
//!
//! Files, one concept each: [`settings`] (what is persisted), [`document`] (one open
//! article), [`entity_rows`] (the sidebar's rows), [`doc_view`] (what is looked at),
//! [`undo`] (undo history), [`sidecar`] (the annotations file), [`dialog`], [`notice`],
//! [`loose_match`] (loose Arabic matching), [`library`] (the library view).

pub mod dialog;
pub mod doc_view;
pub mod document;
pub mod entity_rows;
pub mod knowledge;
pub mod library;
pub mod loose_match;
pub mod notice;
pub mod settings;
pub mod sidecar;
pub mod undo;

use sahifa_model::{EntityId, Label};

use dialog::Dialog;
use document::{DocId, OpenDocument};
use notice::Notice;
use settings::Settings;

/// Everything the window shows, and nothing it does not.
#[derive(Default)]
pub struct AppState {
    /// The persisted settings.
    pub settings: Settings,
    /// The open documents, in the order they are listed.
    docs: Vec<OpenDocument>,
    /// The shown document. Invariant: `Some(i)` with `i < docs.len()` whenever `docs` is
    /// non-empty, `None` when it is empty; kept by [`Self::push_document`],
    /// [`Self::remove_document`] and [`Self::set_active`].
    active: Option<usize>,
    /// Messages shown at the top of the window.
    pub notices: Vec<Notice>,
    /// The dialog shown, if any.
    pub dialog: Option<Dialog>,
    /// Whether the About window is open.
    pub about_open: bool,
    /// The Arabic font families for the Font menu; `None` until they have been looked up.
    pub font_families: Option<Vec<String>>,
    /// What the reader taught the extractor (the «Taught names» dialog, tooltips).
    pub knowledge: knowledge::Knowledge,
    /// What the library view shows (articles, entities, the picked one, a running add).
    pub library: library::LibraryState,
}

impl AppState {
    /// A state with these settings and nothing open.
    pub fn new(settings: Settings) -> Self {
        Self {
            settings,
            ..Self::default()
        }
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The open documents, in the order they are listed.
    pub fn documents(&self) -> &[OpenDocument] {
        &self.docs
    }

    /// Index of the shown document.
    pub fn active_index(&self) -> Option<usize> {
        self.active
    }

    /// The shown document.
    pub fn active_document(&self) -> Option<&OpenDocument> {
        self.active.and_then(|i| self.docs.get(i))
    }

    /// The shown document, to change.
    pub fn active_document_mut(&mut self) -> Option<&mut OpenDocument> {
        self.active.and_then(|i| self.docs.get_mut(i))
    }

    /// The document at `index`.
    pub fn document(&self, index: usize) -> Option<&OpenDocument> {
        self.docs.get(index)
    }

    /// The document at `index`, to change.
    pub fn document_mut(&mut self, index: usize) -> Option<&mut OpenDocument> {
        self.docs.get_mut(index)
    }

    /// Every open document, to change.
    pub fn documents_mut(&mut self) -> impl Iterator<Item = &mut OpenDocument> {
        self.docs.iter_mut()
    }

    /// The index of the open document `id`, if it is still open.
    pub fn doc_index(&self, id: DocId) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }

    /// The index of the document read from `path`, if it is open.
    pub fn index_of_path(&self, path: &std::path::Path) -> Option<usize> {
        self.docs
            .iter()
            .position(|d| d.doc.source.path.as_deref() == Some(path))
    }

    /// Shows the document at `index` (ignored when there is none).
    pub fn set_active(&mut self, index: usize) {
        if index < self.docs.len() {
            self.active = Some(index);
        }
    }

    /// Adds a document and shows it; returns its index.
    pub fn push_document(&mut self, doc: OpenDocument) -> usize {
        self.docs.push(doc);
        let index = self.docs.len() - 1;
        self.active = Some(index);
        index
    }

    /// Removes the document at `index`; the one shown stays shown when it can.
    pub fn remove_document(&mut self, index: usize) -> Option<OpenDocument> {
        if index >= self.docs.len() {
            return None;
        }
        let doc = self.docs.remove(index);
        self.active = match self.active {
            _ if self.docs.is_empty() => None,
            Some(a) if a > index || a >= self.docs.len() => Some(a.saturating_sub(1)),
            other => other,
        };
        Some(doc)
    }

    /// Messages shown at the top of the window.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether the About window is open.
    pub fn about_open(&self) -> bool {
        self.about_open
    }

    /// The Arabic font families for the Font menu; `None` until they have been looked up.
    pub fn font_families(&self) -> Option<&[String]> {
        self.font_families.as_deref()
    }

    /// The dialog shown, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The shown document has unsaved annotation changes.
    pub fn active_is_dirty(&self) -> bool {
        self.active_document().is_some_and(OpenDocument::is_dirty)
    }

    /// The entity ids and names of the shown document, for pickers.
    pub fn entity_choices(&self) -> Vec<(EntityId, Label, String)> {
        self.active_document()
            .map(|d| {
                d.annotations()
                    .entities
                    .iter()
                    .map(|e| (e.id, e.label, e.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}
