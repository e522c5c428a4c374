//! Stage 10, package: assemble the release folder (data parts, `sources.sha256`, `schema.json`,
//! `croissant.json`, `datapackage.json`, `manifest.json`, dataset card, `SHA256SUMS`) and its zip in a staging folder beside the
//! destination, then move it into place, or, when that version already exists, prove the new
//! build identical or refuse.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::BuildSettings;
use crate::error::{Error, Result};
use crate::hash::{sha256_file, sha256_hex, sha256sum_line};
use crate::manifest::{
    Annotation, BuildRecord, Counts, FileEntry, InputSummary, Manifest, RuleFile, Tool,
};
use crate::record::{Document, Rejection};
use crate::schema::{declared, SCHEMA_JSON};
use crate::write::{part_stem, plan_parts, CsvPart, ParquetPart};

/// Deflate level of the zip's non-Parquet entries: fixed, because it is part of the bytes.
/// Level 2 (zlib-rs's greedy `deflate_fast`): on the 100 MiB benchmark corpus's CSV part (105 MB)
/// it deflates at 149 MB/s against 97 MB/s at level 3 (lazy matching) for a member 7.7% larger
/// (31.0 against 28.8 MB); level 1 is faster still (205 MB/s) but 53% larger. Level 6, the
/// default, ran at 39 MB/s and made the zip 27% of a build's wall time.
pub const ZIP_DEFLATE_LEVEL: i64 = 2;

/// Mode of every zip entry.
const ZIP_FILE_MODE: u32 = 0o644;

/// What the build did with the release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseStatus {
    /// A new release was written.
    Created,
    /// The release already existed with exactly these bytes; nothing was written.
    Unchanged,
}

