//! Stage 1, discover: list the input files under the root in a stable order.
//!
//! Hidden and system files are skipped (and counted); entries that cannot be inputs
//! (non-UTF-8 names, links that are not followed) become rejections, so nothing disappears
//! silently.
//!
//! Symbolic links: a link to a file inside the input root (decided on canonical paths) is an
//! input under the link's own path, so its text is there twice and deduplication flags the copy.
//! A link that points outside the root, at nothing, or at a folder is rejected (`symlink`).
//! Folder links are never followed, so a link loop (`a -> .`) cannot make discovery loop: the
//! walk only ever descends into real folders, and every real folder is entered once.

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
    let real_root = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
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
            if let Err(message) = followable_link(&real_root, entry.path()) {
                out.rejected.push(Rejection {
                    source_path: rel,
                    source_sha256: None,
                    reason: RejectReason::Symlink,
                    message,
                });
                continue;
            }
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

/// Whether the link at `link` may be read as an input: it resolves to a file inside
/// `real_root` (canonical). Otherwise a message saying why not (outside, dangling, folder).
fn followable_link(real_root: &Path, link: &Path) -> std::result::Result<(), String> {
    // What the link says, for the message: part of the input, so the same on every machine.
    let target = std::fs::read_link(link)
        .map(|t| t.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "?".into());
    let real = match std::fs::canonicalize(link) {
        Ok(p) => p,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!(
                "dangling link to {target}: the target does not exist"
            ))
        }
        Err(e) => return Err(format!("link to {target} cannot be resolved: {e}")),
    };
    if !real.starts_with(real_root) {
        return Err(format!(
            "link to {target} points outside the input folder; links are followed only inside it: copy the file in"
        ));
    }
    if real.is_dir() {
        return Err(format!(
            "link to a folder ({target}); folder links are not followed (so link loops cannot occur): move or copy the folder in"
        ));
    }
    Ok(())
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
    fn links_inside_are_followed_others_rejected_and_bad_names_too() {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path().join("root");
        fs::create_dir_all(r.join("sub")).unwrap();
        fs::write(r.join("a.txt"), "x").unwrap();
        fs::write(dir.path().join("outside.txt"), "x").unwrap();
        symlink("a.txt", r.join("link.txt")).unwrap();
        symlink("../a.txt", r.join("sub/up.txt")).unwrap();
        symlink("../outside.txt", r.join("out.txt")).unwrap();
        symlink("missing.txt", r.join("dangling.txt")).unwrap();
        symlink("sub", r.join("folder")).unwrap();
        symlink(".", r.join("loop")).unwrap();
        symlink("self", r.join("self")).unwrap();
        let bad = std::ffi::OsStr::from_bytes(b"bad\xff.txt");
        fs::write(r.join(bad), "x").unwrap();
        let d = discover(&r).unwrap();
        let files: Vec<&str> = d.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(files, ["a.txt", "link.txt", "sub/up.txt"]);
        assert_eq!(d.files[1].abs_path, r.join("link.txt"));
        let reasons: Vec<_> = d
            .rejected
            .iter()
            .map(|x| (x.source_path.as_str(), x.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("bad\u{FFFD}.txt", RejectReason::InvalidFileName),
                ("dangling.txt", RejectReason::Symlink),
                ("folder", RejectReason::Symlink),
                ("loop", RejectReason::Symlink),
                ("out.txt", RejectReason::Symlink),
                ("self", RejectReason::Symlink),
            ]
        );
        let message = |p: &str| {
            d.rejected
                .iter()
                .find(|x| x.source_path == p)
                .map(|x| x.message.clone())
                .unwrap()
        };
        assert!(message("dangling.txt").contains("dangling link to missing.txt"));
        assert!(message("folder").contains("link to a folder (sub)"));
        assert!(message("loop").contains("link to a folder (.)"));
        assert!(message("out.txt").contains("outside the input folder"));
        assert!(
            message("self").contains("cannot be resolved"),
            "{}",
            message("self")
        );
    }

    #[test]
    fn missing_root_is_an_error_with_the_path() {
        let e = discover(Path::new("/nonexistent/corpack-root")).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/corpack-root"));
    }
}
