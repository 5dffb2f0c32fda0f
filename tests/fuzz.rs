//! Property tests standing in for a fuzzer (cargo-fuzz needs a nightly toolchain, which
//! this project does not use): random and mutated input to the front-matter splitter,
//! the YAML loaders, the position finder and the Markdown link scanner must never panic,
//! and every error they report must point inside the file.
//!
//! Longer runs: `PROPTEST_CASES=200000 cargo test --release --test fuzz`.

use std::path::Path;

use aftercare::content::{frontmatter, locate, parse_yaml};
use aftercare::diagnostics::Diagnostics;
use aftercare::model::{Activity, Config, FrontMatter, Guide, Protocol, Timeline};
use proptest::prelude::*;

fn example(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// A mutation of a real file: some bytes replaced, removed or repeated.
fn mutate(text: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, kind, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let i = at % bytes.len();
        match kind % 4 {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            2 => bytes.insert(i, b"-: \t\n#[]{}'\"|>&*!%@`"[byte as usize % 20]),
            _ => {
                let end = (i + byte as usize % 40).min(bytes.len());
                let chunk = bytes[i..end].to_vec();
                bytes.splice(i..i, chunk);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Parses `text` as `T`, and checks any error points at a line that exists.
fn parse_checked<T: serde::de::DeserializeOwned>(text: &str, offset: usize) {
    let mut d = Diagnostics::new();
    let _ = parse_yaml::<T>(Path::new("x.yaml"), text, offset, &mut d);
    // Count lines the way YAML does: a lone CR, NEL, LS and PS also end a line.
    let breaks = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
        .count();
    let lines = breaks + 1 + offset + 1;
    for e in d.sorted() {
        assert!(e.pos.line <= lines, "error at line {} of a {lines}-line file: {e}", e.pos.line);
    }
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn mutated_site_files_never_panic(e in edits()) {
        parse_checked::<Protocol>(&mutate(&example("content/protocol.yaml"), &e), 0);
        parse_checked::<Vec<Activity>>(&mutate(&example("content/activities.yaml"), &e), 0);
        parse_checked::<Guide>(&mutate(&example("content/guides/heal-right-day-by-day.yaml"), &e), 0);
        parse_checked::<Timeline>(&mutate(&example("content/timeline.yaml"), &e), 0);
        parse_checked::<Config>(&mutate(&example("site.yaml"), &e), 0);
    }

    #[test]
    fn mutated_articles_never_panic(e in edits()) {
        let text = mutate(&example("content/articles/when-to-call-us.md"), &e);
        let mut d = Diagnostics::new();
        if let Some(split) = frontmatter::split(Path::new("a.md"), &text, &mut d) {
            parse_checked::<FrontMatter>(split.yaml, split.yaml_line - 1);
            for link in aftercare::markdown::links(split.body) {
                let (line, _) = aftercare::markdown::line_col(split.body, link.offset);
                prop_assert!(line <= split.body.lines().count() + 1);
            }
            let blocks = aftercare::readability::markdown_blocks(split.body);
            let _ = aftercare::readability::grade(&blocks);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let mut d = Diagnostics::new();
        let _ = frontmatter::split(Path::new("a.md"), &text, &mut d);
        parse_checked::<Protocol>(&text, 0);
        parse_checked::<FrontMatter>(&text, 3);
        let _ = locate::locate(&text, &[locate::Seg::Key("rules"), locate::Seg::Idx(2), locate::Seg::Key("cites"), locate::Seg::Idx(1)], 0);
        let _ = aftercare::readability::html_blocks(&text);
        let _ = aftercare::serve::request_path(&text);
    }

    #[test]
    fn positions_found_in_mutated_yaml_are_inside_the_file(e in edits(), i in 0usize..20, j in 0usize..4) {
        let text = mutate(&example("content/protocol.yaml"), &e);
        let pos = locate::locate(&text, &[locate::Seg::Key("rules"), locate::Seg::Idx(i), locate::Seg::Key("phases"), locate::Seg::Idx(j), locate::Seg::Key("days")], 0);
        prop_assert!(pos.line >= 1 && pos.line <= text.lines().count().max(1));
    }
}
