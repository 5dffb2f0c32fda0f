//! Markdown to HTML, with the site's internal link form (`@/day/5`) turned into relative
//! links for the page being written.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

use crate::model::Site;
use crate::urls;

/// How every Markdown text of a site is read: for its page, its reading grade and its words.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `text` for a page whose root prefix is `root` (`""` or `"../"`).
/// Headings are shifted down one level (`#` becomes `h2`) because the page title is the
/// only `h1`. Links that do not resolve are left as they are; `check` reports them.
/// `treatment` is the treatment the text belongs to (its summaries, protocol, guides):
/// `@/day/5` then means that treatment's day 5. Shared text (articles) passes `None`.
pub fn to_html(site: &Site, treatment: Option<usize>, text: &str, root: &str) -> String {
    render(site, treatment, text, root).html
}

/// As [`to_html`], for the page at `here` (a path from the output root): a link to that very
/// page (no fragment) keeps its words but is not a link, since following it goes nowhere.
pub fn to_html_on(site: &Site, treatment: Option<usize>, text: &str, root: &str, here: &str) -> String {
    render_on(site, treatment, text, root, Some(here), None, None).html
}

/// HTML and the links found on the way, from one pass of the parser: articles are
/// checked and rendered together, so their Markdown is parsed only once per build.
pub struct Rendered {
    pub html: String,
    /// Internal links (`@/...`) that lead nowhere, images without alt text, pictures from
    /// other hosts or from outside the content folders.
    pub problems: Vec<LinkRef>,
    /// The site's own pictures the text shows (only for text in a folder, see [`render_in`]):
    pub images: Vec<ImageRef>,
}

pub fn render(site: &Site, treatment: Option<usize>, text: &str, root: &str) -> Rendered {
    render_on(site, treatment, text, root, None, None, None)
}

/// As [`render`], for text read from a file in folder `dir` (relative to the site folder,
/// `content/articles`): a picture's address is a path from that folder, as in any Markdown
/// editor's preview (`wash.jpg` beside the article, `../images/wash.jpg` in
/// `content/images/`), and becomes the address of its published copy from the page.
pub fn render_in(site: &Site, treatment: Option<usize>, text: &str, root: &str, dir: &str) -> Rendered {
    render_on(site, treatment, text, root, None, Some(dir), None)
}

/// An article's `body` for a page whose root prefix is `root`: its pictures are found from
/// the article's folder.
pub fn render_article(site: &Site, a: &crate::model::Article, body: &str, root: &str) -> Rendered {
    render_article_tapped(site, a, body, root, None)
}

/// Sees each event of a parse as the parser gave it, before the page's changes: `check`
/// reads an article's words in the parse that renders its page.
pub type Tap<'t> = &'t mut dyn FnMut(&Event, std::ops::Range<usize>);

/// As [`render_article`], showing each event to `tap` too.
pub fn render_article_tapped(
    site: &Site,
    a: &crate::model::Article,
    body: &str,
    root: &str,
    tap: Option<Tap>,
) -> Rendered {
    let dir = a.source.parent().map(|d| d.to_string_lossy().replace('\\', "/")).unwrap_or_default();
    render_on(site, None, body, root, None, Some(&dir), tap)
}

/// The folders whose pictures Markdown may show, relative to the site folder. Each is
/// published under its name without `content/` (`images/`, `articles/`).
pub const IMAGE_DIRS: [&str; 2] = [crate::model::IMAGES_DIR, crate::model::ARTICLES_DIR];

/// Where a picture's published copy is, from the output root: `content/images/a.png` is
/// `images/a.png`.
pub fn image_out(file: &str) -> &str {
    file.strip_prefix("content/").unwrap_or(file)
}

/// What a picture's address in the text in folder `dir` means.
#[derive(Debug, PartialEq, Eq)]
enum ImageSrc {
    /// A file of the site, relative to the site folder.
    Local(String),
    /// An address on another host (`https://...`, `//host/...`): the page would make a
    /// request to a third party.
    External,
    /// An absolute path, a `..` that leaves the content folders, a backslash.
    Outside,
    /// An address to leave as it is (`data:` pictures, an empty one).
    Keep,
}

fn image_src(dir: &str, dest: &str) -> ImageSrc {
    if dest.is_empty() || dest.starts_with('#') {
        return ImageSrc::Keep;
    }
    if dest.starts_with("//") {
        return ImageSrc::External;
    }
    // A scheme: letters (and `+-.`) before the first `:`, with no `/` before it.
    if let Some(colon) = dest.find(':') {
        let scheme = &dest[..colon];
        if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
            return if scheme.eq_ignore_ascii_case("data") { ImageSrc::Keep } else { ImageSrc::External };
        }
    }
    if dest.starts_with('/') || dest.contains('\\') {
        return ImageSrc::Outside;
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in dest.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return ImageSrc::Outside;
                }
            }
            p => parts.push(p),
        }
    }
    let file = parts.join("/");
    let inside = IMAGE_DIRS.iter().any(|d| file.strip_prefix(d).is_some_and(|rest| rest.starts_with('/')));
    if inside {
        ImageSrc::Local(file)
    } else {
        ImageSrc::Outside
    }
}

