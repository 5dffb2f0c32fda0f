//! What a build may do to the output folder (README, "What a build may do to the output
//! folder"): a build stopped at any point leaves the whole old site or the whole new one,
//! and the next build finishes the job; files the user keeps in the output survive; files
//! the program did not write are never deleted; two builds at once do not lose files;
//! links are followed, not replaced.
//!
//! Deterministic: instead of racing a kill against a timer, `AFTERCARE_FAULT=<point>`
//! stops the build at a named point exactly as a crash would (no clean-up after it).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{aftercare, edit, example_site, snapshot, stderr};

fn build_with(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(&all)
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap()
}

/// The site's files in public/, without the user's own (`CNAME`, `.git/`).
fn site_files(public: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(public).into_iter().filter(|(f, _)| f != "CNAME" && !f.starts_with(".git/")).collect()
}

/// Leftover staging and old folders beside public/.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect()
}

/// A built example site whose public/ also holds the user's CNAME and .git, kept by
/// `keep:`; returns the old site's files.
fn site_with_kept_files() -> (tempfile::TempDir, PathBuf, Vec<(String, Vec<u8>)>) {
    let site = example_site();
    edit(site.path(), "site.yaml", "accent_color:", "keep: [CNAME, .git]\naccent_color:");
    let public = common::build(site.path());
    fs::write(public.join("CNAME"), "care.example.org\n").unwrap();
    fs::create_dir_all(public.join(".git/objects")).unwrap();
    fs::write(public.join(".git/config"), "[core]\n").unwrap();
    fs::write(public.join(".git/objects/ab"), "blob").unwrap();
    let old = site_files(&public);
    (site, public, old)
}

fn kept_files_are_there(public: &Path) {
    assert_eq!(fs::read_to_string(public.join("CNAME")).unwrap(), "care.example.org\n");
    assert_eq!(fs::read_to_string(public.join(".git/config")).unwrap(), "[core]\n");
    assert_eq!(fs::read_to_string(public.join(".git/objects/ab")).unwrap(), "blob");
}

#[test]
fn a_build_stopped_at_any_point_leaves_a_whole_site_and_the_next_build_finishes() {
    let cases: [(&str, &[(&str, &str)]); 7] = [
        ("after-staging", &[]),
        ("after-keep", &[]),
        ("after-exchange", &[]),
        ("during-removal", &[]),
        ("after-keep", &[("AFTERCARE_NO_EXCHANGE", "1")]),
        ("during-move", &[("AFTERCARE_NO_EXCHANGE", "1")]),
        ("during-removal", &[("AFTERCARE_NO_EXCHANGE", "1")]),
    ];
    for (point, extra) in cases {
        let (site, public, old) = site_with_kept_files();
        edit(site.path(), "site.yaml", "name: Northfield Scalp Studio", "name: Northfield Scalp Clinic");
        let mut env = vec![("AFTERCARE_FAULT", point)];
        env.extend_from_slice(extra);
        let o = build_with(site.path(), &env, &[]);
        assert_eq!(o.status.code(), Some(1), "{point}: {}", stderr(&o));
        assert!(stderr(&o).contains(&format!("fault-injection point `{point}`")), "{point}: {}", stderr(&o));
        // Right after the crash: the old site, or the new one (after the swap), whole.
        if point == "during-move" {
            // Without an atomic exchange the pages move in one by one: half-way, every
            // page is there, some old and some new; never a missing page or no site.
            let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
            let now = names(&site_files(&public));
            assert!(names(&old).iter().all(|f| now.contains(f)), "{point}: pages are missing");
        } else {
            let now = site_files(&public);
            let new_site =
                now.iter().any(|(f, b)| f == "index.html" && String::from_utf8_lossy(b).contains("Scalp Clinic"));
            assert!(now == old || new_site, "{point}: public/ is neither the old nor a new site");
            assert!(public.join("index.html").is_file(), "{point}");
        }
        // The next build finishes: the new site, the kept files, no leftovers.
        let o = build_with(site.path(), extra, &[]);
        assert!(o.status.success(), "{point}: {}", stderr(&o));
        kept_files_are_there(&public);
        let fresh = example_site_built_like(site.path());
        assert!(site_files(&public) == fresh, "{point}: the next build does not give the clean site");
        assert!(leftovers(site.path()).is_empty(), "{point}: left {:?}", leftovers(site.path()));
    }
}

