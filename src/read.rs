//! Stage 2, read: load one input's bytes and fingerprint them.

use crate::discover::SourceFile;
use crate::hash::sha256_hex;
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

/// Reads `file`; an unreadable file becomes a rejection, never an error that stops the build.
pub fn read(file: &SourceFile) -> Result<RawDoc, Rejection> {
    match std::fs::read(&file.abs_path) {
        Ok(bytes) => Ok(RawDoc {
            rel_path: file.rel_path.clone(),
            sha256: sha256_hex(&bytes),
            bytes,
        }),
        Err(e) => Err(Rejection {
            source_path: file.rel_path.clone(),
            source_sha256: None,
            reason: RejectReason::Unreadable,
            message: format!("cannot read: {e}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_hashes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "abc").unwrap();
        let raw = read(&SourceFile {
            rel_path: "a.txt".into(),
            abs_path: p,
        })
        .unwrap();
        assert_eq!(raw.bytes, b"abc");
        assert_eq!(raw.sha256, sha256_hex(b"abc"));
    }

    #[test]
    fn missing_file_is_a_rejection() {
        let dir = tempfile::tempdir().unwrap();
        let r = read(&SourceFile {
            rel_path: "gone.txt".into(),
            abs_path: dir.path().join("gone.txt"),
        })
        .unwrap_err();
        assert_eq!(r.reason, RejectReason::Unreadable);
        assert_eq!(r.source_path, "gone.txt");
    }
}
