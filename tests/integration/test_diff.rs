//! `corpack diff`: the committed releases compared pairwise, fixture releases with rows added,
//! removed and edited, zips, damaged input, and CHANGELOG.md kept equal to the tool's output.

use std::path::{Path, PathBuf};

use crate::corpack_test;
use crate::util::*;

const NAME: &str = "csto-kazakhstan-2022";

fn committed(version: &str) -> PathBuf {
    repo().join("dist").join(format!("{NAME}-{version}"))
}

/// `corpack diff OLD NEW [extra...]`, expected to succeed; its stdout.
fn diff(dir: &Dir, old: &Path, new: &Path, extra: &[&str]) -> String {
    let mut c = dir.cmd();
    c.arg("diff").args(extra).arg(old).arg(new);
    stdout(&run(&mut c, 0))
}

fn diff_json(dir: &Dir, old: &Path, new: &Path) -> serde_json::Value {
    serde_json::from_str(&diff(dir, old, new, &["--format", "json"])).unwrap()
}

/// The `doc_id`s of the changed rows of a JSON diff, each with its changed column names.
fn changed_columns(v: &serde_json::Value) -> Vec<(String, Vec<String>)> {
    v["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let cols = d["columns"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["column"].as_str().unwrap().to_string())
                .collect();
            (d["doc_id"].as_str().unwrap().to_string(), cols)
        })
        .collect()
}

corpack_test!(committed_0_2_0_to_0_3_0_fills_lang_and_is_minor, |dir| {
    let (old, new) = (committed("0.2.0"), committed("0.3.0"));
    let v = diff_json(&dir, &old, &new);
    assert_eq!(v["required_bump"], "minor");
    assert_eq!(v["unchanged"], 0);
    assert!(v["added"].as_array().unwrap().is_empty());
    assert!(v["removed"].as_array().unwrap().is_empty());
    let changed = changed_columns(&v);
    assert_eq!(changed.len(), 5);
    for (id, cols) in &changed {
        assert_eq!(cols, &["lang", "lang_confidence"], "{id}");
    }
    let first = &v["changed"][0]["columns"][0];
    assert_eq!(first["old"], serde_json::Value::Null);
    assert_eq!(first["new"], "fr");
    assert_eq!(v["old"]["tool_version"], "0.3.0");
    assert_eq!(v["new"]["tool_version"], "0.4.0");
    assert_eq!(v["rules"][0]["file"], "boilerplate.toml");
    assert_eq!(v["schema"]["text_changed"], false);

    let md = diff(&dir, &old, &new, &[]);
    assert!(md.starts_with(&format!(
        "## {NAME} 0.3.0\n\ncompared with 0.2.0: 0 added, 0 removed, 5 changed, 0 unchanged; \
         required bump: MINOR\n\n- tool: 0.3.0 → 0.4.0\n- rules: `boilerplate.toml` changed ("
    )));
    assert!(
        md.contains("- changed `000_7f6303cae90eba14`: lang (∅ → fr), lang_confidence (∅ → "),
        "{md}"
    );
});

corpack_test!(
    committed_0_1_0_to_0_1_1_same_rows_and_values_is_patch,
    |dir| {
        let v = diff_json(&dir, &committed("0.1.0"), &committed("0.1.1"));
        assert_eq!(v["required_bump"], "patch");
        assert_eq!(v["unchanged"], 5);
        assert!(v["changed"].as_array().unwrap().is_empty());
        let md = diff(&dir, &committed("0.1.0"), &committed("0.1.1"), &[]);
        assert_eq!(
            md,
            format!(
            "## {NAME} 0.1.1\n\ncompared with 0.1.0: 0 added, 0 removed, 0 changed, 5 unchanged; \
             required bump: PATCH\n\n- tool: 0.1.0 → 0.2.0\n"
        )
        );
    }
);

corpack_test!(
    committed_0_1_1_to_0_2_0_reworded_schema_is_not_major,
    |dir| {
        let v = diff_json(&dir, &committed("0.1.1"), &committed("0.2.0"));
        assert_eq!(v["required_bump"], "minor");
        assert_eq!(v["schema"]["text_changed"], true);
        assert_eq!(
            v["schema"]["redescribed"],
            serde_json::json!(["boilerplate"])
        );
        for (id, cols) in changed_columns(&v) {
            assert!(cols.iter().any(|c| c == "text"), "{id}: {cols:?}");
        }
    }
);

