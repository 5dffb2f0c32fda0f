//! Resolving the clinic protocol into days: boundaries fall on the right day, final-only
//! rules apply only after the final session, and milestones are found. Then the dated plan
//! across sessions (`calendar::plan`): the clock starts again at each session, and the
//! final session's own rules hold after it.

use std::path::Path;

use aftercare::calendar::{self, Kind};
use aftercare::content;
use aftercare::model::Status::{self, Allowed, NotYet, WithCare};
use aftercare::schedule::{self, Track};

fn example() -> aftercare::model::Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    content::load(root).map(|(site, _)| site).unwrap_or_else(|d| panic!("{:?}", d.sorted()))
}

fn status(site: &aftercare::model::Site, activity: &str, day: u32, track: Track) -> Status {
    let s = schedule::resolve(&site.treatments[0]);
    let i = site.treatments[0].activities.iter().position(|a| a.id == activity).unwrap();
    s.status(day, i, track).unwrap()
}

#[test]
fn one_day_per_page_from_the_session_day_to_the_last_restriction() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    assert_eq!(s.days.len(), 31);
    assert_eq!(s.days[0].day, 0);
    assert_eq!(s.last_day(), 30);
    assert!(s.days.iter().all(|d| d.entries.len() == site.treatments[0].activities.len()));
}

#[test]
fn phase_boundaries_are_inclusive_on_both_ends() {
    let site = example();
    // wet-head: 0-3 not yet, 4-9 with care, 10+ allowed.
    let expect = [(0, NotYet), (3, NotYet), (4, WithCare), (9, WithCare), (10, Allowed), (30, Allowed)];
    for (day, want) in expect {
        assert_eq!(status(&site, "wet-head", day, Track::Every), want, "wet-head on day {day}");
    }
}

#[test]
fn final_only_rules_apply_after_the_final_session_only() {
    let site = example();
    // sun: after every session, with care from day 14; after the final one, not until day 30.
    assert_eq!(status(&site, "sun", 13, Track::Every), NotYet);
    assert_eq!(status(&site, "sun", 14, Track::Every), WithCare);
    assert_eq!(status(&site, "sun", 14, Track::Final), NotYet);
    assert_eq!(status(&site, "sun", 29, Track::Final), NotYet);
    assert_eq!(status(&site, "sun", 30, Track::Final), WithCare);
    // Days without a final-only phase fall back to the ordinary rule.
    assert_eq!(status(&site, "sun", 3, Track::Final), NotYet);
    assert_eq!(status(&site, "swimming", 30, Track::Final), Allowed);

    let s = schedule::resolve(&site.treatments[0]);
    let sun = site.treatments[0].activities.iter().position(|a| a.id == "sun").unwrap();
    assert!(!s.days[13].entries[sun].final_differs());
    assert!(s.days[14].entries[sun].final_differs());
}

#[test]
fn from_day_finds_the_first_day_that_stays_allowed() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    let idx = |id: &str| site.treatments[0].activities.iter().position(|a| a.id == id).unwrap();
    assert_eq!(s.from_day(idx("razor-shave"), Track::Every, Allowed), Some(14));
    assert_eq!(s.from_day(idx("razor-shave"), Track::Every, WithCare), Some(10));
    assert_eq!(s.from_day(idx("swimming"), Track::Every, Allowed), Some(30));
    assert_eq!(s.from_day(idx("sun"), Track::Every, Allowed), None);
    assert_eq!(s.from_day(idx("sun"), Track::Final, WithCare), Some(30));
}

#[test]
fn changes_tomorrow_list_new_status_and_new_advice() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    let ids = |day: u32| -> Vec<String> {
        s.changes_on(day + 1, Track::Every)
            .iter()
            .map(|c| site.treatments[0].activities[c.activity].id.clone())
            .collect()
    };
    assert_eq!(ids(3), ["wet-head", "cleanser"]);
    // Moisturiser stays "with care" from day 9 to 10 but the advice changes.
    assert!(ids(9).contains(&"moisturiser".to_string()));
    assert!(ids(30).is_empty(), "nothing comes after the last day");
}

/// Replays a plan day by day: from each session's day 0, apply its change events. On every
/// day, what the plan says must be what the schedule says for that day of that session's
/// track; so no event can be missing, early, late, or from the wrong session.
fn replay_matches_schedule(site: &aftercare::model::Site, n: u32, of: u32) {
    let s = schedule::resolve(&site.treatments[0]);
    let plan = calendar::plan(site, &site.treatments[0], &s, n, of);
    let end = plan.segments.last().map(|g| g.start + g.last_day).unwrap();
    let mut state: Vec<Option<Status>> = Vec::new();
    for offset in 0..=end {
        let (session, day) = plan.day_at(offset);
        let track = if session == of { Track::Final } else { Track::Every };
        if day == 0 {
            state = (0..site.treatments[0].activities.len()).map(|a| s.status(0, a, track)).collect();
        }
        for e in plan.events.iter().filter(|e| e.offset == offset && e.kind == Kind::Change) {
            let a = site.treatments[0]
                .activities
                .iter()
                .position(|x| e.id.ends_with(&format!("-{}-{}", x.id, e.status.unwrap())))
                .unwrap();
            state[a] = Status::ALL.into_iter().find(|st| Some(st.key()) == e.status);
        }
        for (a, got) in state.iter().enumerate() {
            if let Some(want) = s.status(day, a, track) {
                assert_eq!(
                    *got,
                    Some(want),
                    "session {n} of {of}: offset {offset} (day {day} after session {session}), {}",
                    site.treatments[0].activities[a].id
                );
            }
        }
    }
}

