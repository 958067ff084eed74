//! Hostile inputs, built here (nothing big is committed): deep nesting, zip bombs, element
//! multiplication, huge line counts, odd encodings. Each must end in a document or a clear
//! [`LoadError`] naming the file and the limit — never a stack overflow, a stall or memory
//! in proportion to what a file claims. Loads that could overflow run on a thread with a
//! 2 MiB stack, the default for spawned threads (the app's loader thread has no more).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{Cursor, Write};
use std::path::Path;

use sahifa_load::docx::DocxError;
use sahifa_load::{Exceeded, LoadError, LoadOptions, load_bytes, load_bytes_with};
use sahifa_model::Document;

/// Counts the bytes allocated by the current thread, to check that a load does not
/// allocate what a bomb claims.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts, with thread-local cells that
// never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LIVE.try_with(|live| {
            let now = live.get().saturating_add(layout.size());
            live.set(now);
            let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
        });
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns its result with the most bytes the thread held at once meanwhile
/// (above what it held before).
fn peak_allocated<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let out = f();
    (out, PEAK.with(Cell::get).saturating_sub(base))
}

/// Loads `bytes` as `name` on a thread with a 2 MiB stack.
fn load_on_small_stack(bytes: Vec<u8>, name: &'static str) -> Result<Document, LoadError> {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || load_bytes(&bytes, Some(Path::new(name))))
        .unwrap()
        .join()
        .unwrap()
}

fn assert_too_deep(err: &LoadError, name: &str, format: &str, at_least: usize) {
    match err {
        LoadError::Limit {
            exceeded:
                Exceeded::Depth {
                    format: f,
                    depth,
                    limit,
                },
            ..
        } => {
            assert_eq!(*f, format);
            assert_eq!(*limit, sahifa_load::DEFAULT_MAX_DEPTH);
            assert!(*depth >= at_least, "{err}");
        }
        _ => panic!("{name}: expected a nesting refusal, got {err:?}"),
    }
    let message = err.to_string();
    assert!(message.contains(name), "{message}");
    let limit = format!("up to {} levels", sahifa_load::DEFAULT_MAX_DEPTH);
    assert!(message.contains(&limit), "{message}");
}

fn nested_divs(depth: usize) -> Vec<u8> {
    format!("{}نص{}", "<div>".repeat(depth), "</div>".repeat(depth)).into_bytes()
}

#[test]
fn html_nested_20000_deep_is_refused_not_a_stack_overflow() {
    let err = load_on_small_stack(nested_divs(20_000), "deep.html").unwrap_err();
    assert_too_deep(&err, "deep.html", "HTML", 20_000);
}

#[test]
fn html_nested_200000_deep_is_refused_not_a_stack_overflow() {
    let err = load_on_small_stack(nested_divs(200_000), "deeper.html").unwrap_err();
    assert_too_deep(&err, "deeper.html", "HTML", 200_000);
}

#[test]
fn html_nested_just_under_the_limit_opens_on_a_small_stack() {
    // 500 levels: just under the limit of 512 (html and body add two).
    let mut page = "<blockquote>".repeat(250);
    page.push_str(&"<span>".repeat(250));
    page.push_str("قال الوزير");
    let doc = load_on_small_stack(page.into_bytes(), "under.html").unwrap();
    assert_eq!(doc.text.as_str(), "قال الوزير");
}

#[test]
fn html_misnested_formatting_tags_nesting_deeper_are_refused() {
    // Each `</b>` with a block inside it moves the `<b>` into the block: the tree deepens.
    let page = "<b><div>نص</b>".repeat(20_000);
    let err = load_on_small_stack(page.into_bytes(), "misnested.html").unwrap_err();
    assert_too_deep(
        &err,
        "misnested.html",
        "HTML",
        sahifa_load::DEFAULT_MAX_DEPTH + 1,
    );
}

#[test]
fn html_reopened_formatting_elements_cannot_multiply_elements() {
    // 500 distinct unclosed <b>s are re-opened in every later paragraph: 500 elements
    // per eight bytes of input unless stopped.
    let mut page = String::from("<p>");
    for i in 0..500 {
        page.push_str(&format!("<b id={i}>"));
    }
    page.push_str("x</p>");
    page.push_str(&"<p>x</p>".repeat(5_000));
    let err = load_on_small_stack(page.into_bytes(), "multiply.html").unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Limit {
                exceeded: Exceeded::HtmlElements { .. },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("multiply.html"), "{err}");
}

