//! Hostile sites, generated: the example site with random attacks on its tree (links to
//! private files and out of the site, loops, pipes, odd and huge names, escape sequences,
//! mutated and huge and deeply nested files), built and checked by the real binary. Every
//! run must end (no hang), cleanly (exit 0 or 1, no panic or crash), and leak nothing: no
//! byte of the private file outside the site reaches a message or the output, and nothing
//! is written outside the output folder.
//!
//! CI runs a short budget; a long one on request:
//! `HOSTILE_CASES=2000 cargo test --release --test hostile`.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;

const SECRET: &str = "SECRET-OUTSIDE-THE-SITE";

/// One attack on the site tree.
#[derive(Debug, Clone)]
enum Attack {
    /// A link in a content folder to the private file beside the site.
    LinkOut { dir: usize, name: usize },
    /// A link to a system file.
    LinkSystem { dir: usize },
    /// A dangling link, or one that loops.
    LinkBroken { dir: usize, looped: bool },
    /// The theme folder (or its stylesheet) as a link out of the site.
    ThemeOut { whole: bool },
    /// A named pipe where a file is read.
    Pipe { dir: usize },
    /// A file with an odd name: spaces, escape sequences, very long, reserved, other case.
    OddName { dir: usize, kind: usize },
    /// Bytes of a content file changed.
    Mutate { file: usize, at: usize, byte: u8 },
    /// A file made huge or deeply nested.
    Huge { file: usize, nested: bool },
}

const DIRS: [&str; 3] = ["content/articles", "content/guides", "templates"];
const FILES: [&str; 6] = [
    "site.yaml",
    "content/activities.yaml",
    "content/protocol.yaml",
    "content/timeline.yaml",
    "content/guides/recovery-day-by-day.yaml",
    "content/articles/when-to-call-us.md",
];

fn attack() -> impl Strategy<Value = Attack> {
    prop_oneof![
        (0..3usize, 0..4usize).prop_map(|(dir, name)| Attack::LinkOut { dir, name }),
        (0..3usize).prop_map(|dir| Attack::LinkSystem { dir }),
        (0..3usize, any::<bool>()).prop_map(|(dir, looped)| Attack::LinkBroken { dir, looped }),
        any::<bool>().prop_map(|whole| Attack::ThemeOut { whole }),
        (0..3usize).prop_map(|dir| Attack::Pipe { dir }),
        (0..3usize, 0..6usize).prop_map(|(dir, kind)| Attack::OddName { dir, kind }),
        (0..6usize, any::<usize>(), any::<u8>()).prop_map(|(file, at, byte)| Attack::Mutate { file, at, byte }),
        (0..6usize, any::<bool>()).prop_map(|(file, nested)| Attack::Huge { file, nested }),
    ]
}

fn ext(dir: &str) -> &'static str {
    match dir {
        "content/articles" => "md",
        "templates" => "html",
        _ => "yaml",
    }
}

