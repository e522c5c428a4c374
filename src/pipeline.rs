//! The pipeline: discover → read → decode → repair → normalize → strip boilerplate → annotate
//! → write → package.
//! Each document flows one way through the per-document stages in parallel; the corpus-level
//! stages then see the rows in `doc_id` order, so the output is the same at any `--jobs`.

use std::borrow::Cow;
use std::path::PathBuf;

use crate::config::{BuildSettings, InputLimits};
use crate::discover::{discover, doc_id, SourceFile};
use crate::error::{Error, Result};
use crate::hash::sha256_hex;
use crate::package::{package, Corpus, ReleaseStatus};
use crate::record::{Document, Outcome, RejectReason, Rejection};
use crate::{annotate, boilerplate, decode, dedup, lang, normalize, read, repair};

/// The steps of a build, in the order they start: what [`Progress::phase`] reports, so a front
/// end can show where a build is and how long each step took (`corpack build --timings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Listing the input folder, loading the rules and the language models.
    Discover,
    /// Pass 1: read, decode, repair, normalize, count the repeated lines.
    Clean,
    /// Pass 2: strip boilerplate, count, detect the language, sign for deduplication.
    Strip,
    /// Deciding duplicates from the signatures; the version check against an earlier release.
    Dedup,
    /// Writing the Parquet and CSV parts, the metadata and the card.
    Write,
    /// Rendering `report.html` from the written parts.
    Report,
    /// Writing the zip and its checksum, and moving the release into place.
    Zip,
}

impl Phase {
    /// A short description, for a timings table.
    pub fn describe(self) -> &'static str {
        match self {
            Phase::Discover => "discover inputs, load rules and language models",
            Phase::Clean => "pass 1: read, decode, repair, normalize",
            Phase::Strip => "pass 2: strip boilerplate, annotate, detect language, sign",
            Phase::Dedup => "find duplicates, check the version",
            Phase::Write => "write Parquet and CSV parts, metadata, card",
            Phase::Report => "render report.html",
            Phase::Zip => "zip, checksums, move into place",
        }
    }
}

/// Progress events of a build, for a front end to display. All methods default to nothing.
pub trait Progress: Sync {
    /// A step of the build starts (the previous one, if any, is over).
    fn phase(&self, _phase: Phase) {}
    /// Discovery found `n` input files.
    fn discovered(&self, _n: usize) {}
    /// One input was processed (`bytes` raw bytes).
    fn processed(&self, _bytes: u64) {}
    /// Packaging (writing) started.
    fn writing(&self) {}
}

/// A [`Progress`] that shows nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// The result of a build, for the summary line.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// `NAME-VERSION`.
    pub release: String,
    /// The release folder.
    pub release_dir: PathBuf,
    /// Created or unchanged.
    pub status: ReleaseStatus,
    /// Rows written.
    pub documents: usize,
    /// Inputs rejected, with reasons.
    pub rejected: Vec<Rejection>,
    /// Junk files skipped.
    pub skipped: usize,
    /// Raw bytes read.
    pub bytes_in: u64,
    /// Bytes of the release (folder + zip).
    pub bytes_out: u64,
}

/// A document's bytes after decode, repair and normalize: what `corpack clean` prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The normalized text.
    pub text: String,
    /// The encoding the bytes were decoded with.
    pub encoding: &'static encoding_rs::Encoding,
    /// Every repair, in the order applied.
    pub repairs: Vec<crate::repairs::Repair>,
}

/// Most rounds of repair + normalize in [`clean`].
const CLEAN_ROUNDS: usize = 3;

/// Decodes, repairs and normalizes raw bytes: the text stages of the pipeline in one call.
/// Bytes that are not text are refused: see [`decode::NotText`].
pub fn clean(bytes: &[u8]) -> Result<Cleaned, decode::NotText> {
    clean_decoded(decode::decode(bytes)?)
}

/// [`clean`] of bytes the caller gives up (a build's): UTF-8 text that needs nothing is not
/// copied on its way through the stages.
pub fn clean_owned(bytes: Vec<u8>) -> Result<Cleaned, decode::NotText> {
    clean_decoded(decode::decode_owned(bytes)?)
}

/// What normalizing made of a text, without borrowing it: its first `len` bytes (all of them,
/// or all but the final line end), or a new text.
enum Normalized {
    Prefix(usize),
    New(String),
}

