//! Stage 1: read a site's files into the typed model.
//!
//! `load` reads `site.yaml` and everything under `content/`, reports every syntax and type
//! problem it meets (with file, line and column), then runs the cross-file checks in
//! [`validate`]. It returns a [`Site`] only when nothing is wrong, so later stages never see
//! half-valid data.

pub mod frontmatter;
pub mod locate;
pub mod translate;
pub mod validate;

pub use translate::{translated_name, TRANSLATED_FILES};

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostics, Pos};
use crate::model::{
    Activity, Article, Body, Config, FrontMatter, Guide, Listed, PrepStep, Protocol, Site, Timeline, Treatment,
    TreatmentSettings,
};

pub const CONFIG_FILE: &str = "site.yaml";
/// A one-treatment site keeps its treatment's files here; a site with several keeps each
/// in `TREATMENTS_DIR/<id>/`, with the same file names and a `treatment.yaml`.
pub const CONTENT_DIR: &str = "content";
pub const TREATMENTS_DIR: &str = "content/treatments";
pub const TREATMENT_FILE: &str = "treatment.yaml";
pub use crate::model::{ACTIVITIES, PREPARATION, PROTOCOL, TIMELINE};
pub const GUIDES: &str = "guides";
pub const ARTICLES_DIR: &str = crate::model::ARTICLES_DIR;

/// Files bigger than this are refused before reading: clinic content is small, and a
/// runaway file (a pasted video, a log) should not eat the machine's memory.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// The text of every file read, kept so that later checks can point into it.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<Source>,
}

#[derive(Debug)]
pub struct Source {
    /// Path as shown in messages: relative to the site folder.
    pub path: PathBuf,
    pub text: String,
    /// Lines before `text` starts in the real file (front matter sits below its `---`).
    pub line_offset: usize,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: String, line_offset: usize) {
        self.files.push(Source { path, text, line_offset });
    }

    /// Every file kept, in the order read.
    pub fn iter(&self) -> impl Iterator<Item = &Source> {
        self.files.iter()
    }

    pub fn as_slice(&self) -> &[Source] {
        &self.files
    }

    pub fn get(&self, path: &Path) -> Option<&Source> {
        self.files.iter().find(|s| s.path == path)
    }

    /// Position of `path` (a YAML path) in the file, or the file itself if it was not kept.
    pub fn locate(&self, file: &Path, path: &[locate::Seg]) -> Pos {
        match self.get(file) {
            Some(s) => locate::locate(&s.text, path, s.line_offset),
            None => Pos::file(),
        }
    }
}

/// Reads and checks a whole site in its default language. `Err` holds every problem
/// found; warnings come back with the site in the `Ok` case.
pub fn load(root: &Path) -> Result<(Site, Diagnostics), Diagnostics> {
    load_default(root).map(|(site, _, diags)| (site, diags))
}

/// The site in every language it is published in, the default one first (see
/// [`translate`]), and the text of every file read, for later checks to point into.
pub fn load_all(root: &Path) -> Result<(Vec<Site>, Sources, Diagnostics), Diagnostics> {
    let (site, mut sources, mut diags) = load_default(root)?;
    let mut sites = vec![site];
    translate::all(root, &mut sites, &mut sources, &mut diags);
    if diags.has_errors() {
        validate::article_bodies(&sites[0], root, &mut diags);
        Err(diags)
    } else {
        Ok((sites, sources, diags))
    }
}