/// Where packaging reads the full rows from, in `doc_id` order: a slice in memory, or the rows a
/// build spilled to disk (so a corpus larger than memory streams through).
pub trait Rows: Sync {
    /// How many rows there are.
    fn len(&self) -> usize;
    /// Whether there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Calls `f` on each full row of `range` (row numbers), in order. Ranges can be read
    /// concurrently: the parts are written in parallel.
    fn for_each_row_in(
        &self,
        range: std::ops::Range<usize>,
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()>;
    /// Calls `f` on every full row, in order.
    fn for_each_row(&self, f: &mut dyn FnMut(Document) -> Result<()>) -> Result<()> {
        self.for_each_row_in(0..self.len(), f)
    }
}

impl Rows for [Document] {
    fn len(&self) -> usize {
        <[Document]>::len(self)
    }
    fn for_each_row_in(
        &self,
        range: std::ops::Range<usize>,
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()> {
        self.get(range)
            .unwrap_or_default()
            .iter()
            .try_for_each(|d| f(d.clone()))
    }
}

/// The inputs of packaging: the processed corpus.
pub struct Corpus<'a> {
    /// The rows as the manifest and card count them, sorted by doc_id: every field but `text`
    /// and the removed lines' `text`, which may be left empty (see `rows` and `text_bytes`).
    pub documents: &'a [Document],
    /// The full rows, in the same order.
    pub rows: &'a dyn Rows,
    /// Bytes of each row's text, in the same order.
    pub text_bytes: &'a [u64],
    /// Rejections, sorted by path.
    pub rejected: &'a [Rejection],
    /// Skipped junk files.
    pub skipped: &'a [String],
    /// `(source path, sha256, bytes)` of every input read, sorted by path.
    pub sources: &'a [(String, String, u64)],
    /// The boilerplate rules used (fingerprinted in the manifest).
    pub rules: &'a crate::boilerplate::Rules,
    /// How many distinct lines the corpus-level repetition pass flagged.
    pub repeated_lines: usize,
    /// UAX #29 words of the rows' texts before boilerplate removal.
    pub words_in: u64,
    /// Boilerplate removals per rule id, over all rows (the rows' own lists may be dropped).
    pub removals: &'a std::collections::BTreeMap<String, u64>,
    /// The language detection settings used.
    pub lang: &'a crate::lang::LangSettings,
    /// The duplicate detection settings used.
    pub dedup: &'a crate::dedup::DedupSettings,
    /// The comparison with the previous release, for the manifest and the card.
    pub previous: Option<&'a crate::manifest::Previous>,
    /// Where packaging reports its steps ([`crate::Phase::Report`], [`crate::Phase::Zip`]).
    pub progress: &'a dyn crate::Progress,
}

/// Where the release went and how big it is.
#[derive(Debug, Clone)]
pub struct Packaged {
    /// The release folder.
    pub dir: PathBuf,
    /// The zip (not written with `--no-zip`).
    pub zip: PathBuf,
    /// Bytes of all release files plus the zip.
    pub bytes_out: u64,
    /// Created or unchanged.
    pub status: ReleaseStatus,
}

/// Writes `corpus` as release `settings.release_name()` under `settings.out`.
pub fn package(settings: &BuildSettings, corpus: &Corpus<'_>) -> Result<Packaged> {
    let out = &settings.out;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    // One build writes into an output folder at a time; the lock goes with the process, so a
    // killed build never leaves it held.
    let _lock = lock_out_dir(out)?;
    remove_leftovers(out, &settings.release_name())?;
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(out)
        .map_err(|e| Error::io(out, e))?;
    let _registered = Registered::new(staging.path());
    let name = settings.release_name();
    let stage_dir = staging.path().join(&name);
    let zip_name = format!("{name}.zip");
    let stage_zip = staging.path().join(&zip_name);
    let entries = settings
        .zip
        .then(|| ZipEntries::new(&stage_zip, &name, settings.source_date_epoch))
        .transpose()?;
    write_release_dir(settings, corpus, &stage_dir, entries.as_ref())?;
    let sha_name = format!("{zip_name}.sha256");
    let mut zip_bytes = 0;
    if let Some(entries) = entries {
        let (zip_sha, n) = entries.write(&stage_dir, &stage_zip)?;
        zip_bytes = n;
        write_file(
            &staging.path().join(&sha_name),
            sha256sum_line(&zip_sha, &zip_name).as_bytes(),
        )?;
    }

    let dir_bytes: u64 = list_files(&stage_dir)?
        .iter()
        .map(|(_, p)| p.metadata().map(|m| m.len()).unwrap_or(0))
        .sum();
    let bytes_out = dir_bytes + zip_bytes;
    let final_dir = out.join(&name);
    let final_zip = out.join(&zip_name);
    let final_sha = out.join(&sha_name);

    if final_dir.exists() {
        let mut diff = first_difference(&stage_dir, &final_dir)?;
        for (staged, existing) in [
            (&stage_zip, &final_zip),
            (&staging.path().join(&sha_name), &final_sha),
        ] {
            if diff.is_none() && settings.zip && !same_bytes(staged, existing) {
                diff = existing
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned());
            }
        }
        return match diff {
            None => Ok(Packaged {
                dir: final_dir,
                zip: final_zip,
                bytes_out,
                status: ReleaseStatus::Unchanged,
            }),
            Some(file) => Err(Error::ReleaseExists {
                path: final_dir,
                file,
            }),
        };
    }
    // The folder is renamed last: a release exists once its folder does. A zip left without its
    // folder by a kill between the renames is removed by the next build (`remove_leftovers`).
    for (from, to) in [
        (stage_zip, final_zip.clone()),
        (staging.path().join(&sha_name), final_sha),
        (stage_dir, final_dir.clone()),
    ] {
        if !from.exists() {
            continue; // no zip (`--no-zip`)
        }
        std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
    }
    sync_dir(out)?;
    Ok(Packaged {
        dir: final_dir,
        zip: final_zip,
        bytes_out,
        status: ReleaseStatus::Created,
    })
}

/// The name of the rules copy in the release (`rules/<name>`): the file's own name, or
/// `boilerplate.toml` for rules that did not come from a file.
pub fn rules_file_name(rules: &crate::boilerplate::Rules) -> String {
    let origin = rules.origin();
    if origin.is_empty() || origin.contains(['/', '\\']) || origin.starts_with('.') {
        "boilerplate.toml".into()
    } else {
        origin.to_string()
    }
}

/// Name prefix of the staging folders beside the releases.
pub const STAGING_PREFIX: &str = ".corpack-staging-";

/// Takes the exclusive lock of the output folder (an advisory `flock` on the folder itself, so
/// no lock file is left behind), or fails at once if another build holds it.
fn lock_out_dir(out: &Path) -> Result<File> {
    let dir = File::open(out).map_err(|e| Error::io(out, e))?;
    match dir.try_lock() {
        Ok(()) => Ok(dir),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::Locked {
            path: out.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(out, e)),
    }
}

