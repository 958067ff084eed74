//! The menu bar, generated from [`Command`]: each item shows the command's label,
//! shortcut and tooltip. File, Edit, View (with the view settings) and Help.

use egui::Ui;

use crate::l10n::{tr, undo_entry};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::logic::io::file_name;
use crate::state::AppState;
use crate::state::library::LibraryStatus;
use crate::state::settings::{ThemeChoice, UiLanguage};
use crate::ui::bidi_widgets::{BidiHover, label, menu_item, menu_title, radio, submenu};
use crate::ui::widgets::reading_layout;

/// Adds one menu item for `command`; disabled items still show their shortcut.
fn item(ui: &mut Ui, app: &AppState, command: Command, enabled: bool, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let shortcut = command.shortcut().map(|s| ui.ctx().format_shortcut(&s));
    let selected = match command {
        Command::ToggleShowAll => Some(app.settings().show_all),
        Command::ToggleSidebar => Some(app.settings().show_sidebar),
        Command::ToggleMentionList => Some(app.settings().show_mention_list),
        Command::Library => Some(app.library.shown),
        _ => None,
    };
    let text = command.label(lang);
    if menu_item(ui, lang, &text, shortcut, selected, enabled)
        .hover_text(command.tooltip(lang))
        .clicked()
    {
        actions.push(Action::Command(command));
    }
}

/// Shows the menu bar.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let has_doc = app.active_document().is_some();
    let has_selection = app
        .active_document()
        .is_some_and(|d| d.view.selected.is_some());
    let layout = reading_layout(lang);
    egui::MenuBar::new().ui(ui, |ui| {
        ui.with_layout(layout, |ui| {
            menu_title(ui, &tr(lang, "menu-file"), |ui| {
                item(ui, app, Command::Open, true, actions);
                recent_menu(ui, app, actions);
                ui.separator();
                let library = app.library.is_ready();
                item(ui, app, Command::AddFolderToLibrary, library, actions);
                item(ui, app, Command::AddFilesToLibrary, library, actions);
                let adding = app.library.adding.is_some();
                item(ui, app, Command::CancelLibraryAdd, adding, actions);
                ui.separator();
                file_menu_items(ui, app, actions);
                ui.separator();
                item(ui, app, Command::CloseDocument, has_doc, actions);
                item(ui, app, Command::Quit, true, actions);
            });
            menu_title(ui, &tr(lang, "menu-edit"), |ui| {
                edit_menu_items(ui, app, actions);
                ui.separator();
                item(ui, app, Command::Find, has_doc, actions);
                item(ui, app, Command::NextMention, has_selection, actions);
                item(ui, app, Command::PreviousMention, has_selection, actions);
                item(ui, app, Command::ClearSelection, has_doc, actions);
                ui.separator();
                item(ui, app, Command::ReExtract, has_doc, actions);
                crate::ui::learning_menu::items(ui, app, actions, item);
            });
            menu_title(ui, &tr(lang, "menu-view"), |ui| {
                let library = app.library.status != LibraryStatus::None;
                item(ui, app, Command::Library, library, actions);
                ui.separator();
                item(ui, app, Command::ZoomIn, true, actions);
                item(ui, app, Command::ZoomOut, true, actions);
                item(ui, app, Command::ZoomReset, true, actions);
                ui.separator();
                item(ui, app, Command::ToggleShowAll, true, actions);
                item(ui, app, Command::ToggleSidebar, true, actions);
                item(ui, app, Command::ToggleMentionList, true, actions);
                ui.separator();
                view_settings(ui, app, actions);
            });
            menu_title(ui, &tr(lang, "menu-help"), |ui| {
                item(ui, app, Command::About, true, actions);
            });
        });
    });
}

fn recent_menu(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    submenu(ui, lang, &tr(lang, "menu-open-recent"), |ui| {
        let recent = &app.settings().recent_files;
        if recent.is_empty() {
            label(ui, &tr(lang, "menu-no-recent-files"));
            return;
        }
        for path in recent {
            let name = file_name(path);
            if menu_item(ui, lang, &name, None, None, true)
                .hover_text(path.display().to_string())
                .clicked()
            {
                actions.push(Action::OpenPaths(vec![path.clone()]));
            }
        }
        ui.separator();
        let clear = tr(lang, "menu-clear-recent-files");
        if menu_item(ui, lang, &clear, None, None, true).clicked() {
            actions.push(Action::ClearRecent);
        }
    });
}

