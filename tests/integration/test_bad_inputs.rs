//! A folder of good documents and every kind of bad input: each bad one is a listed rejection
//! with the right reason code, junk is skipped, the build succeeds with the rest, and `--strict`
//! fails writing nothing.

use std::collections::BTreeMap;
use std::path::Path;

use crate::corpack_test;
use crate::util::*;

/// `n` bytes from a seeded SplitMix64: the same "random" bytes on every run.
fn seeded_bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut rng = corpack::benchgen::Rng::new(seed);
    (0..n).map(|_| rng.next_u64() as u8).collect()
}

fn zip_bytes() -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("inside.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    z.write_all(b"A text file inside a zip is still a zip.\n")
        .unwrap();
    z.finish().unwrap().into_inner()
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\x01\x01\x01\0\x18\xdd\x8d\xb4\0\0\0\0IEND\xaeB`\x82";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const GZIP_HEX: &str =
    "1f8b0800000000000203f348cdc9c9d75148cecf2d284a2d2e4e4d5128cf2fca49d1e302006ebd4bc519000000";
/// Page chrome that `rules/boilerplate.toml` removes line by line.
const CHROME: &str = "Share on Facebook\nShare on X\nSign in\nLog in / Sign up\n";

const HUGE: u64 = 1 << 30;

fn sha(bytes: &[u8]) -> String {
    corpack::hash::sha256_hex(bytes)
}

/// SHA-256 of `head` followed by zeros up to `len` bytes, without holding them.
fn sha_sparse(head: &[u8], len: u64) -> String {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    h.update(head);
    let zeros = vec![0u8; 1 << 20];
    let mut left = len - head.len() as u64;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        h.update(&zeros[..n]);
        left -= n as u64;
    }
    hex::encode(h.finalize())
}

/// What the test folder holds besides the good documents: (path, reason, sha256 of the bytes
/// when they are readable).
struct BadInput {
    path: &'static str,
    reason: &'static str,
    sha256: Option<String>,
}

/// Builds the folder; returns the bad inputs expected in `rejected[]` and whether the
/// unreadable file could be made unreadable (not as root).
fn make_inputs(dir: &Dir) -> (Vec<BadInput>, bool) {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{symlink, PermissionsExt};
    let root = dir.path().join("in");
    let w = |rel: &str, bytes: &[u8]| {
        dir.write(&format!("in/{rel}"), bytes);
        sha(bytes)
    };
    let mut bad = Vec::new();
    let mut expect = |path: &'static str, reason: &'static str, sha256: Option<String>| {
        bad.push(BadInput {
            path,
            reason,
            sha256,
        })
    };

    // Good documents.
    w(
        "en/one.txt",
        "The first good document.\n\nIt has two paragraphs of ordinary English text.\n".as_bytes(),
    );
    w(
        "fr/deux.txt",
        "Le deuxième document est en français.\n\nIl est court mais bien formé.\n".as_bytes(),
    );
    w(
        "same.html",
        b"<p>The file that keeps the doc_id same: first by path.</p>\n",
    );
    // A link to a file inside the root is read under its own path (a duplicate for dedup).
    symlink("en/one.txt", root.join("alias.txt")).unwrap();

    // Binary formats by magic number, saved as .txt.
    expect("bin/image.txt", "binary", Some(w("bin/image.txt", PNG)));
    expect("bin/paper.txt", "binary", Some(w("bin/paper.txt", PDF)));
    expect(
        "bin/archive.txt",
        "binary",
        Some(w("bin/archive.txt", &zip_bytes())),
    );
    let gz = hex::decode(GZIP_HEX).unwrap();
    expect(
        "bin/compressed.txt",
        "binary",
        Some(w("bin/compressed.txt", &gz)),
    );
    // Random bytes with NULs, and without.
    let noise = seeded_bytes(7, 4096);
    assert!(noise.contains(&0));
    expect(
        "noise/with-nul.txt",
        "binary",
        Some(w("noise/with-nul.txt", &noise)),
    );
    let no_nul: Vec<u8> = seeded_bytes(11, 4096).iter().map(|&b| b.max(1)).collect();
    expect(
        "noise/no-nul.txt",
        "binary",
        Some(w("noise/no-nul.txt", &no_nul)),
    );
    // Nothing to keep.
    expect("empty.txt", "empty", Some(w("empty.txt", b"")));
    expect("blank.txt", "empty", Some(w("blank.txt", b" \n\t\r\n  \n")));
    expect(
        "chrome.txt",
        "boilerplate-only",
        Some(w("chrome.txt", CHROME.as_bytes())),
    );
    // 1 GiB on one line, sparse: no disk used, and it must not be read into memory.
    {
        let p = root.join("huge.txt");
        std::fs::write(&p, b"x").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_len(HUGE)
            .unwrap();
        expect("huge.txt", "too-large", Some(sha_sparse(b"x", HUGE)));
    }
    // Unreadable, unless the tests run as root (chmod 000 does not stop root from reading).
    let locked = root.join("locked.txt");
    std::fs::write(&locked, b"Secret.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let can_lock = std::fs::read(&locked).is_err();
    if can_lock {
        expect("locked.txt", "unreadable", None);
    } else {
        std::fs::remove_file(&locked).unwrap();
    }
    // Not a regular file: a named pipe would block a reader forever (and root can't open it either).
    let fifo = std::process::Command::new("mkfifo")
        .arg(root.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(fifo.success());
    expect("pipe.txt", "unreadable", None);
    // doc_id collision: same.html keeps `same`, same.txt is rejected.
    expect(
        "same.txt",
        "doc-id-collision",
        Some(w(
            "same.txt",
            b"Another document whose doc_id is also same.\n",
        )),
    );
    // Links that are not followed.
    std::fs::write(dir.path().join("outside.txt"), b"Outside the root.\n").unwrap();
    symlink("../outside.txt", root.join("out-link.txt")).unwrap();
    expect("out-link.txt", "symlink", None);
    symlink("nowhere.txt", root.join("dangling.txt")).unwrap();
    expect("dangling.txt", "symlink", None);
    symlink("fr", root.join("folder-link")).unwrap();
    expect("folder-link", "symlink", None);
    // A link loop: discovery must still end.
    symlink(".", root.join("loop")).unwrap();
    expect("loop", "symlink", None);
    // A file name that is not UTF-8, listed with its lossy name.
    std::fs::write(
        root.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt")),
        b"Caf\xc3\xa9 au lait.\n",
    )
    .unwrap();
    expect("caf\u{FFFD}.txt", "invalid-file-name", None);

    // Junk: skipped, neither rows nor rejections.
    w(".DS_Store", b"\0\0\0\x01Bud1\0\0");
    w("notes.txt~", b"An editor backup.\n");
    w("draft.swp", b"b0VIM 8.2\0\0");
    w("Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");
    w(".git/HEAD", b"ref: refs/heads/main\n");

    bad.sort_by(|a, b| a.path.cmp(b.path));
    (bad, can_lock)
}

fn build(dir: &Dir, extra: &[&str], out: &str, code: i32) -> std::process::Output {
    let rules = repo().join("rules/boilerplate.toml");
    let mut c = dir.cmd();
    c.args([
        "build",
        "--quiet",
        "--name",
        "bad",
        "--version",
        "1.0.0",
        "--input",
        "in",
        "--out",
        out,
    ])
    .arg("--rules")
    .arg(&rules)
    .args(extra);
    run(&mut c, code)
}

fn rows(release: &Path) -> Vec<(String, String, Option<String>)> {
    let mut r = csv::Reader::from_path(release.join("data/documents-00000-of-00001.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, path, dup) = (col("doc_id"), col("source_path"), col("duplicate_of"));
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let d = &rec[dup];
            (
                rec[id].to_string(),
                rec[path].to_string(),
                (!d.is_empty()).then(|| d.to_string()),
            )
        })
        .collect()
}

corpack_test!(every_bad_input_is_a_listed_rejection, |dir| {
    let started = std::time::Instant::now();
    let (bad, can_lock) = make_inputs(&dir);
    let out = build(&dir, &[], "out", 0);
    let release = dir.path().join("out/bad-1.0.0");

    // The good documents (and the link to one of them) are rows.
    assert_eq!(
        rows(&release),
        [
            ("alias".to_string(), "alias.txt".to_string(), None),
            ("en/one".into(), "en/one.txt".into(), Some("alias".into())),
            ("fr/deux".into(), "fr/deux.txt".into(), None),
            ("same".into(), "same.html".into(), None),
        ]
    );

    // Each bad input is listed with its reason and, when its bytes were readable, their SHA-256.
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(release.join("manifest.json")).unwrap()).unwrap();
    let listed: Vec<(String, String, Option<String>)> = m["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["source_path"].as_str().unwrap().to_string(),
                r["reason"].as_str().unwrap().to_string(),
                r["source_sha256"].as_str().map(str::to_string),
            )
        })
        .collect();
    let expected: Vec<(String, String, Option<String>)> = bad
        .iter()
        .map(|b| (b.path.to_string(), b.reason.to_string(), b.sha256.clone()))
        .collect();
    assert_eq!(listed, expected);
    let message = |path: &str| -> String {
        m["rejected"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["source_path"] == path)
            .and_then(|r| r["message"].as_str())
            .unwrap()
            .to_string()
    };
    assert_eq!(message("bin/image.txt"), "PNG image (image/png), not text");
    assert_eq!(
        message("bin/paper.txt"),
        "PDF document (application/pdf), not text"
    );
    assert_eq!(
        message("bin/archive.txt"),
        "ZIP archive (application/zip), not text"
    );
    assert_eq!(
        message("bin/compressed.txt"),
        "gzip archive (application/gzip), not text"
    );
    assert!(message("noise/with-nul.txt").starts_with("NUL bytes"));
    assert!(
        message("noise/no-nul.txt").starts_with("control characters: "),
        "{}",
        message("noise/no-nul.txt")
    );
    assert!(message("huge.txt").contains("1073741824 bytes, over max_file_bytes"));
    assert!(message("same.txt").contains("already taken by same.html"));
    assert!(message("out-link.txt").contains("outside the input folder"));
    assert!(message("dangling.txt").contains("dangling link"));
    assert!(message("folder-link").contains("link to a folder"));
    assert!(message("loop").contains("link to a folder (.)"));
    assert_eq!(
        message("pipe.txt"),
        "not a regular file (a named pipe); only files are read"
    );

    // Junk is skipped: neither a row nor a rejection.
    assert_eq!(
        m["skipped"],
        serde_json::json!([".DS_Store", ".git", "Thumbs.db", "draft.swp", "notes.txt~"])
    );
    assert_eq!(m["counts"]["documents"], 4);
    assert_eq!(m["counts"]["rejected"], bad.len());

    // One summary line on stderr, even with --quiet.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &bad {
        *counts.entry(b.reason).or_default() += 1;
    }
    let summary = if can_lock {
        "rejected 18 inputs: binary 6, symlink 4, empty 2, unreadable 2, boilerplate-only 1, doc-id-collision 1, invalid-file-name 1, too-large 1 (see manifest.json rejected[])"
    } else {
        "rejected 17 inputs: binary 6, symlink 4, empty 2, boilerplate-only 1, doc-id-collision 1, invalid-file-name 1, too-large 1, unreadable 1 (see manifest.json rejected[])"
    };
    assert_eq!(counts.values().sum::<usize>(), bad.len());
    let err = stderr(&out);
    assert!(err.lines().any(|l| l == summary), "{err}");
    let counted = format!("4 documents, {} rejected, 5 skipped", bad.len());
    assert!(stdout(&out).contains(&counted), "{}", stdout(&out));

    // The release verifies, and nothing was left in --out but the release.
    run(dir.cmd().arg("verify").arg(&release), 0);
    let mut left: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["bad-1.0.0", "bad-1.0.0.zip", "bad-1.0.0.zip.sha256"]);

    // --strict: the same folder fails, and nothing is written.
    let out = build(&dir, &["--strict"], "strict-out", 1);
    let err = stderr(&out);
    assert!(
        err.contains("--strict is set; nothing was written"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with("rejected 1") && l.ends_with("(--strict: nothing was written)")),
        "{err}"
    );
    let strict_out = dir.path().join("strict-out");
    if strict_out.exists() {
        let left: Vec<_> = std::fs::read_dir(&strict_out).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }
    // Two builds over a 1 GiB input: fast, because it is only fingerprinted.
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
});
