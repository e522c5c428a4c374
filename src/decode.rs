//! Stage 3, decode: turn raw bytes into a Rust string, choosing the encoding from a byte-order
//! mark, UTF-8 validity, a UTF-16 sniff, or Firefox's detector (`chardetng`), and decoding with
//! `encoding_rs`. Bytes that are no text at all (NUL bytes, a binary format's magic number)
//! are refused here, before any legacy decoding.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

use crate::record::RejectReason;
use crate::repairs::Repair;
use crate::sniff::{Format, Noise};

/// A decoded document.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text, exactly as decoded (not yet repaired or normalized).
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
    /// The magic number of a binary file format (image, PDF, archive, audio, video, font,
    /// executable...), recognised before decoding.
    Format(Format),
    /// The decoded text is mostly control or replacement characters (see
    /// [`crate::sniff::NOISE_SHARE_PER_MILLE`]); found by [`crate::pipeline::clean`].
    Noise(Noise),
}

impl NotText {
    /// The rejection reason: `binary`, or `undecodable` for noise made mostly of code points no
    /// text uses rather than of controls.
    pub fn reason(&self) -> RejectReason {
        match self {
            NotText::Noise(n) if n.mostly_invalid() => RejectReason::Undecodable,
            _ => RejectReason::Binary,
        }
    }
}

impl std::fmt::Display for NotText {
    /// The rejection message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Binary => {
                f.write_str("NUL bytes without a UTF-16 byte-order mark: binary data, not text")
            }
            NotText::Format(format) => write!(f, "{format}, not text"),
            NotText::Noise(n) => {
                let pm = n.per_mille();
                let share = format!("{}.{}%", pm / 10, pm % 10);
                if n.mostly_invalid() {
                    write!(
                        f,
                        "undecodable: {share} of the characters ({} of {}) are U+FFFD replacements, unassigned or private-use code points, or controls: the bytes are not text in the encoding used (noise, or a damaged file)",
                        n.noisy(),
                        n.chars
                    )
                } else {
                    write!(
                        f,
                        "control characters: {share} of the characters ({} of {}) are controls, U+FFFD replacements, unassigned or private-use code points, which text hardly has: binary data, not text",
                        n.noisy(),
                        n.chars
                    )
                }
            }
        }
    }
}

/// Share of C0 control bytes (NUL included, `\t \n \r` excluded) above which bytes are tried as
/// UTF-16 even if they are valid UTF-8: real text never has this many.
const UTF16_CONTROL_SHARE: f64 = 0.05;
/// Share of plausible characters a UTF-16 reading needs to be taken.
const UTF16_MIN_PLAUSIBLE: f64 = 0.97;

/// Decodes `bytes` to text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    decode_cow(Cow::Borrowed(bytes))
}

/// [`decode`] of bytes the caller gives up: UTF-8 text (most of a corpus) becomes the
/// [`Decoded::text`] in place, without a copy.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    decode_cow(Cow::Owned(bytes))
}

/// `bytes` as a `String`, in place, when they are UTF-8; else the bytes back. The check is
/// simdutf8's: std's, in `String::from_utf8`, is several times slower on non-ASCII text.
pub fn utf8_string(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that `bytes` are UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    } else {
        Err(bytes)
    }
}

/// [`decode`] and [`decode_owned`].
fn decode_cow(raw: Cow<'_, [u8]>) -> Result<Decoded, NotText> {
    let bytes: &[u8] = &raw;
    let mut repairs = Vec::new();
    let done = |text: String, encoding: &'static Encoding, repairs: Vec<Repair>| {
        Ok(Decoded {
            text,
            encoding,
            repairs,
        })
    };
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        repairs.push(Repair::Bom);
        if enc != UTF_8 {
            repairs.push(Repair::Decoded(enc.name()));
        }
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            repairs.push(Repair::InvalidBytes);
        }
        return done(text.into_owned(), enc, repairs);
    }
    // UTF-16 of real text has NUL bytes (any ASCII: spaces, digits, line ends) or, for scripts
    // in low blocks (Cyrillic, Greek...), many control bytes. Double-byte legacy text has
    // neither, and must not be read as UTF-16 just because that decodes without errors.
    if bytes.contains(&0) || control_share(bytes) >= UTF16_CONTROL_SHARE {
        if let Some((enc, text)) = sniff_utf16(bytes) {
            repairs.push(Repair::Decoded(enc.name()));
            return done(text, enc, repairs);
        }
    }
    // Neither a byte-order mark nor UTF-16: a binary format's magic number says "not text"
    // (checked only now, since UTF-16 code units can spell a signature).
    if let Some(format) = crate::sniff::binary_format(bytes) {
        return Err(NotText::Format(format));
    }
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    // UTF-8 as it is: owned bytes become the text in place.
    let raw = match raw {
        Cow::Borrowed(b) => match simdutf8::basic::from_utf8(b) {
            Ok(s) => return done(s.to_owned(), UTF_8, repairs),
            Err(_) => Cow::Borrowed(b),
        },
        Cow::Owned(v) => match utf8_string(v) {
            Ok(text) => return done(text, UTF_8, repairs),
            Err(v) => Cow::Owned(v),
        },
    };
    let bytes: &[u8] = &raw;
    let enc = guess(bytes);
    if enc != UTF_8 {
        repairs.push(Repair::Decoded(enc.name()));
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        repairs.push(Repair::InvalidBytes);
    }
    done(text.into_owned(), enc, repairs)
}

