//! The About window: version and the keyboard shortcuts, generated from the commands.

use egui::Ui;

use crate::l10n::{tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::ui::bidi_widgets::{label, show_window};

pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    if !app.about_open() {
        return;
    }
    let lang = app.settings().language;
    let mut open = true;
    // The id stays when the title changes language.
    let title = tr(lang, "about-title");
    let window = egui::Window::new(&title)
        .id(egui::Id::unique("about window"))
        .collapsible(false)
        .resizable(false);
    show_window(ui.ctx(), window, &title, &mut open, |ui| {
        let version = env!("CARGO_PKG_VERSION");
        let line = tr_args(lang, "about-version", &[("version", version.into())]);
        label(ui, &line);
        ui.separator();
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for command in Command::all() {
                if let Some(shortcut) = command.shortcut() {
                    ui.label(ui.ctx().format_shortcut(&shortcut));
                    label(ui, &command.label(lang));
                    ui.end_row();
                }
            }
        });
    });
    if !open {
        actions.push(Action::Command(Command::About));
    }
}
