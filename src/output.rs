//! Writing the output folder safely.
//!
//! A build writes into a fresh staging folder beside the target and swaps it in only when
//! every file is written. If anything fails (or the process is killed), the site that was
//! there before stays as it was. A marker file records that a folder was made by
//! aftercare, so a build never deletes a folder it did not create.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const MARKER: &str = ".aftercare-output";

pub struct Staging {
    pub dir: PathBuf,
    target: PathBuf,
}

/// Refuses to replace `target` when it exists, is not empty and has no marker.
pub fn check_target(target: &Path) -> Result<(), String> {
    if !target.exists() {
        return Ok(());
    }
    if !target.is_dir() {
        return Err(format!("{} exists and is not a folder; choose another --out", target.display()));
    }
    let empty = fs::read_dir(target).map(|mut d| d.next().is_none()).unwrap_or(false);
    if empty || target.join(MARKER).exists() {
        Ok(())
    } else {
        Err(format!(
            "{} was not made by aftercare (it has no {MARKER} file), so it will not be replaced; \
             choose another --out, or empty that folder yourself",
            target.display()
        ))
    }
}

impl Staging {
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        remove_leftovers(&parent, &name);
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(MARKER), "This folder was written by aftercare build; the next build replaces it.\n")?;
        Ok(Staging { dir, target: target.to_path_buf() })
    }

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

    /// Swaps the staged folder in for the target. On Linux the two folders trade places
    /// in one atomic step, so at every instant the target holds either the whole old
    /// site or the whole new one, even if the process is killed. Elsewhere the old site
    /// is moved aside first and removed only once the new one is in place.
    pub fn commit(self) -> io::Result<()> {
        if self.target.exists() {
            if exchange(&self.dir, &self.target).is_ok() {
                // `self.dir` now holds the old site.
                return fs::remove_dir_all(&self.dir);
            }
            let old = self.dir.with_file_name(format!(
                ".{}.old-{}",
                self.target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                std::process::id()
            ));
            fs::rename(&self.target, &old)?;
            if let Err(e) = fs::rename(&self.dir, &self.target) {
                let _ = fs::rename(&old, &self.target);
                return Err(e);
            }
            return fs::remove_dir_all(&old);
        }
        fs::rename(&self.dir, &self.target)
    }

    /// Drops the staged files after a failed build.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Removes staging and old-site folders that a killed build left beside the target.
/// Only folders carrying the marker, or empty ones, are touched.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    let staging = format!(".{name}.staging-");
    let old = format!(".{name}.old-");
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        // A build killed between creating its staging folder and writing the marker
        // leaves it empty; an empty folder with our name is safe to remove too.
        let empty = fs::read_dir(e.path()).map(|mut d| d.next().is_none()).unwrap_or(false);
        if (n.starts_with(&staging) || n.starts_with(&old)) && (e.path().join(MARKER).is_file() || empty) {
            let _ = fs::remove_dir_all(e.path());
        }
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
