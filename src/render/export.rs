//! `recommendations.json`: the guides, the clinic protocol and the resolved schedule, for a
//! clinic's other software. The shape is documented in README.md; keep the two in step.

use serde::Serialize;

use crate::governance;
use crate::model::{Activity, Guide, Protocol, Review, Site, Timeline, Treatment, TreatmentSettings};
use crate::schedule::Schedule;

/// Bumped when a field is removed or changes meaning; additions keep the version.
/// 2: the treatment's data moved into `treatments` (a site may have several);
/// `final_restriction_days` became `last_day`; statuses `do` and `never`; a day lists only
/// the activities that have a phase on it.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Serialize)]
pub struct Export<'a> {
    format_version: u32,
    generator: &'static str,
    title: &'a str,
    clinic: &'a str,
    day_convention: &'static str,
    treatments: Vec<TreatmentExport<'a>>,
    /// The articles' reviews (each treatment lists its files' own).
    articles: Vec<FileReview<'a>>,
}

/// Who reviewed a file and when it is due again (`null`: nobody is recorded).
#[derive(Serialize)]
struct FileReview<'a> {
    file: String,
    review: Option<&'a Review>,
}

impl<'a> FileReview<'a> {
    fn new(file: &std::path::Path, review: Option<&'a Review>) -> Self {
        FileReview { file: file.to_string_lossy().replace('\\', "/"), review }
    }
}

#[derive(Serialize)]
struct TreatmentExport<'a> {
    id: &'a str,
    treatment: &'a TreatmentSettings,
    last_day: u32,
    activities: &'a [Activity],
    guides: &'a [Guide],
    protocol: &'a Protocol,
    timeline: &'a Timeline,
    schedule: Vec<DayExport<'a>>,
    /// Every file of the treatment that holds advice, with its review.
    reviews: Vec<FileReview<'a>>,
    /// Where the clinic departs from a guide's numbers, and the reason it gives (`because`,
    /// `null` where none is given: `check` warns about those).
    departures: Vec<governance::Departure<'a>>,
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
    /// `none` when nothing applies that day after the final session.
    status: &'static str,
    say: &'a str,
    cites: &'a [String],
}

impl<'a> FinalExport<'a> {
    fn of(p: Option<&'a crate::model::Phase>) -> Self {
        match p {
            Some(p) => FinalExport { status: p.status.key(), say: &p.say, cites: &p.cites },
            None => FinalExport { status: "none", say: "", cites: &[] },
        }
    }
}

pub fn recommendations<'a>(site: &'a Site, schedules: &[Schedule<'a>]) -> Export<'a> {
    Export {
        format_version: FORMAT_VERSION,
        generator: concat!("aftercare ", env!("CARGO_PKG_VERSION")),
        title: &site.config.title,
        clinic: &site.config.clinic.name,
        day_convention: "day 0 is the day of the session; day 1 is the day after",
        treatments: site.treatments.iter().zip(schedules).map(|(t, s)| treatment(t, s)).collect(),
        articles: site.articles.iter().map(|a| FileReview::new(&a.source, a.meta.review.as_ref())).collect(),
    }
}

fn treatment<'a>(site: &'a Treatment, schedule: &Schedule<'a>) -> TreatmentExport<'a> {
    let days = schedule
        .days
        .iter()
        .map(|d| DayExport {
            day: d.day,
            stage: &site.timeline.stages[d.stage].name,
            activities: d
                .entries
                .iter()
                .filter(|e| e.every.is_some() || e.last.is_some())
                .map(|e| {
                    let every = FinalExport::of(e.every);
                    EntryExport {
                        activity: &site.activities[e.activity].id,
                        status: every.status,
                        say: every.say,
                        cites: every.cites,
                        after_final: e.final_differs().then(|| FinalExport::of(e.last)),
                    }
                })
                .collect(),
        })
        .collect();
    TreatmentExport {
        id: &site.id,
        treatment: &site.settings,
        last_day: site.last_day(),
        activities: &site.activities,
        guides: &site.guides,
        protocol: &site.protocol,
        timeline: &site.timeline,
        schedule: days,
        reviews: site.reviewed_files().into_iter().map(|(f, r)| FileReview::new(&f, r)).collect(),
        departures: governance::departures(site, schedule),
    }
}