/// Non-ASCII bytes the detector reads before it guesses: its evidence is in them, and it costs
/// about 80 ns a byte on Cyrillic text (12 MB/s), so a 1 MB legacy page is judged by its start.
const DETECT_NON_ASCII: usize = 16 * 1024;
/// Bytes after which fewer non-ASCII bytes do: [`DETECT_ENOUGH_NON_ASCII`]. Latin-script text
/// has a few in a hundred, so [`DETECT_NON_ASCII`] alone had the detector read most such files
/// whole, at 85 ns a byte, ASCII included (chardetng was 6.7% of a 1 GiB build's CPU time).
const DETECT_BYTES: usize = 64 * 1024;
/// Non-ASCII bytes that are enough once [`DETECT_BYTES`] are read. On the 816 legacy files of
/// the 1 GiB benchmark corpus and the 3,182 of the 4 GiB one, every guess is the whole file's.
const DETECT_ENOUGH_NON_ASCII: usize = 1024;
/// Bytes fed to the detector at a time.
const DETECT_CHUNK: usize = 8 * 1024;

/// chardetng's guess for `bytes` (not valid UTF-8), from their first [`DETECT_CHUNK`]-byte
/// chunks up to [`DETECT_NON_ASCII`] non-ASCII bytes, or [`DETECT_ENOUGH_NON_ASCII`] of them
/// past [`DETECT_BYTES`]. A start that alone would pass for UTF-8 is not enough (the bytes are
/// not UTF-8): then the detector reads them all.
fn guess(bytes: &[u8]) -> &'static Encoding {
    guess_reading(bytes).0
}

/// [`guess`], and how many of the bytes the detector read.
fn guess_reading(bytes: &[u8]) -> (&'static Encoding, usize) {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let mut chunks = bytes.chunks(DETECT_CHUNK).peekable();
    let (mut read, mut non_ascii) = (0, 0);
    let mut whole = false;
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        detector.feed(chunk, last);
        read += chunk.len();
        non_ascii += chunk.iter().filter(|b| !b.is_ascii()).count();
        if last {
            break;
        }
        let enough = non_ascii >= DETECT_NON_ASCII
            || (read >= DETECT_BYTES && non_ascii >= DETECT_ENOUGH_NON_ASCII);
        if enough && !whole {
            if detector.guess(None, Utf8Detection::Allow) != UTF_8 {
                break;
            }
            whole = true;
        }
    }
    (detector.guess(None, Utf8Detection::Allow), read)
}

fn control_share(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let n = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
        .count();
    n as f64 / bytes.len() as f64
}

/// Whether `c` is something a text document holds (not a control, private-use, special,
/// symbol-combining or noncharacter code point).
fn plausible_char(c: char) -> bool {
    let u = c as u32;
    if matches!(c, '\n' | '\t' | '\r') {
        return true;
    }
    !(c.is_control()
        || (0xE000..=0xF8FF).contains(&u)
        || (0xFFF0..=0xFFFF).contains(&u)
        || (0xFDD0..=0xFDEF).contains(&u)
        || (0x20D0..=0x20FF).contains(&u)
        || u >= 0xF0000)
}

fn plausible_share(text: &str) -> f64 {
    let (mut ok, mut all) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        ok += usize::from(plausible_char(c));
    }
    if all == 0 {
        0.0
    } else {
        ok as f64 / all as f64
    }
}

/// Distinct high bytes of the UTF-16 code units in byte order `hi_first`: real text draws on
/// few Unicode blocks (ASCII and one script), the wrong byte order scatters over many.
fn distinct_high_bytes(bytes: &[u8], hi_first: bool) -> usize {
    let mut seen = [false; 256];
    for unit in bytes.chunks_exact(2) {
        seen[usize::from(if hi_first { unit[0] } else { unit[1] })] = true;
    }
    seen.iter().filter(|&&s| s).count()
}

