//! The floor of `make bench`: the least work any tool that packages a corpus must do. It reads
//! every file under the corpus (walkdir, sorted by path), computes the SHA-256 of its bytes (the
//! `sha2` crate, as corpack does) and, in the default mode, zstd-compresses them at level 3 (the
//! level corpack uses for Parquet), on a rayon pool of `--threads` threads (default 2) over files.
//! No decoding, no cleaning, no language detection: corpack's throughput is compared with this.
//!
//! It prints one JSON line on stdout:
//! `{"mode", "threads", "files", "bytes", "zstd_bytes", "seconds", "mb_per_s", "sha_ni", "digest"}`
//! where MB = 10^6 bytes, `seconds` covers the walk, the reads and the work, `zstd_bytes` is null
//! in `sha256` mode and `digest` is the SHA-256 of the files' hex digests in path order (the same
//! on every run, so two runs can be checked to have read the same bytes).
//!
//! ```text
//! cargo bench --bench floor -- CORPUS_DIR [--mode sha256+zstd|sha256] [--threads N]
//! ```
//!
//! `make bench` builds it with `cargo build --release --bench floor` and runs the binary.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

/// zstd level corpack uses for its Parquet parts.
const ZSTD_LEVEL: i32 = 3;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Sha256Zstd,
    Sha256,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Sha256Zstd => "sha256+zstd",
            Mode::Sha256 => "sha256",
        }
    }
}

struct Args {
    corpus: PathBuf,
    mode: Mode,
    threads: usize,
}

const USAGE: &str = "usage: floor CORPUS_DIR [--mode sha256+zstd|sha256] [--threads N]";

fn parse_args() -> Result<Args, String> {
    let mut corpus = None;
    let mut mode = Mode::Sha256Zstd;
    let mut threads = 2;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            // `cargo bench` passes `--bench` to every bench binary.
            "--bench" => {}
            "--mode" => {
                mode = match args.next().as_deref() {
                    Some("sha256+zstd") => Mode::Sha256Zstd,
                    Some("sha256") => Mode::Sha256,
                    other => return Err(format!("unknown --mode {other:?}\n{USAGE}")),
                }
            }
            "--threads" => {
                threads = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--threads needs a positive number\n{USAGE}"))?
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if corpus.is_none() => corpus = Some(PathBuf::from(arg)),
            _ => return Err(format!("one corpus folder only\n{USAGE}")),
        }
    }
    let corpus = corpus.ok_or_else(|| USAGE.to_string())?;
    Ok(Args {
        corpus,
        mode,
        threads,
    })
}

/// What one file gave: its size, the size of its zstd frame (0 in `sha256` mode), its digest.
struct FileResult {
    bytes: u64,
    zstd_bytes: u64,
    sha256: [u8; 32],
}

fn sha_ni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("sha")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

fn run(args: &Args) -> Result<String, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut paths = Vec::new();
    for entry in WalkDir::new(&args.corpus).sort_by_file_name() {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_type().is_file() {
            paths.push(entry.into_path());
        }
    }
    let mode = args.mode;
    let results: Vec<FileResult> = pool.install(|| {
        paths
            .par_iter()
            .map_init(
                || zstd::bulk::Compressor::new(ZSTD_LEVEL).expect("zstd context"),
                |zstd, path| -> Result<FileResult, String> {
                    let data =
                        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
                    let sha256: [u8; 32] = Sha256::digest(&data).into();
                    let zstd_bytes = match mode {
                        Mode::Sha256Zstd => zstd
                            .compress(&data)
                            .map_err(|e| format!("{}: zstd: {e}", path.display()))?
                            .len() as u64,
                        Mode::Sha256 => 0,
                    };
                    Ok(FileResult {
                        bytes: data.len() as u64,
                        zstd_bytes,
                        sha256,
                    })
                },
            )
            .collect::<Result<_, _>>()
    })?;
    let seconds = start.elapsed().as_secs_f64();

    let bytes: u64 = results.iter().map(|r| r.bytes).sum();
    let zstd_bytes: u64 = results.iter().map(|r| r.zstd_bytes).sum();
    let mut digest = Sha256::new();
    for r in &results {
        digest.update(hex::encode(r.sha256));
        digest.update(b"\n");
    }
    let zstd_json = match mode {
        Mode::Sha256Zstd => zstd_bytes.to_string(),
        Mode::Sha256 => "null".to_string(),
    };
    Ok(format!(
        "{{\"mode\": \"{}\", \"threads\": {}, \"files\": {}, \"bytes\": {}, \"zstd_bytes\": {}, \
         \"seconds\": {:.3}, \"mb_per_s\": {:.1}, \"sha_ni\": {}, \"digest\": \"{}\"}}",
        mode.name(),
        args.threads,
        results.len(),
        bytes,
        zstd_json,
        seconds,
        bytes as f64 / 1e6 / seconds,
        sha_ni(),
        hex::encode(digest.finalize()),
    ))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("floor: {msg}");
            ExitCode::FAILURE
        }
    }
}
