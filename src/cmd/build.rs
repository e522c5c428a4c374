//! `corpack build`: build a release from a folder of documents.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use corpack::package::ReleaseStatus;
use corpack::record::{rejection_summary, Rejection};
use corpack::{BuildArgs, BuildSettings, Phase, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Build a versioned, verifiable dataset release from a folder of raw documents.
///
/// Settings come from corpus.toml (./corpus.toml unless --config is given); flags override it.
/// With --input, --name and --version it runs without a config file.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack build                                  # uses ./corpus.toml\n  corpack build --config corpus.toml --jobs 2\n  corpack build --input seeds --name my-corpus --version 0.1.0 --out dist\n  corpack build --config corpus.toml --shard 0/4 --out staging   # then: corpack merge staging --out dist"
)]
pub struct Args {
    /// The dataset description file [default: ./corpus.toml when it exists].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Folder of raw documents [config: input].
    #[arg(long, value_name = "DIR")]
    input: Option<PathBuf>,
    /// Folder to write the release into [config: out; default: dist].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Dataset name [config: name].
    #[arg(long)]
    name: Option<String>,
    /// Release version, MAJOR.MINOR.PATCH [config: version].
    #[arg(long, value_name = "SEMVER")]
    version: Option<String>,
    /// Boilerplate rules file [config: rules].
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// Worker threads [default: number of cores].
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Fail, writing nothing, if any input is rejected.
    #[arg(long)]
    strict: bool,
    /// Write the release folder only: no zip and no `.zip.sha256` (for benchmarks and scratch
    /// builds; a published release has its zip).
    #[arg(long)]
    no_zip: bool,
    /// No progress bars (the summary lines are still printed).
    #[arg(long, short = 'q')]
    quiet: bool,
    /// After the summary, print on stderr how long each step of the build took (wall time).
    #[arg(long)]
    timings: bool,
    /// Build only shard K of N (K counts from 0) into the staging folder --out, for
    /// `corpack merge`; shards are chosen by a hash of each input's doc_id and run independently.
    #[arg(long, value_name = "K/N")]
    shard: Option<corpack::shard::ShardSpec>,
}

/// Runs the build and prints the summary.
pub fn run(args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let config = super::load_config(args.config.as_deref())?;
    let shard_out = args.out.is_some();
    let low = BuildArgs {
        input: args.input,
        out: args.out,
        name: args.name,
        version: args.version,
        jobs: args.jobs,
        rules: args.rules,
        strict: args.strict,
        no_zip: args.no_zip,
    };
    let settings = BuildSettings::resolve(low, config, |k| std::env::var(k).ok())?;
    super::on_interrupt_clean_up()?;
    let bar = Bar::new(args.quiet);
    if let Some(spec) = args.shard {
        if !shard_out {
            bar.0.finish_and_clear();
            return Err(corpack::Error::Settings(
                "--shard needs --out STAGING: the folder the shards are staged in and `corpack merge` reads".into(),
            )
            .into());
        }
        let report = corpack::shard::build_shard(&settings, spec, &bar);
        bar.0.finish_and_clear();
        let report = report
            .with_context(|| format!("building shard {spec} of {}", settings.release_name()))?;
        println!(
            "{} shard {}: {} rows staged, {} rejected so far, {} in, {:.2} s -> {}",
            settings.release_name(),
            report.spec,
            report.rows,
            report.rejected,
            human_bytes(report.bytes_in),
            started.elapsed().as_secs_f64(),
            report.dir.display()
        );
        return Ok(());
    }
    let report = corpack::build(&settings, &bar);
    bar.0.finish_and_clear();
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            print_strict_rejections(&e);
            return Err(e).with_context(|| format!("building {}", settings.release_name()));
        }
    };
    print_report(&report, started);
    if args.timings {
        bar.print_timings();
    }
    Ok(())
}

/// With --strict, the rejections that stopped a build or merge.
pub(super) fn print_strict_rejections(e: &corpack::Error) {
    if let corpack::Error::StrictRejections { rejected } = e {
        print_rejections(rejected, "--strict: nothing was written");
    }
}

/// The rejections and the summary line of a finished build or merge.
pub(super) fn print_report(report: &corpack::BuildReport, started: Instant) {
    print_rejections(&report.rejected, "see manifest.json rejected[]");
    let verb = match report.status {
        ReleaseStatus::Created => "built",
        ReleaseStatus::Unchanged => "unchanged (identical release exists)",
    };
    println!(
        "{} {}: {} documents, {} rejected, {} skipped, {} in, {} out, {:.2} s -> {}",
        report.release,
        verb,
        report.documents,
        report.rejected.len(),
        report.skipped,
        human_bytes(report.bytes_in),
        human_bytes(report.bytes_out),
        started.elapsed().as_secs_f64(),
        report.release_dir.display()
    );
}

/// Lists the first rejections on stderr, one line each, then one summary line with the count
/// per reason code, e.g. `rejected 3 inputs: binary 2, empty 1 (see manifest.json rejected[])`.
/// Printed even with --quiet; nothing when nothing was rejected.
pub(super) fn print_rejections(rejected: &[Rejection], note: &str) {
    const LISTED: usize = 20;
    for r in rejected.iter().take(LISTED) {
        eprintln!(
            "rejected: {} [{}] {}",
            r.source_path,
            r.reason.code(),
            r.message
        );
    }
    if rejected.len() > LISTED {
        eprintln!("rejected: … and {} more", rejected.len() - LISTED);
    }
    if !rejected.is_empty() {
        eprintln!(
            "rejected {} input{}: {} ({note})",
            rejected.len(),
            if rejected.len() == 1 { "" } else { "s" },
            rejection_summary(rejected)
        );
    }
}

/// The progress bar of a build or merge (hidden with --quiet or off a terminal), and when each
/// step of the build started (for --timings).
pub(super) struct Bar(
    pub(super) ProgressBar,
    std::sync::Mutex<Vec<(Phase, Instant)>>,
);

impl Bar {
    pub(super) fn new(quiet: bool) -> Self {
        let target = if quiet || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {msg:10} [{bar:30}] {pos}/{len} files {binary_bytes_per_sec}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message("discovering");
        Bar(bar, std::sync::Mutex::new(Vec::new()))
    }

    /// The wall time of each step, from its start to the next one's (the last to now), and the
    /// total, on stderr.
    pub(super) fn print_timings(&self) {
        let now = Instant::now();
        let phases = self.1.lock().map(|p| p.clone()).unwrap_or_default();
        let Some(&(_, first)) = phases.first() else {
            return;
        };
        eprintln!("timings (wall seconds):");
        for (i, &(phase, start)) in phases.iter().enumerate() {
            let end = phases.get(i + 1).map_or(now, |&(_, t)| t);
            eprintln!(
                "  {:>8.2}  {}",
                end.duration_since(start).as_secs_f64(),
                phase.describe()
            );
        }
        eprintln!("  {:>8.2}  total", now.duration_since(first).as_secs_f64());
    }
}

impl Progress for Bar {
    fn phase(&self, phase: Phase) {
        if let Ok(mut p) = self.1.lock() {
            p.push((phase, Instant::now()));
        }
        // The library has unloaded the language models before this step.
        if phase == Phase::Dedup {
            super::memory::detection_over();
        }
    }
    fn discovered(&self, n: usize) {
        self.0.set_length(n as u64);
        self.0.set_message("processing");
    }
    fn processed(&self, _bytes: u64) {
        self.0.inc(1);
    }
    fn writing(&self) {
        self.0.set_message("writing");
    }
}

fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}
