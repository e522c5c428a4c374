//! Sharded builds: the same release from many machines.
//!
//! `corpack build --shard K/N` runs the per-document stages (read → decode → repair → normalize
//! → strip → annotate → sign) on the inputs whose `doc_id` hashes to shard `K`, and stages them
//! in `STAGING/shard-KKKKK-of-NNNNN/`; shards share nothing while they run. `corpack merge`
//! then does what needs the whole corpus, from what the shards stored:
//!
//! - **repeated lines**: each shard stores every document's repeated-line candidates and the
//!   keys of its zone lines (the lines stripping looks up). The merge counts the candidates over
//!   all shards; a document whose zone lines the corpus-wide set flags differently from its
//!   shard's own set is stripped again from its staged text (and annotated and signed again);
//!   every other row is taken as the shard wrote it.
//! - **duplicates**: decided from the stored text hashes and MinHash signatures, without reading
//!   the texts, in `doc_id` order as a single build does.
//! - **packaging**: the parts, manifest, checksums, card and zip, by the same code as `build`.
//!
//! So the release is the one a single `corpack build` of the same inputs writes, byte for byte.
//! Inputs that share a `doc_id` hash to the same shard, so doc_id collisions settle within it.

use std::collections::BinaryHeap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::boilerplate::{Repeated, RepeatedCounter};
use crate::config::BuildSettings;
use crate::discover::{discover, doc_id};
use crate::error::{Error, Result};
use crate::pipeline::{
    finish_signed, load_rules, prepare_all, prepared_records, BuildReport, Collected, Finished,
    Prepared, Progress, Rejects, StripContext,
};
use crate::record::{Outcome, Rejection};

/// Format of a shard's `part.json`; a merge refuses any other.
pub const FORMAT: &str = "corpack-shard/2";
/// Rows read from a shard's Parquet file at a time during a merge.
const MERGE_BATCH_ROWS: usize = 64;
/// Text bytes being stripped again at once during a merge (see `pipeline`'s budgets).
const MERGE_IN_FLIGHT_BYTES: u64 = 16 << 20;

/// Which shard of how many: `K/N`, with `K` counted from 0 (`0/4` … `3/4`), as Slurm array,
/// Kubernetes Indexed Job and Ray task indices are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpec {
    /// This shard, `0..count`.
    pub index: u32,
    /// How many shards.
    pub count: u32,
}

impl FromStr for ShardSpec {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = |why: &str| {
            Error::Settings(format!(
                "--shard {s:?}: {why}; write K/N with 0 <= K < N, e.g. --shard 0/4 … --shard 3/4"
            ))
        };
        let (k, n) = s.split_once('/').ok_or_else(|| bad("no '/'"))?;
        let index: u32 = k.trim().parse().map_err(|_| bad("K is not a number"))?;
        let count: u32 = n.trim().parse().map_err(|_| bad("N is not a number"))?;
        if count == 0 {
            return Err(bad("N must be at least 1"));
        }
        if index >= count {
            return Err(bad("K counts from 0 and must be below N"));
        }
        Ok(ShardSpec { index, count })
    }
}

impl std::fmt::Display for ShardSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl ShardSpec {
    /// The shard's folder name in the staging folder: `shard-KKKKK-of-NNNNN`.
    pub fn dir_name(&self) -> String {
        format!("shard-{:05}-of-{:05}", self.index, self.count)
    }

    /// Whether the input at `rel_path` belongs to this shard.
    pub fn owns(&self, rel_path: &str) -> bool {
        shard_of(&doc_id(rel_path), self.count) == self.index
    }
}

/// The shard of `doc_id` among `count`: the first 8 bytes of its SHA-256, big-endian, modulo
/// `count`. Stable across machines and versions; inputs with one doc_id share a shard.
pub fn shard_of(doc_id: &str, count: u32) -> u32 {
    let digest = Sha256::digest(doc_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) % u64::from(count.max(1))) as u32
}

