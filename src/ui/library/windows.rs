//! The library's windows: the files an add could not read (path and reason, one list
//! instead of a notice each), and the typed path where no folder dialog exists.

use egui::{Key, Ui};

use crate::l10n::{Language, tr};
use crate::logic::action::Action;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::ui::bidi_widgets::{heading, show_window, weak};
use crate::ui::widgets::{arabic_label, bidi_button};

/// Shows the library's open windows.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let view = &app.library;
    if view.failures_open && !view.failures.is_empty() {
        failures(ui, lang, &view.failures, actions);
    }
    if let Some((folder, text)) = &view.path_prompt {
        prompt(ui.ctx(), lang, *folder, text, actions);
    }
}

/// «Files that could not be added»: each path with the loader's message.
fn failures(
    ui: &mut Ui,
    lang: Language,
    failures: &[(std::path::PathBuf, String)],
    actions: &mut Vec<Action>,
) {
    let title = tr(lang, "library-failures-title");
    let mut open = true;
    let window = egui::Window::new(&title)
        .id(egui::Id::unique("library failures"))
        .default_size([560.0, 320.0])
        .collapsible(false);
    show_window(ui.ctx(), window, &title, &mut open, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (path, message) in failures {
                arabic_label(ui, &path.display().to_string(), 14.0, None);
                let weak = ui.visuals().weak_text_color();
                arabic_label(ui, message, 13.0, Some(weak));
                ui.add_space(4.0);
            }
        });
    });
    if !open {
        actions.push(Action::Library(LibraryAction::ShowFailures(false)));
    }
}

/// The typed path of «Add folder to library…» or «Add files to library…».
fn prompt(
    ctx: &egui::Context,
    lang: Language,
    folder: bool,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let title = if folder {
        "library-prompt-folder"
    } else {
        "library-prompt-files"
    };
    let modal = egui::Modal::new(egui::Id::unique("library path box")).show(ctx, |ui| {
        let title = heading(ui, &tr(lang, title));
        weak(ui, &tr(lang, "dialog-path-no-dialog"));
        let mut value = text.to_owned();
        let response = ui
            .add(
                sahifa_text::TextInput::new(&mut value)
                    .desired_width(480.0)
                    .id_salt("library path"),
            )
            .labelled_by(title.id);
        if response.changed() {
            actions.push(Action::Library(LibraryAction::SetPromptText(value)));
        }
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-ok", true).clicked() || enter {
                actions.push(Action::Library(LibraryAction::AnswerPrompt(true)));
            }
            if bidi_button(ui, lang, "dialog-cancel", true).clicked() {
                actions.push(Action::Library(LibraryAction::AnswerPrompt(false)));
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::Library(LibraryAction::AnswerPrompt(false)));
    }
}
