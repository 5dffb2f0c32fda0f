//! floor IN_DIR OUT_DIR: for every `*.md` in IN_DIR, drop the front matter, render the
//! body with pulldown-cmark and write OUT_DIR/<name>.html, on every core (rayon).
//! Prints "N files, B bytes". This is the least work any Markdown site generator does.

use std::fs;
use std::path::PathBuf;

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;

fn body(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    text
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: floor IN_DIR OUT_DIR");
        std::process::exit(2);
    }
    let (input, out) = (PathBuf::from(&args[1]), PathBuf::from(&args[2]));
    let mut files: Vec<PathBuf> = fs::read_dir(&input)
        .expect("read input folder")
        .map(|e| e.expect("list input folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    fs::create_dir_all(&out).expect("create output folder");
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let bytes: usize = files
        .par_iter()
        .map(|path| {
            let text = fs::read_to_string(path).expect("read article");
            let md = body(&text);
            let mut html_out = String::with_capacity(md.len() * 3 / 2);
            html::push_html(&mut html_out, Parser::new_ext(md, opts));
            let name = path.file_stem().expect("file name").to_string_lossy();
            fs::write(out.join(format!("{name}.html")), &html_out).expect("write page");
            html_out.len()
        })
        .sum();
    println!("{} files, {} bytes", files.len(), bytes);
}
