//! The list of pages a site has, and the template variables each one gets.
//!
//! Every page receives `site` (config, clinic, the page's treatment, navigation, warning
//! signs), `root` (the relative prefix back to the output root), `troot` (back to the
//! treatment's folder: the same as `root` on a one-treatment site), `page_path` and
//! `page_kind`, plus the variables of its kind, documented in README.md.
//!
//! A site with one treatment has its pages at the root. A site with several has a page to
//! pick one at the root, each treatment's pages in its own folder (`tattoo/days/3.html`),
//! and the articles, shared by all, at the root.

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use tera::Context;

use super::view::{self, ActivityRef, Answer, Cell, GuideRef, PhaseView, RecView, StageView, StatusView};
use crate::diagnostics::Diagnostics;
use crate::messages::Messages;
use crate::model::{Clinic, Review, Site, Status, Treatment};
use crate::schedule::{Schedule, Track};
use crate::urls;

/// One page. `usize` fields name a treatment (index into `site.treatments`) first.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    /// The site's home: the treatment's home on a one-treatment site, else the list of treatments.
    Home,
    /// A treatment's own home, on a site with several.
    TreatmentHome(usize),
    Days(usize),
    Day(usize, u32),
    Activities(usize),
    Activity(usize, usize),
    Guides(usize),
    Guide(usize, usize),
    Compare(usize),
    Handouts(usize),
    Glance(usize),
    Checklist(usize),
    Prepare(usize),
    Schedule(usize),
    Articles,
    Article(usize),
    NotFound,
}

/// Every page of the site, in a fixed order.
pub fn all(site: &Site) -> Vec<Page> {
    let mut pages = vec![Page::Home, Page::Articles];
    // Hosts serve one 404 page, at the root: the default language's.
    if site.lang.is_default() {
        pages.push(Page::NotFound);
    }
    for (t, tr) in site.treatments.iter().enumerate() {
        if site.is_multi() {
            pages.push(Page::TreatmentHome(t));
        }
        pages.extend([
            Page::Days(t),
            Page::Activities(t),
            Page::Guides(t),
            Page::Compare(t),
            Page::Handouts(t),
            Page::Glance(t),
            Page::Checklist(t),
            Page::Prepare(t),
            Page::Schedule(t),
        ]);
        pages.extend((0..=tr.last_day()).map(|n| Page::Day(t, n)));
        pages.extend((0..tr.activities.len()).map(|i| Page::Activity(t, i)));
        pages.extend((0..tr.guides.len()).map(|i| Page::Guide(t, i)));
    }
    pages.extend((0..site.articles.len()).map(Page::Article));
    pages
}

impl Page {
    pub fn path(&self, site: &Site) -> String {
        let p = |t: usize| site.treatments[t].prefix.as_str();
        match *self {
            Page::Home => urls::HOME.into(),
            Page::TreatmentHome(t) => urls::of(p(t), urls::HOME),
            Page::Days(t) => urls::of(p(t), urls::DAYS),
            Page::Day(t, n) => urls::day(p(t), n),
            Page::Activities(t) => urls::of(p(t), urls::ACTIVITIES),
            Page::Activity(t, i) => urls::activity(p(t), &site.treatments[t].activities[i].id),
            Page::Guides(t) => urls::of(p(t), urls::GUIDES),
            Page::Guide(t, i) => urls::guide(p(t), &site.treatments[t].guides[i].id),
            Page::Compare(t) => urls::of(p(t), urls::COMPARE),
            Page::Handouts(t) => urls::of(p(t), urls::HANDOUTS),
            Page::Glance(t) => urls::of(p(t), urls::GLANCE),
            Page::Checklist(t) => urls::of(p(t), urls::CHECKLIST),
            Page::Prepare(t) => urls::of(p(t), urls::PREPARE),
            Page::Schedule(t) => urls::of(p(t), urls::SCHEDULE),
            Page::Articles => urls::ARTICLES.into(),
            Page::Article(i) => urls::article(&site.articles[i].slug),
            Page::NotFound => urls::NOT_FOUND.into(),
        }
    }

    /// The treatment the page belongs to. Shared pages (home, articles, 404) belong to the
    /// only treatment of a one-treatment site, and to none on a site with several.
    pub fn treatment(&self, site: &Site) -> Option<usize> {
        match *self {
            Page::Home | Page::Articles | Page::Article(_) | Page::NotFound => (!site.is_multi()).then_some(0),
            Page::TreatmentHome(t)
            | Page::Days(t)
            | Page::Day(t, _)
            | Page::Activities(t)
            | Page::Activity(t, _)
            | Page::Guides(t)
            | Page::Guide(t, _)
            | Page::Compare(t)
            | Page::Handouts(t)
            | Page::Glance(t)
            | Page::Checklist(t)
            | Page::Prepare(t)
            | Page::Schedule(t) => Some(t),
        }
    }
}

/// What the pages of one treatment share.
pub struct Tr<'a> {
    pub site: &'a Site,
    pub i: usize,
    pub t: &'a Treatment,
    pub schedule: &'a Schedule<'a>,
    /// The `site` template variable for its pages.
    site_value: Value,
}

/// What every page shares, serialised once per build.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub trs: Vec<Tr<'a>>,
    /// The `site` variable of the pages that belong to no treatment (several treatments).
    common_value: Value,
    base_url: Option<&'a str>,
    /// Article indices in reading order (by `order`, then file name), sorted once.
    article_order: Vec<usize>,
    /// Each article's place in `article_order`.
    article_pos: Vec<usize>,
    /// Each article's output path: every article page lists several others.
    article_urls: Vec<String>,
    /// The link text to all articles ("All 9,835 articles"), from the catalogue.
    all_articles: String,
    /// The menu of each treatment's pages, then of the shared pages: worked out once, not
    /// once per page.
    navs: Vec<Vec<(String, String)>>,
    /// From the language's folder up to the output root: `""` for the default language,
    /// `../` for one in `es/`.
    lang_up: &'static str,
    /// "This page is not yet fully translated", in the page's language; `None` in the
    /// default language.
    untranslated: Option<String>,
}

/// A language of the site, as the language switcher and `hreflang` links show it.
#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    language: &'a str,
    /// `ltr` or `rtl`, from the language.
    dir: &'static str,
    description: &'a str,
    accent_color: &'a str,
    base_url: Option<&'a str>,
    /// `offline: true`: every page links the web app manifest and registers the service worker.
    offline: bool,
    clinic: &'a Clinic,
    /// `clinic.phone_href`, under the name older templates use.
    phone_href: &'a str,
    /// "Name · phone", safe inside the CSS string of the printed running footer.
    print_line: String,
    /// The catalogue's separator of a one-line list of phrases (" · "), safe inside a CSS
    /// string (`--sep`).
    css_separator: String,
    /// The page's treatment; absent on shared pages of a site with several.
    treatment: Option<TreatmentView<'a>>,
    /// Every treatment, for the list on a site with several.
    treatments: Vec<TreatmentLink<'a>>,
    warning_signs: &'a [String],
    normal_signs: &'a [String],
    /// The statuses the protocol uses, in order, for legends.
    statuses: Vec<StatusView<'a>>,
    last_day: u32,
    /// For each session number, the days after it on which the following sessions start
    /// the count again, from the dated plan: `0,14,28;0,14;0` (read by `today.js`).
    session_starts: String,
    generator: &'static str,
}

#[derive(Serialize)]
struct TreatmentView<'a> {
    id: &'a str,
    name: &'a str,
    short_name: &'a str,
    /// The name with its abbreviation: "Scalp micropigmentation (SMP)".
    spelled_out: String,
    sessions: u32,
    days_between_sessions: u32,
    healing_days: u32,
    last_day: u32,
    /// Its folder in the output: `""` or `tattoo/`.
    prefix: &'a str,
    /// The review its pages can claim, from all its files (`None`: one has no review).
    review: Option<view::ReviewLine>,
    /// The foot of its printed handouts: content version and review dates.
    handout_line: String,
}

