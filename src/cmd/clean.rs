//! `corpack clean`: show what the pipeline makes of one file.

use std::path::PathBuf;

use anyhow::{bail, Context};
use corpack::decode::NotText;
use corpack::pipeline::clean;
use corpack::repairs::VOCABULARY;

/// Print the clean text of one file (what would go in the `text` column) to stdout.
///
/// With --explain, the detected encoding and every repair are listed on stderr: the tool for
/// checking a decision or writing a rule.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack clean seeds/004_317bc2e3c0c5216a.txt\n  corpack clean --explain scraped/page.txt > page.clean.txt"
)]
pub struct Args {
    /// The file to clean.
    file: PathBuf,
    /// List the encoding and each repair on stderr.
    #[arg(long)]
    explain: bool,
}

/// Cleans the file and prints it.
pub fn run(args: Args) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("{}: cannot read the file", args.file.display()))?;
    let cleaned = match clean(&bytes) {
        Ok(c) => c,
        Err(NotText::Binary) => bail!(
            "{}: binary data (NUL bytes without a UTF-16 byte-order mark), not text; a build would reject it",
            args.file.display()
        ),
    };
    if args.explain {
        eprintln!("file: {}", args.file.display());
        eprintln!("encoding: {}", cleaned.encoding.name());
        if cleaned.repairs.is_empty() {
            eprintln!("repairs: none");
        }
        for r in &cleaned.repairs {
            let code = r.code();
            let head = code.split(':').next().unwrap_or_default();
            let meaning = VOCABULARY
                .iter()
                .find(|(v, _)| v.split(':').next() == Some(head))
                .map_or("", |(_, m)| m);
            eprintln!("repair: {code:<24} {meaning}");
        }
    }
    if !cleaned.text.is_empty() {
        println!("{}", cleaned.text);
    }
    Ok(())
}
