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

/// `mi_option_purge_delay`: its place in the `mi_option_e` enum of `mimalloc.h` (the same in
/// mimalloc 2 and 3; libmimalloc-sys is pinned in `Cargo.lock`).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// mimalloc 3 keeps freed pages for a second before returning them to the system, and backs its
/// arenas with transparent huge pages. A build frees tens of MB at a time; on the 100 MiB
/// benchmark corpus the two together held about 140 MB more at the peak (peak RSS 610 MB against
/// 470 MB), and the huge pages cost kernel time zeroing 2 MiB at each fault. So freed pages go
/// back at once (unless `MIMALLOC_PURGE_DELAY` is set) and the process takes no huge pages
/// (unless `MIMALLOC_ALLOW_THP` is set; mimalloc reads that option before `main`, so this is the
/// `prctl` it would make).
fn return_freed_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option of the allocator; no thread has been started yet.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; on failure (an old kernel)
        // the build runs with huge pages, as before.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
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
