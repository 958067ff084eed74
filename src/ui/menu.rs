//! The menu bar, generated from [`Command`]: each item shows the command's label,
//! shortcut and tooltip.

use egui::Ui;

use crate::app::i18n::tr;
use crate::app::{Action, Command, SahifaApp, ThemeChoice, UiLanguage};

/// Adds one menu item for `command`; disabled items still show their shortcut.
pub(crate) fn item(
    ui: &mut Ui,
    app: &SahifaApp,
    command: Command,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let mut button = egui::Button::new(tr(lang, command.label()));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let selected = match command {
        Command::ToggleShowAll => Some(app.settings().show_all),
        Command::ToggleSidebar => Some(app.settings().show_sidebar),
        Command::ToggleMentionList => Some(app.settings().show_mention_list),
        _ => None,
    };
    if let Some(selected) = selected {
        button = button.selected(selected);
    }
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        actions.push(Action::Command(command));
    }
}

/// Shows the menu bar.
pub fn show(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let has_doc = app.active_document().is_some();
    let has_selection = app
        .active_document()
        .is_some_and(|d| d.view.selected.is_some());
    let layout = crate::ui::widgets::reading_layout(lang);
    egui::MenuBar::new().ui(ui, |ui| {
        ui.with_layout(layout, |ui| {
            ui.menu_button(tr(lang, "File"), |ui| {
                item(ui, app, Command::Open, true, actions);
                recent_menu(ui, app, actions);
                ui.separator();
                crate::ui::dialogs::file_menu_items(ui, app, actions);
                ui.separator();
                item(ui, app, Command::CloseDocument, has_doc, actions);
                item(ui, app, Command::Quit, true, actions);
            });
            ui.menu_button(tr(lang, "Edit"), |ui| {
                crate::ui::dialogs::edit_menu_items(ui, app, actions);
                ui.separator();
                item(ui, app, Command::Find, has_doc, actions);
                item(ui, app, Command::NextMention, has_selection, actions);
                item(ui, app, Command::PreviousMention, has_selection, actions);
                item(ui, app, Command::ClearSelection, has_doc, actions);
                ui.separator();
                item(ui, app, Command::ReExtract, has_doc, actions);
            });
            ui.menu_button(tr(lang, "View"), |ui| {
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
            ui.menu_button(tr(lang, "Help"), |ui| {
                item(ui, app, Command::About, true, actions);
            });
        });
    });
}

fn recent_menu(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    ui.menu_button(tr(lang, "Open Recent"), |ui| {
        let recent = &app.settings().recent_files;
        if recent.is_empty() {
            ui.label(tr(lang, "No recent files"));
            return;
        }
        for path in recent {
            let name = crate::app::io::file_name(path);
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                actions.push(Action::OpenPaths(vec![path.clone()]));
            }
        }
        ui.separator();
        if ui.button(tr(lang, "Clear recent files")).clicked() {
            actions.push(Action::ClearRecent);
        }
    });
}

fn view_settings(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;
    ui.menu_button(tr(lang, "Theme"), |ui| {
        for (theme, name) in [
            (ThemeChoice::System, "System"),
            (ThemeChoice::Light, "Light"),
            (ThemeChoice::Dark, "Dark"),
        ] {
            if ui.radio(settings.theme == theme, tr(lang, name)).clicked() {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
    ui.menu_button(tr(lang, "Language"), |ui| {
        for (language, name) in [
            (UiLanguage::English, "English"),
            (UiLanguage::Arabic, "العربية"),
        ] {
            if ui.radio(settings.language == language, name).clicked() {
                actions.push(Action::SetLanguage(language));
            }
        }
    });
    ui.menu_button(tr(lang, "Font"), |ui| {
        let Some(families) = app.font_families() else {
            actions.push(Action::ListFonts);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr(lang, "Looking for fonts…"));
            });
            return;
        };
        egui::ScrollArea::vertical()
            .max_height(400.0)
            .show(ui, |ui| {
                for family in families {
                    if ui.radio(settings.font_family == *family, family).clicked() {
                        actions.push(Action::SetFontFamily(family.clone()));
                    }
                }
            });
    });
    ui.menu_button(tr(lang, "Line spacing"), |ui| {
        for spacing in [1.6_f32, 1.9, 2.2, 2.5] {
            let chosen = (settings.line_spacing - spacing).abs() < 0.05;
            if ui.radio(chosen, format!("{spacing:.1}")).clicked() {
                actions.push(Action::SetLineSpacing(spacing));
            }
        }
    });
}
