//! `aftercare check`

use std::process::ExitCode;

use super::{fail, plural_warnings, print_diagnostics, Global};

#[derive(clap::Args)]
pub struct Args {
    /// Print the reading grade of every article and day page.
    #[arg(long)]
    grades: bool,
    /// Treat warnings as errors (exit 1).
    #[arg(long)]
    strict: bool,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    match aftercare::check(&g.root) {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            if a.grades {
                println!("Reading grades (limit {}):", report.grade_limit);
                println!("{:>6} {:>6} {:>9}  page", "SMOG", "FK", "longest");
                for (page, gr) in &report.grades {
                    println!("{:>6.1} {:>6.1} {:>9}  {page}", gr.smog, gr.flesch_kincaid, gr.longest_sentence);
                }
            }
            let worst = report.grades.iter().max_by(|a, b| a.1.worst().total_cmp(&b.1.worst()));
            let worst =
                worst.map(|(p, gr)| format!("; highest reading grade {:.1} ({p})", gr.worst())).unwrap_or_default();
            println!("No errors found{}{worst}", plural_warnings(&report.warnings));
            if a.strict && report.warnings.warning_count() > 0 {
                eprintln!("--strict: warnings count as errors.");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(diags) => fail(&diags, "Fix the problems above and run the command again."),
    }
}
