//! Stage 3: render the site. Templates are parsed once; every page is then rendered in
//! parallel from its view model and written into a staging folder that replaces the
//! output only when the whole build succeeded.

mod chart;
mod export;
pub mod handout;
pub mod offline;
mod pages;
pub mod qr;
mod schedule_data;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostics::{Diagnostics, Pos};
use crate::model::{Language, Site};
use crate::output;
use crate::schedule::Schedule;
use crate::urls;

pub use pages::{ArticleProse, Page};

pub struct Options {
    pub out: PathBuf,
    /// Overrides `base_url` from site.yaml.
    pub base_url: Option<String>,
}

#[derive(Debug)]
pub struct Report {
    /// What the build left alone in or beside the output folder, for the person to see.
    pub notes: Vec<String>,
    pub pages: usize,
    pub files: usize,
    /// From the start of loading to the swap, in milliseconds.
    pub elapsed_ms: u128,
    /// Time per stage, for `--verbose`.
    pub stages: Vec<(&'static str, u128)>,
}

/// Parses every template once: the built-in defaults, with the site's own
/// `templates/` files taking their place file by file.
pub fn load_templates(root: &Path) -> Result<tera::Tera, Diagnostics> {
    load_templates_warned(root).map(|(t, _)| t)
}

/// As [`load_templates`], with warnings about the site's template files: a file whose name
/// is no template aftercare renders and that no template includes is never used (a
/// misspelt `templates/dya.html`), so the clinic is told, with the nearest name.
pub fn load_templates_warned(root: &Path) -> Result<(tera::Tera, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::new();
    let mut own: Vec<String> = Vec::new();
    let mut sources: BTreeMap<String, String> = crate::embedded::under("templates/")
        .map(|(name, bytes)| (name.to_string(), String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    let dir = root.join("templates");
    if dir.is_dir() {
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.error(
                        Path::new("templates"),
                        Pos::file(),
                        format!("cannot read the templates folder: {e}"),
                        None,
                    );
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
            let name = rel.to_string_lossy().replace('\\', "/");
            let shown = Path::new("templates").join(rel);
            if !readable_site_file(root, &entry, &shown, &mut diags) {
                continue;
            }
            match std::fs::read(entry.path()).map(String::from_utf8) {
                Ok(Ok(text)) => {
                    own.push(name.clone());
                    sources.insert(name, text);
                }
                Ok(Err(_)) => diags.error(
                    &shown,
                    Pos::file(),
                    "this template is not valid UTF-8 text",
                    Some("save it as UTF-8 in your editor".into()),
                ),
                Err(e) => diags.error(&shown, Pos::file(), format!("cannot read this template: {e}"), None),
            }
        }
    }
    if let Some(cycle) = template_cycle(&sources) {
        diags.error(
            &Path::new("templates").join(&cycle[0]),
            Pos::file(),
            format!("these templates include each other in a circle, which never ends: {}", cycle.join(" -> ")),
            Some("remove the include, extends or import that leads back".into()),
        );
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let warnings = unknown_templates(&sources, &own);
    let mut t = tera::Tera::default();
    // Every value is HTML-escaped unless a template marks it `| safe`.
    t.autoescape_on(vec![".html", ".xml"]);
    t.set_escape_fn(escape_html);
    // The 404 page carries its stylesheet inline: a host serves it at whatever address was
    // asked for (`days/no/such/page.html`), where the relative link to `assets/` would miss.
    let css = match inline_css(root, &["style.css", EXTRA_CSS]) {
        Ok(css) => css.replace("</", "<\\/"),
        Err(d) => {
            diags.extend(d);
            return Err(diags);
        }
    };
    t.register_function("theme_css", move |_: &std::collections::HashMap<String, tera::Value>| {
        Ok(tera::Value::String(css.clone()))
    });
    // A site's own small additions to the look, linked after the theme (and its handout
    // styles) on every page when the file is there.
    let extra = root.join("theme").join(EXTRA_CSS).is_file();
    t.register_function("extra_css", move |_: &std::collections::HashMap<String, tera::Value>| {
        Ok(tera::Value::Bool(extra))
    });
    // The default language's: it only escapes. Each translation registers its own.
    t.register_filter("lang", LangFilter { texts: Default::default(), attrs: String::new() });
    t.register_filter("lang_attr", LangAttr(LangFilter { texts: Default::default(), attrs: String::new() }));
    if let Err(e) = add_templates(&mut t, &sources) {
        diags.error(Path::new("templates"), Pos::file(), error_chain(&e),
            Some("fix the template syntax (Tera's documentation lists the tags), or delete your copy to use the built-in one".into()));
        return Err(diags);
    }
    Ok((t, warnings))
}

/// Warnings for the site's template files (`own`, names under `templates/`) that are not a
/// built-in template's name and that no template (`sources`, built-in and the site's)
/// includes, extends or imports: nothing ever renders them.
fn unknown_templates(sources: &BTreeMap<String, String>, own: &[String]) -> Diagnostics {
    let known: Vec<&str> = crate::embedded::under("templates/").map(|(name, _)| name).collect();
    let used: std::collections::HashSet<String> = sources.values().flat_map(|text| template_refs(text)).collect();
    let mut diags = Diagnostics::new();
    for name in own.iter().filter(|n| !known.contains(&n.as_str()) && !used.contains(n.as_str())) {
        // The right name in the wrong folder (`header.html` for `partials/header.html`),
        // else the nearest name by spelling.
        let base = name.rsplit('/').next().unwrap_or(name);
        let same_base = known.iter().copied().find(|k| k.rsplit('/').next() == Some(base));
        let help = match same_base.or_else(|| crate::diagnostics::nearest(name, known.iter().copied())) {
            Some(k) => format!("did you mean `{k}`? Rename the file to templates/{k}, or delete it"),
            None => format!("the templates aftercare uses are: {}", known.join(", ")),
        };
        diags.warning(
            &Path::new("templates").join(name),
            Pos::file(),
            "aftercare has no template of this name and no template includes it, so it is never used",
            Some(help),
        );
    }
    diags
}

/// Whether a file found in `templates/` or `theme/` is read: a regular file, or a link to
/// one inside the site folder (a link out of it is an error: it would publish whatever it
/// points to).
fn readable_site_file(root: &Path, entry: &walkdir::DirEntry, shown: &Path, diags: &mut Diagnostics) -> bool {
    if entry.path_is_symlink() {
        if let Some((message, help)) = crate::content::outside_site(root, entry.path()) {
            diags.error(shown, Pos::file(), message, Some(help));
            return false;
        }
    }
    std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file())
}

/// Tera's `add_raw_templates`, with the parsing spread over the cores: parsing the
/// built-in templates is a sixth of a 1,000-page build's instructions, all before the
/// first page can render. The first template that does not parse, in name order, is the
/// error, as Tera would report it.
fn add_templates(t: &mut tera::Tera, sources: &BTreeMap<String, String>) -> tera::Result<()> {
    use rayon::prelude::*;
    let parsed: Vec<tera::Result<tera::Template>> = sources
        .par_iter()
        .map(|(name, text)| {
            tera::Template::new(name, None, text)
                .map_err(|e| tera::Error::chain(format!("Failed to parse '{name}'"), e))
        })
        .collect();
    for tpl in parsed {
        let tpl = tpl?;
        t.templates.insert(tpl.name.clone(), tpl);
    }
    t.build_inheritance_chains()?;
    t.check_macro_files()
}

/// Gives the templates the `t` function: `{{ t(id="nav-home") }}`, or with placeholders
/// `{{ t(id="day-one", day=3) }}`: the message of the site's catalogue. The result is
/// text like any other value, so it is escaped unless a template says `| safe`.
pub fn use_messages(tera: &mut tera::Tera, words: &std::sync::Arc<crate::messages::Messages>) {
    bake_fixed_messages(tera, words);
    let words = std::sync::Arc::clone(words);
    tera.register_function("t", move |args: &std::collections::HashMap<String, tera::Value>| {
        let id =
            args.get("id").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs id=\"message-id\""))?;
        if args.len() == 1 {
            if let Some(text) = words.fixed(id) {
                return Ok(tera::Value::String(text.to_string()));
            }
        }
        if !words.has(id) {
            return Err(tera::Error::msg(format!(
                "there is no message `{id}` in the catalogue (messages/<language>.ftl)"
            )));
        }
        let owned: Vec<(String, String, Option<f64>)> = args
            .iter()
            .filter(|(k, _)| k.as_str() != "id")
            .map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_string), v.as_f64()))
            .collect();
        let fargs: Vec<(&str, crate::messages::Arg)> = owned
            .iter()
            .map(|(k, s, n)| match n {
                Some(n) => (k.as_str(), crate::messages::Arg::Num(*n)),
                None => (k.as_str(), crate::messages::Arg::Str(s)),
            })
            .collect();
        Ok(tera::Value::String(words.get(id, &fargs)))
    });
}

