//! The `sahifa library` command line, run as a user would: the real binary, a temporary
//! library file (`--library`), a temporary data folder (so the user's own library and
//! taught names are never touched) and the shipped extractor (`--no-knowledge`). Also
//! `sahifa extract --lines --format jsonl` as the plain filter the README hands to GNU
//! parallel and Spark for corpora larger than one machine.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A scratch folder holding the articles, the library file and the data folder.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn library(&self) -> PathBuf {
        self.path("library.sqlite")
    }

    /// `sahifa ARGS… --library LIBRARY`, waited for.
    fn run(&self, args: &[&str], library: &Path) -> Output {
        self.command(args, library).output().unwrap()
    }

    fn command(&self, args: &[&str], library: &Path) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sahifa"));
        cmd.env("XDG_DATA_HOME", self.path("data"))
            .args(args)
            .arg("--library")
            .arg(library);
        cmd
    }

    /// `sahifa library add --no-knowledge ROOTS…`.
    fn add(&self, roots: &[&Path], library: &Path) -> Output {
        let mut cmd = self.command(&["library", "add", "--no-knowledge"], library);
        cmd.args(roots);
        cmd.output().unwrap()
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every stdout line parsed as JSON (each must be one object).
fn json_lines(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The numbers of `add`'s summary line: indexed, unchanged, failed, missing.
fn summary(out: &Output) -> [usize; 4] {
    let text = stdout(out);
    let line = text.lines().last().unwrap_or_default();
    let count = |word: &str| -> usize {
        let before = line
            .split(&format!(" {word}"))
            .next()
            .unwrap_or_else(|| panic!("no «{word}» in {line}"));
        let n = before.rsplit([' ', ',']).next().unwrap_or_default();
        n.parse()
            .unwrap_or_else(|_| panic!("no count of {word} in «{line}»"))
    };
    [
        count("indexed"),
        count("unchanged"),
        count("failed"),
        count("missing"),
    ]
}

const CAIRO: &str = "زار الرئيس المصري حسني مبارك القاهرة أمس، وقال حسني مبارك إن المحادثات مع وزير الخارجية الأمريكي كولن باول كانت مثمرة.\n";
const AMMAN: &str = "وصل وزير الخارجية الأمريكي كولن باول إلى عمان حيث التقى الملك عبد الله الثاني، ثم توجه إلى بيروت فالقاهرة.\n";

/// A folder with two good articles and a broken Word file.
fn news_folder(s: &Scratch) -> PathBuf {
    let dir = s.path("news");
    std::fs::create_dir_all(dir.join("2003")).unwrap();
    std::fs::write(dir.join("cairo.txt"), format!("لقاء في القاهرة\n\n{CAIRO}")).unwrap();
    std::fs::write(dir.join("2003").join("amman.txt"), AMMAN).unwrap();
    std::fs::write(
        dir.join("2003").join("broken.docx"),
        b"not a zip archive at all",
    )
    .unwrap();
    dir
}

#[test]
fn adding_a_folder_with_a_broken_file_indexes_the_rest_and_says_which_failed() {
    let s = Scratch::new();
    let news = news_folder(&s);
    let out = s.add(&[&news], &s.library());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary(&out), [2, 0, 1, 0], "{}", stdout(&out));
    let err = stderr(&out);
    let broken = news.join("2003/broken.docx").display().to_string();
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("{broken}: ")) && l.matches(&broken).count() == 1),
        "the failure is not one «PATH: message» line on stderr:\n{err}"
    );

    // Again, nothing changed: nothing is indexed twice.
    let again = s.add(&[&news], &s.library());
    // The broken file, unchanged, is not retried but still said to have failed.
    assert_eq!(summary(&again), [0, 2, 1, 0], "{}", stdout(&again));
    assert!(stderr(&again).contains(&broken), "{}", stderr(&again));

    // An article deleted since: missing, not an error.
    std::fs::remove_file(news.join("2003").join("amman.txt")).unwrap();
    let after = s.add(&[&news], &s.library());
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(summary(&after), [0, 1, 1, 1], "{}", stdout(&after));
    let hits = json_lines(&s.run(&["library", "articles", "كولن باول"], &s.library()));
    let gone: Vec<&Value> = hits.iter().filter(|h| h["missing"] == true).collect();
    assert_eq!(gone.len(), 1, "{hits:?}");
    assert!(gone[0]["path"].as_str().unwrap().ends_with("amman.txt"));
}

