//! View models: the data each template receives, built from the validated site and the
//! resolved schedule. Templates only lay these out; any wording that depends on the data
//! ("from day 4", "not stated") is decided here, once, so every page says it the same way.
//!
//! Paths in view models are relative to the output root; templates prefix them with `root`.

use serde::Serialize;

use crate::compare;
use crate::markdown;
use crate::messages::{Arg, Messages};
use crate::model::{Activity, Guide, Phase, Recommendation, Review, SessionScope, Site, Stage, Status, Treatment};
use crate::schedule::{Schedule, Track};
use crate::urls;

#[derive(Serialize, Clone, Copy)]
pub struct StatusView<'a> {
    pub key: &'static str,
    /// The site's word for it (`status_labels` in site.yaml), or the built-in one.
    pub label: &'a str,
    /// A symbol beside the word, so status never rests on colour alone.
    pub icon: &'static str,
}

pub fn status(site: &Site, s: Status) -> StatusView<'_> {
    let icon = match s {
        Status::Do => "☐",
        Status::Never => "⊘",
        Status::NotYet => "✕",
        Status::WithCare => "!",
        Status::Allowed => "✓",
    };
    StatusView { key: s.key(), label: site.status_label(s), icon }
}

#[derive(Serialize)]
pub struct ActivityRef<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub short_label: &'a str,
    pub question: &'a str,
    pub url: String,
}

impl<'a> ActivityRef<'a> {
    pub fn new(t: &Treatment, a: &'a Activity) -> Self {
        ActivityRef {
            id: &a.id,
            label: &a.label,
            short_label: a.short(),
            question: &a.question,
            url: urls::activity(&t.prefix, &a.id),
        }
    }
}

#[derive(Serialize)]
pub struct GuideRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub short_title: &'a str,
    pub url: String,
}

impl<'a> GuideRef<'a> {
    pub fn new(t: &Treatment, g: &'a Guide) -> Self {
        GuideRef { id: &g.id, title: &g.title, short_title: &g.short_title, url: urls::guide(&t.prefix, &g.id) }
    }
}

pub fn cites<'a>(t: &'a Treatment, ids: &'a [String]) -> Vec<GuideRef<'a>> {
    ids.iter().filter_map(|id| t.guide(id)).map(|g| GuideRef::new(t, g)).collect()
}

#[derive(Serialize)]
pub struct PhaseView<'a> {
    pub days: String,
    pub status: StatusView<'a>,
    pub say: &'a str,
    pub cites: Vec<GuideRef<'a>>,
    /// The advice in one short line, when the clinic gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short: Option<&'a str>,
    /// The step named as an action, when the clinic gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub todo: Option<&'a str>,
    /// A picture of how to do it, if the clinic gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageView<'a>>,
}

pub fn phase<'a>(site: &'a Site, t: &'a Treatment, p: &'a Phase) -> PhaseView<'a> {
    PhaseView {
        days: site.words.days_label(p.days.start, p.days.end, t.last_day()),
        status: status(site, p.status),
        say: &p.say,
        cites: cites(t, &p.cites),
        short: p.short.as_deref(),
        todo: p.todo.as_deref(),
        image: p.image.as_ref().map(image),
    }
}

#[derive(Serialize)]
pub struct StageView<'a> {
    pub name: &'a str,
    pub days: String,
    /// What the stage looks and feels like, under the clinic's own headings, in the order
    /// of `sections` in timeline.yaml.
    pub sections: Vec<SectionText<'a>>,
    /// The first day page of the stage.
    pub url: String,
    pub cites: Vec<GuideRef<'a>>,
    /// A picture of normal healing in this stage, if the clinic gave one.
    pub image: Option<ImageView<'a>>,
}

/// A clinic's picture: `url` from the output root (`images/x.jpg`; pages put `top` before
/// it), and its words.
#[derive(Serialize)]
pub struct ImageView<'a> {
    pub url: String,
    pub alt: &'a str,
}

pub fn image(i: &crate::model::Image) -> ImageView<'_> {
    ImageView { url: format!("{}/{}", crate::model::IMAGES_OUT, i.src), alt: &i.alt }
}

