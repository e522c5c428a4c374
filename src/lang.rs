//! Stage 7, annotate (language): the ISO 639-1 language of a clean text, with a confidence, or
//! nothing when the text is too short, has no clear majority language, or the detector hesitates.
//!
//! The detector is [lingua](https://docs.rs/lingua) over all 75 of its languages (or the set in
//! `[lang] languages`). Lingua's own confidence saturates at 1.0 for texts over ~150 characters,
//! wrong answers included, so the text is sampled as a few chunks of about `chunk_chars`
//! characters (and at least `chunk_letters` letters, enough for lingua to score a chunk on
//! trigrams alone) from its start, each chunk votes with lingua's confidence for it (meaningful at that
//! length), weighted by its letters, and the document's confidence is the winning language's
//! share of the weighted vote. A mixed-language or ambiguous text gets a low share, hence null.
//! README ("Language detection") has the comparison with whatlang that chose lingua.

use std::collections::BTreeMap;
use std::str::FromStr;

use lingua::{IsoCode639_1, LanguageDetector, LanguageDetectorBuilder};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The detector, as recorded in the manifest (kept equal to Cargo.lock by a test).
pub const DETECTOR: &str = "lingua 1.8.0";

/// `[lang]` settings of `corpus.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LangSettings {
    /// Below this share of the weighted vote, `lang` is null.
    pub min_confidence: f64,
    /// Characters per sampled chunk.
    pub chunk_chars: usize,
    /// Letters a chunk needs as well (unless the text runs out). At 120 or more, lingua scores a
    /// chunk on trigrams alone, about five times fewer model lookups than its 1- to 5-grams.
    pub chunk_letters: usize,
    /// Chunks sampled from the start of the text.
    pub chunks: usize,
    /// Fewer letters than this in the sample and `lang` is null.
    pub min_letters: usize,
    /// ISO 639-1 codes to choose from; empty means all languages lingua knows.
    pub languages: Vec<String>,
    /// Lingua's models: `high` (1- to 5-grams, the default) or `low` (trigrams only). On the
    /// comparison set `low` leaves more documents null (13 of 240 in the 12 required languages,
    /// against 4) for no measurable gain in speed or memory on the benchmark corpus.
    pub accuracy: Accuracy,
}

/// Which of lingua's models a [`Detector`] loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Accuracy {
    /// Trigram models only (lingua's low accuracy mode).
    Low,
    /// All n-gram models, 1 to 5 (lingua's default).
    #[default]
    High,
}

impl Default for LangSettings {
    fn default() -> Self {
        // Chosen on lingua's test sentences of all 75 languages (README, "Language detection"):
        // 3 chunks of 150 characters at 0.7 label 94% of 10-sentence documents, 1% wrongly.
        LangSettings {
            min_confidence: 0.7,
            chunk_chars: 150,
            chunk_letters: 120,
            chunks: 3,
            min_letters: 20,
            languages: Vec::new(),
            accuracy: Accuracy::High,
        }
    }
}

impl LangSettings {
    /// Checks the values and parses `languages` (empty: all languages).
    pub fn validate(&self) -> Result<Vec<IsoCode639_1>> {
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::Settings(format!(
                "lang.min_confidence = {} must be between 0 and 1",
                self.min_confidence
            )));
        }
        if self.chunk_chars == 0 || self.chunks == 0 {
            return Err(Error::Settings(
                "lang.chunk_chars and lang.chunks must be at least 1".into(),
            ));
        }
        let mut codes = Vec::new();
        for c in &self.languages {
            codes.push(IsoCode639_1::from_str(c).map_err(|_| {
                Error::Settings(format!(
                    "lang.languages: {c:?} is not an ISO 639-1 code the detector knows"
                ))
            })?);
        }
        if codes.len() == 1 {
            return Err(Error::Settings(
                "lang.languages needs at least two languages (or none, for all)".into(),
            ));
        }
        Ok(codes)
    }
}

/// A detected language.
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    /// ISO 639-1 code.
    pub code: String,
    /// Share of the weighted vote, in [0, 1], rounded to 4 decimals.
    pub confidence: f64,
}