#[test]
fn entities_articles_and_search_answer_in_json_lines() {
    let s = Scratch::new();
    let news = news_folder(&s);
    assert!(s.add(&[&news], &s.library()).status.success());

    let entities = json_lines(&s.run(&["library", "entities"], &s.library()));
    let powell = entities
        .iter()
        .find(|e| e["entity"] == "كولن باول")
        .unwrap_or_else(|| panic!("no كولن باول in {entities:?}"));
    assert_eq!(powell["type"], "PERSON");
    assert_eq!(powell["articles"], 2);
    assert_eq!(powell["mentions"], 2);

    let people = json_lines(&s.run(&["library", "entities", "--type", "person"], &s.library()));
    assert!(!people.is_empty());
    assert!(people.iter().all(|e| e["type"] == "PERSON"), "{people:?}");
    let bad = s.run(&["library", "entities", "--type", "people"], &s.library());
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("PERSON, ORG, LOCATION"),
        "{}",
        stderr(&bad)
    );

    // Offsets are chars of the article: the first mention reads the name.
    let hits = json_lines(&s.run(&["library", "articles", "حسني مبارك"], &s.library()));
    assert_eq!(hits.len(), 1, "{hits:?}");
    let path = hits[0]["path"].as_str().unwrap();
    assert!(path.ends_with("cairo.txt"), "{path}");
    assert_eq!(hits[0]["mentions"], 2);
    let text = std::fs::read_to_string(path).unwrap();
    let (start, end) = (
        hits[0]["first"]["start"].as_u64().unwrap() as usize,
        hits[0]["first"]["end"].as_u64().unwrap() as usize,
    );
    let first: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(first, "حسني مبارك");

    let none = s.run(&["library", "articles", "لا أحد"], &s.library());
    assert!(!none.status.success());
    assert!(stderr(&none).contains("لا أحد"), "{}", stderr(&none));
}

#[test]
fn search_matches_loosely_as_the_find_bar_does() {
    let s = Scratch::new();
    let news = news_folder(&s);
    assert!(s.add(&[&news], &s.library()).status.success());
    // ه for ة: «القاهره» finds «القاهرة» in both articles, «فالقاهرة» (a clitic) too.
    let hits = json_lines(&s.run(&["library", "search", "القاهره"], &s.library()));
    let paths: std::collections::BTreeSet<&str> =
        hits.iter().map(|h| h["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2, "{hits:?}");
    for hit in &hits {
        let text = std::fs::read_to_string(hit["path"].as_str().unwrap()).unwrap();
        let (start, end) = (
            hit["start"].as_u64().unwrap() as usize,
            hit["end"].as_u64().unwrap() as usize,
        );
        let found: String = text.chars().skip(start).take(end - start).collect();
        assert!(found.contains("القاهرة"), "{found} at {hit}");
        assert!(
            hit["snippet"].as_str().unwrap().contains("القاهرة"),
            "{hit}"
        );
    }
    let loose = json_lines(&s.run(&["library", "search", "امس"], &s.library()));
    assert_eq!(loose.len(), 1, "«امس» should find «أمس»: {loose:?}");
}

#[test]
fn a_corrupt_library_is_refused_untouched_until_the_user_starts_anew() {
    let s = Scratch::new();
    let news = news_folder(&s);
    let garbage: Vec<u8> = b"these bytes are no SQLite database, but they are ours\n".repeat(100);
    std::fs::write(s.library(), &garbage).unwrap();

    for out in [
        s.add(&[&news], &s.library()),
        s.run(&["library", "entities"], &s.library()),
    ] {
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(&s.library().display().to_string()), "{err}");
        assert!(err.contains("--start-new"), "{err}");
        assert_eq!(std::fs::read(s.library()).unwrap(), garbage);
    }

    let mut cmd = s.command(
        &["library", "add", "--no-knowledge", "--start-new"],
        &s.library(),
    );
    let fresh = cmd.arg(&news).output().unwrap();
    assert!(fresh.status.success(), "{}", stderr(&fresh));
    assert_eq!(summary(&fresh)[0], 2);
    let kept: Vec<PathBuf> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| std::fs::read(p).is_ok_and(|b| b == garbage))
        .collect();
    assert_eq!(kept.len(), 1, "the old file was not kept");
    let kept_name = kept[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(stderr(&fresh).contains(&kept_name), "{}", stderr(&fresh));
}

#[test]
fn a_library_from_a_newer_sahifa_is_refused_untouched() {
    let s = Scratch::new();
    let news = news_folder(&s);
    assert!(s.add(&[&news], &s.library()).status.success());
    // `PRAGMA user_version` lives at byte 60 of the file's header, big-endian.
    let mut bytes = std::fs::read(s.library()).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(s.library(), &bytes).unwrap();

    for args in [
        &["library", "add", "--no-knowledge", news.to_str().unwrap()][..],
        &["library", "search", "القاهرة"],
    ] {
        let out = s.run(args, &s.library());
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("newer version"), "{err}");
        assert!(err.contains(&s.library().display().to_string()), "{err}");
        assert_eq!(std::fs::read(s.library()).unwrap(), bytes);
    }
}

