//! The list of pages a site has, and the template variables each one gets.
//!
//! Every page receives `site` (config, clinic, treatment, navigation, warning signs),
//! `root` (the relative prefix back to the output root), `page_path` and `page_kind`,
//! plus the variables of its kind, documented in README.md.

use serde::Serialize;
use serde_json::Value;
use tera::Context;

use super::view::{self, ActivityRef, Answer, Cell, GuideRef, Link, PhaseView, RecView, StageView, StatusView};
use crate::model::{Clinic, Site, Status};
use crate::schedule::{Schedule, Track};
use crate::urls;

#[derive(Debug, Clone, Copy)]
pub enum Page {
    Home,
    Days,
    Day(u32),
    Activities,
    Activity(usize),
    Guides,
    Guide(usize),
    Compare,
    Handouts,
    Glance,
    Checklist,
    Articles,
    Article(usize),
    Prepare,
    Schedule,
    NotFound,
}

/// Every page of the site, in a fixed order.
pub fn all(site: &Site) -> Vec<Page> {
    let mut pages = vec![
        Page::Home,
        Page::Days,
        Page::Activities,
        Page::Guides,
        Page::Compare,
        Page::Handouts,
        Page::Glance,
        Page::Checklist,
        Page::Articles,
        Page::Prepare,
        Page::Schedule,
        Page::NotFound,
    ];
    pages.extend((0..=site.last_day()).map(Page::Day));
    pages.extend((0..site.activities.len()).map(Page::Activity));
    pages.extend((0..site.guides.len()).map(Page::Guide));
    pages.extend((0..site.articles.len()).map(Page::Article));
    pages
}

impl Page {
    pub fn path(&self, site: &Site) -> String {
        match *self {
            Page::Home => urls::HOME.into(),
            Page::Days => urls::DAYS.into(),
            Page::Day(n) => urls::day(n),
            Page::Activities => urls::ACTIVITIES.into(),
            Page::Activity(i) => urls::activity(&site.activities[i].id),
            Page::Guides => urls::GUIDES.into(),
            Page::Guide(i) => urls::guide(&site.guides[i].id),
            Page::Compare => urls::COMPARE.into(),
            Page::Handouts => urls::HANDOUTS.into(),
            Page::Glance => urls::GLANCE.into(),
            Page::Checklist => urls::CHECKLIST.into(),
            Page::Articles => urls::ARTICLES.into(),
            Page::Article(i) => urls::article(&site.articles[i].slug),
            Page::Prepare => urls::PREPARE.into(),
            Page::Schedule => urls::SCHEDULE.into(),
            Page::NotFound => urls::NOT_FOUND.into(),
        }
    }
}

/// What every page shares, serialised once per build.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub schedule: &'a Schedule<'a>,
    site_value: Value,
    base_url: Option<&'a str>,
    /// Article indices in reading order (by `order`, then file name), sorted once.
    article_order: Vec<usize>,
    /// Each article's place in `article_order`.
    article_pos: Vec<usize>,
    /// Each article's output path: every article page lists several others.
    article_urls: Vec<String>,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    language: &'a str,
    description: &'a str,
    accent_color: &'a str,
    base_url: Option<&'a str>,
    clinic: &'a Clinic,
    /// `tel:` link target: the phone number without spaces or punctuation.
    phone_href: String,
    /// "Name · phone", safe inside the CSS string of the printed running footer.
    print_line: String,
    treatment: TreatmentView<'a>,
    nav: Vec<Link<'a>>,
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
    name: &'a str,
    short_name: &'a str,
    sessions: u32,
    days_between_sessions: u32,
    healing_days: u32,
    last_day: u32,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site, schedule: &'a Schedule<'a>, base_url: Option<&'a str>) -> Self {
        let c = &site.config;
        let t = &c.treatment;
        let nav: Vec<Link> = NAV.iter().map(|&(label, url)| Link { label, url: url.into() }).collect();
        let view = SiteView {
            title: &c.title,
            language: &c.language,
            description: c.description.as_deref().unwrap_or(&t.summary),
            accent_color: &c.accent_color,
            base_url,
            clinic: &c.clinic,
            phone_href: c.clinic.phone_href(),
            print_line: c.clinic.print_line(),
            treatment: TreatmentView {
                name: &t.name,
                short_name: t.short(),
                sessions: t.sessions,
                days_between_sessions: t.days_between_sessions,
                healing_days: t.healing_days,
                last_day: t.last_day,
            },
            nav,
            warning_signs: &site.timeline.warning_signs,
            normal_signs: &site.timeline.normal_signs,
            statuses: used_statuses(site).map(|s| view::status(site, s)).collect(),
            last_day: site.last_day(),
            session_starts: session_starts(site, schedule),
            generator: concat!("aftercare ", env!("CARGO_PKG_VERSION")),
        };
        let site_value = serde_json::to_value(view).expect("plain data");
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
        Shared { site, schedule, site_value, base_url, article_order, article_pos, article_urls }
    }
}

