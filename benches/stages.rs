//! Micro-benchmarks of the per-document pipeline stages (issue 8), with divan.
//!
//! Every stage is timed alone, through the library's public API, on the input it gets in a
//! build, and reports its throughput in MB/s (decimal, of the bytes the stage is given):
//! - `decode`: raw bytes (UTF-8, windows-1251, UTF-16LE) → text;
//! - `repair`: decoded text, with mojibake (UTF-8 misread as windows-1252 or windows-1251) or
//!   correct;
//! - `normalize`: decoded text (LF or CRLF line ends);
//! - `clean`: raw bytes → clean text, decode + repair + normalize (`pipeline::clean`);
//! - `strip`: clean text → text without boilerplate, with `rules/boilerplate.toml`, default
//!   `StripSettings` and the corpus's `Repeated` lines (counted over the corpus the input comes
//!   from, as `pipeline::build` does);
//! - `detect_lang`: stripped text → language (`lang::Detector`, default settings; it samples
//!   three chunks of ~150 characters from the start, so its cost is per document, not per byte);
//! - `signature`: stripped text → MinHash signature (`dedup::shingles` + `dedup::signature`, default
//!   `DedupSettings`);
//! - `find_duplicates`: all rows of a corpus (exact + near duplicates; uses rayon, all cores);
//! - `write_parquet`, `write_csv` (files, fsynced) and `write_csv_to` (in memory): all rows of a
//!   corpus; throughput counts the bytes of the `text` column.
//!
//! Inputs are deterministic. `corpack::benchgen` (the `corpack gen-bench` generator, seed 8, page
//! chrome from `rules/boilerplate.toml`) makes a 16 MiB pool of pages; a "fr 2 KiB" input is the
//! chrome and headline of one generated French page around generated French paragraphs, cut at
//! a sentence end to at most 2 KiB of UTF-8, then encoded as the case says (`benchgen::encode`;
//! so a windows-1251 input has fewer bytes and a mojibake one more). "gen-bench mix 2 MiB" is
//! the generator's own output for 2 MiB (16 documents of 1 KiB to 700 KB in 7 languages, some
//! windows-1252, near and exact copies), "seeds" the five documents in `seeds/`, and "1000 pages
//! of 2 KiB" pages as above in the generator's 12 languages in turn. Rows for
//! `find_duplicates` and the writers are built from those files as `pipeline::build` does:
//! `pipeline::prepare`, `Repeated::count`, `pipeline::finish` (with the detector), sorted by
//! `doc_id`, `dedup::find_duplicates`.
//!
//! Run (release profile; about a minute and a half once built):
//!
//! ```text
//! cargo bench --bench stages
//! cargo bench --bench stages -- strip     # only benchmarks whose name contains `strip`
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

use corpack::benchgen::{self, Generator, Kind, Widgets};
use corpack::boilerplate::{Repeated, Rules, StripSettings, DEFAULT_RULES_PATH};
use corpack::config::InputLimits;
use corpack::dedup::DedupSettings;
use corpack::discover::SourceFile;
use corpack::lang::{Detector, LangSettings};
use corpack::pipeline::StripContext;
use corpack::record::{Document, Outcome};
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use encoding_rs::{Encoding, WINDOWS_1251, WINDOWS_1252};
use rayon::prelude::*;

fn main() {
    divan::main();
    if let Some(dir) = WORK_DIR.get() {
        let _ = std::fs::remove_dir_all(dir.path());
    }
}

/// Seed of every generated input.
const SEED: u64 = 8;
/// Size of the pool that page frames and paragraphs are drawn from.
const POOL_BYTES: u64 = 16 << 20;
/// Size of the generator's own mix.
const MIX_BYTES: u64 = 2 << 20;
/// Seconds each benchmark runs on each input at most: the slow stages stop after a few samples,
/// so the whole run takes about a minute (`--max-time SECS` on the command line overrides it).
const MAX_TIME: f64 = 2.0;
/// The same for `strip`, slow enough that [`MAX_TIME`] gives a single sample of the mix.
const STRIP_MAX_TIME: f64 = 10.0;
/// Rows of the many-small-rows set for the writers.
const SMALL_ROWS: usize = 1000;

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/// How a generated page's text is turned into bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Enc {
    /// UTF-8, LF line ends.
    Utf8,
    /// UTF-8, CRLF line ends.
    Crlf,
    /// windows-1251.
    Cp1251,
    /// UTF-16 little-endian with a BOM.
    Utf16Le,
    /// UTF-8 misread as windows-1252 and saved again as UTF-8.
    Moji1252,
    /// UTF-8 misread as windows-1251 and saved again as UTF-8.
    Moji1251,
}

