//! The data that flows out of the pipeline: one [`Document`] per row, or one [`Rejection`] per
//! input that could not become a row. Nothing else leaves the processing stages.

use serde::Serialize;

/// One output row, field for field the columns of `schema/documents.schema.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Source path relative to the input root without its last extension.
    pub doc_id: String,
    /// Source path relative to the input root, `/`-separated.
    pub source_path: String,
    /// SHA-256 of the raw bytes.
    pub source_sha256: String,
    /// Raw size in bytes.
    pub source_bytes: i64,
    /// WHATWG label of the encoding used to decode the source.
    pub source_encoding: String,
    /// Repairs applied, in order, from the vocabulary in [`crate::repairs`].
    pub repairs: Vec<String>,
    /// Headline, when recognised.
    pub title: Option<String>,
    /// Clean text.
    pub text: String,
    /// SHA-256 of `text`.
    pub text_sha256: String,
    /// ISO 639-1 language code.
    pub lang: Option<String>,
    /// Confidence of `lang`.
    pub lang_confidence: Option<f64>,
    /// Unicode scalar values in `text`.
    pub n_chars: i64,
    /// UAX #29 words in `text`.
    pub n_words: i64,
    /// Lines removed as boilerplate.
    pub boilerplate: Vec<Removal>,
    /// doc_id of the canonical copy, for duplicates.
    pub duplicate_of: Option<String>,
}

/// One removed line: which rule removed it, where it was, what it said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removal {
    /// Rule id.
    pub rule: String,
    /// 1-based line number in the decoded source.
    pub line: i32,
    /// The removed text.
    pub text: String,
}

/// Why an input did not become a row. The codes are part of the release contract
/// (`manifest.rejected[].reason`) and are documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RejectReason {
    /// The file is empty, or holds only white space and invisible characters.
    Empty,
    /// The file holds binary data (NUL bytes), not text.
    Binary,
    /// The file could not be opened or read.
    Unreadable,
    /// The file name is not valid UTF-8.
    InvalidFileName,
    /// The entry is a symbolic link; links are not followed.
    Symlink,
    /// Nothing was left after boilerplate removal.
    BoilerplateOnly,
}

impl RejectReason {
    /// The code as written in the manifest.
    pub fn code(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::Binary => "binary",
            RejectReason::Unreadable => "unreadable",
            RejectReason::InvalidFileName => "invalid-file-name",
            RejectReason::Symlink => "symlink",
            RejectReason::BoilerplateOnly => "boilerplate-only",
        }
    }
}

/// An input that did not become a row, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejection {
    /// Path relative to the input root (lossily converted if it is not UTF-8).
    pub source_path: String,
    /// SHA-256 of the raw bytes, when they could be read.
    pub source_sha256: Option<String>,
    /// Reason code.
    pub reason: RejectReason,
    /// Human-readable detail.
    pub message: String,
}

/// What processing one input produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A row.
    Row(Box<Document>),
    /// A listed rejection.
    Rejected(Rejection),
}