#[test]
fn the_plan_of_every_session_number_agrees_with_the_schedule_on_every_day() {
    let site = example();
    for of in 1..=4 {
        for n in 1..=of {
            replay_matches_schedule(&site, n, of);
        }
    }
}

#[test]
fn session_1_of_3_never_allows_swimming_before_day_30_after_the_final_session() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    let plan = calendar::plan(&site, &site.treatments[0], &s, 1, 3);
    let final_start = plan.segments.last().unwrap().start;
    assert_eq!(final_start, 28);
    let swim: Vec<u32> = plan.events.iter().filter(|e| e.id.contains("-swimming-allowed")).map(|e| e.offset).collect();
    assert_eq!(swim, [final_start + 30], "swimming is allowed once, 30 days after the final session");
    // Nothing is allowed on the day of a later session: the clock starts again there.
    let on_session_days: Vec<&str> = plan
        .events
        .iter()
        .filter(|e| e.kind == Kind::Change && plan.segments.iter().any(|g| g.start == e.offset))
        .map(|e| e.id.as_str())
        .collect();
    assert!(on_session_days.is_empty(), "{on_session_days:?}");
    let hard: Vec<u32> =
        plan.events.iter().filter(|e| e.id.contains("-intense-exercise-allowed")).map(|e| e.offset).collect();
    assert!(!hard.is_empty(), "hard exercise is allowed at some point");
    assert!(hard.iter().all(|&o| o > final_start), "hard exercise only after the final session: {hard:?}");
    // Session events at 14 and 28.
    let sessions: Vec<(u32, &str)> =
        plan.events.iter().filter(|e| e.kind == Kind::Session).map(|e| (e.offset, e.id.as_str())).collect();
    assert_eq!(sessions, [(14, "session-2"), (28, "session-3")]);
}

#[test]
fn the_window_to_book_the_next_session_opens_and_says_until_when() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    let plan = calendar::plan(&site, &site.treatments[0], &s, 1, 2);
    let book: Vec<&calendar::Event> = plan.events.iter().filter(|e| e.id.contains("-next-session-do")).collect();
    assert_eq!(book.iter().map(|e| e.offset).collect::<Vec<_>>(), [7, 14 + 7]);
    assert!(book[0].description.contains("call us now to book it") && book[0].description.contains("Until day 13."));
    assert!(book[1].description.contains("nothing to book"), "after the final session: {}", book[1].description);
    assert_eq!(book[0].summary, "To do: Booking your next session");
}

#[test]
fn the_final_session_and_a_single_session_use_the_final_rules_and_later_milestones() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    for (n, of) in [(3, 3), (1, 1)] {
        let plan = calendar::plan(&site, &site.treatments[0], &s, n, of);
        assert_eq!(plan.segments.len(), 1);
        assert!(plan.events.iter().all(|e| e.kind != Kind::Session));
        let sun: Vec<u32> = plan.events.iter().filter(|e| e.id.contains("-sun-with-care")).map(|e| e.offset).collect();
        assert_eq!(sun, [30]);
        let later: Vec<u32> = plan.events.iter().filter(|e| e.kind == Kind::Later).map(|e| e.offset).collect();
        assert_eq!(later, [1461]);
    }
    // Later milestones only after the final session.
    let plan = calendar::plan(&site, &site.treatments[0], &s, 1, 3);
    assert_eq!(plan.events.iter().filter(|e| e.kind == Kind::Later).map(|e| e.offset).collect::<Vec<_>>(), [28 + 1461]);
}

#[test]
fn dated_plans_cross_year_ends_and_leap_days() {
    let site = example();
    let s = schedule::resolve(&site.treatments[0]);
    let date = |t: &str| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap();
    // Session 1 on 15 February 2028: session 2 falls on the leap day.
    let plan = calendar::plan(&site, &site.treatments[0], &s, 1, 3);
    let d = calendar::dated(&site, &site.treatments[0], &s, &plan, date("2028-02-15"));
    assert_eq!(d.sessions[0].date, "Tuesday, 29 February 2028");
    assert_eq!(d.sessions[1].date, "Tuesday, 14 March 2028");
    // Session 2 of 3 on 20 December 2026: the final session on 3 January 2027.
    let plan = calendar::plan(&site, &site.treatments[0], &s, 2, 3);
    let d = calendar::dated(&site, &site.treatments[0], &s, &plan, date("2026-12-20"));
    assert_eq!(d.sessions.iter().map(|x| x.date.as_str()).collect::<Vec<_>>(), ["Sunday, 3 January 2027"]);
    let swim = d.groups.iter().find(|g| g.items.iter().any(|e| e.id.contains("-swimming-allowed"))).unwrap();
    assert_eq!((swim.date.as_str(), swim.session, swim.day), ("Tuesday, 2 February 2027", 3, 30));
    // The rows of the patient's own days stop the day before the next session.
    assert_eq!(d.rows.last().unwrap().label, "Days 11 to 13");
}
