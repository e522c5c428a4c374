//! Stage 1, discover: list the input files under the root in a stable order.
//!
//! Hidden and system files are skipped (and counted); entries that cannot be inputs
//! (non-UTF-8 names, symbolic links) become rejections, so nothing disappears silently.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::record::{RejectReason, Rejection};

/// One input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the input root, `/`-separated.
    pub rel_path: String,
    /// Path to open.
    pub abs_path: PathBuf,
}

/// Everything found under the input root.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Input files, sorted by `rel_path` (byte order).
    pub files: Vec<SourceFile>,
    /// Hidden and system files skipped, sorted.
    pub skipped: Vec<String>,
    /// Entries that cannot be inputs.
    pub rejected: Vec<Rejection>,
}

/// Whether a file or folder name is hidden or an OS/editor artefact rather than a document.
pub fn is_junk_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swo")
        || name.eq_ignore_ascii_case("Thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
}

/// Walks `root` and lists its input files in sorted order.
pub fn discover(root: &Path) -> Result<Discovery> {
    let meta = std::fs::metadata(root).map_err(|e| Error::io(root, e))?;
    if !meta.is_dir() {
        return Err(Error::Settings(format!(
            "{}: input is not a folder; point --input (or `input` in corpus.toml) at the folder of documents",
            root.display()
        )));
    }
    let mut out = Discovery::default();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .min_depth(1);
    let mut it = walker.into_iter();
    while let Some(entry) = it.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.into());
                out.rejected.push(Rejection {
                    source_path: rel_lossy(root, &path),
                    source_sha256: None,
                    reason: RejectReason::Unreadable,
                    message: format!("cannot list: {e}"),
                });
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        if is_junk_name(&name) {
            out.skipped.push(rel_lossy(root, entry.path()));
            if entry.file_type().is_dir() {
                it.skip_current_dir();
            }
            continue;
        }
        let ft = entry.file_type();
        if ft.is_dir() {
            continue;
        }
        let Some(rel) = rel_utf8(root, entry.path()) else {
            out.rejected.push(Rejection {
                source_path: rel_lossy(root, entry.path()),
                source_sha256: None,
                reason: RejectReason::InvalidFileName,
                message: "file name is not valid UTF-8; rename the file".into(),
            });
            continue;
        };
        if ft.is_symlink() {
            out.rejected.push(Rejection {
                source_path: rel,
                source_sha256: None,
                reason: RejectReason::Symlink,
                message: "symbolic links are not followed; copy the target into the input folder"
                    .into(),
            });
            continue;
        }
        out.files.push(SourceFile {
            rel_path: rel,
            abs_path: entry.path().to_path_buf(),
        });
    }
    out.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    out.skipped.sort();
    out.rejected
        .sort_by(|a, b| a.source_path.cmp(&b.source_path));
    Ok(out)
}

fn rel_utf8(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

fn rel_lossy(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The `doc_id` of a relative path: the path with its last extension dropped
/// (`a/b.txt` → `a/b`, `a/b.tar.gz` → `a/b.tar`, `a/README` → `a/README`, `a/.x` stays).
pub fn doc_id(rel_path: &str) -> String {
    let (dir, file) = match rel_path.rsplit_once('/') {
        Some((d, f)) => (Some(d), f),
        None => (None, rel_path),
    };
    let stem = match file.rfind('.') {
        Some(i) if i > 0 => &file[..i],
        _ => file,
    };
    match dir {
        Some(d) => format!("{d}/{stem}"),
        None => stem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn doc_id_drops_last_extension_only() {
        assert_eq!(doc_id("a/b.txt"), "a/b");
        assert_eq!(doc_id("a/b.tar.gz"), "a/b.tar");
        assert_eq!(doc_id("README"), "README");
        assert_eq!(doc_id("x.y/README"), "x.y/README");
        assert_eq!(doc_id("000_7f63.txt"), "000_7f63");
    }

    #[test]
    fn lists_sorted_and_skips_junk() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        fs::create_dir_all(r.join("b/c")).unwrap();
        fs::create_dir_all(r.join(".git")).unwrap();
        for p in [
            "z.txt",
            "a.txt",
            "b/c/d.txt",
            "b/a.txt",
            ".DS_Store",
            "b/x.txt~",
            ".git/HEAD",
            "a-b.txt",
        ] {
            fs::write(r.join(p), "x").unwrap();
        }
        let d = discover(r).unwrap();
        let got: Vec<&str> = d.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(got, ["a-b.txt", "a.txt", "b/a.txt", "b/c/d.txt", "z.txt"]);
        assert_eq!(d.skipped, [".DS_Store", ".git", "b/x.txt~"]);
        assert!(d.rejected.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_and_bad_names_are_rejected_not_dropped() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        fs::write(r.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(r.join("a.txt"), r.join("link.txt")).unwrap();
        let bad = std::ffi::OsStr::from_bytes(b"bad\xff.txt");
        fs::write(r.join(bad), "x").unwrap();
        let d = discover(r).unwrap();
        assert_eq!(d.files.len(), 1);
        let reasons: Vec<_> = d
            .rejected
            .iter()
            .map(|x| (x.source_path.as_str(), x.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("bad\u{FFFD}.txt", RejectReason::InvalidFileName),
                ("link.txt", RejectReason::Symlink)
            ]
        );
    }

    #[test]
    fn missing_root_is_an_error_with_the_path() {
        let e = discover(Path::new("/nonexistent/corpack-root")).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/corpack-root"));
    }
}
