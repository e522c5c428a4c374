//! How the process holds memory: the allocator's policy for freed pages, and the binary's
//! read-only data once language detection is over. Process-wide choices, so they live in the
//! binary, which picked the allocator, not in the library.

unsafe extern "C" {
    /// mimalloc's option setter (`mimalloc.h`), linked in with the allocator.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay`: its place in the `mi_option_e` enum of `mimalloc.h` (the same in
/// mimalloc 2 and 3; libmimalloc-sys is pinned in `Cargo.lock`).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Milliseconds mimalloc keeps freed pages before returning them to the system once language
/// detection is over (see [`detection_over`]).
const KEEP_FREED_MS: std::ffi::c_long = 1000;

/// Sets mimalloc's purge delay, unless the user set it (`MIMALLOC_PURGE_DELAY`).
fn keep_freed_pages_for(ms: std::ffi::c_long) {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option of the allocator, which reads it at each purge
        // decision.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, ms) }
    }
}

/// The process's memory policy, set before any thread starts. mimalloc 3 keeps freed pages for
/// a second before returning them to the system, and backs its arenas with transparent huge
/// pages. Until language detection is over, freed pages go back at once: on the 1 GiB benchmark
/// corpus, keeping them from the start raised the peak (in pass 2, where lingua's models are
/// resident) from 472 to 494 MiB, and on the 100 MiB corpus mimalloc's defaults held about 140
/// MB more. The process takes no transparent huge pages (unless `MIMALLOC_ALLOW_THP` is set;
/// mimalloc reads that option before `main`, so this is the `prctl` it would make): zeroing 2
/// MiB at each fault cost kernel time.
pub fn set_up() {
    keep_freed_pages_for(0);
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; on failure (an old kernel)
        // the build runs with huge pages, as before.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

/// Called once language detection is over (the library has unloaded lingua's models). Lingua
/// reads its models in place from the binary's read-only data, about 250 MB of it resident by
/// then and not read again: those pages leave the process's resident set (they stay in the
/// page cache; anything read later comes back from there). Packaging allocates and frees
/// buffers of MBs (a Parquet page, a row group, a CSV record): returned at once, each was
/// faulted in again at the next allocation. So from here on mimalloc keeps freed pages for
/// [`KEEP_FREED_MS`] (its own default).
pub fn detection_over() {
    #[cfg(target_os = "linux")]
    drop_read_only_data();
    keep_freed_pages_for(KEEP_FREED_MS);
}

/// `madvise(MADV_DONTNEED)` over the main program's read-only loaded segments (flags `R`
/// only: not code, not writable data). Their pages are private, never written file pages, so
/// dropping them loses nothing: a later read maps the same bytes in again from the page cache.
#[cfg(target_os = "linux")]
fn drop_read_only_data() {
    unsafe extern "C" fn each(
        info: *mut libc::dl_phdr_info,
        _size: libc::size_t,
        _data: *mut libc::c_void,
    ) -> libc::c_int {
        // SAFETY: the loader passes a valid `dl_phdr_info` whose `dlpi_phdr` points at
        // `dlpi_phnum` program headers, for the duration of the call.
        let info = unsafe { &*info };
        let headers = unsafe { std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum.into()) };
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        for h in headers {
            if h.p_type != libc::PT_LOAD || h.p_flags != libc::PF_R {
                continue;
            }
            let start = info.dlpi_addr as usize + h.p_vaddr as usize;
            let end = start + h.p_memsz as usize;
            // Whole pages only: the ends may share a page with another segment.
            let first = start.div_ceil(page) * page;
            let last = end / page * page;
            if last > first {
                // SAFETY: the range is inside a mapping of the program's own read-only
                // segment; MADV_DONTNEED on private file pages that were never written only
                // unmaps them, and the next access maps the file's bytes in again. A failure
                // changes nothing.
                unsafe {
                    libc::madvise(
                        first as *mut libc::c_void,
                        last - first,
                        libc::MADV_DONTNEED,
                    )
                };
            }
        }
        // The first object is the main program: stop there.
        1
    }
    // SAFETY: `each` follows dl_iterate_phdr's callback contract and keeps no pointer.
    unsafe { libc::dl_iterate_phdr(Some(each), std::ptr::null_mut()) };
}