#[derive(Serialize)]
struct TreatmentLink<'a> {
    name: &'a str,
    summary: &'a str,
    url: String,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site, schedules: &'a [Schedule<'a>], base_url: Option<&'a str>) -> Self {
        let view = |t: Option<(&'a Treatment, &Schedule)>| {
            let c = &site.config;
            let s = t.map(|(t, _)| &t.settings);
            SiteView {
                title: &c.title,
                language: &c.language,
                dir: crate::messages::direction(&c.language),
                description: c.description.as_deref().or(s.map(|s| s.summary.as_str())).unwrap_or(&c.title),
                accent_color: &c.accent_color,
                base_url,
                offline: c.offline,
                clinic: &c.clinic,
                phone_href: &c.clinic.phone_href,
                print_line: c.clinic.print_line(),
                css_separator: site.words.get("list-separator-items", &[]).replace(['"', '\\'], ""),
                treatment: t.map(|(t, _)| TreatmentView {
                    id: &t.id,
                    name: &t.settings.name,
                    short_name: t.settings.short(),
                    spelled_out: t.settings.spelled_out(),
                    sessions: t.settings.sessions,
                    days_between_sessions: t.settings.days_between_sessions,
                    healing_days: t.settings.healing_days,
                    last_day: t.settings.last_day,
                    prefix: &t.prefix,
                    review: view::review_line(site, t.reviewed_files().into_iter().map(|(_, r)| r)),
                    handout_line: view::handout_line(site, t),
                }),
                treatments: site
                    .treatments
                    .iter()
                    .map(|t| TreatmentLink {
                        name: &t.settings.name,
                        summary: &t.settings.summary,
                        url: urls::of(&t.prefix, urls::HOME),
                    })
                    .collect(),
                warning_signs: t.map_or(&[][..], |(t, _)| &t.timeline.warning_signs),
                normal_signs: t.map_or(&[][..], |(t, _)| &t.timeline.normal_signs),
                statuses: t.map_or(Vec::new(), |(t, _)| used_statuses(t).map(|s| view::status(site, s)).collect()),
                last_day: t.map_or(0, |(t, _)| t.last_day()),
                session_starts: t.map_or(String::new(), |(t, s)| session_starts(site, t, s)),
                generator: concat!("aftercare ", env!("CARGO_PKG_VERSION")),
            }
        };
        let trs = site
            .treatments
            .iter()
            .zip(schedules)
            .enumerate()
            .map(|(i, (t, schedule))| Tr {
                site,
                i,
                t,
                schedule,
                site_value: serde_json::to_value(view(Some((t, schedule)))).expect("plain data"),
            })
            .collect();
        let common_value = serde_json::to_value(view(None)).expect("plain data");
        let mut article_order: Vec<usize> = (0..site.articles.len()).collect();
        article_order.sort_by(|&a, &b| {
            let (a, b) = (&site.articles[a], &site.articles[b]);
            (a.meta.order, &a.slug).cmp(&(b.meta.order, &b.slug))
        });
        let mut article_pos = vec![0; article_order.len()];
        for (at, &i) in article_order.iter().enumerate() {
            article_pos[i] = at;
        }
        let article_urls = site.articles.iter().map(|a| urls::article(&a.slug)).collect();
        let all_articles = site.words.get("article-all", &[("count", (site.articles.len() as u32).into())]);
        let mut sh = Shared {
            site,
            trs,
            common_value,
            base_url,
            article_order,
            article_pos,
            article_urls,
            all_articles,
            navs: Vec::new(),
            lang_up: if site.lang.prefix().is_empty() { "" } else { "../" },
            untranslated: site
                .lang
                .fallback()
                .map(|d| site.words.get("translation-missing", &[("language", d.name.as_str().into())])),
        };
        sh.navs = (0..sh.trs.len()).map(Some).chain([None]).map(|t| nav_entries(&sh, t)).collect();
        sh
    }

    /// The menu of treatment `t`'s pages, or of the shared pages.
    fn nav(&self, t: Option<usize>) -> &[(String, String)] {
        &self.navs[t.unwrap_or(self.trs.len())]
    }

    fn site_value(&self, t: Option<usize>) -> &Value {
        t.map_or(&self.common_value, |t| &self.trs[t].site_value)
    }
}

