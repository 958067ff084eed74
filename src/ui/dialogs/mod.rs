//! Dialogs, one per file: unsaved changes (Save / Discard / Cancel), replacing an
//! unreadable or read-only annotations file, the searchable entity picker, the name and
//! note editor, import (Merge / Replace / Cancel), and a path box where no file dialog
//! exists. Each draws from the [`Dialog`] in the state and answers with [`Action`]s.

pub mod entity_picker;
pub mod import;
pub mod path_box;
pub mod sidecar;
pub mod taught_names;
pub mod text_editor;
pub mod unsaved;

use egui::Ui;

use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::Dialog;

/// Shows the open dialog, if any.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let Some(dialog) = app.dialog() else {
        return;
    };
    let ctx = ui.ctx().clone();
    let lang = app.settings().language;
    match dialog {
        Dialog::Unsaved(target) => unsaved::show(&ctx, app, *target, actions),
        Dialog::ReplaceSidecar(id) => sidecar::replace(&ctx, app, *id, actions),
        Dialog::ReadOnly { doc, path, folder } => {
            sidecar::read_only(&ctx, lang, *doc, path, *folder, actions);
        }
        Dialog::PickEntity { purpose, filter } => {
            entity_picker::show(&ctx, app, *purpose, filter, actions);
        }
        Dialog::EditText { field, text } => text_editor::show(&ctx, app, *field, text, actions),
        Dialog::Import {
            annotations,
            source,
            warnings,
            ..
        } => import::show(&ctx, lang, annotations, source, warnings, actions),
        Dialog::Path { purpose, text } => path_box::show(&ctx, app, *purpose, text, actions),
        Dialog::Knowledge {
            filter,
            confirm_reset,
        } => taught_names::show(&ctx, app, filter, *confirm_reset, actions),
    }
}
