//! The comparison page's picture of one activity: the clinic's days and each guide's on one
//! day axis, as numbers for an inline SVG (`templates/compare.html` draws it). One lane per
//! side that gives a day; a dashed stretch from the first day with care, a solid one from
//! the first day without limits (so the two differ by line and marker, not colour alone),
//! and the clinic's lane thicker and labelled. Final-session-only numbers get a group of
//! their own under the clinic's answer after the final session, never beside the ordinary one.
//!
//! The picture is 320 px wide and is drawn at that size (CSS only narrows it below 352 px
//! screens), so its 16 px text is 16 px on a phone.

use serde::Serialize;

use super::view::Answer;
use crate::compare::Days;
use crate::messages::Messages;
use crate::model::{Recommendation, SessionScope, Treatment};

/// The width of every chart (`.cmp-chart` in style.css).
const WIDTH: u32 = 320;
/// Where the axis starts: the lane labels are to its left.
const AXIS_X: f32 = 80.0;
const END_PAD: f32 = 12.0;
const ROW: u32 = 18;
/// Lanes the axis draws lines for: the clinic's twice, a final-session title and every
/// guide twice fit in the example's 5 guides; more lanes than this just have no line.
const MAX_LANES: u32 = 14;
/// The height of the row of day numbers (one for the page, kept in view while scrolling).
const AXIS_ROW: u32 = 20;
/// Above the first lane of a chart.
const TOP: u32 = 2;

#[derive(Serialize)]
pub struct Chart {
    pub height: u32,
    /// Path data (`d`), one path per kind of line or mark, to keep the page light (17 charts
    /// on a page within its byte budget). A stretch with care is dashed and starts at a
    /// square; one without limits is solid and starts at a round dot (both drawn as the caps
    /// of a zero-length line); the clinic's are thicker and in the accent colour. The day
    /// numbers, week lines and lane lines are one [`Axis`] the page draws in each chart.
    pub care: String,
    pub full: String,
    pub care_marks: String,
    pub full_marks: String,
    pub ours_care: String,
    pub ours_full: String,
    pub ours_care_marks: String,
    pub ours_full_marks: String,
    pub labels: Vec<Label>,
}

#[derive(Serialize)]
pub struct Label {
    pub x: u32,
    pub y: u32,
    pub text: String,
    /// `ours` (the clinic's lane), `h` (a group title), `n` (a day number, centred) or empty.
    pub class: &'static str,
}

/// The last day on every chart of a treatment, so all rows share one scale.
pub fn axis_end(t: &Treatment) -> u32 {
    let guides = t.guides.iter().flat_map(|g| &g.recommendations).flat_map(|r| [r.with_care_from, r.allowed_from]);
    guides.flatten().chain([t.last_day()]).max().unwrap_or(1).max(1)
}

/// One guide's recommendation for the activity, with the guide's number in the key.
pub struct Given<'a> {
    pub number: usize,
    pub rec: &'a Recommendation,
}

#[derive(Default)]
struct Lines {
    /// With care, without limits; each a stretch and its start marks.
    guides: [(String, String); 2],
    ours: [(String, String); 2],
}

impl Lines {
    fn lane(&mut self, y: u32, ours: bool, days: Days, x: impl Fn(u32) -> u32, end: u32) {
        use std::fmt::Write as _;
        let paths = if ours { &mut self.ours } else { &mut self.guides };
        let care = days.care.filter(|c| Some(*c) != days.full).map(|c| (c, days.full.unwrap_or(end)));
        let full = days.full.map(|f| (f, end));
        for ((line, marks), stretch) in paths.iter_mut().zip([care, full]) {
            if let Some((from, to)) = stretch {
                let _ = write!(line, "M{} {y}H{}", x(from), x(to));
                let _ = write!(marks, "M{} {y}h0", x(from));
            }
        }
    }
}

/// Where day `d` is on an axis that ends at day `end`. Whole pixels: the picture is drawn
/// at its own size, and fractions only add bytes.
fn x_of(d: u32, end: u32) -> u32 {
    (AXIS_X + d.min(end) as f32 * (WIDTH as f32 - AXIS_X - END_PAD) / end as f32).round() as u32
}

/// The day numbers, once at the top of the list of charts (kept in view while scrolling),
/// and the week and lane lines each chart draws: the same for every activity of a
/// treatment, so the page defines them once.
#[derive(Serialize)]
pub struct Axis {
    /// Week lines and lane lines, long enough for the tallest chart (each chart's own
    /// height cuts them).
    pub lines: String,
    pub labels: Vec<Label>,
    pub height: u32,
}

pub fn axis(w: &Messages, end: u32) -> Axis {
    use std::fmt::Write as _;
    // A line every week (every two weeks and more on long axes).
    let step = 7 * end.div_ceil(35);
    let mut lines = String::new();
    let mut labels = vec![Label { x: 0, y: AXIS_ROW - 4, text: w.get("cmp-axis-day", &[]), class: "" }];
    for d in (0..=end).step_by(step as usize) {
        let x = x_of(d, end);
        let _ = write!(lines, "M{x} 0V1000");
        labels.push(Label { x, y: AXIS_ROW - 4, text: d.to_string(), class: "n" });
    }
    // A faint line for each lane, as many as the tallest chart can have.
    for lane in 0..MAX_LANES {
        let _ = write!(lines, "M{} {}H{}", x_of(0, end), TOP + ROW / 2 + lane * ROW, x_of(end, end));
    }
    Axis { lines, labels, height: AXIS_ROW }
}

/// The picture of one activity. Its accessible name is the table of the same days in
/// words beside it (the template points to it), so the two cannot say different things.
pub fn chart(w: &Messages, clinic: &Answer, given: &[Given], end: u32) -> Chart {
    let x = |d: u32| x_of(d, end);
    let ours_label = w.get("cmp-lane-ours", &[]);
    let mut lines = Lines::default();
    let mut labels = Vec::new();
    let mut y = TOP + ROW / 2;
    for scope in [SessionScope::Every, SessionScope::Final] {
        if scope == SessionScope::Final {
            if !given.iter().any(|g| g.rec.session == scope) {
                break;
            }
            labels.push(Label { x: 0, y: y + 5, text: w.get("cmp-chart-final", &[]), class: "h" });
            y += ROW;
        }
        labels.push(Label { x: 0, y: y + 5, text: ours_label.clone(), class: "ours" });
        lines.lane(y, true, clinic.days(scope), x, end);
        y += ROW;
        for g in given.iter().filter(|g| g.rec.session == scope && Days::of(g.rec) != Days::default()) {
            labels.push(Label { x: 0, y: y + 5, text: g.number.to_string(), class: "" });
            lines.lane(y, false, Days::of(g.rec), x, end);
            y += ROW;
        }
    }
    let [(care, care_marks), (full, full_marks)] = lines.guides;
    let [(ours_care, ours_care_marks), (ours_full, ours_full_marks)] = lines.ours;
    Chart {
        height: y - ROW / 2 + TOP,
        care,
        full,
        care_marks,
        full_marks,
        ours_care,
        ours_full,
        ours_care_marks,
        ours_full_marks,
        labels,
    }
}
