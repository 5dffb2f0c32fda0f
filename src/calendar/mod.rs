//! A patient's own plan: the schedule laid out from one session to the end of care, and
//! put on real dates.
//!
//! [`plan`] works out, from (session N of M), everything that happens after session N in
//! days from its date: for each session from N to M, the changes of its own track cut
//! off where the next session resets the clock, the following sessions themselves, and
//! after the final session its own rules and the later milestones. It is pure and knows
//! no dates. [`Dated`] puts a plan on a calendar. The dated handout, `schedule --text`,
//! the `.ics` file and the website's "Your schedule" page (whose script adds only the
//! date) are all made from one [`Plan`], so they cannot disagree.
//!
//! Nothing here knows about any treatment: every event comes from the protocol, the
//! timeline and `treatment` in site.yaml; every sentence from [`crate::wording`].

pub mod ics;

use chrono::NaiveDate;
use serde::Serialize;

use crate::messages::Messages;
use crate::model::{Site, Status, Treatment};
use crate::schedule::{Schedule, Track};
use crate::{urls, wording};

/// `PRODID` of every calendar file.
pub const PRODID: &str = "-//aftercare//patient schedule//EN";

/// The days that follow one session, until the next session starts the count again.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub session: u32,
    /// Days from the plan's session to this session.
    pub start: u32,
    /// The last day (counted from this session) before the next session, or the last day
    /// page after the final one.
    pub last_day: u32,
    pub is_final: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// What applies to an activity changes.
    Change,
    /// A following session.
    Session,
    /// A milestone after the day pages end.
    Later,
}

/// One thing that happens on one day of the plan, with the words for its calendar event.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Days after the plan's session (the date the patient gives).
    pub offset: u32,
    /// Day number after its own session.
    pub day: u32,
    /// The session this day counts from.
    pub session: u32,
    /// Stable and unique in the plan; part of the calendar UID.
    pub id: String,
    pub kind: Kind,
    /// Activity index, for ordering and links (changes only).
    #[serde(skip)]
    pub activity: Option<usize>,
    pub label: String,
    pub short_label: String,
    /// The page that explains it, relative to the site root.
    pub url: Option<String>,
    /// The new status (changes only): its key.
    pub status: Option<&'static str>,
    pub say: String,
    pub summary: String,
    pub description: String,
}

/// Everything that follows session `session` of `of`, in day order.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub session: u32,
    pub of: u32,
    pub between: u32,
    pub segments: Vec<Segment>,
    pub events: Vec<Event>,
}

impl Plan {
    pub fn is_final(&self) -> bool {
        self.session >= self.of
    }

    /// The first segment: the days of the session the plan starts from.
    pub fn own(&self) -> &Segment {
        &self.segments[0]
    }

    /// Which session's count a day `offset` days after the plan's session falls in, and
    /// its day number there.
    pub fn day_at(&self, offset: u32) -> (u32, u32) {
        let seg = self.segments.iter().rev().find(|s| s.start <= offset).unwrap_or(&self.segments[0]);
        (seg.session, offset - seg.start)
    }
}

