//! Dates and the digits in messages come from locale data: the program's from ICU4X with
//! its compiled CLDR data (src/wording.rs), the "Your schedule" page's from the browser's
//! `Intl` (theme/schedule.js). The two must agree, so a patient reads the same date on the
//! handout and on the page. Both checked in headless Chromium
//! (tests/calendar-browser/icu-dates.mjs), which also notes where Node's Intl differs.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use aftercare::messages::{Arg, Messages};
use chrono::NaiveDate;
use common::{aftercare, stderr, stdout};

/// Languages with a built-in catalogue, their regional forms (Egyptian Arabic with
/// Arabic-Indic digits, Arabic with the Hijri calendar asked for), and languages without
/// one (their words are English, their dates their own; Thai with the Buddhist calendar of
/// its likely region).
///
/// Not here, because ICU4X 2.1 and Chromium 156 (ICU 78, CLDR 48) write their long dates
/// differently (medium dates and numbers agree unless said): `da` ("onsdag 2. december
/// 2026" / "onsdag den 2. december 2026"), `fa` ("چهارشنبه ۱۱ آذر ۱۴۰۵" / "۱۴۰۵ آذر ۱۱,
/// چهارشنبه"), `pt-PT` ("quarta-feira, 2/12/2026" / "quarta-feira, 2 de dezembro de
/// 2026"), `ru` and `uk` (a narrow no-break space before "г." / "р." where Chromium has a
/// space, in medium dates too).
const LANGUAGES: &[&str] = &["en", "en-GB", "es", "ar", "ar-EG", "ar-SA-u-ca-islamic-umalqura", "fr", "de", "th"];

/// Leap days, month and year ends, every weekday, the first and last years a site may use.
const DATES: &[&str] = &[
    "1900-01-01",
    "1999-12-31",
    "2000-02-29",
    "2024-02-29",
    "2026-01-05",
    "2026-03-01",
    "2026-06-14",
    "2026-06-16",
    "2026-11-24",
    "2026-11-28",
    "2026-12-02",
    "2026-12-20",
    "2026-12-31",
    "2027-01-01",
    "2027-01-03",
    "2027-07-04",
    "2027-09-09",
    "2028-02-28",
    "2028-02-29",
    "2028-03-01",
    "2100-03-01",
    "2199-12-31",
];

fn ymd(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// False (and "skipped: ..." said, or a failure in CI) when Node.js, Chromium or the npm
/// packages are missing.
fn browser_ready(test: &str) -> bool {
    !common::skipped(test, &common::browser_missing())
}

fn run_check(mode: &str, cases: &serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cases.json");
    fs::write(&file, serde_json::to_string(cases).unwrap()).unwrap();
    let o = Command::new("node")
        .arg(common::repo().join("tests/calendar-browser/icu-dates.mjs"))
        .arg(mode)
        .arg(&file)
        .output()
        .unwrap();
    println!("{}", stdout(&o));
    assert!(o.status.success(), "the program and the browser differ:\n{}\n{}", stdout(&o), stderr(&o));
}

#[test]
fn the_program_writes_dates_and_numbers_as_the_browser_does() {
    if !browser_ready("the_program_writes_dates_and_numbers_as_the_browser_does") {
        return;
    }
    let (mut dates, mut ranges, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
    for lang in LANGUAGES {
        let w = Messages::load(Path::new("/nonexistent"), lang).unwrap();
        assert_eq!(w.language(), *lang);
        for iso in DATES {
            let d = ymd(iso);
            dates.push(
                serde_json::json!({ "lang": lang, "iso": iso, "long": w.long_date(d), "medium": w.medium_date(d) }),
            );
            // Two days on: within the year, or across its end.
            let b = d + chrono::Days::new(2);
            ranges.push(serde_json::json!({
                "lang": lang, "a": iso, "b": b.format("%Y-%m-%d").to_string(),
                "pattern": w.get("date-range", &[("from", Arg::Str("{from}")), ("to", Arg::Str("{to}"))]),
                "text": w.date_range(d, b),
            }));
        }
        for n in [0u32, 4, 12, 30, 99, 1461, 12345] {
            numbers.push(serde_json::json!({
                "lang": lang, "n": n,
                "pattern": w.get("day-one", &[("day", Arg::Str("{n}"))]),
                "text": w.get("day-one", &[("day", n.into())]),
            }));
        }
    }
    run_check("dates", &serde_json::json!({ "dates": dates, "ranges": ranges, "numbers": numbers }));
}

/// The lines of `schedule --text` that head a date's changes ("Saturday, November 28,
/// 2026 (day 4)"): two spaces in, with the changes four spaces in below.
fn text_groups(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("  ") && !w[0].starts_with("   ") && w[1].starts_with("    "))
        .map(|w| w[0].trim().to_string())
        .collect()
}

/// The example site in `lang` alone: the pages at the root, in that language.
fn one_language(site: &Path, lang: &str) {
    common::edit(site, "site.yaml", "language: en-GB", &format!("language: {lang}"));
    let text = fs::read_to_string(site.join("site.yaml")).unwrap();
    let own: Vec<&str> =
        text.lines().filter(|l| !l.starts_with("languages:") && !l.starts_with("untranslated_content:")).collect();
    fs::write(site.join("site.yaml"), own.join("\n") + "\n").unwrap();
}

#[test]
fn the_schedule_page_heads_its_dates_as_the_dated_plan_does() {
    if !browser_ready("the_schedule_page_heads_its_dates_as_the_dated_plan_does") {
        return;
    }
    let mut sites = Vec::new();
    let mut keep = Vec::new();
    for lang in ["en", "en-GB", "es", "ar", "ar-EG", "ar-SA-u-ca-islamic-umalqura", "fr", "th"] {
        let site = common::example_site();
        one_language(site.path(), lang);
        let o = aftercare(site.path(), &["build"]);
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        let mut cases = Vec::new();
        // Across a leap day, and across a year end from a later session.
        for (date, session) in [("2028-02-15", 1), ("2026-12-20", 2)] {
            let s = session.to_string();
            let o = aftercare(site.path(), &["schedule", "--date", date, "--session", &s, "--text", "--out", "out"]);
            assert!(o.status.success(), "{lang}: {}", stderr(&o));
            let groups = text_groups(&stdout(&o));
            assert!(groups.len() > 5, "{lang}: the dates of the plan were not found in\n{}", stdout(&o));
            cases.push(serde_json::json!({ "date": date, "session": session, "groups": groups }));
        }
        let public = site.path().join("public").to_string_lossy().into_owned();
        sites.push(serde_json::json!({ "site": public, "lang": lang, "cases": cases }));
        keep.push(site);
    }
    run_check("page", &serde_json::Value::Array(sites));
}
