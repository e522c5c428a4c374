use std::path::Path;
use std::process::Command;

use crate::corpack_test;
use crate::util::*;

const REL: &str = "nested-1.0.0";

fn build_nested(dir: &Dir, jobs: &str) -> std::path::PathBuf {
    let input = dir.copy_dir(&fixture("nested"), "input");
    run(
        dir.cmd()
            .args([
                "build",
                "--quiet",
                "--name",
                "nested",
                "--version",
                "1.0.0",
                "--jobs",
                jobs,
            ])
            .args([
                "--input".as_ref(),
                input.as_os_str(),
                "--out".as_ref(),
                dir.path().join("out").as_os_str(),
            ]),
        0,
    );
    dir.path().join("out")
}

corpack_test!(nested_fixture_matches_golden_files, |dir| {
    let out = build_nested(&dir, "2");
    let rel = out.join(REL);
    let files: Vec<String> = tree(&rel).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        files,
        [
            "README.md",
            "SHA256SUMS",
            "croissant.json",
            "data/documents-00000-of-00001.csv",
            "data/documents-00000-of-00001.parquet",
            "datapackage.json",
            "manifest.json",
            "report.html",
            "schema.json",
            "sources.sha256"
        ]
    );
    for name in [
        "manifest.json",
        "SHA256SUMS",
        "README.md",
        "sources.sha256",
        "croissant.json",
        "datapackage.json",
        "report.html",
        "data/documents-00000-of-00001.csv",
    ] {
        assert_golden(
            &format!("nested/{name}"),
            &std::fs::read(rel.join(name)).unwrap(),
        );
    }
    assert!(out.join(format!("{REL}.zip")).is_file());
    assert!(out.join(format!("{REL}.zip.sha256")).is_file());
    // No staging folder is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 3, "{leftovers:?}");
});

corpack_test!(manifest_accounts_for_every_input, |dir| {
    let out = build_nested(&dir, "1");
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join(REL).join("manifest.json")).unwrap())
            .unwrap();
    let rejected: Vec<(String, String)> = m["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["source_path"].as_str().unwrap().to_string(),
                r["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rejected,
        [
            ("empty.txt".to_string(), "empty".to_string()),
            ("image.png".into(), "binary".into())
        ]
    );
    assert_eq!(m["skipped"], serde_json::json!([".DS_Store"]));
    let inputs = walkdir::WalkDir::new(fixture("nested"))
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count() as u64;
    let docs = m["counts"]["documents"].as_u64().unwrap();
    assert_eq!(
        docs + 2 + 1,
        inputs,
        "every input is a row, a rejection or a skipped junk file"
    );
    // every manifest file entry is right
    for f in m["files"].as_array().unwrap() {
        let bytes = std::fs::read(out.join(REL).join(f["path"].as_str().unwrap())).unwrap();
        assert_eq!(f["bytes"].as_u64().unwrap(), bytes.len() as u64);
        assert_eq!(
            f["sha256"].as_str().unwrap(),
            corpack::hash::sha256_hex(&bytes)
        );
    }
});

fn sha256sum_check(cwd: &Path, list: &str) -> bool {
    Command::new("sha256sum")
        .args(["-c", "--quiet", list])
        .current_dir(cwd)
        .output()
        .unwrap()
        .status
        .success()
}

corpack_test!(checksums_verify_and_catch_any_corrupted_byte, |dir| {
    let out = build_nested(&dir, "2");
    let rel = out.join(REL);
    assert!(sha256sum_check(&rel, "SHA256SUMS"));
    assert!(sha256sum_check(&out, &format!("{REL}.zip.sha256")));
    assert!(sha256sum_check(
        &dir.path().join("input"),
        rel.join("sources.sha256").to_str().unwrap()
    ));
    for (name, bytes) in tree(&rel) {
        for pos in [0, bytes.len() / 2, bytes.len() - 2] {
            let copy = dir.path().join("copy");
            let _ = std::fs::remove_dir_all(&copy);
            copy_dir(&rel, &copy);
            let mut broken = bytes.clone();
            broken[pos] = if name == "SHA256SUMS" && broken[pos].is_ascii_hexdigit() {
                if broken[pos] == b'0' {
                    b'1'
                } else {
                    b'0'
                }
            } else {
                broken[pos] ^ 0x01
            };
            std::fs::write(copy.join(&name), &broken).unwrap();
            let ok = Command::new("sha256sum")
                .args(["-c", "--strict", "SHA256SUMS"])
                .current_dir(&copy)
                .output()
                .unwrap()
                .status
                .success();
            assert!(!ok, "flipping byte {pos} of {name} went unnoticed");
        }
    }
    let zip = out.join(format!("{REL}.zip"));
    let mut z = std::fs::read(&zip).unwrap();
    let mid = z.len() / 2;
    z[mid] ^= 0x01;
    std::fs::write(&zip, z).unwrap();
    assert!(!sha256sum_check(&out, &format!("{REL}.zip.sha256")));
});

