//! `offline: true` in site.yaml (issue #15): a web app manifest and a service worker that
//! lists every file of the build; off by default, when the build writes neither and no page
//! mentions them.

mod common;

use common::*;

/// The precache list written into sw.js.
fn precache(sw: &str) -> Vec<String> {
    let start = sw.find("const FILES = ").expect("sw.js has its file list") + "const FILES = ".len();
    let end = start + sw[start..].find(";\n").unwrap();
    serde_json::from_str(&sw[start..end]).expect("the list is JSON")
}

#[test]
fn off_by_default_no_worker_no_manifest_no_registration() {
    let site = example_site();
    let public = build(site.path());
    let all = files(&public);
    for f in ["sw.js", "manifest.webmanifest", "offline.js"] {
        assert!(!all.contains(&f.to_string()), "{f} written without offline: true");
    }
    for page in all.iter().filter(|f| f.ends_with(".html")) {
        let html = read(&public, page);
        assert!(!html.contains("manifest") && !html.contains("offline.js"), "{page} links the offline files");
    }
}

#[test]
fn offline_build_lists_every_file_and_every_page_registers_the_worker() {
    let site = example_site();
    edit(site.path(), "site.yaml", "accent_color:", "offline: true\naccent_color:");
    let public = build(site.path());
    let all = files(&public);
    let sw = read(&public, "sw.js");
    let list = precache(&sw);
    // Every file of the build but the worker itself (and the build's own marker, which is not
    // the site's), every language's pages included.
    let expected: Vec<String> = all.iter().filter(|f| *f != "sw.js" && *f != ".aftercare-output").cloned().collect();
    assert_eq!(list, expected);
    assert!(list.contains(&"es/days/5.html".to_string()) && list.contains(&"ar/index.html".to_string()));
    let manifest: serde_json::Value = serde_json::from_str(&read(&public, "manifest.webmanifest")).unwrap();
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    assert_eq!(manifest["name"], "Healing well after scalp micropigmentation");
    assert_eq!(manifest["theme_color"], "#0b5f63");
    for page in all.iter().filter(|f| f.ends_with(".html")) {
        let html = read(&public, page);
        let up = "../".repeat(page.matches('/').count());
        assert!(
            html.contains(&format!("<link rel=\"manifest\" href=\"{up}manifest.webmanifest\">")),
            "{page}: no manifest link"
        );
        assert!(html.contains(&format!("<script src=\"{up}offline.js\" defer></script>")), "{page}: no registration");
    }

    // Same site, same worker; any change to a file, a new version (so a new cache).
    let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).unwrap().to_string();
    let again = build(site.path());
    assert_eq!(read(&again, "sw.js"), sw, "two builds of the same site differ");
    edit(site.path(), "site.yaml", "phone: \"0161 496 0321\"", "phone: \"0161 496 0322\"");
    let changed = build(site.path());
    assert_ne!(version(&read(&changed, "sw.js")), version(&sw), "the version did not change with the site");
}
