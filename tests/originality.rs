//! Originality: the shipped example content (`content/`) is written in the project's own
//! words. Facts and figures may come from the five source guides; sentences may not.
//!
//! Every text file under `content/` (YAML and Markdown, every language) is set against
//! every seed guide in `<repo>/../shared/seeds/*.txt`. Words are compared lower-cased,
//! with apostrophes normalised (’ ‘ ` ´ all count as ', and are then dropped, so "don’t"
//! and "dont" match) and every other character that is not a letter or digit treated as a
//! space. The test fails, naming file, line and the words, when
//!
//! - a run of 8 or more consecutive words appears in a file and in a seed, or
//! - a 9-word stretch of a file matches one of a seed except for one word in its middle
//!   (a near-copy: a sentence taken over with a single word swapped).
//!
//! Runs are looked for within one YAML or front-matter value (a folded value may span
//! lines), not across two values that happen to follow each other. A guide's own
//! `title:` in `content/guides/*.yaml` is the published title of the guide
//! it describes, quoted to name it, so those lines are left out.
//!
//! The seeds are not part of the repository: in a clone without them the test says so and
//! passes.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The shortest run of shared words that counts as copied.
const RUN: usize = 8;
/// The length of a stretch compared for a near-copy (one word in it may differ).
const NEAR: usize = RUN + 1;

/// One word of a text and the line (1-based) it is on.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    text: String,
    line: usize,
}

/// The words of `text`: lower-cased, apostrophes normalised and dropped, anything else
/// that is not a letter or a digit a separator. `skip_line` leaves out whole lines.
///
/// In `content/` files (`keys: true`) a line that starts a YAML or front-matter key
/// (`says: ...`, `- when: ...`) starts a new stretch of text and the key's name is not a
/// word: runs are looked for within one value (a folded value may span lines), never
/// across two values that only happen to follow each other.
fn words(text: &str, keys: bool, skip_line: impl Fn(&str) -> bool) -> Vec<Vec<Word>> {
    let mut out: Vec<Vec<Word>> = vec![Vec::new()];
    for (n, line) in text.lines().enumerate() {
        if skip_line(line) {
            continue;
        }
        let mut line = line;
        if keys {
            if let Some(rest) = after_key(line) {
                if !out.last().unwrap().is_empty() {
                    out.push(Vec::new());
                }
                line = rest;
            }
        }
        let seg = out.last_mut().unwrap();
        let mut cur = String::new();
        for c in line.chars() {
            match c {
                '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => {}
                c if c.is_alphanumeric() => cur.extend(c.to_lowercase()),
                _ => {
                    if !cur.is_empty() {
                        seg.push(Word { text: std::mem::take(&mut cur), line: n + 1 });
                    }
                }
            }
        }
        if !cur.is_empty() {
            seg.push(Word { text: cur, line: n + 1 });
        }
    }
    out
}

/// The rest of `line` after a leading `key:` (optionally a list item, `- key:`), if it
/// starts with one.
fn after_key(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let t = t.strip_prefix("- ").map(str::trim_start).unwrap_or(t);
    let end = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    let rest = t[end..].strip_prefix(':')?;
    (end > 0 && (rest.is_empty() || rest.starts_with(' '))).then_some(rest)
}