#[cfg(unix)]
fn apply(site: &Path, a: &Attack) {
    use std::os::unix::fs::symlink;
    let secret = site.parent().unwrap().join("private.txt");
    match *a {
        Attack::LinkOut { dir, name } => {
            let d = DIRS[dir];
            let names = ["x", "index", "when-to-call-us", "day"];
            let _ = symlink(&secret, site.join(d).join(format!("{}.{}", names[name], ext(d))));
        }
        Attack::LinkSystem { dir } => {
            let _ = symlink("/etc/passwd", site.join(DIRS[dir]).join(format!("passwd.{}", ext(DIRS[dir]))));
        }
        Attack::LinkBroken { dir, looped } => {
            let d = DIRS[dir];
            let link = site.join(d).join(format!("broken.{}", ext(d)));
            let _ = if looped { symlink(&link, &link) } else { symlink("/no/such/file", &link) };
        }
        Attack::ThemeOut { whole } => {
            let outside = site.parent().unwrap().join("outside-theme");
            let _ = fs::create_dir_all(&outside);
            let _ = fs::write(outside.join("style.css"), format!("/* {SECRET} */"));
            if whole {
                let _ = fs::remove_dir_all(site.join("theme"));
                let _ = symlink(&outside, site.join("theme"));
            } else {
                let _ = fs::create_dir_all(site.join("theme"));
                let _ = fs::remove_file(site.join("theme/style.css"));
                let _ = symlink(outside.join("style.css"), site.join("theme/style.css"));
            }
        }
        Attack::Pipe { dir } => {
            let d = DIRS[dir];
            let _ = Command::new("mkfifo")
                .arg(site.join(d).join(format!("pipe.{}", ext(d))))
                .stderr(Stdio::null())
                .status();
        }
        Attack::OddName { dir, kind } => {
            let d = DIRS[dir];
            let e = ext(d);
            let name = match kind {
                0 => format!("with space.{e}"),
                1 => format!("esc\u{1b}[2Jape.{e}"),
                2 => format!("{}.{e}", "a".repeat(240)),
                3 => format!("index.{e}"),
                4 => format!("UPPER.{}", e.to_uppercase()),
                _ => format!("ünï-cödé.{e}"),
            };
            let body = if e == "md" { "---\ntitle: T\nsummary: S.\n---\n\nText.\n" } else { "title: T\n" };
            let _ = fs::write(site.join(d).join(name), body);
        }
        Attack::Mutate { file, at, byte } => {
            let p = site.join(FILES[file]);
            if let Ok(mut bytes) = fs::read(&p) {
                if !bytes.is_empty() {
                    let i = at % bytes.len();
                    bytes[i] = byte;
                    let _ = fs::write(&p, bytes);
                }
            }
        }
        Attack::Huge { file, nested } => {
            let p = site.join(FILES[file]);
            let text = if nested { "[".repeat(200_000) } else { format!("title: \"{}\"\n", "x".repeat(3_000_000)) };
            let _ = fs::write(p, text);
        }
    }
}

#[cfg(not(unix))]
fn apply(_site: &Path, _a: &Attack) {}

/// Runs the binary with a time limit: `None` when it had to be stopped (a hang).
fn run(dir: &Path, args: &[&str]) -> Option<std::process::Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(child.wait_with_output().unwrap())
}

fn cases() -> u32 {
    std::env::var("HOSTILE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn hostile_site_trees_end_cleanly_and_leak_nothing(attacks in prop::collection::vec(attack(), 1..5)) {
        let outer = tempfile::tempdir().unwrap();
        let site = outer.path().join("site");
        fs::create_dir(&site).unwrap();
        for name in ["site.yaml", "site.es.yaml", "content", "templates", "theme"] {
            common::copy(&common::repo().join(name), &site.join(name));
        }
        fs::create_dir_all(site.join("templates")).unwrap();
        fs::write(outer.path().join("private.txt"), format!("title: {SECRET}\n{SECRET}\n")).unwrap();
        for a in &attacks {
            apply(&site, a);
        }
        let outside_before = common::files(outer.path()).into_iter().filter(|f| !f.starts_with("site/")).collect::<Vec<_>>();
        for args in [&["build"][..], &["check"][..]] {
            let o = run(&site, args);
            prop_assert!(o.is_some(), "{args:?} hung on {attacks:?}");
            let o = o.unwrap();
            let out = format!("{}{}", common::stdout(&o), common::stderr(&o));
            prop_assert!(matches!(o.status.code(), Some(0 | 1)), "{args:?} exited {:?} on {attacks:?}:\n{out}", o.status.code());
            prop_assert!(!out.contains("panicked"), "{args:?} panicked on {attacks:?}:\n{out}");
            prop_assert!(!out.contains(SECRET), "{args:?} printed the private file on {attacks:?}");
            prop_assert!(!out.contains('\u{1b}'), "{args:?} printed an escape sequence on {attacks:?}");
        }
        // Nothing escaped: no private byte in the output, nothing new outside the site.
        let public = site.join("public");
        if public.is_dir() {
            for f in common::files(&public) {
                let bytes = fs::read(public.join(&f)).unwrap_or_default();
                prop_assert!(!String::from_utf8_lossy(&bytes).contains(SECRET), "public/{f} holds the private file ({attacks:?})");
            }
        }
        let outside_after = common::files(outer.path()).into_iter().filter(|f| !f.starts_with("site/")).collect::<Vec<_>>();
        prop_assert_eq!(outside_before, outside_after, "something was written outside the site ({:?})", attacks);
    }
}