corpack_test!(a_release_against_itself_has_no_changes, |dir| {
    let rel = committed("0.3.0");
    let md = diff(&dir, &rel, &rel, &[]);
    assert_eq!(
        md,
        format!(
            "## {NAME} 0.3.0\n\ncompared with 0.3.0: 0 added, 0 removed, 0 changed, 5 unchanged; \
             required bump: PATCH\n"
        )
    );
    let v = diff_json(&dir, &rel, &rel);
    assert_eq!(v["unchanged"], 5);
    assert!(v["rules"].as_array().unwrap().is_empty());
});

const PARA: &str = "The delegation met on Monday to discuss the agreement in detail. \
                    Officials from both sides said the talks were constructive and open.";

/// Builds the release `x-VERSION` of `input` into `dir/out`.
fn build(dir: &Dir, input: &Path, version: &str) -> PathBuf {
    let out = dir.path().join("out");
    let mut c = dir.cmd();
    c.args(["build", "--quiet", "--name", "x", "--version", version])
        .arg("--input")
        .arg(input)
        .arg("--out")
        .arg(&out);
    run(&mut c, 0);
    out.join(format!("x-{version}"))
}

/// Two fixture releases: 1.1.0 edits `b`, drops `c` and adds `d` relative to 1.0.0.
fn fixture_releases(dir: &Dir) -> (PathBuf, PathBuf) {
    for (f, first) in [("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")] {
        dir.write(
            &format!("in/{f}.txt"),
            format!("{first} report.\n\n{PARA}\n\n{PARA} {first} ends here.\n").as_bytes(),
        );
    }
    let v1 = build(dir, &dir.path().join("in"), "1.0.0");
    dir.write(
        "in/b.txt",
        format!("Beta report.\n\n{PARA}\n\nA new closing paragraph for Beta.\n").as_bytes(),
    );
    std::fs::remove_file(dir.path().join("in/c.txt")).unwrap();
    dir.write("in/d.txt", format!("Delta report.\n\n{PARA}\n").as_bytes());
    let v2 = build(dir, &dir.path().join("in"), "1.1.0");
    (v1, v2)
}

corpack_test!(rows_added_removed_and_edited_are_listed, |dir| {
    let (v1, v2) = fixture_releases(&dir);
    let md = diff(&dir, &v1, &v2, &[]);
    assert!(
        md.starts_with(
            "## x 1.1.0\n\ncompared with 1.0.0: 1 added, 1 removed, 1 changed, 1 unchanged; \
             required bump: MINOR\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("\n- removed `c`\n- added `d`\n- changed `b`: "),
        "{md}"
    );
    assert!(md.contains("text (+1 −1 lines)"), "{md}");
    assert!(
        md.contains("  - + `A new closing paragraph for Beta.`\n"),
        "{md}"
    );
    let v = diff_json(&dir, &v1, &v2);
    assert_eq!(v["added"], serde_json::json!(["d"]));
    assert_eq!(v["removed"], serde_json::json!(["c"]));
    let changed = changed_columns(&v);
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].0, "b");
    for col in ["source_sha256", "text", "text_sha256", "n_words"] {
        assert!(changed[0].1.iter().any(|c| c == col), "{col}: {changed:?}");
    }
    // Backwards, the same rows swap sides.
    let back = diff_json(&dir, &v2, &v1);
    assert_eq!(back["added"], serde_json::json!(["c"]));
    assert_eq!(back["removed"], serde_json::json!(["d"]));
});

corpack_test!(zips_and_folders_give_the_same_diff, |dir| {
    let (v1, v2) = fixture_releases(&dir);
    let zip1 = dir.path().join("out/x-1.0.0.zip");
    assert!(zip1.is_file(), "{}", zip1.display());
    let from_dirs = diff(&dir, &v1, &v2, &[]);
    assert_eq!(diff(&dir, &zip1, &v2, &[]), from_dirs);
    let old = committed("0.2.0");
    let zip = repo().join("dist").join(format!("{NAME}-0.2.0.zip"));
    assert_eq!(
        diff(&dir, &zip, &committed("0.3.0"), &[]),
        diff(&dir, &old, &committed("0.3.0"), &[])
    );
});