fn session_starts(site: &Site, schedule: &Schedule) -> String {
    let of = site.config.treatment.sessions.max(1);
    (1..=of)
        .map(|n| {
            let plan = crate::calendar::plan(site, schedule, n, of);
            plan.segments.iter().map(|s| s.start.to_string()).collect::<Vec<_>>().join(",")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The statuses the protocol uses, in the order a legend lists them.
fn used_statuses(site: &Site) -> impl Iterator<Item = Status> + '_ {
    Status::ALL.into_iter().filter(|s| {
        site.protocol.rules.iter().flat_map(|r| r.phases.iter().chain(&r.after_final)).any(|p| p.status == *s)
    })
}

#[derive(Serialize)]
struct NavItem {
    label: &'static str,
    url: &'static str,
    /// `page` for the page itself, `section` for a page inside its folder, else empty.
    current: &'static str,
}

/// The main navigation, in order.
const NAV: [(&str, &str); 7] = [
    ("Home", urls::HOME),
    ("Day by day", urls::DAYS),
    ("Questions", urls::ACTIVITIES),
    ("Compare guides", urls::COMPARE),
    ("Your schedule", urls::SCHEDULE),
    ("Handouts", urls::HANDOUTS),
    ("Articles", urls::ARTICLES),
];

/// Which menu entry the page at `path` belongs to: its index in [`NAV`], and whether the
/// page is that entry itself (`page`) or a page inside its folder (`section`).
fn nav_state(path: &str) -> NavState {
    NAV.iter().enumerate().find_map(|(i, &(_, url))| {
        let section = url.split_once('/').map(|(dir, _)| dir);
        if url == path {
            Some((i, "page"))
        } else if section.is_some_and(|dir| path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/'))) {
            Some((i, "section"))
        } else {
            None
        }
    })
}

/// The navigation with the current entry marked. Decided here rather than with string
/// filters in the template, which cost a few percent of a build.
fn nav_items(state: NavState) -> Vec<NavItem> {
    NAV.iter()
        .enumerate()
        .map(|(i, &(label, url))| {
            let current = match state {
                Some((at, how)) if at == i => how,
                _ => "",
            };
            NavItem { label, url, current }
        })
        .collect()
}

/// The site header (with the main navigation) and footer, as HTML.
struct Chrome {
    header: String,
    footer: String,
}

/// The menu state of a page: see [`nav_state`].
type NavState = Option<(usize, &'static str)>;

/// `partials/header.html` and `partials/footer.html` are the same on every page with the
/// same root prefix and menu state, so each is rendered once per such pair (a handful
/// per site) instead of once per page: on a site of 10,000 articles that removes about a
/// third of the template work. They see only `site`, `root` and `nav`.
pub struct ChromeCache(Vec<(String, NavState, Chrome)>);

impl ChromeCache {
    /// Renders the header and footer for every root and menu state the pages in `list` need.
    pub fn render(tera: &tera::Tera, sh: &Shared, list: &[Page]) -> Result<Self, String> {
        let mut cache = ChromeCache(Vec::new());
        for page in list {
            let path = page.path(sh.site);
            let (root, state) = (page_root(sh, page, &path), nav_state(&path));
            if cache.get(&root, state).is_some() {
                continue;
            }
            let mut ctx = Context::new();
            ctx.insert("site", &sh.site_value);
            ctx.insert("root", &root);
            ctx.insert("nav", &nav_items(state));
            // Leading and trailing blank lines are dropped: base.html decides the line breaks.
            let part = |name: &str| {
                tera.render(name, &ctx)
                    .map(|html| html.trim().to_string())
                    .map_err(|e| format!("rendering templates/{name} for {path}: {}", super::error_chain(&e)))
            };
            let chrome = Chrome { header: part(HEADER)?, footer: part(FOOTER)? };
            cache.0.push((root, state, chrome));
        }
        Ok(cache)
    }

    /// A short list, so a scan: no key to build for each of thousands of pages.
    fn get(&self, root: &str, state: NavState) -> Option<&Chrome> {
        self.0.iter().find(|(r, s, _)| r == root && *s == state).map(|(_, _, c)| c)
    }
}

const HEADER: &str = "partials/header.html";
const FOOTER: &str = "partials/footer.html";

/// The relative prefix from the page back to the site root.
fn page_root(sh: &Shared, page: &Page, path: &str) -> String {
    match page {
        // A host serves 404.html at whatever address was asked for, so relative links
        // cannot work there; use the base URL when there is one.
        Page::NotFound => sh.base_url.map(str::to_string).unwrap_or_default(),
        _ => urls::root_for(path),
    }
}

/// One worker's template variables. `site` is the largest value and the same on every
/// page, so it goes in once per worker instead of being copied into every page's
/// context; each page adds its own variables and [`Vars::clear`] takes them out again,
/// so nothing of one page can leak into the next.
pub struct Vars {
    ctx: Context,
    page_keys: Vec<&'static str>,
}

impl Vars {
    pub fn new(sh: &Shared) -> Self {
        let mut ctx = Context::new();
        ctx.insert("site", &sh.site_value);
        Vars { ctx, page_keys: Vec::with_capacity(16) }
    }

    fn set<T: Serialize + ?Sized>(&mut self, key: &'static str, val: &T) {
        self.ctx.insert(key, val);
        self.page_keys.push(key);
    }

    /// Removes every variable but `site`.
    pub fn clear(&mut self) {
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
    let root = page_root(sh, page, path);
    if let Some(c) = chrome.get(&root, nav_state(path)) {
        ctx.set("header", &c.header);
        ctx.set("footer", &c.footer);
    }
    ctx.set("root", &root);
    ctx.set("page_path", path);
    let template = match *page {
        Page::Home => home(sh, ctx, &root),
        Page::Days => {
            ctx.set("days", &day_links(sh));
            ctx.set("stages", &stages(sh));
            "days.html"
        }
        Page::Day(n) => day(sh, ctx, n),
        Page::Activities => {
            ctx.set("activities", &activity_list(sh));
            "activities.html"
        }
        Page::Activity(i) => activity(sh, ctx, i),
        Page::Guides => {
            let guides: Vec<GuideSummary> = sh.site.guides.iter().map(guide_summary).collect();
            ctx.set("guides", &guides);
            ctx.set("rule_of_thumb", &view::markdown_html(sh.site, &sh.site.protocol.rule_of_thumb, &root));
            "guides.html"
        }
        Page::Guide(i) => guide(sh, ctx, i, &root),
        Page::Compare => compare(sh, ctx, &root),
        Page::Handouts => "handouts.html",
        Page::Glance => glance(sh, ctx),
        Page::Checklist => checklist(sh, ctx),
        Page::Articles => {
            ctx.set("articles", &article_list(sh));
            "articles.html"
        }
        Page::Article(i) => article(sh, ctx, i, &root),
        Page::Prepare => {
            ctx.set("steps", &prep_steps(sh));
            "prepare.html"
        }
        Page::Schedule => {
            ctx.set("days", &day_links(sh));
            ctx.set("schedule_data", &super::schedule_data::json(sh.site, sh.schedule));
            "schedule.html"
        }
        Page::NotFound => {
            ctx.set("page_kind", "not-found");
            return "404.html";
        }
    };
    ctx.set("page_kind", template.trim_end_matches(".html"));
    template
}

#[derive(Serialize)]
struct DayLink {
    day: u32,
    url: String,
    stage: String,
}

fn day_links(sh: &Shared) -> Vec<DayLink> {
    sh.schedule
        .days
        .iter()
        .map(|d| DayLink { day: d.day, url: urls::day(d.day), stage: sh.site.timeline.stages[d.stage].name.clone() })
        .collect()
}

fn stages<'a>(sh: &Shared<'a>) -> Vec<StageView<'a>> {
    sh.site.timeline.stages.iter().map(|s| view::stage(sh.site, s)).collect()
}

#[derive(Serialize)]
struct QuestionView<'a> {
    activity: ActivityRef<'a>,
    why: &'a str,
    answer: Answer,
}

fn activity_list<'a>(sh: &Shared<'a>) -> Vec<QuestionView<'a>> {
    sh.site
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| QuestionView { activity: a.into(), why: &a.why, answer: view::answer(sh.schedule, i) })
        .collect()
}

