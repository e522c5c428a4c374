//! Stage 7, annotate: per-document measurements computed from the clean text.

use unicode_segmentation::UnicodeSegmentation;

/// Size counts of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Unicode scalar values.
    pub n_chars: i64,
    /// Words by UAX #29 word segmentation (each CJK ideograph or kana run segment counts).
    pub n_words: i64,
}

/// Counts characters and words of `text`.
pub fn counts(text: &str) -> Counts {
    counts_with_words(text, unicode_words(text).count())
}

/// [`counts`] with the number of UAX #29 words, for a caller that has segmented the text
/// already.
pub fn counts_with_words(text: &str, n_words: usize) -> Counts {
    Counts {
        n_chars: text.chars().count() as i64,
        n_words: n_words as i64,
    }
}

/// Appends `s` lower-cased to `out`, exactly as `char::to_lowercase` of each character would:
/// ASCII text in one vectorized pass, characters below U+0800 (Latin, Greek, Cyrillic, Armenian,
/// Hebrew, Arabic) through a table filled once from `char::to_lowercase`, the rest by it.
/// Match keys and shingles lower-case every line and word, and the standard binary search was a
/// visible share of a build.
pub fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    let table = lower_table();
    for c in s.chars() {
        push_lower_by(table, out, c);
    }
}

/// Appends `c` lower-cased to `out`, as [`push_lowercase`] does for each character of a string.
#[inline]
pub fn push_lowercase_char(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_lower_by(lower_table(), out, c);
    }
}

/// `c` lower-cased onto `out` through `table` ([`lower_table`]), else by `char::to_lowercase`.
#[inline]
fn push_lower_by(table: &[u16; 0x800], out: &mut String, c: char) {
    match table.get(c as usize) {
        Some(&l) if l != 0 => out.push(char::from_u32(u32::from(l)).unwrap_or(c)),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Characters below U+0800 whose lower case is one character: that character; 0 for the others
/// (`İ` lower-cases to two characters), which go to `char::to_lowercase`.
fn lower_table() -> &'static [u16; 0x800] {
    static TABLE: std::sync::OnceLock<Box<[u16; 0x800]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([0u16; 0x800]);
        for (i, slot) in t.iter_mut().enumerate() {
            let Some(c) = char::from_u32(i as u32) else {
                continue;
            };
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                *slot = u16::try_from(u32::from(l)).unwrap_or(0);
            }
        }
        t
    })
}

/// Whether `w` holds an upper-case letter (`char::is_uppercase`; a title-case `ǅ` is not one),
/// characters below U+0800 judged by table: shingles lower only the words that need it.
pub fn has_uppercase(w: &str) -> bool {
    // One pass over the ASCII start; the rest, from its first non-ASCII character, by character.
    let bytes = w.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            break;
        }
        if b.is_ascii_uppercase() {
            return true;
        }
        i += 1;
    }
    let Some(rest) = w.get(i..).filter(|rest| !rest.is_empty()) else {
        return false;
    };
    static UPPER: std::sync::OnceLock<crate::chartab::BelowU800> = std::sync::OnceLock::new();
    let upper = UPPER.get_or_init(|| crate::chartab::BelowU800::of(char::is_uppercase));
    rest.chars().any(|c| match upper.get(u32::from(c)) {
        Some(up) => up,
        // CJK symbols, kana, ideographs and Yi (U+3000 to U+A63F) hold no upper-case letter.
        None if (0x3000..0xa640).contains(&u32::from(c)) => false,
        None => c.is_uppercase(),
    })
}

/// UAX #29 words of `text` (the `n_words` measure), alone: what stripping counts in the lines
/// it removes, for the words before boilerplate removal.
pub fn words(text: &str) -> i64 {
    unicode_words(text).count() as i64
}

/// The words of `text` exactly as `unicode_segmentation`'s `unicode_words` gives them (UAX #29
/// word boundaries, segments holding a letter or digit), faster on the scripts most text is in.
/// A word never spans a line break, so the text is cut there into lines. Runs of lines made of
/// ASCII and of the characters of `simple_class` (Latin, Greek, Cyrillic, Arabic letters, CJK
/// ideographs, kana, common punctuation) are segmented in one pass by the UAX #29 rules as they
/// apply to those classes (letters, digits and `_` join; katakana join each other and `_`; an
/// ideograph or a hiragana is a word alone; `:` `.` `'` `‘` `’` join letters, `,` `;` `.` `'`
/// `‘` `’` join digits); any other line goes to `unicode_words`. Property tests hold the two equal
/// on mixed scripts, marks, joiners and spaces.
pub fn unicode_words(text: &str) -> Words<'_> {
    Words {
        text,
        pos: 0,
        end: 0,
        other: None,
    }
}