corpack_test!(same_bytes_at_any_jobs_cwd_tz_locale_umask, |dir| {
    let run_in = |sub: &str, jobs: &str, tz: &str, umask: &str| {
        let base = dir.path().join(sub);
        std::fs::create_dir_all(&base).unwrap();
        let input = base.join("some/deeper/input");
        copy_dir(&fixture("nested"), &input);
        let script = format!(
            "umask {umask} && exec \"$0\" build --quiet --name nested --version 1.0.0 --jobs {jobs} --input some/deeper/input --out rel"
        );
        let out = Command::new("sh")
            .args(["-c", &script, env!("CARGO_BIN_EXE_corpack")])
            .current_dir(&base)
            .env("TZ", tz)
            .env("LC_ALL", if jobs == "1" { "C" } else { "C.UTF-8" })
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        base.join("rel")
    };
    let a = run_in("a", "1", "UTC", "022");
    let b = run_in("bee/b", "2", "Asia/Almaty", "077");
    assert_eq!(tree(&a), tree(&b));
    assert_eq!(
        std::fs::read(a.join(REL).join("SHA256SUMS")).unwrap(),
        std::fs::read(b.join(REL).join("SHA256SUMS")).unwrap()
    );
});

corpack_test!(releases_are_immutable, |dir| {
    let input = dir.copy_dir(&fixture("nested"), "input");
    let build = |version: &str| {
        let mut c = dir.cmd();
        c.args([
            "build",
            "-q",
            "--name",
            "nested",
            "--version",
            version,
            "--input",
            "input",
            "--out",
            "out",
        ]);
        c
    };
    run(&mut build("1.0.0"), 0);
    let out = run(&mut build("1.0.0"), 0);
    assert!(stdout(&out).contains("unchanged"), "{}", stdout(&out));
    std::fs::write(input.join("en/article.txt"), "Changed text.\n").unwrap();
    let before = tree(&dir.path().join("out"));
    let out = run(&mut build("1.0.0"), 1);
    let err = stderr(&out);
    assert!(
        err.contains("already exists") && err.contains("bump"),
        "{err}"
    );
    assert_eq!(
        before,
        tree(&dir.path().join("out")),
        "a refused build changed nothing"
    );
    run(&mut build("1.1.0"), 0);
    assert!(dir.path().join("out/nested-1.1.0/manifest.json").is_file());
});