fn session_starts(site: &Site, t: &Treatment, schedule: &Schedule) -> String {
    let of = t.settings.sessions.max(1);
    (1..=of)
        .map(|n| {
            let plan = crate::calendar::plan(site, t, schedule, n, of);
            plan.segments.iter().map(|s| s.start.to_string()).collect::<Vec<_>>().join(",")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The statuses a treatment's protocol uses, in the order a legend lists them.
fn used_statuses(t: &Treatment) -> impl Iterator<Item = Status> + '_ {
    Status::ALL
        .into_iter()
        .filter(|s| t.protocol.rules.iter().flat_map(|r| r.phases.iter().chain(&r.after_final)).any(|p| p.status == *s))
}

#[derive(Serialize)]
struct NavItem {
    label: String,
    url: String,
    /// `page` for the page itself, `section` for a page inside its folder, else empty.
    current: &'static str,
}

/// The main navigation of a treatment's pages, in order. The first entry is the
/// treatment's home; "Articles" is shared.
/// (message id of the label, page)
const NAV: [(&str, &str); 7] = [
    ("nav-home", urls::HOME),
    ("nav-days", urls::DAYS),
    ("nav-questions", urls::ACTIVITIES),
    ("nav-compare", urls::COMPARE),
    ("nav-schedule", urls::SCHEDULE),
    ("nav-handouts", urls::HANDOUTS),
    ("nav-articles", urls::ARTICLES),
];

/// The navigation of the shared pages of a site with several treatments.
const NAV_SHARED: [(&str, &str); 2] = [("nav-home", urls::HOME), ("nav-articles", urls::ARTICLES)];

/// The menu entries for pages of treatment `t` (or shared pages): label, URL.
fn nav_entries(sh: &Shared, t: Option<usize>) -> Vec<(String, String)> {
    let label = |id: &str| sh.site.words.get(id, &[]);
    match t {
        Some(t) => {
            let prefix = &sh.trs[t].t.prefix;
            NAV.iter()
                .map(|&(id, url)| {
                    (label(id), if url == urls::ARTICLES { url.to_string() } else { urls::of(prefix, url) })
                })
                .collect()
        }
        None => NAV_SHARED.iter().map(|&(id, url)| (label(id), url.to_string())).collect(),
    }
}

/// Which menu entry the page at `path` belongs to: its index in the menu, and whether the
/// page is that entry itself (`page`) or a page inside its folder (`section`). The entry
/// itself wins over a folder, and the deepest folder over the treatment's own: on a site
/// with several treatments `tattoo/compare.html` is "Compare guides", not inside the
/// treatment home's folder (else its menu entry would be a link to the page itself).
fn nav_state(entries: &[(String, String)], path: &str) -> NavState {
    if let Some(i) = entries.iter().position(|(_, url)| url == path) {
        return Some((i, "page"));
    }
    entries
        .iter()
        .enumerate()
        .filter_map(|(i, (_, url))| {
            let (dir, _) = url.rsplit_once('/')?;
            path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')).then_some((i, dir.len()))
        })
        .max_by_key(|&(_, depth)| depth)
        .map(|(i, _)| (i, "section"))
}

/// The navigation with the current entry marked. Decided here rather than with string
/// filters in the template, which cost a few percent of a build.
fn nav_items(entries: Vec<(String, String)>, state: NavState) -> Vec<NavItem> {
    entries
        .into_iter()
        .enumerate()
        .map(|(i, (label, url))| {
            let current = match state {
                Some((at, how)) if at == i => how,
                _ => "",
            };
            NavItem { label, url, current }
        })
        .collect()
}

/// The site header (with the main navigation), the getting-help card and the footer, as HTML.
struct Chrome {
    header: String,
    urgent: String,
    footer: String,
    /// The footer cut where a page's review line goes: after `<footer class="site-footer">`
    /// (a site's own footer without it: all in the tail, the line goes before it).
    footer_head: String,
    footer_tail: String,
}

/// Where base.html puts "Page last reviewed" in the footer.
const FOOTER_OPEN: &str = r#"<footer class="site-footer">"#;

impl Chrome {
    fn new(header: String, urgent: String, footer: String) -> Self {
        let cut = footer.find(FOOTER_OPEN).map_or(0, |at| at + FOOTER_OPEN.len());
        let (head, tail) = footer.split_at(cut);
        let (footer_head, footer_tail) = (head.to_string(), tail.to_string());
        Chrome { header, urgent, footer, footer_head, footer_tail }
    }
}

/// The menu state of a page: see [`nav_state`].
type NavState = Option<(usize, &'static str)>;

/// What the header and footer of a page depend on: its root prefix, its treatment and
/// its menu state.
type ChromeKey = (String, Option<usize>, NavState);

/// `partials/header.html` and `partials/footer.html` are the same on every page with the
/// same root prefix, treatment and menu state, so each is rendered once per such key (a
/// handful per site) instead of once per page: on a site of 10,000 articles that removes
/// about a third of the template work. They see only `site`, `root`, `troot`, `top` and `nav`.
pub struct ChromeCache(Vec<(ChromeKey, Chrome)>);

impl ChromeCache {
    /// Renders the header and footer for every key the pages in `list` need.
    pub fn render(tera: &tera::Tera, sh: &Shared, list: &[Page]) -> Result<Self, String> {
        // Every page's key, on every core (a path and a menu state for each of thousands
        // of pages), then the few distinct ones rendered in page order.
        let keys: Vec<(ChromeKey, String)> = list
            .par_iter()
            .map(|page| {
                let path = page.path(sh.site);
                let t = page.treatment(sh.site);
                ((page_root(sh, page, &path), t, nav_state(sh.nav(t), &path)), path)
            })
            .collect();
        let mut cache = ChromeCache(Vec::new());
        for ((key, path), page) in keys.into_iter().zip(list) {
            if cache.position(&key).is_some() {
                continue;
            }
            let t = key.1;
            let entries = sh.nav(t).to_vec();
            let mut ctx = Context::new();
            ctx.insert("site", sh.site_value(t));
            ctx.insert("root", &key.0);
            ctx.insert("troot", &troot(sh, &key.0, t));
            ctx.insert("nav", &nav_items(entries, key.2));
            // The site's own top folder (the clinic's logo is there), as `top` on pages.
            let top = match (page, sh.base_url) {
                (Page::NotFound, Some(base)) => base.to_string(),
                _ => format!("{}{}", sh.lang_up, key.0),
            };
            ctx.insert("top", &top);
            // Leading and trailing blank lines are dropped: base.html decides the line breaks.
            let part = |name: &str| {
                tera.render(name, &ctx)
                    .map(|html| html.trim().to_string())
                    .map_err(|e| format!("rendering templates/{name} for {path}: {}", super::error_chain(&e)))
            };
            let chrome = Chrome::new(part(HEADER)?, part(URGENT)?, part(FOOTER)?);
            cache.0.push((key, chrome));
        }
        Ok(cache)
    }

    /// A short list, so a scan: no map key to build for each of thousands of pages.
    fn position(&self, key: &ChromeKey) -> Option<usize> {
        self.0.iter().position(|(k, _)| k == key)
    }
}

const HEADER: &str = "partials/header.html";
const FOOTER: &str = "partials/footer.html";
/// The warning signs and the numbers to call: the same on every page of a treatment.
const URGENT: &str = "partials/warning.html";

/// The relative prefix from the page back to the site root.
fn page_root(sh: &Shared, page: &Page, path: &str) -> String {
    match page {
        // A host serves 404.html at whatever address was asked for, so relative links
        // cannot work there; use the base URL when there is one.
        // Without one, its links are relative to the folder of 404.html (right when the
        // missing address is in that folder) and a script in the page mends them deeper down.
        Page::NotFound => sh.base_url.map(|b| format!("{b}{}", sh.site.lang.prefix())).unwrap_or_default(),
        _ => urls::root_for(path),
    }
}

/// The relative prefix from a page back to its treatment's folder.
fn troot(sh: &Shared, root: &str, t: Option<usize>) -> String {
    [root, t.map_or("", |t| sh.trs[t].t.prefix.as_str())].concat()
}

/// One worker's template variables. `site` is the largest value and the same on every
/// page of a treatment, so it goes in only when the treatment changes from one page to
/// the next instead of being copied into every page's context; each page adds its own
/// variables and [`Vars::clear`] takes them out again, so nothing of one page can leak
/// into the next.
pub struct Vars {
    ctx: Context,
    /// What the parse of an article's body found wrong, at its place in the file: the
    /// page is not written and the build fails with them.
    pub problems: Option<Diagnostics>,
    page_keys: Vec<&'static str>,
    /// The treatment whose `site` is in `ctx` (`Some(None)`: the shared one).
    site_of: Option<Option<usize>>,
    /// Which cached header and footer are in `ctx`: pages in a row mostly share them
    /// (all articles do), so they are not copied into the context again for each page.
    chrome_at: Option<usize>,
    /// Review lines made so far, by dates: thousands of articles share a few reviews, and
    /// each line is two dates and two messages to format.
    reviews: Vec<((chrono::NaiveDate, chrono::NaiveDate), view::ReviewLine)>,
    /// `check`: an article page also reads its article's words, in the same parse.
    pub read_articles: bool,
    /// What the last article page read, when `read_articles` (not for an article falling
    /// back to the default language's: that one is read in its own language).
    pub article_prose: Option<ArticleProse>,
}

/// An article as `check` reads it, from the parse that rendered its page.
pub struct ArticleProse {
    /// Its index in the site's articles.
    pub article: usize,
    /// Its body's Markdown.
    pub body: String,
    pub prose: crate::patient_text::ProseReader,
}

impl Vars {
    pub fn new(_sh: &Shared) -> Self {
        Vars {
            ctx: Context::new(),
            problems: None,
            page_keys: Vec::with_capacity(16),
            site_of: None,
            chrome_at: None,
            reviews: Vec::new(),
            read_articles: false,
            article_prose: None,
        }
    }

    fn set<T: Serialize + ?Sized>(&mut self, key: &'static str, val: &T) {
        self.ctx.insert(key, val);
        self.page_keys.push(key);
    }

    fn site(&mut self, sh: &Shared, t: Option<usize>) {
        if self.site_of != Some(t) {
            self.ctx.insert("site", sh.site_value(t));
            self.site_of = Some(t);
        }
    }

    fn chrome(&mut self, cache: &ChromeCache, key: &ChromeKey) {
        let at = cache.position(key);
        if self.chrome_at == at {
            return;
        }
        match at.map(|i| &cache.0[i].1) {
            Some(c) => {
                self.ctx.insert("header", &c.header);
                self.ctx.insert("urgent", &c.urgent);
                self.ctx.insert("footer", &c.footer);
                self.ctx.insert("footer_head", &c.footer_head);
                self.ctx.insert("footer_tail", &c.footer_tail);
            }
            None => {
                for key in ["header", "urgent", "footer", "footer_head", "footer_tail"] {
                    self.ctx.remove(key);
                }
            }
        }
        self.chrome_at = at;
    }

    /// Sets `review`: the line of the review these files can claim (none when one has none).
    fn review<'r>(&mut self, site: &Site, reviews: impl IntoIterator<Item = Option<&'r Review>>) {
        const KEPT: usize = 64;
        let line = Review::combined(reviews).map(|key| match self.reviews.iter().find(|(k, _)| *k == key) {
            Some((_, line)) => line.clone(),
            None => {
                let line = view::review_of(site, key.0, key.1);
                if self.reviews.len() < KEPT {
                    self.reviews.push((key, line.clone()));
                }
                line
            }
        });
        self.set("review", &line);
    }

    /// Removes every variable but `site` and the chrome.
    pub fn clear(&mut self) {
        self.article_prose = None;
        for key in self.page_keys.drain(..) {
            self.ctx.remove(key);
        }
    }

    pub fn context(&self) -> &Context {
        &self.ctx
    }
}

/// Fills `ctx` with the variables of one page (after clearing the previous page's) and
/// returns the template to render it with.
pub fn fill(sh: &Shared, chrome: &ChromeCache, page: &Page, path: &str, ctx: &mut Vars) -> &'static str {
    ctx.clear();
    let t = page.treatment(sh.site);
    ctx.site(sh, t);
    let root = page_root(sh, page, path);
    let entries = sh.nav(t);
    ctx.chrome(chrome, &(root.clone(), t, nav_state(entries, path)));
    ctx.set("troot", &troot(sh, &root, t));
    ctx.set("root", &root);
    ctx.set("page_path", path);
    languages(sh, page, path, &root, ctx);
    let tr = |t: usize| &sh.trs[t];
    let template = match *page {
        Page::Home => match t {
            Some(t) => home(sh, tr(t), ctx, &root),
            None => {
                let list: Vec<TreatmentCard> = sh
                    .trs
                    .iter()
                    .map(|x| TreatmentCard {
                        name: &x.t.settings.name,
                        summary: view::markdown_html(sh.site, Some(x.i), &x.t.settings.summary, &root),
                        url: urls::of(&x.t.prefix, urls::HOME),
                    })
                    .collect();
                ctx.set("treatments", &list);
                ctx.set(
                    "articles",
                    &article_links(sh, &sh.article_order[..sh.article_order.len().min(ARTICLES_LISTED)]),
                );
                ctx.set("article_count", &sh.site.articles.len());
                "treatments.html"
            }
        },
        Page::TreatmentHome(t) => home(sh, tr(t), ctx, &root),
        Page::Days(t) => {
            ctx.set("days", &day_links(tr(t)));
            ctx.set("stages", &stages(tr(t)));
            "days.html"
        }
        Page::Day(t, n) => day(sh, tr(t), ctx, n),
        Page::Activities(t) => {
            ctx.set("activities", &activity_list(tr(t)));
            "activities.html"
        }
        Page::Activity(t, i) => activity(sh, tr(t), ctx, i),
        Page::Guides(t) => {
            let x = tr(t);
            let guides: Vec<GuideSummary> = x.t.guides.iter().map(|g| guide_summary(&sh.site.words, x.t, g)).collect();
            ctx.set("guides", &guides);
            ctx.set("rule_of_thumb", &view::markdown_html(sh.site, Some(t), &x.t.protocol.rule_of_thumb, &root));
            "guides.html"
        }
        Page::Guide(t, i) => {
            // A guide's page is that guide's file: its own review, not the treatment's.
            ctx.review(sh.site, [tr(t).t.guides[i].review.as_ref()]);
            guide(sh, tr(t), ctx, i, &root)
        }
        Page::Compare(t) => compare(sh, tr(t), ctx, &root),
        Page::Handouts(_) => "handouts.html",
        Page::Glance(t) => {
            ctx.set("handout", &true);
            glance(sh, tr(t), ctx)
        }
        Page::Checklist(t) => {
            ctx.set("handout", &true);
            checklist(sh, tr(t), ctx)
        }
        Page::Articles => {
            ctx.set("review", &None::<view::ReviewLine>);
            ctx.set("articles", &article_list(sh));
            "articles.html"
        }
        Page::Article(i) => {
            ctx.review(sh.site, [sh.site.articles[i].meta.review.as_ref()]);
            article(sh, ctx, i, &root)
        }
        Page::Prepare(t) => {
            ctx.set("steps", &prep_steps(tr(t)));
            "prepare.html"
        }
        Page::Schedule(t) => {
            let x = tr(t);
            ctx.set("days", &day_links(x));
            ctx.set("schedule_data", &super::schedule_data::json(sh.site, x.t, x.schedule));
            "schedule.html"
        }
        Page::NotFound => {
            ctx.set("review", &None::<view::ReviewLine>);
            ctx.set("lang_prefix", sh.site.lang.prefix());
            ctx.set("page_kind", "not-found");
            return "404.html";
        }
    };
    ctx.set("page_kind", template.trim_end_matches(".html"));
    template
}

/// The page's place among the site's languages: `assets` (the shared theme folder, above
/// the language's own), the links to the same page in every language, and, where the
/// page's text falls back to the default language, the note that says so.
fn languages(sh: &Shared, page: &Page, path: &str, root: &str, ctx: &mut Vars) {
    // `top`: the site's own root, where the theme, the clinic's pictures, the manifest and
    // the service worker live.
    let top = match (page, sh.base_url) {
        (Page::NotFound, Some(base)) => base.to_string(),
        _ => [sh.lang_up, root].concat(),
    };
    // Joined, not formatted: these are made for every page.
    ctx.set("assets", &[top.as_str(), urls::ASSETS, "/"].concat());
    ctx.set("top", &top);
    let all = &sh.site.lang.all;
    if all.len() < 2 || matches!(page, Page::NotFound) {
        ctx.set("languages", &[] as &[LanguageLink]);
        return;
    }
    let to = |prefix: &str| match sh.base_url {
        // Absolute where the address is known: search engines want hreflang links so.
        Some(base) => format!("{base}{prefix}{}", if path == urls::HOME { "" } else { path }),
        None => format!("{}{root}{prefix}{path}", sh.lang_up),
    };
    let links: Vec<LanguageLink> = all
        .iter()
        .enumerate()
        .map(|(i, l)| LanguageLink {
            code: &l.code,
            name: &l.name,
            dir: l.dir,
            href: to(&l.prefix),
            current: i == sh.site.lang.at,
        })
        .collect();
    ctx.set("languages", &links);
    let site = sh.site;
    let falls_back = match *page {
        Page::Article(i) => site.articles[i].fallback,
        Page::Guide(t, i) => site.treatments[t].guides[i].fallback || site.treatments[t].falls_back,
        _ => page.treatment(site).is_some_and(|t| site.treatments[t].falls_back),
    };
    if let (true, Some(note), Some(default)) = (falls_back, &sh.untranslated, site.lang.fallback()) {
        ctx.set("untranslated", note);
        ctx.set("fallback_lang", &default.code);
        ctx.set("fallback_dir", default.dir);
    }
}

/// A treatment on the home page of a site with several.
#[derive(Serialize)]
struct TreatmentCard<'a> {
    name: &'a str,
    /// HTML.
    summary: String,
    url: String,
}

