//! `verify`: check that a release is intact and self-consistent, and optionally that it can be
//! rebuilt byte for byte from its sources. Every problem names the file and the reason; a
//! release passes only when there are none.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};

use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::config::BuildSettings;
use crate::error::{Error, Result};
use crate::hash::{sha256_file, sha256_hex};
use crate::package::{list_files, tree_differences, TreeDiff};
use crate::record::Document;
use crate::release::{data_parts, read_parquet, Release};
use crate::schema::{declared, parse_decl, to_arrow};
use crate::write::{csv_row, write_csv_to};

/// One thing wrong with a release.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file concerned, relative to the release folder (or the zip's name).
    pub file: String,
    /// What is wrong.
    pub reason: String,
}

/// What `verify` found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Files whose digests were checked.
    pub files: usize,
    /// Rows checked.
    pub rows: usize,
    /// Every problem, sorted by file.
    pub problems: Vec<Problem>,
}

impl Report {
    fn problem(&mut self, file: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(Problem {
            file: file.into(),
            reason: reason.into(),
        });
    }
}

/// Verifies the release at `path` (a folder, or a zip). A folder's zip beside it
/// (`NAME.zip`, `NAME.zip.sha256`) is checked too when present. `Err` only when the path cannot
/// be opened at all; everything else is a [`Problem`] in the report.
pub fn verify(path: &Path) -> Result<Report> {
    let mut report = Report::default();
    if path.is_file() {
        check_zip_digest(path, &mut report);
        let release = match Release::open(path) {
            Ok(r) => r,
            Err(e) => {
                report.problem(file_name(path), e.to_string());
                return Ok(report);
            }
        };
        check_folder(&release.dir, &mut report)?;
    } else {
        if !path.join("manifest.json").is_file() && !path.join("SHA256SUMS").is_file() {
            return Err(Error::BadRelease {
                path: path.to_path_buf(),
                message: "not a release folder (no manifest.json, no SHA256SUMS)".into(),
            });
        }
        check_folder(path, &mut report)?;
        let zip = path.with_extension(match path.extension() {
            // `name-1.2.3` has extension `3`: keep it, add `.zip`.
            Some(e) => format!("{}.zip", e.to_string_lossy()),
            None => "zip".into(),
        });
        if zip.is_file() {
            check_zip_digest(&zip, &mut report);
            check_zip_matches_folder(&zip, path, &mut report);
        }
    }
    report.problems.sort();
    report.problems.dedup();
    Ok(report)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// `NAME.zip` against `NAME.zip.sha256` beside it.
fn check_zip_digest(zip: &Path, report: &mut Report) {
    let name = file_name(zip);
    let sums = zip.with_file_name(format!("{name}.sha256"));
    let Ok(text) = std::fs::read_to_string(&sums) else {
        report.problem(format!("{name}.sha256"), "missing or unreadable");
        return;
    };
    let listed = parse_sums(&text);
    match (listed.get(&name), sha256_file(zip)) {
        (None, _) => report.problem(format!("{name}.sha256"), format!("does not list {name}")),
        (Some(_), Err(e)) => report.problem(&name, e.to_string()),
        (Some(want), Ok((got, _))) if *want != got => report.problem(
            &name,
            format!("SHA-256 is {got}, {name}.sha256 says {want}"),
        ),
        _ => report.files += 1,
    }
}

/// The zip holds exactly the folder's files, byte for byte, under `NAME/`.
fn check_zip_matches_folder(zip: &Path, dir: &Path, report: &mut Report) {
    let name = file_name(zip);
    let opened = match Release::open(zip) {
        Ok(r) => r,
        Err(e) => {
            report.problem(&name, e.to_string());
            return;
        }
    };
    match tree_differences(&opened.dir, dir) {
        Ok(diffs) => {
            for (k, _) in diffs {
                report.problem(&name, format!("{k} differs from the release folder's"));
            }
        }
        Err(e) => report.problem(&name, e.to_string()),
    }
}

/// `sha256sum` lines → path → digest (escaped names unescaped).
fn parse_sums(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let (escaped, line) = match line.strip_prefix('\\') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        if let Some((digest, path)) = line.split_once("  ").or_else(|| line.split_once(" *")) {
            let path = if escaped {
                path.replace("\\n", "\n")
                    .replace("\\r", "\r")
                    .replace("\\\\", "\\")
            } else {
                path.to_string()
            };
            out.insert(path, digest.to_ascii_lowercase());
        }
    }
    out
}

