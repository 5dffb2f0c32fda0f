//! Cross-file checks: everything a parser cannot see on its own.
//!
//! Ids that must exist, days that must cover the timeline without gaps, a protocol that
//! cites a guide which says nothing about the activity. Every problem is reported with a
//! position and a fix; checking goes on after a problem so all of them show at once.

// `ypath!` makes a Vec (see its definition); most checks only borrow it.
#![allow(clippy::useless_vec)]

use std::collections::HashSet;
use std::path::Path;

use super::locate::Seg;
use super::{Sources, ACTIVITIES, CONFIG_FILE, PREPARATION, PROTOCOL, TIMELINE, TREATMENT_FILE};
use crate::diagnostics::{suggest, Diagnostics};
use crate::markdown;
use crate::model::{Article, DayRange, Phase, Site, Status, Treatment};
use crate::urls;
use crate::ypath;

/// Longest timeline accepted: a year of day pages is already more than any aftercare needs.
const MAX_DAYS: u32 = 366;
/// Most sessions a treatment may have: a plan is worked out for each session number.
pub const MAX_SESSIONS: u32 = 50;
/// Latest later milestone, in days after the final session (a hundred years).
const MAX_LATER_DAYS: u32 = 36_500;

pub fn validate(site: &Site, root: &Path, sources: &Sources, diags: &mut Diagnostics) {
    site_settings(site, root, sources, diags);
    let mut ids = HashSet::new();
    for (ti, t) in site.treatments.iter().enumerate() {
        if !is_slug(&t.id) || !ids.insert(t.id.as_str()) {
            diags.error(
                &t.dir,
                crate::diagnostics::Pos::file(),
                format!("treatment folder name `{}` cannot be used in a web address", t.id),
                Some(format!(
                    "rename the folder with lower-case letters, digits and hyphens, e.g. `laser-removal`{NOT_INDEX}"
                )),
            );
        }
        let fs = Files::of(site, t);
        let mut v = Validator { site, root, ti, t, fs: &fs, sources, diags };
        v.settings();
        v.markdown_fields();
        v.activities();
        v.guides();
        v.protocol();
        v.timeline();
        v.preparation();
    }
    articles(site, root, sources, diags);
}

/// The files of one treatment, as shown in messages, and where its settings are.
struct Files {
    activities: String,
    protocol: String,
    timeline: String,
    preparation: String,
    /// site.yaml for a one-treatment site, else the treatment's treatment.yaml.
    settings: String,
    /// The YAML path of the settings inside that file (`treatment` in site.yaml).
    settings_key: Option<&'static str>,
}

impl Files {
    fn of(site: &Site, t: &Treatment) -> Files {
        let f = |name: &str| t.file(name).to_string_lossy().replace('\\', "/");
        let in_site_yaml = !site.is_multi() && t.dir == Path::new(super::CONTENT_DIR);
        Files {
            activities: f(ACTIVITIES),
            protocol: f(PROTOCOL),
            timeline: f(TIMELINE),
            preparation: f(PREPARATION),
            settings: if in_site_yaml { CONFIG_FILE.into() } else { f(TREATMENT_FILE) },
            settings_key: in_site_yaml.then_some("treatment"),
        }
    }

    fn setting<'k>(&self, key: &'k str) -> Vec<Seg<'k>> {
        match self.settings_key {
            Some(k) => ypath![k, key],
            None => ypath![key],
        }
    }
}

struct Validator<'a> {
    site: &'a Site,
    /// The site folder, where pictures are looked for.
    root: &'a Path,
    /// The treatment's index in `site.treatments`.
    ti: usize,
    t: &'a Treatment,
    fs: &'a Files,
    sources: &'a Sources,
    diags: &'a mut Diagnostics,
}

