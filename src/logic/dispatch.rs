//! Running what the ui asked for: [`App::run`] for every [`Action`], and the named
//! [`Command`]s. Each arm is one line or calls the file of its concern.

use sahifa_annotate::Edit;
use sahifa_annotate::export::ExportFormat;

use crate::logic::App;
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::logic::effect::Effect;
use crate::state::dialog::{Dialog, PickFor, TextField};
use crate::state::settings::Settings;

impl App {
    /// Runs `action` now (the shell runs the frame's actions after drawing; tests call
    /// this directly).
    pub fn run(&mut self, action: Action) {
        match action {
            Action::Command(command) => self.run_command(command),
            Action::OpenPaths(paths) => self.open_paths(paths, true),
            Action::ListFonts => self.list_fonts(),
            Action::SwitchDocument(i) => {
                self.state.library.shown = false;
                self.state.set_active(i);
            }
            Action::CloseDocumentAt(i) => self.close_document(i),
            Action::SelectEntity(id) => self.with_active(|doc| doc.select_entity(id)),
            Action::JumpToMention(i) => self.with_active(|doc| doc.jump_to_mention(i)),
            Action::ClickedText(offset) => self.with_active(|doc| doc.select_at(offset)),
            Action::TextSelected(range) => self.with_active(|doc| doc.view.text_selection = range),
            Action::SetFindQuery(query) => self.find(query),
            Action::SetFilter(filter) => {
                let sort = self.state.settings.sort;
                self.with_active(|doc| {
                    doc.view.filter = filter;
                    doc.order_rows(sort);
                });
            }
            Action::SetSort(sort) => {
                self.change_settings(|s| s.sort = sort);
                for doc in self.state.documents_mut() {
                    doc.order_rows(sort);
                }
            }
            Action::ToggleLabel(label) => self.change_settings(|s| s.toggle_label(label)),
            Action::DismissNotice(i) => {
                if i < self.state.notices.len() {
                    self.state.notices.remove(i);
                }
            }
            Action::SetTheme(theme) => self.change_settings(|s| s.theme = theme),
            Action::SetLanguage(language) => self.change_settings(|s| s.language = language),
            Action::SetFontFamily(family) => self.change_settings(|s| s.font_family = family),
            Action::SetLineSpacing(spacing) => {
                self.change_settings(|s| s.set_line_spacing(spacing));
            }
            Action::SetSidebarWidth(width) => self.change_settings(|s| s.sidebar_width = width),
            Action::ClearRecent => self.change_settings(|s| s.recent_files.clear()),
            Action::WindowCloseRequested => self.window_close_requested(),
            dialog_or_edit => self.run_dialog_action(dialog_or_edit),
        }
    }

    /// Runs a change to the shown document, if there is one.
    fn with_active(&mut self, change: impl FnOnce(&mut crate::state::document::OpenDocument)) {
        if let Some(doc) = self.state.active_document_mut() {
            change(doc);
        }
    }

