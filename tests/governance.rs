//! Clinical governance in `check`: the clinic's rules set against the guides they cite,
//! and review dates. Run on a copy of the studio fixture (tests/fixtures/studio), which
//! passes every guardrail with its reasons given; each test breaks one thing and asserts
//! the warning a clinic would see, at the line and column to change.

mod common;

use std::fs;
use std::path::Path;

use common::{aftercare, copy, edit, stderr};

const LASER: &str = "content/treatments/laser-removal/protocol.yaml";
const TATTOO: &str = "content/treatments/tattoo/protocol.yaml";

fn studio() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(&common::repo().join("tests/fixtures/studio"), dir.path());
    dir
}

/// `file:line:col` of the first `needle` after `anchor` in the file (1-based, in characters).
fn pos(site: &Path, file: &str, anchor: &str, needle: &str) -> String {
    let text = fs::read_to_string(site.join(file)).unwrap();
    let from = text.find(anchor).unwrap_or_else(|| panic!("{file} has no {anchor:?}"));
    let at = from + text[from..].find(needle).unwrap_or_else(|| panic!("no {needle:?} after {anchor:?}"));
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{file}:{line}:{col}")
}

fn check(site: &Path, strict: bool) -> (bool, String) {
    let args: &[&str] = if strict { &["check", "--strict"] } else { &["check"] };
    let o = aftercare(site, args);
    (o.status.success(), stderr(&o))
}

#[test]
fn the_fixture_passes_every_guardrail_strictly() {
    let site = studio();
    let (ok, err) = check(site.path(), true);
    assert!(ok && !err.contains("warning"), "{err}");
}

#[test]
fn a_step_allowed_sooner_than_a_guide_warns_unless_the_rule_says_why() {
    let site = studio();
    // The case: showers allowed without limits 3 days before a guide the rule cites.
    edit(site.path(), LASER, "      - days: 1-4\n", "      - days: 1\n");
    edit(site.path(), LASER, "      - days: 5+\n        status: allowed", "      - days: 2+\n        status: allowed");
    let (ok, err) = check(site.path(), false);
    assert!(ok, "guardrails are warnings: {err}");
    // Reported at the phase that starts it (`2+`), once for each guide it is sooner than.
    let line = format!(
        "{}: warning: `shower` is fully allowed from day 2, but the guide `removal-fact-sheet` waits until day 5",
        pos(site.path(), LASER, "activity: shower", "2+")
    );
    assert!(err.contains(&line), "{line}\n{err}");
    assert!(err.contains("but the guide `laser-care-sheet` waits until day 3"), "{err}");
    assert!(err.contains("help: start it on day 5 or later, or say why"), "{err}");
    let (strict, _) = check(site.path(), true);
    assert!(!strict, "--strict fails on a guardrail warning");

    // With the reason written, check is quiet and the guide page shows the reason.
    edit(
        site.path(),
        LASER,
        "  - activity: shower\n",
        "  - activity: shower\n    earlier_because: A cool rinse does no harm.\n",
    );
    let (ok, err) = check(site.path(), true);
    assert!(ok, "{err}");
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = fs::read_to_string(site.path().join("out/laser-removal/guides/removal-fact-sheet.html")).unwrap();
    assert!(page.contains("<strong>Why we differ:</strong> A cool rinse does no harm."), "{page}");
    let same = fs::read_to_string(site.path().join("out/laser-removal/guides/laser-care-sheet.html")).unwrap();
    assert!(same.contains("A cool rinse does no harm."), "sooner than this guide too");
    // The clinic's other software sees each departure and its reason.
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.path().join("out/recommendations.json")).unwrap()).unwrap();
    let laser = json["treatments"].as_array().unwrap().iter().find(|t| t["id"] == "laser-removal").unwrap();
    let shower: Vec<&serde_json::Value> =
        laser["departures"].as_array().unwrap().iter().filter(|d| d["activity"] == "shower").collect();
    assert_eq!(shower.len(), 2, "{shower:?}");
    let d = shower.iter().find(|d| d["guide"] == "removal-fact-sheet").unwrap();
    assert_eq!(
        (d["kind"].as_str(), d["ours"].as_u64(), d["theirs"].as_u64()),
        (Some("sooner-fully"), Some(2), Some(5))
    );
    assert_eq!(d["because"], "A cool rinse does no harm.");
    let reviews = laser["reviews"].as_array().unwrap();
    let protocol = reviews.iter().find(|r| r["file"] == LASER).unwrap();
    assert_eq!(protocol["review"]["next"], "2027-11-15");
    assert_eq!(json["articles"][0]["review"]["by"], "Sam Patel, studio owner and registered nurse");
}