/// The settings that belong to the whole site: colour and address.
fn site_settings(site: &Site, root: &Path, sources: &Sources, diags: &mut Diagnostics) {
    let c = &site.config;
    let mut err = |path: Vec<Seg>, message: String, help: &str| {
        let pos = sources.locate(Path::new(CONFIG_FILE), &path);
        diags.error(Path::new(CONFIG_FILE), pos, message, Some(help.to_string()));
    };
    if !is_hex_colour(&c.accent_color) {
        err(
            ypath!["accent_color"],
            format!("`{}` is not a colour", c.accent_color),
            "write it as a hex colour in quotes, e.g. \"#0b6e6e\"",
        );
    } else if let Some((ratio, on)) = weakest_contrast(&c.accent_color) {
        err(
            ypath!["accent_color"],
            format!(
                "`{}` is too light for links and buttons: its contrast with {on} is {ratio:.1}:1, and WCAG AA needs 4.5:1",
                c.accent_color
            ),
            &format!("use a darker shade of it, e.g. \"{}\"", darken_to_aa(&c.accent_color)),
        );
    }
    for (i, k) in c.keep.iter().enumerate() {
        let bad = k.is_empty()
            || k.starts_with('/')
            || k.contains('\\')
            || k.split('/').any(|s| s == ".." || s == "." || s.is_empty())
            || k == crate::output::MARKER;
        if bad {
            err(
                ypath!["keep", i],
                format!("`{k}` cannot be kept in the output folder"),
                "name a file or folder inside the output folder, e.g. CNAME or .git",
            );
        }
    }
    if let Some(url) = &c.base_url {
        if let Err(e) = urls::check_base_url(url) {
            err(ypath!["base_url"], format!("base_url {e}"), urls::BASE_URL_HELP);
        }
    }
    // An empty name or phone would give a page "Call  on ." and a `tel:` link to nothing.
    for (path, value) in [
        (ypath!["title"], &c.title),
        (ypath!["clinic", "name"], &c.clinic.name),
        (ypath!["clinic", "phone"], &c.clinic.phone),
    ] {
        if value.trim().is_empty() {
            let key = path.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(".");
            err(path, format!("{key} is empty"), "fill it in: patients see it on every page and handout");
        }
    }
    let lines = [("phone", Some(&c.clinic.phone)), ("out_of_hours", c.clinic.out_of_hours.as_ref().map(|h| &h.phone))];
    let emergency = c.clinic.emergency.as_ref().map(|h| &h.phone);
    for (key, phone) in lines.into_iter().chain([("emergency", emergency)]) {
        let Some(phone) = phone else { continue };
        let path = if key == "phone" { ypath!["clinic", "phone"] } else { ypath!["clinic", key, "phone"] };
        if !phone.trim().is_empty() && !phone.chars().any(|ch| ch.is_ascii_digit()) {
            err(
                path,
                format!("the phone number `{phone}` has no digits"),
                "write the number patients should call, e.g. \"0161 496 0321\" or \"111\"",
            );
        }
    }
    if let Some(logo) = &c.clinic.logo {
        let ext = logo.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        let path = root.join(logo);
        let help = "put the logo in content/images/ or theme/ and give it from the site folder, e.g. `content/images/logo.svg`";
        if crate::model::logo_output(logo).is_none() {
            err(ypath!["clinic", "logo"], format!("`{logo}` is not a file in content/images/ or theme/"), help);
        } else if !crate::model::IMAGE_TYPES.contains(&ext.as_str()) {
            err(
                ypath!["clinic", "logo"],
                format!("`{logo}` is not a picture a web page can show"),
                &format!("use one of: {}", crate::model::IMAGE_TYPES.join(", ")),
            );
        } else if !path.is_file() || crate::content::outside_site(root, &path).is_some() {
            err(
                ypath!["clinic", "logo"],
                format!("there is no picture {logo}"),
                "add the file, or check the spelling of its name",
            );
        }
    }
    if c.clinic.urgent.is_some() {
        let path = ypath!["clinic", "urgent"];
        diags.warning(
            Path::new(CONFIG_FILE),
            sources.locate(Path::new(CONFIG_FILE), &path),
            "clinic.urgent is an old setting: pages show it as written, under the numbers to call".to_string(),
            Some(
                "give the numbers instead, so every page and handout shows them the same way:\n  \
                 out_of_hours: { name: NHS 111, phone: \"111\", when: When we are closed and it cannot wait. }\n  \
                 emergency: { phone: \"999\", when: You have trouble breathing or feel very unwell. }"
                    .to_string(),
            ),
        );
    }
}

/// Checks every article's front matter and name, and the pictures of those that show any
/// (their files, and the list the build copies). Their links and HTML are checked where
/// they are rendered, in the same parse ([`body_problems`]): a build renders each body
/// once and keeps no copy of it in HTML.
fn articles(site: &Site, root: &Path, sources: &Sources, diags: &mut Diagnostics) {
    for a in &site.articles {
        article_meta(site, a, sources, diags);
    }
    bodies_check(site, root, |a| a.has_images, Body { links: false, images: true }, diags);
}

/// [`body_check`] on the articles `which` picks, in parallel; their problems in article order.
fn bodies_check(
    site: &Site,
    root: &Path,
    which: impl Fn(&Article) -> bool + Sync,
    what: Body,
    diags: &mut Diagnostics,
) {
    use rayon::prelude::*;
    let found: Vec<Diagnostics> = site
        .articles
        .par_iter()
        .filter(|a| which(a))
        .map(|a| {
            let mut d = Diagnostics::new();
            body_check(site, root, a, &mut d, what);
            d
        })
        .collect();
    for d in found {
        diags.extend(d);
    }
}

/// Checks one article against a loaded site, body included (the preview server's
/// partial rebuilds).
pub fn article(site: &Site, root: &Path, a: &Article, sources: &Sources, diags: &mut Diagnostics) {
    article_meta(site, a, sources, diags);
    body_check(site, root, a, diags, Body { links: true, images: true });
}

/// What of an article's body to check.
#[derive(Clone, Copy)]
struct Body {
    /// Links and HTML (the render reports these in a build).
    links: bool,
    /// Pictures: their files (the loader reports these), and the list the build copies.
    images: bool,
}

