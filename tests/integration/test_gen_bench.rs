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
