//! The README's figures and command list against the real thing: the build line it
//! quotes against a build of the example, the size of the broken-site corpus, and the
//! options of each command in its "Commands" block against the command's `--help`.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{aftercare, example_site, stderr, stdout};

fn readme() -> String {
    fs::read_to_string(common::repo().join("README.md")).unwrap()
}

/// The first whole number right after `before` in `text`.
fn number_after(text: &str, before: &str) -> usize {
    let at = text.find(before).unwrap_or_else(|| panic!("the README no longer says {before:?}")) + before.len();
    let digits: String = text[at..].chars().take_while(|c| c.is_ascii_digit() || *c == ',').collect();
    digits.replace(',', "").parse().unwrap_or_else(|_| panic!("no number after {before:?}"))
}

/// (pages, files) of the first "Built N pages (M files)" in `text`.
fn built(text: &str) -> (usize, usize) {
    let at = text.find("Built ").unwrap_or_else(|| panic!("no \"Built \" in {text:?}"));
    let line = &text[at..];
    (number_after(line, "Built "), number_after(line, " pages ("))
}

#[test]
fn the_build_line_the_readme_quotes_is_what_the_build_prints() {
    let readme = readme();
    let (pages, files) = built(&readme[readme.find("(`Built ").expect("the README quotes the build line")..]);
    let per_language = number_after(&readme, "the example's ");
    let site = example_site();
    let o = aftercare(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let line = stdout(&o);
    assert_eq!(
        (pages, files),
        built(&line),
        "README.md quotes `Built {pages} pages ({files} files)`; the build prints: {line}\
         (update the figures in README.md's Commands section)"
    );
    let spanish = common::files(&site.path().join("public/es")).iter().filter(|f| f.ends_with(".html")).count();
    assert_eq!(per_language, spanish, "README.md says the example has {per_language} pages in each language");
}

#[test]
fn the_readme_counts_the_broken_site_corpus_right() {
    let cases: Vec<serde_yaml::Value> =
        serde_yaml::from_str(&fs::read_to_string(common::repo().join("tests/broken/cases.yaml")).unwrap()).unwrap();
    let said = number_after(&readme(), "the corpus in `tests/broken/cases.yaml` (");
    assert_eq!(
        said,
        cases.len(),
        "README.md's Tests section says {said} cases; tests/broken/cases.yaml has {}",
        cases.len()
    );
}

/// The `--long` options in `text`, without `--help`.
fn flags(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2 && *w != "--help")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_readme_lists_every_command_with_the_options_its_help_shows() {
    let readme = readme();
    let block = readme.split("## Commands\n\n```\n").nth(1).and_then(|b| b.split("```").next()).unwrap();
    // Each command's lines: `aftercare NAME ...` and the indented lines under it.
    let mut listed: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        if let Some(rest) = line.strip_prefix("aftercare ") {
            let name = rest.split_whitespace().next().unwrap().to_string();
            listed.push((name, rest.to_string()));
        } else if line.starts_with(' ') {
            if let Some((_, text)) = listed.last_mut() {
                text.push_str(line);
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let help = stdout(&aftercare(dir.path(), &["--help"]));
    let global = flags(help.split("Global options:").nth(1).unwrap());
    let commands: Vec<String> = help
        .split("Commands:\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in &commands {
        let Some((_, text)) = listed.iter().find(|(n, _)| n == name) else {
            panic!("README.md's Commands block has no line for `aftercare {name}`:\n{block}");
        };
        let own = stdout(&aftercare(dir.path(), &[name, "--help"]));
        let own: BTreeSet<String> =
            flags(own.split("Global options:").next().unwrap()).difference(&global).cloned().collect();
        assert_eq!(flags(text), own, "README.md's line for `aftercare {name}` and `aftercare {name} --help` differ");
    }
    for (name, _) in &listed {
        assert!(commands.contains(name), "README.md lists `aftercare {name}`, which `aftercare --help` does not");
    }
}
