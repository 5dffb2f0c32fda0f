//! `check` in plain words: jargon from the shipped lists and a site's glossary is flagged
//! at its word in the source file, with the plain word to write; reading-grade warnings
//! quote the sentence at fault and point to where it was written, not to the page.

mod common;

use std::path::Path;

use common::{aftercare, edit, example_site, stderr, write};

/// (line, column) of the first `needle` in a file of the site, 1-based, columns in
/// characters, as messages give them.
fn line_col(site: &Path, file: &str, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(site.join(file)).unwrap();
    let at = text.find(needle).unwrap_or_else(|| panic!("{file} does not contain {needle:?}"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// Puts `words` at the start of the first `say:` of a protocol file, returning where they are.
fn plant_say(site: &Path, file: &str, words: &str) -> (usize, usize) {
    edit(site, file, "        say: ", &format!("        say: {words} "));
    line_col(site, file, words)
}

/// The warning line (and its help) that starts with `start`.
fn warning<'a>(err: &'a str, start: &str) -> (&'a str, &'a str) {
    let mut lines = err.lines();
    while let Some(l) = lines.next() {
        if l.starts_with(start) {
            return (l, lines.next().unwrap_or_default());
        }
    }
    panic!("no line starts with {start:?}:\n{err}")
}

/// A Spanish glossary that keeps three words of the Spanish list: the example has none of
/// them, so nothing changes, but the glossary is read (an error in it would show).
fn keep_the_shipped_spanish(site: &Path) {
    write(site, "content/plain-words.es.yaml", "keep: [analgésico, supuración, descamación]\n");
}

#[test]
fn jargon_in_a_protocol_and_an_article_is_flagged_at_its_word() {
    let site = example_site();
    let (line, col) = plant_say(site.path(), "content/protocol.yaml", "Some erythema is normal.");
    write(
        site.path(),
        "content/articles/zz-itch.md",
        "---\ntitle: When it itches\nsummary: About pruritus, in short.\norder: 9\n---\n\n\
         Your scalp may itch.\nA little Erythematous skin is normal, and\nso are adverse\n  reactions.\n",
    );
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "warnings alone do not fail a check:\n{err}");
    let (l, help) = warning(&err, &format!("content/protocol.yaml:{line}:{}: warning:", col + 5));
    assert_eq!(l, format!("content/protocol.yaml:{line}:{}: warning: \"erythema\" is medical jargon", col + 5));
    assert_eq!(
        help,
        "  help: write \"redness\" instead (or add it to content/plain-words.yaml under keep: if your pages explain it)"
    );
    // In an article: the front matter, a form of the term and a term of two words over a
    // line break, each at its word in the file.
    let file = "content/articles/zz-itch.md";
    assert!(err.contains(&format!("{file}:3:16: warning: \"pruritus\" is medical jargon")), "{err}");
    assert!(err.contains(&format!("{file}:8:10: warning: \"Erythematous\" is medical jargon")), "{err}");
    let (_, help) = warning(&err, &format!("{file}:9:8: warning: \"adverse reactions\" is medical jargon"));
    assert!(help.contains("write \"bad reaction\" or \"side effect\" instead"), "{help}");
    // Nothing else of the example is flagged in English.
    let english: Vec<&str> = err.lines().filter(|l| l.contains("is medical jargon") && !l.contains(".es.")).collect();
    assert_eq!(english.len(), 4, "{}", english.join("\n"));
}

#[test]
fn a_kept_term_is_not_flagged_and_an_added_one_is() {
    let site = example_site();
    let (line, _) = plant_say(site.path(), "content/protocol.yaml", "Some erythema near your new hairline.");
    write(
        site.path(),
        "content/plain-words.yaml",
        "# Our own words.\nflag:\n  - term: hairline\n    plain: [the front edge of your hair]\nkeep: [erythema, keloidd]\n",
    );
    let err = stderr(&aftercare(site.path(), &["check"]));
    assert!(!err.contains("\"erythema\""), "kept:\n{err}");
    let at = line_col(site.path(), "content/protocol.yaml", "hairline").1;
    let (l, help) = warning(&err, &format!("content/protocol.yaml:{line}:{at}: warning:"));
    assert!(l.ends_with("warning: \"hairline\" is jargon"), "{l}");
    assert!(help.contains("write \"the front edge of your hair\" instead"), "{help}");
    // A kept word that is on no list is a mistake worth a word.
    let (l, help) = warning(&err, "content/plain-words.yaml:5:18: warning:");
    assert!(l.contains("`keloidd` is not on the plain-words list for `en-GB`"), "{l}");
    assert!(help.contains("did you mean `keloid`?"), "{help}");
}

#[test]
fn spanish_is_checked_with_its_own_list() {
    let site = example_site();
    keep_the_shipped_spanish(site.path());
    let err = stderr(&aftercare(site.path(), &["check"]));
    assert!(!err.contains("jargon"), "the example, its Spanish words kept, has no jargon:\n{err}");

    let (line, col) = plant_say(site.path(), "content/protocol.es.yaml", "Un poco de eritema es normal.");
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let (l, help) = warning(&err, &format!("content/protocol.es.yaml:{line}:{}: warning:", col + 11));
    assert!(l.ends_with("\"eritema\" is medical jargon"), "{l}");
    assert!(help.contains("write \"enrojecimiento\" or \"rojez\" instead"), "{help}");
    assert!(help.contains("content/plain-words.es.yaml under keep:"), "{help}");
    // Spanish words are not looked for in English, nor English ones in Spanish.
    assert_eq!(err.matches("is medical jargon").count(), 1, "{err}");
}

#[test]
fn strict_fails_on_jargon_and_a_kept_term_passes() {
    // The two-treatment fixture: no warning at all to begin with, so --strict shows the
    // jargon's part alone.
    let dir = tempfile::tempdir().unwrap();
    common::copy(&common::repo().join("tests/fixtures/studio"), dir.path());
    let site = dir.path();
    let clean = aftercare(site, &["check", "--strict"]);
    assert!(clean.status.success(), "{}", stderr(&clean));

    let file = "content/treatments/laser-removal/protocol.yaml";
    let (line, col) = plant_say(site, file, "Some erythema is normal.");
    let o = aftercare(site, &["check", "--strict"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("--strict: warnings count as errors."), "{err}");
    assert!(err.contains(&format!("{file}:{line}:{}: warning: \"erythema\" is medical jargon", col + 5)), "{err}");
    assert!(aftercare(site, &["check"]).status.success(), "without --strict a warning does not fail");

    write(site, "content/plain-words.yaml", "keep: [erythema]\n");
    let kept = aftercare(site, &["check", "--strict"]);
    assert!(kept.status.success(), "{}", stderr(&kept));
}

#[test]
fn a_language_with_no_list_gets_one_note() {
    let site = example_site();
    edit(site.path(), "site.yaml", "untranslated_content: [ar]", "untranslated_content: []");
    write(
        site.path(),
        "content/articles/about-smp.ar.md",
        "---\ntitle: ما هو التصبغ الدقيق لفروة الرأس؟\nsummary: شرح قصير وبسيط.\n---\n\nاغسل رأسك بلطف.\n",
    );
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(err.matches("plain words: no list for").count(), 1, "{err}");
    assert!(err.contains("note: plain words: no list for `ar`"), "{err}");
    assert!(!err.contains("no list for `es`") && !err.contains("no list for `en"), "{err}");
}

#[test]
fn a_broken_glossary_is_an_error_with_its_position() {
    let site = example_site();
    write(site.path(), "content/plain-words.yaml", "flag:\n  - term: hairline\n    plain: [edge]\n    says: x\n");
    let o = aftercare(site.path(), &["check"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("content/plain-words.yaml:4:5: error: flag[0]: unknown field `says`"), "{err}");
    write(site.path(), "content/plain-words.yaml", "flag:\n  - term: hairline\n    plain: []\n");
    let err = stderr(&aftercare(site.path(), &["check"]));
    assert!(err.contains("content/plain-words.yaml:3:12: error: `hairline` has no plain words to suggest"), "{err}");
}

#[test]
fn a_long_sentence_is_quoted_at_its_line_in_the_protocol_not_the_page() {
    let site = example_site();
    let long = "Let the water run over your scalp for as long as you like, every single morning and every single evening of this week.";
    let (line, col) = plant_say(site.path(), "content/protocol.yaml", long);
    let larga = "Deje que el agua corra sobre el cuero cabelludo todo el tiempo que quiera, cada mañana y cada noche de esta semana.";
    let (es_line, es_col) = plant_say(site.path(), "content/protocol.es.yaml", larga);
    let err = stderr(&aftercare(site.path(), &["check"]));
    let (l, help) = warning(&err, &format!("content/protocol.yaml:{line}:{col}: warning: a sentence has 23 words"));
    // The pages it shows on, and the sentence.
    assert!(l.contains("(on public/days/0.html, public/days/1.html and "), "{l}");
    assert!(l.ends_with(&format!(": \"{long}\"")), "{l}");
    assert_eq!(help, "  help: split it in two");
    // Once, however many pages show it.
    assert_eq!(err.matches(long).count(), 1, "{err}");
    let (l, _) =
        warning(&err, &format!("content/protocol.es.yaml:{es_line}:{es_col}: warning: a sentence has 22 words"));
    assert!(l.contains("(on public/es/days/0.html"), "{l}");
    assert!(!err.contains("public/days/0.html: warning"), "no warning points at a page:\n{err}");
}

#[test]
fn a_page_over_the_grade_limit_is_reported_at_its_hardest_sentence() {
    let site = example_site();
    edit(site.path(), "site.yaml", "accent_color:", "reading_grade_limit: 2\naccent_color:");
    let dense = "Postprocedural inflammation necessitates meticulous avoidance of occlusive emollients and unprotected ultraviolet exposure.";
    let (line, col) = plant_say(site.path(), "content/protocol.yaml", dense);
    let err = stderr(&aftercare(site.path(), &["check"]));
    let (l, help) = warning(&err, &format!("content/protocol.yaml:{line}:{col}: warning: reading grade"));
    assert!(l.contains(") on public/days/0.html is above the limit of 2; its hardest sentence: "), "{l}");
    assert!(l.ends_with(&format!("\"{dense}\"")), "{l}");
    // The next hardest is named with its place.
    assert!(help.contains("; the next hardest: \""), "{help}");
    assert!(help.contains(" (content/"), "{help}");
}
