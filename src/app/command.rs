//! [`Command`]: every user action that has a name — its label, tooltip and shortcut live
//! here, and the menus and the keyboard handling are generated from this one list.
//!
//! [`Action`] is what panels emit: either a [`Command`] or an action that carries data
//! (which entity was clicked, which file to open). The app runs the queued actions after
//! the frame has been drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use sahifa_model::{EntityId, Label};

use crate::app::settings::{ThemeChoice, UiLanguage};

/// A named action of the application, as found in a menu or bound to a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
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
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 17] = [
        Command::Open,
        Command::CloseDocument,
        Command::Quit,
        Command::Find,
        Command::FindNext,
        Command::FindPrevious,
        Command::NextMention,
        Command::PreviousMention,
        Command::ClearSelection,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ToggleShowAll,
        Command::ToggleSidebar,
        Command::ToggleMentionList,
        Command::ReExtract,
        Command::About,
    ];

    /// The menu label (English; translated by [`crate::app::i18n::tr`]).
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
        }
    }

    /// Extra keys that also trigger the command (not shown in menus).
    fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const ZOOM_IN: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        match self {
            Command::ZoomIn => &ZOOM_IN,
            _ => &[],
        }
    }

    /// Consumes the key presses of this frame that match a command's shortcut and returns
    /// those commands. Shift+F3 is tested before F3 so that it is not taken for F3.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        let mut found = Vec::new();
        let mut ordered: Vec<Command> = Command::ALL.to_vec();
        // Shortcuts with more modifiers first: egui matches shift loosely.
        ordered.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| {
                u8::from(s.modifiers.shift) + u8::from(s.modifiers.command)
            }))
        });
        ctx.input_mut(|input| {
            for command in ordered {
                let main = command.shortcut().into_iter();
                let extra = command.alternative_shortcuts().iter().copied();
                if main.chain(extra).any(|s| input.consume_shortcut(&s)) {
                    found.push(command);
                }
            }
        });
        found
    }
}

/// Something a panel asks the app to do; run after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A named command.
    Command(Command),
    /// Open these files (command line, drag and drop, recent files, dialog).
    OpenPaths(Vec<PathBuf>),
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
}

/// How the sidebar orders the entities of a type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EntitySort {
    /// Most mentioned first.
    #[default]
    Mentions,
    /// In order of first appearance in the article.
    FirstAppearance,
}
