//! The built example site: every page is there, every link resolves, the comparison table
//! shows each guide's own numbers, the export matches the schedule, and a failed build
//! leaves the previous site untouched.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{aftercare, build, edit, example_site, files, read, stderr, stdout, text};

#[test]
fn every_page_is_written() {
    let site = example_site();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary = stdout(&o);
    assert!(summary.starts_with("Built ") && summary.contains(" pages ") && summary.contains(" ms"), "{summary}");
    let public = site.path().join("public");
    let all = files(&public);
    for day in 0..=30 {
        assert!(all.contains(&format!("days/{day}.html")), "day {day} missing");
    }
    assert!(!all.contains(&"days/31.html".to_string()));
    for page in [
        "index.html",
        "404.html",
        "compare.html",
        "prepare.html",
        "days/index.html",
        "activities/index.html",
        "guides/index.html",
        "articles/index.html",
        "handouts/index.html",
        "handouts/at-a-glance.html",
        "handouts/checklist.html",
        "recommendations.json",
        "assets/style.css",
    ] {
        assert!(all.contains(&page.to_string()), "{page} missing from {all:?}");
    }
    for id in ["wet-head", "razor-shave", "swimming", "next-session"] {
        assert!(all.contains(&format!("activities/{id}.html")));
    }
    for id in [
        "healing-process",
        "proper-recovery",
        "recovery-day-by-day",
        "preparation-and-aftercare",
        "heal-right-day-by-day",
    ] {
        assert!(all.contains(&format!("guides/{id}.html")));
    }
    for slug in ["what-to-expect", "preparing-for-your-session", "long-term-care", "when-to-call-us"] {
        assert!(all.contains(&format!("articles/{slug}.html")));
    }
    assert!(!all.contains(&"sitemap.xml".to_string()), "no sitemap without a base URL");
}

#[test]
fn every_internal_link_and_fragment_resolves_and_nothing_is_external() {
    let site = example_site();
    let public = build(site.path());
    let checked = common::check_links(&public);
    assert!(checked > 1000, "only {checked} links checked");
}

#[test]
fn the_comparison_table_shows_each_guides_own_numbers_and_flags_vague_ones() {
    let site = example_site();
    let public = build(site.path());
    let compare = read(&public, "compare.html");
    let data: serde_json::Value = serde_json::from_str(&read(&public, "recommendations.json")).unwrap();
    let mut cells = 0;
    for guide in data["treatments"][0]["guides"].as_array().unwrap() {
        let gid = guide["id"].as_str().unwrap();
        let title = guide["short_title"].as_str().unwrap();
        // Group by activity: a guide may have an ordinary and a final-session rule.
        let mut by_activity: BTreeMap<&str, Vec<&serde_json::Value>> = BTreeMap::new();
        for r in guide["recommendations"].as_array().unwrap() {
            by_activity.entry(r["activity"].as_str().unwrap()).or_default().push(r);
        }
        for (aid, recs) in by_activity {
            let cell = cell_text(&compare, aid, title);
            for r in recs {
                let final_only = r["session"] == "final";
                let expect = match (r["allowed_from"].as_u64(), r["with_care_from"].as_u64()) {
                    (Some(d), _) if final_only => format!("After the final session: from day {d}"),
                    (Some(d), _) => format!("Day {d}"),
                    (None, Some(c)) => format!("With care from day {c}"),
                    (None, None) => "Vague".to_string(),
                };
                assert!(cell.contains(&expect), "{gid} / {aid}: expected {expect:?} in cell {cell:?}");
                if let Some(v) = r["vague"].as_str() {
                    assert!(cell.contains(v), "{gid} / {aid}: the guide's wording {v:?} is not shown in {cell:?}");
                }
                cells += 1;
            }
        }
    }
    assert!(cells >= 60, "only {cells} recommendations traced");
    // The two figures the guides are best known to disagree on.
    let row = row_text(&compare, "wet-head");
    assert!(row.contains("Guides disagree"), "{row}");
    assert!(text(&compare).contains("Not stated"));
}

/// Text of the table cell beside the guide's name, in the activity's row of the comparison.
fn cell_text(html: &str, activity: &str, guide: &str) -> String {
    let row = &html[html.find(&format!("id=\"{activity}\"")).unwrap_or_else(|| panic!("no row {activity}"))..];
    let row = &row[..row.find("</details>").unwrap()];
    let start =
        row.find(&format!("<th>{guide}<td>")).unwrap_or_else(|| panic!("no cell for {guide} in row {activity}"));
    let cell = &row[start..];
    text(&cell[..cell.find("<tr").or_else(|| cell.find("</table>")).unwrap()])
}

