//! Writing the output folder safely.
//!
//! The guarantees (README, "What a build may do to the output folder"):
//!
//! - **All or nothing.** A build writes into a fresh staging folder beside the target and
//!   swaps it in only when every file is written: on Linux in one atomic `renameat2`
//!   exchange. A build that fails or is killed leaves the old site. Without an atomic
//!   exchange the files move in one by one: the folder always holds a site, and a build
//!   killed half-way leaves old and new pages that the next build finishes.
//! - **One at a time.** A build holds an exclusive lock on the target's parent folder
//!   (`flock`) from before it looks at the target until the old site is gone; a second
//!   build into the same place waits for it.
//! - **Only what it wrote.** The marker `.aftercare-output` is a file that starts with a
//!   signature and lists every file the build wrote. A later build removes exactly those;
//!   a file the program did not write is never deleted: the names in `keep:` (site.yaml)
//!   move into each new site, and any other file stops the build with a message.
//!   The marker is removed last, so a build killed while removing an old site leaves a
//!   folder the next one can still clean.
//! - **Leftovers are found.** Staging and old folders of killed builds are cleaned (by
//!   their marker) by the next build, which first moves back any kept file they hold.
//! - **Links followed, not replaced.** An output path that is a symbolic link to a folder
//!   is resolved; the folder it points to is updated and the link stays.
//!
//! For tests, `AFTERCARE_FAULT=<point>` makes the build stop at that point as a crash
//! would, without cleaning up (`after-staging`, `after-keep`, `after-exchange`,
//! `during-removal`, and `during-move` on the path for file systems without an atomic
//! exchange, which `AFTERCARE_NO_EXCHANGE=1` takes).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const MARKER: &str = ".aftercare-output";
/// The first line of every marker: a folder or a file without it is not ours.
const SIGNATURE: &str = "aftercare output v1";
/// The second line of a marker written when staging starts, before the manifest exists.
const PARTIAL: &str = "partial";

/// What a build found wrong with its output folder, in words for the person.
pub type Problem = String;

/// A staging folder beside the target, and the lock that makes this build the only one.
pub struct Staging {
    pub dir: PathBuf,
    target: PathBuf,
    keep: Vec<String>,
    /// Things the build left alone and the person should know about.
    pub notes: Vec<String>,
    _lock: Lock,
}

/// Resolves the output path: a symbolic link to a folder is followed (the folder it
/// points to is updated), `.` and `..` are resolved, so the staging folder always sits
/// beside the real target.
fn resolve(target: &Path) -> Result<PathBuf, Problem> {
    let meta = fs::symlink_metadata(target);
    if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
        return fs::canonicalize(target).map_err(|e| {
            format!(
                "{} is a symbolic link that leads nowhere ({e}); point it at a folder, or remove it",
                target.display()
            )
        });
    }
    let abs = if target.is_absolute() {
        target.to_path_buf()
    } else {
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?.join(target)
    };
    if abs.exists() {
        return fs::canonicalize(&abs).map_err(|e| format!("cannot resolve {}: {e}", target.display()));
    }
    // A new folder: resolve its parent (created if needed) and add the name.
    let (Some(parent), Some(name)) = (abs.parent(), abs.file_name()) else {
        return Err(format!("{} cannot be an output folder", target.display()));
    };
    fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}, the folder that will hold the output: {e}", parent.display()))?;
    Ok(fs::canonicalize(parent).map_err(|e| format!("cannot resolve {}: {e}", parent.display()))?.join(name))
}

/// Refuses output folders a build must never replace: the site itself or a folder that
/// holds it, its input folders, the file system root, the home folder.
fn refuse_places(target: &Path, site_root: &Path) -> Result<(), Problem> {
    let site = fs::canonicalize(site_root).unwrap_or_else(|_| site_root.to_path_buf());
    let help = "use a folder of its own, such as the default public/";
    if target.parent().is_none() {
        return Err(format!("{} is the root of the file system; {help}", target.display()));
    }
    if site.starts_with(target) {
        return Err(format!("{} holds the site itself, so a build would replace the site; {help}", target.display()));
    }
    for input in ["content", "templates", "theme"] {
        if target.starts_with(site.join(input)) {
            return Err(format!(
                "{} is inside the site's {input}/ folder, which the build reads; {help}",
                target.display()
            ));
        }
    }
    if std::env::var_os("HOME").is_some_and(|h| Path::new(&h) == target) {
        return Err(format!("{} is the home folder; {help}", target.display()));
    }
    Ok(())
}

