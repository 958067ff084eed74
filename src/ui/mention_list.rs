//! The mention list: every mention of the selected entity with keyword-in-context; a
//! click jumps to it.

use egui::Ui;

use sahifa_model::Entity;

use crate::l10n::{Language, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::state::document::OpenDocument;
use crate::ui::bidi_widgets::{BidiHover, weak};
use crate::ui::widgets::{
    arabic_label, arabic_label_highlighted, clickable_row, direction_row, label_color,
};

/// Characters of context shown each side of a mention.
const CONTEXT: usize = 40;

/// Shows the mention list of the selected entity of `doc`.
pub fn show(ui: &mut Ui, app: &AppState, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let Some(entity) = doc
        .view
        .selected
        .and_then(|id| doc.annotations().entity(id))
    else {
        weak(ui, &tr(lang, "mentions-select-entity"));
        return;
    };
    heading(ui, lang, doc, entity, actions);
    rows(ui, doc, entity, actions);
}

/// The entity's name and count, Previous / Next, and which mention is current.
fn heading(
    ui: &mut Ui,
    lang: Language,
    doc: &OpenDocument,
    entity: &Entity,
    actions: &mut Vec<Action>,
) {
    let mentions = doc.selected_mentions();
    direction_row(ui, lang, false, |ui| {
        let heading = tr_args(
            lang,
            "mentions-heading",
            &[
                ("name", entity.name.as_str().into()),
                ("count", mentions.len().into()),
            ],
        );
        arabic_label(ui, &heading, 15.0, None);
        ui.add_space(12.0);
        for (command, text) in [
            (Command::PreviousMention, "mentions-previous"),
            (Command::NextMention, "mentions-next"),
        ] {
            let shortcut = command
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            if ui
                .button(tr(lang, text))
                .hover_text(format!("{} ({shortcut})", command.tooltip(lang)))
                .clicked()
            {
                actions.push(Action::Command(command));
            }
        }
        if let Some(current) = doc.view.current_mention {
            arabic_label(
                ui,
                &format!("{} / {}", current + 1, mentions.len()),
                14.0,
                None,
            );
        }
    });
}

/// Height of one row in points.
const ROW_HEIGHT: f32 = 24.0;

/// One row per mention with its context; only the rows on screen are built, so an entity
/// with thousands of mentions costs no more than one with five.
fn rows(ui: &mut Ui, doc: &OpenDocument, entity: &Entity, actions: &mut Vec<Action>) {
    let mentions = doc.selected_mentions();
    let current = doc.view.current_mention;
    let area = scrolled_to_current(ui, doc);
    area.show_rows(ui, ROW_HEIGHT, mentions.len(), |ui, rows| {
        for i in rows {
            let Some(range) = mentions.get(i) else {
                continue;
            };
            let (before, hit, after) = doc.context(*range, CONTEXT);
            let name = format!("{}: {before}{hit}{after}", i + 1);
            let response = clickable_row(ui, &name, current == Some(i), ROW_HEIGHT, |ui| {
                ui.weak(format!("{}", i + 1));
                let before = before.trim_start();
                let start = before.chars().count();
                let end = start + hit.chars().count();
                let snippet = format!("{before}{hit}{}", after.trim_end());
                let color = label_color(entity.label).gamma_multiply(0.6);
                arabic_label_highlighted(ui, &snippet, 15.0, start..end, color);
            });
            if response.clicked() {
                actions.push(Action::JumpToMention(i));
            }
        }
    });
}

/// The list's scroll area, brought to the current row when it changed (F3, Next, a
/// click in the text).
fn scrolled_to_current(ui: &mut Ui, doc: &OpenDocument) -> egui::ScrollArea {
    let stride = ROW_HEIGHT + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("mention list", doc.id))
        .auto_shrink([false, false]);
    let served_id = egui::Id::unique(("mention list served", doc.id));
    let current = doc.view.current_mention;
    let served = ui.data(|d| d.get_temp::<Option<usize>>(served_id));
    if served != Some(current) {
        ui.data_mut(|d| d.insert_temp(served_id, current));
        if let Some(i) = current {
            let visible = (ui.available_height() - stride).max(0.0);
            area = area.vertical_scroll_offset((i as f32 * stride - visible / 2.0).max(0.0));
        }
    }
    area
}
