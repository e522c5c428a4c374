//! Language and duplicates end to end: the dedup fixture holds a wire article, an aggregator's
//! exact copy (BOM, CRLF), a mirror with other chrome, extra white space and a changed sentence,
//! an analysis on the same topic, and a French article.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::corpack_test;
use crate::util::*;

const REL: &str = "dedup-1.0.0";

/// Builds the fixture with the repository's rules (and `config`, if given) into `dir/out`.
fn build(dir: &Dir, out: &str, jobs: &str, config: Option<&str>) -> PathBuf {
    let input = fixture("dedup");
    let mut c = dir.cmd();
    c.args([
        "build",
        "-q",
        "--name",
        "dedup",
        "--version",
        "1.0.0",
        "--jobs",
        jobs,
    ])
    .arg("--input")
    .arg(&input)
    .arg("--rules")
    .arg(repo().join("rules/boilerplate.toml"))
    .arg("--out")
    .arg(dir.path().join(out));
    if let Some(toml) = config {
        let p = dir.write(&format!("{out}.toml"), toml.as_bytes());
        c.arg("--config").arg(p);
    }
    run(&mut c, 0);
    dir.path().join(out).join(REL)
}

/// `doc_id` → the row's CSV fields.
fn rows(rel: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(rel.join("data/documents-00000-of-00001.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let row: BTreeMap<String, String> = headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect();
            (row["doc_id"].clone(), row)
        })
        .collect()
}

fn manifest(rel: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(rel.join("manifest.json")).unwrap()).unwrap()
}

corpack_test!(exact_and_near_duplicates_point_at_the_first_doc_id, |dir| {
    let rel = build(&dir, "out", "2", None);
    let rows = rows(&rel);
    let dup: Vec<(&str, &str)> = rows
        .iter()
        .map(|(id, r)| (id.as_str(), r["duplicate_of"].as_str()))
        .collect();
    assert_eq!(
        dup,
        [
            ("aggregator/withdrawal-copy", ""),
            ("analysis/what-the-mission-means", ""),
            ("lemonde/retrait-otsc", ""),
            // other chrome, extra white space and one changed sentence: a near duplicate
            (
                "mirror/asia-news-peacekeepers",
                "aggregator/withdrawal-copy"
            ),
            // the same text after decoding: an exact duplicate
            ("wire/2022-01-13-withdrawal", "aggregator/withdrawal-copy"),
        ]
    );
    assert_eq!(
        rows["wire/2022-01-13-withdrawal"]["text_sha256"],
        rows["aggregator/withdrawal-copy"]["text_sha256"]
    );
    let m = manifest(&rel);
    let c = &m["counts"];
    assert_eq!(
        (
            &c["documents"],
            &c["canonical"],
            &c["exact_duplicates"],
            &c["near_duplicates"]
        ),
        (&5.into(), &3.into(), &1.into(), &1.into())
    );
    assert!(c["words_in"].as_u64().unwrap() > c["words"].as_u64().unwrap());
    assert_eq!(
        m["languages"],
        serde_json::json!([
            {"lang": "en", "documents": 4, "canonical": 2,
             "words": rows.values().filter(|r| r["lang"] == "en")
                .map(|r| r["n_words"].parse::<u64>().unwrap()).sum::<u64>()},
            {"lang": "fr", "documents": 1, "canonical": 1,
             "words": rows["lemonde/retrait-otsc"]["n_words"].parse::<u64>().unwrap()},
        ])
    );
    assert_eq!(m["annotation"]["dedup"]["settings"]["threshold"], 0.8);
    let card = std::fs::read_to_string(rel.join("README.md")).unwrap();
    assert!(card.contains("| en | 4 | 2 |"), "{card}");
});

corpack_test!(languages_are_detected_on_the_clean_text, |dir| {
    let rel = build(&dir, "out", "1", None);
    for (id, row) in rows(&rel) {
        let want = if id.starts_with("lemonde/") {
            "fr"
        } else {
            "en"
        };
        assert_eq!(row["lang"], want, "{id}");
        let confidence: f64 = row["lang_confidence"].parse().unwrap();
        assert!((0.9..=1.0).contains(&confidence), "{id}: {confidence}");
    }
});

corpack_test!(duplicates_are_the_same_at_any_jobs, |dir| {
    let one = build(&dir, "1", "1", None);
    let two = build(&dir, "2", "2", None);
    assert_eq!(tree(&one), tree(&two));
});

corpack_test!(the_threshold_comes_from_corpus_toml, |dir| {
    // At 0.99 the edited mirror is no longer a near duplicate; the exact copy still is.
    let rel = build(&dir, "strict", "2", Some("[dedup]\nthreshold = 0.99\n"));
    let rows = rows(&rel);
    assert_eq!(rows["mirror/asia-news-peacekeepers"]["duplicate_of"], "");
    assert_eq!(
        rows["wire/2022-01-13-withdrawal"]["duplicate_of"],
        "aggregator/withdrawal-copy"
    );
    assert_eq!(
        manifest(&rel)["annotation"]["dedup"]["settings"]["threshold"],
        0.99
    );
    // A bad threshold is a usage error before anything is written.
    let p = dir.write("bad.toml", b"[dedup]\nthreshold = 1.5\n");
    let mut c = dir.cmd();
    c.args([
        "build",
        "-q",
        "--name",
        "x",
        "--version",
        "1.0.0",
        "--input",
    ])
    .arg(fixture("dedup"))
    .arg("--out")
    .arg(dir.path().join("bad"))
    .arg("--config")
    .arg(p);
    let o = run(&mut c, 2);
    assert!(stderr(&o).contains("dedup.threshold"), "{}", stderr(&o));
    assert!(!dir.path().join("bad").exists());
});
