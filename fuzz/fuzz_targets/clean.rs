//! Arbitrary bytes through decode → repair → normalize: never a panic, and cleaning the clean
//! text again changes nothing (the fixpoint the pipeline promises).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(once) = corpack::pipeline::clean(bytes) {
        let twice = corpack::pipeline::clean(once.text.as_bytes())
            .expect("clean text is text");
        assert_eq!(twice.text, once.text, "clean is not idempotent");
        assert!(twice.repairs.is_empty(), "clean text needed repairs: {:?}", twice.repairs);
    }
});