fn load_default(root: &Path) -> Result<(Site, Sources, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::new();
    let mut sources = Sources::default();
    let mut reader = Reader { root, diags: &mut diags, sources: &mut sources, langs: Vec::new(), left: Vec::new() };

    let config: Option<Config> = reader.yaml(Path::new(CONFIG_FILE), true);
    if let Some(c) = &config {
        reader.langs = c.languages.clone();
    }
    let treatments = reader.treatments(config.as_ref());
    let articles = reader.articles();

    let (Some(mut config), Some(treatments), Some(articles)) = (config, treatments, articles) else {
        return Err(diags);
    };
    if diags.has_errors() {
        return Err(diags);
    }
    // The settings now live in the treatment; keep one copy.
    config.treatment = None;
    let words = match crate::messages::Messages::load(root, &config.language) {
        Ok(w) => std::sync::Arc::new(w),
        Err(d) => {
            diags.extend(d);
            return Err(diags);
        }
    };
    let own = root.join("messages").join(format!("{}.ftl", config.language));
    if !crate::messages::Messages::built_in(&config.language) && !own.is_file() {
        diags.warning(
            Path::new(CONFIG_FILE),
            sources.locate(Path::new(CONFIG_FILE), &[locate::Seg::Key("language")]),
            format!("aftercare has no interface words for `{}` yet, so the pages' own words stay in English", config.language),
            Some(format!(
                "translate messages/en.ftl of the aftercare repository into messages/{}.ftl in this site (built in: en, es, ar)",
                config.language
            )),
        );
    }
    let index = articles.iter().enumerate().map(|(i, a)| (a.slug.clone(), i)).collect();
    let site = Site::new(config, words, treatments, articles, index);
    validate::validate(&site, root, &sources, &mut diags);
    if diags.has_errors() {
        // Bodies are checked where they are rendered (one parse each); a site that stops
        // here reports theirs too, so one run shows every problem.
        validate::article_bodies(&site, root, &mut diags);
        Err(diags)
    } else {
        Ok((site, sources, diags))
    }
}

/// An article's Markdown body, read from its file again if it is not in memory. An error
/// (at the article's file) when the file is gone or changed since the site was loaded.
pub fn body(a: &Article) -> Result<std::borrow::Cow<'_, str>, Diagnostics> {
    let (path, start, len) = match &a.body {
        Body::Text(t) => return Ok(std::borrow::Cow::Borrowed(t)),
        Body::File { path, start, len } => (path, *start, *len),
    };
    let changed = |why: String| {
        let mut d = Diagnostics::new();
        d.error(
            &a.source,
            Pos::file(),
            format!("this article changed while it was being built ({why})"),
            Some("build again once the file is saved".into()),
        );
        d
    };
    // Read as it was loaded: a byte order mark dropped, line ends made one kind.
    let bytes = fs::read(path).map_err(|e| changed(e.to_string()))?;
    let mut text = decode(bytes).map_err(|_| changed("it is no longer UTF-8 text".into()))?;
    if text.len() as u64 != len || !text.is_char_boundary(start) {
        return Err(changed("its length is not what it was".into()));
    }
    text.drain(..start);
    Ok(std::borrow::Cow::Owned(text))
}

/// Reads and checks one article again, against an already loaded site: what the preview
/// server needs when only that file changed. `rel` is relative to the site folder.
pub fn reload_article(root: &Path, site: &Site, rel: &Path) -> Result<Article, Diagnostics> {
    let mut diags = Diagnostics::new();
    let mut sources = Sources::default();
    let mut reader = Reader { root, diags: &mut diags, sources: &mut sources, langs: Vec::new(), left: Vec::new() };
    let article = reader.article(rel.to_path_buf());
    match article {
        Some(a) if !diags.has_errors() => {
            validate::article(site, root, &a, &sources, &mut diags);
            if diags.has_errors() {
                Err(diags)
            } else {
                Ok(a)
            }
        }
        _ => Err(diags),
    }
}

/// Where a treatment's settings come from.
enum Settings {
    /// site.yaml's `treatment:` (a one-treatment site).
    Given(TreatmentSettings),
    /// The folder's treatment.yaml.
    FromFile,
    /// site.yaml could not be read: check the other files only.
    Unknown,
}

struct Reader<'a> {
    root: &'a Path,
    diags: &'a mut Diagnostics,
    sources: &'a mut Sources,
    /// The site's other languages: their files (`about.es.md`) are translations, read
    /// with their language, not as pages of their own.
    langs: Vec<String>,
    /// In a translation: the words left in the default language (see `translate`).
    left: Vec<String>,
}

