//! Issue #15's patient pages, on the SMP example and the studio fixture: the checklist
//! covers every activity of a treatment, each activity page says what it is for and answers
//! in short, and every "from day N" has a place for the patient's own date.

mod common;

use std::path::Path;

use common::{aftercare, build, copy, example_site, read, stderr, text};

/// The activities of a treatment as (id, label, column heading), from its activities.yaml.
fn activities(file: &Path) -> Vec<(String, String, String)> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let items = yaml.get("items").unwrap_or(&yaml).as_sequence().unwrap().clone();
    items
        .iter()
        .map(|a| {
            let label = a["label"].as_str().unwrap().to_string();
            let short = a.get("short_label").and_then(|s| s.as_str()).map_or(label.clone(), str::to_string);
            (a["id"].as_str().unwrap().to_string(), label, short)
        })
        .collect()
}

/// True when the sheet shows the activity: as a column (its short heading in the table's
/// head) or in the list of the other activities (its label).
fn covered(sheet: &str, label: &str, short: &str) -> bool {
    let head = &sheet[sheet.find("<thead>").unwrap()..sheet.find("</thead>").unwrap()];
    let others = text(section(sheet, "ck-o"));
    head.contains(&format!(">{short}<")) || others.contains(&format!("{label}:"))
}

/// The part of `html` from the element with `id` to the end of the section holding it.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
    let start = at + html[at..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</section>").unwrap();
    &html[start..end]
}

fn studio() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(&common::repo().join("tests/fixtures/studio"), dir.path());
    dir
}