/// `n` articles of about 900 bytes in folders of 50, each naming some of a few people
/// and places (a debug build indexes about 150 a second on one worker).
fn many_articles(s: &Scratch, n: usize) -> PathBuf {
    let dir = s.path("archive");
    let people = [
        "حسني مبارك",
        "كولن باول",
        "ياسر عرفات",
        "جورج بوش",
        "كوفي عنان",
    ];
    let places = [
        "القاهرة",
        "عمان",
        "بغداد",
        "دمشق",
        "بيروت",
        "الرياض",
        "تونس",
    ];
    for i in 0..n {
        let folder = dir.join(format!("{:02}", i / 50));
        std::fs::create_dir_all(&folder).unwrap();
        let (p, q) = (people[i % 5], people[(i / 5) % 5]);
        let (l, m) = (places[i % 7], places[(i / 7) % 7]);
        let body = format!(
            "قال الرئيس {p} في {l} إن المحادثات مع {q} كانت مثمرة.\n\
             وأضاف {p} أن الوفد سيتوجه إلى {m} الأسبوع المقبل.\n"
        );
        let text = format!("خبر رقم {i}\n\n{}", body.repeat(6));
        std::fs::write(folder.join(format!("{i:04}.txt")), text).unwrap();
    }
    dir
}

/// `sahifa library add` of `archive` on one worker, running, with its progress as lines on
/// a piped stderr, so a test can stop it part-way.
fn add_with_progress(
    s: &Scratch,
    archive: &Path,
    library: &Path,
    stdout: Stdio,
) -> std::process::Child {
    s.command(
        &[
            "library",
            "add",
            "--no-knowledge",
            "--workers",
            "1",
            "--progress",
        ],
        library,
    )
    .arg(archive)
    .stdout(stdout)
    .stderr(Stdio::piped())
    .spawn()
    .unwrap()
}

/// The articles in the library.
fn committed(library: &Path) -> usize {
    sahifa::library::Library::open(library)
        .and_then(|lib| lib.articles())
        .unwrap()
        .len()
}