impl Reader<'_> {
    /// Reads one file as text, reporting a missing file, a file too big, or bad UTF-8.
    fn text(&mut self, rel: &Path, required: bool) -> Option<String> {
        let full = self.root.join(rel);
        // Only regular files inside the site folder are read: a link to a file elsewhere
        // (/etc/passwd) would be shown in messages and published; a pipe or a device
        // would hang the build or never end.
        if let Ok(meta) = fs::symlink_metadata(&full) {
            let problem = if meta.file_type().is_symlink() {
                match outside_site(self.root, &full) {
                    Some(p) => Some(p),
                    None => fs::metadata(&full).ok().filter(|m| !m.is_file()).map(|_| not_regular()),
                }
            } else if !meta.is_file() {
                Some(not_regular())
            } else {
                None
            };
            if let Some((message, help)) = problem {
                self.diags.error(rel, Pos::file(), message, Some(help));
                return None;
            }
        }
        // One open, then the size from the open file: no second lookup of the path.
        let mut file = match fs::File::open(&full) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    self.diags.error(rel, Pos::file(), "this file is missing", Some(format!(
                        "create it (`aftercare formats` describes each file), or run the build in the site's folder; looked in {}",
                        self.root.display()
                    )));
                }
                return None;
            }
            Err(e) => {
                self.diags.error(rel, Pos::file(), format!("cannot read this file: {e}"), None);
                return None;
            }
        };
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        if len > MAX_FILE_BYTES {
            self.diags.error(
                rel,
                Pos::file(),
                format!("this file is {} MB, more than the 5 MB limit", len / 1_000_000),
                Some("content files hold text only; move large media out of content/".into()),
            );
            return None;
        }
        let mut bytes = Vec::with_capacity(len as usize + 1);
        if let Err(e) = std::io::Read::read_to_end(&mut file, &mut bytes) {
            self.diags.error(rel, Pos::file(), format!("cannot read this file: {e}"), None);
            return None;
        }
        match decode(bytes) {
            Ok(text) => {
                // A NUL byte is never text a clinic meant to write, and would reach pages.
                if let Some(at) = text.find('\0') {
                    let (line, col) = crate::markdown::line_col(&text, at);
                    self.diags.error(
                        rel,
                        Pos::new(line, col),
                        "this file holds a NUL byte (character 0)",
                        Some("delete it; it often comes from copying out of a word processor or a PDF".into()),
                    );
                    return None;
                }
                Some(text)
            }
            Err(pos) => {
                self.diags.error(
                    rel,
                    pos,
                    "this file is not valid UTF-8 text",
                    Some("save it as UTF-8 in your editor (\"Save with encoding\" -> UTF-8)".into()),
                );
                None
            }
        }
    }

    fn yaml<T: DeserializeOwned>(&mut self, rel: &Path, required: bool) -> Option<T> {
        let text = self.text(rel, required)?;
        let value = parse_yaml(rel, &text, 0, self.diags);
        self.sources.add(rel.to_path_buf(), text, 0);
        value
    }

    /// The site's treatments: the one described in site.yaml (files in `content/`), or
    /// one per folder of `content/treatments/`, in folder-name order.
    /// Without `config` (site.yaml is broken) the files are still read, so that their own
    /// problems are reported in the same run.
    fn treatments(&mut self, config: Option<&Config>) -> Option<Vec<Treatment>> {
        let multi = self.root.join(TREATMENTS_DIR);
        let Some(config) = config else {
            if multi.is_dir() {
                for dir in self.subfolders(TREATMENTS_DIR)? {
                    self.treatment(&dir, String::new(), Settings::FromFile);
                }
            } else {
                self.treatment(Path::new(CONTENT_DIR), String::new(), Settings::Unknown);
            }
            return None;
        };
        match (&config.treatment, multi.is_dir()) {
            (Some(settings), false) => {
                let t =
                    self.treatment(Path::new(CONTENT_DIR), "treatment".into(), Settings::Given(settings.clone()))?;
                Some(vec![t])
            }
            (Some(_), true) => {
                self.diags.error(
                    Path::new(CONFIG_FILE),
                    Pos::file(),
                    "site.yaml has a `treatment:` and content/treatments/ exists too",
                    Some("a site with several treatments describes each in content/treatments/<id>/treatment.yaml: move the `treatment:` block there and remove it from site.yaml".into()),
                );
                None
            }
            (None, false) => {
                self.diags.error(
                    Path::new(CONFIG_FILE),
                    Pos::file(),
                    "no treatment is described",
                    Some("add a `treatment:` block to site.yaml (one treatment, files in content/), or make a folder content/treatments/<id>/ for each treatment".into()),
                );
                None
            }
            (None, true) => {
                let dirs = self.subfolders(TREATMENTS_DIR)?;
                if dirs.is_empty() {
                    self.diags.error(
                        Path::new(TREATMENTS_DIR),
                        Pos::file(),
                        "this folder has no treatment folders",
                        Some("make one folder per treatment, e.g. content/treatments/tattoo/ with treatment.yaml, activities.yaml, protocol.yaml, timeline.yaml and guides/".into()),
                    );
                    return None;
                }
                let mut out = Vec::new();
                let mut ok = true;
                for dir in dirs {
                    let id = stem(&dir);
                    match self.treatment(&dir, id, Settings::FromFile) {
                        Some(t) => out.push(t),
                        None => ok = false,
                    }
                }
                if out.len() > 1 {
                    for t in &mut out {
                        t.prefix = format!("{}/", t.id);
                    }
                }
                ok.then_some(out)
            }
        }
    }

    /// Reads the files of one treatment in `dir`; `settings` is given for a one-treatment
    /// site (from site.yaml), else read from `dir/treatment.yaml`.
    fn treatment(&mut self, dir: &Path, id: String, settings: Settings) -> Option<Treatment> {
        let settings = match settings {
            Settings::Given(s) => Some(s),
            Settings::FromFile => self.yaml(&dir.join(TREATMENT_FILE), true),
            Settings::Unknown => None,
        };
        let activities: Option<Listed<Activity>> = self.yaml(&dir.join(ACTIVITIES), true);
        let protocol: Option<Protocol> = self.yaml(&dir.join(PROTOCOL), true);
        let timeline: Option<Timeline> = self.yaml(&dir.join(TIMELINE), true);
        let preparation: Option<Listed<PrepStep>> = self.yaml(&dir.join(PREPARATION), false);
        let (preparation, preparation_review) = match preparation {
            Some(p) => (p.items, p.review),
            None => (Vec::new(), None),
        };
        let activities = activities.map(|a| (a.items, a.review));
        let guides = self.guides(&dir.join(GUIDES));
        Some(Treatment {
            id,
            settings: settings?,
            activities_review: activities.as_ref().and_then(|a| a.1.clone()),
            activities: activities?.0,
            guides: guides?,
            protocol: protocol?,
            timeline: timeline?,
            preparation,
            preparation_review,
            dir: dir.to_path_buf(),
            prefix: String::new(),
            translated: Vec::new(),
            lang: None,
            falls_back: false,
        })
    }

    fn guides(&mut self, dir: &Path) -> Option<Vec<Guide>> {
        let mut guides = Vec::new();
        let mut ok = true;
        for rel in self.list(&dir.to_string_lossy(), &["yaml", "yml"])? {
            let Some(text) = self.text(&rel, true) else {
                ok = false;
                continue;
            };
            match parse_yaml::<Guide>(&rel, &text, 0, self.diags) {
                Some(mut g) => {
                    g.id = stem(&rel);
                    if let Some(other) = guides.iter().find(|o: &&Guide| o.id == g.id) {
                        self.diags.error(
                            &rel,
                            Pos::file(),
                            format!("guide `{}` has two files: this one and {}", g.id, other.source.display()),
                            Some("keep one of them (a guide's id is its file name without .yaml or .yml)".into()),
                        );
                        ok = false;
                    }
                    g.source = rel.clone();
                    guides.push(g);
                }
                None => ok = false,
            }
            self.sources.add(rel, text, 0);
        }
        ok.then_some(guides)
    }

    /// The folders inside `dir`, sorted by name.
    fn subfolders(&mut self, dir: &str) -> Option<Vec<PathBuf>> {
        let mut out = Vec::new();
        for entry in sorted_by_name(walkdir::WalkDir::new(self.root.join(dir)).min_depth(1).max_depth(1)) {
            match entry {
                Ok(e) if e.file_type().is_dir() && !e.file_name().to_string_lossy().starts_with('.') => {
                    out.push(Path::new(dir).join(e.file_name()));
                }
                Ok(_) => {}
                Err(e) => {
                    self.diags.error(Path::new(dir), Pos::file(), format!("cannot list this folder: {e}"), None);
                    return None;
                }
            }
        }
        Some(out)
    }

    fn articles(&mut self) -> Option<Vec<Article>> {
        use rayon::prelude::*;
        let root = self.root;
        // Each file is read and parsed on its own (in parallel), with its own messages;
        // they are merged in file-name order so the output does not depend on timing.
        let parsed: Vec<(Option<Article>, Diagnostics, Sources)> = self
            .list(ARTICLES_DIR, &["md", "markdown"])?
            .into_par_iter()
            .map(|rel| {
                let mut diags = Diagnostics::new();
                let mut sources = Sources::default();
                let article =
                    Reader { root, diags: &mut diags, sources: &mut sources, langs: Vec::new(), left: Vec::new() }
                        .article(rel);
                (article, diags, sources)
            })
            .collect();
        let mut articles = Vec::with_capacity(parsed.len());
        let mut ok = true;
        for (article, diags, sources) in parsed {
            self.diags.extend(diags);
            self.sources.files.extend(sources.files);
            match article {
                Some(a) => articles.push(a),
                None => ok = false,
            }
        }
        ok.then_some(articles)
    }

    fn article(&mut self, rel: PathBuf) -> Option<Article> {
        let text = self.text(&rel, true)?;
        let fm = frontmatter::split(&rel, &text, self.diags)?;
        let meta = frontmatter::simple(fm.yaml)
            .or_else(|| parse_yaml::<FrontMatter>(&rel, fm.yaml, fm.yaml_line - 1, self.diags));
        // The body is read again when it is rendered (see `Body::File`).
        let body = Body::File { path: self.root.join(&rel), start: text.len() - fm.body.len(), len: text.len() as u64 };
        let body_line = fm.body_line;
        self.sources.add(rel.clone(), fm.yaml.to_string(), fm.yaml_line - 1);
        Some(Article {
            slug: stem(&rel),
            source: rel,
            meta: meta?,
            body,
            body_line,
            images: Default::default(),
            has_images: fm.body.contains("!["),
            fallback: false,
        })
    }

    /// Files with one of `exts` in a content folder, sorted by name so that builds do not
    /// depend on the order the file system lists them in.
    fn list(&mut self, dir: &str, exts: &[&str]) -> Option<Vec<PathBuf>> {
        let full = self.root.join(dir);
        if fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink()) {
            if let Some((message, help)) = outside_site(self.root, &full) {
                self.diags.error(Path::new(dir), Pos::file(), message.replace("a file", "a folder"), Some(help));
                return None;
            }
        }
        if !full.is_dir() {
            self.diags.error(
                Path::new(dir),
                Pos::file(),
                "this folder is missing",
                Some(format!("create `{dir}/`; the example site in the aftercare repository shows what goes in it")),
            );
            return None;
        }
        let mut out = Vec::new();
        for entry in sorted_by_name(walkdir::WalkDir::new(&full).min_depth(1).max_depth(1)) {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    self.diags.error(Path::new(dir), Pos::file(), format!("cannot list this folder: {e}"), None);
                    continue;
                }
            };
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                self.diags.error(
                    &Path::new(dir).join(entry.file_name()),
                    Pos::file(),
                    "this file name is not valid UTF-8",
                    Some("rename the file with lower-case letters, digits and hyphens".into()),
                );
                continue;
            };
            // `.MD` or `.Yaml` is the same kind of file: read it (its name is then checked
            // like any other) rather than skip it without a word.
            let ext_ok = Path::new(&name)
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)));
            if !ext_ok || name.starts_with('.') {
                continue;
            }
            let rel = Path::new(dir).join(&*name);
            if let Some(lang) = translate::language_of(&name) {
                if !self.langs.iter().any(|l| l == lang) {
                    self.diags.warning(
                        &rel,
                        Pos::file(),
                        format!("this looks like a translation into `{lang}`, which site.yaml's `languages:` does not list, so it is not published"),
                        Some(format!("add `{lang}` to `languages:` in site.yaml, or rename the file")),
                    );
                }
                continue;
            }
            // A symbolic link to a file is followed when it stays inside the site (checked
            // when the file is read); one that leads nowhere, or round in a loop, is
            // reported rather than skipped.
            let is_file = if entry.path_is_symlink() {
                match fs::metadata(entry.path()) {
                    Ok(m) => m.is_file(),
                    Err(e) => {
                        self.diags.error(
                            &rel,
                            Pos::file(),
                            format!("this symbolic link cannot be followed: {e}"),
                            Some("point the link at an existing file, or replace it with the file itself".into()),
                        );
                        continue;
                    }
                }
            } else {
                entry.file_type().is_file()
            };
            if is_file {
                out.push(rel);
            }
        }
        Some(out)
    }
}

