//! The `aftercare` command line: arguments in `cmd/`, one file per command. The library
//! does the work and returns results or diagnostics; only this binary prints and exits.

mod cmd;

/// A build allocates many small strings and maps on every core at once (template values,
/// Markdown events); mimalloc's per-thread heaps do that with less time in the allocator
/// than the system one.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    no_huge_pages();
    cmd::run()
}

/// mimalloc asks Linux to back its memory with transparent huge pages, which the kernel
/// zeroes 2 MiB at a time on first touch: on a 10,000-page build that was a fifth of all
/// the CPU time (`clear_page_erms` in `perf`), and 25 to 35 MiB of peak memory that was
/// zeroed but never used. A build touches each page of its memory about once, so small
/// pages cost nothing it needs (bench/README.md, "Where the time goes").
#[cfg(target_os = "linux")]
fn no_huge_pages() {
    use std::os::raw::{c_int, c_ulong};
    extern "C" {
        // Variadic in C; every argument is a machine word on the platforms Linux runs on.
        fn prctl(option: c_int, arg2: c_ulong, arg3: c_ulong, arg4: c_ulong, arg5: c_ulong) -> c_int;
    }
    const PR_SET_THP_DISABLE: c_int = 41;
    // SAFETY: sets one flag of this process; a kernel without it returns an error, ignored.
    unsafe {
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_huge_pages() {}
