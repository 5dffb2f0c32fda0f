//! A second site of the project's own, nothing like the shipped SMP example: a tattoo
//! studio with two treatments (a new tattoo, day pages to 21; laser tattoo removal, six
//! sessions, day pages to 42), in its own words (tests/fixtures/studio). It proves the
//! program writes no procedure words of its own, that a site holds several treatments,
//! and that every status, the first hours and the later milestones come through.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{aftercare, copy, files, read, stderr, stdout, text};

/// Words of the SMP example that no other clinic's site may get from the program.
const SMP_WORDS: [&str; 5] = ["scalp", "smp", "shave", "hair", "pigment"];

fn studio() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(&common::repo().join("tests/fixtures/studio"), dir.path());
    dir
}

fn build(dir: &Path) -> PathBuf {
    let o = aftercare(dir, &["build"]);
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "no warnings expected:\n{}", stderr(&o));
    dir.join("public")
}

/// Every word of `SMP_WORDS` found in the files under `dir`, with the file.
fn smp_words(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for f in files(dir) {
        let Ok(body) = fs::read_to_string(dir.join(&f)) else { continue };
        let lower = body.to_lowercase();
        for w in SMP_WORDS {
            if lower.contains(w) {
                found.push(format!("{f}: {w}"));
            }
        }
    }
    found
}

