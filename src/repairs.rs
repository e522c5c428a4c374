//! The fixed vocabulary of the `repairs` column. Each entry names one kind of change the
//! decode and normalize stages made to a document, so users can filter on what was touched.

use std::fmt;

/// One kind of repair, written to `repairs` as [`Repair::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repair {
    /// A byte-order mark was found and removed.
    Bom,
    /// The source was not UTF-8 and was decoded from the named encoding (WHATWG label).
    Decoded(&'static str),
    /// Bytes invalid in the detected encoding were replaced by U+FFFD.
    InvalidBytes,
    /// CRLF, CR, NEL, LS or PS line ends were turned into `\n`.
    LineEndings,
    /// Trailing white space, leading/trailing blank lines or runs of blank lines were removed.
    Whitespace,
    /// Unicode NFC changed the text.
    Nfc,
}

impl Repair {
    /// The code written in the `repairs` column.
    pub fn code(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Repair::Bom => f.write_str("bom"),
            Repair::Decoded(label) => write!(f, "decoded:{label}"),
            Repair::InvalidBytes => f.write_str("invalid-bytes"),
            Repair::LineEndings => f.write_str("line-endings"),
            Repair::Whitespace => f.write_str("whitespace"),
            Repair::Nfc => f.write_str("nfc"),
        }
    }
}

/// The vocabulary with one line of meaning each, for the README and the dataset card.
pub const VOCABULARY: &[(&str, &str)] = &[
    ("bom", "a byte-order mark was removed"),
    (
        "decoded:<label>",
        "the source was decoded from the legacy encoding <label> (WHATWG name)",
    ),
    (
        "invalid-bytes",
        "bytes invalid in the detected encoding were replaced by U+FFFD",
    ),
    (
        "line-endings",
        "CRLF, CR, NEL, LS or PS line ends became \\n",
    ),
    (
        "whitespace",
        "trailing spaces, edge blank lines or runs of blank lines were removed",
    ),
    ("nfc", "Unicode NFC normalization changed the text"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_the_vocabulary() {
        for r in [
            Repair::Bom,
            Repair::Decoded("windows-1251"),
            Repair::InvalidBytes,
            Repair::LineEndings,
            Repair::Whitespace,
            Repair::Nfc,
        ] {
            let code = r.code();
            let head = code.split(':').next().unwrap_or_default();
            assert!(
                VOCABULARY
                    .iter()
                    .any(|(v, _)| v.split(':').next() == Some(head)),
                "{code} undocumented"
            );
        }
        assert_eq!(Repair::Decoded("KOI8-R").code(), "decoded:KOI8-R");
    }
}
