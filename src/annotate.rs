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
    Counts {
        n_chars: text.chars().count() as i64,
        n_words: words(text),
    }
}

/// [`counts`] from the text's UAX #29 words, for a caller that has segmented it already.
pub fn counts_from_words(text: &str, words: &[&str]) -> Counts {
    Counts {
        n_chars: text.chars().count() as i64,
        n_words: words.len() as i64,
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
        match table.get(c as usize) {
            Some(&l) if l != 0 => out.push(char::from_u32(u32::from(l)).unwrap_or(c)),
            _ => out.extend(c.to_lowercase()),
        }
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

/// UAX #29 words of `text` (the `n_words` measure), alone: for the pre-boilerplate count.
pub fn words(text: &str) -> i64 {
    unicode_words(text).count() as i64
}

/// The words of `text` exactly as `unicode_segmentation`'s `unicode_words` gives them (UAX #29
/// word boundaries, segments holding a letter or digit), faster on ASCII: a word never spans
/// ASCII white space, so the text is cut there and each piece made of ASCII and of the letters
/// of [`simple_class`] (Latin, Greek, Cyrillic) is segmented by the UAX #29 rules as they apply
/// to those classes (letters, digits and `_` join; `:` `.` `'` `‘` `’` join letters, `,` `;` `.`
/// `'` `‘` `’` join digits); other pieces go to `unicode_words`. A property test holds the two
/// equal on mixed scripts, marks, joiners and spaces.
pub fn unicode_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .flat_map(|t| {
            if t.is_ascii() {
                Piece::Ascii(AsciiWords { s: t, i: 0 })
            } else if t.chars().all(|c| simple_class(c).is_some()) {
                Piece::Simple(SimpleWords { s: t, i: 0 })
            } else {
                Piece::Other(t.unicode_words())
            }
        })
}

/// The words of one piece of text (no ASCII white space in it).
enum Piece<'a> {
    Ascii(AsciiWords<'a>),
    Simple(SimpleWords<'a>),
    Other(unicode_segmentation::UnicodeWords<'a>),
}

impl<'a> Iterator for Piece<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Piece::Ascii(w) => w.next(),
            Piece::Simple(w) => w.next(),
            Piece::Other(w) => w.next(),
        }
    }
}

/// The UAX #29 word-break classes [`SimpleWords`] handles.
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
    /// MidNum (`,` `;`).
    MidNum,
    /// Any other ASCII character: a boundary on both sides.
    Other,
}

impl Wb {
    fn in_word(self) -> bool {
        matches!(self, Wb::Letter | Wb::Digit | Wb::Under)
    }
}

/// The class of `c` when the fast path knows it: every ASCII character, and the letters of
/// Latin-1, Latin Extended-A/B, IPA, Greek and Cyrillic (ALetter, with no other word-break
/// rule); `None` sends the piece to `unicode_words`. A test holds each listed letter to the
/// crate's segmentation.
fn simple_class(c: char) -> Option<Wb> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Digit,
        '_' => Wb::Under,
        ':' => Wb::MidLetter,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Wb::MidNumLet,
        ',' | ';' => Wb::MidNum,
        c if c.is_ascii() => Wb::Other,
        '\u{c0}'..='\u{d6}'
        | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{2af}'
        | '\u{386}'
        | '\u{388}'..='\u{38a}'
        | '\u{38c}'
        | '\u{38e}'..='\u{3a1}'
        | '\u{3a3}'..='\u{3f5}'
        | '\u{400}'..='\u{481}'
        | '\u{48a}'..='\u{52f}' => Wb::Letter,
        _ => return None,
    })
}

/// UAX #29 words of a string whose characters all have a [`simple_class`]: [`AsciiWords`] by
/// character class instead of byte.
struct SimpleWords<'a> {
    s: &'a str,
    i: usize,
}

impl SimpleWords<'_> {
    /// The class and UTF-8 length of the character at byte `i`.
    fn at(&self, i: usize) -> Option<(Wb, usize)> {
        let c = self.s.get(i..)?.chars().next()?;
        Some((simple_class(c).unwrap_or(Wb::Other), c.len_utf8()))
    }
}

impl<'a> Iterator for SimpleWords<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        loop {
            loop {
                match self.at(self.i) {
                    None => return None,
                    Some((k, len)) if !k.in_word() => self.i += len,
                    Some(_) => break,
                }
            }
            let start = self.i;
            let mut alnum = false;
            loop {
                let mut prev = Wb::Other;
                while let Some((k, len)) = self.at(self.i).filter(|(k, _)| k.in_word()) {
                    alnum |= k != Wb::Under;
                    prev = k;
                    self.i += len;
                }
                // WB6/7 (letter MidLetter|MidNumLetQ letter), WB11/12 (digit MidNum|MidNumLetQ digit).
                if let Some((mid, len)) = self.at(self.i) {
                    if let Some((next, _)) = self.at(self.i + len) {
                        let letters = prev == Wb::Letter
                            && next == Wb::Letter
                            && matches!(mid, Wb::MidLetter | Wb::MidNumLet);
                        let digits = prev == Wb::Digit
                            && next == Wb::Digit
                            && matches!(mid, Wb::MidNum | Wb::MidNumLet);
                        if letters || digits {
                            self.i += len;
                            continue;
                        }
                    }
                }
                break;
            }
            if alnum {
                return Some(&self.s[start..self.i]);
            }
        }
    }
}

/// UAX #29 words of an ASCII string.
struct AsciiWords<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let n = b.len();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        loop {
            while self.i < n && !word(b[self.i]) {
                self.i += 1;
            }
            if self.i >= n {
                return None;
            }
            let start = self.i;
            let mut alnum = false;
            loop {
                while self.i < n && word(b[self.i]) {
                    alnum |= b[self.i] != b'_';
                    self.i += 1;
                }
                // WB6/7 (letter MidLetter|MidNumLetQ letter), WB11/12 (digit MidNum|MidNumLetQ digit).
                let i = self.i;
                if i > start && i + 1 < n {
                    let (p, m, x) = (b[i - 1], b[i], b[i + 1]);
                    let letters = p.is_ascii_alphabetic()
                        && x.is_ascii_alphabetic()
                        && matches!(m, b':' | b'.' | b'\'');
                    let digits = p.is_ascii_digit()
                        && x.is_ascii_digit()
                        && matches!(m, b',' | b';' | b'.' | b'\'');
                    if letters || digits {
                        self.i += 1;
                        continue;
                    }
                }
                break;
            }
            if alnum {
                return Some(&self.s[start..self.i]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_letters_segment_as_the_crate_says() {
        // Each letter of the fast path, alone, between letters, around the joiners and beside
        // digits, against unicode_segmentation; and it must count as alphanumeric.
        for c in (0x80..0x800u32).filter_map(char::from_u32) {
            if simple_class(c).is_none() {
                continue;
            }
            assert_eq!(simple_class(c), Some(Wb::Letter), "{c:?}");
            assert!(c.is_alphanumeric(), "{c:?}");
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
                '\u{02b0}', '\u{0589}', '\u{2024}', '\u{ff0e}',
            ]), 0..40)
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