/// Reads an optional YAML file of the site (`rel`, relative to `root`) as `T`, with the
/// same care and messages as content files (links out of the site, size, encoding, syntax,
/// unknown keys). `None` when it does not exist or has problems (then in `diags`); with
/// the value, the file's text, for positions.
pub fn read_optional<T: DeserializeOwned>(root: &Path, rel: &Path, diags: &mut Diagnostics) -> Option<(T, String)> {
    let mut sources = Sources::default();
    let mut reader = Reader { root, diags, sources: &mut sources, langs: Vec::new(), left: Vec::new() };
    let text = reader.text(rel, false)?;
    let value = parse_yaml(rel, &text, 0, reader.diags)?;
    Some((value, text))
}

/// Whether `path` (a link) leads outside the site folder: then (message, help).
pub fn outside_site(root: &Path, path: &Path) -> Option<(String, String)> {
    let inside = match (fs::canonicalize(root), fs::canonicalize(path)) {
        (Ok(r), Ok(p)) => p.starts_with(r),
        (_, Err(e)) => {
            return Some((
                format!("this symbolic link cannot be followed: {e}"),
                "point the link at an existing file inside the site folder, or replace it with the file itself".into(),
            ))
        }
        (Err(_), Ok(_)) => false,
    };
    (!inside).then(|| {
        (
            "this is a link to a file outside the site folder, which is not read".into(),
            "copy the file into the site folder instead of linking to it (files outside it could be private)".into(),
        )
    })
}

