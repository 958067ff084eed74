//! The panels of the window. They read the app's state and emit [`Action`]s; they never
//! change state themselves.
//!
//! ```text
//! ┌ menu bar ─────────────────────────────────────┐
//! │ sidebar │ documents · notices · find bar       │
//! │ (right  │ article                              │
//! │ in      │──────────────────────────────────────│
//! │ Arabic) │ mention list                         │
//! └ status bar ───────────────────────────────────┘
//! ```

pub mod annotate_menu;
pub mod article;
pub mod dialogs;
pub mod find_bar;
pub mod mentions;
pub mod menu;
pub mod sidebar;
pub mod status;
pub mod widgets;

use egui::{Color32, Ui};
use sahifa_model::{MentionStatus, TextRange};

use crate::app::document::ranges_in;
use crate::app::i18n::tr;
use crate::app::{Action, OpenDocument, SahifaApp, UiLanguage, label_visible};
use article::{ArticleParams, Highlight};
use widgets::{FIND_COLOR, arabic_label, label_color};

/// The bundled Arabic font, added to egui's fonts so Arabic interface strings (menus in
/// Arabic, text boxes) have glyphs.
const NASKH: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// Adds the bundled Arabic font as a fallback of egui's proportional and monospace fonts.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "NotoNaskhArabic".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(NASKH)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("NotoNaskhArabic".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Draws the whole window.
pub fn show(ui: &mut Ui, app: &SahifaApp, cache: &mut article::Cache, actions: &mut Vec<Action>) {
    let settings = app.settings();
    let lang = settings.language;

    egui::Panel::top("menu bar").show(ui, |ui| menu::show(ui, app, actions));
    egui::Panel::bottom("status bar").show(ui, |ui| status::show(ui, app));

    if let Some(doc) = app.active_document()
        && settings.show_sidebar
    {
        let panel = match lang {
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

    egui::CentralPanel::default().show(ui, |ui| {
        documents_row(ui, app, actions);
        notices(ui, app, actions);
        let Some(doc) = app.active_document() else {
            empty_state(ui, app);
            return;
        };
        if doc.view.find.open {
            find_bar::show(ui, app, doc, actions);
        }
        if settings.show_mention_list && doc.view.selected.is_some() {
            egui::Panel::bottom("mention list")
                .resizable(true)
                .default_size(180.0)
                .show(ui, |ui| mentions::show(ui, app, doc, actions));
        }
        let window = article::highlight_window(cache, doc);
        let highlights = highlights(app, doc, window);
        let marks = annotate_menu::status_marks(app, doc, window);
        let params = ArticleParams {
            highlights: &highlights,
            font_size: settings.font_size,
            line_spacing: settings.line_spacing,
            marks: &marks,
        };
        let output = article::show(ui, cache, doc, &params);
        annotate_menu::article_output(ui, app, doc, &output, actions);
        if let Some(offset) = output.clicked {
            actions.push(Action::ClickedText(offset));
        }
        if let Some(offset) = output.hovered
            && !egui::Popup::is_any_open(ui.ctx())
        {
            mention_tooltip(ui, doc, offset, lang);
        }
    });

    drop_overlay(ui, lang);
    about_window(ui, app, actions);
    dialogs::show(ui, app, actions);
}

/// The open documents as tabs; a click switches, the cross closes.
fn documents_row(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    if app.documents().is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for (i, doc) in app.documents().iter().enumerate() {
            let name = doc.doc.display_name();
            let selected = app.active_index() == Some(i);
            let path = doc
                .doc
                .source
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let (tab, path) = annotate_menu::tab_title(doc, &name, path);
            if ui
                .selectable_label(selected, tab)
                .on_hover_text(path)
                .clicked()
            {
                actions.push(Action::SwitchDocument(i));
            }
            if ui
                .small_button("×")
                .on_hover_text(format!("Close {name}"))
                .clicked()
            {
                actions.push(Action::CloseDocumentAt(i));
            }
            ui.add_space(6.0);
        }
    });
    ui.separator();
}