/// `entities` output, sorted (ties in article counts may come in any order).
fn entity_lines(s: &Scratch, library: &Path) -> Vec<String> {
    let out = s.run(&["library", "entities"], library);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

#[test]
fn a_killed_add_leaves_a_library_that_lists_its_entities_and_resumes_to_the_same_counts() {
    let s = Scratch::new();
    let n = 300;
    let archive = many_articles(&s, n);
    let library = s.library();
    let mut child = add_with_progress(&s, &archive, &library, Stdio::null());
    // Killed once 100 files are written: the library commits every 32 (or 0.2 s).
    let progress = BufReader::new(child.stderr.take().unwrap());
    let done_at_kill = progress
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| {
            l.strip_prefix("indexing: ")?
                .split(' ')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .find(|&done| done >= 100);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        done_at_kill.is_some_and(|d| d < n),
        "add ended before it could be killed ({done_at_kill:?})"
    );

    // The killed library opens and answers; `library entities` shows the entities of
    // every article the killed add committed (rebuilt at the open), without adding again.
    let after_kill = entity_lines(&s, &library);
    json_lines(&s.run(&["library", "search", "الرئيس"], &library));
    let in_library: Vec<PathBuf> = sahifa::library::Library::open(&library)
        .and_then(|lib| lib.articles())
        .unwrap()
        .into_iter()
        .map(|a| a.path)
        .collect();
    let before = in_library.len();
    assert!(
        before < n,
        "every article was in before the kill: kill sooner"
    );
    let of_committed = s.path("committed.sqlite");
    let roots: Vec<&Path> = in_library.iter().map(PathBuf::as_path).collect();
    assert!(s.add(&roots, &of_committed).status.success());
    assert!(
        !after_kill.is_empty(),
        "the killed add's entities are listed"
    );
    assert_eq!(after_kill, entity_lines(&s, &of_committed));

    // Adding again resumes: only what was missing is indexed.
    let resumed = s.add(&[&archive], &library);
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    let [indexed, unchanged, failed, _] = summary(&resumed);
    assert_eq!(indexed + unchanged, n, "{}", stdout(&resumed));
    assert_eq!(failed, 0);
    assert_eq!(unchanged, before, "{}", stdout(&resumed));

    // The same entities and counts as a library that was never killed.
    let clean = s.path("clean.sqlite");
    assert!(s.add(&[&archive], &clean).status.success());
    assert_eq!(entity_lines(&s, &library), entity_lines(&s, &clean));
}

/// `sahifa extract --lines --format jsonl` on `input` through stdin: its output lines.
fn extract_lines(input: &str) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .env("XDG_DATA_HOME", std::env::temp_dir().join("sahifa-no-data"))
        .args(["extract", "--lines", "--format", "jsonl", "--no-knowledge"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let text = input.to_owned();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, text.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    json_lines(&out)
}

#[test]
fn extract_lines_is_a_filter_that_splits_across_processes_as_parallel_and_spark_do() {
    let lines: Vec<String> = (0..12)
        .map(|i| match i % 3 {
            0 => CAIRO.trim_end().to_owned(),
            1 => String::new(),
            _ => AMMAN.trim_end().to_owned(),
        })
        .collect();
    let whole = extract_lines(&(lines.join("\n") + "\n"));
    assert_eq!(whole.len(), lines.len(), "one output line per input line");
    for (n, v) in whole.iter().enumerate() {
        assert_eq!(v["line"], n, "in order");
    }
    // Two blocks through two processes, outputs concatenated: the same mentions.
    let (a, b) = lines.split_at(5);
    let mut split = extract_lines(&(a.join("\n") + "\n"));
    split.extend(extract_lines(&(b.join("\n") + "\n")));
    let mentions = |v: &[Value]| v.iter().map(|l| l["mentions"].clone()).collect::<Vec<_>>();
    assert_eq!(mentions(&split), mentions(&whole));
    assert!(
        whole[0]["mentions"]
            .as_array()
            .is_some_and(|m| !m.is_empty())
    );
}

#[test]
fn a_damaged_sidecar_is_named_on_stderr_and_its_article_still_indexed() {
    let s = Scratch::new();
    let news = news_folder(&s);
    let sidecar = news.join("cairo.txt.sahifa.json");
    std::fs::write(&sidecar, "{\"entities\": [1,").unwrap();
    let out = s.add(&[&news], &s.library());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary(&out), [2, 0, 1, 0], "{}", stdout(&out));
    let cairo = news.join("cairo.txt").display().to_string();
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("{cairo}: indexed, but "))
                && l.contains(&sidecar.display().to_string())),
        "no warning naming the sidecar:\n{err}"
    );
    // The sidecar is left as it was.
    assert_eq!(
        std::fs::read_to_string(&sidecar).unwrap(),
        "{\"entities\": [1,"
    );
}

