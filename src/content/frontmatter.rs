//! Splits a Markdown file into its YAML front matter and its body, keeping line numbers
//! so that errors in either part point at lines of the whole file.

use std::path::Path;

use crate::diagnostics::{Diagnostics, Pos};

#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the file where `yaml` starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the file where `body` starts.
    pub body_line: usize,
}

/// Front matter is the block between a first line `---` and the next line `---`.
pub fn split<'a>(rel: &Path, text: &'a str, diags: &mut Diagnostics) -> Option<Split<'a>> {
    let first = text.lines().next().unwrap_or_default();
    if first.trim_end() != "---" {
        diags.error(
            rel,
            Pos::new(1, 1),
            "the article does not start with front matter",
            Some(
                "begin the file with a line `---`, then `title:`, `summary:` and `order:`, then another line `---`"
                    .into(),
            ),
        );
        return None;
    }
    let yaml_start = first.len() + line_break_len(&text[first.len()..]);
    let mut offset = yaml_start;
    let mut line_no = 2;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + line.len()..],
                body_line: line_no + 1,
            });
        }
        offset += line.len();
        line_no += 1;
    }
    diags.error(
        rel,
        Pos::new(1, 1),
        "the front matter is never closed",
        Some("add a line with only `---` after the last front matter key".into()),
    );
    None
}

fn line_break_len(s: &str) -> usize {
    if s.starts_with("\r\n") {
        2
    } else {
        usize::from(s.starts_with('\n'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_lines_and_crlf() {
        let mut d = Diagnostics::new();
        let s = split(Path::new("a.md"), "---\r\ntitle: A\r\n---\r\nHello\r\n", &mut d).unwrap();
        assert_eq!(s.yaml, "title: A\r\n");
        assert_eq!((s.yaml_line, s.body_line), (2, 4));
        assert_eq!(s.body, "Hello\r\n");
    }

    #[test]
    fn reports_missing_and_unterminated() {
        let mut d = Diagnostics::new();
        assert!(split(Path::new("a.md"), "# no front matter", &mut d).is_none());
        assert!(split(Path::new("a.md"), "---\ntitle: A\n", &mut d).is_none());
        let all = d.sorted();
        assert!(all[0].message.contains("never closed") || all[1].message.contains("never closed"));
    }
}
