//! Keyboard shortcuts and dropped files, read from egui's input once a frame and turned
//! into [`Action`]s. The shortcuts themselves are [`Command::shortcut`]'s.

use std::path::PathBuf;

use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::logic::library_jobs::LibraryAction;

/// Where the article view records its widget id each frame (egui temp data), so plain
/// number keys can tell the article's focus from a text box's.
pub const ARTICLE_FOCUS_KEY: &str = "sahifa article focus id";

/// The actions of this frame's input: the commands of the shortcuts pressed, and the
/// files dropped onto the window.
pub fn actions_from_input(ctx: &egui::Context) -> Vec<Action> {
    let mut actions: Vec<Action> = commands_from_keys(ctx)
        .into_iter()
        .map(Action::Command)
        .collect();
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .collect()
    });
    if !dropped.is_empty() {
        // Folders go to the library, files are opened.
        actions.push(Action::Library(LibraryAction::Dropped(dropped)));
    }
    actions
}

/// Consumes the key presses of this frame that match a command's shortcut and returns
/// those commands. Shift+F3 is tested before F3 so that it is not taken for F3.
pub fn commands_from_keys(ctx: &egui::Context) -> Vec<Command> {
    let mut found = Vec::new();
    let mut ordered: Vec<Command> = Command::all().to_vec();
    // Shortcuts with more modifiers first: egui matches shift loosely.
    ordered.sort_by_key(|c| {
        std::cmp::Reverse(c.shortcut().map_or(0, |s| {
            u8::from(s.modifiers.shift) + u8::from(s.modifiers.command)
        }))
    });
    // Plain number keys mark text only while no text box has the keyboard (nothing
    // focused, or the article view that holds the selection).
    let focused = ctx.memory(|m| m.focused());
    let article = ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::unique(ARTICLE_FOCUS_KEY)));
    let plain_keys = focused.is_none() || focused == article;
    // While a text box has the keyboard, Ctrl+Z, Ctrl+W and the like belong to what is
    // being typed, not to the document behind it.
    let typing = sahifa_text::text_input_focused(ctx);
    ctx.input_mut(|input| {
        for command in ordered {
            if matches!(command, Command::MarkAs(_)) && !plain_keys {
                continue;
            }
            if typing && command.edits_the_document() {
                continue;
            }
            let main = command.shortcut().into_iter();
            let extra = command.alternative_shortcuts().iter().copied();
            if main.chain(extra).any(|s| input.consume_shortcut(&s)) {
                found.push(command);
            }
        }
    });
    found
}
