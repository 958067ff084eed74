//! The find bar (Ctrl+F): loose Arabic matching, hit count, Enter / Shift+Enter.

use egui::{Key, Ui};

use crate::l10n::{Language, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::command::Command;
use crate::state::AppState;
use crate::state::doc_view::FindState;
use crate::state::document::OpenDocument;
use crate::ui::bidi_widgets::{BidiHover, label};
use crate::ui::widgets::{arabic_label, reading_layout};

/// The English label of the find box (message `find-label`), which also names it for
/// screen readers and the UI tests.
pub const FIND_BOX: &str = "Find";

/// Shows the find bar of `doc`.
pub fn show(ui: &mut Ui, app: &AppState, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let layout = reading_layout(lang);
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y + 4.0);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        find_box(ui, lang, doc, actions);
        hits_and_buttons(ui, lang, &doc.view.find, actions);
    });
}

/// The find box: typing searches, Enter / Shift+Enter go to the next / previous hit.
fn find_box(ui: &mut Ui, lang: Language, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let find = &doc.view.find;
    let label = label(ui, &tr(lang, "find-label"));
    let mut query = find.query.clone();
    let hint = tr(lang, "find-hint");
    let response = ui.add(
        sahifa_text::TextInput::new(&mut query)
            .id_salt(("find box", doc.id.0))
            .hint(&hint)
            .desired_width(260.0),
    );
    let response = response
        .labelled_by(label.id)
        .hover_text(Command::Find.tooltip(lang));
    if find.focus_requested {
        response.request_focus();
    }
    if response.changed() {
        actions.push(Action::SetFindQuery(query));
    }
    if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
        let shift = ui.input(|i| i.modifiers.shift);
        let command = if shift {
            Command::FindPrevious
        } else {
            Command::FindNext
        };
        actions.push(Action::Command(command));
        response.request_focus();
    }
}

/// «3 / 12» (or «No matches»), ‹ and › to step through the hits, × to close.
fn hits_and_buttons(ui: &mut Ui, lang: Language, find: &FindState, actions: &mut Vec<Action>) {
    let count = match (find.hits.len(), find.current) {
        (0, _) if !find.query.trim().is_empty() => tr(lang, "find-no-matches"),
        (0, _) => String::new(),
        (n, Some(c)) => format!("{} / {n}", c + 1),
        (n, None) => tr_args(lang, "match-count", &[("count", n.into())]),
    };
    arabic_label(ui, &count, 14.0, None);
    for command in [Command::FindPrevious, Command::FindNext] {
        let arrow = if command == Command::FindNext {
            "›"
        } else {
            "‹"
        };
        let hint = tr(
            lang,
            if command == Command::FindNext {
                "find-next-hover"
            } else {
                "find-previous-hover"
            },
        );
        if ui
            .add_enabled(!find.hits.is_empty(), egui::Button::new(arrow))
            .hover_text(&hint)
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
    if ui.button("×").hover_text(tr(lang, "find-close")).clicked() {
        actions.push(Action::Command(Command::ClearSelection));
    }
}