fn join(ws: &[Word]) -> String {
    ws.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// Stands for the one word a near-copy may change (never a word itself: words hold no
/// control characters).
const HOLE: &str = "\u{1}";

/// The seed guides, as hash sets of their word shingles.
#[derive(Default)]
struct Seeds {
    /// Every run of `RUN` words -> the seed it is from.
    runs: HashMap<String, String>,
    /// Every `NEAR`-word stretch with one inner word replaced by `HOLE` -> (seed, the
    /// stretch as the seed has it).
    holed: HashMap<String, (String, String)>,
}

impl Seeds {
    fn add(&mut self, name: &str, text: &str) {
        let ws = words(text, false, |_| false).concat();
        for w in ws.windows(RUN) {
            self.runs.entry(join(w)).or_insert_with(|| name.to_string());
        }
        for w in ws.windows(NEAR) {
            for k in 1..NEAR - 1 {
                self.holed.entry(holed(w, k)).or_insert_with(|| (name.to_string(), join(w)));
            }
        }
    }
}

/// The stretch `w` with its `k`th word replaced by `HOLE`.
fn holed(w: &[Word], k: usize) -> String {
    w.iter().enumerate().map(|(i, w)| if i == k { HOLE } else { w.text.as_str() }).collect::<Vec<_>>().join(" ")
}

/// One passage of a content file found in a seed.
#[derive(Debug, PartialEq)]
struct Finding {
    line: usize,
    seed: String,
    /// The words as the content file has them.
    words: String,
    /// For a near-copy: the seed's words, one of them different.
    seed_words: Option<String>,
}

/// Shared runs (merged into the longest run each) and near-copies in `text`.
fn find(seeds: &Seeds, text: &str, skip_line: impl Fn(&str) -> bool) -> Vec<Finding> {
    let mut found = Vec::new();
    for ws in words(text, true, skip_line) {
        find_in(seeds, &ws, &mut found);
    }
    found
}

fn find_in(seeds: &Seeds, ws: &[Word], found: &mut Vec<Finding>) {
    // Exact runs: consecutive shingle hits make one longer run, reported once.
    let hits: Vec<Option<&String>> = ws.windows(RUN).map(|w| seeds.runs.get(&join(w))).collect();
    let mut i = 0;
    while i < hits.len() {
        let Some(seed) = hits[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i + 1 < hits.len() && hits[i + 1].is_some() {
            i += 1;
        }
        found.push(Finding {
            line: ws[start].line,
            seed: seed.clone(),
            words: join(&ws[start..i + RUN]),
            seed_words: None,
        });
        i += 1;
    }
    // Near-copies: a stretch that matches a seed's except one inner word. Overlapping
    // stretches of the same passage are reported once.
    let mut last_end = 0;
    for (s, w) in ws.windows(NEAR).enumerate() {
        if s < last_end {
            continue;
        }
        for k in 1..NEAR - 1 {
            if let Some((seed, theirs)) = seeds.holed.get(&holed(w, k)) {
                let ours = join(w);
                // The same words are an exact run, reported above.
                if &ours == theirs {
                    continue;
                }
                found.push(Finding {
                    line: w[0].line,
                    seed: seed.clone(),
                    words: ours,
                    seed_words: Some(theirs.clone()),
                });
                last_end = s + NEAR;
                break;
            }
        }
    }
}

/// Leaves out a guide file's own `title:` line (the published title it names).
fn is_guide_title(file: &Path) -> impl Fn(&str) -> bool {
    let guide = file.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "guides");
    move |line: &str| guide && line.starts_with("title:")
}

fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            text_files(&p, out);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "yaml" | "yml" | "md" | "markdown" | "txt"))
        {
            out.push(p);
        }
    }
}

/// What comparing a site's `content/` with a folder of seeds came to.
#[derive(Debug)]
enum Outcome {
    /// No seeds to compare with: why.
    Skipped(String),
    /// Every copied passage, one line each (`file:line: ...`); empty when there are none.
    Compared { files: usize, seeds: usize, report: Vec<String> },
}

fn compare(repo: &Path, seed_dir: &Path) -> Outcome {
    let mut seed_files: Vec<PathBuf> = match fs::read_dir(seed_dir) {
        Ok(rd) => rd.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect(),
        Err(_) => Vec::new(),
    };
    if seed_files.is_empty() {
        return Outcome::Skipped(format!(
            "originality: SKIPPED: no source guides (*.txt) at {} (they sit beside the repository, not in it), \
             so there is nothing to compare content/ with; the test passes without checking",
            seed_dir.display()
        ));
    }
    seed_files.sort();
    let mut seeds = Seeds::default();
    for f in &seed_files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        seeds.add(&name, &fs::read_to_string(f).unwrap());
    }
    let mut files = Vec::new();
    text_files(&repo.join("content"), &mut files);
    let mut report = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).unwrap();
        let rel = f.strip_prefix(repo).unwrap_or(f).display().to_string();
        for x in find(&seeds, &text, is_guide_title(f)) {
            report.push(match &x.seed_words {
                None => format!(
                    "{rel}:{}: {} words shared with {}: \"{}\"",
                    x.line,
                    x.words.split(' ').count(),
                    x.seed,
                    x.words
                ),
                Some(theirs) => format!(
                    "{rel}:{}: near-copy of {} (one word swapped): \"{}\" ~ \"{theirs}\"",
                    x.line, x.seed, x.words
                ),
            });
        }
    }
    Outcome::Compared { files: files.len(), seeds: seed_files.len(), report }
}

#[test]
fn content_shares_no_run_of_eight_words_with_the_source_guides() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    match compare(repo, &repo.join("../shared/seeds")) {
        // Past the test harness's capture, so the skip is seen though the test passes.
        Outcome::Skipped(why) => {
            let _ = writeln!(std::io::stderr(), "skipped: {why}");
        }
        Outcome::Compared { files, seeds, report } => {
            assert!(files > 0, "no text files under {}", repo.join("content").display());
            assert!(
                report.is_empty(),
                "{} passage(s) of content/ are copied from the source guides; say it in the project's own words:\n{}",
                report.len(),
                report.join("\n")
            );
            eprintln!("originality: {files} content files against {seeds} seeds: no shared runs");
        }
    }
}

