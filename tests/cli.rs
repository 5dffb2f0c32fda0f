//! The command line as a user meets it: each command's help under its own name, a
//! suggestion for a mistyped flag, the wrong folder named once, options refused as their
//! site.yaml twins are, and `schedule`'s files named and placed so that nothing is
//! overwritten and nothing lands in the site.

mod common;

use std::fs;
use std::path::Path;

use common::{aftercare, example_site, stderr, stdout};

/// The commands `aftercare --help` lists, with their one-line descriptions.
fn commands() -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let o = aftercare(dir.path(), &["--help"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let help = stdout(&o);
    let list = help.split("Commands:\n").nth(1).unwrap_or_else(|| panic!("no Commands: in\n{help}"));
    list.lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| {
            let (name, about) = l.trim().split_once(' ').unwrap_or((l.trim(), ""));
            (name.to_string(), about.trim().to_string())
        })
        .filter(|(name, _)| name != "help")
        .collect()
}

#[test]
fn each_commands_help_is_its_own() {
    let cmds = commands();
    let names: Vec<&str> = cmds.iter().map(|(n, _)| n.as_str()).collect();
    for expected in ["build", "serve", "init", "schedule", "check"] {
        assert!(names.contains(&expected), "`{expected}` is not listed: {names:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, about) in &cmds {
        assert!(about.len() > 20, "`{name}` has no description in `aftercare --help`: {about:?}");
        let o = aftercare(dir.path(), &[name, "--help"]);
        assert!(o.status.success(), "{name} --help: {}", stderr(&o));
        let help = stdout(&o);
        // Its own description first, then its usage.
        assert_eq!(help.lines().next(), Some(about.as_str()), "`{name} --help` starts with another text:\n{help}");
        assert!(help.contains(&format!("Usage: aftercare {name}")), "{help}");
        // No other command's description.
        for (other, other_about) in cmds.iter().filter(|(o, _)| o != name) {
            assert!(
                !help.contains(other_about.as_str()),
                "`{name} --help` holds the description of `{other}`:\n{help}"
            );
        }
        // Every option says what it is for.
        for line in help.lines().filter(|l| l.trim_start().starts_with('-')) {
            let words = line.trim().split("  ").filter(|p| !p.trim().is_empty()).count();
            assert!(words >= 2, "`{name} --help`: an option without a description: {line:?}");
        }
        // The options every command takes come after its own, under their heading.
        assert!(help.contains("Global options:\n  -C, --root <SITE>"), "{help}");
    }
}

#[test]
fn a_mistyped_flag_or_command_gets_a_suggestion() {
    let site = example_site();
    for (args, tip) in [
        (&["schedule", "--date", "2026-11-24", "--sesion", "2"][..], "a similar argument exists: '--session'"),
        (&["build", "--base-ulr", "https://c.example/"][..], "a similar argument exists: '--base-url'"),
        (&["check", "--strcit"][..], "a similar argument exists: '--strict'"),
        (&["biuld"][..], "a similar subcommand exists: 'build'"),
    ] {
        let o = aftercare(site.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(tip), "{args:?}:\n{}", stderr(&o));
    }
    assert!(!site.path().join("public").exists());
}

#[test]
fn the_wrong_folder_is_one_clear_error_first() {
    let empty = tempfile::tempdir().unwrap();
    let folder = empty.path().join("not-a-site");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("notes.txt"), "not a site").unwrap();
    let cmds: [&[&str]; 5] = [
        &["build"],
        &["check"],
        &["serve", "--port", "0"],
        &["schedule", "--date", "2026-11-24"],
        &["check", "--strict"],
    ];
    for args in cmds {
        // Named with -C, and run inside it.
        for (dir, pre) in [(empty.path(), vec!["-C", "not-a-site"]), (folder.as_path(), vec![])] {
            let all: Vec<&str> = pre.iter().chain(args).copied().collect();
            let o = aftercare(dir, &all);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{all:?}: {err}");
            assert_eq!(err.matches("error:").count(), 1, "{all:?}: one error, not a list:\n{err}");
            assert!(err.starts_with("error: ") && err.contains("is not a site folder: it has no site.yaml"), "{err}");
            assert!(err.contains("help: ") && err.contains("aftercare init"), "{err}");
            assert!(stdout(&o).is_empty(), "{all:?}: {}", stdout(&o));
        }
    }
    let o = aftercare(empty.path(), &["-C", "no-such-folder", "check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the site folder no-such-folder does not exist"), "{}", stderr(&o));
    assert_eq!(common::files(empty.path()), ["not-a-site/notes.txt"], "nothing was written");
}