/// The repair and normalize rounds of [`clean`].
fn clean_decoded(decoded: decode::Decoded) -> Result<Cleaned, decode::NotText> {
    let mut repairs = decoded.repairs;
    let mut text = decoded.text;
    // Normalizing can uncover mojibake (`Ã&#169;` → `Ã©`) and repairing can leave something to
    // normalize, so the two run until neither changes anything: cleaning clean text is a no-op.
    for pass in 0..CLEAN_ROUNDS {
        let mut round = Vec::new();
        let repaired = repair::repair(&text, &mut round);
        // Noise is judged after the first repair, which turns mojibake's C1 controls (`Ñ\u{81}`
        // for `с`) back into letters, and before normalizing, which removes controls.
        if pass == 0 {
            let noise = crate::sniff::Noise::count(&repaired);
            if noise.is_noise() {
                return Err(decode::NotText::Noise(noise));
            }
        }
        // Both steps are idempotent (property tests hold them to it), so a round can end the
        // rounds early. Past the first, `text` is normalize's output: unless repair changes it,
        // normalizing it again changes nothing.
        if pass > 0 && matches!(repaired, Cow::Borrowed(_)) {
            break;
        }
        // What normalizing made of repair's output: the same, a prefix of it (the final line
        // end dropped, and nothing else), or a new text.
        let given = repaired.len();
        let normalized = match normalize::normalize(&repaired, &mut round) {
            Cow::Borrowed(n) => Normalized::Prefix(n.len()),
            Cow::Owned(n) => Normalized::New(n),
        };
        for r in round {
            if !repairs.contains(&r) {
                repairs.push(r);
            }
        }
        match normalized {
            // Repair's output, or `text` as it was, or either without its final line end.
            Normalized::Prefix(len) => {
                if let Cow::Owned(r) = repaired {
                    text = r;
                }
                text.truncate(len);
                // Neither step changed anything, or normalizing left repair's output as it
                // was: repairing it again changes nothing.
                if len == given {
                    break;
                }
            }
            Normalized::New(n) if n == text => break,
            Normalized::New(n) => text = n,
        }
    }
    Ok(Cleaned {
        text,
        encoding: decoded.encoding,
        repairs,
    })
}

/// A document after the text stages, waiting for the corpus-level boilerplate pass (on disk in
/// between: the header is JSON, the text travels beside it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Prepared {
    /// Path relative to the input root.
    pub source_path: String,
    /// SHA-256 of the raw bytes.
    pub source_sha256: String,
    /// Raw size.
    pub source_bytes: u64,
    /// Name of the encoding the bytes were decoded with.
    pub source_encoding: String,
    /// Repair codes, in the order applied.
    pub repairs: Vec<String>,
    /// The decoded, repaired, normalized text.
    #[serde(skip)]
    pub text: String,
}

/// What boilerplate stripping needs: the rules, the corpus-level repeated lines, the tuning.
#[derive(Debug, Clone, Default)]
pub struct StripContext {
    /// Loaded rules.
    pub rules: boilerplate::Rules,
    /// Lines recurring across the corpus.
    pub repeated: boilerplate::Repeated,
    /// Zone sizes and thresholds.
    pub settings: boilerplate::StripSettings,
}

impl StripContext {
    /// The context of a build with `settings`: its rules and the corpus-level `repeated` lines.
    pub fn new(
        rules: &boilerplate::Rules,
        repeated: boilerplate::Repeated,
        settings: &BuildSettings,
    ) -> Self {
        StripContext {
            rules: rules.clone(),
            repeated,
            settings: settings.strip.clone(),
        }
    }
}

/// Reads (within `limits`), decodes, repairs and normalizes one input (the per-document text
/// stages).
pub fn prepare(file: &SourceFile, limits: &InputLimits) -> Result<Prepared, Rejection> {
    let raw = read::read(file, limits)?;
    let reject = |reason: RejectReason, message: &str| Rejection {
        source_path: raw.rel_path.clone(),
        source_sha256: Some(raw.sha256.clone()),
        reason,
        message: message.to_string(),
    };
    if raw.bytes.is_empty() {
        return Err(reject(RejectReason::Empty, "the file is empty"));
    }
    let source_bytes = raw.bytes.len() as u64;
    let cleaned = clean_owned(raw.bytes).map_err(|e| reject(e.reason(), &e.to_string()))?;
    if cleaned.text.is_empty() {
        return Err(reject(
            RejectReason::Empty,
            "no text left after normalization (only white space)",
        ));
    }
    Ok(Prepared {
        source_sha256: raw.sha256,
        source_bytes,
        source_path: raw.rel_path,
        source_encoding: cleaned.encoding.name().to_string(),
        repairs: cleaned.repairs.iter().map(|r| r.code()).collect(),
        text: cleaned.text,
    })
}

