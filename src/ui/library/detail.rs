//! The picked library entity: name, type and counts; its aliases, each with «Split off»;
//! «Merge with…»; who it appears with (a list and a drawn neighbourhood); the articles it
//! appears in, each with keyword-in-context snippets that open the article at the mention.

use egui::Ui;
use sahifa_library::{LibEntityId, Neighbour};

use crate::l10n::{Language, label_group_name, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::state::library::{HitWithSnippets, LibraryState, PickedEntity};
use crate::ui::bidi_widgets::{BidiHover, heading, weak};
use crate::ui::widgets::{
    FIND_COLOR, arabic_label, arabic_label_highlighted, clickable_row, direction_row, label_color,
    text_button,
};

/// Articles listed under the picked entity (the rest are counted).
const MAX_ARTICLES: usize = 100;
/// Room an article's title row and one of its snippets take, for those not laid out.
const ESTIMATED_TITLE: f32 = 36.0;
const ESTIMATED_SNIPPET: f32 = 50.0;

/// Shows the picked entity, or how to pick one.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let view = &app.library;
    let Some(picked) = &view.picked else {
        let id = if view.picking.is_some() {
            "library-loading"
        } else {
            "library-pick-entity"
        };
        direction_row(ui, lang, false, |ui| weak(ui, &tr(lang, id)));
        return;
    };
    title(ui, lang, view, picked, actions);
    ui.separator();
    // «Appears with» on the far side of the reading direction, the articles in the rest.
    let panel = match lang {
        Language::English => egui::Panel::right("library appears with"),
        Language::Arabic => egui::Panel::left("library appears with"),
    };
    panel
        .resizable(true)
        .default_size(320.0)
        .size_range(220.0..=520.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("library appears with")
                .auto_shrink([false, false])
                .show(ui, |ui| appears_with(ui, lang, picked, actions));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("library entity articles")
            .auto_shrink([false, false])
            .show(ui, |ui| articles(ui, lang, picked, actions));
    });
}

/// Name, type and counts; aliases with «Split off»; «Merge with…».
fn title(
    ui: &mut Ui,
    lang: Language,
    view: &LibraryState,
    picked: &PickedEntity,
    actions: &mut Vec<Action>,
) {
    let entity = &picked.entity;
    direction_row(ui, lang, true, |ui| {
        arabic_label(ui, &entity.canonical, 22.0, None);
        let kind = label_group_name(lang, entity.label);
        arabic_label(ui, &kind, 14.0, Some(label_color(entity.label)));
        weak(ui, &super::counts(lang, entity.articles, entity.mentions));
    });
    direction_row(ui, lang, true, |ui| {
        let merging = view.merging;
        let text = if merging {
            tr(lang, "library-merge-cancel")
        } else {
            tr(lang, "library-merge-with")
        };
        if text_button(ui, &text, "merge with", true)
            .hover_text(tr(lang, "library-merge-with-tooltip"))
            .clicked()
        {
            actions.push(Action::Library(LibraryAction::Merging(!merging)));
        }
        for alias in &entity.aliases {
            let args = [("alias", alias.as_str().into())];
            let text = tr_args(lang, "library-split-off", &args);
            if text_button(ui, &text, ("split", alias), true)
                .hover_text(tr(lang, "library-split-off-tooltip"))
                .clicked()
            {
                actions.push(Action::Library(LibraryAction::Split {
                    entity: entity.id,
                    alias: alias.clone(),
                }));
            }
        }
    });
}

/// «Appears with»: the neighbourhood drawn, and the list by shared articles.
fn appears_with(ui: &mut Ui, lang: Language, picked: &PickedEntity, actions: &mut Vec<Action>) {
    heading(ui, &tr(lang, "library-appears-with"));
    if picked.neighbours.is_empty() {
        weak(ui, &tr(lang, "library-appears-with-none"));
        return;
    }
    if let Some(id) = super::graph::show(ui, lang, &picked.entity, &picked.neighbours) {
        actions.push(Action::Library(LibraryAction::Pick(id)));
    }
    let mut budget = super::Budget::start();
    for neighbour in &picked.neighbours {
        if !budget.allows(ui) {
            break;
        }
        if let Some(id) = neighbour_row(ui, lang, neighbour) {
            actions.push(Action::Library(LibraryAction::Pick(id)));
        }
    }
}

