//! The release committed in dist/ must be exactly what this binary builds from seeds/.

use crate::corpack_test;
use crate::util::*;

/// `NAME-VERSION` of the release `corpus.toml` describes (the newest committed one).
fn committed_release_name() -> String {
    let cfg: toml::Table =
        toml::from_str(&std::fs::read_to_string(repo().join("corpus.toml")).unwrap()).unwrap();
    format!(
        "{}-{}",
        cfg["name"].as_str().unwrap(),
        cfg["version"].as_str().unwrap()
    )
}

/// Copies the committed releases older than the newest into `out`, as `make dataset` finds
/// dist/ when it cuts the newest (the card and manifest record the comparison with the previous).
fn earlier_releases_into(out: &std::path::Path) {
    let name = committed_release_name();
    std::fs::create_dir_all(out).unwrap();
    for e in std::fs::read_dir(repo().join("dist")).unwrap() {
        let p = e.unwrap().path();
        let file = p.file_name().unwrap().to_string_lossy().into_owned();
        if file == name || file.starts_with(&format!("{name}.zip")) || file.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            copy_dir(&p, &out.join(&file));
        } else {
            std::fs::copy(&p, out.join(&file)).unwrap();
        }
    }
}

corpack_test!(committed_release_is_reproducible, |dir| {
    let name = committed_release_name();
    earlier_releases_into(&dir.path().join("dist"));
    let committed = repo().join("dist").join(&name);
    assert!(
        committed.is_dir(),
        "{} is missing: run `make dataset` and commit dist/",
        committed.display()
    );
    let mut c = dir.cmd();
    c.args(["build", "-q", "--config"])
        .arg(repo().join("corpus.toml"))
        .arg("--out")
        .arg(dir.path().join("dist"));
    run(&mut c, 0);
    let built = dir.path().join("dist").join(&name);
    let (want, got) = (tree(&committed), tree(&built));
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&want), names(&got));
    for ((n, a), (_, b)) in want.iter().zip(&got) {
        assert!(a == b, "{n} differs from the committed release: bump the version in corpus.toml and run `make dataset`");
    }
    for ext in ["zip", "zip.sha256"] {
        let f = format!("{name}.{ext}");
        assert_eq!(
            std::fs::read(repo().join("dist").join(&f)).unwrap(),
            std::fs::read(dir.path().join("dist").join(&f)).unwrap(),
            "{f}"
        );
    }
});

corpack_test!(seed_release_holds_every_seed, |dir| {
    let _ = &dir;
    let name = committed_release_name();
    let sources =
        std::fs::read_to_string(repo().join("dist").join(&name).join("sources.sha256")).unwrap();
    let seeds: Vec<String> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!seeds.is_empty());
    for s in &seeds {
        let digest =
            corpack::hash::sha256_hex(&std::fs::read(repo().join("seeds").join(s)).unwrap());
        assert!(
            sources.contains(&format!("{digest}  {s}\n")),
            "{s} missing from sources.sha256"
        );
    }
    assert_eq!(sources.lines().count(), seeds.len());
});

/// Rows of the committed seed release, read from its CSV part, as (column → value) maps.
fn seed_rows() -> Vec<std::collections::BTreeMap<String, String>> {
    let name = committed_release_name();
    let data = repo().join("dist").join(name).join("data");
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let mut r = csv::Reader::from_path(&path).unwrap();
            let headers = r.headers().unwrap().clone();
            for rec in r.records() {
                let rec = rec.unwrap();
                rows.push(
                    headers
                        .iter()
                        .map(String::from)
                        .zip(rec.iter().map(String::from))
                        .collect(),
                );
            }
        }
    }
    rows
}

corpack_test!(seed_texts_match_the_reviewed_golden_files, |dir| {
    let _ = &dir;
    let rows = seed_rows();
    assert_eq!(
        rows.len(),
        std::fs::read_dir(repo().join("seeds")).unwrap().count()
    );
    for row in &rows {
        let golden = repo()
            .join("tests/golden")
            .join(format!("{}.txt", row["doc_id"]));
        let want = std::fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        assert_eq!(
            format!("{}\n", row["text"]),
            want,
            "{} differs from {}",
            row["doc_id"],
            golden.display()
        );
    }
});

corpack_test!(seeds_are_utf8_without_mojibake_repairs, |dir| {
    let _ = &dir;
    for row in seed_rows() {
        assert_eq!(row["source_encoding"], "UTF-8", "{}", row["doc_id"]);
        let repairs: Vec<String> = serde_json::from_str(&row["repairs"]).unwrap();
        assert!(
            repairs
                .iter()
                .all(|r| !r.starts_with("mojibake") && !r.starts_with("decoded")),
            "{}: {repairs:?}",
            row["doc_id"]
        );
    }
});

corpack_test!(seed_release_is_the_same_at_any_jobs, |dir| {
    // The corpus-level repetition pass and the rules run here too, unlike the fixture builds.
    let name = committed_release_name();
    for jobs in ["1", "3"] {
        earlier_releases_into(&dir.path().join(jobs));
        let mut c = dir.cmd();
        c.args(["build", "-q", "--jobs", jobs, "--config"])
            .arg(repo().join("corpus.toml"))
            .arg("--out")
            .arg(dir.path().join(jobs));
        run(&mut c, 0);
    }
    assert_eq!(
        tree(&dir.path().join("1").join(&name)),
        tree(&dir.path().join("3").join(&name))
    );
    assert_eq!(
        tree(&dir.path().join("1").join(&name)),
        tree(&repo().join("dist").join(&name))
    );
});

corpack_test!(seed_languages_are_fr_en_en_en_ru, |dir| {
    let _ = &dir;
    let csv = repo()
        .join("dist")
        .join(committed_release_name())
        .join("data/documents-00000-of-00001.csv");
    let mut r = csv::Reader::from_path(&csv).unwrap();
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let (lang, conf) = (col("lang"), col("lang_confidence"));
    let got: Vec<(String, f64)> = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            (rec[lang].to_string(), rec[conf].parse().unwrap())
        })
        .collect();
    let langs: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(langs, ["fr", "en", "en", "en", "ru"]);
    assert!(got.iter().all(|g| g.1 >= 0.9), "{got:?}");
});

corpack_test!(citation_cff_names_the_committed_release, |dir| {
    let _ = &dir;
    let cff = std::fs::read_to_string(repo().join("CITATION.cff")).unwrap();
    let cfg: toml::Table =
        toml::from_str(&std::fs::read_to_string(repo().join("corpus.toml")).unwrap()).unwrap();
    let field = |key: &str| {
        cff.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}: ")))
            .map(|v| v.trim_matches('"').to_string())
    };
    assert_eq!(
        field("version").as_deref(),
        cfg["version"].as_str(),
        "CITATION.cff version"
    );
    assert_eq!(
        field("title").as_deref(),
        cfg["title"].as_str(),
        "CITATION.cff title"
    );
    assert_eq!(field("type").as_deref(), Some("dataset"));
    for author in cfg["citation"]["authors"].as_array().unwrap() {
        assert!(
            cff.contains(&format!("name: {author}")),
            "{author} not in CITATION.cff"
        );
    }
    let tool = cff.split("title: corpack").nth(1).and_then(|rest| {
        rest.lines()
            .find_map(|l| l.trim().strip_prefix("version: "))
            .map(|v| v.trim_matches('"').to_string())
    });
    assert_eq!(
        tool.as_deref(),
        Some(env!("CARGO_PKG_VERSION")),
        "CITATION.cff corpack version"
    );
});
