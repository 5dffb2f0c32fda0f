//! Runs every case of the broken-site corpus in `tests/broken/cases.yaml` through the real
//! binary: a clear message where expected, a non-zero exit, no panic, and the previous
//! `public/` left byte for byte. Cases marked `ok` must build.
//!
//! Each case is its own test, named after it (`unclosed_quote_in_site_yaml`), and the
//! cases run in parallel: this file has its own `main` (`harness = false` in Cargo.toml,
//! with `libtest-mimic`), so `cargo test --test broken -- tab` runs the cases whose name
//! holds "tab", and a failure names its case. The case file stays the one source.

mod common;

use std::fs;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    ok: bool,
    steps: Vec<Step>,
    #[serde(default)]
    expect: Vec<String>,
    /// Text that must not appear (a private file's content, say).
    #[serde(default)]
    absent: Vec<String>,
}

/// One step: exactly one of the fields is set (a YAML mapping with one key).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Step {
    replace: Option<Replace>,
    write: Option<Write>,
    bytes: Option<Bytes>,
    big: Option<Big>,
    remove: Option<File>,
    symlink: Option<Symlink>,
    crlf: Option<File>,
    bom: Option<File>,
    fifo: Option<File>,
}

#[derive(Deserialize)]
struct Replace {
    file: String,
    old: String,
    new: String,
}
#[derive(Deserialize)]
struct Write {
    file: String,
    text: String,
}
#[derive(Deserialize)]
struct Bytes {
    file: String,
    hex: String,
}
#[derive(Deserialize)]
struct Big {
    file: String,
    mb: usize,
}
#[derive(Deserialize)]
struct File {
    file: String,
}
#[derive(Deserialize)]
struct Symlink {
    link: String,
    target: String,
}

fn apply(site: &Path, step: &Step) {
    if let Some(Replace { file, old, new }) = &step.replace {
        common::edit(site, file, old, new);
    }
    if let Some(Write { file, text }) = &step.write {
        common::write(site, file, text);
    }
    if let Some(Bytes { file, hex }) = &step.bytes {
        let bytes: Vec<u8> =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
        fs::write(site.join(file), bytes).unwrap();
    }
    if let Some(Big { file, mb }) = &step.big {
        let line = "Keep your scalp dry and call us if anything worries you.\n";
        let text = line.repeat(mb * 1024 * 1024 / line.len() + 1);
        common::write(site, file, &format!("---\ntitle: Big\nsummary: Big.\n---\n{text}"));
    }
    if let Some(File { file }) = &step.remove {
        let p = site.join(file);
        if p.is_dir() {
            fs::remove_dir_all(p).unwrap()
        } else {
            fs::remove_file(p).unwrap()
        }
    }
    if let Some(Symlink { link, target }) = &step.symlink {
        #[cfg(unix)]
        std::os::unix::fs::symlink(target, site.join(link)).unwrap();
        #[cfg(not(unix))]
        let _ = (link, target);
    }
    if let Some(File { file }) = &step.crlf {
        let text = fs::read_to_string(site.join(file)).unwrap();
        fs::write(site.join(file), text.replace('\n', "\r\n")).unwrap();
    }
    if let Some(File { file }) = &step.fifo {
        let p = site.join(file);
        let _ = fs::remove_file(&p);
        let ok = std::process::Command::new("mkfifo").arg(&p).status().is_ok_and(|s| s.success());
        assert!(ok, "mkfifo {}", p.display());
    }
    if let Some(File { file }) = &step.bom {
        let text = fs::read_to_string(site.join(file)).unwrap();
        fs::write(site.join(file), format!("\u{feff}{text}")).unwrap();
    }
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let path = common::repo().join("tests/broken/cases.yaml");
    let cases: Vec<Case> =
        serde_yaml::from_str(&fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let mut seen = std::collections::BTreeSet::new();
    let trials = cases
        .into_iter()
        .map(|case| {
            let name = test_name(&case.name);
            assert!(seen.insert(name.clone()), "two cases are named `{name}` in {}", path.display());
            libtest_mimic::Trial::test(name, move || run_case(&case).map_err(Into::into))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// A case's name as a test name: `unclosed quote in site.yaml` is `unclosed_quote_in_site_yaml`.
fn test_name(case: &str) -> String {
    let mut name = String::new();
    for c in case.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('_') {
            name.push('_');
        }
    }
    name.trim_end_matches('_').to_string()
}

/// One good build, copied into every case, stands for "an earlier public/": built once,
/// by the first case that needs it (the others wait), and never by `--list`.
struct Base {
    site: tempfile::TempDir,
    before: Vec<(String, Vec<u8>)>,
}

fn base() -> &'static Base {
    static BASE: std::sync::OnceLock<Base> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let site = common::example_site();
        let public = common::build(site.path());
        let before = common::snapshot(&public);
        Base { site, before }
    })
}

/// Runs one case: `Err` lists everything that went wrong, with the output.
fn run_case(case: &Case) -> Result<(), String> {
    let base = base();
    let dir = tempfile::tempdir().unwrap();
    for name in ["site.yaml", "site.es.yaml", "content", "templates", "theme", "public"] {
        common::copy(&base.site.path().join(name), &dir.path().join(name));
    }
    for step in &case.steps {
        apply(dir.path(), step);
    }
    let o = common::aftercare(dir.path(), &["build"]);
    let out = format!("{}{}", common::stdout(&o), common::stderr(&o));
    let mut problems = Vec::new();
    if out.contains("panicked") || o.status.code().is_none() {
        problems.push("it panicked or was killed".to_string());
    }
    if case.ok != o.status.success() {
        problems.push(format!(
            "exit status {:?}, expected {}",
            o.status.code(),
            if case.ok { "success" } else { "failure" }
        ));
    }
    for e in &case.expect {
        if !out.contains(e.as_str()) {
            problems.push(format!("missing {e:?}"));
        }
    }
    for a in &case.absent {
        if out.contains(a.as_str()) {
            problems.push(format!("shows {a:?}"));
        }
    }
    if !case.ok && common::snapshot(&dir.path().join("public")) != base.before {
        problems.push("public/ changed".into());
    }
    // `check` finds the same problems without building.
    let c = common::aftercare(dir.path(), &["check"]);
    let check_out = common::stderr(&c);
    if check_out.contains("panicked") || case.ok != c.status.success() {
        problems.push(format!("check exited {:?}", c.status.code()));
    }
    for e in case.expect.iter().filter(|e| !e.starts_with("rendering ")) {
        if !check_out.contains(e.as_str()) {
            problems.push(format!("check output misses {e:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: {}\n--- build output ---\n{out}--- check output ---\n{check_out}",
            case.name,
            problems.join("; ")
        ))
    }
}
