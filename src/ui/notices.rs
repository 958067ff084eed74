//! Notices at the top of the window: errors and messages, each with a dismiss button.

use egui::Ui;

use crate::l10n::tr;
use crate::logic::action::Action;
use crate::state::AppState;
use crate::ui::bidi_widgets::BidiHover;
use crate::ui::widgets::arabic_label;

/// Errors and messages, each with a dismiss button.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    for (i, notice) in app.notices().iter().enumerate() {
        let color = if notice.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, color))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui
                        .small_button("×")
                        .hover_text(tr(lang, "notice-dismiss"))
                        .clicked()
                    {
                        actions.push(Action::DismissNotice(i));
                    }
                    arabic_label(ui, &notice.message, 14.0, Some(color));
                });
            });
    }
}
