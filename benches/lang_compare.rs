//! Language detection benchmark: accuracy and speed of three detectors on the same texts.
//!
//! Detectors:
//! - **whatlang** 0.18, `whatlang::detect`, an answer counted only when `is_reliable()`;
//! - **lingua** 1.8 alone, all 75 languages, the top entry of `compute_language_confidence_values`,
//!   an answer counted only when its confidence is at least 0.7 (lingua's confidence saturates at
//!   1.0 for texts over ~150 characters, so on long texts this threshold rarely abstains);
//! - **corpack**, `corpack::lang::Detector` with default `LangSettings` (lingua on a few sampled
//!   chunks that vote; no answer when the vote is not clear).
//!
//! Data: the test sentences that lingua ships in its model crates
//! (`lingua-<language>-language-model/testdata/sentences.txt`, 1000 per language, 75 languages),
//! found through `cargo metadata`, so nothing is downloaded at run time. Three sets are built:
//! - *documents*: per language, the first 200 sentences as 20 documents of 10 sentences each;
//! - *sentences*: per language, the first 100 sentences, one text each;
//! - *documents, 12 languages*: the documents of en fr de es ru uk kk tr ar el zh ja, the
//!   languages the project must get right (whatlang has no Kazakh).
//!
//! The truth is the language's ISO 639-1 code. For each detector and set it reports right, wrong
//! and null (no answer), accuracy = right / texts, precision = right / (right + wrong), and the
//! throughput of one single-threaded timed pass over the set (MB/s of UTF-8 input and ms per text),
//! after an untimed warm-up pass over a few texts of every language (lingua loads its models
//! lazily). It also lists each detector's 10 most frequent confusions on the documents set.
//! Counts are deterministic: every collection is built and printed in sorted order.
//!
//! Run (release profile; a few minutes), output is a markdown report on stdout:
//!
//! ```text
//! cargo bench --bench lang_compare
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::str::FromStr;
use std::time::{Duration, Instant};

use corpack::lang::{Detector, LangSettings};
use lingua::{IsoCode639_3, Language, LanguageDetector, LanguageDetectorBuilder};

/// Documents per language in the *documents* set.
const DOCS_PER_LANGUAGE: usize = 20;
/// Sentences joined (by a space) into one document.
const SENTENCES_PER_DOC: usize = 10;
/// Single sentences per language in the *sentences* set.
const SENTENCES_PER_LANGUAGE: usize = 100;
/// Texts of every language in each set that the untimed warm-up pass runs over.
const WARMUP_TEXTS_PER_LANGUAGE: usize = 2;
/// Lingua alone answers only when its top confidence is at least this.
const LINGUA_MIN_CONFIDENCE: f64 = 0.7;
/// Confusions listed per detector.
const TOP_CONFUSIONS: usize = 10;
/// The languages the project must get right, as ISO 639-1 codes.
const FOCUS_LANGUAGES: [&str; 12] = [
    "en", "fr", "de", "es", "ru", "uk", "kk", "tr", "ar", "el", "zh", "ja",
];

/// One text to classify and its true language.
struct Sample {
    /// ISO 639-1 code.
    truth: String,
    text: String,
}

/// A named list of samples, in language order, then file order.
struct Set {
    name: &'static str,
    samples: Vec<Sample>,
}

/// A detector under test; `detect` returns an ISO 639-1 code, or the detector's own code when
/// lingua has no such language (which then counts as wrong), or `None` for no answer.
enum Contender {
    Whatlang,
    Lingua(LanguageDetector),
    Corpack(Detector),
}

impl Contender {
    fn name(&self) -> &'static str {
        match self {
            Contender::Whatlang => "whatlang",
            Contender::Lingua(_) => "lingua",
            Contender::Corpack(_) => "corpack",
        }
    }

    fn detect(&self, text: &str) -> Option<String> {
        match self {
            Contender::Whatlang => {
                let info = whatlang::detect(text)?;
                info.is_reliable()
                    .then(|| whatlang_to_639_1(info.lang().code()))
            }
            Contender::Lingua(detector) => {
                let values = detector.compute_language_confidence_values(text);
                let &(language, confidence) = values.first()?;
                (confidence >= LINGUA_MIN_CONFIDENCE).then(|| language.iso_code_639_1().to_string())
            }
            Contender::Corpack(detector) => detector.detect(text).map(|guess| guess.code),
        }
    }
}

