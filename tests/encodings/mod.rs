//! Fixture generator for the decode → repair → normalize accuracy test.
//!
//! Every passage in [`passages`] is turned into byte-level variants the way real software
//! damages text: other Unicode encodings, legacy code pages, mojibake (UTF-8 decoded with the
//! wrong single-byte code page and saved again), Windows/Mac line ends, HTML character
//! references, invisible and control characters, exotic spaces, messy white space and NFD.
//! Each [`Case`] says what `corpack::pipeline::clean` must give back.
//!
//! Variants are only generated when they are lossless: a legacy encoding must map every
//! character (or, for typographic punctuation the code page lacks, the ASCII stand-in such
//! documents really use, see [`ascii_fallback`]), and mojibake must round-trip.

#![allow(dead_code)]

pub mod passages;

use std::fs;
use std::path::{Path, PathBuf};

use encoding_rs::{
    Encoding, BIG5, EUC_JP, EUC_KR, GB18030, GBK, IBM866, ISO_8859_15, ISO_8859_2, ISO_8859_5,
    ISO_8859_6, ISO_8859_7, ISO_8859_8, KOI8_R, KOI8_U, SHIFT_JIS, WINDOWS_1250, WINDOWS_1251,
    WINDOWS_1252, WINDOWS_1253, WINDOWS_1254, WINDOWS_1255, WINDOWS_1256,
};
use unicode_normalization::UnicodeNormalization;

use passages::{Passage, PASSAGES};

/// The environment variable naming a folder that receives a copy of every fixture.
pub const KEEP_VAR: &str = "CORPACK_KEEP_FIXTURES";

/// One fixture file and what cleaning it must produce.
#[derive(Debug, Clone)]
pub struct Case {
    /// File name: `LANG__VARIANT.txt`, e.g. `ru__windows-1251.txt`.
    pub name: String,
    /// Language tag of the passage.
    pub lang: &'static str,
    /// How the bytes were made: `UTF-8`, `windows-1251`, `mojibake-windows-1252`, `crlf`, ...
    pub variant: String,
    /// The file content.
    pub bytes: Vec<u8>,
    /// The text `clean` must return.
    pub expected: String,
    /// The WHATWG label `clean` must report, when the bytes determine it (see `note`).
    pub expected_encoding: Option<&'static str>,
    /// A repair code that must appear in `repairs`. A value ending in `:` (e.g. `decoded:`)
    /// matches any code with that prefix; it is used where the exact label cannot be known.
    pub expected_repair: Option<String>,
    /// Why an expectation is looser than usual, or what was substituted; empty otherwise.
    pub note: String,
}

/// A variant that could not be generated losslessly for a passage.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub lang: &'static str,
    pub variant: String,
    pub reason: String,
}

/// All cases.
pub fn cases() -> Vec<Case> {
    generate().0
}

/// Variants that were asked for but could not be generated losslessly, with the reason.
pub fn skipped() -> Vec<Skipped> {
    generate().1
}

/// Writes every case's bytes to `dir/NAME` (creating `dir`). When `CORPACK_KEEP_FIXTURES` is
/// set, also writes them to that folder, together with `expected/NAME` (the expected text as
/// UTF-8) and `cases.json` (the expectations), so a person can inspect them.
pub fn write_all(dir: &Path) {
    let cases = cases();
    write_to(dir, &cases, false);
    if let Some(keep) = keep_dir() {
        write_to(&keep, &cases, true);
    }
}