#[test]
fn options_are_refused_as_their_site_yaml_twins_are() {
    let site = example_site();
    let before = common::files(site.path());
    let date = ["schedule", "--date", "2026-11-24", "--out", "out"];
    let with = |extra: &[&'static str]| date.iter().chain(extra).copied().collect::<Vec<_>>();
    for (args, msg) in [
        (with(&["--session", "0"]), "a session number starts at 1"),
        (with(&["--session", "-2"]), "a session number is a whole number, without a sign"),
        (with(&["--session", "two"]), "a session number is a whole number"),
        (with(&["--of", "0"]), "the number of sessions starts at 1"),
        (with(&["--of", "51"]), "more than the 50 sessions this tool plans for"),
        (with(&["--session", "4", "--of", "3"]), "--session 4: sessions are numbered 1 to 3"),
        (with(&["--remind-days-before", "31"]), "more than 30 days early"),
        (with(&["--remind-days-before", "-1"]), "the number of days is a whole number, without a sign"),
        (with(&["--base-url", "www.example.com"]), "`www.example.com` is not a full web address"),
        (with(&["--base-url", "https://"]), "has no host name"),
        (with(&["--language", "fr"]), "--language fr: this site is not published in that language"),
        (with(&["--treatment", "tattoo"]), "--treatment tattoo: this site has no such treatment"),
        (vec!["schedule", "--date", "2026-02-29", "--out", "out"], "February 2026 has 28 days"),
        (vec!["schedule", "--date", "1899-12-31", "--out", "out"], "too early"),
        (vec!["build", "--base-url", "javascript:alert(1)"], "is not a full web address"),
        (vec!["serve", "--port", "65536"], "that is more than 65535"),
        (vec!["serve", "--port", "-1"], "a port is a whole number"),
        (vec!["serve", "--bind", "localhost"], "that is not an IP address"),
    ] {
        let o = aftercare(site.path(), &args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: expected {msg:?} in\n{err}");
        assert!(err.contains("help: "), "{args:?}: says how to fix it:\n{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(common::files(site.path()), before, "nothing was written");
}

/// Runs `schedule` in `cwd`; returns the files it wrote there, sorted.
fn scheduled(cwd: &Path, args: &[&str]) -> Vec<String> {
    let o = aftercare(cwd, args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    common::files(cwd)
}

#[test]
fn schedule_names_its_files_by_session_and_date_and_keeps_them_out_of_the_site() {
    let site = example_site();
    let before = common::files(site.path());
    // Inside the site folder (or below it), --out is needed.
    fs::create_dir(site.path().join("content/here")).unwrap();
    for cwd in [site.path().to_path_buf(), site.path().join("content/here")] {
        let o = aftercare(&cwd, &["-C", site.path().to_str().unwrap(), "schedule", "--date", "2026-11-24"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("in the site folder") && stderr(&o).contains("--out"), "{}", stderr(&o));
    }
    fs::remove_dir(site.path().join("content/here")).unwrap();
    assert_eq!(common::files(site.path()), before, "nothing was written into the site");

    // Outside it, the current folder; two sessions on one date are two pairs of files.
    let desk = tempfile::tempdir().unwrap();
    let root = site.path().to_str().unwrap();
    scheduled(desk.path(), &["-C", root, "schedule", "--date", "2026-11-24"]);
    let written =
        scheduled(desk.path(), &["-C", root, "schedule", "--date", "2026-11-24", "--session", "3", "--text", "-q"]);
    assert_eq!(
        written,
        [
            "session-1-2026-11-24.html",
            "session-1-2026-11-24.ics",
            "session-3-2026-11-24.html",
            "session-3-2026-11-24.ics"
        ]
    );
    let one = fs::read_to_string(desk.path().join("session-1-2026-11-24.html")).unwrap();
    let three = fs::read_to_string(desk.path().join("session-3-2026-11-24.html")).unwrap();
    assert_ne!(one, three, "session 3's handout did not overwrite session 1's");
    // The language, when named, is part of the name too.
    let written = scheduled(desk.path(), &["-C", root, "schedule", "--date", "2026-11-24", "--language", "es"]);
    assert!(written.contains(&"session-1-2026-11-24.es.html".to_string()), "{written:?}");
    assert!(written.contains(&"session-1-2026-11-24.ics".to_string()), "the English one is still there");

    // With --out, inside the site too if asked for; the treatment first when named.
    let studio = tempfile::tempdir().unwrap();
    common::copy(&common::repo().join("tests/fixtures/studio"), studio.path());
    let o = aftercare(
        studio.path(),
        &["schedule", "--treatment", "tattoo", "--date", "2026-03-02", "--session", "1", "--out", "plans"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("tattoo-session-1-2026-03-02.html"), "{}", stdout(&o));
    assert_eq!(
        common::files(&studio.path().join("plans")),
        ["tattoo-session-1-2026-03-02.html", "tattoo-session-1-2026-03-02.ics"]
    );
}
