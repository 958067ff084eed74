//! Writes the hostile inputs used to measure the loaders into a folder:
//! `cargo run --release -p sahifa-load --example hostile_inputs -- DIR`.
//!
//! - `deep-20000.html`, `deep-200000.html`: `<div>` nested that many levels (and closed);
//! - `deep-999.html`: just under the nesting limit;
//! - `text-20mb.txt`: one 20 MB line of Arabic in UTF-8;
//! - `text-20mb-1256.txt`: the same text as 20 MB of windows-1256;
//! - `bomb-500mib.docx`: a 2–3 MB Word file whose `word/document.xml` inflates to 500 MiB
//!   of one-word paragraphs;
//! - `page-50mb.html`: a 50 MB news page (`<p>` per paragraph inside an `<article>`);
//! - `big-200mib.docx`: a Word file of real paragraphs whose XML inflates to 200 MiB, under
//!   the cap;
//! - `lines-1.9m.txt`: 1.9 million one-word lines, under the line limit.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a generator for measurements: failing loudly is the right behaviour"
)]

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

const SEED: &str = include_str!("../tests/fixtures/seed-000.txt");

fn main() {
    let dir = std::env::args().nth(1).expect("usage: hostile_inputs DIR");
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    for depth in [999, 20_000, 200_000] {
        let page = format!("{}نص{}", "<div>".repeat(depth), "</div>".repeat(depth));
        std::fs::write(dir.join(format!("deep-{depth}.html")), page).unwrap();
    }
    let line: String = SEED.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut text = String::new();
    while text.len() < 20_000_000 {
        text.push_str(&line);
        text.push(' ');
    }
    std::fs::write(dir.join("text-20mb.txt"), &text).unwrap();
    // Arabic letters take one byte in windows-1256: about twice the text for 20 MB.
    while text.len() < 38_000_000 {
        text.push_str(&line);
        text.push(' ');
    }
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    let cut = cp1256.len().min(20_000_000);
    std::fs::write(dir.join("text-20mb-1256.txt"), &cp1256[..cut]).unwrap();
    write_bomb(&dir.join("bomb-500mib.docx"), 500 * 1024 * 1024);
    write_page(&dir.join("page-50mb.html"), 50_000_000);
    let paragraphs: String = SEED
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    write_docx(&dir.join("big-200mib.docx"), &paragraphs, 200 * 1024 * 1024);
    std::fs::write(dir.join("lines-1.9m.txt"), "كلمة\n".repeat(1_900_000)).unwrap();
}

fn write_bomb(path: &Path, inflated: usize) {
    let para = "<w:p><w:r><w:t>كلمة</w:t></w:r></w:p>".repeat(1000);
    write_docx(path, &para, inflated);
}

/// A Word file whose `word/document.xml` repeats `body` up to `inflated` bytes.
fn write_docx(path: &Path, body: &str, inflated: usize) {
    let file = BufWriter::new(File::create(path).unwrap());
    let mut zip = zip::ZipWriter::new(file);
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default().large_file(true),
    )
    .unwrap();
    zip.write_all(b"<w:document xmlns:w=\"w\"><w:body>")
        .unwrap();
    let mut written = 0;
    while written + body.len() < inflated {
        zip.write_all(body.as_bytes()).unwrap();
        written += body.len();
    }
    zip.write_all(b"</w:body></w:document>").unwrap();
    zip.finish().unwrap();
}

fn write_page(path: &Path, size: usize) {
    let mut out = BufWriter::new(File::create(path).unwrap());
    out.write_all(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <title>خبر</title></head><body><article>"
            .as_bytes(),
    )
    .unwrap();
    let mut written = 0;
    while written < size {
        for line in SEED.lines().filter(|l| !l.trim().is_empty()) {
            let p = format!("<p class=\"body\">{line}</p>\n");
            out.write_all(p.as_bytes()).unwrap();
            written += p.len();
        }
    }
    out.write_all(b"</article></body></html>").unwrap();
}
