//! `manifest.json`: the machine-readable record of a release: what went in (with fingerprints),
//! what came out (every file with size and SHA-256), and every input that did not become a row.

use serde::{Deserialize, Serialize};

use crate::record::{Document, Rejection};

/// The manifest. Field order is the output order (no maps, so no hash order).
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// Dataset name.
    pub name: String,
    /// Release version.
    pub version: String,
    /// Human title.
    pub title: String,
    /// Description.
    pub description: String,
    /// License identifier.
    pub license: String,
    /// License statement.
    pub license_note: String,
    /// How to cite the dataset.
    pub citation: crate::config::Citation,
    /// Dataset card extras.
    pub card: crate::config::CardSection,
    /// Version of `schema/documents.schema.json`.
    pub schema_version: u32,
    /// The tool that built the release.
    pub tool: Tool,
    /// Rule files that shaped the output, with their SHA-256.
    pub rules: Vec<RuleFile>,
    /// How `lang` and `duplicate_of` were computed.
    pub annotation: Annotation,
    /// The release this one was compared with when it was built, and what changed (the card's
    /// last section); null for a first release. Recorded so a rebuild elsewhere reproduces it.
    pub previous: Option<Previous>,
    /// The remaining settings that shaped the bytes: with the rules copy and the annotation
    /// settings, what `corpack verify --rebuild` needs to rebuild the release from its sources.
    pub build: BuildRecord,
    /// What went in.
    pub input: InputSummary,
    /// Counts of what came out.
    pub counts: Counts,
    /// Rows per language, most documents first (`lang` null last).
    pub languages: Vec<LanguageCount>,
    /// Every input that did not become a row, sorted by path.
    pub rejected: Vec<Rejection>,
    /// Hidden and system files skipped, sorted.
    pub skipped: Vec<String>,
    /// Every file of the release folder except `manifest.json` and `SHA256SUMS`, sorted.
    pub files: Vec<FileEntry>,
}

/// Tool name and version.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    /// `corpack`.
    pub name: String,
    /// Crate version.
    pub version: String,
}

/// A rules file.
#[derive(Debug, Clone, Serialize)]
pub struct RuleFile {
    /// What the rules are for.
    pub name: String,
    /// File name; the release holds a copy at `rules/<file>`.
    pub file: String,
    /// Number of rules in it.
    pub rules: u64,
    /// SHA-256 of the file.
    pub sha256: String,
}

/// Fingerprint of the inputs.
#[derive(Debug, Clone, Serialize)]
pub struct InputSummary {
    /// Inputs read (rows and rejections with readable bytes).
    pub files: u64,
    /// Their total size.
    pub bytes: u64,
    /// SHA-256 of `sources.sha256`: one value that changes when any input changes.
    pub fingerprint: String,
}

/// Output counts.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// Rows.
    pub documents: u64,
    /// Rows with no `duplicate_of`: what is left after dropping duplicates.
    pub canonical: u64,
    /// Rows whose text equals an earlier row's.
    pub exact_duplicates: u64,
    /// Rows near-duplicating an earlier row (not equal to it).
    pub near_duplicates: u64,
    /// Listed rejections.
    pub rejected: u64,
    /// Skipped hidden/system files.
    pub skipped: u64,
    /// Raw bytes of the inputs that became rows.
    pub bytes_in: u64,
    /// UTF-8 bytes of clean text.
    pub text_bytes: u64,
    /// Characters of clean text.
    pub chars: u64,
    /// Words of the rows' texts before boilerplate removal.
    pub words_in: u64,
    /// Words of clean text.
    pub words: u64,
    /// Parquet/CSV parts.
    pub parts: u64,
    /// Lines (or inline phrases) removed as boilerplate.
    pub boilerplate_lines: u64,
    /// Distinct lines the corpus-level repetition pass flagged as chrome.
    pub repeated_lines: u64,
    /// Rows with a title.
    pub titles: u64,
}

/// The comparison with the previous release made at build time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Previous {
    /// Its version.
    pub version: String,
    /// `corpack diff` markdown of the changes since it (without the heading).
    pub changes: String,
}

/// Build settings recorded for rebuilds.
#[derive(Debug, Clone, Serialize)]
pub struct BuildRecord {
    /// Boilerplate zones and thresholds.
    pub boilerplate: crate::boilerplate::StripSettings,
    /// Largest data part, bytes of text.
    pub part_max_bytes: u64,
    /// Documents in `report.html`'s browser (`[report] sample`).
    pub report_sample: u64,
    /// Zip entry time (`SOURCE_DATE_EPOCH`), when set.
    pub source_date_epoch: Option<i64>,
    /// Largest input read; larger ones are rejected as too-large.
    pub max_file_bytes: u64,
}

