//! Clinical governance: the clinic's rules set against the guides they follow, and who
//! reviewed each file and when it is due again.
//!
//! Validation (`content::validate`) refuses a site that cannot be built; these checks
//! find a site that builds but that a clinic could not stand behind: a step allowed
//! sooner than a guide says without a reason, a phase that cites a guide for the opposite
//! of what it says, advice nobody has signed off. They are warnings (`check --strict`
//! makes them errors), each with the file, line and column to change.
//!
//! The clinic's days come from the resolved schedule and are compared with the guides'
//! by `compare`, the same rule the guide and comparison pages use.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::compare::{Days, Step};
use crate::content::locate::Seg;
use crate::content::{Sources, ACTIVITIES, PREPARATION, PROTOCOL};
use crate::diagnostics::Diagnostics;
use crate::model::{Guide, Phase, ProtocolRule, Recommendation, Review, SessionScope, Site, Status, Treatment};
use crate::schedule::{self, Schedule, Track};

/// Runs every governance check on the site (its default language: day numbers and
/// citations are shared by every language, and a translation carries its source's review).
pub fn check(site: &Site, sources: &Sources, today: NaiveDate) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for t in &site.treatments {
        let schedule = schedule::resolve(t);
        let mut g = Guardrails { t, schedule: &schedule, sources, diags: &mut diags, file: t.file(PROTOCOL) };
        for (i, rule) in t.protocol.rules.iter().enumerate() {
            g.rule(i, rule);
        }
        for (file, review) in t.reviewed_files() {
            review_dates(&mut diags, sources, &file, &[], review, today, is_list(&file));
        }
    }
    for a in &site.articles {
        review_dates(&mut diags, sources, &a.source, &[], a.meta.review.as_ref(), today, false);
    }
    diags
}

/// Today's date in UTC (a day either way does not matter for a review due date), read
/// from the system clock without a time-zone database.
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    NaiveDate::default() + chrono::Days::new(secs / 86_400)
}

/// The track of the schedule that a guide's number of `scope` is set against.
fn track(scope: SessionScope) -> Track {
    match scope {
        SessionScope::Every => Track::Every,
        SessionScope::Final => Track::Final,
    }
}

/// The clinic's two days for one activity on one track: the first day it is allowed at
/// all (even if a pause follows) and the first day from which it is allowed without limits.
pub fn clinic_days(s: &Schedule, activity: usize, track: Track) -> Days {
    Days { care: s.first_day(activity, track, Status::WithCare), full: s.from_day(activity, track, Status::Allowed) }
}

/// How the clinic departs from a guide's numbers on one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The clinic allows it, with care, before the guide allows it at all.
    SoonerWithCare,
    /// The clinic allows it without limits before the guide does.
    SoonerFully,
    /// The guide allows it without limits in the end; the clinic never does.
    NeverFully,
}

/// A step on which the clinic departs from a guide's numbers: what needs a reason, and the
/// reason the rule gives (`earlier_because`, `stricter_because`), if any. A clinic that
/// waits longer than a guide is keeping the rule of thumb and is not listed.
#[derive(Debug, Clone, Serialize)]
pub struct Departure<'a> {
    pub activity: &'a str,
    pub guide: &'a str,
    pub session: SessionScope,
    pub kind: Kind,
    /// The clinic's day (`None`: never).
    pub ours: Option<u32>,
    pub theirs: u32,
    pub because: Option<&'a str>,
}

/// Every departure of the treatment's rules from its guides, rule by rule.
pub fn departures<'a>(t: &'a Treatment, s: &Schedule) -> Vec<Departure<'a>> {
    t.protocol
        .rules
        .iter()
        .filter_map(|rule| Some((rule, t.activity_index(&rule.activity)?)))
        .filter(|(rule, _)| !rule.is_action())
        .flat_map(|(rule, a)| departures_of(t, s, rule, a, None))
        .collect()
}

/// The departures of one rule from every guide, or from guide `only`.
fn departures_of<'a>(
    t: &'a Treatment,
    s: &Schedule,
    rule: &'a ProtocolRule,
    a: usize,
    only: Option<&Guide>,
) -> Vec<Departure<'a>> {
    let mut out = Vec::new();
    for g in t.guides.iter().filter(|g| only.is_none_or(|o| o.id == g.id)) {
        for r in g.recommendations.iter().filter(|r| r.activity == rule.activity) {
            let ours = clinic_days(s, a, track(r.session));
            let theirs = Days::of(r);
            let mut add = |kind, ours, theirs, because: &'a Option<String>| {
                out.push(Departure {
                    activity: &rule.activity,
                    guide: &g.id,
                    session: r.session,
                    kind,
                    ours,
                    theirs,
                    because: because.as_deref(),
                })
            };
            if let Step::Sooner { ours, theirs } = Step::of(ours.care, theirs.care) {
                add(Kind::SoonerWithCare, Some(ours), theirs, &rule.earlier_because);
            }
            match Step::of(ours.full, theirs.full) {
                Step::Sooner { ours, theirs } => add(Kind::SoonerFully, Some(ours), theirs, &rule.earlier_because),
                Step::OursNever { theirs } => add(Kind::NeverFully, None, theirs, &rule.stricter_because),
                _ => {}
            }
        }
    }
    out
}