/// A language detector, built once per build and shared by the worker threads.
pub struct Detector {
    inner: LanguageDetector,
    settings: LangSettings,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Detector {
    /// Builds a detector for `settings`; an unknown language code or a bad threshold is an error.
    pub fn new(settings: &LangSettings) -> Result<Self> {
        let codes = settings.validate()?;
        let mut builder = if codes.is_empty() {
            LanguageDetectorBuilder::from_all_languages()
        } else {
            LanguageDetectorBuilder::from_iso_codes_639_1(&codes)
        };
        if settings.accuracy == Accuracy::Low {
            builder.with_low_accuracy_mode();
        }
        let inner = builder.build();
        Ok(Detector {
            inner,
            settings: settings.clone(),
        })
    }

    /// Frees lingua's models (loaded on first use, held process-wide): a build calls it when
    /// detection is over, so packaging does not carry them (hundreds of MB for all languages).
    /// A later [`Detector::detect`] loads them again.
    pub fn unload(&self) {
        self.inner.unload_language_models();
    }

    /// The language of `text`, or `None` when it is not known with confidence.
    pub fn detect(&self, text: &str) -> Option<Guess> {
        let s = &self.settings;
        let chunks = sample(text, s.chunk_chars, s.chunk_letters, s.chunks);
        let letters: usize = chunks.iter().map(|c| c.letters).sum();
        if letters < s.min_letters.max(1) {
            return None;
        }
        let mut votes: BTreeMap<String, f64> = BTreeMap::new();
        for c in &chunks {
            let values = self
                .inner
                .compute_language_confidence_values(c.text.as_str());
            if let Some(&(language, confidence)) = values.first() {
                if confidence > 0.0 {
                    *votes
                        .entry(language.iso_code_639_1().to_string())
                        .or_default() += c.letters as f64 * confidence;
                }
            }
        }
        // Highest vote; on a tie, the smaller code (BTreeMap order), so the answer is stable.
        let (code, vote) = votes
            .into_iter()
            .fold(None::<(String, f64)>, |best, (code, v)| match best {
                Some((_, bv)) if bv >= v => best,
                _ => Some((code, v)),
            })?;
        // Rounded so that last-bit float noise cannot reach the output.
        let confidence = (vote / letters as f64 * 1e4).round() / 1e4;
        (confidence >= s.min_confidence).then_some(Guess { code, confidence })
    }
}

/// A sampled chunk and its letter count (the weight of its vote).
#[derive(Debug, Clone, PartialEq)]
struct Chunk {
    text: String,
    letters: usize,
}

/// Up to `max_chunks` chunks of at least `size` characters and `letters` letters from the start of
/// `text`, made of its words that hold a letter and are not links or e-mail addresses. A word longer
/// than the chunk still needs (CJK text without spaces) is cut.
fn sample(text: &str, size: usize, letters: usize, max_chunks: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut cur = Chunk {
        text: String::new(),
        letters: 0,
    };
    let mut cur_chars = 0;
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !(w.contains("://") || w.starts_with("www.") || w.contains('@')));
    for word in words {
        let mut rest = word;
        while !rest.is_empty() {
            let room = size
                .saturating_sub(cur_chars)
                .max(letters.saturating_sub(cur.letters))
                .max(1);
            let cut = rest.char_indices().nth(room).map_or(rest.len(), |(i, _)| i);
            let (piece, tail) = rest.split_at(cut);
            if cur_chars > 0 {
                cur.text.push(' ');
                cur_chars += 1;
            }
            cur.text.push_str(piece);
            cur_chars += piece.chars().count();
            cur.letters += piece.chars().filter(|c| c.is_alphabetic()).count();
            rest = tail;
            if cur_chars >= size && cur.letters >= letters {
                out.push(std::mem::replace(
                    &mut cur,
                    Chunk {
                        text: String::new(),
                        letters: 0,
                    },
                ));
                cur_chars = 0;
                if out.len() == max_chunks {
                    return out;
                }
            }
        }
    }
    if cur.letters > 0 {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Cases {
        case: Vec<Case>,
    }
    #[derive(Deserialize)]
    struct Case {
        lang: String,
        text: String,
    }

    fn cases() -> Vec<Case> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/lang/cases.toml"
        );
        let text = std::fs::read_to_string(path).unwrap();
        toml::from_str::<Cases>(&text).unwrap().case
    }

    #[test]
    fn paragraphs_in_twelve_languages_and_nothing_for_too_little_text() {
        let d = Detector::new(&LangSettings::default()).unwrap();
        let mut failures = Vec::new();
        for c in cases() {
            let got = d.detect(&c.text);
            let code = got.as_ref().map_or("", |g| g.code.as_str());
            if code != c.lang {
                failures.push(format!("{:?} for {:?}: {got:?}", c.lang, c.text));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn a_mixed_text_gets_no_language() {
        let d = Detector::new(&LangSettings::default()).unwrap();
        let cs = cases();
        let en = &cs.iter().find(|c| c.lang == "en").unwrap().text;
        let ru = &cs.iter().find(|c| c.lang == "ru").unwrap().text;
        // First chunk English, the second Russian: an even split.
        let mixed = format!(
            "{} {}",
            &en[..150],
            &ru[..ru.char_indices().nth(150).unwrap().0]
        );
        assert_eq!(d.detect(&mixed), None, "{mixed}");
        // The same English paragraph alone is English with high confidence.
        let g = d.detect(en).unwrap();
        assert_eq!(g.code, "en");
        assert!(g.confidence >= 0.9, "{g:?}");
    }

    /// Lingua's confidences for each text, by language.
    fn confidences<'a>(
        detector: &LanguageDetector,
        texts: impl Iterator<Item = &'a String>,
    ) -> Vec<BTreeMap<lingua::Language, f64>> {
        texts
            .map(|t| {
                let values = detector.compute_language_confidence_values(t.as_str());
                values.into_iter().collect()
            })
            .collect()
    }

    #[test]
    fn lingua_scores_the_same_from_a_warm_lookup_cache() {
        // vendor/lingua caches model lookups per thread: a thread that has scored other texts
        // (a warm cache) must give the confidences a fresh thread (a cold cache) gives.
        let detector = LanguageDetectorBuilder::from_all_languages().build();
        let mut texts = Vec::new();
        for c in cases() {
            for chars in [8, 40, 400] {
                texts.push(c.text.chars().take(chars).collect::<String>());
            }
        }
        let cold: Vec<_> = texts
            .iter()
            .flat_map(|t| {
                std::thread::scope(|s| {
                    s.spawn(|| confidences(&detector, std::iter::once(t)))
                        .join()
                        .unwrap()
                })
            })
            .collect();
        let warm = std::thread::scope(|s| {
            s.spawn(|| {
                confidences(&detector, texts.iter().rev());
                confidences(&detector, texts.iter())
            })
            .join()
            .unwrap()
        });
        for ((text, cold), warm) in texts.iter().zip(&cold).zip(&warm) {
            assert_eq!(cold.len(), warm.len());
            for (code, c) in cold {
                // Lingua sums in hash-set order, so only the last bits may differ.
                assert!(
                    (c - warm[code]).abs() < 1e-9,
                    "{code:?} {c} {warm:?} {text:?}"
                );
            }
        }
    }

    #[test]
    fn the_recorded_detector_version_is_the_locked_one() {
        let lock = include_str!("../Cargo.lock");
        let version = lock
            .split("[[package]]")
            .find(|p| p.contains("name = \"lingua\"\n"))
            .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
            .map(|v| v.trim_matches('"'));
        assert_eq!(
            Some(DETECTOR),
            version.map(|v| format!("lingua {v}")).as_deref()
        );
    }

    #[test]
    fn sample_skips_links_and_cuts_long_words() {
        let s = sample("See https://x.org/a and mail a@b.c 2022 now", 100, 0, 3);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "See and mail now");
        assert_eq!(s[0].letters, 13);
        let zh = "集体安全条约组织".repeat(10);
        let s = sample(&zh, 30, 0, 2);
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|c| c.text.chars().count() == 30), "{s:?}");
        assert!(sample("", 10, 0, 3).is_empty());
    }

    #[test]
    fn a_chunk_closes_when_it_has_the_characters_and_the_letters() {
        // Three characters with the space, two letters, per word; a chunk cuts the word that
        // completes it.
        let text = "ab cd ef ".repeat(40);
        let chars_only = sample(&text, 20, 0, 3);
        assert_eq!(chars_only.len(), 3);
        assert!(chars_only
            .iter()
            .all(|c| c.text.chars().count() == 20 && c.letters == 14));
        let both = sample(&text, 20, 30, 3);
        assert_eq!(both.len(), 3);
        assert!(both.iter().all(|c| c.letters == 30), "{both:?}");
        // A word without spaces is cut where the letters are complete, with no space inside.
        let zh = "集体安全条约组织".repeat(10);
        let s = sample(&zh, 10, 25, 2);
        assert_eq!(s.len(), 2);
        assert!(s
            .iter()
            .all(|c| c.text.chars().count() == 25 && !c.text.contains(' ')));
    }

    #[test]
    fn restricting_the_languages_and_bad_settings() {
        let s = LangSettings {
            languages: vec!["en".into(), "fr".into()],
            ..Default::default()
        };
        let d = Detector::new(&s).unwrap();
        let fr = "La boulangerie du quartier ouvre tous les jours sauf le lundi, et on y trouve du pain frais.";
        assert_eq!(d.detect(fr).unwrap().code, "fr");
        for bad in [
            LangSettings {
                languages: vec!["xx".into(), "en".into()],
                ..Default::default()
            },
            LangSettings {
                languages: vec!["en".into()],
                ..Default::default()
            },
            LangSettings {
                min_confidence: 1.5,
                ..Default::default()
            },
            LangSettings {
                chunks: 0,
                ..Default::default()
            },
        ] {
            assert!(Detector::new(&bad).is_err(), "{bad:?}");
        }
    }
}