/// Removes what an interrupted build left in `out` (called under the lock, so no running build
/// owns them): staging folders, and a zip or `.zip.sha256` of `release` without its folder.
fn remove_leftovers(out: &Path, release: &str) -> Result<()> {
    for e in std::fs::read_dir(out).map_err(|e| Error::io(out, e))? {
        let p = e.map_err(|e| Error::io(out, e))?.path();
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        if name
            .as_deref()
            .is_some_and(|n| n.starts_with(STAGING_PREFIX))
            && p.is_dir()
        {
            std::fs::remove_dir_all(&p).map_err(|e| Error::io(&p, e))?;
        }
    }
    if !out.join(release).is_dir() {
        for leftover in [format!("{release}.zip"), format!("{release}.zip.sha256")] {
            let p = out.join(leftover);
            if p.is_file() {
                std::fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
            }
        }
    }
    Ok(())
}

/// Staging folders of builds in progress, for [`abort_cleanup`].
static STAGING: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Keeps a staging folder registered while it exists.
pub(crate) struct Registered(PathBuf);

impl Registered {
    pub(crate) fn new(p: &Path) -> Self {
        if let Ok(mut v) = STAGING.lock() {
            v.push(p.to_path_buf());
        }
        Registered(p.to_path_buf())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut v) = STAGING.lock() {
            v.retain(|p| p != &self.0);
        }
    }
}