corpack_test!(damaged_releases_fail_with_the_file_named, |dir| {
    let rel = dir.copy_dir(&committed("0.3.0"), "broken");
    let part = rel.join("data/documents-00000-of-00001.parquet");
    std::fs::write(&part, b"PAR1 this is not parquet PAR1").unwrap();
    let mut c = dir.cmd();
    c.arg("diff").arg(committed("0.3.0")).arg(&rel);
    let err = stderr(&run(&mut c, 1));
    assert!(err.contains(&part.display().to_string()), "{err}");

    let bad_manifest = dir.copy_dir(&committed("0.3.0"), "badmanifest");
    std::fs::write(bad_manifest.join("manifest.json"), b"{\"version\": 3}").unwrap();
    let mut c = dir.cmd();
    c.arg("diff").arg(&bad_manifest).arg(committed("0.3.0"));
    let err = stderr(&run(&mut c, 1));
    assert!(
        err.contains(&bad_manifest.join("manifest.json").display().to_string()),
        "{err}"
    );

    let zip = dir.write("r.zip", b"PK\x03\x04 truncated");
    let mut c = dir.cmd();
    c.arg("diff").arg(&zip).arg(committed("0.3.0"));
    let err = stderr(&run(&mut c, 1));
    assert!(err.contains(&zip.display().to_string()), "{err}");

    let missing = dir.path().join("no-such-release");
    let mut c = dir.cmd();
    c.arg("diff").arg(committed("0.3.0")).arg(&missing);
    let err = stderr(&run(&mut c, 1));
    assert!(err.contains(&missing.display().to_string()), "{err}");
});

corpack_test!(diff_usage_errors_exit_2, |dir| {
    run(dir.cmd().arg("diff"), 2);
    run(dir.cmd().args(["diff", "only-one"]), 2);
    run(
        dir.cmd()
            .args(["diff", "--initial", "a", "--changelog", "b"]),
        2,
    );
    run(dir.cmd().args(["diff", "--name", "x", "a", "b"]), 2);
});

corpack_test!(initial_release_is_first_release_n_documents, |dir| {
    let out = stdout(&run(
        dir.cmd()
            .arg("diff")
            .arg("--initial")
            .arg(committed("0.1.0")),
        0,
    ));
    assert_eq!(
        out,
        format!(
            "## {NAME} 0.1.0\n\nfirst release: 5 documents\n\n- tool: 0.1.0\n- schema: version 1\n\
             - rules: none\n"
        )
    );
});

corpack_test!(changelog_is_what_corpack_diff_prints, |dir| {
    let changelog = std::fs::read_to_string(repo().join("CHANGELOG.md"))
        .expect("CHANGELOG.md is missing: run `make changelog`");
    let stale =
        "CHANGELOG.md is stale: run `make changelog` (after adding a release) and commit it";
    let generated = stdout(&run(
        dir.cmd()
            .args(["diff", "--changelog"])
            .arg(repo().join("dist")),
        0,
    ));
    assert!(changelog == generated, "{stale}");

    // Section by section: the newest release first, each `corpack diff PREVIOUS RELEASE`.
    let releases = corpack::release::list_releases(&repo().join("dist"), NAME).unwrap();
    assert!(releases.len() >= 4, "{releases:?}");
    let mut sections = Vec::new();
    for (i, (_, rel)) in releases.iter().enumerate() {
        sections.push(match i {
            0 => stdout(&run(dir.cmd().arg("diff").arg("--initial").arg(rel), 0)),
            _ => diff(&dir, &releases[i - 1].1, rel, &[]),
        });
    }
    sections.reverse();
    let header = changelog.split("\n## ").next().unwrap();
    assert_eq!(header, corpack::diff::CHANGELOG_HEADER, "{stale}");
    assert!(
        changelog == format!("{header}\n{}", sections.join("\n")),
        "{stale}"
    );
});
