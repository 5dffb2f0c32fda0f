//! The patient's own calendar: the schedule put on real dates.
//!
//! `aftercare schedule --date 2026-11-24` writes a dated, printable handout and an `.ics`
//! file (and prints a plain-text version with `--text`); the website's "Your schedule"
//! page does the same in the browser from data the build embeds ([`web_data`]).
//!
//! Nothing here knows about any treatment: milestones are the days on which an
//! activity of the protocol first reaches "with care" or "allowed" for good
//! ([`Schedule::from_day`]), following sessions come from `treatment.sessions` and
//! `days_between_sessions`, and the final-session rules from `after_final`.
//! Every text that goes into a calendar event is built here, once, and handed to the
//! browser as data, so the CLI and the page write the same file for the same date.

pub mod ics;
pub mod qr;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::diagnostics::Diagnostics;
use crate::model::{Site, Status};
use crate::render::view::{self, StatusView};
use crate::schedule::{Schedule, Track};
use crate::urls;

/// `PRODID` of every calendar file.
pub const PRODID: &str = "-//aftercare//patient schedule//EN";

// ---------------------------------------------------------------------------------------
// Date-independent definitions (shared with the browser)
// ---------------------------------------------------------------------------------------

/// A day on which one activity steps up, with the words for its calendar event.
#[derive(Clone, Serialize)]
pub struct Milestone {
    pub day: u32,
    /// Stable id, part of the event UID: `<activity>-<status>`.
    pub id: String,
    pub activity: usize,
    pub label: String,
    pub short_label: String,
    pub url: String,
    pub status: StatusView,
    pub say: String,
    pub summary: String,
    pub description: String,
}

/// A following session, `offset` days after the first one.
#[derive(Debug, Clone, Serialize)]
pub struct SessionDef {
    pub n: u32,
    pub id: String,
    pub summary: String,
    pub description: String,
}

/// Event texts, filled in by [`fill`] here and by the same rule in `theme/schedule.js`.
pub const SUMMARY_WITH_CARE: &str = "{label}: with care from today";
pub const SUMMARY_ALLOWED: &str = "{label}: allowed from today";
pub const DESCRIPTION: &str = "Day {day} after your session. {say}\n{call}";

/// Replaces `{name}` placeholders in one pass (inserted text is never scanned again).
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| vars.iter().find(|(k, _)| *k == &after[..close]).map(|(_, v)| (close, v)))
        {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn call_line(site: &Site) -> String {
    let c = &site.config.clinic;
    format!("Questions? Call {} on {}.", c.name, c.phone)
}

/// The milestones of one track, in day order (then activity order).
pub fn milestones(site: &Site, schedule: &Schedule, track: Track) -> Vec<Milestone> {
    let mut out = Vec::new();
    for (i, a) in site.activities.iter().enumerate() {
        let allowed = schedule.from_day(i, track, Status::Allowed);
        let care = schedule.from_day(i, track, Status::WithCare).filter(|c| Some(*c) != allowed);
        for (day, status) in [(care, Status::WithCare), (allowed, Status::Allowed)] {
            let Some(day) = day.filter(|d| *d > 0) else { continue };
            let say = &schedule.days[day as usize].entries[i].phase(track).say;
            let summary = if status == Status::Allowed { SUMMARY_ALLOWED } else { SUMMARY_WITH_CARE };
            let call = call_line(site);
            out.push(Milestone {
                day,
                id: format!("{}-{}", a.id, status.key()),
                activity: i,
                label: a.label.clone(),
                short_label: a.short().to_string(),
                url: urls::activity(&a.id),
                status: status.into(),
                say: say.clone(),
                summary: fill(summary, &[("label", &a.label)]),
                description: fill(DESCRIPTION, &[("day", &day.to_string()), ("say", say), ("call", &call)]),
            });
        }
    }
    out.sort_by_key(|m| (m.day, m.activity, m.status.key != "with-care"));
    out
}

/// Sessions 2 to `of`.
pub fn session_defs(site: &Site, of: u32) -> Vec<SessionDef> {
    let t = &site.config.treatment;
    (2..=of)
        .map(|n| SessionDef {
            n,
            id: format!("session-{n}"),
            summary: format!("Session {n} of {of}: planned"),
            description: format!(
                "About {} days after the session before. {} Book it or move it with us.",
                t.days_between_sessions,
                call_line(site)
            ),
        })
        .collect()
}

/// Milestones of the final session that are not the same after an ordinary one.
fn final_only(every: &[Milestone], last: &[Milestone]) -> Vec<Milestone> {
    last.iter().filter(|m| !every.iter().any(|e| e.id == m.id && e.day == m.day)).cloned().collect()
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

/// "Wednesday 2 December 2026"
pub fn long_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// "Saturday 5 December to Monday 7 December 2026"; the year is written once when both
/// dates share it.
pub fn date_range(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        long_date(a)
    } else if a.year() == b.year() {
        format!("{} to {}", a.format("%A %-d %B"), long_date(b))
    } else {
        format!("{} to {}", long_date(a), long_date(b))
    }
}

/// `date` plus `days`.
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date + chrono::Days::new(u64::from(days))
}

