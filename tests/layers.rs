//! The architecture, checked: data flows one way (files -> validated model -> schedule and
//! dated plan -> page model -> render -> output), so no module of the library may use one
//! of a higher layer, and the library neither prints nor exits (the command line in
//! `src/cmd/` does). A new `use` that breaks a layer fails here, with the file and module.

use std::fs;
use std::path::Path;

/// Bottom-up; a module may use its own layer and those below.
const LAYERS: &[&[&str]] = &[
    &["diagnostics", "messages", "output", "embedded", "ypath"],
    &["model", "wording"],
    &["urls"],
    &["markdown"],
    &["content"],
    // Reading grades read Markdown as the pages do (`markdown::options`).
    &["schedule", "compare", "patient_text", "plain_words", "readability"],
    // The JSON Schemas of the site's files, from the model and the glossary's types.
    &["schema"],
    // The clinic's rules set against the guides (uses the schedule and `compare`).
    &["calendar", "governance"],
    &["render"],
    // The crate root: the one loader and the commands' entry points (`load`, `build`...).
    &["load", "Project", "build", "check", "patient_schedule", "PatientRequest", "ScheduleError"],
    &["serve"],
];

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` has no layer in tests/layers.rs"))
}

/// The library's source files and the module each belongs to, without their unit tests.
fn sources() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        if !rel.ends_with(".rs") || rel.starts_with("cmd/") || rel == "main.rs" || rel == "lib.rs" {
            continue;
        }
        let module = rel.split('/').next().unwrap().trim_end_matches(".rs").to_string();
        let text = fs::read_to_string(e.path()).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap().to_string();
        out.push((rel, module, code));
    }
    out
}

/// Every `crate::x` a file uses, including `use crate::{a, b}`.
fn uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let list = &list[..list.find('}').unwrap_or(0)];
            found.extend(list.split(',').map(|s| s.trim().split("::").next().unwrap_or("").to_string()));
        } else {
            found.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

#[test]
fn no_module_uses_one_of_a_higher_layer() {
    let mut wrong = Vec::new();
    let files = sources();
    assert!(files.len() > 15, "only {} files found", files.len());
    for (rel, module, code) in &files {
        for dep in uses(code) {
            if layer(&dep) > layer(module) {
                wrong.push(format!("src/{rel} ({module}) uses crate::{dep}"));
            }
        }
    }
    assert!(wrong.is_empty(), "layers broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_library_neither_prints_nor_exits() {
    let mut wrong = Vec::new();
    for (rel, _, code) in sources() {
        for bad in ["println!", "eprintln!", "print!(", "eprint!(", "process::exit", "io::stdout()", "io::stderr()"] {
            if code.contains(bad) {
                wrong.push(format!("src/{rel} has {bad}"));
            }
        }
    }
    assert!(wrong.is_empty(), "only src/cmd/ may print or exit:\n{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_a_layer_broken() {
    // The check itself can fail: schedule using render is caught.
    assert!(layer("render") > layer("schedule"));
    assert_eq!(uses("use crate::{urls, wording};\nlet x = crate::render::qr;"), ["urls", "wording", "render"]);
}
