//! The entity sidebar: entities grouped by type, each group collapsible with its colour
//! and count; a loose Arabic filter; sort order; colour-all toggle with legend.

use egui::{RichText, Ui};
use sahifa_model::Label;
use sahifa_text::TextLabel;

use crate::l10n::{Language, label_group_name, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::state::document::{Extraction, OpenDocument};
use crate::state::entity_rows::EntityRow;
use crate::state::settings::EntitySort;
use crate::ui::bidi_widgets::{
    BidiHover, LabelText, checkbox, heading, label, label_colored, selectable, shaped_line,
};
use crate::ui::context_menus::entity_menu;
use crate::ui::widgets::{clickable_row, direction_row, label_color};

/// Shows the sidebar for `doc`: heading, filter, sort, colour-all, then the entities.
pub fn show(ui: &mut Ui, app: &AppState, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    ui.add_space(4.0);
    heading(ui, &tr(lang, "sidebar-entities"));
    filter_box(ui, lang, doc, actions);
    sort_row(ui, app, actions);
    colour_all(ui, app, actions);
    ui.separator();
    extraction_status(ui, lang, doc);
    entity_list(ui, app, doc, actions);
}

/// The loose Arabic filter of the entity names.
fn filter_box(ui: &mut Ui, lang: Language, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let mut filter = doc.view.filter.clone();
    let hint = tr(lang, "sidebar-filter-hint");
    let response = direction_row(ui, lang, false, |ui| {
        let label = label(ui, &tr(lang, "sidebar-filter"));
        ui.add(
            sahifa_text::TextInput::new(&mut filter)
                .hint(&hint)
                .id_salt(("entity filter", doc.id.0)),
        )
        .labelled_by(label.id)
    })
    .hover_text(tr(lang, "sidebar-filter-tooltip"));
    if response.changed() {
        actions.push(Action::SetFilter(filter));
    }
}

/// «Sort: by mentions | by first appearance».
fn sort_row(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;
    direction_row(ui, lang, false, |ui| {
        label(ui, &tr(lang, "sidebar-sort"));
        for (sort, name) in [
            (EntitySort::Mentions, "sidebar-sort-mentions"),
            (EntitySort::FirstAppearance, "sidebar-sort-first-appearance"),
        ] {
            if selectable(ui, settings.sort == sort, &tr(lang, name)).clicked() {
                actions.push(Action::SetSort(sort));
            }
        }
    });
}

/// The colour-all toggle, and the legend of the types while it is on.
fn colour_all(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;
    let show_all = Command::ToggleShowAll;
    if checkbox(ui, lang, settings.show_all, show_all.label(lang))
        .hover_text(show_all.tooltip(lang))
        .clicked()
    {
        actions.push(Action::Command(show_all));
    }
    if settings.show_all {
        legend(ui, app, actions);
    }
}

/// Extraction running, failed, or found nothing.
fn extraction_status(ui: &mut Ui, lang: Language, doc: &OpenDocument) {
    match &doc.extraction {
        Extraction::Running => {
            ui.horizontal(|ui| {
                ui.spinner();
                label(ui, &tr(lang, "sidebar-extracting"));
            });
        }
        Extraction::Failed(message) => {
            label_colored(ui, message, Some(ui.visuals().error_fg_color));
        }
        Extraction::Done if doc.entity_rows().is_empty() => {
            label(ui, &tr(lang, "sidebar-no-entities"));
        }
        _ => {}
    }
}

/// The entities, one collapsible group per type, with ↑/↓ moving the selection.
fn entity_list(ui: &mut Ui, app: &AppState, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;
    let mut nav = KeyboardNav::begin(ui);
    egui::ScrollArea::vertical()
        .id_salt("entity list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for label in Label::ALL {
                if doc.label_total(label) == 0 {
                    continue;
                }
                let rows = doc.rows_of(label, settings.sort, &doc.view.filter);
                let title = RichText::new(format!(
                    "{} ({})",
                    label_group_name(lang, label),
                    rows.len()
                ))
                .color(label_color(label))
                .strong();
                egui::CollapsingHeader::new(title)
                    .id_salt(("entity group", label.as_str()))
                    .default_open(true)
                    .show(ui, |ui| group_rows(ui, app, doc, &rows, &mut nav, actions));
            }
        });
    nav.end(ui, doc.view.selected, actions);
}

