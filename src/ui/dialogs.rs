//! Annotation dialogs: unsaved changes (Save / Discard / Cancel), replacing an unreadable
//! sidecar, the searchable entity picker, name and note editors, import
//! (Merge / Replace / Cancel), a path box where no file dialog exists, and the window of
//! unplaced mentions. Also the annotation items of the File and Edit menus.

use egui::{Key, RichText, Ui};
use sahifa_model::MentionStatus;

use crate::app::annotate_actions::{AnnotateAction, Dialog, PickFor, TextField};
use crate::app::annotate_files::PathFor;
use crate::app::annotations::CloseTarget;
use crate::app::document::DocId;
use crate::app::find::contains_loose;
use crate::app::i18n::{count, tr};
use crate::app::{Action, Command, SahifaApp, UiLanguage};
use crate::ui::annotate_menu::{bidi_button, emit};
use crate::ui::menu::item;
use crate::ui::widgets::{arabic_label, clickable_row, label_color};

/// Save, Export ▸, Import in the File menu.
pub fn file_menu_items(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let has_doc = app.active_document().is_some();
    item(ui, app, Command::Save, has_doc, actions);
    ui.add_enabled_ui(has_doc, |ui| {
        ui.menu_button(tr(app.settings().language, "Export annotations"), |ui| {
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
    let unplaced = app.active_document().map_or(0, |d| d.edits.unplaced.len());
    if unplaced > 0 {
        item(ui, app, Command::UnplacedMentions, true, actions);
    }
}

/// Undo, Redo and Mark selection ▸ in the Edit menu.
pub fn edit_menu_items(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let edits = app.active_document().map(|d| &d.edits);
    for (command, step) in [
        (Command::Undo, edits.and_then(|e| e.undo_description())),
        (Command::Redo, edits.and_then(|e| e.redo_description())),
    ] {
        let text = match step {
            // Egui lays out Arabic words left to right: the Arabic entry is one word.
            Some(step) if lang == crate::app::UiLanguage::English => {
                format!("{} {}", command.label(), step.to_lowercase())
            }
            _ => tr(lang, command.label()).to_owned(),
        };
        let mut button = egui::Button::new(text);
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui
            .add_enabled(step.is_some(), button)
            .on_hover_text(command.tooltip())
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
    let has_selection = edits.is_some_and(|e| e.selection.is_some());
    ui.add_enabled_ui(has_selection, |ui| {
        ui.menu_button(tr(app.settings().language, "Mark selection as"), |ui| {
            for label in sahifa_model::Label::ALL {
                item(ui, app, Command::MarkAs(label), true, actions);
            }
        })
        .response
        .on_disabled_hover_text("Select text in the article first");
    });
}

/// Shows the open annotation dialog and the unplaced-mentions window.
pub fn show(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    unplaced_window(ui, app, actions);
    let Some(dialog) = app.annotations_dialog() else {
        return;
    };
    let ctx = ui.ctx().clone();
    let lang = app.settings().language;
    match dialog {
        Dialog::Unsaved(target) => unsaved(&ctx, app, *target, actions),
        Dialog::ReplaceSidecar(id) => {
            let modal = egui::Modal::new(egui::Id::unique("replace sidecar")).show(&ctx, |ui| {
                arabic_label(ui, tr(lang, "Replace the saved annotations?"), 18.0, None);
                let problem = app
                    .documents()
                    .iter()
                    .find(|d| d.id == *id)
                    .and_then(|d| d.edits.sidecar_problem.clone())
                    .unwrap_or_default();
                arabic_label(ui, &problem, 14.0, None);
                ui.label("Saving writes the annotations shown now over that file; the old file is kept as NAME.bak.");
                ui.horizontal(|ui| {
                    if bidi_button(ui, lang, "Save and replace", true).clicked() {
                        emit(actions, AnnotateAction::ReplaceSidecar(*id));
                    }
                    if bidi_button(ui, lang, "Cancel", true).clicked() {
                        emit(actions, AnnotateAction::CloseDialog);
                    }
                });
            });
            if modal.should_close() {
                emit(actions, AnnotateAction::CloseDialog);
            }
        }
        Dialog::ReadOnly { doc, path, folder } => {
            read_only(&ctx, lang, *doc, path, *folder, actions);
        }
        Dialog::PickEntity { purpose, filter } => picker(&ctx, app, *purpose, filter, actions),
        Dialog::EditText { field, text } => text_editor(&ctx, app, *field, text, actions),
        Dialog::Import {
            annotations,
            source,
            warnings,
            ..
        } => {
            let modal = egui::Modal::new(egui::Id::unique("import")).show(&ctx, |ui| {
                arabic_label(ui, tr(lang, "Import annotations"), 18.0, None);
                arabic_label(ui, source, 13.0, None);
                let visible = annotations
                    .mentions
                    .iter()
                    .filter(|m| m.status != MentionStatus::Rejected)
                    .count();
                ui.label(format!(
                    "{}, {} read.",
                    count(annotations.entities.len(), "entity", "entities"),
                    count(visible, "mention", "mentions")
                ));
                if !warnings.is_empty() {
                    egui::ScrollArea::vertical()
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for w in warnings {
                                arabic_label(ui, w, 13.0, Some(ui.visuals().warn_fg_color));
                            }
                        });
                }
                ui.label("Both choices can be undone with Ctrl+Z.");
                ui.horizontal(|ui| {
                    if bidi_button(ui, lang, "Merge", true)
                        .on_hover_text(
                            "Add the imported mentions that overlap none of the current ones",
                        )
                        .clicked()
                    {
                        emit(actions, AnnotateAction::ImportAs(true));
                    }
                    if bidi_button(ui, lang, "Replace", true)
                        .on_hover_text("Use the imported annotations instead of the current ones")
                        .clicked()
                    {
                        emit(actions, AnnotateAction::ImportAs(false));
                    }
                    if bidi_button(ui, lang, "Cancel", true).clicked() {
                        emit(actions, AnnotateAction::CloseDialog);
                    }
                });
            });
            if modal.should_close() {
                emit(actions, AnnotateAction::CloseDialog);
            }
        }
        Dialog::Path { purpose, text } => path_box(&ctx, app, *purpose, text, actions),
    }
}

fn unsaved(ctx: &egui::Context, app: &SahifaApp, target: CloseTarget, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let names: Vec<String> = app
        .documents()
        .iter()
        .filter(|d| match target {
            CloseTarget::Document(id) => d.id == id,
            CloseTarget::Window => d.edits.is_dirty(),
        })
        .map(|d| d.doc.display_name())
        .collect();
    let modal = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        arabic_label(ui, tr(lang, "Unsaved annotation changes"), 18.0, None);
        for name in &names {
            arabic_label(ui, name, 15.0, None);
        }
        arabic_label(ui, tr(lang, "Save the changes before closing?"), 14.0, None);
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "Save", true).clicked() {
                emit(actions, AnnotateAction::Unsaved(target, Some(true)));
            }
            if bidi_button(ui, lang, "Discard", true)
                .on_hover_text("Close without saving; the changes are lost")
                .clicked()
            {
                emit(actions, AnnotateAction::Unsaved(target, Some(false)));
            }
            if bidi_button(ui, lang, "Cancel", true).clicked() {
                emit(actions, AnnotateAction::Unsaved(target, None));
            }
        });
    });
    if modal.should_close() {
        emit(actions, AnnotateAction::Unsaved(target, None));
    }
}

