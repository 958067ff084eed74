//! Load-time benchmark: `cargo bench -p sahifa-load`.
//!
//! Times `load_bytes` (detection, decoding, parsing, block building, indexing) on ~5 MB of
//! Arabic news text as UTF-8, windows-1256 and ISO-8859-6 plain text, as an HTML page and as
//! a Word file, and on a 50 MB UTF-8 text. Prints the median and best of several runs.
#![expect(
    clippy::unwrap_used,
    reason = "benchmark setup: failing loudly is the right behaviour"
)]

use std::hint::black_box;
use std::io::{Cursor, Write};
use std::path::Path;
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../tests/fixtures/seed-000.txt");

fn repeat_to(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + SEED.len());
    while text.len() < bytes {
        text.push_str(SEED);
    }
    text
}

fn html_of(text: &str) -> String {
    let mut page = String::from(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <title>خبر</title><script>var a = 1;</script></head><body><nav><a href=/>الرئيسية</a>\
         </nav><article>",
    );
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        page.push_str("<p class=\"body\">");
        page.push_str(line);
        page.push_str("</p>\n");
    }
    page.push_str("</article><footer>©</footer></body></html>");
    page
}

fn docx_of(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        body.push_str("<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>");
        body.push_str(line);
        body.push_str("</w:t></w:r></w:p>");
    }
    let xml = format!("<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>");
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(xml.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

fn bench(label: &str, bytes: &[u8], name: &str, runs: usize) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let doc = sahifa_load::load_bytes(black_box(bytes), Some(Path::new(name))).unwrap();
            black_box(doc);
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "{label:<28} {mb:7.1} MB   median {:8.1} ms   best {:8.1} ms   {:6.0} MB/s",
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        mb / median.as_secs_f64()
    );
}

fn main() {
    // `cargo test --benches` passes --bench too; with `--test` only check that it runs.
    let quick = std::env::args().any(|a| a == "--test");
    let runs = if quick { 1 } else { 11 };
    let text = repeat_to(5_000_000);
    // Legacy encodings take one byte per Arabic letter: twice the text for 5 MB of file.
    let text2 = repeat_to(9_300_000);
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&text2);
    let (iso, _, _) = encoding_rs::ISO_8859_6.encode(&text2);
    bench("text UTF-8", text.as_bytes(), "a.txt", runs);
    bench("text windows-1256", &cp1256, "a.txt", runs);
    bench("text ISO-8859-6", &iso, "a.txt", runs);
    bench("HTML UTF-8", html_of(&text).as_bytes(), "a.html", runs);
    let page1256 = html_of(&text).replace("utf-8", "windows-1256");
    let (html1256, _, _) = encoding_rs::WINDOWS_1256.encode(&page1256);
    bench("HTML windows-1256", &html1256, "a.html", runs);
    bench("Word .docx (5 MB of XML)", &docx_of(&text), "a.docx", runs);
    let big = repeat_to(50_000_000);
    bench(
        "text UTF-8, 50 MB",
        big.as_bytes(),
        "big.txt",
        if quick { 1 } else { 3 },
    );
}