/// Strips boilerplate from a prepared document and annotates it (counts, and the language when a
/// detector is given): a row, or a rejection when nothing but boilerplate was left.
pub fn finish(p: Prepared, ctx: &StripContext, detector: Option<&lang::Detector>) -> Outcome {
    finish_signed(p, ctx, detector, None).outcome
}

/// What pass 2 makes of a prepared document: the outcome, and what the corpus-level stages
/// need beside it.
#[derive(Debug)]
pub struct Finished {
    /// The row, or the rejection.
    pub outcome: Outcome,
    /// The row's MinHash signature (`None`: not asked for, no row, or too short to sign).
    pub signature: Option<Vec<u64>>,
    /// UAX #29 words of the text before boilerplate removal (for the card), counted as the
    /// row's words plus those stripping removed.
    pub words_in: i64,
}

/// [`finish`], and the row's MinHash signature under `dedup` when given (see
/// [`dedup::text_signature`]): the words are segmented once for both.
pub fn finish_signed(
    p: Prepared,
    ctx: &StripContext,
    detector: Option<&lang::Detector>,
    dedup: Option<&dedup::DedupSettings>,
) -> Finished {
    let stripped = boilerplate::strip(&p.text, &ctx.rules, &ctx.repeated, &ctx.settings);
    if stripped.text.is_empty() {
        let rejection = Outcome::Rejected(Rejection {
            source_path: p.source_path,
            source_sha256: Some(p.source_sha256),
            reason: RejectReason::BoilerplateOnly,
            message: format!(
                "nothing left after boilerplate removal ({} lines removed, by {})",
                stripped.removals.len(),
                rule_summary(&stripped.removals)
            ),
        });
        return Finished {
            outcome: rejection,
            signature: None,
            words_in: stripped.words_removed,
        };
    }
    let text = stripped.text;
    // One segmentation for the count and the signature, the words not kept.
    let mut n_words = 0usize;
    let signature = {
        let words = annotate::unicode_words(&text).inspect(|_| n_words += 1);
        match dedup {
            Some(s) => dedup::words_signature(words, s),
            None => {
                words.for_each(drop);
                None
            }
        }
    };
    let counts = annotate::counts_with_words(&text, n_words);
    let words_in = counts.n_words + stripped.words_removed;
    let guess = detector.and_then(|d| d.detect(&text));
    let row = Outcome::Row(Box::new(Document {
        doc_id: doc_id(&p.source_path),
        source_path: p.source_path,
        source_sha256: p.source_sha256,
        source_bytes: p.source_bytes as i64,
        source_encoding: p.source_encoding,
        repairs: p.repairs,
        title: stripped.title,
        text_sha256: sha256_hex(text.as_bytes()),
        text,
        lang_confidence: guess.as_ref().map(|g| g.confidence),
        lang: guess.map(|g| g.code),
        n_chars: counts.n_chars,
        n_words: counts.n_words,
        boilerplate: stripped.removals,
        duplicate_of: None,
    }));
    Finished {
        outcome: row,
        signature,
        words_in,
    }
}

/// `rule-a ×3, rule-b` for a message.
fn rule_summary(removals: &[crate::record::Removal]) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for r in removals {
        *counts.entry(r.rule.as_str()).or_default() += 1;
    }
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(id, n)| {
            if n > 1 {
                format!("{id} ×{n}")
            } else {
                id.to_string()
            }
        })
        .collect();
    parts.join(", ")
}

/// Runs every per-document stage on one input, with no corpus-level context (no repeated
/// lines, no duplicates): what a single file gets from `corpack clean`.
pub fn process(
    file: &SourceFile,
    limits: &InputLimits,
    ctx: &StripContext,
    detector: Option<&lang::Detector>,
) -> Outcome {
    match prepare(file, limits) {
        Ok(p) => finish(p, ctx, detector),
        Err(r) => Outcome::Rejected(r),
    }
}

