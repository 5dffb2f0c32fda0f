//! Resolving the clinic protocol into days: boundaries fall on the right day, final-only
//! rules apply only after the final session, and milestones are found.

use std::path::Path;

use aftercare::content;
use aftercare::model::Status::{self, Allowed, NotYet, WithCare};
use aftercare::schedule::{self, Track};

fn example() -> aftercare::model::Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    content::load(root).map(|(site, _)| site).unwrap_or_else(|d| panic!("{:?}", d.sorted()))
}

fn status(site: &aftercare::model::Site, activity: &str, day: u32, track: Track) -> Status {
    let s = schedule::resolve(site);
    let i = site.activities.iter().position(|a| a.id == activity).unwrap();
    s.status(day, i, track)
}

#[test]
fn one_day_per_page_from_the_session_day_to_the_last_restriction() {
    let site = example();
    let s = schedule::resolve(&site);
    assert_eq!(s.days.len(), 31);
    assert_eq!(s.days[0].day, 0);
    assert_eq!(s.last_day(), 30);
    assert!(s.days.iter().all(|d| d.entries.len() == site.activities.len()));
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

    let s = schedule::resolve(&site);
    let sun = site.activities.iter().position(|a| a.id == "sun").unwrap();
    assert!(!s.days[13].entries[sun].final_differs());
    assert!(s.days[14].entries[sun].final_differs());
}

#[test]
fn from_day_finds_the_first_day_that_stays_allowed() {
    let site = example();
    let s = schedule::resolve(&site);
    let idx = |id: &str| site.activities.iter().position(|a| a.id == id).unwrap();
    assert_eq!(s.from_day(idx("razor-shave"), Track::Every, Allowed), Some(14));
    assert_eq!(s.from_day(idx("razor-shave"), Track::Every, WithCare), Some(10));
    assert_eq!(s.from_day(idx("swimming"), Track::Every, Allowed), Some(30));
    assert_eq!(s.from_day(idx("sun"), Track::Every, Allowed), None);
    assert_eq!(s.from_day(idx("sun"), Track::Final, WithCare), Some(30));
}

#[test]
fn changes_tomorrow_list_new_status_and_new_advice() {
    let site = example();
    let s = schedule::resolve(&site);
    let ids = |day| -> Vec<String> {
        s.changes_after(day, Track::Every).iter().map(|(a, _, _)| site.activities[*a].id.clone()).collect()
    };
    assert_eq!(ids(3), ["wet-head", "cleanser"]);
    // Moisturiser stays "with care" from day 6 to 7 but the advice changes.
    assert!(ids(6).contains(&"moisturiser".to_string()));
    assert!(ids(30).is_empty(), "nothing comes after the last day");
}
