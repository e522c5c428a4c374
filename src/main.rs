//! The `corpack` command line: parse flags, run one subcommand, report, pick the exit code.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: the build allocates many small strings on several threads, and glibc's allocator
/// spent a quarter more CPU at `--jobs 2` than at `--jobs 1` on the same work.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    /// mimalloc's option setter (`mimalloc.h`), linked in with the allocator.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in `mimalloc.h` (the same in mimalloc 2 and 3).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// mimalloc 3 keeps freed pages for a second before returning them to the system: in a build,
/// whose stages free tens of MB at a time, that held about 100 MB more at the peak (1 GiB
/// benchmark), for no measured gain in speed. Freed pages go back at once, unless
/// `MIMALLOC_PURGE_DELAY` says otherwise.
fn return_freed_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option of the allocator; no thread has been started yet.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
    }
}

fn main() -> ExitCode {
    return_freed_memory_at_once();
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("corpack: error: {}", cmd::message(&err));
            ExitCode::from(cmd::exit_code(&err))
        }
    }
}
