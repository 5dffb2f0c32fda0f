//! Every word a patient sees comes from the content or from the message catalogue, never
//! from the program's own code or templates. Proved with a pseudo-locale: the non-SMP
//! fixture built with `language: en-XA`, where every message comes out accented and
//! wrapped in `⟦…⟧`. Whatever is left outside the brackets must be the clinic's own words
//! (found in its files), numbers or punctuation: a single English word the program wrote
//! without a message fails the test, with the page and the word.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{aftercare, files, stderr, stdout};

/// Every word of the clinic's own files: what may appear outside the brackets.
fn content_words(site: &Path) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for f in files(site) {
        if f.starts_with("public/") || f.starts_with("out/") {
            continue;
        }
        if let Ok(text) = fs::read_to_string(site.join(&f)) {
            words.extend(split_words(&text));
        }
    }
    words
}

fn split_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).map(str::to_string).collect()
}

/// Removes the pseudo-locale's `⟦…⟧` parts.
fn outside_brackets(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// What a person reads or hears on a page: text nodes (not scripts or styles), the
/// title, and the `alt`, `aria-label`, `title` and `placeholder` attributes.
fn readable(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let tag_end = rest[open..].find('>').map_or(rest.len(), |e| open + e + 1);
        let tag = &rest[open..tag_end];
        for attr in ["alt", "aria-label", "title", "placeholder"] {
            let pat = format!(" {attr}=\"");
            if let Some(i) = tag.find(&pat) {
                let v = &tag[i + pat.len()..];
                out.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                out.push(' ');
            }
        }
        rest = &rest[tag_end..];
        for skip in ["script", "style"] {
            if tag.starts_with(&format!("<{skip}")) {
                let close = format!("</{skip}>");
                rest = rest.find(&close).map_or("", |e| &rest[e + close.len()..]);
            }
        }
    }
    out.push_str(rest);
    out.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
}

/// Words outside the brackets that are not the clinic's: (where, word).
fn strays(place: &str, text: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    split_words(&outside_brackets(text))
        .into_iter()
        .filter(|w| !allowed.contains(w))
        .map(|w| format!("{place}: {w}"))
        .collect()
}

#[test]
fn the_pseudo_locale_leaves_no_word_of_the_program_unwrapped() {
    let site = tempfile::tempdir().unwrap();
    common::copy(&common::repo().join("tests/fixtures/studio"), site.path());
    common::edit(site.path(), "site.yaml", "language: en-GB", "language: en-XA");
    let mut allowed = content_words(site.path());
    // The site's address, printed under the handouts' QR codes, is the clinic's too.
    allowed.extend(split_words("https://studio.example/care/tattoo/index.html"));
    // With the site's address, so the handouts carry their QR codes (and their labels).
    let o = aftercare(site.path(), &["build", "--base-url", "https://studio.example/care/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = site.path().join("public");
    let mut found = Vec::new();
    let mut wrapped = 0;
    for f in files(&public).into_iter().filter(|f| f.ends_with(".html")) {
        let text = readable(&fs::read_to_string(public.join(&f)).unwrap());
        wrapped += text.matches('⟦').count();
        found.extend(strays(&f, &text, &allowed));
    }
    // The patient's dated plan: the handout, the text and the calendar file.
    let o = aftercare(
        site.path(),
        &[
            "schedule",
            "--treatment",
            "laser-removal",
            "--date",
            "2026-03-02",
            "--session",
            "5",
            "--text",
            "--out",
            "out",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    found.extend(strays("schedule --text", &stdout(&o), &allowed));
    let handout = fs::read_to_string(site.path().join("out/laser-removal-session-5-2026-03-02.html")).unwrap();
    found.extend(strays("dated handout", &readable(&handout), &allowed));
    let ics = fs::read_to_string(site.path().join("out/laser-removal-session-5-2026-03-02.ics")).unwrap();
    let fields: String = ics
        .replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.strip_prefix("SUMMARY:").or_else(|| l.strip_prefix("DESCRIPTION:")))
        .map(|l| format!("{}\n", l.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";")))
        .collect();
    found.extend(strays(".ics", &fields, &allowed));
    found.sort();
    found.dedup();
    assert!(wrapped > 1000, "only {wrapped} wrapped messages: is the pseudo-locale on?");
    assert!(found.is_empty(), "{} words the program wrote without a message:\n{}", found.len(), found.join("\n"));
}

/// The message values of a catalogue, by id (single-line values only; enough here).
fn catalogue(lang: &str) -> std::collections::BTreeMap<String, String> {
    let text = fs::read_to_string(common::repo().join(format!("messages/{lang}.ftl"))).unwrap();
    // `id = value`, or `id =` with the value (a plural choice) on the lines below: the
    // id counts, the value is left empty.
    text.lines()
        .filter_map(|l| l.split_once(" ="))
        .filter(|(id, _)| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(|(id, v)| (id.to_string(), v.trim().to_string()))
        .collect()
}

#[test]
fn the_spanish_interface_has_no_english_sentence_left() {
    let site = common::example_site();
    // The interface alone in Spanish: a one-language site (the example's own Spanish
    // content is set aside, so only the program's words are Spanish).
    common::edit(site.path(), "site.yaml", "languages: [es, ar]", "");
    common::edit(site.path(), "site.yaml", "untranslated_content: [ar]", "");
    common::edit(site.path(), "site.yaml", "language: en-GB", "language: es");
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let public = site.path().join("public");
    let mut text = String::new();
    for f in files(&public).into_iter().filter(|f| f.ends_with(".html")) {
        text.push_str(&readable(&fs::read_to_string(public.join(&f)).unwrap()));
    }
    let o = aftercare(site.path(), &["schedule", "--date", "2026-01-05", "--text", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    text.push_str(&stdout(&o));
    // The example's content is English: words that are also the clinic's own are not a leak.
    let mut content = String::new();
    for f in files(&site.path().join("content")) {
        content.push_str(&fs::read_to_string(site.path().join("content").join(f)).unwrap_or_default());
    }
    let (en, es) = (catalogue("en"), catalogue("es"));
    assert_eq!(en.keys().collect::<Vec<_>>(), es.keys().collect::<Vec<_>>(), "both catalogues have the same messages");
    // Every English message of three words or more, without its placeholders, that the
    // Spanish one does not repeat: none of it may appear.
    let mut left = Vec::new();
    for (id, value) in &en {
        let plain: Vec<&str> =
            value.split(['{', '}']).step_by(2).map(str::trim).filter(|p| p.split_whitespace().count() >= 3).collect();
        for p in plain {
            if !es[id].contains(p) && text.contains(p) && !content.contains(p) {
                left.push(format!("{id}: {p}"));
            }
        }
    }
    assert!(left.is_empty(), "English left on the Spanish site:\n{}", left.join("\n"));
    assert!(text.contains("Día 0") || text.contains("día 0"), "the Spanish words are there");
}