fn home(sh: &Shared, ctx: &mut Vars, root: &str) -> &'static str {
    let top: Vec<QuestionView> =
        activity_list(sh).into_iter().filter(|q| sh.site.activity(q.activity.id).is_some_and(|a| a.top)).collect();
    ctx.set("treatment_summary", &view::markdown_html(sh.site, &sh.site.config.treatment.summary, root));
    ctx.set("final_differs", &sh.site.protocol.rules.iter().any(|r| !r.after_final.is_empty()));
    ctx.set("top_questions", &top);
    ctx.set("stages", &stages(sh));
    ctx.set("days", &day_links(sh));
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
    /// On the handout: the first day this activity is allowed at least with care.
    #[serde(skip_serializing_if = "Option::is_none")]
    from_day: Option<u32>,
}

#[derive(Serialize)]
struct Change<'a> {
    activity: ActivityRef<'a>,
    /// `None` when nothing applied the day before (an action starts).
    from: Option<StatusView<'a>>,
    to: StatusView<'a>,
    say: &'a str,
}

fn day(sh: &Shared, ctx: &mut Vars, n: u32) -> &'static str {
    let site = sh.site;
    let d = &sh.schedule.days[n as usize];
    let entries: Vec<DayEntry> = d
        .entries
        .iter()
        .filter_map(|e| {
            let p = e.every?;
            Some(DayEntry {
                activity: (&site.activities[e.activity]).into(),
                status: view::status(site, p.status),
                say: &p.say,
                cites: view::cites(site, &p.cites),
                after_final: if e.final_differs() { e.last.map(|l| view::phase(site, l)) } else { None },
                from_day: None,
            })
        })
        .collect();
    let counts: Vec<(StatusView, usize)> = used_statuses(site)
        .map(|s| (view::status(site, s), entries.iter().filter(|e| e.status.key == s.key()).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let changes: Vec<Change> = sh
        .schedule
        .changes_on(n + 1, Track::Every)
        .into_iter()
        .filter_map(|c| {
            let to = c.to?;
            Some(Change {
                activity: (&site.activities[c.activity]).into(),
                from: c.from.map(|f| view::status(site, f.status)),
                to: view::status(site, to.status),
                say: &to.say,
            })
        })
        .collect();
    let last = sh.schedule.last_day();
    let hours: Vec<HourView> = if n == 0 {
        site.protocol
            .first_hours
            .iter()
            .map(|h| HourView {
                hours: crate::wording::hours_label(h.hours.start, h.hours.end),
                say: &h.say,
                cites: view::cites(site, &h.cites),
            })
            .collect()
    } else {
        Vec::new()
    };
    ctx.set("day", &n);
    ctx.set("stage", &view::stage(site, &site.timeline.stages[d.stage]));
    ctx.set("entries", &entries);
    ctx.set("counts", &counts.iter().map(|(s, n)| CountView { status: *s, count: *n }).collect::<Vec<_>>());
    ctx.set("hours", &hours);
    ctx.set("changes", &changes);
    ctx.set("prev_url", &(n > 0).then(|| urls::day(n - 1)));
    ctx.set("next_url", &(n < last).then(|| urls::day(n + 1)));
    ctx.set("days", &day_links(sh));
    "day.html"
}

#[derive(Serialize)]
struct CountView<'a> {
    status: StatusView<'a>,
    count: usize,
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

fn activity(sh: &Shared, ctx: &mut Vars, i: usize) -> &'static str {
    let site = sh.site;
    let a = &site.activities[i];
    let rule = sh.schedule.rules[i];
    let strip = |track: Track| -> Vec<StripDay> {
        sh.schedule
            .days
            .iter()
            .map(|d| StripDay {
                day: d.day,
                url: urls::day(d.day),
                status: d.entries[i].status(track).map(|s| view::status(site, s)),
            })
            .collect()
    };
    let guides: Vec<GuideSays> = site
        .guides
        .iter()
        .map(|g| GuideSays {
            guide: g.into(),
            recs: g.recommendations.iter().filter(|r| r.activity == a.id).map(|r| view::rec(site, g, r)).collect(),
        })
        .collect();
    let answer = view::answer(sh.schedule, i);
    ctx.set("final_strip", &answer.final_text.is_some().then(|| strip(Track::Final)));
    ctx.set("activity", &ActivityRef::from(a));
    ctx.set("why", &a.why);
    ctx.set("answer", &answer);
    ctx.set("phases", &rule.phases.iter().map(|p| view::phase(site, p)).collect::<Vec<_>>());
    ctx.set("after_final", &rule.after_final.iter().map(|p| view::phase(site, p)).collect::<Vec<_>>());
    ctx.set("strip", &strip(Track::Every));
    ctx.set("guides", &guides);
    ctx.set("disagreement", &view::disagreement(site, &a.id));
    ctx.set("related_articles", &related_articles(sh, &a.id));
    "activity.html"
}