/// The iterator of [`unicode_words`].
pub struct Words<'a> {
    text: &'a str,
    /// Where segmenting resumes.
    pos: usize,
    /// End of the run of simple lines being segmented (`pos..end`).
    end: usize,
    /// The words of a line left to `unicode_segmentation`.
    other: Option<unicode_segmentation::UnicodeWords<'a>>,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        loop {
            if let Some(words) = &mut self.other {
                if let Some(w) = words.next() {
                    return Some(w);
                }
                self.other = None;
            }
            if self.pos < self.end {
                if let Some(w) = self.simple_word() {
                    return Some(w);
                }
            }
            if self.pos >= self.text.len() {
                return None;
            }
            match simple_run(self.text, self.pos) {
                Run::Simple(end) => self.end = end,
                Run::Other(end) => {
                    self.other = Some(self.text[self.pos..end].unicode_words());
                    self.pos = end;
                    self.end = end;
                }
            }
        }
    }
}

/// What follows a position of the text (the start of a line, or of the text).
enum Run {
    /// Lines the fast path segments, up to here (the start of a line, or the end of the text).
    Simple(usize),
    /// A line with a character the fast path does not know, up to its line break.
    Other(usize),
}

/// Whether `b` is a line break of UAX #29 (Newline, CR, LF): there is always a word boundary
/// before and after one (WB3a, WB3b), so text is cut there into lines.
fn line_break(b: u8) -> bool {
    matches!(b, b'\n' | b'\r' | 0x0b | 0x0c)
}

/// How far from `pos` the lines are simple, or where the other line at `pos` ends.
fn simple_run(text: &str, pos: usize) -> Run {
    let bytes = text.as_bytes();
    let mut i = pos;
    loop {
        let Some(&b) = bytes.get(i) else {
            return Run::Simple(bytes.len());
        };
        if b.is_ascii() {
            i += 1;
            continue;
        }
        let (class, len) = class_at(bytes, i);
        if class.is_some() {
            i += len;
            continue;
        }
        // Simple up to the start of this line, if that is past `pos`; else this line is other.
        let line_start = bytes[pos..i]
            .iter()
            .rposition(|&b| line_break(b))
            .map_or(pos, |n| pos + n + 1);
        if line_start > pos {
            return Run::Simple(line_start);
        }
        let end = bytes[i..]
            .iter()
            .position(|&b| line_break(b))
            .map_or(bytes.len(), |n| i + n);
        return Run::Other(end);
    }
}

impl<'a> Words<'a> {
    /// The class and UTF-8 length of the character at byte `i`, within the simple run.
    #[inline]
    fn at(&self, i: usize) -> Option<(Wb, usize)> {
        if i >= self.end {
            return None;
        }
        let (class, len) = class_at(self.text.as_bytes(), i);
        Some((class.unwrap_or(Wb::Other), len))
    }

    /// The next word of the simple run `pos..end`, or `None` with `pos == end`.
    fn simple_word(&mut self) -> Option<&'a str> {
        loop {
            loop {
                match self.at(self.pos) {
                    None => {
                        self.pos = self.end;
                        return None;
                    }
                    Some((k, len)) if !k.in_word() => self.pos += len,
                    Some(_) => break,
                }
            }
            let start = self.pos;
            let mut alnum = false;
            loop {
                // The character at `pos` is in the word (its first, or the one after a joining
                // mid character); the next ones while they join the one before.
                let mut prev = Wb::Other;
                while let Some((k, len)) = self
                    .at(self.pos)
                    .filter(|&(k, _)| k.in_word() && (prev == Wb::Other || prev.joins(k)))
                {
                    alnum |= k != Wb::Under;
                    prev = k;
                    self.pos += len;
                }
                // WB6/7 (letter MidLetter|MidNumLetQ letter), WB11/12 (digit MidNum|MidNumLetQ digit).
                if let Some((mid, len)) = self.at(self.pos) {
                    if let Some((next, _)) = self.at(self.pos + len) {
                        let letters = prev == Wb::Letter
                            && next == Wb::Letter
                            && matches!(mid, Wb::MidLetter | Wb::MidNumLet);
                        let digits = prev == Wb::Digit
                            && next == Wb::Digit
                            && matches!(mid, Wb::MidNum | Wb::MidNumLet);
                        if letters || digits {
                            self.pos += len;
                            continue;
                        }
                    }
                }
                break;
            }
            if alnum {
                return Some(&self.text[start..self.pos]);
            }
        }
    }
}

