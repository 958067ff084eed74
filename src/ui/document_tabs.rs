//! The open documents as tabs: a click switches, the cross closes; «•» marks unsaved
//! annotation changes.

use egui::Ui;

use crate::l10n::{tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::state::document::OpenDocument;
use crate::state::library::LibraryStatus;
use crate::ui::bidi_widgets::{BidiHover, selectable};

/// The open documents as tabs; a click switches, the cross closes.
pub fn show(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let has_library = app.library.status != LibraryStatus::None;
    if app.documents().is_empty() && !has_library {
        return;
    }
    let lang = app.settings().language;
    ui.horizontal_wrapped(|ui| {
        if has_library {
            library_tab(ui, app, actions);
        }
        for (i, doc) in app.documents().iter().enumerate() {
            let name = doc.doc.display_name();
            let selected = app.active_index() == Some(i) && !app.library.shown;
            let path = doc
                .doc
                .source
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let (tab, path) = tab_title(lang, doc, &name, path);
            if selectable(ui, selected, &tab).hover_text(path).clicked() {
                actions.push(Action::SwitchDocument(i));
            }
            if ui
                .small_button("×")
                .hover_text(tr_args(
                    lang,
                    "tab-close",
                    &[("name", name.as_str().into())],
                ))
                .clicked()
            {
                actions.push(Action::CloseDocumentAt(i));
            }
            ui.add_space(6.0);
        }
    });
    ui.separator();
}

/// The library's tab, first: a click shows the library view.
fn library_tab(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let command = Command::Library;
    let shortcut = command
        .shortcut()
        .map(|s| ui.ctx().format_shortcut(&s))
        .unwrap_or_default();
    let shown = app.library.shown;
    if selectable(ui, shown, &tr(lang, "library-tab"))
        .hover_text(format!("{} ({shortcut})", command.tooltip(lang)))
        .clicked()
        && !shown
    {
        actions.push(Action::Command(command));
    }
    ui.add_space(10.0);
}

/// A document tab's text and hover text: a «•» marks unsaved annotation changes.
pub fn tab_title(
    lang: crate::l10n::Language,
    doc: &OpenDocument,
    name: &str,
    path: String,
) -> (String, String) {
    if doc.history.is_dirty() {
        (
            format!("• {name}"),
            format!("{path}\n{}", tr(lang, "tab-unsaved")),
        )
    } else {
        (name.to_owned(), path)
    }
}