/// The clinic's reason for departing from guide `g` on this rule, where it departs and gives
/// one: what the guide's page shows beside that guide's advice.
pub fn reason<'a>(t: &Treatment, s: &Schedule, rule: &'a ProtocolRule, a: usize, g: &Guide) -> Option<&'a str> {
    // This guide's only: a guide page asks for each of its rows.
    let departures = departures_of(t, s, rule, a, Some(g));
    if departures.iter().any(|d| d.guide == g.id && d.kind == Kind::NeverFully) {
        return rule.stricter_because.as_deref();
    }
    let beyond = rule.phases.iter().chain(&rule.after_final).any(|p| allowed_beyond(rule, p, g));
    (departures.iter().any(|d| d.guide == g.id) || beyond).then_some(rule.earlier_because.as_deref()).flatten()
}

/// The guide's advice a phase is set against: the one for the phase's sessions (after the
/// final session, its own where it gives one), else the every-session one.
fn advice_for<'g>(g: &'g Guide, activity: &str, every_session: bool) -> Option<&'g Recommendation> {
    let scope = if every_session { SessionScope::Every } else { SessionScope::Final };
    let recs = || g.recommendations.iter().filter(move |r| r.activity == activity);
    recs().find(|r| r.session == scope).or_else(|| recs().find(|r| r.session == SessionScope::Every))
}

/// An `allowed` phase that cites a guide which gives a day for "with care" and says nothing
/// beyond it: the label says more than its source does.
fn allowed_beyond(rule: &ProtocolRule, p: &Phase, g: &Guide) -> bool {
    let every_session = rule.phases.iter().any(|q| std::ptr::eq(q, p));
    p.status == Status::Allowed
        && p.cites.contains(&g.id)
        && advice_for(g, &rule.activity, every_session)
            .is_some_and(|r| r.with_care_from.is_some() && r.allowed_from.is_none() && r.vague.is_none())
}

struct Guardrails<'a> {
    t: &'a Treatment,
    schedule: &'a Schedule<'a>,
    sources: &'a Sources,
    diags: &'a mut Diagnostics,
    file: PathBuf,
}