#[test]
fn html_end_tags_matching_nothing_under_a_deep_page_neither_stall_nor_multiply() {
    // Each stray end tag would cost html5ever a scan of all 500 open elements.
    let mut page = "<div>".repeat(500);
    page.push_str(&"</span>".repeat(100_000));
    page.push_str("نص");
    let doc = load_on_small_stack(page.into_bytes(), "stray.html").unwrap();
    assert_eq!(doc.text.as_str(), "نص");
    // A stray `</p>` makes an empty paragraph, a `</br>` a line break: elements, counted
    // (against a lower cap here, to keep the test quick).
    let options = LoadOptions {
        max_html_elements: 50_000,
        ..LoadOptions::default()
    };
    for stray in ["</p>", "</br>"] {
        let page = format!("<p>نص{}", stray.repeat(60_000));
        let err = load_bytes_with(
            page.as_bytes(),
            Some(Path::new("stray.html")),
            &options,
            &|_| {},
        )
        .unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::Limit {
                    exceeded: Exceeded::HtmlElements { limit: 50_000 },
                    ..
                }
            ),
            "{stray}: {err:?}"
        );
    }
}

#[test]
fn html_sloppy_but_real_markup_is_not_taken_for_nesting() {
    // Unclosed paragraphs, items and cells, misnested bold: all siblings to a browser.
    let mut page = String::from("<body>");
    page.push_str(&"<p>نص <b>عريض</p>".repeat(3_000));
    page.push_str("<ul>");
    page.push_str(&"<li>بند".repeat(3_000));
    page.push_str("</ul><table>");
    page.push_str(&"<tr><td>خلية<td>أخرى".repeat(3_000));
    page.push_str("</table>");
    page.push_str(&"<font><p>فقرة</font></p>".repeat(3_000));
    page.push_str(&"<dl><dt>مصطلح<dd>تعريف</dl>".repeat(3_000));
    let doc = load_on_small_stack(page.into_bytes(), "sloppy.html").unwrap();
    assert!(doc.blocks().len() >= 15_000, "{}", doc.blocks().len());
}

#[test]
fn markdown_quotes_nested_200000_deep_are_refused() {
    for depth in [20_000, 200_000] {
        let md = format!("{} نص\n", ">".repeat(depth));
        let err = load_on_small_stack(md.into_bytes(), "quotes.md").unwrap_err();
        assert_too_deep(
            &err,
            "quotes.md",
            "Markdown",
            sahifa_load::DEFAULT_MAX_DEPTH + 1,
        );
    }
}

#[test]
fn markdown_lists_nested_20000_deep_are_refused() {
    // `- - - x` opens a list inside a list item on one line.
    let md = format!("{}نص\n", "- ".repeat(20_000));
    let err = load_on_small_stack(md.into_bytes(), "lists.md").unwrap_err();
    assert_too_deep(
        &err,
        "lists.md",
        "Markdown",
        sahifa_load::DEFAULT_MAX_DEPTH + 1,
    );
}

#[test]
fn markdown_nested_under_the_limit_opens() {
    let md = format!("{} قول\n", ">".repeat(300));
    let doc = load_on_small_stack(md.into_bytes(), "quote.md").unwrap();
    assert_eq!(doc.text.as_str(), "قول");
}

fn zip_with(document: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(document).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn docx_xml_nested_20000_deep_is_refused() {
    let depth = 20_000;
    let xml = format!(
        "<w:document xmlns:w=\"w\"><w:body>{}<w:p><w:r><w:t>نص</w:t></w:r></w:p>{}</w:body></w:document>",
        "<w:sdt><w:sdtContent>".repeat(depth / 2),
        "</w:sdtContent></w:sdt>".repeat(depth / 2)
    );
    let err = load_on_small_stack(zip_with(xml.as_bytes()), "deep.docx").unwrap_err();
    assert_too_deep(
        &err,
        "deep.docx",
        "Word XML",
        sahifa_load::DEFAULT_MAX_DEPTH + 1,
    );
}

#[test]
fn docx_zip_bomb_gets_the_size_error_quickly_without_inflating_it() {
    // 300 MiB of paragraphs, deflated to a few megabytes; streamed into the archive.
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(b"<w:document xmlns:w=\"w\"><w:body>").unwrap();
    let paragraphs = "<w:p><w:r><w:t>كلمة</w:t></w:r></w:p>".repeat(30_000);
    let mut written = 0;
    while written < 300 * 1024 * 1024 {
        w.write_all(paragraphs.as_bytes()).unwrap();
        written += paragraphs.len();
    }
    w.write_all(b"</w:body></w:document>").unwrap();
    let bomb = w.finish().unwrap().into_inner();
    assert!(bomb.len() < 10_000_000, "{}", bomb.len());

    let (result, peak) = peak_allocated(|| load_bytes(&bomb, Some(Path::new("bomb.docx"))));
    let err = result.unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Docx {
                source: DocxError::TooLarge { .. },
                ..
            }
        ),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("bomb.docx") && message.contains("268 MB"),
        "{message}"
    );
    assert!(peak < 4 * 1024 * 1024, "allocated {peak} bytes at once");
}

