//! «Appears with» as a picture: the picked entity in the centre, its neighbours on a
//! circle around it; a node's size grows with its article count, an edge's width with the
//! articles the two share. Nodes are clickable (and named for screen readers). Every
//! label is Arabic, so it is shaped and ordered by the text layer, never egui's text.

use egui::{Align2, Color32, Pos2, Rect, Sense, Stroke, Ui, vec2};
use sahifa_library::{EntityRow, LibEntityId, Neighbour};
use sahifa_text::TextSystem;

use crate::l10n::{Language, tr_args};
use crate::ui::bidi_widgets::shaped_line;
use crate::ui::widgets::label_color;

/// Height of the picture in points.
const HEIGHT: f32 = 260.0;
/// Smallest and largest node radius.
const RADIUS: (f32, f32) = (7.0, 20.0);
/// Label size.
const LABEL_SIZE: f32 = 13.0;

/// Where each node goes: the centre, then the neighbours evenly on an ellipse (starting
/// at the top, clockwise), with the radius of each.
fn layout(rect: Rect, centre: &EntityRow, neighbours: &[Neighbour]) -> Vec<(Pos2, f32)> {
    let max = neighbours
        .iter()
        .map(|n| n.entity.articles)
        .chain([centre.articles])
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let radius = |articles: u32| {
        let share = (articles as f32 / max).sqrt();
        RADIUS.0 + (RADIUS.1 - RADIUS.0) * share
    };
    let c = rect.center();
    // Room outside the ellipse for the labels beside and above/below the nodes.
    let (rx, ry) = (rect.width() * 0.2, rect.height() * 0.32);
    let mut out = vec![(c, radius(centre.articles))];
    let count = neighbours.len().max(1) as f32;
    for (i, n) in neighbours.iter().enumerate() {
        let angle = std::f32::consts::TAU * i as f32 / count - std::f32::consts::FRAC_PI_2;
        let pos = c + vec2(rx * angle.cos(), ry * angle.sin());
        out.push((pos, radius(n.entity.articles)));
    }
    out
}

/// Most neighbours drawn: more crowd the labels; the list beside the picture has them all.
const MAX_NODES: usize = 8;

/// Draws the neighbourhood (the first `MAX_NODES` neighbours); returns the entity whose
/// node was clicked.
pub fn show(
    ui: &mut Ui,
    lang: Language,
    centre: &EntityRow,
    neighbours: &[Neighbour],
) -> Option<LibEntityId> {
    let neighbours = &neighbours[..neighbours.len().min(MAX_NODES)];
    let width = ui.available_width().max(200.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, HEIGHT), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return None;
    }
    let painter = ui.painter_at(rect);
    let nodes = layout(rect, centre, neighbours);
    let max_shared = neighbours
        .iter()
        .map(|n| n.shared_articles)
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let edge = ui.visuals().weak_text_color().gamma_multiply(0.6);
    for (n, (pos, _)) in neighbours.iter().zip(nodes.iter().skip(1)) {
        let w = 1.0 + 5.0 * n.shared_articles as f32 / max_shared;
        painter.line_segment([nodes[0].0, *pos], Stroke::new(w, edge));
    }
    let mut clicked = None;
    let text_color = ui.visuals().text_color();
    let entities = std::iter::once((centre, None)).chain(
        neighbours
            .iter()
            .map(|n| (&n.entity, Some(n.shared_articles))),
    );
    for ((entity, shared), (pos, r)) in entities.zip(nodes.iter().copied()) {
        let node = Rect::from_center_size(pos, vec2(2.0 * r, 2.0 * r));
        let name = node_name(lang, entity, shared);
        let response = ui.interact(
            node,
            ui.scope_id().with(("graph node", entity.id.0)),
            Sense::click(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let fill = label_color(entity.label);
        let stroke = if response.hovered() || shared.is_none() {
            Stroke::new(2.5, text_color)
        } else {
            Stroke::NONE
        };
        painter.circle(pos, r, fill, stroke);
        let label = short(&entity.canonical);
        let (anchor, align) = label_place(nodes[0].0, pos, r);
        paint_label(&painter, &label, anchor, align, text_color);
        if response.clicked() && shared.is_some() {
            clicked = Some(entity.id);
        }
    }
    clicked
}

/// Characters of a node's label; longer names end in «…» (the list has them whole).
const LABEL_CHARS: usize = 14;

fn short(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        return name.to_owned();
    }
    let mut cut: String = name.chars().take(LABEL_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// A node's accessible name: the entity, and the articles it shares with the centre.
fn node_name(lang: Language, entity: &EntityRow, shared: Option<u32>) -> String {
    match shared {
        Some(count) => tr_args(
            lang,
            "library-graph-node",
            &[
                ("name", entity.canonical.as_str().into()),
                ("shared", super::together(lang, count).into()),
            ],
        ),
        None => entity.canonical.clone(),
    }
}

/// Where a node's label goes: on the side of the node away from the centre (beside a
/// node left or right of it, above one at the top, below one at the bottom), so labels
/// stay off the edges and off each other; the centre's label is under it.
fn label_place(centre: Pos2, pos: Pos2, r: f32) -> (Pos2, Align2) {
    let d = (pos - centre).normalized();
    if !d.x.is_finite() || d.length() < 0.5 {
        return (pos + vec2(0.0, r + 2.0), Align2::CENTER_TOP);
    }
    let gap = r + 3.0;
    if d.x > 0.5 {
        (pos + vec2(gap, 0.0), Align2::LEFT_CENTER)
    } else if d.x < -0.5 {
        (pos - vec2(gap, 0.0), Align2::RIGHT_CENTER)
    } else if d.y < 0.0 {
        (pos - vec2(0.0, gap), Align2::CENTER_BOTTOM)
    } else {
        (pos + vec2(0.0, gap), Align2::CENTER_TOP)
    }
}

/// Paints `text` shaped by the text layer, placed at `anchor` as `align` says.
fn paint_label(painter: &egui::Painter, text: &str, anchor: Pos2, align: Align2, color: Color32) {
    let ctx = painter.ctx();
    let layout = shaped_line(ctx, text, LABEL_SIZE);
    let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
    let size = vec2(ink_width, layout.height());
    let min = align.anchor_size(anchor, size).min;
    let origin = egui::pos2(min.x - ink_left, min.y);
    let shared = TextSystem::shared(ctx);
    let mut ts = TextSystem::lock(&shared);
    let shapes = ts.paragraph_shapes(ctx, &layout, origin, color, painter.clip_rect());
    drop(ts);
    painter.extend(shapes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_model::Label;

    fn entity(id: i64, articles: u32) -> EntityRow {
        EntityRow {
            id: LibEntityId(id),
            canonical: format!("e{id}"),
            label: Label::Person,
            aliases: Vec::new(),
            articles,
            mentions: articles,
        }
    }

    #[test]
    fn the_centre_is_in_the_middle_and_bigger_entities_get_bigger_nodes() {
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(400.0, 300.0));
        let neighbours: Vec<_> = [(2, 9), (3, 1)]
            .iter()
            .map(|&(id, a)| Neighbour {
                entity: entity(id, a),
                shared_articles: 1,
            })
            .collect();
        let nodes = layout(rect, &entity(1, 4), &neighbours);
        assert_eq!(nodes.len(), 3);
        assert_eq!(nodes[0].0, rect.center());
        assert!(nodes[1].1 > nodes[0].1 && nodes[0].1 > nodes[2].1);
        assert!(
            nodes[1].0.y < rect.center().y,
            "the first neighbour is on top"
        );
    }
}