fn render_on(
    site: &Site,
    treatment: Option<usize>,
    text: &str,
    root: &str,
    here: Option<&str>,
    dir: Option<&str>,
    mut tap: Option<Tap>,
) -> Rendered {
    // Pictures are published once for every language, at the output root: from a page
    // under `es/`, one more folder up.
    let image_root = format!("{}{root}", "../".repeat(site.lang.prefix().matches('/').count()));
    let mut images = Vec::new();
    // Inside a link to the page itself: its end tag is dropped with its start (links do not nest).
    let mut unlinked = false;
    let strip = site.config.raw_html == crate::model::RawHtml::Strip;
    let mut problems = Vec::new();
    let mut open_image: Option<(usize, String, String)> = None;
    let events = Parser::new_ext(text, options()).into_offset_iter().filter_map(|(ev, range)| {
        if let Some(tap) = tap.as_mut() {
            tap(&ev, range.clone());
        }
        if let Some((_, _, alt)) = open_image.as_mut() {
            if let Event::Text(t) = &ev {
                alt.push_str(t);
            }
        }
        Some(match ev {
            // `strip` removes the tags but keeps the text between them for the patient.
            Event::Html(h) | Event::InlineHtml(h) if strip => {
                if runs_code(&h) {
                    problems.push(LinkRef { offset: range.start, dest: first_line(&h), kind: Problem::HtmlRunsCode });
                    return None;
                }
                let text = strip_tags(&h);
                if text.is_empty() {
                    return None;
                }
                Event::Text(CowStr::from(text))
            }
            Event::Html(h) => {
                if runs_code(&h) {
                    problems.push(LinkRef { offset: range.start, dest: first_line(&h), kind: Problem::HtmlRunsCode });
                    return None;
                }
                if let Some(url) = external_src(&h) {
                    problems.push(LinkRef { offset: range.start, dest: url, kind: Problem::ExternalImage });
                    return None;
                }
                Event::Html(h)
            }
            Event::InlineHtml(h) => {
                if runs_code(&h) {
                    problems.push(LinkRef { offset: range.start, dest: first_line(&h), kind: Problem::HtmlRunsCode });
                    return None;
                }
                if let Some(url) = external_src(&h) {
                    problems.push(LinkRef { offset: range.start, dest: url, kind: Problem::ExternalImage });
                    return None;
                }
                Event::InlineHtml(h)
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) if unsafe_url(&dest_url, false) => {
                problems.push(LinkRef { offset: range.start, dest: dest_url.to_string(), kind: Problem::UrlRunsCode });
                Event::Start(Tag::Link { link_type, dest_url: CowStr::from("#"), title, id })
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = if dest_url.starts_with("@/") {
                    // Resolved once: the same lookup both checks the link and writes it.
                    match urls::resolve_internal(site, treatment, &dest_url) {
                        Some(path) if here == Some(path.as_str()) => {
                            unlinked = true;
                            return None;
                        }
                        Some(path) => CowStr::from([root, path.as_str()].concat()),
                        None => {
                            problems.push(LinkRef {
                                offset: range.start,
                                dest: dest_url.to_string(),
                                kind: Problem::BrokenLink,
                            });
                            dest_url
                        }
                    }
                } else {
                    dest_url
                };
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                open_image = Some((range.start, dest_url.to_string(), String::new()));
                if unsafe_url(&dest_url, true) {
                    problems.push(LinkRef {
                        offset: range.start,
                        dest: dest_url.to_string(),
                        kind: Problem::UrlRunsCode,
                    });
                    return Some(Event::Start(Tag::Image { link_type, dest_url: CowStr::from(""), title, id }));
                }
                let refused = |problems: &mut Vec<LinkRef>, kind| {
                    problems.push(LinkRef { offset: range.start, dest: dest_url.to_string(), kind });
                    Some(Event::Start(Tag::Image {
                        link_type,
                        dest_url: CowStr::from(""),
                        title: title.clone(),
                        id: id.clone(),
                    }))
                };
                match image_src(dir.unwrap_or(""), &dest_url) {
                    // No picture from another host: the site makes no third-party request.
                    ImageSrc::External => return refused(&mut problems, Problem::ExternalImage),
                    ImageSrc::Outside if dir.is_some() => return refused(&mut problems, Problem::ImageOutside),
                    ImageSrc::Local(file) if dir.is_some() => {
                        let url = format!("{image_root}{}", image_out(&file));
                        images.push(ImageRef { offset: range.start, file });
                        return Some(Event::Start(Tag::Image { link_type, dest_url: CowStr::from(url), title, id }));
                    }
                    _ => {}
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::End(pulldown_cmark::TagEnd::Image) => {
                if let Some((offset, dest, alt)) = open_image.take() {
                    if alt.trim().is_empty() {
                        problems.push(LinkRef { offset, dest, kind: Problem::NoAlt });
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Image)
            }
            Event::End(pulldown_cmark::TagEnd::Link) if unlinked => {
                unlinked = false;
                return None;
            }
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                Event::Start(Tag::Heading { level: demote(level), id, classes, attrs })
            }
            Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
                Event::End(pulldown_cmark::TagEnd::Heading(demote(level)))
            }
            other => other,
        })
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut html, events);
    problems.sort_by_key(|p| p.offset);
    Rendered { html, problems, images }
}

fn demote(level: pulldown_cmark::HeadingLevel) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    match level {
        H1 => H2,
        other => other,
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct LinkRef {
    pub offset: usize,
    pub dest: String,
    pub kind: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// An `@/` link that leads nowhere.
    BrokenLink,
    /// An image without alt text.
    NoAlt,
    /// A `javascript:`, `vbscript:` or `data:` address (left out of the page).
    UrlRunsCode,
    /// HTML with a script, an event handler or a script address (left out of the page).
    HtmlRunsCode,
    /// A picture on another host (left out of the page: no third-party requests).
    ExternalImage,
    /// A picture path that is absolute or leaves the content folders (left out of the page).
    ImageOutside,
}

/// A picture of the site that a text shows.
#[derive(Debug, PartialEq, Eq)]
pub struct ImageRef {
    pub offset: usize,
    /// The file, relative to the site folder (`content/articles/wash.jpg`).
    pub file: String,
}

/// Addresses that run code when followed. Browsers ignore whitespace and control
/// characters inside the scheme and its case, so those are dropped before comparing.
/// Images may use `data:` pictures (not SVG, which can hold a script).
fn unsafe_url(dest: &str, image: bool) -> bool {
    // The scheme is what comes before the first `:`; most links (`@/day/5`, `x.png`,
    // `https://...`) are settled without an allocation.
    let Some(colon) = dest.find(':') else { return false };
    let scheme: String = dest[..colon]
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match scheme.as_str() {
        "javascript" | "vbscript" => true,
        "data" => {
            let data = dest[colon + 1..].trim_start().to_ascii_lowercase();
            let picture = ["image/png", "image/jpeg", "image/gif", "image/webp"].iter().any(|t| data.starts_with(t));
            !(image && picture)
        }
        _ => false,
    }
}

/// Raw HTML that could run code: a script or similar element, an `on...=` event
/// handler, or a code-running address in any attribute.
fn runs_code(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    let squashed: String = lower.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    let tags = ["<script", "<iframe", "<object", "<embed", "<base", "<meta", "<form", "<link", "<style"];
    if tags.iter().any(|t| squashed.contains(t)) || squashed.contains("javascript:") || squashed.contains("vbscript:") {
        return true;
    }
    // ` onclick=`, `/onload=`: an attribute name starting with "on" after a space or slash.
    let bytes = lower.as_bytes();
    lower.match_indices("on").any(|(i, _)| {
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let name_end = lower[i..].find(|c: char| !c.is_ascii_alphanumeric()).map(|n| i + n);
        matches!(before, Some(b' ' | b'/' | b'\t' | b'\n' | b'"' | b'\''))
            && name_end.is_some_and(|e| e > i + 2 && lower[e..].trim_start().starts_with('='))
    }) || squashed.contains("data:text")
}

/// The first address on another host that raw HTML would load by itself (`<img src=...>`,
/// `srcset`, `<video poster=...>`): the site makes no third-party request.
fn external_src(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    ["src", "srcset", "poster", "data"].iter().find_map(|attr| {
        lower.match_indices(attr).find_map(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let rest = lower[i + attr.len()..].trim_start().strip_prefix('=')?.trim_start();
            let value = rest.trim_start_matches(['"', '\'']);
            let external = value.starts_with("http:") || value.starts_with("https:") || value.starts_with("//");
            (matches!(before, Some(' ' | '\t' | '\n' | '/' | '"' | '\'')) && external).then(|| {
                let start = html.len() - value.len();
                html[start..].chars().take_while(|c| !c.is_whitespace() && !"\"'>".contains(*c)).collect()
            })
        })
    })
}

/// The text of an HTML fragment without its tags.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(60).collect()
}

/// 1-based (line, column) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_broken_links_and_images_without_alt_with_positions() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (site, _) = crate::content::load(root).expect("the example site loads");
        let md = "Intro\n\nSee [day 99](@/day/99), [day 5](@/day/5) and ![](x.png).\n";
        let r = render(&site, None, md, "../");
        assert_eq!(r.problems.len(), 2);
        assert_eq!(r.problems[0].dest, "@/day/99");
        assert_eq!(line_col(md, r.problems[0].offset), (3, 5));
        assert_eq!(r.problems[1].kind, Problem::NoAlt);
        assert!(r.html.contains(r#"<a href="../days/5.html">day 5</a>"#), "{}", r.html);
    }

    #[test]
    fn code_running_addresses_and_html_never_reach_the_page() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (site, _) = crate::content::load(root).expect("the example site loads");
        for (md, kind) in [
            ("[x](javascript:alert(1))", Problem::UrlRunsCode),
            ("[x](JaVaScRiPt:alert(1))", Problem::UrlRunsCode),
            ("[x](javascript&#58;alert(1))", Problem::UrlRunsCode),
            ("![a](data:text/html;base64,PHNjcmlwdD4=)", Problem::UrlRunsCode),
            ("[x](data:text/html,hi)", Problem::UrlRunsCode),
            ("<a href=\"javascript:alert(1)\">x</a>", Problem::HtmlRunsCode),
            ("<img src=x onerror=alert(1)>", Problem::HtmlRunsCode),
            ("<script>alert(1)</script>", Problem::HtmlRunsCode),
        ] {
            let r = render(&site, None, md, "");
            assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [kind], "{md}");
            let lower = r.html.to_lowercase();
            assert!(
                !lower.contains("javascript") && !lower.contains("onerror") && !lower.contains("<script"),
                "{md}: {}",
                r.html
            );
        }
        // Raw HTML that would load something from another host is left out too.
        for md in [
            "<img src=\"https://x.org/a.png\" alt=\"a\">",
            "<img alt=a src=//x.org/a.png>",
            "<video poster='http://x.org/p.jpg'></video>",
        ] {
            let r = render(&site, None, md, "");
            assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [Problem::ExternalImage], "{md}");
            assert!(r.problems[0].dest.contains("x.org") && !r.problems[0].dest.contains(['"', '\'', '>']), "{md}");
            assert!(!r.html.contains("x.org"), "{md}: {}", r.html);
        }
        // Plain HTML and pictures are fine.
        let r = render(&site, None, "<abbr title=\"one\">SMP</abbr> ![dot](data:image/png;base64,iVBOR)", "");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }

    #[test]
    fn pictures_are_found_from_the_texts_folder_and_never_from_another_host() {
        let dir = "content/articles";
        let local = |f: &str| ImageSrc::Local(f.to_string());
        assert_eq!(image_src(dir, "wash.jpg"), local("content/articles/wash.jpg"));
        assert_eq!(image_src(dir, "./steps/1.png"), local("content/articles/steps/1.png"));
        assert_eq!(image_src(dir, "../images/dot.png"), local("content/images/dot.png"));
        assert_eq!(image_src(dir, "https://example.com/a.png"), ImageSrc::External);
        assert_eq!(image_src(dir, "HTTP://example.com/a.png"), ImageSrc::External);
        assert_eq!(image_src(dir, "//example.com/a.png"), ImageSrc::External);
        assert_eq!(image_src(dir, "data:image/png;base64,iVBOR"), ImageSrc::Keep);
        for outside in ["/etc/a.png", "../../site.yaml", "../../../x.png", "../guides/a.png", "..\\images\\a.png"] {
            assert_eq!(image_src(dir, outside), ImageSrc::Outside, "{outside}");
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (site, _) = crate::content::load(root).expect("the example site loads");
        let r = render_in(&site, None, "![a](wash.jpg) ![b](../images/dot.png) ![c](https://x.org/c.png)", "../", dir);
        assert!(r.html.contains(r#"src="../articles/wash.jpg""#), "{}", r.html);
        assert!(r.html.contains(r#"src="../images/dot.png""#), "{}", r.html);
        assert!(!r.html.contains("x.org"), "{}", r.html);
        let files: Vec<&str> = r.images.iter().map(|i| i.file.as_str()).collect();
        assert_eq!(files, ["content/articles/wash.jpg", "content/images/dot.png"]);
        assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [Problem::ExternalImage]);
        // Text from YAML has no folder: its pictures are left alone, but none from another host.
        let r = render(&site, None, "![a](wash.jpg) ![c](https://x.org/c.png)", "");
        assert!(r.images.is_empty() && r.html.contains(r#"src="wash.jpg""#), "{}", r.html);
        assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [Problem::ExternalImage]);
    }
}