/// Checks the version bump against the newest earlier release in `settings.out` (the version
/// policy) and returns the rows with the markdown of the changes for the card. No earlier
/// release, or a rebuild of an existing version (immutability is checked when packaging): no
/// check.
///
/// The comparison reads both releases' rows into memory: it runs only when an earlier release
/// sits in the output folder.
fn check_version(
    settings: &BuildSettings,
    rules: &boilerplate::Rules,
    rows: &dyn crate::package::Rows,
) -> Result<Option<crate::manifest::Previous>> {
    if let Some(p) = &settings.previous {
        return Ok(Some(p.clone()));
    }
    let earlier = crate::release::list_releases(&settings.out, &settings.name)?
        .into_iter()
        .rfind(|(v, _)| *v < settings.version);
    let Some((old_version, path)) = earlier else {
        return Ok(None);
    };
    let old = crate::diff::Snapshot::open(&path)?;
    let mut documents = Vec::new();
    rows.for_each_row(&mut |d| {
        documents.push(d);
        Ok(())
    })?;
    let new = crate::diff::Snapshot {
        name: settings.name.clone(),
        version: settings.version.clone(),
        tool_version: Some(env!("CARGO_PKG_VERSION").to_string()),
        schema_version: Some(u64::from(crate::schema::declared().schema_version)),
        schema_json: Some(crate::schema::SCHEMA_JSON.to_string()),
        rules: if rules.rules().is_empty() {
            Vec::new()
        } else {
            vec![(
                crate::package::rules_file_name(rules),
                rules.sha256().to_string(),
            )]
        },
        settings: crate::diff::settings_of(
            serde_json::to_value(crate::manifest::Annotation::of(
                &settings.lang,
                &settings.dedup,
            ))
            .ok()
            .as_ref(),
            serde_json::to_value(crate::manifest::BuildRecord::of(settings))
                .ok()
                .as_ref(),
        ),
        documents,
    };
    let diff = crate::diff::compare(&old, &new);
    crate::diff::check_bump(&old, &new, &diff).map_err(|why| {
        Error::Settings(format!(
            "version policy (compared with {}): {why}; set `version` in corpus.toml (or --version) \
             accordingly; `corpack diff` shows the changes",
            path.display()
        ))
    })?;
    // The card has its own heading for this: drop the diff's.
    let markdown = diff.to_markdown();
    let body = markdown
        .split_once("\n\n")
        .map_or(markdown.as_str(), |(_, rest)| rest)
        .to_string();
    let previous = crate::manifest::Previous {
        version: old_version.to_string(),
        changes: body,
    };
    Ok(Some(previous))
}

/// Raw bytes of input being read and cleaned at once (pass 1), and text bytes being stripped and
/// annotated at once (pass 2): with a small record per document, this bounds what a build holds
/// in memory, whatever the corpus size.
const PREPARE_IN_FLIGHT_BYTES: u64 = 16 << 20;
/// See [`PREPARE_IN_FLIGHT_BYTES`].
const FINISH_IN_FLIGHT_BYTES: u64 = 16 << 20;

/// Builds the release described by `settings`.
///
/// Every input becomes a row or a listed rejection; with `settings.strict` any rejection is
/// an [`Error::StrictRejections`] before anything is written.
///
/// The corpus streams through with a bounded amount in flight, in `doc_id` order, over two passes joined by
/// spill files in a temporary folder (`TMPDIR`): (1) read, decode, repair, normalize, counting
/// the lines that repeat across documents; (2) strip boilerplate with those counts, annotate, and
/// sign each text for duplicate detection. Duplicates are then decided from the signatures, and
/// packaging reads the rows back once to write the parts. Memory holds the texts in flight and a
/// small record per document, never the corpus; the spill needs about twice the text's size.
pub fn build(settings: &BuildSettings, progress: &dyn Progress) -> Result<BuildReport> {
    progress.phase(Phase::Discover);
    let found = discover(&settings.input)?;
    progress.discovered(found.files.len());
    let pool = thread_pool(settings.jobs)?;
    let rules = load_rules(settings)?;
    let detector = lang::Detector::new(&settings.lang)?;
    let spill_dir = tempfile::Builder::new()
        .prefix("corpack-spill-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let _registered = crate::package::Registered::new(spill_dir.path());

    let mut collected = Collected::create(&spill_dir.path().join("rows"))?;
    // Entries discovery refused were not read: listed, with no source hash.
    collected.rejects.rejected = found.rejected;
    let mut prepared_spill = crate::spill::SpillWriter::create(&spill_dir.path().join("prepared"))?;
    let mut counter = boilerplate::RepeatedCounter::default();
    progress.phase(Phase::Clean);
    prepare_all(
        settings,
        found.files,
        &mut prepared_spill,
        &mut collected.rejects,
        false,
        progress,
        &mut |_, _, lines, _| {
            counter.add(lines);
            Ok(())
        },
    )?;
    let ctx = StripContext::new(&rules, counter.finish(&settings.strip), settings);

    // Pass 2: strip, annotate, sign; the full rows go to a second spill, a light copy (no texts)
    // stays for the manifest and the card.
    progress.phase(Phase::Strip);
    let mut prepared = prepared_spill.into_reader()?;
    // A spill that cannot be read back ends the items; the error is kept for after the pass.
    let mut spill_error: Option<Error> = None;
    let records = prepared_records(&mut prepared, &mut spill_error);
    crate::ordered::ordered_map(
        settings.jobs,
        records,
        FINISH_IN_FLIGHT_BYTES,
        |p| p.text.len() as u64,
        |p| {
            let bytes = p.source_bytes;
            (
                finish_signed(p, &ctx, Some(&detector), Some(&settings.dedup)),
                bytes,
            )
        },
        |(finished, bytes)| collected.take(finished, bytes),
    )?;
    if let Some(e) = spill_error {
        return Err(e);
    }
    // Detection and stripping are over: packaging need not carry lingua's models or the
    // compiled rule sets (the rules' text and fingerprint stay in `rules`).
    detector.unload();
    let repeated_lines = ctx.repeated.len();
    let rules = rules.for_record();
    drop(ctx);
    release(
        settings,
        &rules,
        repeated_lines,
        found.skipped,
        collected,
        &pool,
        progress,
    )
}

/// The prepared documents of a pass-1 spill, in order, texts in place; a read error ends them
/// and is left in `error` for after the pass.
pub(crate) fn prepared_records<'a>(
    reader: &'a mut crate::spill::SpillReader,
    error: &'a mut Option<Error>,
) -> impl Iterator<Item = Prepared> + 'a {
    std::iter::from_fn(move || match reader.next_record::<Prepared>() {
        Ok(Some((mut p, text))) => {
            p.text = text;
            Some(p)
        }
        Ok(None) => None,
        Err(e) => {
            *error = Some(e);
            None
        }
    })
}

