//! The About window: version and the keyboard shortcuts, generated from the commands.

use egui::Ui;

use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;

pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    if !app.about_open() {
        return;
    }
    let mut open = true;
    egui::Window::new("About Sahifa")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ui.ctx(), |ui| {
            ui.label(format!(
                "Sahifa {} — a reader for Arabic news articles.",
                env!("CARGO_PKG_VERSION")
            ));
            ui.separator();
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for command in Command::all() {
                    if let Some(shortcut) = command.shortcut() {
                        ui.label(ui.ctx().format_shortcut(&shortcut));
                        ui.label(command.label());
                        ui.end_row();
                    }
                }
            });
        });
    if !open {
        actions.push(Action::Command(Command::About));
    }
}