#[test]
fn search_syntax_and_sql_in_a_query_neither_fail_nor_harm_the_library() {
    let s = Scratch::new();
    let news = news_folder(&s);
    assert!(s.add(&[&news], &s.library()).status.success());
    for query in [
        "NEAR(",
        "AND",
        "OR",
        "'; DROP TABLE articles; --",
        "NEAR(القاهرة حسني, 2)",
        "col:القاهرة",
    ] {
        let out = s.run(&["library", "search", query], &s.library());
        assert!(out.status.success(), "«{query}»: {}", stderr(&out));
    }
    // Nothing to search for: said, with exit status 1, not an empty answer.
    for query in ["\"", "*", "-", ":", "^", "ًٌٍ", "،؛!؟", "ـــ"] {
        let out = s.run(&["library", "search", query], &s.library());
        assert_eq!(out.status.code(), Some(1), "«{query}»: {}", stderr(&out));
        assert!(
            stderr(&out).contains("no letter or digit"),
            "{}",
            stderr(&out)
        );
    }
    let long = "القاهرة ".repeat(1250);
    let out = s.run(&["library", "search", &long], &s.library());
    assert!(out.status.success(), "{}", stderr(&out));
    // Quotes and punctuation around the words are not looked for in the text.
    for query in ["\"حسني مبارك\"", "(حسني مبارك)،", "مبارك*"] {
        let hits = json_lines(&s.run(&["library", "search", query], &s.library()));
        assert_eq!(hits.len(), 2, "«{query}»: {hits:?}");
    }
    let entities = json_lines(&s.run(&["library", "entities"], &s.library()));
    assert!(!entities.is_empty());
}

#[test]
fn a_folder_given_as_the_library_is_refused_naming_a_file_to_use() {
    let s = Scratch::new();
    let news = news_folder(&s);
    let folder = s.path("libdir");
    std::fs::create_dir_all(&folder).unwrap();
    let out = s.add(&[&news], &folder);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("is a folder"), "{err}");
    assert!(!err.contains("--start-new"), "{err}");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
}

#[test]
fn a_library_on_a_read_only_file_system_is_queried_and_add_says_it_is_read_only() {
    let s = Scratch::new();
    let news = news_folder(&s);
    let drive = s.path("drive");
    let Some(mount) = crate::support::Tmpfs::mount(&drive) else {
        eprintln!("SKIPPED a_library_on_a_read_only_file_system…: mounting is not allowed here");
        return;
    };
    let library = drive.join("library.sqlite");
    assert!(s.add(&[&news], &library).status.success());
    assert!(
        mount.make_read_only(),
        "the tmpfs would not become read-only"
    );
    let bytes = std::fs::read(&library).unwrap();

    let entities = json_lines(&s.run(&["library", "entities"], &library));
    assert!(
        entities.iter().any(|e| e["entity"] == "كولن باول"),
        "{entities:?}"
    );
    let articles = json_lines(&s.run(&["library", "articles", "كولن باول"], &library));
    assert_eq!(articles.len(), 2, "{articles:?}");
    let hits = json_lines(&s.run(&["library", "search", "القاهرة"], &library));
    assert!(!hits.is_empty());

    let out = s.add(&[&news], &library);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("read-only"), "{err}");
    assert!(err.contains(&library.display().to_string()), "{err}");
    assert!(!err.contains("--start-new"), "{err}");
    assert_eq!(std::fs::read(&library).unwrap(), bytes);
}

#[test]
fn ctrl_c_stops_an_add_with_its_summary_and_what_was_added_has_its_entities() {
    let s = Scratch::new();
    let n = 300;
    let archive = many_articles(&s, n);
    let library = s.library();
    let mut child = add_with_progress(&s, &archive, &library, Stdio::piped());
    let mut progress = BufReader::new(child.stderr.take().unwrap()).lines();
    let started = progress.by_ref().map_while(Result::ok).any(|l| {
        l.strip_prefix("indexing: ")
            .and_then(|rest| rest.split(' ').next()?.parse::<usize>().ok())
            .is_some_and(|done| done >= 50)
    });
    assert!(started, "no progress before the end");
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let said: Vec<String> = progress.map_while(Result::ok).collect();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{said:?}");
    let summary_line = stdout(&out);
    assert!(summary_line.starts_with("cancelled: "), "{summary_line}");
    assert!(
        said.iter()
            .any(|l| l.contains("stopping after the articles in hand")),
        "{said:?}"
    );
    let added = committed(&library);
    assert!((1..n).contains(&added), "{added} of {n} added");
    let entities = json_lines(&s.run(&["library", "entities"], &library));
    assert!(
        entities.iter().any(|e| e["entity"] == "كولن باول"),
        "what was added is listed with its entities: {entities:?}"
    );
}
