//! Helpers shared by the integration tests: a copy of the shipped example site in a
//! temporary folder, small edits to it, and running the real binary.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of the example site (site.yaml and its translations, content/,
/// templates/, theme/).
pub fn example_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["site.yaml", "site.es.yaml", "content", "templates", "theme"] {
        copy(&repo().join(name), &dir.path().join(name));
    }
    dir
}

/// Copies a file or folder tree; a missing source is skipped.
pub fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).unwrap();
        for e in fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            copy(&e.path(), &to.join(e.file_name()));
        }
    } else if from.exists() {
        fs::copy(from, to).unwrap();
    }
}

/// Replaces the first occurrence of `old` with `new` in a file of the site; panics if
/// `old` is not there, so a test cannot silently stop testing anything.
pub fn edit(site: &Path, file: &str, old: &str, new: &str) {
    let path = site.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file} does not contain {old:?}");
    fs::write(&path, text.replacen(old, new, 1)).unwrap();
}

pub fn write(site: &Path, file: &str, text: &str) {
    let path = site.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Runs the real `aftercare` binary in `dir`.
pub fn aftercare(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aftercare")).args(args).current_dir(dir).output().expect("run aftercare")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Builds the site in `dir` into `dir/public`, panicking with the errors if it fails.
pub fn build(dir: &Path) -> PathBuf {
    let o = aftercare(dir, &["build"]);
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
    dir.join("public")
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            out.push(e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
    out.sort();
    out
}

/// Every file under `dir` with its bytes, sorted by path: to compare whole outputs.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .map(|f| {
            let b = std::fs::read(dir.join(&f)).unwrap();
            (f, b)
        })
        .collect()
}

/// Values of an attribute (`href`, `src`, `id`) in an HTML page, unescaped for `&amp;`.
pub fn attrs(html: &str, name: &str) -> Vec<String> {
    let pat = format!(" {name}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest[..rest.find('"').unwrap()].replace("&amp;", "&")
        })
        .collect()
}

/// The text of an HTML fragment with tags removed and whitespace collapsed.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn read(public: &Path, rel: &str) -> String {
    fs::read_to_string(public.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Resolves `href` (relative to the page at `from`) to a path under the output root.
pub fn resolve(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Checks every link and fragment of every page of a built site: each leads to a file
/// (and an id) of the site, nothing leads to another host, and nothing is root-absolute
/// (which breaks under a sub-path). Returns how many links were checked.
pub fn check_links(public: &Path) -> usize {
    use std::collections::HashMap;
    let pages: Vec<String> = files(public).into_iter().filter(|f| f.ends_with(".html")).collect();
    let ids: HashMap<&str, Vec<String>> = pages.iter().map(|p| (p.as_str(), attrs(&read(public, p), "id"))).collect();
    let mut checked = 0;
    for page in &pages {
        if page == "404.html" {
            continue; // served at any address; checked with a base URL elsewhere
        }
        let html = read(public, page);
        // Scripts are allowed only as progressive enhancement from the site's own files
        // (the src check below); the browser suite proves pages read without them.
        for link in attrs(&html, "href").into_iter().chain(attrs(&html, "src")) {
            if link.starts_with("tel:") || link.starts_with("mailto:") {
                continue;
            }
            assert!(!link.contains("://") && !link.starts_with("//"), "{page} links outside the site: {link}");
            assert!(!link.starts_with('/'), "{page} has a root-absolute link, which breaks under a sub-path: {link}");
            let (path, frag) = link.split_once('#').map_or((link.as_str(), None), |(p, f)| (p, Some(f)));
            let target = if path.is_empty() { page.clone() } else { resolve(page, path) };
            assert!(public.join(&target).is_file(), "{page}: {link} -> {target} does not exist");
            if let Some(f) = frag.filter(|f| !f.is_empty()) {
                let known = ids.get(target.as_str()).unwrap_or_else(|| panic!("{target} is not a page"));
                assert!(known.iter().any(|id| id == f), "{page}: #{f} is not an id on {target}");
            }
            checked += 1;
        }
    }
    checked
}

/// The warnings in `check`'s output, each with its help line.
pub fn unexpected_warnings(err: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = err.lines().peekable();
    while let Some(l) = lines.next() {
        let help = lines.next_if(|h| h.starts_with("  help:"));
        out.push(format!("{l}\n{}", help.unwrap_or_default()));
    }
    out
}

/// Whether this run is in CI (`CI` set, and not to `false` or `0`): there, nothing may be skipped.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// What a browser test needs and this machine lacks: Node.js, the npm packages of
/// tests/browser, Debian's Chromium. Empty when all is there.
pub fn browser_missing() -> Vec<String> {
    let mut missing = Vec::new();
    if !Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success()) {
        missing.push("Node.js (`node`)".to_string());
    }
    if !repo().join("tests/browser/node_modules/playwright-core/package.json").is_file() {
        missing.push("the npm packages (tests/browser/node_modules)".to_string());
    }
    if !Path::new("/usr/bin/chromium").is_file() {
        missing.push("Chromium (/usr/bin/chromium)".to_string());
    }
    missing
}

/// The programs in `tools` that do not run here (`tool --version` fails).
pub fn tools_missing(tools: &[&str]) -> Vec<String> {
    tools
        .iter()
        .filter(|t| !Command::new(t).arg("--version").output().is_ok_and(|o| o.status.success()))
        .map(|t| format!("`{t}`"))
        .collect()
}

/// True when `test` must be skipped because `missing` is not empty: it then says so on
/// the terminal ("skipped: ...", written past the test harness's capture so it is seen
/// even though the test passes), or, in CI, fails instead.
pub fn skipped(test: &str, missing: &[String]) -> bool {
    if missing.is_empty() {
        return false;
    }
    let msg = format!("skipped: {test}: {} missing; run `bash tests/browser/install.sh`", missing.join(", "));
    assert!(!in_ci(), "{msg}\n(CI is set: nothing may be skipped in CI)");
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{msg}");
    true
}