/// One neighbour: name and shared articles; a click picks it.
fn neighbour_row(ui: &mut Ui, lang: Language, neighbour: &Neighbour) -> Option<LibEntityId> {
    let entity = &neighbour.entity;
    let shared = super::together(lang, neighbour.shared_articles);
    let name = tr_args(
        lang,
        "library-neighbour-row",
        &[
            ("name", entity.canonical.as_str().into()),
            ("shared", shared.as_str().into()),
        ],
    );
    let response = clickable_row(ui, &name, false, 24.0, |ui| {
        let color = Some(label_color(entity.label));
        super::name_label(ui, &entity.canonical, 15.0, color, 130.0);
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            super::counts_label(ui, &shared);
        });
    });
    response.clicked().then_some(entity.id)
}

/// The articles the entity appears in, each with its snippets.
fn articles(ui: &mut Ui, lang: Language, picked: &PickedEntity, actions: &mut Vec<Action>) {
    let args = [("count", picked.hits.len().into())];
    heading(ui, &tr_args(lang, "library-articles-of", &args));
    // Articles below the visible part are not laid out, only their room kept (estimated):
    // the first frame of an entity in hundreds of articles shapes a screenful, not all.
    let mut below = 0.0;
    let mut budget = super::Budget::start();
    for hit in picked.hits.iter().take(MAX_ARTICLES) {
        if ui.cursor().top() > ui.clip_rect().bottom() || !budget.allows(ui) {
            below += ESTIMATED_TITLE + ESTIMATED_SNIPPET * hit.snippets.len() as f32;
            continue;
        }
        article(ui, lang, hit, actions);
    }
    ui.add_space(below);
    if picked.hits.len() > MAX_ARTICLES {
        let args = [("count", (picked.hits.len() - MAX_ARTICLES).into())];
        weak(ui, &tr_args(lang, "library-more-articles", &args));
    }
}

/// One article: its title (a click opens it at the first mention), then its snippets.
fn article(ui: &mut Ui, lang: Language, hit: &HitWithSnippets, actions: &mut Vec<Action>) {
    let row = &hit.hit.article;
    let path = row.path.clone();
    let mentions = tr_args(lang, "mention-count", &[("count", hit.hit.mentions.into())]);
    let name = tr_args(
        lang,
        "library-open-article",
        &[("title", row.title.as_str().into())],
    );
    ui.add_space(6.0);
    let response = clickable_row(ui, &name, false, 26.0, |ui| {
        super::name_label(ui, &row.title, 16.0, None, 120.0)
            .on_hover_text(path.display().to_string());
        if row.missing {
            let missing = tr(lang, "library-missing");
            arabic_label(ui, &missing, 13.0, Some(ui.visuals().warn_fg_color));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let weak = ui.visuals().weak_text_color();
            arabic_label(ui, &mentions, 13.0, Some(weak));
        });
    });
    if response.clicked() {
        actions.push(Action::Library(LibraryAction::OpenAt(
            path.clone(),
            hit.hit.first,
        )));
    }
    for (n, snippet) in hit.snippets.iter().enumerate() {
        let args = [("title", row.title.as_str().into()), ("n", (n + 1).into())];
        let name = tr_args(lang, "library-open-snippet", &args);
        let response = super::clickable_block(ui, &name, |ui| {
            ui.add_space(2.0);
            let mark = snippet.mark.clone();
            arabic_label_highlighted(ui, &snippet.text, 14.0, mark, FIND_COLOR);
        });
        if response.clicked() {
            actions.push(Action::Library(LibraryAction::OpenAt(
                path.clone(),
                snippet.range,
            )));
        }
    }
}
