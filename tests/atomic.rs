//! Killing a build at any moment leaves either the whole old site or the whole new one,
//! never a mix or nothing; the next build cleans up after the killed one.

mod common;

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn a_killed_build_never_leaves_a_half_written_site() {
    let site = common::example_site();
    // Enough pages that a build takes a while, so the kills land mid-way.
    for i in 0..1000 {
        common::write(site.path(), &format!("content/articles/extra-{i:04}.md"),
            &format!("---\ntitle: Extra {i}\nsummary: Filler page {i}.\norder: {}\n---\n\n## Part one\n\nKeep your scalp dry.\n\n- one\n- two\n", 100 + i));
    }
    let public = common::build(site.path());
    let old = common::snapshot(&public);
    common::edit(site.path(), "site.yaml", "name: Northfield Scalp Studio", "name: Northfield Scalp Clinic");

    let mut seen = Vec::new();
    let mut killed = 0;
    for delay in [30u64, 100, 250, 500, 900] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_aftercare"))
            .arg("build")
            .current_dir(site.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(delay) {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        assert!(public.join("index.html").is_file(), "after a kill at {delay} ms the site is missing");
        seen.push((delay, common::snapshot(&public)));
    }
    assert!(killed >= 3, "only {killed} builds were killed mid-way; the site builds too fast for this test");

    let o = common::aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let new = common::snapshot(&public);
    assert!(new != old);
    for (delay, snap) in seen {
        assert!(snap == old || snap == new, "after a kill at {delay} ms public/ is neither the old nor the new site");
    }
    let leftovers: Vec<String> = fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert!(leftovers.is_empty(), "a later build removes what killed ones left: {leftovers:?}");
}
