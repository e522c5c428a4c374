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

/// Files ahead of the one being read whose bytes the kernel is asked to start reading.
pub const READ_AHEAD_FILES: usize = 16;

/// The files of `files` in order; taking one asks the kernel to start reading the file
/// [`READ_AHEAD_FILES`] further on (`posix_fadvise(WILLNEED)`), so that on a corpus not in the
/// page cache the disk works while the threads clean. On systems without the call (or a file
/// that cannot be opened: [`read`] will say why) it is only the files.
pub fn read_ahead(files: &[SourceFile]) -> impl Iterator<Item = &SourceFile> + Send {
    files.iter().enumerate().map(move |(i, file)| {
        let start = if i == 0 { 0 } else { i + READ_AHEAD_FILES };
        for ahead in files.iter().take(i + READ_AHEAD_FILES + 1).skip(start) {
            will_need(&ahead.abs_path);
        }
        file
    })
}

/// Asks the kernel to start reading the regular file at `path` into the page cache, and
/// returns at once. Only advice: any failure is ignored. Opened without blocking, so a file
/// replaced by a named pipe since its size was looked up cannot stall the build.
fn will_need(path: &std::path::Path) {
    #[cfg(target_os = "linux")]
    if std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC;
        if let Ok(fd) = rustix::fs::open(path, flags, Mode::empty()) {
            let _ = rustix::fs::fadvise(&fd, 0, None, rustix::fs::Advice::WillNeed);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = path;
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

    /// Reading ahead gives every file in order, whatever it is: a named pipe (which a blocking
    /// open would wait on forever), a folder and a missing file pass through as they are.
    #[test]
    fn reading_ahead_gives_the_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut names: Vec<String> = (0..READ_AHEAD_FILES + 5)
            .map(|i| format!("{i:02}.txt"))
            .collect();
        for n in &names {
            std::fs::write(dir.path().join(n), n).unwrap();
        }
        std::fs::create_dir(dir.path().join("folder")).unwrap();
        names.insert(3, "folder".into());
        names.insert(1, "missing.txt".into());
        #[cfg(target_os = "linux")]
        {
            use rustix::fs::{FileType, Mode, CWD};
            let fifo = dir.path().join("pipe");
            rustix::fs::mknodat(CWD, &fifo, FileType::Fifo, Mode::RUSR | Mode::WUSR, 0).unwrap();
            names.insert(0, "pipe".into());
            names.insert(READ_AHEAD_FILES + 2, "pipe".into());
        }
        let files: Vec<SourceFile> = names.iter().map(|n| source(dir.path(), n)).collect();
        let got: Vec<&str> = read_ahead(&files).map(|f| f.rel_path.as_str()).collect();
        assert_eq!(got, names);
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