#[test]
fn removing_a_given_reason_brings_the_warning_back() {
    let site = studio();
    let text = fs::read_to_string(site.path().join(TATTOO)).unwrap();
    let without: String =
        text.lines().filter(|l| !l.contains("earlier_because: A gentle walk")).map(|l| l.to_string() + "\n").collect();
    fs::write(site.path().join(TATTOO), without).unwrap();
    let (_, err) = check(site.path(), false);
    let line = format!(
        "{}: warning: `exercise` is allowed from day 2, but the guide `healing-leaflet` waits until day 7",
        pos(site.path(), TATTOO, "activity: exercise", "2-6")
    );
    assert!(err.contains(&line), "{line}\n{err}");
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
}

#[test]
fn a_citation_must_say_what_the_phase_says() {
    let site = studio();
    // A with-care phase credited to a guide that allows nothing before day 7.
    edit(
        site.path(),
        LASER,
        "        say: A gentle walk is fine. Nothing that makes you hot or rubs the area.\n        cites: [laser-care-sheet]",
        "        say: A gentle walk is fine. Nothing that makes you hot or rubs the area.\n        cites: [removal-fact-sheet]",
    );
    let (_, err) = check(site.path(), false);
    let at = pos(site.path(), LASER, "say: A gentle walk is fine. Nothing that makes you hot", "removal-fact-sheet]");
    let line = format!(
        "{at}: warning: this phase allows `exercise` on days 2-6, but the guide `removal-fact-sheet` it cites does not allow it until day 7"
    );
    assert!(err.contains(&line), "{line}\n{err}");
    assert!(err.contains("`removal-fact-sheet` says: Wait a week before hard exercise."), "{err}");
}

#[test]
fn a_final_session_rule_cited_for_every_session_warns() {
    let site = studio();
    let guide = "content/treatments/laser-removal/guides/removal-fact-sheet.yaml";
    edit(site.path(), guide, "  - activity: swimming\n", "  - activity: swimming\n    session: final\n");
    let (_, err) = check(site.path(), false);
    let at = pos(site.path(), LASER, "activity: swimming", "removal-fact-sheet]");
    let line = format!(
        "{at}: warning: the guide `removal-fact-sheet` gives its advice on `swimming` for after the final session only"
    );
    assert!(err.contains(&line), "{line}\n{err}");
    assert!(err.contains("help: cite it in this rule's `after_final` phases"), "{err}");
}

#[test]
fn never_fully_allowing_what_a_guide_allows_needs_a_reason() {
    let site = studio();
    edit(
        site.path(),
        LASER,
        "      - days: 14+\n        status: allowed\n        say: Swimming is fine now. Rinse the area after.",
        "      - days: 14+\n        status: with-care\n        say: Swim only in clean pools, and rinse the area after.",
    );
    let (_, err) = check(site.path(), false);
    assert!(
        err.contains(
            "warning: `swimming` is never fully allowed, but the guide `laser-care-sheet` allows it from day 14"
        ),
        "{err}"
    );
    assert!(err.contains("`stricter_because:`"), "{err}");
    edit(
        site.path(),
        LASER,
        "  - activity: swimming\n",
        "  - activity: swimming\n    stricter_because: Lakes and the sea carry germs for months.\n",
    );
    let (ok, err) = check(site.path(), true);
    assert!(ok, "{err}");
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = fs::read_to_string(site.path().join("out/laser-removal/guides/laser-care-sheet.html")).unwrap();
    assert!(page.contains("Why we differ:</strong> Lakes and the sea carry germs for months."), "{page}");
}

#[test]
fn reviews_missing_overdue_or_impossible_are_reported_where_they_are() {
    let site = studio();
    let article = "content/articles/when-to-call.md";
    let text = fs::read_to_string(site.path().join(article)).unwrap();
    let without: String = text
        .lines()
        .filter(|l| {
            !(l.starts_with("review:")
                || l.starts_with("  by:")
                || l.starts_with("  date:")
                || l.starts_with("  next:"))
        })
        .map(|l| l.to_string() + "\n")
        .collect();
    fs::write(site.path().join(article), without).unwrap();
    let guide = "content/treatments/tattoo/guides/ink-care-card.yaml";
    edit(site.path(), guide, "  date: 2026-11-15\n  next: 2027-11-15", "  date: 2019-01-31\n  next: 2020-01-31");
    let timeline = "content/treatments/tattoo/timeline.yaml";
    edit(site.path(), timeline, "  date: 2026-11-15", "  date: 2999-01-01");
    let (ok, err) = check(site.path(), false);
    assert!(ok, "{err}");
    assert!(
        err.contains(&format!("{article}: warning: nobody is recorded as having reviewed this file's advice")),
        "{err}"
    );
    let next = pos(site.path(), guide, "review:", "2020-01-31");
    assert!(err.contains(&format!("{next}: warning: this file's review was due on 2020-01-31")), "{err}");
    let date = pos(site.path(), timeline, "review:", "2999-01-01");
    let tnext = pos(site.path(), timeline, "review:", "2027-11-15");
    assert!(
        err.contains(&format!("{tnext}: warning: the next review (2027-11-15) is not after this review (2999-01-01)")),
        "{err}"
    );
    assert!(err.contains(&format!("{date}: warning: the review is dated 2999-01-01, which has not come yet")), "{err}");
    // A list file without a review is told where the review goes.
    let acts = "content/treatments/tattoo/activities.yaml";
    let text = fs::read_to_string(site.path().join(acts)).unwrap();
    let bare: String = text.split_once("items:\n").unwrap().1.to_string();
    fs::write(site.path().join(acts), bare).unwrap();
    let (_, err) = check(site.path(), false);
    assert!(err.contains(&format!("{acts}: warning: nobody is recorded")), "{err}");
    assert!(err.contains("put the list under `items:` beside `review:`"), "{err}");
}