/// Writes every `{{ t(id="...") }}` of a message without placeholders into the parsed
/// templates as text, once per build: a site of 10,000 pages would otherwise call the
/// function hundreds of thousands of times for the same words. Escaped as `t()` would be
/// (or not, after `| safe`); any other use of `t` stays a call.
fn bake_fixed_messages(tera: &mut tera::Tera, words: &crate::messages::Messages) {
    use tera::ast::{ExprVal, Node};
    fn fixed(node: &Node, words: &crate::messages::Messages) -> Option<String> {
        let Node::VariableBlock(_, expr) = node else { return None };
        let ExprVal::FunctionCall(call) = &expr.val else { return None };
        if call.name != "t" || call.args.len() != 1 || expr.negated {
            return None;
        }
        let ExprVal::String(id) = &call.args.get("id")?.val else { return None };
        let text = words.fixed(id)?;
        match expr.filters.as_slice() {
            [] => Some(escape_html(text)),
            [f] if f.name == "safe" && f.args.is_empty() => Some(text.to_string()),
            _ => None,
        }
    }
    each_node(tera, &mut |node| {
        if let Some(text) = fixed(node, words) {
            *node = Node::Text(text);
        }
    });
}

/// Takes the `lang` filter out of every `{{ }}` of the templates: for a language whose
/// words are all its own (the default one, a complete translation) it would only escape,
/// which the templates do anyway, and a filter call on every output costs about 2% of a
/// build.
pub fn drop_lang_filter(tera: &mut tera::Tera) {
    each_node(tera, &mut |node| {
        if let tera::ast::Node::VariableBlock(_, expr) = node {
            expr.filters.retain(|f| f.name != "lang");
        }
    });
}

/// Calls `visit` on every node of every parsed template, nested ones included.
fn each_node(tera: &mut tera::Tera, visit: &mut dyn FnMut(&mut tera::ast::Node)) {
    use tera::ast::Node;
    fn walk(nodes: &mut [Node], visit: &mut dyn FnMut(&mut Node)) {
        for node in nodes.iter_mut() {
            visit(node);
            match node {
                Node::Block(_, b, _) => walk(&mut b.body, visit),
                Node::Forloop(_, f, _) => {
                    walk(&mut f.body, visit);
                    if let Some(e) = f.empty_body.as_mut() {
                        walk(e, visit);
                    }
                }
                Node::If(i, _) => {
                    for (_, _, body) in i.conditions.iter_mut() {
                        walk(body, visit);
                    }
                    if let Some((_, body)) = i.otherwise.as_mut() {
                        walk(body, visit);
                    }
                }
                Node::FilterSection(_, f, _) => walk(&mut f.body, visit),
                Node::MacroDefinition(_, m, _) => walk(&mut m.body, visit),
                _ => {}
            }
        }
    }
    for template in tera.templates.values_mut() {
        walk(&mut template.ast, visit);
        for block in template.blocks.values_mut() {
            walk(&mut block.body, visit);
        }
        for defs in template.blocks_definitions.values_mut() {
            for (_, block) in defs.iter_mut() {
                walk(&mut block.body, visit);
            }
        }
        for m in template.macros.values_mut() {
            walk(&mut m.body, visit);
        }
    }
}

