//! The data the "Your schedule" page embeds for `theme/schedule.js`: the plan of every
//! session number (from [`crate::calendar::plan`], the same function the `schedule`
//! command uses), so the script only adds the patient's date. Repeated texts (the same
//! change after each session) are written once in `strings` and referred to by index,
//! which keeps the page small.

use std::collections::HashMap;

use serde::Serialize;

use crate::calendar::{self, Kind, Plan};
use crate::model::{Site, Status, Treatment};
use crate::schedule::Schedule;

#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    /// The treatment's id: part of every calendar UID.
    treatment: &'a str,
    prodid: &'static str,
    sessions: u32,
    between: u32,
    last_day: u32,
    /// `{status key: [label, icon]}`
    statuses: std::collections::BTreeMap<&'static str, [&'a str; 2]>,
    strings: Vec<&'a str>,
    /// `plans[n - 1]`: the plan of session n.
    plans: Vec<WebPlan>,
}

#[derive(Serialize)]
struct WebPlan {
    /// [session, start offset, last day] per segment.
    segments: Vec<[u32; 3]>,
    /// [offset, day, session, kind (0 change, 1 session, 2 later), id, label, url, status, summary, description]
    /// with every text an index into `strings` (-1 for none).
    events: Vec<[i64; 10]>,
}

struct Strings<'a> {
    list: Vec<&'a str>,
    index: HashMap<&'a str, i64>,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> i64 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.list.len() as i64;
        self.list.push(s);
        self.index.insert(s, i);
        i
    }

    fn opt(&mut self, s: Option<&'a str>) -> i64 {
        s.map_or(-1, |s| self.id(s))
    }
}

fn web_plan<'a>(p: &'a Plan, strings: &mut Strings<'a>) -> WebPlan {
    WebPlan {
        segments: p.segments.iter().map(|s| [s.session, s.start, s.last_day]).collect(),
        events: p
            .events
            .iter()
            .map(|e| {
                let kind = match e.kind {
                    Kind::Change => 0,
                    Kind::Session => 1,
                    Kind::Later => 2,
                };
                [
                    i64::from(e.offset),
                    i64::from(e.day),
                    i64::from(e.session),
                    kind,
                    strings.id(&e.id),
                    strings.id(&e.label),
                    strings.opt(e.url.as_deref()),
                    strings.opt(e.status),
                    strings.id(&e.summary),
                    strings.id(&e.description),
                ]
            })
            .collect(),
    }
}

/// The JSON for the schedule page, safe inside `<script>`.
pub fn json(site: &Site, t: &Treatment, schedule: &Schedule) -> String {
    let sessions = t.settings.sessions.max(1);
    let plans: Vec<Plan> = (1..=sessions).map(|n| calendar::plan(site, t, schedule, n, sessions)).collect();
    let mut strings = Strings { list: Vec::new(), index: HashMap::new() };
    let web: Vec<WebPlan> = plans.iter().map(|p| web_plan(p, &mut strings)).collect();
    let statuses = Status::ALL
        .into_iter()
        .map(|s| {
            let v = super::view::status(site, s);
            (v.key, [v.label, v.icon])
        })
        .collect();
    let data = Data {
        title: &site.config.title,
        treatment: &t.id,
        prodid: calendar::PRODID,
        sessions,
        between: t.settings.days_between_sessions,
        last_day: schedule.last_day(),
        statuses,
        strings: strings.list,
        plans: web,
    };
    let json = serde_json::to_string(&data).expect("plain data");
    // `</script>` or `<!--` inside a string must not end or confuse the script element.
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