impl Enc {
    fn label(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Crlf => "utf-8 crlf",
            Enc::Cp1251 => "windows-1251",
            Enc::Utf16Le => "utf-16le",
            Enc::Moji1252 => "mojibake via windows-1252",
            Enc::Moji1251 => "mojibake via windows-1251",
        }
    }

    /// The legacy code page the text must be representable in, if any.
    fn legacy(self) -> Option<&'static Encoding> {
        match self {
            Enc::Cp1251 => Some(WINDOWS_1251),
            _ => None,
        }
    }

    fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Enc::Utf8 => benchgen::encode(text, Kind::Utf8),
            Enc::Crlf => benchgen::encode(&text.replace('\n', "\r\n"), Kind::Utf8Crlf),
            Enc::Cp1251 => benchgen::encode(text, Kind::Legacy(WINDOWS_1251)),
            Enc::Utf16Le => benchgen::encode(text, Kind::Utf16Le),
            Enc::Moji1252 => benchgen::encode(text, Kind::Mojibake(WINDOWS_1252)),
            Enc::Moji1251 => benchgen::encode(text, Kind::Mojibake(WINDOWS_1251)),
        }
    }
}

/// One benchmark input: a set of source documents.
#[derive(Debug, Clone, Copy)]
enum Case {
    /// One generated page in `lang` of at most `kib` KiB of UTF-8 text, encoded as `enc`.
    Page {
        lang: &'static str,
        kib: usize,
        enc: Enc,
    },
    /// The five documents in `seeds/`.
    Seeds,
    /// The generator's own mix of [`MIX_BYTES`].
    Mix,
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Case::Page { lang, kib, enc } => write!(f, "{} {lang} {kib} KiB", enc.label()),
            Case::Seeds => f.write_str("seeds (5 files)"),
            Case::Mix => write!(f, "gen-bench mix {} MiB", MIX_BYTES >> 20),
        }
    }
}

const fn page(lang: &'static str, kib: usize, enc: Enc) -> Case {
    Case::Page { lang, kib, enc }
}

/// The chrome of one generated page: header lines (chrome, site name), headline, footer lines.
struct Frame {
    head: Vec<String>,
    headline: String,
    foot: Vec<String>,
}

/// Page frames and paragraphs per language, from [`POOL_BYTES`] of generated pages.
struct Pool {
    frames: BTreeMap<&'static str, Vec<Frame>>,
    paragraphs: BTreeMap<&'static str, Vec<String>>,
    /// Repeated lines of the pool's clean texts.
    repeated: Repeated,
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

static RULES_TEXT: LazyLock<String> = LazyLock::new(|| {
    std::fs::read_to_string(repo().join(DEFAULT_RULES_PATH)).expect("rules/boilerplate.toml")
});

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    Rules::load(&repo().join(DEFAULT_RULES_PATH)).expect("rules/boilerplate.toml loads")
});

fn generate(bytes: u64) -> Generator {
    let widgets = Widgets::from_rules_toml(&RULES_TEXT).expect("rules parse as TOML");
    Generator::new(bytes, SEED, widgets)
}

/// Repeated lines over the clean texts of `sources` (those that are text).
fn repeated_over(sources: &[Vec<u8>]) -> Repeated {
    let texts: Vec<String> = sources
        .par_iter()
        .filter_map(|b| corpack::pipeline::clean(b).ok().map(|c| c.text))
        .collect();
    Repeated::count(texts.iter().map(String::as_str), &StripSettings::default())
}

