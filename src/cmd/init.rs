//! `aftercare init`

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The folder to create.
    dir: PathBuf,
}

pub fn run(a: Args) -> ExitCode {
    match aftercare::init(&a.dir) {
        Ok(n) => {
            println!("Created a new site in {} ({n} files).", a.dir.display());
            println!(
                "Next: edit {0}/site.yaml and {0}/content/ ({0}/FORMATS.md describes each file), then run \
                 `aftercare build -C {0}`.",
                a.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}
