//! The right-click menus that correct annotations: the article's (mark the selection, or
//! act on the mention under the pointer) and the sidebar's entity menu.

use egui::Ui;
use sahifa_annotate::{Edit, Target};
use sahifa_model::{EntityId, Label, Mention, MentionStatus};

use crate::l10n::{Language, label_name, tr};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::state::dialog::{Dialog, PickFor, TextField};
use crate::state::document::OpenDocument;
use crate::state::entity_rows::EntityRow;
use crate::ui::article::ArticleOutput;
use crate::ui::bidi_widgets::{
    BidiHover, colored_menu_item, menu_item, menu_row, radio, sized_atom, submenu,
};
use crate::ui::mention_tooltip::status_text;
use crate::ui::widgets::{arabic_label, label_color};

/// A menu item showing message `id`.
fn entry(ui: &mut Ui, lang: Language, id: &str, enabled: bool) -> egui::Response {
    menu_item(ui, lang, &tr(lang, id), None, None, enabled)
}

/// Where the article's context menu remembers the offset it was opened on.
fn menu_offset_id() -> egui::Id {
    egui::Id::unique("sahifa article context offset")
}

/// Reports selection changes and shows the article's context menu.
pub fn article_output(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    output: &ArticleOutput,
    actions: &mut Vec<Action>,
) {
    if output.selection_changed {
        actions.push(Action::TextSelected(output.selection));
    }
    let Some(response) = output.area.and_then(|id| ui.ctx().read_response(id)) else {
        return;
    };
    if response.secondary_clicked() {
        let offset = output.hovered;
        ui.ctx()
            .data_mut(|d| d.insert_temp(menu_offset_id(), offset));
    }
    response.context_menu(|ui| {
        let offset = ui
            .ctx()
            .data(|d| d.get_temp::<Option<usize>>(menu_offset_id()))
            .flatten();
        article_menu(ui, app, doc, output.selection, offset, actions);
    });
}

fn article_menu(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    selection: Option<sahifa_model::TextRange>,
    offset: Option<usize>,
    actions: &mut Vec<Action>,
) {
    ui.set_min_width(240.0);
    let hits = offset
        .map(|o| sahifa_annotate::mentions_at(doc.annotations(), o))
        .unwrap_or_default();
    // The selection is offered when the click was on it, or on no mention.
    let on_selection =
        selection.is_some_and(|s| hits.is_empty() || offset.is_some_and(|o| s.contains(o)));
    let lang = app.settings().language;
    if on_selection {
        let heading = tr(lang, "context-mark-selection-as");
        let strong = Some(ui.visuals().strong_text_color());
        menu_row(
            ui,
            lang,
            &heading,
            vec![sized_atom(ui, &heading, 14.0, strong)],
        );
        for label in Label::ALL {
            let command = Command::MarkAs(label);
            let shortcut = command.shortcut().map(|s| ui.ctx().format_shortcut(&s));
            let name = label_name(lang, label);
            if colored_menu_item(ui, lang, &name, label_color(label), shortcut)
                .hover_text(command.tooltip(lang))
                .clicked()
            {
                actions.push(Action::Command(command));
                ui.close();
            }
        }
        if !doc.sidecar.unplaced.is_empty() {
            ui.separator();
            submenu(ui, lang, &tr(lang, "context-place-unplaced"), |ui| {
                for (i, u) in doc.sidecar.unplaced.iter().enumerate() {
                    let text = format!("{} «{}»", label_name(lang, u.mention.label), u.text());
                    if menu_item(ui, lang, &text, None, None, true).clicked() {
                        actions.push(Action::PlaceUnplaced(i));
                        ui.close();
                    }
                }
            });
        }
    }
    for (n, &index) in hits.iter().enumerate() {
        if n > 0 || on_selection {
            ui.separator();
        }
        mention_items(ui, app, doc, index, actions);
    }
    if hits.is_empty() && !on_selection {
        let nothing = tr(lang, "context-nothing-here");
        let weak = Some(ui.visuals().weak_text_color());
        menu_row(
            ui,
            lang,
            &nothing,
            vec![sized_atom(ui, &nothing, 14.0, weak)],
        );
    }
}

/// The items acting on the mention at `index`, then on its entity.
fn mention_items(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    index: usize,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let annotations = doc.annotations();
    let Some(mention) = annotations.mentions.get(index) else {
        return;
    };
    let name = doc.doc.text.slice(mention.range);
    let kind = label_name(lang, mention.label);
    let color = Some(label_color(mention.label));
    let atoms = vec![
        sized_atom(ui, name, 16.0, None),
        sized_atom(ui, &kind, 14.0, color),
    ];
    menu_row(ui, lang, &format!("{name} {kind}"), atoms);
    let status = tr(lang, status_text(mention.status));
    let weak = Some(ui.visuals().weak_text_color());
    menu_row(ui, lang, &status, vec![sized_atom(ui, &status, 13.0, weak)]);
    mention_edit_items(ui, lang, doc, index, mention, actions);
    if let Some(entity) = mention.entity.and_then(|id| annotations.entity(id)) {
        ui.separator();
        let heading = tr(lang, "context-entity");
        let atoms = vec![
            sized_atom(ui, &heading, 13.0, weak),
            sized_atom(ui, &entity.name, 14.0, None),
        ];
        menu_row(ui, lang, &format!("{heading} {}", entity.name), atoms);
        entity_items(ui, app, doc, entity.id, actions);
    }
}