/// Removes the staging folders of builds in progress: what an interrupt handler calls before
/// the process exits, so Ctrl-C leaves the output folder as it was.
pub fn abort_cleanup() {
    let dirs = STAGING.lock().map(|v| v.clone()).unwrap_or_default();
    for d in dirs {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// Writes the release folder's files into `dir`.
///
/// With `zip`, the CSV parts are deflated into it on threads of their own while the metadata and
/// the report are written (when the build has more than one job).
pub fn write_release_dir(
    settings: &BuildSettings,
    corpus: &Corpus<'_>,
    dir: &Path,
    zip: Option<&ZipEntries>,
) -> Result<()> {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).map_err(|e| Error::io(&data, e))?;

    let parts = plan_parts(corpus.text_bytes, settings.part_max_bytes);
    let parquet_paths: Vec<String> = (0..parts.len())
        .map(|k| format!("data/{}.parquet", part_stem(k, parts.len())))
        .collect();
    let csv: Vec<(String, PathBuf)> = (0..parts.len())
        .map(|k| {
            let rel = format!("data/{}.csv", part_stem(k, parts.len()));
            let path = dir.join(&rel);
            (rel, path)
        })
        .collect();
    if corpus.rows.len() != corpus.text_bytes.len() {
        return Err(Error::io(
            &data,
            std::io::Error::other(format!(
                "{} rows came from the build for {} planned",
                corpus.rows.len(),
                corpus.text_bytes.len()
            )),
        ));
    }
    // Each part streams its rows from the build's spill into its Parquet and CSV files; the
    // parts are written in parallel (each file's bytes depend on its rows only). Their
    // checksums are taken as they are written.
    let sums: Vec<[(String, (String, u64)); 2]> = parts
        .par_iter()
        .enumerate()
        .map(|(k, range)| -> Result<_> {
            let mut pq = ParquetPart::create_with(&dir.join(&parquet_paths[k]), settings.jobs > 1)?;
            let mut part = CsvPart::create(&csv[k].1)?;
            corpus.rows.for_each_row_in(range.clone(), &mut |d| {
                part.push(&d)?;
                pq.push(d)
            })?;
            Ok([
                (parquet_paths[k].clone(), pq.finish()?),
                (csv[k].0.clone(), part.finish()?),
            ])
        })
        .collect::<Result<_>>()?;
    let part_sums: std::collections::BTreeMap<String, (String, u64)> =
        sums.into_iter().flatten().collect();

    // The CSV parts are final: deflating them for the zip (a few seconds a gigabyte) need not
    // wait for the metadata and the report, which leave a core idle.
    let early = zip.filter(|_| settings.jobs > 1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = early
            .map(|z| {
                (0..settings.jobs.min(csv.len()))
                    .map(|t| {
                        let mine: Vec<&(String, PathBuf)> =
                            csv.iter().skip(t).step_by(settings.jobs).collect();
                        scope.spawn(move || -> Result<()> {
                            mine.iter().try_for_each(|(rel, path)| z.deflate(rel, path))
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let written = write_metadata(settings, corpus, dir, &parquet_paths, &part_sums);
        // What is left of the CSV parts' deflating is the zip's time, not the report's.
        corpus.progress.phase(crate::Phase::Zip);
        for w in workers {
            w.join()
                .map_err(|_| Error::io(dir, std::io::Error::other("a zip thread panicked")))??;
        }
        written
    })
}

/// The rest of [`write_release_dir`] once the data parts are written: `sources.sha256`,
/// `schema.json`, the rules, the interop metadata, the card, the manifest, the report and
/// `SHA256SUMS`. `parts` holds the data parts' SHA-256 and size, taken as they were written.
fn write_metadata(
    settings: &BuildSettings,
    corpus: &Corpus<'_>,
    dir: &Path,
    parquet_paths: &[String],
    parts: &std::collections::BTreeMap<String, (String, u64)>,
) -> Result<()> {
    let data = dir.join("data");
    let sources: String = corpus
        .sources
        .iter()
        .map(|(p, h, _)| sha256sum_line(h, p))
        .collect();
    write_file(&dir.join("sources.sha256"), sources.as_bytes())?;
    write_file(&dir.join("schema.json"), SCHEMA_JSON.as_bytes())?;
    if !corpus.rules.rules().is_empty() {
        let rules_dir = dir.join("rules");
        std::fs::create_dir_all(&rules_dir).map_err(|e| Error::io(&rules_dir, e))?;
        write_file(
            &rules_dir.join(rules_file_name(corpus.rules)),
            corpus.rules.text().as_bytes(),
        )?;
    }

    let docs = corpus.documents;
    let files = |dir: &Path| -> Result<Vec<FileEntry>> {
        list_files(dir)?
            .into_par_iter()
            .map(|(rel, path)| {
                let (sha256, bytes) = match parts.get(&rel) {
                    // Written by this build: hashed on the way (a part of another size has
                    // changed since, and is read again).
                    Some((sha, n)) if path.metadata().is_ok_and(|m| m.len() == *n) => {
                        (sha.clone(), *n)
                    }
                    _ => sha256_file(&path)?,
                };
                Ok(FileEntry {
                    path: rel,
                    bytes,
                    sha256,
                })
            })
            .collect()
    };
    let dups = crate::manifest::DuplicateCounts::of(docs);
    let mut manifest = Manifest {
        name: settings.name.clone(),
        version: settings.version.to_string(),
        title: settings.title.clone(),
        description: settings.description.clone(),
        license: settings.license.clone(),
        license_note: settings.license_note.clone(),
        citation: settings.citation.clone(),
        card: settings.card.clone(),
        schema_version: declared().schema_version,
        tool: Tool {
            name: "corpack".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        rules: if corpus.rules.rules().is_empty() {
            Vec::new()
        } else {
            vec![RuleFile {
                name: "boilerplate".into(),
                file: rules_file_name(corpus.rules),
                rules: corpus.rules.rules().len() as u64,
                sha256: corpus.rules.sha256().to_string(),
            }]
        },
        annotation: Annotation::of(corpus.lang, corpus.dedup),
        previous: corpus.previous.cloned(),
        build: BuildRecord::of(settings),
        input: InputSummary {
            files: corpus.sources.len() as u64,
            bytes: corpus.sources.iter().map(|s| s.2).sum(),
            fingerprint: sha256_hex(sources.as_bytes()),
        },
        counts: Counts {
            documents: docs.len() as u64,
            rejected: corpus.rejected.len() as u64,
            skipped: corpus.skipped.len() as u64,
            canonical: docs.iter().filter(|d| d.duplicate_of.is_none()).count() as u64,
            exact_duplicates: dups.exact,
            near_duplicates: dups.near,
            bytes_in: docs.iter().map(|d| d.source_bytes as u64).sum(),
            text_bytes: corpus.text_bytes.iter().sum(),
            chars: docs.iter().map(|d| d.n_chars as u64).sum(),
            words_in: corpus.words_in,
            words: docs.iter().map(|d| d.n_words as u64).sum(),
            parts: parquet_paths.len() as u64,
            boilerplate_lines: corpus.removals.values().sum(),
            repeated_lines: corpus.repeated_lines as u64,
            titles: docs.iter().filter(|d| d.title.is_some()).count() as u64,
        },
        languages: crate::manifest::languages(docs),
        rejected: corpus.rejected.to_vec(),
        skipped: corpus.skipped.to_vec(),
        files: files(dir)?,
    };
    write_interop_metadata(dir, &mut manifest)?;
    // The card lists the data files, so it is written before it is added to the manifest.
    let mut rule_counts: Vec<(String, u64)> = corpus
        .removals
        .iter()
        .map(|(k, &v)| (k.clone(), v))
        .collect();
    rule_counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let card = crate::card::render(
        &manifest,
        &crate::card::Extras {
            data_parquet: parquet_paths,
            rule_counts: &rule_counts,
            sources: corpus.sources,
            changes: corpus.previous.map(|p| p.changes.as_str()),
        },
    );
    // The files written from memory are fingerprinted from memory: each data file is hashed once.
    let written = |path: &str, bytes: &[u8]| FileEntry {
        path: path.into(),
        bytes: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    };
    write_file(&dir.join("README.md"), card.as_bytes())?;
    manifest.files.push(written("README.md", card.as_bytes()));
    manifest.files.sort_by(|a, b| a.path.cmp(&b.path));
    let manifest_json = manifest.to_json();
    write_file(&dir.join("manifest.json"), manifest_json.as_bytes())?;

    // The report, from the values just written: what `corpack report` renders from the files.
    corpus.progress.phase(crate::Phase::Report);
    let report = crate::report::render_rows(
        dir,
        &manifest_json,
        (!corpus.rules.rules().is_empty()).then(|| corpus.rules.text()),
        corpus.documents,
        corpus.removals,
        corpus.rows,
        settings.report_sample,
    )?;
    write_file(&dir.join(crate::report::FILE_NAME), report.as_bytes())?;

    let mut all = manifest.files.clone();
    all.push(written("manifest.json", manifest_json.as_bytes()));
    all.push(written(crate::report::FILE_NAME, report.as_bytes()));
    all.sort_by(|a, b| a.path.cmp(&b.path));
    let sums: String = all
        .iter()
        .map(|f| sha256sum_line(&f.sha256, &f.path))
        .collect();
    write_file(&dir.join("SHA256SUMS"), sums.as_bytes())?;
    sync_dir(&data)?;
    sync_dir(dir)
}

/// Writes `croissant.json` and `datapackage.json`, generated from `manifest` (whose `files`
/// already hold the data parts' sizes and digests) and the declared schema, and lists them in
/// `manifest.files`: after the data parts, before the card and the manifest that list them.
fn write_interop_metadata(dir: &Path, manifest: &mut Manifest) -> Result<()> {
    let parts: Vec<FileEntry> = manifest
        .files
        .iter()
        .filter(|f| f.path.starts_with("data/"))
        .cloned()
        .collect();
    let files = [
        (
            crate::croissant::FILE_NAME,
            crate::croissant::render(manifest, declared(), &parts)?,
        ),
        (
            crate::datapackage::FILE_NAME,
            crate::datapackage::render(manifest, declared(), &parts)?,
        ),
    ];
    for (name, text) in files {
        write_file(&dir.join(name), text.as_bytes())?;
        manifest.files.push(FileEntry {
            path: name.into(),
            bytes: text.len() as u64,
            sha256: sha256_hex(text.as_bytes()),
        });
    }
    manifest.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(())
}

/// Every file under `dir` as `(relative '/'-path, path)`, sorted by relative path.
pub fn list_files(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io(
                &path,
                e.into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("walk failed")),
            )
        })?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        out.push((rel, entry.path().to_path_buf()));
    }
    out.sort();
    Ok(out)
}

/// Writes the deterministic zip of `dir`: entries `prefix/<path>` in sorted order, fixed
/// mode, fixed time (`SOURCE_DATE_EPOCH` when given, else 1980-01-01), fixed deflate level.
/// Parquet files are stored (they are zstd-compressed already); every other file is deflated at
/// level [`ZIP_DEFLATE_LEVEL`].
pub fn write_zip(dir: &Path, prefix: &str, zip_path: &Path, epoch: Option<i64>) -> Result<()> {
    ZipEntries::new(zip_path, prefix, epoch)?
        .write(dir, zip_path)
        .map(drop)
}

/// The entries of a release zip, deflated ahead of the zip itself: each into a one-entry zip in
/// a scratch folder beside the zip, from which [`ZipEntries::write`] copies it, still
/// compressed. A build deflates its CSV parts this way while it writes the metadata and the
/// report; the rest are deflated, in parallel, when the zip is written.
pub struct ZipEntries {
    scratch: tempfile::TempDir,
    prefix: String,
    time: zip::DateTime,
    /// Entries deflated so far: relative path → (one-entry zip, size of the file deflated).
    done: std::sync::Mutex<std::collections::BTreeMap<String, (PathBuf, u64)>>,
}

fn zip_error(path: &Path) -> impl FnOnce(zip::result::ZipError) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Zip { path, source }
}

/// Whether the entry `rel` is stored rather than deflated.
fn stored(rel: &str) -> bool {
    rel.ends_with(".parquet")
}

impl ZipEntries {
    /// Entries for the zip `zip_path` (scratch space beside it), named `prefix/<path>`, dated
    /// `epoch` (see [`zip_time`]).
    pub fn new(zip_path: &Path, prefix: &str, epoch: Option<i64>) -> Result<Self> {
        let parent = zip_path.parent().unwrap_or(Path::new("."));
        let scratch = tempfile::Builder::new()
            .prefix(".zip-entries-")
            .tempdir_in(parent)
            .map_err(|e| Error::io(parent, e))?;
        Ok(ZipEntries {
            scratch,
            prefix: prefix.to_string(),
            time: zip_time(epoch),
            done: Default::default(),
        })
    }

    fn options(&self, rel: &str, size: u64) -> zip::write::SimpleFileOptions {
        let stored = stored(rel);
        zip::write::SimpleFileOptions::default()
            .compression_method(if stored {
                zip::CompressionMethod::Stored
            } else {
                zip::CompressionMethod::Deflated
            })
            .compression_level((!stored).then_some(ZIP_DEFLATE_LEVEL))
            .last_modified_time(self.time)
            .unix_permissions(ZIP_FILE_MODE)
            .large_file(size >= u32::MAX as u64)
    }

    /// Adds the file `path` as the entry `rel` to `zw`, which writes to `out`; returns its size.
    fn add<W: Write + std::io::Seek>(
        &self,
        zw: &mut zip::ZipWriter<W>,
        rel: &str,
        path: &Path,
        out: &Path,
    ) -> Result<u64> {
        let size = path.metadata().map_err(|e| Error::io(path, e))?.len();
        zw.start_file(format!("{}/{rel}", self.prefix), self.options(rel, size))
            .map_err(zip_error(out))?;
        let mut src = File::open(path).map_err(|e| Error::io(path, e))?;
        std::io::copy(&mut src, zw).map_err(|e| Error::io(out, e))?;
        Ok(size)
    }

    /// Deflates the file `path` as the entry `rel`, which must not change afterwards (a stored
    /// entry is left to [`ZipEntries::write`], which copies it once).
    pub fn deflate(&self, rel: &str, path: &Path) -> Result<()> {
        if stored(rel) {
            return Ok(());
        }
        let name = sha256_hex(rel.as_bytes());
        let one = self.scratch.path().join(format!("{}.zip", &name[..16]));
        let file = File::create(&one).map_err(|e| Error::io(&one, e))?;
        let mut zw = zip::ZipWriter::new(std::io::BufWriter::new(file));
        let size = self.add(&mut zw, rel, path, &one)?;
        zw.finish().map_err(zip_error(&one))?;
        self.done
            .lock()
            .map_err(|_| Error::io(&one, std::io::Error::other("a zip thread panicked")))?
            .insert(rel.to_string(), (one, size));
        Ok(())
    }

    /// Writes the zip of every file under `dir` to `zip_path`, flushes it to disk and returns
    /// its SHA-256 and size: the files not deflated yet are deflated first, in parallel; a file
    /// deflated earlier whose size has changed since is an error. The checksum reads the zip
    /// back from the page cache while the disk takes it, not after.
    pub fn write(self, dir: &Path, zip_path: &Path) -> Result<(String, u64)> {
        let files = list_files(dir)?;
        let done = |rel: &str| -> Result<Option<(PathBuf, u64)>> {
            let map = self
                .done
                .lock()
                .map_err(|_| Error::io(zip_path, std::io::Error::other("a zip thread panicked")))?;
            Ok(map.get(rel).cloned())
        };
        let mut todo = Vec::new();
        for (rel, path) in &files {
            if !stored(rel) && done(rel)?.is_none() {
                todo.push((rel, path));
            }
        }
        todo.par_iter()
            .map(|(rel, path)| self.deflate(rel, path))
            .collect::<Result<()>>()?;
        let file = File::create(zip_path).map_err(|e| Error::io(zip_path, e))?;
        let mut zw = zip::ZipWriter::new(std::io::BufWriter::new(file));
        for (rel, path) in &files {
            if stored(rel) {
                self.add(&mut zw, rel, path, zip_path)?;
                continue;
            }
            let size = path.metadata().map_err(|e| Error::io(path, e))?.len();
            let Some((one, deflated)) = done(rel)? else {
                return Err(Error::io(path, std::io::Error::other("not deflated")));
            };
            if deflated != size {
                return Err(Error::io(
                    path,
                    std::io::Error::other("changed after it was added to the zip"),
                ));
            }
            let f = File::open(&one).map_err(|e| Error::io(&one, e))?;
            let archive =
                zip::ZipArchive::new(std::io::BufReader::new(f)).map_err(zip_error(&one))?;
            zw.merge_archive(archive).map_err(zip_error(zip_path))?;
        }
        let buf = zw.finish().map_err(zip_error(zip_path))?;
        let file = buf
            .into_inner()
            .map_err(|e| Error::io(zip_path, e.into_error()))?;
        std::thread::scope(|scope| {
            let sum = scope.spawn(|| sha256_file(zip_path));
            let synced = file.sync_all().map_err(|e| Error::io(zip_path, e));
            let sum = sum
                .join()
                .map_err(|_| Error::io(zip_path, std::io::Error::other("a zip thread panicked")))?;
            synced.and(sum)
        })
    }
}

/// The zip timestamp for `epoch` seconds (UTC), clamped to the DOS range 1980–2107.
pub fn zip_time(epoch: Option<i64>) -> zip::DateTime {
    let Some(secs) = epoch else {
        return zip::DateTime::default();
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    if y < 1980 {
        return zip::DateTime::default();
    }
    let (y, m, d, rem) = if y > 2107 {
        (2107, 12, 31, 86_399)
    } else {
        (y, m, d, rem)
    };
    zip::DateTime::from_date_and_time(
        y as u16,
        m as u8,
        d as u8,
        (rem / 3600) as u8,
        (rem % 3600 / 60) as u8,
        (rem % 60) as u8,
    )
    .unwrap_or_default()
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Creates `path` with `bytes` and flushes it to disk.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = File::create(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))?;
    f.sync_all().map_err(|e| Error::io(path, e))
}

fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(dir, e))?;
    let _ = dir;
    Ok(())
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    match (std::fs::read(a), std::fs::read(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// How a relative path differs between two folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeDiff {
    /// Only the first folder has it.
    OnlyFirst,
    /// Only the second folder has it.
    OnlySecond,
    /// Both have it, with different bytes.
    Bytes,
}

/// Every relative path that differs between folders `a` and `b`, sorted: what `verify` reports
/// for a zip against its folder and for a rebuild against the release.
pub fn tree_differences(a: &Path, b: &Path) -> Result<Vec<(String, TreeDiff)>> {
    let a: std::collections::BTreeMap<String, PathBuf> = list_files(a)?.into_iter().collect();
    let b: std::collections::BTreeMap<String, PathBuf> = list_files(b)?.into_iter().collect();
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    Ok(keys
        .into_iter()
        .filter_map(|k| {
            let d = match (a.get(k), b.get(k)) {
                (Some(x), Some(y)) if same_bytes(x, y) => return None,
                (Some(_), Some(_)) => TreeDiff::Bytes,
                (Some(_), None) => TreeDiff::OnlyFirst,
                (None, _) => TreeDiff::OnlySecond,
            };
            Some((k.clone(), d))
        })
        .collect())
}

/// The first file (relative path) that differs between two release folders, if any.
pub fn first_difference(a: &Path, b: &Path) -> Result<Option<String>> {
    let fa = list_files(a)?;
    let fb = list_files(b)?;
    let names_a: Vec<&String> = fa.iter().map(|x| &x.0).collect();
    let names_b: Vec<&String> = fb.iter().map(|x| &x.0).collect();
    if names_a != names_b {
        let extra = names_a
            .iter()
            .find(|n| !names_b.contains(n))
            .or_else(|| names_b.iter().find(|n| !names_a.contains(n)));
        return Ok(extra.map(|s| s.to_string()));
    }
    Ok(fa
        .iter()
        .zip(&fb)
        .find(|(x, y)| !same_bytes(&x.1, &y.1))
        .map(|(x, _)| x.0.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_000), (2022, 1, 8));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn zip_time_from_epoch() {
        let t = zip_time(Some(1_641_600_000)); // 2022-01-08 00:00:00 UTC
        assert_eq!((t.year(), t.month(), t.day(), t.hour()), (2022, 1, 8, 0));
        assert_eq!(zip_time(None), zip::DateTime::default());
        assert_eq!(zip_time(Some(0)), zip::DateTime::default());
    }

    #[test]
    fn zip_is_deterministic_and_sorted() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("r");
        std::fs::create_dir_all(src.join("data")).unwrap();
        std::fs::write(src.join("b.txt"), "b").unwrap();
        std::fs::write(src.join("data/a.txt"), "a").unwrap();
        write_zip(&src, "r-1.0.0", &dir.path().join("1.zip"), None).unwrap();
        write_zip(&src, "r-1.0.0", &dir.path().join("2.zip"), None).unwrap();
        let one = std::fs::read(dir.path().join("1.zip")).unwrap();
        assert_eq!(one, std::fs::read(dir.path().join("2.zip")).unwrap());
        let mut z =
            zip::ZipArchive::new(std::fs::File::open(dir.path().join("1.zip")).unwrap()).unwrap();
        let names: Vec<String> = (0..z.len())
            .map(|i| z.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(names, ["r-1.0.0/b.txt", "r-1.0.0/data/a.txt"]);
    }

    #[test]
    fn entries_deflated_ahead_make_the_same_zip_and_must_not_change() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("r");
        std::fs::create_dir_all(src.join("data")).unwrap();
        std::fs::write(src.join("README.md"), "# r\n").unwrap();
        std::fs::write(src.join("data/p.csv"), "id,text\n1,hello hello hello\n").unwrap();
        std::fs::write(src.join("data/p.parquet"), b"PAR1 not really PAR1").unwrap();
        let whole = dir.path().join("whole.zip");
        write_zip(&src, "r-1.0.0", &whole, Some(1_700_000_000)).unwrap();
        let ahead = dir.path().join("ahead.zip");
        let entries = ZipEntries::new(&ahead, "r-1.0.0", Some(1_700_000_000)).unwrap();
        entries
            .deflate("data/p.csv", &src.join("data/p.csv"))
            .unwrap();
        // Stored entries are copied when the zip is written, whatever was asked before.
        entries
            .deflate("data/p.parquet", &src.join("data/p.parquet"))
            .unwrap();
        let (sha, bytes) = entries.write(&src, &ahead).unwrap();
        let zipped = std::fs::read(&ahead).unwrap();
        assert_eq!(std::fs::read(&whole).unwrap(), zipped);
        // The checksum it returns is the zip's, read while the zip is synced.
        assert_eq!((sha, bytes), (sha256_hex(&zipped), zipped.len() as u64));
        let mut z = zip::ZipArchive::new(File::open(&ahead).unwrap()).unwrap();
        let methods: Vec<(String, zip::CompressionMethod)> = (0..z.len())
            .map(|i| {
                let f = z.by_index(i).unwrap();
                (f.name().unwrap().to_string(), f.compression())
            })
            .collect();
        assert_eq!(
            methods,
            [
                (
                    "r-1.0.0/README.md".to_string(),
                    zip::CompressionMethod::Deflated
                ),
                (
                    "r-1.0.0/data/p.csv".to_string(),
                    zip::CompressionMethod::Deflated
                ),
                (
                    "r-1.0.0/data/p.parquet".to_string(),
                    zip::CompressionMethod::Stored
                ),
            ]
        );

        // A part rewritten after it was deflated is refused, not zipped stale.
        let stale = dir.path().join("stale.zip");
        let entries = ZipEntries::new(&stale, "r-1.0.0", None).unwrap();
        entries
            .deflate("data/p.csv", &src.join("data/p.csv"))
            .unwrap();
        std::fs::write(src.join("data/p.csv"), "id,text\n1,changed\n2,more\n").unwrap();
        let err = entries.write(&src, &stale).unwrap_err().to_string();
        assert!(err.contains("p.csv") && err.contains("changed"), "{err}");
    }

    #[test]
    fn differences_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        for d in [&a, &b] {
            std::fs::create_dir_all(d).unwrap();
            std::fs::write(d.join("x"), "1").unwrap();
        }
        assert_eq!(first_difference(&a, &b).unwrap(), None);
        std::fs::write(b.join("x"), "2").unwrap();
        assert_eq!(first_difference(&a, &b).unwrap(), Some("x".into()));
        std::fs::write(b.join("y"), "2").unwrap();
        assert_eq!(first_difference(&a, &b).unwrap(), Some("y".into()));
    }
}
