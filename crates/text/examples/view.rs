//! Shows an article file in the [`ArticleView`]:
//! `cargo run -p sahifa-text --example view --release -- FILE [--dark] [--select]`.
//!
//! The top bar shows the mixed test line through [`TextLabel`] with «DIMDEX 2026»
//! highlighted; every «الدوحة» and «قطر» in the article is highlighted.

use eframe::egui;
use sahifa_model::{Block, BlockKind, Document, TextRange};
use sahifa_text::{ArticleView, Highlight, HighlightStyle, TextInput, TextLabel, TextSystem};

struct App {
    doc: Document,
    view: ArticleView,
    highlights: Vec<Highlight>,
    status: String,
    query: String,
}

fn find_all(doc: &Document, needle: &str) -> Vec<TextRange> {
    let text = doc.text.as_str();
    let len = needle.chars().count();
    text.match_indices(needle)
        .filter_map(|(b, _)| {
            let s = doc.text.char_of_byte(b);
            TextRange::new(s, s + len, doc.text.char_len()).ok()
        })
        .collect()
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.add(
                TextLabel::new("افتتاح معرض DIMDEX 2026 في الدوحة (قطر)")
                    .size(20.0)
                    .highlight(12..23, egui::Color32::from_rgb(120, 190, 255)),
            );
            ui.add(TextLabel::new(&self.status).size(14.0));
            let input = ui.add(
                TextInput::new(&mut self.query)
                    .hint("ابحث في المقال…")
                    .desired_width(400.0),
            );
            if input.changed() {
                self.highlights
                    .retain(|h| h.style != HighlightStyle::Outline);
                if !self.query.trim().is_empty() {
                    for r in find_all(&self.doc, self.query.trim()) {
                        self.highlights.push(Highlight {
                            range: r,
                            color: egui::Color32::from_rgb(40, 160, 80),
                            style: HighlightStyle::Outline,
                        });
                    }
                }
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let out = self.view.show(ui, &self.doc, &self.highlights);
            if let Some(h) = out.hovered {
                self.status = format!("hover {h}");
            }
            if let Some(sel) = out.selection {
                self.status = format!("selection {sel}: {}", self.doc.text.slice(sel));
            }
        });
    }
}

/// Plain text has no structure: call the first line the title and other short lines
/// without a full stop headings, as a loader for such articles might.
fn with_headings(doc: Document) -> Document {
    let blocks = doc
        .blocks()
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let text = doc.block_text(b).trim();
            let kind = if i == 0 {
                BlockKind::Title
            } else if text.chars().count() < 60 && !text.ends_with('.') {
                BlockKind::Heading { level: 2 }
            } else {
                b.kind
            };
            Block { kind, ..*b }
        })
        .collect();
    let (text, source) = (doc.text.clone(), doc.source.clone());
    Document::new(text, source, None, blocks).unwrap_or(doc)
}

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).cloned().unwrap_or_default();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path:?}: {e}");
            std::process::exit(2);
        }
    };
    let dark = args.iter().any(|a| a == "--dark");
    let select = args.iter().any(|a| a == "--select");
    let doc = with_headings(Document::from_plain_text(&text));
    let mut highlights = Vec::new();
    for r in find_all(&doc, "الدوحة") {
        highlights.push(Highlight::fill(
            r,
            egui::Color32::from_rgba_unmultiplied(250, 200, 60, 120),
        ));
    }
    for r in find_all(&doc, "قطر") {
        highlights.push(Highlight {
            range: r,
            color: egui::Color32::from_rgb(220, 60, 60),
            style: HighlightStyle::Underline,
        });
    }
    let mut view = ArticleView::new();
    if let Some(w) = args
        .iter()
        .position(|a| a == "--column")
        .and_then(|i| args.get(i + 1))
    {
        view.max_column_width = w.parse().unwrap_or(view.max_column_width);
    }
    if select {
        // A selection across the first wrap of the second paragraph, to see it drawn.
        if let Some(b) = doc.blocks().get(1) {
            view.set_selection(
                TextRange::new(
                    b.range.start() + 60,
                    b.range.start() + 140,
                    doc.text.char_len(),
                )
                .ok(),
            );
        }
        if let Some(r) = find_all(&doc, "سيف الهملان").first() {
            view.set_current(Some(*r));
        }
    }
    let app = App {
        doc,
        view,
        highlights,
        status: String::new(),
        query: args
            .iter()
            .position(|a| a == "--query")
            .and_then(|i| args.get(i + 1))
            .cloned()
            .unwrap_or_default(),
    };
    eframe::run_native(
        "sahifa-text view",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_inner_size([1000.0, 760.0]),
            ..Default::default()
        },
        Box::new(move |cc| {
            cc.egui_ctx.set_theme(if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            TextSystem::install(&cc.egui_ctx, TextSystem::new());
            Ok(Box::new(app))
        }),
    )
}