/// Whatlang's ISO 639-3 code as lingua's ISO 639-1 code. Whatlang names two languages by a more
/// specific code than lingua: Mandarin "cmn" (lingua: Chinese "zho") and Iranian Persian "pes"
/// (lingua: Persian "fas"). A language lingua does not know keeps whatlang's code.
fn whatlang_to_639_1(code: &str) -> String {
    let lingua_code = match code {
        "cmn" => "zho",
        "pes" => "fas",
        other => other,
    };
    match IsoCode639_3::from_str(lingua_code) {
        Ok(iso) => Language::from_iso_code_639_3(&iso)
            .iso_code_639_1()
            .to_string(),
        Err(_) => code.to_string(),
    }
}

/// A lingua model crate found by `cargo metadata`.
struct ModelCrate {
    version: semver::Version,
    /// `testdata/sentences.txt` inside the crate.
    sentences: PathBuf,
}

/// The lingua model crates of the dependency graph, by language name as in the crate name
/// (`lingua-english-language-model` → "english"); of two versions of one, the newer.
fn model_crates() -> BTreeMap<String, ModelCrate> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(&cargo)
        .args(["metadata", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cargo:?} metadata: {e}"));
    assert!(
        output.status.success(),
        "`cargo metadata` failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("`cargo metadata` printed invalid JSON");
    let packages = metadata["packages"]
        .as_array()
        .expect("`cargo metadata` output has no `packages` array");

    let mut crates: BTreeMap<String, ModelCrate> = BTreeMap::new();
    for package in packages {
        let name = package["name"].as_str().unwrap_or_default();
        let Some(language) = name
            .strip_prefix("lingua-")
            .and_then(|rest| rest.strip_suffix("-language-model"))
        else {
            continue;
        };
        let version = package["version"]
            .as_str()
            .and_then(|v| semver::Version::parse(v).ok())
            .unwrap_or_else(|| panic!("package {name} has no valid version in `cargo metadata`"));
        let manifest = package["manifest_path"]
            .as_str()
            .unwrap_or_else(|| panic!("package {name} has no manifest_path in `cargo metadata`"));
        let sentences = PathBuf::from(manifest)
            .parent()
            .expect("a manifest path has a parent directory")
            .join("testdata/sentences.txt");
        let newer = crates
            .get(language)
            .is_none_or(|known| known.version < version);
        if newer {
            crates.insert(language.to_string(), ModelCrate { version, sentences });
        }
    }
    crates
}

/// The sets of texts, and the warm-up texts (a few of every language from each set).
fn build_sets(crates: &BTreeMap<String, ModelCrate>) -> (Vec<Set>, Vec<String>) {
    // Language::all() is a HashSet: sort for a stable order.
    let mut languages: Vec<Language> = Language::all().into_iter().collect();
    languages.sort();

    let needed = (DOCS_PER_LANGUAGE * SENTENCES_PER_DOC).max(SENTENCES_PER_LANGUAGE);
    let mut documents = Vec::new();
    let mut sentences = Vec::new();
    let mut warmup = Vec::new();
    for language in languages {
        let key = format!("{language:?}").to_lowercase();
        let model = crates.get(&key).unwrap_or_else(|| {
            panic!("no crate lingua-{key}-language-model in `cargo metadata` for {language:?}")
        });
        let content = std::fs::read_to_string(&model.sentences)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", model.sentences.display()));
        let lines: Vec<&str> = content
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(
            lines.len() >= needed,
            "{} has {} sentences, {needed} needed",
            model.sentences.display(),
            lines.len()
        );
        let truth = language.iso_code_639_1().to_string();

        let docs: Vec<String> = lines[..DOCS_PER_LANGUAGE * SENTENCES_PER_DOC]
            .chunks(SENTENCES_PER_DOC)
            .map(|group| group.join(" "))
            .collect();
        let singles = &lines[..SENTENCES_PER_LANGUAGE];
        warmup.extend(docs.iter().take(WARMUP_TEXTS_PER_LANGUAGE).cloned());
        warmup.extend(
            singles
                .iter()
                .take(WARMUP_TEXTS_PER_LANGUAGE)
                .map(|s| s.to_string()),
        );
        documents.extend(docs.into_iter().map(|text| Sample {
            truth: truth.clone(),
            text,
        }));
        sentences.extend(singles.iter().map(|s| Sample {
            truth: truth.clone(),
            text: s.to_string(),
        }));
    }

    let focus: Vec<Sample> = documents
        .iter()
        .filter(|s| FOCUS_LANGUAGES.contains(&s.truth.as_str()))
        .map(|s| Sample {
            truth: s.truth.clone(),
            text: s.text.clone(),
        })
        .collect();
    let sets = vec![
        Set {
            name: "documents",
            samples: documents,
        },
        Set {
            name: "sentences",
            samples: sentences,
        },
        Set {
            name: "documents, 12 languages",
            samples: focus,
        },
    ];
    (sets, warmup)
}

/// One detector's results on one set.
struct Outcome {
    right: usize,
    wrong: usize,
    null: usize,
    bytes: usize,
    elapsed: Duration,
    /// (truth, answer) → count, for wrong answers.
    confusions: BTreeMap<(String, String), usize>,
    /// truth → [right, wrong, null].
    per_language: BTreeMap<String, [usize; 3]>,
}

impl Outcome {
    fn texts(&self) -> usize {
        self.right + self.wrong + self.null
    }
}

/// Times one pass of `contender` over `set`, then scores the answers.
fn run(contender: &Contender, set: &Set) -> Outcome {
    let start = Instant::now();
    let answers: Vec<Option<String>> = set
        .samples
        .iter()
        .map(|s| contender.detect(&s.text))
        .collect();
    let elapsed = start.elapsed();

    let mut outcome = Outcome {
        right: 0,
        wrong: 0,
        null: 0,
        bytes: set.samples.iter().map(|s| s.text.len()).sum(),
        elapsed,
        confusions: BTreeMap::new(),
        per_language: BTreeMap::new(),
    };
    for (sample, answer) in set.samples.iter().zip(answers) {
        let counts = outcome
            .per_language
            .entry(sample.truth.clone())
            .or_default();
        match answer {
            Some(code) if code == sample.truth => {
                outcome.right += 1;
                counts[0] += 1;
            }
            Some(code) => {
                outcome.wrong += 1;
                counts[1] += 1;
                *outcome
                    .confusions
                    .entry((sample.truth.clone(), code))
                    .or_default() += 1;
            }
            None => {
                outcome.null += 1;
                counts[2] += 1;
            }
        }
    }
    outcome
}

/// `part / whole` as a percentage with one decimal, or a dash when `whole` is 0.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_string()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

/// "nproc=N, cpu=MODEL" from the standard library and /proc/cpuinfo.
fn machine() -> String {
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string());
    format!("nproc={nproc}, cpu={cpu}, os={}", std::env::consts::OS)
}