#[test]
fn without_seeds_it_skips_and_says_why_and_with_them_it_reports_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let (site, seed_dir) = (dir.path().join("site"), dir.path().join("seeds"));
    fs::create_dir_all(site.join("content/guides")).unwrap();
    let guide = "title: Keep your scalp out of direct sunlight until healed\n\
                 says: |\n  We say: keep your scalp out of\n  direct sunlight until it heals.\n";
    fs::write(site.join("content/guides/g.yaml"), guide).unwrap();
    match compare(&site, &seed_dir) {
        Outcome::Skipped(why) => assert!(why.contains("SKIPPED") && why.contains("seeds"), "{why}"),
        other => panic!("{other:?}"),
    }
    fs::create_dir_all(&seed_dir).unwrap();
    fs::write(seed_dir.join("000.txt"), "Keep your scalp out of direct sunlight until healed.").unwrap();
    match compare(&site, &seed_dir) {
        Outcome::Compared { files: 1, seeds: 1, report } => {
            let file = Path::new("content/guides/g.yaml").display().to_string();
            let expected =
                format!("{file}:3: 8 words shared with 000.txt: \"keep your scalp out of direct sunlight until\"");
            assert_eq!(report, [expected]);
        }
        other => panic!("{other:?}"),
    }
}

// The matching itself, on planted text, so that this test can fail.

fn seeds_of(text: &str) -> Seeds {
    let mut s = Seeds::default();
    s.add("seed.txt", text);
    s
}

const SEED: &str = "Before the session, the artist will ask you to keep your scalp out of direct sunlight until it is fully healed.\nDon’t wet your head in the first 3 days.";

#[test]
fn a_planted_run_of_eight_words_is_found() {
    let s = seeds_of(SEED);
    let found = find(&s, "title: ours\nsays: Ask you to keep your scalp out of the rain.", |_| false);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].line, 2);
    assert_eq!(found[0].words, "ask you to keep your scalp out of");
    assert_eq!(found[0].seed, "seed.txt");
}

#[test]
fn seven_shared_words_are_not_a_copy() {
    let s = seeds_of(SEED);
    // "you to keep your scalp out of" is 7 words of the seed; the words either side differ.
    let found = find(&s, "We want you to keep your scalp out of harm.", |_| false);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_longer_run_is_reported_once_with_all_its_words() {
    let s = seeds_of(SEED);
    let found = find(&s, "Please keep your scalp out of direct sunlight until it is fully healed, thanks.", |_| false);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].words, "keep your scalp out of direct sunlight until it is fully healed");
}

#[test]
fn case_punctuation_apostrophes_and_line_breaks_do_not_hide_a_copy() {
    let s = seeds_of(SEED);
    let found = find(&s, "summary: |\n  DON'T -- wet your head,\n  in the first (3) days!", |_| false);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].line, found[0].words.as_str()), (2, "dont wet your head in the first 3 days"));
}

#[test]
fn one_swapped_word_is_a_near_copy() {
    let s = seeds_of(SEED);
    let found = find(&s, "Keep your scalp out of direct sun until it is healed.", |_| false);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].seed_words.as_deref(), Some("keep your scalp out of direct sunlight until it"));
    // Two swapped words are not.
    assert!(find(&s, "Keep your head out of direct sun until it is healed.", |_| false).is_empty());
}

#[test]
fn a_guide_files_own_title_is_left_out() {
    let s = seeds_of("Scalp Micropigmentation Recovery: Day by Day, a guide for new patients");
    let text = "title: \"Scalp Micropigmentation Recovery: Day by Day, a guide for new patients\"\n";
    assert!(find(&s, text, is_guide_title(Path::new("content/guides/g.yaml"))).is_empty());
    assert_eq!(find(&s, text, is_guide_title(Path::new("content/articles/a.md"))).len(), 1);
}

#[test]
fn runs_do_not_cross_from_one_yaml_value_to_the_next() {
    let s = seeds_of("Whenever you go outside, wear a wide-brimmed hat or use a sunscreen.");
    let text =
        "  - activity: hats\n    vague: whenever you go outside\n    says: A wide-brimmed hat or a sunscreen helps.\n";
    assert!(find(&s, text, |_| false).is_empty());
    // A value folded over several lines is still one stretch of text.
    let text = "summary: |\n  Whenever you go outside, wear\n  a wide-brimmed hat or use one.\n";
    assert_eq!(find(&s, text, |_| false).len(), 1);
    assert_eq!(after_key("  - when: Before"), Some(" Before"));
    assert_eq!(after_key("title: x"), Some(" x"));
    assert_eq!(after_key("Note: this is text"), Some(" this is text"));
    assert_eq!(after_key("  a wide hat: or not"), None);
    assert_eq!(after_key("https://example.com"), None);
}