/// Reads a session date written `YYYY-MM-DD`, with a message that says what is wrong.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let shape_ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !shape_ok {
        return Err(format!("`{s}` is not a date in the form YYYY-MM-DD"));
    }
    let (y, m, d): (i32, u32, u32) = (parts[0].parse().unwrap(), parts[1].parse().unwrap(), parts[2].parse().unwrap());
    if !(1..=12).contains(&m) {
        return Err(format!("`{s}`: there is no month {m}; months run from 01 to 12"));
    }
    if y < 1900 {
        return Err(format!("`{s}`: the year {y} is too early for a session date"));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
        let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
        let len = next.map(|n| (n - first).num_days()).unwrap_or(31);
        format!("`{s}` is not a real date: {} {y} has {len} days", first.format("%B"))
    })
}

// ---------------------------------------------------------------------------------------
// One patient's plan
// ---------------------------------------------------------------------------------------

/// Which session, of how many, on which date.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    pub date: NaiveDate,
    pub session: u32,
    pub of: u32,
}

#[derive(Debug, Serialize)]
pub struct DatedRow {
    /// "Day 4", "Days 11 to 13", "From day 30".
    pub label: String,
    pub dates: String,
    pub stage: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct DatedMilestone {
    pub date: String,
    #[serde(flatten)]
    pub m: Milestone,
}

#[derive(Serialize)]
pub struct DatedGroup {
    pub day: u32,
    pub date: String,
    pub items: Vec<Milestone>,
}

#[derive(Debug, Serialize)]
pub struct DatedSession {
    pub n: u32,
    pub date: String,
    pub day: u32,
}

/// Everything the dated handout, the text and the calendar file show.
#[derive(Serialize)]
pub struct Plan {
    pub session: u32,
    pub of: u32,
    pub is_final: bool,
    pub date: String,
    pub iso_date: String,
    pub rows: Vec<DatedRow>,
    pub groups: Vec<DatedGroup>,
    pub sessions: Vec<DatedSession>,
    /// When this is not the final session: the planned final date and what changes then.
    pub final_date: Option<String>,
    pub final_changes: Vec<DatedMilestone>,
    #[serde(skip)]
    pub events: Vec<ics::Event>,
}

pub fn plan(site: &Site, schedule: &Schedule, req: Request, remind_days_before: Option<u32>) -> Plan {
    let last = schedule.last_day();
    let t = &site.config.treatment;
    let is_final = req.session >= req.of;
    let track = if is_final { Track::Final } else { Track::Every };
    let on = |d: u32| add_days(req.date, d);

    // One row per day of first healing, then the later stages as ranges.
    let healing = t.healing_days.min(last);
    let mut rows: Vec<DatedRow> = (0..=healing)
        .map(|d| DatedRow {
            label: format!("Day {d}"),
            dates: long_date(on(d)),
            stage: site.timeline.stages[schedule.days[d as usize].stage].name.clone(),
            url: urls::day(d),
        })
        .collect();
    for s in &site.timeline.stages {
        let end = s.days.end_or(last);
        if end <= healing {
            continue;
        }
        let start = s.days.start.max(healing + 1);
        let open = s.days.end.is_none();
        rows.push(DatedRow {
            label: view::days_label(start, if open { None } else { Some(end) }, last),
            dates: if open { format!("From {}", long_date(on(start))) } else { date_range(on(start), on(end)) },
            stage: s.name.clone(),
            url: urls::day(start),
        });
    }

    let list = milestones(site, schedule, track);
    let mut groups: Vec<DatedGroup> = Vec::new();
    for m in &list {
        match groups.last_mut() {
            Some(g) if g.day == m.day => g.items.push(m.clone()),
            _ => groups.push(DatedGroup { day: m.day, date: long_date(on(m.day)), items: vec![m.clone()] }),
        }
    }

    let between = t.days_between_sessions;
    let defs = session_defs(site, req.of);
    let following: Vec<(&SessionDef, u32)> =
        defs.iter().filter(|s| s.n > req.session).map(|s| (s, (s.n - req.session) * between)).collect();
    let sessions =
        following.iter().map(|(s, off)| DatedSession { n: s.n, date: long_date(on(*off)), day: *off }).collect();

    let (final_date, final_changes) = if is_final {
        (None, Vec::new())
    } else {
        let off = (req.of - req.session) * between;
        let fd = on(off);
        let changes = final_only(&milestones(site, schedule, Track::Every), &milestones(site, schedule, Track::Final))
            .into_iter()
            .map(|m| DatedMilestone { date: long_date(add_days(fd, m.day)), m })
            .collect();
        (Some(long_date(fd)), changes)
    };

    let alarm = remind_days_before.map(ics::trigger_days_before);
    let mut events: Vec<ics::Event> =
        list.iter().map(|m| event(site, req.date, on(m.day), &m.id, &m.summary, &m.description, &alarm)).collect();
    events.extend(
        following.iter().map(|(s, off)| event(site, req.date, on(*off), &s.id, &s.summary, &s.description, &alarm)),
    );
    events.sort_by_key(|e| e.date);

    Plan {
        session: req.session,
        of: req.of,
        is_final,
        date: long_date(req.date),
        iso_date: req.date.format("%Y-%m-%d").to_string(),
        rows,
        groups,
        sessions,
        final_date,
        final_changes,
        events,
    }
}

/// The UID key is the site title, the session date and the milestone id: the same input
/// gives the same UID, and the UID itself carries no readable personal data.
pub fn uid(site: &Site, session: NaiveDate, id: &str) -> String {
    let key = format!("{}\u{1f}{}\u{1f}{id}", site.config.title, session.format("%Y-%m-%d"));
    format!("{}-{id}@aftercare", ics::fnv1a64_hex(key.as_bytes()))
}

fn event(
    site: &Site,
    session: NaiveDate,
    date: NaiveDate,
    id: &str,
    summary: &str,
    description: &str,
    alarm: &Option<String>,
) -> ics::Event {
    ics::Event {
        uid: uid(site, session, id),
        stamp: session,
        date,
        summary: summary.to_string(),
        description: description.to_string(),
        alarm: alarm.clone(),
    }
}

pub fn calendar(site: &Site, plan: Plan) -> ics::Calendar {
    ics::Calendar { prodid: PRODID.into(), name: Some(site.config.title.clone()), events: plan.events }
}

// ---------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------

pub fn text(site: &Site, plan: &Plan) -> String {
    let c = &site.config.clinic;
    let t = &site.config.treatment;
    let mut s = String::new();
    let _ = writeln!(s, "{} aftercare: your dates", t.short());
    let _ = writeln!(s, "{} · {} · {}", c.name, c.phone, c.email);
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", session_line(plan));
    let _ = writeln!(s, "Day 0 is the day of your session; day 1 is the day after.");
    let _ = writeln!(s);
    let _ = writeln!(s, "YOUR DAYS");
    let w = plan.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
    for r in &plan.rows {
        let _ = writeln!(s, "  {:w$}  {} · {}", r.label, r.dates, r.stage);
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "WHEN THINGS CHANGE");
    for g in &plan.groups {
        let _ = writeln!(s, "  {} (day {})", g.date, g.day);
        for m in &g.items {
            let _ = writeln!(s, "    - {}: {}. {}", m.label, m.status.label.to_lowercase(), m.say);
        }
    }
    if !plan.sessions.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "YOUR NEXT SESSIONS (about {} days apart)", t.days_between_sessions);
        for x in &plan.sessions {
            let _ = writeln!(s, "  Session {} of {}: {} (day {})", x.n, plan.of, x.date, x.day);
        }
    }
    if let Some(fd) = &plan.final_date {
        if !plan.final_changes.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "AFTER YOUR FINAL SESSION (planned for {fd}), INSTEAD");
            for m in &plan.final_changes {
                let _ = writeln!(
                    s,
                    "    - {}: {} from {} (day {}). {}",
                    m.m.label,
                    m.m.status.label.to_lowercase(),
                    m.date,
                    m.m.day,
                    m.m.say
                );
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "CALL US IF YOU NOTICE");
    for w in &site.timeline.warning_signs {
        let _ = writeln!(s, "  - {w}");
    }
    let _ = writeln!(
        s,
        "Call {}{}.",
        c.phone,
        if c.hours.is_empty() { String::new() } else { format!(" ({})", c.hours.join("; ")) }
    );
    if let Some(u) = &c.urgent {
        let _ = writeln!(s, "{u}");
    }
    s
}

