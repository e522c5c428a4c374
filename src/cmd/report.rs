//! `corpack report`: render a release's `report.html` again.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

/// Render the self-contained HTML report of a release (charts, rejected inputs, a document
/// browser with clean text beside the decoded source) from its own files.
///
/// A release folder that has a report.html gets it rewritten in place (the same bytes, for a
/// release made by this corpack version); otherwise the report goes to ./NAME-VERSION.report.html.
/// Nothing is fetched from the network when the page is viewed.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack report dist/csto-kazakhstan-2022-0.3.8 --open\n  corpack report dist/csto-kazakhstan-2022-0.3.8.zip --out /tmp/report.html\n  corpack report dist/big-corpus-1.0.0 --sample 1000 --out big.html"
)]
pub struct Args {
    /// Release folder or zip.
    #[arg(value_name = "RELEASE")]
    release: PathBuf,
    /// Where to write the report [default: RELEASE/report.html when the folder has one, else
    /// ./NAME-VERSION.report.html].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Documents in the browser [default: the release's build.report_sample, else 200].
    #[arg(long, value_name = "N")]
    sample: Option<usize>,
    /// Open the report in the default browser afterwards.
    #[arg(long)]
    open: bool,
}

/// Renders and writes the report.
pub fn run(args: Args) -> anyhow::Result<()> {
    let release = corpack::release::Release::open(&args.release)?;
    let sample = args.sample.unwrap_or_else(|| {
        release.manifest["build"]["report_sample"]
            .as_u64()
            .map_or(corpack::report::DEFAULT_SAMPLE, |n| n as usize)
    });
    let html = corpack::report::render(&release.dir, sample)
        .with_context(|| format!("rendering the report of {}", args.release.display()))?;
    let in_place = args.release.join(corpack::report::FILE_NAME);
    let out = match args.out {
        Some(p) => p,
        None if args.release.is_dir() && in_place.is_file() => in_place,
        None => PathBuf::from(format!("{}.report.html", release.name)),
    };
    let unchanged = std::fs::read(&out).is_ok_and(|b| b == html.as_bytes());
    if !unchanged {
        // Temp file + rename: a reader never sees half a report.
        let dir = match out.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut tmp = tempfile::NamedTempFile::new_in(&dir)
            .with_context(|| format!("{}: cannot create a file there", dir.display()))?;
        tmp.write_all(html.as_bytes())
            .with_context(|| format!("{}: writing", tmp.path().display()))?;
        tmp.persist(&out)
            .with_context(|| format!("{}: cannot write the report", out.display()))?;
    }
    println!(
        "{} {}: {} ({} bytes)",
        release.name,
        if unchanged {
            "report unchanged"
        } else {
            "report written"
        },
        out.display(),
        html.len()
    );
    if args.open {
        opener::open(&out).with_context(|| format!("opening {}", out.display()))?;
    }
    Ok(())
}
