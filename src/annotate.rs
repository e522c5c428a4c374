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

/// UAX #29 words of `text` (the `n_words` measure), alone: for the pre-boilerplate count.
pub fn words(text: &str) -> i64 {
    unicode_words(text).count() as i64
}

/// The words of `text` exactly as `unicode_segmentation`'s `unicode_words` gives them (UAX #29
/// word boundaries, segments holding a letter or digit), faster on ASCII: a word never spans
/// ASCII white space, so the text is cut there and each ASCII piece is segmented by the UAX #29
/// rules as they apply to ASCII (letters, digits and `_` join; `:` `.` `'` join letters, `,`
/// `;` `.` `'` join digits); other pieces go to `unicode_words`. A property test holds the two
/// equal on mixed scripts, marks, joiners and spaces.
pub fn unicode_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .flat_map(|t| {
            if t.is_ascii() {
                Piece::Ascii(AsciiWords { s: t, i: 0 })
            } else {
                Piece::Other(t.unicode_words())
            }
        })
}

/// The words of one piece of text (no ASCII white space in it).
enum Piece<'a> {
    Ascii(AsciiWords<'a>),
    Other(unicode_segmentation::UnicodeWords<'a>),
}

impl<'a> Iterator for Piece<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Piece::Ascii(w) => w.next(),
            Piece::Other(w) => w.next(),
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
