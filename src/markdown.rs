//! Markdown to HTML, with the site's internal link form (`@/day/5`) turned into relative
//! links for the page being written.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

use crate::model::Site;
use crate::urls;

fn options() -> Options {
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

/// HTML and the links found on the way, from one pass of the parser: articles are
/// checked and rendered together, so their Markdown is parsed only once per build.
pub struct Rendered {
    pub html: String,
    /// Internal links (`@/...`) that lead nowhere, and images without alt text.
    pub problems: Vec<LinkRef>,
}

pub fn render(site: &Site, treatment: Option<usize>, text: &str, root: &str) -> Rendered {
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
            Event::Html(_) | Event::InlineHtml(_) if strip => return None,
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = if dest_url.starts_with("@/") {
                    // Resolved once: the same lookup both checks the link and writes it.
                    match urls::resolve_internal(site, treatment, &dest_url) {
                        Some(path) => CowStr::from(format!("{root}{path}")),
                        None => {
                            problems.push(LinkRef {
                                offset: range.start,
                                dest: dest_url.to_string(),
                                image_without_alt: false,
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
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::End(pulldown_cmark::TagEnd::Image) => {
                if let Some((offset, dest, alt)) = open_image.take() {
                    if alt.trim().is_empty() {
                        problems.push(LinkRef { offset, dest, image_without_alt: true });
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Image)
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
    pub image_without_alt: bool,
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
        assert!(r.problems[1].image_without_alt);
        assert!(r.html.contains(r#"<a href="../days/5.html">day 5</a>"#), "{}", r.html);
    }
}
