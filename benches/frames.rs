//! Frame times of the real app on a big article: `cargo bench --bench frames [-- MB]`.
//!
//! Builds an article of MB megabytes (default 50) from the bundled seed, opens it in the
//! app headless (egui_kittest, no window), lets the extraction finish, then types a word
//! into the find box one letter a frame and keeps drawing while the search runs. Prints
//! the slowest frame and the 99th percentile of each phase; a frame over 16 ms would be
//! a dropped frame at 60 Hz. The times include kittest's own accessibility pass, so they
//! overstate what a window costs.
//!
//! `cargo bench --bench frames -- library [N]` measures the library view instead: N
//! articles (default 1,000) of 2–5 KB built from the ANERcorp sentences in
//! `assets/training` are added to an empty library while the view is shown, then an
//! entity is picked and its articles and neighbours drawn.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark")]

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa::logic::{Action, Command};
use sahifa::state::settings::Settings;
use sahifa::{AppOptions, SahifaApp};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("library") {
        let articles = std::env::args()
            .skip(2)
            .find_map(|a| a.parse().ok())
            .unwrap_or(1_000);
        library_phase(articles);
        return;
    }
    let megabytes: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_812f1e39dd98ed92.txt"),
    )
    .unwrap();
    let article = format!("{}\n\n", seed.trim());
    std::fs::write(
        &path,
        article.repeat(megabytes * 1_000_000 / article.len() + 1),
    )
    .unwrap();

    let options = AppOptions {
        paths: vec![path],
        settings_path: None,
        settings: Some(Settings::default()),
        extract: true,
        bundled_fonts_only: true,
        knowledge_path: None,
        library_path: None,
    };
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| SahifaApp::new(cc, options));
    let opened = Instant::now();
    let mut idle = Vec::new();
    while harness.state().is_busy() {
        idle.push(timed(&mut harness));
        std::thread::sleep(Duration::from_millis(5));
    }
    let mentions = harness.state().documents()[0].annotations().mentions.len();
    println!(
        "{megabytes} MB: loaded and extracted in {:.1} s, {mentions} mentions",
        opened.elapsed().as_secs_f64()
    );
    report("frames while loading and extracting", &idle);

    harness
        .state_mut()
        .run(Action::Command(Command::ToggleShowAll));
    let colour_all: Vec<Duration> = (0..30).map(|_| timed(&mut harness)).collect();
    report("frames with every mention coloured", &colour_all);

    harness.state_mut().run(Action::Command(Command::Find));
    harness.run_steps(3);
    harness.get_by_label(sahifa::ui::find_bar::FIND_BOX).focus();
    harness.run_steps(2);
    let mut typing = Vec::new();
    for letter in "الكويت".chars() {
        harness.event(egui::Event::Text(letter.to_string()));
        typing.push(timed(&mut harness));
        typing.push(timed(&mut harness));
    }
    let searching_since = Instant::now();
    while harness.state().is_busy() && searching_since.elapsed() < Duration::from_secs(60) {
        typing.push(timed(&mut harness));
        std::thread::sleep(Duration::from_millis(5));
    }
    let hits = harness.state().documents()[0].view.find.hits.len();
    println!(
        "find «الكويت»: {hits} hits {:.2} s after the last letter",
        searching_since.elapsed().as_secs_f64()
    );
    report("frames while typing and searching", &typing);
}