fn not_regular() -> (String, String) {
    (
        "this is not a regular file (a folder, a pipe or a device)".into(),
        "content files are plain text files; replace it with one".into(),
    )
}

fn stem(rel: &Path) -> String {
    rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Old Mac files end lines with a lone CR. The YAML parser counts those as line breaks but
/// the rest of the tool (front matter, positions of values) counts LF only, so turn
/// lone CRs into LFs; CRLF stays as it is.
fn normalise_line_ends(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// UTF-8 text with a leading byte-order mark removed. On failure, the position of the
/// first bad byte.
/// The entries of `walk` in file-name order, so that builds do not depend on the order
/// the file system lists them in. WalkDir's own `sort_by_file_name` takes each name apart
/// from its path at every comparison (a third of loading a 10,000-article folder); the
/// names are taken once here.
fn sorted_by_name(walk: walkdir::WalkDir) -> Vec<walkdir::Result<walkdir::DirEntry>> {
    let mut entries: Vec<_> = walk.into_iter().collect();
    entries.sort_by_cached_key(|e| e.as_ref().ok().map(|e| e.file_name().to_os_string()));
    entries
}

fn decode(mut bytes: Vec<u8>) -> Result<String, Pos> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = std::str::from_utf8(good).unwrap_or_default();
            let line = text.matches('\n').count() + 1;
            let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Pos::new(line, col)
        })
        .map(|t| if memchr::memchr(b'\r', t.as_bytes()).is_some() { normalise_line_ends(&t) } else { t })?;
    Ok(text)
}

