//! The library's search page: a loose Arabic full-text search over every article (as the
//! find bar matches), each hit with its snippet; a click opens the article at the hit.

use egui::Ui;
use sahifa_library::SearchHit;

use crate::l10n::{Language, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::io::file_name;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::ui::bidi_widgets::{BidiHover, label, weak};
use crate::ui::widgets::{FIND_COLOR, arabic_label, clickable_row, direction_row};

/// Height of one hit row in points.
const ROW_HEIGHT: f32 = 30.0;

/// The accessible name of the search box.
pub const SEARCH_BOX: &str = "library search";

/// The search box and the hits.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let view = &app.library;
    let mut query = view.query.clone();
    let hint = tr(lang, "library-search-hint");
    let response = direction_row(ui, lang, false, |ui| {
        let name = label(ui, &tr(lang, "library-search"));
        ui.add(
            sahifa_text::TextInput::new(&mut query)
                .hint(&hint)
                .desired_width(360.0)
                .id_salt(SEARCH_BOX),
        )
        .labelled_by(name.id)
    })
    .hover_text(tr(lang, "library-search-tooltip"));
    if response.changed() {
        actions.push(Action::Library(LibraryAction::SetQuery(query)));
    }
    ui.separator();
    if view.query.trim().is_empty() {
        return;
    }
    let hits = &view.search_hits;
    if hits.is_empty() {
        weak(ui, &tr(lang, "library-no-hits"));
        return;
    }
    weak(
        ui,
        &tr_args(lang, "library-hits", &[("count", hits.len().into())]),
    );
    let stride = ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("library search hits")
        .auto_shrink([false, false])
        .show_rows(ui, stride, hits.len(), |ui, rows| {
            for (n, hit) in hits[rows.clone()].iter().enumerate() {
                hit_row(ui, lang, rows.start + n, hit, actions);
            }
        });
}

/// One hit: the file's name and the snippet with the hit highlighted.
fn hit_row(ui: &mut Ui, lang: Language, n: usize, hit: &SearchHit, actions: &mut Vec<Action>) {
    let file = file_name(&hit.path);
    let args = [("title", file.as_str().into()), ("n", (n + 1).into())];
    let name = tr_args(lang, "library-open-hit", &args);
    let response = clickable_row(ui, &name, false, ROW_HEIGHT, |ui| {
        let snippet = &hit.snippet;
        ui.add(
            sahifa_text::TextLabel::new(&snippet.text)
                .size(14.0)
                .highlight(snippet.mark.clone(), FIND_COLOR)
                .no_wrap()
                .max_lines(1),
        );
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let weak = ui.visuals().weak_text_color();
            arabic_label(ui, &file, 13.0, Some(weak));
        });
    });
    if response
        .on_hover_text(hit.path.display().to_string())
        .clicked()
    {
        actions.push(Action::Library(LibraryAction::OpenAt(
            hit.path.clone(),
            hit.range,
        )));
    }
}
