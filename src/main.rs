//! The `corpack` command line: parse flags, run one subcommand, report, pick the exit code.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("corpack: error: {}", cmd::message(&err));
            ExitCode::from(cmd::exit_code(&err))
        }
    }
}