fn picker(
    ctx: &egui::Context,
    app: &SahifaApp,
    purpose: PickFor,
    filter: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let title = match purpose {
        PickFor::Attach(_) => tr(lang, "Attach the mention to…"),
        PickFor::MergeInto(_) => tr(lang, "Merge into…"),
    };
    let mut open = true;
    // The mention's own entity is no choice for «attach»; the absorbed one none for «merge».
    let exclude = match purpose {
        PickFor::Attach(i) => app
            .active_document()
            .and_then(|d| d.annotations().mentions.get(i))
            .and_then(|m| m.entity),
        PickFor::MergeInto(id) => Some(id),
    };
    let mut choices = app.entity_choices();
    choices.retain(|(id, _, name)| Some(*id) != exclude && contains_loose(name, filter));
    choices.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.2.cmp(&b.2)));
    egui::Window::new(title)
        .id(egui::Id::unique("entity picker"))
        .open(&mut open)
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(320.0)
        .show(ctx, |ui| {
            let mut text = filter.to_owned();
            let response = ui.add(
                sahifa_text::TextInput::new(&mut text)
                    .hint("ابحث عن كيان")
                    .id_salt("entity picker filter"),
            );
            if response.changed() {
                emit(actions, AnnotateAction::SetDialogText(text));
            }
            if let PickFor::Attach(_) = purpose
                && bidi_button(ui, lang, "No entity", true)
                    .on_hover_text("Keep the mention without an entity (usual for titles)")
                    .clicked()
            {
                emit(actions, AnnotateAction::Picked(None));
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    if choices.is_empty() {
                        ui.weak("No entity matches");
                    }
                    for (id, label, name) in choices {
                        let row =
                            clickable_row(ui, &format!("{name}, {label}"), false, 24.0, |ui| {
                                arabic_label(ui, &name, 15.0, None);
                                ui.with_layout(
                                    egui::Layout::left_to_right(egui::Align::Center),
                                    |ui| {
                                        ui.colored_label(label_color(label), label.as_str());
                                    },
                                );
                            });
                        if row.clicked() {
                            emit(actions, AnnotateAction::Picked(Some(id)));
                        }
                    }
                });
        });
    if !open {
        emit(actions, AnnotateAction::CloseDialog);
    }
}