/// Renders an article's body for its problems, which go to `diags`.
fn body_check(site: &Site, root: &Path, a: &Article, diags: &mut Diagnostics, what: Body) {
    let body = match super::body(a) {
        Ok(body) => body,
        Err(d) => return diags.extend(d),
    };
    let rendered = markdown::render_article(site, a, &body, &urls::root_for(&urls::article(&a.slug)));
    if what.links {
        body_problems(a, &body, &rendered.problems, diags);
    }
    if what.images {
        let file = a.source.to_string_lossy().replace('\\', "/");
        for img in &rendered.images {
            let Some((warning, message, help)) = image_problem(root, &img.file) else { continue };
            let pos = body_pos(a, &body, img.offset);
            if warning {
                diags.warning(Path::new(&file), pos, message, Some(help));
            } else {
                diags.error(Path::new(&file), pos, message, Some(help));
            }
        }
        if let Ok(mut slot) = a.images.lock() {
            *slot = rendered.images.into_iter().map(|i| i.file).collect();
        }
    }
}

/// Checks the links and HTML of every article of `site`, in parallel (for commands that
/// do not render them, and a load that stops on other errors: a build and `check` find
/// the same problems while rendering).
pub fn article_bodies(site: &Site, root: &Path, diags: &mut Diagnostics) {
    bodies_check(site, root, |a| !a.fallback, Body { links: true, images: false }, diags);
}

/// The problems the parse of an article's `body` found, as errors at their place in its file.
pub fn body_problems(a: &Article, body: &str, problems: &[markdown::LinkRef], diags: &mut Diagnostics) {
    let file = a.source.to_string_lossy().replace('\\', "/");
    let file = Path::new(&file);
    for link in problems {
        let (message, help) = markdown_problem(link);
        diags.error(file, body_pos(a, body, link.offset), message, Some(help));
    }
}

/// The place in the article's file of byte `offset` of its `body`. Counting lines is
/// linear in the body: only for what is reported.
fn body_pos(a: &Article, body: &str, offset: usize) -> crate::diagnostics::Pos {
    let (line, col) = markdown::line_col(body, offset);
    crate::diagnostics::Pos::new(line + a.body_line - 1, col)
}

/// Checks an article's name and front matter against a loaded site.
fn article_meta(site: &Site, a: &Article, sources: &Sources, diags: &mut Diagnostics) {
    let file = a.source.to_string_lossy().replace('\\', "/");
    let mut err = |path: &[Seg], pos: Option<crate::diagnostics::Pos>, message: String, help: String| {
        let pos = pos.unwrap_or_else(|| sources.locate(Path::new(&file), path));
        diags.error(Path::new(&file), pos, message, Some(help));
    };
    if !is_slug(&a.slug) {
        err(
            &[],
            None,
            format!("article file name `{}` cannot be used in a web address", a.slug),
            format!("rename the file with lower-case letters, digits and hyphens{NOT_INDEX}"),
        );
    }
    for (k, key) in a.meta.activities.iter().enumerate() {
        if site.resolve_activity(key).is_none() {
            let known: Vec<String> = site
                .treatments
                .iter()
                .flat_map(|t| t.activities.iter().map(move |x| site.activity_key(t, &x.id)))
                .collect();
            let help = suggest(key, "activity", known.iter().map(String::as_str));
            let form = if site.is_multi() { " (write `treatment/activity`, e.g. `tattoo/sun`)" } else { "" };
            err(&ypath!["activities", k], None, format!("unknown activity `{key}`"), format!("{help}{form}"));
        }
    }
}