/// The plan of session `session` of `of` (`1 <= session <= of`, checked by the caller).
pub fn plan(site: &Site, t: &Treatment, schedule: &Schedule, session: u32, of: u32) -> Plan {
    let between = t.settings.days_between_sessions;
    let p = t.prefix.as_str();
    let last = schedule.last_day();
    let call = site.words.call_line(&site.config.clinic.name, &site.config.clinic.phone);
    let mut segments = Vec::new();
    let mut events = Vec::new();
    for k in session..=of {
        let is_final = k == of;
        let start = (k - session) * between;
        let seg_last = if is_final { last } else { between.saturating_sub(1).min(last) };
        segments.push(Segment { session: k, start, last_day: seg_last, is_final });
        if k > session {
            events.push(Event {
                offset: start,
                day: 0,
                session: k,
                id: format!("session-{k}"),
                kind: Kind::Session,
                activity: None,
                label: site.words.session_summary(k, of),
                short_label: site.words.session_summary(k, of),
                url: None,
                status: None,
                say: String::new(),
                summary: site.words.session_summary(k, of),
                description: site.words.session_description(between, &call),
            });
        }
        let track = if is_final { Track::Final } else { Track::Every };
        for c in schedule.changes_until(seg_last, track) {
            let Some(to) = c.to else { continue };
            let a = &t.activities[c.activity];
            let status_label = site.status_label(to.status);
            let mut description = format!("{} {}", site.words.day_after(c.day), to.say);
            // An action with an end says until when (a window: "book between day 42 and 56").
            if let (Status::Do, Some(end)) = (to.status, to.days.end) {
                if end <= seg_last && end > c.day {
                    description = format!("{description} {}", site.words.until_day(end));
                }
            }
            description.push('\n');
            description.push_str(&call);
            events.push(Event {
                offset: start + c.day,
                day: c.day,
                session: k,
                id: format!("s{k}-{}-{}", a.id, to.status.key()),
                kind: Kind::Change,
                activity: Some(c.activity),
                label: a.label.clone(),
                short_label: a.short().to_string(),
                url: Some(urls::activity(p, &a.id)),
                status: Some(to.status.key()),
                say: to.say.clone(),
                summary: site.words.change_summary(&a.label, to.status.key(), status_label),
                description,
            });
        }
        if is_final {
            for l in t.timeline.later.iter().filter(|l| l.days.start > 0) {
                events.push(Event {
                    offset: start + l.days.start,
                    day: l.days.start,
                    session: k,
                    id: format!("later-{}", l.id),
                    kind: Kind::Later,
                    activity: None,
                    label: l.when.clone(),
                    short_label: l.when.clone(),
                    url: None,
                    status: None,
                    say: l.say.clone(),
                    summary: format!("{}: {}", l.when, first_sentence(&l.say)),
                    description: wording::later_description(&l.when, &l.say, &call),
                });
            }
        }
    }
    // Day order; on a day a session starts, the session comes first, then activities in
    // the order of activities.yaml.
    events.sort_by_key(|e| (e.offset, e.kind != Kind::Session, e.activity.unwrap_or(usize::MAX)));
    Plan { session, of, between, segments, events }
}

fn first_sentence(s: &str) -> &str {
    match s.find(". ") {
        Some(i) => &s[..i + 1],
        None => s,
    }
}

// ---------------------------------------------------------------------------------------
// On real dates
// ---------------------------------------------------------------------------------------

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
    let num = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(parts[0]) as i32, num(parts[1]), num(parts[2]));
    if !(1..=12).contains(&m) {
        return Err(format!("`{s}`: there is no month {m}; months run from 01 to 12"));
    }
    if y < 1900 {
        return Err(format!("`{s}`: the year {y} is too early for a session date"));
    }
    if y > 2200 {
        return Err(format!("`{s}`: the year {y} is too far ahead for a session date"));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
        let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
        let len = next.map(|n| (n - first).num_days()).unwrap_or(31);
        format!("`{s}` is not a real date: {} {y} has {len} days", first.format("%B"))
    })
}

#[derive(Debug, Serialize)]
pub struct DatedRow {
    /// "Day 4", "Days 11 to 13", "From day 30".
    pub label: String,
    pub dates: String,
    pub stage: String,
    pub url: String,
}

/// The events of one date.
#[derive(Debug, Serialize)]
pub struct DatedGroup<'p> {
    pub offset: u32,
    pub date: String,
    /// The session this date counts from, and its day number there.
    pub session: u32,
    pub day: u32,
    pub items: Vec<&'p Event>,
}

#[derive(Debug, Serialize)]
pub struct DatedSession {
    pub n: u32,
    pub date: String,
    pub offset: u32,
}