#[derive(Serialize)]
struct DayLink {
    day: u32,
    url: String,
    stage: String,
}

fn day_links(tr: &Tr) -> Vec<DayLink> {
    tr.schedule
        .days
        .iter()
        .map(|d| DayLink {
            day: d.day,
            url: urls::day(&tr.t.prefix, d.day),
            stage: tr.t.timeline.stages[d.stage].name.clone(),
        })
        .collect()
}

fn stages<'a>(tr: &Tr<'a>) -> Vec<StageView<'a>> {
    tr.t.timeline.stages.iter().map(|s| view::stage(tr.site, tr.t, s)).collect()
}

#[derive(Serialize)]
struct QuestionView<'a> {
    activity: ActivityRef<'a>,
    why: &'a str,
    answer: Answer,
}

fn activity_list<'a>(tr: &Tr<'a>) -> Vec<QuestionView<'a>> {
    tr.t.activities
        .iter()
        .enumerate()
        .map(|(i, a)| QuestionView {
            activity: ActivityRef::new(tr.t, a),
            why: &a.why,
            answer: view::answer(tr.site, tr.schedule, i),
        })
        .collect()
}

fn home(sh: &Shared, tr: &Tr, ctx: &mut Vars, root: &str) -> &'static str {
    let top: Vec<QuestionView> =
        activity_list(tr).into_iter().filter(|q| tr.t.activity(q.activity.id).is_some_and(|a| a.top)).collect();
    ctx.set("treatment_summary", &view::markdown_html(sh.site, Some(tr.i), &tr.t.settings.summary, root));
    ctx.set("final_differs", &tr.t.protocol.rules.iter().any(|r| !r.after_final.is_empty()));
    ctx.set("top_questions", &top);
    ctx.set("stages", &stages(tr));
    ctx.set("later", &later(tr));
    ctx.set("days", &day_links(tr));
    ctx.set("articles", &article_links(sh, &sh.article_order[..sh.article_order.len().min(ARTICLES_LISTED)]));
    ctx.set("article_count", &sh.site.articles.len());
    "index.html"
}

#[derive(Serialize)]
struct DayEntry<'a> {
    activity: ActivityRef<'a>,
    status: StatusView<'a>,
    say: &'a str,
    cites: Vec<GuideRef<'a>>,
    /// What applies instead after the final session, when that differs.
    after_final: Option<PhaseView<'a>>,
    /// Of what is not allowed yet: the first day it is allowed at least with care.
    #[serde(skip_serializing_if = "Option::is_none")]
    from_day: Option<u32>,
    /// After the final session of a course, the first day it is at least with care (the
    /// same as `from_day` when the advice is the same then): today.js dates a patient's
    /// final session, or a course whose final session comes first, by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    final_day: Option<u32>,
    /// Its status changed today (on a day page).
    new: bool,
    /// A picture of how to do it, if the clinic gave one.
    image: Option<view::ImageView<'a>>,
    /// The step named as an action ("Put on the aftercare balm"), when the clinic gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    todo: Option<&'a str>,
    /// The same advice in one short line, when the clinic gave one (the printed sheet).
    #[serde(skip_serializing_if = "Option::is_none")]
    short: Option<&'a str>,
    /// One of the rules that matter most on these days.
    key: bool,
    /// Not allowed now, and never allowed later either (the rule ends `never`).
    for_good: bool,
    /// On the printed sheet, of what is not allowed yet: the first day it is allowed after
    /// the final session, when that is later than after an ordinary one.
    #[serde(skip_serializing_if = "Option::is_none")]
    final_from_day: Option<u32>,
    /// On the printed sheet, the days of a routine that needs care, a tick box each (at
    /// most [`TICK_DAYS`], from day 0).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    ticks: Vec<u32>,
}

/// The most tick boxes a routine gets on the at-a-glance sheet: its first days, the ones
/// a patient most needs to keep to.
const TICK_DAYS: u32 = 10;

#[derive(Serialize)]
struct Change<'a> {
    activity: ActivityRef<'a>,
    /// `None` when nothing applied the day before (an action starts).
    from: Option<StatusView<'a>>,
    to: StatusView<'a>,
    say: &'a str,
}

