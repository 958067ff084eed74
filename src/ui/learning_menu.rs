//! The Edit menu's learning items: «Taught names…», «Retrain with my annotations» (or
//! «Cancel retraining» while it runs) and «Use the shipped model».

use egui::Ui;

use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;

/// How the menu bar adds one command's item.
type Item = fn(&mut Ui, &AppState, Command, bool, &mut Vec<Action>);

/// Adds the learning items after a separator.
pub fn items(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>, item: Item) {
    let k = &app.knowledge;
    ui.separator();
    item(ui, app, Command::TaughtNames, true, actions);
    if k.retraining {
        item(ui, app, Command::CancelRetrain, true, actions);
    } else {
        item(ui, app, Command::Retrain, k.enabled, actions);
    }
    item(ui, app, Command::UseShippedModel, k.user_model, actions);
}