fn session_line(plan: &Plan) -> String {
    let which = if plan.of > 1 { format!("Session {} of {}", plan.session, plan.of) } else { "Your session".into() };
    let fin = if plan.is_final && plan.of > 1 { " (your final session)" } else { "" };
    format!("{which}{fin}: {}", plan.date)
}

// ---------------------------------------------------------------------------------------
// The website's "Your schedule" page
// ---------------------------------------------------------------------------------------

#[derive(Serialize)]
struct WebData<'a> {
    title: &'a str,
    prodid: &'static str,
    sessions: u32,
    between: u32,
    last_day: u32,
    /// `{status key: [label, icon]}`
    statuses: std::collections::BTreeMap<&'static str, [&'static str; 2]>,
    summary_with_care: &'static str,
    summary_allowed: &'static str,
    description: &'static str,
    call: String,
    every: Vec<WebMilestone<'a>>,
    /// After the final session: `every` without these (`id@day`), plus `final_add`.
    final_drop: Vec<String>,
    final_add: Vec<WebMilestone<'a>>,
    next: Vec<SessionDef>,
}

/// A milestone as the browser gets it: the event texts are filled in there.
#[derive(Serialize)]
struct WebMilestone<'a> {
    d: u32,
    id: String,
    /// Activity order, for sorting like [`milestones`].
    a: usize,
    st: &'static str,
    label: &'a str,
    url: String,
    say: String,
}