/// The folder named by `CORPACK_KEEP_FIXTURES`, if set and not empty.
pub fn keep_dir() -> Option<PathBuf> {
    std::env::var_os(KEEP_VAR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn write_to(dir: &Path, cases: &[Case], with_expectations: bool) {
    fs::create_dir_all(dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    for case in cases {
        let path = dir.join(&case.name);
        fs::write(&path, &case.bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }
    if !with_expectations {
        return;
    }
    let expected_dir = dir.join("expected");
    fs::create_dir_all(&expected_dir).unwrap();
    let mut index = Vec::new();
    for case in cases {
        fs::write(expected_dir.join(&case.name), &case.expected).unwrap();
        index.push(serde_json::json!({
            "name": case.name,
            "lang": case.lang,
            "variant": case.variant,
            "expected_encoding": case.expected_encoding,
            "expected_repair": case.expected_repair,
            "note": case.note,
        }));
    }
    let skipped: Vec<_> = skipped()
        .into_iter()
        .map(|s| serde_json::json!({"lang": s.lang, "variant": s.variant, "reason": s.reason}))
        .collect();
    let json = serde_json::json!({"cases": index, "skipped": skipped});
    fs::write(
        dir.join("cases.json"),
        serde_json::to_string_pretty(&json).unwrap(),
    )
    .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Which encodings apply to which language
// ---------------------------------------------------------------------------------------------

/// The legacy encodings a passage is saved in (when it fits).
fn legacy_for(lang: &str) -> Vec<&'static Encoding> {
    match lang {
        "en" | "fr" | "de" | "es" => vec![WINDOWS_1252],
        "pl" | "cs" => vec![WINDOWS_1250, ISO_8859_2],
        "ru" => vec![WINDOWS_1251, ISO_8859_5, KOI8_R],
        "uk" => vec![WINDOWS_1251, KOI8_U],
        "el" => vec![WINDOWS_1253, ISO_8859_7],
        "tr" => vec![WINDOWS_1254],
        "ar" => vec![WINDOWS_1256],
        "he" => vec![WINDOWS_1255],
        "ja" => vec![SHIFT_JIS, EUC_JP],
        "zh" => vec![GBK, GB18030],
        "zh-Hant" => vec![BIG5],
        "ko" => vec![EUC_KR],
        _ => vec![],
    }
}

/// Encodings equally plausible for a language's legacy documents. If one of them decodes a
/// case's bytes to exactly the same text as the encoding used, the label cannot be known from
/// the bytes and the case expects the text only (label `None`, repair `decoded:`).
fn plausible_for(lang: &str) -> Vec<&'static Encoding> {
    match lang {
        "en" | "fr" | "de" | "es" => vec![WINDOWS_1252, ISO_8859_15],
        "pl" | "cs" => vec![WINDOWS_1250, ISO_8859_2],
        "ru" | "uk" => vec![WINDOWS_1251, ISO_8859_5, KOI8_R, KOI8_U, IBM866],
        "el" => vec![WINDOWS_1253, ISO_8859_7],
        "tr" => vec![WINDOWS_1254],
        "ar" => vec![WINDOWS_1256, ISO_8859_6],
        "he" => vec![WINDOWS_1255, ISO_8859_8],
        "ja" => vec![SHIFT_JIS, EUC_JP],
        // encoding_rs's GBK decoder is a full gb18030 decoder, so GBK and gb18030 bytes of
        // GBK-encodable text are indistinguishable.
        "zh" => vec![GBK, GB18030],
        "zh-Hant" => vec![BIG5],
        "ko" => vec![EUC_KR],
        _ => vec![],
    }
}

/// The ASCII stand-in legacy documents use for typographic characters their code page lacks.
pub fn ascii_fallback(c: char) -> Option<&'static str> {
    Some(match c {
        '„' | '“' | '”' | '«' | '»' => "\"",
        '‚' | '‘' | '’' => "'",
        '—' | '–' => "-",
        '…' => "...",
        '\u{a0}' | '\u{202f}' => " ",
        _ => return None,
    })
}

/// `text` made to fit `enc`: unchanged if it does, else with [`ascii_fallback`] stand-ins for
/// the characters that do not fit (the second value lists them). `None` if even that fails.
fn fit(text: &str, enc: &'static Encoding) -> Option<(String, String)> {
    if !enc.encode(text).2 {
        return Some((text.to_string(), String::new()));
    }
    let mut out = String::with_capacity(text.len());
    let mut replaced = String::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if enc.encode(c.encode_utf8(&mut buf)).2 {
            out.push_str(ascii_fallback(c)?);
            if !replaced.contains(c) {
                replaced.push(c);
            }
        } else {
            out.push(c);
        }
    }
    Some((out, replaced))
}

/// Encodes `text` in a legacy encoding, which must map every character.
fn encode_legacy(text: &str, enc: &'static Encoding) -> Vec<u8> {
    let (bytes, used, unmappable) = enc.encode(text);
    assert!(
        !unmappable && used == enc,
        "{} cannot encode the text",
        enc.name()
    );
    bytes.into_owned()
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 2);
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// UTF-8 bytes of `text` decoded as `enc` — exactly what a browser or editor does when it
/// opens a UTF-8 file with the wrong code page — ready to be saved again as UTF-8. `None` when
/// the damage is not reversible (a byte the code page does not map became U+FFFD).
pub fn mojibake(text: &str, enc: &'static Encoding) -> Option<String> {
    let (s, had_errors) = enc.decode_without_bom_handling(text.as_bytes());
    if had_errors {
        return None;
    }
    let (back, _, unmappable) = enc.encode(&s);
    (!unmappable && back.as_ref() == text.as_bytes()).then(|| s.into_owned())
}

/// UTF-8 bytes of `text` decoded as true ISO-8859-1 (every byte to U+00XX, so 0x80–0x9F
/// become C1 controls), as Python's `latin-1` codec and many C libraries do.
fn mojibake_latin1(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

// ---------------------------------------------------------------------------------------------
// Text transformations that cleaning must undo
// ---------------------------------------------------------------------------------------------

/// Named references used by the entity variant.
const NAMED: &[(char, &str)] = &[
    ('\u{a0}', "&nbsp;"),
    ('é', "&eacute;"),
    ('è', "&egrave;"),
    ('à', "&agrave;"),
    ('ç', "&ccedil;"),
    ('ü', "&uuml;"),
    ('ö', "&ouml;"),
    ('ä', "&auml;"),
    ('ß', "&szlig;"),
    ('ñ', "&ntilde;"),
    ('¿', "&iquest;"),
    ('¡', "&iexcl;"),
    ('«', "&laquo;"),
    ('»', "&raquo;"),
    ('“', "&ldquo;"),
    ('”', "&rdquo;"),
    ('„', "&bdquo;"),
    ('—', "&mdash;"),
    ('–', "&ndash;"),
    ('"', "&quot;"),
    ('<', "&lt;"),
    ('>', "&gt;"),
];

/// The passage as an HTML-to-text export leaves it: `&` → `&amp;`, some characters as named
/// references, `’` alternately as `&#8217;` and `&#x2019;`, and every fifth other non-ASCII
/// character as a decimal or hexadecimal reference (alternating, hex digits in either case).
pub fn entity_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let (mut apostrophes, mut others) = (0usize, 0usize);
    for c in text.chars() {
        if c == '&' {
            out.push_str("&amp;");
        } else if c == '’' {
            out.push_str(if apostrophes % 2 == 0 {
                "&#8217;"
            } else {
                "&#x2019;"
            });
            apostrophes += 1;
        } else if let Some((_, name)) = NAMED.iter().find(|(n, _)| *n == c) {
            out.push_str(name);
        } else if !c.is_ascii() {
            if others % 5 == 0 {
                match (others / 5) % 3 {
                    0 => out.push_str(&format!("&#{};", c as u32)),
                    1 => out.push_str(&format!("&#x{:x};", c as u32)),
                    _ => out.push_str(&format!("&#x{:X};", c as u32)),
                }
            } else {
                out.push(c);
            }
            others += 1;
        } else {
            out.push(c);
        }
    }
    out
}

/// Char indices `i` (into `chars`) with letters on both sides: safe places to insert
/// something inside a word.
fn inner_positions(chars: &[char]) -> Vec<usize> {
    (1..chars.len())
        .filter(|&i| chars[i - 1].is_alphabetic() && chars[i].is_alphabetic())
        .collect()
}

/// Inserts `items` at evenly spread positions inside words; each item is inserted at one
/// position (a pair `(open, close)` around a few characters).
fn insert_spread(text: &str, items: &[(&str, &str)]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let positions = inner_positions(&chars);
    assert!(positions.len() > items.len() * 4, "passage too short");
    let mut inserts: Vec<(usize, &str)> = Vec::new();
    for (k, (open, close)) in items.iter().enumerate() {
        let p = positions[(k * 2 + 1) * positions.len() / (items.len() * 2 + 1)];
        inserts.push((p, open));
        if !close.is_empty() {
            // Close a few letters later, still inside the same run of letters if possible.
            let end = positions
                .iter()
                .copied()
                .filter(|&q| q > p)
                .take(3)
                .last()
                .unwrap_or(p);
            inserts.push((end, close));
        }
    }
    inserts.sort_by_key(|&(p, _)| p);
    let mut out = String::with_capacity(text.len() + 64);
    let mut next = inserts.iter().peekable();
    for (i, c) in chars.iter().enumerate() {
        while let Some(&&(p, s)) = next.peek() {
            if p != i {
                break;
            }
            out.push_str(s);
            next.next();
        }
        out.push(*c);
    }
    out
}

/// Invisible format characters normalize removes, plus a C0 and a C1 control.
const INVISIBLE: &[(&str, &str)] = &[
    ("\u{200b}", ""),         // ZERO WIDTH SPACE
    ("\u{ad}", ""),           // SOFT HYPHEN
    ("\u{2060}", ""),         // WORD JOINER
    ("\u{feff}", ""),         // ZERO WIDTH NO-BREAK SPACE mid-text (a stray BOM)
    ("\u{202b}", "\u{202c}"), // RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING
    ("\u{202d}", "\u{202c}"), // LEFT-TO-RIGHT OVERRIDE … POP DIRECTIONAL FORMATTING
    ("\u{2067}", "\u{2069}"), // RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE
    ("\u{7}", ""),            // BEL (C0)
    ("\u{9b}", ""),           // CONTROL SEQUENCE INTRODUCER (C1)
    ("\u{200b}", ""),
];

/// C0 and C1 controls only (none of them a line end: no U+0085, no CR/LF/VT/FF).
const CONTROLS: &[(&str, &str)] = &[
    ("\u{7}", ""),
    ("\u{1b}", ""),
    ("\u{8}", ""),
    ("\u{9b}", ""),
    ("\u{1}", ""),
    ("\u{90}", ""),
];

/// Unicode space separators normalize turns into U+0020.
const SPACES: &[char] = &[
    '\u{2002}', '\u{2003}', '\u{2009}', '\u{200a}', '\u{205f}', '\u{3000}', '\u{1680}', '\u{2000}',
];

/// Replaces every third ASCII space with an exotic space separator.
fn exotic_spaces(text: &str) -> String {
    let mut n = 0;
    text.chars()
        .map(|c| {
            if c == ' ' {
                n += 1;
                if n % 3 == 0 {
                    return SPACES[(n / 3) % SPACES.len()];
                }
            }
            c
        })
        .collect()
}

/// Leading blank lines, trailing spaces and tabs, runs of blank lines, trailing blank lines.
fn messy_whitespace(text: &str) -> String {
    let body = text
        .split("\n\n")
        .map(|p| format!("{p}  \t"))
        .collect::<Vec<_>>()
        .join("\n \n\n\t\n");
    format!("\n  \n{body}\n\n\n")
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

struct Gen {
    cases: Vec<Case>,
    skipped: Vec<Skipped>,
}

impl Gen {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        lang: &'static str,
        variant: &str,
        bytes: Vec<u8>,
        expected: &str,
        encoding: Option<&'static str>,
        repair: Option<&str>,
        note: &str,
    ) {
        self.cases.push(Case {
            name: format!("{lang}__{variant}.txt"),
            lang,
            variant: variant.to_string(),
            bytes,
            expected: expected.to_string(),
            expected_encoding: encoding,
            expected_repair: repair.map(str::to_string),
            note: note.to_string(),
        });
    }

    fn skip(&mut self, lang: &'static str, variant: &str, reason: String) {
        self.skipped.push(Skipped {
            lang,
            variant: variant.to_string(),
            reason,
        });
    }

    /// A UTF-8 file whose text is `damaged`; cleaning must give back `original`.
    fn utf8(
        &mut self,
        lang: &'static str,
        variant: &str,
        damaged: &str,
        original: &str,
        repair: &str,
    ) {
        self.push(
            lang,
            variant,
            damaged.as_bytes().to_vec(),
            original,
            Some("UTF-8"),
            Some(repair),
            "",
        );
    }

    /// Saves the passage in a legacy encoding, if it fits, with `\n` replaced by `eol` and,
    /// if `final_eol`, one line end after the last line (as most files have).
    fn legacy(&mut self, p: &Passage, enc: &'static Encoding, eol: &str, final_eol: bool) {
        let lang = p.lang;
        let mut variant = enc.name().to_string();
        if eol != "\n" {
            variant.push_str("+crlf");
        }
        if final_eol {
            variant.push_str("+final-eol");
        }
        let Some((text, replaced)) = fit(&p.text(), enc) else {
            self.skip(
                lang,
                &variant,
                format!("{} cannot encode the passage", enc.name()),
            );
            return;
        };
        let mut source = text.replace('\n', eol);
        if final_eol {
            source.push_str(eol);
        }
        let bytes = encode_legacy(&source, enc);
        let mut note = String::new();
        if !replaced.is_empty() {
            note = format!(
                "{} lacks {replaced:?}: the source uses ASCII stand-ins, as such documents do; ",
                enc.name()
            );
        }
        let same: Vec<&str> = plausible_for(lang)
            .iter()
            .filter(|&&other| other != enc)
            .filter(|other| {
                let (t, errors) = other.decode_without_bom_handling(&bytes);
                !errors && t == source
            })
            .map(|other| other.name())
            .collect();
        let (label, repair) = if same.is_empty() {
            (Some(enc.name()), format!("decoded:{}", enc.name()))
        } else {
            note.push_str(&format!(
                "bytes decode to the same text as {}: label cannot be known",
                same.join(", ")
            ));
            (None, "decoded:".to_string())
        };
        self.push(lang, &variant, bytes, &text, label, Some(&repair), &note);
    }

    fn mojibake(&mut self, lang: &'static str, text: &str, enc: &'static Encoding) {
        let variant = format!("mojibake-{}", enc.name());
        match mojibake(text, enc) {
            Some(m) => self.utf8(
                lang,
                &variant,
                &m,
                text,
                &format!("mojibake:{}", enc.name()),
            ),
            None => self.skip(
                lang,
                &variant,
                format!(
                    "a UTF-8 byte of the passage is unmapped in {}: U+FFFD, not reversible",
                    enc.name()
                ),
            ),
        }
    }
}

fn generate() -> (Vec<Case>, Vec<Skipped>) {
    let mut g = Gen {
        cases: Vec::new(),
        skipped: Vec::new(),
    };
    for p in PASSAGES {
        let lang = p.lang;
        let text = p.text();
        let t = text.as_str();

        // Unicode encodings.
        g.push(
            lang,
            "UTF-8",
            t.as_bytes().to_vec(),
            t,
            Some("UTF-8"),
            None,
            "",
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(t.as_bytes());
        g.push(lang, "UTF-8-bom", bom, t, Some("UTF-8"), Some("bom"), "");
        for (le, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let v = format!("{name}-bom");
            g.push(lang, &v, utf16(t, le, true), t, Some(name), Some("bom"), "");
            let repair = format!("decoded:{name}");
            g.push(
                lang,
                name,
                utf16(t, le, false),
                t,
                Some(name),
                Some(&repair),
                "",
            );
        }

        // Legacy code pages.
        for enc in legacy_for(lang) {
            g.legacy(p, enc, "\n", false);
            g.legacy(p, enc, "\n", true);
        }

        // Mojibake: UTF-8 read as windows-1252 (every language), windows-1251, KOI8-R.
        g.mojibake(lang, t, WINDOWS_1252);
        if matches!(lang, "ru" | "uk" | "kk" | "en" | "fr") {
            g.mojibake(lang, t, WINDOWS_1251);
        }
        if lang == "ru" {
            g.mojibake(lang, t, KOI8_R);
        }
        if matches!(lang, "fr" | "ru" | "de" | "el" | "ja") {
            // Double encoding: the mojibake was itself saved as UTF-8 and opened as 1252 again.
            let twice = mojibake(t, WINDOWS_1252).and_then(|m| mojibake(&m, WINDOWS_1252));
            let twice = twice.expect("1252 mojibake always round-trips");
            g.utf8(
                lang,
                "mojibake-windows-1252x2",
                &twice,
                t,
                "mojibake:windows-1252",
            );
        }
        {
            // One damaged paragraph (pasted from a mis-decoded source), the rest intact.
            let mut paras: Vec<String> = p.paragraphs.iter().map(|s| s.to_string()).collect();
            paras[1] = mojibake(&paras[1], WINDOWS_1252).unwrap();
            let damaged = paras.join("\n\n");
            g.utf8(
                lang,
                "mojibake-line-windows-1252",
                &damaged,
                t,
                "mojibake:windows-1252",
            );
        }
        for (enc, langs) in [
            (WINDOWS_1251, &["ru", "uk", "kk"][..]),
            (KOI8_R, &["ru"][..]),
        ] {
            if langs.contains(&lang) {
                let mut paras: Vec<String> = p.paragraphs.iter().map(|s| s.to_string()).collect();
                paras[1] = mojibake(&paras[1], enc).expect("checked by the whole-text variant");
                let variant = format!("mojibake-line-{}", enc.name());
                let repair = format!("mojibake:{}", enc.name());
                g.utf8(lang, &variant, &paras.join("\n\n"), t, &repair);
            }
        }
        if matches!(lang, "en" | "ru") {
            // Mojibake in a file with Windows line ends.
            let m = mojibake(t, WINDOWS_1252).unwrap().replace('\n', "\r\n");
            g.utf8(
                lang,
                "mojibake-windows-1252+crlf",
                &m,
                t,
                "mojibake:windows-1252",
            );
        }
        if matches!(lang, "fr" | "de" | "ru") {
            // True Latin-1 (C1 controls for 0x80–0x9F): the label the repair reports may be
            // `windows-1252` or `ISO-8859-1`, so only the `mojibake:` prefix is required.
            g.utf8(lang, "mojibake-latin1", &mojibake_latin1(t), t, "mojibake:");
        }

        // Line ends, also combined with UTF-16 and legacy code pages as Windows tools save them.
        if matches!(lang, "en" | "ru" | "ja") {
            g.utf8(lang, "crlf", &t.replace('\n', "\r\n"), t, "line-endings");
            g.utf8(lang, "cr", &t.replace('\n', "\r"), t, "line-endings");
        }
        if matches!(lang, "en" | "ru") {
            // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line ends (office and EBCDIC
            // exports), one kind per paragraph break.
            let breaks = ["\u{85}\u{85}", "\u{2028}\u{2028}", "\u{2029}\u{2029}"];
            let mut unusual = p.paragraphs[0].to_string();
            for (k, para) in p.paragraphs[1..].iter().enumerate() {
                unusual.push_str(breaks[k % breaks.len()]);
                unusual.push_str(para);
            }
            g.utf8(lang, "nel-ls-ps", &unusual, t, "line-endings");
        }
        match lang {
            "en" => {
                let bytes = utf16(&t.replace('\n', "\r\n"), true, true);
                g.push(
                    lang,
                    "UTF-16LE-bom+crlf",
                    bytes,
                    t,
                    Some("UTF-16LE"),
                    Some("line-endings"),
                    "",
                );
            }
            "ru" => g.legacy(p, WINDOWS_1251, "\r\n", false),
            "ja" => g.legacy(p, SHIFT_JIS, "\r\n", false),
            _ => {}
        }

        // Normalization of UTF-8 text.
        g.utf8(lang, "html-entities", &entity_encode(t), t, "html-entities");
        g.utf8(
            lang,
            "invisible",
            &insert_spread(t, INVISIBLE),
            t,
            "invisible-chars",
        );
        g.utf8(
            lang,
            "controls",
            &insert_spread(t, CONTROLS),
            t,
            "control-chars",
        );
        if t.matches(' ').count() >= 12 {
            g.utf8(lang, "unicode-spaces", &exotic_spaces(t), t, "whitespace");
        }
        if matches!(lang, "en" | "ru" | "ja" | "ar") {
            g.utf8(
                lang,
                "messy-whitespace",
                &messy_whitespace(t),
                t,
                "whitespace",
            );
        }
        if matches!(lang, "fr" | "vi" | "ko") {
            let nfd: String = t.nfd().collect();
            assert_ne!(nfd, t, "{lang}: NFD must differ");
            g.utf8(lang, "nfd", &nfd, t, "nfc");
        }
    }
    (g.cases, g.skipped)
}
