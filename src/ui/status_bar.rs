//! The status bar: file name, encoding, format, word and character counts, and the
//! progress of background tasks.

use egui::Ui;

use crate::l10n::{Language, format_name, tr, tr_args};
use crate::logic::SHOW_PROGRESS_AFTER;
use crate::logic::action::Action;
use crate::logic::tasks::TaskStatus;
use crate::state::AppState;
use crate::state::document::{Extraction, OpenDocument};
use crate::ui::bidi_widgets::{BidiHover, label_colored};
use crate::ui::widgets::{arabic_label, bidi_button, reading_layout};

/// Shows the status bar: the shown document's facts, then the running `tasks`.
/// A task a user may stop has a Cancel button; it pushes the task's cancel command.
pub fn show(ui: &mut Ui, app: &AppState, tasks: &[TaskStatus], actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    ui.with_layout(reading_layout(lang), |ui| {
        if let Some(doc) = app.active_document() {
            document_facts(ui, lang, doc);
        }
        running_tasks(ui, lang, tasks, actions);
    });
}

/// The document's name, encoding, format, counts, and whether extraction failed.
fn document_facts(ui: &mut Ui, lang: Language, doc: &OpenDocument) {
    let source = &doc.doc.source;
    arabic_label(ui, &doc.doc.display_name(), 14.0, None).hover_text(
        source
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    );
    ui.separator();
    item(
        ui,
        &tr_args(
            lang,
            "status-encoding",
            &[("encoding", source.encoding.to_string().into())],
        ),
    );
    ui.separator();
    item(
        ui,
        &tr_args(
            lang,
            "status-format",
            &[("format", format_name(lang, source.format).into())],
        ),
    );
    ui.separator();
    item(
        ui,
        &tr_args(lang, "status-words", &[("count", doc.stats.words.into())]),
    );
    ui.separator();
    item(
        ui,
        &tr_args(
            lang,
            "status-characters",
            &[("count", doc.stats.chars.into())],
        ),
    );
    if let Extraction::Failed(message) = &doc.extraction {
        ui.separator();
        let color = Some(ui.visuals().warn_fg_color);
        label_colored(ui, &tr(lang, "status-entities-unavailable"), color)
            .hover_text(message.as_str());
    }
}

/// The tasks running longer than [`SHOW_PROGRESS_AFTER`], each with its progress.
fn running_tasks(ui: &mut Ui, lang: Language, tasks: &[TaskStatus], actions: &mut Vec<Action>) {
    for TaskStatus {
        name,
        progress,
        elapsed,
        cancel,
    } in tasks
    {
        if *elapsed < SHOW_PROGRESS_AFTER {
            continue;
        }
        ui.separator();
        match progress {
            Some(fraction) => {
                ui.add(
                    egui::ProgressBar::new(*fraction)
                        .desired_width(120.0)
                        .show_percentage(),
                );
            }
            None => {
                ui.spinner();
            }
        }
        arabic_label(ui, name, 14.0, None);
        if let Some(command) = cancel
            && bidi_button(ui, lang, "status-cancel-task", true)
                .hover_text(command.tooltip(lang))
                .clicked()
        {
            actions.push(Action::Command(*command));
        }
    }
}

/// One status bar entry; may mix Arabic and Latin, so it goes through the text layer.
fn item(ui: &mut Ui, text: &str) {
    arabic_label(ui, text, 14.0, None);
}
