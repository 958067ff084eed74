//! The library's articles page: every article with its title, folder, date when known and
//! entity counts by type; a missing file is marked; a click opens the article. Only the
//! rows on screen are built.

use egui::Ui;
use sahifa_library::ArticleRow;

use crate::l10n::{Language, label_group_name, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::library_jobs::LibraryAction;
use crate::state::AppState;
use crate::ui::widgets::{arabic_label, clickable_row, label_color};

/// Height of one article row in points.
const ROW_HEIGHT: f32 = 30.0;

/// Shows every article.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let articles = &app.library.articles;
    if articles.is_empty() {
        // Through the text layer even in English: the hint names a menu with «→», which
        // egui's own fonts may lack.
        let weak = ui.visuals().weak_text_color();
        arabic_label(ui, &tr(lang, "library-empty"), 14.0, Some(weak));
        return;
    }
    let stride = ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("library articles")
        .auto_shrink([false, false])
        .show_rows(ui, stride, articles.len(), |ui, rows| {
            for article in &articles[rows] {
                row(ui, lang, article, actions);
            }
        });
}

/// One article: title, folder, date, counts; «missing» when the file is gone.
fn row(ui: &mut Ui, lang: Language, article: &ArticleRow, actions: &mut Vec<Action>) {
    let name = tr_args(
        lang,
        "library-open-article",
        &[("title", article.title.as_str().into())],
    );
    let folder = article
        .path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let response = clickable_row(ui, &name, false, ROW_HEIGHT, |ui| {
        ui.add(
            sahifa_text::TextLabel::new(&article.title)
                .size(15.0)
                .max_width(420.0)
                .no_wrap()
                .max_lines(1),
        );
        let weak = ui.visuals().weak_text_color();
        if let Some(date) = &article.date {
            arabic_label(ui, date, 13.0, Some(weak));
        }
        if article.missing {
            let missing = tr(lang, "library-missing");
            arabic_label(ui, &missing, 13.0, Some(ui.visuals().warn_fg_color));
        }
        if let Some(error) = &article.error {
            let failed = tr(lang, "library-article-failed");
            arabic_label(ui, &failed, 13.0, Some(ui.visuals().error_fg_color))
                .on_hover_text(error.as_str());
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            for (label, count) in &article.entity_counts {
                let text = format!("{} {count}", label_group_name(lang, *label));
                arabic_label(ui, &text, 12.0, Some(label_color(*label)));
            }
            ui.add_space(8.0);
            arabic_label(ui, &folder, 12.0, Some(weak));
        });
    });
    let response = response.on_hover_text(article.path.display().to_string());
    if response.clicked() && !article.missing {
        actions.push(Action::Library(LibraryAction::OpenArticle(
            article.path.clone(),
        )));
    }
}