fn day(sh: &Shared, tr: &Tr, ctx: &mut Vars, n: u32) -> &'static str {
    let (site, t) = (sh.site, tr.t);
    let d = &tr.schedule.days[n as usize];
    // What changed since yesterday comes first in its group: it is what the patient has
    // not read before.
    let new_today: Vec<usize> = tr.schedule.changes_on(n, Track::Every).iter().map(|c| c.activity).collect();
    let mut entries: Vec<DayEntry> = d
        .entries
        .iter()
        .filter_map(|e| {
            let p = e.every?;
            let from_day = match p.status {
                Status::NotYet => tr.schedule.from_day(e.activity, Track::Every, Status::WithCare),
                _ => None,
            };
            Some(DayEntry {
                activity: ActivityRef::new(t, &t.activities[e.activity]),
                status: view::status(site, p.status),
                say: &p.say,
                cites: view::cites(t, &p.cites),
                after_final: if e.final_differs() { e.last.map(|l| view::phase(site, t, l)) } else { None },
                from_day,
                final_day: from_day.and_then(|k| final_day(tr, e.activity, k, Status::WithCare)),
                new: new_today.contains(&e.activity),
                image: p.image.as_ref().map(view::image),
                todo: p.todo.as_deref(),
                short: p.short.as_deref(),
                key: p.key,
                for_good: p.status == Status::NotYet && ends_never(t, e.activity),
                final_from_day: None,
                ticks: Vec::new(),
            })
        })
        .collect();
    // Stable: within "new" and "not new", the activities keep the clinic's order.
    entries.sort_by_key(|e| !e.new);
    let group = |keys: &[Status]| -> Vec<&DayEntry> {
        entries.iter().filter(|e| keys.iter().any(|k| k.key() == e.status.key)).collect()
    };
    let counts: Vec<(StatusView, usize)> = used_statuses(t)
        .map(|s| (view::status(site, s), entries.iter().filter(|e| e.status.key == s.key()).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let changes: Vec<Change> = tr
        .schedule
        .changes_on(n + 1, Track::Every)
        .into_iter()
        .filter_map(|c| {
            let to = c.to?;
            Some(Change {
                activity: ActivityRef::new(t, &t.activities[c.activity]),
                from: c.from.map(|f| view::status(site, f.status)),
                to: view::status(site, to.status),
                say: &to.say,
            })
        })
        .collect();
    let last = tr.schedule.last_day();
    let hours: Vec<HourView> = if n == 0 { hours(tr) } else { Vec::new() };
    ctx.set("day", &n);
    ctx.set("stage", &view::stage(site, t, &t.timeline.stages[d.stage]));
    // The routine of the day: actions, then how to do what is allowed only with care.
    ctx.set("todo", &group(&[Status::Do, Status::WithCare]));
    ctx.set("allowed", &group(&[Status::Allowed]));
    ctx.set("not_yet", &group(&[Status::NotYet]));
    ctx.set("never", &group(&[Status::Never]));
    ctx.set("new_today", &entries.iter().filter(|e| e.new).collect::<Vec<_>>());
    ctx.set("entries", &entries);
    ctx.set("counts", &counts.iter().map(|(s, n)| CountView { status: *s, count: *n }).collect::<Vec<_>>());
    ctx.set("hours", &hours);
    ctx.set("key_rules", &entries.iter().filter(|e| e.key).collect::<Vec<_>>());
    ctx.set("routine", &routine(tr, Some(n)));
    ctx.set("changes", &changes);
    ctx.set("prev_url", &(n > 0).then(|| urls::day(&t.prefix, n - 1)));
    ctx.set("next_url", &(n < last).then(|| urls::day(&t.prefix, n + 1)));
    ctx.set("later", &if n == last { later(tr) } else { Vec::new() });
    ctx.set("days", &day_links(tr));
    "day.html"
}

#[derive(Serialize)]
struct CountView<'a> {
    status: StatusView<'a>,
    count: usize,
}

/// A milestone after the day pages end (after the final session).
#[derive(Serialize)]
struct LaterView<'a> {
    when: &'a str,
    say: &'a str,
    cites: Vec<GuideRef<'a>>,
}

fn later<'a>(tr: &Tr<'a>) -> Vec<LaterView<'a>> {
    tr.t.timeline
        .later
        .iter()
        .map(|l| LaterView { when: &l.when, say: &l.say, cites: view::cites(tr.t, &l.cites) })
        .collect()
}

/// Whether an activity's rule ends in `never` after an ordinary session: what is not
/// allowed yet is not allowed later either.
fn ends_never(t: &Treatment, activity: usize) -> bool {
    let id = &t.activities[activity].id;
    t.protocol
        .rules
        .iter()
        .find(|r| &r.activity == id)
        .and_then(|r| r.phases.last())
        .is_some_and(|p| p.status == Status::Never)
}

/// The daily routine's steps, in the clinic's order: those of day `n`, or (`None`, the
/// printed sheet) all of them, each with its days.
fn routine<'a>(tr: &Tr<'a>, n: Option<u32>) -> Vec<RoutineView<'a>> {
    let last = tr.schedule.last_day();
    tr.t.protocol
        .routine
        .iter()
        .filter(|r| n.is_none_or(|n| r.days.start <= n && n <= r.days.end_or(last)))
        .map(|r| RoutineView {
            days: tr.site.words.days_label(r.days.start, r.days.end, last),
            start: r.days.start,
            say: &r.say,
            short: r.short.as_deref(),
            image: r.image.as_ref().map(view::image),
            cites: view::cites(tr.t, &r.cites),
        })
        .collect()
}

/// A step of the daily routine.
#[derive(Serialize)]
struct RoutineView<'a> {
    days: String,
    start: u32,
    say: &'a str,
    /// The step in one short line, for the printed sheets.
    short: Option<&'a str>,
    /// A picture of the step, if the clinic gave one (the printed checklist shows it).
    image: Option<view::ImageView<'a>>,
    cites: Vec<GuideRef<'a>>,
}

fn hours<'a>(tr: &Tr<'a>) -> Vec<HourView<'a>> {
    tr.t.protocol
        .first_hours
        .iter()
        .map(|h| HourView {
            hours: tr.site.words.hours_label(h.hours.start, h.hours.end),
            say: &h.say,
            cites: view::cites(tr.t, &h.cites),
        })
        .collect()
}

/// A step by the hour on the session day.
#[derive(Serialize)]
struct HourView<'a> {
    hours: String,
    say: &'a str,
    cites: Vec<GuideRef<'a>>,
}

#[derive(Serialize)]
struct StripDay<'a> {
    day: u32,
    url: String,
    /// `None` on a day an action-only rule says nothing.
    status: Option<StatusView<'a>>,
}

#[derive(Serialize)]
struct GuideSays<'a> {
    guide: GuideRef<'a>,
    recs: Vec<RecView<'a>>,
}

fn activity(sh: &Shared, tr: &Tr, ctx: &mut Vars, i: usize) -> &'static str {
    let (site, t) = (sh.site, tr.t);
    let a = &t.activities[i];
    let rule = tr.schedule.rules[i];
    let strip = |track: Track| -> Vec<StripDay> {
        tr.schedule
            .days
            .iter()
            .map(|d| StripDay {
                day: d.day,
                url: urls::day(&t.prefix, d.day),
                status: d.entries[i].status(track).map(|s| view::status(site, s)),
            })
            .collect()
    };
    let guides: Vec<GuideSays> = t
        .guides
        .iter()
        .map(|g| GuideSays {
            guide: GuideRef::new(t, g),
            recs: g
                .recommendations
                .iter()
                .filter(|r| r.activity == a.id)
                .map(|r| view::rec(&site.words, t, g, r))
                .collect(),
        })
        .collect();
    let answer = view::answer(sh.site, tr.schedule, i);
    // The answer after the final session first, then the ordinary session's runs that
    // differ, said to be for between sessions only (see `Answer::final_first`).
    if answer.final_first {
        ctx.set("short", &in_short(sh, tr, i, Track::Final));
        let between: Vec<ShortPoint> = in_short(sh, tr, i, Track::Every).into_iter().filter(|p| !p.shared).collect();
        ctx.set("between", &between);
    } else {
        ctx.set("short", &in_short(sh, tr, i, Track::Every));
        ctx.set("between", &Vec::<ShortPoint>::new());
    }
    ctx.set("final_strip", &answer.final_text.is_some().then(|| strip(Track::Final)));
    ctx.set("activity", &ActivityRef::new(t, a));
    ctx.set("why", &a.why);
    ctx.set("answer", &answer);
    ctx.set("phases", &rule.phases.iter().map(|p| view::phase(site, t, p)).collect::<Vec<_>>());
    ctx.set("after_final", &rule.after_final.iter().map(|p| view::phase(site, t, p)).collect::<Vec<_>>());
    ctx.set("strip", &strip(Track::Every));
    ctx.set("guides", &guides);
    ctx.set("disagreement", &view::disagreement(&sh.site.words, t, &a.id));
    ctx.set("related_articles", &related_articles(sh, &site.activity_key(t, &a.id)));
    "activity.html"
}