fn text_editor(
    ctx: &egui::Context,
    app: &SahifaApp,
    field: TextField,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let (title, id) = match field {
        TextField::Name(id) => ("Rename entity", id),
        TextField::Note(id) => ("Note", id),
    };
    let current = app
        .active_document()
        .and_then(|d| d.annotations().entity(id))
        .map(|e| e.name.clone())
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("entity text editor")).show(ctx, |ui| {
        ui.heading(title);
        arabic_label(ui, &current, 15.0, None);
        let mut value = text.to_owned();
        let response = ui.add(
            sahifa_text::TextInput::new(&mut value)
                .desired_width(360.0)
                .id_salt(("entity text", title)),
        );
        if !response.has_focus() && !ui.ctx().memory(|m| m.focused().is_some()) {
            response.request_focus();
        }
        if response.changed() {
            emit(actions, AnnotateAction::SetDialogText(value));
        }
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        let blank = matches!(field, TextField::Name(_)) && text.trim().is_empty();
        ui.horizontal(|ui| {
            if (bidi_button(ui, lang, "OK", !blank).clicked() || enter) && !blank {
                emit(actions, AnnotateAction::ConfirmDialog);
            }
            if bidi_button(ui, lang, "Cancel", true).clicked() {
                emit(actions, AnnotateAction::CloseDialog);
            }
        });
        if matches!(field, TextField::Note(_)) {
            ui.weak("An empty note removes it.");
        }
    });
    if modal.should_close() {
        emit(actions, AnnotateAction::CloseDialog);
    }
}

