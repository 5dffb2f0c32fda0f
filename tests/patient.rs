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
    // run open-ended, in the table's own marks (its key says what they mean).
    let others = text(section(&sheet, "ck-o"));
    assert!(
        others.contains("Hard exercise: Days 0 to 13: ✕ No · Days 14 to 27: ! Care Build up slowly. Stay cool. · From day 28: ✓ Yes"),
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
    // How to turn the answer's last day into a date, with that day as the example.
    assert!(short.contains("Day 0 is the day of your session, so day 30 is 30 days after it"), "{short}");
    // The "in short" comes before the details.
    assert!(page.find("id=\"in-short\"").unwrap() < page.find("Why it matters").unwrap());
    // The day strip names the activity; the guides behind our days, what each guide says
    // and where they disagree are behind one closed disclosure at the end of the page, in
    // the day pages' words, with a link to the full comparison: nothing of it in the open;
    // the tools for the patient's dates and ticks are linked.
    assert!(page.contains("<h2 id=\"strip-h\">Swimming in a pool or the sea: each day at a glance</h2>"));
    let guides = page
        .find("<details class=\"sources guides-say\">\n<summary>Where this advice comes from</summary>")
        .expect("guides closed, under the day pages' summary");
    let end = guides + page[guides..].find("</details>").unwrap();
    let inside = &page[guides..end];
    for part in [
        "class=\"cites\"",
        "What each guide says",
        "Guides disagree: day 14 to day 30",
        "You can swim from day 14",
        "<p class=\"more\"><a href=\"../compare.html#swimming\">Compare the guides</a>",
    ] {
        assert!(inside.contains(part), "{part} not in the disclosure");
        assert_eq!(page.matches(part).count(), inside.matches(part).count(), "{part} also outside the disclosure");
    }
    assert!(page.find("<h2>Read more</h2>").unwrap() < guides, "the disclosure ends the page");
    assert!(!page[end..page.find("</main>").unwrap()].contains("<h2"), "nothing after the disclosure");
    assert!(page.contains("<a href=\"../schedule.html\">") && page.contains("<a href=\"../handouts/checklist.html\">"));
    // The day grid shows each day's number and mark; the status's words are said once, in
    // the key, which every day points to (the fourth PEMAT-P scoring: "✕ Not yet" 30 times).
    let grid = &page[page.find("<ol class=\"strip\">").unwrap()..];
    let grid = &grid[..grid.find("</ol>").unwrap()];
    assert!(!grid.contains("Not yet") && !grid.contains("Allowed"), "status words in the grid: {grid}");
    assert_eq!(grid.matches("aria-describedby=\"lg-not-yet\"").count(), 30);
    assert_eq!(grid.matches("aria-describedby=\"lg-allowed\"").count(), 1);
    assert!(page.contains(
        "<span class=\"badge s-not-yet\" id=\"lg-not-yet\"><span aria-hidden=\"true\">✕</span> Not yet</span>"
    ));
    assert!(page.contains("<span class=\"badge s-allowed\" id=\"lg-allowed\">"));
    // Never more than three points in a list: the answer's, and, where the final session
    // changes it, those for between sessions.
    for f in std::fs::read_dir(public.join("activities")).unwrap() {
        let f = f.unwrap().file_name().to_string_lossy().into_owned();
        if f == "index.html" {
            continue;
        }
        let page = read(&public, &format!("activities/{f}"));
        let lists: Vec<&str> = section(&page, "in-short").split("<ul class=\"short-points\">").skip(1).collect();
        assert!((1..=2).contains(&lists.len()), "{f}: {} lists", lists.len());
        for l in lists {
            let points = l[..l.find("</ul>").unwrap()].matches("<li>").count();
            assert!((1..=3).contains(&points), "{f}: {points} points");
        }
    }
    let es = read(&public, "es/activities/swimming.html");
    assert!(es.contains("<h1>Nadar en la piscina o en el mar después de su sesión: cuándo y cómo</h1>"));
    assert!(text(section(&es, "in-short"))
        .contains("El día 0 es el día de su sesión, así que el día 30 es 30 días después"));
}

