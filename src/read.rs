//! Stage 2, read: load one input's bytes and fingerprint them.
//!
//! Only regular files are opened (a named pipe would block, a device never end), and a file over
//! [`InputLimits::max_file_bytes`] is rejected from its size before it is read: its SHA-256 is
//! streamed so its provenance is kept, but its bytes never sit in memory.

use std::io::Read;

use crate::config::InputLimits;
use crate::discover::SourceFile;
use crate::hash::{sha256_file, sha256_hex};
use crate::record::{RejectReason, Rejection};

/// The raw bytes of one input and their SHA-256.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Path relative to the input root.
    pub rel_path: String,
    /// The bytes as stored.
    pub bytes: Vec<u8>,
    /// SHA-256 of `bytes`.
    pub sha256: String,
}

/// Reads `file` within `limits`; an unreadable or oversized file becomes a rejection, never an
/// error that stops the build.
pub fn read(file: &SourceFile, limits: &InputLimits) -> Result<RawDoc, Rejection> {
    let reject = |reason: RejectReason, sha256: Option<String>, message: String| Rejection {
        source_path: file.rel_path.clone(),
        source_sha256: sha256,
        reason,
        message,
    };
    let cannot =
        |e: std::io::Error| reject(RejectReason::Unreadable, None, format!("cannot read: {e}"));
    // `metadata` follows a symbolic link: what matters is what would be opened.
    let meta = std::fs::metadata(&file.abs_path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(reject(
            RejectReason::Unreadable,
            None,
            format!("not a regular file ({}); only files are read", kind(&meta)),
        ));
    }
    let max = limits.max_file_bytes;
    let too_large = |size: u64| -> Rejection {
        // Fingerprinted by streaming, so the rejection keeps its provenance without loading it.
        match sha256_file(&file.abs_path) {
            Ok((sha, bytes)) => reject(
                RejectReason::TooLarge,
                Some(sha),
                format!(
                    "{} bytes, over max_file_bytes ({max}); not read: split the file or raise [build] max_file_bytes",
                    bytes.max(size)
                ),
            ),
            Err(e) => reject(RejectReason::Unreadable, None, format!("cannot read: {e}")),
        }
    };
    if meta.len() > max {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::fs::File::open(&file.abs_path)
        .and_then(|f| f.take(max.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(cannot)?;
    // The file grew past the limit after its size was looked up.
    if bytes.len() as u64 > max {
        drop(bytes);
        return Err(too_large(max.saturating_add(1)));
    }
    Ok(RawDoc {
        rel_path: file.rel_path.clone(),
        sha256: sha256_hex(&bytes),
        bytes,
    })
}

/// What kind of non-regular file `meta` describes, for a message.
fn kind(meta: &std::fs::Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(dir: &std::path::Path, name: &str) -> SourceFile {
        SourceFile {
            rel_path: name.into(),
            abs_path: dir.join(name),
        }
    }

    #[test]
    fn reads_and_hashes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "abc").unwrap();
        let raw = read(&source(dir.path(), "a.txt"), &InputLimits::default()).unwrap();
        assert_eq!(raw.bytes, b"abc");
        assert_eq!(raw.sha256, sha256_hex(b"abc"));
    }

    #[test]
    fn missing_file_is_a_rejection() {
        let dir = tempfile::tempdir().unwrap();
        let r = read(&source(dir.path(), "gone.txt"), &InputLimits::default()).unwrap_err();
        assert_eq!(r.reason, RejectReason::Unreadable);
        assert_eq!(r.source_path, "gone.txt");
        assert_eq!(r.source_sha256, None);
    }

    #[test]
    fn over_the_limit_is_fingerprinted_not_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("big.txt"), "0123456789").unwrap();
        let limits = InputLimits { max_file_bytes: 9 };
        let r = read(&source(dir.path(), "big.txt"), &limits).unwrap_err();
        assert_eq!(r.reason, RejectReason::TooLarge);
        assert_eq!(
            r.source_sha256.as_deref(),
            Some(sha256_hex(b"0123456789").as_str())
        );
        assert!(
            r.message.contains("10 bytes") && r.message.contains("(9)"),
            "{}",
            r.message
        );
        let limits = InputLimits { max_file_bytes: 10 };
        assert!(read(&source(dir.path(), "big.txt"), &limits).is_ok());
    }

    #[test]
    fn a_folder_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("d")).unwrap();
        let r = read(&source(dir.path(), "d"), &InputLimits::default()).unwrap_err();
        assert_eq!(r.reason, RejectReason::Unreadable);
        assert!(r.message.contains("not a regular file"), "{}", r.message);
    }
}
