//! Recognising what is not text: binary file formats by their magic numbers (the `infer`
//! crate), and decoded "text" that is mostly control or replacement characters (noise).
//! [`crate::decode`] and [`crate::pipeline::clean`] turn both into [`crate::decode::NotText`].

use std::fmt;

use infer::MatcherType;

/// Bytes of the file's head handed to `infer` (it looks at most ~1 KiB into a file, further
/// only to skip Zstandard/LZ4 skippable frames or find the parts of an OOXML zip).
const SNIFF_HEAD: usize = 8 * 1024;

/// Bytes of the head searched for a byte no text holds, before a short ASCII signature is
/// believed (see [`binary_format`]). Real binary formats put such bytes (lengths, flags, NUL
/// padding) in their first few dozen bytes.
const BINARY_BYTE_HEAD: usize = 1024;

/// A binary file format recognised by its magic number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// MIME type, e.g. `image/png`.
    pub mime: &'static str,
    /// Usual file extension, e.g. `png`.
    pub extension: &'static str,
    /// What kind of file, e.g. `image`, `archive`, `executable`.
    pub kind: &'static str,
}

impl fmt::Display for Format {
    /// `PNG image (image/png)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.extension {
            "jpg" => "JPEG".to_string(),
            "gz" => "gzip".into(),
            "bz2" => "bzip2".into(),
            "bz3" => "bzip3".into(),
            "zst" => "Zstandard".into(),
            "7z" => "7-Zip".into(),
            "Z" => "Unix compress".into(),
            "lz" => "lzip".into(),
            "doc" => "Microsoft Office (OLE)".into(),
            "exe" | "dll" => "Windows PE".into(),
            "mach" => "Mach-O".into(),
            "class" => "Java class".into(),
            "wasm" => "WebAssembly".into(),
            "sqlite" => "SQLite".into(),
            "bc" => "LLVM bitcode".into(),
            other => other.to_uppercase(),
        };
        write!(f, "{name} {} ({})", self.kind, self.mime)
    }
}

/// The binary format `bytes` start with, if `infer` recognises one that is not text.
///
/// Text-like matches are never binary: HTML, XML and shell scripts (`infer`'s text types), and
/// RTF, PostScript and PEM, which are ASCII markup or programs. Many of `infer`'s signatures are
/// two to four printable ASCII characters (`MZ` executable, `BM` bitmap, `BC` LLVM bitcode,
/// `GIF`, `ID3` MP3, `SQLi` SQLite, `CWS` Flash, `MAC ` Monkey's Audio...) that ordinary text can
/// start with, so a match is believed only when the first KiB also holds a byte no text holds
/// (a C0 control other than tab, line ends and escape) — real files of those formats always do,
/// in their length and flag fields — or, for PDF, when the file starts with `%PDF-` (`infer`
/// alone looks for `%PDF` anywhere in the first KiB, which text about PDF can contain).
/// Callers rule out UTF-16 and byte-order-marked text first: their code units can spell a
/// signature too.
pub fn binary_format(bytes: &[u8]) -> Option<Format> {
    let head = &bytes[..bytes.len().min(SNIFF_HEAD)];
    let t = infer::get(head)?;
    let (mime, extension) = (t.mime_type(), t.extension());
    let text_like =
        t.matcher_type() == MatcherType::Text || matches!(extension, "rtf" | "ps" | "pem");
    if text_like {
        return None;
    }
    let believed = if extension == "pdf" {
        bytes.starts_with(b"%PDF-")
    } else {
        head[..head.len().min(BINARY_BYTE_HEAD)]
            .iter()
            .any(|&b| is_binary_byte(b))
    };
    if !believed {
        return None;
    }
    let kind = match (t.matcher_type(), extension) {
        (_, "pdf") => "document",
        (_, "sqlite") => "database",
        (_, "eot") => "font",
        (_, "der") => "certificate",
        (_, "qcow2") => "disk image",
        (_, "dcm") => "medical image",
        (MatcherType::Image, _) => "image",
        (MatcherType::Video, _) => "video",
        (MatcherType::Audio, _) => "audio",
        (MatcherType::Font, _) => "font",
        (MatcherType::Doc, _) => "document",
        (MatcherType::Book, _) => "e-book",
        (MatcherType::App, _) => "executable",
        (MatcherType::Archive, _) => "archive",
        _ => "file",
    };
    Some(Format {
        mime,
        extension,
        kind,
    })
}