/// Errors and messages, each with a dismiss button.
fn notices(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
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
                    if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                        actions.push(Action::DismissNotice(i));
                    }
                    arabic_label(ui, &notice.message, 14.0, Some(color));
                });
            });
    }
}

fn empty_state(ui: &mut Ui, app: &SahifaApp) {
    let lang = app.settings().language;
    ui.centered_and_justified(|ui| {
        if app.is_busy() {
            ui.spinner();
        } else {
            ui.label(tr(
                lang,
                "Open an article with File > Open, or drop a file here.",
            ));
        }
    });
}

/// The highlights of the shown document: colour-all mentions, the selected entity's
/// mentions, then find hits on top.
pub fn highlights(app: &SahifaApp, doc: &OpenDocument, window: TextRange) -> Vec<Highlight> {
    let settings = app.settings();
    let mut out = Vec::new();
    if settings.show_all {
        for m in doc.mentions_in(window) {
            if m.status != MentionStatus::Rejected && label_visible(settings, m.label) {
                out.push(Highlight {
                    range: m.range,
                    color: label_color(m.label).gamma_multiply(0.35),
                    current: false,
                });
            }
        }
    }
    if let Some(entity) = doc
        .view
        .selected
        .and_then(|id| doc.annotations().entity(id))
    {
        let color = label_color(entity.label);
        let (first, ranges) = ranges_in(doc.selected_mentions(), window);
        for (i, range) in (first..).zip(ranges) {
            let current = doc.view.current_mention == Some(i);
            out.push(Highlight {
                range: *range,
                color: color.gamma_multiply(if current { 0.9 } else { 0.55 }),
                current,
            });
        }
    }
    let (first, hits) = ranges_in(&doc.view.find.hits, window);
    for (i, range) in (first..).zip(hits) {
        let current = doc.view.find.current == Some(i);
        let color = if current {
            Color32::from_rgb(0xFF, 0x96, 0x32)
        } else {
            FIND_COLOR.gamma_multiply(0.7)
        };
        out.push(Highlight {
            range: *range,
            color,
            current,
        });
    }
    out
}

/// The entity, type and title of the mention under the pointer.
fn mention_tooltip(ui: &mut Ui, doc: &OpenDocument, offset: usize, lang: UiLanguage) {
    let annotations = doc.annotations();
    let Some(mention) = doc.mention_at(offset) else {
        return;
    };
    let entity = mention.entity.and_then(|id| annotations.entity(id));
    let id = ui.scope_id().with("mention tooltip");
    egui::Tooltip::always_open(
        ui.ctx().clone(),
        ui.layer_id(),
        id,
        egui::PopupAnchor::Pointer,
    )
    .show(|ui| {
        if let Some(entity) = entity {
            arabic_label(ui, &entity.name, 16.0, None);
            if let Some(title) = &entity.title {
                arabic_label(ui, title, 14.0, None);
            }
        } else {
            arabic_label(ui, doc.doc.text.slice(mention.range), 16.0, None);
        }
        ui.colored_label(label_color(mention.label), tr(lang, mention.label.as_str()));
        annotate_menu::status_hint(ui, doc, mention, lang);
    });
}

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
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        tr(lang, "Drop files to open them"),
        egui::FontId::proportional(28.0),
        Color32::WHITE,
    );
}

fn about_window(ui: &mut Ui, app: &SahifaApp, actions: &mut Vec<Action>) {
    if !app.about_open() {
        return;
    }
    let mut open = true;
    egui::Window::new("About Sahifa")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ui.ctx(), |ui| {
            ui.label(format!(
                "Sahifa {} — a reader for Arabic news articles.",
                env!("CARGO_PKG_VERSION")
            ));
            ui.separator();
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for command in crate::app::Command::ALL {
                    if let Some(shortcut) = command.shortcut() {
                        ui.label(ui.ctx().format_shortcut(&shortcut));
                        ui.label(command.label());
                        ui.end_row();
                    }
                }
            });
        });
    if !open {
        actions.push(Action::Command(crate::app::Command::About));
    }
}