/// The UAX #29 word-break classes the fast path handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet (`_`).
    Under,
    /// MidLetter (`:`).
    MidLetter,
    /// MidNumLet and Single_Quote (`.` `'` `‘` `’`).
    MidNumLet,
    /// MidNum (`,` `;` `，`).
    MidNum,
    /// Katakana.
    Kata,
    /// A letter that is a word of its own: a CJK ideograph or a hiragana (Word_Break Other,
    /// but alphabetic).
    Single,
    /// Any other ASCII character (white space included): a boundary on both sides.
    Other,
}

impl Wb {
    #[inline]
    fn in_word(self) -> bool {
        matches!(
            self,
            Wb::Letter | Wb::Digit | Wb::Under | Wb::Kata | Wb::Single
        )
    }

    /// Whether no boundary falls between a character of this class and one of `next`'s, both
    /// in words: WB5, WB8 to WB10 (letters and digits), WB13 (katakana), WB13a and WB13b (`_`
    /// after or before any of them).
    #[inline]
    fn joins(self, next: Wb) -> bool {
        use Wb::{Digit, Kata, Letter, Under};
        matches!(
            (self, next),
            (Letter | Digit, Letter | Digit | Under)
                | (Under, Letter | Digit | Under | Kata)
                | (Kata, Kata | Under)
        )
    }
}

/// [`simple_class`] of each ASCII byte.
const ASCII_CLASS: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
            b'0'..=b'9' => Wb::Digit,
            b'_' => Wb::Under,
            b':' => Wb::MidLetter,
            b'.' | b'\'' => Wb::MidNumLet,
            b',' | b';' => Wb::MidNum,
            _ => Wb::Other,
        };
        b += 1;
    }
    t
};

/// [`simple_class`] of the character that starts at byte `i` of the UTF-8 `bytes`, and its
/// length: ASCII and two-byte characters (Latin, Greek, Cyrillic, Arabic) by table, the others
/// decoded. Past the end, or inside a character: `(None, 1)`.
#[inline(always)]
fn class_at(bytes: &[u8], i: usize) -> (Option<Wb>, usize) {
    let Some(&b) = bytes.get(i) else {
        return (None, 1);
    };
    if b < 0x80 {
        return (Some(ASCII_CLASS[usize::from(b)]), 1);
    }
    if (0xC2..0xE0).contains(&b) {
        if let Some(&b1) = bytes.get(i + 1) {
            let cp = (usize::from(b & 0x1F) << 6) | usize::from(b1 & 0x3F);
            return (TWO_BYTE_CLASS[cp], 2);
        }
    }
    if (0xE0..0xF0).contains(&b) {
        if let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2)) {
            let cp =
                (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            let class = kana_or_ideograph(cp).or_else(|| char::from_u32(cp).and_then(simple_class));
            return (class, 3);
        }
    }
    let len = match b {
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return (None, 1),
    };
    let c = bytes
        .get(i..i + len)
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.chars().next());
    (c.and_then(simple_class), len)
}

/// [`simple_class`] of the characters below U+0800, by code point.
static TWO_BYTE_CLASS: [Option<Wb>; 0x800] = {
    let mut t = [None; 0x800];
    let mut i = 0;
    while i < 0x800 {
        if let Some(c) = char::from_u32(i as u32) {
            t[i] = simple_class(c);
        }
        i += 1;
    }
    t
};

/// The class of a kana or a CJK ideograph (hiragana and ideographs are words alone, katakana
/// join), `None` for any other code point: most of the three-byte characters of running text,
/// which [`class_at`] and [`simple_class`] ask here first, before `simple_class`'s other arms.
#[inline(always)]
const fn kana_or_ideograph(cp: u32) -> Option<Wb> {
    match cp {
        0x3041..=0x3096 | 0x3400..=0x4dbf | 0x4e00..=0x9fff => Some(Wb::Single),
        0x30a1..=0x30fa | 0x30fc..=0x30fe => Some(Wb::Kata),
        _ => None,
    }
}