#[derive(Serialize)]
struct GuideSummary<'a> {
    guide: GuideRef<'a>,
    publisher: &'a str,
    date: Option<String>,
    count: usize,
    vague_count: usize,
}

fn guide_summary<'a>(g: &'a crate::model::Guide) -> GuideSummary<'a> {
    GuideSummary {
        guide: g.into(),
        publisher: &g.publisher,
        date: g.date.map(|d| crate::wording::medium_date(d.0)),
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
    /// How the clinic's day compares with the guide's: `same`, `later`, `earlier` or `unknown`.
    comparison: &'static str,
    difference: Option<String>,
}

fn guide(sh: &Shared, ctx: &mut Vars, i: usize, root: &str) -> &'static str {
    let site = sh.site;
    let g = &site.guides[i];
    let rows: Vec<GuideRow> = g
        .recommendations
        .iter()
        .map(|r| {
            let a = site.activities.iter().position(|a| a.id == r.activity).expect("validated activity");
            let clinic = view::answer(sh.schedule, a);
            let ours = match r.session {
                crate::model::SessionScope::Every => clinic.allowed_from,
                crate::model::SessionScope::Final => clinic.final_allowed_from.or(clinic.allowed_from),
            };
            let (comparison, difference) = match (r.allowed_from, ours) {
                (Some(theirs), Some(ours)) if theirs == ours => ("same", None),
                (Some(theirs), Some(ours)) if ours > theirs => {
                    ("later", Some(format!("We wait longer: day {ours}, not day {theirs}.")))
                }
                (Some(theirs), Some(ours)) => {
                    ("earlier", Some(format!("We allow it sooner: day {ours}, not day {theirs}.")))
                }
                (None, Some(ours)) => ("unknown", Some(format!("The guide gives no day to go by; we say day {ours}."))),
                (_, None) => ("unknown", Some("We keep this limited for the whole healing time.".into())),
            };
            GuideRow { rec: view::rec(site, g, r), clinic, comparison, difference }
        })
        .collect();
    let silent: Vec<ActivityRef> = site
        .activities
        .iter()
        .filter(|a| !g.recommendations.iter().any(|r| r.activity == a.id))
        .map(ActivityRef::from)
        .collect();
    ctx.set("guide", &GuideRef::from(g));
    ctx.set("publisher", &g.publisher);
    ctx.set("date", &g.date.map(|d| crate::wording::medium_date(d.0)));
    ctx.set("day_counting", &g.day_counting);
    ctx.set("summary", &view::markdown_html(site, &g.summary, root));
    ctx.set("rows", &rows);
    ctx.set("silent", &silent);
    "guide.html"
}

