//! `aftercare serve`

use std::process::ExitCode;

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use aftercare::serve::{Event, Reporter};

use super::{need_site, print_diagnostics, values, Global};

#[derive(clap::Args)]
pub struct Args {
    /// The port to listen on, 0 to 65535 (0 picks a free one).
    #[arg(long, short = 'p', default_value = "1111", value_parser = values::port, allow_negative_numbers = true)]
    port: u16,
    /// The address to listen on: 127.0.0.1 accepts connections from this computer only,
    /// 0.0.0.0 from every network it is on.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1", value_parser = values::bind)]
    bind: std::net::IpAddr,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    if let Err(code) = need_site(g) {
        return code;
    }
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
        // Swap files and the like: nothing for the person to see.
        Event::Ignored { .. } => return,
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