/// The marker of aftercare 0.1, which listed no files: such a folder was written whole by
/// the program, and the first build after an upgrade replaces it whole (keeping `keep:`).
const LEGACY: &str = "This folder was written by aftercare build";

/// The marker of a folder, if it is ours: `Some(None)` while a build was still writing
/// it, `Some(Some(files))` once complete.
fn read_marker(dir: &Path) -> Option<Option<Vec<String>>> {
    let path = dir.join(MARKER);
    let meta = fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > 64 * 1024 * 1024 {
        return None;
    }
    let text = fs::read_to_string(&path).ok()?;
    if text.starts_with(LEGACY) {
        // Every file counts as written by the program, as it did then.
        return Some(Some(tree(dir).into_iter().filter(|r| !r.ends_with('/') && r != MARKER).collect()));
    }
    let mut lines = text.lines();
    if lines.next() != Some(SIGNATURE) {
        return None;
    }
    match lines.next() {
        Some(PARTIAL) => Some(None),
        Some("files:") => Some(Some(lines.map(str::to_string).collect())),
        _ => None,
    }
}

/// Every file and folder under `dir`, relative, with `/`; folders end with `/`.
fn tree(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
            if e.file_type().is_dir() {
                format!("{rel}/")
            } else {
                rel
            }
        })
        .collect()
}

/// True when `rel` is one of the kept names or inside one.
fn is_kept(rel: &str, keep: &[String]) -> bool {
    keep.iter().any(|k| rel == k || rel.strip_prefix(k.as_str()).is_some_and(|r| r.starts_with('/')))
}

/// The entries of `dir` the program did not write (not in `files`, not the marker), at the
/// top of each such branch.
fn foreign(dir: &Path, files: &[String]) -> Vec<String> {
    let written: std::collections::HashSet<&str> = files.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::new();
    for rel in tree(dir) {
        if rel == MARKER || out.iter().any(|o| o.ends_with('/') && rel.starts_with(o.as_str())) {
            continue;
        }
        match rel.strip_suffix('/') {
            // A folder is ours when some file we wrote is inside it.
            Some(d) if files.iter().any(|f| f.starts_with(d) && f[d.len()..].starts_with('/')) => {}
            Some(_) => out.push(rel),
            None if written.contains(rel.as_str()) => {}
            None => out.push(rel),
        }
    }
    out
}

/// The start of the names of the folders a build makes beside the target: `.public.`.
/// A long target name is shortened (with a hash, so it stays unique), so that a legal
/// output name never makes an illegal staging name (names are at most 255 bytes).
fn side_prefix(name: &str) -> String {
    if name.len() <= 200 {
        return format!(".{name}.");
    }
    let short: String = name.chars().take(60).collect();
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    format!(".{short}~{hash:016x}.")
}

/// Looks at the target, under the lock, and creates the staging folder.
pub fn prepare(target: &Path, site_root: &Path, keep: &[String]) -> Result<Staging, Problem> {
    let shown = target.display().to_string();
    let target = resolve(target)?;
    refuse_places(&target, site_root)?;
    let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
        return Err(format!("{shown} cannot be an output folder"));
    };
    let name = name.to_string_lossy().into_owned();
    let lock = Lock::take(parent).map_err(|e| format!("cannot lock {} for this build: {e}", parent.display()))?;
    let mut notes = Vec::new();
    recover(parent, &name, &target, keep, &mut notes);
    check_target(&target, &shown, keep)?;
    let dir = parent.join(format!("{}staging-{}", side_prefix(&name), std::process::id()));
    let make = || -> io::Result<()> {
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir(&dir)?;
        fs::write(dir.join(MARKER), format!("{SIGNATURE}\n{PARTIAL}\n"))
    };
    make().map_err(|e| {
        let why = if e.kind() == io::ErrorKind::PermissionDenied {
            format!("{} cannot be written to", parent.display())
        } else {
            e.to_string()
        };
        format!("cannot create the staging folder beside {shown}: {why}; the build needs to write in the folder that holds the output")
    })?;
    Ok(Staging { dir, target, keep: keep.to_vec(), notes, _lock: lock })
}

