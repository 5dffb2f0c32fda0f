//! Stage 2: resolve the clinic protocol into a schedule: for every day after a session
//! and every activity, the phase that applies (a status and what to do), if any.
//!
//! Two tracks are resolved side by side: after an ordinary session, and after the final
//! session, where `after_final` phases replace the ordinary ones on the days they cover.
//! Pages, handouts, the export and the dated plan (the `calendar` module) only read this; they
//! never interpret phases themselves. This module is pure: no I/O, no wording.

use crate::model::{Phase, ProtocolRule, Site, Status, Treatment};

/// Which session the patient has just had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Track {
    Every,
    Final,
}

#[derive(Debug)]
pub struct Schedule<'a> {
    /// One entry per day, day 0 (the session day) first.
    pub days: Vec<Day<'a>>,
    /// The protocol rule of each activity, in the order of the treatment's activities.
    pub rules: Vec<&'a ProtocolRule>,
}

#[derive(Debug)]
pub struct Day<'a> {
    pub day: u32,
    /// Index into `site.timeline.stages`.
    pub stage: usize,
    /// One per activity, in the order of `site.activities`.
    pub entries: Vec<Entry<'a>>,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub activity: usize,
    /// After an ordinary session. `None` on a day an action-only rule (all `do`) says nothing.
    pub every: Option<&'a Phase>,
    /// After the final session (the same phase when no final-only rule applies that day).
    pub last: Option<&'a Phase>,
}

impl<'a> Entry<'a> {
    pub fn phase(&self, track: Track) -> Option<&'a Phase> {
        match track {
            Track::Every => self.every,
            Track::Final => self.last,
        }
    }

    pub fn status(&self, track: Track) -> Option<Status> {
        self.phase(track).map(|p| p.status)
    }

    /// True when the final session changes what applies on this day.
    pub fn final_differs(&self) -> bool {
        !same(self.every, self.last)
    }
}

/// The same phase (by identity), or both absent.
pub fn same(a: Option<&Phase>, b: Option<&Phase>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::ptr::eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Builds the schedule. The site must have passed validation: every activity has a rule,
/// and the phases of every restriction cover every day, so lookups here cannot fail.
pub fn resolve(site: &Treatment) -> Schedule<'_> {
    let last = site.last_day();
    let rules: Vec<&ProtocolRule> = site
        .activities
        .iter()
        .map(|a| site.protocol.rules.iter().find(|r| r.activity == a.id).expect("validated: every activity has a rule"))
        .collect();
    let days = (0..=last)
        .map(|day| {
            let entries = rules
                .iter()
                .enumerate()
                .map(|(activity, rule)| {
                    let every = phase_on(&rule.phases, day, last);
                    let final_phase = phase_on(&rule.after_final, day, last).or(every);
                    Entry { activity, every, last: final_phase }
                })
                .collect();
            let stage = site
                .timeline
                .stages
                .iter()
                .position(|s| s.days.contains(day, last))
                .expect("validated: stages cover every day");
            Day { day, stage, entries }
        })
        .collect();
    Schedule { days, rules }
}

/// The schedule of every treatment of the site, in order.
pub fn resolve_all(site: &Site) -> Vec<Schedule<'_>> {
    site.treatments.iter().map(resolve).collect()
}

fn phase_on(phases: &[Phase], day: u32, last: u32) -> Option<&Phase> {
    phases.iter().find(|p| p.days.contains(day, last))
}

/// A day on which what applies to one activity changes (its phase on the day before was
/// another one): the unit of "what changes tomorrow", the handouts and the dated plan.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    pub day: u32,
    pub activity: usize,
    pub from: Option<&'a Phase>,
    pub to: Option<&'a Phase>,
}

impl<'a> Schedule<'a> {
    pub fn last_day(&self) -> u32 {
        self.days.len() as u32 - 1
    }

    pub fn status(&self, day: u32, activity: usize, track: Track) -> Option<Status> {
        self.days[day as usize].entries[activity].status(track)
    }

    /// The first day from which `activity` reaches at least the level of `at_least` and
    /// never drops below it again on this track. `None` if it never does.
    pub fn from_day(&self, activity: usize, track: Track, at_least: Status) -> Option<u32> {
        let want = at_least.level()?;
        let mut from = None;
        for d in &self.days {
            match d.entries[activity].status(track).and_then(Status::level) {
                Some(l) if l >= want => {
                    from.get_or_insert(d.day);
                }
                _ => from = None,
            }
        }
        from
    }

    /// The first day on which `activity` is at least at the level of `at_least`, even if
    /// it drops again later: what a safety check must look at (a clinic that allows a
    /// step on day 1 and pauses it again has still allowed it on day 1).
    pub fn first_day(&self, activity: usize, track: Track, at_least: Status) -> Option<u32> {
        let want = at_least.level()?;
        self.days
            .iter()
            .find(|d| d.entries[activity].status(track).and_then(Status::level).is_some_and(|l| l >= want))
            .map(|d| d.day)
    }

    /// What changes on `day` (against the day before), for days 1 to the last.
    pub fn changes_on(&self, day: u32, track: Track) -> Vec<Change<'a>> {
        if day == 0 || day > self.last_day() {
            return Vec::new();
        }
        let (before, today) = (&self.days[day as usize - 1], &self.days[day as usize]);
        before
            .entries
            .iter()
            .zip(&today.entries)
            .filter_map(|(b, t)| {
                let (from, to) = (b.phase(track), t.phase(track));
                (!same(from, to)).then_some(Change { day, activity: t.activity, from, to })
            })
            .collect()
    }

    /// Every change on this track from day 1 up to and including `until`, in day order.
    pub fn changes_until(&self, until: u32, track: Track) -> Vec<Change<'a>> {
        (1..=until.min(self.last_day())).flat_map(|d| self.changes_on(d, track)).collect()
    }
}
