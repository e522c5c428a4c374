//! Stage 5, normalize: one line-end convention, no invisible or control characters, decoded
//! HTML character references, tidy white space, Unicode NFC.
//!
//! The output has `\n` line ends, no trailing white space on any line, no leading or trailing
//! blank lines, at most one blank line between paragraphs, and is NFC. ZWJ and ZWNJ, no-break
//! spaces and every other correct character (full-width CJK punctuation included) are kept.
//! The steps run to a fixed point, so normalizing normalized text changes nothing (a property
//! test holds us to that).

use std::borrow::Cow;

use std::sync::OnceLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::chartab::BelowU800;
use crate::entities::decode_entities;
use crate::repairs::Repair;

/// Rounds of the cleaning steps before NFC; each round only shortens or maps the text, and a
/// second round is needed only when a decoded reference produced something to clean.
const MAX_ROUNDS: usize = 4;

/// One cleaning step: the changed text, or `None` when it had nothing to do.
type Step = fn(&str) -> Option<String>;

/// Normalizes `text`, appending to `repairs` what it changed (each code once, in order). Text
/// with nothing to change comes back borrowed, and so does text whose only change is dropping
/// its final line end (most files end with one): then the result is `text` without it.
pub fn normalize<'a>(text: &'a str, repairs: &mut Vec<Repair>) -> Cow<'a, str> {
    let mut record = |r: Repair| {
        if !repairs.contains(&r) {
            repairs.push(r);
        }
    };
    let mut current = Cow::Borrowed(text);
    // Most text has nothing for the cleaning steps: one pass over its bytes says so.
    if may_need_cleaning(text) {
        if let Some(cleaned) = clean_steps(text, &mut record) {
            current = Cow::Owned(cleaned);
        }
    }
    // A text ending in a line end is never tidy, so one scan of it without that line end says
    // whether tidying has anything else to do.
    let end = usize::from(current.ends_with('\n'));
    let tidy = if is_tidy(&current[..current.len() - end]) {
        // Tidy, or tidy but for the final line end, which is not a repair to drop: no copy.
        match current {
            Cow::Borrowed(t) => Cow::Borrowed(&t[..t.len() - end]),
            Cow::Owned(mut t) => {
                t.truncate(t.len() - end);
                Cow::Owned(t)
            }
        }
    } else {
        let tidy = tidy_whitespace(&current);
        // One final line end is how text files end, not damage: dropping it is not a repair.
        if tidy != current.strip_suffix('\n').unwrap_or(&current) {
            record(Repair::Whitespace);
        }
        Cow::Owned(tidy)
    };
    if nfc_quick_yes(&tidy) {
        return tidy;
    }
    let nfc: String = tidy.nfc().collect();
    if nfc != *tidy {
        record(Repair::Nfc);
    }
    Cow::Owned(nfc)
}

