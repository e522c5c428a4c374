//! The `corpack` command line: parse flags, run one subcommand, report, pick the exit code.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: the build allocates many small strings on several threads, and glibc's allocator
/// spent a quarter more CPU at `--jobs 2` than at `--jobs 1` on the same work.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cmd::memory::set_up();
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("corpack: error: {}", cmd::message(&err));
            ExitCode::from(cmd::exit_code(&err))
        }
    }
}