/// The templates a template names in `{% include %}`, `{% extends %}` and `{% import %}`.
fn template_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("{%") {
        let rest = text[i + 2..].trim_start_matches('-').trim_start();
        for kw in ["include", "extends", "import"] {
            if let Some(after) = rest.strip_prefix(kw) {
                let after = after.trim_start();
                if let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') {
                    if let Some(end) = after[1..].find(q) {
                        out.push(after[1..1 + end].to_string());
                    }
                }
            }
        }
    }
    out
}

/// A circle of templates that include one another (Tera would recurse until the stack
/// overflows), as the names along it, the first repeated at the end.
fn template_cycle(sources: &BTreeMap<String, String>) -> Option<Vec<String>> {
    fn visit(
        name: &str,
        sources: &BTreeMap<String, String>,
        path: &mut Vec<String>,
        done: &mut std::collections::HashSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == name) {
            let mut cycle = path[at..].to_vec();
            cycle.push(name.to_string());
            return Some(cycle);
        }
        if done.contains(name) {
            return None;
        }
        let text = sources.get(name)?;
        path.push(name.to_string());
        for r in template_refs(text) {
            if let Some(c) = visit(&r, sources, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(name.to_string());
        None
    }
    let mut done = std::collections::HashSet::new();
    sources.keys().find_map(|name| visit(name, sources, &mut Vec::new(), &mut done))
}

/// `{{ x.say | lang }}`: the clinic's words, escaped, and on a page of another language
/// marked with the default language where the translation left them untranslated
/// (`<bdi lang="en-GB">`), so a screen reader reads them in that language's voice (WCAG
/// 2.2, 3.1.2 Language of Parts) and a right-to-left page lays them out in their own
/// direction (`<bdi>` isolates its text and takes the direction of its first letter).
/// In the default language it only escapes.
pub struct LangFilter {
    texts: std::collections::HashSet<String>,
    /// ` lang="en-GB"`, for the words in `texts`.
    attrs: String,
}

impl LangFilter {
    pub fn new(site: &Site) -> LangFilter {
        let attrs = site.lang.fallback().map(Language::lang_attr).unwrap_or_default();
        let texts = if attrs.is_empty() { Default::default() } else { site.fallback_texts.clone() };
        LangFilter { texts, attrs }
    }
}

impl tera::Filter for LangFilter {
    fn filter(
        &self,
        value: &tera::Value,
        _: &std::collections::HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let text = match value {
            tera::Value::String(s) => s.as_str(),
            tera::Value::Null => "",
            other => return Ok(tera::Value::String(escape_html(&other.to_string()))),
        };
        Ok(tera::Value::String(if self.texts.contains(text) {
            format!("<bdi{}>{}</bdi>", self.attrs, escape_html(text))
        } else {
            escape_html(text)
        }))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// For text written into an attribute (a picture's `alt`), where `lang` cannot wrap it:
/// ` lang="en-GB"`, to put on the element, when a translation left the text in the default
/// language; nothing otherwise (`<img alt="{{ a }}"{{ a | lang_attr }}>`).
pub struct LangAttr(pub LangFilter);

impl tera::Filter for LangAttr {
    fn filter(
        &self,
        value: &tera::Value,
        _: &std::collections::HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let fallback = value.as_str().is_some_and(|s| self.0.texts.contains(s));
        Ok(tera::Value::String(if fallback { self.0.attrs.clone() } else { String::new() }))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Escapes the five characters that matter in HTML text and quoted attributes. Tera's
/// default also escapes `/`, which only bloats every link (`..&#x2F;days&#x2F;3.html`).
pub fn escape_html(input: &str) -> String {
    // Most values (paths, names, numbers) have nothing to escape: find the first byte
    // that needs it with a table, and copy the whole string when there is none. Tera
    // calls this for every `{{ value }}` of every page.
    let bytes = input.as_bytes();
    let Some(first) = bytes.iter().position(|&b| ESCAPED[b as usize]) else {
        return input.to_owned();
    };
    let mut out = String::with_capacity(input.len() + 16);
    out.push_str(&input[..first]);
    let mut last = first;
    // Copying the runs between the five ASCII characters is much cheaper than pushing
    // char by char.
    for (i, &b) in bytes.iter().enumerate().skip(first) {
        if !ESCAPED[b as usize] {
            continue;
        }
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        out.push_str(&input[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&input[last..]);
    out
}

/// The bytes [`escape_html`] replaces: `&`, `<`, `>`, `"` and `'`.
static ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

/// Tera wraps the useful message several levels deep; show the whole chain on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// Set by the command line when a person is watching (standard error is a terminal and
/// `--quiet` is off): large builds then call it with (pages done, pages in all) every
/// 150 ms, and with `None` when rendering is over. The library itself never prints.
pub static PROGRESS: std::sync::OnceLock<ProgressHook> = std::sync::OnceLock::new();

/// Called with (pages done, pages in all), then `None` at the end.
pub type ProgressHook = fn(Option<(usize, usize)>);
const PROGRESS_MIN_PAGES: usize = 500;

/// Reports the pages rendered so far to `show`, until `finished`.
fn progress_line(show: ProgressHook, done: &AtomicUsize, total: usize, finished: &AtomicBool) {
    while !finished.load(Ordering::Relaxed) {
        std::thread::sleep(std::time::Duration::from_millis(150));
        show(Some((done.load(Ordering::Relaxed), total)));
    }
    show(None);
}

/// Renders every page in memory, in parallel: `(output path, HTML)` in page order.
/// Nothing touches the disk, so a template error costs nothing.
pub fn render_pages(
    tera: &tera::Tera,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
) -> Result<Vec<(String, String)>, Diagnostics> {
    render_only(tera, site, schedules, base_url, &pages::all(site))
}

/// Renders every page, in parallel, as a build would, and keeps the HTML only of those
/// whose path `keep` accepts: `(output path, HTML if kept)` in page order. What `check`
/// needs: every template runs, and the pages it reads stay, without holding a big site.
///
/// Each article page also hands its article, as read in the parse that rendered the page,
/// to `on_article`, whose answer comes with the page: `check` grades and scans an article
/// without reading or parsing it again.
pub fn render_keeping<A: Send>(
    tera: &tera::Tera,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
    keep: impl Fn(&str) -> bool + Sync,
    on_article: impl Fn(pages::ArticleProse) -> A + Sync,
) -> Result<Vec<KeptPage<A>>, Diagnostics> {
    let pass = Pass { sink_file: Path::new("."), read_articles: true };
    render_each(tera, site, schedules, base_url, &pages::all(site), pass, |path, html, prose| {
        let html = keep(&path).then(|| owned(html));
        Ok((path, html, prose.map(&on_article)))
    })
}

/// A page `render_keeping` rendered: its output path, its HTML if kept, and what was made
/// of its article (article pages).
pub type KeptPage<A> = (String, Option<String>, Option<A>);

/// What differs between the passes over the pages: where a sink's errors are reported, and
/// whether article pages also read their article's words (`check`).
struct Pass<'a> {
    sink_file: &'a Path,
    read_articles: bool,
}

/// Renders only the pages in `list`: the preview server's partial rebuilds.
pub fn render_only(
    tera: &tera::Tera,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
    list: &[Page],
) -> Result<Vec<(String, String)>, Diagnostics> {
    let pass = Pass { sink_file: Path::new("."), read_articles: false };
    render_each(tera, site, schedules, base_url, list, pass, |path, html, _| Ok((path, owned(html))))
}

/// A rendered page as text. Tera writes UTF-8 only, so the lossy path is never taken.
fn owned(html: &[u8]) -> String {
    String::from_utf8_lossy(html).into_owned()
}

const TEMPLATE_HELP: &str = "check the variable names against the template variables listed by `aftercare formats`";

/// Renders `list` in parallel and hands each page to `sink` as soon as it is ready, so a
/// build can write pages while others render instead of holding the site in memory.
/// Template errors are reported against `templates/`, sink errors against `pass.sink_file`.
fn render_each<T: Send>(
    tera: &tera::Tera,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
    list: &[Page],
    pass: Pass,
    sink: impl Fn(String, &[u8], Option<pages::ArticleProse>) -> Result<T, String> + Sync,
) -> Result<Vec<T>, Diagnostics> {
    enum Failure {
        Template(String),
        Sink(String),
        /// An article's body: broken links, unsafe HTML (at their place in its file).
        Content(Diagnostics),
    }
    let shared = pages::Shared::new(site, schedules, base_url);
    let prefix = site.lang.prefix();
    let chrome = pages::ChromeCache::render(tera, &shared, list).map_err(|msg| {
        let mut d = Diagnostics::new();
        d.error(Path::new("templates"), Pos::file(), msg, Some(TEMPLATE_HELP.into()));
        d
    })?;
    let done = AtomicUsize::new(0);
    let show_progress = PROGRESS.get().copied().filter(|_| list.len() >= PROGRESS_MIN_PAGES);
    let finished = AtomicBool::new(false);
    let results: Vec<Result<T, Failure>> = std::thread::scope(|scope| {
        if let Some(show) = show_progress {
            let (done, finished, total) = (&done, &finished, list.len());
            scope.spawn(move || progress_line(show, done, total, finished));
        }
        let out = list
            .par_iter()
            .map_init(
                // Each thread renders into one buffer, reused page after page: no growing a
                // fresh string for every page, and no UTF-8 check of what Tera wrote.
                || {
                    let mut vars = pages::Vars::new(&shared);
                    vars.read_articles = pass.read_articles;
                    (vars, Vec::with_capacity(64 * 1024))
                },
                |(vars, buf), page| {
                    let path = page.path(site);
                    let template = pages::fill(&shared, &chrome, page, &path, vars);
                    if let Some(d) = vars.problems.take() {
                        return Err(Failure::Content(d));
                    }
                    // Pages of another language go in its folder (`es/days/5.html`).
                    let path = if prefix.is_empty() { path } else { format!("{prefix}{path}") };
                    buf.clear();
                    tera.render_to(template, vars.context(), &mut *buf).map_err(|e| {
                        Failure::Template(format!("rendering {path} with templates/{template}: {}", error_chain(&e)))
                    })?;
                    done.fetch_add(1, Ordering::Relaxed);
                    sink(path, buf, vars.article_prose.take()).map_err(Failure::Sink)
                },
            )
            .collect();
        finished.store(true, Ordering::Relaxed);
        out
    });
    let mut diags = Diagnostics::new();
    let mut out = Vec::with_capacity(results.len());
    // A full disk fails every write the same way: one message, with the count.
    let (mut first_sink, mut sinks) = (None, 0usize);
    for r in results {
        match r {
            Ok(t) => out.push(t),
            Err(Failure::Template(msg)) => {
                diags.error(Path::new("templates"), Pos::file(), msg, Some(TEMPLATE_HELP.into()))
            }
            Err(Failure::Content(d)) => diags.extend(d),
            Err(Failure::Sink(msg)) => {
                sinks += 1;
                first_sink.get_or_insert(msg);
            }
        }
    }
    if let Some(msg) = first_sink {
        let more =
            if sinks > 1 { format!(" (and {} more pages could not be written)", sinks - 1) } else { String::new() };
        diags.error(pass.sink_file, Pos::file(), format!("{msg}{more}"), None);
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(out)
    }
}

/// What every output of a build gets: the checked site, its schedules, and the pages
/// that were written.
pub struct RenderContext<'a> {
    pub root: &'a Path,
    pub site: &'a Site,
    pub schedules: &'a [Schedule<'a>],
    pub base_url: Option<&'a str>,
    /// The output path of every page, in page order.
    pub page_paths: &'a [&'a str],
}

/// An output of the build beside the HTML pages: the seam where another one plugs in
/// (a PDF of the handouts, say) without touching the rest. It returns its files; the
/// build writes them into the same staging folder as the pages, so they are swapped in
/// together, all at once or not at all.
pub trait Renderer: Sync {
    fn render(&self, cx: &RenderContext) -> Result<Vec<(String, Vec<u8>)>, Diagnostics>;
}

/// `recommendations.json`: the guides, protocol and schedules for other software.
struct JsonExport;

impl Renderer for JsonExport {
    fn render(&self, cx: &RenderContext) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        let path = format!("{}{}", cx.site.lang.prefix(), urls::JSON_EXPORT);
        Ok(vec![(path, to_json(&export::recommendations(cx.site, cx.schedules)))])
    }
}

/// `sitemap.xml`, only when the site's address is known: one for every language, made
/// with the default one (each language has the same pages, in its own folder).
struct Sitemap;

impl Renderer for Sitemap {
    fn render(&self, cx: &RenderContext) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        let Some(base) = cx.base_url.filter(|_| cx.site.lang.is_default()) else { return Ok(Vec::new()) };
        let mut paths: Vec<&str> = cx.page_paths.iter().copied().filter(|p| *p != urls::NOT_FOUND).collect();
        paths.sort_unstable();
        Ok(vec![(urls::SITEMAP.into(), sitemap(base, &paths, &cx.site.lang.all).into_bytes())])
    }
}

/// The theme's files under `assets/`.
struct Theme;

impl Renderer for Theme {
    fn render(&self, cx: &RenderContext) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        // One copy, shared by every language.
        if cx.site.lang.is_default() {
            theme_files(cx.root)
        } else {
            Ok(Vec::new())
        }
    }
}