/// The worker pool of `jobs` threads that packaging runs in.
pub(crate) fn thread_pool(jobs: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::Settings(format!("cannot start {jobs} worker threads: {e}")))
}

/// The boilerplate rules `settings` names, or none.
pub(crate) fn load_rules(settings: &BuildSettings) -> Result<boilerplate::Rules> {
    match &settings.rules {
        Some(path) => boilerplate::Rules::load(path),
        None => Ok(boilerplate::Rules::default()),
    }
}

/// What [`prepare_all`] calls for each prepared document: its header, its offset in the spill,
/// its repeated-line candidates and its zone-line keys.
pub(crate) type OnPrepared<'a> =
    dyn FnMut(&Prepared, u64, Vec<String>, Vec<String>) -> Result<()> + 'a;

/// Pass 1 over `files`: read, decode, repair and normalize each, in `(doc_id, path)` order so
/// inputs that share a doc_id are neighbours and the first by path that reads and decodes keeps
/// it. Each prepared document goes to `spill`, then `each` gets its header, its offset in the
/// spill, its repeated-line candidates and (with `probes`) its zone-line keys (see
/// [`boilerplate::RepeatedCounter::probes`]); rejections go to `rejects`.
pub(crate) fn prepare_all(
    settings: &BuildSettings,
    mut files: Vec<SourceFile>,
    spill: &mut crate::spill::SpillWriter,
    rejects: &mut Rejects,
    probes: bool,
    progress: &dyn Progress,
    each: &mut OnPrepared<'_>,
) -> Result<()> {
    files.sort_by_cached_key(|f| (doc_id(&f.rel_path), f.rel_path.clone()));
    let mut settler = DocIdSettler::default();
    crate::ordered::ordered_map(
        settings.jobs,
        crate::read::read_ahead(&files),
        PREPARE_IN_FLIGHT_BYTES,
        |f| std::fs::symlink_metadata(&f.abs_path).map_or(0, |m| m.len()),
        |f| {
            let p = prepare(f, &settings.limits);
            progress.processed(p.as_ref().map_or(0, |p| p.source_bytes));
            let (lines, keys) = match &p {
                Ok(p) => (
                    boilerplate::RepeatedCounter::candidates(&p.text, &settings.strip),
                    if probes {
                        boilerplate::RepeatedCounter::probes(&p.text, &settings.strip)
                    } else {
                        Vec::new()
                    },
                ),
                Err(_) => (Vec::new(), Vec::new()),
            };
            (p, lines, keys)
        },
        |(p, lines, keys)| {
            match settler.settle(p) {
                Ok(p) => {
                    let offset = spill.push(&p, &p.text)?;
                    each(&p, offset, lines, keys)?;
                }
                Err(r) => rejects.push(r, settings),
            }
            Ok(())
        },
    )
}

/// Rejected inputs and the `(path, sha256, bytes)` of every input read: what the manifest's
/// `rejected` and `sources.sha256` list.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Rejects {
    /// The rejections, in the order met.
    pub rejected: Vec<Rejection>,
    /// Inputs read (rows and rejections with a hash), in the order met.
    pub sources: Vec<(String, String, u64)>,
}

