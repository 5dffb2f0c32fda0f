//! Embeds the default templates, theme and example site into the binary, so that one
//! installed `aftercare` can `init` a new site and build it with no other files.
//! The list is generated here because the files change as the project grows.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut out =
        String::from("/// (path relative to the site folder, contents)\npub static FILES: &[(&str, &[u8])] = &[\n");
    let mut files = Vec::new();
    for dir in ["templates", "theme", "content"] {
        collect(&root, &root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    // site.yaml and its translations (site.es.yaml): the starter site is the example as
    // shipped, in all its languages.
    for e in fs::read_dir(&root).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("site.") && name.ends_with(".yaml") {
            println!("cargo:rerun-if-changed={name}");
            files.push(e.path());
        }
    }
    files.sort();
    for f in files {
        let rel = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        writeln!(out, "    ({rel:?}, include_bytes!({:?})),", f.to_string_lossy()).unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(dest, out).unwrap();
    // The file-format reference (`aftercare formats`, and FORMATS.md in a new site): the
    // README's section, so the two cannot differ.
    println!("cargo:rerun-if-changed=README.md");
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let section = file_formats(&readme);
    let formats = PathBuf::from(env::var("OUT_DIR").unwrap()).join("formats.md");
    fs::write(formats, format!("# aftercare: site layout and file formats\n{section}")).unwrap();
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.strip_prefix(root).unwrap().display());
            collect(root, &p, out);
        } else {
            out.push(p);
        }
    }
}

/// The README's sections a site's author needs (the first one's heading left out): each up
/// to the next second-level heading that is not inside a fenced code block.
const SECTIONS: [&str; 5] = [
    "## Site layout and file formats",
    "## Templates",
    "## Languages",
    "## The interface's words: `messages/`",
    "## `recommendations.json`",
];

fn file_formats(readme: &str) -> String {
    let mut out = String::new();
    let (mut inside, mut fenced) = (false, false);
    for line in readme.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if !fenced && line.starts_with("## ") {
            inside = SECTIONS.contains(&line);
            if inside && line != SECTIONS[0] {
                out.push_str(line);
                out.push('\n');
            }
            continue;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert!(!out.is_empty(), "README.md has the file formats section");
    out
}
