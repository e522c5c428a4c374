//! The data that flows out of the pipeline: one [`Document`] per row, or one [`Rejection`] per
//! input that could not become a row. Nothing else leaves the processing stages.

use serde::{Deserialize, Serialize};

/// One output row, field for field the columns of `schema/documents.schema.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// Rule id.
    pub rule: String,
    /// 1-based line number in the decoded source.
    pub line: i32,
    /// The removed text.
    pub text: String,
}

/// Why an input did not become a row. The codes are part of the release contract
/// (`manifest.rejected[].reason`) and are documented in the README ("Rejected inputs").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RejectReason {
    /// The file is empty, or holds only white space and invisible characters.
    Empty,
    /// The file holds binary data, not text: NUL bytes, the magic number of a binary format
    /// (image, PDF, archive, audio, video, font, executable), or mostly control characters.
    Binary,
    /// The bytes decode to noise made mostly of code points no text uses (U+FFFD for invalid
    /// bytes, unassigned, private use): a damaged file, or one in an encoding not recognised.
    Undecodable,
    /// The file is larger than `[build] max_file_bytes`; it was fingerprinted, not read.
    TooLarge,
    /// The file could not be opened or read, or is not a regular file.
    Unreadable,
    /// The file name is not valid UTF-8.
    InvalidFileName,
    /// The entry is a symbolic link that is not followed: it points outside the input folder,
    /// at nothing, or at a folder.
    Symlink,
    /// Nothing was left after boilerplate removal.
    BoilerplateOnly,
    /// Another input (first by `source_path`) already has this input's `doc_id`.
    DocIdCollision,
}

impl RejectReason {
    /// Every reason, in the order of the README table.
    pub const ALL: [RejectReason; 9] = [
        RejectReason::Empty,
        RejectReason::Binary,
        RejectReason::Undecodable,
        RejectReason::TooLarge,
        RejectReason::Unreadable,
        RejectReason::InvalidFileName,
        RejectReason::Symlink,
        RejectReason::BoilerplateOnly,
        RejectReason::DocIdCollision,
    ];

    /// The code as written in the manifest.
    pub fn code(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::Binary => "binary",
            RejectReason::Undecodable => "undecodable",
            RejectReason::TooLarge => "too-large",
            RejectReason::Unreadable => "unreadable",
            RejectReason::InvalidFileName => "invalid-file-name",
            RejectReason::Symlink => "symlink",
            RejectReason::BoilerplateOnly => "boilerplate-only",
            RejectReason::DocIdCollision => "doc-id-collision",
        }
    }
}

/// An input that did not become a row, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Rejections counted per reason code, most frequent first (ties by code), e.g.
/// `binary 2, empty 1, symlink 1`: the build's one-line summary. Empty when nothing was rejected.
pub fn rejection_summary(rejected: &[Rejection]) -> String {
    let mut counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for r in rejected {
        *counts.entry(r.reason.code()).or_default() += 1;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    counts
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What processing one input produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A row.
    Row(Box<Document>),
    /// A listed rejection.
    Rejected(Rejection),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejection(path: &str, reason: RejectReason) -> Rejection {
        Rejection {
            source_path: path.into(),
            source_sha256: None,
            reason,
            message: String::new(),
        }
    }

    #[test]
    fn codes_serialize_as_written() {
        for r in RejectReason::ALL {
            assert_eq!(
                serde_json::to_value(r).unwrap(),
                serde_json::Value::from(r.code())
            );
        }
    }

    #[test]
    fn every_code_is_documented_in_the_readme() {
        let readme = include_str!("../README.md");
        for r in RejectReason::ALL {
            assert!(
                readme.contains(&format!("\n| `{}` |", r.code())),
                "README.md has no row for `{}` in its rejected-inputs table",
                r.code()
            );
        }
    }

    #[test]
    fn summary_counts_most_frequent_first() {
        let rs = [
            rejection("a", RejectReason::Symlink),
            rejection("b", RejectReason::Binary),
            rejection("c", RejectReason::TooLarge),
            rejection("d", RejectReason::Binary),
            rejection("e", RejectReason::Empty),
        ];
        assert_eq!(
            rejection_summary(&rs),
            "binary 2, empty 1, symlink 1, too-large 1"
        );
        assert_eq!(rejection_summary(&[]), "");
    }
}
