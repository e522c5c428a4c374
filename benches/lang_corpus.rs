//! Language detection alone over a folder of documents: CPU time per document of
//! `corpack::lang::Detector::detect` on every UTF-8 file, on N threads.
//!
//! `cargo bench --bench lang_corpus -- DIR [THREADS]`, e.g. on the benchmark corpus that
//! `make bench` generates: `cargo bench --bench lang_corpus -- target/bench/corpus-1024 2`.
//! The digest of all answers lets two builds (say, before and after a change to the detector)
//! be compared for the same results.

use std::path::{Path, PathBuf};
use std::time::Instant;

use corpack::lang::{Detector, LangSettings};
use rayon::prelude::*;

/// User plus system CPU seconds of this process so far.
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage fills the struct it is given; a zeroed rusage is a valid value.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(u.ru_utime) + secs(u.ru_stime)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; the rest are ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: cargo bench --bench lang_corpus -- DIR [THREADS]");
        std::process::exit(2);
    };
    let threads: usize = args.get(1).and_then(|t| t.parse().ok()).unwrap_or(1);
    let mut paths = Vec::new();
    files(Path::new(dir), &mut paths);
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| String::from_utf8(std::fs::read(p).ok()?).ok())
        .collect();
    let detector = Detector::new(&LangSettings::default()).expect("default settings are valid");
    // Models load on first use: load them before the clock starts.
    for t in texts.iter().take(200) {
        detector.detect(t);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let guesses: Vec<_> = pool.install(|| texts.par_iter().map(|t| detector.detect(t)).collect());
    let (cpu, wall) = (cpu_seconds() - cpu, wall.elapsed().as_secs_f64());
    let answers: String = guesses.iter().map(|g| format!("{g:?}\n")).collect();
    let digest = corpack::hash::sha256_hex(answers.as_bytes());
    println!(
        "{} UTF-8 documents, {threads} thread(s): {wall:.2} s wall, {cpu:.2} s CPU, {:.3} ms CPU a document; answers {}",
        texts.len(),
        cpu * 1e3 / texts.len().max(1) as f64,
        &digest[..16]
    );
}
