//! Accuracy of the text stages (decode → repair → normalize) on generated fixtures.
//!
//! `tests/encodings/` generates, from original passages in many languages, files in other
//! encodings and with the damage real documents carry; every file must clean back to its
//! passage. Run with `--nocapture` to see the accuracy table (also written to
//! `target/encoding-accuracy.md`); set `CORPACK_KEEP_FIXTURES=DIR` to keep the files.

#[path = "encodings/mod.rs"]
mod encodings;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use corpack::pipeline::{clean, Cleaned};
use encodings::passages::{EXTRA_CLEAN, PASSAGES};
use encodings::{cases, skipped, write_all, Case};
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// How one case fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Text, label and repair as expected.
    Pass,
    /// Text right, but the label or the expected repair code is wrong/missing.
    TextOnly,
    /// Wrong text, or `clean` refused the bytes.
    Fail,
}

/// A short, escaped excerpt of `s` around char index `at`.
fn excerpt(s: &str, at: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    let start = at.saturating_sub(30);
    let end = (at + 50).min(chars.len());
    let piece: String = chars[start.min(chars.len())..end].iter().collect();
    format!(
        "{}{:?}{}",
        if start > 0 { "…" } else { "" },
        piece,
        if end < chars.len() { "…" } else { "" }
    )
}

/// Char index of the first difference between `a` and `b`.
fn first_diff(a: &str, b: &str) -> usize {
    a.chars()
        .zip(b.chars())
        .position(|(x, y)| x != y)
        .unwrap_or_else(|| a.chars().count().min(b.chars().count()))
}

fn codes(c: &Cleaned) -> Vec<String> {
    c.repairs.iter().map(|r| r.to_string()).collect()
}

fn has_repair(codes: &[String], want: &str) -> bool {
    if want.ends_with(':') {
        codes.iter().any(|c| c.starts_with(want))
    } else {
        codes.iter().any(|c| c == want)
    }
}

/// Checks one case; returns the verdict and, unless it passed, a description.
fn check(case: &Case, bytes: &[u8]) -> (Verdict, Option<String>) {
    let cleaned = match clean(bytes) {
        Ok(c) => c,
        Err(e) => {
            return (
                Verdict::Fail,
                Some(format!("{}: clean refused the bytes: {e:?}", case.name)),
            )
        }
    };
    let codes = codes(&cleaned);
    let mut problems = Vec::new();
    let mut verdict = Verdict::Pass;
    if cleaned.text != case.expected {
        verdict = Verdict::Fail;
        let at = first_diff(&case.expected, &cleaned.text);
        problems.push(format!(
            "text differs at char {at}\n      expected {}\n      got      {}",
            excerpt(&case.expected, at),
            excerpt(&cleaned.text, at)
        ));
    }
    if let Some(want) = case.expected_encoding {
        if cleaned.encoding.name() != want {
            verdict = verdict.min_with(Verdict::TextOnly);
            problems.push(format!(
                "encoding {} (expected {want})",
                cleaned.encoding.name()
            ));
        }
    }
    if let Some(want) = &case.expected_repair {
        if !has_repair(&codes, want) {
            verdict = verdict.min_with(Verdict::TextOnly);
            problems.push(format!("repair {want:?} missing"));
        }
    }
    if problems.is_empty() {
        return (Verdict::Pass, None);
    }
    let note = if case.note.is_empty() {
        String::new()
    } else {
        format!("\n    note: {}", case.note)
    };
    (
        verdict,
        Some(format!(
            "{}: {}\n    detected {} repairs {codes:?}{note}",
            case.name,
            problems.join("; "),
            cleaned.encoding.name(),
        )),
    )
}

impl Verdict {
    /// The worse of the two.
    fn min_with(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::Fail, _) | (_, Verdict::Fail) => Verdict::Fail,
            (Verdict::TextOnly, _) | (_, Verdict::TextOnly) => Verdict::TextOnly,
            _ => Verdict::Pass,
        }
    }
}

/// The markdown accuracy table: one row per variant, one column per language.
fn table(results: &[(&Case, Verdict)]) -> String {
    let langs: Vec<&str> = PASSAGES.iter().map(|p| p.lang).collect();
    let mut variants: Vec<&str> = Vec::new();
    let mut cells: BTreeMap<(&str, &str), Verdict> = BTreeMap::new();
    for (case, verdict) in results {
        if !variants.contains(&case.variant.as_str()) {
            variants.push(&case.variant);
        }
        cells.insert((case.variant.as_str(), case.lang), *verdict);
    }
    // Unicode encodings, legacy code pages, mojibake, line ends, then normalization.
    variants.sort_by_key(|v| {
        if v.starts_with("UTF-") && !v.contains('+') {
            0
        } else if v.starts_with("mojibake") {
            2
        } else if ["crlf", "cr", "nel-ls-ps"].contains(v) || v.contains("+crlf") {
            3
        } else if [
            "html-entities",
            "invisible",
            "controls",
            "unicode-spaces",
            "messy-whitespace",
            "nfd",
        ]
        .contains(v)
        {
            4
        } else {
            1
        }
    });
    let mut out = String::new();
    let total = results.len();
    let passed = results.iter().filter(|(_, v)| *v == Verdict::Pass).count();
    let text_ok = results.iter().filter(|(_, v)| *v != Verdict::Fail).count();
    writeln!(
        out,
        "# Encoding accuracy: decode → repair → normalize\n\n\
         {passed}/{total} cases fully correct; {text_ok}/{total} with the correct text.\n\n\
         ✓ correct · ~ text correct, label or repair code wrong · ✗ wrong text or refused · \
         blank: not generated\n"
    )
    .unwrap();
    writeln!(out, "| variant | {} | pass |", langs.join(" | ")).unwrap();
    writeln!(out, "|---|{}---|", ":-:|".repeat(langs.len())).unwrap();
    for v in &variants {
        let mut row = format!("| {v} |");
        let (mut n, mut ok) = (0, 0);
        for l in &langs {
            let cell = match cells.get(&(*v, *l)) {
                None => "",
                Some(Verdict::Pass) => "✓",
                Some(Verdict::TextOnly) => "~",
                Some(Verdict::Fail) => "✗",
            };
            if let Some(verdict) = cells.get(&(*v, *l)) {
                n += 1;
                ok += usize::from(*verdict == Verdict::Pass);
            }
            write!(row, " {cell} |").unwrap();
        }
        writeln!(out, "{row} {ok}/{n} |").unwrap();
    }
    let skipped = skipped();
    if !skipped.is_empty() {
        writeln!(out, "\nNot generated (not lossless):\n").unwrap();
        for s in skipped {
            writeln!(out, "- {}__{}: {}", s.lang, s.variant, s.reason).unwrap();
        }
    }
    out
}

