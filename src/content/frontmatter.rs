//! Splits a Markdown file into its YAML front matter and its body, keeping line numbers
//! so that errors in either part point at lines of the whole file.

use std::path::Path;

use crate::diagnostics::{Diagnostics, Pos};
use crate::model::{Date, FrontMatter, Review};

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
    for (line_no, line) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        if line.trim_end() == "---" {
            return Some(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + line.len()..],
                body_line: line_no + 1,
            });
        }
        offset += line.len();
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

/// Reads front matter of the plain shape nearly every article has, one `key: value` per
/// line, without the YAML parser, whose set-up alone costs more than the rest of this
/// for a five-line document (it was 8% of a 10,000-article build). Anything outside
/// that shape (comments, block lists, quotes with escapes, values YAML could read as
/// something other than text, unknown or repeated keys) gives `None`, and the caller
/// uses the YAML parser, which also writes the error messages. `tests/fuzz.rs` checks
/// that whenever this gives an answer, the YAML parser gives the same one.
pub fn simple(yaml: &str) -> Option<FrontMatter> {
    let (mut title, mut summary, mut order, mut activities, mut translated_from) = (None, None, None, None, None);
    let mut review: Option<(Option<String>, Option<Date>, Option<Date>)> = None;
    let mut in_review = false;
    for line in yaml.lines() {
        // `review:` and its three indented keys (`by`, `date`, `next`), each once.
        if line == "review:" {
            if review.replace((None, None, None)).is_some() {
                return None;
            }
            in_review = true;
            continue;
        }
        if let (true, Some(inner)) = (in_review, line.strip_prefix("  ")) {
            let (key, value) = inner.split_once(": ")?;
            let value = value.trim_end_matches(' ');
            let (by, date, next) = review.as_mut()?;
            let slot_taken = match key {
                "by" => by.replace(text(value)?).is_some(),
                "date" => date.replace(day(value)?).is_some(),
                "next" => next.replace(day(value)?).is_some(),
                _ => return None,
            };
            if slot_taken {
                return None;
            }
            continue;
        }
        in_review = false;
        let (key, value) = line.split_once(": ")?;
        let value = value.trim_end_matches(' ');
        let slot_taken = match key {
            "title" => title.replace(text(value)?).is_some(),
            "summary" => summary.replace(text(value)?).is_some(),
            "order" => order.replace(integer(value)?).is_some(),
            "activities" => activities.replace(id_list(value)?).is_some(),
            "translated_from" => translated_from.replace(version(value)?).is_some(),
            _ => return None,
        };
        if slot_taken {
            return None;
        }
    }
    let review = match review {
        Some((by, date, next)) => Some(Review { by: by?, date: date?, next: next? }),
        None => None,
    };
    Some(FrontMatter {
        title: title?,
        summary: summary?,
        order: order.unwrap_or_default(),
        activities: activities.unwrap_or_default(),
        translated_from,
        review,
    })
}

/// `2026-11-20`, unquoted: a real date, which YAML reads as text and `Date` then parses.
fn day(value: &str) -> Option<Date> {
    let shape = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shape.then(|| chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok().map(Date)).flatten()
}

/// A translation's version: `""`, or a fingerprint such as `v3ce9087a30c8`.
fn version(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
    let fingerprint = inner
        .strip_prefix('v')
        .is_some_and(|hex| !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    (inner.is_empty() && value == "\"\"" || fingerprint).then(|| inner.to_string())
}

/// A double-quoted string without escapes, or a plain one that YAML can only read as
/// text: it starts with a letter, is not a word YAML reads as true, false or null, and
/// has none of the characters that end or change a plain scalar.
fn text(value: &str) -> Option<String> {
    if let Some(inner) = value.strip_prefix('"') {
        let inner = inner.strip_suffix('"')?;
        let plain = !inner.contains(['"', '\\']) && !inner.chars().any(char::is_control);
        return plain.then(|| inner.to_string());
    }
    let starts_with_letter = value.chars().next().is_some_and(char::is_alphabetic);
    let unusual = |c: char| matches!(c, '#' | ':' | '"' | '[' | ']' | '{' | '}' | '|' | '>') || c.is_control();
    let ok =
        starts_with_letter && !value.contains(unusual) && !YAML_WORDS.contains(&value.to_ascii_lowercase().as_str());
    ok.then(|| value.to_string())
}

/// Plain words YAML 1.1 or 1.2 reads as booleans, null or numbers (in any case).
const YAML_WORDS: [&str; 12] = ["true", "false", "yes", "no", "y", "n", "on", "off", "null", "nan", "inf", "infinity"];

/// A decimal integer without a sign or leading zeros (YAML 1.1 reads `010` as octal).
fn integer(value: &str) -> Option<i32> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let ok = !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    if !ok || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    value.parse().ok()
}

/// `[a, b-c, d_2]`: a flow list of identifiers.
fn id_list(value: &str) -> Option<Vec<String>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?.trim();
    if inner.is_empty() {
        return Some(Vec::new());
    }
    inner
        .split(',')
        .map(|item| {
            let id = item.trim_matches(' ');
            let ok = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                && !YAML_WORDS.contains(&id.to_ascii_lowercase().as_str());
            ok.then(|| id.to_string())
        })
        .collect()
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
    fn plain_front_matter_is_read_without_the_yaml_parser() {
        let fm = simple("title: What is it?\nsummary: \"A look: at it.\"\norder: 5\nactivities: [sun, razor-shave]\n")
            .unwrap();
        assert_eq!(fm.title, "What is it?");
        assert_eq!(fm.summary, "A look: at it.");
        assert_eq!((fm.order, fm.activities), (5, vec!["sun".to_string(), "razor-shave".to_string()]));
        assert_eq!(simple("title: A\r\nsummary: B\r\n").unwrap().order, 0);
    }

    #[test]
    fn anything_unusual_is_left_to_the_yaml_parser() {
        for yaml in [
            "title: yes\nsummary: B\n",
            "title: A\nsummary: B\norder: 010\n",
            "title: A: b\nsummary: B\n",
            "title: A\ntitle: B\nsummary: C\n",
            "# note\ntitle: A\nsummary: B\n",
            "title: A\nsummary: B\ntags: [x]\n",
            "title: \"A \\\" B\"\nsummary: B\n",
            "title: A\nsummary: B\nactivities:\n  - sun\n",
            "title: A\n",
            "",
        ] {
            assert_eq!(simple(yaml), None, "{yaml}");
        }
    }

    #[test]
    fn every_example_article_takes_the_fast_path() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/articles");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let split = split(Path::new("a.md"), &text, &mut Diagnostics::new()).unwrap();
            let yaml: FrontMatter = serde_yaml::from_str(split.yaml).unwrap();
            assert_eq!(simple(split.yaml), Some(yaml));
        }
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