/// A plan on real dates: what the dated handout and the text show.
#[derive(Debug, Serialize)]
pub struct Dated<'p> {
    pub session: u32,
    pub of: u32,
    pub is_final: bool,
    pub date: String,
    pub iso_date: String,
    /// The days of the plan's own session, to the day before the next one.
    pub rows: Vec<DatedRow>,
    pub groups: Vec<DatedGroup<'p>>,
    pub sessions: Vec<DatedSession>,
    #[serde(skip)]
    pub start: NaiveDate,
    #[serde(skip)]
    pub plan: &'p Plan,
}

/// Puts `plan` on the calendar from the session date `date`.
pub fn dated<'p>(site: &Site, t: &Treatment, schedule: &Schedule, plan: &'p Plan, date: NaiveDate) -> Dated<'p> {
    let w: &Messages = &site.words;
    let on = |d: u32| add_days(date, d);
    let own = plan.own().last_day;
    let last = schedule.last_day();
    let healing = t.settings.healing_days.min(own);
    let p = t.prefix.as_str();
    let mut rows: Vec<DatedRow> = (0..=healing)
        .map(|d| DatedRow {
            label: w.days_label(d, Some(d), last),
            dates: w.long_date(on(d)),
            stage: t.timeline.stages[schedule.days[d as usize].stage].name.clone(),
            url: urls::day(p, d),
        })
        .collect();
    for s in &t.timeline.stages {
        let end = s.days.end_or(last).min(own);
        if end <= healing || s.days.start > own {
            continue;
        }
        let start = s.days.start.max(healing + 1);
        let open = end == last;
        rows.push(DatedRow {
            label: w.days_label(start, if open { None } else { Some(end) }, last),
            dates: if open { w.date_from(on(start)) } else { w.date_range(on(start), on(end)) },
            stage: s.name.clone(),
            url: urls::day(p, start),
        });
    }
    let mut groups: Vec<DatedGroup> = Vec::new();
    for e in &plan.events {
        match groups.last_mut() {
            Some(g) if g.offset == e.offset => g.items.push(e),
            _ => {
                let (session, day) = plan.day_at(e.offset);
                groups.push(DatedGroup {
                    offset: e.offset,
                    date: w.long_date(on(e.offset)),
                    session,
                    day,
                    items: vec![e],
                })
            }
        }
    }
    let sessions = plan
        .segments
        .iter()
        .skip(1)
        .map(|s| DatedSession { n: s.session, date: w.long_date(on(s.start)), offset: s.start })
        .collect();
    Dated {
        session: plan.session,
        of: plan.of,
        is_final: plan.is_final(),
        date: w.long_date(date),
        iso_date: date.format("%Y-%m-%d").to_string(),
        rows,
        groups,
        sessions,
        start: date,
        plan,
    }
}

/// The UID key is the site title, the treatment, the session date and the event id: the
/// same input gives the same UID (importing the file again updates its events), two
/// treatments never share one, and the UID itself carries no readable personal data.
pub fn uid(site: &Site, t: &Treatment, session: NaiveDate, id: &str) -> String {
    let key = format!("{}\u{1f}{}\u{1f}{}\u{1f}{id}", site.config.title, t.id, session.format("%Y-%m-%d"));
    format!("{}-{id}@aftercare", ics::fnv1a64_hex(key.as_bytes()))
}

/// The calendar file of a dated plan: one all-day event per event of the plan.
pub fn calendar(site: &Site, t: &Treatment, dated: &Dated, remind_days_before: Option<u32>) -> ics::Calendar {
    let alarm = remind_days_before.map(ics::trigger_days_before);
    let events = dated
        .plan
        .events
        .iter()
        .map(|e| ics::Event {
            uid: uid(site, t, dated.start, &e.id),
            stamp: dated.start,
            date: add_days(dated.start, e.offset),
            summary: e.summary.clone(),
            description: e.description.clone(),
            alarm: alarm.clone(),
        })
        .collect();
    ics::Calendar { prodid: PRODID.into(), name: Some(site.config.title.clone()), events }
}