/// The site as a clean build of `dir`'s sources writes it.
fn example_site_built_like(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let copy = tempfile::tempdir().unwrap();
    for name in ["site.yaml", "site.es.yaml", "content", "templates", "theme"] {
        common::copy(&dir.join(name), &copy.path().join(name));
    }
    site_files(&common::build(copy.path()))
}

#[test]
fn files_the_program_did_not_write_are_never_deleted() {
    let site = example_site();
    let public = common::build(site.path());
    fs::write(public.join("CNAME"), "care.example.org\n").unwrap();
    fs::write(public.join("days/my-notes.txt"), "mine").unwrap();
    let before = snapshot(&public);
    let o = aftercare(site.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("holds files aftercare did not write (CNAME, days/my-notes.txt)") && err.contains("keep:"),
        "{err}"
    );
    assert_eq!(snapshot(&public), before, "nothing changed");
    // Kept: moved into every new site.
    edit(site.path(), "site.yaml", "accent_color:", "keep: [CNAME, days/my-notes.txt]\naccent_color:");
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(public.join("CNAME")).unwrap(), "care.example.org\n");
    assert_eq!(fs::read_to_string(public.join("days/my-notes.txt")).unwrap(), "mine");
    // A folder named like the marker is not a marker.
    let other = site.path().join("other");
    fs::create_dir_all(other.join(".aftercare-output")).unwrap();
    fs::write(other.join("taxes.xlsx"), "x").unwrap();
    let o = aftercare(site.path(), &["build", "--out", "other"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("was not made by aftercare"), "{}", stderr(&o));
    assert!(other.join("taxes.xlsx").is_file());
}

