//! `aftercare serve`

use std::process::ExitCode;

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use aftercare::serve::{Event, Reporter};

use super::{print_diagnostics, Global};

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
    let root = g.root.clone();
    let report: Reporter = Arc::new(move |event| print(&root, event));
    let opts = aftercare::serve::Options { root: g.root.clone(), bind: a.bind, port: a.port, report };
    match aftercare::serve::serve(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot serve on {}:{}: {e}", a.bind, a.port);
            ExitCode::FAILURE
        }
    }
}

fn print(root: &Path, event: Event) {
    match event {
        Event::Listening { addr, exposed } => {
            println!("Serving {} at http://{addr}/ (press Ctrl+C to stop)", root.display());
            if exposed {
                eprintln!(
                    "warning: other computers on the network can open this preview (--bind {}); use it only on a network you trust",
                    addr.ip()
                );
            }
        }
        Event::Built { pages, ms, warnings } => {
            print_diagnostics(warnings);
            println!("Built {pages} pages in {ms} ms");
        }
        Event::Rebuilt { pages, ms } => {
            println!("Rebuilt {pages} page{} in {ms} ms (only what changed)", if pages == 1 { "" } else { "s" });
        }
        Event::Failed { problems, serving_old } => {
            print_diagnostics(problems);
            if serving_old {
                eprintln!("The build failed; still serving the last good version.");
            } else {
                eprintln!("The build failed and there is no earlier version to serve: fix the problems above (is this the site's folder?).");
            }
        }
    }
    let _ = std::io::stdout().flush();
}