impl Rejects {
    /// Lists `r`; an input that was read (it has a hash) is listed as a source too, with its
    /// size on disk.
    pub fn push(&mut self, r: Rejection, settings: &BuildSettings) {
        if let Some(sha) = &r.source_sha256 {
            let bytes =
                std::fs::metadata(settings.input.join(&r.source_path)).map_or(0, |m| m.len());
            self.sources
                .push((r.source_path.clone(), sha.clone(), bytes));
        }
        self.rejected.push(r);
    }
}

/// What pass 2 gathers for packaging, row by row: the full rows in a spill file; a light copy
/// of each (no texts) with its text size and MinHash signature; the rejections and sources.
pub(crate) struct Collected {
    rows_spill: crate::spill::SpillWriter,
    light: Vec<Document>,
    text_bytes: Vec<u64>,
    signatures: crate::spill::SignatureWriter,
    offsets: Vec<u64>,
    words_in: u64,
    /// Boilerplate removals per rule id, over all rows: the light rows drop theirs (tens per
    /// document, the largest part of the per-row state a build keeps).
    removals: std::collections::BTreeMap<String, u64>,
    pub(crate) rejects: Rejects,
}

impl Collected {
    /// Collects into a rows spill at `path`, and the signatures beside it (`path` with the
    /// extension `signatures`).
    pub(crate) fn create(path: &std::path::Path) -> Result<Self> {
        Ok(Collected {
            rows_spill: crate::spill::SpillWriter::create(path)?,
            light: Vec::new(),
            text_bytes: Vec::new(),
            signatures: crate::spill::SignatureWriter::create(&path.with_extension("signatures"))?,
            offsets: Vec::new(),
            words_in: 0,
            removals: std::collections::BTreeMap::new(),
            rejects: Rejects::default(),
        })
    }

    /// Takes the next document of pass 2, in row order; `bytes` is the size of the source read.
    pub(crate) fn take(&mut self, finished: Finished, bytes: u64) -> Result<()> {
        let Finished {
            outcome,
            signature: sig,
            words_in: words,
        } = finished;
        match outcome {
            Outcome::Row(mut d) => {
                self.rejects.sources.push((
                    d.source_path.clone(),
                    d.source_sha256.clone(),
                    d.source_bytes as u64,
                ));
                self.words_in += words as u64;
                let text = std::mem::take(&mut d.text);
                self.offsets.push(self.rows_spill.push(&*d, &text)?);
                for r in std::mem::take(&mut d.boilerplate) {
                    match self.removals.get_mut(r.rule.as_str()) {
                        Some(n) => *n += 1,
                        None => {
                            self.removals.insert(r.rule, 1);
                        }
                    }
                }
                self.text_bytes.push(text.len() as u64);
                self.signatures.push(sig.as_deref())?;
                self.light.push(*d);
            }
            Outcome::Rejected(r) => {
                if let Some(sha) = &r.source_sha256 {
                    self.rejects
                        .sources
                        .push((r.source_path.clone(), sha.clone(), bytes));
                }
                self.rejects.rejected.push(r);
            }
        }
        Ok(())
    }
}