pub fn stage<'a>(site: &Site, t: &'a Treatment, s: &'a Stage) -> StageView<'a> {
    StageView {
        name: &s.name,
        days: site.words.days_label(s.days.start, s.days.end, t.last_day()),
        sections: t
            .timeline
            .sections
            .iter()
            .filter_map(|sec| s.about.get(&sec.id).map(|text| SectionText { title: &sec.title, text }))
            .collect(),
        url: urls::day(&t.prefix, s.days.start),
        cites: cites(t, &s.cites),
        image: s.image.as_ref().map(image),
    }
}

#[derive(Serialize)]
pub struct SectionText<'a> {
    pub title: &'a str,
    pub text: &'a str,
}

/// The clinic's answer for one activity, in a sentence: "Allowed from day 14 (with care from day 4)."
#[derive(Serialize)]
pub struct Answer {
    pub allowed_from: Option<u32>,
    pub with_care_from: Option<u32>,
    pub final_allowed_from: Option<u32>,
    pub final_with_care_from: Option<u32>,
    pub text: String,
    pub final_text: Option<String>,
    /// The advice changes after the final session, and is not an action: the answer after
    /// the final session leads (it is the one for a patient with a single session, and the
    /// one every course ends with), and the ordinary session's is for between sessions.
    /// An action (booking the next session) is for the sessions to come first.
    pub final_first: bool,
}

impl Answer {
    /// The clinic's days for a guide's number of the same scope: a final-session-only
    /// number is set against the answer after the final session, never the ordinary one.
    pub fn days(&self, scope: SessionScope) -> compare::Days {
        match scope {
            SessionScope::Every => compare::Days::new(self.with_care_from, self.allowed_from),
            SessionScope::Final => compare::Days::new(self.final_with_care_from, self.final_allowed_from),
        }
    }
}

pub fn answer(site: &Site, schedule: &Schedule, activity: usize) -> Answer {
    let of = |track| {
        let allowed = schedule.from_day(activity, track, Status::Allowed);
        let care = schedule.from_day(activity, track, Status::WithCare).filter(|c| Some(*c) != allowed);
        (allowed, care, answer_text(&site.words, schedule, activity, track, allowed, care))
    };
    let (allowed_from, with_care_from, mut text) = of(Track::Every);
    let (fa, fc, ftext) = of(Track::Final);
    let differs = ftext != text;
    // With care for good after an ordinary session, but another rule after the final one:
    // the ordinary answer says only its day, not "always", which is the final answer's.
    if let (true, None, Some(c)) = (differs, allowed_from, with_care_from) {
        text = site.words.get("answer-care-from", &[("care", c.into())]);
    }
    Answer {
        allowed_from,
        with_care_from,
        final_allowed_from: fa,
        final_with_care_from: fc,
        text,
        final_text: differs.then_some(ftext),
        final_first: !schedule.rules[activity].is_action()
            && schedule.days.iter().any(|d| d.entries[activity].final_differs()),
    }
}

fn answer_text(
    w: &Messages,
    schedule: &Schedule,
    activity: usize,
    track: Track,
    allowed: Option<u32>,
    care: Option<u32>,
) -> String {
    let last = schedule.last_day();
    let statuses: Vec<Option<Status>> = schedule.days.iter().map(|d| d.entries[activity].status(track)).collect();
    // An action (`do`) is answered with the days it applies; "never" with the day it starts.
    if statuses.iter().all(|s| matches!(s, None | Some(Status::Do))) {
        let windows = runs(&statuses, |s| s == Some(Status::Do));
        let parts: Vec<String> = windows.iter().map(|&(a, b)| w.days_label(a, Some(b), last)).collect();
        return w.get("answer-days", &[("days", Arg::Str(&parts.join(", ")))]);
    }
    if let Some(n) = statuses.iter().position(|s| *s == Some(Status::Never)) {
        return match n {
            0 => w.get("answer-never", &[]),
            n => w.get("answer-never-from", &[("day", (n as u32).into())]),
        };
    }
    match (allowed, care) {
        (Some(0), _) => w.get("answer-allowed-day-0", &[]),
        (Some(a), Some(c)) => w.get("answer-care-then-allowed", &[("care", c.into()), ("allowed", a.into())]),
        (Some(a), None) => w.get("answer-allowed", &[("allowed", a.into())]),
        (None, Some(c)) => w.get("answer-care-only", &[("care", c.into())]),
        (None, None) => w.get("answer-not-during", &[]),
    }
}

