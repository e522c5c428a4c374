//! One integration-test binary: every test runs the real `corpack` binary in a fresh temp dir.

mod util;

mod test_atomic;
#[cfg(unix)]
mod test_bad_inputs;
mod test_build;
mod test_clean;
mod test_dedup;
mod test_diff;
mod test_gen_bench;
mod test_merge;
mod test_release;
mod test_report;
mod test_rules;
mod test_schema;
mod test_verify;
