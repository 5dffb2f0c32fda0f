//! `aftercare schema`: the JSON Schemas of the site's YAML files, for editors.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{usage, Global};

#[derive(clap::Args)]
pub struct Args {
    /// Folder to write the schemas into, relative to the current folder (default: the
    /// site's schemas/ folder).
    #[arg(long, short = 'o', value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    let out =
        match a.out {
            Some(out) => out,
            None if g.root.join("site.yaml").is_file() => g.root.join(aftercare::schema::DIR),
            None => return usage(
                &format!("there is no site.yaml in {}, so it is not a site's folder", g.root.display()),
                "run `aftercare schema` in a site's folder (or give it with -C), or say where to write with --out DIR",
            ),
        };
    match aftercare::schema::write(&out) {
        Ok(files) => {
            if !g.quiet {
                println!("Wrote {} JSON Schemas into {}:", files.len(), out.display());
                let width = files.iter().map(|f| f.name.len()).max().unwrap_or(0);
                for f in &files {
                    println!("  {:width$}  {}", f.name, f.describes);
                }
                println!(
                    "An editor with the YAML language server (VS Code's YAML extension) uses them for a file whose first line is\n  # yaml-language-server: $schema=<path of the schema, from the file's folder>\n(`aftercare init` writes that line into every YAML file of a new site)."
                );
            }
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}