/// The runs of consecutive days where `hit` holds, as (first, last) day.
fn runs(statuses: &[Option<Status>], hit: impl Fn(Option<Status>) -> bool) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for (d, s) in statuses.iter().enumerate() {
        if hit(*s) {
            match out.last_mut() {
                Some((_, end)) if *end + 1 == d as u32 => *end = d as u32,
                _ => out.push((d as u32, d as u32)),
            }
        }
    }
    out
}

/// How one guide's recommendation is written in tables.
#[derive(Serialize)]
pub struct RecView<'a> {
    pub activity: ActivityRef<'a>,
    pub guide: GuideRef<'a>,
    /// "From day 4", "With care from day 3", or the vague words.
    pub when: String,
    pub allowed_from: Option<u32>,
    pub with_care_from: Option<u32>,
    pub vague: Option<&'a str>,
    /// True when the guide gives no day number at all.
    pub is_vague: bool,
    pub final_only: bool,
    pub condition: Option<&'a str>,
    pub says: &'a str,
    pub shifted: Option<&'a str>,
}

pub fn rec<'a>(w: &Messages, t: &'a Treatment, guide: &'a Guide, r: &'a Recommendation) -> RecView<'a> {
    let activity = t.activity(&r.activity).expect("validated activity");
    RecView {
        activity: ActivityRef::new(t, activity),
        guide: GuideRef::new(t, guide),
        when: rec_when(w, r),
        allowed_from: r.allowed_from,
        with_care_from: r.with_care_from,
        vague: r.vague.as_deref(),
        is_vague: r.allowed_from.is_none() && r.with_care_from.is_none(),
        final_only: r.session == SessionScope::Final,
        condition: r.condition.as_deref(),
        says: &r.says,
        shifted: r.shifted.as_deref(),
    }
}

/// "From day 4", "With care from day 3", or the vague words, capitalised.
pub fn rec_when(w: &Messages, r: &Recommendation) -> String {
    let mut parts = Vec::new();
    if let Some(c) = r.with_care_from {
        parts.push(w.get("rec-with-care-from", &[("day", c.into())]));
    }
    if let Some(a) = r.allowed_from {
        parts.push(w.get("rec-from", &[("day", a.into())]));
    }
    let mut s = parts.join(", ");
    if let Some(v) = &r.vague {
        if s.is_empty() {
            s = w.get("rec-no-day", &[("words", v.into())]);
        } else {
            s = w.get("rec-with-words", &[("when", Arg::Str(&s)), ("words", v.into())]);
        }
    }
    let mut chars = s.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    first + chars.as_str()
}

/// One cell of the comparison table.
#[derive(Serialize)]
pub struct Cell<'a> {
    pub guide: GuideRef<'a>,
    /// `day`, `care` (only a with-care day), `vague` or `none`.
    pub kind: &'static str,
    pub text: String,
    pub detail: Option<String>,
    pub final_text: Option<String>,
    /// Fragment on the guide page for this activity's row.
    pub url: String,
}

pub fn cell<'a>(w: &Messages, t: &Treatment, guide: &'a Guide, activity: &str) -> Cell<'a> {
    let every = guide.recommendations.iter().find(|r| r.activity == activity && r.session == SessionScope::Every);
    let last = guide.recommendations.iter().find(|r| r.activity == activity && r.session == SessionScope::Final);
    let url = format!("{}#{activity}", urls::guide(&t.prefix, &guide.id));
    let final_text = last.map(|r| w.get("cell-final", &[("when", Arg::Str(&lower_first(&rec_when(w, r))))]));
    let (kind, text, detail) = match every {
        Some(r) => match (r.allowed_from, r.with_care_from) {
            (Some(a), care) => (
                "day",
                w.get("cell-day", &[("day", a.into())]),
                care.map(|c| w.get("cell-care-detail", &[("day", c.into())])),
            ),
            (None, Some(c)) => (
                "care",
                w.get("cell-with-care-from", &[("day", c.into())]),
                r.vague.as_ref().map(|v| w.get("cell-then", &[("words", v.into())])),
            ),
            (None, None) => (
                "vague",
                w.get("cell-vague", &[]),
                r.vague.as_ref().map(|v| w.get("cell-quoted", &[("words", v.into())])),
            ),
        },
        None if last.is_some() => ("none", w.get("cell-not-stated", &[]), Some(w.get("cell-ordinary-only", &[]))),
        None => ("none", w.get("cell-not-stated", &[]), None),
    };
    Cell { guide: GuideRef::new(t, guide), kind, text, detail, final_text, url }
}

use crate::wording::lower_first;

