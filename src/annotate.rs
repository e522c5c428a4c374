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
    text.unicode_words().count() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

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
