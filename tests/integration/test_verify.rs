//! `corpack verify`: an intact release passes; any flipped byte, deleted or added file fails and
//! names the file; `--rebuild` reproduces the seed release byte for byte.

use std::path::{Path, PathBuf};

use crate::corpack_test;
use crate::util::*;

/// Builds the seeds (with the repository's corpus.toml) into `dir/dist`; returns the release.
fn build_seeds(dir: &Dir) -> PathBuf {
    let mut c = dir.cmd();
    c.args(["build", "-q", "--config"])
        .arg(repo().join("corpus.toml"))
        .arg("--out")
        .arg(dir.path().join("dist"));
    run(&mut c, 0);
    let m: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::fs::read_dir(dir.path().join("dist"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.is_dir())
                .unwrap()
                .join("manifest.json"),
        )
        .unwrap(),
    )
    .unwrap();
    dir.path().join("dist").join(format!(
        "{}-{}",
        m["name"].as_str().unwrap(),
        m["version"].as_str().unwrap()
    ))
}

fn verify(dir: &Dir, path: &Path, code: i32) -> String {
    let o = run(dir.cmd().arg("verify").arg(path), code);
    stdout(&o)
}

corpack_test!(an_intact_release_and_its_zip_pass, |dir| {
    let rel = build_seeds(&dir);
    let out = verify(&dir, &rel, 0);
    assert!(out.starts_with("ok: "), "{out}");
    assert!(out.contains(" 5 rows"), "{out}");
    let zip = rel.with_file_name(format!(
        "{}.zip",
        rel.file_name().unwrap().to_string_lossy()
    ));
    assert!(verify(&dir, &zip, 0).starts_with("ok: "));
});

corpack_test!(a_flipped_byte_in_any_file_fails_and_names_it, |dir| {
    let rel = build_seeds(&dir);
    let files: Vec<String> = tree(&rel).into_iter().map(|(p, _)| p).collect();
    assert!(files.len() >= 8, "{files:?}");
    for f in &files {
        let copy = dir.path().join("copy").join(rel.file_name().unwrap());
        let _ = std::fs::remove_dir_all(dir.path().join("copy"));
        copy_dir(&rel, &copy);
        let target = copy.join(f);
        let mut bytes = std::fs::read(&target).unwrap();
        // A byte in the middle: inside the data for every format (not a trailing newline); in
        // SHA256SUMS, inside a digest (a flipped file name is reported against that name).
        let i = if f == "SHA256SUMS" {
            10
        } else {
            bytes.len() / 2
        };
        bytes[i] ^= 0x01;
        std::fs::write(&target, &bytes).unwrap();
        let out = verify(&dir, &copy, 1);
        assert!(
            out.lines()
                .any(|l| l.starts_with("FAILED: ") && l.contains(&format!(": {f}: "))),
            "flipping a byte of {f} was not reported against it:\n{out}"
        );
    }
});

corpack_test!(a_deleted_or_added_file_fails_and_names_it, |dir| {
    let rel = build_seeds(&dir);
    let files: Vec<String> = tree(&rel).into_iter().map(|(p, _)| p).collect();
    for f in &files {
        let copy = dir.path().join("copy").join(rel.file_name().unwrap());
        let _ = std::fs::remove_dir_all(dir.path().join("copy"));
        copy_dir(&rel, &copy);
        std::fs::remove_file(copy.join(f)).unwrap();
        let out = verify(&dir, &copy, 1);
        assert!(
            out.contains(&format!(": {f}: ")),
            "deleting {f} was not reported:\n{out}"
        );
    }
    let copy = dir.path().join("added").join(rel.file_name().unwrap());
    copy_dir(&rel, &copy);
    std::fs::write(copy.join("data/extra.csv"), b"doc_id\r\nx\r\n").unwrap();
    let out = verify(&dir, &copy, 1);
    assert!(
        out.contains(": data/extra.csv: not listed in SHA256SUMS"),
        "{out}"
    );
    assert!(
        out.contains(": data/extra.csv: not in manifest.json files[]"),
        "{out}"
    );
});

corpack_test!(a_tampered_zip_fails_and_names_it, |dir| {
    let rel = build_seeds(&dir);
    let name = rel.file_name().unwrap().to_string_lossy().into_owned();
    let zip = rel.with_file_name(format!("{name}.zip"));
    let mut bytes = std::fs::read(&zip).unwrap();
    let i = bytes.len() / 2;
    bytes[i] ^= 0x01;
    std::fs::write(&zip, &bytes).unwrap();
    let out = verify(&dir, &zip, 1);
    assert!(out.contains(&format!(": {name}.zip: ")), "{out}");
    // Verifying the folder checks the zip beside it too.
    let out = verify(&dir, &rel, 1);
    assert!(out.contains(&format!(": {name}.zip: ")), "{out}");
});

corpack_test!(rebuild_reproduces_the_seed_release, |dir| {
    let rel = build_seeds(&dir);
    let o = run(
        dir.cmd()
            .args(["verify", "--rebuild", "--jobs", "2", "--input"])
            .arg(repo().join("seeds"))
            .arg(&rel),
        0,
    );
    assert!(
        stdout(&o).contains("rebuilt byte for byte"),
        "{}",
        stdout(&o)
    );
    // Other inputs do not reproduce it, and the differing files are named.
    let input = dir.copy_dir(&repo().join("seeds"), "other");
    let first = std::fs::read_dir(&input)
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    std::fs::write(&first, b"Something else entirely.\n").unwrap();
    let o = run(
        dir.cmd()
            .args(["verify", "--rebuild", "--input"])
            .arg(&input)
            .arg(&rel),
        1,
    );
    let out = stdout(&o);
    assert!(
        out.contains(": sources.sha256: differs from the rebuild"),
        "{out}"
    );
});

corpack_test!(
    releases_of_other_tool_versions_say_why_they_cannot_be_rebuilt,
    |dir| {
        let old = repo().join("dist/csto-kazakhstan-2022-0.2.0");
        assert!(verify(&dir, &old, 0).starts_with("ok: "));
        let o = run(
            dir.cmd()
                .args(["verify", "--rebuild", "--input"])
                .arg(repo().join("seeds"))
                .arg(&old),
            1,
        );
        assert!(
            stdout(&o).contains("built by corpack 0.3.0"),
            "{}",
            stdout(&o)
        );
    }
);