/// The JSON the schedule page embeds for `theme/schedule.js`, safe inside `<script>`.
pub fn web_data(site: &Site, schedule: &Schedule) -> String {
    let every = milestones(site, schedule, Track::Every);
    let last = milestones(site, schedule, Track::Final);
    let web = |m: &Milestone| WebMilestone {
        d: m.day,
        id: m.id.clone(),
        a: m.activity,
        st: m.status.key,
        label: &site.activities[m.activity].label,
        url: m.url.clone(),
        say: m.say.clone(),
    };
    let final_drop = every
        .iter()
        .filter(|e| !last.iter().any(|f| f.id == e.id && f.day == e.day))
        .map(|e| format!("{}@{}", e.id, e.day))
        .collect();
    let statuses = [Status::NotYet, Status::WithCare, Status::Allowed]
        .into_iter()
        .map(|s| {
            let v = StatusView::from(s);
            (v.key, [v.label, v.icon])
        })
        .collect();
    let data = WebData {
        title: &site.config.title,
        prodid: PRODID,
        sessions: site.config.treatment.sessions.max(1),
        between: site.config.treatment.days_between_sessions,
        last_day: schedule.last_day(),
        statuses,
        summary_with_care: SUMMARY_WITH_CARE,
        summary_allowed: SUMMARY_ALLOWED,
        description: DESCRIPTION,
        call: call_line(site),
        every: every.iter().map(web).collect(),
        final_drop,
        final_add: final_only(&every, &last).iter().map(web).collect(),
        next: session_defs(site, site.config.treatment.sessions.max(1)),
    };
    let json = serde_json::to_string(&data).expect("plain data");
    // `</script>` or `<!--` inside a string must not end or confuse the script element.
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

// ---------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------

/// `aftercare schedule`
#[derive(Debug, clap::Args)]
pub struct ScheduleArgs {
    /// The date of the session, YYYY-MM-DD (day 0).
    #[arg(long)]
    pub date: String,
    /// Which session this was (1 is the first).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub session: u32,
    /// How many sessions in all (default: `sessions` in site.yaml).
    #[arg(long, value_name = "M")]
    pub of: Option<u32>,
    /// Folder to write the handout and calendar file into (default: the current folder).
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
    /// Also print the schedule as plain text.
    #[arg(long)]
    pub text: bool,
    /// The site's address, for the QR code (default: `base_url` in site.yaml).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Add a reminder at 9 am this many days before each event (0: on the day).
    #[arg(long, value_name = "DAYS")]
    pub remind_days_before: Option<u32>,
}

/// What `aftercare schedule` wrote.
pub struct Written {
    pub html: PathBuf,
    pub ics: PathBuf,
    pub text: String,
}

pub enum Failure {
    /// Wrong command-line use (exit 2): what, and how to fix it.
    Usage(String, String),
    /// Problems in the site (exit 1).
    Site(Diagnostics),
    /// Cannot write the files (exit 1).
    Io(String),
}

/// Runs `aftercare schedule` in `root`.
pub fn run(root: &Path, args: &ScheduleArgs) -> Result<Written, Failure> {
    let date = parse_date(&args.date).map_err(|e| {
        Failure::Usage(
            format!("--date {e}"),
            "write the session date as YYYY-MM-DD, for example --date 2026-11-24".into(),
        )
    })?;
    let (site, _warnings) = crate::content::load(root).map_err(Failure::Site)?;
    let of = args.of.unwrap_or(site.config.treatment.sessions).max(1);
    if args.of == Some(0) {
        return Err(Failure::Usage(
            "--of 0: a treatment has at least one session".into(),
            "leave --of out to use `sessions` from site.yaml".into(),
        ));
    }
    if args.session == 0 || args.session > of {
        return Err(Failure::Usage(
            format!("--session {}: sessions are numbered 1 to {of}", args.session),
            format!("use --session 1 for the first session and --session {of} for the final one (or change --of)"),
        ));
    }
    if let Some(n) = args.remind_days_before {
        if n > 30 {
            return Err(Failure::Usage(
                format!("--remind-days-before {n}: that is more than 30 days early"),
                "use a number from 0 (on the day) to 30".into(),
            ));
        }
    }
    let schedule = crate::schedule::resolve(&site);
    let req = Request { date, session: args.session, of };
    let plan = plan(&site, &schedule, req, args.remind_days_before);
    let text = text(&site, &plan);

    let base = crate::render::effective_base_url(&site, args.base_url.as_deref());
    let html = handout_html(root, &site, &plan, base.as_deref()).map_err(Failure::Site)?;
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&out).map_err(|e| Failure::Io(format!("cannot create {}: {e}", out.display())))?;
    let stem = format!("aftercare-schedule-{}", plan.iso_date);
    let html_path = out.join(format!("{stem}.html"));
    let ics_path = out.join(format!("{stem}.ics"));
    let ics = calendar(&site, plan).to_ics();
    std::fs::write(&html_path, html).map_err(|e| Failure::Io(format!("cannot write {}: {e}", html_path.display())))?;
    std::fs::write(&ics_path, ics).map_err(|e| Failure::Io(format!("cannot write {}: {e}", ics_path.display())))?;
    Ok(Written { html: html_path, ics: ics_path, text })
}

