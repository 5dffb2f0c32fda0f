//! `aftercare build`

use std::path::PathBuf;
use std::process::ExitCode;

use super::{fail, plural_warnings, print_diagnostics, usage, Global};

#[derive(clap::Args)]
pub struct Args {
    /// Output folder, relative to the current folder.
    #[arg(long, short = 'o')]
    out: Option<PathBuf>,
    /// The address the site will be published at (for sitemap.xml and the 404 page).
    #[arg(long)]
    base_url: Option<String>,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    if let Some(Err(e)) = a.base_url.as_deref().map(aftercare::urls::check_base_url) {
        return usage(&format!("--base-url {e}"), aftercare::urls::BASE_URL_HELP);
    }
    let out = a.out.unwrap_or_else(|| g.root.join("public"));
    let opts = aftercare::render::Options { out: out.clone(), base_url: a.base_url };
    match aftercare::build(&g.root, &opts) {
        Ok((report, warnings)) => {
            print_diagnostics(&warnings);
            if g.verbose {
                for (stage, ms) in &report.stages {
                    eprintln!("  {stage:<10} {ms:>6} ms");
                }
            }
            if !g.quiet {
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
