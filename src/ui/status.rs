//! The status bar: file name, encoding, format, word and character counts, and the
//! progress of background tasks.

use egui::Ui;

use crate::app::i18n::tr;
use crate::app::{Extraction, SHOW_PROGRESS_AFTER, SahifaApp, UiLanguage};

/// Shows the status bar.
pub fn show(ui: &mut Ui, app: &SahifaApp) {
    let lang = app.settings().language;
    let layout = match lang {
        UiLanguage::English => egui::Layout::left_to_right(egui::Align::Center),
        UiLanguage::Arabic => egui::Layout::right_to_left(egui::Align::Center),
    };
    ui.with_layout(layout, |ui| {
        if let Some(doc) = app.active_document() {
            let source = &doc.doc.source;
            ui.label(egui::RichText::new(doc.doc.display_name()).strong())
                .on_hover_text(
                    source
                        .path
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                );
            ui.separator();
            ui.label(format!("{}: {}", tr(lang, "Encoding"), source.encoding));
            ui.separator();
            ui.label(format!("{}: {}", tr(lang, "Format"), source.format.name()));
            ui.separator();
            ui.label(format!("{}: {}", tr(lang, "Words"), doc.stats.words));
            ui.separator();
            ui.label(format!("{}: {}", tr(lang, "Characters"), doc.stats.chars));
            if let Extraction::Failed(message) = &doc.extraction {
                ui.separator();
                ui.colored_label(ui.visuals().warn_fg_color, "Entities unavailable")
                    .on_hover_text(message.as_str());
            }
        }
        for (name, progress, elapsed) in app.running_tasks() {
            if elapsed < SHOW_PROGRESS_AFTER {
                continue;
            }
            ui.separator();
            match progress {
                Some(fraction) => {
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(120.0)
                            .show_percentage(),
                    );
                }
                None => {
                    ui.spinner();
                }
            }
            ui.label(name);
        }
    });
}