/// Height of one entity row in points.
const ROW_HEIGHT: f32 = 26.0;

/// The rows of one group. Only the rows inside the visible part of the list are built;
/// the others are empty space of the same height, so a long article's thousands of
/// entities cost what a screenful does.
fn group_rows(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    rows: &[&EntityRow],
    nav: &mut KeyboardNav,
    actions: &mut Vec<Action>,
) {
    let spacing = ui.spacing().item_spacing.y;
    let stride = ROW_HEIGHT + spacing;
    let top = ui.cursor().top();
    let clip = ui.clip_rect();
    let first = (((clip.top() - top) / stride).floor().max(0.0) as usize).min(rows.len());
    let end =
        ((((clip.bottom() - top) / stride).ceil().max(0.0) as usize) + 1).clamp(first, rows.len());
    nav.order.extend(rows.iter().map(|r| r.id));
    if nav.refocus
        && let Some(k) = rows.iter().position(|r| Some(r.id) == doc.view.selected)
        && !(first..end).contains(&k)
    {
        // The row the keys moved to is off screen: scroll to it; it takes focus when drawn.
        let rect = egui::Rect::from_min_size(
            egui::pos2(ui.min_rect().left(), top + k as f32 * stride),
            egui::vec2(ui.available_width(), ROW_HEIGHT),
        );
        ui.scroll_to_rect(rect, None);
        nav.refocus_pending = true;
    }
    if first > 0 {
        ui.add_space(first as f32 * stride);
    }
    for row in &rows[first..end] {
        entity_row(ui, app, doc, row, nav, actions);
    }
    let rest = rows.len() - end;
    if rest > 0 {
        ui.add_space(rest as f32 * stride - spacing);
    }
}

/// One entity's row: name, title and mention count; a click selects it.
fn entity_row(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    row: &EntityRow,
    nav: &mut KeyboardNav,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let selected = doc.view.selected == Some(row.id);
    let name = row.name.as_str();
    let mentions = tr_args(lang, "mention-count", &[("count", row.mentions.into())]);
    let row_name = match &row.title {
        Some(title) => tr_args(
            lang,
            "sidebar-row-titled",
            &[
                ("name", name.into()),
                ("title", title.as_str().into()),
                ("mentions", mentions.into()),
            ],
        ),
        None => tr_args(
            lang,
            "sidebar-row",
            &[("name", name.into()), ("mentions", mentions.into())],
        ),
    };
    let title = row.title.as_deref();
    let mut response = clickable_row(ui, &row_name, selected, ROW_HEIGHT, |ui| {
        name_and_title(ui, name, title);
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.weak(row.mentions.to_string())
                .hover_text(tr(lang, "sidebar-mentions-tooltip"));
        });
    });
    if let Some(title) = title {
        // The row may show the title cut short: the whole of it is a hover away.
        response = response.hover_text(format!("{name} — {title}"));
    }
    if response.clicked() {
        // Keyboard focus follows, so ↑/↓ go on from here.
        response.request_focus();
        actions.push(Action::SelectEntity(row.id));
    }
    if selected && nav.refocus_pending {
        response.request_focus();
        response.scroll_to_me(None);
        nav.refocus_pending = false;
    }
    nav.any_focus |= response.has_focus();
    entity_menu(&response, app, doc, row, actions);
}

/// Room kept at the row's far end for the mention count, in points.
const COUNT_WIDTH: f32 = 36.0;

