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
}

impl Command {
    /// The menu label (English; translated by [`crate::i18n::tr`]).
    pub fn label(self) -> &'static str {
        match self {
            Command::Open => "Open…",
            Command::CloseDocument => "Close document",
            Command::Quit => "Quit",
            Command::Find => "Find in article…",
            Command::FindNext => "Find next",
            Command::FindPrevious => "Find previous",
            Command::NextMention => "Next mention",
            Command::PreviousMention => "Previous mention",
            Command::ClearSelection => "Clear selection",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Reset zoom",
            Command::ToggleShowAll => "Colour all entities",
            Command::ToggleSidebar => "Entity sidebar",
            Command::ToggleMentionList => "Mention list",
            Command::ReExtract => "Extract entities again",
            Command::About => "About Sahifa",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Save => "Save annotations",
            Command::MarkAs(label) => label.as_str(),
            Command::ExportBrat => "brat standoff (.txt + .ann)…",
            Command::ExportConll => "CoNLL BIO…",
            Command::ExportJsonl => "JSON lines…",
            Command::ExportW3c => "W3C Web Annotation (JSON-LD)…",
            Command::Import => "Import annotations…",
            Command::UnplacedMentions => "Unplaced mentions",
        }
    }

    /// A one-line explanation shown on hover.
    pub fn tooltip(self) -> &'static str {
        match self {
            Command::Open => "Open article files (txt, html, md, docx)",
            Command::CloseDocument => "Close the document shown now; the others stay open",
            Command::Quit => "Close Sahifa",
            Command::Find => "Search the article; matching ignores diacritics and letter variants",
            Command::FindNext => "Jump to the next match",
            Command::FindPrevious => "Jump to the previous match",
            Command::NextMention => "Jump to the next mention of the selected entity",
            Command::PreviousMention => "Jump to the previous mention of the selected entity",
            Command::ClearSelection => "Remove the highlights and close the find bar",
            Command::ZoomIn => "Larger article text",
            Command::ZoomOut => "Smaller article text",
            Command::ZoomReset => "Article text at its default size",
            Command::ToggleShowAll => "Colour every mention by its entity type, with a legend",
            Command::ToggleSidebar => "Show or hide the list of entities",
            Command::ToggleMentionList => "List every mention of the selected entity in context",
            Command::ReExtract => "Find the entities of this article again",
            Command::About => "Version and keyboard shortcuts",
            Command::Undo => "Undo the last change to the annotations",
            Command::Redo => "Redo the change just undone",
            Command::Save => {
                "Save the annotations beside the article (ARTICLE.sahifa.json); changes are also saved a few seconds after the last edit"
            }
            Command::MarkAs(_) => {
                "Mark the selected text as a mention of this type; the selection snaps to whole words"
            }
            Command::ExportBrat => "Write NAME.txt and NAME.ann into a folder, for brat",
            Command::ExportConll => "One token and its BIO tag per line",
            Command::ExportJsonl => "The text and its spans as one JSON line",
            Command::ExportW3c => "W3C Web Annotation JSON-LD, one annotation per mention",
            Command::Import => {
                "Read annotations from a brat .ann or a Sahifa .sahifa.json file; merge them or replace the current ones (undoable)"
            }
            Command::UnplacedMentions => {
                "Saved mentions whose text is no longer in the article: place them on a selection or drop them"
            }
        }
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
            | Command::UnplacedMentions => None,
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
        assert_eq!(all.len(), 26 + Label::ALL.len());
        for (i, command) in all.iter().enumerate() {
            assert!(!all[..i].contains(command), "{command:?} listed twice");
            assert!(!command.label().is_empty() && !command.tooltip().is_empty());
        }
    }
}