fn report_path() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("encoding-accuracy.md")
}

#[test]
fn every_case_decodes_to_the_original() {
    let dir = tempfile::tempdir().unwrap();
    write_all(dir.path());
    let cases = cases();
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = std::fs::read(dir.path().join(&case.name)).unwrap();
        assert_eq!(bytes, case.bytes, "{}: written file differs", case.name);
        let (verdict, problem) = check(case, &bytes);
        results.push((case, verdict));
        failures.extend(problem);
    }
    let mut table = table(&results);
    println!("{table}");
    if !failures.is_empty() {
        write!(
            table,
            "\n## Failures\n\n```text\n{}\n```\n",
            failures.join("\n\n")
        )
        .unwrap();
    }
    let path = report_path();
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(&path, &table) {
        eprintln!("could not write {}: {e}", path.display());
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}\n",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn clean_text_passes_through_unchanged() {
    let mut inputs: Vec<(String, String)> = PASSAGES
        .iter()
        .map(|p| (format!("passage {}", p.lang), p.text()))
        .collect();
    inputs.extend(
        EXTRA_CLEAN
            .iter()
            .map(|(name, s)| (format!("extra {name}"), s.to_string())),
    );
    let mut failures = Vec::new();
    for (name, text) in &inputs {
        assert!(is_nfc(text), "test data {name} is not NFC");
        match clean(text.as_bytes()) {
            Err(e) => failures.push(format!("{name}: refused: {e:?}")),
            Ok(c) => {
                let codes = codes(&c);
                if c.text != *text || !codes.is_empty() || c.encoding.name() != "UTF-8" {
                    let at = first_diff(text, &c.text);
                    failures.push(format!(
                        "{name}: encoding {} repairs {codes:?}\n    expected {}\n    got      {}",
                        c.encoding.name(),
                        excerpt(text, at),
                        excerpt(&c.text, at)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} correct texts were changed:\n\n{}\n",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn cleaning_is_idempotent() {
    let mut failures = Vec::new();
    for case in cases() {
        let Ok(once) = clean(&case.bytes) else {
            continue; // reported by every_case_decodes_to_the_original
        };
        match clean(once.text.as_bytes()) {
            Err(e) => failures.push(format!("{}: second pass refused: {e:?}", case.name)),
            Ok(twice) => {
                let codes = codes(&twice);
                if twice.text != once.text || !codes.is_empty() {
                    let at = first_diff(&once.text, &twice.text);
                    failures.push(format!(
                        "{}: second pass repairs {codes:?}\n    once  {}\n    twice {}",
                        case.name,
                        excerpt(&once.text, at),
                        excerpt(&twice.text, at)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases are not idempotent:\n\n{}\n",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The generator's own invariants: passages are in final form, every case is distinct.
#[test]
fn passages_are_well_formed() {
    for p in PASSAGES {
        let t = p.text();
        let n = t.chars().count();
        assert!(is_nfc(&t), "{}: not NFC", p.lang);
        assert_eq!(t.nfc().collect::<String>(), t, "{}", p.lang);
        assert!(p.paragraphs.len() >= 2, "{}: needs paragraphs", p.lang);
        assert!((200..=800).contains(&n), "{}: {n} chars", p.lang);
        for para in p.paragraphs {
            assert!(!para.is_empty() && !para.contains('\n'), "{}", p.lang);
            assert_eq!(para.trim(), *para, "{}: edge white space", p.lang);
            assert!(
                !para.chars().any(|c| c.is_control()
                    || matches!(
                        c,
                        '\u{200b}' | '\u{ad}' | '\u{2060}' | '\u{feff}' | '\u{3000}'
                    )
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)),
                "{}: invisible or control character",
                p.lang
            );
        }
    }
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "duplicate case names");
    for c in &cases {
        assert!(is_nfc(&c.expected), "{}: expected text not NFC", c.name);
        if c.variant != "UTF-8" && c.variant != "gb18030" {
            assert_ne!(
                c.bytes,
                c.expected.as_bytes(),
                "{}: the variant did not change anything",
                c.name
            );
        }
    }
}