/// Parses YAML into `T`, turning parser errors into diagnostics with a position in the
/// real file (`line_offset` lines above `text`) and a hint on how to fix them.
pub fn parse_yaml<T: DeserializeOwned>(
    rel: &Path,
    text: &str,
    line_offset: usize,
    diags: &mut Diagnostics,
) -> Option<T> {
    // Tabs are the most common hand-editing mistake; name them before the parser's
    // less helpful message.
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = line.chars().take_while(|c| c.is_whitespace()).position(|c| c == '\t') {
            diags.error(
                rel,
                Pos::new(i + 1 + line_offset, col + 1),
                "a tab is used for indentation",
                Some("YAML indentation must use spaces; replace the tab with spaces".into()),
            );
            return None;
        }
    }
    // Deeply nested flow collections (`[[[[...`) make the parser slow (quadratic); no
    // clinic file needs more than a few levels.
    if let Some(offset) = too_deep(text) {
        let (line, col) = crate::markdown::line_col(text, offset);
        diags.error(
            rel,
            Pos::new(line + line_offset, col),
            format!("the brackets here are nested more than {MAX_NESTING} deep"),
            Some("write lists and mappings a few levels deep at most; check for stray [ or {".into()),
        );
        return None;
    }
    if text.trim().is_empty() {
        diags.error(
            rel,
            Pos::new(1 + line_offset, 1),
            "this file is empty",
            Some("fill it in; `aftercare formats` shows an example of each file".into()),
        );
        return None;
    }
    match serde_yaml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let pos =
                e.location().map_or(Pos::new(1 + line_offset, 1), |l| Pos::new(l.line() + line_offset, l.column()));
            let message = strip_position(&e.to_string());
            let help = yaml_help(&message);
            diags.error(rel, pos, message, help);
            None
        }
    }
}