/// A shard's `part.json`: what it was built with and what it found besides its rows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartManifest {
    /// [`FORMAT`].
    pub format: String,
    /// The corpack version that staged the shard; a merge needs the same one.
    pub corpack_version: String,
    /// This shard.
    pub shard: u32,
    /// Of how many.
    pub shards: u32,
    /// The build settings (`out` is the staging folder, `jobs` this shard's).
    pub settings: BuildSettings,
    /// SHA-256 of the sorted list of every path discovered in the input folder (all shards):
    /// shards that saw different trees cannot be merged.
    pub inputs_fingerprint: String,
    /// The rules file copied beside this manifest (`rules/NAME`), if any.
    pub rules_file: Option<String>,
    /// SHA-256 of the rules (empty without rules).
    pub rules_sha256: String,
    /// The lines this shard's documents repeat (the set its rows were stripped with).
    pub repeated: Vec<String>,
    /// Documents staged in `docs.jsonl` (rows and boilerplate-only rejections).
    pub documents: usize,
    /// Rows in `rows.parquet` and `rows.csv`.
    pub rows: usize,
    /// Junk files skipped by discovery (this shard's share).
    pub skipped: Vec<String>,
    /// Inputs rejected before stripping, with the sources read.
    pub rejects: Rejects,
}

/// One line of a shard's `docs.jsonl`: a document that was read and decoded, in
/// `(doc_id, path)` order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StagedDoc {
    /// The document after decode, repair and normalize (its text is in `prepared.spill`).
    pub prepared: Prepared,
    /// Where its record starts in `prepared.spill`.
    pub offset: u64,
    /// Its repeated-line candidates (see [`RepeatedCounter::candidates`]).
    pub candidates: Vec<String>,
    /// Its zone-line keys (see [`RepeatedCounter::probes`]).
    pub probes: Vec<String>,
    /// Its row in `rows.parquet`, or `None` when stripping left nothing.
    pub row: Option<usize>,
    /// Why it was rejected, when `row` is `None`.
    pub rejection: Option<Rejection>,
    /// The MinHash signature of the row's text (`None`: too short to sign).
    pub signature: Option<Vec<u64>>,
    /// UAX #29 words of the text before boilerplate removal (see [`Finished::words_in`]).
    pub words_in: i64,
}

/// What a shard staged, for the summary line.
#[derive(Debug, Clone)]
pub struct ShardReport {
    /// The shard.
    pub spec: ShardSpec,
    /// Its folder.
    pub dir: PathBuf,
    /// Rows staged.
    pub rows: usize,
    /// Inputs rejected so far (more or fewer may be after the merge's repeated-line pass).
    pub rejected: usize,
    /// Raw bytes read.
    pub bytes_in: u64,
}

