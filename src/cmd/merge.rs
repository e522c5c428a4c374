//! `corpack merge`: package the shards of a sharded build into one release.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;

use super::build::{print_report, print_strict_rejections, Bar};

/// Merge the shards staged by `corpack build --shard K/N` into the release a single build of the
/// same inputs writes, byte for byte.
///
/// Repeated page chrome and duplicates are resolved across all shards from what they stored
/// (line keys, text hashes, MinHash signatures); only documents whose stripping changes with
/// the corpus-wide repeated lines are stripped again, from their staged text. The settings
/// (name, version, rules, [lang], [dedup] ...) are the ones the shards were run with.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  for k in 0 1 2 3; do corpack build --config corpus.toml --shard $k/4 --out staging; done\n  corpack merge staging --out dist\n  corpack merge /shared/staging --out /shared/dist --jobs 8 --no-zip"
)]
pub struct Args {
    /// The staging folder the shards were written to (their --out).
    #[arg(value_name = "STAGING")]
    staging: PathBuf,
    /// Folder to write the release into.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Worker threads [default: number of cores].
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Write the release folder only: no zip and no `.zip.sha256`.
    #[arg(long)]
    no_zip: bool,
    /// No progress bars (the summary lines are still printed).
    #[arg(long, short = 'q')]
    quiet: bool,
}

/// Runs the merge and prints the summary.
pub fn run(args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let jobs = match args.jobs {
        Some(0) => return Err(corpack::Error::Settings("--jobs must be at least 1".into()).into()),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    super::on_interrupt_clean_up()?;
    let bar = Bar::new(args.quiet);
    let report = corpack::shard::merge(&args.staging, &args.out, jobs, !args.no_zip, &bar);
    bar.0.finish_and_clear();
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            print_strict_rejections(&e);
            return Err(e).with_context(|| format!("merging {}", args.staging.display()));
        }
    };
    println!(
        "merged {} shards: {} documents staged, {} stripped again with the corpus-wide repeated lines",
        report.shards, report.documents, report.restripped
    );
    print_report(&report.build, started);
    Ok(())
}
