//! `recommendations.json`: the guides, the clinic protocol and the resolved schedule, for a
//! clinic's other software. The shape is documented in README.md; keep the two in step.

use serde::Serialize;

use crate::model::{Activity, Guide, Protocol, Site, Treatment};
use crate::schedule::Schedule;

/// Bumped when a field is removed or changes meaning; additions keep the version.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Export<'a> {
    format_version: u32,
    generator: &'static str,
    title: &'a str,
    clinic: &'a str,
    day_convention: &'static str,
    treatment: &'a Treatment,
    last_day: u32,
    activities: &'a [Activity],
    guides: &'a [Guide],
    protocol: &'a Protocol,
    schedule: Vec<DayExport<'a>>,
}

#[derive(Serialize)]
struct DayExport<'a> {
    day: u32,
    stage: &'a str,
    activities: Vec<EntryExport<'a>>,
}

#[derive(Serialize)]
struct EntryExport<'a> {
    activity: &'a str,
    status: &'static str,
    say: &'a str,
    cites: &'a [String],
    /// Present only when the final session changes the rule on this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    after_final: Option<FinalExport<'a>>,
}

#[derive(Serialize)]
struct FinalExport<'a> {
    status: &'static str,
    say: &'a str,
    cites: &'a [String],
}

pub fn recommendations<'a>(site: &'a Site, schedule: &Schedule<'a>) -> Export<'a> {
    let days = schedule
        .days
        .iter()
        .map(|d| DayExport {
            day: d.day,
            stage: &site.timeline.stages[d.stage].name,
            activities: d
                .entries
                .iter()
                .map(|e| EntryExport {
                    activity: &site.activities[e.activity].id,
                    status: e.every.status.key(),
                    say: &e.every.say,
                    cites: &e.every.cites,
                    after_final: e.final_differs().then_some(FinalExport {
                        status: e.last.status.key(),
                        say: &e.last.say,
                        cites: &e.last.cites,
                    }),
                })
                .collect(),
        })
        .collect();
    Export {
        format_version: FORMAT_VERSION,
        generator: concat!("aftercare ", env!("CARGO_PKG_VERSION")),
        title: &site.config.title,
        clinic: &site.config.clinic.name,
        day_convention: "day 0 is the day of the session; day 1 is the day after",
        treatment: &site.config.treatment,
        last_day: site.last_day(),
        activities: &site.activities,
        guides: &site.guides,
        protocol: &site.protocol,
        schedule: days,
    }
}
