//! Stage 5, normalize: one line-end convention, tidy white space, Unicode NFC.
//!
//! The output has `\n` line ends, no trailing white space on any line, no leading or trailing
//! blank lines, at most one blank line between paragraphs, and is NFC. Normalizing normalized
//! text changes nothing (a property test holds us to that).

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::repairs::Repair;

/// Normalizes `text`, appending to `repairs` what it changed.
pub fn normalize(text: &str, repairs: &mut Vec<Repair>) -> String {
    let unified = unify_line_endings(text);
    if unified != text {
        repairs.push(Repair::LineEndings);
    }
    let tidy = tidy_whitespace(&unified);
    // One final line end is how text files end, not damage: dropping it is not a repair.
    if tidy != unified.strip_suffix('\n').unwrap_or(&unified) {
        repairs.push(Repair::Whitespace);
    }
    if is_nfc_quick(tidy.chars()) == IsNormalized::Yes {
        return tidy;
    }
    let nfc: String = tidy.nfc().collect();
    if nfc != tidy {
        repairs.push(Repair::Nfc);
    }
    nfc
}

/// CRLF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) → `\n`.
pub fn unify_line_endings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            _ => out.push(c),
        }
    }
    out
}

/// Trims trailing white space on every line, drops leading and trailing blank lines and
/// collapses runs of blank lines to one. Expects `\n` line ends.
pub fn tidy_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in text.split('\n') {
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

    fn norm(s: &str) -> (String, Vec<Repair>) {
        let mut r = Vec::new();
        (normalize(s, &mut r), r)
    }

    #[test]
    fn clean_text_is_untouched() {
        let s = "Title\n\nFirst paragraph.\nSame paragraph.\n\nSecond.";
        assert_eq!(norm(s), (s.to_string(), vec![]));
    }

    #[test]
    fn line_endings_are_unified() {
        assert_eq!(norm("a\r\nb\rc\u{2028}d\u{85}e").0, "a\nb\nc\nd\ne");
        assert_eq!(norm("a\r\nb").1, [Repair::LineEndings]);
    }

    #[test]
    fn whitespace_is_tidied() {
        let (t, r) = norm("\n\n  \nTitle  \n\n\n\nBody\t\n \n");
        assert_eq!(t, "Title\n\nBody");
        assert_eq!(r, [Repair::Whitespace]);
        assert_eq!(norm("  indented\nkept").0, "  indented\nkept");
    }

    #[test]
    fn a_final_newline_is_not_a_repair() {
        assert_eq!(
            norm("Title\n\nBody.\n"),
            ("Title\n\nBody.".to_string(), vec![])
        );
        assert_eq!(norm("Body.\n\n").1, [Repair::Whitespace]);
    }

    #[test]
    fn nfc_is_applied_last() {
        let (t, r) = norm("Soci\u{65}\u{301}t\u{65}\u{301}");
        assert_eq!(t, "Société");
        assert_eq!(r, [Repair::Nfc]);
    }

    proptest! {
        #[test]
        fn idempotent(s in "\\PC*|[a-z \\r\\n\\t\u{85}\u{2028}\u{301}]*") {
            let once = norm(&s).0;
            let (twice, repairs) = norm(&once);
            prop_assert_eq!(&twice, &once);
            prop_assert!(repairs.is_empty());
        }

        #[test]
        fn output_invariants(s in "[a-zé \\r\\n\\t\u{301}]*") {
            let t = norm(&s).0;
            prop_assert!(!t.contains('\r'));
            prop_assert!(!t.contains("\n\n\n"));
            prop_assert!(!t.starts_with('\n') && !t.ends_with('\n'));
            prop_assert!(t.split('\n').all(|l| l.trim_end() == l));
        }
    }
}
