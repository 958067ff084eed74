//! The entity picker: a searchable list of the shown document's entities, to attach a
//! mention to or merge an entity into.

use sahifa_model::{EntityId, Label};

use crate::l10n::{Language, label_name, tr};
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::PickFor;
use crate::state::loose_match::contains_loose;
use crate::ui::bidi_widgets::{BidiHover, label_colored, show_window, weak};
use crate::ui::widgets::{arabic_label, bidi_button, clickable_row, label_color};

/// Shows the picker: a filter box, «No entity» when attaching, and the matching entities.
pub fn show(
    ctx: &egui::Context,
    app: &AppState,
    purpose: PickFor,
    filter: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let title = match purpose {
        PickFor::Attach(_) => tr(lang, "dialog-attach-title"),
        PickFor::MergeInto(_) => tr(lang, "dialog-merge-title"),
    };
    let choices = choices(app, purpose, filter);
    let mut open = true;
    let window = egui::Window::new(&title)
        .id(egui::Id::unique("entity picker"))
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(320.0);
    show_window(ctx, window, &title, &mut open, |ui| {
        filter_box(ui, lang, filter, actions);
        if let PickFor::Attach(_) = purpose
            && bidi_button(ui, lang, "dialog-no-entity", true)
                .hover_text(tr(lang, "dialog-no-entity-tooltip"))
                .clicked()
        {
            actions.push(Action::Picked(None));
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| choice_rows(ui, lang, choices, actions));
    });
    if !open {
        actions.push(Action::CloseDialog);
    }
}

/// The entities that can be picked and pass the filter, by type then name. The mention's
/// own entity is no choice for «attach»; the absorbed one none for «merge».
fn choices(app: &AppState, purpose: PickFor, filter: &str) -> Vec<(EntityId, Label, String)> {
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
    choices
}

/// The search box of the picker.
fn filter_box(ui: &mut egui::Ui, lang: Language, filter: &str, actions: &mut Vec<Action>) {
    let hint = tr(lang, "dialog-picker-hint");
    let mut text = filter.to_owned();
    let response = ui.add(
        sahifa_text::TextInput::new(&mut text)
            .hint(&hint)
            .id_salt("entity picker filter"),
    );
    if response.changed() {
        actions.push(Action::SetDialogText(text));
    }
}

/// One clickable row per entity: its name, and its type in the type's colour.
fn choice_rows(
    ui: &mut egui::Ui,
    lang: Language,
    choices: Vec<(EntityId, Label, String)>,
    actions: &mut Vec<Action>,
) {
    if choices.is_empty() {
        weak(ui, &tr(lang, "dialog-no-entity-matches"));
    }
    for (id, label, name) in choices {
        let row = clickable_row(
            ui,
            &format!("{name}, {}", label_name(lang, label)),
            false,
            24.0,
            |ui| {
                arabic_label(ui, &name, 15.0, None);
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    label_colored(ui, &label_name(lang, label), Some(label_color(label)));
                });
            },
        );
        if row.clicked() {
            actions.push(Action::Picked(Some(id)));
        }
    }
}
