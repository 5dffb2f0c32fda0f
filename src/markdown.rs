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
    render_on(site, treatment, text, root, Some(here)).html
}

/// HTML and the links found on the way, from one pass of the parser: articles are
/// checked and rendered together, so their Markdown is parsed only once per build.
pub struct Rendered {
    pub html: String,
    /// Internal links (`@/...`) that lead nowhere, and images without alt text.
    pub problems: Vec<LinkRef>,
}

pub fn render(site: &Site, treatment: Option<usize>, text: &str, root: &str) -> Rendered {
    render_on(site, treatment, text, root, None)
}

fn render_on(site: &Site, treatment: Option<usize>, text: &str, root: &str, here: Option<&str>) -> Rendered {
    // Inside a link to the page itself: its end tag is dropped with its start (links do not nest).
    let mut unlinked = false;
    let strip = site.config.raw_html == crate::model::RawHtml::Strip;
    let mut problems = Vec::new();
    let mut open_image: Option<(usize, String, String)> = None;
    let events = Parser::new_ext(text, options()).into_offset_iter().filter_map(|(ev, range)| {
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
                Event::Html(h)
            }
            Event::InlineHtml(h) => {
                if runs_code(&h) {
                    problems.push(LinkRef { offset: range.start, dest: first_line(&h), kind: Problem::HtmlRunsCode });
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
                        Some(path) => CowStr::from(format!("{root}{path}")),
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
    Rendered { html, problems }
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
        // Plain HTML and pictures are fine.
        let r = render(&site, None, "<abbr title=\"one\">SMP</abbr> ![dot](data:image/png;base64,iVBOR)", "");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }
}