#[derive(Serialize)]
struct CompareRow<'a> {
    activity: ActivityRef<'a>,
    cells: Vec<Cell<'a>>,
    clinic: Answer,
    disagreement: Option<String>,
}

fn compare(sh: &Shared, ctx: &mut Vars, root: &str) -> &'static str {
    let site = sh.site;
    let rows: Vec<CompareRow> = site
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| CompareRow {
            activity: a.into(),
            cells: site.guides.iter().map(|g| view::cell(g, &a.id)).collect(),
            clinic: view::answer(sh.schedule, i),
            disagreement: view::disagreement(site, &a.id),
        })
        .collect();
    let disagreements = rows.iter().filter(|r| r.disagreement.is_some()).count();
    ctx.set("guides", &site.guides.iter().map(GuideRef::from).collect::<Vec<_>>());
    ctx.set("rows", &rows);
    ctx.set("disagreements", &disagreements);
    ctx.set("rule_of_thumb", &view::markdown_html(site, &site.protocol.rule_of_thumb, root));
    "compare.html"
}

#[derive(Serialize)]
struct Milestone<'a> {
    day: u32,
    activity: ActivityRef<'a>,
    status: StatusView<'a>,
    say: &'a str,
}

/// What changes after an ordinary session, day by day: the same changes the dated plan
/// lists (one rule, [`Schedule::changes_until`]), without dates.
fn milestones<'a>(sh: &Shared<'a>, track: Track) -> Vec<Milestone<'a>> {
    let site = sh.site;
    let until = match track {
        Track::Every => site.config.treatment.days_between_sessions.saturating_sub(1).max(1),
        Track::Final => sh.schedule.last_day(),
    };
    sh.schedule
        .changes_until(until, track)
        .into_iter()
        .filter_map(|c| {
            let to = c.to?;
            Some(Milestone {
                day: c.day,
                activity: (&site.activities[c.activity]).into(),
                status: view::status(site, to.status),
                say: &to.say,
            })
        })
        .collect()
}

