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
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(MARKER), "This folder was written by aftercare build; the next build replaces it.\n")?;
        Ok(Staging { dir, target: target.to_path_buf() })
    }

    /// Writes one file, creating its folders.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p)?;
        }
        fs::write(path, bytes)
    }

    /// Swaps the staged folder in for the target. The old site is moved aside first and
    /// removed only after the new one is in place.
    pub fn commit(self) -> io::Result<()> {
        let old = self.dir.with_file_name(format!(
            ".{}.old-{}",
            self.target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            std::process::id()
        ));
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &old)?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(e);
        }
        if had_old {
            fs::remove_dir_all(&old)?;
        }
        Ok(())
    }

    /// Drops the staged files after a failed build.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}
