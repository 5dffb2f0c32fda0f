//! `aftercare check`

use std::process::ExitCode;
use std::sync::atomic::Ordering;

use aftercare::readability::{Formula, Grades, FERNANDEZ_HUERTA, INFLESZ};

use super::{fail, need_site, plural_warnings, print_diagnostics, Global, QUIET};

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
    if let Err(code) = need_site(g) {
        return code;
    }
    match aftercare::check(&g.root) {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            if !QUIET.load(Ordering::Relaxed) {
                for note in &report.notes {
                    eprintln!("note: {note}");
                }
            }
            if a.grades {
                print_grades(&report.grades, report.grade_limit);
            }
            // The hardest page of those with a grade (a language with no formula has none).
            let worst = report
                .grades
                .iter()
                .filter_map(|(p, gr)| Some((p, gr.school_grade()?)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let worst = worst.map(|(p, gr)| format!("; highest reading grade {gr:.1} ({p})")).unwrap_or_default();
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

/// One table for each run of pages graded with the same formulas (the languages in
/// turn): English in grades, Spanish in ease scores and the grade they stand for, other
/// languages in sentence length only.
fn print_grades(grades: &[(String, Grades)], limit: f64) {
    println!("Reading grades (limit {limit}):");
    let mut last = None;
    for (page, gr) in grades {
        if last != Some(gr.formula) {
            last = Some(gr.formula);
            match gr.formula {
                Formula::English => println!("{:>6} {:>6} {:>9}  page", "SMOG", "FK", "longest"),
                Formula::Spanish => {
                    println!(
                        "Spanish: reading ease, higher is easier; grade {limit} is Fernández-Huerta {}, Szigriszt-Pazos {}:",
                        tenth(FERNANDEZ_HUERTA.score_for(limit)),
                        tenth(INFLESZ.score_for(limit))
                    );
                    println!("{:>6} {:>6} {:>6} {:>9}  page", "FH", "SzP", "grade", "longest");
                }
                Formula::Unknown => {
                    println!("No formula for this language: sentence length only.\n{:>9}  page", "longest")
                }
            }
        }
        match gr.formula {
            Formula::English => {
                println!("{:>6.1} {:>6.1} {:>9}  {page}", gr.smog, gr.flesch_kincaid, gr.longest_sentence)
            }
            Formula::Spanish => println!(
                "{:>6.1} {:>6.1} {:>6.1} {:>9}  {page}",
                gr.fernandez_huerta,
                gr.szigriszt_pazos,
                gr.worst(),
                gr.longest_sentence
            ),
            Formula::Unknown => println!("{:>9}  {page}", gr.longest_sentence),
        }
    }
}

/// A score to one decimal place at most: 65, 62.5.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
