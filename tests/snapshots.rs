//! Snapshots of the HTML of a few key pages of the shipped example (`insta`), so that a
//! change to a template, the theme's markup or the content shows as a readable diff of
//! the pages a patient reads. The snapshots are in `tests/snapshots/`; after a change
//! that is meant, review and accept them with `cargo insta review` (cargo-insta), or
//! rewrite them all with `INSTA_UPDATE=always cargo test --test snapshots`.
//!
//! Normalised: the generator's version (`<meta name="generator">`), which changes with
//! every release, and the content version on printed pages (a hash of all the content,
//! so any edit anywhere changes it), which say nothing about the page itself.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

/// The example, built once for every test here.
fn public() -> &'static PathBuf {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &SITE
        .get_or_init(|| {
            let site = common::example_site();
            let public = common::build(site.path());
            (site, public)
        })
        .1
}

/// A page of the built example, normalised.
fn page(rel: &str) -> String {
    let html = common::read(public(), rel);
    let version = concat!("<meta name=\"generator\" content=\"aftercare ", env!("CARGO_PKG_VERSION"), "\">");
    assert!(html.contains(version), "{rel}: no generator tag {version:?}");
    let html = html.replace(version, "<meta name=\"generator\" content=\"aftercare [version]\">");
    // The foot's content version, after its label for the clinic ("For clinic staff only:
    // content version v…").
    hide_hex_after(&hide_hex_after(&html, "Content version v", "[hash]"), "content version v", "[hash]")
}

/// `text` with the hexadecimal digits after each `marker` replaced by `with`.
fn hide_hex_after(text: &str, marker: &str, with: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        let (before, after) = rest.split_at(at + marker.len());
        out.push_str(before);
        let hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(if hex > 0 { with } else { "" });
        rest = &after[hex..];
    }
    out.push_str(rest);
    out
}

#[test]
fn home_page() {
    insta::assert_snapshot!("index", page("index.html"));
}

#[test]
fn a_day_page() {
    insta::assert_snapshot!("days_5", page("days/5.html"));
}

#[test]
fn an_activity_page() {
    insta::assert_snapshot!("activities_wet_head", page("activities/wet-head.html"));
}

#[test]
fn the_at_a_glance_handout() {
    insta::assert_snapshot!("handouts_at_a_glance", page("handouts/at-a-glance.html"));
}

#[test]
fn the_compare_page() {
    insta::assert_snapshot!("compare", page("compare.html"));
}