/// The clinic's pictures (healing stages, how-to steps, the logo), copied from `content/images/`
/// to `images/`, and the pictures articles show (beside them in `content/articles/`, or in
/// `content/images/`): only those the content uses, once for every language. A
/// translation's own articles may show pictures of their own; the same picture from two
/// languages is written once (see [`push_new`]).
struct Images;

impl Renderer for Images {
    fn render(&self, cx: &RenderContext) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        let default = cx.site.lang.is_default();
        let mut names: Vec<String> = Vec::new();
        if default {
            let listed = cx.site.treatments.iter().flat_map(used_images);
            names.extend(listed.map(|n| format!("{}/{n}", crate::model::IMAGES_DIR)));
        }
        for a in cx.site.articles.iter().filter(|a| default || !a.fallback) {
            if let Ok(images) = a.images.lock() {
                names.extend(images.iter().cloned());
            }
        }
        if default {
            // The clinic's logo, when it is one of the pictures (a theme/ logo goes with the theme).
            let logo = cx.site.config.clinic.logo.as_deref();
            names.extend(logo.filter(|l| l.starts_with(crate::model::IMAGES_DIR)).map(str::to_string));
        }
        names.sort_unstable();
        names.dedup();
        let mut files = Vec::with_capacity(names.len());
        let mut diags = Diagnostics::new();
        for name in names {
            let from = cx.root.join(&name);
            match std::fs::read(&from) {
                Ok(bytes) => files.push((crate::markdown::image_out(&name).to_string(), bytes)),
                Err(e) => diags.error(Path::new(&name), Pos::file(), format!("cannot read this picture: {e}"), None),
            }
        }
        if diags.has_errors() {
            Err(diags)
        } else {
            Ok(files)
        }
    }
}