/// Refuses a target that is not ours, or that holds files we did not write and were not
/// told to keep.
fn check_target(target: &Path, shown: &str, keep: &[String]) -> Result<(), Problem> {
    let Ok(meta) = fs::symlink_metadata(target) else { return Ok(()) };
    if !meta.is_dir() {
        return Err(format!("{shown} exists and is not a folder; choose another --out"));
    }
    if is_mount_point(target) {
        return Err(format!(
            "{shown} is a mount point, which cannot be swapped for a new folder; use a folder inside it (--out {shown}/site)"
        ));
    }
    let empty = fs::read_dir(target).map(|mut d| d.next().is_none()).unwrap_or(false);
    if empty {
        return Ok(());
    }
    let files = match read_marker(target) {
        Some(Some(files)) => files,
        _ => {
            return Err(format!(
                "{shown} was not made by aftercare (it has no {MARKER} file), so it will not be replaced; \
                 choose another --out, or empty that folder yourself"
            ))
        }
    };
    let stray: Vec<String> =
        foreign(target, &files).into_iter().filter(|r| !is_kept(r.trim_end_matches('/'), keep)).collect();
    if !stray.is_empty() {
        let list = stray.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        return Err(format!(
            "{shown} holds files aftercare did not write ({list}{}); the build would lose them, so it stopped. \
             To keep them in every build, list them in site.yaml (`keep: [{}]`); otherwise move them out",
            if stray.len() > 5 { ", ..." } else { "" },
            stray.iter().take(5).map(|s| s.trim_end_matches('/').to_string()).collect::<Vec<_>>().join(", ")
        ));
    }
    Ok(())
}

#[cfg(unix)]
fn is_mount_point(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let parent = dir.parent().unwrap_or(dir);
    match (fs::metadata(dir), fs::metadata(parent)) {
        (Ok(a), Ok(b)) => a.dev() != b.dev() || a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_mount_point(_dir: &Path) -> bool {
    false
}

/// Finishes what killed builds left beside the target: a site that was moved aside and
/// never replaced is put back (the newest complete one), kept files are moved back into
/// the site, and staging and old folders are removed file by file from their markers.
fn recover(parent: &Path, name: &str, target: &Path, keep: &[String], notes: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    let mut leftovers: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let p = side_prefix(name);
            n.starts_with(&format!("{p}staging-")) || n.starts_with(&format!("{p}old-"))
        })
        .map(|e| e.path())
        .filter(|p| fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()))
        .collect();
    leftovers.sort();
    // No site at all (killed between the two renames of the fallback): a complete staging
    // folder is the newer site, else the old one.
    if !target.exists() {
        let complete = |p: &&PathBuf| matches!(read_marker(p), Some(Some(_)));
        let pick = leftovers
            .iter()
            .find(|p| complete(p) && p.to_string_lossy().contains(".staging-"))
            .or_else(|| leftovers.iter().find(|p| complete(p)))
            .cloned();
        if let Some(p) = pick {
            if fs::rename(&p, target).is_ok() {
                leftovers.retain(|x| *x != p);
            }
        }
    }
    for dir in leftovers {
        match read_marker(&dir) {
            Some(None) => {
                // Staging that never finished: only files this program wrote.
                let _ = fs::remove_dir_all(&dir);
            }
            Some(Some(files)) => {
                for rel in foreign(&dir, &files) {
                    let top = rel.trim_end_matches('/');
                    if is_kept(top, keep) && !target.join(top).exists() && target.is_dir() {
                        let _ = fs::rename(dir.join(top), target.join(top));
                    }
                }
                if let Ok(Some(left)) = remove_written(&dir, &files) {
                    notes.push(left);
                }
            }
            None => {
                let empty = fs::read_dir(&dir).map(|mut d| d.next().is_none()).unwrap_or(false);
                if empty {
                    let _ = fs::remove_dir(&dir);
                } else {
                    notes.push(format!(
                        "{} was left by an earlier build and holds files aftercare did not write; it was left alone: \
                         move what you need out of it and delete it",
                        dir.display()
                    ));
                }
            }
        }
    }
}

/// Removes the files of `files` from `dir`, then the folders they emptied, the marker last
/// and `dir` itself. Anything else stays, and is named in the note returned.
fn remove_written(dir: &Path, files: &[String]) -> io::Result<Option<String>> {
    use rayon::prelude::*;
    // On every core: removing the old site is the last step of a rebuild, and the build
    // is not over (its lock held) until the old site is gone.
    files.par_iter().with_min_len(64).for_each(|rel| {
        if !(rel.is_empty() || rel.starts_with('/') || rel.split('/').any(|s| s == "..")) {
            let _ = fs::remove_file(dir.join(rel));
        }
    });
    let mut folders: Vec<String> = tree(dir).into_iter().filter(|r| r.ends_with('/')).collect();
    folders.sort_by_key(|f| std::cmp::Reverse(f.matches('/').count()));
    for f in folders {
        let _ = fs::remove_dir(dir.join(&f));
    }
    fault("during-removal")?;
    let rest: Vec<String> = fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n != MARKER).collect())
        .unwrap_or_default();
    if !rest.is_empty() {
        return Ok(Some(format!(
            "{} holds files aftercare did not write ({}); it was left alone: move what you need and delete it",
            dir.display(),
            rest.join(", ")
        )));
    }
    let _ = fs::remove_file(dir.join(MARKER));
    let _ = fs::remove_dir(dir);
    Ok(None)
}