/// What is wrong with a picture an article shows (`file`, relative to the site folder):
/// (only a warning, message, help), or `None` when it is fine.
pub fn image_problem(root: &Path, file: &str) -> Option<(bool, String, String)> {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let path = root.join(file);
    let name = file.rsplit('/').next().unwrap_or(file);
    if !crate::model::IMAGE_TYPES.contains(&ext.as_str()) {
        return Some((
            false,
            format!("`{name}` is not a picture a web page can show"),
            format!("use one of: {}", crate::model::IMAGE_TYPES.join(", ")),
        ));
    }
    if !path.is_file() || crate::content::outside_site(root, &path).is_some() {
        let elsewhere =
            markdown::IMAGE_DIRS.iter().map(|d| format!("{d}/{name}")).find(|f| f != file && root.join(f).is_file());
        let help = match elsewhere {
            Some(f) => format!("the picture is {f}: write its path from the article's folder, e.g. `../images/{name}`"),
            None => format!(
                "put the picture beside the article (`![what it shows]({name})`) or in {}/ (`![what it shows](../images/{name})`), or check the spelling",
                crate::model::IMAGES_DIR
            ),
        };
        return Some((false, format!("there is no picture {file}"), help));
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    (size > MAX_IMAGE_BYTES).then(|| {
        (
            true,
            format!(
                "{file} is {} KB, more than {} KB: slow to load on a phone",
                size.div_ceil(1024),
                MAX_IMAGE_BYTES / 1024
            ),
            "make it smaller (at most 1200 pixels wide is plenty), or save it as JPEG or WebP".to_string(),
        )
    })
}

/// What is wrong with a link or piece of HTML in Markdown, and how to fix it.
fn markdown_problem(link: &markdown::LinkRef) -> (String, String) {
    match link.kind {
        markdown::Problem::NoAlt => (
            "this image has no alt text".into(),
            "describe the image in the brackets: ![what it shows](file.png)".into(),
        ),
        markdown::Problem::BrokenLink => (format!("broken internal link `{}`", link.dest), urls::LINK_FORMS.into()),
        markdown::Problem::UrlRunsCode => (
            format!("the address `{}` would run code in the patient's browser", link.dest),
            "link to a page (https://... or @/...) instead; javascript:, vbscript: and data: addresses are not allowed"
                .into(),
        ),
        markdown::Problem::ExternalImage => (
            format!("the picture `{}` is on another website: the page would ask that website for it", link.dest),
            "the site makes no request to any other host (a patient's visit stays private): save the picture \
             beside the article and write its file name, e.g. ![what it shows](wash.jpg)"
                .into(),
        ),
        markdown::Problem::ImageOutside => (
            format!("the picture `{}` is outside the site's picture folders", link.dest),
            format!(
                "put it beside the article or in {}/ and write its path from the article's folder, \
                 e.g. `wash.jpg` or `../images/wash.jpg` (no leading `/`, no `..` beyond content/)",
                crate::model::IMAGES_DIR
            ),
        ),
        markdown::Problem::HtmlRunsCode => (
            format!("this HTML could run code in the patient's browser: `{}`", link.dest),
            "remove the script, the on...= handler or the javascript: address; plain HTML such as <abbr> is fine"
                .into(),
        ),
    }
}

/// A picture larger than this is worth a warning: patients read these pages on phones,
/// often on mobile data, right after a session. 300 KB is ample for a photo 1200 pixels
/// wide saved as JPEG or WebP at ordinary quality (which is as wide as the page shows it,
/// even on a high-density screen), and it still loads in about a second on a slow 3G
/// connection; a picture straight off a camera or phone (2 to 8 MB) is far over it. The
/// same limit holds for pictures in the YAML files and in articles.
const MAX_IMAGE_BYTES: u64 = 300 * 1024;

const NOT_INDEX: &str = " (not `index`, which is the name of the list page)";

/// Ids become file names, so they are limited to what is safe in a URL and a path. `index`
/// is the name of each section's list page, so no item may take it.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && id != "index"
}

impl<'a> Validator<'a> {
    fn err(&mut self, file: &str, path: &[Seg], message: String, help: impl Into<Option<String>>) {
        let file = Path::new(file);
        let pos = self.sources.locate(file, path);
        self.diags.error(file, pos, message, help.into());
    }

    fn warn(&mut self, file: &str, path: &[Seg], message: String, help: impl Into<Option<String>>) {
        let file = Path::new(file);
        let pos = self.sources.locate(file, path);
        self.diags.warning(file, pos, message, help.into());
    }