/// The class of `c` when the fast path knows it: every ASCII character, the quotes `‘` `’`, common
/// punctuation and spaces (`«` `»` `–` `…` no-break space...), and the letters of Latin-1, Latin
/// Extended-A/B, IPA, Greek, Cyrillic and Arabic (ALetter, with no other word-break rule), kana
/// and CJK ideographs ([`kana_or_ideograph`]); `None`
/// sends the piece to `unicode_words`. A test holds each listed letter
/// to the crate's segmentation.
const fn simple_class(c: char) -> Option<Wb> {
    if c.is_ascii() {
        return Some(ASCII_CLASS[c as usize]);
    }
    if let Some(class) = kana_or_ideograph(c as u32) {
        return Some(class);
    }
    Some(match c {
        '\u{2018}' | '\u{2019}' => Wb::MidNumLet,
        // Punctuation and spaces common in running text, with no word-break rule of their own.
        '\u{a0}' | '\u{ab}' | '\u{b0}' | '\u{bb}' | '\u{2013}' | '\u{2014}' | '\u{201c}'
        | '\u{201d}' | '\u{201e}' | '\u{2026}' | '\u{3001}' | '\u{3002}' => Wb::Other,
        '\u{ff0c}' => Wb::MidNum,
        // CJK brackets and full-width punctuation.
        '\u{300c}'..='\u{300f}'
        | '\u{3010}'
        | '\u{3011}'
        | '\u{ff01}'
        | '\u{ff08}'
        | '\u{ff09}'
        | '\u{ff1f}' => Wb::Other,
        // The Arabic question mark, more signs and arrows of running text.
        '\u{61f}' | '\u{a9}' | '\u{ae}' | '\u{203a}' | '\u{2039}' | '\u{2116}' | '\u{2191}' => {
            Wb::Other
        }
        '\u{b7}' | '\u{ff1a}' => Wb::MidLetter,
        // The ideographic iteration mark is ALetter.
        '\u{3005}' => Wb::Letter,
        '\u{c0}'..='\u{d6}'
        | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{2af}'
        | '\u{386}'
        | '\u{388}'..='\u{38a}'
        | '\u{38c}'
        | '\u{38e}'..='\u{3a1}'
        | '\u{3a3}'..='\u{3f5}'
        | '\u{400}'..='\u{481}'
        | '\u{48a}'..='\u{52f}'
        | '\u{621}'..='\u{63a}'
        | '\u{641}'..='\u{64a}' => Wb::Letter,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_uppercase_is_char_is_uppercase() {
        let mut buf = [0u8; 4];
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(
                has_uppercase(c.encode_utf8(&mut buf)),
                c.is_uppercase(),
                "{c:?}"
            );
        }
        assert!(has_uppercase("моСква") && !has_uppercase("ǅemal") && !has_uppercase("été"));
        // An ASCII start, then the rest by character.
        assert!(has_uppercase("abcÉ") && has_uppercase("ab日C") && has_uppercase("aB日"));
        assert!(!has_uppercase("abc日本") && !has_uppercase("") && !has_uppercase("ab"));
    }

    #[test]
    fn the_class_tables_agree_with_simple_class() {
        let mut buf = [0u8; 4];
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            let text = format!("{s}a");
            assert_eq!(
                class_at(text.as_bytes(), 0),
                (simple_class(c), c.len_utf8()),
                "{c:?}"
            );
        }
        assert_eq!(class_at(b"", 0), (None, 1));
    }

    #[test]
    fn simple_letters_segment_as_the_crate_says() {
        // Each character the fast path knows beyond ASCII, alone, between letters, around the
        // joiners and beside digits, against unicode_segmentation; its letters, and only they,
        // are alphanumeric.
        for c in (0x80..0x10000u32).filter_map(char::from_u32) {
            let Some(class) = simple_class(c) else {
                continue;
            };
            assert_eq!(
                matches!(class, Wb::Letter | Wb::Kata | Wb::Single),
                c.is_alphanumeric(),
                "{c:?}"
            );
            for s in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}:{c}"),
                format!("{c}.{c}"),
                format!("{c}’{c}'{c}"),
                format!("{c},{c};{c}"),
                format!("1{c}2"),
                format!("{c}_{c}"),
                format!("{c}-{c}"),
                format!("{c}1.2{c}"),
                format!("a.{c}b"),
                format!("1,{c}2"),
                format!("{c}{c}a{c}"),
                format!("カ{c}ー{c}"),
                format!("_{c}_カ_"),
                format!("中{c}中"),
                format!("ひ{c}1{c}"),
            ] {
                let want: Vec<&str> = s.unicode_words().collect();
                assert_eq!(unicode_words(&s).collect::<Vec<_>>(), want, "{s:?}");
            }
        }
    }

    #[test]
    fn push_lowercase_is_to_lowercase_for_every_character() {
        // Every scalar value, alone and after ASCII and Cyrillic text.
        let mut out = String::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for prefix in ["", "Ab", "Жё"] {
                let s = format!("{prefix}{c}");
                out.clear();
                out.push('x');
                push_lowercase(&mut out, &s);
                let want: String = std::iter::once('x')
                    .chain(s.chars().flat_map(char::to_lowercase))
                    .collect();
                assert_eq!(out, want, "{:?}", c);
            }
        }
    }

    #[test]
    fn words_of_the_seeds_and_fixtures_equal_the_crate() {
        // Real pages in many scripts, whole and cut at every 997th byte boundary.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["seeds", "tests/fixtures"] {
            for e in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
                let e = e.unwrap();
                if e.file_type().is_file() {
                    files.push(e.path().to_path_buf());
                }
            }
        }
        assert!(files.len() > 10, "{files:?}");
        for f in files {
            let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
            let mut cuts: Vec<usize> = (0..text.len())
                .step_by(997)
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            cuts.push(text.len());
            for w in cuts.windows(2) {
                let part = &text[w[0]..w[1]];
                let want: Vec<&str> = part.unicode_words().collect();
                assert_eq!(unicode_words(part).collect::<Vec<_>>(), want, "{f:?}");
            }
            let want: Vec<&str> = text.unicode_words().collect();
            assert_eq!(unicode_words(&text).collect::<Vec<_>>(), want, "{f:?}");
        }
    }

    #[test]
    fn ascii_words_follow_uax29() {
        for s in [
            "e.g. l'OTSC a 3,5 km; 1:2 a:b a.1 1.a x_y __ _a 3.14. end.",
            "don't can't 1,000,000 1;2 a;b a,b a''b 1..2 a.b.c",
            "tab\tsep\r\nnew\x0bline\x0cff",
        ] {
            let want: Vec<&str> = s.unicode_words().collect();
            assert_eq!(unicode_words(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn unicode_words_equal_the_crate(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'Z', 'q', '0', '7', '_', ':', '.', ',', ';', '\'', '"', '-', ' ', ' ', '\t',
                '\n', '\r', '\x0b', '\x0c', 'é', 'ж', 'Ж', '中', '文', 'ー', 'カ', '\u{0301}',
                '\u{00a0}', '\u{202f}', '\u{200d}', '\u{00ad}', '\u{00b7}', '\u{2019}', '１',
                '😀', '\u{1f1e6}', '\u{1f1e8}', '\u{05d0}', '\u{3000}', '\u{2028}', '٣',
                'ß', 'Ω', 'ά', 'Ё', 'ѓ', 'ǅ', '\u{2018}', '\u{00d7}', '\u{00f7}', '\u{00aa}',
                '\u{00b5}', '\u{0482}', '\u{0483}', '\u{037e}', '\u{0387}', '\u{03f6}',
                '\u{02b0}', '\u{0589}', '\u{2024}', '\u{ff0e}', '«', '—', 'ل', '\u{064b}',
                '\u{060c}', '\u{0640}', '\u{3002}', '\u{ff0c}', 'ひ', 'ア', '「', '！', '\u{3005}',
                '\u{309b}', '\u{30fb}', '\u{ff1a}',
            ]), 0..80)
        ) {
            let s: String = chars.into_iter().collect();
            let want: Vec<&str> = s.unicode_words().collect();
            proptest::prop_assert_eq!(unicode_words(&s).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn counts_latin_cyrillic_and_cjk() {
        assert_eq!(
            counts("Hello, world!"),
            Counts {
                n_chars: 13,
                n_words: 2
            }
        );
        assert_eq!(
            counts("Привет, мир"),
            Counts {
                n_chars: 11,
                n_words: 2
            }
        );
        assert_eq!(
            counts("l'OTSC a 3,5 km"),
            Counts {
                n_chars: 15,
                n_words: 4
            }
        );
        let zh = counts("集体安全条约组织");
        assert_eq!(zh.n_chars, 8);
        assert!(zh.n_words > 1, "CJK text must not count as one word");
        assert_eq!(
            counts(""),
            Counts {
                n_chars: 0,
                n_words: 0
            }
        );
    }
}
