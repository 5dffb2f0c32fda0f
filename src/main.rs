//! The `aftercare` command line: arguments in `cmd/`, one file per command. The library
//! does the work and returns results or diagnostics; only this binary prints and exits.

mod cmd;

/// A build allocates many small strings and maps on every core at once (template values,
/// Markdown events); mimalloc's per-thread heaps do that with less time in the allocator
/// than the system one.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cmd::run()
}