#[test]
fn the_program_adds_no_procedure_words_of_its_own() {
    let site = studio();
    // The fixture's own files never use them, so any in the output came from the program
    // (templates, theme, the Rust code).
    assert_eq!(smp_words(site.path()), Vec::<String>::new(), "the fixture itself must not use SMP words");
    let public = build(site.path());
    assert_eq!(smp_words(&public), Vec::<String>::new());
    // The same for a patient's dated handout, text and calendar file.
    for (t, session) in [("tattoo", "1"), ("laser-removal", "2")] {
        let o = aftercare(
            site.path(),
            &["schedule", "--treatment", t, "--date", "2026-03-02", "--session", session, "--text", "--out", "dated"],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let lower = stdout(&o).to_lowercase();
        assert!(SMP_WORDS.iter().all(|w| !lower.contains(w)), "{lower}");
    }
    assert_eq!(smp_words(&site.path().join("dated")), Vec::<String>::new());
}

#[test]
fn two_treatments_each_get_their_own_pages_and_share_the_articles() {
    let site = studio();
    let public = build(site.path());
    let all = files(&public);
    // Day pages to each treatment's own last day.
    assert!(all.contains(&"tattoo/days/21.html".to_string()) && !all.contains(&"tattoo/days/22.html".to_string()));
    assert!(all.contains(&"laser-removal/days/42.html".to_string()));
    assert!(!all.contains(&"laser-removal/days/43.html".to_string()));
    for t in ["tattoo", "laser-removal"] {
        for page in ["index.html", "days/index.html", "compare.html", "schedule.html", "handouts/at-a-glance.html"] {
            assert!(all.contains(&format!("{t}/{page}")), "{t}/{page} is missing");
        }
    }
    // Articles once, at the root; no day pages at the root.
    assert!(all.contains(&"articles/aftercare-basics.html".to_string()));
    assert!(!all.iter().any(|f| f.starts_with("days/")));
    // The home page lets the patient pick; each treatment's pages link within it.
    let home = read(&public, "index.html");
    assert!(home.contains("href=\"tattoo/index.html\"") && home.contains("href=\"laser-removal/index.html\""));
    let day = read(&public, "tattoo/days/3.html");
    assert!(day.contains("href=\"../../articles/index.html\""), "the menu links the shared articles");
    assert!(day.contains("href=\"../../tattoo/index.html\""), "the menu's home is the treatment's home");
    assert!(!day.contains("laser-removal/"), "a tattoo page never mixes in the other treatment");
    let checked = common::check_links(&public);
    assert!(checked > 1000, "only {checked} links checked");
    // The export has both.
    let data: serde_json::Value = serde_json::from_str(&read(&public, "recommendations.json")).unwrap();
    let ids: Vec<&str> = data["treatments"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["laser-removal", "tattoo"]);
}

#[test]
fn statuses_first_hours_windows_and_later_milestones_come_through() {
    let site = studio();
    let public = build(site.path());
    // The clinic renamed "Not yet" to "Wait".
    let day0 = text(&read(&public, "tattoo/days/0.html"));
    assert!(day0.contains("Wait") && !day0.contains("Not yet"), "{day0}");
    // The first hours lead the day's to-dos.
    let todo = day0.find("What to do today").expect("the to-do list");
    assert!(day0[todo..].contains("Hours 0 to 4"), "{day0}");
    assert!(day0.contains("Not advised"), "never shows as Not advised: {day0}");
    // Sections under the clinic's own headings.
    assert!(day0.contains("Your skin") && day0.contains("The ink"), "{day0}");
    // Every status is used somewhere and shows its label.
    let mut seen = std::collections::BTreeSet::new();
    for f in files(&public).iter().filter(|f| f.contains("/days/")) {
        let html = read(&public, f);
        for key in ["do", "not-yet", "with-care", "allowed", "never"] {
            if html.contains(&format!("class=\"badge s-{key}\""))
                || html.contains(&format!("class=\"group-h s-{key}\""))
            {
                seen.insert(key);
            }
        }
    }
    assert_eq!(seen.len(), 5, "{seen:?}");
    // A booking window with an end, and the later milestone, in a patient's plan.
    let o = aftercare(
        site.path(),
        &["schedule", "--treatment", "laser-removal", "--date", "2026-03-02", "--session", "5", "--text", "--out", "d"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = stdout(&o);
    assert!(plan.contains("Session 6 of 6: Monday, 13 April 2026 (day 42)"), "{plan}");
    assert!(plan.contains("Booking your next session: to do."), "{plan}");
    assert!(plan.contains("Three to four months after your last session"), "{plan}");
    // The tattoo has one session: no next session, and the later check-up.
    let o =
        aftercare(site.path(), &["schedule", "--treatment", "tattoo", "--date", "2026-03-02", "--text", "--out", "d"]);
    let plan = stdout(&o);
    assert!(plan.contains("Your session: Monday, 2 March 2026") && !plan.contains("YOUR NEXT SESSIONS"), "{plan}");
}

#[test]
fn a_site_with_several_treatments_needs_one_named_for_a_schedule() {
    let site = studio();
    let o = aftercare(site.path(), &["schedule", "--date", "2026-03-02"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("several treatments") && stderr(&o).contains("`laser-removal`, `tattoo`"));
    let o = aftercare(site.path(), &["schedule", "--date", "2026-03-02", "--treatment", "tatoo"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--treatment tatoo"), "{}", stderr(&o));
}

#[test]
fn a_clinics_pictures_are_copied_and_shown_with_their_words() {
    let site = studio();
    let public = build(site.path());
    // Only the pictures the content uses (and the clinic's logo), once, under images/.
    let mut pictures: Vec<String> = files(&public).into_iter().filter(|f| f.starts_with("images/")).collect();
    pictures.sort();
    assert_eq!(pictures, ["images/logo.svg", "images/session-day.svg", "images/washing.svg"]);
    assert_eq!(
        fs::read(public.join("images/washing.svg")).unwrap(),
        fs::read(site.path().join("content/images/washing.svg")).unwrap()
    );
    // The stage's picture on its day, the how-to picture beside its step, each with its words.
    let day0 = read(&public, "tattoo/days/0.html");
    assert!(
        day0.contains("<img src=\"../../images/session-day.svg\" alt=\"A new tattoo. The skin around the lines is pink and a little raised.\""),
        "{day0}"
    );
    let day3 = read(&public, "tattoo/days/3.html");
    let balm = day3.find("Rub a thin layer of balm").expect("the balm step");
    assert!(day3[balm..].contains("<img src=\"../../images/washing.svg\" alt=\"Clean hands over a sink"), "{day3}");
    // A picture nothing uses is not published.
    fs::write(site.path().join("content/images/unused.png"), b"x").unwrap();
    let public = build(site.path());
    assert!(!public.join("images/unused.png").exists());
}