static POOL: LazyLock<Pool> = LazyLock::new(|| {
    let mut frames: BTreeMap<&'static str, Vec<Frame>> = BTreeMap::new();
    let mut paragraphs: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut sources = Vec::new();
    for doc in generate(POOL_BYTES) {
        // Plain UTF-8 pages are the generator's text as is: chrome lines and the site name,
        // a blank line, the headline, paragraphs separated by blank lines, then footer lines.
        if doc.kind == Kind::Utf8 && !doc.lang.is_empty() {
            let text = String::from_utf8(doc.bytes.clone()).expect("UTF-8 kind");
            let blocks: Vec<&str> = text.trim_end_matches('\n').split("\n\n").collect();
            if blocks.len() >= 4 {
                let lines = |b: &str| b.lines().map(String::from).collect::<Vec<_>>();
                frames.entry(doc.lang).or_default().push(Frame {
                    head: lines(blocks[0]),
                    headline: blocks[1].to_string(),
                    foot: lines(blocks[blocks.len() - 1]),
                });
                paragraphs
                    .entry(doc.lang)
                    .or_default()
                    .extend(blocks[2..blocks.len() - 1].iter().map(|p| p.to_string()));
            }
        }
        sources.push(doc.bytes);
    }
    Pool {
        frames,
        paragraphs,
        repeated: repeated_over(&sources),
    }
});

/// The `n`-th page of `lang`: the frame of the `n`-th generated page of that language (chrome
/// lines the code page `legacy` cannot represent dropped) around the language's paragraphs,
/// the last one cut after a sentence so that the UTF-8 text is at most `max_bytes`.
fn make_page(lang: &str, max_bytes: usize, n: usize, legacy: Option<&'static Encoding>) -> String {
    let frames = &POOL.frames[lang];
    let paragraphs = &POOL.paragraphs[lang];
    let frame = &frames[n % frames.len()];
    let fits = |l: &&String| legacy.is_none_or(|e| !e.encode(l).2);
    let head: Vec<&String> = frame.head.iter().filter(fits).collect();
    let foot: Vec<&String> = frame.foot.iter().filter(fits).collect();
    let mut text = String::new();
    for l in head {
        text.push_str(l);
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&frame.headline);
    text.push_str("\n\n");
    let foot_len: usize = foot.iter().map(|l| l.len() + 1).sum();
    let body_end = max_bytes.saturating_sub(foot_len);
    // Consecutive pages start far enough apart in the pool not to share paragraphs.
    let mut i = n * (max_bytes / 200 + 1);
    loop {
        let p = &paragraphs[i % paragraphs.len()];
        i += 1;
        let room = body_end.saturating_sub(text.len() + 2);
        if p.len() <= room {
            text.push_str(p);
            text.push_str("\n\n");
            continue;
        }
        let mut cut = room;
        while !p.is_char_boundary(cut) {
            cut -= 1;
        }
        let end = p[..cut]
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '.' | '?' | '!' | '。' | '？' | '！'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        if end > 0 {
            text.push_str(&p[..end]);
            text.push_str("\n\n");
        }
        break;
    }
    for l in foot {
        text.push_str(l);
        text.push('\n');
    }
    text
}

/// The seed documents: relative path and bytes, sorted by path.
static SEEDS: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let mut seeds: Vec<(String, Vec<u8>)> = std::fs::read_dir(repo().join("seeds"))
        .expect("seeds/")
        .map(|e| e.expect("seeds/ entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("seed file"))
        })
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5, "seeds/ holds five documents");
    seeds
});

/// The generator's own mix: relative path and bytes.
static MIX: LazyLock<Vec<(String, Vec<u8>)>> =
    LazyLock::new(|| generate(MIX_BYTES).map(|d| (d.path, d.bytes)).collect());

static SEEDS_REPEATED: LazyLock<Repeated> =
    LazyLock::new(|| repeated_over(&SEEDS.iter().map(|s| s.1.clone()).collect::<Vec<_>>()));

static MIX_REPEATED: LazyLock<Repeated> =
    LazyLock::new(|| repeated_over(&MIX.iter().map(|s| s.1.clone()).collect::<Vec<_>>()));

/// The raw bytes of the case's documents.
fn sources(case: Case) -> Vec<Vec<u8>> {
    match case {
        Case::Page { lang, kib, enc } => {
            let bytes = enc.encode(&make_page(lang, kib * 1024, 0, enc.legacy()));
            check(case, enc, &bytes);
            vec![bytes]
        }
        Case::Seeds => SEEDS.iter().map(|s| s.1.clone()).collect(),
        Case::Mix => MIX.iter().map(|s| s.1.clone()).collect(),
    }
}