fn view_settings(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;
    submenu(ui, lang, &tr(lang, "menu-theme"), |ui| {
        for (theme, name) in [
            (ThemeChoice::System, "theme-system"),
            (ThemeChoice::Light, "theme-light"),
            (ThemeChoice::Dark, "theme-dark"),
        ] {
            if radio(ui, lang, settings.theme == theme, &tr(lang, name), None).clicked() {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
    submenu(ui, lang, &tr(lang, "menu-language"), |ui| {
        for language in UiLanguage::ALL {
            let name = language.native_name();
            if radio(ui, lang, settings.language == language, name, None).clicked() {
                actions.push(Action::SetLanguage(language));
            }
        }
    });
    submenu(ui, lang, &tr(lang, "menu-font"), |ui| {
        let Some(families) = app.font_families() else {
            actions.push(Action::ListFonts);
            ui.horizontal(|ui| {
                ui.spinner();
                label(ui, &tr(lang, "menu-looking-for-fonts"));
            });
            return;
        };
        egui::ScrollArea::vertical()
            .max_height(400.0)
            .show(ui, |ui| {
                for family in families {
                    let chosen = settings.font_family == *family;
                    if radio(ui, lang, chosen, family, None).clicked() {
                        actions.push(Action::SetFontFamily(family.clone()));
                    }
                }
            });
    });
    submenu(ui, lang, &tr(lang, "menu-line-spacing"), |ui| {
        for spacing in [1.6_f32, 1.9, 2.2, 2.5] {
            let chosen = (settings.line_spacing - spacing).abs() < 0.05;
            if radio(ui, lang, chosen, &format!("{spacing:.1}"), None).clicked() {
                actions.push(Action::SetLineSpacing(spacing));
            }
        }
    });
}

/// Save, Export ▸, Import in the File menu.
fn file_menu_items(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let has_doc = app.active_document().is_some();
    item(ui, app, Command::Save, has_doc, actions);
    ui.add_enabled_ui(has_doc, |ui| {
        let lang = app.settings().language;
        submenu(ui, lang, &tr(lang, "menu-export-annotations"), |ui| {
            for command in [
                Command::ExportBrat,
                Command::ExportConll,
                Command::ExportJsonl,
                Command::ExportW3c,
            ] {
                item(ui, app, command, true, actions);
            }
        });
    });
    item(ui, app, Command::Import, has_doc, actions);
    let unplaced = app
        .active_document()
        .map_or(0, |d| d.sidecar.unplaced.len());
    if unplaced > 0 {
        item(ui, app, Command::UnplacedMentions, true, actions);
    }
}

/// Undo, Redo and Mark selection ▸ in the Edit menu.
fn edit_menu_items(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let doc = app.active_document();
    for (command, step) in [
        (
            Command::Undo,
            doc.and_then(|d| d.history.undo_description()),
        ),
        (
            Command::Redo,
            doc.and_then(|d| d.history.redo_description()),
        ),
    ] {
        let text = match step {
            Some(step) => undo_entry(lang, command == Command::Redo, step),
            None => command.label(lang),
        };
        let shortcut = command.shortcut().map(|s| ui.ctx().format_shortcut(&s));
        if menu_item(ui, lang, &text, shortcut, None, step.is_some())
            .hover_text(command.tooltip(lang))
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
    let has_selection = doc.is_some_and(|d| d.view.text_selection.is_some());
    ui.add_enabled_ui(has_selection, |ui| {
        submenu(ui, lang, &tr(lang, "menu-mark-selection-as"), |ui| {
            for label in sahifa_model::Label::ALL {
                item(ui, app, Command::MarkAs(label), true, actions);
            }
        })
        .disabled_hover_text(tr(lang, "menu-mark-needs-selection"));
    });
}