/// One point of an activity page's "in short": a run of days with one phase.
#[derive(Serialize)]
struct ShortPoint<'a> {
    /// "Days 0 to 13", "From day 14".
    days: String,
    /// Its first day, for the patient's own date beside it.
    start: u32,
    /// Its last day, when it ends before the last day page (the patient's dates then show
    /// both ends of the run).
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<u32>,
    status: StatusView<'a>,
    say: &'a str,
    /// Its first day, when the advice is the same after the final session of a course:
    /// today.js dates it by it. Not otherwise: the point's words would not be the rule
    /// then (the page's "after your final session" answer carries that date).
    #[serde(skip_serializing_if = "Option::is_none")]
    final_day: Option<u32>,
    /// A run of the answer after the final session whose advice differs after an ordinary
    /// one: today.js dates it only in the final session (`data-if-final`).
    if_final: bool,
    /// The same advice after an ordinary and after the final session on all its days.
    #[serde(skip)]
    shared: bool,
}

/// After the final session, the day from which `activity` is at least at `status`, for
/// what after an ordinary session starts on `day`: `day` itself when the advice on that
/// day is the same after both (the sun may wait longer after the final session).
fn final_day(tr: &Tr, activity: usize, day: u32, status: Status) -> Option<u32> {
    if same_after_final(tr, activity, day) {
        Some(day)
    } else {
        tr.schedule.from_day(activity, Track::Final, status)
    }
}

/// Whether `activity`'s advice on `day` is the same after the final session as after an
/// ordinary one.
fn same_after_final(tr: &Tr, activity: usize, day: u32) -> bool {
    tr.schedule
        .days
        .get(day as usize)
        .is_some_and(|d| crate::schedule::same(d.entries[activity].every, d.entries[activity].last))
}

/// The clinic's answer for one activity in at most three points, after an ordinary
/// session or after the final one (`track`): the runs of days with one phase each. With
/// more runs, the first (what applies now) and the last two (the steps back to normal)
/// are kept.
fn in_short<'a>(sh: &Shared<'a>, tr: &Tr<'a>, i: usize, track: Track) -> Vec<ShortPoint<'a>> {
    let last = tr.schedule.last_day();
    let mut runs: Vec<(u32, u32, &crate::model::Phase)> = Vec::new();
    for d in &tr.schedule.days {
        let Some(p) = d.entries[i].phase(track) else { continue };
        match runs.last_mut() {
            Some((_, end, q)) if std::ptr::eq(*q, p) && *end + 1 == d.day => *end = d.day,
            _ => runs.push((d.day, d.day, p)),
        }
    }
    if runs.len() > 3 {
        runs.drain(1..runs.len() - 2);
    }
    runs.into_iter()
        .map(|(start, end, p)| {
            let shared = (start..=end).all(|d| !tr.schedule.days[d as usize].entries[i].final_differs());
            ShortPoint {
                days: sh.site.words.days_label(start, (end < last).then_some(end), last),
                start,
                end: (end < last && end > start).then_some(end),
                status: view::status(sh.site, p.status),
                say: &p.say,
                final_day: same_after_final(tr, i, start).then_some(start),
                if_final: track == Track::Final && !shared,
                shared,
            }
        })
        .collect()
}

#[derive(Serialize)]
struct GuideSummary<'a> {
    guide: GuideRef<'a>,
    publisher: &'a str,
    date: Option<String>,
    count: usize,
    vague_count: usize,
}

fn guide_summary<'a>(w: &Messages, t: &Treatment, g: &'a crate::model::Guide) -> GuideSummary<'a> {
    GuideSummary {
        guide: GuideRef::new(t, g),
        publisher: &g.publisher,
        date: g.date.map(|d| w.medium_date(d.0)),
        count: g.recommendations.len(),
        vague_count: g
            .recommendations
            .iter()
            .filter(|r| r.allowed_from.is_none() && r.with_care_from.is_none())
            .count(),
    }
}

#[derive(Serialize)]
struct GuideRow<'a> {
    rec: RecView<'a>,
    clinic: Answer,
    /// How the clinic's days compare with the guide's: `same`, `later`, `earlier`, `mixed`
    /// or `unknown` ([`crate::compare::Comparison::kind`]).
    comparison: &'static str,
    difference: Option<String>,
    /// The clinic's reason for differing from this guide (`earlier_because`,
    /// `stricter_because`), where the rule gives one and the days do differ that way.
    because: Option<&'a str>,
}

fn guide(sh: &Shared, tr: &Tr, ctx: &mut Vars, i: usize, root: &str) -> &'static str {
    let (site, t) = (sh.site, tr.t);
    let w = &site.words;
    let g = &t.guides[i];
    let rows: Vec<GuideRow> = g
        .recommendations
        .iter()
        .map(|r| {
            let a = t.activity_index(&r.activity).expect("validated activity");
            let clinic = view::answer(sh.site, tr.schedule, a);
            let c = crate::compare::compare(clinic.days(r.session), crate::compare::Days::of(r));
            let (comparison, difference) = (c.kind(), c.text(w));
            let because = crate::governance::reason(t, tr.schedule, tr.schedule.rules[a], a, g);
            GuideRow { rec: view::rec(&site.words, t, g, r), clinic, comparison, difference, because }
        })
        .collect();
    let silent: Vec<ActivityRef> = t
        .activities
        .iter()
        .filter(|a| !g.recommendations.iter().any(|r| r.activity == a.id))
        .map(|a| ActivityRef::new(t, a))
        .collect();
    ctx.set("guide", &GuideRef::new(t, g));
    ctx.set("publisher", &g.publisher);
    ctx.set("date", &g.date.map(|d| sh.site.words.medium_date(d.0)));
    ctx.set("day_counting", &g.day_counting);
    ctx.set("summary", &view::markdown_html(site, Some(tr.i), &g.summary, root));
    ctx.set("rows", &rows);
    ctx.set("silent", &silent);
    "guide.html"
}

#[derive(Serialize)]
struct CompareRow<'a> {
    activity: ActivityRef<'a>,
    /// What each guide that mentions the activity says.
    cells: Vec<Cell<'a>>,
    /// The guides that do not mention it.
    silent: Vec<GuideRef<'a>>,
    clinic: Answer,
    disagreement: Option<String>,
    /// The clinic's and the guides' days on one axis (`super::chart`).
    chart: super::chart::Chart,
}

fn compare(sh: &Shared, tr: &Tr, ctx: &mut Vars, root: &str) -> &'static str {
    let t = tr.t;
    let w = &sh.site.words;
    let end = super::chart::axis_end(t);
    let rows: Vec<CompareRow> = t
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let clinic = view::answer(sh.site, tr.schedule, i);
            let given: Vec<super::chart::Given> = t
                .guides
                .iter()
                .enumerate()
                .flat_map(|(n, g)| g.recommendations.iter().filter(|r| r.activity == a.id).map(move |r| (n, r)))
                .map(|(n, rec)| super::chart::Given { number: n + 1, rec })
                .collect();
            let cells: Vec<Cell> = t.guides.iter().map(|g| view::cell(w, t, g, &a.id)).collect();
            // Guides that say nothing about the activity are named on one line, not a row each.
            let (cells, silent): (Vec<Cell>, Vec<Cell>) =
                cells.into_iter().partition(|c| c.kind != "none" || c.final_text.is_some());
            CompareRow {
                activity: ActivityRef::new(t, a),
                cells,
                silent: silent.into_iter().map(|c| c.guide).collect(),
                chart: super::chart::chart(w, &clinic, &given, end),
                clinic,
                disagreement: view::disagreement(w, t, &a.id),
            }
        })
        .collect();
    let disagreements = rows.iter().filter(|r| r.disagreement.is_some()).count();
    ctx.set("guides", &t.guides.iter().map(|g| GuideRef::new(t, g)).collect::<Vec<_>>());
    ctx.set("rows", &rows);
    ctx.set("axis", &super::chart::axis(w, end));
    ctx.set("disagreements", &disagreements);
    let here = urls::of(&t.prefix, urls::COMPARE);
    ctx.set("rule_of_thumb", &view::markdown_html_on(sh.site, Some(tr.i), &t.protocol.rule_of_thumb, root, &here));
    "compare.html"
}

#[derive(Serialize)]
struct Milestone<'a> {
    day: u32,
    activity: ActivityRef<'a>,
    status: StatusView<'a>,
    say: &'a str,
    /// How to do it, on the printed sheet: for what becomes allowed with care, the
    /// phase's `short` (or its `say`); nothing for the other changes, whose names say it.
    how: Option<&'a str>,
    /// The change as an action ("Rinse your scalp gently, once a day"), if the protocol
    /// names one: a picture's caption.
    todo: Option<&'a str>,
    image: Option<view::ImageView<'a>>,
    /// After the final session something else applies on this day.
    final_differs: bool,
}