fn staging_error(path: &Path, message: impl Into<String>) -> Error {
    Error::Staging {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// SHA-256 of the sorted, newline-joined paths.
fn fingerprint(mut paths: Vec<&str>) -> String {
    paths.sort_unstable();
    let mut joined = String::new();
    for p in paths {
        joined.push_str(p);
        joined.push('\n');
    }
    crate::hash::sha256_hex(joined.as_bytes())
}

/// Runs shard `spec` of the build `settings` describes, into `settings.out` (the staging
/// folder): `shard-KKKKK-of-NNNNN/` with `part.json`, `docs.jsonl`, `rows.parquet`, `rows.csv`,
/// `prepared.spill` and the rules. Written under a temporary name and renamed when complete, so
/// a shard that is run again (a retried task) replaces its folder whole.
pub fn build_shard(
    settings: &BuildSettings,
    spec: ShardSpec,
    progress: &dyn Progress,
) -> Result<ShardReport> {
    let found = discover(&settings.input)?;
    let inputs_fingerprint = fingerprint(
        found
            .files
            .iter()
            .map(|f| f.rel_path.as_str())
            .chain(found.skipped.iter().map(String::as_str))
            .chain(found.rejected.iter().map(|r| r.source_path.as_str()))
            .collect(),
    );
    let files: Vec<_> = found
        .files
        .into_iter()
        .filter(|f| spec.owns(&f.rel_path))
        .collect();
    progress.discovered(files.len());
    let rules = load_rules(settings)?;
    let detector = crate::lang::Detector::new(&settings.lang)?;

    let staging = &settings.out;
    std::fs::create_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    let final_dir = staging.join(spec.dir_name());
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{}-", spec.dir_name()))
        .tempdir_in(staging)
        .map_err(|e| Error::io(staging, e))?;
    let dir = tmp.path();
    let rules_file = match &settings.rules {
        Some(_) => {
            let name = crate::package::rules_file_name(&rules);
            let rules_dir = dir.join("rules");
            std::fs::create_dir(&rules_dir).map_err(|e| Error::io(&rules_dir, e))?;
            let path = rules_dir.join(&name);
            std::fs::write(&path, rules.text()).map_err(|e| Error::io(&path, e))?;
            Some(name)
        }
        None => None,
    };

    // Pass 1, as a single build does it; each document's lines are kept for the merge.
    let mut rejects = Rejects {
        rejected: found
            .rejected
            .into_iter()
            .filter(|r| spec.owns(&r.source_path))
            .collect(),
        sources: Vec::new(),
    };
    let skipped: Vec<String> = found.skipped.into_iter().filter(|p| spec.owns(p)).collect();
    let mut spill = crate::spill::SpillWriter::create(&dir.join("prepared.spill"))?;
    let mut counter = RepeatedCounter::default();
    let mut docs: Vec<StagedDoc> = Vec::new();
    prepare_all(
        settings,
        files,
        &mut spill,
        &mut rejects,
        true,
        progress,
        &mut |p, offset, candidates, probes| {
            counter.add(candidates.clone());
            docs.push(StagedDoc {
                prepared: p.clone(),
                offset,
                candidates,
                probes,
                row: None,
                rejection: None,
                signature: None,
                words_in: 0,
            });
            Ok(())
        },
    )?;
    let ctx = StripContext::new(&rules, counter.finish(&settings.strip), settings);

    // Pass 2 with this shard's repeated lines.
    let mut prepared = spill.into_reader()?;
    let mut spill_error: Option<Error> = None;
    let records = prepared_records(&mut prepared, &mut spill_error);
    let mut parquet =
        crate::write::ParquetPart::create_with(&dir.join("rows.parquet"), settings.jobs > 1)?;
    let mut csv = crate::write::CsvPart::create(&dir.join("rows.csv"))?;
    let mut rows = 0usize;
    let mut next = 0usize;
    let mut bytes_in = 0u64;
    crate::ordered::ordered_map(
        settings.jobs,
        records,
        MERGE_IN_FLIGHT_BYTES,
        |p| p.text.len() as u64,
        |p| finish_signed(p, &ctx, Some(&detector), Some(&settings.dedup)),
        |finished| {
            let staged = docs.get_mut(next).ok_or_else(|| {
                staging_error(
                    dir,
                    "the prepared spill holds more documents than were staged",
                )
            })?;
            next += 1;
            bytes_in += staged.prepared.source_bytes;
            staged.words_in = finished.words_in;
            match finished.outcome {
                Outcome::Row(d) => {
                    staged.row = Some(rows);
                    staged.signature = finished.signature;
                    rows += 1;
                    csv.push(&d)?;
                    parquet.push(*d)?;
                }
                Outcome::Rejected(r) => staged.rejection = Some(r),
            }
            Ok(())
        },
    )?;
    if let Some(e) = spill_error {
        return Err(e);
    }
    parquet.finish()?;
    csv.finish()?;

    let docs_path = dir.join("docs.jsonl");
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(&docs_path).map_err(|e| Error::io(&docs_path, e))?,
    );
    for d in &docs {
        serde_json::to_writer(&mut out, d)
            .map_err(|e| Error::io(&docs_path, std::io::Error::other(e)))?;
        out.write_all(b"\n").map_err(|e| Error::io(&docs_path, e))?;
    }
    out.into_inner()
        .map_err(|e| Error::io(&docs_path, e.into_error()))?
        .sync_all()
        .map_err(|e| Error::io(&docs_path, e))?;

    bytes_in += rejects.sources.iter().map(|s| s.2).sum::<u64>();
    let rejected = rejects.rejected.len() + docs.iter().filter(|d| d.row.is_none()).count();
    let manifest = PartManifest {
        format: FORMAT.to_string(),
        corpack_version: env!("CARGO_PKG_VERSION").to_string(),
        shard: spec.index,
        shards: spec.count,
        settings: settings.clone(),
        inputs_fingerprint,
        rules_file,
        rules_sha256: rules.sha256().to_string(),
        repeated: ctx.repeated.keys(),
        documents: docs.len(),
        rows,
        skipped,
        rejects,
    };
    let part = dir.join("part.json");
    let json = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| Error::io(&part, std::io::Error::other(e)))?;
    std::fs::write(&part, json).map_err(|e| Error::io(&part, e))?;

    // Replace an earlier run of this shard whole.
    if final_dir.exists() {
        std::fs::remove_dir_all(&final_dir).map_err(|e| Error::io(&final_dir, e))?;
    }
    let tmp = tmp.keep();
    std::fs::rename(&tmp, &final_dir).map_err(|e| Error::io(&final_dir, e))?;
    Ok(ShardReport {
        spec,
        dir: final_dir,
        rows,
        rejected,
        bytes_in,
    })
}