/// A byte no text file holds: a C0 control other than tab, line feed, vertical tab, form feed,
/// carriage return and escape (ISO-2022 and terminal colour codes use it).
fn is_binary_byte(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1B)
}

/// Share of noise characters above which decoded text is noise, not text: 5%, as
/// [`NOISE_SHARE_PER_MILLE`] ‰.
///
/// Why 5%: text as written has no control characters or meaningless code points at all, and a
/// damaged one a handful (the normalizer removes stray controls, recording `control-chars`):
/// the seeds and fixtures are at 0% once repaired (mojibake included), and the worst of the 313
/// encoding fixtures, whose `controls` variant scatters 6 controls through a short passage, is
/// at 2.9% (6 of 208 characters of Chinese).
/// Noise sits far above: any ASCII-compatible decoding of random bytes gives ~11% C0 controls (28
/// of the 256 byte values) plus C1 controls and U+FFFD for invalid sequences, and so does
/// compressed or encrypted data without NULs; random bytes behind a UTF-16 byte-order mark give
/// ~15% U+FFFD (lone surrogates), unassigned and private-use code points. 5% sits between the two
/// with room on both sides.
pub const NOISE_SHARE_PER_MILLE: usize = 50;

/// Fewest noise characters that make text noise, whatever its length: a short file with a stray
/// control or two (a DOS end-of-file `^Z`, a bell) is text to clean, not binary.
pub const NOISE_MIN_CHARS: usize = 8;

/// Noise in decoded text: control characters other than white space and line ends, and code
/// points no text uses (U+FFFD for bytes invalid in the encoding, unassigned and private-use
/// code points).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noise {
    /// C0/C1 control characters other than `\t \n \v \f \r` and NEL (line ends to the
    /// normalizer), DEL included.
    pub controls: usize,
    /// U+FFFD replacement characters, unassigned and private-use code points.
    pub invalid: usize,
    /// All characters.
    pub chars: usize,
}

/// What a non-ASCII character counts as in [`Noise`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoiseClass {
    Text,
    /// A control (general category Cc), NEL excepted: it is a line end.
    Control,
    /// Unassigned, private use, or U+FFFD.
    Invalid,
}

/// [`NoiseClass`] by general category (a binary search in Unicode's tables).
fn classify(c: char) -> NoiseClass {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    match c.general_category() {
        GeneralCategory::Control if c != '\u{85}' => NoiseClass::Control,
        GeneralCategory::Unassigned | GeneralCategory::PrivateUse => NoiseClass::Invalid,
        _ if c == '\u{FFFD}' => NoiseClass::Invalid,
        _ => NoiseClass::Text,
    }
}

/// [`classify`], from a table of the Basic Multilingual Plane built on first use (64 KiB): every
/// character of every text goes through here, and the search was a visible share of the build.
fn noise_class(c: char) -> NoiseClass {
    static BMP: std::sync::OnceLock<Vec<NoiseClass>> = std::sync::OnceLock::new();
    let bmp = BMP.get_or_init(|| {
        (0..=0xFFFFu32)
            .map(|u| char::from_u32(u).map_or(NoiseClass::Text, classify))
            .collect()
    });
    bmp.get(c as usize).copied().unwrap_or_else(|| classify(c))
}

