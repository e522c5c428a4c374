//! `corpack verify`: check a release before using or citing it.

use std::path::PathBuf;

use anyhow::bail;

/// Check that a release (folder or zip) is intact and self-consistent.
///
/// Checks SHA256SUMS and the zip's .sha256, every manifest.json files[] entry (size and SHA-256),
/// that no file was added, the Parquet schema against schema.json, the row count, unique and
/// sorted doc_id, every row's text_sha256, and that each CSV part holds the Parquet part's rows
/// byte for byte. Every problem is printed with its file and reason; exit 0 only when none.
/// With --rebuild --input DIR the release is rebuilt from its sources into a temporary folder
/// (with the settings and rules copy it records) and compared byte for byte.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack verify dist/csto-kazakhstan-2022-0.3.0\n  corpack verify dist/csto-kazakhstan-2022-0.3.0.zip\n  corpack verify --rebuild --input seeds dist/csto-kazakhstan-2022-0.3.0"
)]
pub struct Args {
    /// Release folder or zip.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Also rebuild the release from --input and compare every byte.
    #[arg(long, requires = "input")]
    rebuild: bool,
    /// The raw documents the release was built from (for --rebuild).
    #[arg(long, value_name = "DIR")]
    input: Option<PathBuf>,
    /// Worker threads for --rebuild [default: number of cores].
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

/// Verifies each path and prints the problems.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut failed = 0;
    for path in &args.paths {
        let report = corpack::verify::verify(path)?;
        let mut problems = report.problems;
        if args.rebuild && problems.is_empty() {
            if let Some(input) = &args.input {
                problems = corpack::verify::rebuild(path, input, args.jobs)?;
            }
        }
        if problems.is_empty() {
            println!(
                "ok: {}: {} files, {} rows{}",
                path.display(),
                report.files,
                report.rows,
                if args.rebuild {
                    ", rebuilt byte for byte"
                } else {
                    ""
                }
            );
        } else {
            failed += 1;
            for p in &problems {
                println!("FAILED: {}: {}: {}", path.display(), p.file, p.reason);
            }
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} release(s) failed verification (see the lines above)",
            args.paths.len()
        );
    }
    Ok(())
}