impl Guardrails<'_> {
    fn warn(&mut self, path: &[Seg], message: String, help: String) {
        let pos = self.sources.locate(&self.file, path);
        self.diags.warning(&self.file, pos, message, Some(help));
    }

    fn rule(&mut self, i: usize, rule: &ProtocolRule) {
        let Some(a) = self.t.activity_index(&rule.activity) else { return };
        // An action ("book your next session") has days, not a level to compare.
        if !rule.is_action() {
            self.against_guides(i, rule, a);
        }
        for (key, phases) in [("phases", &rule.phases), ("after_final", &rule.after_final)] {
            for (j, p) in phases.iter().enumerate() {
                for (k, id) in p.cites.iter().enumerate() {
                    if let Some(g) = self.t.guide(id) {
                        self.citation(&[Seg::Key("rules"), Seg::Idx(i), Seg::Key(key), Seg::Idx(j)], k, rule, p, g);
                    }
                }
            }
        }
    }

    /// Every departure from a guide on this rule that has no reason given.
    fn against_guides(&mut self, i: usize, rule: &ProtocolRule, a: usize) {
        for d in departures_of(self.t, self.schedule, rule, a, None).into_iter().filter(|d| d.because.is_none()) {
            let act = &rule.activity;
            let after = match d.session {
                SessionScope::Every => "",
                SessionScope::Final => " after the final session",
            };
            let (theirs, g) = (d.theirs, d.guide);
            let (day, message, help) = match (d.kind, d.ours) {
                (Kind::NeverFully, _) => (
                    self.t.last_day(),
                    format!("`{act}` is never fully allowed{after}, but the guide `{g}` allows it from day {theirs}"),
                    "if the clinic keeps it limited on purpose, say why in `stricter_because:` on this rule, so the \
                     patient and the guide's page see the reason; otherwise end the rule with an `allowed` phase"
                        .to_string(),
                ),
                (kind, Some(ours)) => (
                    ours,
                    format!(
                        "`{act}` is {}allowed from day {ours}{after}, but the guide `{g}` waits until day {theirs}",
                        if kind == Kind::SoonerWithCare { "" } else { "fully " }
                    ),
                    format!(
                        "start it on day {theirs} or later, or say why the clinic allows it sooner in \
                         `earlier_because:` on this rule (the reason shows on the guide's page)"
                    ),
                ),
                (_, None) => continue,
            };
            let path = self.phase_on(i, rule, day, track(d.session));
            self.warn(&path, message, help);
        }
    }

    /// Checks that the `k`th guide a phase cites says what the phase says.
    fn citation(&mut self, at: &[Seg], k: usize, rule: &ProtocolRule, p: &Phase, g: &Guide) {
        let every_session = at[2] == Seg::Key("phases");
        let recs: Vec<&Recommendation> = g.recommendations.iter().filter(|r| r.activity == rule.activity).collect();
        let mut path = at.to_vec();
        path.extend([Seg::Key("cites"), Seg::Idx(k)]);
        // No recommendation at all is a validation error already.
        if every_session && !recs.is_empty() && recs.iter().all(|r| r.session == SessionScope::Final) {
            self.warn(
                &path,
                format!(
                    "the guide `{}` gives its advice on `{}` for after the final session only",
                    g.id, rule.activity
                ),
                "cite it in this rule's `after_final` phases, or cite a guide whose advice applies after every session"
                    .into(),
            );
            return;
        }
        if !matches!(p.status, Status::WithCare | Status::Allowed) {
            return;
        }
        let last = p.days.end_or(self.t.last_day());
        let rec = advice_for(g, &rule.activity, every_session);
        if allowed_beyond(rule, p, g) && rule.earlier_because.is_none() {
            self.warn(
                &path,
                format!(
                    "this phase fully allows `{}`, but the guide `{}` it cites only allows it with care",
                    rule.activity, g.id
                ),
                "cite a guide that allows it without limits, make the phase `with-care`, or say why in \
                 `earlier_because:` on this rule"
                    .into(),
            );
        }
        if let Some(first) = rec.and_then(|r| Days::of(r).care).filter(|&first| first > last) {
            self.warn(
                &path,
                format!(
                    "this phase allows `{}` on days {}, but the guide `{}` it cites does not allow it until day {first}",
                    rule.activity, p.days, g.id
                ),
                format!(
                    "cite the guides this phase follows, or change its days or status; `{}` says: {}",
                    g.id,
                    rec.map(|r| r.says.as_str()).unwrap_or_default()
                ),
            );
        }
    }

    /// The YAML path of the phase of rule `i` that applies on `day` on `track`: an
    /// `after_final` phase where one covers the day after the final session.
    fn phase_on(&self, i: usize, rule: &ProtocolRule, day: u32, track: Track) -> Vec<Seg<'static>> {
        let last = self.t.last_day();
        let find = |phases: &[Phase]| phases.iter().position(|p| p.days.contains(day, last));
        let (key, j) = match (track, find(&rule.after_final)) {
            (Track::Final, Some(j)) => ("after_final", Some(j)),
            _ => ("phases", find(&rule.phases)),
        };
        let mut path = vec![Seg::Key("rules"), Seg::Idx(i)];
        if let Some(j) = j {
            path.extend([Seg::Key(key), Seg::Idx(j), Seg::Key("days")]);
        }
        path
    }
}

fn is_list(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == ACTIVITIES || n == PREPARATION)
}

/// A missing review, one that is overdue, or dates that cannot be right.
fn review_dates(
    diags: &mut Diagnostics,
    sources: &Sources,
    file: &Path,
    base: &[Seg],
    review: Option<&Review>,
    today: NaiveDate,
    list: bool,
) {
    let at = |key: Option<&'static str>| {
        let mut path = base.to_vec();
        path.push(Seg::Key("review"));
        path.extend(key.map(Seg::Key));
        sources.locate(file, &path)
    };
    let Some(r) = review else {
        let shape = if list { " (this file is a list: put the list under `items:` beside `review:`)" } else { "" };
        diags.warning(
            file,
            crate::diagnostics::Pos::file(),
            "nobody is recorded as having reviewed this file's advice",
            Some(format!(
                "after a clinician has checked it, add `review:` with `by:` (name and role), `date:` and `next:` \
                 (YYYY-MM-DD){shape}"
            )),
        );
        return;
    };
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    if r.next.0 <= r.date.0 {
        diags.warning(
            file,
            at(Some("next")),
            format!("the next review ({}) is not after this review ({})", day(r.next.0), day(r.date.0)),
            Some("set `next:` to the day the next review is due, usually a year after `date:`".into()),
        );
    } else if r.next.0 < today {
        diags.warning(
            file,
            at(Some("next")),
            format!("this file's review was due on {}", day(r.next.0)),
            Some("have a clinician check it again, then update `review:` (`by:`, `date:` and `next:`)".into()),
        );
    }
    if r.date.0 > today {
        diags.warning(
            file,
            at(Some("date")),
            format!("the review is dated {}, which has not come yet", day(r.date.0)),
            Some("give the day the review was done".into()),
        );
    }
}
