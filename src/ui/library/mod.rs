//! The library view, shown in place of the document (its tab beside the document tabs,
//! or Ctrl+L): a header with the counts, the running add and its Cancel; then one of
//! three pages — entities (the list by type with its filters, and the picked entity's
//! articles, snippets, neighbours), articles, full-text search. Mirrored in Arabic.
//!
//! Files: [`entities`] (the list), [`detail`] (the picked entity), [`graph`] (its
//! neighbourhood drawn), [`articles`], [`search`], [`windows`] (failures, typed path).

pub mod articles;
pub mod detail;
pub mod entities;
pub mod graph;
pub mod search;
pub mod windows;

use egui::Ui;

use crate::l10n::{Language, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::state::library::{LibraryPage, LibraryState, LibraryStatus};
use crate::ui::bidi_widgets::{BidiHover, heading, label, label_colored, selectable, weak};
use crate::ui::widgets::{bidi_button, direction_row, text_button};

/// «2 articles · 3 mentions», with each count in its plural form.
pub fn counts(lang: Language, articles: u32, mentions: u32) -> String {
    let articles = tr_args(lang, "article-count", &[("count", articles.into())]);
    let mentions = tr_args(lang, "mention-count", &[("count", mentions.into())]);
    tr_args(
        lang,
        "library-entity-counts",
        &[("articles", articles.into()), ("mentions", mentions.into())],
    )
}

/// «together in 2 articles».
pub fn together(lang: Language, shared: u32) -> String {
    let articles = tr_args(lang, "article-count", &[("count", shared.into())]);
    tr_args(lang, "library-together", &[("articles", articles.into())])
}

/// How long one frame may spend on the library's rows before leaving the rest for the
/// next frame: a new entity's snippets, or a refreshed list, are shaped over a few frames
/// instead of stalling one (60 frames a second leave 16 ms for everything).
pub struct Budget {
    start: std::time::Instant,
    drawn: usize,
}

impl Budget {
    /// Time for rows in one frame.
    const LIMIT: std::time::Duration = std::time::Duration::from_millis(6);

    /// Starts counting now.
    pub fn start() -> Self {
        Self {
            start: std::time::Instant::now(),
            drawn: 0,
        }
    }

    /// True when the next row may be drawn (the first always is); otherwise it is left
    /// for the next frame, which is asked for.
    pub fn allows(&mut self, ui: &Ui) -> bool {
        if self.drawn > 0 && self.start.elapsed() > Self::LIMIT {
            ui.ctx().request_repaint();
            return false;
        }
        self.drawn += 1;
        true
    }
}

/// A name on one line, cut with «…» so that `reserve` points stay free beside it (for
/// the counts of its row).
pub fn name_label(
    ui: &mut Ui,
    text: &str,
    size: f32,
    color: Option<egui::Color32>,
    reserve: f32,
) -> egui::Response {
    let width = (ui.available_width() - reserve).max(60.0);
    let mut label = sahifa_text::TextLabel::new(text)
        .size(size)
        .no_wrap()
        .max_lines(1)
        .max_width(width);
    if let Some(color) = color {
        label = label.color(color);
    }
    ui.add(label)
}

/// Counts on one line, weak.
pub fn counts_label(ui: &mut Ui, text: &str) -> egui::Response {
    let weak = ui.visuals().weak_text_color();
    ui.add(
        sahifa_text::TextLabel::new(text)
            .size(13.0)
            .color(weak)
            .no_wrap(),
    )
}

/// A clickable block as tall as its `contents` (a wrapped snippet), right-aligned like
/// Arabic text; a button named `name` for screen readers and tests.
pub fn clickable_block(ui: &mut Ui, name: &str, contents: impl FnOnce(&mut Ui)) -> egui::Response {
    let background = ui.painter().add(egui::Shape::Noop);
    let layout = egui::Layout::top_down(egui::Align::Max);
    let inner = ui.with_layout(layout, |ui| {
        ui.set_width(ui.available_width());
        contents(ui);
    });
    let rect = inner.response.rect;
    let response = ui.interact(rect, inner.response.id.with("block"), egui::Sense::click());
    if response.hovered() {
        let fill = ui
            .visuals()
            .widgets
            .hovered
            .weak_bg_fill
            .gamma_multiply(0.5);
        let shape = egui::epaint::RectShape::filled(rect.expand(1.0), 3.0, fill);
        ui.painter().set(background, shape);
    }
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response
}

/// Draws the library view into the central panel.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let view = &app.library;
    header(ui, lang, view, actions);
    ui.separator();
    match &view.status {
        LibraryStatus::Ready => {}
        LibraryStatus::None => {
            weak(ui, &tr(lang, "library-no-library"));
            return;
        }
        LibraryStatus::Opening => {
            direction_row(ui, lang, false, |ui| {
                ui.spinner();
                label(ui, &tr(lang, "library-opening"));
            });
            return;
        }
        LibraryStatus::Refused(message) => {
            refused(ui, lang, message, actions);
            return;
        }
        LibraryStatus::Failed(message) => {
            label_colored(ui, message, Some(ui.visuals().error_fg_color));
            return;
        }
    }
    if let Some(path) = &view.read_only {
        read_only_line(ui, lang, path);
    }
    page_tabs(ui, lang, view, actions);
    ui.separator();
    match view.page {
        LibraryPage::Entities => entities::show(ui, app, actions),
        LibraryPage::Articles => articles::show(ui, app, actions),
        LibraryPage::Search => search::show(ui, app, actions),
    }
}

