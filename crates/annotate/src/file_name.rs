//! File names Sahifa makes from another file's name (`ARTICLE.sahifa.json`, `NAME.bak`, a
//! save's temporary file), kept within what file systems allow: an article whose own name
//! is near the limit still gets its sidecar, backup and temporary file.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The longest file name, in bytes, that common file systems take (ext4, XFS, Btrfs,
/// tmpfs, APFS, NTFS in UTF-16 units).
pub const NAME_MAX: usize = 255;

/// `path` with `suffix` added to its file name (`a.txt` + `.bak` → `a.txt.bak`). When that
/// name would pass [`NAME_MAX`] bytes, the start of the name is kept (whole characters),
/// then `~` and a hash of the whole name, then `suffix`: the same long name always gives
/// the same file, and two long names that start alike give different ones.
pub fn with_suffix(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default();
    if prefix.len() + name.len() + suffix.len() <= NAME_MAX {
        let mut full = OsString::from(prefix);
        full.push(name);
        full.push(suffix);
        return path.with_file_name(full);
    }
    let whole = name.to_string_lossy();
    let tag = format!("~{:016x}", fnv1a(name.as_encoded_bytes()));
    let room = NAME_MAX.saturating_sub(prefix.len() + tag.len() + suffix.len());
    let mut cut = room.min(whole.len());
    while !whole.is_char_boundary(cut) {
        cut -= 1;
    }
    path.with_file_name(format!("{prefix}{}{tag}{suffix}", &whole[..cut]))
}

/// The file `made` was named from by [`with_suffix`] (the inverse): `a.txt.sahifa.json` →
/// `a.txt`. A shortened name (`…~hash` + `suffix`) is looked up among the files of its
/// folder whose names start with the kept part (when none gives `made` back, the name
/// without `prefix` and `suffix`); `None` when `made` does not have them. `suffix` matches
/// in any ASCII case (`A.TXT.SAHIFA.JSON` → `A.TXT`), as a user or a file system that
/// changes case may have named it.
pub fn original_of(made: &Path, prefix: &str, suffix: &str) -> Option<PathBuf> {
    let name = made.file_name()?.to_str()?;
    let stem = strip_suffix_any_case(name.strip_prefix(prefix)?, suffix)?;
    if stem.is_empty() {
        return None;
    }
    let Some((kept, tag)) = stem.rsplit_once('~') else {
        return Some(made.with_file_name(stem));
    };
    if tag.len() != 16 || !tag.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some(made.with_file_name(stem));
    }
    let folder = made.parent().filter(|p| !p.as_os_str().is_empty());
    let found = std::fs::read_dir(folder.unwrap_or(Path::new(".")))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(|n| n.starts_with(kept)))
        .map(|e| made.with_file_name(e.file_name()))
        .find(|candidate| with_suffix(candidate, prefix, suffix) == made);
    // Not found: a short name that merely looks shortened stands for itself.
    found.or_else(|| Some(made.with_file_name(stem)))
}

/// `name` without `suffix` at its end, compared in any ASCII case.
fn strip_suffix_any_case<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = name.len().checked_sub(suffix.len())?;
    let tail = name.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &name[..cut])
}

/// 64-bit FNV-1a: a hash that never changes between Rust versions or runs (the standard
/// library's may), as a file's name must not.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_just_gets_its_suffix() {
        let p = with_suffix(Path::new("/news/a.txt"), "", ".sahifa.json");
        assert_eq!(p, Path::new("/news/a.txt.sahifa.json"));
        let p = with_suffix(Path::new("a.txt"), ".", ".tmp-1");
        assert_eq!(p, Path::new(".a.txt.tmp-1"));
    }

    #[test]
    fn a_long_arabic_name_is_cut_at_a_character_and_stays_apart_from_its_neighbour() {
        let long = format!("{}.txt", "خبر".repeat(41)); // 250 bytes: a legal name
        let a = with_suffix(&Path::new("/n").join(&long), "", ".sahifa.json");
        let b = with_suffix(
            &Path::new("/n").join(format!("x{long}")),
            "",
            ".sahifa.json",
        );
        for p in [&a, &b] {
            let name = p.file_name().unwrap().to_str().unwrap();
            assert!(name.len() <= NAME_MAX, "{} bytes", name.len());
            assert!(
                name.contains("خبرخبر") && name.ends_with(".sahifa.json"),
                "{name}"
            );
        }
        assert_ne!(a, b);
        assert_eq!(
            a,
            with_suffix(&Path::new("/n").join(&long), "", ".sahifa.json")
        );
    }

    #[test]
    fn a_shortened_sidecar_name_leads_back_to_its_article() {
        let dir = tempfile::tempdir().unwrap();
        let long = dir.path().join(format!("{}.txt", "خبر".repeat(41)));
        let neighbour = dir.path().join(format!("{}x.txt", "خبر".repeat(41)));
        for p in [&long, &neighbour] {
            std::fs::write(p, "نص").unwrap();
        }
        let made = with_suffix(&long, "", ".sahifa.json");
        assert!(made.to_string_lossy().contains('~'), "{}", made.display());
        assert_eq!(original_of(&made, "", ".sahifa.json"), Some(long.clone()));
        let plain = dir.path().join("a.txt.sahifa.json");
        assert_eq!(
            original_of(&plain, "", ".sahifa.json"),
            Some(dir.path().join("a.txt"))
        );
        assert_eq!(
            original_of(&dir.path().join("a.txt"), "", ".sahifa.json"),
            None
        );
    }

    #[test]
    fn a_sidecar_suffix_in_capitals_still_leads_back_to_its_article() {
        let made = Path::new("/news/A.TXT.SAHIFA.JSON");
        assert_eq!(
            original_of(made, "", ".sahifa.json"),
            Some(PathBuf::from("/news/A.TXT"))
        );
        assert_eq!(
            original_of(Path::new("/news/ن.json"), "", ".sahifa.json"),
            None
        );
    }
}
