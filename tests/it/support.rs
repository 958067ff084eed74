//! Shared helpers: start the real app in a headless harness, wait for its background
//! tasks, read the gold annotations of the seed article.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa::model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};
use sahifa::state::settings::Settings;
use sahifa::{AppOptions, SahifaApp};

/// The bundled seed article.
pub fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_812f1e39dd98ed92.txt")
}

/// A test fixture file.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Options for a test run: no settings file, no extraction (tests inject annotations).
pub fn options(paths: Vec<PathBuf>) -> AppOptions {
    AppOptions {
        paths,
        settings_path: None,
        settings: Some(Settings::default()),
        extract: false,
        bundled_fonts_only: true,
        knowledge_path: None,
        library_path: None,
    }
}

/// Starts the real app (the `eframe::App`) in a 1200×800 harness.
pub fn start(options: AppOptions) -> Harness<'static, SahifaApp> {
    Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| SahifaApp::new(cc, options))
}

/// Steps the harness until no background task runs (at most 60 s), then lets it settle.
pub fn wait_idle(harness: &mut Harness<'static, SahifaApp>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while harness.state().is_busy() {
        assert!(Instant::now() < deadline, "background tasks did not finish");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    settle(harness);
}

/// Runs a few frames so that layout, scrolling and accessibility settle.
pub fn settle(harness: &mut Harness<'static, SahifaApp>) {
    harness.run_steps(4);
}

/// The seed's gold entity ids, in file order, with the ids the fixture gives them.
pub struct Gold {
    /// The annotations to inject.
    pub annotations: Annotations,
    /// Gold string id → injected id.
    pub ids: Vec<(String, EntityId)>,
}

impl Gold {
    /// The injected id of a gold entity.
    pub fn id(&self, key: &str) -> EntityId {
        self.ids
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, id)| *id)
            .unwrap_or_else(|| panic!("no gold entity {key}"))
    }

    /// The gold mention ranges of one entity, in text order.
    pub fn ranges_of(&self, key: &str) -> Vec<TextRange> {
        let id = self.id(key);
        self.annotations.mentions_of(id).map(|m| m.range).collect()
    }
}

/// Reads `tests/fixtures/seed-000.gold.json` (a copy of the shared gold file).
pub fn gold() -> Gold {
    let json = std::fs::read_to_string(fixture("seed-000.gold.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut ids = Vec::new();
    let mut annotations = Annotations::default();
    for (n, (key, e)) in value["entities"].as_object().unwrap().iter().enumerate() {
        let id = EntityId(n as u32);
        ids.push((key.clone(), id));
        annotations.entities.push(Entity {
            id,
            label: Label::parse(e["type"].as_str().unwrap()).unwrap(),
            name: e["name"].as_str().unwrap().to_owned(),
            title: e["title"].as_str().map(str::to_owned),
            note: None,
        });
    }
    for m in value["mentions"].as_array().unwrap() {
        let entity = m["entity"]
            .as_str()
            .map(|k| ids.iter().find(|(key, _)| key == k).unwrap().1);
        annotations.mentions.push(Mention {
            range: TextRange::unbounded(
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            )
            .unwrap(),
            label: Label::parse(m["type"].as_str().unwrap()).unwrap(),
            entity,
            status: MentionStatus::Auto,
        });
    }
    annotations.sort_mentions();
    Gold { annotations, ids }
}

/// The app on the seed article with the gold annotations injected.
pub fn seed_with_gold() -> (Harness<'static, SahifaApp>, Gold) {
    let mut harness = start(options(vec![seed_path()]));
    wait_idle(&mut harness);
    let gold = gold();
    harness
        .state_mut()
        .set_annotations(0, gold.annotations.clone());
    settle(&mut harness);
    (harness, gold)
}

/// True when a GPU (or lavapipe) can render snapshots; otherwise prints that the
/// snapshot `name` is skipped, so a machine without Vulkan passes visibly.
pub fn gpu_available(name: &str) -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let available = *AVAILABLE.get_or_init(|| {
        std::panic::catch_unwind(egui_kittest::wgpu::WgpuTestRenderer::new).is_ok()
    });
    if !available {
        let message = format!(
            "SKIPPED snapshot {name}: no GPU adapter (install mesa-vulkan-drivers for lavapipe)"
        );
        // Straight to the process's stderr: libtest captures `println!`/`eprintln!` of
        // passing tests, and this must be seen.
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "{message}");
    }
    available
}

/// Focuses the text box named `label` and types `text` into it.
pub fn type_into(harness: &mut Harness<'static, SahifaApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    settle(harness);
    harness.get_by_label(label).type_text(text);
    settle(harness);
}

/// A tmpfs mounted on a folder, which [`Tmpfs::make_read_only`] remounts read-only: a real
/// read-only file system (writes fail with EROFS, root's too), as a write-protected drive
/// or a read-only network share gives. Only root may mount; unmounted when dropped.
pub struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Mounts a small tmpfs on `dir` (made if need be); `None` where mounting is not
    /// allowed (not root, a container without the capability).
    pub fn mount(dir: &Path) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).ok()?;
        let mounted = mount_command(&["-t", "tmpfs", "-o", "size=64m", "sahifa-test"], dir);
        mounted.then(|| Tmpfs(dir.to_path_buf()))
    }

    /// Remounts it read-only; false when the system would not.
    pub fn make_read_only(&self) -> bool {
        mount_command(&["-o", "remount,ro"], &self.0)
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// `mount ARGS… DIR`, quietly; true when it succeeded.
fn mount_command(args: &[&str], dir: &Path) -> bool {
    std::process::Command::new("mount")
        .args(args)
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
