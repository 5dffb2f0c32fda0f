//! A site in several languages (issue #14): the shipped example is published in English
//! (the default, at the root), Spanish (`es/`, content translated) and Arabic (`ar/`,
//! interface only, written right to left). Every page links to itself in every language;
//! a translation can reword but never move a day; a translation that lags its source, or
//! a file never translated, is reported.

mod common;

use std::collections::BTreeSet;

use common::{aftercare, attrs, build, edit, example_site, files, read, resolve, stderr, text};

/// The `<html>` element's `lang` and `dir`.
fn html_lang(html: &str) -> (String, String) {
    let tag = &html[html.find("<html").unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    (attrs(tag, "lang")[0].clone(), attrs(tag, "dir")[0].clone())
}

#[test]
fn every_language_has_every_page_in_its_own_folder_with_its_own_lang_and_dir() {
    let site = example_site();
    let public = build(site.path());
    let all = files(&public);
    let default: BTreeSet<&str> = all
        .iter()
        .filter(|f| f.ends_with(".html") && !f.starts_with("es/") && !f.starts_with("ar/") && *f != "404.html")
        .map(String::as_str)
        .collect();
    assert!(default.len() > 60, "{} pages", default.len());
    for (prefix, lang, dir) in [("", "en-GB", "ltr"), ("es/", "es", "ltr"), ("ar/", "ar", "rtl")] {
        for page in &default {
            let path = format!("{prefix}{page}");
            assert!(all.contains(&path), "{path} is missing");
            let html = read(&public, &path);
            assert_eq!(html_lang(&html), (lang.to_string(), dir.to_string()), "{path}");
        }
        assert!(all.contains(&format!("{prefix}recommendations.json")), "{prefix}recommendations.json");
    }
    // One theme and one 404 page, shared.
    assert!(!all.iter().any(|f| f.starts_with("es/assets/") || f == "es/404.html"));
    assert!(common::check_links(&public) > 0);
}

#[test]
fn the_switcher_keeps_the_patient_on_the_same_page_and_hreflang_goes_both_ways() {
    let site = example_site();
    let public = build(site.path());
    for page in ["index.html", "days/5.html", "activities/swimming.html", "articles/when-to-call-us.html"] {
        for prefix in ["", "es/", "ar/"] {
            let path = format!("{prefix}{page}");
            let html = read(&public, &path);
            let nav = &html[html.find("<nav class=\"languages").unwrap_or_else(|| panic!("{path}: no switcher"))..];
            let nav = &nav[..nav.find("</nav>").unwrap()];
            // Named in itself, each with its own lang; no flags (no images).
            for (name, lang) in [("English", "en-GB"), ("Español", "es"), ("العربية", "ar")] {
                assert!(nav.contains(&format!("lang=\"{lang}\"")) && nav.contains(name), "{path}: {name}");
            }
            assert!(!nav.contains("<img") && !nav.contains("svg"), "{path}: no flags");
            // The links lead to the same page in the other languages.
            let targets: BTreeSet<String> = attrs(nav, "href").iter().map(|h| resolve(&path, h)).collect();
            let others: BTreeSet<String> =
                ["", "es/", "ar/"].iter().filter(|p| **p != prefix).map(|p| format!("{p}{page}")).collect();
            assert_eq!(targets, others, "{path}");
            assert!(nav.contains("aria-current"), "{path}: the current language is marked, not linked");
            // hreflang: every language, itself included, and x-default.
            let head = &html[..html.find("</head>").unwrap()];
            let alternates: Vec<String> = head
                .split("<link rel=\"alternate\"")
                .skip(1)
                .map(|l| format!("{}={}", attrs(l, "hreflang")[0], resolve(&path, &attrs(l, "href")[0])))
                .collect();
            assert_eq!(
                alternates,
                vec![
                    format!("en-GB={page}"),
                    format!("es=es/{page}"),
                    format!("ar=ar/{page}"),
                    format!("x-default={page}")
                ],
                "{path}"
            );
        }
    }
}

#[test]
fn spanish_pages_carry_the_spanish_content_and_arabic_pages_say_they_fall_back() {
    let site = example_site();
    let public = build(site.path());
    let es = read(&public, "es/activities/wet-head.html");
    assert!(es.contains("¿Cuándo puedo mojarme la cabeza?"), "the translated question");
    assert!(!es.contains("class=\"untranslated\""), "a fully translated page has no note");
    let ar = read(&public, "ar/articles/about-smp.html");
    let note = &ar[ar.find("class=\"untranslated\"").expect("the note on an untranslated page")..];
    assert!(text(&note[..note.find("</p>").unwrap()]).contains("لم تُترجم"), "the note is in Arabic");
    assert!(ar.contains("<article lang=\"en-GB\" dir=\"ltr\">"), "the English text is marked as English");
    // The day numbers and statuses are shared: the same badges in each language.
    let status = |html: &str| attrs(html, "class").into_iter().filter(|c| c.starts_with("badge")).collect::<Vec<_>>();
    let en = read(&public, "days/5.html");
    assert_eq!(status(&en), status(&read(&public, "es/days/5.html")));
    // The export of each language holds its own wording.
    let json = read(&public, "es/recommendations.json");
    assert!(json.contains("Mojarse la cabeza"), "es/recommendations.json is in Spanish");
}

#[test]
fn the_sitemap_lists_every_language_with_its_alternates() {
    let site = example_site();
    let o = aftercare(site.path(), &["build", "--base-url", "https://clinic.example/care/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let map = read(&site.path().join("public"), "sitemap.xml");
    for loc in [
        "https://clinic.example/care/days/5.html",
        "https://clinic.example/care/es/days/5.html",
        "https://clinic.example/care/ar/",
    ] {
        assert!(map.contains(&format!("<loc>{loc}</loc>")), "{loc}");
    }
    assert!(map.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://clinic.example/care/es/days/5.html\"/>"
    ));
    let day = read(&site.path().join("public"), "ar/days/5.html");
    assert!(day.contains("hreflang=\"en-GB\" href=\"https://clinic.example/care/days/5.html\""), "absolute when known");
}

#[test]
fn a_translation_that_names_other_days_is_set_aside_and_says_where() {
    let site = example_site();
    // The first phase of the first rule says `days: 0-3` in the source: as if the clinic
    // had moved a day in English and the Spanish still had the old one.
    edit(site.path(), "content/protocol.es.yaml", "phases:\n      - days: 0-3", "phases:\n      - days: 0-4");
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "the clinic's English change still goes out: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("content/protocol.es.yaml:53:15: warning: `rules[0].phases[0].days` is shared by every language, and content/protocol.yaml now says `0-3`, so this translation is not used"), "{err}");
    // Its Spanish words could sit on the wrong days: the Spanish pages show the English
    // protocol, and say that part of the page is not translated.
    let day = read(&site.path().join("public"), "es/days/2.html");
    assert!(day.contains("class=\"untranslated\""), "the page says so");
    assert!(day.contains("Shower from the neck down"), "the protocol's own words");
    assert!(!day.contains("Dúchese del cuello"), "not the set-aside Spanish");
}

#[test]
fn a_changed_source_makes_its_translation_out_of_date_and_a_missing_file_is_named() {
    let site = example_site();
    edit(site.path(), "content/protocol.yaml", "No rinsing yet.", "No rinsing at all yet.");
    let o = aftercare(site.path(), &["check"]);
    assert!(o.status.success(), "out of date is a warning: {}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "content/protocol.es.yaml:1:18: warning: content/protocol.yaml has changed since this translation was made"
        ),
        "{err}"
    );
    assert!(err.contains("then set `translated_from: v"), "the help gives the new version: {err}");
    // A citation changed in the source does not make the words out of date.
    let site = example_site();
    edit(
        site.path(),
        "content/protocol.yaml",
        "cites: [healing-process, preparation-and-aftercare, heal-right-day-by-day]",
        "cites: [healing-process, heal-right-day-by-day]",
    );
    let o = aftercare(site.path(), &["check"]);
    assert!(!stderr(&o).contains("has changed since"), "{}", stderr(&o));
    // A Spanish file removed: the pages fall back, say so, and check names the file.
    let site = example_site();
    std::fs::remove_file(site.path().join("content/timeline.es.yaml")).unwrap();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 file is not translated into `es` (content/timeline.yaml)"), "{}", stderr(&o));
    let day = read(&site.path().join("public"), "es/days/5.html");
    assert!(day.contains("class=\"untranslated\""), "the page says part of it is in English");
}

#[test]
fn a_file_for_a_language_the_site_does_not_list_is_reported_not_published() {
    let site = example_site();
    std::fs::copy(
        site.path().join("content/articles/about-smp.es.md"),
        site.path().join("content/articles/about-smp.fr.md"),
    )
    .unwrap();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("content/articles/about-smp.fr.md: warning: this looks like a translation into `fr`"));
    assert!(!site.path().join("public/articles/about-smp.fr.html").exists());
}

