//! `corpack gen-bench`: write a deterministic benchmark corpus.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use corpack::benchgen::{Generator, Summary, Widgets};

/// Write a deterministic benchmark corpus of about N MiB of documents into DIR.
///
/// Documents in many languages with page chrome (taken from the examples in the boilerplate
/// rules), about 80% UTF-8 (some with a BOM, some CRLF), 12% legacy code pages, 5% mojibake and
/// 3% UTF-16, from 1 KB to 1 MB each, in nested folders, with near-copies and exact copies.
/// The same seed and size give a byte-identical tree. A summary is printed to stdout only, so
/// nothing but documents lands in DIR.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack gen-bench --out /tmp/bench --mib 100\n  corpack gen-bench --out /tmp/bench-1g --mib 1024 --seed 7\n  corpack gen-bench --out bench --mib 20 --rules my-rules.toml"
)]
pub struct Args {
    /// Folder to write the documents into (created; must be empty or absent).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Total size of the documents in MiB; generation stops when it is reached.
    #[arg(long, value_name = "N")]
    mib: u64,
    /// Seed of the generator: the same seed and size give the same bytes.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Boilerplate rules whose examples become the page chrome.
    #[arg(long, value_name = "FILE", default_value = "rules/boilerplate.toml")]
    rules: PathBuf,
}

/// Generates the corpus and prints the summary.
pub fn run(args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let text = std::fs::read_to_string(&args.rules)
        .with_context(|| format!("{}: reading the boilerplate rules", args.rules.display()))?;
    let widgets = Widgets::from_rules_toml(&text)
        .with_context(|| format!("{}: parsing the boilerplate rules", args.rules.display()))?;
    if args.out.exists()
        && std::fs::read_dir(&args.out)
            .with_context(|| args.out.display().to_string())?
            .next()
            .is_some()
    {
        return Err(corpack::Error::Settings(format!(
            "{}: not empty; gen-bench writes into an empty or new folder",
            args.out.display()
        ))
        .into());
    }
    let mut summary = Summary::default();
    for doc in Generator::new(args.mib << 20, args.seed, widgets) {
        let path = args.out.join(&doc.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| parent.display().to_string())?;
        }
        std::fs::write(&path, &doc.bytes).with_context(|| path.display().to_string())?;
        summary.add(&doc);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "gen-bench: {} files, {} bytes ({:.1} MiB) in {}, seed {}, {:.1}s",
        summary.files,
        summary.bytes,
        summary.bytes as f64 / (1u64 << 20) as f64,
        args.out.display(),
        args.seed,
        started.elapsed().as_secs_f64()
    )?;
    let pct = |n: u64, of: u64| 100.0 * n as f64 / of.max(1) as f64;
    for (group, (files, bytes)) in &summary.by_group {
        writeln!(
            out,
            "  {group:<28} {files:>7} files {:>5.1}%  {bytes:>12} bytes {:>5.1}%",
            pct(*files, summary.files),
            pct(*bytes, summary.bytes)
        )?;
    }
    for (label, (files, bytes)) in &summary.by_label {
        writeln!(
            out,
            "    {label:<26} {files:>7} files {:>5.1}%  {bytes:>12} bytes {:>5.1}%",
            pct(*files, summary.files),
            pct(*bytes, summary.bytes)
        )?;
    }
    Ok(())
}