/// Checks that a page is what its name says: decoded with that encoding, mojibake repaired.
fn check(case: Case, enc: Enc, bytes: &[u8]) {
    let cleaned = corpack::pipeline::clean(bytes).unwrap_or_else(|e| panic!("{case}: {e}"));
    let repairs: Vec<String> = cleaned.repairs.iter().map(|r| r.code()).collect();
    let (encoding, repair) = match enc {
        Enc::Utf8 => ("UTF-8", None),
        Enc::Crlf => ("UTF-8", Some("line-endings")),
        Enc::Cp1251 => ("windows-1251", Some("decoded:windows-1251")),
        Enc::Utf16Le => ("UTF-16LE", Some("bom")),
        Enc::Moji1252 => ("UTF-8", Some("mojibake:windows-1252")),
        Enc::Moji1251 => ("UTF-8", Some("mojibake:windows-1251")),
    };
    assert_eq!(cleaned.encoding.name(), encoding, "{case}: {repairs:?}");
    if let Some(r) = repair {
        assert!(repairs.iter().any(|c| c == r), "{case}: {repairs:?}");
    }
}

/// The repeated lines of the corpus the case comes from.
fn repeated(case: Case) -> &'static Repeated {
    match case {
        Case::Page { .. } => &POOL.repeated,
        Case::Seeds => &SEEDS_REPEATED,
        Case::Mix => &MIX_REPEATED,
    }
}

/// What `repair` gets: the decoded texts.
fn decoded(case: Case) -> Vec<String> {
    sources(case)
        .iter()
        .map(|b| corpack::decode::decode(b).expect("text").text)
        .collect()
}

/// What `strip` gets: the clean texts (inputs that are not text left out).
fn cleaned(case: Case) -> Vec<String> {
    sources(case)
        .iter()
        .filter_map(|b| corpack::pipeline::clean(b).ok().map(|c| c.text))
        .collect()
}

/// What the language detector and dedup get: the texts without boilerplate.
fn stripped(case: Case) -> Vec<String> {
    let settings = StripSettings::default();
    cleaned(case)
        .iter()
        .map(|t| corpack::boilerplate::strip(t, &RULES, repeated(case), &settings).text)
        .filter(|t| !t.is_empty())
        .collect()
}

fn bytes_of<T: AsRef<[u8]>>(items: &[T]) -> BytesCount {
    BytesCount::new(items.iter().map(|i| i.as_ref().len()).sum::<usize>())
}

/// The detector with default settings, warmed up (lingua loads its models on first use).
static DETECTOR: LazyLock<Detector> = LazyLock::new(|| {
    let d = Detector::new(&LangSettings::default()).expect("default settings are valid");
    for t in stripped(Case::Seeds) {
        black_box(d.detect(&t));
    }
    d
});

/// A scratch folder for source files and written parts, removed at the end of `main`.
static WORK_DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fn work_dir() -> &'static Path {
    WORK_DIR
        .get_or_init(|| tempfile::tempdir().expect("temporary folder"))
        .path()
}

/// A set of rows for the corpus-level benchmarks.
#[derive(Debug, Clone, Copy)]
enum Rows {
    /// The five seeds.
    Seeds,
    /// The generator's own mix.
    Mix,
    /// [`SMALL_ROWS`] generated UTF-8 pages of at most 2 KiB, languages in turn.
    Small,
}

impl fmt::Display for Rows {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Names only: rows are built when a benchmark first needs them.
        match self {
            Rows::Seeds => f.write_str("seeds (5 rows)"),
            Rows::Mix => write!(f, "gen-bench mix {} MiB", MIX_BYTES >> 20),
            Rows::Small => write!(f, "{SMALL_ROWS} pages of 2 KiB"),
        }
    }
}

