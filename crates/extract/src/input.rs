//! Reading a file the command line names (to extract from, to learn from): bounded, and
//! never blocked by what is not a file.

use std::io::Read as _;
use std::path::Path;

/// Most bytes read from one input, a file or standard input: the loader's limit
/// (`sahifa_load::DEFAULT_MAX_FILE_BYTES`), so `yes | sahifa extract -` is refused
/// instead of filling memory.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Why an input was not read. The message names no file: callers add its name.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A folder, a named pipe, a device or a socket.
    #[error("not a regular file (a folder, a named pipe or a device); give a file")]
    NotAFile,
    /// Past the limit.
    #[error("more than {} MiB; Sahifa reads at most that much from one input", .limit / (1024 * 1024))]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The system's error.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// NUL bytes: a binary file.
    #[error("binary data (NUL bytes), not a text file")]
    Binary,
    /// Not UTF-8.
    #[error("not UTF-8 text (invalid byte at offset {at})")]
    NotUtf8 {
        /// The offset of the first invalid byte.
        at: usize,
    },
}

/// The bytes of `path` (`-`: standard input), at most [`MAX_INPUT_BYTES`]. A path that is
/// not a regular file — a named pipe, a device such as `/dev/zero`, a folder — is refused
/// before it is opened: a pipe nobody writes to would block for ever.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, InputError> {
    if path.as_os_str() == "-" {
        return bounded(std::io::stdin().lock(), MAX_INPUT_BYTES);
    }
    if !std::fs::metadata(path)?.is_file() {
        return Err(InputError::NotAFile);
    }
    bounded(std::fs::File::open(path)?, MAX_INPUT_BYTES)
}

/// The UTF-8 text of `path` ([`read_bytes`], then [`utf8_text`]).
pub fn read_utf8(path: &Path) -> Result<String, InputError> {
    let bytes = read_bytes(path)?;
    utf8_text(&bytes).map(str::to_owned)
}

/// `bytes` as UTF-8 text without a leading byte-order mark; NUL bytes (a binary file) or
/// invalid UTF-8 are refused.
pub fn utf8_text(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.contains(&0) {
        return Err(InputError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        at: e.valid_up_to(),
    })?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

/// [`read_bytes`] with the input's name in the message («standard input» for `-`).
pub fn read_named(path: &Path) -> Result<Vec<u8>, String> {
    read_bytes(path).map_err(|e| format!("{}: {e}", name_of(path)))
}

/// How messages name an input: its path, or «standard input» for `-`.
pub fn name_of(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Everything `r` gives, refused past `limit` bytes.
fn bounded(r: impl std::io::Read, limit: u64) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    r.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge { limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_loses_its_byte_order_mark_and_binary_or_latin1_is_refused_with_why() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        let bom = file("bom.jsonl", "\u{FEFF}خبر".as_bytes());
        assert_eq!(read_utf8(&bom).unwrap(), "خبر");
        let nul = file("nul.jsonl", b"{\"text\": \"a\0b\"}");
        assert!(matches!(read_utf8(&nul), Err(InputError::Binary)));
        let latin1 = file("latin1.jsonl", b"caf\xe9");
        let err = read_utf8(&latin1).unwrap_err();
        assert!(matches!(err, InputError::NotUtf8 { at: 3 }), "{err}");
    }

    #[test]
    fn a_named_pipe_a_device_or_a_folder_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(read_bytes(dir.path()), Err(InputError::NotAFile)));
        #[cfg(unix)]
        {
            let fifo = dir.path().join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                let err = read_named(&fifo).unwrap_err();
                assert!(
                    err.contains("pipe") && err.contains("not a regular file"),
                    "{err}"
                );
            }
        }
        if Path::new("/dev/zero").exists() {
            assert!(matches!(
                read_bytes(Path::new("/dev/zero")),
                Err(InputError::NotAFile)
            ));
        }
    }

    #[test]
    fn an_endless_stream_stops_at_the_limit_with_a_message() {
        let err = bounded(std::io::repeat(b'y'), 2 << 20).unwrap_err();
        assert!(err.to_string().contains("more than 2 MiB"), "{err}");
        assert_eq!(bounded(&b"ok"[..], 2 << 20).unwrap(), b"ok");
    }
}
