//! `aftercare schedule`: one patient's dated handout and calendar file.

use std::path::PathBuf;
use std::process::ExitCode;

use aftercare::{PatientRequest, ScheduleError};

use super::{fail, usage, Global};

#[derive(clap::Args)]
pub struct Args {
    /// Which treatment, on a site with several (its folder name in content/treatments/).
    #[arg(long, value_name = "ID")]
    treatment: Option<String>,
    /// The patient's language, on a site in several (`es`; default: `language` in site.yaml).
    #[arg(long, value_name = "TAG")]
    language: Option<String>,
    /// The date of the session, YYYY-MM-DD (day 0).
    #[arg(long)]
    date: String,
    /// Which session this was (1 is the first).
    #[arg(long, default_value_t = 1, value_name = "N")]
    session: u32,
    /// How many sessions in all (default: `sessions` in site.yaml).
    #[arg(long, value_name = "M")]
    of: Option<u32>,
    /// Folder to write the handout and calendar file into (default: the current folder).
    #[arg(long, short = 'o')]
    out: Option<PathBuf>,
    /// Also print the schedule as plain text.
    #[arg(long)]
    text: bool,
    /// The site's address, for the QR code (default: `base_url` in site.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Add a reminder at 9 am this many days before each event (0: on the day).
    #[arg(long, value_name = "DAYS")]
    remind_days_before: Option<u32>,
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    let date = match aftercare::calendar::parse_date(&a.date) {
        Ok(d) => d,
        Err(e) => {
            return usage(&format!("--date {e}"), "write the session date as YYYY-MM-DD, for example --date 2026-11-24")
        }
    };
    if let Some(Err(e)) = a.base_url.as_deref().map(aftercare::urls::check_base_url) {
        return usage(&format!("--base-url {e}"), aftercare::urls::BASE_URL_HELP);
    }
    if let Some(n) = a.remind_days_before.filter(|n| *n > 30) {
        return usage(
            &format!("--remind-days-before {n}: that is more than 30 days early"),
            "use a number from 0 (on the day) to 30",
        );
    }
    let req = PatientRequest {
        treatment: a.treatment,
        language: a.language,
        date,
        session: a.session,
        of: a.of,
        base_url: a.base_url,
        remind_days_before: a.remind_days_before,
    };
    let files = match aftercare::patient_schedule(&g.root, &req) {
        Ok(f) => f,
        Err(ScheduleError::Request { what, help }) => return usage(&what, &help),
        Err(ScheduleError::Site(diags)) => return fail(&diags, "Fix the problems above and run the command again."),
    };
    let out = a.out.unwrap_or_else(|| PathBuf::from("."));
    let stem = format!("aftercare-schedule-{}", files.iso_date);
    let html_path = out.join(format!("{stem}.html"));
    let ics_path = out.join(format!("{stem}.ics"));
    if out.exists() && !out.is_dir() {
        return usage(
            &format!("--out {}: that is a file, not a folder", out.display()),
            "give a folder to write the two files into",
        );
    }
    let written = std::fs::create_dir_all(&out)
        .and_then(|()| replace_file(&html_path, files.html.as_bytes()))
        .and_then(|()| replace_file(&ics_path, files.ics.as_bytes()));
    if let Err(e) = written {
        eprintln!("error: cannot write into {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let msg = format!("Wrote {} and {}", html_path.display(), ics_path.display());
    if a.text {
        print!("{}", files.text);
        eprintln!("{msg}");
    } else if !g.quiet {
        println!("{msg}");
    }
    ExitCode::SUCCESS
}

/// Writes `bytes` to a new file beside `path`, then renames it over `path`: a link planted
/// at `path` is replaced, never written through, and a reader never sees half a file.
fn replace_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    std::io::Write::write_all(&mut f, bytes)?;
    drop(f);
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
