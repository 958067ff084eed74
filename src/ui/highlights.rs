//! What the article colours: the highlights (colour-all, the selected entity's mentions,
//! find hits) and the marks that tell confirmed and manual mentions from automatic ones,
//! all of them the text layer's one [`Highlight`] type.

use egui::Color32;
use sahifa_model::{MentionStatus, TextRange};
use sahifa_text::Highlight;

use crate::state::AppState;
use crate::state::doc_view::ranges_in;
use crate::state::document::OpenDocument;
use crate::ui::widgets::{FIND_COLOR, label_color};

/// The highlights of the shown document: colour-all mentions, the selected entity's
/// mentions, then find hits on top.
pub fn highlights(app: &AppState, doc: &OpenDocument, window: TextRange) -> Vec<Highlight> {
    let settings = app.settings();
    let mut out = Vec::new();
    if settings.show_all {
        for m in doc.mentions_in(window) {
            if m.status != MentionStatus::Rejected && settings.label_visible(m.label) {
                out.push(Highlight::fill(
                    m.range,
                    label_color(m.label).gamma_multiply(0.35),
                ));
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
            out.push(if doc.view.current_mention == Some(i) {
                Highlight::current(*range, color.gamma_multiply(0.9))
            } else {
                Highlight::fill(*range, color.gamma_multiply(0.55))
            });
        }
    }
    let (first, hits) = ranges_in(&doc.view.find.hits, window);
    for (i, range) in (first..).zip(hits) {
        out.push(if doc.view.find.current == Some(i) {
            Highlight::current(*range, Color32::from_rgb(0xFF, 0x96, 0x32))
        } else {
            Highlight::fill(*range, FIND_COLOR.gamma_multiply(0.7))
        });
    }
    out
}

/// Underlines under confirmed mentions and outlines around manual ones, for the mentions
/// the article shows coloured (colour-all, or the selected entity's). Automatic mentions
/// keep their plain light fill.
pub fn status_marks(app: &AppState, doc: &OpenDocument, window: TextRange) -> Vec<Highlight> {
    let settings = app.settings();
    let selected = doc.view.selected;
    doc.mentions_in(window)
        .iter()
        .filter(|m| matches!(m.status, MentionStatus::Confirmed | MentionStatus::Manual))
        .filter(|m| {
            (settings.show_all && settings.label_visible(m.label))
                || (selected.is_some() && m.entity == selected)
        })
        .map(|m| {
            // The full type colour stands out from the light fill on light and dark themes.
            let color = label_color(m.label);
            match m.status {
                MentionStatus::Manual => Highlight::outline(m.range, color),
                _ => Highlight::underline(m.range, color),
            }
        })
        .collect()
}
