//! Stage 2: resolve the clinic protocol into a schedule: for every day after a session
//! and every activity, a status (not yet / with care / allowed) and the phase that says so.
//!
//! Two tracks are resolved side by side: after an ordinary session, and after the final
//! session, where `after_final` phases replace the ordinary ones on the days they cover.
//! The renderer and the JSON export only read this; they never interpret phases themselves.

use crate::model::{Phase, ProtocolRule, Site, Status};

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
    /// The protocol rule of each activity, in the order of `site.activities`.
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
    /// After an ordinary session.
    pub every: &'a Phase,
    /// After the final session (the same phase when no final-only rule applies that day).
    pub last: &'a Phase,
}

impl<'a> Entry<'a> {
    pub fn phase(&self, track: Track) -> &'a Phase {
        match track {
            Track::Every => self.every,
            Track::Final => self.last,
        }
    }

    /// True when the final session changes what applies on this day.
    pub fn final_differs(&self) -> bool {
        !std::ptr::eq(self.every, self.last)
    }
}

/// Builds the schedule. The site must have passed validation: every activity has a rule
/// whose phases cover every day, so lookups here cannot fail.
pub fn resolve(site: &Site) -> Schedule<'_> {
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
                    let every = phase_on(&rule.phases, day, last).expect("validated: phases cover every day");
                    let last_phase = phase_on(&rule.after_final, day, last).unwrap_or(every);
                    Entry { activity, every, last: last_phase }
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

fn phase_on(phases: &[Phase], day: u32, last: u32) -> Option<&Phase> {
    phases.iter().find(|p| p.days.contains(day, last))
}

impl<'a> Schedule<'a> {
    pub fn last_day(&self) -> u32 {
        self.days.len() as u32 - 1
    }

    pub fn status(&self, day: u32, activity: usize, track: Track) -> Status {
        self.days[day as usize].entries[activity].phase(track).status
    }

    /// The first day from which `activity` reaches `at_least` and never drops below it
    /// again on this track. `None` if it never does within the timeline.
    pub fn from_day(&self, activity: usize, track: Track, at_least: Status) -> Option<u32> {
        let mut from = None;
        for d in &self.days {
            if d.entries[activity].phase(track).status >= at_least {
                from.get_or_insert(d.day);
            } else {
                from = None;
            }
        }
        from
    }

    /// What is different tomorrow (a new status or new advice), as (activity, today's
    /// phase, tomorrow's phase).
    pub fn changes_after(&self, day: u32, track: Track) -> Vec<(usize, &'a Phase, &'a Phase)> {
        let Some(next) = self.days.get(day as usize + 1) else { return Vec::new() };
        let today = &self.days[day as usize];
        today
            .entries
            .iter()
            .zip(&next.entries)
            .filter_map(|(t, n)| {
                let (a, b) = (t.phase(track), n.phase(track));
                (!std::ptr::eq(a, b)).then_some((t.activity, a, b))
            })
            .collect()
    }
}