/// Writes a complete marker naming `files` into `dir`, replacing the old one at once.
fn write_marker(dir: &Path, files: &[String]) -> io::Result<()> {
    let mut sorted: Vec<&String> = files.iter().collect();
    sorted.sort();
    let mut manifest = format!("{SIGNATURE}\nfiles:\n");
    for f in sorted {
        manifest.push_str(f);
        manifest.push('\n');
    }
    let tmp = dir.join(format!("{MARKER}.new"));
    fs::write(&tmp, manifest)?;
    fs::rename(tmp, dir.join(MARKER))
}

/// A test's crash at a named point: an error that skips every later step.
fn fault(point: &str) -> io::Result<()> {
    match std::env::var("AFTERCARE_FAULT") {
        Ok(p) if p == point => Err(io::Error::other(format!("stopped at fault-injection point `{point}`"))),
        _ => Ok(()),
    }
}

impl Staging {
    /// Writes one file, creating its folders. Folders are created only when the write
    /// finds one missing: one system call per file instead of a check of every folder
    /// on the way, for each of thousands of pages.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        match fs::write(&path, bytes) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(p) = path.parent() {
                    fs::create_dir_all(p)?;
                }
                fs::write(path, bytes)
            }
            other => other,
        }
    }

    /// Swaps the staged folder in for the target. `written` lists every file the build
    /// wrote (the marker's manifest). On Linux the two folders trade places in one atomic
    /// step, so at every instant the target holds either the whole old site or the whole
    /// new one. Elsewhere the old site is moved aside and the new one moved in; a build
    /// killed between the two is finished by the next one ([`recover`]).
    /// Returns notes on anything it left alone.
    pub fn commit(mut self, written: &[String]) -> io::Result<Vec<String>> {
        write_marker(&self.dir, written)?;
        fault("after-staging")?;
        // The kept files move into the new site before the swap; a crash after this finds
        // them in the staging folder, and the next build moves them back.
        if self.target.is_dir() {
            for k in &self.keep {
                let from = self.target.join(k);
                if fs::symlink_metadata(&from).is_err() {
                    continue;
                }
                let to = self.dir.join(k);
                if fs::symlink_metadata(&to).is_ok() {
                    return Err(io::Error::other(format!(
                        "`{k}` is in `keep:` in site.yaml but the build writes a file of that name too; take it out of `keep:`"
                    )));
                }
                if let Some(p) = to.parent() {
                    fs::create_dir_all(p)?;
                }
                fs::rename(&from, &to)?;
            }
        }
        fault("after-keep")?;
        if !self.target.exists() {
            return fs::rename(&self.dir, &self.target).map(|()| self.notes);
        }
        let no_exchange = std::env::var_os("AFTERCARE_NO_EXCHANGE").is_some();
        if !no_exchange && exchange(&self.dir, &self.target).is_ok() {
            fault("after-exchange")?;
            // `self.dir` now holds the old site.
            let old_files = match read_marker(&self.dir) {
                Some(Some(files)) => files,
                _ => Vec::new(),
            };
            if let Some(note) = remove_written(&self.dir, &old_files)? {
                self.notes.push(note);
            }
            return Ok(self.notes);
        }
        // No atomic exchange here: the kept files go back, and the site is updated in
        // place, file by file, so that the output always holds a whole site of files.
        for k in &self.keep {
            let (from, to) = (self.dir.join(k), self.target.join(k));
            if fs::symlink_metadata(&from).is_ok() && fs::symlink_metadata(&to).is_err() {
                fs::rename(&from, &to)?;
            }
        }
        self.update_in_place(written)?;
        Ok(self.notes)
    }

    /// Moves the new files over the old ones one by one (each rename is atomic), then
    /// removes the old files the new site does not have. First the target's marker names
    /// the old and the new files together, so a crash at any point leaves nothing in it
    /// that a later build would not know as its own; the new marker is written last.
    fn update_in_place(&self, written: &[String]) -> io::Result<()> {
        let old_files = match read_marker(&self.target) {
            Some(Some(files)) => files,
            _ => Vec::new(),
        };
        let mut both: Vec<String> = old_files.iter().chain(written).cloned().collect();
        both.sort();
        both.dedup();
        write_marker(&self.target, &both)?;
        let mut moved = 0;
        for rel in written {
            let (from, to) = (self.dir.join(rel), self.target.join(rel));
            if let Some(p) = to.parent() {
                fs::create_dir_all(p)?;
            }
            fs::rename(&from, &to)?;
            moved += 1;
            if moved == written.len() / 2 {
                fault("during-move")?;
            }
        }
        let new: std::collections::HashSet<&str> = written.iter().map(String::as_str).collect();
        for rel in old_files.iter().filter(|f| !new.contains(f.as_str())) {
            if !rel.split('/').any(|s| s == ".." || s.is_empty()) {
                let _ = fs::remove_file(self.target.join(rel));
            }
        }
        fault("during-removal")?;
        // Folders the old files left empty.
        let mut folders: Vec<String> = tree(&self.target).into_iter().filter(|r| r.ends_with('/')).collect();
        folders.sort_by_key(|f| std::cmp::Reverse(f.matches('/').count()));
        for f in folders.iter().filter(|f| !is_kept(f.trim_end_matches('/'), &self.keep)) {
            let _ = fs::remove_dir(self.target.join(f));
        }
        write_marker(&self.target, written)?;
        fs::remove_dir_all(&self.dir)
    }

    /// Drops the staged files after a failed build.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// An exclusive lock on a folder, held until dropped (`flock`, released by the system
