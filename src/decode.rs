//! Stage 3, decode: turn raw bytes into a Rust string, choosing the encoding from a byte-order
//! mark, UTF-8 validity, or Firefox's detector (`chardetng`), and decoding with `encoding_rs`.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

use crate::repairs::Repair;

/// A decoded document.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text, exactly as decoded (not yet normalized).
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// What decoding had to do.
    pub repairs: Vec<Repair>,
}

/// Why bytes could not be decoded as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes outside a UTF-16 document: binary data.
    Binary,
}

/// Decodes `bytes` to text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    let mut repairs = Vec::new();
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        repairs.push(Repair::Bom);
        if enc != UTF_8 {
            repairs.push(Repair::Decoded(enc.name()));
        }
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            repairs.push(Repair::InvalidBytes);
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: enc,
            repairs,
        });
    }
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_owned(),
            encoding: UTF_8,
            repairs,
        });
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, Utf8Detection::Allow);
    if enc != UTF_8 {
        repairs.push(Repair::Decoded(enc.name()));
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        repairs.push(Repair::InvalidBytes);
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: enc,
        repairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_untouched() {
        let d = decode("Привет, monde — 世界".as_bytes()).unwrap();
        assert_eq!(d.text, "Привет, monde — 世界");
        assert_eq!(d.encoding, UTF_8);
        assert!(d.repairs.is_empty());
    }

    #[test]
    fn boms_are_honoured_and_recorded() {
        let d = decode(b"\xEF\xBB\xBFhi").unwrap();
        assert_eq!((d.text.as_str(), d.encoding.name()), ("hi", "UTF-8"));
        assert_eq!(d.repairs, [Repair::Bom]);
        let d = decode(b"\xFF\xFEh\0i\0").unwrap();
        assert_eq!((d.text.as_str(), d.encoding.name()), ("hi", "UTF-16LE"));
        assert_eq!(d.repairs, [Repair::Bom, Repair::Decoded("UTF-16LE")]);
    }

    #[test]
    fn legacy_cyrillic_is_detected() {
        let src = "Президент Казахстана обратился к главам государств Организации Договора о коллективной безопасности.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(src);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding.name(), "windows-1251");
        assert_eq!(d.text, src);
        assert_eq!(d.repairs, [Repair::Decoded("windows-1251")]);
    }

    #[test]
    fn nul_bytes_without_bom_are_binary() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(NotText::Binary)
        );
    }
}
