//! [`Command`]: every user action that has a name. Its label, tooltip and shortcut live
//! here and nowhere else; the menus, the About window's list of shortcuts and the
//! keyboard handling ([`crate::ui::shortcuts`]) are generated from [`Command::all`],
//! which is generated from the enum itself.

use std::sync::LazyLock;

use egui::{Key, KeyboardShortcut, Modifiers};
use sahifa_model::Label;

/// Declares [`Command`] and [`Command::all`] from one list, so no command can be left out
/// of the menus or the keys: a variant with a field (`MarkAs(Label)`) stands for one
/// command per value of the field's `ALL`.
macro_rules! commands {
    ($($(#[doc = $doc:literal])* $name:ident $(($field:ty))?,)*) => {
        /// A named action of the application, as found in a menu or bound to a key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Command {
            $($(#[doc = $doc])* $name $(($field))?,)*
        }

        impl Command {
            /// Every command, in menu order (generated from the enum).
            pub fn all() -> &'static [Command] {
                static ALL: LazyLock<Vec<Command>> =
                    LazyLock::new(|| [$(commands!(@each $name $($field)?)),*].concat());
                &ALL
            }
        }
    };
    (@each $name:ident) => {
        vec![Command::$name]
    };
    (@each $name:ident $field:ty) => {
        <$field>::ALL.map(Command::$name).to_vec()
    };
}

commands! {
    /// Pick files with the native dialog and open them.
    Open,
    /// Close the shown document.
    CloseDocument,
    /// Quit the application.
    Quit,
    /// Open the find bar and focus it.
    Find,
    /// Go to the next find hit.
    FindNext,
    /// Go to the previous find hit.
    FindPrevious,
    /// Go to the next mention of the selected entity.
    NextMention,
    /// Go to the previous mention of the selected entity.
    PreviousMention,
    /// Clear the entity selection and close the find bar.
    ClearSelection,
    /// Make the article text larger.
    ZoomIn,
    /// Make the article text smaller.
    ZoomOut,
    /// Reset the article text size.
    ZoomReset,
    /// Colour every entity by its type.
    ToggleShowAll,
    /// Show or hide the entity sidebar.
    ToggleSidebar,
    /// Show or hide the list of the selected entity's mentions.
    ToggleMentionList,
    /// Run entity extraction again on the shown document.
    ReExtract,
    /// Show the keyboard shortcuts and version.
    About,
    /// Undo the last annotation edit of the shown document.
    Undo,
    /// Redo the last undone annotation edit.
    Redo,
    /// Save the shown document's annotations beside it (ARTICLE.sahifa.json).
    Save,
    /// Mark the article selection as a mention of this type (keys 1–7).
    MarkAs(Label),
    /// Export the annotations as brat standoff (.txt + .ann into a folder).
    ExportBrat,
    /// Export the annotations as CoNLL BIO.
    ExportConll,
    /// Export the annotations as JSON lines.
    ExportJsonl,
    /// Export the annotations as W3C Web Annotation JSON-LD.
    ExportW3c,
    /// Import annotations from a brat .ann or a Sahifa file.
    Import,
    /// Show or hide the saved mentions that no longer fit the text.
    UnplacedMentions,
    /// See and edit the names taught by saving annotations.
    TaughtNames,
    /// Retrain the extractor's model with the saved annotations.
    Retrain,
    /// Stop the running retraining.
    CancelRetrain,
    /// Go back to the model Sahifa ships with.
    UseShippedModel,
    /// Show or hide the library view: every added article, who appears where.
    Library,
    /// Add a folder of articles (and its subfolders) to the library.
    AddFolderToLibrary,
    /// Add article files to the library.
    AddFilesToLibrary,
    /// Stop adding articles to the library.
    CancelLibraryAdd,
}

impl Command {
    /// The message id of the menu label (see `locales/*/sahifa.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Command::Open => "command-open",
            Command::CloseDocument => "command-close-document",
            Command::Quit => "command-quit",
            Command::Find => "command-find",
            Command::FindNext => "command-find-next",
            Command::FindPrevious => "command-find-previous",
            Command::NextMention => "command-next-mention",
            Command::PreviousMention => "command-previous-mention",
            Command::ClearSelection => "command-clear-selection",
            Command::ZoomIn => "command-zoom-in",
            Command::ZoomOut => "command-zoom-out",
            Command::ZoomReset => "command-zoom-reset",
            Command::ToggleShowAll => "command-show-all",
            Command::ToggleSidebar => "command-sidebar",
            Command::ToggleMentionList => "command-mention-list",
            Command::ReExtract => "command-re-extract",
            Command::About => "command-about",
            Command::Undo => "command-undo",
            Command::Redo => "command-redo",
            Command::Save => "command-save",
            Command::MarkAs(label) => crate::l10n::label_id(label),
            Command::ExportBrat => "command-export-brat",
            Command::ExportConll => "command-export-conll",
            Command::ExportJsonl => "command-export-jsonl",
            Command::ExportW3c => "command-export-w3c",
            Command::Import => "command-import",
            Command::UnplacedMentions => "command-unplaced-mentions",
            Command::TaughtNames => "command-taught-names",
            Command::Retrain => "command-retrain",
            Command::CancelRetrain => "command-cancel-retrain",
            Command::UseShippedModel => "command-use-shipped-model",
            Command::Library => "command-library",
            Command::AddFolderToLibrary => "command-add-folder-to-library",
            Command::AddFilesToLibrary => "command-add-files-to-library",
            Command::CancelLibraryAdd => "command-cancel-library-add",
        }
    }

    /// The message id of the one-line explanation shown on hover.
    pub fn tooltip_id(self) -> &'static str {
        match self {
            Command::Open => "command-open-tooltip",
            Command::CloseDocument => "command-close-document-tooltip",
            Command::Quit => "command-quit-tooltip",
            Command::Find => "command-find-tooltip",
            Command::FindNext => "command-find-next-tooltip",
            Command::FindPrevious => "command-find-previous-tooltip",
            Command::NextMention => "command-next-mention-tooltip",
            Command::PreviousMention => "command-previous-mention-tooltip",
            Command::ClearSelection => "command-clear-selection-tooltip",
            Command::ZoomIn => "command-zoom-in-tooltip",
            Command::ZoomOut => "command-zoom-out-tooltip",
            Command::ZoomReset => "command-zoom-reset-tooltip",
            Command::ToggleShowAll => "command-show-all-tooltip",
            Command::ToggleSidebar => "command-sidebar-tooltip",
            Command::ToggleMentionList => "command-mention-list-tooltip",
            Command::ReExtract => "command-re-extract-tooltip",
            Command::About => "command-about-tooltip",
            Command::Undo => "command-undo-tooltip",
            Command::Redo => "command-redo-tooltip",
            Command::Save => "command-save-tooltip",
            Command::MarkAs(_) => "command-mark-as-tooltip",
            Command::ExportBrat => "command-export-brat-tooltip",
            Command::ExportConll => "command-export-conll-tooltip",
            Command::ExportJsonl => "command-export-jsonl-tooltip",
            Command::ExportW3c => "command-export-w3c-tooltip",
            Command::Import => "command-import-tooltip",
            Command::UnplacedMentions => "command-unplaced-mentions-tooltip",
            Command::TaughtNames => "command-taught-names-tooltip",
            Command::Retrain => "command-retrain-tooltip",
            Command::CancelRetrain => "command-cancel-retrain-tooltip",
            Command::UseShippedModel => "command-use-shipped-model-tooltip",
            Command::Library => "command-library-tooltip",
            Command::AddFolderToLibrary => "command-add-folder-to-library-tooltip",
            Command::AddFilesToLibrary => "command-add-files-to-library-tooltip",
            Command::CancelLibraryAdd => "command-cancel-library-add-tooltip",
        }
    }

    /// The menu label in `lang`.
    pub fn label(self, lang: crate::l10n::Language) -> String {
        crate::l10n::tr(lang, self.label_id())
    }

    /// The one-line explanation shown on hover, in `lang`.
    pub fn tooltip(self, lang: crate::l10n::Language) -> String {
        crate::l10n::tr(lang, self.tooltip_id())
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Command::Open => cmd(Key::O),
            Command::CloseDocument => cmd(Key::W),
            Command::Quit => cmd(Key::Q),
            Command::Find => cmd(Key::F),
            Command::FindNext | Command::FindPrevious => None,
            Command::NextMention => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F3)),
            Command::PreviousMention => Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::F3)),
            Command::ClearSelection => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Escape)),
            Command::ZoomIn => cmd(Key::Plus),
            Command::ZoomOut => cmd(Key::Minus),
            Command::ZoomReset => cmd(Key::Num0),
            Command::ToggleShowAll => cmd(Key::E),
            Command::ToggleSidebar | Command::ToggleMentionList => None,
            Command::ReExtract | Command::About => None,
            Command::Undo => cmd(Key::Z),
            Command::Redo => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
            )),
            Command::Save => cmd(Key::S),
            Command::Library => cmd(Key::L),
            Command::MarkAs(label) => {
                let key = match label.key() {
                    1 => Key::Num1,
                    2 => Key::Num2,
                    3 => Key::Num3,
                    4 => Key::Num4,
                    5 => Key::Num5,
                    6 => Key::Num6,
                    _ => Key::Num7,
                };
                Some(KeyboardShortcut::new(Modifiers::NONE, key))
            }
            Command::ExportBrat
            | Command::ExportConll
            | Command::ExportJsonl
            | Command::ExportW3c
            | Command::Import
            | Command::UnplacedMentions
            | Command::TaughtNames
            | Command::Retrain
            | Command::CancelRetrain
            | Command::UseShippedModel
            | Command::AddFolderToLibrary
            | Command::AddFilesToLibrary
            | Command::CancelLibraryAdd => None,
        }
    }

    /// Extra keys that also trigger the command (not shown in menus).
    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const ZOOM_IN: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        const REDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)];
        match self {
            Command::ZoomIn => &ZOOM_IN,
            Command::Redo => &REDO,
            _ => &[],
        }
    }

    /// True for the commands whose keys a text box keeps while it has the keyboard: they
    /// change or close the document, and the same keys mean something while typing.
    pub fn edits_the_document(self) -> bool {
        matches!(
            self,
            Command::Undo
                | Command::Redo
                | Command::CloseDocument
                | Command::ToggleShowAll
                | Command::MarkAs(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_listed_once_with_a_label_and_a_tooltip() {
        let all = Command::all();
        assert_eq!(all.len(), 34 + Label::ALL.len());
        for (i, command) in all.iter().enumerate() {
            assert!(!all[..i].contains(command), "{command:?} listed twice");
            for lang in crate::l10n::Language::ALL {
                let (label, tooltip) = (command.label_id(), command.tooltip_id());
                assert!(crate::l10n::has_message(lang, label), "{lang:?} {label}");
                assert!(
                    crate::l10n::has_message(lang, tooltip),
                    "{lang:?} {tooltip}"
                );
            }
        }
    }
}
