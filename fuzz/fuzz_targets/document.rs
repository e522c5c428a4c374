//! Arbitrary bytes through every per-document stage with the shipped boilerplate rules:
//! decode, repair, normalize, strip boilerplate, count, detect the language, shingle for dedup.
//! Never a panic; the removals rebuild the document's non-blank lines exactly.
#![no_main]

use std::sync::OnceLock;

use corpack::boilerplate::{self, Repeated, Rules, StripSettings};
use corpack::lang::{Detector, LangSettings};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../rules/boilerplate.toml");
        Rules::load(std::path::Path::new(p)).expect("the shipped rules load")
    })
}

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| Detector::new(&LangSettings::default()).expect("default settings"))
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(cleaned) = corpack::pipeline::clean(bytes) else {
        return;
    };
    let settings = StripSettings::default();
    let stripped = boilerplate::strip(&cleaned.text, rules(), &Repeated::default(), &settings);
    let rebuilt = boilerplate::rebuild_lines(&stripped.text, &stripped.removals, rules())
        .expect("removals name known rules");
    let original: Vec<&str> = cleaned
        .text
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rebuilt, original, "removals do not rebuild the document");
    let counts = corpack::annotate::counts(&stripped.text);
    assert!(counts.n_words <= counts.n_chars);
    if let Some(g) = detector().detect(&stripped.text) {
        assert!((0.0..=1.0).contains(&g.confidence));
    }
    let _ = corpack::dedup::shingles(&stripped.text, 3);
});
