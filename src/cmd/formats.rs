//! `aftercare formats`

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_: Args) -> ExitCode {
    print!("{}", aftercare::embedded::FORMATS);
    ExitCode::SUCCESS
}
