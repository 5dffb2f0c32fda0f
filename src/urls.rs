//! Where each page lives in the output, in one place.
//!
//! Every page is a plain `.html` file (never `folder/` + `index.html` reached by a
//! trailing slash) so that links also work when the site is opened straight from disk.
//! Paths here are relative to the output root; templates get a `root` prefix (`""` or
//! `"../"`) for the page they are on and join the two.

use crate::model::Site;

pub const HOME: &str = "index.html";
pub const DAYS: &str = "days/index.html";
pub const ACTIVITIES: &str = "activities/index.html";
pub const GUIDES: &str = "guides/index.html";
pub const ARTICLES: &str = "articles/index.html";
pub const COMPARE: &str = "compare.html";
pub const HANDOUTS: &str = "handouts/index.html";
pub const GLANCE: &str = "handouts/at-a-glance.html";
pub const CHECKLIST: &str = "handouts/checklist.html";
pub const PREPARE: &str = "prepare.html";
/// "Your schedule": the patient enters a session date; the dates are worked out in the browser.
pub const SCHEDULE: &str = "schedule.html";
pub const NOT_FOUND: &str = "404.html";
pub const JSON_EXPORT: &str = "recommendations.json";
pub const SITEMAP: &str = "sitemap.xml";
pub const ASSETS: &str = crate::model::ASSETS_OUT;

/// A treatment's day page; `prefix` is the treatment's folder (`""` or `tattoo/`).
///
/// These are made for every link of every page: joined, not formatted (`format!` costs
/// several times as much).
pub fn day(prefix: &str, n: u32) -> String {
    [prefix, "days/", &n.to_string(), ".html"].concat()
}

pub fn activity(prefix: &str, id: &str) -> String {
    [prefix, "activities/", id, ".html"].concat()
}

pub fn guide(prefix: &str, id: &str) -> String {
    [prefix, "guides/", id, ".html"].concat()
}

/// One of the fixed pages of a treatment (`DAYS`, `COMPARE`...) in its folder.
pub fn of(prefix: &str, page: &str) -> String {
    [prefix, page].concat()
}

/// Articles are shared by every treatment: always at the root.
pub fn article(slug: &str) -> String {
    ["articles/", slug, ".html"].concat()
}

/// The prefix that leads from a page back to the output root: `"../"` per folder level.
pub fn root_for(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Resolves an author's internal link (`@/day/5`, `@/activity/razor-shave#why`) to an
/// output path plus any `#fragment`. `None` when the target does not exist.
///
/// Text of a treatment (`treatment`) links into that treatment. On a site with several
/// treatments, any text may name one first (`@/tattoo/day/5`, `@/tattoo` for its home);
/// shared text (articles) must, for pages that belong to a treatment.
pub fn resolve_internal(site: &Site, treatment: Option<usize>, target: &str) -> Option<String> {
    let rest = target.strip_prefix("@/")?;
    let (path, fragment) = match rest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (rest, None),
    };
    let path = path.trim_end_matches('/');
    let named = site.is_multi().then(|| {
        let (first, more) = path.split_once('/').unwrap_or((path, ""));
        site.treatments.iter().position(|t| t.id == first).map(|i| (i, more))
    });
    let (t, path) = match named.flatten() {
        Some((i, more)) => (Some(i), if more.is_empty() { "home" } else { more }),
        None if site.is_multi() => (treatment, path),
        None => (Some(0), path),
    };
    // Pages every treatment shares.
    let shared = match path.split_once('/') {
        Some(("article", slug)) => Some(site.article(slug).map(|a| article(&a.slug))),
        None if path == "articles" => Some(Some(ARTICLES.to_string())),
        None if (path.is_empty() || path == "home") && t.is_none() => Some(Some(HOME.to_string())),
        _ => None,
    };
    let resolved = match shared {
        Some(found) => found,
        None => {
            let tr = &site.treatments[t?];
            let p = tr.prefix.as_str();
            match path.split_once('/') {
                Some(("day", n)) => n.parse::<u32>().ok().filter(|n| *n <= tr.last_day()).map(|n| day(p, n)),
                Some(("activity", id)) => tr.activity(id).map(|a| activity(p, &a.id)),
                Some(("guide", id)) => tr.guide(id).map(|g| guide(p, &g.id)),
                Some(("handout", "at-a-glance")) => Some(of(p, GLANCE)),
                Some(("handout", "checklist")) => Some(of(p, CHECKLIST)),
                None => match path {
                    "" | "home" => Some(of(p, HOME)),
                    "compare" => Some(of(p, COMPARE)),
                    "days" => Some(of(p, DAYS)),
                    "activities" => Some(of(p, ACTIVITIES)),
                    "guides" => Some(of(p, GUIDES)),
                    "handouts" => Some(of(p, HANDOUTS)),
                    "prepare" => Some(of(p, PREPARE)),
                    "schedule" => Some(of(p, SCHEDULE)),
                    _ => None,
                },
                _ => None,
            }
        }
    }?;
    Some(match fragment {
        Some(f) => [resolved.as_str(), "#", f].concat(),
        None => resolved,
    })
}

pub const BASE_URL_HELP: &str =
    "write the full address with https://, e.g. https://www.example-clinic.com/aftercare/, or leave it out";

/// The site's address (`base_url`, `--base-url`): `http(s)://` and a host, nothing that
/// could break out of an attribute or run code. `Err` says what is wrong.
pub fn check_base_url(url: &str) -> Result<(), String> {
    if url.is_empty() {
        return Ok(());
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    match host {
        None => Err(format!("`{url}` is not a full web address")),
        Some("") => Err(format!("`{url}` has no host name")),
        Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c)) => {
            Err(format!("`{url}` has characters a web address cannot hold"))
        }
        Some(_) => Ok(()),
    }
}

/// Help text listing the link forms authors can use.
pub const LINK_FORMS: &str = "internal links look like @/day/5, @/activity/<id>, @/guide/<id>, @/article/<file name>, \
@/compare, @/days, @/activities, @/guides, @/articles, @/prepare, @/schedule, @/handout/at-a-glance or @/handout/checklist; \
on a site with several treatments, name the treatment first in articles: @/<treatment>/day/5";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_prefix_counts_folders() {
        assert_eq!(root_for("index.html"), "");
        assert_eq!(root_for("days/3.html"), "../");
    }
}