/// A merged release, and how much of it the merge had to strip again.
#[derive(Debug, Clone)]
pub struct MergeReport {
    /// The release, as a build reports it.
    pub build: BuildReport,
    /// Shards merged.
    pub shards: u32,
    /// Documents staged by all shards.
    pub documents: usize,
    /// Of those, documents stripped and annotated again because the corpus-wide repeated
    /// lines flag their zone lines differently from their shard's own.
    pub restripped: usize,
}

/// One staged shard, open for the merge.
struct Shard {
    dir: PathBuf,
    part: PartManifest,
}

/// Reads and checks every `shard-*` folder of `staging`: one format and corpack version, one
/// shard count with every shard present once, the same settings, inputs and rules.
fn open_shards(staging: &Path) -> Result<Vec<Shard>> {
    let mut dirs = Vec::new();
    for e in std::fs::read_dir(staging).map_err(|e| Error::io(staging, e))? {
        let e = e.map_err(|e| Error::io(staging, e))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("shard-") && e.path().is_dir() {
            dirs.push(e.path());
        }
    }
    dirs.sort();
    if dirs.is_empty() {
        return Err(staging_error(
            staging,
            "no shard-KKKKK-of-NNNNN folders: run `corpack build --shard K/N --out STAGING` for each shard first",
        ));
    }
    let mut shards = Vec::new();
    for dir in dirs {
        let path = dir.join("part.json");
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let part: PartManifest = serde_json::from_slice(&bytes)
            .map_err(|e| staging_error(&path, format!("not a shard manifest: {e}")))?;
        if part.format != FORMAT {
            return Err(staging_error(
                &path,
                format!("format {:?}, this corpack reads {FORMAT:?}", part.format),
            ));
        }
        if part.corpack_version != env!("CARGO_PKG_VERSION") {
            return Err(staging_error(
                &path,
                format!(
                    "staged by corpack {}, merging with corpack {}: stage every shard and merge with the same corpack",
                    part.corpack_version,
                    env!("CARGO_PKG_VERSION")
                ),
            ));
        }
        shards.push(Shard { dir, part });
    }
    let n = shards[0].part.shards;
    let comparable = |p: &PartManifest| {
        let mut s = p.settings.clone();
        s.jobs = 0;
        s.zip = true;
        s
    };
    let first = comparable(&shards[0].part);
    for (i, s) in shards.iter().enumerate() {
        let p = &s.part;
        if p.shards != n
            || p.shard as usize != i
            || s.dir.file_name()
                != Some(
                    ShardSpec {
                        index: p.shard,
                        count: p.shards,
                    }
                    .dir_name()
                    .as_ref(),
                )
        {
            let present: Vec<String> = shards
                .iter()
                .map(|s| format!("{}/{}", s.part.shard, s.part.shards))
                .collect();
            return Err(staging_error(
                staging,
                format!(
                    "the shards present ({}) are not 0/{n} … {}/{n} once each: run the missing shards, or stage each run of N shards in its own folder",
                    present.join(", "),
                    n.saturating_sub(1)
                ),
            ));
        }
        if comparable(p) != first
            || p.inputs_fingerprint != shards[0].part.inputs_fingerprint
            || p.rules_sha256 != shards[0].part.rules_sha256
        {
            return Err(staging_error(
                &s.dir,
                "staged with other settings, rules or input files than shard 0: run every shard with the same command on the same input",
            ));
        }
    }
    if shards.len() != n as usize {
        return Err(staging_error(
            staging,
            format!(
                "{} of {n} shards are staged: run the missing ones (corpack build --shard K/{n})",
                shards.len()
            ),
        ));
    }
    Ok(shards)
}

/// Reads a shard's `docs.jsonl` line by line.
struct DocsReader {
    path: PathBuf,
    lines: std::io::Lines<std::io::BufReader<std::fs::File>>,
}

impl DocsReader {
    fn open(dir: &Path) -> Result<Self> {
        let path = dir.join("docs.jsonl");
        let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
        Ok(DocsReader {
            lines: std::io::BufReader::new(file).lines(),
            path,
        })
    }

