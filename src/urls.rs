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
pub const ASSETS: &str = "assets";

pub fn day(n: u32) -> String {
    format!("days/{n}.html")
}

pub fn activity(id: &str) -> String {
    format!("activities/{id}.html")
}

pub fn guide(id: &str) -> String {
    format!("guides/{id}.html")
}

pub fn article(slug: &str) -> String {
    format!("articles/{slug}.html")
}

/// The prefix that leads from a page back to the output root: `"../"` per folder level.
pub fn root_for(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Resolves an author's internal link (`@/day/5`, `@/activity/razor-shave#why`) to an
/// output path plus any `#fragment`. `None` when the target does not exist.
pub fn resolve_internal(site: &Site, target: &str) -> Option<String> {
    let rest = target.strip_prefix("@/")?;
    let (path, fragment) = match rest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (rest, None),
    };
    let path = path.trim_end_matches('/');
    let resolved = match path.split_once('/') {
        Some(("day", n)) => n.parse::<u32>().ok().filter(|n| *n <= site.last_day()).map(day),
        Some(("activity", id)) => site.activity(id).map(|a| activity(&a.id)),
        Some(("guide", id)) => site.guide(id).map(|g| guide(&g.id)),
        Some(("article", slug)) => site.article(slug).map(|a| article(&a.slug)),
        Some(("handout", "at-a-glance")) => Some(GLANCE.into()),
        Some(("handout", "checklist")) => Some(CHECKLIST.into()),
        None => match path {
            "" | "home" => Some(HOME.into()),
            "compare" => Some(COMPARE.into()),
            "days" => Some(DAYS.into()),
            "activities" => Some(ACTIVITIES.into()),
            "guides" => Some(GUIDES.into()),
            "articles" => Some(ARTICLES.into()),
            "handouts" => Some(HANDOUTS.into()),
            "prepare" => Some(PREPARE.into()),
            "schedule" => Some(SCHEDULE.into()),
            _ => None,
        },
        _ => None,
    }?;
    Some(match fragment {
        Some(f) => format!("{resolved}#{f}"),
        None => resolved,
    })
}

/// Help text listing the link forms authors can use.
pub const LINK_FORMS: &str = "internal links look like @/day/5, @/activity/<id>, @/guide/<id>, @/article/<file name>, \
@/compare, @/days, @/activities, @/guides, @/articles, @/prepare, @/schedule, @/handout/at-a-glance or @/handout/checklist";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_prefix_counts_folders() {
        assert_eq!(root_for("index.html"), "");
        assert_eq!(root_for("days/3.html"), "../");
    }
}
