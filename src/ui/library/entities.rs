//! The library's entities page: the list (a type filter, a loose Arabic text filter, the
//! entities with their article and mention counts) beside the picked entity's details.
//! While «Merge with…» is on, a click in the list merges that entity into the picked one.

use egui::Ui;
use sahifa_library::EntityRow;
use sahifa_model::Label;

use crate::l10n::{Language, label_group_name, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::state::library::LibraryState;
use crate::state::settings::UiLanguage;
use crate::ui::bidi_widgets::{BidiHover, label, label_colored, selectable, weak};
use crate::ui::widgets::{clickable_row, direction_row, label_color};

/// Height of one entity row in points.
const ROW_HEIGHT: f32 = 28.0;

/// The accessible name of an entity's row: its name and counts.
pub fn row_name(lang: Language, entity: &EntityRow) -> String {
    let counts = super::counts(lang, entity.articles, entity.mentions);
    tr_args(
        lang,
        "library-entity-row",
        &[
            ("name", entity.canonical.as_str().into()),
            ("counts", counts.into()),
        ],
    )
}

/// The list on the reading side, the picked entity in the rest.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let panel = match lang {
        UiLanguage::English => egui::Panel::left("library entity list"),
        UiLanguage::Arabic => egui::Panel::right("library entity list"),
    };
    panel
        .resizable(true)
        .default_size(340.0)
        .size_range(220.0..=600.0)
        .show(ui, |ui| list(ui, lang, &app.library, actions));
    egui::CentralPanel::default().show(ui, |ui| super::detail::show(ui, app, actions));
}

fn list(ui: &mut Ui, lang: Language, view: &LibraryState, actions: &mut Vec<Action>) {
    type_filter(ui, lang, view.label, actions);
    text_filter(ui, lang, view, actions);
    if let Some(picked) = &view.picked
        && view.merging
    {
        let args = [("name", picked.entity.canonical.as_str().into())];
        label_colored(
            ui,
            &tr_args(lang, "library-merge-pick", &args),
            Some(ui.visuals().warn_fg_color),
        );
    }
    ui.separator();
    if view.visible_count() == 0 {
        weak(ui, &tr(lang, "library-no-entities"));
        return;
    }
    let stride = ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("library entities")
        .auto_shrink([false, false])
        .show_rows(ui, stride, view.visible_count(), |ui, rows| {
            let mut budget = super::Budget::start();
            for n in rows {
                let Some(entity) = view.visible_entity(n) else {
                    continue;
                };
                if budget.allows(ui) {
                    entity_row(ui, lang, view, entity, actions);
                } else {
                    ui.allocate_space(egui::vec2(ui.available_width(), ROW_HEIGHT));
                }
            }
        });
}

/// «All» and one choice per type.
fn type_filter(ui: &mut Ui, lang: Language, current: Option<Label>, actions: &mut Vec<Action>) {
    direction_row(ui, lang, true, |ui| {
        if selectable(ui, current.is_none(), &tr(lang, "library-all-types")).clicked() {
            actions.push(Action::Library(LibraryAction::SetLabel(None)));
        }
        for label in Label::ALL {
            let name = label_group_name(lang, label);
            if selectable(ui, current == Some(label), &name).clicked() {
                actions.push(Action::Library(LibraryAction::SetLabel(Some(label))));
            }
        }
    });
}

/// The loose Arabic filter of the names and aliases.
fn text_filter(ui: &mut Ui, lang: Language, view: &LibraryState, actions: &mut Vec<Action>) {
    let mut filter = view.filter().to_owned();
    let hint = tr(lang, "library-filter-hint");
    let response = direction_row(ui, lang, false, |ui| {
        let name = label(ui, &tr(lang, "library-filter"));
        ui.add(
            sahifa_text::TextInput::new(&mut filter)
                .hint(&hint)
                .id_salt("library entity filter"),
        )
        .labelled_by(name.id)
    })
    .hover_text(tr(lang, "library-filter-tooltip"));
    if response.changed() {
        actions.push(Action::Library(LibraryAction::SetFilter(filter)));
    }
}

/// One entity: its name in its type's colour, article and mention counts.
fn entity_row(
    ui: &mut Ui,
    lang: Language,
    view: &LibraryState,
    entity: &EntityRow,
    actions: &mut Vec<Action>,
) {
    let selected = view.picking == Some(entity.id);
    let counts = super::counts(lang, entity.articles, entity.mentions);
    let response = clickable_row(ui, &row_name(lang, entity), selected, ROW_HEIGHT, |ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
        ui.painter()
            .circle_filled(rect.center(), 4.0, label_color(entity.label));
        super::name_label(ui, &entity.canonical, 16.0, None, 150.0);
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            super::counts_label(ui, &counts);
        });
    });
    if response.clicked() {
        let merging = view.merging;
        match &view.picked {
            Some(picked) if merging && picked.entity.id != entity.id => {
                actions.push(Action::Library(LibraryAction::Merge {
                    keep: picked.entity.id,
                    other: entity.id,
                }));
            }
            _ => actions.push(Action::Library(LibraryAction::Pick(entity.id))),
        }
    }
}