/// Adds the files of `new` whose path is not in `files` yet (`seen` holds those paths):
/// a picture two languages show is written once.
fn push_new(
    files: &mut Vec<(String, Vec<u8>)>,
    seen: &mut std::collections::HashSet<String>,
    new: Vec<(String, Vec<u8>)>,
) {
    for (path, bytes) in new {
        if seen.insert(path.clone()) {
            files.push((path, bytes));
        }
    }
}

/// The names (in `content/images/`) of the pictures a treatment's pages show.
fn used_images(t: &crate::model::Treatment) -> impl Iterator<Item = &str> {
    let stages = t.timeline.stages.iter().filter_map(|s| s.image.as_ref());
    let phases =
        t.protocol.rules.iter().flat_map(|r| r.phases.iter().chain(&r.after_final)).filter_map(|p| p.image.as_ref());
    let routine = t.protocol.routine.iter().filter_map(|r| r.image.as_ref());
    stages.chain(phases).chain(routine).map(|i| i.src.as_str())
}

/// Every output beside the pages, in the order they are written.
const RENDERERS: [&dyn Renderer; 4] = [&JsonExport, &Sitemap, &Theme, &Images];

/// The files beside the pages, from every [`Renderer`].
pub fn render_others(
    root: &Path,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
    page_paths: &[&str],
) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
    let cx = RenderContext { root, site, schedules, base_url, page_paths };
    let mut files = Vec::new();
    for r in RENDERERS {
        files.extend(r.render(&cx)?);
    }
    Ok(files)
}

/// `--base-url`, else `base_url` from site.yaml, with a trailing slash; `None` if unset.
pub fn effective_base_url(site: &Site, flag: Option<&str>) -> Option<String> {
    let url = flag.map(str::to_string).or_else(|| site.config.base_url.clone()).filter(|u| !u.is_empty())?;
    Some(if url.ends_with('/') { url } else { format!("{url}/") })
}

