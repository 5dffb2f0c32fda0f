//! Problems found in a site's files, reported the way a compiler does:
//! `file:line:col: error: what is wrong` followed by a `help:` line saying how to fix it.
//!
//! Loading and validation never stop at the first problem: every stage pushes what it
//! finds into a [`Diagnostics`] list so the web person can fix everything in one pass.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based position in a file. `line` 0 means "the whole file".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub fn new(line: usize, col: usize) -> Self {
        Pos { line, col }
    }
    pub fn file() -> Self {
        Pos::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub pos: Pos,
    pub message: String,
    pub help: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if self.pos.line > 0 {
            write!(f, ":{}:{}", self.pos.line, self.pos.col.max(1))?;
        }
        write!(f, ": {kind}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Everything found wrong so far, in the order it was found.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn error(&mut self, file: &Path, pos: Pos, message: impl Into<String>, help: Option<String>) {
        self.push(Severity::Error, file, pos, message.into(), help);
    }

    pub fn warning(&mut self, file: &Path, pos: Pos, message: impl Into<String>, help: Option<String>) {
        self.push(Severity::Warning, file, pos, message.into(), help);
    }

    fn push(&mut self, severity: Severity, file: &Path, pos: Pos, message: String, help: Option<String>) {
        self.items.push(Diagnostic { severity, file: file.to_path_buf(), pos, message, help });
    }

    pub fn push_item(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// In file and position order, for printing: the order files were read in never shows.
    pub fn in_order(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| (&a.file, a.pos).cmp(&(&b.file, b.pos)));
        items
    }

    /// Sorted by file then position, so output is stable whatever order files were read in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| (&a.file, a.pos, &a.message).cmp(&(&b.file, b.pos, &b.message)));
        self.items.dedup();
        self.items
    }
}

/// The closest candidate to `wrong` by edit distance, if it is close enough to be a likely typo.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (levenshtein(wrong, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// A help line that suggests the nearest valid id, or lists them all when none is close.
pub fn suggest<'a>(wrong: &str, kind: &str, candidates: impl IntoIterator<Item = &'a str> + Clone) -> String {
    match nearest(wrong, candidates.clone()) {
        Some(near) => format!("did you mean `{near}`?"),
        None => {
            let all: Vec<&str> = candidates.into_iter().collect();
            format!("valid {kind} ids are: {}", all.join(", "))
        }
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["razor-shave", "clipper-trim", "sun"];
        assert_eq!(nearest("razor-shav", ids), Some("razor-shave"));
        assert_eq!(nearest("swimming", ids), None);
        assert!(suggest("swimming", "activity", ids).contains("razor-shave, clipper-trim, sun"));
    }

    #[test]
    fn display_has_file_line_col_and_help() {
        let d = Diagnostic {
            severity: Severity::Error,
            file: "content/protocol.yaml".into(),
            pos: Pos::new(4, 7),
            message: "unknown activity `shav`".into(),
            help: Some("did you mean `shave`?".into()),
        };
        assert_eq!(
            d.to_string(),
            "content/protocol.yaml:4:7: error: unknown activity `shav`\n  help: did you mean `shave`?"
        );
    }
}