/// The plan as plain text (`aftercare schedule --text`).
pub fn text(site: &Site, tr: &Treatment, dated: &Dated) -> String {
    use std::fmt::Write as _;
    let w = &site.words;
    let c = &site.config.clinic;
    let t = &tr.settings;
    let mut s = String::new();
    let _ = writeln!(s, "{}", w.get("text-title", &[("treatment", t.short().into())]));
    let _ = writeln!(s, "{} · {} · {}", c.name, c.phone, c.email);
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", session_line(w, dated));
    let _ = writeln!(s, "{}", w.get("text-day-0", &[]));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", w.get("text-your-days", &[]));
    let width = dated.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
    for r in &dated.rows {
        let _ = writeln!(s, "  {:width$}  {} · {}", r.label, r.dates, r.stage);
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", w.get("text-changes", &[]));
    for g in &dated.groups {
        let head = if g.session == dated.session {
            w.get("text-group", &[("date", g.date.as_str().into()), ("day", g.day.into())])
        } else {
            w.get(
                "text-group-after",
                &[("date", g.date.as_str().into()), ("day", g.day.into()), ("session", g.session.into())],
            )
        };
        let _ = writeln!(s, "  {head}");
        for e in &g.items {
            match e.status {
                Some(key) => {
                    let label = Status::ALL.into_iter().find(|st| st.key() == key).map(|st| site.status_label(st));
                    let _ = writeln!(s, "    - {}: {}. {}", e.label, wording::lower_first(label.unwrap_or(key)), e.say);
                }
                None if e.kind == Kind::Session => {
                    // The calendar's description ends with the call line; the text has its own.
                    let call = w.call_line(&c.name, &c.phone);
                    let about = e.description.strip_suffix(call.as_str()).unwrap_or(&e.description).trim_end();
                    let _ = writeln!(s, "    * {}. {about}", e.label);
                }
                None => {
                    let _ = writeln!(s, "    - {}", e.summary);
                }
            }
        }
    }
    if !dated.sessions.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", w.get("text-next-sessions", &[("between", t.days_between_sessions.into())]));
        for x in &dated.sessions {
            let line = w.get(
                "text-next-session",
                &[
                    ("n", x.n.into()),
                    ("of", dated.of.into()),
                    ("date", x.date.as_str().into()),
                    ("offset", x.offset.into()),
                ],
            );
            let _ = writeln!(s, "  {line}");
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", w.get("text-call-if", &[]));
    for sign in &tr.timeline.warning_signs {
        let _ = writeln!(s, "  - {sign}");
    }
    let call = if c.hours.is_empty() {
        w.get("text-call", &[("phone", c.phone.as_str().into())])
    } else {
        let hours = c.hours.join("; ");
        w.get("text-call-hours", &[("phone", c.phone.as_str().into()), ("hours", hours.as_str().into())])
    };
    let _ = writeln!(s, "{call}");
    if let Some(u) = &c.urgent {
        let _ = writeln!(s, "{u}");
    }
    s
}

fn session_line(w: &Messages, d: &Dated) -> String {
    let which = match (d.of > 1, d.is_final) {
        (true, true) => w.get("session-line-of-final", &[("n", d.session.into()), ("of", d.of.into())]),
        (true, false) => w.get("session-line-of", &[("n", d.session.into()), ("of", d.of.into())]),
        (false, _) => w.get("session-line-one", &[]),
    };
    w.get("session-line", &[("which", which.as_str().into()), ("date", d.date.as_str().into())])
}

/// The schedule page with the date filled in (the part after `#` never leaves the browser).
pub fn schedule_link(base: &str, site: &Site, t: &Treatment, dated: &Dated) -> String {
    // The patient's language's own page (`es/schedule.html`).
    let page = urls::of(&t.prefix, urls::SCHEDULE);
    let mut url = format!("{base}{}{page}#date={}", site.lang.prefix(), dated.iso_date);
    if dated.session != 1 {
        url.push_str(&format!("&session={}", dated.session));
    }
    url
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
