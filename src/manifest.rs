//! `manifest.json`: the machine-readable record of a release: what went in (with fingerprints),
//! what came out (every file with size and SHA-256), and every input that did not become a row.

use serde::{Deserialize, Serialize};

use crate::record::Rejection;

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
    /// Version of `schema/documents.schema.json`.
    pub schema_version: u32,
    /// The tool that built the release.
    pub tool: Tool,
    /// Rule files that shaped the output, with their SHA-256.
    pub rules: Vec<RuleFile>,
    /// What went in.
    pub input: InputSummary,
    /// Counts of what came out.
    pub counts: Counts,
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
    /// File name.
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