/// The whole site in memory: every output file as (path, bytes), pages first.
pub struct Rendered {
    pub files: Vec<(String, Vec<u8>)>,
    pub pages: usize,
}

/// Renders the whole site (pages, export, sitemap, theme) without touching the output.
pub fn render_site(
    root: &Path,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
) -> Result<Rendered, Diagnostics> {
    render_site_with(&load_templates(root)?, root, site, schedules, base_url)
}

/// [`render_site`] with templates that are already parsed.
pub fn render_site_with(
    tera: &tera::Tera,
    root: &Path,
    site: &Site,
    schedules: &[Schedule],
    base_url: Option<&str>,
) -> Result<Rendered, Diagnostics> {
    let pages = render_pages(tera, site, schedules, base_url)?;
    let page_count = pages.len();
    let paths: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
    let extra = render_others(root, site, schedules, base_url, &paths)?;
    let mut files: Vec<(String, Vec<u8>)> = pages.into_iter().map(|(p, html)| (p, html.into_bytes())).collect();
    files.extend(extra);
    Ok(Rendered { files, pages: page_count })
}

/// Every language of the site in memory, one after the other: the preview server's build.
pub fn render_editions(root: &Path, editions: &[Edition], base_url: Option<&str>) -> Result<Rendered, Diagnostics> {
    let mut all = Rendered { files: Vec::new(), pages: 0 };
    let mut seen = std::collections::HashSet::new();
    for e in editions {
        let r = render_site_with(e.tera, root, e.site, e.schedules, base_url)?;
        all.pages += r.pages;
        push_new(&mut all.files, &mut seen, r.files);
    }
    if let Some(main) = editions.first().map(|e| e.site).filter(|s| s.config.offline) {
        let extra = offline_files(main, Vec::new(), &all.files);
        all.files.extend(extra);
    }
    Ok(all)
}

/// The manifest, the service worker and its registering script (`offline: true`), for a
/// site of `pages` (path, hash of the bytes) and `others` (every other file, with its bytes).
fn offline_files(main: &Site, mut pages: Vec<(String, u64)>, others: &[(String, Vec<u8>)]) -> Vec<(String, Vec<u8>)> {
    pages.extend(others.iter().map(|(p, bytes)| (p.clone(), offline::hash(bytes))));
    offline::files(main, &pages, logo_bytes(main, others.iter().map(|(p, b)| (p.as_str(), b.as_slice()))))
}

/// The offline files again, from every other file of a site already in memory (path and
/// bytes; any offline file among them is left out): the preview server calls it after it
/// re-rendered some pages, so the worker's version changes with them, exactly as a full
/// build of the same files would make it.
pub fn offline_refresh<'f>(main: &Site, files: impl Iterator<Item = (&'f str, &'f [u8])>) -> Vec<(String, Vec<u8>)> {
    let own = [offline::MANIFEST, offline::REGISTER, offline::WORKER];
    let files: Vec<(&str, &[u8])> = files.filter(|(p, _)| !own.contains(p)).collect();
    let list: Vec<(String, u64)> = files.iter().map(|(p, b)| (p.to_string(), offline::hash(b))).collect();
    offline::files(main, &list, logo_bytes(main, files.iter().copied()))
}

/// The bytes of the clinic's logo among a build's files, if it has one.
fn logo_bytes<'f>(main: &Site, mut files: impl Iterator<Item = (&'f str, &'f [u8])>) -> Option<&'f [u8]> {
    let url = main.config.clinic.logo_url.as_deref()?;
    files.find(|(p, _)| *p == url).map(|(_, b)| b)
}

/// One language of the site, ready to render: its model, schedules and templates (whose
/// fixed words are baked in that language).
pub struct Edition<'a> {
    pub tera: &'a tera::Tera,
    pub site: &'a Site,
    pub schedules: &'a [Schedule<'a>],
}

/// Renders every language of the site into a staging folder and swaps it into place:
/// all of it or, on any failure, nothing.
pub fn build(root: &Path, editions: &[Edition], opts: &Options) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    let main = editions.first().expect("a site has its default language").site;
    let base_url = effective_base_url(main, opts.base_url.as_deref());
    let io_err = |e: std::io::Error, what: &str| {
        let mut d = Diagnostics::new();
        d.error(&opts.out, Pos::file(), format!("{what}: {e}"), None);
        d
    };
    let staging = output::prepare(&opts.out, root, &main.config.keep).map_err(|msg| {
        let mut d = Diagnostics::new();
        d.error(&opts.out, Pos::file(), msg, None);
        d
    })?;
    let mut pages = Vec::new();
    let mut files = Vec::new();
    // Each page's hash, for the service worker's version (`offline: true` only: it costs a
    // pass over every page).
    let offline = main.config.offline;
    let mut page_hashes = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for e in editions {
        // Each page is written as soon as it is rendered: the whole site is never held in
        // memory, and writing overlaps rendering. A failure abandons the staging folder,
        // so the output is still replaced all at once or not at all.
        let list = pages::all(e.site);
        let pass = Pass { sink_file: &opts.out, read_articles: false };
        let written = render_each(e.tera, e.site, e.schedules, base_url.as_deref(), &list, pass, |path, html, _| {
            let h = if offline { offline::hash(html) } else { 0 };
            staging.write(&path, html).map(|()| (path.clone(), h)).map_err(|e| format!("cannot write {path}: {e}"))
        });
        let paths = match written {
            Ok(p) => p,
            Err(d) => {
                staging.abandon();
                return Err(d);
            }
        };
        let path_refs: Vec<&str> = paths.iter().map(|(p, _)| p.as_str()).collect();
        match render_others(root, e.site, e.schedules, base_url.as_deref(), &path_refs) {
            Ok(f) => push_new(&mut files, &mut seen, f),
            Err(d) => {
                staging.abandon();
                return Err(d);
            }
        }
        pages.extend(paths.iter().map(|(p, _)| p.clone()));
        page_hashes.extend(paths);
    }
    if offline {
        files.extend(offline_files(main, page_hashes, &files));
    }
    let rendered_at = start.elapsed().as_millis();
    if let Err(e) = files.iter().try_for_each(|(path, bytes)| staging.write(path, bytes)) {
        staging.abandon();
        return Err(io_err(e, "cannot write the site"));
    }
    let mut written = pages.clone();
    written.extend(files.iter().map(|(p, _)| p.clone()));
    let notes = staging.commit(&written).map_err(|e| io_err(e, "cannot move the new site into place"))?;
    let done = start.elapsed().as_millis();
    Ok(Report {
        notes,
        pages: pages.len(),
        files: pages.len() + files.len(),
        elapsed_ms: done,
        stages: vec![("render+write", rendered_at), ("rest", done - rendered_at)],
    })
}

