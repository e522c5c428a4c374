//! One module per subcommand, each with `Args` and `run(args) -> anyhow::Result<()>`.

pub mod build;
pub mod clean;
pub mod diff;
pub mod gen_bench;
pub mod memory;
pub mod merge;
pub mod report;
pub mod schema;
pub mod verify;

use clap::{Parser, Subcommand};

/// Exit code of a usage or settings error (clap uses the same for bad flags).
pub const EXIT_USAGE: u8 = 2;
/// Exit code of any other failure.
pub const EXIT_FAILURE: u8 = 1;

/// Package raw scraped documents into a reproducible, verifiable dataset release.
#[derive(Debug, Parser)]
#[command(name = "corpack", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::Args),
    Clean(clean::Args),
    Diff(diff::Args),
    GenBench(gen_bench::Args),
    Merge(merge::Args),
    Report(report::Args),
    Schema(schema::Args),
    Verify(verify::Args),
}

/// Runs the chosen subcommand.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Clean(args) => clean::run(args),
        Command::Diff(args) => diff::run(args),
        Command::GenBench(args) => gen_bench::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Report(args) => report::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Verify(args) => verify::run(args),
    }
}

/// The error and its causes on one line, each cause once: library errors already show their
/// cause (`path: No such file or directory`), so a cause that ends the text so far is skipped.
pub fn message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Ctrl-C (or SIGTERM) removes the staging folders before exiting: the output folder is left
/// as it was. (SIGKILL cannot be caught; the next build removes what it left.)
pub fn on_interrupt_clean_up() -> anyhow::Result<()> {
    use anyhow::Context;
    ctrlc::set_handler(|| {
        corpack::package::abort_cleanup();
        eprintln!("corpack: interrupted; nothing was written");
        std::process::exit(130);
    })
    .context("installing the interrupt handler")
}

/// Decides the exit code of an error, in one place.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    match err.downcast_ref::<corpack::Error>() {
        Some(corpack::Error::Settings(_)) | Some(corpack::Error::Config { .. }) => EXIT_USAGE,
        _ => EXIT_FAILURE,
    }
}

/// The dataset description: `--config FILE` when given, else `./corpus.toml` when it exists.
pub fn load_config(
    explicit: Option<&std::path::Path>,
) -> corpack::Result<Option<corpack::CorpusConfig>> {
    let default = std::path::Path::new("corpus.toml");
    match explicit {
        Some(p) => corpack::CorpusConfig::load(p).map(Some),
        None if default.is_file() => corpack::CorpusConfig::load(default).map(Some),
        None => Ok(None),
    }
}