/// «Library», its counts, Add folder / Add files, the running add with Cancel, failures.
fn header(ui: &mut Ui, lang: Language, view: &LibraryState, actions: &mut Vec<Action>) {
    direction_row(ui, lang, true, |ui| {
        heading(ui, &tr(lang, "library-title"));
        if view.is_ready() {
            let args = [
                ("articles", view.articles.len().into()),
                ("entities", view.entities.len().into()),
            ];
            weak(ui, &tr_args(lang, "library-summary", &args));
        }
        ui.add_space(12.0);
        for command in [Command::AddFolderToLibrary, Command::AddFilesToLibrary] {
            let text = command.label(lang);
            if text_button(ui, &text, command.label_id(), view.is_ready())
                .hover_text(command.tooltip(lang))
                .clicked()
            {
                actions.push(Action::Command(command));
            }
        }
        if let Some(adding) = &view.adding {
            let fraction = if adding.found == 0 {
                0.0
            } else {
                adding.done as f32 / adding.found as f32
            };
            ui.add(egui::ProgressBar::new(fraction).desired_width(140.0));
            let args = [("done", adding.done.into()), ("found", adding.found.into())];
            label(ui, &tr_args(lang, "library-adding", &args));
            let cancel = Command::CancelLibraryAdd;
            if bidi_button(ui, lang, "library-cancel", true)
                .hover_text(cancel.tooltip(lang))
                .clicked()
            {
                actions.push(Action::Command(cancel));
            }
        }
        if !view.failures.is_empty() {
            let args = [("count", view.failures.len().into())];
            let text = tr_args(lang, "library-failures-button", &args);
            if text_button(ui, &text, "library failures", true).clicked() {
                actions.push(Action::Library(LibraryAction::ShowFailures(true)));
            }
        }
    });
}

/// «Read-only: … The file: PATH», the path a label of its own, so that it reads left to
/// right (its leading «/» in place) in an Arabic line too.
fn read_only_line(ui: &mut Ui, lang: Language, path: &std::path::Path) {
    let color = Some(ui.visuals().warn_fg_color);
    direction_row(ui, lang, true, |ui| {
        label_colored(ui, &tr(lang, "library-read-only"), color);
        crate::ui::widgets::arabic_label(ui, &path.display().to_string(), 14.0, color);
    });
}

/// A refused file: why, that it was kept, and «Start a new library».
fn refused(ui: &mut Ui, lang: Language, message: &str, actions: &mut Vec<Action>) {
    label_colored(ui, message, Some(ui.visuals().error_fg_color));
    weak(ui, &tr(lang, "library-refused-kept"));
    direction_row(ui, lang, false, |ui| {
        if bidi_button(ui, lang, "library-start-fresh", true)
            .hover_text(tr(lang, "library-start-fresh-tooltip"))
            .clicked()
        {
            actions.push(Action::Library(LibraryAction::StartFresh));
        }
    });
}

/// Entities | Articles | Search.
fn page_tabs(ui: &mut Ui, lang: Language, view: &LibraryState, actions: &mut Vec<Action>) {
    direction_row(ui, lang, false, |ui| {
        for (page, id) in [
            (LibraryPage::Entities, "library-page-entities"),
            (LibraryPage::Articles, "library-page-articles"),
            (LibraryPage::Search, "library-page-search"),
        ] {
            if selectable(ui, view.page == page, &tr(lang, id)).clicked() {
                actions.push(Action::Library(LibraryAction::SetPage(page)));
            }
        }
    });
}
