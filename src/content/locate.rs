//! Finds where a value sits in a YAML file, for messages about problems that are only
//! found after parsing (an unknown activity id, days out of order, ...).
//!
//! The YAML parser reports positions for syntax and type errors, but the typed values it
//! returns carry none. Rather than keep a span on every field, we look the value up again
//! by its path (`rules[3].phases[1].cites[0]`) when, and only when, there is something to
//! report. Clinic files are written in block style, which this follows by indentation;
//! flow lists on one line (`cites: [a, b]`) are handled too. When the path cannot be
//! followed the caller falls back to the nearest parent, then to the whole file.

use crate::diagnostics::Pos;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Idx(usize),
}

/// Builds a path: `path!["rules", 3, "activity"]`. A `Vec`, because some paths are
/// extended after they are made; where one is only borrowed, clippy's `useless_vec` would
/// rather see an array, which is allowed for this macro's uses (`validate.rs`).
#[macro_export]
macro_rules! ypath {
    ($($seg:expr),* $(,)?) => {
        vec![$($crate::content::locate::Seg::from($seg)),*]
    };
}

impl std::fmt::Display for Seg<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Seg::Key(k) => f.write_str(k),
            Seg::Idx(i) => write!(f, "{i}"),
        }
    }
}

impl<'a> From<&'a str> for Seg<'a> {
    fn from(k: &'a str) -> Self {
        Seg::Key(k)
    }
}

impl From<usize> for Seg<'_> {
    fn from(i: usize) -> Self {
        Seg::Idx(i)
    }
}

/// Position of the value at `path` (1-based), or of the deepest part of the path found.
/// `line_offset` is added to lines, for YAML that is front matter inside a larger file.
pub fn locate(text: &str, path: &[Seg], line_offset: usize) -> Pos {
    // A list file written with its review keeps the list under `items:` (`model::Listed`):
    // a path into the list finds its items there.
    if matches!(path.first(), Some(Seg::Idx(_))) && text.lines().any(|l| l.trim_end() == "items:") {
        let mut inner = vec![Seg::Key("items")];
        inner.extend_from_slice(path);
        return locate_in(text, &inner, line_offset);
    }
    locate_in(text, path, line_offset)
}

fn locate_in(text: &str, path: &[Seg], line_offset: usize) -> Pos {
    let mut lines: Vec<Vec<u8>> = text.lines().map(|l| l.as_bytes().to_vec()).collect();
    let mut start = 0;
    let mut end = lines.len();
    // Where the value found so far begins: (line index, column index).
    let mut found: Option<(usize, usize)> = None;

    for (depth, seg) in path.iter().enumerate() {
        // A flow list on the line we are on: `key: [a, b, c]`.
        if let (Seg::Idx(i), Some((l, c))) = (seg, found) {
            if lines[l].get(c) == Some(&b'[') {
                match flow_item(&lines[l], c, *i) {
                    Some(col) => found = Some((l, col)),
                    None => break,
                }
                if depth + 1 == path.len() {
                    break;
                }
                continue;
            }
        }
        let Some(indent) = child_indent(&lines, start, end) else { break };
        let hit = match seg {
            Seg::Key(k) => find_key(&lines, start, end, indent, k),
            Seg::Idx(i) => find_item(&lines, start, end, indent, *i),
        };
        let Some(line) = hit else { break };
        if let Seg::Idx(_) = seg {
            // Treat "- " as indentation, so the item's first key lines up with the rest.
            lines[line][indent] = b' ';
        }
        let body = indent_of(&lines[line]).unwrap_or(indent);
        let value_col = match seg {
            Seg::Key(k) => value_start(&lines[line], body, k),
            Seg::Idx(_) => body,
        };
        found = Some((line, value_col));
        start = line + 1;
        end = scope_end(&lines, line + 1, end, indent, matches!(seg, Seg::Key(_)));
        if matches!(seg, Seg::Idx(_)) {
            // The item's own mapping starts on its dash line.
            start = line;
        }
    }
    match found {
        Some((l, c)) => Pos::new(l + 1 + line_offset, char_col(&lines[l], c)),
        None => Pos::new(1 + line_offset, 1),
    }
}

/// 1-based column counted in characters, not bytes.
fn char_col(line: &[u8], byte_col: usize) -> usize {
    let upto = &line[..byte_col.min(line.len())];
    String::from_utf8_lossy(upto).chars().count() + 1
}

fn is_blank(line: &[u8]) -> bool {
    let t = trim_start(line);
    t.is_empty() || t[0] == b'#'
}