fn glance(sh: &Shared, ctx: &mut Vars) -> &'static str {
    let site = sh.site;
    let day0 = &sh.schedule.days[0];
    let rows = |s: Status| -> Vec<DayEntry> {
        day0.entries
            .iter()
            .filter_map(|e| e.every.filter(|p| p.status == s).map(|p| (e, p)))
            .map(|(e, p)| DayEntry {
                activity: (&site.activities[e.activity]).into(),
                status: view::status(site, s),
                say: &p.say,
                cites: Vec::new(),
                after_final: None,
                from_day: sh.schedule.from_day(e.activity, Track::Every, Status::WithCare),
            })
            .collect()
    };
    ctx.set("stages", &stages(sh));
    ctx.set("todo", &rows(Status::Do));
    ctx.set("dont", &rows(Status::NotYet));
    ctx.set("never", &rows(Status::Never));
    ctx.set("care", &rows(Status::WithCare));
    // After the final session, the activities whose answer changes, in full.
    let final_answers: Vec<QuestionView> =
        activity_list(sh).into_iter().filter(|q| q.answer.final_text.is_some()).collect();
    ctx.set("milestones", &milestones(sh, Track::Every));
    ctx.set("final_milestones", &milestones(sh, Track::Final));
    ctx.set("final_answers", &final_answers);
    ctx.set("qr", &super::qr::site_qr(sh.base_url, urls::HOME, "QR code: this aftercare website"));
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

fn checklist(sh: &Shared, ctx: &mut Vars) -> &'static str {
    let site = sh.site;
    let cols: Vec<usize> = site.activities.iter().enumerate().filter(|(_, a)| a.checklist).map(|(i, _)| i).collect();
    let rows: Vec<ChecklistRow> = sh
        .schedule
        .days
        .iter()
        .map(|d| ChecklistRow {
            day: d.day,
            cells: cols
                .iter()
                .map(|&i| {
                    let e = &d.entries[i];
                    CheckCell {
                        status: e.status(Track::Every).map(|s| view::status(site, s)),
                        final_differs: e.status(Track::Every) != e.status(Track::Final),
                    }
                })
                .collect(),
        })
        .collect();
    ctx.set("columns", &cols.iter().map(|&i| ActivityRef::from(&site.activities[i])).collect::<Vec<_>>());
    ctx.set("rows", &rows);
    ctx.set("qr", &super::qr::site_qr(sh.base_url, urls::DAYS, "QR code: the day-by-day pages on our website"));
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
    let related: Vec<ActivityRef> =
        a.meta.activities.iter().filter_map(|id| sh.site.activity(id)).map(ActivityRef::from).collect();
    ctx.set("title", &a.meta.title);
    ctx.set("summary", &a.meta.summary);
    match a.html.lock().ok().and_then(|mut slot| slot.take()) {
        Some(html) => ctx.set("content", &html),
        None => ctx.set("content", &view::markdown_html(sh.site, &a.body, root)),
    }
    ctx.set("related", &related);
    let at = sh.article_pos[i];
    ctx.set("articles", &article_window(sh, at));
    ctx.set("article_count", &sh.site.articles.len());
    "article.html"
}

#[derive(Serialize)]
struct PrepView<'a> {
    when: &'a str,
    action: &'a str,
    why: &'a str,
    cites: Vec<GuideRef<'a>>,
}

fn prep_steps<'a>(sh: &Shared<'a>) -> Vec<PrepView<'a>> {
    sh.site
        .preparation
        .iter()
        .map(|p| PrepView { when: &p.when, action: &p.action, why: &p.why, cites: view::cites(sh.site, &p.cites) })
        .collect()
}