#[test]
fn pages_show_their_review_dates_and_handouts_print_the_content_version() {
    let site = studio();
    edit(site.path(), "content/articles/when-to-call.md", "  date: 2026-11-15", "  date: 2026-11-20");
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let read = |p: &str| fs::read_to_string(site.path().join("out").join(p)).unwrap();
    let line =
        "<p class=\"review small\">Page last reviewed: 15 November 2026<br>Next review due: 15 November 2027</p>";
    for page in
        ["tattoo/days/3.html", "tattoo/activities/shower.html", "tattoo/compare.html", "laser-removal/index.html"]
    {
        assert!(read(page).contains(line), "{page}");
    }
    assert!(
        read("articles/when-to-call.html").contains("Page last reviewed: 20 November 2026"),
        "an article has its own"
    );
    assert!(!read("404.html").contains("class=\"review"), "the 404 page claims no review");
    let glance = read("tattoo/handouts/at-a-glance.html");
    let foot = glance.split("@bottom-center{content:\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(
        foot.contains("\\A For clinic staff only: content version v")
            && foot.ends_with("· reviewed 15 November 2026 · next review due 15 November 2027"),
        "{foot}"
    );

    // The dated handout has the same foot; a version is a fingerprint of the content.
    let plan = |site: &Path| {
        let o = aftercare(site, &["schedule", "--treatment", "tattoo", "--date", "2026-12-01", "--out", "plan"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let file = fs::read_dir(site.join("plan"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "html"))
            .unwrap();
        let html = fs::read_to_string(file).unwrap();
        html.split("\\A ").nth(1).unwrap().split('"').next().unwrap().to_string()
    };
    let before = plan(site.path());
    assert!(
        before.starts_with("For clinic staff only: content version v") && before.contains("reviewed 15 November 2026"),
        "{before}"
    );
    edit(site.path(), TATTOO, "Rest. Stay cool", "Rest, and stay cool");
    let after = plan(site.path());
    assert_ne!(before, after, "a change to the advice changes the version");

    // One file without a review: its treatment's pages claim none.
    let prep = "content/treatments/tattoo/preparation.yaml";
    let text = fs::read_to_string(site.path().join(prep)).unwrap();
    fs::write(site.path().join(prep), text.split_once("items:\n").unwrap().1).unwrap();
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!read("tattoo/days/3.html").contains("class=\"review"));
    assert!(read("laser-removal/days/3.html").contains(line), "the other treatment keeps its own");
    assert!(
        read("tattoo/handouts/at-a-glance.html").contains("\\A For clinic staff only: content version v"),
        "the version prints without dates"
    );
}

#[test]
fn the_review_line_opens_the_footer_or_goes_before_a_sites_own() {
    let site = studio();
    let build = |site: &Path| {
        let o = aftercare(site, &["build", "--out", "out"]);
        assert!(o.status.success(), "{}", stderr(&o));
        fs::read_to_string(site.join("out/tattoo/days/3.html")).unwrap()
    };
    let line = "<div class=\"wrap\"><p class=\"review small\">Page last reviewed: 15 November 2026";
    let page = build(site.path());
    assert!(page.contains(&format!("<footer class=\"site-footer\">{line}")), "inside the built-in footer");
    assert_eq!(page.matches("class=\"review small\"").count(), 1);
    // A footer of the clinic's own without that tag: the line comes just before it, once.
    fs::create_dir_all(site.path().join("templates/partials")).unwrap();
    fs::write(
        site.path().join("templates/partials/footer.html"),
        "<footer class=\"ours\"><p>Our footer</p></footer>\n",
    )
    .unwrap();
    let page = build(site.path());
    let at = page.find(line).expect("the line is there");
    assert!(page[at..].contains("</p></div><footer class=\"ours\"><p>Our footer</p></footer>"), "{}", &page[at..]);
    assert_eq!(page.matches("class=\"review small\"").count(), 1);
}