corpack_test!(doc_id_collision_is_a_listed_rejection, |dir| {
    dir.write("in/a.txt", b"one");
    dir.write("in/a.md", b"two");
    let out = run(
        dir.cmd().args([
            "build",
            "--name",
            "c",
            "--version",
            "0.1.0",
            "--input",
            "in",
            "--out",
            "out",
        ]),
        0,
    );
    let err = stderr(&out);
    assert!(
        err.contains("a.txt [doc-id-collision] doc_id \"a\" is already taken by a.md"),
        "{err}"
    );
    assert!(
        err.contains("rejected 1 input: doc-id-collision 1 (see manifest.json rejected[])"),
        "{err}"
    );
    let m: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("out/c-0.1.0/manifest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(m["counts"]["documents"], 1);
    assert_eq!(m["rejected"][0]["source_path"], "a.txt");
    assert_eq!(m["rejected"][0]["reason"], "doc-id-collision");
    assert_eq!(
        m["rejected"][0]["source_sha256"],
        corpack::hash::sha256_hex(b"one")
    );
});

corpack_test!(strict_fails_and_writes_nothing, |dir| {
    dir.write("in/good.txt", b"Good text.");
    dir.write("in/empty.txt", b"");
    let out = run(
        dir.cmd().args([
            "build",
            "--strict",
            "--name",
            "s",
            "--version",
            "0.1.0",
            "--input",
            "in",
            "--out",
            "out",
        ]),
        1,
    );
    assert!(stderr(&out).contains("--strict"), "{}", stderr(&out));
    assert!(!dir.path().join("out").exists());
    let out = run(
        dir.cmd().args([
            "build",
            "--name",
            "s",
            "--version",
            "0.1.0",
            "--input",
            "in",
            "--out",
            "out",
        ]),
        0,
    );
    assert!(
        stderr(&out).contains("empty.txt"),
        "rejection summary: {}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("1 documents, 1 rejected"),
        "{}",
        stdout(&out)
    );
});

corpack_test!(config_file_drives_the_build_and_flags_override, |dir| {
    dir.copy_dir(&fixture("nested"), "docs/in");
    dir.write(
        "docs/corpus.toml",
        b"name = \"cfg\"\nversion = \"0.3.0\"\ninput = \"in\"\nout = \"releases\"\ntitle = \"T\"\n",
    );
    run(
        dir.cmd()
            .args(["build", "-q", "--config", "docs/corpus.toml"]),
        0,
    );
    assert!(dir
        .path()
        .join("docs/releases/cfg-0.3.0/manifest.json")
        .is_file());
    run(
        dir.cmd().args([
            "build",
            "-q",
            "--config",
            "docs/corpus.toml",
            "--version",
            "0.4.0",
            "--out",
            "elsewhere",
        ]),
        0,
    );
    assert!(dir
        .path()
        .join("elsewhere/cfg-0.4.0/manifest.json")
        .is_file());
    dir.write("docs/bad.toml", b"name = 3\n");
    let out = run(dir.cmd().args(["build", "--config", "docs/bad.toml"]), 2);
    assert!(stderr(&out).contains("bad.toml"), "{}", stderr(&out));
});

corpack_test!(source_date_epoch_sets_zip_times_only, |dir| {
    let input = dir.copy_dir(&fixture("nested"), "input");
    let mut c = dir.cmd();
    c.args([
        "build",
        "-q",
        "--name",
        "e",
        "--version",
        "1.0.0",
        "--out",
        "out",
        "--input",
    ])
    .arg(&input);
    c.env("SOURCE_DATE_EPOCH", "1641600000");
    run(&mut c, 0);
    let mut z =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("out/e-1.0.0.zip")).unwrap())
            .unwrap();
    let t = z.by_index(0).unwrap().last_modified().unwrap();
    assert_eq!((t.year(), t.month(), t.day()), (2022, 1, 8));
});

corpack_test!(timings_list_every_step_in_order_and_add_up, |dir| {
    let input = dir.copy_dir(&fixture("nested"), "input");
    let o = run(
        dir.cmd()
            .args([
                "build",
                "--quiet",
                "--timings",
                "--name",
                "t",
                "--version",
                "1.0.0",
            ])
            .args([
                "--input".as_ref(),
                input.as_os_str(),
                "--out".as_ref(),
                dir.path().join("out").as_os_str(),
            ]),
        0,
    );
    let err = stderr(&o);
    let lines: Vec<&str> = err
        .lines()
        .skip_while(|l| *l != "timings (wall seconds):")
        .skip(1)
        .collect();
    let rows: Vec<(f64, &str)> = lines
        .iter()
        .map(|l| {
            let (secs, what) = l.trim().split_once("  ").expect(l);
            (secs.parse().expect(l), what.trim())
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        [
            "discover inputs, load rules and language models",
            "pass 1: read, decode, repair, normalize",
            "pass 2: strip boilerplate, annotate, detect language, sign",
            "find duplicates, check the version",
            "write Parquet and CSV parts, metadata, card",
            "render report.html",
            "zip, checksums, move into place",
            "total",
        ],
        "{err}"
    );
    let (steps, total) = rows.split_at(rows.len() - 1);
    let sum: f64 = steps.iter().map(|r| r.0).sum();
    // Each figure is rounded to 0.01 s.
    assert!((sum - total[0].0).abs() <= 0.05, "{err}");
    // Without --timings, nothing of it.
    let o = run(
        dir.cmd()
            .args(["build", "--quiet", "--name", "t", "--version", "1.0.0"])
            .args([
                "--input".as_ref(),
                input.as_os_str(),
                "--out".as_ref(),
                dir.path().join("out").as_os_str(),
            ]),
        0,
    );
    assert!(!stderr(&o).contains("timings"), "{}", stderr(&o));
});