/// The command's whole behaviour, for `main`: output, messages and exit code.
pub fn main(root: &Path, args: &ScheduleArgs) -> ExitCode {
    match run(root, args) {
        Ok(w) => {
            let msg = format!("Wrote {} and {}", w.html.display(), w.ics.display());
            if args.text {
                print!("{}", w.text);
                eprintln!("{msg}");
            } else {
                println!("{msg}");
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(what, help)) => {
            eprintln!("error: {what}\n  help: {help}");
            ExitCode::from(2)
        }
        Err(Failure::Io(what)) => {
            eprintln!("error: {what}");
            ExitCode::FAILURE
        }
        Err(Failure::Site(diags)) => {
            for item in diags.in_order() {
                eprintln!("{item}");
            }
            let n = diags.error_count();
            eprintln!(
                "{n} error{} found. Fix the problems above and run the command again.",
                if n == 1 { "" } else { "s" }
            );
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------------
// The printable handout
// ---------------------------------------------------------------------------------------

#[derive(Serialize)]
struct HandoutSite<'a> {
    title: &'a str,
    language: &'a str,
    accent_color: &'a str,
    clinic: &'a crate::model::Clinic,
    phone_href: String,
    print_line: String,
    short_name: &'a str,
    days_between_sessions: u32,
    warning_signs: &'a [String],
    base_url: Option<&'a str>,
}

/// The site's `theme/style.css`, or the built-in one.
fn theme_css(root: &Path) -> String {
    std::fs::read_to_string(root.join("theme/style.css")).unwrap_or_else(|_| {
        crate::embedded::under("theme/")
            .find(|(p, _)| *p == "style.css")
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    })
}

/// The dated handout: one self-contained HTML file (styles inline) to print or keep.
pub fn handout_html(root: &Path, site: &Site, plan: &Plan, base_url: Option<&str>) -> Result<String, Diagnostics> {
    let tera = crate::render::load_templates(root)?;
    let c = &site.config;
    let hs = HandoutSite {
        title: &c.title,
        language: &c.language,
        accent_color: &c.accent_color,
        clinic: &c.clinic,
        phone_href: c.clinic.phone_href(),
        print_line: c.clinic.print_line(),
        short_name: c.treatment.short(),
        days_between_sessions: c.treatment.days_between_sessions,
        warning_signs: &site.timeline.warning_signs,
        base_url,
    };
    let mut ctx = tera::Context::new();
    ctx.insert("site", &hs);
    ctx.insert("plan", plan);
    ctx.insert("css", &theme_css(root));
    ctx.insert("qr", &base_url.and_then(|b| qr::qr(&schedule_link(b, plan), "QR code: your dates on our website")));
    tera.render("handout-dated.html", &ctx).map_err(|e| {
        let mut d = Diagnostics::new();
        d.error(
            Path::new("templates/handout-dated.html"),
            crate::diagnostics::Pos::file(),
            crate::render::error_chain(&e),
            Some("check the variable names against the template variables listed in README.md".into()),
        );
        d
    })
}

/// The schedule page with the date filled in (the part after `#` never leaves the browser).
pub fn schedule_link(base: &str, plan: &Plan) -> String {
    let mut url = format!("{base}{}#date={}", urls::SCHEDULE, plan.iso_date);
    if plan.session != 1 {
        let _ = write!(url, "&session={}", plan.session);
    }
    url
}

/// A QR code to `path` on the site, for a printed handout, when a base URL is set.
pub fn site_qr(base_url: Option<&str>, path: &str, label: &str) -> Option<qr::Qr> {
    let base = base_url?;
    let url = if path == urls::HOME { base.to_string() } else { format!("{base}{path}") };
    qr::qr(&url, label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_cross_month_year_and_leap_day() {
        assert_eq!(add_days(d("2028-02-15"), 14), d("2028-02-29"));
        assert_eq!(add_days(d("2026-12-20"), 14), d("2027-01-03"));
        assert_eq!(add_days(d("2027-02-15"), 14), d("2027-03-01"));
        assert_eq!(long_date(d("2026-12-02")), "Wednesday 2 December 2026");
        assert_eq!(date_range(d("2026-12-05"), d("2026-12-07")), "Saturday 5 December to Monday 7 December 2026");
        assert_eq!(date_range(d("2026-12-28"), d("2027-01-03")), "Monday 28 December 2026 to Sunday 3 January 2027");
    }

    #[test]
    fn placeholders_are_filled_once() {
        assert_eq!(fill("{label}: allowed", &[("label", "Hats {say}")]), "Hats {say}: allowed");
        assert_eq!(fill("a {x} {say}", &[("say", "b")]), "a {x} b");
        assert_eq!(fill("{", &[]), "{");
    }

    #[test]
    fn bad_dates_say_what_is_wrong() {
        assert!(parse_date("2026-02-30").unwrap_err().contains("February 2026 has 28 days"));
        assert!(parse_date("2028-02-30").unwrap_err().contains("February 2028 has 29 days"));
        assert!(parse_date("2026-13-01").unwrap_err().contains("no month 13"));
        assert!(parse_date("24/11/2026").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2026-1-5").unwrap_err().contains("YYYY-MM-DD"));
        assert_eq!(parse_date(" 2028-02-29 ").unwrap(), d("2028-02-29"));
    }
}