/// What changes after an ordinary session, day by day: the same changes the dated plan
/// lists (one rule, [`Schedule::changes_until`]), without dates.
fn milestones<'a>(sh: &Shared<'a>, tr: &Tr<'a>, track: Track) -> Vec<Milestone<'a>> {
    let (site, t) = (sh.site, tr.t);
    // With one session, that session is the final one.
    let track = if t.settings.sessions <= 1 { Track::Final } else { track };
    // Every change up to the last day page: a patient with no next session (or whose next
    // one is late) still needs to know when the rest comes back.
    let until = tr.schedule.last_day();
    tr.schedule
        .changes_until(until, track)
        .into_iter()
        .filter_map(|c| {
            let to = c.to?;
            Some(Milestone {
                day: c.day,
                activity: ActivityRef::new(t, &t.activities[c.activity]),
                status: view::status(site, to.status),
                say: &to.say,
                how: (to.status == Status::WithCare).then(|| to.short.as_deref().unwrap_or(&to.say)),
                todo: to.todo.as_deref(),
                image: to.image.as_ref().map(view::image),
                final_differs: track == Track::Every
                    && tr.schedule.days.get(c.day as usize).is_some_and(|d| d.entries[c.activity].final_differs()),
            })
        })
        .collect()
}

/// The changes of one day on the printed sheet, grouped by what they become: "Day 7: with
/// care: trimming, hats; allowed: light exercise" reads as three short lists, not one long
/// line with a badge per activity.
#[derive(Serialize)]
struct MilestoneDay<'a> {
    day: u32,
    groups: Vec<MilestoneGroup<'a>>,
}

#[derive(Serialize)]
struct MilestoneGroup<'a> {
    status: StatusView<'a>,
    activities: Vec<MilestoneItem<'a>>,
}

/// An activity of a day's changes, with how to do it when it needs care.
#[derive(Serialize)]
struct MilestoneItem<'a> {
    activity: ActivityRef<'a>,
    how: Option<&'a str>,
    todo: Option<&'a str>,
    image: Option<view::ImageView<'a>>,
    /// After the final session something else applies on this day (the sheet says so).
    final_differs: bool,
}

fn milestone_days(list: Vec<Milestone<'_>>) -> Vec<MilestoneDay<'_>> {
    let mut days: Vec<MilestoneDay> = Vec::new();
    for m in list {
        if days.last().is_none_or(|d| d.day != m.day) {
            days.push(MilestoneDay { day: m.day, groups: Vec::new() });
        }
        let groups = &mut days.last_mut().expect("pushed above").groups;
        let item = MilestoneItem {
            activity: m.activity,
            how: m.how,
            todo: m.todo,
            image: m.image,
            final_differs: m.final_differs,
        };
        match groups.iter_mut().find(|g| g.status.key == m.status.key) {
            Some(g) => g.activities.push(item),
            None => groups.push(MilestoneGroup { status: m.status, activities: vec![item] }),
        }
    }
    days
}

fn glance(sh: &Shared, tr: &Tr, ctx: &mut Vars) -> &'static str {
    let (site, t) = (sh.site, tr.t);
    let day0 = &tr.schedule.days[0];
    let rows = |s: Status| -> Vec<DayEntry> {
        day0.entries
            .iter()
            .filter_map(|e| e.every.filter(|p| p.status == s).map(|p| (e, p)))
            .map(|(e, p)| (e, p, tr.schedule.from_day(e.activity, Track::Every, Status::WithCare)))
            .map(|(e, p, from_day)| DayEntry {
                activity: ActivityRef::new(t, &t.activities[e.activity]),
                status: view::status(site, s),
                say: &p.say,
                cites: Vec::new(),
                after_final: None,
                from_day,
                final_day: from_day.and_then(|k| final_day(tr, e.activity, k, Status::WithCare)),
                new: false,
                image: p.image.as_ref().map(view::image),
                todo: p.todo.as_deref(),
                short: p.short.as_deref(),
                key: p.key,
                for_good: s == Status::NotYet && ends_never(t, e.activity),
                final_from_day: match s {
                    Status::NotYet => tr
                        .schedule
                        .from_day(e.activity, Track::Final, Status::WithCare)
                        .filter(|f| Some(*f) > tr.schedule.from_day(e.activity, Track::Every, Status::WithCare)),
                    _ => None,
                },
                ticks: match s {
                    Status::WithCare => {
                        let end = p.days.end_or(tr.schedule.last_day()).min(p.days.start + TICK_DAYS - 1);
                        (p.days.start..=end).collect()
                    }
                    _ => Vec::new(),
                },
            })
            .collect()
    };
    ctx.set("stages", &stages(tr));
    ctx.set("hours", &hours(tr));
    ctx.set("later", &later(tr));
    // Every action of the protocol, whatever its days: the sheet's "Do" list.
    let todo: Vec<(ActivityRef, PhaseView)> = t
        .protocol
        .rules
        .iter()
        .flat_map(|r| r.phases.iter().filter(|p| p.status == Status::Do).map(move |p| (r, p)))
        .filter_map(|(r, p)| Some((ActivityRef::new(t, t.activity(&r.activity)?), view::phase(site, t, p))))
        .collect();
    ctx.set("todo", &todo);
    // The rules that matter most, whatever their days: the sheet's first box.
    ctx.set("key_rules", &key_rules(site, t));
    ctx.set("routine", &routine(tr, None));
    ctx.set("dont", &rows(Status::NotYet));
    ctx.set("never", &rows(Status::Never));
    ctx.set("care", &rows(Status::WithCare));
    // After the final session, the activities whose answer changes: the runs of days it
    // changes, each with what applies then and how ("Days 14 to 29: not yet, shade or a
    // hat · From day 30: with care, sunscreen").
    let final_answers: Vec<CheckOther> = activity_list(tr)
        .into_iter()
        .enumerate()
        .filter(|(_, q)| q.answer.final_text.is_some())
        .map(|(i, q)| CheckOther {
            activity: q.activity,
            runs: Vec::new(),
            final_runs: check_runs(site, tr.schedule, i, Track::Final, true, u32::MAX),
        })
        .collect();
    ctx.set("milestones", &milestone_days(milestones(sh, tr, Track::Every)));
    ctx.set("final_milestones", &milestones(sh, tr, Track::Final));
    ctx.set("final_answers", &final_answers);
    ctx.set(
        "qr",
        &super::qr::site_qr(
            sh.base_url,
            &format!("{}{}", sh.site.lang.prefix(), urls::of(&t.prefix, urls::HOME)),
            &sh.site.words.get("qr-site", &[]),
        ),
    );
    "handout-glance.html"
}

#[derive(Serialize)]
struct ChecklistRow<'a> {
    day: u32,
    cells: Vec<CheckCell<'a>>,
}

#[derive(Serialize)]
struct CheckCell<'a> {
    status: Option<StatusView<'a>>,
    /// After the final session a stricter rule applies on this day.
    final_differs: bool,
}

/// An activity of the checklist, as its runs of days: every column (what its "care" and
/// "not yet" mean, where the protocol says it in a short line) and every activity that is
/// not a column (all its runs), each with the runs the final session changes.
#[derive(Serialize)]
struct CheckOther<'a> {
    activity: ActivityRef<'a>,
    runs: Vec<CheckRun<'a>>,
    /// After the final session only: the runs of days it changes, with what applies then.
    final_runs: Vec<CheckRun<'a>>,
}

#[derive(Serialize)]
struct CheckRun<'a> {
    days: String,
    status: StatusView<'a>,
    /// How, in the protocol's own short line (`short`; for a final-only run, `say`); none
    /// for a key rule, which the sheet's first box says.
    how: Option<&'a str>,
}

/// Activity `i`'s runs of days with one phase each on `track`, and from day `final_from` on
/// after the final session (the checklist's rows from then on are for after it); with
/// `changed`, only the days before `final_from` that the final session changes.
fn check_runs<'a>(
    site: &'a Site,
    schedule: &Schedule<'a>,
    i: usize,
    track: Track,
    changed: bool,
    final_from: u32,
) -> Vec<CheckRun<'a>> {
    let last = schedule.last_day();
    let mut spans: Vec<(u32, u32, &'a crate::model::Phase)> = Vec::new();
    for d in &schedule.days {
        let e = &d.entries[i];
        if changed && (!e.final_differs() || d.day >= final_from) {
            continue;
        }
        let Some(p) = e.phase(sheet_track(d.day, final_from, track)) else { continue };
        match spans.last_mut() {
            Some((_, end, q)) if std::ptr::eq(*q, p) && *end + 1 == d.day => *end = d.day,
            _ => spans.push((d.day, d.day, p)),
        }
    }
    spans
        .into_iter()
        .map(|(start, end, p)| CheckRun {
            // The last run goes on after the last day page: "From day 30".
            days: site.words.days_label(start, (end < last).then_some(end), last),
            status: view::status(site, p.status),
            // A key rule's how is in the box above the table: said once.
            how: if changed {
                Some(p.short.as_deref().unwrap_or(&p.say))
            } else if p.key {
                None
            } else {
                p.short.as_deref()
            },
        })
        .collect()
}

