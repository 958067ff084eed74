//! Text as egui atoms: shaped by the text layer when it holds right-to-left script.

use egui::{Atom, Color32, RichText, Ui, WidgetText, vec2};
use sahifa_text::{ParagraphLayout, ParagraphStyle, TextSystem};

/// Font size of interface text drawn by the text layer (egui's body size).
pub const UI_TEXT_SIZE: f32 = 14.0;

/// Line height (times the font size) of interface text: Naskh needs more room than
/// egui's 1.0 for its marks, less than the article's 1.5.
const UI_LINE_HEIGHT: f32 = 1.3;

/// Whether `text` holds a right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// their presentation forms): text egui would lay out in the wrong word order.
pub fn needs_shaping(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}')
    })
}

/// `text` laid out on one line by the text layer at `size` points.
pub fn shaped_line(ctx: &egui::Context, text: &str, size: f32) -> std::sync::Arc<ParagraphLayout> {
    let mut style = ParagraphStyle::new(size, None);
    style.pixels_per_point = ctx.pixels_per_point();
    style.line_height = UI_LINE_HEIGHT;
    let shared = TextSystem::shared(ctx);
    let mut ts = TextSystem::lock(&shared);
    ts.layout_cached(ctx, text, &style)
}

/// The words of `text` in the order the text layer shows them on one line, left to
/// right: «إلغاء التحديد» gives «التحديد», «إلغاء». For tests and debugging.
pub fn visual_words(ctx: &egui::Context, text: &str) -> Vec<String> {
    let words: Vec<(std::ops::Range<usize>, &str)> = {
        let mut out = Vec::new();
        let mut offset = 0;
        for piece in text.split(' ') {
            let len = piece.chars().count();
            if len > 0 {
                out.push((offset..offset + len, piece));
            }
            offset += len + 1;
        }
        out
    };
    let layout = shaped_line(ctx, text, UI_TEXT_SIZE);
    let mut placed: Vec<(f32, &str)> = words
        .iter()
        .filter_map(|(range, word)| {
            let xs: Vec<f32> = layout
                .lines()
                .first()?
                .glyphs
                .iter()
                .filter(|g| range.contains(&(g.start as usize)))
                .map(|g| g.x + g.w / 2.0)
                .collect();
            let mean = xs.iter().sum::<f32>() / xs.len().max(1) as f32;
            (!xs.is_empty()).then_some((mean, *word))
        })
        .collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    placed.into_iter().map(|(_, w)| w.to_owned()).collect()
}

/// An atom showing `text` shaped by the text layer, in `color` or else the colour egui
/// gives the widget's text (weak when disabled, strong when hovered).
pub fn shaped_atom(ui: &Ui, text: &str, size: f32, color: Option<Color32>) -> Atom<'static> {
    let ctx = ui.ctx().clone();
    let layout = shaped_line(&ctx, text, size);
    let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
    let atom_size = vec2(ink_width.ceil(), layout.height());
    Atom::paint(atom_size, move |ui: &Ui, args| {
        let color = color.unwrap_or(args.fallback_text_color);
        let top = args.rect.center().y - layout.height() / 2.0;
        let origin = egui::pos2(args.rect.left() - ink_left, top);
        let shared = TextSystem::shared(ui.ctx());
        let mut ts = TextSystem::lock(&shared);
        let shapes = ts.paragraph_shapes(ui.ctx(), &layout, origin, color, ui.clip_rect());
        drop(ts);
        ui.painter().extend(shapes);
    })
}

/// Paints `text` (shaped by the text layer) centred on `center`, for overlays.
pub fn paint_centered(painter: &egui::Painter, text: &str, size: f32, color: Color32) {
    if !needs_shaping(text) {
        let font = egui::FontId::proportional(size);
        let center = painter.clip_rect().center();
        painter.text(center, egui::Align2::CENTER_CENTER, text, font, color);
        return;
    }
    let ctx = painter.ctx();
    let layout = shaped_line(ctx, text, size);
    let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
    let center = painter.clip_rect().center();
    let origin = egui::pos2(
        center.x - ink_width / 2.0 - ink_left,
        center.y - layout.height() / 2.0,
    );
    let shared = TextSystem::shared(ctx);
    let mut ts = TextSystem::lock(&shared);
    let shapes = ts.paragraph_shapes(ctx, &layout, origin, color, painter.clip_rect());
    drop(ts);
    painter.extend(shapes);
}

/// The atom for `text`: egui text when it has no right-to-left character, else shaped.
pub fn text_atom(ui: &Ui, text: &str, color: Option<Color32>) -> Atom<'static> {
    if needs_shaping(text) {
        return shaped_atom(ui, text, UI_TEXT_SIZE, color);
    }
    match color {
        Some(color) => RichText::new(text).color(color).into(),
        None => WidgetText::from(text).into(),
    }
}

/// The atom for `text` at `size` points: shaped when it has right-to-left characters.
pub fn sized_atom(ui: &Ui, text: &str, size: f32, color: Option<Color32>) -> Atom<'static> {
    if needs_shaping(text) {
        return shaped_atom(ui, text, size, color);
    }
    let text = RichText::new(text).size(size);
    match color {
        Some(color) => text.color(color).into(),
        None => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::needs_shaping;

    #[test]
    fn only_text_with_right_to_left_letters_is_shaped() {
        assert!(!needs_shaping("Clear selection"));
        assert!(!needs_shaping("report-2026.txt"));
        assert!(!needs_shaping("Ctrl+Shift+Z"));
        assert!(needs_shaping("إلغاء التحديد"));
        assert!(needs_shaping("Open خبر.txt"));
        // Presentation forms, as some old files hold them.
        assert!(needs_shaping("\u{FEFB}"));
    }
}