/// The built-in theme files, then the site's own `theme/` files over them, under `assets/`.
/// A link inside `theme/` is followed when it stays inside the site folder; one that
/// leads out is an error (it would publish whatever it points to).
fn theme_files(root: &Path) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
    let theme = root.join("theme");
    let mut own: Vec<(String, Vec<u8>)> = Vec::new();
    let mut diags = Diagnostics::new();
    if theme.is_dir() {
        if let Some((message, help)) = fs_link(&theme).then(|| crate::content::outside_site(root, &theme)).flatten() {
            diags.error(Path::new("theme"), Pos::file(), message.replace("a file", "a folder"), Some(help));
            return Err(diags);
        }
        for entry in walkdir::WalkDir::new(&theme).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.error(Path::new("theme"), Pos::file(), format!("cannot read the theme: {e}"), None);
                    continue;
                }
            };
            let rel = entry.path().strip_prefix(&theme).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
            let shown = Path::new("theme").join(&rel);
            if !readable_site_file(root, &entry, &shown, &mut diags) {
                continue;
            }
            match std::fs::read(entry.path()) {
                Ok(bytes) => own.push((format!("{}/{rel}", urls::ASSETS), bytes)),
                Err(e) => diags.error(&shown, Pos::file(), format!("cannot read this theme file: {e}"), None),
            }
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let mut files: Vec<(String, Vec<u8>)> = crate::embedded::under("theme/")
        .map(|(rel, bytes)| (format!("{}/{rel}", urls::ASSETS), bytes.to_vec()))
        .filter(|(path, _)| !own.iter().any(|(p, _)| p == path))
        .collect();
    files.extend(own);
    for (path, bytes) in &mut files {
        if path.ends_with(".css") {
            *bytes = minify_css(bytes);
        } else if path.ends_with(".js") {
            if let Some(small) = std::str::from_utf8(bytes).ok().and_then(strip_js_comment_lines) {
                *bytes = small.into_bytes();
            }
        }
    }
    Ok(files)
}

/// A site's extra stylesheet in `theme/`, linked after the built-in ones when present.
pub const EXTRA_CSS: &str = "extra.css";

/// The named stylesheets as the build publishes them (the site's own or the built-in one,
/// minified), one after the other: for the pages that carry their styles inline (the 404
/// page, the dated handout). The one reader of the theme is [`theme_files`].
pub(crate) fn inline_css(root: &Path, names: &[&str]) -> Result<String, Diagnostics> {
    let files = theme_files(root)?;
    let css = names
        .iter()
        .filter_map(|name| files.iter().find(|(p, _)| p.strip_prefix(urls::ASSETS) == Some(&format!("/{name}"))))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes))
        .collect::<Vec<_>>()
        .join("\n");
    Ok(css)
}

