//! Commands: parsing the arguments, calling the library, printing, exit codes.
//! Exit codes: 0 success, 1 problems in the site or the output folder, 2 wrong use.

mod build;
mod check;
mod formats;
mod init;
mod schedule;
mod serve;
mod term;
mod theme;
mod values;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};

use aftercare::diagnostics::{Diagnostics, Severity};

#[derive(Parser)]
#[command(
    name = "aftercare",
    version,
    about = "Builds a clinic's aftercare website and printable handouts from Markdown and YAML."
)]
struct Cli {
    /// The site folder, the one holding site.yaml (default: the current folder).
    #[arg(long, short = 'C', global = true, default_value = ".", hide_default_value = true, value_name = "SITE", help_heading = GLOBAL)]
    root: PathBuf,
    /// Print only errors.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose", help_heading = GLOBAL)]
    quiet: bool,
    /// Print more: the time each stage took.
    #[arg(long, short = 'v', global = true, help_heading = GLOBAL)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default: public/).
    Build(build::Args),
    /// Build the site into memory, serve it, and rebuild and reload pages on every change.
    Serve(serve::Args),
    /// Create a new site in a new folder, from the built-in example.
    Init(init::Args),
    /// Write a dated handout (HTML) and calendar file (.ics) for one session date.
    Schedule(schedule::Args),
    /// Check the content and templates and list every problem, without writing anything.
    Check(check::Args),
    /// Copy the built-in templates, theme and interface words into the site, to change the look.
    Theme(theme::Args),
    /// Print the reference of the site's folders and file formats (FORMATS.md in a new site).
    Formats(formats::Args),
}

/// The heading of the options every command takes, below each command's own.
const GLOBAL: &str = "Global options";

/// What every command gets besides its own arguments.
pub struct Global {
    pub root: PathBuf,
    pub quiet: bool,
    pub verbose: bool,
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    QUIET.store(cli.quiet, Ordering::Relaxed);
    let watched = std::io::IsTerminal::is_terminal(&std::io::stderr()) && !cli.quiet;
    if watched {
        let _ = aftercare::render::PROGRESS.set(progress);
    }
    let g = Global { root: cli.root, quiet: cli.quiet, verbose: cli.verbose };
    match cli.command {
        Command::Build(a) => build::run(&g, a),
        Command::Serve(a) => serve::run(&g, a),
        Command::Init(a) => init::run(a),
        Command::Schedule(a) => schedule::run(&g, a),
        Command::Check(a) => check::run(&g, a),
        Command::Theme(a) => theme::run(&g, a),
        Command::Formats(a) => formats::run(a),
    }
}

/// The progress line of a large build, rewritten in place on standard error.
fn progress(state: Option<(usize, usize)>) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = match state {
        Some((done, total)) => write!(err, "\r  rendering {done}/{total} pages"),
        None => write!(err, "\r{:40}\r", ""),
    };
    let _ = err.flush();
}

/// Set from `--quiet`: warnings and summaries are left out.
static QUIET: AtomicBool = AtomicBool::new(false);

pub fn plural_warnings(d: &Diagnostics) -> String {
    match d.warning_count() {
        0 => String::new(),
        1 => " (1 warning)".into(),
        n => format!(" ({n} warnings)"),
    }
}

pub fn print_diagnostics(d: &Diagnostics) {
    let style = term::Style::stderr();
    let quiet = QUIET.load(Ordering::Relaxed);
    for item in d.in_order() {
        if !quiet || item.severity == Severity::Error {
            eprintln!("{}", style.diagnostic(item));
        }
    }
}

pub fn fail(diags: &Diagnostics, advice: &str) -> ExitCode {
    print_diagnostics(diags);
    let errors = diags.error_count();
    let style = term::Style::stderr();
    eprintln!("{} {advice}", style.failure(&format!("{} error{} found.", errors, if errors == 1 { "" } else { "s" })));
    ExitCode::FAILURE
}

/// The site folder, before anything is read: one clear error (exit status 2) when it does
/// not exist or holds no site.yaml, instead of one per missing file.
pub fn need_site(g: &Global) -> Result<(), ExitCode> {
    let shown = if g.root == std::path::Path::new(".") {
        let here = std::env::current_dir().map(|d| format!(" ({})", d.display())).unwrap_or_default();
        format!("the current folder{here}")
    } else {
        g.root.display().to_string()
    };
    let shown = term::visible(&shown);
    let help = "run the command in the folder that holds site.yaml, or name that folder with -C \
                (`aftercare -C my-clinic build`); `aftercare init my-clinic` creates a new site";
    if !g.root.is_dir() {
        let what = if g.root.exists() { "is not a folder" } else { "does not exist" };
        return Err(usage(&format!("the site folder {shown} {what}"), help));
    }
    // Anything named site.yaml (a link, a pipe) is left to the loader, which says what is wrong with it.
    if std::fs::symlink_metadata(g.root.join("site.yaml")).is_err() {
        return Err(usage(&format!("{shown} is not a site folder: it has no site.yaml"), help));
    }
    Ok(())
}

/// Wrong command-line use: what, how to fix it, exit status 2.
pub fn usage(what: &str, help: &str) -> ExitCode {
    eprintln!("error: {what}\n  help: {help}");
    ExitCode::from(2)
}
