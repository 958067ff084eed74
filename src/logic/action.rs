//! [`Action`]: everything the ui can ask of the logic — a named [`Command`] (which owns
//! its label, tooltip and shortcut), or an action that carries data (which entity was
//! clicked, which file to open, what a dialog answered). The ui pushes actions while it
//! draws; the logic runs them after the frame ([`crate::logic::dispatch`]).

use std::path::PathBuf;

use sahifa_annotate::{Edit, Target};
use sahifa_model::{EntityId, Label, TextRange};

use crate::logic::command::Command;
use crate::state::dialog::{CloseTarget, Dialog};
use crate::state::document::DocId;
use crate::state::settings::{EntitySort, ThemeChoice, UiLanguage};

/// Something the ui asks the logic to do; run after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A named command.
    Command(Command),
    /// Open these files (command line, drag and drop, recent files, dialog).
    OpenPaths(Vec<PathBuf>),
    /// Look up the installed Arabic fonts for the Font menu (once, in the background).
    ListFonts,
    /// Show the document at this index of the open list.
    SwitchDocument(usize),
    /// Close the document at this index.
    CloseDocumentAt(usize),
    /// Select an entity: highlight its mentions, scroll to the first.
    SelectEntity(EntityId),
    /// Jump to the mention at this index of the selected entity's mentions.
    JumpToMention(usize),
    /// The user clicked the article at this character offset.
    ClickedText(usize),
    /// The article's text selection changed.
    TextSelected(Option<TextRange>),
    /// Replace the find query.
    SetFindQuery(String),
    /// Replace the sidebar filter.
    SetFilter(String),
    /// Sort the sidebar.
    SetSort(EntitySort),
    /// Show or hide the mentions of one entity type.
    ToggleLabel(Label),
    /// Forget a notice shown at the top of the window.
    DismissNotice(usize),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the interface language.
    SetLanguage(UiLanguage),
    /// Change the article font family.
    SetFontFamily(String),
    /// Change the line spacing (a multiple of the font size).
    SetLineSpacing(f32),
    /// The user resized the sidebar.
    SetSidebarWidth(f32),
    /// Forget the recent-files list.
    ClearRecent,
    /// Apply an edit to the shown document's annotations (undoable).
    Edit(Edit),
    /// Open a dialog.
    OpenDialog(Dialog),
    /// Replace the text or filter of the open dialog.
    SetDialogText(String),
    /// Close the open dialog without doing anything.
    CloseDialog,
    /// The entity picker's choice (`None`: no entity).
    Picked(Option<EntityId>),
    /// OK in the open dialog (name, note, path).
    ConfirmDialog,
    /// Answer to «unsaved changes»: save, discard, or `None` to cancel.
    AnswerUnsaved(CloseTarget, Option<bool>),
    /// Replace the unreadable sidecar of a document with the current annotations.
    ReplaceSidecar(DocId),
    /// Save the annotations of a document to a file the user picks (its own is read-only).
    SaveAs(DocId),
    /// Import: merge (`true`) or replace (`false`) the read annotations.
    ImportAs(bool),
    /// Place unplaced mention `i` on the article selection.
    PlaceUnplaced(usize),
    /// Drop unplaced mention `i`.
    DropUnplaced(usize),
    /// Show or hide the unplaced-mentions window.
    ShowUnplaced(bool),
    /// The window's close button was pressed.
    WindowCloseRequested,
    /// What the «Taught names» dialog asked.
    Knowledge(crate::logic::learner::KnowledgeAction),
    /// What the library view asked.
    Library(crate::logic::library_jobs::LibraryAction),
}

impl Action {
    /// The edit that deletes what `target` names (menus use it for «Delete»).
    pub fn delete(target: Target) -> Self {
        Action::Edit(Edit::Delete { target })
    }
}
