//! `aftercare schedule`: one patient's dated handout and calendar file.

use std::path::PathBuf;
use std::process::ExitCode;

use aftercare::{PatientRequest, ScheduleError};

use super::{fail, need_site, term, usage, values, Global};

#[derive(clap::Args)]
#[command(after_help = "\
Files: session-N-YYYY-MM-DD.html and .ics (session 2 on 1 December 2026: session-2-2026-12-01.html),
with the treatment first when --treatment is given (tattoo-session-2-2026-12-01.html) and the language
last when --language is (session-2-2026-12-01.es.html), so two sessions on one date never share a name.
They hold a patient's dates: they are written into the current folder only when it is outside the
site folder (the site is published and often kept in git); inside it, name a folder with --out.")]
pub struct Args {
    /// Which treatment, on a site with several (its folder name in content/treatments/).
    #[arg(long, value_name = "ID")]
    treatment: Option<String>,
    /// The patient's language, on a site in several (`es`; default: `language` in site.yaml).
    #[arg(long, value_name = "TAG")]
    language: Option<String>,
    /// The date of the session (day 0).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = values::date)]
    date: chrono::NaiveDate,
    /// Which session this was, 1 to 50 (1 is the first).
    #[arg(long, default_value = "1", value_name = "N", value_parser = values::session, allow_negative_numbers = true)]
    session: u32,
    /// How many sessions in all, 1 to 50 (default: `sessions` in site.yaml).
    #[arg(long, value_name = "M", value_parser = values::sessions, allow_negative_numbers = true)]
    of: Option<u32>,
    /// The folder to write the handout and calendar file into (default: the current folder,
    /// when it is outside the site folder).
    #[arg(long, short = 'o', value_name = "DIR")]
    out: Option<PathBuf>,
    /// Also print the schedule as plain text.
    #[arg(long)]
    text: bool,
    /// The site's address, for the QR code (default: `base_url` in site.yaml).
    #[arg(long, value_name = "URL", value_parser = values::base_url)]
    base_url: Option<String>,
    /// Add a reminder at 9 am this many days before each event, 0 (on the day) to 30.
    #[arg(long, value_name = "DAYS", value_parser = values::remind_days, allow_negative_numbers = true)]
    remind_days_before: Option<u32>,
}

/// The two files' name without its extension: `[<treatment>-]session-<N>-<date>[.<language>]`.
fn file_stem(treatment: Option<&str>, session: u32, date: chrono::NaiveDate, language: Option<&str>) -> String {
    let mut stem = String::new();
    if let Some(t) = treatment {
        stem.push_str(&format!("{t}-"));
    }
    stem.push_str(&format!("session-{session}-{}", date.format("%Y-%m-%d")));
    if let Some(l) = language {
        stem.push_str(&format!(".{l}"));
    }
    stem
}

/// Where the files go: `--out`, or the current folder when it is not the site folder or
/// inside it (a patient's dates do not belong in the published, versioned site).
fn out_folder(g: &Global, out: Option<PathBuf>) -> Result<PathBuf, ExitCode> {
    if let Some(out) = out {
        return Ok(out);
    }
    let here = std::env::current_dir().and_then(std::fs::canonicalize);
    let site = std::fs::canonicalize(&g.root);
    match (here, site) {
        (Ok(here), Ok(site)) if !here.starts_with(&site) => Ok(PathBuf::from(".")),
        (Ok(_), Ok(_)) => Err(usage(
            "the current folder is in the site folder: a patient's dated files do not belong there \
             (the site is published, and often kept in git)",
            "name a folder outside the site with --out, for example --out ~/handouts",
        )),
        (Err(e), _) | (_, Err(e)) => Err(usage(
            &format!("cannot tell whether the current folder is in the site folder: {e}"),
            "name the folder to write into with --out",
        )),
    }
}

pub fn run(g: &Global, a: Args) -> ExitCode {
    if let Err(code) = need_site(g) {
        return code;
    }
    let stem = file_stem(a.treatment.as_deref(), a.session, a.date, a.language.as_deref());
    let req = PatientRequest {
        treatment: a.treatment,
        language: a.language,
        date: a.date,
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
    let out = match out_folder(g, a.out) {
        Ok(out) => out,
        Err(code) => return code,
    };
    let html_path = out.join(format!("{stem}.html"));
    let ics_path = out.join(format!("{stem}.ics"));
    if out.exists() && !out.is_dir() {
        return usage(
            &format!("--out {}: that is a file, not a folder", term::visible(&out.display().to_string())),
            "give a folder to write the two files into",
        );
    }
    let written = std::fs::create_dir_all(&out)
        .and_then(|()| replace_file(&html_path, files.html.as_bytes()))
        .and_then(|()| replace_file(&ics_path, files.ics.as_bytes()));
    if let Err(e) = written {
        eprintln!("error: cannot write into {}: {e}", term::visible(&out.display().to_string()));
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