fn trim_start(line: &[u8]) -> &[u8] {
    let n = line.iter().take_while(|b| **b == b' ').count();
    &line[n..]
}

fn indent_of(line: &[u8]) -> Option<usize> {
    if is_blank(line) {
        None
    } else {
        Some(line.iter().take_while(|b| **b == b' ').count())
    }
}

fn child_indent(lines: &[Vec<u8>], start: usize, end: usize) -> Option<usize> {
    lines[start..end].iter().find_map(|l| indent_of(l))
}

fn is_item(line: &[u8], indent: usize) -> bool {
    let rest = &line[indent..];
    rest == b"-" || rest.starts_with(b"- ")
}

fn find_key(lines: &[Vec<u8>], start: usize, end: usize, indent: usize, key: &str) -> Option<usize> {
    (start..end).find(|&i| indent_of(&lines[i]) == Some(indent) && key_matches(&lines[i][indent..], key))
}

fn key_matches(rest: &[u8], key: &str) -> bool {
    let k = key.as_bytes();
    let bare = rest.starts_with(k) && rest[k.len()..].starts_with(b":");
    let quoted =
        |q: u8| rest.first() == Some(&q) && rest[1..].starts_with(k) && rest[1 + k.len()..].starts_with(&[q, b':']);
    bare || quoted(b'"') || quoted(b'\'')
}

fn find_item(lines: &[Vec<u8>], start: usize, end: usize, indent: usize, n: usize) -> Option<usize> {
    (start..end).filter(|&i| indent_of(&lines[i]) == Some(indent) && is_item(&lines[i], indent)).nth(n)
}

fn value_start(line: &[u8], body: usize, key: &str) -> usize {
    let after_colon = line[body..].iter().position(|b| *b == b':').map(|p| body + p + 1);
    match after_colon {
        Some(c) => {
            let spaces = line[c..].iter().take_while(|b| **b == b' ').count();
            if c + spaces < line.len() && line[c + spaces] != b'#' {
                c + spaces
            } else {
                body
            }
        }
        None => body + key.len(),
    }
}

/// The first line after `from` that no longer belongs to the value that started above it.
fn scope_end(lines: &[Vec<u8>], from: usize, end: usize, indent: usize, after_key: bool) -> usize {
    (from..end)
        .find(|&i| match indent_of(&lines[i]) {
            None => false,
            Some(n) if n < indent => true,
            // A list may sit at its key's own indent (`key:\n- a`); it still belongs to the key.
            Some(n) if n == indent => !(after_key && is_item(&lines[i], indent)),
            Some(_) => false,
        })
        .unwrap_or(end)
}

/// Column of the n-th element of a one-line flow list starting at `open` (`[`).
fn flow_item(line: &[u8], open: usize, n: usize) -> Option<usize> {
    let mut idx = 0;
    let mut col = open + 1;
    let mut i = open + 1;
    while i < line.len() {
        match line[i] {
            b',' | b']' => {
                if idx == n {
                    let spaces = line[col..i].iter().take_while(|b| **b == b' ').count();
                    return Some(col + spaces);
                }
                if line[i] == b']' {
                    return None;
                }
                idx += 1;
                col = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
#[allow(clippy::useless_vec)]
mod tests {
    use super::*;

    const DOC: &str = "\
# a comment
title: Hello
rules:
  - activity: wet-head
    phases:
      - days: 0-3
        status: not-yet
        cites: [alpha, beta]
      - days: 4+
        status: allowed
  - activity: shav
    phases: []
list_at_key_indent:
- one
- two
";

    #[test]
    fn finds_keys_items_and_flow_items() {
        assert_eq!(locate(DOC, &ypath!["title"], 0), Pos::new(2, 8));
        assert_eq!(locate(DOC, &ypath!["rules", 1, "activity"], 0), Pos::new(11, 15));
        assert_eq!(locate(DOC, &ypath!["rules", 0, "phases", 1, "status"], 0), Pos::new(10, 17));
        assert_eq!(locate(DOC, &ypath!["rules", 0, "phases", 0, "cites", 1], 0), Pos::new(8, 24));
        assert_eq!(locate(DOC, &ypath!["list_at_key_indent", 1], 0), Pos::new(15, 3));
    }

    #[test]
    fn falls_back_to_deepest_found_and_applies_offset() {
        assert_eq!(locate(DOC, &ypath!["rules", 0, "nope"], 0), Pos::new(4, 5));
        assert_eq!(locate(DOC, &ypath!["missing"], 3), Pos::new(4, 1));
    }
}
