//! The fixed vocabulary of the `repairs` column. Each entry names one kind of change the
//! decode, repair and normalize stages made to a document, so users can filter on what was
//! touched and auditors can see that correct documents were not.

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
    /// UTF-8 misread with the named code page (and saved again) was re-read correctly.
    Mojibake(&'static str),
    /// HTML character references (`&amp;`, `&#8217;`, `&#x2019;`) were decoded.
    HtmlEntities,
    /// CRLF, CR, NEL, LS, PS, VT or FF line ends were turned into `\n`.
    LineEndings,
    /// Invisible format characters (zero-width space, soft hyphen, word joiner, stray BOM,
    /// bidi embedding/override/isolate controls) were removed.
    InvisibleChars,
    /// C0 and C1 control characters other than `\n` and `\t` were removed.
    ControlChars,
    /// Unicode space separators became U+0020, or trailing white space, edge blank lines or runs
    /// of blank lines were removed.
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
            Repair::Mojibake(label) => write!(f, "mojibake:{label}"),
            Repair::HtmlEntities => f.write_str("html-entities"),
            Repair::LineEndings => f.write_str("line-endings"),
            Repair::InvisibleChars => f.write_str("invisible-chars"),
            Repair::ControlChars => f.write_str("control-chars"),
            Repair::Whitespace => f.write_str("whitespace"),
            Repair::Nfc => f.write_str("nfc"),
        }
    }
}

/// The vocabulary in the order repairs are applied, with one line of meaning each, for the
/// README and the dataset card.
pub const VOCABULARY: &[(&str, &str)] = &[
    ("bom", "a byte-order mark was removed"),
    ("decoded:<label>", "the source was decoded from the legacy encoding <label> (WHATWG name)"),
    ("invalid-bytes", "bytes invalid in the detected encoding were replaced by U+FFFD"),
    ("mojibake:<label>", "UTF-8 that had been misread as <label> and saved again was re-read correctly"),
    ("html-entities", "HTML character references (&amp; &eacute; &#8217; &#x2019;) were decoded"),
    ("line-endings", "CRLF, CR, NEL, LS, PS, VT or FF line ends became \\n"),
    ("invisible-chars", "zero-width space, soft hyphen, word joiner, stray BOM or bidi embedding controls were removed (ZWJ/ZWNJ are kept)"),
    ("control-chars", "C0/C1 control characters other than \\n and \\t were removed"),
    ("whitespace", "space separators became U+0020, or trailing spaces, edge blank lines or runs of blank lines were removed (a file's final newline does not count)"),
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
            Repair::Mojibake("KOI8-R"),
            Repair::HtmlEntities,
            Repair::LineEndings,
            Repair::InvisibleChars,
            Repair::ControlChars,
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
        assert_eq!(
            Repair::Mojibake("windows-1252").code(),
            "mojibake:windows-1252"
        );
    }
}
