//! Prints the glyphs of a paragraph: `cargo run -p sahifa-text --example dump -- TEXT [WIDTH]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = args.get(1).cloned().unwrap_or_default();
    let width = args.get(2).and_then(|w| w.parse().ok());
    let mut ts = sahifa_text::TextSystem::bundled_only();
    let l = ts.layout(&text, &sahifa_text::ParagraphStyle::new(20.0, width));
    let chars: Vec<char> = text.chars().collect();
    println!("rtl={} width={}", l.is_rtl(), l.width());
    for (i, line) in l.lines().iter().enumerate() {
        println!(
            "line {i}: chars {:?} top {} baseline {}",
            line.chars, line.top, line.baseline
        );
        for g in &line.glyphs {
            let s: String = chars
                .get(g.chars())
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            println!(
                "  x {:7.2} w {:6.2} {:?} rtl={} {s:?}",
                g.x,
                g.w,
                g.chars(),
                g.rtl
            );
        }
    }
}