/// if the process dies, so a killed build never leaves a stale lock).
struct Lock {
    #[allow(dead_code)]
    file: Option<fs::File>,
}

impl Lock {
    #[cfg(unix)]
    fn take(dir: &Path) -> io::Result<Lock> {
        use std::os::raw::c_int;
        use std::os::unix::io::AsRawFd;
        extern "C" {
            fn flock(fd: c_int, operation: c_int) -> c_int;
        }
        const LOCK_EX: c_int = 2;
        let file = fs::File::open(dir)?;
        loop {
            // SAFETY: `file` is an open descriptor for the duration of the call.
            if unsafe { flock(file.as_raw_fd(), LOCK_EX) } == 0 {
                return Ok(Lock { file: Some(file) });
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }

    #[cfg(not(unix))]
    fn take(_dir: &Path) -> io::Result<Lock> {
        Ok(Lock { file: None })
    }
}

/// Atomically exchanges two paths (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::raw::{c_char, c_int, c_uint};
    use std::os::unix::ffi::OsStrExt;
    extern "C" {
        fn renameat2(
            olddirfd: c_int,
            oldpath: *const c_char,
            newdirfd: c_int,
            newpath: *const c_char,
            flags: c_uint,
        ) -> c_int;
    }
    const AT_FDCWD: c_int = -100;
    const RENAME_EXCHANGE: c_uint = 2;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both pointers are valid NUL-terminated strings for the duration of the call.
    let rc = unsafe { renameat2(AT_FDCWD, a.as_ptr(), AT_FDCWD, b.as_ptr(), RENAME_EXCHANGE) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "no atomic exchange here"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_marker_file_with_the_signature_counts() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir(d.path().join(MARKER)).unwrap();
        assert_eq!(read_marker(d.path()), None, "a folder named like the marker is not one");
        fs::remove_dir(d.path().join(MARKER)).unwrap();
        fs::write(d.path().join(MARKER), "hello\n").unwrap();
        assert_eq!(read_marker(d.path()), None);
        fs::write(d.path().join(MARKER), format!("{SIGNATURE}\nfiles:\na.html\n")).unwrap();
        assert_eq!(read_marker(d.path()), Some(Some(vec!["a.html".to_string()])));
    }

    #[test]
    fn foreign_files_are_found_at_the_top_of_their_branch() {
        let d = tempfile::tempdir().unwrap();
        for f in ["a.html", "days/1.html", "CNAME", ".git/config", ".git/objects/x", "days/mine.png"] {
            let p = d.path().join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        let mut f = foreign(d.path(), &["a.html".into(), "days/1.html".into()]);
        f.sort();
        assert_eq!(f, [".git/", "CNAME", "days/mine.png"]);
        assert!(is_kept(".git/config", &[".git".into()]) && !is_kept(".gitx", &[".git".into()]));
    }
}