#[test]
fn the_checklist_covers_every_activity_of_the_treatment() {
    let site = example_site();
    let public = build(site.path());
    let sheet = read(&public, "handouts/checklist.html");
    let list = activities(&site.path().join("content/activities.yaml"));
    assert_eq!(list.len(), 17);
    for (id, label, short) in &list {
        assert!(covered(&sheet, label, short), "{id} ({label}) is missing");
    }
    // The ones that are not columns are listed under the table with their days, the last
    // run open-ended.
    let others = text(section(&sheet, "ck-o"));
    assert!(
        others.contains("Hard exercise: Days 0 to 13: ✕ Not yet ; Days 14 to 27: ! With care ; From day 28: ✓ Allowed"),
        "{others}"
    );
    assert!(!others.contains("Day 30:"), "the last run reads \"From day 30\": {others}");

    // The studio's two treatments, in their own status words.
    let studio = studio();
    let o = aftercare(studio.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = studio.path().join("public");
    let treatments = std::fs::read_dir(studio.path().join("content/treatments")).unwrap();
    let mut checked = 0;
    for t in treatments {
        let t = t.unwrap().path();
        let id = t.file_name().unwrap().to_string_lossy().into_owned();
        let sheet = read(&public, &format!("{id}/handouts/checklist.html"));
        for (aid, label, short) in activities(&t.join("activities.yaml")) {
            assert!(covered(&sheet, &label, &short), "{id}: {aid} ({label}) is missing from the checklist");
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} activities checked");
}

#[test]
fn activity_pages_say_what_they_are_for_and_answer_in_short() {
    let site = example_site();
    let public = build(site.path());
    let page = read(&public, "activities/swimming.html");
    assert!(page.contains("<title>Swimming in a pool or the sea after your session: when and how · "), "title");
    assert!(page.contains("<h1>Swimming in a pool or the sea after your session: when and how</h1>"));
    let short = text(section(&page, "in-short"));
    assert!(short.starts_with("In short: When can I go swimming?"), "{short}");
    assert!(short.contains("Days 0 to 29 : ✕ Not yet No pools"), "{short}");
    assert!(short.contains("From day 30 : ✓ Allowed Swimming is fine."), "{short}");
    assert!(short.contains("Day 0 is the day of your session."), "{short}");
    // The "in short" comes before the details.
    assert!(page.find("id=\"in-short\"").unwrap() < page.find("Why it matters").unwrap());
    // The day strip names the activity; what each guide says is behind a disclosure (for
    // the curious); the tools for the patient's dates and ticks are linked.
    assert!(page.contains("<h2 id=\"strip-h\">Swimming in a pool or the sea: each day at a glance</h2>"));
    let guides = page
        .find("<details class=\"sources guides-say\">\n<summary><h2>What each guide says</h2></summary>")
        .expect("guides closed");
    assert!(page[guides..].find("</details>").unwrap() > page[guides..].find("guide-says").unwrap());
    assert!(page.contains("<a href=\"../schedule.html\">") && page.contains("<a href=\"../handouts/checklist.html\">"));
    // Never more than three points.
    for f in std::fs::read_dir(public.join("activities")).unwrap() {
        let f = f.unwrap().file_name().to_string_lossy().into_owned();
        if f == "index.html" {
            continue;
        }
        let page = read(&public, &format!("activities/{f}"));
        let points = section(&page, "in-short").matches("<li>").count();
        assert!((1..=3).contains(&points), "{f}: {points} points");
    }
    let es = read(&public, "es/activities/swimming.html");
    assert!(es.contains("<h1>Nadar en la piscina o en el mar después de su sesión: cuándo y cómo</h1>"));
    assert!(text(section(&es, "in-short")).contains("El día 0 es el día de su sesión."));
}

#[test]
fn every_from_day_has_a_place_for_the_patients_own_date_and_the_words_come_from_the_page() {
    let site = example_site();
    let public = build(site.path());
    let day = read(&public, "days/0.html");
    // "from day 14" in the "not yet" list, then its date's place.
    assert!(day.contains(r#"from day 14<span class="your-date" data-day="14"></span>"#), "day 0");
    assert!(day.contains(r#"data-date="({date})""#), "the words around the date come from the page");
    let swim = read(&public, "activities/swimming.html");
    assert!(swim.contains(r#"<strong>From day 30</strong><span class="your-date" data-day="30"></span>"#));
    assert!(swim.contains("today.js"));
    let ar = read(&public, "ar/days/0.html");
    assert!(ar.contains(r#"class="your-date" data-day="14""#));
}

#[test]
fn the_clinics_logo_is_in_every_header_copied_checked_and_the_app_icon() {
    let site = studio();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = site.path().join("public");
    assert_eq!(
        std::fs::read(public.join("images/logo.svg")).unwrap(),
        std::fs::read(site.path().join("content/images/logo.svg")).unwrap(),
        "the logo is copied as it is"
    );
    let mut pages = 0;
    for page in common::files(&public).into_iter().filter(|f| f.ends_with(".html") && f != "404.html") {
        let html = read(&public, &page);
        let up = "../".repeat(page.matches('/').count());
        // Beside the clinic's visible name, so the picture itself says nothing more.
        let want = format!("<a class=\"brand\" href=\"{up}index.html\"><img class=\"logo\" src=\"{up}images/logo.svg\" alt=\"\" height=\"40\"> Harbour Lane Tattoo</a>");
        assert!(html.contains(&want), "{page}: no logo beside the name in the header");
        pages += 1;
    }
    assert!(pages > 100, "only {pages} pages");
    let manifest: serde_json::Value = serde_json::from_str(&read(&public, "manifest.webmanifest")).unwrap();
    assert_eq!(
        manifest["icons"],
        serde_json::json!([{ "src": "images/logo.svg", "sizes": "any", "type": "image/svg+xml" }])
    );

    // From theme/: written with the theme.
    std::fs::create_dir_all(site.path().join("theme")).unwrap();
    std::fs::copy(site.path().join("content/images/logo.svg"), site.path().join("theme/mark.svg")).unwrap();
    common::edit(site.path(), "site.yaml", "logo: content/images/logo.svg", "logo: theme/mark.svg");
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(&public, "index.html").contains("<img class=\"logo\" src=\"assets/mark.svg\" alt=\"\" height=\"40\">"));
    assert!(public.join("assets/mark.svg").is_file());

    // A missing file and a place outside the two folders are errors at the setting.
    let line = std::fs::read_to_string(site.path().join("site.yaml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("logo:"))
        .unwrap()
        + 1;
    common::edit(site.path(), "site.yaml", "logo: theme/mark.svg", "logo: theme/nope.svg");
    let o = aftercare(site.path(), &["build"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains(&format!("site.yaml:{line}:9: error: there is no picture theme/nope.svg")),
        "{}",
        stderr(&o)
    );
    common::edit(site.path(), "site.yaml", "logo: theme/nope.svg", "logo: ../mark.svg");
    let o = aftercare(site.path(), &["build"]);
    assert!(
        stderr(&o)
            .contains(&format!("site.yaml:{line}:9: error: `../mark.svg` is not a file in content/images/ or theme/")),
        "{}",
        stderr(&o)
    );
}
