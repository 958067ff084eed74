//! [`TextLabel`]: a short piece of text (a name, a snippet, a tooltip line) laid out and
//! painted through the text layer, with an optional highlighted sub-range.

use std::ops::Range;

use egui::{Color32, Response, Sense, Ui, Widget, WidgetInfo, vec2};

use crate::layout::ParagraphStyle;
use crate::paint::{HighlightStyle, highlight_shapes};
use crate::system::TextSystem;

/// A label for any short string, Arabic, Latin or mixed, with correct bidi.
///
/// It wraps to the available width (unless [`TextLabel::no_wrap`]), takes only the width its
/// text needs, and exposes its text to accessibility (role Label, label = the text).
///
/// ```no_run
/// # fn f(ui: &mut egui::Ui) {
/// use sahifa_text::TextLabel;
/// let resp = ui.add(TextLabel::new("زار اللواء سيف الهملان معرض DIMDEX 2026").highlight(
///     11..22,
///     egui::Color32::from_rgb(250, 220, 120),
/// ));
/// resp.on_hover_text("tooltip");
/// # }
/// ```
#[must_use = "add it with ui.add(...)"]
pub struct TextLabel<'a> {
    text: &'a str,
    size: Option<f32>,
    bold: bool,
    color: Option<Color32>,
    wrap: bool,
    max_width: Option<f32>,
    highlight: Option<(Range<usize>, Color32, HighlightStyle)>,
    sense: Sense,
    max_lines: Option<usize>,
}

impl<'a> TextLabel<'a> {
    /// A label showing `text` in the body font at the style's body size.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            size: None,
            bold: false,
            color: None,
            wrap: true,
            max_width: None,
            highlight: None,
            sense: Sense::hover(),
            max_lines: None,
        }
    }

    /// Font size in points (default: egui's body text size, at least 15).
    pub fn size(mut self, size: f32) -> Self {
        self.size = Some(size);
        self
    }

    /// Bold weight.
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    /// Text colour (default: the visuals' text colour).
    pub fn color(mut self, color: Color32) -> Self {
        self.color = Some(color);
        self
    }

    /// Keep the text on one line.
    pub fn no_wrap(mut self) -> Self {
        self.wrap = false;
        self
    }

    /// Show at most `n` lines; the last one ends with «…» when the text is cut (the
    /// accessibility label keeps the whole text). With [`TextLabel::no_wrap`], one line
    /// cut at the available width.
    pub fn max_lines(mut self, n: usize) -> Self {
        self.max_lines = Some(n);
        self
    }

    /// Wrap at most at this width (points), even if more is available.
    pub fn max_width(mut self, width: f32) -> Self {
        self.max_width = Some(width);
        self
    }

    /// Fill the characters `range` (char offsets into the text) with `color`, as for the
    /// keyword of a keyword-in-context row.
    pub fn highlight(mut self, range: Range<usize>, color: Color32) -> Self {
        self.highlight = Some((range, color, HighlightStyle::Fill));
        self
    }

    /// Like [`TextLabel::highlight`] with another style.
    pub fn highlight_with(
        mut self,
        range: Range<usize>,
        color: Color32,
        style: HighlightStyle,
    ) -> Self {
        self.highlight = Some((range, color, style));
        self
    }

    /// How the label reacts to the pointer (default: hover only). Use `Sense::click()` for
    /// clickable rows.
    pub fn sense(mut self, sense: Sense) -> Self {
        self.sense = sense;
        self
    }
}

impl Widget for TextLabel<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let ctx = ui.ctx().clone();
        let ppp = ctx.pixels_per_point();
        let size = self.size.unwrap_or_else(|| {
            ui.style()
                .text_styles
                .get(&egui::TextStyle::Body)
                .map_or(15.0, |f| f.size.max(15.0))
        });
        let avail = ui.available_width().max(size);
        let width = self.max_width.map_or(avail, |m| m.min(avail));
        let wrap = self.wrap || self.max_lines.is_some();
        let mut style = ParagraphStyle::new(size, wrap.then_some(width));
        style.max_lines = if self.wrap { self.max_lines } else { Some(1) }.filter(|_| wrap);
        style.bold = self.bold;
        style.pixels_per_point = ppp;
        style.line_height = 1.5;

        let shared = TextSystem::shared(&ctx);
        let mut ts = TextSystem::lock(&shared);
        let layout = ts.layout_cached(&ctx, self.text, &style);
        let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
        let desired = vec2(ink_width.ceil(), layout.height());
        let (rect, response) = ui.allocate_exact_size(desired, self.sense);
        if ui.is_rect_visible(rect) {
            let origin = rect.min - vec2(ink_left, 0.0);
            let mut shapes = Vec::new();
            if let Some((range, color, hl_style)) = &self.highlight {
                let rects: Vec<_> = layout
                    .range_rects(range.clone())
                    .into_iter()
                    .map(|r| r.translate(origin.to_vec2()))
                    .collect();
                highlight_shapes(&rects, *color, *hl_style, &mut shapes);
            }
            let color = self.color.unwrap_or_else(|| ui.visuals().text_color());
            shapes.extend(ts.paragraph_shapes(&ctx, &layout, origin, color, ui.clip_rect()));
            ui.painter().extend(shapes);
        }
        drop(ts);
        let text = self.text.to_owned();
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &text));
        response
    }
}