/// UTF-16 without a byte-order mark: taken when a byte order decodes without errors into
/// plausible text and is clearly more coherent than the other, so ordinary single-byte text
/// never is.
fn sniff_utf16(bytes: &[u8]) -> Option<(&'static Encoding, String)> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let read = |enc: &'static Encoding, hi_first: bool| {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        let ok = !had_errors && plausible_share(&text) >= UTF16_MIN_PLAUSIBLE;
        ok.then(|| (enc, text.into_owned(), distinct_high_bytes(bytes, hi_first)))
    };
    let le = read(encoding_rs::UTF_16LE, false);
    let be = read(encoding_rs::UTF_16BE, true);
    match (le, be) {
        (Some(l), Some(b)) if l.2 < b.2 => Some((l.0, l.1)),
        (Some(l), Some(b)) if b.2 < l.2 => Some((b.0, b.1)),
        (Some(l), None) => Some((l.0, l.1)),
        (None, Some(b)) => Some((b.0, b.1)),
        _ => None,
    }
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
    fn utf16_without_bom_is_recognised() {
        for text in [
            "Hello, world: plain English text in UTF-16.",
            "Привет, мир! Текст на русском языке.",
            "日本語のテキスト、\n「引用」。",
            "한국어 텍스트입니다.",
        ] {
            let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
            let d = decode(&le).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.name()), (text, "UTF-16LE"));
            let d = decode(&be).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.name()), (text, "UTF-16BE"));
        }
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

    fn whole_file_guess(bytes: &[u8]) -> &'static Encoding {
        let mut d = EncodingDetector::new(Iso2022JpDetection::Deny);
        d.feed(bytes, true);
        d.guess(None, Utf8Detection::Allow)
    }

    #[test]
    fn the_detector_reads_the_start_of_a_long_text_and_guesses_as_from_all_of_it() {
        let ru = "Президент Казахстана обратился к главам государств ОДКБ. ".repeat(3000);
        let greek = "Η ειρηνευτική δύναμη αναχώρησε από το Αλμάτι. ".repeat(3000);
        let fr = "Les soldats de la paix ont quitté Almaty après une semaine. ".repeat(20000);
        // One non-ASCII byte in 67: 978 in the first 64 KiB, so the detector reads a chunk more.
        let sparse =
            "Le contingent russe a rejoint Almaty, puis Nour-Soultan, à l'aube. ".repeat(20000);
        for (text, enc, read) in [
            // Cyrillic and Greek: 16 KiB of non-ASCII bytes in fewer than 64 KiB.
            (&ru, encoding_rs::WINDOWS_1251, 24 * 1024),
            (&ru, encoding_rs::KOI8_U, 24 * 1024),
            (&greek, encoding_rs::WINDOWS_1253, 24 * 1024),
            // French, 2 accents in 60 bytes: 1 KiB of them by 64 KiB (16 KiB by 480 KiB).
            (&fr, encoding_rs::WINDOWS_1252, DETECT_BYTES),
            (
                &sparse,
                encoding_rs::WINDOWS_1252,
                DETECT_BYTES + DETECT_CHUNK,
            ),
        ] {
            let (bytes, _, _) = enc.encode(text);
            // Far longer than what the detector reads: its start is what is judged.
            assert!(bytes.len() > 2 * read, "{}", enc.name());
            assert_eq!(guess_reading(&bytes), (enc, read), "{}", enc.name());
            assert_eq!(guess(&bytes), whole_file_guess(&bytes), "{}", enc.name());
        }
        // UTF-8 for far more than the budget, then one stray byte: not taken for UTF-8 (the
        // detector reads on to the end, as it would have from the start).
        let mut bytes = ru.clone().into_bytes();
        bytes.push(0xC0);
        bytes.extend_from_slice(b" end");
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_ne!(guess(&bytes), UTF_8);
        assert_eq!(guess(&bytes), whole_file_guess(&bytes));
    }

    #[test]
    fn double_byte_legacy_text_is_not_taken_for_utf16() {
        let ja = "毎朝、駅前の小さなパン屋には行列ができます。焼きたてのパンが人気です。";
        for enc in [encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP] {
            let (bytes, _, _) = enc.encode(ja);
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (ja, enc));
        }
    }

    #[test]
    fn nul_bytes_without_bom_are_binary() {
        assert_eq!(decode(b"ab\0\0\0\x01cd"), Err(NotText::Binary));
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(e.to_string(), "PNG image (image/png), not text");
        assert_eq!(e.reason(), RejectReason::Binary);
    }

    #[test]
    fn utf16_that_spells_a_signature_is_text() {
        // "Ōsaka" in UTF-16LE starts with 4C 01, COFF's magic number.
        let text = "Ōsaka is a city in Japan, and Ōita is one too.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(infer::get(&le).is_some());
        assert_eq!(decode(&le).unwrap().text, text);
    }
}