    fn activity_ids(&self) -> Vec<&'a str> {
        self.t.activities.iter().map(|a| a.id.as_str()).collect()
    }

    fn guide_ids(&self) -> Vec<&'a str> {
        self.t.guides.iter().map(|g| g.id.as_str()).collect()
    }

    /// Reports an activity id that does not exist. Returns whether it exists.
    fn known_activity(&mut self, file: &str, path: &[Seg], id: &str) -> bool {
        let af = self.fs.activities.clone();
        if self.t.activity(id).is_some() {
            return true;
        }
        let help = suggest(id, "activity", self.activity_ids());
        self.err(file, path, format!("unknown activity `{id}`"), format!("{help} (activities are listed in {af})"));
        false
    }

    /// Markdown held in YAML (the summary, the rule of thumb, each guide's summary): its
    /// links and HTML are checked like an article's, at the position of the field.
    fn markdown_fields(&mut self) {
        let mut fields: Vec<(String, Vec<Seg<'static>>, &'a str)> = vec![
            (self.fs.settings.clone(), self.fs.setting("summary"), self.t.settings.summary.as_str()),
            (self.fs.protocol.clone(), ypath!["rule_of_thumb"], self.t.protocol.rule_of_thumb.as_str()),
        ];
        for g in &self.t.guides {
            fields.push((g.source.to_string_lossy().replace('\\', "/"), ypath!["summary"], g.summary.as_str()));
        }
        for (file, path, text) in fields {
            for link in markdown::render(self.site, Some(self.ti), text, "").problems {
                let (message, help) = markdown_problem(&link);
                self.err(&file, &path, format!("in this Markdown: {message}"), help);
            }
        }
    }

    fn settings(&mut self) {
        let t = &self.t.settings;
        let cf = self.fs.settings.clone();
        for (key, value) in [
            ("sessions", t.sessions),
            ("days_between_sessions", t.days_between_sessions),
            ("healing_days", t.healing_days),
            ("last_day", t.last_day),
        ] {
            if value == 0 {
                let shown = match self.fs.settings_key {
                    Some(k) => format!("{k}.{key}"),
                    None => key.to_string(),
                };
                self.err(&cf, &self.fs.setting(key), format!("{shown} is 0"), "it must be 1 or more".to_string());
            }
        }
        if t.sessions > MAX_SESSIONS {
            self.err(
                &cf,
                &self.fs.setting("sessions"),
                format!("{} sessions is more than the {MAX_SESSIONS} this tool plans for", t.sessions),
                "check the number; it is the usual number of sessions of this treatment".to_string(),
            );
        }
        if t.days_between_sessions > MAX_DAYS {
            self.err(
                &cf,
                &self.fs.setting("days_between_sessions"),
                format!("{} days between sessions is more than a year", t.days_between_sessions),
                format!("check the number; at most {MAX_DAYS}"),
            );
        }
        if t.last_day() > MAX_DAYS {
            self.err(
                &cf,
                &self.fs.setting("last_day"),
                format!("{} days of restrictions is more than the {MAX_DAYS} this tool makes pages for", t.last_day()),
                "check the number; aftercare restrictions are counted in days or weeks".to_string(),
            );
        }
        if t.healing_days > t.last_day() {
            self.err(
                &cf,
                &self.fs.setting("healing_days"),
                "healing_days is longer than the whole timeline".into(),
                "make last_day at least as long as healing_days".to_string(),
            );
        }
    }

    fn activities(&mut self) {
        if self.t.activities.is_empty() {
            self.err(
                &self.fs.activities,
                &[],
                "no activities are listed".into(),
                "list at least one activity".to_string(),
            );
        }
        let mut seen = HashSet::new();
        for (i, a) in self.t.activities.iter().enumerate() {
            if !is_slug(&a.id) {
                self.err(
                    &self.fs.activities,
                    &ypath![i, "id"],
                    format!("activity id `{}` cannot be used in a web address", a.id),
                    format!("use lower-case letters, digits and hyphens, e.g. `swimming`{NOT_INDEX}"),
                );
            }
            if !seen.insert(a.id.as_str()) {
                self.err(
                    &self.fs.activities,
                    &ypath![i, "id"],
                    format!("activity id `{}` is used twice", a.id),
                    "give each activity its own id".to_string(),
                );
            }
        }
        if !self.t.activities.iter().any(|a| a.checklist) {
            self.warn(
                &self.fs.activities,
                &[],
                "no activity has `checklist: true`".into(),
                "mark the few activities that should be columns of the printed checklist".to_string(),
            );
        }
    }

    fn guides(&mut self) {
        let last = self.t.last_day();
        for g in &self.t.guides {
            let file = g.source.to_string_lossy().replace('\\', "/");
            if !is_slug(&g.id) {
                self.err(
                    &file,
                    &[],
                    format!("guide file name `{}` cannot be used in a web address", g.id),
                    format!("rename the file with lower-case letters, digits and hyphens, e.g. `heal-right.yaml`{NOT_INDEX}"),
                );
            }
            let mut seen = HashSet::new();
            for (i, r) in g.recommendations.iter().enumerate() {
                let at = |k: &'static str| ypath!["recommendations", i, k];
                self.known_activity(&file, &at("activity"), &r.activity);
                if r.allowed_from.is_none() && r.with_care_from.is_none() && r.vague.is_none() {
                    self.err(&file, &ypath!["recommendations", i], format!("the recommendation on `{}` gives no day and no wording", r.activity),
                        "add `allowed_from:` or `with_care_from:` with the guide's day, or `vague:` with its own words when it gives no number".to_string());
                }
                if let (Some(care), Some(allowed)) = (r.with_care_from, r.allowed_from) {
                    if care > allowed {
                        self.err(
                            &file,
                            &at("with_care_from"),
                            format!("with_care_from (day {care}) comes after allowed_from (day {allowed})"),
                            "\"with care\" is the step before \"allowed\"; check the two days".to_string(),
                        );
                    }
                }
                for (k, day) in [("allowed_from", r.allowed_from), ("with_care_from", r.with_care_from)] {
                    if let Some(d) = day.filter(|d| *d > last) {
                        self.err(
                            &file,
                            &at(k),
                            format!("day {d} is past the last day of the timeline (day {last})"),
                            format!("raise last_day in {}, or check the day", self.fs.settings),
                        );
                    }
                }
                if !seen.insert((r.activity.as_str(), r.session)) {
                    self.err(
                        &file,
                        &at("activity"),
                        format!("this guide has two recommendations on `{}` for the same sessions", r.activity),
                        "merge them into one, or mark one `session: final`".to_string(),
                    );
                }
            }
        }
    }

    fn protocol(&mut self) {
        let last = self.t.last_day();
        let af = self.fs.activities.clone();
        let mut seen = HashSet::new();
        for (i, rule) in self.t.protocol.rules.iter().enumerate() {
            let known = self.known_activity(&self.fs.protocol, &ypath!["rules", i, "activity"], &rule.activity);
            if !seen.insert(rule.activity.as_str()) {
                self.err(
                    &self.fs.protocol,
                    &ypath!["rules", i, "activity"],
                    format!("`{}` has two rules", rule.activity),
                    "keep one rule per activity; put all its days in that rule's phases".to_string(),
                );
            }
            // A rule made only of actions (`do`) may leave days without anything to do;
            // a restriction must say something about every day.
            self.phases(i, "phases", &rule.phases, !rule.is_action(), last);
            self.phases(i, "after_final", &rule.after_final, false, last);
            if known {
                for (key, phases) in [("phases", &rule.phases), ("after_final", &rule.after_final)] {
                    for (j, p) in phases.iter().enumerate() {
                        self.cites(
                            &self.fs.protocol,
                            &["rules".into(), i.into(), key.into(), j.into()],
                            &p.cites,
                            Some(&rule.activity),
                        );
                    }
                }
            }
        }
        for (i, a) in self.t.activities.iter().enumerate() {
            if !seen.contains(a.id.as_str()) {
                self.err(
                    &self.fs.protocol,
                    &ypath!["rules"],
                    format!("the protocol leaves `{}` undecided", a.id),
                    format!(
                        "add a rule for `{}` (listed in {af}, entry {}) with phases from day 0 to day {last}",
                        a.id,
                        i + 1
                    ),
                );
            }
        }
    }

    /// Phases must run in order without gaps; `phases` must also cover day 0 to `last`.
    fn phases(&mut self, rule: usize, key: &'static str, phases: &[Phase], cover: bool, last: u32) {
        let mut next = 0u32;
        let n = phases.len();
        if cover && n == 0 {
            self.err(
                &self.fs.protocol,
                &ypath!["rules", rule, key],
                "this rule has no phases".into(),
                format!("add phases covering day 0 to day {last}, e.g. `- days: 0-3` ... `- days: 4+`"),
            );
        }
        for (j, p) in phases.iter().enumerate() {
            if let Some(img) = &p.image {
                self.image(&self.fs.protocol.clone(), ypath!["rules", rule, key, j, "image"], img);
            }
            let at = ypath!["rules", rule, key, j, "days"];
            let DayRange { start, end } = p.days;
            if start > last || end.is_some_and(|e| e > last) {
                self.err(
                    &self.fs.protocol,
                    &at,
                    format!("days `{}` go past the last day of the timeline (day {last})", p.days),
                    format!("end this phase by day {last}, or raise last_day in {}", self.fs.settings),
                );
                return;
            }
            if cover && start > next {
                self.err(
                    &self.fs.protocol,
                    &at,
                    format!("days {next} to {} are not covered by any phase", start - 1),
                    format!("start this phase at day {next}, or add a phase for the missing days"),
                );
            } else if start < next {
                self.err(
                    &self.fs.protocol,
                    &at,
                    format!("days `{}` overlap the phase before, which runs to day {}", p.days, next - 1),
                    format!("start this phase at day {next}"),
                );
            }
            if end.is_none() && j + 1 < n {
                self.err(
                    &self.fs.protocol,
                    &at,
                    format!("`{}` runs to the last day, but more phases follow", p.days),
                    "only the last phase may be open-ended (`10+`); give this one an end day".to_string(),
                );
            }
            if p.status == Status::Never && end.is_some_and(|e| e < last) {
                self.err(
                    &self.fs.protocol,
                    &ypath!["rules", rule, key, j, "status"],
                    format!("`never` is for good, but this phase ends at day {}", end.unwrap_or(last)),
                    format!("make it run to the last day (`{start}+`), or use `not-yet` for a pause that ends"),
                );
            }
            next = end.map_or(last + 1, |e| e + 1);
        }
        if cover && n > 0 && next <= last {
            self.err(
                &self.fs.protocol,
                &ypath!["rules", rule, key, n - 1, "days"],
                format!("the phases stop at day {}, leaving days {next} to {last} undecided", next - 1),
                format!("end the last phase with `+` (e.g. `{next}+`) so it runs to day {last}"),
            );
        }
    }

    /// Every cited guide exists and, when `activity` is given, says something about it.
    fn cites(&mut self, file: &str, base: &[Seg], cites: &[String], activity: Option<&str>) {
        for (k, id) in cites.iter().enumerate() {
            let mut path = base.to_vec();
            path.push(Seg::Key("cites"));
            path.push(Seg::Idx(k));
            let Some(guide) = self.t.guide(id) else {
                let help = suggest(id, "guide", self.guide_ids());
                self.err(
                    file,
                    &path,
                    format!("unknown guide `{id}`"),
                    format!("{help} (guides are the files in {})", self.t.file(super::GUIDES).display()),
                );
                continue;
            };
            if let Some(act) = activity {
                if !guide.recommendations.iter().any(|r| r.activity == act) {
                    self.err(
                        file,
                        &path,
                        format!("guide `{id}` says nothing about `{act}`"),
                        format!(
                            "cite a guide that has a recommendation on `{act}`, or add that recommendation to {}",
                            guide.source.display()
                        ),
                    );
                }
            }
        }
    }

    fn first_hours(&mut self) {
        for (i, h) in self.t.protocol.first_hours.iter().enumerate() {
            if h.hours.start > 24 || h.hours.end.is_some_and(|e| e > 24) {
                self.err(
                    &self.fs.protocol,
                    &ypath!["first_hours", i, "hours"],
                    format!("hours `{}` go past the end of the session day", h.hours),
                    "first_hours counts hours 0 to 24 after the session; later steps go in the rules by day"
                        .to_string(),
                );
            }
            self.cites(&self.fs.protocol, &["first_hours".into(), i.into()], &h.cites, None);
        }
        let last = self.t.last_day();
        for (i, r) in self.t.protocol.routine.iter().enumerate() {
            if r.days.start > last || r.days.end.is_some_and(|e| e > last || e < r.days.start) {
                self.err(
                    &self.fs.protocol,
                    &ypath!["routine", i, "days"],
                    format!("routine days `{}` are not days 0 to {last}", r.days),
                    format!("give days from 0 to the last day page ({last})"),
                );
            }
            if r.cites.is_empty() {
                self.err(
                    &self.fs.protocol,
                    &ypath!["routine", i, "cites"],
                    "a routine step cites no guide".to_string(),
                    "name the guides this step follows (cites: [...])".to_string(),
                );
            }
            if let Some(img) = &r.image {
                self.image(&self.fs.protocol.clone(), ypath!["routine", i, "image"], img);
            }
            self.cites(&self.fs.protocol, &["routine".into(), i.into()], &r.cites, None);
        }
    }

    /// Section ids are unique, and every stage describes itself under known sections.
    fn sections(&mut self) {
        let tf = self.fs.timeline.clone();
        let t = &self.t.timeline;
        let ids: Vec<&str> = t.sections.iter().map(|s| s.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, sec) in t.sections.iter().enumerate() {
            if !seen.insert(sec.id.as_str()) {
                self.err(
                    &self.fs.timeline,
                    &ypath!["sections", i, "id"],
                    format!("section id `{}` is used twice", sec.id),
                    "give each section its own id".to_string(),
                );
            }
        }
        for (i, stage) in t.stages.iter().enumerate() {
            for key in stage.about.keys() {
                if !ids.contains(&key.as_str()) {
                    let help = if ids.is_empty() {
                        format!(
                            "list the headings first, e.g. `sections: [{{id: {key}, title: ...}}]` at the top of {tf}"
                        )
                    } else {
                        format!(
                            "{} (sections are listed under `sections:` in {tf})",
                            suggest(key, "section", ids.clone())
                        )
                    };
                    self.err(
                        &self.fs.timeline,
                        &ypath!["stages", i, "about", key.as_str()],
                        format!("unknown section `{key}`"),
                        help,
                    );
                }
            }
        }
    }

    /// Later milestones come after the last day page and have their own ids.
    fn later(&mut self) {
        let last = self.t.last_day();
        let mut seen = HashSet::new();
        for (i, l) in self.t.timeline.later.iter().enumerate() {
            if !is_slug(&l.id) || !seen.insert(l.id.as_str()) {
                self.err(
                    &self.fs.timeline,
                    &ypath!["later", i, "id"],
                    format!(
                        "`{}` is not a usable id here (it must be unique, in lower-case letters, digits and hyphens)",
                        l.id
                    ),
                    "give each later milestone its own id, e.g. `colour-boost`".to_string(),
                );
            }
            if l.days.end_or(l.days.start) > MAX_LATER_DAYS {
                self.err(
                    &self.fs.timeline,
                    &ypath!["later", i, "days"],
                    format!("days `{}` are more than a hundred years away", l.days),
                    "check the number of days".to_string(),
                );
            }
            if l.days.start <= last {
                self.err(
                    &self.fs.timeline,
                    &ypath!["later", i, "days"],
                    format!("day {} is not after the last day page (day {last})", l.days.start),
                    "later milestones come after the day pages end; put earlier steps in the protocol".to_string(),
                );
            }
            self.cites(&self.fs.timeline, &["later".into(), i.into()], &l.cites, None);
        }
    }

    /// A picture: a file in `content/images/` that a page can show, with words for it.
    fn image(&mut self, file: &str, at: Vec<Seg>, img: &crate::model::Image) {
        let mut at_src = at.clone();
        at_src.push(Seg::from("src"));
        let name_ok = !img.src.is_empty()
            && !img.src.starts_with('/')
            && !img.src.contains('\\')
            && img.src.split('/').all(|p| !p.is_empty() && p != ".." && p != ".");
        let ext = img.src.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        let path = self.root.join(crate::model::IMAGES_DIR).join(&img.src);
        if !name_ok {
            self.err(
                file,
                &at_src,
                format!("`{}` is not a file name in {}/", img.src, crate::model::IMAGES_DIR),
                format!("put the picture in {}/ and give its name, e.g. `wash-step-1.jpg`", crate::model::IMAGES_DIR),
            );
        } else if !crate::model::IMAGE_TYPES.contains(&ext.as_str()) {
            self.err(
                file,
                &at_src,
                format!("`{}` is not a picture a web page can show", img.src),
                format!("use one of: {}", crate::model::IMAGE_TYPES.join(", ")),
            );
        } else if !path.is_file() || crate::content::outside_site(self.root, &path).is_some() {
            self.err(
                file,
                &at_src,
                format!("there is no picture {}/{}", crate::model::IMAGES_DIR, img.src),
                format!("add the file to {}/, or check the spelling of its name", crate::model::IMAGES_DIR),
            );
        } else if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_IMAGE_BYTES) {
            self.warn(
                file,
                &at_src,
                format!("{} is larger than {} KB: slow to load on a phone", img.src, MAX_IMAGE_BYTES / 1024),
                "make it smaller (at most 1200 pixels wide is plenty), or save it as JPEG or WebP".to_string(),
            );
        }
        if img.alt.trim().is_empty() {
            let mut at_alt = at;
            at_alt.push(Seg::from("alt"));
            self.err(
                file,
                &at_alt,
                "this picture has no words for it (`alt`)".into(),
                "say in a few words what it shows, for patients who cannot see it".to_string(),
            );
        }
    }

    fn timeline(&mut self) {
        let last = self.t.last_day();
        let mut next = 0u32;
        self.sections();
        self.later();
        self.first_hours();
        let stages = &self.t.timeline.stages;
        for (i, s) in stages.iter().enumerate() {
            let at = ypath!["stages", i, "days"];
            if s.days.start != next {
                let msg = if s.days.start > next {
                    format!("no stage covers days {next} to {}", s.days.start - 1)
                } else {
                    format!("stage days `{}` overlap the stage before", s.days)
                };
                self.err(&self.fs.timeline, &at, msg, format!("start this stage at day {next}"));
            }
            if s.days.end_or(last) > last {
                self.err(
                    &self.fs.timeline,
                    &at,
                    format!("days `{}` go past the last day of the timeline (day {last})", s.days),
                    format!("end the stage by day {last}"),
                );
            }
            next = s.days.end_or(last).max(s.days.start) + 1;
            self.cites(&self.fs.timeline, &["stages".into(), i.into()], &s.cites, None);
            if let Some(img) = &s.image {
                self.image(&self.fs.timeline.clone(), ypath!["stages", i, "image"], img);
            }
        }
        if stages.is_empty() || next <= last {
            self.err(
                &self.fs.timeline,
                &ypath!["stages"],
                format!("the stages stop before day {last}"),
                format!("add a stage that runs to the end, e.g. `days: {next}+`"),
            );
        }
        if self.t.timeline.warning_signs.is_empty() {
            self.err(
                &self.fs.timeline,
                &ypath!["warning_signs"],
                "no warning signs are listed".into(),
                "list the signs that mean a patient should call the clinic".to_string(),
            );
        }
    }

    fn preparation(&mut self) {
        for (i, p) in self.t.preparation.iter().enumerate() {
            self.cites(&self.fs.preparation, &[i.into()], &p.cites, None);
        }
    }
}