/// The corpus-level stages after pass 2, shared by [`build`] and a merge of shards: duplicates
/// from the texts' hashes and signatures alone, the version policy, packaging.
pub(crate) fn release(
    settings: &BuildSettings,
    rules: &boilerplate::Rules,
    repeated_lines: usize,
    mut skipped: Vec<String>,
    c: Collected,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<BuildReport> {
    let Collected {
        rows_spill,
        mut light,
        text_bytes,
        signatures,
        offsets,
        words_in,
        removals,
        rejects: Rejects {
            mut rejected,
            mut sources,
        },
    } = c;
    sources.sort();
    rejected.sort_by(|a, b| a.source_path.cmp(&b.source_path));
    skipped.sort();
    if settings.strict && !rejected.is_empty() {
        return Err(Error::StrictRejections { rejected });
    }

    // Duplicates, from the texts' hashes and signatures alone; rows are in doc_id order.
    progress.phase(Phase::Dedup);
    let duplicates = {
        let signatures = signatures.finish()?;
        debug_assert_eq!(signatures.len(), light.len());
        let signed: Vec<dedup::Signed<'_>> = light
            .iter()
            .enumerate()
            .map(|(i, d)| dedup::Signed {
                doc_id: &d.doc_id,
                text_sha256: &d.text_sha256,
                signature: signatures.get(i),
            })
            .collect();
        dedup::find_duplicates_signed(&signed, &settings.dedup)
    };
    for (d, dup) in light.iter_mut().zip(&duplicates) {
        d.duplicate_of.clone_from(dup);
    }
    let rows = SpilledRows {
        path: rows_spill.finish()?,
        duplicates,
        offsets,
    };

    // Version policy: compared with the newest earlier release of this dataset in the output
    // folder, the version bump must be at least what the change calls for.
    let previous = check_version(settings, rules, &rows)?;
    progress.writing();
    progress.phase(Phase::Write);
    let corpus = Corpus {
        documents: &light,
        rows: &rows,
        text_bytes: &text_bytes,
        rejected: &rejected,
        skipped: &skipped,
        sources: &sources,
        rules,
        repeated_lines,
        words_in,
        removals: &removals,
        lang: &settings.lang,
        dedup: &settings.dedup,
        previous: previous.as_ref(),
        progress,
    };
    let packaged = pool.install(|| package(settings, &corpus))?;
    Ok(BuildReport {
        release: settings.release_name(),
        release_dir: packaged.dir,
        status: packaged.status,
        documents: light.len(),
        skipped: skipped.len(),
        bytes_in: sources.iter().map(|s| s.2).sum(),
        bytes_out: packaged.bytes_out,
        rejected,
    })
}

/// The rows of pass 2, read back from their spill file with `duplicate_of` filled in.
struct SpilledRows {
    path: PathBuf,
    duplicates: Vec<Option<String>>,
    /// Where each row's record starts in the spill file.
    offsets: Vec<u64>,
}

impl crate::package::Rows for SpilledRows {
    fn len(&self) -> usize {
        self.offsets.len()
    }

    fn for_each_row_in(
        &self,
        range: std::ops::Range<usize>,
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()> {
        let Some(&offset) = self.offsets.get(range.start) else {
            return Ok(());
        };
        let mut reader = crate::spill::SpillReader::open_at(&self.path, offset)?;
        for i in range {
            let Some((mut d, text)) = reader.next_record::<Document>()? else {
                return Err(Error::io(
                    &self.path,
                    std::io::Error::other(format!("the spill file ends before row {i}")),
                ));
            };
            d.text = text;
            d.duplicate_of = self.duplicates.get(i).cloned().flatten();
            f(d)?;
        }
        Ok(())
    }
}

/// Gives each `doc_id` to one input: the first by `source_path` among the inputs that were read
/// and decoded, given in `(doc_id, source_path)` order; each other one with the same `doc_id`
/// becomes a `doc-id-collision` rejection naming the path that kept it. Settled before the
/// corpus-level stages, so a rejected input never shapes another row.
#[derive(Debug, Default)]
struct DocIdSettler {
    /// The last doc_id given, and the path that has it.
    last: Option<(String, String)>,
}

impl DocIdSettler {
    fn settle(&mut self, p: Result<Prepared, Rejection>) -> Result<Prepared, Rejection> {
        let p = p?;
        let id = doc_id(&p.source_path);
        match &self.last {
            Some((last, first)) if *last == id => Err(Rejection {
                message: format!(
                    "doc_id {id:?} is already taken by {first} (doc_id is the path without its last extension): rename one of the two files"
                ),
                source_path: p.source_path,
                source_sha256: Some(p.source_sha256),
                reason: RejectReason::DocIdCollision,
            }),
            _ => {
                self.last = Some((id, p.source_path.clone()));
                Ok(p)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> SourceFile {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        SourceFile {
            rel_path: name.into(),
            abs_path: p,
        }
    }

    #[test]
    fn a_document_becomes_a_row() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(dir.path(), "a.txt", b"Title\r\n\r\n\r\nBody text.  \r\n");
        let Outcome::Row(d) = process(&f, &InputLimits::default(), &StripContext::default(), None)
        else {
            panic!("rejected")
        };
        assert_eq!(d.doc_id, "a");
        assert_eq!(d.text, "Title\n\nBody text.");
        assert_eq!(d.repairs, ["line-endings", "whitespace"]);
        assert_eq!(d.source_encoding, "UTF-8");
        assert_eq!(d.text_sha256, sha256_hex(b"Title\n\nBody text."));
        assert_eq!((d.n_chars, d.n_words), (17, 3));
    }

    #[test]
    fn normalizing_can_uncover_mojibake() {
        let c = clean("R&eacute;sum&eacute;: Ã&#169;t&#xC3;&#xA9;".as_bytes()).unwrap();
        assert_eq!(c.text, "Résumé: été");
        let codes: Vec<String> = c.repairs.iter().map(|r| r.code()).collect();
        assert_eq!(codes, ["html-entities", "mojibake:windows-1252"]);
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic_and_clean_is_idempotent(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            if let Ok(once) = clean(&bytes) {
                let twice = clean(once.text.as_bytes()).unwrap();
                proptest::prop_assert_eq!(&twice.text, &once.text);
                proptest::prop_assert!(twice.repairs.is_empty(), "{:?}", twice.repairs);
            }
        }

        #[test]
        fn text_like_input_is_idempotent(s in "(\\PC|[&;#\r\n\u{200B}\u{AD}ÃÂÐÑâ€™©])*") {
            let once = clean(s.as_bytes()).unwrap();
            let twice = clean(once.text.as_bytes()).unwrap();
            proptest::prop_assert_eq!(&twice.text, &once.text);
            proptest::prop_assert!(twice.repairs.is_empty(), "{:?}", twice.repairs);
        }

        /// The rounds end early only where a further round would change nothing.
        #[test]
        fn early_ends_change_nothing(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "Ã", "Â", "Ð", "Ñ", "â€", "™", "©", "&#169;", "&#x81;", "&amp;", "&", "#", ";", "\u{81}",
            "\u{A0}", "\u{200B}", "\u{AD}", "\u{2028}", "A\u{303}", "\u{303}", "\r\n", "\n", " ",
            "\t", "é", "і", "ї", "word", "Привіт", "1",
        ]), 0..40)) {
            let s = pieces.concat();
            let c = clean(s.as_bytes()).unwrap();
            let (text, repairs) = clean_every_round(&s);
            proptest::prop_assert_eq!(&c.text, &text);
            proptest::prop_assert_eq!(&c.repairs, &repairs);
        }
    }

    /// A final line end goes, whether the text needed nothing else, a repair, or a copying
    /// normalize step; the results are those of every round run in full.
    #[test]
    fn a_final_line_end_goes_after_any_round() {
        for (raw, want) in [
            ("word\n", "word"),
            ("Привіт, word.\n", "Привіт, word."),
            ("cafÃ©\n", "café"),
            ("cafÃ©\r\n", "café"),
            ("a\r\nb\n", "a\nb"),
            ("word", "word"),
        ] {
            let c = clean(raw.as_bytes()).unwrap();
            assert_eq!(c.text, want, "{raw:?}");
            assert_eq!((c.text, c.repairs), clean_every_round(raw), "{raw:?}");
        }
    }

    /// [`clean_decoded`] of UTF-8 `s` without its early ends: repair and normalize until a round
    /// changes nothing.
    fn clean_every_round(s: &str) -> (String, Vec<crate::repairs::Repair>) {
        let mut text = s.to_string();
        let mut repairs = Vec::new();
        for _ in 0..CLEAN_ROUNDS {
            let mut round = Vec::new();
            let repaired = repair::repair(&text, &mut round).into_owned();
            let normalized = normalize::normalize(&repaired, &mut round).into_owned();
            for r in round {
                if !repairs.contains(&r) {
                    repairs.push(r);
                }
            }
            if normalized == text {
                break;
            }
            text = normalized;
        }
        (text, repairs)
    }

    /// `n` bytes from a seeded SplitMix64.
    fn seeded_bytes(seed: u64, n: usize) -> Vec<u8> {
        let mut rng = crate::benchgen::Rng::new(seed);
        (0..n).map(|_| rng.next_u64() as u8).collect()
    }

    #[test]
    fn random_bytes_are_never_text() {
        for seed in 0..64 {
            for len in [256, 1024, 4096] {
                let raw = seeded_bytes(seed, len);
                let no_nul: Vec<u8> = raw.iter().map(|&b| b.max(1)).collect();
                let mut cases = vec![raw, no_nul.clone()];
                for bom in [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"] {
                    cases.push([bom, &no_nul[..]].concat());
                }
                for (k, bytes) in cases.iter().enumerate() {
                    let e = clean(bytes).err();
                    assert!(
                        e.is_some(),
                        "seed {seed}, {len} bytes, case {k}: taken for text"
                    );
                }
            }
        }
    }

    #[test]
    fn bad_inputs_are_rejections() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes, reason) in [
            ("e.txt", &b""[..], RejectReason::Empty),
            ("w.txt", &b" \n\t\r\n"[..], RejectReason::Empty),
            ("b.png", &b"\x89PNG\r\n\x1a\n\0\0"[..], RejectReason::Binary),
        ] {
            let Outcome::Rejected(r) = process(
                &file(dir.path(), name, bytes),
                &InputLimits::default(),
                &StripContext::default(),
                None,
            ) else {
                panic!("{name} accepted")
            };
            assert_eq!(r.reason, reason, "{name}");
            assert_eq!(r.source_sha256.as_deref(), Some(sha256_hex(bytes).as_str()));
        }
    }
}
