//! `corpack build --shard K/N` + `corpack merge` write the release a single build writes, byte
//! for byte, for any N; the merge refuses staging it cannot trust.

use std::path::Path;

use crate::corpack_test;
use crate::util::*;

/// A corpus with what needs the whole corpus: repeated page chrome, exact and near duplicates
/// across folders, a doc_id collision, and inputs rejected before and after stripping.
fn mixed_corpus(dir: &Dir) -> std::path::PathBuf {
    let input = dir.copy_dir(&fixture("boilerplate"), "input/boilerplate");
    dir.copy_dir(&fixture("dedup"), "input/dedup");
    dir.copy_dir(&fixture("nested"), "input/nested");
    // Same doc_id ("collide/story"): the first by path keeps it.
    dir.write(
        "input/collide/story.md",
        b"Markdown copy of the story.\n\nIt has a second paragraph.\n",
    );
    dir.write(
        "input/collide/story.txt",
        b"Text copy of the story.\n\nIt has a second paragraph too.\n",
    );
    // Nothing but chrome: rejected after stripping.
    dir.write(
        "input/chrome/only.txt",
        b"Share on Facebook\nShare on Twitter\n",
    );
    input.parent().unwrap().to_path_buf()
}

fn build_args(input: &Path) -> Vec<std::ffi::OsString> {
    let rules = repo().join("rules/boilerplate.toml");
    vec![
        "build".into(),
        "--quiet".into(),
        "--input".into(),
        input.into(),
        "--rules".into(),
        rules.into(),
        "--name".into(),
        "mixed".into(),
        "--version".into(),
        "1.2.0".into(),
    ]
}

/// Stages `n` shards of `input` in `staging` (one process each, like a cluster would) and
/// merges them into `out`; returns the merge's stdout.
fn shard_and_merge(dir: &Dir, input: &Path, n: u32, staging: &str, out: &str) -> String {
    for k in 0..n {
        run(
            dir.cmd().args(build_args(input)).args([
                "--jobs",
                "1",
                "--out",
                staging,
                "--shard",
                &format!("{k}/{n}"),
            ]),
            0,
        );
    }
    let o = run(
        dir.cmd()
            .args(["merge", staging, "--out", out, "--quiet", "--jobs", "3"]),
        0,
    );
    stdout(&o)
}

corpack_test!(merged_release_is_the_single_build_byte_for_byte, |dir| {
    let input = mixed_corpus(&dir);
    let single = run(
        dir.cmd().args(build_args(&input)).args(["--out", "single"]),
        0,
    );
    let expected = tree(&dir.path().join("single"));
    assert!(
        expected.iter().any(|(p, _)| p.ends_with(".zip")),
        "{expected:?}"
    );
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("single/mixed-1.2.0/manifest.json")).unwrap(),
    )
    .unwrap();
    // The corpus exercises what the merge must get right.
    let counts = &manifest["counts"];
    for key in ["exact_duplicates", "near_duplicates", "skipped"] {
        assert!(counts[key].as_u64().unwrap() >= 1, "{key}: {counts}");
    }
    assert!(
        manifest["counts"]["rejected"].as_u64().unwrap() >= 3,
        "{}",
        stderr(&single)
    );
    let reasons = manifest["rejected"].to_string();
    for reason in ["doc-id-collision", "boilerplate-only", "binary", "empty"] {
        assert!(reasons.contains(reason), "{reason} missing: {reasons}");
    }
    for n in [1, 3, 7] {
        let (staging, out) = (format!("staging-{n}"), format!("merged-{n}"));
        let summary = shard_and_merge(&dir, &input, n, &staging, &out);
        let got = tree(&dir.path().join(&out));
        assert_eq!(got.len(), expected.len(), "N={n}");
        for ((pa, a), (pb, b)) in expected.iter().zip(&got) {
            assert_eq!(pa, pb, "N={n}");
            assert!(a == b, "N={n}: {pa} differs from the single build");
        }
        // With several shards, some documents' chrome is only repeated across shards.
        if n > 1 {
            let again: usize = summary
                .split(" stripped again")
                .next()
                .and_then(|s| s.rsplit(", ").next())
                .and_then(|s| s.split(' ').next())
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| panic!("no count in {summary:?}"));
            assert!(again > 0, "N={n}: {summary}");
        }
        run(dir.cmd().args(["verify", &format!("{out}/mixed-1.2.0")]), 0);
    }
});

corpack_test!(a_retried_shard_replaces_its_folder, |dir| {
    let input = mixed_corpus(&dir);
    run(
        dir.cmd().args(build_args(&input)).args(["--out", "single"]),
        0,
    );
    // Shard 1 runs twice (a retried task); the staging holds it once.
    run(
        dir.cmd()
            .args(build_args(&input))
            .args(["--out", "staging", "--shard", "1/2"]),
        0,
    );
    shard_and_merge(&dir, &input, 2, "staging", "merged");
    let names: Vec<String> = std::fs::read_dir(dir.path().join("staging"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_eq!(
        tree(&dir.path().join("single")),
        tree(&dir.path().join("merged"))
    );
});

corpack_test!(merge_refuses_incomplete_or_mixed_staging, |dir| {
    let input = mixed_corpus(&dir);
    // No shards at all.
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let o = run(dir.cmd().args(["merge", "empty", "--out", "out"]), 1);
    assert!(
        stderr(&o).contains("no shard-KKKKK-of-NNNNN folders"),
        "{}",
        stderr(&o)
    );

    // A missing shard.
    for k in [0, 2] {
        run(
            dir.cmd().args(build_args(&input)).args([
                "--out",
                "partial",
                "--shard",
                &format!("{k}/3"),
            ]),
            0,
        );
    }
    let o = run(dir.cmd().args(["merge", "partial", "--out", "out"]), 1);
    assert!(
        stderr(&o).contains("the shards present (0/3, 2/3) are not 0/3 … 2/3 once each"),
        "{}",
        stderr(&o)
    );

    // Shards run with different settings (another version).
    run(
        dir.cmd()
            .args(build_args(&input))
            .args(["--out", "mixed", "--shard", "0/2"]),
        0,
    );
    let mut args = build_args(&input);
    let last = args.len() - 1;
    args[last] = "1.3.0".into();
    run(
        dir.cmd()
            .args(args)
            .args(["--out", "mixed", "--shard", "1/2"]),
        0,
    );
    let o = run(dir.cmd().args(["merge", "mixed", "--out", "out"]), 1);
    assert!(
        stderr(&o).contains("staged with other settings"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("out").exists());

    // Bad --shard values and a shard without --out are usage errors.
    for bad in ["3/3", "1", "a/2", "0/0"] {
        let o = run(
            dir.cmd()
                .args(build_args(&input))
                .args(["--out", "x", "--shard", bad]),
            2,
        );
        assert!(stderr(&o).contains("--shard"), "{bad}: {}", stderr(&o));
    }
    let o = run(
        dir.cmd().args(build_args(&input)).args(["--shard", "0/2"]),
        2,
    );
    assert!(stderr(&o).contains("--shard needs --out"), "{}", stderr(&o));
});