/// A treatment's key rules (`key: true` phases), whatever their days, in the protocol's
/// order: the first box of both printed sheets.
fn key_rules<'a>(site: &'a Site, t: &'a Treatment) -> Vec<(ActivityRef<'a>, PhaseView<'a>)> {
    t.protocol
        .rules
        .iter()
        .flat_map(|r| r.phases.iter().filter(|p| p.key).map(move |p| (r, p)))
        .filter_map(|(r, p)| Some((ActivityRef::new(t, t.activity(&r.activity)?), view::phase(site, t, p))))
        .collect()
}

/// The track a printed checklist gives `day` by: the rule after the final session from day
/// `final_from` on (its rows from the next session's day are for after the final session),
/// `before` on the days before.
fn sheet_track(day: u32, final_from: u32, before: Track) -> Track {
    if day >= final_from {
        Track::Final
    } else {
        before
    }
}

fn checklist(sh: &Shared, tr: &Tr, ctx: &mut Vars) -> &'static str {
    let (site, t) = (sh.site, tr.t);
    let cols: Vec<usize> = t.activities.iter().enumerate().filter(|(_, a)| a.checklist).map(|(i, _)| i).collect();
    // A sheet is for one session, and says that its rows from the next session's day on
    // apply only after the final session: those rows give the rule after the final
    // session (the sun stays off then), as do all rows of a treatment of one session.
    // The rows before keep the ordinary rule, marked where the final session differs.
    let final_from = if t.settings.sessions <= 1 { 0 } else { t.settings.days_between_sessions };
    let rows: Vec<ChecklistRow> = tr
        .schedule
        .days
        .iter()
        .map(|d| ChecklistRow {
            day: d.day,
            cells: cols
                .iter()
                .map(|&i| {
                    let e = &d.entries[i];
                    let track = sheet_track(d.day, final_from, Track::Every);
                    CheckCell {
                        status: e.status(track).map(|s| view::status(site, s)),
                        final_differs: e.status(track) != e.status(Track::Final),
                    }
                })
                .collect(),
        })
        .collect();
    let runs = |i: usize| CheckOther {
        activity: ActivityRef::new(t, &t.activities[i]),
        runs: check_runs(site, tr.schedule, i, Track::Every, false, final_from),
        final_runs: check_runs(site, tr.schedule, i, Track::Final, true, final_from),
    };
    // The columns: how to do what their "care" (or "not yet") asks, where the protocol says
    // it in a short line, so that the printed table stands on its own.
    let how: Vec<CheckOther> = cols
        .iter()
        .map(|&i| {
            let mut c = runs(i);
            c.runs.retain(|r| r.how.is_some());
            c
        })
        .filter(|c| !c.runs.is_empty() || !c.final_runs.is_empty())
        .collect();
    // Every other activity, so the sheet covers the whole treatment: its runs of days with
    // one rule each ("Days 0 to 13: not yet · From day 14: with care").
    let others: Vec<CheckOther> = (0..t.activities.len()).filter(|i| !cols.contains(i)).map(runs).collect();
    // The rules that matter most, whatever their days: the sheet's summary.
    ctx.set("key_rules", &key_rules(site, t));
    // How to do the daily care, step by step: what the table's "care" asks on its days.
    ctx.set("routine", &routine(tr, None));
    ctx.set("columns", &cols.iter().map(|&i| ActivityRef::new(t, &t.activities[i])).collect::<Vec<_>>());
    ctx.set("any_final", &rows.iter().any(|r| r.cells.iter().any(|c| c.final_differs)));
    // The key: only the marks the table prints, in the legends' order.
    let marks: Vec<StatusView> = Status::ALL
        .into_iter()
        .filter(|s| rows.iter().any(|r| r.cells.iter().any(|c| c.status.as_ref().is_some_and(|v| v.key == s.key()))))
        .map(|s| view::status(site, s))
        .collect();
    // The lists under the table print these marks in the table's short words too.
    ctx.set("mark_keys", &marks.iter().map(|m| m.key).collect::<Vec<_>>());
    ctx.set("marks", &marks);
    ctx.set("rows", &rows);
    ctx.set("how", &how);
    ctx.set("others", &others);
    ctx.set(
        "qr",
        &super::qr::site_qr(
            sh.base_url,
            &format!("{}{}", sh.site.lang.prefix(), urls::of(&t.prefix, urls::DAYS)),
            &sh.site.words.get("qr-days", &[]),
        ),
    );
    "handout-checklist.html"
}

#[derive(Serialize)]
struct ArticleLink<'a> {
    title: &'a str,
    summary: &'a str,
    url: &'a str,
}

fn article_list<'s>(sh: &'s Shared) -> Vec<ArticleLink<'s>> {
    article_links(sh, &sh.article_order)
}

fn article_links<'s>(sh: &'s Shared, indices: &[usize]) -> Vec<ArticleLink<'s>> {
    indices
        .iter()
        .map(|&i| {
            let a = &sh.site.articles[i];
            ArticleLink { title: &a.meta.title, summary: &a.meta.summary, url: &sh.article_urls[i] }
        })
        .collect()
}

/// How many articles a page other than the articles index lists. Pages stay small, and
/// the cost of a build stays linear in the number of articles.
const ARTICLES_LISTED: usize = 8;

/// An entry of an article page's "More articles" list. No summary: the list does not
/// show one, and every field here is serialised again on each of thousands of pages.
#[derive(Serialize)]
struct WindowLink<'a> {
    title: &'a str,
    url: &'a str,
    /// The page's own entry.
    current: bool,
}

/// Up to `ARTICLES_LISTED` articles around position `at` of the reading order.
fn article_window<'s>(sh: &'s Shared, at: usize) -> Vec<WindowLink<'s>> {
    let n = sh.article_order.len();
    let start = at.saturating_sub(ARTICLES_LISTED / 2).min(n.saturating_sub(ARTICLES_LISTED));
    (start..(start + ARTICLES_LISTED).min(n))
        .map(|pos| {
            let i = sh.article_order[pos];
            WindowLink { title: &sh.site.articles[i].meta.title, url: &sh.article_urls[i], current: pos == at }
        })
        .collect()
}

fn related_articles<'s>(sh: &'s Shared, activity: &str) -> Vec<ArticleLink<'s>> {
    let related: Vec<usize> = sh
        .article_order
        .iter()
        .copied()
        .filter(|&i| sh.site.articles[i].meta.activities.iter().any(|x| x == activity))
        .collect();
    article_links(sh, &related)
}

fn article(sh: &Shared, ctx: &mut Vars, i: usize, root: &str) -> &'static str {
    let a = &sh.site.articles[i];
    let related: Vec<ActivityRef> = a
        .meta
        .activities
        .iter()
        .filter_map(|key| sh.site.resolve_activity(key))
        .map(|(t, i)| {
            let t = &sh.site.treatments[t];
            ActivityRef::new(t, &t.activities[i])
        })
        .collect();
    ctx.set("title", &a.meta.title);
    ctx.set("summary", &a.meta.summary);
    // The one parse of the body: its HTML, and the problems the build reports (a
    // translation's copy of the default language's article is reported there).
    match crate::content::body(a) {
        Ok(body) => {
            // A translation's copy of the default language's article is graded there.
            let mut prose =
                (ctx.read_articles && !a.fallback).then(|| crate::patient_text::ProseReader::new(true, true));
            let rendered = match prose.as_mut() {
                Some(r) => {
                    let md: &str = &body;
                    let mut tap = |ev: &pulldown_cmark::Event, range| r.event(md, ev, range);
                    crate::markdown::render_article_tapped(sh.site, a, md, root, Some(&mut tap))
                }
                None => crate::markdown::render_article(sh.site, a, &body, root),
            };
            ctx.set("content", &rendered.html);
            if !rendered.problems.is_empty() && !a.fallback {
                let mut d = Diagnostics::new();
                crate::content::validate::body_problems(a, &body, &rendered.problems, &mut d);
                ctx.problems = Some(d);
            }
            if let Some(r) = prose {
                ctx.article_prose = Some(ArticleProse { article: i, body: body.into_owned(), prose: r.finish() });
            }
        }
        Err(d) => ctx.problems = Some(d),
    }
    ctx.set("related", &related);
    let at = sh.article_pos[i];
    ctx.set("articles", &article_window(sh, at));
    ctx.set("article_count", &sh.site.articles.len());
    // The same on every article page: formatted once per build, not once per page.
    ctx.set("all_articles", &sh.all_articles);
    "article.html"
}

#[derive(Serialize)]
struct PrepView<'a> {
    when: &'a str,
    action: &'a str,
    why: &'a str,
    cites: Vec<GuideRef<'a>>,
}

fn prep_steps<'a>(tr: &Tr<'a>) -> Vec<PrepView<'a>> {
    tr.t.preparation
        .iter()
        .map(|p| PrepView { when: &p.when, action: &p.action, why: &p.why, cites: view::cites(tr.t, &p.cites) })
        .collect()
}