/// Confirm, change type, attach, split off, delete: the edits of one mention.
fn mention_edit_items(
    ui: &mut Ui,
    lang: Language,
    doc: &OpenDocument,
    index: usize,
    mention: &Mention,
    actions: &mut Vec<Action>,
) {
    let annotations = doc.annotations();
    let entity = mention.entity.and_then(|id| annotations.entity(id));
    let target = Target::Mention(index);
    if mention.status == MentionStatus::Auto && entry(ui, lang, "context-confirm", true).clicked() {
        actions.push(Action::Edit(Edit::Confirm { target }));
        ui.close();
    }
    submenu(ui, lang, &tr(lang, "context-change-type"), |ui| {
        label_items(ui, lang, mention.label, actions, |label| Edit::SetLabel {
            target,
            label,
        });
    });
    if entry(ui, lang, "context-attach", true)
        .hover_text(tr(lang, "context-attach-tooltip"))
        .clicked()
    {
        actions.push(Action::OpenDialog(Dialog::PickEntity {
            purpose: PickFor::Attach(index),
            filter: String::new(),
        }));
        ui.close();
    }
    if let Some(entity) = entity {
        let others = annotations.mentions_of(entity.id).count() > 1;
        if entry(ui, lang, "context-split", others)
            .hover_text(tr(lang, "context-split-tooltip"))
            .clicked()
        {
            actions.push(Action::Edit(Edit::SplitMention {
                mention: index,
                name: doc.doc.text.slice(mention.range).to_owned(),
            }));
            ui.close();
        }
    }
    let delete_hint = match mention.status {
        MentionStatus::Manual => "context-delete-manual-tooltip",
        _ => "context-delete-auto-tooltip",
    };
    if entry(ui, lang, "context-delete-mention", true)
        .hover_text(tr(lang, delete_hint))
        .clicked()
    {
        actions.push(Action::delete(target));
        ui.close();
    }
}

/// A «Change type» submenu: one item per type, the current one checked.
fn label_items(
    ui: &mut Ui,
    lang: crate::l10n::Language,
    current: Label,
    actions: &mut Vec<Action>,
    edit: impl Fn(Label) -> Edit,
) {
    for label in Label::ALL {
        let text = label_name(lang, label);
        if radio(ui, lang, label == current, &text, Some(label_color(label))).clicked()
            && label != current
        {
            actions.push(Action::Edit(edit(label)));
            ui.close();
        }
    }
}

/// The items acting on an entity (sidebar menu, and the lower half of a mention's).
fn entity_items(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    id: EntityId,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let annotations = doc.annotations();
    let Some(entity) = annotations.entity(id) else {
        return;
    };
    let target = Target::Entity(id);
    let automatic = annotations
        .mentions_of(id)
        .any(|m| m.status == MentionStatus::Auto);
    if entry(ui, lang, "context-confirm-all", automatic).clicked() {
        actions.push(Action::Edit(Edit::Confirm { target }));
        ui.close();
    }
    submenu(ui, lang, &tr(lang, "context-change-entity-type"), |ui| {
        label_items(ui, lang, entity.label, actions, |label| Edit::SetLabel {
            target,
            label,
        });
    });
    if entry(ui, lang, "context-rename", true)
        .hover_text(tr(lang, "context-rename-tooltip"))
        .clicked()
    {
        actions.push(Action::OpenDialog(Dialog::EditText {
            field: TextField::Name(id),
            text: entity.name.clone(),
        }));
        ui.close();
    }
    let note = if entity.note.is_some() {
        "context-edit-note"
    } else {
        "context-add-note"
    };
    if entry(ui, lang, note, true).clicked() {
        actions.push(Action::OpenDialog(Dialog::EditText {
            field: TextField::Note(id),
            text: entity.note.clone().unwrap_or_default(),
        }));
        ui.close();
    }
    let others = annotations.entities.len() > 1;
    if entry(ui, lang, "context-merge", others)
        .hover_text(tr(lang, "context-merge-tooltip"))
        .clicked()
    {
        actions.push(Action::OpenDialog(Dialog::PickEntity {
            purpose: PickFor::MergeInto(id),
            filter: String::new(),
        }));
        ui.close();
    }
    if entry(ui, lang, "context-delete-entity", true)
        .hover_text(tr(lang, "context-delete-entity-tooltip"))
        .clicked()
    {
        actions.push(Action::delete(target));
        ui.close();
    }
}

/// The sidebar's right-click menu of one entity (its row), with the note as hover text.
pub fn entity_menu(
    response: &egui::Response,
    app: &AppState,
    doc: &OpenDocument,
    row: &EntityRow,
    actions: &mut Vec<Action>,
) {
    let id = row.id;
    if let Some(note) = row.note.as_deref() {
        response
            .clone()
            .on_hover_ui(|ui| drop(arabic_label(ui, note, 14.0, None)));
    }
    response.context_menu(|ui| {
        ui.set_min_width(220.0);
        if let Some(entity) = doc.annotations().entity(id) {
            let lang = app.settings().language;
            let name = vec![sized_atom(ui, &entity.name, 16.0, None)];
            menu_row(ui, lang, &entity.name, name);
            if let Some(note) = &entity.note {
                arabic_label(ui, note, 13.0, Some(ui.visuals().weak_text_color()));
            }
            ui.separator();
        }
        entity_items(ui, app, doc, id, actions);
    });
}