/// Rows as `pipeline::build` makes them: the files written to `dir`, prepared, stripped with
/// the repeated lines of all of them, annotated (language), sorted by `doc_id`, duplicates
/// marked.
fn build_rows(dir: &str, files: &[(String, Vec<u8>)]) -> Vec<Document> {
    let root = work_dir().join(dir);
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(rel, bytes)| {
            let abs_path: PathBuf = root.join(rel);
            std::fs::create_dir_all(abs_path.parent().unwrap()).expect("create folder");
            std::fs::write(&abs_path, bytes).expect("write source");
            SourceFile {
                rel_path: rel.clone(),
                abs_path,
            }
        })
        .collect();
    let limits = InputLimits::default();
    let prepared: Vec<_> = sources
        .par_iter()
        .filter_map(|f| corpack::pipeline::prepare(f, &limits).ok())
        .collect();
    let settings = StripSettings::default();
    let repeated = Repeated::count(prepared.iter().map(|p| p.text.as_str()), &settings);
    let ctx = StripContext {
        rules: RULES.clone(),
        repeated,
        settings,
    };
    let detector = &*DETECTOR;
    let mut rows: Vec<Document> = prepared
        .into_par_iter()
        .filter_map(
            |p| match corpack::pipeline::finish(p, &ctx, Some(detector)) {
                Outcome::Row(d) => Some(*d),
                Outcome::Rejected(_) => None,
            },
        )
        .collect();
    rows.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    let duplicates = corpack::dedup::find_duplicates(&dedup_docs(&rows), &DedupSettings::default());
    for (row, dup) in rows.iter_mut().zip(duplicates) {
        row.duplicate_of = dup;
    }
    rows
}

static SEED_ROWS: LazyLock<Vec<Document>> = LazyLock::new(|| build_rows("seeds", &SEEDS));
static MIX_ROWS: LazyLock<Vec<Document>> = LazyLock::new(|| build_rows("mix", &MIX));
static SMALL_ROWS_SET: LazyLock<Vec<Document>> = LazyLock::new(|| {
    let langs: Vec<&str> = POOL.frames.keys().copied().collect();
    let files: Vec<(String, Vec<u8>)> = (0..SMALL_ROWS)
        .map(|i| {
            let lang = langs[i % langs.len()];
            let text = make_page(lang, 2048, i / langs.len(), None);
            (format!("{lang}/page-{i:04}.txt"), text.into_bytes())
        })
        .collect();
    build_rows("small", &files)
});

fn rows(set: Rows) -> &'static [Document] {
    match set {
        Rows::Seeds => &SEED_ROWS,
        Rows::Mix => &MIX_ROWS,
        Rows::Small => &SMALL_ROWS_SET,
    }
}

fn dedup_docs(rows: &[Document]) -> Vec<corpack::dedup::Doc<'_>> {
    rows.iter()
        .map(|r| corpack::dedup::Doc {
            doc_id: &r.doc_id,
            text: &r.text,
            text_sha256: &r.text_sha256,
        })
        .collect()
}

fn text_bytes(rows: &[Document]) -> BytesCount {
    BytesCount::new(rows.iter().map(|r| r.text.len()).sum::<usize>())
}

// ---------------------------------------------------------------------------------------------
// Per-document stages
// ---------------------------------------------------------------------------------------------

const DECODE: &[Case] = &[
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 2, Enc::Cp1251),
    page("ru", 64, Enc::Cp1251),
    page("ru", 2, Enc::Utf16Le),
    page("ru", 64, Enc::Utf16Le),
    Case::Seeds,
];

#[divan::bench(args = DECODE, max_time = MAX_TIME)]
fn decode(bencher: Bencher, case: Case) {
    let inputs = sources(case);
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for b in black_box(&inputs) {
            black_box(corpack::decode::decode(b).ok());
        }
    });
}

const REPAIR: &[Case] = &[
    page("fr", 2, Enc::Moji1252),
    page("fr", 64, Enc::Moji1252),
    page("ru", 2, Enc::Moji1251),
    page("ru", 64, Enc::Moji1251),
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    Case::Seeds,
];

#[divan::bench(args = REPAIR, max_time = MAX_TIME)]
fn repair(bencher: Bencher, case: Case) {
    let inputs = decoded(case);
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            let mut repairs = Vec::new();
            black_box(corpack::repair::repair(t, &mut repairs));
            black_box(repairs);
        }
    });
}

const NORMALIZE: &[Case] = &[
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    page("zh", 64, Enc::Utf8),
    page("ru", 64, Enc::Crlf),
    Case::Seeds,
];

#[divan::bench(args = NORMALIZE, max_time = MAX_TIME)]
fn normalize(bencher: Bencher, case: Case) {
    let inputs = decoded(case);
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            let mut repairs = Vec::new();
            black_box(corpack::normalize::normalize(t, &mut repairs));
            black_box(repairs);
        }
    });
}

const CLEAN: &[Case] = &[
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Cp1251),
    page("ru", 64, Enc::Utf16Le),
    page("fr", 64, Enc::Moji1252),
    page("ru", 64, Enc::Moji1251),
    Case::Seeds,
    Case::Mix,
];