fn check_folder(dir: &Path, report: &mut Report) -> Result<()> {
    let files: BTreeMap<String, PathBuf> = list_files(dir)?.into_iter().collect();
    let mut digests: BTreeMap<&str, (String, u64)> = BTreeMap::new();
    for (rel, p) in &files {
        match sha256_file(p) {
            Ok(d) => {
                digests.insert(rel, d);
            }
            Err(e) => report.problem(rel, e.to_string()),
        }
    }
    report.files += digests.len();

    let manifest: Option<serde_json::Value> = match std::fs::read(dir.join("manifest.json")) {
        Err(_) => {
            report.problem("manifest.json", "missing or unreadable");
            None
        }
        Ok(bytes) => match serde_json::from_slice(&bytes) {
            Ok(v) => Some(v),
            Err(e) => {
                report.problem("manifest.json", format!("not valid JSON: {e}"));
                None
            }
        },
    };
    // What manifest.json records of each file: an independent witness for SHA256SUMS.
    let recorded: BTreeMap<String, String> = manifest
        .as_ref()
        .and_then(|m| m["files"].as_array())
        .map(|entries| {
            entries
                .iter()
                .filter_map(|e| {
                    Some((
                        e["path"].as_str()?.to_string(),
                        e["sha256"].as_str()?.to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();

    // SHA256SUMS covers every other file.
    match std::fs::read_to_string(dir.join("SHA256SUMS")) {
        Err(_) => report.problem("SHA256SUMS", "missing or unreadable"),
        Ok(text) => {
            let listed = parse_sums(&text);
            for (path, want) in &listed {
                match digests.get(path.as_str()) {
                    None => report.problem(path, "listed in SHA256SUMS but missing"),
                    Some((got, _)) if got != want => {
                        let reason = format!("SHA-256 is {got}, SHA256SUMS says {want}");
                        if recorded.get(path) == Some(got) {
                            // The file is what manifest.json recorded: SHA256SUMS was altered.
                            report.problem("SHA256SUMS", format!("{path}: {reason}"));
                        } else if recorded.contains_key(path) {
                            report.problem(path, reason);
                        } else {
                            // manifest.json itself: no third record to tell which was altered.
                            report.problem(path, format!("{reason} (one of the two was altered)"));
                            report.problem("SHA256SUMS", format!("{path}: {reason}"));
                        }
                    }
                    _ => {}
                }
            }
            for rel in files.keys() {
                if rel != "SHA256SUMS" && !listed.contains_key(rel) {
                    report.problem(
                        rel,
                        "not listed in SHA256SUMS (a file added to the release?)",
                    );
                }
            }
        }
    }

    if let Some(m) = &manifest {
        check_manifest_files(m, &files, &digests, report);
        if let (Some(want), Some((_, _))) = (
            m["input"]["fingerprint"].as_str(),
            digests.get("sources.sha256"),
        ) {
            if let Ok(bytes) = std::fs::read(dir.join("sources.sha256")) {
                let got = sha256_hex(&bytes);
                if got != want {
                    report.problem(
                        "sources.sha256",
                        format!("its SHA-256 {got} is not manifest input.fingerprint {want}"),
                    );
                }
            }
        }
    }
    check_data(dir, manifest.as_ref(), report);
    if let Some(m) = &manifest {
        check_report(dir, m, files.contains_key(crate::report::FILE_NAME), report);
    }
    Ok(())
}

/// `report.html` must be what `corpack report` renders from the release's own files, so the
/// report and `verify` never disagree. Checked for releases made by this corpack version (the
/// template belongs to the version); earlier releases may have none.
fn check_report(dir: &Path, m: &serde_json::Value, present: bool, report: &mut Report) {
    use crate::report::{render, DEFAULT_SAMPLE, FILE_NAME};
    if m["tool"]["version"].as_str() != Some(env!("CARGO_PKG_VERSION")) {
        return;
    }
    if !present {
        report.problem(
            FILE_NAME,
            "missing (every release of this corpack version has one)",
        );
        return;
    }
    let sample = m["build"]["report_sample"]
        .as_u64()
        .map_or(DEFAULT_SAMPLE, |n| n as usize);
    match (render(dir, sample), std::fs::read(dir.join(FILE_NAME))) {
        (Ok(want), Ok(got)) if want.as_bytes() == got.as_slice() => {}
        (Ok(_), Ok(_)) => report.problem(
            FILE_NAME,
            "does not match the release's data (corpack report renders it differently)",
        ),
        (Err(e), _) => report.problem(
            FILE_NAME,
            format!("cannot be rendered from the release: {e}"),
        ),
        (_, Err(e)) => report.problem(FILE_NAME, e.to_string()),
    }
}

fn check_manifest_files(
    m: &serde_json::Value,
    files: &BTreeMap<String, PathBuf>,
    digests: &BTreeMap<&str, (String, u64)>,
    report: &mut Report,
) {
    let Some(entries) = m["files"].as_array() else {
        report.problem("manifest.json", "has no files[] list");
        return;
    };
    let mut listed = BTreeSet::new();
    for e in entries {
        let (Some(path), Some(bytes), Some(sha)) = (
            e["path"].as_str(),
            e["bytes"].as_u64(),
            e["sha256"].as_str(),
        ) else {
            report.problem("manifest.json", format!("malformed files[] entry {e}"));
            continue;
        };
        listed.insert(path.to_string());
        match digests.get(path) {
            None => report.problem(path, "listed in manifest.json files[] but missing"),
            Some((got, n)) => {
                if *n != bytes {
                    report.problem(path, format!("is {n} bytes, manifest.json says {bytes}"));
                }
                if got != sha {
                    report.problem(path, format!("SHA-256 is {got}, manifest.json says {sha}"));
                }
            }
        }
    }
    for rel in files.keys() {
        if rel != "manifest.json"
            && rel != "SHA256SUMS"
            && rel != crate::report::FILE_NAME
            && !listed.contains(rel)
        {
            report.problem(
                rel,
                "not in manifest.json files[] (a file added to the release?)",
            );
        }
    }
}

/// Schema, rows, digests of texts, and Parquet/CSV agreement.
fn check_data(dir: &Path, manifest: Option<&serde_json::Value>, report: &mut Report) {
    // The release's schema.json, and the declared one when the versions agree.
    let schema = match std::fs::read_to_string(dir.join("schema.json")) {
        Err(_) => {
            report.problem("schema.json", "missing or unreadable");
            None
        }
        Ok(text) => match parse_decl(&text).and_then(|d| Ok((to_arrow(&d)?, d))) {
            Err(e) => {
                let e = e.to_string();
                let e = e.trim_start_matches("schema/documents.schema.json: ");
                report.problem(
                    "schema.json",
                    format!("not a valid schema declaration: {e}"),
                );
                None
            }
            Ok((arrow, decl)) => {
                // Same version, same columns (names, types, nullability); descriptions may
                // have been reworded since.
                if decl.schema_version == declared().schema_version
                    && to_arrow(declared()).ok().as_ref() != Some(&arrow)
                {
                    report.problem(
                        "schema.json",
                        format!(
                            "its columns differ from schema/documents.schema.json although both say version {}",
                            decl.schema_version
                        ),
                    );
                }
                if let Some(v) = manifest.and_then(|m| m["schema_version"].as_u64()) {
                    if v != u64::from(decl.schema_version) {
                        report.problem(
                            "schema.json",
                            format!("is version {}, manifest.json says {v}", decl.schema_version),
                        );
                    }
                }
                Some(arrow)
            }
        },
    };
    let parts = |ext: &str| data_parts(dir, ext).unwrap_or_default();
    let rel = |p: &Path| format!("data/{}", file_name(p));
    let parquet = parts("parquet");
    if parquet.is_empty() {
        report.problem("data/", "no Parquet parts");
    }
    let mut all: Vec<Document> = Vec::new();
    for p in &parquet {
        if let Some(want) = &schema {
            if let Some(reason) = schema_mismatch(p, want) {
                report.problem(rel(p), reason);
            }
        }
        let docs = match read_parquet(p) {
            Ok(d) => d,
            Err(e) => {
                report.problem(rel(p), strip_path(&e.to_string(), p));
                continue;
            }
        };
        for (i, d) in docs.iter().enumerate() {
            if sha256_hex(d.text.as_bytes()) != d.text_sha256 {
                report.problem(
                    rel(p),
                    format!(
                        "row {} ({}): text_sha256 does not match text",
                        i + 1,
                        d.doc_id
                    ),
                );
            }
        }
        check_csv_agrees(p, &docs, report);
        all.extend(docs);
    }
    report.rows = all.len();
    if let Some(want) = manifest.and_then(|m| m["counts"]["documents"].as_u64()) {
        if want != all.len() as u64 {
            report.problem(
                "data/",
                format!(
                    "{} rows in the Parquet parts, manifest.json says {want}",
                    all.len()
                ),
            );
        }
    }
    for w in all.windows(2) {
        if w[0].doc_id >= w[1].doc_id {
            let what = if w[0].doc_id == w[1].doc_id {
                "appears twice"
            } else {
                "is out of order"
            };
            report.problem("data/", format!("doc_id {:?} {what}", w[1].doc_id));
        }
    }
}

/// An error message without the absolute path (the report names the file already).
fn strip_path(message: &str, p: &Path) -> String {
    message
        .strip_prefix(&format!("{}: ", p.display()))
        .unwrap_or(message)
        .to_string()
}

/// How the Parquet part's schema differs from `want`, if it does.
fn schema_mismatch(p: &Path, want: &arrow_schema::SchemaRef) -> Option<String> {
    let file = File::open(p).ok()?;
    let got = match ParquetRecordBatchReaderBuilder::try_new(file) {
        Ok(b) => b.schema().clone(),
        Err(_) => return None, // reported when the rows are read
    };
    let fields = |s: &arrow_schema::Schema| -> Vec<String> {
        s.fields()
            .iter()
            .map(|f| {
                format!(
                    "{}: {}{}",
                    f.name(),
                    f.data_type(),
                    if f.is_nullable() { "" } else { " not null" }
                )
            })
            .collect()
    };
    let (g, w) = (fields(&got), fields(want));
    if g == w {
        return None;
    }
    let detail = g
        .iter()
        .zip(&w)
        .find(|(a, b)| a != b)
        .map(|(a, b)| format!("column {a:?} where the schema declares {b:?}"))
        .unwrap_or_else(|| format!("{} columns where the schema declares {}", g.len(), w.len()));
    Some(format!("Parquet schema differs from schema.json: {detail}"))
}

/// The CSV part beside a Parquet part holds the same rows, byte for byte as corpack writes them.
fn check_csv_agrees(parquet: &Path, docs: &[Document], report: &mut Report) {
    let csv_path = parquet.with_extension("csv");
    let rel = format!("data/{}", file_name(&csv_path));
    let Ok(bytes) = std::fs::read(&csv_path) else {
        report.problem(rel, "missing: every Parquet part has a CSV twin");
        return;
    };
    let want = match write_csv_to(Vec::new(), docs) {
        Ok(v) => v,
        Err(e) => {
            report.problem(rel, format!("cannot render the Parquet rows as CSV: {e}"));
            return;
        }
    };
    if want == bytes {
        return;
    }
    // Say where: the first row whose fields differ, else a formatting difference.
    let mut r = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let mut n = 0;
    for (i, rec) in r.records().enumerate() {
        n = i + 1;
        let Ok(rec) = rec else {
            report.problem(rel, format!("row {} is not valid CSV", i + 1));
            return;
        };
        let Some(d) = docs.get(i) else { break };
        let fields = csv_row(d);
        if let Some(col) = (0..fields.len()).find(|&c| rec.get(c) != Some(fields[c].as_str())) {
            let name = crate::schema::arrow_schema().field(col).name().clone();
            report.problem(
                rel,
                format!(
                    "row {} ({}): column {name} differs from the Parquet part",
                    i + 1,
                    d.doc_id
                ),
            );
            return;
        }
    }
    if n != docs.len() {
        report.problem(
            rel,
            format!("{n} rows, the Parquet part has {}", docs.len()),
        );
    } else {
        report.problem(
            rel,
            "same values as the Parquet part but not the bytes corpack writes",
        );
    }
}

/// Rebuilds the release from `input` with the settings its manifest records and the rules copy
/// it holds, into a temporary folder, and lists every file whose bytes differ. Only a release
/// built by this tool version can be reproduced; another version is one problem saying so.
pub fn rebuild(release_path: &Path, input: &Path, jobs: Option<usize>) -> Result<Vec<Problem>> {
    let release = Release::open(release_path)?;
    let m = &release.manifest;
    let problem = |reason: String| {
        Ok(vec![Problem {
            file: "manifest.json".into(),
            reason,
        }])
    };
    let tool = m["tool"]["version"]
        .as_str()
        .unwrap_or("an unknown version");
    if tool != env!("CARGO_PKG_VERSION") {
        return problem(format!(
            "built by corpack {tool}; this is corpack {}: only the same tool version can reproduce it byte for byte",
            env!("CARGO_PKG_VERSION")
        ));
    }
    let settings = match settings_from_manifest(&release, input, jobs) {
        Ok(s) => s,
        Err(reason) => return problem(reason),
    };
    let tmp = tempfile::Builder::new()
        .prefix("corpack-rebuild-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let settings = BuildSettings {
        out: tmp.path().to_path_buf(),
        ..settings
    };
    let built = crate::pipeline::build(&settings, &crate::pipeline::NoProgress)?;
    let mut problems = Vec::new();
    for (file, d) in tree_differences(&release.dir, &built.release_dir)? {
        let reason = match d {
            TreeDiff::Bytes => "differs from the rebuild",
            TreeDiff::OnlyFirst => "the rebuild has no such file",
            TreeDiff::OnlySecond => "the rebuild has this file; the release does not",
        };
        problems.push(Problem {
            file,
            reason: reason.into(),
        });
    }
    if release_path.is_dir() {
        let zip_name = format!("{}.zip", release.name);
        let beside = release_path.with_file_name(&zip_name);
        let rebuilt_zip = built.release_dir.with_file_name(&zip_name);
        if beside.is_file() && std::fs::read(&beside).ok() != std::fs::read(&rebuilt_zip).ok() {
            problems.push(Problem {
                file: zip_name,
                reason: "differs from the rebuild".into(),
            });
        }
    }
    Ok(problems)
}

/// The build settings a release records, pointed at `input`.
fn settings_from_manifest(
    release: &Release,
    input: &Path,
    jobs: Option<usize>,
) -> std::result::Result<BuildSettings, String> {
    let m = &release.manifest;
    let text = |k: &str| {
        m[k].as_str()
            .map(str::to_string)
            .ok_or(format!("has no {k}"))
    };
    let from = |v: &serde_json::Value, what: &str| -> std::result::Result<_, String> {
        if v.is_null() {
            return Err(format!(
                "has no {what}: it predates rebuild records (corpack 0.4.0)"
            ));
        }
        Ok(v.clone())
    };
    let parse = |v: serde_json::Value, what: &str| format!("{what} is malformed: {v}");
    let strip_v = from(&m["build"]["boilerplate"], "build.boilerplate")?;
    let strip =
        serde_json::from_value(strip_v.clone()).map_err(|_| parse(strip_v, "build.boilerplate"))?;
    let lang_v = from(&m["annotation"]["lang"]["settings"], "annotation.lang")?;
    let lang =
        serde_json::from_value(lang_v.clone()).map_err(|_| parse(lang_v, "annotation.lang"))?;
    let dedup_v = from(&m["annotation"]["dedup"]["settings"], "annotation.dedup")?;
    let dedup =
        serde_json::from_value(dedup_v.clone()).map_err(|_| parse(dedup_v, "annotation.dedup"))?;
    let version = text("version")?;
    let citation = serde_json::from_value(m["citation"].clone()).unwrap_or_default();
    let card = serde_json::from_value(m["card"].clone()).unwrap_or_default();
    let rules = match m["rules"].as_array().and_then(|r| r.first()) {
        None => None,
        Some(r) => {
            let file = r["file"].as_str().ok_or("rules[0] has no file")?;
            let p = release.dir.join("rules").join(file);
            let sha = sha256_file(&p).map_err(|e| e.to_string())?.0;
            if Some(sha.as_str()) != r["sha256"].as_str() {
                return Err(format!(
                    "rules/{file} is not the rules file the manifest fingerprints"
                ));
            }
            Some(p)
        }
    };
    Ok(BuildSettings {
        name: text("name")?,
        version: semver::Version::parse(&version).map_err(|e| format!("version: {e}"))?,
        title: text("title")?,
        description: text("description")?,
        license: text("license")?,
        license_note: text("license_note")?,
        input: input.to_path_buf(),
        out: PathBuf::new(),
        jobs: jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        strict: false,
        zip: true,
        part_max_bytes: m["build"]["part_max_bytes"]
            .as_u64()
            .ok_or("has no build.part_max_bytes")?,
        report_sample: m["build"]["report_sample"]
            .as_u64()
            .map_or(crate::report::DEFAULT_SAMPLE, |n| n as usize),
        source_date_epoch: m["build"]["source_date_epoch"].as_i64(),
        rules,
        strip,
        lang,
        dedup,
        citation,
        card,
        previous: serde_json::from_value(m["previous"].clone()).unwrap_or(None),
        limits: crate::config::InputLimits {
            max_file_bytes: m["build"]["max_file_bytes"]
                .as_u64()
                .ok_or("has no build.max_file_bytes")?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_lines_parse_like_sha256sum() {
        let s = parse_sums("abc  a.txt\n\\def  b\\nc\nff *bin\n");
        assert_eq!(s["a.txt"], "abc");
        assert_eq!(s["b\nc"], "def");
        assert_eq!(s["bin"], "ff");
    }
}