impl Noise {
    /// Counts the noise in `text`.
    pub fn count(text: &str) -> Self {
        let mut n = Noise {
            controls: 0,
            invalid: 0,
            chars: 0,
        };
        for c in text.chars() {
            n.chars += 1;
            if c.is_ascii() {
                if c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\u{B}' | '\u{C}' | '\r') {
                    n.controls += 1;
                }
                continue;
            }
            match noise_class(c) {
                NoiseClass::Control => n.controls += 1,
                NoiseClass::Invalid => n.invalid += 1,
                NoiseClass::Text => {}
            }
        }
        n
    }

    /// Noise characters, controls and invalid code points together.
    pub fn noisy(&self) -> usize {
        self.controls + self.invalid
    }

    /// Whether the text is noise rather than text: over [`NOISE_SHARE_PER_MILLE`] ‰ noise
    /// characters and at least [`NOISE_MIN_CHARS`] of them.
    pub fn is_noise(&self) -> bool {
        self.noisy() >= NOISE_MIN_CHARS && self.noisy() * 1000 > self.chars * NOISE_SHARE_PER_MILLE
    }

    /// Whether invalid code points dominate: the bytes did not decode (`undecodable`) rather
    /// than being control bytes (`binary`).
    pub fn mostly_invalid(&self) -> bool {
        self.invalid > self.controls
    }

    /// The noise share in per mille, rounded down.
    pub fn per_mille(&self) -> usize {
        (self.noisy() * 1000).checked_div(self.chars).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_classifies_like_the_general_category() {
        for u in (0x80..=0xFFFFu32).chain([0x1_0000, 0x1_F600, 0xE_0001, 0xF_0000, 0x10_FFFD]) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(noise_class(c), classify(c), "U+{u:04X}");
            }
        }
        assert_eq!(noise_class('\u{85}'), NoiseClass::Text);
        assert_eq!(noise_class('\u{9B}'), NoiseClass::Control);
        assert_eq!(noise_class('\u{FFFD}'), NoiseClass::Invalid);
        assert_eq!(noise_class('\u{E000}'), NoiseClass::Invalid);
        assert_eq!(noise_class('\u{F_0000}'), NoiseClass::Invalid);
        assert_eq!(noise_class('\u{0378}'), NoiseClass::Invalid);
        assert_eq!(noise_class('ж'), NoiseClass::Text);
    }

    #[test]
    fn binary_formats_are_named() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
        let f = binary_format(png).unwrap();
        assert_eq!(f.to_string(), "PNG image (image/png)");
        let gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00";
        assert_eq!(
            binary_format(gz).unwrap().to_string(),
            "gzip archive (application/gzip)"
        );
        let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00";
        assert_eq!(
            binary_format(zip).unwrap().to_string(),
            "ZIP archive (application/zip)"
        );
        let pdf =
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        assert_eq!(
            binary_format(pdf).unwrap().to_string(),
            "PDF document (application/pdf)"
        );
        let elf = [b"\x7fELF\x02\x01\x01\0".as_slice(), &[0u8; 60]].concat();
        assert_eq!(binary_format(&elf).unwrap().kind, "executable");
    }

    #[test]
    fn text_that_starts_like_a_signature_is_text() {
        for text in [
            "MZ Wallace opened a store.",
            "BMW and BC Hydro signed a deal.",
            "BC Hydro said on Monday.",
            "GIF animations are back.",
            "ID3 tags hold the title of a song.",
            "SQLite is a small database.",
            "CWS and FWS are acronyms too.",
            "MAC addresses identify network cards.",
            "BZh is not a word.",
            "070701 was the batch number.",
            "MThd, OggS, fLaC and RIFF are chunk names.",
            "The header %PDF-1.7 starts every PDF file.",
            "<html><body>Hello</body></html>",
            "<?xml version=\"1.0\"?><a/>",
            "#!/bin/sh\necho hi\n",
            "{\\rtf1\\ansi Hello}",
            "%!PS-Adobe-3.0\n",
            "-----BEGIN CERTIFICATE-----\nMIIB\n",
        ] {
            assert_eq!(binary_format(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn noise_is_counted_and_judged() {
        let n =
            Noise::count("Plain text,\twith\r\nline ends\u{B}\u{C}\u{85} and ünïcödé 日本語 👍🏽.");
        assert_eq!((n.controls, n.invalid), (0, 0));
        assert!(!n.is_noise());
        // A DOS end-of-file marker and a bell: cleaned, not rejected.
        assert!(!Noise::count("Short.\u{7}\r\n\u{1A}").is_noise());
        let noisy: String = "ab\u{1}\u{7f}\u{9f}\u{FFFD}".repeat(10);
        let n = Noise::count(&noisy);
        assert_eq!((n.controls, n.invalid, n.chars), (30, 10, 60));
        assert!(n.is_noise() && !n.mostly_invalid());
        assert_eq!(n.per_mille(), 666);
        // U+FFFD, unassigned (U+0378) and private-use (U+E000) code points.
        let n = Noise::count(&"ab\u{FFFD}\u{378}\u{E000}".repeat(10));
        assert_eq!((n.controls, n.invalid), (0, 30));
        assert!(n.is_noise() && n.mostly_invalid());
        // 5% exactly is still text; over it is noise.
        let edge = format!("{}{}", "a".repeat(190), "\u{1}".repeat(10));
        assert!(!Noise::count(&edge).is_noise());
        let over = format!("{}{}", "a".repeat(189), "\u{1}".repeat(11));
        assert!(Noise::count(&over).is_noise());
    }
}