#[divan::bench(args = CLEAN, sample_count = 50, max_time = MAX_TIME)]
fn clean(bencher: Bencher, case: Case) {
    let inputs = sources(case);
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for b in black_box(&inputs) {
            black_box(corpack::pipeline::clean(b).ok());
        }
    });
}

const STRIP: &[Case] = &[
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    Case::Seeds,
    Case::Mix,
];

#[divan::bench(args = STRIP, sample_count = 50, max_time = STRIP_MAX_TIME)]
fn strip(bencher: Bencher, case: Case) {
    let inputs = cleaned(case);
    let rep = repeated(case);
    let settings = StripSettings::default();
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            black_box(corpack::boilerplate::strip(t, &RULES, rep, &settings));
        }
    });
}

const LANG: &[Case] = &[
    page("en", 2, Enc::Utf8),
    page("fr", 2, Enc::Utf8),
    page("ru", 2, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    Case::Seeds,
    // Pages in many languages: lingua's lookup cache (vendor/lingua) sees many models.
    Case::Mix,
];

#[divan::bench(args = LANG, sample_count = 30, max_time = MAX_TIME)]
fn detect_lang(bencher: Bencher, case: Case) {
    let inputs = stripped(case);
    let detector = &*DETECTOR;
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            black_box(detector.detect(t));
        }
    });
}

const SIGNATURE: &[Case] = &[
    page("fr", 2, Enc::Utf8),
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    Case::Seeds,
];

#[divan::bench(args = SIGNATURE, sample_count = 50, max_time = MAX_TIME)]
fn signature(bencher: Bencher, case: Case) {
    let inputs = stripped(case);
    let s = DedupSettings::default();
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            let shingles = corpack::dedup::shingles(t, s.shingle_words);
            black_box(corpack::dedup::signature(&shingles, s.num_hashes()));
        }
    });
}

const WORDS: &[Case] = &[
    page("fr", 64, Enc::Utf8),
    page("ru", 64, Enc::Utf8),
    page("zh", 64, Enc::Utf8),
    Case::Seeds,
];

/// UAX #29 word segmentation (`n_words`, shingles), run twice per document by a build.
#[divan::bench(args = WORDS, sample_count = 50, max_time = MAX_TIME)]
fn words(bencher: Bencher, case: Case) {
    let inputs = stripped(case);
    bencher.counter(bytes_of(&inputs)).bench(|| {
        for t in black_box(&inputs) {
            black_box(corpack::annotate::words(t));
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Corpus-level stages
// ---------------------------------------------------------------------------------------------

const ROW_SETS: &[Rows] = &[Rows::Seeds, Rows::Mix, Rows::Small];

#[divan::bench(args = ROW_SETS, sample_count = 20, max_time = MAX_TIME)]
fn find_duplicates(bencher: Bencher, set: Rows) {
    let rows = rows(set);
    let docs = dedup_docs(rows);
    let s = DedupSettings::default();
    bencher
        .counter(text_bytes(rows))
        .bench(|| corpack::dedup::find_duplicates(black_box(&docs), &s));
}

#[divan::bench(args = ROW_SETS, sample_count = 10, max_time = MAX_TIME)]
fn write_parquet(bencher: Bencher, set: Rows) {
    let rows = rows(set);
    let path = work_dir().join(format!("bench-{set:?}.parquet"));
    bencher.counter(text_bytes(rows)).bench(|| {
        corpack::write::write_parquet(black_box(&path), black_box(rows)).expect("write parquet")
    });
}

#[divan::bench(args = ROW_SETS, sample_count = 10, max_time = MAX_TIME)]
fn write_csv(bencher: Bencher, set: Rows) {
    let rows = rows(set);
    let path = work_dir().join(format!("bench-{set:?}.csv"));
    bencher
        .counter(text_bytes(rows))
        .bench(|| corpack::write::write_csv(black_box(&path), black_box(rows)).expect("write csv"));
}

#[divan::bench(args = ROW_SETS, sample_count = 20, max_time = MAX_TIME)]
fn write_csv_to(bencher: Bencher, set: Rows) {
    let rows = rows(set);
    bencher.counter(text_bytes(rows)).bench(|| {
        corpack::write::write_csv_to(Vec::new(), black_box(rows)).expect("csv to memory")
    });
}
