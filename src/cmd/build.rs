//! `aftercare build`

use std::path::PathBuf;
use std::process::ExitCode;

use super::{fail, need_site, plural_warnings, print_diagnostics, values, Global};

#[derive(clap::Args)]
pub struct Args {
    /// The folder to build into (default: public/ in the site folder); a relative path is
    /// from the current folder.
    #[arg(long, short = 'o', value_name = "DIR")]
    out: Option<PathBuf>,
    /// The address the site will be published at, e.g. https://www.example-clinic.com/aftercare/
    /// (default: `base_url` in site.yaml): for sitemap.xml, the 404 page's links and the QR codes.
    #[arg(long, value_name = "URL", value_parser = values::base_url)]
    base_url: Option<String>,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    if let Err(code) = need_site(g) {
        return code;
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