fn path_box(
    ctx: &egui::Context,
    app: &SahifaApp,
    purpose: PathFor,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let title = match purpose {
        PathFor::Export(sahifa_annotate::export::ExportFormat::Brat) => {
            "Export brat: folder for NAME.txt and NAME.ann"
        }
        PathFor::Export(_) => "Export to file",
        PathFor::Import => "Import annotations from (.ann or .sahifa.json)",
        PathFor::Open => "Open article (txt, html, md, docx)",
        PathFor::SaveAs => "Save the annotations as (.sahifa.json)",
    };
    let modal = egui::Modal::new(egui::Id::unique("path box")).show(ctx, |ui| {
        ui.heading(title);
        ui.weak("No file dialog is available here; type or edit the path.");
        let mut value = text.to_owned();
        let response = ui.add(
            sahifa_text::TextInput::new(&mut value)
                .desired_width(480.0)
                .id_salt("annotation path"),
        );
        if response.changed() {
            emit(actions, AnnotateAction::SetDialogText(value));
        }
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "OK", true).clicked() || enter {
                emit(actions, AnnotateAction::ConfirmDialog);
            }
            if bidi_button(ui, lang, "Cancel", true).clicked() {
                emit(actions, AnnotateAction::CloseDialog);
            }
        });
    });
    if modal.should_close() {
        emit(actions, AnnotateAction::CloseDialog);
    }
}

/// Saved mentions that no longer fit the text: place each on the article selection or
/// drop it. They stay in the sidecar until then.
fn unplaced_window(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let Some(doc) = app.active_document() else {
        return;
    };
    let edits = &doc.edits;
    if !edits.unplaced_open || edits.unplaced.is_empty() {
        return;
    }
    let mut open = true;
    egui::Window::new(format!("Unplaced mentions ({})", edits.unplaced.len()))
        .id(egui::Id::unique(("unplaced mentions", doc.id.0)))
        .open(&mut open)
        .default_width(360.0)
        .show(ui.ctx(), |ui| {
            ui.label(
                "These saved mentions no longer match the article's text. Select where one \
                 belongs and press «Place here», or drop it. Until then they are kept in the \
                 saved file.",
            );
            ui.separator();
            let can_place = edits.selection.is_some();
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for (i, u) in edits.unplaced.iter().enumerate() {
                        ui.horizontal(|ui| {
                            ui.colored_label(
                                label_color(u.mention.label),
                                u.mention.label.as_str(),
                            );
                            arabic_label(ui, u.text(), 15.0, None);
                        });
                        let context = format!(
                            "…{}[{}]{}…",
                            u.mention.quote.prefix,
                            u.text(),
                            u.mention.quote.suffix
                        );
                        arabic_label(ui, &context, 12.0, Some(ui.visuals().weak_text_color()));
                        ui.horizontal(|ui| {
                            if bidi_button(ui, lang, "Place here", can_place)
                                .on_disabled_hover_text("Select the text in the article first")
                                .on_hover_text(
                                    "Mark the article selection with this mention's type",
                                )
                                .clicked()
                            {
                                emit(actions, AnnotateAction::Place(i));
                            }
                            if bidi_button(ui, lang, "Drop", true)
                                .on_hover_text("Forget this mention")
                                .clicked()
                            {
                                emit(actions, AnnotateAction::DropUnplaced(i));
                            }
                        });
                        ui.separator();
                    }
                });
            ui.label(
                RichText::new("Hidden for now: File > Unplaced mentions shows it again.").small(),
            );
        });
    if !open {
        emit(actions, AnnotateAction::ShowUnplaced(false));
    }
}

/// The annotations file is read-only: say so, and offer to save them elsewhere.
fn read_only(
    ctx: &egui::Context,
    lang: UiLanguage,
    doc: DocId,
    path: &std::path::Path,
    folder: bool,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("read-only sidecar")).show(ctx, |ui| {
        arabic_label(
            ui,
            tr(lang, "The annotations file is read-only"),
            18.0,
            None,
        );
        let what = if folder {
            "Its folder is read-only"
        } else {
            "The file is read-only"
        };
        let message = format!(
            "{}: {}. {}",
            tr(lang, what),
            path.display(),
            tr(
                lang,
                "Nothing was written. Save the annotations to another file?"
            )
        );
        arabic_label(ui, &message, 14.0, None);
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "Save As…", true).clicked() {
                emit(actions, AnnotateAction::SaveAs(doc));
            }
            if bidi_button(ui, lang, "Cancel", true).clicked() {
                emit(actions, AnnotateAction::CloseDialog);
            }
        });
    });
    if modal.should_close() {
        emit(actions, AnnotateAction::CloseDialog);
    }
}
