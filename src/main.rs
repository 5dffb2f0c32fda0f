//! The `aftercare` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use aftercare::diagnostics::Diagnostics;
use aftercare::render::Options;

/// A build allocates many small strings and maps on every core at once (template values,
/// Markdown events); mimalloc's per-thread heaps do that with less time in the allocator
/// than the system one.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "aftercare",
    version,
    about = "Builds a clinic's aftercare website and printable handouts from Markdown and YAML."
)]
struct Cli {
    /// The site folder (holding site.yaml, content/, templates/ and theme/).
    #[arg(long, short = 'C', global = true, default_value = ".")]
    root: PathBuf,
    /// Print only errors.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: the time each stage took.
    #[arg(long, short = 'v', global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default: public/).
    Build {
        /// Output folder, relative to the current folder.
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        /// The address the site will be published at (for sitemap.xml and the 404 page).
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Build the site into memory, serve it, and rebuild and reload pages on every change.
    Serve {
        /// Port to listen on (0 picks a free one).
        #[arg(long, short = 'p', default_value_t = 1111)]
        port: u16,
        /// Address to listen on. The default only accepts connections from this computer.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
    },
    /// Create a new site in a new folder, from the built-in example.
    Init {
        /// The folder to create.
        dir: PathBuf,
    },
    /// Check the content and templates and list every problem, without writing anything.
    /// Write a dated handout (HTML) and calendar file (.ics) for one session date.
    Schedule(aftercare::calendar::ScheduleArgs),
    Check {
        /// Print the reading grade of every article and day page.
        #[arg(long)]
        grades: bool,
        /// Treat warnings as errors (exit 1).
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    let watched = std::io::IsTerminal::is_terminal(&std::io::stderr()) && !cli.quiet;
    aftercare::render::PROGRESS.store(watched, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        Command::Build { out, base_url } => {
            let out = out.unwrap_or_else(|| cli.root.join("public"));
            let opts = Options { out: out.clone(), base_url };
            match aftercare::build(&cli.root, &opts) {
                Ok((report, warnings)) => {
                    print_diagnostics(&warnings);
                    if cli.verbose {
                        for (stage, ms) in &report.stages {
                            eprintln!("  {stage:<10} {ms:>6} ms");
                        }
                    }
                    if !cli.quiet {
                        println!(
                            "Built {} pages ({} files) into {} in {} ms{}",
                            report.pages,
                            report.files,
                            out.display(),
                            report.elapsed_ms,
                            plural_warnings(&warnings)
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(diags) => fail(&diags, "The site was not built; the output folder was left as it was."),
            }
        }
        Command::Serve { port, bind } => {
            match aftercare::serve::serve(aftercare::serve::Options { root: cli.root.clone(), bind, port }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot serve on {bind}:{port}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Init { dir } => match aftercare::init(&dir) {
            Ok(n) => {
                println!("Created a new site in {} ({n} files).", dir.display());
                println!(
                    "Next: edit {0}/site.yaml and {0}/content/, then run `aftercare build -C {0}`.",
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                ExitCode::FAILURE
            }
        },
        Command::Schedule(args) => aftercare::calendar::main(&cli.root, &args),
        Command::Check { grades, strict } => match aftercare::check(&cli.root) {
            Ok(report) => {
                print_diagnostics(&report.warnings);
                if grades {
                    println!("Reading grades (limit {}):", report.grade_limit);
                    println!("{:>6} {:>6} {:>9}  page", "SMOG", "FK", "longest");
                    for (page, g) in &report.grades {
                        println!("{:>6.1} {:>6.1} {:>9}  {page}", g.smog, g.flesch_kincaid, g.longest_sentence);
                    }
                }
                let worst = report.grades.iter().max_by(|a, b| a.1.worst().total_cmp(&b.1.worst()));
                let worst =
                    worst.map(|(p, g)| format!("; highest reading grade {:.1} ({p})", g.worst())).unwrap_or_default();
                println!("No errors found{}{worst}", plural_warnings(&report.warnings));
                if strict && report.warnings.warning_count() > 0 {
                    eprintln!("--strict: warnings count as errors.");
                    return ExitCode::FAILURE;
                }
                ExitCode::SUCCESS
            }
            Err(diags) => fail(&diags, "Fix the problems above and run the command again."),
        },
    }
}

fn plural_warnings(d: &Diagnostics) -> String {
    match d.warning_count() {
        0 => String::new(),
        1 => " (1 warning)".into(),
        n => format!(" ({n} warnings)"),
    }
}

fn print_diagnostics(d: &Diagnostics) {
    let style = aftercare::term::Style::stderr();
    let quiet = QUIET.load(std::sync::atomic::Ordering::Relaxed);
    for item in d.in_order() {
        if !quiet || item.severity == aftercare::diagnostics::Severity::Error {
            eprintln!("{}", style.diagnostic(item));
        }
    }
}

/// Set from `--quiet`: warnings and summaries are left out.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn fail(diags: &Diagnostics, advice: &str) -> ExitCode {
    print_diagnostics(diags);
    let errors = diags.error_count();
    let style = aftercare::term::Style::stderr();
    eprintln!("{} {advice}", style.failure(&format!("{} error{} found.", errors, if errors == 1 { "" } else { "s" })));
    ExitCode::FAILURE
}