#[test]
fn a_one_language_site_is_as_before() {
    let site = example_site();
    edit(site.path(), "site.yaml", "languages: [es, ar]", "");
    edit(site.path(), "site.yaml", "untranslated_content: [ar]", "");
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("looks like a translation into `es`"), "the Spanish files are named, not lost");
    let public = site.path().join("public");
    assert!(!public.join("es").exists());
    let home = read(&public, "index.html");
    assert!(!home.contains("class=\"languages") && !home.contains("hreflang"), "no switcher on a one-language site");
}

#[test]
fn a_patients_own_dates_come_in_their_language() {
    let site = example_site();
    let o = aftercare(
        site.path(),
        &[
            "schedule",
            "--date",
            "2026-11-24",
            "--language",
            "es",
            "--text",
            "--out",
            "out",
            "--base-url",
            "https://c.example/",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = common::stdout(&o);
    assert!(text.contains("martes, 24 de noviembre de 2026"), "the date in Spanish, from CLDR:\n{text}");
    assert!(text.contains("Mojarse la cabeza"), "the clinic's Spanish words:\n{text}");
    let html = read(&site.path().join("out"), "session-1-2026-11-24.es.html");
    assert!(html.contains("<html lang=\"es\""), "the dated handout is in Spanish");
    assert!(html.contains("Código QR"), "its QR code is labelled in Spanish");
    let o = aftercare(site.path(), &["schedule", "--date", "2026-11-24", "--language", "fr"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("use one of `en-GB`, `es`, `ar`"), "{}", stderr(&o));
}

#[test]
fn a_new_site_starts_with_every_language_of_the_example_and_an_untranslated_site_yaml_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("clinic");
    let o = aftercare(dir.path(), &["init", "clinic"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.join("site.es.yaml").is_file(), "init copies the example's site.yaml translation too");
    let o = aftercare(&site, &["check"]);
    // Clean but for the reviews: the example's are the project's, so a new site asks for its own.
    let left: Vec<String> = common::unexpected_warnings(&stderr(&o))
        .into_iter()
        .filter(|w| !w.contains("warning: nobody is recorded as having reviewed this file's advice"))
        .collect();
    assert!(o.status.success() && left.is_empty(), "the new site checks clean: {}", left.join("\n"));
    assert_eq!(stderr(&o).matches("nobody is recorded").count(), 14, "every file and article: {}", stderr(&o));
    std::fs::remove_file(site.join("site.es.yaml")).unwrap();
    let o = aftercare(&site, &["check"]);
    assert!(stderr(&o).contains("1 file is not translated into `es` (site.yaml)"), "{}", stderr(&o));
}

#[test]
fn an_article_changed_in_english_makes_its_spanish_out_of_date() {
    let site = example_site();
    edit(site.path(), "content/articles/when-to-call-us.md", "## ", "A new first paragraph.\n\n## ");
    let o = aftercare(site.path(), &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("content/articles/when-to-call-us.es.md:")
            && err.contains("content/articles/when-to-call-us.md has changed since this translation was made"),
        "{err}"
    );
    let o = aftercare(site.path(), &["check", "--strict"]);
    assert!(!o.status.success(), "--strict fails on an out-of-date translation");
}

#[test]
fn words_left_untranslated_are_marked_with_their_language() {
    let site = example_site();
    let public = build(site.path());
    // Arabic pages show the English content, each piece marked as English (WCAG 3.1.2).
    let ar = read(&public, "ar/activities/wet-head.html");
    assert!(ar.contains("<bdi lang=\"en-GB\">When can I get my head wet?</bdi>"), "the question");
    let home = read(&public, "ar/index.html");
    assert!(home.contains("<div lang=\"en-GB\" dir=\"ltr\">"), "Markdown text (the treatment's summary) as a block");
    // Translated words, and the default language's own pages, are not marked.
    let en_spans =
        |html: &str| html.matches("<bdi lang=\"en-GB\">").count() + html.matches("<div lang=\"en-GB\"").count();
    assert_eq!(en_spans(&read(&public, "es/activities/wet-head.html")), 0);
    assert_eq!(en_spans(&read(&public, "activities/wet-head.html")), 0);
    // One Spanish file missing: only its words are marked on the Spanish pages.
    std::fs::remove_file(site.path().join("content/timeline.es.yaml")).unwrap();
    let public = build(site.path());
    let day = read(&public, "es/days/5.html");
    assert!(day.contains("<bdi lang=\"en-GB\">Flaking</bdi>"), "the stage's English name is marked");
    assert!(!day.contains("<bdi lang=\"en-GB\">¿"), "Spanish words are not");
}
