//! The window of unplaced mentions: saved mentions that no longer fit the text, each to
//! place on the article selection or drop.

use egui::Ui;
use sahifa_annotate::UnplacedMention;

use crate::l10n::{Language, label_name, tr, tr_args};
use crate::logic::action::Action;
use crate::state::AppState;
use crate::ui::bidi_widgets::{BidiHover, label, label_colored, show_window, weak};
use crate::ui::widgets::{arabic_label, bidi_button, label_color};

/// Saved mentions that no longer fit the text: place each on the article selection or
/// drop it. They stay in the sidecar until then.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let Some(doc) = app.active_document() else {
        return;
    };
    let unplaced = &doc.sidecar.unplaced;
    if !doc.view.unplaced_open || unplaced.is_empty() {
        return;
    }
    let mut open = true;
    let title = tr_args(
        lang,
        "dialog-unplaced-title",
        &[("count", unplaced.len().into())],
    );
    let window = egui::Window::new(&title)
        .id(egui::Id::unique(("unplaced mentions", doc.id.0)))
        .default_width(360.0);
    show_window(ui.ctx(), window, &title, &mut open, |ui| {
        label(ui, &tr(lang, "dialog-unplaced-explanation"));
        ui.separator();
        let can_place = doc.view.text_selection.is_some();
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for (i, u) in unplaced.iter().enumerate() {
                    unplaced_row(ui, lang, i, u, can_place, actions);
                    ui.separator();
                }
            });
        weak(ui, &tr(lang, "dialog-unplaced-hidden"));
    });
    if !open {
        actions.push(Action::ShowUnplaced(false));
    }
}

/// One unplaced mention: its type and text, its saved context, Place here and Drop.
fn unplaced_row(
    ui: &mut Ui,
    lang: Language,
    i: usize,
    u: &UnplacedMention,
    can_place: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        label_colored(
            ui,
            &label_name(lang, u.mention.label),
            Some(label_color(u.mention.label)),
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
        if bidi_button(ui, lang, "dialog-place-here", can_place)
            .disabled_hover_text(tr(lang, "dialog-place-needs-selection"))
            .hover_text(tr(lang, "dialog-place-tooltip"))
            .clicked()
        {
            actions.push(Action::PlaceUnplaced(i));
        }
        if bidi_button(ui, lang, "dialog-drop", true)
            .hover_text(tr(lang, "dialog-drop-tooltip"))
            .clicked()
        {
            actions.push(Action::DropUnplaced(i));
        }
    });
}
