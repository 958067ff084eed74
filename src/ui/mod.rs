//! The ui: draws the window from the [`AppState`] and pushes [`Action`]s; it never
//! changes the state. Ui-only caches (the article's layout) live here too.
//!
//! ```text
//! ┌ menu bar ─────────────────────────────────────┐
//! │ sidebar │ document tabs · notices · find bar   │
//! │ (right  │ article                              │
//! │ in      │──────────────────────────────────────│
//! │ Arabic) │ mention list                         │
//! └ status bar ───────────────────────────────────┘
//! ```
//!
//! One panel, window or dialog per file; [`widgets`] holds the small shared pieces.

pub mod about;
pub mod article;
pub mod bidi_widgets;
pub mod context_menus;
pub mod dialogs;
pub mod document_tabs;
pub mod find_bar;
pub mod fonts;
pub mod highlights;
pub mod learning_menu;
pub mod library;
pub mod mention_list;
pub mod mention_tooltip;
pub mod menu_bar;
pub mod notices;
pub mod shortcuts;
pub mod sidebar;
pub mod status_bar;
pub mod style;
pub mod unplaced_window;
pub mod widgets;

use egui::{Color32, Ui};

use crate::l10n::tr;
use crate::logic::Activity;
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::document::OpenDocument;
use crate::state::settings::UiLanguage;
use article::ArticleParams;

/// Draws the whole window.
pub fn show(
    ui: &mut Ui,
    app: &AppState,
    activity: &Activity,
    cache: &mut article::Cache,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    egui::Panel::top("menu bar").show(ui, |ui| menu_bar::show(ui, app, actions));
    egui::Panel::bottom("status bar").show(ui, |ui| {
        status_bar::show(ui, app, &activity.tasks, actions);
    });
    let library_shown = app.library.shown;
    if let Some(doc) = app.active_document()
        && app.settings().show_sidebar
        && !library_shown
    {
        sidebar_panel(ui, app, doc, actions);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        document_tabs::show(ui, app, actions);
        notices::show(ui, app, actions);
        if library_shown {
            library::show(ui, app, actions);
            return;
        }
        match app.active_document() {
            Some(doc) => document(ui, app, doc, cache, actions),
            None => empty_state(ui, app, activity.busy),
        }
    });
    drop_overlay(ui, lang);
    about::show(ui, app, actions);
    unplaced_window::show(ui, app, actions);
    dialogs::show(ui, app, actions);
    library::windows::show(ui, app, actions);
}

/// The entity sidebar, on the left in English and on the right in Arabic; its width is
/// kept in the settings once the user has resized it.
fn sidebar_panel(ui: &mut Ui, app: &AppState, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let panel = match settings.language {
        UiLanguage::English => egui::Panel::left("entity sidebar"),
        UiLanguage::Arabic => egui::Panel::right("entity sidebar"),
    };
    let response = panel
        .resizable(true)
        .default_size(settings.sidebar_width)
        .size_range(180.0..=600.0)
        .show(ui, |ui| sidebar::show(ui, app, doc, actions));
    let width = response.response.rect.width();
    let dragging = ui.input(|i| i.pointer.any_down());
    if !dragging && (width - settings.sidebar_width).abs() > 1.0 {
        actions.push(Action::SetSidebarWidth(width));
    }
}

/// The shown document: find bar, mention list, the article with its menus and tooltip.
fn document(
    ui: &mut Ui,
    app: &AppState,
    doc: &OpenDocument,
    cache: &mut article::Cache,
    actions: &mut Vec<Action>,
) {
    let settings = app.settings();
    if doc.view.find.open {
        find_bar::show(ui, app, doc, actions);
    }
    if settings.show_mention_list && doc.view.selected.is_some() {
        egui::Panel::bottom("mention list")
            .resizable(true)
            .default_size(180.0)
            .show(ui, |ui| mention_list::show(ui, app, doc, actions));
    }
    let window = article::highlight_window(cache, doc);
    let highlights = highlights::highlights(app, doc, window);
    let marks = highlights::status_marks(app, doc, window);
    let params = ArticleParams {
        highlights: &highlights,
        font_size: settings.font_size,
        line_spacing: settings.line_spacing,
        marks: &marks,
    };
    let output = article::show(ui, cache, doc, &params);
    context_menus::article_output(ui, app, doc, &output, actions);
    if let Some(offset) = output.clicked {
        actions.push(Action::ClickedText(offset));
    }
    if let Some(offset) = output.hovered
        && !egui::Popup::is_any_open(ui.ctx())
    {
        let taught = &app.knowledge;
        mention_tooltip::mention_tooltip(ui, doc, offset, settings.language, taught);
    }
}

/// The middle of the window with no document: a spinner while one loads, else how to
/// open one.
fn empty_state(ui: &mut Ui, app: &AppState, busy: bool) {
    let lang = app.settings().language;
    ui.centered_and_justified(|ui| {
        if busy {
            ui.spinner();
        } else {
            bidi_widgets::label(ui, &tr(lang, "empty-state"));
        }
    });
}

/// Darkens the window while files are dragged over it.
fn drop_overlay(ui: &mut Ui, lang: UiLanguage) {
    let hovering = ui.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let rect = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop overlay"),
    ));
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    bidi_widgets::paint_centered(&painter, &tr(lang, "drop-overlay"), 28.0, Color32::WHITE);
}