fn main() {
    let started = Instant::now();
    let crates = model_crates();
    let (sets, warmup) = build_sets(&crates);

    let contenders = [
        Contender::Whatlang,
        Contender::Lingua(LanguageDetectorBuilder::from_all_languages().build()),
        Contender::Corpack(
            Detector::new(&LangSettings::default()).expect("corpack's default settings are valid"),
        ),
    ];
    // Untimed: loads lingua's models (lazily, on first use of each language).
    for contender in &contenders {
        for text in &warmup {
            std::hint::black_box(contender.detect(text));
        }
    }

    // results[set][contender]
    let results: Vec<Vec<Outcome>> = sets
        .iter()
        .map(|set| contenders.iter().map(|c| run(c, set)).collect())
        .collect();

    let mut versions: BTreeMap<String, usize> = BTreeMap::new();
    for model in crates.values() {
        *versions.entry(model.version.to_string()).or_default() += 1;
    }
    let versions: Vec<String> = versions.iter().map(|(v, n)| format!("{v} ×{n}")).collect();

    println!("# Language detection: whatlang vs lingua vs corpack");
    println!();
    println!(
        "- command: `cargo bench --bench lang_compare` (bench profile, one thread per detector)"
    );
    println!("- machine: {}", machine());
    println!(
        "- data: `testdata/sentences.txt` of {} lingua model crates (versions {}); \
         documents = {DOCS_PER_LANGUAGE} × {SENTENCES_PER_DOC} sentences per language, \
         sentences = first {SENTENCES_PER_LANGUAGE} per language",
        crates.len(),
        versions.join(", ")
    );
    println!(
        "- rules: whatlang answers when `is_reliable()`; lingua when top confidence ≥ {LINGUA_MIN_CONFIDENCE}; \
         corpack `Detector` with default `LangSettings`"
    );
    println!();
    println!("| set | texts | avg chars | MB |");
    println!("|---|---:|---:|---:|");
    for set in &sets {
        let chars: usize = set.samples.iter().map(|s| s.text.chars().count()).sum();
        let bytes: usize = set.samples.iter().map(|s| s.text.len()).sum();
        println!(
            "| {} | {} | {:.0} | {:.2} |",
            set.name,
            set.samples.len(),
            chars as f64 / set.samples.len() as f64,
            bytes as f64 / 1e6
        );
    }
    println!();
    println!("| set | detector | right | wrong | null | accuracy | precision | MB/s | ms/text |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (set, outcomes) in sets.iter().zip(&results) {
        for (contender, o) in contenders.iter().zip(outcomes) {
            let secs = o.elapsed.as_secs_f64();
            println!(
                "| {} | {} | {} | {} | {} | {} | {} | {:.3} | {:.4} |",
                set.name,
                contender.name(),
                o.right,
                o.wrong,
                o.null,
                percent(o.right, o.texts()),
                percent(o.right, o.right + o.wrong),
                o.bytes as f64 / 1e6 / secs,
                secs * 1e3 / o.texts() as f64
            );
        }
    }

    // Per language on the 12 languages' documents: right/wrong/null.
    let focus = sets
        .iter()
        .position(|s| s.name == "documents, 12 languages")
        .expect("the 12-language set is built");
    println!();
    println!(
        "Documents of the 12 languages, right/wrong/null of {DOCS_PER_LANGUAGE} per language:"
    );
    println!();
    let header: Vec<&str> = contenders.iter().map(Contender::name).collect();
    println!("| language | {} |", header.join(" | "));
    println!("|---|{}", "---:|".repeat(contenders.len()));
    for code in FOCUS_LANGUAGES {
        let cells: Vec<String> = results[focus]
            .iter()
            .map(|o| {
                let [r, w, n] = o.per_language.get(code).copied().unwrap_or_default();
                format!("{r}/{w}/{n}")
            })
            .collect();
        println!("| {code} | {} |", cells.join(" | "));
    }

    // Top confusions on the documents set, most frequent first, ties in code order.
    println!();
    println!("Top {TOP_CONFUSIONS} confusions on documents (truth→answer, count):");
    println!();
    let tops: Vec<Vec<String>> = results[0]
        .iter()
        .map(|o| {
            let mut pairs: Vec<(&(String, String), &usize)> = o.confusions.iter().collect();
            pairs.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            pairs
                .into_iter()
                .take(TOP_CONFUSIONS)
                .map(|((truth, answer), n)| format!("{truth}→{answer} ({n})"))
                .collect()
        })
        .collect();
    println!("| # | {} |", header.join(" | "));
    println!("|---:|{}", "---|".repeat(contenders.len()));
    let rows = tops.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..rows {
        let cells: Vec<&str> = tops
            .iter()
            .map(|t| t.get(i).map_or("", String::as_str))
            .collect();
        println!("| {} | {} |", i + 1, cells.join(" | "));
    }

    println!();
    println!(
        "Total run time (data, warm-up, all passes): {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