#[test]
fn every_from_day_has_a_place_for_the_patients_own_date_and_the_words_come_from_the_page() {
    let site = example_site();
    let public = build(site.path());
    let day = read(&public, "days/0.html");
    // "from day 14" in the "not yet" list, then its date's place.
    assert!(day.contains(r#"from day 14<span class="your-date" data-day="14" data-final="14"></span>"#), "day 0");
    assert!(day.contains(r#"data-date="({date})""#), "the words around the date come from the page");
    let swim = read(&public, "activities/swimming.html");
    assert!(
        swim.contains(r#"<strong>From day 30</strong><span class="your-date" data-day="30" data-final="30"></span>"#)
    );
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

/// The `<img>` tags of `html`.
fn imgs(html: &str) -> Vec<&str> {
    html.match_indices("<img ").map(|(at, _)| &html[at..at + html[at..].find('>').unwrap() + 1]).collect()
}

#[test]
fn day_pages_show_the_examples_pictures_of_healing_and_of_how_with_alt_text_in_each_language() {
    let site = example_site();
    let public = build(site.path());
    // The stage's picture under "what is normal", a how-to picture beside a step that needs
    // care (day 5: rinsing), and one with a key rule (hands off), in each language.
    let want = [
        ("days/0.html", "smp-day-0.svg", "The top of a head just after a session. The scalp is pink"),
        ("days/0.html", "smp-hands-off.svg", "A hand held back from the scalp"),
        ("days/5.html", "smp-flaking.svg", "Days 3 to 6. Small, pale flakes lift off"),
        ("days/5.html", "smp-rinse.svg", "A shower head lets a soft stream of water fall on the scalp."),
        ("es/days/0.html", "smp-day-0.svg", "La parte de arriba de la cabeza justo después de la sesión."),
        ("es/days/5.html", "smp-flaking.svg", "Del día 3 al 6. Se sueltan escamas pequeñas"),
        ("es/days/5.html", "smp-rinse.svg", "La alcachofa de la ducha deja caer un chorro suave"),
        ("ar/days/5.html", "smp-flaking.svg", "Days 3 to 6. Small, pale flakes lift off"),
    ];
    for (page, file, alt) in want {
        let html = read(&public, page);
        let up = "../".repeat(page.matches('/').count());
        let tag = imgs(&html)
            .into_iter()
            .find(|i| i.contains(&format!("src=\"{up}images/{file}\"")))
            .unwrap_or_else(|| panic!("{page}: no {file}"));
        assert!(tag.contains(&format!("alt=\"{alt}")), "{page}: {tag}");
        // Arabic has no content translation: the English alt text says its language in
        // the attribute, never as markup inside it.
        assert_eq!(tag.contains("lang=\"en-GB\""), page.starts_with("ar/"), "{page}: {tag}");
        assert!(!tag.contains("&lt;") && !tag.contains("<bdi"), "{page}: {tag}");
        // Every picture has a title a reader sees: a how-to picture its own words under
        // it (read once by screen readers, from the alt text), a stage its name and days.
        let figure = &html[html.find(tag).unwrap()..];
        let caption = &figure[..figure.find("</figure>").unwrap()];
        assert!(caption.contains("<figcaption"), "{page}: {file} has no caption");
        if !file.contains("day-0") && !file.contains("flaking") {
            assert!(caption.contains("aria-hidden=\"true\"") && caption.contains(alt), "{page}: {caption}");
        }
    }
    // Drawn for the example: small, and with no words inside (every word comes from the
    // content, so that it can be translated).
    let mut drawn = 0;
    for f in std::fs::read_dir(site.path().join("content/images")).unwrap() {
        let f = f.unwrap().path();
        let svg = std::fs::read_to_string(&f).unwrap();
        assert!(svg.len() < 8_000, "{}: {} bytes", f.display(), svg.len());
        assert!(!svg.contains("<text"), "{}: words inside the picture", f.display());
        assert!(public.join("images").join(f.file_name().unwrap()).is_file(), "{} not published", f.display());
        drawn += 1;
    }
    assert!(drawn >= 8, "only {drawn} pictures");
}

#[test]
fn the_glance_sheet_says_how_to_do_each_change_with_care_has_tick_boxes_pictures_and_date_places() {
    let site = example_site();
    let public = build(site.path());
    let en = read(&public, "handouts/at-a-glance.html");
    let changes = section(&en, "gl-m");
    // How, from the phase's `short`, under the day it starts.
    let day4 = &changes[changes.find("Day 4:").unwrap()..changes.find("Day 7:").unwrap()];
    assert!(
        text(day4).contains("Wet head: Once a day, a soft, lukewarm rinse. Pat dry with a clean paper towel."),
        "{}",
        text(day4)
    );
    assert!(text(day4).contains("Cleanser: A pea-sized drop, with no rubbing. Rinse quickly."), "{}", text(day4));
    // The patient's date takes the place of the day's label when one is remembered.
    assert!(changes.contains(r#"<strong class="your-date" data-day="4" data-form="Day 4 ({date}):">Day 4:</strong>"#));
    assert!(en.contains(r#"data-form="(from day 4: {date})">(from day 4)</span>"#), "not yet: from day 4");
    assert!(
        en.contains(r#"<span class="blank"><span class="your-date" data-day="0" data-form="{date}"></span></span>"#)
    );
    assert!(en.contains("id=\"today-note\"") && en.contains("today.js"));
    // A tick box a day for the routines that need care from day 0, and for each action.
    let care = section(&en, "gl-c");
    assert_eq!(care.matches("Tick a box each day:").count(), 2, "{care}");
    let boxes: String = (0..10).map(|d| format!("<span class=\"box\">{d}</span>")).collect();
    assert_eq!(care.matches(&boxes).count(), 2, "{care}");
    assert!(section(&en, "gl-todo").contains("<span class=\"box\" aria-hidden=\"true\"></span>"));
    // Pictures of normal healing, each titled with its days and stage.
    let pics = section(&en, "gl-p");
    assert!(pics.contains("<figcaption>Day 0: Session day</figcaption>"), "{pics}");
    // A how picture's caption says what to do, not only what it is about ("Day 4: Water"
    // said nothing): the step as an action (the how is in the list of changes beside it).
    assert!(
        pics.contains("<figcaption>Day 4: Rinse your scalp gently, once a day</figcaption>")
            && pics.contains("smp-rinse.svg"),
        "{pics}"
    );
    assert!(imgs(pics).iter().all(|i| i.contains("alt=\"") && !i.contains("alt=\"\"")), "{pics}");

    let es = read(&public, "es/handouts/at-a-glance.html");
    let changes = text(section(&es, "gl-m"));
    assert!(
        changes
            .contains("Cabeza mojada: Una vez al día, un chorro suave y tibio. Seque a toquecitos con papel limpio."),
        "{changes}"
    );
    assert!(section(&es, "gl-c").contains("Marque una casilla cada día:"));
    assert!(section(&es, "gl-p").contains("<figcaption>Día 0: Día de la sesión</figcaption>"));
    assert!(es.contains(r#"data-form="Día 4 ({date}):""#));

    // Without `short`, the sheet gives `say`; without pictures, no pictures section.
    let studio = studio();
    let o = aftercare(studio.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let tattoo = read(&studio.path().join("public"), "tattoo/handouts/at-a-glance.html");
    assert!(text(section(&tattoo, "gl-m")).contains("Have a short, lukewarm shower. Keep the tattoo out of the spray."));
    let laser = read(&studio.path().join("public"), "laser-removal/handouts/at-a-glance.html");
    assert!(!laser.contains("id=\"gl-p\"") && !laser.contains("<figure"), "no pictures, no section");
}

/// The words of a section's list items, in order.
fn items(html: &str) -> Vec<String> {
    html.split("<li").skip(1).map(|li| text(&format!("<li{}", li.split("</li>").next().unwrap()))).collect()
}

#[test]
fn day_0_puts_keep_dry_and_hands_off_first_and_names_its_to_dos_as_actions() {
    let site = example_site();
    let public = build(site.path());
    let day0 = read(&public, "days/0.html");
    // In "today in short" (the first screen) and in full before the to-dos and "not yet".
    let short = text(section(&day0, "in-short"));
    assert!(short.contains("Most important today: Keep your scalp dry Hands off your scalp"), "{short}");
    let key = day0.find("id=\"key-h\"").expect("a key rules section");
    assert!(key < day0.find("id=\"g-todo\"").unwrap() && key < day0.find("id=\"g-not-yet\"").unwrap());
    let rules = text(section(&day0, "key-h"));
    assert!(rules.contains("Keep your scalp dry. Shower from the neck down"), "{rules}");
    // The date, when today.js writes one, goes before the full stop: "day 4 (Thu 3 Dec)."
    let until = day0.find("This changes on day 4<span class=\"your-date\"").expect("the day, then its date");
    assert!(day0[until..].split_once("</span>").is_some_and(|(_, after)| after.starts_with('.')), "{day0}");
    // Hands off, and the touches that are the exception, said together.
    assert!(rules.contains("Hands off your scalp. Do not touch, scratch or pick"), "{rules}");
    assert!(rules.contains("The only touches allowed are the gentle ones of your care routine"), "{rules}");
    // To-dos are actions: what to do, not a topic ("Moisturiser and other products").
    let todo: Vec<String> =
        items(section(&day0, "g-todo")).iter().map(|i| i.split(" ! ").next().unwrap().to_string()).collect();
    assert!(todo[0].starts_with("Put on the aftercare balm"), "{todo:?}");
    assert!(todo[1].starts_with("Sleep on your back, on a clean pillowcase"), "{todo:?}");
    assert!(!section(&day0, "g-todo").contains("<label for=\"tick-moisturiser\">Moisturiser"), "a topic as a to-do");
    let day5 = read(&public, "days/5.html");
    // The rinse is a step of the routine, not a choice (it was both "if you want to" and
    // "once a day, rinse").
    let todo5 = text(section(&day5, "g-todo"));
    assert!(todo5.contains("Rinse your scalp gently, once a day"), "{todo5}");
    assert!(!day5.contains("if you want to"));
    // Spanish, in its own words.
    let es = read(&public, "es/days/0.html");
    let short = text(section(&es, "in-short"));
    assert!(short.contains("Lo más importante hoy: Mantenga seca la cabeza Las manos, lejos de la cabeza"), "{short}");
    assert!(text(section(&es, "g-todo")).contains("Póngase el bálsamo de cuidados"));
}

/// A day page's grid of every other day is closed, after the page's own content, so that
/// "Getting help" (after <main> on every page) is not pushed below 31 buttons (the fourth
/// PEMAT-P scoring, problem 9); the pager to the day before and after stays open.
#[test]
fn the_grid_of_other_days_is_closed_and_help_comes_right_after_it() {
    let site = example_site();
    let public = build(site.path());
    for page in ["days/0.html", "days/5.html", "es/days/5.html", "ar/days/30.html"] {
        let html = read(&public, page);
        let nav = html.find("<nav class=\"jump no-print\" aria-labelledby=\"jump-h\">\n<details class=\"sources\">\n<summary id=\"jump-h\">").unwrap_or_else(|| panic!("{page}: grid not closed"));
        assert!(html[nav..].find("</details>").unwrap() > html[nav..].find("class=\"day-grid\"").unwrap(), "{page}");
        assert!(html.find("rel=\"next\"").or(html.find("rel=\"prev\"")).unwrap() < nav, "{page}: pager first");
        // Nothing but the end of <main> between the grid and the help.
        let end = nav + html[nav..].find("</nav>").unwrap();
        let main_end = html.find("</main>").unwrap();
        assert!(!html[end..main_end].contains("<h2") && !html[end..main_end].contains("<section"), "{page}");
        assert!(html[main_end..].contains("class=\"warning"), "{page}: no help after the page");
        // ... and "today in short", on the first screen, links down to it (seventh PEMAT-P
        // scoring, problem 8: the help card is many phone screens down a day page).
        let short = section(&html, "in-short");
        let link = short.find("<a href=\"#getting-help\">").unwrap_or_else(|| panic!("{page}: no link to the help"));
        let help = html.find("id=\"getting-help\"").unwrap_or_else(|| panic!("{page}: no #getting-help"));
        assert!(
            html[help..].find("class=\"warning").is_some_and(|w| w < html[help..].find("</div>").unwrap()),
            "{page}"
        );
        assert!(help > main_end, "{page}: the help card is after <main>");
        let lang = page.split_once("/days").map_or("en", |(l, _)| if l.is_empty() { "en" } else { l });
        assert!(
            short[link..].contains(&message(lang, "day-short-help")),
            "{page}: the link's words are the catalogue's"
        );
    }
}

#[test]
fn day_pages_give_the_daily_routine_in_order_with_how_often_and_its_sources() {
    let site = example_site();
    let public = build(site.path());
    let day5 = read(&public, "days/5.html");
    let steps = items(section(&day5, "routine-h"));
    let at = |w: &str| steps.iter().position(|s| s.contains(w)).unwrap_or_else(|| panic!("no {w}: {steps:?}"));
    // Rinse, then wash, then dry, then the balm; how often, in the words of each step.
    assert!(at("rinse:") < at("Then wash:") && at("Then wash:") < at("Then dry:") && at("Then dry:") < at("Balm:"));
    assert!(steps[at("rinse:")].starts_with("Once a day"), "{steps:?}");
    // The rinse's to-do card, before the wash's, does not dry first (eighth PEMAT-P
    // scoring, problem 7): it washes, then dries.
    let rinse = text(section(&day5, "g-todo"));
    let card = &rinse[rinse.find("Rinse your scalp gently").unwrap()..];
    assert!(card.find("Wash it gently").unwrap() < card.find("pat it dry").unwrap(), "{card}");
    // The balm has a number of times a day, and on day 5 it follows the drying, which the
    // routine has just said. The number is the clinic's own (the guides give none): said
    // once, in the protocol's note beside the comparison, not in the instruction on every
    // day page and sheet (the fourth PEMAT-P scoring, problem 12).
    assert!(steps[at("Balm:")].contains("2 or 3 times a day"), "{steps:?}");
    for (lang, prefix, own) in [("en", "", "our own rule"), ("es", "es/", "norma nuestra")] {
        for page in [
            "days/0.html",
            "days/5.html",
            "days/14.html",
            "activities/sun.html",
            "activities/tanning-beds.html",
            "handouts/at-a-glance.html",
            "handouts/checklist.html",
        ] {
            let html = text(&read(&public, &format!("{prefix}{page}")));
            assert!(
                !html.contains(own) && !html.contains("own advice") && !html.contains("consejo nuestro"),
                "{lang} {page}"
            );
        }
    }
    let compare = text(&read(&public, "compare.html"));
    assert!(compare.contains("so 2 or 3 times a day and up to 20 minutes at a time are our own rules"), "{compare}");
    assert!(text(&read(&public, "es/compare.html"))
        .contains("2 o 3 veces al día y hasta 20 minutos cada vez son normas nuestras"));
    // A mild cleanser is said in words a patient can shop with, and shampoo is not one.
    let cleanser = text(&read(&public, "activities/cleanser.html"));
    assert!(
        cleanser.contains("a gentle face wash or a very mild soap")
            && cleanser.contains("Shampoo does not count, not even a mild one."),
        "{cleanser}"
    );
    let shampoo = text(&read(&public, "activities/shampoo.html"));
    assert!(shampoo.contains("No shampoo, not even a mild one"), "{shampoo}");
    assert!(text(&read(&public, "es/activities/cleanser.html")).contains("El champú no sirve, ni siquiera uno suave."));
    // Drying is one instruction everywhere: a clean paper towel, never "with clean hands".
    for page in ["days/0.html", "days/5.html", "handouts/at-a-glance.html", "handouts/checklist.html"] {
        assert!(!read(&public, page).contains("dry with clean hands"), "{page}");
        assert!(!read(&public, page).contains("patting dry, with clean hands"), "{page}");
    }
    // Every step cites its guides, under "Where this advice comes from".
    let sources = text(&day5[day5.find("class=\"sources\"").unwrap()..]);
    assert!(sources.contains("Care routine, step 1"), "{sources}");
    // Day 0: no rinse yet, so no rinse step; day 12: the routine after the first healing.
    let day0 = read(&public, "days/0.html");
    assert!(!text(section(&day0, "routine-h")).contains("rinse:"));
    assert!(text(section(&read(&public, "days/12.html"), "routine-h")).contains("Once a day, wash"));
    assert!(!read(&public, "days/30.html").contains("id=\"routine-h\""), "no routine after day 29");
    // On the sheet too, each run of days named once.
    let sheet = read(&public, "handouts/at-a-glance.html");
    let routine = text(section(&sheet, "gl-r"));
    assert_eq!(routine.matches("Days 4 to 9:").count(), 1, "{routine}");
    assert!(routine.contains("Then wash:") && routine.contains("Days 10 to 29:"), "{routine}");
}

#[test]
fn the_sheet_lists_every_change_to_the_last_day_and_keeps_each_day_whole() {
    let site = example_site();
    let public = build(site.path());
    let sheet = read(&public, "handouts/at-a-glance.html");
    let changes = text(section(&sheet, "gl-m"));
    // After day 11 the sheet used to stop: day 14 (hard exercise, sun), 28 and 30 (swimming,
    // sauna) are the answers to "when can I ...?" too.
    for day in ["Day 4:", "Day 7:", "Day 10:", "Day 11:", "Day 14:", "Day 28:", "Day 30:"] {
        assert!(changes.contains(day), "{day} missing: {changes}");
    }
    let d14 = &changes[changes.find("Day 14:").unwrap()..changes.find("Day 28:").unwrap()];
    assert!(d14.contains("Hard exercise") && d14.contains("Sun"), "{d14}");
    let d30 = &changes[changes.find("Day 30:").unwrap()..];
    assert!(d30.contains("Swimming") && d30.contains("Sauna"), "{d30}");
    // Tanning beds never change: not advised from day 0, so not a change of day 30.
    assert!(!d30.contains("Tanning beds"), "{d30}");
    // On paper a day's changes never part from their heading.
    let css = std::fs::read_to_string(public.join("assets/handout.css")).unwrap();
    assert!(css.contains(".g-miles .miles>li{break-inside:avoid}"), "each day whole");
    // What applies only after the final session says so; the key rules come first.
    assert!(sheet
        .contains("Only after your final session (the last one of your course), in place of the line marked above:"));
    // The line it replaces is marked: the sun's day 14 after an ordinary session.
    assert!(
        d14.contains(
            "Sun on scalp: Up to 20 minutes at a time, with sunscreen or a loose hat. (not after your final session: see below)"
        ),
        "{d14}"
    );
    assert!(!sheet.contains("After your final session, instead"));
    let key = text(section(&sheet, "gl-k"));
    assert!(
        key.contains("Days 0 to 3: Keep your scalp dry.") && key.contains("Days 0 to 9: Hands off your scalp."),
        "{key}"
    );
    assert!(sheet.find("id=\"gl-k\"").unwrap() < sheet.find("id=\"gl-r\"").unwrap());
    // "Not yet" (on screen): the final session's later day beside the ordinary one, and
    // what is never allowed says so.
    let dont = text(section(&sheet, "gl-d"));
    assert!(dont.contains("Direct sun on your scalp (from day 14) (from day 30 after your final session)"), "{dont}");
    assert!(dont.contains("Tanning beds (not advised)"), "{dont}");
    // Every word from the catalogue: Spanish has its own.
    let es = read(&public, "es/handouts/at-a-glance.html");
    assert!(text(section(&es, "gl-d")).contains("Rayos UVA (camas de bronceado) (no recomendado)"));
}

#[test]
fn tanning_beds_say_never_and_no_advice_leaves_a_word_unexplained() {
    let site = example_site();
    let public = build(site.path());
    let day0 = read(&public, "days/0.html");
    // Not advised from day 0: never "not yet" (as if allowed later), then "not advised".
    let not_yet = text(section(&day0, "g-not-yet"));
    assert!(!not_yet.contains("Tanning beds"), "{not_yet}");
    let never = text(section(&day0, "g-never"));
    assert!(never.contains("Tanning beds No tanning beds, now or later."), "{never}");
    let sheet = text(&read(&public, "handouts/checklist.html"));
    assert!(sheet.contains("Tanning beds: From day 0: ⊘ Not advised"), "{sheet}");
    let page = text(&read(&public, "activities/tanning-beds.html"));
    assert!(!page.contains("Not yet"), "{page}");
    // "open skin" was never explained.
    for page in ["days/0.html", "days/5.html", "handouts/at-a-glance.html", "activities/sunscreen.html"] {
        assert!(!read(&public, page).contains("open skin"), "{page}");
    }
    // "Sulfate-free" and "high SPF" were not explained on the sheets (seventh PEMAT-P
    // scoring, problem 9): each use says what the word is, in English and in Spanish.
    for page in ["handouts/at-a-glance.html", "handouts/checklist.html"] {
        let t = text(&read(&public, page));
        assert!(!t.contains("sulfate-free"), "{page}");
        assert!(t.matches("sulfates").count() == t.matches("sulfates (strong clean").count(), "{page}: {t}");
        assert!(
            t.matches("SPF").count()
                == t.matches("SPF (sun protection").count()
                    + t.matches("SPF. The SPF is the sun protection number").count() * 2,
            "{page}: {t}"
        );
    }
    let es = text(&read(&public, "es/handouts/at-a-glance.html"));
    assert!(es.contains("SPF alto (protección solar)") && es.contains("sin sulfatos (limpiadores fuertes)"), "{es}");
}

#[test]
fn with_a_remembered_date_a_day_page_names_its_own_day_and_runs_show_both_ends() {
    let site = example_site();
    let public = build(site.path());
    let day0 = read(&public, "days/0.html");
    assert!(day0.contains(r#"data-other="You are looking at day 0. Today is your day {day}.""#));
    let js = std::fs::read_to_string(public.join("assets/today.js")).unwrap();
    assert!(js.contains("data-other") && js.contains("data-range") && js.contains("data-end"));
    let swim = read(&public, "activities/swimming.html");
    assert!(swim.contains(r#"<span class="your-date" data-day="0" data-end="29"></span>"#), "both ends");
    assert!(swim.contains(r#"data-range="({from} to {to})""#));
    let es = read(&public, "es/activities/swimming.html");
    assert!(es.contains(r#"data-range="(del {from} al {to})""#));
}

#[test]
fn the_swimming_page_uses_only_its_own_statuses_and_says_why_it_waits_longer_than_a_guide() {
    let site = example_site();
    let public = build(site.path());
    let swim = read(&public, "activities/swimming.html");
    let legend = &swim[swim.find("class=\"legend\"").unwrap()..];
    let legend = &legend[..legend.find("</ul>").unwrap()];
    assert_eq!(items(legend), vec!["✕ Not yet", "✓ Allowed"], "{legend}");
    // Sunscreen before an outdoor swim, then again after it.
    let answer = text(&swim);
    assert!(answer.contains("Before you swim outdoors, put sunscreen on your scalp."), "{answer}");
    // The guide that allows it from day 14 is answered beside its advice.
    let guide = &swim[swim.find("id=\"gs-healing-process\"").unwrap()..];
    let guide = text(&guide[..guide.find("</section>").unwrap()]);
    assert!(guide.contains("This guide allows it sooner. We wait until day 30"), "{guide}");
    let other = &swim[swim.find("id=\"gs-heal-right-day-by-day\"").unwrap()..];
    assert!(!other[..other.find("</section>").unwrap()].contains("allows it sooner"));
}

/// PEMAT-P item 24: a patient without a remembered date must turn day numbers into dates,
/// so each day page says how, with its own day as the example, and links to the page that
/// works the dates out; the printed sheet says how too.
#[test]
fn day_pages_and_the_sheet_show_how_to_turn_a_day_number_into_a_date() {
    let site = example_site();
    let public = build(site.path());
    let kicker = |page: &str| {
        let html = read(&public, page);
        let at = html.find(r#"<p class="kicker">"#).unwrap_or_else(|| panic!("{page}: no kicker"));
        html[at..at + html[at..].find("</p>").unwrap()].to_string()
    };
    let day5 = kicker("days/5.html");
    assert!(text(&day5).contains("so day 5 is 5 days after it"), "{day5}");
    assert!(day5.contains(r#"href="../schedule.html">See your own dates</a>"#), "{day5}");
    assert!(text(&kicker("days/1.html")).contains("so day 1 is 1 day after it"));
    assert!(text(&kicker("days/0.html")).contains("Day 0 is the day of your session, so day 4 is 4 days after it"));
    assert!(text(&kicker("es/days/12.html")).contains("así que el día 12 es 12 días después"));
    let sheet = text(&read(&public, "handouts/at-a-glance.html"));
    assert!(sheet.contains("day 4 is 4 days after it, and so on. My session date:"), "{sheet}");
}

/// The printed checklist marks days "! Care": its key says what that asks of the patient
/// (the third PEMAT-P scoring found it unexplained), in each language's words.
#[test]
fn the_checklist_key_says_what_with_care_means() {
    let site = example_site();
    let public = build(site.path());
    let en = text(&read(&public, "handouts/checklist.html"));
    assert!(
        en.contains(
            "\"Care\" means it is allowed, but gently and only in the way your care routine and the list under the table say."
        ),
        "{en}"
    );
    // That list is on the sheet (a sheet on the fridge has no other to point to).
    assert!(en.contains("What the marks in the table ask of you"), "{en}");
    let es = text(&read(&public, "es/handouts/checklist.html"));
    assert!(es.contains("«Cuidado» quiere decir que está permitido, pero con suavidad"), "{es}");
}

/// A message of the program's own catalogue for `lang` (a one-line message).
fn message(lang: &str, id: &str) -> String {
    let ftl = std::fs::read_to_string(common::repo().join(format!("messages/{lang}.ftl"))).unwrap();
    let line = ftl.lines().find(|l| l.starts_with(&format!("{id} = "))).unwrap_or_else(|| panic!("{lang}: no {id}"));
    line[id.len() + 3..].to_string()
}

/// A course of several sessions starts the day count again at each session (the third
/// PEMAT-P scoring's most serious finding): day and activity pages say so in the page, with
/// no JavaScript, in each language; today.js gets the words it writes beside a day counted
/// from the next session ("your next session comes first and starts the count again") instead of leaving it bare. A
/// treatment of one session says neither.
#[test]
fn pages_say_the_day_count_starts_again_at_each_session() {
    let site = example_site();
    let public = build(site.path());
    for (lang, prefix) in [("en", ""), ("es", "es/"), ("ar", "ar/")] {
        let restarts = message(lang, "count-restarts");
        let later = format!("data-later=\"{}\"", message(lang, "today-later"));
        for page in ["days/0.html", "days/5.html", "days/20.html", "activities/swimming.html", "activities/sun.html"] {
            let html = read(&public, &format!("{prefix}{page}"));
            assert!(text(&html).contains(&restarts), "{lang} {page}: no \"{restarts}\"");
            assert!(html.contains(&later), "{lang} {page}: no {later}");
        }
        // The printed sheets too, in their own words (a new sheet, or day 0 again, at each
        // session: see printed_sheets_start_again_at_each_session).
        for (sheet, id) in
            [("handouts/at-a-glance.html", "glance-sessions"), ("handouts/checklist.html", "checklist-sessions")]
        {
            let html = read(&public, &format!("{prefix}{sheet}"));
            let again = message(lang, id).replace("{ $day }", "14");
            assert!(text(&html).contains(&again), "{lang} {sheet}: no \"{again}\"");
        }
    }
    // The activity page turns its own last day into an example.
    let swim = text(&read(&public, "activities/swimming.html"));
    assert!(swim.contains("Day 0 is the day of your session, so day 30 is 30 days after it."), "{swim}");

    let studio = studio();
    let o = aftercare(studio.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = studio.path().join("public");
    let restarts = message("en", "count-restarts");
    assert!(text(&read(&public, "laser-removal/days/0.html")).contains(&restarts));
    assert!(!text(&read(&public, "tattoo/days/0.html")).contains(&restarts), "one session: nothing to restart");
    assert!(!text(&read(&public, "tattoo/handouts/checklist.html")).contains(&restarts));
}

/// The printed sheets and a course of sessions (the fifth scoring, problem 5): a patient
/// with three sessions 14 days apart filled rows 14 to 30 with dates that were days 0 to
/// 16 of their next session. Both sheets say to start again at each session (a new sheet,
/// or day 0 again on the one-page summary) and that the rows or days from the next
/// session's day on are for after the final session only, with the clinic's own number of
/// days between sessions; a treatment of one session says nothing of it. The routine
/// under the checklist's table is one column kept on one page (problem 16: step 8 "No more
/// balm" printed in another column from step 7's "Days 10 to 29").
#[test]
fn printed_sheets_start_again_at_each_session() {
    let site = example_site();
    let public = build(site.path());
    for (prefix, check, glance) in [
        (
            "",
            "At each session, start a new sheet: that day is day 0 again. If your next session is on day 14, the rows from day 14 on apply only after your final session.",
            "At each session, write its date here and count from day 0 again. If your next session is on day 14, what this sheet says from day 14 on applies only after your final session.",
        ),
        ("es/", "En cada sesión, empiece una hoja nueva", "En cada sesión, escriba aquí su fecha"),
        ("ar/", "في كل جلسة، ابدؤوا ورقة جديدة", "في كل جلسة، اكتبوا تاريخها هنا"),
    ] {
        let html = read(&public, &format!("{prefix}handouts/checklist.html"));
        let sheet = text(&html);
        assert!(sheet.contains(check), "{prefix}: {sheet}");
        // Said before the table, on the first sheet with it.
        assert!(html.find(check).unwrap() < html.find("<table class=\"checklist\">").unwrap(), "{prefix}");
        let one = text(&read(&public, &format!("{prefix}handouts/at-a-glance.html")));
        assert!(one.contains(glance), "{prefix}: {one}");
    }
    let studio = studio();
    let studio_public = build(studio.path());
    // Six sessions, 42 days apart: the clinic's own number.
    let laser = text(&read(&studio_public, "laser-removal/handouts/checklist.html"));
    assert!(laser.contains("If your next session is on day 42, the rows from day 42 on"), "{laser}");
    for sheet in ["tattoo/handouts/checklist.html", "tattoo/handouts/at-a-glance.html"] {
        let html = text(&read(&studio_public, sheet));
        assert!(!html.contains("At each session"), "one session: {sheet}");
    }
    let css = std::fs::read_to_string(public.join("assets/handout.css")).unwrap();
    assert!(css.contains(".check-routine{margin-top:2mm;break-inside:avoid}"), "the routine kept on one page");
    assert!(!css.contains(".check-routine ol{columns"), "the routine in one column");
}

/// A patient with more sessions to come, or in their final session, gets the date a rule
/// really starts (the fourth PEMAT-P scoring, item 7 in state b; the fifth's problem 1: in
/// the final session the sun was dated "from day 14" though it waits to day 30 then): a
/// "from day N" carries in `data-final` the day the same comes after the final session
/// (N when its advice is the same then; 30 for the sun's 14), so today.js dates it from
/// the planned final session in the catalogue's words (the note's data-final), or in the
/// final session by that day (data-final-from). The activity pages carry the words for
/// marking today in their day grid.
#[test]
fn a_day_after_the_final_session_is_dated_by_the_day_the_rule_gets_there_after_it() {
    let site = example_site();
    let public = build(site.path());
    for (lang, prefix) in [("en", ""), ("es", "es/"), ("ar", "ar/")] {
        let words = message(lang, "today-after-final");
        for v in ["date", "day", "planned"] {
            assert!(words.contains(&format!("{{ ${v} }}")), "{lang}: today-after-final without {v}");
        }
        let words =
            words.replace("{ $date }", "{date}").replace("{ $day }", "{day}").replace("{ $planned }", "{planned}");
        for page in ["days/5.html", "activities/swimming.html", "activities/sun.html"] {
            let html = read(&public, &format!("{prefix}{page}"));
            assert!(html.contains(&format!("data-final=\"{words}\"")), "{lang} {page}: no data-final words");
            let from = message(lang, "today-final-from").replace("{ $day }", "{day}").replace("{ $date }", "{date}");
            assert!(html.contains(&format!("data-final-from=\"{from}\"")), "{lang} {page}: no data-final-from words");
        }
        let strip = message(lang, "today-in-strip").replace("{ $day }", "{day}");
        assert!(
            read(&public, &format!("{prefix}activities/swimming.html")).contains(&format!("data-strip=\"{strip}\"")),
            "{lang}"
        );
    }
    let swim = read(&public, "activities/swimming.html");
    assert!(
        swim.contains(r#"<strong>From day 30</strong><span class="your-date" data-day="30" data-final="30"></span>"#),
        "swimming"
    );
    let sun = read(&public, "activities/sun.html");
    assert!(
        sun.contains(r#"<strong>From day 14</strong><span class="your-date" data-day="14" data-final="-1"></span>"#),
        "sun: day 14's words are not the rule after the final session"
    );
    assert!(
        sun.contains(r#"always with care after that.<span class="your-date" data-day="30" data-final="30" data-only-final></span></p>"#),
        "sun: its answer after the final session is dated by its own day"
    );
    let day = read(&public, "days/5.html");
    assert!(day.contains(r#"Swimming in a pool or the sea</span> <span class="c-from">from day 30<span class="your-date" data-day="30" data-final="30"></span>"#), "day 5, swimming");
    // The sun waits longer after the final session: both days, each dated for its patient.
    assert!(day.contains(r#"Direct sun on your scalp</span> <span class="c-from">from day 14<span class="your-date" data-day="14" data-final="-1"></span>; after your final session, from day 30<span class="your-date" data-day="30" data-final="30" data-only-final></span>"#), "day 5, sun");
    // The printed sheet's dates too: in the final session its "from day 14" is left undated.
    let glance = read(&public, "handouts/at-a-glance.html");
    assert!(glance.contains(r#"data-day="14" data-final="30" data-form="#), "at a glance, sun");
}

/// Each rule is said once on a day page (the fourth PEMAT-P review: "Hands off" three
/// times on day 0): a key rule in full under "Most important today", and in the list of
/// what is not allowed yet only a link up to it; and what is never allowed is not offered
/// "when it is allowed".
#[test]
fn a_key_rule_is_said_once_and_never_allowed_is_not_told_when_it_is_allowed() {
    let site = example_site();
    let public = build(site.path());
    for (lang, prefix) in [("en", ""), ("es", "es/"), ("ar", "ar/")] {
        let html = read(&public, &format!("{prefix}days/0.html"));
        let key = section(&html, "key-h");
        let rules: Vec<String> = items(key).into_iter().collect();
        assert!(rules.len() >= 2, "{lang}: {rules:?}");
        let see = message(lang, "day-see-key").replace("{ day-key-heading }", &message(lang, "day-key-heading"));
        let page = text(&html);
        for id in ["wet-head", "touching"] {
            assert!(key.contains(&format!("id=\"key-{id}\"")), "{lang}: {id} is a key rule on day 0");
            assert!(
                html.contains(&format!("<a href=\"#key-{id}\">{see}</a>")),
                "{lang}: {id} points up to its key rule"
            );
        }
        // The key rules' own words are on the page once (a rule's text, after its name).
        for rule in &rules {
            let said = rule.split_once(". ").map_or(rule.as_str(), |(_, said)| said);
            let said: String = said.chars().take(40).collect();
            assert_eq!(page.matches(&said).count(), 1, "{lang}: \"{said}\" said more than once");
        }
        let never = section(&html, "g-never");
        assert!(text(never).contains(&message(lang, "day-never-lead")), "{lang}: {never}");
        assert!(!text(never).contains(&message(lang, "day-not-yet-lead")), "{lang}");
    }
}

/// The printed checklist stands on its own (the third PEMAT-P scoring): a summary first,
/// the "*" explained before the table (on its sheet), what each column's "care" and "not
/// yet" ask in the protocol's own short words ("Water ✕ No" is not "no shower"), products
/// as the day pages say them (only the aftercare balm at first), and no stray "*".
#[test]
fn the_checklist_says_what_each_mark_asks_and_keeps_its_footnote_by_the_table() {
    let site = example_site();
    let public = build(site.path());
    let html = read(&public, "handouts/checklist.html");
    let table = html.find("<table class=\"checklist\"").unwrap();
    let key = html.find("id=\"ck-k\"").expect("a summary of the key rules");
    assert!(key < table);
    assert!(text(section(&html, "ck-k")).contains("Days 0 to 3: Keep your scalp dry. Shower from the neck down."));
    // Runs of days are parted by the catalogue's item separator, not a semicolon after a
    // full stop (".; Days 4 to 9", the fourth scoring).
    assert!(!text(&html).contains(".;") && !text(&html).contains(" ;"), "{}", text(&html));
    let how = text(section(&html, "ck-h"));
    // A key rule's how is in the box above the table, said once: its column's run is not
    // repeated under the table ("Shower from the neck down" twice on one sheet).
    assert!(!how.contains("Shower from the neck down"), "{how}");
    assert!(how.contains("Getting your head wet: Days 4 to 9: ! Care Once a day, a soft, lukewarm rinse."), "{how}");
    assert!(how.contains("Washing with a mild cleanser: Days 4 to 9: ! Care A pea-sized drop"), "{how}");
    assert!(
        how.contains("Shaving with a razor: Days 10 to 13: ! Care Calm scalp only. A clean, sharp blade."),
        "{how}"
    );
    // A sheet is for one session, and its rows from the next session's day on are for
    // after the final session (the eighth scoring: "! Care" on days 14 to 29 in the sun
    // column was wrong for every row a patient with sessions 14 days apart uses): the
    // table and the lines under it give the final session's rule from day 14.
    assert!(
        how.contains("Direct sun on your scalp: Days 0 to 13: ✕ No Stay in the shade, or use an umbrella (a loose hat from day 7). · Days 14 to 29: ✕ No Shade or a loose hat until day 30. · From day 30: ! Care"),
        "{how}"
    );
    let row = |day: u32| {
        let at = html.find(&format!("<th scope=\"row\">{day}</th>")).unwrap_or_else(|| panic!("no row {day}"));
        text(&html[at..at + html[at..].find("</tr>").unwrap()])
    };
    assert_eq!(row(14).matches("✕ No").count(), 3, "day 14: sun, swimming and sauna not yet: {}", row(14));
    assert_eq!(row(13).matches("✕ No").count(), 3, "{}", row(13));
    // Nothing changes after the final session before day 14 in a column: no "*" by the
    // table; the booking line under it still says what the final session changes.
    assert!(!html[..table].contains("* After your"), "no footnote for no marked cell");
    assert!(!how.contains("* After your"), "{how}");
    assert!(section(&html, "ck-o")
        .contains("<br class=\"final-br\"> <strong class=\"final-mark\">* After your final session:</strong>"));
    let others = text(section(&html, "ck-o"));
    assert!(
        others.contains("Moisturiser and other products: Days 0 to 9: ! Care Only the aftercare balm we gave you. No other product."),
        "{others}"
    );
    assert!(!text(section(&html, "ck-o")).contains("No touching, scratching or picking"), "a key rule, said above");
    assert!(!section(&html, "ck-o").contains("<sup>"), "no stray \"*\" under the table: {others}");
    assert!(!html.contains("Check the question page"), "a page that does not work on paper");
    // Printed in larger type than the one-sheet summary (7.8pt was found too small): the
    // browser suite's print checks hold it to two sheets.
    let css = std::fs::read_to_string(public.join("assets/handout.css")).unwrap();
    assert!(css.contains(".page-handout-checklist{font-size:10pt}"), "checklist print type");
    // Spanish, in its own words.
    let es = read(&public, "es/handouts/checklist.html");
    assert!(text(section(&es, "ck-h")).contains("Como un guisante, sin frotar."));
    assert!(text(section(&es, "ck-o")).contains("Solo el bálsamo de cuidados que le dimos."));
}

/// A line of to-dos or labels shown as one list ("Most important today: Keep your scalp
/// dry · Hands off your scalp") is separated by the catalogue's list-separator-items, not a
/// comma: "Keep your scalp dry, Hands off your scalp" read as a sentence with a capital
/// after its comma (third PEMAT-P scoring).
#[test]
fn one_line_lists_of_phrases_are_not_joined_by_a_comma() {
    let site = example_site();
    let public = build(site.path());
    for (lang, prefix) in [("en", ""), ("es", "es/"), ("ar", "ar/")] {
        let sep = message(lang, "list-separator-items");
        let sep = sep.trim_start_matches("{\"").trim_end_matches("\"}");
        assert!(!sep.starts_with(','), "{lang}: {sep}");
        let day0 = read(&public, &format!("{prefix}days/0.html"));
        assert!(day0.contains(&format!("--sep:\"{sep}\"")), "{lang}: no --sep \"{sep}\"");
        assert!(day0.contains("class=\"key-line\""), "{lang}");
    }
}

/// The printed sheet says what to avoid in the first two weeks, not only that something is
/// "not yet": shade for the sun, no sweating or heat (third PEMAT-P scoring); and the sun
/// after the final session no longer ends with an undefined "ask us before doing more".
#[test]
fn the_sheet_says_how_to_keep_to_what_is_not_allowed_yet() {
    let site = example_site();
    let public = build(site.path());
    let sheet = read(&public, "handouts/at-a-glance.html");
    let dont = text(section(&sheet, "gl-d"));
    assert!(dont.contains("Stay in the shade, or use an umbrella"), "{dont}");
    assert!(dont.contains("No sweating, hot rooms or long walks in the heat."), "{dont}");
    // The key rules are said once, in their own box.
    assert!(!dont.contains("Shower from the neck down"), "{dont}");
    assert!(!sheet.contains("Ask us before doing more"));
    let sun = text(&read(&public, "activities/sun.html"));
    assert!(sun.contains("Up to 20 minutes") || sun.contains("up to 20 minutes"), "short spells in minutes: {sun}");
    let es = read(&public, "es/handouts/at-a-glance.html");
    assert!(text(section(&es, "gl-d")).contains("Quédese a la sombra"));
}

/// The printed checklist gives the daily routine in numbered steps (the fourth PEMAT-P
/// scoring, item 22: "the sheet does not break the care into steps"), in the protocol's
/// short lines (`short`: no "our own rule" remark on paper), between the table and the
/// lists; its key points to it. A site without a routine keeps the key that points to the
/// list alone.
#[test]
fn the_checklist_gives_the_daily_routine_step_by_step_and_its_key_points_to_it() {
    let site = example_site();
    let public = build(site.path());
    let html = read(&public, "handouts/checklist.html");
    let routine = section(&html, "ck-r");
    assert!(routine.contains("<ol"), "numbered: {routine}");
    // The numbered steps (the pictures' list follows the list of steps).
    let steps = items(&routine[..routine.find("</ol>").unwrap()]);
    assert_eq!(steps.len(), 8, "{steps:?}");
    assert!(steps[0].starts_with("Days 0 to 3: Balm: 2 or 3 times a day"), "{steps:?}");
    assert!(steps[1].starts_with("Days 4 to 9: Once a day, rinse:"), "{steps:?}");
    assert!(steps[2].starts_with("Then wash:") && steps[3].starts_with("Then dry:"), "{steps:?}");
    assert!(steps[4].starts_with("Then balm:") && steps[4].contains("2 or 3 times a day in all"), "{steps:?}");
    assert!(!text(&html).contains("our own rule"), "the remark stays on the day pages");
    let (table, at, lists) =
        (html.find("</table>").unwrap(), html.find("id=\"ck-r\"").unwrap(), html.find("id=\"ck-h\"").unwrap());
    assert!(table < at && at < lists, "after the table, before the lists");
    assert!(text(&html).contains("only in the way your care routine and the list under the table say."));
    // The at-a-glance sheet prints the same short lines.
    let glance = text(section(&read(&public, "handouts/at-a-glance.html"), "gl-r"));
    assert!(
        glance.contains("Then balm: dab on a thin layer with clean fingertips. 2 or 3 times a day in all."),
        "{glance}"
    );
    assert!(!glance.contains("our own rule"), "{glance}");
    // Spanish in its own words; the Arabic interface's heading in Arabic.
    let es = items(section(&read(&public, "es/handouts/checklist.html"), "ck-r"));
    assert!(es[2].starts_with("Luego, lávelo:"), "{es:?}");
    let ar = read(&public, "ar/handouts/checklist.html");
    assert!(
        ar.contains(&message("ar", "glance-routine")) && ar.contains(&message("ar", "checklist-care-means-routine"))
    );

    let studio = studio();
    let o = aftercare(studio.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let tattoo = read(&studio.path().join("public"), "tattoo/handouts/checklist.html");
    assert!(!tattoo.contains("id=\"ck-r\""), "no routine, no section");
    assert!(text(&tattoo).contains("only in the way the list under the table says."));
}

/// "Hands off your scalp" on paper no longer says "only dab on the balm" beside a wash done
/// with the fingertips (the fourth scoring, problem 3): the only touches allowed are the
/// gentle ones of the care routine, on both sheets and in both languages.
#[test]
fn printed_hands_off_allows_the_gentle_touches_of_the_routine() {
    let site = example_site();
    let public = build(site.path());
    for (prefix, words) in [
        ("", "No touching, scratching or picking. The only touches allowed are the gentle ones of your care routine."),
        ("es/", "Solo se permiten los toques suaves de sus cuidados diarios."),
    ] {
        for (sheet, id) in [("handouts/at-a-glance.html", "gl-k"), ("handouts/checklist.html", "ck-k")] {
            let key = text(section(&read(&public, &format!("{prefix}{sheet}")), id));
            assert!(key.contains(words), "{prefix}{sheet}: {key}");
            assert!(!key.contains("Only dab on the balm") && !key.contains("Solo ponerse el bálsamo"), "{key}");
        }
    }
}

/// "Hands off your scalp" runs to day 9 while a gentle clipper trim is allowed from day 7
/// (eighth PEMAT-P scoring, problem 4: the two read as a contradiction on days 7 to 9):
/// the hands-off rule says the clipper is the exception, in each language.
#[test]
fn hands_off_says_a_clipper_trim_is_allowed_from_day_7() {
    let site = example_site();
    let public = build(site.path());
    for (page, words) in [
        ("days/7.html", "From day 7, a gentle trim with a clipper is fine too."),
        ("es/days/7.html", "Desde el día 7, también puede recortarse el pelo con una maquinilla, con suavidad."),
    ] {
        let key = text(section(&read(&public, page), "key-h"));
        assert!(key.contains(words), "{page}: {key}");
    }
}

/// After the final session the sun stays off the scalp until day 30, and "with care" then
/// means sunscreen (the fourth scoring, problem 7): the sheet prints the runs of days the
/// final session changes, each with how, not the bare answer ("always take the same care").
#[test]
fn the_sheet_says_how_the_sun_goes_after_the_final_session() {
    let site = example_site();
    let public = build(site.path());
    let changes = text(section(&read(&public, "handouts/at-a-glance.html"), "gl-m"));
    assert!(
        changes.contains("Sun on scalp: Days 14 to 29: ✕ not yet Shade or a loose hat until day 30. · From day 30: ! with care As long as you like, with sunscreen on your scalp every time."),
        "{changes}"
    );
    let bare = message("en", "answer-care-only");
    let bare = &bare[bare.find("}, ").unwrap() + 3..];
    assert!(!changes.contains(bare), "{changes}");
    let es = text(section(&read(&public, "es/handouts/at-a-glance.html"), "gl-m"));
    assert!(
        es.contains(
            "Desde el día 30: ! con cuidado Todo el tiempo que quiera, con protector solar en la cabeza siempre."
        ),
        "{es}"
    );
}

/// The in-short box of an activity whose advice changes after the final session (the sixth
/// scoring, S1: "Our answer: With care from day 14" applied to no patient of the clinic's
/// plan, whose next session starts on day 14 and whose sun waits to day 30 after the
/// final one): the answer after the final session (or the only one) leads, in the bold
/// line, and the ordinary session's day comes after it, under "Between sessions". On both
/// sites (the studio's laser removal has its own after-final rules), in each language.
#[test]
fn the_in_short_answer_leads_with_the_final_session() {
    let site = example_site();
    let public = build(site.path());
    let studio = studio();
    let studio_public = build(studio.path());
    for (public, page, lang, final_day, between_day) in [
        (&public, "activities/sun.html", "en", 30, 14),
        (&public, "es/activities/sun.html", "es", 30, 14),
        (&public, "ar/activities/sun.html", "ar", 30, 14),
        (&studio_public, "laser-removal/activities/sun.html", "en", 28, 14),
    ] {
        let html = read(public, page);
        let boxed = section(&html, "in-short");
        let main = &boxed[boxed.find("<p class=\"answer-main").unwrap_or_else(|| panic!("{page}: no answer"))..];
        let main = text(&main[..main.find("</p>").unwrap()]);
        let lead = message(lang, "activity-answer-final");
        let care_only = message(lang, "answer-care-only");
        let with_care = care_only[..care_only.find("{ $care }").unwrap()].to_string();
        assert!(main.starts_with(&format!("{lead} {with_care}{final_day}")), "{page}: {main}");
        assert!(!main.contains(&between_day.to_string()), "{page}: {main}");
        let between = boxed.find(&message(lang, "activity-between")).unwrap_or_else(|| panic!("{page}: no between"));
        let every = format!("data-day=\"{between_day}\" data-final=\"-1\"");
        assert!(boxed.find(&every).is_some_and(|at| at > between), "{page}: {boxed}");
        // Not the old "Our answer:" with the ordinary session's day.
        assert!(!boxed.contains(&message(lang, "activity-our-answer")), "{page}");
    }
    // An action (booking the next session) is answered for the sessions to come first: its
    // ordinary days are the ones to act on, and the final session's words follow.
    for lang in ["en", "es"] {
        let page = if lang == "en" {
            "activities/next-session.html".into()
        } else {
            format!("{lang}/activities/next-session.html")
        };
        let html = read(&public, &page);
        let boxed = section(&html, "in-short");
        assert!(boxed.contains(&message(lang, "activity-our-answer")), "{page}: {boxed}");
        assert!(!boxed.contains(&message(lang, "activity-between")), "{page}: {boxed}");
    }
}

/// The lists of answers (home page, questions page) give the answer after the final session
/// first where the advice changes then, as the activity page does: "With care from day 14"
/// first read as the answer for everyone, and a patient with one session waits to day 30.
#[test]
fn answer_lists_lead_with_the_final_session() {
    let site = example_site();
    let public = build(site.path());
    for (page, lang) in [
        ("index.html", "en"),
        ("activities/index.html", "en"),
        ("es/index.html", "es"),
        ("ar/activities/index.html", "ar"),
    ] {
        let html = text(&read(&public, page));
        let first = message(lang, "answer-final-first");
        let first = &first[..first.find("{ $answer }").unwrap()];
        let between = message(lang, "answer-between");
        let between = &between[..between.find("{ $answer }").unwrap()];
        let at = html.find(first).unwrap_or_else(|| panic!("{page}: no final-first answer: {html}"));
        let after = &html[at..];
        let end = after.find(between).unwrap_or_else(|| panic!("{page}: no between answer"));
        assert!(after[..end].contains("30"), "{page}: {}", &after[..end + 40]);
        assert!(after[end..end + between.len() + 30].contains("14"), "{page}: {}", &after[..end + 40]);
    }
}

/// The printed checklist shows the clinic's pictures of the routine's steps, each captioned
/// with its step's number (the seventh scoring, item 26: the how-to steps had no picture on
/// the checklist), in every language, and the pictures are copied beside the pages.
#[test]
fn the_checklist_shows_the_routine_steps_pictures() {
    let site = example_site();
    let public = build(site.path());
    for (prefix, lang) in [("", "en"), ("es/", "es"), ("ar/", "ar")] {
        let html = read(&public, &format!("{prefix}handouts/checklist.html"));
        let routine = section(&html, "ck-r");
        let caption = |n: u32| message(lang, "checklist-step-picture").replace("{ $step }", &n.to_string());
        for (step, file) in
            [(1, "smp-balm.svg"), (2, "smp-rinse.svg"), (3, "smp-fingertips.svg"), (6, "smp-sleep-back.svg")]
        {
            let at = routine.find(&format!("images/{file}\" alt=\"")).unwrap_or_else(|| panic!("{lang}: no {file}"));
            let figure = &routine[at..routine[at..].find("</figure>").unwrap() + at];
            assert!(figure.contains(&format!("<figcaption>{}</figcaption>", caption(step))), "{lang}: {figure}");
            assert!(public.join("images").join(file).is_file(), "{file}");
        }
    }
}

/// "The same care" is not the same (the sixth scoring, S4), and the sun page does not
/// contradict itself (the seventh, problem 4): the day-14 rule is for between sessions and
/// says nothing of after the final session, where days 14 to 29 are "not yet"; the day-30
/// rule says the time limit is over; no answer says "the same care", nor "never fully
/// allowed" beside "as long as you like".
#[test]
fn the_sun_says_when_the_time_limit_ends() {
    let site = example_site();
    let public = build(site.path());
    for (page, lang, no_limit, same) in [
        (
            "activities/sun.html",
            "en",
            "Your scalp has healed, so you can stay out as long as you like. Put sunscreen on your scalp every time you go out.",
            "same care",
        ),
        (
            "es/activities/sun.html",
            "es",
            "puede estar fuera todo el tiempo que quiera. Póngase protector solar en el cuero cabelludo cada vez que salga.",
            "mismo cuidado",
        ),
    ] {
        let html = text(&read(&public, page));
        assert!(html.contains(no_limit), "{page}: {html}");
        assert!(!html.contains(same), "{page}");
        assert!(!html.contains("20-minute limit lasts") && !html.contains("límite de 20 minutos dura"), "{page}");
        let care_only = message(lang, "answer-care-only");
        assert!(html.contains(&care_only.replace("{ $care }", "30")), "{page}: {html}");
    }
    for page in ["index.html", "compare.html", "es/index.html"] {
        let html = text(&read(&public, page));
        assert!(!html.contains("same care") && !html.contains("mismo cuidado"), "{page}");
        assert!(!html.contains("never becomes fully allowed"), "{page}");
    }
    // Which sunscreen (eighth PEMAT-P scoring, problem 5), where the sun asks for one.
    for (page, words) in [
        ("activities/sun.html", "Choose a sunscreen made for the scalp, with a high SPF (sun protection number)."),
        (
            "es/days/14.html",
            "Elija un protector solar pensado para el cuero cabelludo, con SPF alto (protección solar).",
        ),
    ] {
        assert!(text(&read(&public, page)).contains(words), "{page}");
    }
}

/// A day page's "not yet" list gives both days where the final session makes the patient
/// wait longer (the seventh scoring, problem 1: "Direct sun on your scalp from day 14" with
/// no word of day 30, the day for a patient after their only or final session), and each
/// is dated for the patient it is for (today.js: `data-final="-1"` on the ordinary day,
/// `data-only-final` on the final session's).
#[test]
fn not_yet_gives_the_final_session_day_where_it_is_later() {
    let site = example_site();
    let public = build(site.path());
    for (page, lang) in [("days/5.html", "en"), ("es/days/0.html", "es"), ("ar/days/13.html", "ar")] {
        let html = read(&public, page);
        let later = message(lang, "day-from-final").replace("{ $day }", "30");
        let ordinary = format!(
            "{}<span class=\"your-date\" data-day=\"14\" data-final=\"-1\"></span>",
            message(lang, "day-from").replace("{ $day }", "14")
        );
        let both = format!(
            "{ordinary}{later}<span class=\"your-date\" data-day=\"30\" data-final=\"30\" data-only-final></span>"
        );
        assert!(html.contains(&both), "{page}: no \"{both}\"");
    }
    // Where the day is the same after the final session, one day only.
    let html = read(&public, "days/5.html");
    assert_eq!(
        html.matches(&message("en", "day-from-final").replace("{ $day }", "")).count(),
        1,
        "only the sun waits longer"
    );
}

/// The clinic's balm is for days 0 to 9; from day 10 it stops, and a little moisturiser takes
/// its place if the scalp feels tight (the fourth scoring, problem 11): the routine, the
/// rule and both sheets say so, and nothing says "no thick balms" about it.
#[test]
fn the_balm_stops_after_day_9_and_a_little_moisturiser_takes_its_place() {
    let site = example_site();
    let public = build(site.path());
    let glance = read(&public, "handouts/at-a-glance.html");
    assert!(
        text(section(&glance, "gl-r")).contains(
            "Days 10 to 29: Once a day, wash with a mild, fragrance-free cleanser and lukewarm water. Pat dry."
        ),
        "{}",
        text(section(&glance, "gl-r"))
    );
    assert!(text(section(&glance, "gl-r"))
        .contains("No more balm. If your scalp then feels tight, a little fragrance-free moisturiser instead."));
    let day10 = text(section(&glance, "gl-m"));
    assert!(
        day10.contains(
            "Moisturiser and other products: No more balm. If tight, a little fragrance-free moisturiser. No oils."
        ),
        "{day10}"
    );
    let others = text(section(&read(&public, "handouts/checklist.html"), "ck-o"));
    assert!(others.contains("Days 10 to 29: ! Care No more balm."), "{others}");
    let page = text(&read(&public, "activities/moisturiser.html"));
    assert!(page.contains("Stop the aftercare balm now."), "{page}");
    assert!(!page.contains("thick balms"), "{page}");
    let es = text(&read(&public, "es/activities/moisturiser.html"));
    assert!(es.contains("Deje ya el bálsamo de cuidados.") && !es.contains("bálsamos espesos"), "{es}");
}

/// The checklist's key lists only the marks its table prints (the fourth scoring, problem
/// 13: "☐ Do" and "⊘ Never" were in the key and never in the table), computed from the
/// table, on both sites; its column heads say what they are about ("Wet head", not "Water",
/// which read as "don't drink water").
#[test]
fn the_checklist_key_lists_the_marks_of_its_table() {
    let site = example_site();
    let public = build(site.path());
    let studio = studio();
    let o = aftercare(studio.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let sheets = [
        read(&public, "handouts/checklist.html"),
        read(&public, "es/handouts/checklist.html"),
        read(&studio.path().join("public"), "tattoo/handouts/checklist.html"),
        read(&studio.path().join("public"), "laser-removal/handouts/checklist.html"),
    ];
    for html in &sheets {
        let start = html.find("<table").unwrap();
        let (before, table) = (&html[..start], &html[start..html.find("</table>").unwrap()]);
        for k in ["do", "not-yet", "with-care", "allowed", "never"] {
            let in_table = table.contains(&format!("<td class=\"s-{k}\">"));
            let in_key = before.contains(&format!("class=\"st s-{k}\""));
            assert_eq!(in_table, in_key, "{k}: in the table {in_table}, in the key {in_key}");
        }
    }
    let en = &sheets[0];
    assert!(!en[..en.find("<table").unwrap()].contains("st s-never"), "the example's table has no \"never\"");
    let head = &en[en.find("<thead>").unwrap()..en.find("</thead>").unwrap()];
    assert!(head.contains(">Wet head<") && head.contains(">Sun on scalp<") && !head.contains(">Water<"), "{head}");
}

/// The printed sheets' foot keeps the content version for the clinic, labelled so that a
/// patient knows it is not for them (the fourth scoring, problem 15); the at-a-glance sheet
/// prints at 9pt, its captions and tick boxes at 8pt (7.8pt, 6.5pt and 7pt were too small).
#[test]
fn the_sheets_foot_is_for_the_clinic_and_the_summary_prints_at_9pt() {
    let site = example_site();
    let public = build(site.path());
    for (prefix, lang) in [("", "en"), ("es/", "es"), ("ar/", "ar")] {
        let label = message(lang, "handout-version-reviewed");
        let label = label.split("{ $version }").next().unwrap();
        for sheet in ["handouts/at-a-glance.html", "handouts/checklist.html"] {
            let html = read(&public, &format!("{prefix}{sheet}"));
            assert!(html.contains(label), "{prefix}{sheet}: no \"{label}\"");
        }
    }
    assert!(message("en", "handout-version").starts_with("For clinic staff only: content version"));
    let css = std::fs::read_to_string(public.join("assets/handout.css")).unwrap();
    assert!(css.contains(".handout{font-size:9pt;"), "at-a-glance body");
    assert!(css.contains(".g-pics figcaption{font-size:8pt"), "captions");
    assert!(css.contains(".tickrow .box,.handout .tickrow .box{font-size:8pt"), "tick boxes");
}

/// "! With care" was on every to-do of a day page, "Sleep on your back" included, so it
/// said nothing (the fifth scoring, problem 9): a to-do named as an action carries no
/// status mark, in each language; one named only by its topic ("Showering", the studio's)
/// keeps it, as it is the only word on how.
#[test]
fn to_dos_named_as_actions_carry_no_status_mark() {
    let site = example_site();
    let public = build(site.path());
    for page in ["days/0.html", "days/5.html", "days/9.html", "days/14.html", "es/days/5.html", "ar/days/9.html"] {
        let html = read(&public, page);
        let todo = section(&html, "g-todo");
        let heads: Vec<&str> = todo.split("<h3>").skip(1).map(|h| &h[..h.find("</h3>").unwrap()]).collect();
        assert!(heads.len() >= 2, "{page}");
        for h in heads {
            assert!(!h.contains("class=\"badge"), "{page}: {h}");
        }
    }
    let studio = studio();
    let studio_public = build(studio.path());
    let day1 = read(&studio_public, "laser-removal/days/1.html");
    let todo = section(&day1, "g-todo");
    assert!(todo.contains("<label for=\"tick-shower\">Showering</label> <span class=\"badge s-with-care\">"), "{todo}");
}