fn row_text(html: &str, activity: &str) -> String {
    let needle = format!("id=\"{activity}\"");
    let start = html.find(&needle).unwrap_or_else(|| panic!("no row with id {activity}"));
    let end = start + html[start..].find("</summary>").unwrap();
    text(&html[start..end])
}

#[test]
fn day_pages_say_what_is_allowed_today_and_what_changes_tomorrow() {
    let site = example_site();
    let public = build(site.path());
    let day3 = text(&read(&public, "days/3.html"));
    let day4 = text(&read(&public, "days/4.html"));
    assert!(day3.contains("Day 3"), "{day3}");
    assert!(day3.contains("Keep your scalp dry"), "{day3}");
    assert!(day4.contains("Once a day, rinse your scalp under a soft stream of lukewarm water"), "{day4}");
    assert!(day3.contains("0161 496 0321"), "the clinic's phone number is on every day page");
    assert!(day3.contains("Redness that spreads"), "warning signs are on every day page");
    // Tomorrow (day 4) water and cleanser change.
    let tomorrow = &day3[day3.find("tomorrow").expect("a 'tomorrow' section")..];
    assert!(
        tomorrow.contains("Getting your head wet") && tomorrow.contains("Washing with a mild cleanser"),
        "{tomorrow}"
    );
    // Final-session rule shown beside the ordinary one.
    let day20 = text(&read(&public, "days/20.html"));
    assert!(day20.contains("Keep the sun off your scalp until day 30."), "{day20}");
    // Previous / next.
    let html = read(&public, "days/0.html");
    assert!(html.contains("href=\"../days/1.html\" rel=\"next\""), "day 0 links to day 1 as next");
    assert!(!read(&public, "days/30.html").contains("rel=\"next\""), "day 30 is the last");
}

#[test]
fn the_export_matches_the_schedule() {
    let site = example_site();
    let public = build(site.path());
    let all: serde_json::Value = serde_json::from_str(&read(&public, "recommendations.json")).unwrap();
    assert_eq!(all["format_version"], 2);
    assert_eq!(all["treatments"].as_array().unwrap().len(), 1);
    let data = &all["treatments"][0];
    assert_eq!(data["last_day"], 30);
    let days = data["schedule"].as_array().unwrap();
    assert_eq!(days.len(), 31);
    let acts = data["activities"].as_array().unwrap().len();
    // Every restriction is on every day; an action only on its days.
    for d in days {
        let n = d["activities"].as_array().unwrap().len();
        assert!(n == acts || n == acts - 1, "{n} of {acts}");
    }
    let booking =
        |day: usize| days[day]["activities"].as_array().unwrap().iter().any(|e| e["activity"] == "next-session");
    assert!(!booking(6) && booking(7) && booking(13) && !booking(14));
    let wet = |day: usize| {
        days[day]["activities"].as_array().unwrap().iter().find(|e| e["activity"] == "wet-head").unwrap()["status"]
            .clone()
    };
    assert_eq!(wet(3), "not-yet");
    assert_eq!(wet(4), "with-care");
    assert_eq!(wet(10), "allowed");
    let sun20 = days[20]["activities"].as_array().unwrap().iter().find(|e| e["activity"] == "sun").unwrap();
    assert_eq!(sun20["status"], "with-care");
    assert_eq!(sun20["after_final"]["status"], "not-yet");
    assert_eq!(data["protocol"]["rules"][0]["phases"][0]["days"], "0-3");
}