#[test]
fn two_builds_at_once_wait_for_each_other_and_lose_nothing() {
    let site = example_site();
    let public = common::build(site.path());
    let clean = snapshot(&public);
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_aftercare"))
                .arg("build")
                .current_dir(site.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert_eq!(snapshot(&public), clean, "the site is whole, with its marker");
    assert!(leftovers(site.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn an_output_path_that_is_a_link_is_followed_not_replaced() {
    let site = example_site();
    let real = site.path().join("real-out");
    fs::create_dir(&real).unwrap();
    std::os::unix::fs::symlink(&real, site.path().join("link")).unwrap();
    for _ in 0..2 {
        let o = aftercare(site.path(), &["build", "--out", "link"]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(fs::symlink_metadata(site.path().join("link")).unwrap().file_type().is_symlink(), "the link stays");
    assert!(real.join("index.html").is_file(), "the folder it points to is updated");
}

#[test]
fn output_folders_that_hold_or_feed_the_site_are_refused() {
    let site = example_site();
    fs::create_dir_all(site.path().join("theme")).unwrap();
    for (out, why) in [
        (".", "holds the site itself"),
        ("..", "holds the site itself"),
        ("theme", "inside the site's theme/ folder"),
        ("templates/out", "inside the site's templates/ folder"),
        ("content", "inside the site's content/ folder"),
    ] {
        let o = aftercare(site.path(), &["build", "--out", out]);
        assert_eq!(o.status.code(), Some(1), "--out {out}");
        assert!(stderr(&o).contains(why), "--out {out}: {}", stderr(&o));
    }
    // `public/.` and `.` from inside public/ are public/ itself, and work.
    let public = common::build(site.path());
    let o = aftercare(site.path(), &["build", "--out", "public/."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(["-C", "..", "build", "--out", "."])
        .current_dir(&public)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(public.join("index.html").is_file());
    assert!(leftovers(site.path()).is_empty() && leftovers(&public).is_empty());
}

#[test]
fn a_site_built_by_the_first_version_is_replaced_once() {
    // aftercare 0.1's marker listed no files; the first build after the upgrade takes the
    // folder as its own, as that version did.
    let site = example_site();
    let public = common::build(site.path());
    fs::write(
        public.join(".aftercare-output"),
        "This folder was written by aftercare build; the next build replaces it.\n",
    )
    .unwrap();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::read_to_string(public.join(".aftercare-output")).unwrap().starts_with("aftercare output v1\nfiles:\n"));
}

#[test]
fn a_long_output_name_and_a_linked_stylesheet_inside_the_site_work() {
    let site = example_site();
    let long = "o".repeat(250);
    let o = aftercare(site.path(), &["build", "--out", &long]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.path().join(&long).join("index.html").is_file());
    let o = aftercare(site.path(), &["build", "--out", &long]);
    assert!(o.status.success(), "a second build replaces it: {}", stderr(&o));
    // A stylesheet linked from elsewhere in the site folder is published.
    #[cfg(unix)]
    {
        fs::create_dir_all(site.path().join("shared")).unwrap();
        fs::write(site.path().join("shared/style.css"), "body{color:#111}").unwrap();
        fs::create_dir_all(site.path().join("theme")).unwrap();
        let _ = fs::remove_file(site.path().join("theme/style.css"));
        std::os::unix::fs::symlink("../shared/style.css", site.path().join("theme/style.css")).unwrap();
        let public = common::build(site.path());
        assert_eq!(fs::read_to_string(public.join("assets/style.css")).unwrap(), "body{color:#111}");
    }
}

/// A small RAM file system mounted at `at` for one test (root only); unmounted on drop.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Option<Mount> {
        fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            // Past the test harness's capture, so the skip is seen though the test passes.
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                b"skipped: the mount-point and full-disk checks of tests/atomic.rs: cannot mount a tmpfs here (needs root)\n",
            );
        }
        ok.then(|| Mount(at.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_mount_point_is_refused_and_a_full_disk_is_one_clear_error() {
    let site = example_site();
    let Some(_m) = Mount::tmpfs(&site.path().join("mnt"), "64m") else { return };
    let o = aftercare(site.path(), &["build", "--out", "mnt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is a mount point") && stderr(&o).contains("--out"), "{}", stderr(&o));
    assert!(leftovers(site.path()).is_empty());
    // Inside it works.
    let o = aftercare(site.path(), &["build", "--out", "mnt/site"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A disk that fills up half-way: one message for the one cause, nothing left behind,
    // and the site already there stays as it was.
    let Some(_small) = Mount::tmpfs(&site.path().join("small"), "600k") else { return };
    let o = aftercare(site.path(), &["build", "--out", "small/site"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    let left: Vec<_> = fs::read_dir(site.path().join("small")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "left {left:?}");
}

#[test]
fn a_staging_folder_left_half_written_is_removed_by_the_next_build() {
    let site = example_site();
    common::build(site.path());
    // What a build killed while writing leaves: a marker saying "partial", some pages.
    let orphan = site.path().join(".public.staging-999999");
    fs::create_dir_all(orphan.join("days")).unwrap();
    fs::write(orphan.join(".aftercare-output"), "aftercare output v1\npartial\n").unwrap();
    fs::write(orphan.join("days/1.html"), "half").unwrap();
    // And one holding a file nobody wrote is left alone, with a warning.
    let stranger = site.path().join(".public.staging-999998");
    fs::create_dir_all(&stranger).unwrap();
    fs::write(stranger.join("notes.txt"), "mine").unwrap();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!orphan.exists(), "the half-written staging folder is removed");
    assert!(stranger.join("notes.txt").is_file(), "a folder with files the program did not write stays");
    assert!(stderr(&o).contains("warning:") && stderr(&o).contains(".public.staging-999998"), "{}", stderr(&o));
}