    fn next_doc(&mut self) -> Result<Option<StagedDoc>> {
        match self.lines.next() {
            None => Ok(None),
            Some(line) => {
                let line = line.map_err(|e| Error::io(&self.path, e))?;
                serde_json::from_str(&line)
                    .map(Some)
                    .map_err(|e| staging_error(&self.path, format!("bad line: {e}")))
            }
        }
    }
}

/// What the merge does with one staged document.
enum Item {
    /// The shard's outcome stands (with the source's size).
    Ready(Finished, u64),
    /// The corpus-wide repeated lines strip it differently: finish it again.
    Again(Prepared),
}

/// The `(doc_id, path)` order of the merge, smallest first in a [`BinaryHeap`].
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Head {
    key: std::cmp::Reverse<(String, String)>,
    shard: usize,
}

/// Merges the shards staged in `staging` into the release `settings` would build, in `out`.
/// `jobs` threads strip again what must be, and write the parts; `zip` writes the zip.
pub fn merge(
    staging: &Path,
    out: &Path,
    jobs: usize,
    zip: bool,
    progress: &dyn Progress,
) -> Result<MergeReport> {
    let shards = open_shards(staging)?;
    let mut settings = shards[0].part.settings.clone();
    settings.out = out.to_path_buf();
    settings.jobs = jobs;
    settings.zip = zip;
    settings.rules = shards[0]
        .part
        .rules_file
        .as_ref()
        .map(|name| shards[0].dir.join("rules").join(name));
    let rules = load_rules(&settings)?;
    if rules.sha256() != shards[0].part.rules_sha256 {
        return Err(staging_error(
            &shards[0].dir,
            "the staged rules file does not match its recorded SHA-256: stage the shard again",
        ));
    }
    let pool = crate::pipeline::thread_pool(jobs)?;

    // The corpus-wide repeated lines, from every shard's candidates.
    let mut counter = RepeatedCounter::default();
    let mut documents = 0usize;
    for s in &shards {
        let mut docs = DocsReader::open(&s.dir)?;
        while let Some(d) = docs.next_doc()? {
            counter.add(d.candidates);
            documents += 1;
        }
    }
    progress.discovered(documents);
    let ctx = StripContext::new(&rules, counter.finish(&settings.strip), &settings);
    let local: Vec<Repeated> = shards
        .iter()
        .map(|s| Repeated::from_keys(s.part.repeated.iter().cloned()))
        .collect();
    let detector = crate::lang::Detector::new(&settings.lang)?;

    let spill_dir = tempfile::Builder::new()
        .prefix("corpack-spill-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let _registered = crate::package::Registered::new(spill_dir.path());
    let mut collected = Collected::create(&spill_dir.path().join("rows"))?;
    let mut skipped = Vec::new();
    for s in &shards {
        collected
            .rejects
            .rejected
            .extend(s.part.rejects.rejected.iter().cloned());
        collected
            .rejects
            .sources
            .extend(s.part.rejects.sources.iter().cloned());
        skipped.extend(s.part.skipped.iter().cloned());
    }

    // The staged documents of all shards in (doc_id, path) order, each either as staged or to
    // be finished again.
    let mut readers = Vec::new();
    let mut rows = Vec::new();
    let mut heap = BinaryHeap::new();
    let mut pending: Vec<Option<StagedDoc>> = Vec::new();
    for (i, s) in shards.iter().enumerate() {
        let mut r = DocsReader::open(&s.dir)?;
        let first = r.next_doc()?;
        if let Some(d) = &first {
            heap.push(head(d, i));
        }
        pending.push(first);
        readers.push(r);
        rows.push(crate::release::ParquetRows::open(
            &s.dir.join("rows.parquet"),
            MERGE_BATCH_ROWS,
        )?);
    }
    let mut failure: Option<Error> = None;
    let mut restripped = 0usize;
    let mut next_item = || -> Result<Option<Item>> {
        let Some(Head { shard, .. }) = heap.pop() else {
            return Ok(None);
        };
        let Some(d) = pending[shard].take() else {
            return Ok(None);
        };
        let after = readers[shard].next_doc()?;
        if let Some(a) = &after {
            heap.push(head(a, shard));
        }
        pending[shard] = after;
        let row = match d.row {
            Some(_) => Some(rows[shard].next_row()?.ok_or_else(|| {
                staging_error(
                    &shards[shard].dir,
                    "rows.parquet holds fewer rows than docs.jsonl lists",
                )
            })?),
            None => None,
        };
        let again = d
            .probes
            .iter()
            .any(|k| ctx.repeated.contains_key(k) != local[shard].contains_key(k));
        if again {
            restripped += 1;
            let spill = shards[shard].dir.join("prepared.spill");
            let mut reader = crate::spill::SpillReader::open_at(&spill, d.offset)?;
            let (mut p, text) = reader
                .next_record::<Prepared>()?
                .ok_or_else(|| staging_error(&spill, "a staged document is missing"))?;
            p.text = text;
            return Ok(Some(Item::Again(p)));
        }
        let (words_in, bytes) = (d.words_in, d.prepared.source_bytes);
        let outcome = match (row, d.rejection) {
            (Some(doc), _) => Outcome::Row(Box::new(doc)),
            (None, Some(r)) => Outcome::Rejected(r),
            (None, None) => {
                return Err(staging_error(
                    &shards[shard].dir,
                    format!("{}: neither a row nor a rejection", d.prepared.source_path),
                ))
            }
        };
        let finished = Finished {
            outcome,
            signature: d.signature,
            words_in,
        };
        Ok(Some(Item::Ready(finished, bytes)))
    };
    let items = std::iter::from_fn(|| match next_item() {
        Ok(item) => item,
        Err(e) => {
            failure = Some(e);
            None
        }
    });
    crate::ordered::ordered_map(
        jobs,
        items,
        MERGE_IN_FLIGHT_BYTES,
        |item| match item {
            Item::Again(p) => p.text.len() as u64,
            Item::Ready(..) => 0,
        },
        |item| match item {
            Item::Ready(finished, bytes) => (finished, bytes),
            Item::Again(p) => {
                let bytes = p.source_bytes;
                (
                    finish_signed(p, &ctx, Some(&detector), Some(&settings.dedup)),
                    bytes,
                )
            }
        },
        |(finished, bytes)| {
            progress.processed(bytes);
            collected.take(finished, bytes)
        },
    )?;
    if let Some(e) = failure {
        return Err(e);
    }
    // As in `build`: packaging carries neither lingua's models nor the compiled rule sets.
    detector.unload();
    let repeated_lines = ctx.repeated.len();
    let rules = rules.for_record();
    drop(ctx);
    let build = crate::pipeline::release(
        &settings,
        &rules,
        repeated_lines,
        skipped,
        collected,
        &pool,
        progress,
    )?;
    Ok(MergeReport {
        build,
        shards: shards[0].part.shards,
        documents,
        restripped,
    })
}

fn head(d: &StagedDoc, shard: usize) -> Head {
    Head {
        key: std::cmp::Reverse((
            doc_id(&d.prepared.source_path),
            d.prepared.source_path.clone(),
        )),
        shard,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_specs_parse_and_name_their_folder() {
        let s: ShardSpec = "2/7".parse().unwrap();
        assert_eq!(s, ShardSpec { index: 2, count: 7 });
        assert_eq!(s.to_string(), "2/7");
        assert_eq!(s.dir_name(), "shard-00002-of-00007");
        assert_eq!(" 0 / 1 ".parse::<ShardSpec>().unwrap().count, 1);
        for bad in ["7/7", "1", "x/2", "0/0", "-1/2", ""] {
            let e = bad.parse::<ShardSpec>().unwrap_err().to_string();
            assert!(e.contains("--shard") && e.contains("K/N"), "{bad}: {e}");
        }
    }

    #[test]
    fn shards_follow_a_stable_hash_of_the_doc_id() {
        // Fixed values: the assignment must not change between versions or machines.
        assert_eq!(shard_of("a", 1), 0);
        let first = Sha256::digest(b"en/story");
        let want = u64::from_be_bytes(first[..8].try_into().unwrap()) % 7;
        assert_eq!(u64::from(shard_of("en/story", 7)), want);
        // Inputs that share a doc_id share a shard; the shards are roughly even.
        let spec = ShardSpec { index: 3, count: 5 };
        assert_eq!(spec.owns("x/story.txt"), spec.owns("x/story.md"));
        let mut counts = [0usize; 5];
        for i in 0..5000 {
            counts[shard_of(&format!("site/doc-{i}"), 5) as usize] += 1;
        }
        assert!(
            counts.iter().all(|&c| (900..1100).contains(&c)),
            "{counts:?}"
        );
    }
}
