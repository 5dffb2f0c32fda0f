//! `aftercare theme`

use std::process::ExitCode;

use super::{need_site, Global};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(g: &Global, _: Args) -> ExitCode {
    if let Err(code) = need_site(g) {
        return code;
    }
    match aftercare::export_theme(&g.root) {
        Ok(done) => {
            let show =
                |v: &[std::path::PathBuf]| v.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
            if !done.kept.is_empty() && !g.quiet {
                println!("Kept the site's own {} (not replaced): {}", plural(done.kept.len()), show(&done.kept));
            }
            println!(
                "Wrote {} into {}: edit templates/, theme/ (or add theme/extra.css) and messages/; \
                 delete a file to go back to the built-in one.",
                plural(done.written.len()),
                g.root.display()
            );
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 file".into()
    } else {
        format!("{n} files")
    }
}
