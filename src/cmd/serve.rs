//! `aftercare serve`

use std::process::ExitCode;

use super::Global;

#[derive(clap::Args)]
pub struct Args {
    /// Port to listen on (0 picks a free one).
    #[arg(long, short = 'p', default_value_t = 1111)]
    port: u16,
    /// Address to listen on. The default only accepts connections from this computer.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    let opts = aftercare::serve::Options { root: g.root.clone(), bind: a.bind, port: a.port };
    match aftercare::serve::serve(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot serve on {}:{}: {e}", a.bind, a.port);
            ExitCode::FAILURE
        }
    }
}