    /// Runs an edit or what a dialog answered.
    fn run_dialog_action(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => self.apply_edit_to_active(edit),
            Action::OpenDialog(dialog) => self.state.dialog = Some(dialog),
            Action::SetDialogText(new) => match &mut self.state.dialog {
                Some(Dialog::PickEntity { filter: text, .. })
                | Some(Dialog::EditText { text, .. })
                | Some(Dialog::Path { text, .. })
                | Some(Dialog::Knowledge { filter: text, .. }) => *text = new,
                _ => {}
            },
            Action::CloseDialog => self.state.dialog = None,
            Action::Picked(entity) => self.picked(entity),
            Action::ConfirmDialog => self.confirm_dialog(),
            Action::AnswerUnsaved(target, save) => self.answer_unsaved(target, save),
            Action::ReplaceSidecar(id) => {
                self.state.dialog = None;
                if let Some(i) = self.state.doc_index(id) {
                    self.start_save(i, true);
                }
            }
            Action::SaveAs(id) => {
                self.state.dialog = None;
                self.start_save_as(id);
            }
            Action::ImportAs(merge) => self.finish_import(merge),
            Action::PlaceUnplaced(i) => self.place_unplaced(i),
            Action::DropUnplaced(i) => self.drop_unplaced(i),
            Action::ShowUnplaced(open) => self.with_active(|doc| doc.view.unplaced_open = open),
            Action::Knowledge(asked) => self.run_knowledge(asked),
            Action::Library(asked) => self.run_library(asked),
            // Every other action is [`App::run`]'s.
            _ => {}
        }
    }

    /// The entity picker's choice: attach the mention, or merge the entity into it.
    fn picked(&mut self, entity: Option<sahifa_model::EntityId>) {
        let Some(Dialog::PickEntity { purpose, .. }) = self.state.dialog.take() else {
            return;
        };
        let edit = match (purpose, entity) {
            (PickFor::Attach(mention), entity) => Some(Edit::AttachMention { mention, entity }),
            (PickFor::MergeInto(absorb), Some(keep)) => Some(Edit::MergeEntities { keep, absorb }),
            (PickFor::MergeInto(_), None) => None,
        };
        if let Some(edit) = edit {
            self.apply_edit_to_active(edit);
        }
    }

    /// OK in the open dialog: rename, set a note, or use a typed path.
    fn confirm_dialog(&mut self) {
        match self.state.dialog.take() {
            Some(Dialog::EditText { field, text }) => {
                let edit = match field {
                    TextField::Name(entity) => Edit::Rename {
                        entity,
                        name: text.trim().to_owned(),
                    },
                    TextField::Note(entity) => Edit::SetNote {
                        entity,
                        note: Some(text),
                    },
                };
                self.apply_edit_to_active(edit);
            }
            Some(Dialog::Path { purpose, text }) => self.path_typed(purpose, &text),
            other => self.state.dialog = other,
        }
    }

    fn run_command(&mut self, command: Command) {
        match command {
            Command::Open => self.start_file_dialog(),
            Command::CloseDocument => {
                if let Some(i) = self.state.active_index() {
                    self.close_document(i);
                }
            }
            Command::Quit => self.effects.push(Effect::CloseWindow),
            Command::Find => self.with_active(|doc| {
                doc.view.find.open = true;
                doc.view.find.focus_requested = true;
            }),
            Command::FindNext => self.with_active(|doc| doc.step_find(1)),
            Command::FindPrevious => self.with_active(|doc| doc.step_find(-1)),
            Command::NextMention => self.with_active(|doc| step_mention_or_hit(doc, 1)),
            Command::PreviousMention => self.with_active(|doc| step_mention_or_hit(doc, -1)),
            Command::ClearSelection => {
                self.state.about_open = false;
                self.with_active(|doc| {
                    doc.clear_selection();
                    doc.view.find = Default::default();
                });
            }
            Command::ZoomIn => self.zoom_by(Settings::ZOOM_STEP),
            Command::ZoomOut => self.zoom_by(-Settings::ZOOM_STEP),
            Command::ZoomReset => {
                self.change_settings(|s| s.set_font_size(Settings::DEFAULT_FONT_SIZE));
            }
            Command::ToggleShowAll => self.change_settings(|s| s.show_all = !s.show_all),
            Command::ToggleSidebar => self.change_settings(|s| s.show_sidebar = !s.show_sidebar),
            Command::ToggleMentionList => {
                self.change_settings(|s| s.show_mention_list = !s.show_mention_list);
            }
            Command::ReExtract => {
                if let Some(i) = self.state.active_index() {
                    self.start_extraction(i);
                }
            }
            Command::About => self.state.about_open = !self.state.about_open,
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Save => self.save_active(),
            Command::MarkAs(label) => self.mark_selection(label),
            Command::ExportBrat => self.start_export(ExportFormat::Brat),
            Command::ExportConll => self.start_export(ExportFormat::Conll),
            Command::ExportJsonl => self.start_export(ExportFormat::Jsonl),
            Command::ExportW3c => self.start_export(ExportFormat::W3c),
            Command::Import => self.start_import(),
            Command::UnplacedMentions => {
                self.with_active(|doc| doc.view.unplaced_open = !doc.view.unplaced_open);
            }
            Command::TaughtNames => self.show_taught_names(),
            Command::Retrain => self.start_retrain(),
            Command::CancelRetrain => self.cancel_retrain(),
            Command::UseShippedModel => self.use_shipped_model(),
            Command::Library => self.toggle_library_view(),
            Command::AddFolderToLibrary => self.start_library_dialog(true),
            Command::AddFilesToLibrary => self.start_library_dialog(false),
            Command::CancelLibraryAdd => self.cancel_library_add(),
        }
    }

    /// The one zoom: the article's font size, persisted in the settings.
    fn zoom_by(&mut self, points: f32) {
        self.change_settings(|s| s.set_font_size(s.font_size + points));
    }
}

/// F3: the next mention of the selected entity; with no entity selected, the next find hit.
fn step_mention_or_hit(doc: &mut crate::state::document::OpenDocument, delta: isize) {
    if doc.view.selected.is_none() && !doc.view.find.hits.is_empty() {
        doc.step_find(delta);
    } else {
        doc.step_mention(delta);
    }
}
