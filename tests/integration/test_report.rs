//! `report.html`: in every release, listed in SHA256SUMS, the same bytes on every build and from
//! `corpack report`, checked by `verify`, and every document string escaped.

use crate::corpack_test;
use crate::util::*;

fn build(dir: &Dir, input: &std::path::Path, out: &str) -> std::path::PathBuf {
    run(
        dir.cmd()
            .args(["build", "--quiet"])
            .args(["--input".as_ref(), input.as_os_str()])
            .args([
                "--rules".as_ref(),
                repo().join("rules/boilerplate.toml").as_os_str(),
            ])
            .args(["--name", "rep", "--version", "1.0.0", "--out", out]),
        0,
    );
    dir.path().join(out).join("rep-1.0.0")
}

corpack_test!(every_release_has_a_reproducible_report, |dir| {
    let a = build(&dir, &fixture("boilerplate"), "a");
    let b = build(&dir, &fixture("boilerplate"), "b");
    let html = std::fs::read(a.join("report.html")).unwrap();
    assert_eq!(html, std::fs::read(b.join("report.html")).unwrap());
    let sums = std::fs::read_to_string(a.join("SHA256SUMS")).unwrap();
    assert!(sums.lines().any(|l| l.ends_with("  report.html")), "{sums}");
    // Self-contained: no external resource of any kind.
    let text = String::from_utf8(html.clone()).unwrap();
    for external in ["src=\"http", "href=\"http", "@import", "url(", "<link"] {
        assert!(!text.contains(external), "{external}");
    }
    // Every chart is there, over every row.
    for id in [
        "languages",
        "words",
        "lengths",
        "encodings",
        "repairs",
        "boilerplate",
        "duplicates",
    ] {
        assert!(text.contains(&format!("id=\"chart-{id}\"")), "{id}");
    }
    assert_eq!(text.matches("<details class=\"doc\"").count(), 54);

    // `corpack report` renders the same bytes, in place or from the zip.
    let o = run(dir.cmd().args(["report".as_ref(), a.as_os_str()]), 0);
    assert!(stdout(&o).contains("report unchanged"), "{}", stdout(&o));
    run(
        dir.cmd()
            .args([
                "report".as_ref(),
                dir.path().join("a/rep-1.0.0.zip").as_os_str(),
            ])
            .args(["--out", "from-zip.html"]),
        0,
    );
    assert_eq!(
        std::fs::read(dir.path().join("from-zip.html")).unwrap(),
        html
    );
    // A smaller sample: fewer documents in the browser, the same counts in the charts.
    run(
        dir.cmd().args(["report".as_ref(), a.as_os_str()]).args([
            "--sample",
            "5",
            "--out",
            "small.html",
        ]),
        0,
    );
    let small = std::fs::read_to_string(dir.path().join("small.html")).unwrap();
    assert_eq!(small.matches("<details class=\"doc\"").count(), 5);
    assert!(small.contains("A deterministic sample of 5 of the 54 documents"));
    let chart = |t: &str| {
        t.split("id=\"chart-languages\"")
            .nth(1)
            .unwrap()
            .split("</figure>")
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(chart(&small), chart(&text));
});

corpack_test!(document_strings_are_escaped, |dir| {
    let r = build(&dir, &fixture("report"), "out");
    let html = std::fs::read_to_string(r.join("report.html")).unwrap();
    assert!(
        !html.contains("<script>alert(1)"),
        "raw script in the report"
    );
    assert!(!html.contains("<img src=x"), "raw img in the report");
    assert!(!html.contains("<b>bold</b>"), "raw markup in the report");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;"),
        "the script shows as text"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // The only script element is the report's own.
    assert_eq!(html.matches("<script").count(), 1);
    // Removed lines are labelled by rule in the source view.
    assert!(
        html.contains("<span class=\"rule\">"),
        "no removal labelled"
    );
});

corpack_test!(verify_checks_the_report_against_the_data, |dir| {
    let r = build(&dir, &fixture("report"), "out");
    run(dir.cmd().args(["verify".as_ref(), r.as_os_str()]), 0);
    // Alter the report and its checksum line: the checksums agree, the data does not.
    let path = r.join("report.html");
    let html = std::fs::read_to_string(&path)
        .unwrap()
        .replace("plain document", "plain story");
    std::fs::write(&path, &html).unwrap();
    let sha = corpack::hash::sha256_hex(html.as_bytes());
    let sums: String = std::fs::read_to_string(r.join("SHA256SUMS"))
        .unwrap()
        .lines()
        .map(|l| {
            if l.ends_with("  report.html") {
                format!("{sha}  report.html\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(r.join("SHA256SUMS"), sums).unwrap();
    let o = run(dir.cmd().args(["verify".as_ref(), r.as_os_str()]), 1);
    assert!(
        stdout(&o).contains("report.html: does not match the release's data"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    // A removed report is missing.
    std::fs::remove_file(&path).unwrap();
    let o = run(dir.cmd().args(["verify".as_ref(), r.as_os_str()]), 1);
    assert!(stdout(&o).contains("report.html"), "{}", stdout(&o));
});

corpack_test!(a_build_renders_the_report_corpack_report_renders, |dir| {
    // The build renders its report from the rows it wrote, `corpack report` from the files:
    // with a sample smaller than the corpus, several parts and duplicates, the same bytes.
    let config = dir.write(
        "corpus.toml",
        b"[report]\nsample = 4\n\n[build]\npart_max_bytes = 3000\n",
    );
    let o = run(
        dir.cmd()
            .args(["build", "--quiet", "--name", "rep", "--version", "1.0.0"])
            .args(["--input".as_ref(), fixture("dedup").as_os_str()])
            .args(["--config".as_ref(), config.as_os_str()])
            .args([
                "--rules".as_ref(),
                repo().join("rules/boilerplate.toml").as_os_str(),
            ])
            .args(["--out", "out"]),
        0,
    );
    let rel = dir.path().join("out/rep-1.0.0");
    let parts = std::fs::read_dir(rel.join("data"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("parquet".as_ref()))
        .count();
    assert!(parts > 1, "one part only: {}", stdout(&o));
    let built = std::fs::read_to_string(rel.join("report.html")).unwrap();
    assert_eq!(built.matches("<details class=\"doc\"").count(), 4);
    assert!(
        built.contains(" · duplicate of "),
        "no duplicate in the sample"
    );
    run(
        dir.cmd()
            .args(["report".as_ref(), rel.as_os_str()])
            .args(["--out", "again.html"]),
        0,
    );
    let again = std::fs::read_to_string(dir.path().join("again.html")).unwrap();
    assert!(
        built == again,
        "the build's report differs from corpack report's"
    );
    run(dir.cmd().args(["verify".as_ref(), rel.as_os_str()]), 0);
});