/// The library view while `count` articles are added, then with an entity picked.
fn library_phase(count: usize) {
    use sahifa::logic::library_jobs::LibraryAction;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("archive");
    let written = write_articles(&folder, count);
    let options = AppOptions {
        paths: Vec::new(),
        settings_path: None,
        settings: Some(Settings::default()),
        extract: false,
        bundled_fonts_only: true,
        knowledge_path: None,
        library_path: Some(dir.path().join("library.sqlite")),
    };
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| SahifaApp::new(cc, options));
    while harness.state().is_busy() {
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.state_mut().run(Action::Command(Command::Library));
    harness
        .state_mut()
        .run(Action::Library(LibraryAction::AddPaths(vec![folder])));
    let started = Instant::now();
    let mut adding = Vec::new();
    while harness.state().is_busy() {
        let before = harness.state().library.articles.len();
        let took = timed(&mut harness);
        let after = harness.state().library.articles.len();
        if took > Duration::from_millis(16) && std::env::var_os("FRAMES_VERBOSE").is_some() {
            eprintln!(
                "  slow library frame {:.1} ms: articles {before} → {after}",
                took.as_secs_f64() * 1e3
            );
        }
        adding.push(took);
        std::thread::sleep(Duration::from_millis(5));
    }
    let library = &harness.state().library;
    println!(
        "library: {written} articles written, {} indexed with {} entities in {:.1} s",
        library.articles.len(),
        library.entities.len(),
        started.elapsed().as_secs_f64()
    );
    report("frames of the library view while adding", &adding);
    // The first pick also rasterises the glyphs of sizes not drawn before (the title,
    // the snippets); the next picks show what a pick costs once they are in the atlas.
    let entities: Vec<_> = harness
        .state()
        .library
        .entities
        .iter()
        .map(|e| e.id)
        .collect();
    for (n, id) in entities.into_iter().take(6).enumerate() {
        harness
            .state_mut()
            .run(Action::Library(LibraryAction::Pick(id)));
        let mut picked = Vec::new();
        while harness.state().is_busy() || picked.len() < 30 {
            picked.push(timed(&mut harness));
        }
        let what = match n {
            0 => "frames after picking the biggest entity (first pick)".to_owned(),
            n => format!("frames after picking entity {}", n + 1),
        };
        report(&what, &picked);
    }
}

/// Writes `count` articles of 2–5 KB: a headline and paragraphs of consecutive ANERcorp
/// sentences, so names recur across articles as in a news archive.
fn write_articles(folder: &Path, count: usize) -> usize {
    std::fs::create_dir_all(folder).unwrap();
    let conll = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/training/anercorp-train.conll"),
    )
    .unwrap();
    let sentences: Vec<String> = conll
        .split("\n\n")
        .map(|block| {
            let words: Vec<&str> = block
                .lines()
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            words.join(" ")
        })
        .filter(|s| s.len() > 40)
        .collect();
    let mut next = 0;
    for i in 0..count {
        let target = 2_000 + (i * 7_919) % 3_000;
        let mut text = String::new();
        while text.len() < target {
            text.push_str(&sentences[next % sentences.len()]);
            text.push_str(if next % 3 == 2 { "\n\n" } else { " " });
            next += 1;
        }
        let sub = folder.join(format!("{:02}", i / 500));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("{i:05}.txt")), text).unwrap();
    }
    count
}

fn timed(harness: &mut Harness<'static, SahifaApp>) -> Duration {
    let start = Instant::now();
    harness.step();
    let took = start.elapsed();
    if took > Duration::from_millis(16) && std::env::var_os("FRAMES_VERBOSE").is_some() {
        let app = harness.state();
        let doc = app.documents().first();
        eprintln!(
            "  slow frame {:.1} ms: busy {}, hits {:?}, mentions {:?}",
            took.as_secs_f64() * 1e3,
            app.is_busy(),
            doc.map(|d| d.view.find.hits.len()),
            doc.map(|d| d.annotations().mentions.len())
        );
    }
    took
}

fn report(what: &str, frames: &[Duration]) {
    let mut ms: Vec<f64> = frames.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    if ms.is_empty() {
        return;
    }
    ms.sort_by(f64::total_cmp);
    let p = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!(
        "  {what}: {} frames, median {:.1} ms, p99 {:.1} ms, slowest {:.1} ms, over 16 ms: {}",
        ms.len(),
        p(0.5),
        p(0.99),
        p(1.0),
        ms.iter().filter(|&&t| t > 16.0).count()
    );
}