/// Whether guides give different days for an activity, and the spread, in words: both
/// thresholds (with care, without limits), every-session and final-session numbers apart
/// ([`compare::spread`]). The comparison page and the activity pages both use this.
pub fn disagreement(w: &Messages, t: &Treatment, activity: &str) -> Option<String> {
    let recs = || t.guides.iter().flat_map(|g| g.recommendations.iter()).filter(|r| r.activity == activity);
    let words = |s: compare::Spread| {
        let range =
            |id: &str, r: Option<(u32, u32)>| r.map(|(lo, hi)| w.get(id, &[("low", lo.into()), ("high", hi.into())]));
        // Without a with-care stage in any guide both spreads are the same: said once.
        if s.care == s.full {
            return range("disagree-days", s.full).unwrap_or_default();
        }
        let parts: Vec<String> =
            [range("disagree-care", s.care), range("disagree-full", s.full)].into_iter().flatten().collect();
        parts.join(&w.get("list-separator", &[]))
    };
    let every = compare::spread(recs(), SessionScope::Every);
    let last = compare::spread(recs(), SessionScope::Final);
    let parts: Vec<String> = [
        every.any().then(|| w.get("disagree-every", &[("spread", Arg::Str(&words(every)))])),
        last.any().then(|| w.get("disagree-final", &[("spread", Arg::Str(&words(last)))])),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(&w.get("list-separator-strong", &[])))
}

/// Markdown of treatment `t` (an index into `site.treatments`), or shared text (`None`).
pub fn markdown_html(site: &Site, t: Option<usize>, text: &str, root: &str) -> String {
    fallback_marked(site, text, markdown::to_html(site, t, text, root))
}

/// As [`markdown_html`], on the page at `here`: links to the page itself are left out
/// (their words stay), so no page links to itself.
pub fn markdown_html_on(site: &Site, t: Option<usize>, text: &str, root: &str, here: &str) -> String {
    fallback_marked(site, text, markdown::to_html_on(site, t, text, root, here))
}

fn fallback_marked(site: &Site, text: &str, html: String) -> String {
    // Words a translation left in the default language are marked so (see `LangFilter`).
    match site.lang.fallback() {
        Some(d) if site.fallback_texts.contains(text) => format!("<div{}>{html}</div>", d.attrs()),
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_naturally() {
        let st = |v: &[Option<Status>]| runs(v, |s| s == Some(Status::Do));
        assert_eq!(st(&[None, Some(Status::Do), Some(Status::Do), None, Some(Status::Do)]), vec![(1, 2), (4, 4)]);
    }
}

/// "Page last reviewed" and "Next review due", as the page's language writes dates.
#[derive(Serialize, Clone)]
pub struct ReviewLine {
    pub date: String,
    pub next: String,
    /// The sentences of the page's footer, from the catalogue: "Page last reviewed: …".
    pub reviewed: String,
    pub next_due: String,
}

/// The review a page made from these files can claim ([`Review::combined`]).
pub fn review_line<'a>(site: &Site, reviews: impl IntoIterator<Item = Option<&'a Review>>) -> Option<ReviewLine> {
    let (date, next) = Review::combined(reviews)?;
    Some(review_of(site, date, next))
}

/// The line of a review dated `date`, next due `next`.
pub fn review_of(site: &Site, date: chrono::NaiveDate, next: chrono::NaiveDate) -> ReviewLine {
    let (date, next) = (site.words.medium_date(date), site.words.medium_date(next));
    let w = &site.words;
    ReviewLine {
        reviewed: w.get("page-reviewed", &[("date", Arg::Str(&date))]),
        next_due: w.get("page-next-review", &[("date", Arg::Str(&next))]),
        date,
        next,
    }
}

/// The line a printed handout carries at its foot, safe inside a CSS string: which
/// version of the content it was printed from, and its review dates.
pub fn handout_line(site: &Site, t: &Treatment) -> String {
    let version = crate::content::translate::fingerprint(t);
    let w = &site.words;
    let line = match review_line(site, t.reviewed_files().into_iter().map(|(_, r)| r)) {
        Some(r) => w.get(
            "handout-version-reviewed",
            &[("version", Arg::Str(&version)), ("date", Arg::Str(&r.date)), ("next", Arg::Str(&r.next))],
        ),
        None => w.get("handout-version", &[("version", Arg::Str(&version))]),
    };
    crate::model::css_text(&line)
}
