//! «Taught names»: the names the reader taught by saving annotations (text, type, in how
//! many articles) and the strings they rejected, filterable, each with «Forget», and
//! «Forget everything» behind a confirmation.

use egui::Ui;

use crate::l10n::{Language, label_name, tr, tr_args};
use crate::logic::action::Action;
use crate::logic::learner::KnowledgeAction;
use crate::state::AppState;
use crate::state::dialog::Dialog;
use crate::state::knowledge::Knowledge;
use crate::state::loose_match::contains_loose;
use crate::ui::bidi_widgets::{BidiHover, show_window};
use crate::ui::widgets::{arabic_label, bidi_button, direction_row, label_color, weak_line};

/// Shows the dialog.
pub fn show(
    ctx: &egui::Context,
    app: &AppState,
    filter: &str,
    confirm_reset: bool,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let knowledge = &app.knowledge;
    let mut open = true;
    let title = tr(lang, "taught-title");
    let window = egui::Window::new(&title)
        .id(egui::Id::unique("taught names"))
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(440.0);
    show_window(ctx, window, &title, &mut open, |ui| {
        if !knowledge.enabled {
            weak_line(ui, &tr(lang, "taught-no-store"));
            return;
        }
        weak_line(ui, &summary(lang, knowledge));
        filter_box(ui, lang, filter, actions);
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(380.0)
            .show(ui, |ui| rows(ui, lang, knowledge, filter, actions));
        ui.separator();
        reset_row(ui, lang, filter, confirm_reset, knowledge, actions);
    });
    if !open {
        actions.push(Action::CloseDialog);
    }
}

/// «12 names taught, 3 strings rejected».
pub fn summary(lang: Language, k: &Knowledge) -> String {
    tr_args(
        lang,
        "taught-summary",
        &[
            ("names", k.taught.len().into()),
            ("rejected", k.rejected.len().into()),
        ],
    )
}

fn filter_box(ui: &mut Ui, lang: Language, filter: &str, actions: &mut Vec<Action>) {
    let hint = tr(lang, "taught-filter-hint");
    let mut text = filter.to_owned();
    let response = ui.add(
        sahifa_text::TextInput::new(&mut text)
            .hint(&hint)
            .id_salt("taught names filter"),
    );
    if response.changed() {
        actions.push(Action::SetDialogText(text));
    }
}

/// The taught names, then the rejected strings, that pass the filter.
fn rows(ui: &mut Ui, lang: Language, k: &Knowledge, filter: &str, actions: &mut Vec<Action>) {
    let taught: Vec<_> = k
        .taught
        .iter()
        .filter(|t| contains_loose(&t.text, filter))
        .collect();
    let rejected: Vec<_> = k
        .rejected
        .iter()
        .filter(|r| contains_loose(&r.text, filter))
        .collect();
    if taught.is_empty() && rejected.is_empty() {
        weak_line(ui, &tr(lang, "taught-none"));
    }
    for (i, t) in taught.iter().enumerate() {
        let count = tr_args(lang, "taught-count", &[("count", t.count.into())]);
        let kind = label_name(lang, t.label);
        row(
            ui,
            lang,
            &t.text,
            (&kind, label_color(t.label)),
            &count,
            ("t", i),
            actions,
        );
    }
    if !rejected.is_empty() {
        ui.add_space(6.0);
        weak_line(ui, &tr(lang, "taught-rejected-heading"));
    }
    for (i, r) in rejected.iter().enumerate() {
        let kind = r
            .label
            .map_or_else(|| tr(lang, "taught-any-type"), |l| label_name(lang, l));
        let color = r.label.map_or(ui.visuals().weak_text_color(), label_color);
        let count = tr_args(lang, "taught-count", &[("count", r.count.into())]);
        row(ui, lang, &r.text, (&kind, color), &count, ("r", i), actions);
    }
}

/// One entry: the name, its type, its count and «Forget».
fn row(
    ui: &mut Ui,
    lang: Language,
    text: &str,
    (kind, color): (&str, egui::Color32),
    count: &str,
    salt: (&str, usize),
    actions: &mut Vec<Action>,
) {
    direction_row(ui, lang, false, |ui| {
        // Through the text layer: a type or a count of two words is Arabic in Arabic.
        arabic_label(ui, text, 15.0, None);
        arabic_label(ui, kind, 13.0, Some(color));
        let weak = ui.visuals().weak_text_color();
        arabic_label(ui, count, 13.0, Some(weak));
        let forget = ui.push_id(salt, |ui| bidi_button(ui, lang, "taught-forget", true));
        if forget
            .inner
            .hover_text(tr(lang, "taught-forget-tooltip"))
            .clicked()
        {
            actions.push(Action::Knowledge(KnowledgeAction::Forget(text.to_owned())));
        }
    });
}

/// «Forget everything», then «Really forget everything?» with Yes / Cancel.
fn reset_row(
    ui: &mut Ui,
    lang: Language,
    filter: &str,
    confirm_reset: bool,
    k: &Knowledge,
    actions: &mut Vec<Action>,
) {
    let ask = |confirm_reset| {
        Action::OpenDialog(Dialog::Knowledge {
            filter: filter.to_owned(),
            confirm_reset,
        })
    };
    let any = !k.taught.is_empty() || !k.rejected.is_empty();
    direction_row(ui, lang, true, |ui| {
        if !confirm_reset {
            if bidi_button(ui, lang, "taught-forget-all", any)
                .hover_text(tr(lang, "taught-forget-all-tooltip"))
                .clicked()
            {
                actions.push(ask(true));
            }
            return;
        }
        arabic_label(ui, &tr(lang, "taught-forget-all-confirm"), 14.0, None);
        if bidi_button(ui, lang, "taught-forget-all-yes", true).clicked() {
            actions.push(Action::Knowledge(KnowledgeAction::ForgetEverything));
        }
        if bidi_button(ui, lang, "dialog-cancel", true).clicked() {
            actions.push(ask(false));
        }
    });
}