/// A row's name and title, each on one line cut with «…» where it does not fit, so that
/// every row keeps [`ROW_HEIGHT`] (the list is drawn by rows of that height) however long
/// the title («ولي العهد رئيس مجلس الوزراء وزير الدفاع»). When both do not fit, the title
/// keeps what it needs up to two fifths of the room and the name the rest.
fn name_and_title(ui: &mut Ui, name: &str, title: Option<&str>) {
    let room = (ui.available_width() - COUNT_WIDTH).max(0.0);
    let title_needs = title.map_or(0.0, |title| {
        let gap = ui.spacing().item_spacing.x;
        let (_, width) = shaped_line(ui.ctx(), title, 13.0)
            .content_x_range()
            .unwrap_or_default();
        width + gap
    });
    let name_room = room - title_needs.min(room * 0.4);
    ui.add(one_line(name, 16.0, name_room));
    if let Some(title) = title {
        let rest = (ui.available_width() - COUNT_WIDTH).max(0.0);
        let weak = ui.visuals().weak_text_color();
        ui.add(one_line(title, 13.0, rest).color(weak));
    }
}

/// `text` on one line of at most `width` points, ending in «…» when cut (its accessible
/// label keeps the whole text).
fn one_line(text: &str, size: f32, width: f32) -> TextLabel<'_> {
    TextLabel::new(text)
        .size(size)
        .no_wrap()
        .max_lines(1)
        .max_width(width)
}

/// ↑/↓ move the entity selection through the rows as shown (collapsed groups skipped)
/// while a row has keyboard focus — after a click on one, or Tab to one.
struct KeyboardNav {
    /// A row had focus at the end of the last frame (or the selection just moved by key).
    active: bool,
    /// The selection moved by key last frame: its row takes focus and scrolls into view.
    refocus: bool,
    any_focus: bool,
    /// The selected row must take focus but was not drawn this frame (scrolled to).
    refocus_pending: bool,
    order: Vec<sahifa_model::EntityId>,
}

impl KeyboardNav {
    const ID: &str = "sahifa sidebar keyboard";

    fn begin(ui: &Ui) -> Self {
        let (active, refocus) = ui
            .ctx()
            .data(|d| d.get_temp::<(bool, bool)>(egui::Id::unique(Self::ID)))
            .unwrap_or_default();
        Self {
            active,
            refocus,
            any_focus: false,
            refocus_pending: refocus,
            order: Vec::new(),
        }
    }

    fn end(self, ui: &Ui, selected: Option<sahifa_model::EntityId>, actions: &mut Vec<Action>) {
        let mut moved = false;
        if self.active || self.any_focus {
            let step = ui.input_mut(|i| {
                if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown) {
                    1
                } else if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp) {
                    -1
                } else {
                    0
                }
            });
            let at = selected.and_then(|id| self.order.iter().position(|&r| r == id));
            let next = match (step, at) {
                (0, _) => None,
                (_, None) => self.order.first(),
                (1, Some(i)) => self.order.get(i + 1),
                (_, Some(i)) => i.checked_sub(1).and_then(|i| self.order.get(i)),
            };
            if let Some(&id) = next {
                actions.push(Action::SelectEntity(id));
                moved = true;
            }
        }
        // A row that was to take focus but was off screen takes it next frame.
        let listed = selected.is_some_and(|id| self.order.contains(&id));
        let refocus = moved || (self.refocus && self.refocus_pending && listed);
        let keep = self.any_focus || refocus;
        ui.ctx()
            .data_mut(|d| d.insert_temp(egui::Id::unique(Self::ID), (keep, refocus)));
    }
}

/// The colours of the entity types, each with its show/hide toggle.
fn legend(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    label(ui, &tr(lang, "sidebar-legend"));
    direction_row(ui, lang, true, |ui| {
        for label in Label::ALL {
            let visible = app.settings().label_visible(label);
            let text = LabelText::colored(label_group_name(lang, label), label_color(label));
            if checkbox(ui, lang, visible, text).clicked() {
                actions.push(Action::ToggleLabel(label));
            }
        }
    });
}
