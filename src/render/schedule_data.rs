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
    /// The clinic's call line, which ends most calendar descriptions: written once here,
    /// not in every description (it made the page's data a third bigger).
    call: String,
    /// The script's words from the message catalogue, `{placeholder}`s left for it to fill.
    words: std::collections::BTreeMap<String, String>,
    /// `plans[n - 1]`: the plan of session n.
    plans: Vec<WebPlan>,
}

#[derive(Serialize)]
struct WebPlan {
    /// [session, start offset, last day] per segment.
    segments: Vec<[u32; 3]>,
    /// [offset, day, session, kind (0 change, 1 session, 2 later), id, label, url, status, summary,
    /// description, 1 when the description goes on with a line break and `call`], with every
    /// text an index into `strings` (-1 for none).
    events: Vec<[i64; 11]>,
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

fn web_plan<'a>(p: &'a Plan, strings: &mut Strings<'a>, call: &str) -> WebPlan {
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
                let ending = format!("\n{call}");
                let (description, calls) = match e.description.strip_suffix(ending.as_str()) {
                    Some(rest) => (rest, 1),
                    None => (e.description.as_str(), 0),
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
                    strings.id(description),
                    calls,
                ]
            })
            .collect(),
    }
}

/// The messages `theme/schedule.js` uses, with the names of their placeholders.
const SCRIPT_WORDS: &[(&str, &[&str])] = &[
    ("js-session-in-one-day", &["n"]),
    ("js-session-in-days", &["n"]),
    ("js-today-is-day", &["day"]),
    ("js-today-is-day-after", &["day", "session"]),
    ("js-session-was-on", &["date"]),
    ("js-session-is-on", &["date"]),
    ("js-open-day", &["day"]),
    ("js-how-to-prepare", &[]),
    ("js-pages-end", &["day"]),
    ("js-next-sessions", &[]),
    ("js-next-session", &["n", "of", "date", "between"]),
    ("js-changes", &[]),
    ("js-group", &["date", "day"]),
    ("js-group-after", &["date", "day", "session"]),
    ("js-starts-again", &[]),
    ("js-download", &[]),
    ("js-download-help", &[]),
    ("js-bad-date", &[]),
];

/// [`SCRIPT_WORDS`], each placeholder written `{name}`. No weekday or month names: the
/// script writes dates and numbers with the browser's `Intl` for the page's `lang`, from
/// the same CLDR data as the program's own dates (ICU4X).
fn script_words(w: &crate::messages::Messages) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for (id, names) in SCRIPT_WORDS {
        let marks: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
        let args: Vec<(&str, crate::messages::Arg)> =
            names.iter().zip(&marks).map(|(n, m)| (*n, crate::messages::Arg::Str(m))).collect();
        out.insert(id.to_string(), w.get(id, &args));
    }
    out
}

/// The JSON for the schedule page, safe inside `<script>`.
pub fn json(site: &Site, t: &Treatment, schedule: &Schedule) -> String {
    let sessions = t.settings.sessions.max(1);
    let plans: Vec<Plan> = (1..=sessions).map(|n| calendar::plan(site, t, schedule, n, sessions)).collect();
    let mut strings = Strings { list: Vec::new(), index: HashMap::new() };
    let call = site.words.call_line(&site.config.clinic.name, &site.config.clinic.phone);
    let web: Vec<WebPlan> = plans.iter().map(|p| web_plan(p, &mut strings, &call)).collect();
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
        call,
        words: script_words(&site.words),
        plans: web,
    };
    let json = serde_json::to_string(&data).expect("plain data");
    // `</script>` or `<!--` inside a string must not end or confuse the script element.
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
