//! The comparison of the clinic's days with the guides' on the shipped example: guide pages
//! say "sooner", "later" or "same" for both thresholds (with care, without limits), the
//! "Guides disagree" flag counts both, and the comparison page draws each activity as a
//! picture whose name is the table of the same days in words.

mod common;

use common::{build, edit, example_site, read, text};

/// The difference cell of the guide page's row for `activity` (the row with its id).
fn difference(page: &str, activity: &str) -> String {
    let start = page.find(&format!("id=\"{activity}\"")).unwrap_or_else(|| panic!("no row {activity}"));
    let row = &page[start..start + page[start..].find("</tr>").unwrap()];
    let last = row.rfind("<td").unwrap();
    text(&row[last..])
}

#[test]
fn guide_pages_compare_the_with_care_day_too() {
    let site = example_site();
    let public = build(site.path());
    // The guide allows sweating (light exercise) from day 10; we allow it with care from
    // day 10 and without limits from day 28: the same day with care, later without limits.
    let recovery = read(&public, "guides/recovery-day-by-day.html");
    let d = difference(&recovery, "light-exercise");
    assert!(d.contains("Same day with care: day 10."), "{d}");
    assert!(d.contains("We wait longer to allow it without limits: day 28, not day 10."), "{d}");
    assert!(!d.contains("sooner"), "{d}");
    // Its only with-care day (an ointment from day 1) against our balm from day 0: sooner
    // with care, later without limits, and the clinic's reason beside it.
    let d = difference(&recovery, "moisturiser");
    assert!(d.contains("We allow it with care sooner: day 0, not day 1."), "{d}");
    assert!(d.contains("We wait longer to allow it without limits: day 30, not day 10."), "{d}");
    assert!(d.contains("Why we differ:"), "{d}");
    // The guide's only number is a with-care day: compared, not "no day to go by".
    let heal = read(&public, "guides/heal-right-day-by-day.html");
    let d = difference(&heal, "hats");
    assert!(d.contains("We wait longer to allow it with care: day 7, not day 0."), "{d}");
    assert!(d.contains("The guide gives no day for doing it without limits; we say day 14."), "{d}");
    let d = difference(&heal, "moisturiser");
    assert!(d.contains("We allow it with care sooner: day 0, not day 7."), "{d}");
    // Sooner on one threshold and later on the other: both are said.
    let d = difference(&heal, "wet-head");
    assert!(d.contains("Same day with care: day 4.") && d.contains("without limits: day 10, not day 7."), "{d}");
    // No row with a day number in the guide's "When" cell says the guide gives no day.
    for g in [
        "heal-right-day-by-day",
        "healing-process",
        "preparation-and-aftercare",
        "proper-recovery",
        "recovery-day-by-day",
    ] {
        let page = read(&public, &format!("guides/{g}.html"));
        for row in page.split("<tr").skip(2) {
            let cells: Vec<&str> = row.split("<td").collect();
            let (when, diff) = (text(cells[2]), text(cells[cells.len() - 1]));
            if when.contains("rom day") {
                assert!(!diff.contains("no day to go by"), "{g}: {when} / {diff}");
            }
        }
    }
}

#[test]
fn a_final_session_number_is_compared_with_the_answer_after_the_final_session() {
    let site = example_site();
    let public = build(site.path());
    // "Direct sun": the guide's day 30 is for after the final session only. After an
    // ordinary session we allow it with care from day 14; after the final one from day 30.
    let recovery = read(&public, "guides/recovery-day-by-day.html");
    let d = difference(&recovery, "sun");
    assert!(d.contains("Same day with care: day 30."), "{d}");
    assert!(!d.contains("day 14"), "an every-session day compared with a final-session number: {d}");
}

#[test]
fn a_changed_clinic_day_changes_the_guide_page() {
    // The clinic moves light exercise to with care from day 12, without limits from day 14:
    // now later than the guide's day 10 on both thresholds.
    let site = example_site();
    let protocol = std::fs::read_to_string(site.path().join("content/protocol.yaml")).unwrap();
    let at = protocol.find("activity: light-exercise").unwrap();
    let block = &protocol[at..at + protocol[at..].find("  - activity:").unwrap()];
    let moved = block.replacen("days: 0-9", "days: 0-11", 1).replacen("days: 10-27", "days: 12-13", 1).replacen(
        "days: 28+",
        "days: 14+",
        1,
    );
    assert_ne!(block, moved.as_str(), "the example's light-exercise phases changed:\n{block}");
    edit(site.path(), "content/protocol.yaml", block, &moved);
    let public = build(site.path());
    let d = difference(&read(&public, "guides/recovery-day-by-day.html"), "light-exercise");
    assert!(d.contains("We wait longer to allow it with care: day 12, not day 10."), "{d}");
    assert!(d.contains("We wait longer to allow it without limits: day 14, not day 10."), "{d}");
}

#[test]
fn the_flag_counts_with_care_days_and_keeps_final_session_numbers_apart() {
    let site = example_site();
    let public = build(site.path());
    let compare = read(&public, "compare.html");
    let summary = |id: &str| {
        let start = compare.find(&format!("id=\"{id}\"")).unwrap();
        text(&compare[start..start + compare[start..].find("</summary>").unwrap()])
    };
    // Hats: guides say with care from day 0 and allowed from day 7; no two give the same
    // kind of day, so comparing allowed days alone found no disagreement.
    assert!(summary("hats").contains("Guides disagree"), "{}", summary("hats"));
    let hats = text(&read(&public, "activities/hats.html"));
    assert!(hats.contains("Guides disagree: day 0 to day 7 with care"), "{hats}");
    // Sauna: one guide's day 30 is for the final session only; nothing to disagree with.
    assert!(!summary("sauna").contains("Guides disagree"), "{}", summary("sauna"));
}

#[test]
fn the_comparison_page_draws_each_activity_and_names_the_picture_in_words() {
    let site = example_site();
    let public = build(site.path());
    let compare = read(&public, "compare.html");
    let charts: Vec<&str> = compare.split("<svg class=\"cmp-chart\"").skip(1).collect();
    assert_eq!(charts.len(), 17, "one picture per activity");
    for chart in charts {
        let head = &chart[..chart.find('>').unwrap()];
        assert!(head.contains("role=\"img\""), "{head}");
        let ids = head.split("aria-labelledby=\"").nth(1).and_then(|s| s.split('"').next()).expect("a name");
        for id in ids.split(' ') {
            let at = compare.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no element {id}"));
            let el = &compare[at..];
            let named = text(&el[el.find('>').unwrap() + 1..el.find("</").unwrap()]);
            assert!(id.starts_with("d-") || !named.trim().is_empty(), "{id} has no words");
        }
    }
    // The words under the picture: our answer and each guide's day.
    let start = compare.find("id=\"d-wet-head\"").unwrap();
    let words = text(&compare[start..start + compare[start..].find("</div>").unwrap()]);
    assert!(words.contains("With care from day 4. Fully allowed from day 10."), "{words}");
    assert!(words.contains("Healing process Day 3"), "{words}");
    // No link on the page leads back to it (the menu marks it with aria-current instead).
    for link in compare.split("<a ").skip(1) {
        let tag = &link[..link.find('>').unwrap()];
        assert!(!tag.contains("href=\"compare.html\"") || tag.contains("aria-current"), "self-link: <a {tag}>");
    }
}