/// The light backgrounds of the built-in theme that links and buttons sit on: white, the
/// panels, and the status colours of tables and badges.
const LINK_BACKGROUNDS: [(&str, &str); 7] = [
    ("#ffffff", "white"),
    ("#f3f6f7", "the panels (#f3f6f7)"),
    ("#fff3d6", "the with-care colour (#fff3d6)"),
    ("#fdecec", "the not-yet colour (#fdecec)"),
    ("#e5f4ea", "the allowed colour (#e5f4ea)"),
    ("#e7eefb", "the to-do colour (#e7eefb)"),
    ("#eeeeee", "the not-advised colour (#eeeeee)"),
];

/// The lowest contrast of `accent` with the theme's backgrounds, when it is below AA.
fn weakest_contrast(accent: &str) -> Option<(f64, &'static str)> {
    let a = luminance(accent)?;
    LINK_BACKGROUNDS
        .iter()
        .filter_map(|(bg, name)| Some((contrast(a, luminance(bg)?), *name)))
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .filter(|(ratio, _)| *ratio < 4.5)
}

/// The accent darkened (mixed with black) just enough to pass AA on every background.
fn darken_to_aa(accent: &str) -> String {
    let rgb = rgb(accent).unwrap_or([0, 0, 0]);
    for step in 1..=100 {
        let k = 1.0 - f64::from(step) / 100.0;
        let c = rgb.map(|v| (f64::from(v) * k).round() as u8);
        let hex = format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
        if weakest_contrast(&hex).is_none() {
            return hex;
        }
    }
    "#000000".into()
}