/// A script without its comment lines, blank lines and indentation (the comments are for
/// whoever edits the theme; the patient's phone should not download them). Only whole lines
/// go, so no code is touched; a script with a template literal or a line continuation,
/// where a line's indentation can be part of a string, is left as it is (`None`).
pub fn strip_js_comment_lines(js: &str) -> Option<String> {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let mut t = line.trim();
        if in_block {
            match t.find("*/") {
                Some(end) => {
                    in_block = false;
                    t = t[end + 2..].trim();
                }
                None => continue,
            }
        } else if let Some(rest) = t.strip_prefix("/*") {
            match rest.find("*/") {
                Some(end) => t = rest[end + 2..].trim(),
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        if t.contains('`') || t.ends_with('\\') {
            return None;
        }
        out.push_str(t);
        out.push('\n');
    }
    Some(out)
}

/// The stylesheet without its comments and layout whitespace: every page loads it, and a
/// patient's page must stay small on a slow phone connection. Only what cannot change the
/// meaning goes: comments, runs of whitespace (kept as one space, since a space between two
/// selectors is a combinator), whitespace beside `{`, `}`, `;` and `>` and after `:` and
/// `,` (never before `:`: `a :hover` is not `a:hover`), and the `;` before a `}`. Quoted
/// strings are copied as they are.
pub fn minify_css(css: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(css.len());
    let mut i = 0;
    let mut space = false;
    while i < css.len() {
        let c = css[i];
        if c == b'/' && css.get(i + 1) == Some(&b'*') {
            i = css[i + 2..].windows(2).position(|w| w == b"*/").map_or(css.len(), |e| i + 2 + e + 2);
            space = true;
            continue;
        }
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let tight = |b: u8| matches!(b, b'{' | b'}' | b';' | b'>');
        let tight_after = |b: u8| tight(b) || matches!(b, b':' | b',');
        if space && !out.is_empty() && !tight(c) && !out.last().copied().is_some_and(tight_after) {
            out.push(b' ');
        }
        space = false;
        if c == b'}' && out.last() == Some(&b';') {
            out.pop();
        }
        if c == b'"' || c == b'\'' {
            // A string runs to its closing quote; a backslash escapes the next byte.
            let start = i;
            i += 1;
            while i < css.len() && css[i] != c {
                i += if css[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(css.len());
            out.extend_from_slice(&css[start..i]);
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn fs_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn to_json<T: Serialize>(v: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(v).expect("the export is plain data");
    out.push(b'\n');
    out
}

/// The sitemap: every page of every language, each with links to its other languages.
fn sitemap(base: &str, paths: &[&str], langs: &[crate::model::Language]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    );
    if langs.len() > 1 {
        s.push_str(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    s.push_str(">\n");
    let loc = |prefix: &str, p: &str| {
        let page = if p == urls::HOME { "" } else { p };
        xml_escape(&format!("{base}{prefix}{page}"))
    };
    let own = crate::model::Language { code: String::new(), name: String::new(), prefix: String::new(), dir: "ltr" };
    let each = if langs.is_empty() { std::slice::from_ref(&own) } else { langs };
    for l in each {
        for p in paths {
            s.push_str("  <url><loc>");
            s.push_str(&loc(&l.prefix, p));
            s.push_str("</loc>");
            if langs.len() > 1 {
                for other in langs {
                    s.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        xml_escape(&other.code),
                        loc(&other.prefix, p)
                    ));
                }
            }
            s.push_str("</url>\n");
        }
    }
    s.push_str("</urlset>\n");
    s
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tera_patch_tests {
    /// Tera is patched to skip unescaping JSON pointer segments without a `~`
    /// (vendor/tera/PATCHED.md): names that need it must still be found.
    #[test]
    fn keys_with_slashes_and_tildes_are_still_found() {
        let mut ctx = tera::Context::new();
        ctx.insert("a", &serde_json::json!({"x/y": 1, "p~q": 2, "plain": {"deep": 3}}));
        ctx.insert("list", &serde_json::json!([{"url": "u"}]));
        let out = tera::Tera::one_off(
            r#"{{ a["x/y"] }} {{ a["p~q"] }} {{ a.plain.deep }} {% for l in list %}{{ l.url }}{% endfor %}"#,
            &ctx,
            false,
        )
        .unwrap();
        assert_eq!(out, "1 2 3 u");
    }
}

#[cfg(test)]
mod escape_tests {
    use super::escape_html;

    #[test]
    fn escapes_the_five_and_keeps_the_rest() {
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("plain ü ✓"), "plain ü ✓");
        assert_eq!(
            escape_html("<a href=\"x\">Tom & Jo's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jo&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape_html("&&"), "&amp;&amp;");
        assert_eq!(escape_html("../days/3.html"), "../days/3.html");
    }
}

#[cfg(test)]
mod css_tests {
    use super::{minify_css, strip_js_comment_lines};

    #[test]
    fn scripts_lose_comment_lines_and_keep_every_line_of_code() {
        let js = "/* about\n   this */\n(function () {\n  // why\n  var a = \"// not a comment\"; // kept\n\n  /* one */ var b = 1;\n})();\n";
        assert_eq!(
            strip_js_comment_lines(js).unwrap(),
            "(function () {\nvar a = \"// not a comment\"; // kept\nvar b = 1;\n})();\n"
        );
        assert_eq!(strip_js_comment_lines("var s = `a\n  b`;\n"), None);
        for f in ["schedule.js", "today.js"] {
            let src = std::fs::read_to_string(format!("{}/theme/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let small = strip_js_comment_lines(&src).expect(f);
            assert!(small.len() < src.len() * 90 / 100, "{f}: {} of {}", small.len(), src.len());
            // Every line of code is still there, in order.
            let code: Vec<&str> = small.lines().collect();
            let mut it = src.lines().map(str::trim);
            for line in &code {
                assert!(it.any(|l| l.ends_with(line)), "{f}: {line}");
            }
        }
    }

    fn min(s: &str) -> String {
        String::from_utf8(minify_css(s.as_bytes())).unwrap()
    }

    #[test]
    fn comments_and_layout_go_and_meaning_stays() {
        assert_eq!(min("/* a */\na  b {\n  color: red;  /* c */\n}\n"), "a b{color:red}");
        // The space between selectors is a combinator: it stays, as one space; one before
        // a colon too (`a :hover` is any hovered element inside an `a`).
        assert_eq!(min(".a   .b:hover,\n.c\t> .d { x: y }"), ".a .b:hover,.c>.d{x:y}");
        assert_eq!(min("a :hover{b: 1px , 2px;c:d ; }"), "a :hover{b:1px ,2px;c:d}");
        // Strings keep their spaces, their comment-like text and their escaped quotes.
        assert_eq!(min("p{content:\"a  /* b */ \\\"c\\\"  d\"}"), "p{content:\"a  /* b */ \\\"c\\\"  d\"}");
        assert_eq!(min("u{background:url('x  y.svg')}"), "u{background:url('x  y.svg')}");
        // An unclosed comment or string ends the file without a panic.
        assert_eq!(min("a{b:c} /* open"), "a{b:c}");
        assert_eq!(min("a{content:\"open"), "a{content:\"open");
    }

    #[test]
    fn the_shipped_stylesheet_keeps_every_rule() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/theme/style.css")).unwrap();
        let small = min(&css);
        assert!(small.len() < css.len() * 85 / 100, "{} of {} bytes", small.len(), css.len());
        let count = |s: &str, c: char| s.chars().filter(|&x| x == c).count();
        let without_comments = {
            let mut s = css.clone();
            while let Some(a) = s.find("/*") {
                let e = s[a..].find("*/").map_or(s.len(), |e| a + e + 2);
                s.replace_range(a..e, " ");
            }
            s
        };
        for c in ['{', '}', ':', '"', '\''] {
            assert_eq!(count(&small, c), count(&without_comments, c), "{c}");
        }
        // Every `;` but those that end a block.
        let dense: String = without_comments.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(count(&small, ';'), count(&dense, ';') - dense.matches(";}").count());
    }
}