impl BuildRecord {
    /// The record of a build with these settings.
    pub fn of(settings: &crate::config::BuildSettings) -> BuildRecord {
        BuildRecord {
            boilerplate: settings.strip.clone(),
            part_max_bytes: settings.part_max_bytes,
            report_sample: settings.report_sample as u64,
            source_date_epoch: settings.source_date_epoch,
            max_file_bytes: settings.limits.max_file_bytes,
        }
    }
}

/// The methods and settings behind the annotation columns.
#[derive(Debug, Clone, Serialize)]
pub struct Annotation {
    /// Language detection.
    pub lang: LangMethod,
    /// Duplicate detection.
    pub dedup: DedupMethod,
}

impl Annotation {
    /// The record of a build with these settings and this binary's detector and method.
    pub fn of(lang: &crate::lang::LangSettings, dedup: &crate::dedup::DedupSettings) -> Annotation {
        Annotation {
            lang: LangMethod {
                detector: crate::lang::DETECTOR.into(),
                settings: lang.clone(),
            },
            dedup: DedupMethod {
                method: crate::dedup::METHOD.into(),
                settings: dedup.clone(),
            },
        }
    }
}

/// How `lang` was detected.
#[derive(Debug, Clone, Serialize)]
pub struct LangMethod {
    /// Detector crate and version.
    pub detector: String,
    /// Its settings.
    pub settings: crate::lang::LangSettings,
}

/// How `duplicate_of` was found.
#[derive(Debug, Clone, Serialize)]
pub struct DedupMethod {
    /// Method name.
    pub method: String,
    /// Its settings.
    pub settings: crate::dedup::DedupSettings,
}

/// Rows of one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageCount {
    /// ISO 639-1 code, or null for rows with no confident language.
    pub lang: Option<String>,
    /// Rows.
    pub documents: u64,
    /// Rows that are not duplicates.
    pub canonical: u64,
    /// Words in them.
    pub words: u64,
}

/// Rows per language, most documents first, then by code; rows without a language last.
pub fn languages(docs: &[Document]) -> Vec<LanguageCount> {
    let mut by: std::collections::BTreeMap<Option<&str>, LanguageCount> = Default::default();
    for d in docs {
        let e = by
            .entry(d.lang.as_deref())
            .or_insert_with(|| LanguageCount {
                lang: d.lang.clone(),
                documents: 0,
                canonical: 0,
                words: 0,
            });
        e.documents += 1;
        e.canonical += u64::from(d.duplicate_of.is_none());
        e.words += d.n_words as u64;
    }
    let mut out: Vec<LanguageCount> = by.into_values().collect();
    out.sort_by(|a, b| {
        (a.lang.is_none(), std::cmp::Reverse(a.documents), &a.lang).cmp(&(
            b.lang.is_none(),
            std::cmp::Reverse(b.documents),
            &b.lang,
        ))
    });
    out
}

/// Duplicate rows by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DuplicateCounts {
    /// Same text as their canonical row.
    pub exact: u64,
    /// Similar text.
    pub near: u64,
}

impl DuplicateCounts {
    /// Counts the rows of `docs` (sorted by `doc_id`) that point at a canonical row.
    pub fn of(docs: &[Document]) -> Self {
        let sha: std::collections::BTreeMap<&str, &str> = docs
            .iter()
            .map(|d| (d.doc_id.as_str(), d.text_sha256.as_str()))
            .collect();
        let mut c = DuplicateCounts { exact: 0, near: 0 };
        for d in docs {
            if let Some(of) = &d.duplicate_of {
                if sha.get(of.as_str()) == Some(&d.text_sha256.as_str()) {
                    c.exact += 1;
                } else {
                    c.near += 1;
                }
            }
        }
        c
    }
}

/// A release file with its size and digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the release folder, `/`-separated.
    pub path: String,
    /// Size.
    pub bytes: u64,
    /// SHA-256.
    pub sha256: String,
}

impl Manifest {
    /// Pretty JSON with a trailing newline: the exact bytes written.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| panic!("manifest serializes: {e}"));
        s.push('\n');
        s
    }
}