fn rgb(hex: &str) -> Option<[u8; 3]> {
    let h = hex.strip_prefix('#')?;
    let full: String = if h.len() == 3 { h.chars().flat_map(|c| [c, c]).collect() } else { h.to_string() };
    let v = |i: usize| u8::from_str_radix(full.get(i..i + 2)?, 16).ok();
    Some([v(0)?, v(2)?, v(4)?])
}

/// Relative luminance, as WCAG defines it.
fn luminance(hex: &str) -> Option<f64> {
    let lin = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb(hex)?;
    Some(0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b))
}

fn contrast(a: f64, b: f64) -> f64 {
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

fn is_hex_colour(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else { return false };
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod colour_tests {
    use super::*;

    #[test]
    fn an_accent_must_be_dark_enough_for_links_on_every_background() {
        assert!(weakest_contrast("#0b5f63").is_none());
        assert!(weakest_contrast("#5a3d8a").is_none());
        let (ratio, on) = weakest_contrast("#3aa0a0").unwrap();
        assert!(ratio < 4.5 && on.contains("#e7eefb"), "{ratio} {on}");
        let fix = darken_to_aa("#3aa0a0");
        assert!(weakest_contrast(&fix).is_none() && fix != "#000000", "{fix}");
        assert!((contrast(luminance("#000").unwrap(), luminance("#fff").unwrap()) - 21.0).abs() < 1e-9);
    }
}