#[test]
fn a_base_url_adds_a_sitemap_and_absolute_links_on_the_404_page() {
    let site = example_site();
    let o = aftercare(site.path(), &["build", "--base-url", "https://clinic.example/aftercare"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = site.path().join("public");
    let map = read(&public, "sitemap.xml");
    assert!(map.contains("<loc>https://clinic.example/aftercare/</loc>"), "{map}");
    assert!(map.contains("<loc>https://clinic.example/aftercare/days/12.html</loc>"));
    assert!(!map.contains("404.html"));
    let nf = read(&public, "404.html");
    assert!(
        nf.contains("href=\"https://clinic.example/aftercare/index.html\"")
            || nf.contains("href=\"https://clinic.example/aftercare/\""),
        "{nf}"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_byte_for_byte() {
    let site = example_site();
    let public = build(site.path());
    let before: Vec<(String, Vec<u8>)> = files(&public)
        .into_iter()
        .map(|f| {
            let b = fs::read(public.join(&f)).unwrap();
            (f, b)
        })
        .collect();
    edit(site.path(), "content/protocol.yaml", "      - days: 4-9\n", "      - days: 5-9\n");
    let o = aftercare(site.path(), &["build"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("left as it was"), "{}", stderr(&o));
    let after: Vec<(String, Vec<u8>)> = files(&public)
        .into_iter()
        .map(|f| {
            let b = fs::read(public.join(&f)).unwrap();
            (f, b)
        })
        .collect();
    assert!(before == after, "public/ changed after a failed build");
    let leftovers: Vec<String> = fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_builds_are_byte_identical() {
    let site = example_site();
    let public = build(site.path());
    let first: Vec<(String, Vec<u8>)> = files(&public)
        .into_iter()
        .map(|f| {
            let b = fs::read(public.join(&f)).unwrap();
            (f, b)
        })
        .collect();
    let public = build(site.path());
    let second: Vec<(String, Vec<u8>)> = files(&public)
        .into_iter()
        .map(|f| {
            let b = fs::read(public.join(&f)).unwrap();
            (f, b)
        })
        .collect();
    assert!(first == second);
}

#[test]
fn text_from_yaml_is_escaped_not_run() {
    let site = example_site();
    edit(
        site.path(),
        "site.yaml",
        "  name: Northfield Scalp Studio",
        "  name: \"Northfield <script>alert(1)</script> Studio\"",
    );
    let public = build(site.path());
    let home = read(&public, "index.html");
    assert!(!home.contains("<script>alert(1)</script>"));
    assert!(
        home.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || home.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
}

#[test]
fn the_build_refuses_to_replace_a_folder_it_did_not_make() {
    let site = example_site();
    fs::create_dir_all(site.path().join("public")).unwrap();
    fs::write(site.path().join("public/precious.txt"), "keep me").unwrap();
    let o = aftercare(site.path(), &["build"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("was not made by aftercare"), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(site.path().join("public/precious.txt")).unwrap(), "keep me");
}

#[test]
fn out_flag_and_help() {
    let site = example_site();
    let o = aftercare(site.path(), &["build", "--out", "elsewhere"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.path().join("elsewhere/index.html").is_file());
    let help = stdout(&aftercare(site.path(), &["--help"]));
    assert!(help.contains("build") && help.contains("check"), "{help}");
}

#[test]
fn init_makes_a_site_that_builds_with_the_built_in_templates_and_theme() {
    let dir = tempfile::tempdir().unwrap();
    let o = aftercare(dir.path(), &["init", "my-clinic"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let site = dir.path().join("my-clinic");
    assert!(site.join("site.yaml").is_file() && site.join("content/protocol.yaml").is_file());
    // The example's review is the project's: a clinic's new site asks for its own.
    let protocol = std::fs::read_to_string(site.join("content/protocol.yaml")).unwrap();
    assert!(!protocol.contains("review:") && protocol.contains("rules:"), "{protocol}");
    let check = aftercare(&site, &["check"]);
    assert!(
        stderr(&check).contains("content/protocol.yaml: warning: nobody is recorded as having reviewed"),
        "{}",
        stderr(&check)
    );
    assert!(!site.join("templates").exists(), "templates come from the binary until overridden");
    let public = build(&site);
    assert!(public.join("days/30.html").is_file());
    assert!(public.join("assets/style.css").is_file());
    // It refuses to write into a folder that has files.
    let again = aftercare(dir.path(), &["init", "my-clinic"]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("is not empty"), "{}", stderr(&again));
}

#[test]
fn a_sites_own_template_and_theme_files_override_the_built_in_ones() {
    let dir = tempfile::tempdir().unwrap();
    assert!(aftercare(dir.path(), &["init", "s"]).status.success());
    let site = dir.path().join("s");
    common::write(
        &site,
        "templates/prepare.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Our own prepare page</h1>{% endblock %}",
    );
    common::write(&site, "theme/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    let public = build(&site);
    assert!(read(&public, "prepare.html").contains("Our own prepare page"));
    assert!(read(&public, "index.html").contains("Find your day"), "other templates stay built in");
    assert!(public.join("assets/logo.svg").is_file() && public.join("assets/style.css").is_file());

    common::write(
        &site,
        "templates/prepare.html",
        "{% extends \"base.html\" %}{% block content %}{{ no_such_variable }}{% endblock %}",
    );
    let o = aftercare(&site, &["build"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("prepare.html") && stderr(&o).contains("no_such_variable"), "{}", stderr(&o));
}

#[test]
fn the_shared_header_and_footer_are_overridable_and_marked_for_each_page() {
    let dir = tempfile::tempdir().unwrap();
    assert!(aftercare(dir.path(), &["init", "s"]).status.success());
    let site = dir.path().join("s");
    // Rendered once per root and menu state, yet every page gets its own menu marking.
    common::write(
        &site,
        "templates/partials/header.html",
        "<header><a href=\"{{ root }}index.html\">{{ site.title }}</a>{% for l in nav %}{% if l.current %} [{{ l.label }}: {{ l.current }}]{% endif %}{% endfor %}</header>",
    );
    common::write(&site, "templates/partials/footer.html", "<footer>Our own footer</footer>");
    let public = build(&site);
    let day = read(&public, "days/3.html");
    assert!(day.contains(r#"<a href="../index.html">"#) && day.contains("[Day by day: section]"), "{day}");
    assert!(read(&public, "days/index.html").contains("[Day by day: page]"));
    assert!(read(&public, "articles/index.html").contains("[Articles: page]"));
    assert!(!read(&public, "compare.html").contains(": section]"));
    assert!(read(&public, "compare.html").contains(r#"<a href="index.html">"#));
    for page in ["index.html", "days/3.html", "articles/when-to-call-us.html", "handouts/checklist.html"] {
        assert!(read(&public, page).contains("<footer>Our own footer</footer>"), "{page}");
    }

    // A page's own variables are not there: the error names the partial and the variable.
    common::write(&site, "templates/partials/footer.html", "<footer>{{ page_path }}</footer>");
    let o = aftercare(&site, &["build"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("partials/footer.html") && err.contains("page_path"), "{err}");
}

#[test]
fn raw_html_in_markdown_is_kept_by_default_and_stripped_on_request() {
    let site = example_site();
    common::write(site.path(), "content/articles/zz-raw.md",
        "---\ntitle: Raw\nsummary: Raw.\n---\n\nKeep <abbr title=\"scalp micropigmentation\">SMP</abbr> dry.\n\n<div class=\"note\">\nCall us if it weeps.\n</div>\n");
    let public = build(site.path());
    let page = read(&public, "articles/zz-raw.html");
    assert!(page.contains("<abbr title=\"scalp micropigmentation\">SMP</abbr>"));
    assert!(page.contains("<div class=\"note\">"));
    // HTML that runs code is refused in either mode, with its position.
    common::write(
        site.path(),
        "content/articles/zz-bad.md",
        "---\ntitle: Bad\nsummary: Bad.\n---\n\nText.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))\n",
    );
    let o = aftercare(site.path(), &["build"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("zz-bad.md:8:1: error: this HTML could run code"), "{err}");
    assert!(err.contains("zz-bad.md:10:1: error: the address `javascript:alert(2)` would run code"), "{err}");
    fs::remove_file(site.path().join("content/articles/zz-bad.md")).unwrap();

    edit(site.path(), "site.yaml", "accent_color:", "raw_html: strip\naccent_color:");
    let public = build(site.path());
    let page = read(&public, "articles/zz-raw.html");
    assert!(!page.contains("<abbr") && !page.contains("<div class=\"note"), "raw HTML is stripped");
    assert!(page.contains("Keep SMP dry."), "the text inside stays");
    assert!(page.contains("Call us if it weeps."), "the text of an HTML block stays");
}

#[test]
fn output_does_not_depend_on_the_order_files_were_created_in() {
    let a = example_site();
    let b = example_site();
    // Recreate b's articles and guides in reverse name order: directory listing order
    // differs on many file systems, the output must not.
    for dir in ["content/articles", "content/guides"] {
        let path = b.path().join(dir);
        let mut files: Vec<(std::ffi::OsString, Vec<u8>)> = fs::read_dir(&path)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (e.file_name(), fs::read(e.path()).unwrap())
            })
            .collect();
        fs::remove_dir_all(&path).unwrap();
        fs::create_dir_all(&path).unwrap();
        files.sort();
        for (name, bytes) in files.into_iter().rev() {
            fs::write(path.join(name), bytes).unwrap();
        }
    }
    let (pa, pb) = (build(a.path()), build(b.path()));
    let snap = |p: &Path| -> Vec<(String, Vec<u8>)> {
        files(p)
            .into_iter()
            .map(|f| {
                let b = fs::read(p.join(&f)).unwrap();
                (f, b)
            })
            .collect()
    };
    assert!(snap(&pa) == snap(&pb), "two copies of the same site built differently");
}

#[test]
fn a_script_address_as_base_url_on_the_command_line_is_refused() {
    let site = example_site();
    let o = aftercare(site.path(), &["build", "--base-url", "javascript:alert(1)//"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is not a full web address") && stderr(&o).contains("help:"));
    assert!(!site.path().join("public").exists());
    // A missing site folder is one message, not one per file.
    let o = aftercare(site.path(), &["-C", "no-such-folder", "build"]);
    assert_eq!(o.status.code(), Some(2), "wrong use: {}", stderr(&o));
    assert_eq!(stderr(&o).matches("error:").count(), 1, "{}", stderr(&o));
}

#[test]
fn the_accent_colours_links_and_buttons_and_must_be_dark_enough() {
    let site = example_site();
    edit(site.path(), "site.yaml", "accent_color: \"#0b5f63\"", "accent_color: \"#3aa0a0\"");
    let o = aftercare(site.path(), &["check"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("site.yaml:17:15: error: `#3aa0a0` is too light for links and buttons: its contrast with"),
        "{err}"
    );
    assert!(err.contains("WCAG AA needs 4.5:1") && err.contains("help: use a darker shade of it, e.g. \"#"), "{err}");
    // The suggested shade passes.
    let shade = err.split("e.g. \"").nth(1).unwrap().split('"').next().unwrap().to_string();
    edit(site.path(), "site.yaml", "accent_color: \"#3aa0a0\"", &format!("accent_color: \"{shade}\""));
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(site.path().join("out/days/3.html")).unwrap();
    assert!(page.contains(&format!("--accent:{shade}")), "the accent is set on every page");
    let css = std::fs::read_to_string(site.path().join("out/assets/style.css")).unwrap();
    assert!(css.replace(' ', "").contains("--link:var(--accent)"), "links take the accent");
    assert!(!page.contains("extra.css"), "no extra stylesheet unless the site has one");
}

#[test]
fn a_sites_extra_stylesheet_is_linked_after_the_theme_on_every_page() {
    let site = example_site();
    std::fs::write(site.path().join("theme/extra.css"), "/* ours */\n.site-header { border-top-width: 1rem; }\n")
        .unwrap();
    let o = aftercare(site.path(), &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = site.path().join("out");
    for page in ["index.html", "days/3.html", "es/days/3.html", "handouts/at-a-glance.html"] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let (theme, extra) = (html.find("style.css\">").unwrap(), html.find("extra.css\">").unwrap_or(0));
        assert!(extra > theme, "{page}: extra.css after the theme");
    }
    let extra = std::fs::read_to_string(out.join("assets/extra.css")).unwrap();
    assert!(extra.contains("border-top-width:1rem") && !extra.contains("ours"), "published, minified: {extra}");
    let notfound = std::fs::read_to_string(out.join("404.html")).unwrap();
    assert!(notfound.contains("border-top-width:1rem"), "the 404 page carries it inline");
    let o = aftercare(site.path(), &["schedule", "--date", "2026-12-01", "--out", "plan"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dated = std::fs::read_dir(site.path().join("plan"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .unwrap();
    assert!(std::fs::read_to_string(dated).unwrap().contains("border-top-width:1rem"), "the dated handout too");
}

#[test]
fn theme_writes_the_built_in_look_into_a_site_and_never_replaces_its_own_files() {
    let dir = tempfile::tempdir().unwrap();
    assert!(aftercare(dir.path(), &["init", "s"]).status.success());
    let site = dir.path().join("s");
    assert!(std::fs::read_to_string(site.join("FORMATS.md")).unwrap().contains("### `content/protocol.yaml`"));
    fs::create_dir_all(site.join("templates")).unwrap();
    fs::write(
        site.join("templates/prepare.html"),
        "{% extends \"base.html\" %}{% block content %}Ours{% endblock content %}",
    )
    .unwrap();
    let o = aftercare(&site, &["theme"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Kept the site's own 1 file (not replaced): templates/prepare.html"), "{out}");
    assert!(read(&site, "templates/prepare.html").contains("Ours"), "its own file is left as it was");
    for f in [
        "templates/base.html",
        "templates/partials/warning.html",
        "theme/style.css",
        "theme/handout.css",
        "messages/en-GB.ftl",
        "messages/es.ftl",
        "messages/ar.ftl",
    ] {
        assert!(site.join(f).is_file(), "{f} written");
    }
    // The exported look builds the same site; a change to it shows.
    let edit_css =
        fs::read_to_string(site.join("theme/style.css")).unwrap().replace("--radius: .5rem;", "--radius: 0;");
    fs::write(site.join("theme/style.css"), edit_css).unwrap();
    let o = aftercare(&site, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let style = read(&site.join("public"), "assets/style.css");
    assert!(style.contains("--radius:0") && !style.contains("--radius:.5rem"), "{style}");
    assert!(read(&site.join("public"), "prepare.html").contains("Ours"));
    // Again: nothing left to write, nothing replaced.
    let again = stdout(&aftercare(&site, &["theme"]));
    assert!(again.contains("Wrote 0 files"), "{again}");
    let nowhere = aftercare(dir.path(), &["theme"]);
    assert!(!nowhere.status.success() && stderr(&nowhere).contains("has no site.yaml"), "{}", stderr(&nowhere));
}

#[test]
fn every_help_line_that_names_a_reference_points_to_one_that_exists() {
    let formats = stdout(&aftercare(Path::new("."), &["formats"]));
    for heading in ["### `site.yaml`", "### `content/protocol.yaml`", "## Templates", "## `recommendations.json`"] {
        assert!(formats.contains(heading), "{heading}");
    }
    // A help that sends the user to the reference: a missing file, an unknown key.
    let site = example_site();
    fs::remove_file(site.path().join("content/timeline.yaml")).unwrap();
    edit(site.path(), "content/protocol.yaml", "rules:", "rulez: []\nrules:");
    let err = stderr(&aftercare(site.path(), &["check"]));
    assert!(!err.contains("README"), "a user of the installed program has no README: {err}");
    assert!(err.contains("`aftercare formats`"), "{err}");
}

#[test]
fn pictures_beside_an_article_or_in_the_images_folder_are_published_once_and_shown_from_every_language() {
    let site = example_site();
    let dir = site.path();
    fs::write(dir.join("content/articles/wash.png"), b"\x89PNG wash").unwrap();
    fs::write(dir.join("content/articles/unused.png"), b"\x89PNG unused").unwrap();
    fs::create_dir_all(dir.join("content/images")).unwrap();
    fs::write(dir.join("content/images/dot.png"), b"\x89PNG dot").unwrap();
    let body = "A la micropigmentación capilar";
    edit(dir, "content/articles/about-smp.es.md", body, &format!("![Un cuero cabelludo lavado](wash.png)\n\n{body}"));
    edit(
        dir,
        "content/articles/about-smp.es.md",
        "## Cómo funciona",
        "![Un punto](../images/dot.png)\n\n## Cómo funciona",
    );
    edit(dir, "content/articles/about-smp.md", "## How it works", "![A washed scalp](./wash.png)\n\n## How it works");
    let o = aftercare(dir, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = dir.join("public");
    let all = files(&public);
    assert_eq!(fs::read(public.join("articles/wash.png")).unwrap(), b"\x89PNG wash");
    assert_eq!(fs::read(public.join("images/dot.png")).unwrap(), b"\x89PNG dot");
    assert!(!all.iter().any(|f| f.contains("unused")), "a picture no text shows was published");
    assert!(!all.iter().any(|f| f.starts_with("es/") && f.ends_with(".png")), "pictures are shared by the languages");
    // Each page's pictures resolve to the published copy, at every depth and language.
    for (page, want) in [
        ("articles/about-smp.html", vec!["articles/wash.png"]),
        ("es/articles/about-smp.html", vec!["articles/wash.png", "images/dot.png"]),
        ("ar/articles/about-smp.html", vec!["articles/wash.png"]),
    ] {
        let html = read(&public, page);
        let srcs: Vec<String> = common::attrs(&html, "src")
            .into_iter()
            .filter(|s| s.ends_with(".png"))
            .map(|s| common::resolve(page, &s))
            .collect();
        assert_eq!(srcs, want, "{page}");
        for s in &srcs {
            assert!(public.join(s).is_file(), "{page}: {s}");
        }
    }
    assert!(common::check_links(&public) > 1000);
}
