//! Loading and validating a site's files: the shipped example is clean, and each kind of
//! mistake a clinic's web person can make is reported with file, line, column and a fix.

mod common;

use common::{aftercare, edit, example_site, stderr, write};

/// Runs `aftercare check` and returns its stderr, asserting it failed.
fn check_fails(dir: &std::path::Path) -> String {
    let o = aftercare(dir, &["check"]);
    let err = stderr(&o);
    assert!(!o.status.success(), "check should fail, printed:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn the_shipped_example_is_clean() {
    let o = aftercare(&common::repo(), &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let left = common::unexpected_warnings(&stderr(&o));
    assert!(left.is_empty(), "the example site should have no warnings:\n{}", left.join("\n"));
}

#[test]
fn unknown_activity_names_the_place_and_suggests_the_nearest_id() {
    let site = example_site();
    edit(site.path(), "content/protocol.yaml", "  - activity: razor-shave\n", "  - activity: razor-shav\n");
    let err = check_fails(site.path());
    // The rule is the 5th in the file; find its line to check the position exactly.
    let text = std::fs::read_to_string(site.path().join("content/protocol.yaml")).unwrap();
    let line = text.lines().position(|l| l.ends_with("activity: razor-shav")).unwrap() + 1;
    assert!(err.contains(&format!("content/protocol.yaml:{line}:15: error: unknown activity `razor-shav`")), "{err}");
    assert!(err.contains("did you mean `razor-shave`?"), "{err}");
    // The rule for the real id is now missing too: both problems are reported at once.
    assert!(err.contains("the protocol leaves `razor-shave` undecided"), "{err}");
}

#[test]
fn misspelt_key_is_a_yaml_error_with_position_and_hint() {
    let site = example_site();
    edit(site.path(), "content/guides/healing-process.yaml", "    allowed_from: 5\n", "    alowed_from: 5\n");
    let err = check_fails(site.path());
    assert!(err.contains("content/guides/healing-process.yaml:"), "{err}");
    assert!(err.contains("unknown field `alowed_from`"), "{err}");
    assert!(err.contains("did you mean `allowed_from`?"), "{err}");
}

#[test]
fn tabs_missing_fields_and_wrong_types_are_explained() {
    let site = example_site();
    edit(
        site.path(),
        "content/activities.yaml",
        "  label: Getting your head wet\n",
        "\tlabel: Getting your head wet\n",
    );
    edit(site.path(), "content/timeline.yaml", "    name: Crusts form\n", "");
    edit(site.path(), "site.yaml", "  sessions: 3\n", "  sessions: three\n");
    let err = check_fails(site.path());
    let acts = std::fs::read_to_string(site.path().join("content/activities.yaml")).unwrap();
    let line = acts.lines().position(|l| l == "\tlabel: Getting your head wet").unwrap() + 1;
    assert!(err.contains(&format!("content/activities.yaml:{line}:1: error: a tab is used for indentation")), "{err}");
    assert!(err.contains("content/timeline.yaml:") && err.contains("missing field `name`"), "{err}");
    assert!(err.contains("site.yaml:") && err.contains("invalid type"), "{err}");
    assert!(err.contains("3 errors found"), "{err}");
}

#[test]
fn day_ranges_backwards_with_gaps_or_past_the_timeline_are_refused() {
    let site = example_site();
    edit(site.path(), "content/protocol.yaml", "      - days: 4-9\n", "      - days: 9-4\n");
    let err = check_fails(site.path());
    assert!(err.contains("runs backwards; write the earlier day first (`4-9`)"), "{err}");

    let site = example_site();
    edit(site.path(), "content/protocol.yaml", "      - days: 4-9\n", "      - days: 5-9\n");
    edit(site.path(), "content/protocol.yaml", "      - days: 28+\n", "      - days: 28-40\n");
    let err = check_fails(site.path());
    assert!(err.contains("days 4 to 4 are not covered by any phase"), "{err}");
    assert!(err.contains("days `28-40` go past the last day of the timeline (day 30)"), "{err}");
}

#[test]
fn protocol_citing_a_guide_that_is_silent_or_missing_is_an_error() {
    let site = example_site();
    // Only one guide talks about clipper trims; citing another one for it is wrong.
    edit(
        site.path(),
        "content/protocol.yaml",
        "        say: Leave your hair alone for now.\n        cites: [heal-right-day-by-day]",
        "        say: Leave your hair alone for now.\n        cites: [healing-process, heal-right-day-by-dy]",
    );
    let err = check_fails(site.path());
    assert!(err.contains("guide `healing-process` says nothing about `clipper-trim`"), "{err}");
    assert!(
        err.contains("unknown guide `heal-right-day-by-dy`") && err.contains("did you mean `heal-right-day-by-day`?"),
        "{err}"
    );
}

#[test]
fn guide_recommendation_without_day_or_wording_is_refused() {
    let site = example_site();
    edit(
        site.path(),
        "content/guides/proper-recovery.yaml",
        "    vague: no day given\n    says: Wash",
        "    says: Wash",
    );
    let err = check_fails(site.path());
    assert!(err.contains("gives no day and no wording"), "{err}");
    assert!(err.contains("`vague:`"), "{err}");
}

#[test]
fn article_front_matter_errors_use_lines_of_the_whole_file() {
    let site = example_site();
    write(
        site.path(),
        "content/articles/zz-test.md",
        "---\ntitle: Test\nsummary: A test.\norder: first\n---\n\nBody.\n",
    );
    let err = check_fails(site.path());
    assert!(err.contains("content/articles/zz-test.md:4:"), "{err}");

    let site = example_site();
    write(
        site.path(),
        "content/articles/zz-test.md",
        "---\ntitle: Test\nsummary: A test.\n\nBody without a closing line.\n",
    );
    let err = check_fails(site.path());
    assert!(err.contains("content/articles/zz-test.md:1:1: error: the front matter is never closed"), "{err}");
}

#[test]
fn broken_internal_links_and_images_without_alt_are_found() {
    let site = example_site();
    write(site.path(), "content/articles/zz-test.md",
        "---\ntitle: Test\nsummary: A test.\norder: 9\nactivities: [swiming]\n---\n\nSee [day 40](@/day/40).\n\n![](photo.png)\n");
    let err = check_fails(site.path());
    assert!(err.contains("content/articles/zz-test.md:5:14: error: unknown activity `swiming`"), "{err}");
    assert!(err.contains("content/articles/zz-test.md:8:5: error: broken internal link `@/day/40`"), "{err}");
    assert!(err.contains("content/articles/zz-test.md:10:1: error: this image has no alt text"), "{err}");
}

#[test]
fn crlf_and_bom_files_load_fine() {
    let site = example_site();
    for file in ["content/protocol.yaml", "content/articles/about-smp.md"] {
        let path = site.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
        std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    }
    let o = aftercare(site.path(), &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn invalid_utf8_and_empty_files_are_reported() {
    let site = example_site();
    std::fs::write(site.path().join("content/timeline.yaml"), b"stages:\n  - days: 0\n    name: \xff\n").unwrap();
    std::fs::write(site.path().join("content/activities.yaml"), b"").unwrap();
    let err = check_fails(site.path());
    assert!(err.contains("content/timeline.yaml:3:11: error: this file is not valid UTF-8 text"), "{err}");
    assert!(err.contains("content/activities.yaml:1:1: error: this file is empty"), "{err}");
}

#[test]
fn a_missing_file_says_where_it_was_looked_for() {
    let site = example_site();
    std::fs::remove_file(site.path().join("content/protocol.yaml")).unwrap();
    let err = check_fails(site.path());
    assert!(err.contains("content/protocol.yaml: error: this file is missing"), "{err}");
}

#[test]
fn every_article_and_day_page_reads_at_grade_8_or_lower() {
    // No warning at all, as with --strict.
    let o = aftercare(&common::repo(), &["check", "--grades"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let left = common::unexpected_warnings(&stderr(&o));
    assert!(left.is_empty(), "{}", left.join("\n"));
    let out = common::stdout(&o);
    let rows: Vec<(f64, f64, usize, String)> = out
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() != 4 {
                return None;
            }
            Some((f[0].parse().ok()?, f[1].parse().ok()?, f[2].parse().ok()?, f[3].to_string()))
        })
        .collect();
    let days = rows.iter().filter(|r| r.3.contains("public/days/")).count();
    let articles = rows.iter().filter(|r| r.3.starts_with("content/articles/")).count();
    assert_eq!(days, 31, "{out}");
    assert!(articles >= 4, "{out}");
    for (smog, fk, longest, page) in &rows {
        assert!(*smog <= 8.0 && *fk <= 8.0, "{page}: SMOG {smog}, FK {fk}");
        assert!(*longest <= 20, "{page}: a sentence of {longest} words");
    }
    eprintln!("{out}");
}

#[test]
fn hard_to_read_text_is_flagged_and_strict_makes_it_fail() {
    let site = example_site();
    write(site.path(), "content/articles/zz-dense.md", "---\ntitle: Dense\nsummary: Dense.\norder: 9\n---\n\n\
        Postprocedural inflammatory erythema necessitates meticulous avoidance of occlusive emollients, vigorous \
        perspiration, chlorinated immersion and unprotected ultraviolet exposure throughout epidermal regeneration of the skin.\n");
    let o = aftercare(site.path(), &["check"]);
    assert!(o.status.success(), "warnings alone do not fail a check");
    let err = stderr(&o);
    // At the sentence, which it quotes.
    let dense = "\"Postprocedural inflammatory erythema necessitates";
    let grade = err.lines().find(|l| l.contains("warning: reading grade")).unwrap_or_else(|| panic!("{err}"));
    assert!(grade.starts_with("content/articles/zz-dense.md:7:1: warning: reading grade"), "{grade}");
    assert!(grade.contains(&format!("its hardest sentence: {dense}")), "{grade}");
    assert!(err.contains(&format!("zz-dense.md:7:1: warning: a sentence has 23 words; patient text keeps sentences to 20 words or fewer: {dense}")), "{err}");
    let strict = aftercare(site.path(), &["check", "--strict"]);
    assert!(!strict.status.success());
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_named_not_called_missing() {
    use std::os::unix::ffi::OsStrExt;
    let site = common::example_site();
    let name = std::ffi::OsStr::from_bytes(b"bad-\xff-name.md");
    std::fs::write(site.path().join("content/articles").join(name), "---\ntitle: X\nsummary: X.\n---\n\nX.\n").unwrap();
    let o = common::aftercare(site.path(), &["check"]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("this file name is not valid UTF-8") && !err.contains("missing"), "{err}");
}

/// The front matter of an article (between its `---` lines, both kept) and the body after it.
fn front_matter(site: &std::path::Path, file: &str) -> String {
    let text = std::fs::read_to_string(site.join(file)).unwrap();
    let end = text[3..].find("\n---\n").expect("front matter") + 3 + "\n---\n".len();
    text[..end].to_string()
}

#[test]
fn hard_spanish_is_graded_with_spanish_formulas_and_english_stays_clean() {
    let site = example_site();
    let file = "content/articles/about-smp.es.md";
    let head = front_matter(site.path(), file);
    // Long sentences of long words: Fernández-Huerta far below the 65 that grade 8 needs.
    write(
        site.path(),
        file,
        &format!(
            "{head}\nLa micropigmentación capilar constituye un procedimiento dermatológico especializado que \
             deposita microscópicamente pigmentos biocompatibles en la dermis superficial, reproduciendo la \
             apariencia característica de folículos recientemente rasurados.\n\n\
             Durante el periodo inmediatamente posterior a cada intervención, la epidermis experimenta procesos \
             inflamatorios, descamativos y regenerativos que requieren la evitación escrupulosa de la exposición \
             ultravioleta y de la transpiración abundante.\n"
        ),
    );
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "warnings alone do not fail a check:\n{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with(&format!("{file}:")) && l.contains(": warning: reading grade"))
        .unwrap_or_else(|| panic!("no reading grade warning for {file}:\n{err}"));
    assert!(line.contains("above the limit of 8") && line.contains("Fernández-Huerta"), "{line}");
    assert!(line.contains("difícil") && line.contains("Szigriszt-Pazos"), "{line}");
    assert!(!line.contains("SMOG"), "Spanish is not graded with English formulas: {line}");
    // Each at its sentence, in the article's lines.
    assert!(line.starts_with(&format!("{file}:")) && line.contains("its hardest sentence: \""), "{line}");
    assert!(err.contains(&format!("{file}:9:1: warning: a sentence has 30 words")), "{err}");
    // The help says what score the limit needs.
    assert!(err.contains("at least 65 on Fernández-Huerta and 60 on"), "{err}");
    // The English pages, and the untranslated Arabic ones, have no warning.
    for l in err.lines().filter(|l| l.contains(": warning:")) {
        let path = l.split(": warning:").next().unwrap();
        assert!(path.contains(".es.") || path.starts_with("public/es/"), "an English page warns:\n{err}");
    }
    assert!(!err.contains("no formula"), "{err}");

    let o = aftercare(site.path(), &["check", "--grades"]);
    let out = common::stdout(&o);
    let row = out.lines().find(|l| l.ends_with(file)).unwrap_or_else(|| panic!("{out}"));
    let cols: Vec<f64> = row.split_whitespace().take(4).map(|c| c.parse().unwrap()).collect();
    let (fh, szp, grade) = (cols[0], cols[1], cols[2]);
    assert!(fh < 40.0 && szp < 40.0 && grade > 12.0, "{row}");
    assert!(out.contains("grade 8 is Fernández-Huerta 65, Szigriszt-Pazos 60"), "{out}");
}

#[test]
fn a_language_without_a_formula_is_checked_for_sentence_length_and_says_so_once() {
    // The shipped example's Arabic pages show the English text (untranslated_content):
    // nothing of `ar` is graded, so nothing is said.
    let o = aftercare(&common::repo(), &["check"]);
    assert!(!stderr(&o).contains("no formula"), "{}", stderr(&o));

    let site = example_site();
    edit(site.path(), "site.yaml", "untranslated_content: [ar]", "untranslated_content: []");
    let head = front_matter(site.path(), "content/articles/about-smp.es.md");
    let title = head.lines().find(|l| l.starts_with("title:")).unwrap();
    let summary = head.lines().find(|l| l.starts_with("summary:")).unwrap();
    let long = "هذه جملة طويلة جدا ".repeat(6);
    write(
        site.path(),
        "content/articles/about-smp.ar.md",
        &(head.replace(title, "title: ما هو التصبغ الدقيق لفروة الرأس؟").replace(summary, "summary: شرح قصير وبسيط.")
            + &format!("\nاغسل رأسك بلطف. {long}.\n")),
    );
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(err.matches("no formula").count(), 1, "{err}");
    assert!(err.contains("note: reading grade: no formula for `ar`, only sentence length is checked"), "{err}");
    // At the long sentence (after "اغسل رأسك بلطف. ", 16 characters).
    assert!(err.contains("content/articles/about-smp.ar.md:7:17: warning: a sentence has 24 words"), "{err}");
    assert!(!err.contains("about-smp.ar.md: warning: reading grade"), "{err}");
    // Notes are left out with --quiet, as warnings are.
    let quiet = aftercare(site.path(), &["--quiet", "check"]);
    assert!(!stderr(&quiet).contains("no formula"), "{}", stderr(&quiet));
    let o = aftercare(site.path(), &["check", "--grades"]);
    let out = common::stdout(&o);
    assert!(
        out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["24", "content/articles/about-smp.ar.md"]),
        "{out}"
    );
}

#[test]
fn the_shipped_spanish_reads_at_grade_8_or_lower_and_arabic_is_not_graded() {
    let o = aftercare(&common::repo(), &["check", "--grades"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = common::stdout(&o);
    // Spanish rows: Fernández-Huerta, Szigriszt-Pazos, grade, longest sentence, page.
    let rows: Vec<(f64, f64, f64, String)> = out
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() != 5 {
                return None;
            }
            Some((f[0].parse().ok()?, f[1].parse().ok()?, f[2].parse().ok()?, f[4].to_string()))
        })
        .collect();
    let days = rows.iter().filter(|r| r.3.starts_with("public/es/days/")).count();
    let articles = rows.iter().filter(|r| r.3.starts_with("content/articles/") && r.3.ends_with(".es.md")).count();
    assert_eq!(days, 31, "{out}");
    assert!(articles >= 4, "{out}");
    assert_eq!(rows.len(), days + articles, "only Spanish pages are graded in ease scores:\n{out}");
    for (fh, szp, grade, page) in &rows {
        assert!(*fh >= 65.0 && *szp >= 60.0 && *grade <= 8.0, "{page}: FH {fh}, SzP {szp}, grade {grade}");
    }
    // The Arabic pages show the English text (untranslated_content): graded in English only.
    assert!(!out.contains("public/ar/") && !out.contains(".ar.md"), "{out}");
}