const MAX_NESTING: usize = 32;

/// The byte offset where `[`/`{` nesting (outside quotes and comments) first goes past
/// [`MAX_NESTING`].
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut quote, mut comment) = (0usize, None::<u8>, false);
    for (i, b) in text.bytes().enumerate() {
        match (quote, b) {
            // Quotes are counted within a line: an apostrophe in plain text ("don't")
            // must not hide the brackets of the lines after it.
            (_, b'\n') => {
                comment = false;
                quote = None;
            }
            _ if comment => {}
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'#') => comment = true,
            (None, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The YAML library appends "at line L column C" (for its own lines); we report the
/// position separately, in lines of the real file.
fn strip_position(msg: &str) -> String {
    let mut out = String::new();
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let skip = tail
            .find(" column ")
            .map(|j| j + " column ".len() + tail[j + 8..].chars().take_while(|c| c.is_ascii_digit()).count())
            .unwrap_or(0);
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
}

/// Keys of earlier versions of the file formats, and what to write instead: a clinic
/// upgrading gets told exactly what to edit.
const CHANGED_KEYS: &[(&str, &str)] = &[
    ("final_restriction_days", "`final_restriction_days` is now `last_day` (the day pages run from day 0 to it): rename the key"),
    ("scalp", "stages now describe themselves under the clinic's own headings: list them once under `sections:` at the top of content/timeline.yaml (e.g. `- id: skin` / `title: Your skin`), then write this text under `about:` as `skin: ...`"),
    ("pigment", "stages now describe themselves under the clinic's own headings: list them once under `sections:` at the top of content/timeline.yaml (e.g. `- id: colour` / `title: The colour`), then write this text under `about:` as `colour: ...`"),
];

fn yaml_help(message: &str) -> Option<String> {
    if let Some(rest) = message.split("unknown field `").nth(1) {
        let field = rest.split('`').next().unwrap_or_default();
        if let Some((_, help)) = CHANGED_KEYS.iter().find(|(old, _)| *old == field) {
            return Some((*help).to_string());
        }
        let expected: Vec<&str> = rest
            .split("expected ")
            .nth(1)
            .unwrap_or_default()
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, s)| s)
            .collect();
        return Some(match crate::diagnostics::nearest(field, expected.iter().copied()) {
            Some(n) => format!("did you mean `{n}`? check the spelling of the key"),
            None => "remove this key or check its spelling against `aftercare formats`".into(),
        });
    }
    if let Some(rest) = message.split("unknown variant `").nth(1) {
        let _ = rest;
        return Some("use one of the values listed in the message".into());
    }
    if message.contains("missing field") {
        return Some("add the missing key to this entry (`aftercare formats` shows a complete example)".into());
    }
    if message.contains("invalid type") {
        return Some("check the value's type: numbers without quotes, text in quotes if it contains `: ` or starts with a symbol, lists with `- ` items".into());
    }
    if message.contains("did not find expected") || message.contains("mapping values are not allowed") {
        return Some(
            "check the indentation of this line and the one above, and put text containing `: ` in quotes".into(),
        );
    }
    if message.contains("recursion limit") || message.contains("repetition limit") {
        return Some("the file repeats or nests itself too much (YAML anchors and aliases `&x`/`*x`); write the values out plainly".into());
    }
    if message.contains("duplicate") {
        return Some("each key may appear once per entry; remove or rename the second one".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_read_again_as_loaded_and_a_changed_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let rel = Path::new("content/articles/a.md");
        std::fs::create_dir_all(dir.path().join("content/articles")).unwrap();
        let file = dir.path().join(rel);
        std::fs::write(&file, "\u{feff}---\r\ntitle: A\r\nsummary: B\r\n---\r\n\r\nHello there.\r\n").unwrap();
        let (mut diags, mut sources) = (Diagnostics::new(), Sources::default());
        let a =
            Reader { root: dir.path(), diags: &mut diags, sources: &mut sources, langs: Vec::new(), left: Vec::new() }
                .article(rel.to_path_buf())
                .expect("it loads");
        assert!(matches!(a.body, Body::File { .. }), "not kept in memory");
        assert_eq!(body(&a).unwrap(), "\r\nHello there.\r\n");
        std::fs::write(&file, "---\ntitle: A\nsummary: B\n---\n\nSomething else entirely.\n").unwrap();
        let err = body(&a).unwrap_err();
        let d = err.iter().next().unwrap();
        assert_eq!(d.file, rel);
        assert!(d.message.contains("changed while it was being built"), "{}", d.message);
    }

    #[test]
    fn strips_library_positions() {
        assert_eq!(strip_position("missing field `x` at line 3 column 5"), "missing field `x`");
        assert_eq!(
            strip_position(
                "did not find expected key at line 4 column 1, while parsing a block mapping at line 2 column 1"
            ),
            "did not find expected key, while parsing a block mapping"
        );
    }

    #[test]
    fn decode_strips_bom_and_locates_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFtitle: x".to_vec()).unwrap(), "title: x");
        assert_eq!(decode(b"a: 1\nb: \xFF".to_vec()).unwrap_err(), Pos::new(2, 4));
        assert_eq!(decode(b"a: 1\rb: 2\r\nc: 3".to_vec()).unwrap(), "a: 1\nb: 2\r\nc: 3");
    }

    #[test]
    fn yaml_errors_carry_real_file_lines() {
        let mut d = Diagnostics::new();
        let r: Option<Config> = parse_yaml(Path::new("x.md"), "title: 1\nclinic: {}\n", 4, &mut d);
        assert!(r.is_none());
        let e = d.sorted().remove(0);
        assert!(e.pos.line >= 5, "{e}");
    }
}