#[test]
fn docx_paragraphs_past_the_text_limit_stop_reading_early() {
    let body = "<w:p><w:r><w:t>كلمة كلمة كلمة</w:t></w:r></w:p>".repeat(100_000);
    let xml = format!("<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>");
    let options = LoadOptions {
        max_text_bytes: 100_000,
        ..LoadOptions::default()
    };
    let bytes = zip_with(xml.as_bytes());
    let (result, peak) =
        peak_allocated(|| load_bytes_with(&bytes, Some(Path::new("long.docx")), &options, &|_| {}));
    let err = result.unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Limit {
                exceeded: Exceeded::Text { limit: 100_000 },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("long.docx"), "{err}");
    // The 4.4 MB of XML are streamed, never held.
    assert!(peak < 2 * 1024 * 1024, "allocated {peak} bytes at once");
}

#[test]
fn two_million_empty_lines_are_refused_before_splitting() {
    let lines = vec![b'\n'; sahifa_load::DEFAULT_MAX_LINES + 1];
    for name in ["blank.txt", "blank.md"] {
        let mut bytes = b"x".to_vec();
        bytes.extend_from_slice(&lines);
        let err = load_bytes(&bytes, Some(Path::new(name))).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::Limit {
                    exceeded: Exceeded::Lines { .. },
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains(name), "{err}");
        assert!(err.to_string().contains("2000000"), "{err}");
    }
}

#[test]
fn legacy_text_that_grows_past_the_text_limit_is_refused() {
    // windows-1256: one byte per Arabic letter, two in UTF-8.
    let text = "قطر ".repeat(50_000);
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    let options = LoadOptions {
        max_text_bytes: bytes.len() as u64,
        ..LoadOptions::default()
    };
    let err = load_bytes_with(&bytes, Some(Path::new("grows.txt")), &options, &|_| {}).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Limit {
                exceeded: Exceeded::Text { .. },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("grows.txt"), "{err}");
}

#[test]
fn text_of_only_bidi_controls_and_combining_marks_opens_unchanged() {
    let text = "\u{202E}\u{200F}\u{0651}\u{064B}\u{2067}\u{061C}\u{0300}".repeat(10_000);
    for name in ["marks.txt", "marks.md"] {
        let doc = load_on_small_stack(text.clone().into_bytes(), name).unwrap();
        assert_eq!(doc.text.as_str(), text, "{name}");
    }
    let page = format!("<p>{text}</p>");
    let doc = load_on_small_stack(page.into_bytes(), "marks.html").unwrap();
    assert_eq!(doc.text.as_str(), text);
}

#[test]
fn invalid_utf8_in_the_middle_of_a_big_file_is_refused_at_its_offset() {
    let half = "ناقش آمر القوة البحرية الكويتية سبل التعاون.\n".repeat(20_000);
    let mut bytes = half.as_bytes().to_vec();
    let at = bytes.len();
    bytes.push(0xFF);
    bytes.extend_from_slice(half.as_bytes());
    let err = load_bytes(&bytes, Some(Path::new("broken.txt"))).unwrap_err();
    match &err {
        LoadError::Decode {
            source: sahifa_load::decode::DecodeError::InvalidBytes { offset, line, .. },
            ..
        } => {
            assert_eq!(*offset, at);
            assert_eq!(*line, 20_001);
        }
        _ => panic!("{err:?}"),
    }
    assert!(err.to_string().contains("broken.txt"), "{err}");
}

#[test]
fn utf16_file_with_an_odd_byte_count_is_refused_at_the_last_byte() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("قطر والكويت".encode_utf16().flat_map(u16::to_le_bytes));
    let odd = bytes.len();
    bytes.push(0x41);
    let err = load_bytes(&bytes, Some(Path::new("odd.txt"))).unwrap_err();
    match &err {
        LoadError::Decode {
            source:
                sahifa_load::decode::DecodeError::InvalidBytes {
                    encoding, offset, ..
                },
            ..
        } => {
            assert_eq!(*encoding, "UTF-16LE");
            assert_eq!(*offset, odd);
        }
        _ => panic!("{err:?}"),
    }
}
