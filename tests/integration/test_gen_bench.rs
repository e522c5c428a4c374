//! `corpack gen-bench` writes the same tree twice for the same seed, and `corpack build` takes
//! it: most generated documents become rows.

use crate::corpack_test;
use crate::util::*;

fn gen(dir: &Dir, out: &str) -> (Vec<(String, Vec<u8>)>, String) {
    let rules = repo().join("rules/boilerplate.toml");
    let o = run(
        dir.cmd()
            .args(["gen-bench", "--out", out, "--mib", "2", "--seed", "42"])
            .args(["--rules".as_ref(), rules.as_os_str()]),
        0,
    );
    (tree(&dir.path().join(out)), stdout(&o))
}

corpack_test!(gen_bench_is_deterministic_and_builds, |dir| {
    let (a, summary) = gen(&dir, "a");
    let (b, _) = gen(&dir, "b");
    assert_eq!(a, b, "same seed and size, same tree");
    let total: usize = a.iter().map(|(_, bytes)| bytes.len()).sum();
    assert!(total >= 2 << 20, "{total}");
    assert!(
        summary.starts_with(&format!("gen-bench: {} files, {total} bytes", a.len())),
        "{summary}"
    );
    assert!(a
        .iter()
        .all(|(p, _)| p.starts_with("site-") && p.ends_with(".txt")));
    // Nothing but documents is written (no summary file to become an input).
    assert!(a.iter().all(|(p, _)| p.contains("/doc-")));
    // A second run into a non-empty folder is refused.
    run(
        dir.cmd()
            .args(["gen-bench", "--out", "a", "--mib", "1"])
            .args([
                "--rules".as_ref(),
                repo().join("rules/boilerplate.toml").as_os_str(),
            ]),
        2,
    );

    let out = run(
        dir.cmd()
            .args(["build", "--quiet", "--input", "a", "--name", "bench"])
            .args(["--version", "0.1.0", "--out", "out", "--jobs", "2"])
            .args([
                "--rules".as_ref(),
                repo().join("rules/boilerplate.toml").as_os_str(),
            ]),
        0,
    );
    let manifest = dir.path().join("out/bench-0.1.0/manifest.json");
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(manifest).unwrap()).unwrap();
    let rows = m["counts"]["documents"].as_u64().unwrap() as usize;
    let rejected = m["counts"]["rejected"].as_u64().unwrap() as usize;
    assert_eq!(rows + rejected, a.len(), "{}", stderr(&out));
    assert!(
        rows * 10 >= a.len() * 9,
        "{rows} rows of {} files: {}",
        a.len(),
        stderr(&out)
    );
});

corpack_test!(
    a_corpus_larger_than_a_batch_streams_to_the_same_bytes,
    |dir| {
        // 20 MiB is more than two 8 MiB batches of each pass, and 4 MiB parts make several parts:
        // the rows flow through the spill files and the part writers, and the release must not
        // depend on the thread count.
        let rules = repo().join("rules/boilerplate.toml");
        run(
            dir.cmd()
                .args(["gen-bench", "--out", "corpus", "--mib", "20", "--seed", "7"])
                .args(["--rules".as_ref(), rules.as_os_str()]),
            0,
        );
        std::fs::write(
        dir.path().join("corpus.toml"),
        "name = \"big\"\nversion = \"1.0.0\"\ninput = \"corpus\"\n[build]\npart_max_bytes = 4194304\n",
    )
    .unwrap();
        let tmp = dir.path().join("tmp");
        std::fs::create_dir(&tmp).unwrap();
        for (jobs, out) in [("1", "one"), ("3", "three")] {
            let mut c = dir.cmd();
            c.env("TMPDIR", &tmp)
                .args(["build", "--quiet", "--config", "corpus.toml", "--no-zip"])
                .args(["--jobs", jobs, "--out", out])
                .args(["--rules".as_ref(), rules.as_os_str()]);
            run(&mut c, 0);
        }
        let one = tree(&dir.path().join("one/big-1.0.0"));
        assert_eq!(one, tree(&dir.path().join("three/big-1.0.0")));
        let parts = one
            .iter()
            .filter(|(p, _)| p.starts_with("data/") && p.ends_with(".parquet"))
            .count();
        assert!(parts >= 4, "{parts} parts");
        // --no-zip: the folder only, and verify is content with that.
        let names: Vec<String> = std::fs::read_dir(dir.path().join("one"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["big-1.0.0"]);
        let o = run(
            dir.cmd().args([
                "verify".as_ref(),
                dir.path().join("one/big-1.0.0").as_os_str(),
            ]),
            0,
        );
        assert!(stdout(&o).starts_with("ok: "), "{}", stdout(&o));
        // No spill file is left behind in TMPDIR (the test's own temp folder).
        let left: Vec<_> = std::fs::read_dir(&tmp)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
);