/// Whether NFC's quick check says `Yes` for `text`. A character that is NFC with combining
/// class 0 leaves the check as it was at the start, so it runs only on the stretches between
/// such characters; those below U+0800 (ASCII, Latin, Greek, Cyrillic, Arabic letters: most
/// text) are known by table, and the kana, CJK ideographs and Hangul syllables of
/// [`INERT_THREE_BYTE`] by range, without the two lookups the check makes for every character.
fn nfc_quick_yes(text: &str) -> bool {
    let inert = nfc_inert();
    let bytes = text.as_bytes();
    // The length of the character at `i` and whether it is inert.
    let at = |i: usize| -> (usize, bool) {
        match bytes[i] {
            0..0x80 => (1, true),
            b @ 0xC2..0xE0 => {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
                (2, inert.get(cp) == Some(true))
            }
            b @ 0xE0..0xF0 => {
                let cp = (u32::from(b & 0x0F) << 12)
                    | (u32::from(bytes[i + 1] & 0x3F) << 6)
                    | u32::from(bytes[i + 2] & 0x3F);
                (3, INERT_THREE_BYTE.iter().any(|r| r.contains(&cp)))
            }
            _ => (4, false),
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let (len, still) = at(i);
        if still {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < bytes.len() {
            let (len, still) = at(i);
            if still {
                break;
            }
            i += len;
        }
        if is_nfc_quick(text[start..i].chars()) != IsNormalized::Yes {
            return false;
        }
    }
    true
}

/// Ranges of three-byte characters that are NFC with combining class 0 (a test checks every
/// one): CJK punctuation (up to the tone marks U+302A), hiragana and katakana letters (not the
/// combining sound marks U+3099 and U+309A between them), the CJK unified ideographs, the
/// Hangul syllables (a syllable followed by a trailing jamo composes, but the jamo is the one
/// the check stops at) and the fullwidth forms of ASCII.
const INERT_THREE_BYTE: [std::ops::RangeInclusive<u32>; 6] = [
    0x3000..=0x3029,
    0x3041..=0x3096,
    0x30A1..=0x30FA,
    0x4E00..=0x9FFF,
    0xAC00..=0xD7A3,
    0xFF01..=0xFF5E,
];

/// The characters below U+0800 that are NFC with combining class 0.
fn nfc_inert() -> &'static BelowU800 {
    static INERT: OnceLock<BelowU800> = OnceLock::new();
    INERT.get_or_init(|| {
        BelowU800::of(|c| {
            canonical_combining_class(c) == 0
                && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
        })
    })
}

/// Runs the cleaning steps (references, line ends, invisibles, controls, spaces) to a fixed
/// point, calling `record` for each that changed something: the cleaned text, or `None`.
fn clean_steps(text: &str, record: &mut impl FnMut(Repair)) -> Option<String> {
    clean_steps_with(text, record, true)
}

/// [`clean_steps`]; without `shortcut`, the rounds run to the fixed point even once no step
/// could change the text (what the tests hold the shortcut to).
fn clean_steps_with(text: &str, record: &mut impl FnMut(Repair), shortcut: bool) -> Option<String> {
    let mut current: Option<String> = None;
    for _ in 0..MAX_ROUNDS {
        let mut changed = false;
        let steps: [(Repair, Step); 5] = [
            (Repair::HtmlEntities, decode_entities),
            (Repair::LineEndings, unify_line_endings),
            (Repair::InvisibleChars, remove_invisible),
            (Repair::ControlChars, remove_controls),
            (Repair::Whitespace, unify_spaces),
        ];
        for (repair, step) in steps {
            if let Some(next) = step(current.as_deref().unwrap_or(text)) {
                record(repair);
                // Text that no step could change ends the rounds (a CRLF file is done once its
                // line ends are: eight passes fewer).
                if shortcut && !may_need_cleaning(&next) {
                    return Some(next);
                }
                current = Some(next);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    current
}

/// Whether any cleaning step before the white-space tidy-up could change `text`: a `&`, an
/// ASCII control other than `\n` and `\t`, or a non-ASCII line break, invisible character,
/// control or space separator (all of which start with the UTF-8 lead bytes C2, E1, E2, E3 or
/// EF). `false` means every step would return `None`.
fn may_need_cleaning(text: &str) -> bool {
    /// What each byte is to the scan: 0 nothing, 1 a change for sure, 2 a lead byte to look at.
    const SCAN: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = 1;
            b += 1;
        }
        t[b'\n' as usize] = 0;
        t[b'\t' as usize] = 0;
        t[b'&' as usize] = 1;
        t[0x7F] = 1;
        t[0xC2] = 2;
        t[0xE1] = 2;
        t[0xE2] = 2;
        t[0xE3] = 2;
        t[0xEF] = 2;
        t
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(j) = bytes[i..].iter().position(|&b| SCAN[usize::from(b)] != 0) {
        i += j;
        if SCAN[usize::from(bytes[i])] == 1 {
            return true;
        }
        // A lead byte starts a character: `i` is a boundary.
        if text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_cleaned)
        {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether a cleaning step maps or removes `c` (line breaks, invisibles, controls, spaces).
fn is_cleaned(c: char) -> bool {
    is_break(c) || is_removable_invisible(c) || is_removed_control(c) || is_unified_space(c)
}

/// Whether [`tidy_whitespace`] would leave `text` as it is.
fn is_tidy(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    // A blank line at the start is as untidy as two in a row.
    let mut blank_before = true;
    for line in text.split('\n') {
        if line.is_empty() {
            if blank_before {
                return false;
            }
            blank_before = true;
            continue;
        }
        if line.ends_with(char::is_whitespace) {
            return false;
        }
        blank_before = false;
    }
    !blank_before
}

/// Applies `f` to every character, `None` when nothing changed. `f` returns the replacement:
/// `None` to keep the character, `Some(None)` to drop it, `Some(Some(c))` to map it.
fn map_chars(text: &str, f: impl Fn(char) -> Option<Option<char>>) -> Option<String> {
    let first = text.char_indices().find(|&(_, c)| f(c).is_some())?.0;
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match f(c) {
            None => out.push(c),
            Some(Some(m)) => out.push(m),
            Some(None) => {}
        }
    }
    Some(out)
}

/// CRLF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, VT and FF → `\n`.
pub fn unify_line_endings(text: &str) -> Option<String> {
    if !text.contains(is_break) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        out.push(if is_break(c) { '\n' } else { c });
    }
    Some(out)
}

/// The line breaks [`unify_line_endings`] turns into `\n`.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is an invisible format character we remove: zero-width space, soft hyphen,
/// word joiner and invisible operators, BOM/ZWNBSP, Mongolian vowel separator, bidi
/// embeddings, overrides and isolates. ZWJ/ZWNJ and LRM/RLM carry meaning and stay.
pub fn is_removable_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{00AD}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}'
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Removes [`is_removable_invisible`] characters.
pub fn remove_invisible(text: &str) -> Option<String> {
    map_chars(text, |c| is_removable_invisible(c).then_some(None))
}

/// Removes C0 controls (except `\n`, `\t`), DEL and C1 controls.
pub fn remove_controls(text: &str) -> Option<String> {
    map_chars(text, |c| is_removed_control(c).then_some(None))
}

/// The controls [`remove_controls`] drops.
fn is_removed_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Unicode space separators → U+0020; the no-break ones (U+00A0, U+2007, U+202F) stay.
pub fn unify_spaces(text: &str) -> Option<String> {
    map_chars(text, |c| is_unified_space(c).then_some(Some(' ')))
}

/// The space separators [`unify_spaces`] maps to U+0020.
fn is_unified_space(c: char) -> bool {
    matches!(c, '\u{1680}' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' | '\u{205F}' | '\u{3000}')
}

/// Trims trailing white space on every line, drops leading and trailing blank lines and
/// collapses runs of blank lines to one. Expects `\n` line ends.
pub fn tidy_whitespace(text: &str) -> String {
    tidy_lines(text.split('\n'), text.len())
}

/// [`tidy_whitespace`] of `lines` joined by `\n` (each line without one), written once into a
/// string of `capacity` bytes: a caller holding the lines need not join them first.
pub fn tidy_lines<'a>(lines: impl Iterator<Item = &'a str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut pending_blank = false;
    for line in lines {
        let line = line.trim_end();
        if line.is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if pending_blank {
                out.push('\n');
            }
        }
        pending_blank = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norm(s: &str) -> (String, Vec<String>) {
        let mut r = Vec::new();
        let t = normalize(s, &mut r).into_owned();
        (t, r.iter().map(|x| x.code()).collect())
    }

    /// `normalize` without its shortcuts (the byte pre-scans, the tidiness check, the NFC
    /// quick check): every step on every text to the fixed point, and NFC by composing.
    fn normalize_every_step(text: &str, repairs: &mut Vec<Repair>) -> String {
        let mut record = |r: Repair| {
            if !repairs.contains(&r) {
                repairs.push(r);
            }
        };
        let current =
            clean_steps_with(text, &mut record, false).unwrap_or_else(|| text.to_string());
        let tidy = tidy_whitespace(&current);
        if tidy != current.strip_suffix('\n').unwrap_or(&current) {
            record(Repair::Whitespace);
        }
        let nfc: String = tidy.nfc().collect();
        if nfc != tidy {
            record(Repair::Nfc);
        }
        nfc
    }

    proptest! {
        #[test]
        fn shortcuts_change_nothing(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'Z', ' ', ' ', '\n', '\n', '\t', '\r', '\x0b', '\x0c', '\x00', '\x1f', '\x7f',
                '&', '#', ';', '3', '9', 'x', 'n', 'b', 's', 'p', 'é', 'e', '\u{301}', '\u{327}',
                '\u{80}', '\u{85}', '\u{9f}', '\u{a0}', '\u{ad}', '\u{2cf}', '\u{300}', 'Å',
                '\u{1680}', '\u{180e}', '\u{2000}', '\u{2007}', '\u{200b}', '\u{200d}',
                '\u{2028}', '\u{2029}', '\u{202a}', '\u{202f}', '\u{205f}', '\u{2060}',
                '\u{2066}', '\u{3000}', '\u{3001}', '\u{feff}', '\u{ff0c}', 'ж', '中', '😀',
                '\u{1100}', '\u{1161}', '\u{212b}',
            ]), 0..40)
        ) {
            let s: String = chars.into_iter().collect();
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            prop_assert_eq!(normalize(&s, &mut fast), normalize_every_step(&s, &mut slow));
            prop_assert_eq!(fast, slow);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_quick_check_by_stretches_is_the_quick_check(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', ' ', 'é', 'e', '\u{301}', '\u{300}', '\u{316}', '\u{340}', '\u{344}',
                'ж', 'й', '\u{306}', 'ά', '\u{374}', '\u{387}', 'ب', '\u{64b}', '\u{650}',
                '\u{5b0}', '\u{591}', '中', '\u{1100}', '\u{1161}', '\u{212b}', '\u{f900}',
                '\u{3099}', 'か', '😀', '\u{1d15e}', '\u{ac00}', '\u{11a8}', 'カ', '\u{309a}',
                '\u{3000}', '\u{302a}', '\u{9fff}', '\u{d7a3}',
            ]), 0..24)
        ) {
            let s: String = chars.into_iter().collect();
            prop_assert_eq!(nfc_quick_yes(&s), is_nfc_quick(s.chars()) == IsNormalized::Yes);
        }
    }

    #[test]
    fn the_three_byte_inert_ranges_are_nfc_and_class_0() {
        for r in INERT_THREE_BYTE {
            for c in r.filter_map(char::from_u32) {
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            }
        }
        // A syllable and a trailing jamo compose: the jamo keeps the check from saying yes.
        assert!(!nfc_quick_yes("\u{AC00}\u{11A8}"));
        assert!(!nfc_quick_yes("か\u{3099}"));
        assert!(nfc_quick_yes("中文かなカナ한국어"));
    }

    #[test]
    fn the_inert_table_holds_below_u0300_and_not_the_marks() {
        let inert = |c: char| nfc_inert().get(u32::from(c)) == Some(true);
        assert!(('\0'..'\u{300}').all(inert));
        assert!(!inert('\u{301}') && !inert('\u{340}') && !inert('\u{5b0}'));
        assert!(inert('ж') && inert('ά') && inert('ب'));
    }

    #[test]
    fn below_u0300_everything_is_nfc_and_class_0() {
        for c in '\0'..'\u{300}' {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
    }

    #[test]
    fn clean_text_is_untouched() {
        let s = "Title\n\nFirst paragraph.\nSame paragraph.\n\nSecond.";
        assert_eq!(norm(s), (s.to_string(), vec![]));
    }

    /// Most files end with a line end: dropping it is no repair and needs no copy.
    #[test]
    fn a_final_line_end_is_dropped_without_a_copy() {
        let s = "Title\n\nFirst paragraph.\n";
        let mut r = Vec::new();
        let n = normalize(s, &mut r);
        assert!(
            matches!(n, Cow::Borrowed("Title\n\nFirst paragraph.")),
            "{n:?}"
        );
        assert!(r.is_empty());
        // Two are a blank line at the end: tidied, and a repair.
        assert_eq!(
            norm("a\n\n"),
            ("a".to_string(), vec!["whitespace".to_string()])
        );
        // After a step that copies, the copy loses its final line end in place.
        assert_eq!(
            norm("a\r\nb\r\n"),
            ("a\nb".to_string(), vec!["line-endings".to_string()])
        );
    }

    #[test]
    fn line_endings_are_unified() {
        assert_eq!(
            norm("a\r\nb\rc\u{2028}d\u{85}e\u{0C}f").0,
            "a\nb\nc\nd\ne\nf"
        );
        assert_eq!(norm("a\r\nb").1, ["line-endings"]);
    }

    #[test]
    fn whitespace_is_tidied() {
        let (t, r) = norm("\n\n  \nTitle  \n\n\n\nBody\t\n \n");
        assert_eq!(t, "Title\n\nBody");
        assert_eq!(r, ["whitespace"]);
        assert_eq!(norm("  indented\nkept").0, "  indented\nkept");
        assert_eq!(
            norm("a\u{2003}b\u{3000}c\u{A0}d\u{202F}e").0,
            "a b c\u{A0}d\u{202F}e"
        );
    }

    #[test]
    fn a_final_newline_is_not_a_repair() {
        assert_eq!(
            norm("Title\n\nBody.\n"),
            ("Title\n\nBody.".to_string(), vec![])
        );
        assert_eq!(norm("Body.\n\n").1, ["whitespace"]);
    }

    #[test]
    fn invisible_and_control_characters_go_zwj_zwnj_stay() {
        let (t, r) = norm("zero\u{200B}width soft\u{AD}hyphen wo\u{2060}rd \u{FEFF}bom \u{202B}rtl\u{202C} bell\u{7} csi\u{9B}");
        assert_eq!(t, "zerowidth softhyphen word bom rtl bell csi");
        assert_eq!(r, ["invisible-chars", "control-chars"]);
        let keep = "می\u{200C}خواهم 👨\u{200D}👩\u{200D}👧 \u{200F}";
        assert_eq!(norm(keep).0, keep.trim_end());
    }

    #[test]
    fn entities_are_decoded_including_what_they_produce() {
        assert_eq!(norm("caf&eacute; &amp; th&#233;").0, "café & thé");
        assert_eq!(norm("a&#13;&#10;b&#8203;c&nbsp;d").0, "a\nbc\u{A0}d");
        assert_eq!(norm("&amp;amp;").0, "&");
        assert_eq!(norm("a&#13;&#10;b").1, ["html-entities", "line-endings"]);
    }

    #[test]
    fn cjk_punctuation_is_left_alone() {
        let s = "「東京」、大阪。全角！？（括弧）";
        assert_eq!(norm(s), (s.to_string(), vec![]));
    }

    #[test]
    fn nfc_is_applied_last() {
        let (t, r) = norm("Soci\u{65}\u{301}t\u{65}\u{301}");
        assert_eq!(t, "Société");
        assert_eq!(r, ["nfc"]);
    }

    proptest! {
        #[test]
        fn idempotent(s in "\\PC*|[a-z &#;0-9x\\r\\n\\t\u{85}\u{2028}\u{301}\u{200B}\u{AD}\u{3000}\u{7}]*") {
            let once = norm(&s).0;
            let (twice, repairs) = norm(&once);
            prop_assert_eq!(&twice, &once);
            prop_assert!(repairs.is_empty());
        }

        #[test]
        fn output_invariants(s in "[a-zé &;#0-9\\r\\n\\t\u{301}\u{200B}\u{9B}]*") {
            let t = norm(&s).0;
            prop_assert!(!t.contains('\r'));
            prop_assert!(!t.contains("\n\n\n"));
            prop_assert!(!t.starts_with('\n') && !t.ends_with('\n'));
            prop_assert!(t.split('\n').all(|l| l.trim_end() == l));
            prop_assert!(!t.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || is_removable_invisible(c)));
        }
    }
}
