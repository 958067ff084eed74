//! Text-layer benchmarks (harness = false): `cargo bench -p sahifa-text`.
//!
//! 1. Layout throughput: the seed article repeated to ~2 MB, laid out paragraph by
//!    paragraph in Noto Naskh Arabic 20 px wrapped at 700 px, on one core. Target ≥ 3 MB/s.
//! 2. A 5 MB article in the [`ArticleView`] inside a headless egui context (1400×900):
//!    time from the text in memory to the end of the first frame (document assembly, height
//!    estimates, layout and meshes of the visible blocks, glyph rasterisation; target
//!    300 ms), then the CPU time of scrolling frames that bring new paragraphs into view,
//!    each including layout, mesh building and tessellation (target < 4 ms).

use std::time::{Duration, Instant};

use sahifa_model::Document;
use sahifa_text::{ArticleView, Highlight, ParagraphStyle, TextSystem};

const SEED: &str = include_str!("../../../seeds/000_812f1e39dd98ed92.txt");

fn repeat_to(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + SEED.len());
    while s.len() < bytes {
        s.push_str(SEED);
        s.push('\n');
    }
    s
}

fn layout_throughput() {
    let text = repeat_to(2_000_000);
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut ts = TextSystem::bundled_only();
    let style = ParagraphStyle::new(20.0, Some(700.0));
    // Warm-up: font loading and shaping caches.
    for p in paragraphs.iter().take(50) {
        std::hint::black_box(ts.layout(p, &style));
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut lines = 0;
        for p in &paragraphs {
            lines += std::hint::black_box(ts.layout(p, &style)).lines().len();
        }
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        std::hint::black_box(lines);
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "layout: {mb:.2} MB in {} paragraphs, best of 3: {:.0} ms = {:.2} MB/s",
        paragraphs.len(),
        best * 1e3,
        mb / best
    );
}

fn raw_input(size: egui::Vec2) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, view: &mut ArticleView, doc: &Document) -> Duration {
    frame_with(ctx, view, doc, &[])
}

fn frame_with(
    ctx: &egui::Context,
    view: &mut ArticleView,
    doc: &Document,
    highlights: &[Highlight],
) -> Duration {
    let start = Instant::now();
    let out = ctx.run_ui(raw_input(egui::vec2(1400.0, 900.0)), |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            view.show(ui, doc, highlights);
        });
    });
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    std::hint::black_box(prims);
    start.elapsed()
}

fn article_frames() {
    let text = repeat_to(5_000_000);
    let ctx = egui::Context::default();
    ctx.all_styles_mut(|s| s.scroll_animation = egui::style::ScrollAnimation::none());
    TextSystem::install(&ctx, TextSystem::bundled_only());
    // Font loading happens once per app start, before any article: not part of a frame.
    frame(
        &ctx,
        &mut ArticleView::new(),
        &Document::from_plain_text("تحميل"),
    );

    let start = Instant::now();
    let doc = Document::from_plain_text(&text);
    let assembled = start.elapsed();
    let mut view = ArticleView::new();
    frame(&ctx, &mut view, &doc);
    let first = start.elapsed();
    println!(
        "5 MB article ({} blocks): document {:.0} ms, first frame done at {:.0} ms",
        doc.blocks().len(),
        assembled.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3
    );

    let steady: Vec<Duration> = (0..20).map(|_| frame(&ctx, &mut view, &doc)).collect();
    report("steady frame (nothing new)", &steady);

    // Scroll through the article: each frame moves the view by ~1/3 screen of text.
    let mut times = Vec::new();
    let mut offset = 0;
    for _ in 0..300 {
        offset += 700;
        view.scroll_to(offset);
        // The request is applied in the first frame (which lays out the target block) and
        // the second paints the new place: count both.
        times.push(frame(&ctx, &mut view, &doc) + frame(&ctx, &mut view, &doc));
    }
    let seen = view.visible_range().map(|r| r.start()).unwrap_or(0);
    assert!(
        seen > 150_000,
        "the view did not scroll (first visible char {seen})"
    );
    report("scroll step (2 frames)", &times);
    // Jumps far away (search result, click in the sidebar): all-new paragraphs.
    let mut jumps = Vec::new();
    for k in 1..40 {
        view.scroll_to(doc.text.char_len() * k / 41);
        jumps.push(frame(&ctx, &mut view, &doc) + frame(&ctx, &mut view, &doc));
    }
    report("jump far away (2 frames)", &jumps);

    // «Colour all»: every «في» and every «الدوحة» of the article highlighted.
    let mut highlights = Vec::new();
    for needle in ["في", "الدوحة"] {
        let len = needle.chars().count();
        for (b, _) in doc.text.as_str().match_indices(needle) {
            let s = doc.text.char_of_byte(b);
            if let Ok(r) = doc.text.range(s, s + len) {
                highlights.push(Highlight::fill(r, egui::Color32::YELLOW));
            }
        }
    }
    highlights.sort_by_key(|h| h.range);
    let mut times = Vec::new();
    for _ in 0..100 {
        offset += 700;
        view.scroll_to(offset);
        times.push(
            frame_with(&ctx, &mut view, &doc, &highlights)
                + frame_with(&ctx, &mut view, &doc, &highlights),
        );
    }
    report(
        &format!("scroll step with {} highlights", highlights.len()),
        &times,
    );
}

fn report(name: &str, times: &[Duration]) {
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let mean = ms.iter().sum::<f64>() / ms.len() as f64;
    let p95 = ms[(ms.len() * 95 / 100).min(ms.len() - 1)];
    println!(
        "{name}: mean {mean:.2} ms, median {:.2} ms, p95 {p95:.2} ms, max {:.2} ms",
        ms[ms.len() / 2],
        ms[ms.len() - 1]
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let start = Instant::now();
    let ts = TextSystem::new();
    println!(
        "start-up: TextSystem::new (bundled + {} system families) {:.0} ms",
        ts.families().len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    layout_throughput();
    article_frames();
}
