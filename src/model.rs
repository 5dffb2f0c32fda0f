//! The site model: what a clinic's files say, typed.
//!
//! These types are read straight from YAML (`serde`), so the shape of each struct *is* the
//! file format documented in the README. Unknown keys are refused (`deny_unknown_fields`) so
//! a misspelt key is an error with a position, not a silently ignored rule. Cross-file rules
//! (ids that must exist, days that must cover the timeline) are checked afterwards in
//! `content::validate`; only a site that passes is handed to the schedule and renderer.

use std::fmt;

use schemars::JsonSchema;
use serde::{de, Deserialize, Deserializer, Serialize};

pub mod json_schema;

/// Everything about one site, after loading: the settings and clinic, the treatments
/// (one or more), and the articles they share.
#[derive(Debug, Serialize)]
pub struct Site {
    pub config: Config,
    pub treatments: Vec<Treatment>,
    pub articles: Vec<Article>,
    /// Article slug -> index in `articles`, for `@/article/` links (built by `content::load`).
    #[serde(skip)]
    pub article_index: std::collections::HashMap<String, usize>,
    /// The interface's words in the site's language.
    #[serde(skip)]
    pub words: std::sync::Arc<crate::messages::Messages>,
    /// Each status's label, by `Status as usize`: the site's own word or the catalogue's.
    #[serde(skip)]
    pub labels: [String; 5],
    /// Which language this is, of all the site is published in.
    #[serde(skip)]
    pub lang: LangView,
    /// In a translation: the clinic's words that have no translation and show in the
    /// default language, so the pages can mark them with that language (`lang`).
    #[serde(skip)]
    pub fallback_texts: std::collections::HashSet<String>,
}

/// One language of a site, as pages link to it.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    /// The tag: `en`, `es`, `ar`.
    pub code: String,
    /// Its name in itself ("Español"), from its own catalogue.
    pub name: String,
    /// Where its pages are, from the output root: `""` for the default, else `es/`.
    pub prefix: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

/// A site's place among its languages: `all[at]` is its own.
#[derive(Debug, Clone, Default)]
pub struct LangView {
    pub all: std::sync::Arc<Vec<Language>>,
    pub at: usize,
}

impl LangView {
    /// The folder of this language's pages in the output (`""` for the default language).
    pub fn prefix(&self) -> &str {
        self.all.get(self.at).map_or("", |l| l.prefix.as_str())
    }

    pub fn is_default(&self) -> bool {
        self.at == 0
    }

    /// In another language than the default: the default one, whose words show where a
    /// translation leaves some out. `None` in the default language itself.
    pub fn fallback(&self) -> Option<&Language> {
        self.all.first().filter(|_| !self.is_default())
    }
}

impl Language {
    /// ` lang="en-GB" dir="ltr"`: the attributes that mark text as written in it.
    pub fn attrs(&self) -> String {
        format!("{} dir=\"{}\"", self.lang_attr(), self.dir)
    }

    /// ` lang="en-GB"` alone, for a `<bdi>`, which finds its direction from its text.
    pub fn lang_attr(&self) -> String {
        // A tag holds letters, digits, hyphens (and underscores as some write them): nothing else
        // can reach the attribute.
        let code: String = self.code.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect();
        format!(" lang=\"{code}\"")
    }
}

impl Site {
    /// A site in one language, its status labels worked out from `config` and `words`.
    pub fn new(
        config: Config,
        words: std::sync::Arc<crate::messages::Messages>,
        treatments: Vec<Treatment>,
        articles: Vec<Article>,
        article_index: std::collections::HashMap<String, usize>,
    ) -> Site {
        let mut config = config;
        config.clinic.resolve();
        let labels = Site::make_labels(&config, &words);
        Site {
            config,
            treatments,
            articles,
            article_index,
            words,
            labels,
            lang: LangView::default(),
            fallback_texts: Default::default(),
        }
    }

    pub fn article(&self, slug: &str) -> Option<&Article> {
        self.article_index.get(slug).map(|&i| &self.articles[i])
    }

    /// The label a patient sees for `status`: the site's own word, or the catalogue's.
    pub fn status_label(&self, status: Status) -> &str {
        &self.labels[status as usize]
    }

    /// The labels of [`Site::status_label`], worked out once when the site is loaded.
    pub fn make_labels(config: &Config, words: &crate::messages::Messages) -> [String; 5] {
        [Status::Do, Status::Never, Status::NotYet, Status::WithCare, Status::Allowed].map(|s| {
            config.status_labels.get(&s).cloned().unwrap_or_else(|| words.get(&format!("status-{}", s.key()), &[]))
        })
    }

    /// True when the site holds more than one treatment: each then lives in its own folder.
    pub fn is_multi(&self) -> bool {
        self.treatments.len() > 1
    }

    pub fn treatment(&self, id: &str) -> Option<&Treatment> {
        self.treatments.iter().find(|t| t.id == id)
    }

    /// How shared text (an article's `activities:`) names an activity: `sun` on a
    /// one-treatment site, `tattoo/sun` on a site with several.
    pub fn activity_key(&self, t: &Treatment, id: &str) -> String {
        if self.is_multi() {
            format!("{}/{id}", t.id)
        } else {
            id.to_string()
        }
    }

    /// The (treatment, activity) indices that `key` (see [`Site::activity_key`]) names.
    pub fn resolve_activity(&self, key: &str) -> Option<(usize, usize)> {
        let (t, id) = match key.split_once('/') {
            Some((t, id)) if self.is_multi() => (self.treatments.iter().position(|x| x.id == t)?, id),
            Some(_) => return None,
            None if self.is_multi() => return None,
            None => (0, key),
        };
        Some((t, self.treatments[t].activity_index(id)?))
    }
}

/// One treatment the clinic offers, with everything a patient's aftercare needs. Indices
/// into `activities` and `guides` are stable: activities as listed, guides by file name.
#[derive(Debug, Serialize)]
pub struct Treatment {
    /// The folder name under `content/treatments/`, or the `id` a one-treatment site
    /// gives in site.yaml (default `treatment`).
    pub id: String,
    pub settings: TreatmentSettings,
    pub activities: Vec<Activity>,
    pub guides: Vec<Guide>,
    pub protocol: Protocol,
    pub timeline: Timeline,
    pub preparation: Vec<PrepStep>,
    /// The review of activities.yaml and of preparation.yaml (files that are lists keep it
    /// beside the list: see [`Listed`]). The other files carry their own (`protocol.review`).
    pub activities_review: Option<Review>,
    pub preparation_review: Option<Review>,
    /// Where its files are, relative to the site folder: `content` or `content/treatments/<id>`.
    #[serde(skip)]
    pub dir: std::path::PathBuf,
    /// Where its pages go in the output: `""` for a site's only treatment, else `<id>/`.
    #[serde(skip)]
    pub prefix: String,
    /// In a translation: the files translated (`protocol.yaml`...); the others fall back
    /// to the default language. Empty in the default language.
    #[serde(skip)]
    pub translated: Vec<&'static str>,
    /// In a translation: the language tag its files carry (`protocol.es.yaml`).
    #[serde(skip)]
    pub lang: Option<String>,
    /// In a translation: some of its files are not translated, so its pages show some
    /// text in the default language.
    #[serde(skip)]
    pub falls_back: bool,
}

impl Treatment {
    /// The last day that gets a page: the end of the longest restriction.
    pub fn last_day(&self) -> u32 {
        self.settings.last_day()
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn activity_index(&self, id: &str) -> Option<usize> {
        self.activities.iter().position(|a| a.id == id)
    }

    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    /// Each file of the treatment that holds advice, with its review: the guides' too,
    /// since each is the clinic's reading of a published guide.
    pub fn reviewed_files(&self) -> Vec<(std::path::PathBuf, Option<&Review>)> {
        let mut files = vec![
            (self.dir.join(ACTIVITIES), self.activities_review.as_ref()),
            (self.dir.join(PROTOCOL), self.protocol.review.as_ref()),
            (self.dir.join(TIMELINE), self.timeline.review.as_ref()),
        ];
        // preparation.yaml is optional: no steps, nothing to review.
        if !self.preparation.is_empty() {
            files.push((self.dir.join(PREPARATION), self.preparation_review.as_ref()));
        }
        files.extend(self.guides.iter().map(|g| (g.source.clone(), g.review.as_ref())));
        files
    }

    /// A file of this treatment, as shown in messages: `content/protocol.yaml`, or its
    /// translation `content/protocol.es.yaml` where there is one.
    pub fn file(&self, name: &str) -> std::path::PathBuf {
        match &self.lang {
            Some(lang) if self.translated.contains(&name) => self.dir.join(translated_name(name, lang)),
            _ => self.dir.join(name),
        }
    }
}

/// The file holding the translation of `name` into `lang`: `protocol.yaml` ->
/// `protocol.es.yaml`.
pub fn translated_name(name: &str, lang: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{lang}.{ext}"),
        None => format!("{name}.{lang}"),
    }
}

// ---------------------------------------------------------------------------------------
// site.yaml
// ---------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The site's title: the heading of the home page and the name of every page's tab.
    #[schemars(schema_with = "json_schema::non_empty_text")]
    pub title: String,
    /// The default language, a tag such as `en`, `en-GB` or `es`: the pages' language, how
    /// dates are written, the interface's words. Its pages are at the root of the site.
    #[serde(default = "default_language")]
    pub language: String,
    /// Full URL the site will live at, e.g. `https://example.org/aftercare/`. Only used
    /// where a relative link cannot work: `sitemap.xml` and the 404 page.
    #[serde(default)]
    #[schemars(schema_with = "json_schema::base_url")]
    pub base_url: Option<String>,
    /// The clinic's colour, a hex colour in quotes (`"#0b6e6e"`), on every page.
    #[serde(default = "default_accent")]
    #[schemars(schema_with = "json_schema::hex_colour")]
    pub accent_color: String,
    /// One or two sentences about the site, for search engines and link previews.
    #[serde(default)]
    pub description: Option<String>,
    /// Highest reading grade (SMOG and Flesch-Kincaid) `check` accepts without a warning.
    #[serde(default = "default_grade_limit")]
    pub reading_grade_limit: f64,
    /// What happens to raw HTML written inside Markdown: `keep` it (the default) or `strip` it.
    #[serde(default)]
    pub raw_html: RawHtml,
    /// The clinic: its name, phone, email, address and hours, and the numbers to call when
    /// it is closed.
    pub clinic: Clinic,
    /// A one-treatment site's treatment (its files in `content/`). A site with several has
    /// none here: each is a folder `content/treatments/<id>/` with a `treatment.yaml`.
    #[serde(default)]
    pub treatment: Option<TreatmentSettings>,
    /// Files in the output folder that are not the site's and must stay there (`CNAME`,
    /// `.git`): every build moves them into the new site.
    #[serde(default)]
    #[schemars(schema_with = "json_schema::kept_names")]
    pub keep: Vec<String>,
    /// The clinic's own words for the statuses ("Not yet" -> "Wait"), by status key.
    #[serde(default)]
    #[schemars(schema_with = "json_schema::status_labels")]
    pub status_labels: std::collections::BTreeMap<Status, String>,
    /// The other languages the site is published in (`language` is the default one):
    /// each page of language `es` goes under `es/`, its text from `<file>.es.yaml` and
    /// `<article>.es.md` beside the default language's files.
    #[serde(default)]
    #[schemars(schema_with = "json_schema::language_tags")]
    pub languages: Vec<String>,
    /// Languages of `languages` whose content is not translated on purpose: only the
    /// interface is. Their pages show the default language's text and say so; `check`
    /// does not warn about each file.
    #[serde(default)]
    pub untranslated_content: Vec<String>,
    /// Readable without a signal once opened: the build adds a web app manifest and a
    /// service worker (`sw.js`) that keeps a copy of every file of the site. Off by default.
    #[serde(default)]
    pub offline: bool,
}

fn default_language() -> String {
    "en".into()
}

/// The policy for HTML tags typed into Markdown articles and summaries. Text from YAML is
/// always escaped; Markdown may carry HTML on purpose (a `<abbr>`, a `<details>`), so it
/// is kept unless the site asks for it to be removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    /// Keep HTML typed into Markdown (an `<abbr>`, a `<details>`); scripts are refused.
    #[default]
    Keep,
    /// Remove it, keeping the text inside.
    Strip,
}

fn default_grade_limit() -> f64 {
    8.0
}

fn default_accent() -> String {
    "#0b6e6e".into()
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    /// The clinic's name, on every page and handout.
    #[schemars(schema_with = "json_schema::non_empty_text")]
    pub name: String,
    /// The number patients call, in quotes (`"0161 496 0321"`): in every page's header.
    #[schemars(schema_with = "json_schema::phone")]
    pub phone: String,
    /// The clinic's email address, with its other details on every page.
    pub email: String,
    /// The address, on one line.
    pub address: String,
    /// Opening hours, one line each: `"Monday to Friday: 9 am to 6 pm"`.
    #[serde(default)]
    pub hours: Vec<String>,
    /// Who to call when the clinic is closed and it cannot wait (in the UK, NHS 111).
    #[serde(default)]
    pub out_of_hours: Option<Helpline>,
    /// The emergency number, and when to call it rather than the clinic.
    #[serde(default)]
    pub emergency: Option<Helpline>,
    /// The old free-text line for urgent help, from before `out_of_hours` and `emergency`:
    /// still shown under them so no site loses it, and `check` asks for it to be moved.
    #[serde(default)]
    pub urgent: Option<String>,
    /// The clinic's logo, optional: a picture in `content/images/` or in the site's `theme/`
    /// folder, given from the site folder (`content/images/logo.svg`, `theme/logo.png`). It
    /// shows in every page's header beside the clinic's name, and is the app icon when
    /// `offline: true`.
    #[serde(default)]
    #[schemars(schema_with = "json_schema::logo")]
    pub logo: Option<String>,
    /// Where the logo is in the built site, from the site's top folder (`images/logo.svg`,
    /// `assets/logo.png`), worked out when the site is loaded ([`Clinic::resolve`]).
    #[serde(skip_deserializing)]
    pub logo_url: Option<String>,
    /// The `tel:` target of `phone`, worked out when the site is loaded ([`Clinic::resolve`]).
    #[serde(skip_deserializing)]
    pub phone_href: String,
}

/// A number to call other than the clinic's: the out-of-hours service or the emergency
/// number. The number is the same in every language; `name` and `when` are words.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// What patients know it as ("NHS 111"). Optional for the emergency number.
    #[serde(default)]
    pub name: Option<String>,
    /// The number to call, in quotes: `"111"`.
    #[schemars(schema_with = "json_schema::helpline_phone")]
    pub phone: String,
    /// When to call it, in plain words.
    #[serde(default)]
    pub when: Option<String>,
    /// The `tel:` target, worked out when the site is loaded.
    #[serde(skip_deserializing)]
    pub href: String,
}

/// The `tel:` link target of a number as written: digits and a leading `+` only.
pub fn phone_href(phone: &str) -> String {
    phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect()
}

/// The treatment: its name, what it is, its sessions and how long aftercare lasts.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatmentSettings {
    /// The treatment's name: "Scalp micropigmentation".
    pub name: String,
    /// A short name or abbreviation ("SMP"), where space is short.
    #[serde(default)]
    pub short_name: Option<String>,
    /// What the treatment is, in two or three plain sentences (Markdown).
    pub summary: String,
    /// The usual number of sessions (1 to 50).
    #[schemars(range(min = 1, max = 50))]
    pub sessions: u32,
    /// Days from one session to the next.
    #[schemars(range(min = 1, max = 366))]
    pub days_between_sessions: u32,
    /// Days of first healing after each session.
    #[schemars(range(min = 1, max = 366))]
    pub healing_days: u32,
    /// The day pages run from day 0 to this day (after the final session, the longest rule).
    #[schemars(range(min = 1, max = 366))]
    pub last_day: u32,
}

impl Clinic {
    /// Fills in the `tel:` targets of every number (called once, when the site is loaded).
    pub fn resolve(&mut self) {
        self.phone_href = phone_href(&self.phone);
        self.logo_url = self.logo.as_deref().and_then(logo_output);
        for h in [&mut self.out_of_hours, &mut self.emergency].into_iter().flatten() {
            h.href = phone_href(&h.phone);
        }
    }

    /// "Name · phone" for the running footer of printed pages. It goes into a CSS string
    /// in a `<style>` element, so the characters that could end the string or the element
    /// (`"` `\` `<` `>` and line breaks) are dropped or replaced.
    pub fn print_line(&self) -> String {
        css_text(&format!("{} · {}", self.name, self.phone))
    }
}

/// Text made safe to put inside a CSS string in a `<style>` element: the characters that
/// could end the string or the element (`"` `\` `<` `>` and line breaks) are dropped or
/// replaced.
pub fn css_text(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '<' | '>') && !c.is_control())
        .map(|c| match c {
            '"' => '\'',
            '\\' => '/',
            c => c,
        })
        .collect()
}

impl TreatmentSettings {
    pub fn last_day(&self) -> u32 {
        self.last_day.max(self.days_between_sessions)
    }

    pub fn short(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }

    /// The name with its abbreviation, for the first time a printed sheet names it:
    /// "Scalp micropigmentation (SMP)".
    pub fn spelled_out(&self) -> String {
        match &self.short_name {
            Some(short) if short != &self.name => format!("{} ({short})", self.name),
            _ => self.name.clone(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// content/activities.yaml
// ---------------------------------------------------------------------------------------

/// A thing patients ask about.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Used in links and rules (`@/activity/razor-shave`): lower-case letters, digits and hyphens.
    #[schemars(schema_with = "json_schema::slug")]
    pub id: String,
    /// What it is, as a heading: "Shaving with a razor".
    pub label: String,
    /// A short column heading for the printed checklist ("Razor").
    #[serde(default)]
    pub short_label: Option<String>,
    /// The question a patient asks: "When can I shave my head with a razor?"
    pub question: String,
    /// Why it matters, in plain words.
    pub why: String,
    /// Shown as a column of the day-by-day checklist handout.
    #[serde(default)]
    pub checklist: bool,
    /// Listed among the top questions on the home page.
    #[serde(default)]
    pub top: bool,
}

impl Activity {
    pub fn short(&self) -> &str {
        self.short_label.as_deref().unwrap_or(&self.label)
    }
}

// ---------------------------------------------------------------------------------------
// content/guides/*.yaml
// ---------------------------------------------------------------------------------------

/// A published guide and what it recommends.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Taken from the file name (`guides/heal-right.yaml` -> `heal-right`), never written in the file.
    #[serde(skip_deserializing)]
    pub id: String,
    /// The file it was read from, relative to the site folder (for messages).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    /// In a translation: no translation of this guide, so its text is the default language's.
    #[serde(skip)]
    pub fallback: bool,
    /// The guide's title, as published.
    pub title: String,
    /// Column heading in the comparison table.
    pub short_title: String,
    /// Who published it.
    pub publisher: String,
    /// When it was published, YYYY-MM-DD (optional).
    #[serde(default)]
    pub date: Option<Date>,
    /// How the guide counts days, and how its numbers were moved to "day 0 = session day".
    pub day_counting: String,
    /// What the guide says overall, in the clinic's own words (Markdown).
    pub summary: String,
    /// Who checked this file (the clinic's reading of the guide) and when it is due again.
    #[serde(default)]
    pub review: Option<Review>,
    /// What the guide says about each activity.
    pub recommendations: Vec<Recommendation>,
}

/// What one guide says about one activity. It needs at least one of `allowed_from`,
/// `with_care_from` or `vague`.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [
    { "required": ["allowed_from"], "properties": { "allowed_from": { "type": "integer" } } },
    { "required": ["with_care_from"], "properties": { "with_care_from": { "type": "integer" } } },
    { "required": ["vague"], "properties": { "vague": { "not": { "type": "null" } } } },
]))]
pub struct Recommendation {
    /// The activity's id, from activities.yaml.
    pub activity: String,
    /// First day (day 0 = session day) the guide allows the activity without limits.
    #[serde(default)]
    #[schemars(range(max = 366))]
    pub allowed_from: Option<u32>,
    /// First day the guide allows it with some care (gently, briefly, only water...).
    #[serde(default)]
    #[schemars(range(max = 366))]
    pub with_care_from: Option<u32>,
    /// The guide's own words when it gives no number ("the first few days").
    #[serde(default)]
    pub vague: Option<String>,
    /// After which sessions this applies: `every` (the default) or `final`.
    #[serde(default)]
    pub session: SessionScope,
    /// A condition the guide attaches ("only if your artist allows").
    #[serde(default)]
    pub condition: Option<String>,
    /// What the guide says, in our own words.
    pub says: String,
    /// Set when the guide's own day number was moved to our day-0 convention: say how.
    #[serde(default)]
    pub shifted: Option<String>,
}

/// Which sessions a rule applies after.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SessionScope {
    /// After every session.
    #[default]
    Every,
    /// Only after the final session.
    Final,
}

// ---------------------------------------------------------------------------------------
// content/protocol.yaml
// ---------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    /// How the clinic chose its days from the guides (Markdown).
    pub rule_of_thumb: String,
    /// Who checked this file's advice and when it is due again.
    #[serde(default)]
    pub review: Option<Review>,
    /// Steps by the hour on the day of the session ("leave the dressing on for 4 hours").
    #[serde(default)]
    pub first_hours: Vec<HourStep>,
    /// The daily routine, in the order to do it ("rinse, then the cleanser, then pat dry,
    /// then the balm"): each step with its days and how often, listed in this order on the
    /// day pages it covers and on the at-a-glance sheet.
    #[serde(default)]
    pub routine: Vec<RoutineStep>,
    /// One rule per activity of activities.yaml.
    pub rules: Vec<ProtocolRule>,
}

/// One step of the session day, by the hour: `hours: 0-4` (hours after the session ends).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HourStep {
    #[schemars(schema_with = "json_schema::hour_range")]
    pub hours: DayRange,
    /// What to do, in plain words.
    pub say: String,
    /// Guide ids this step follows.
    #[serde(default)]
    pub cites: Vec<String>,
}

/// One step of the daily routine: `days: 4-9` (day 0 = the session day).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoutineStep {
    pub days: DayRange,
    /// What to do and how often, in plain words.
    pub say: String,
    /// The same step cut to one short line, for the printed sheets, where the whole
    /// routine shares a page with the rest (optional: without it they print `say`).
    #[serde(default)]
    pub short: Option<String>,
    /// A picture of the step: src (a file in content/images/) and alt (its words). The
    /// printed checklist shows it beside the steps (optional).
    #[serde(default)]
    pub image: Option<Image>,
    /// Guide ids this step follows.
    #[serde(default)]
    pub cites: Vec<String>,
}

/// The clinic's rule for one activity.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProtocolRule {
    /// The activity's id, from activities.yaml.
    pub activity: String,
    /// After every session: must cover day 0 to the last day, in order, without gaps.
    pub phases: Vec<Phase>,
    /// After the final session only: these replace `phases` on the days they cover.
    #[serde(default)]
    pub after_final: Vec<Phase>,
    /// Why the clinic allows this sooner than a guide does (on either threshold). Without
    /// it, `check` warns; with it, the reason shows beside that guide's advice.
    #[serde(default)]
    pub earlier_because: Option<String>,
    /// Why the clinic never fully allows what a guide allows in the end.
    #[serde(default)]
    pub stricter_because: Option<String>,
}

impl ProtocolRule {
    /// An action ("book your next session"): made only of `do` phases. It has days to act
    /// on, not a level to compare, and may leave days without anything to do.
    pub fn is_action(&self) -> bool {
        self.phases.iter().chain(&self.after_final).all(|p| p.status == Status::Do)
    }
}

/// What applies to an activity on some days.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub days: DayRange,
    /// `not-yet`, `with-care`, `allowed` or `never` (how far the activity is allowed), or
    /// `do` (an action for these days).
    pub status: Status,
    /// What to do, in plain words.
    pub say: String,
    /// The same advice cut to one short line, for the printed at-a-glance sheet, where
    /// every change of the first days is listed with how to do it (optional: without it
    /// the sheet gives `say` in full).
    #[serde(default)]
    pub short: Option<String>,
    /// The step as an action, for a to-do list or a key rule ("Put on the aftercare
    /// balm", "Keep your scalp dry"): shown instead of the activity's name, which names a
    /// topic, not what to do (optional).
    #[serde(default)]
    pub todo: Option<String>,
    /// One of the few rules that matter most on its days ("keep it dry", "hands off"):
    /// listed first on those day pages and at the top of the at-a-glance sheet.
    #[serde(default)]
    pub key: bool,
    /// Guide ids this phase follows.
    #[serde(default)]
    pub cites: Vec<String>,
    /// A picture of how to do it (a clinic's own photo or drawing).
    #[serde(default)]
    pub image: Option<Image>,
}

/// A picture the clinic supplies: a file in `content/images/`, and what it shows in words
/// (read aloud by screen readers, shown when the picture does not load).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// The file's name in `content/images/` (`wash-step-1.jpg`); published as `images/<src>`.
    #[schemars(schema_with = "json_schema::image_file")]
    pub src: String,
    /// What the picture shows, in words: read aloud by screen readers, shown when it does
    /// not load.
    #[schemars(schema_with = "json_schema::non_empty_text")]
    pub alt: String,
}

/// Where a site's pictures are, from the site folder, and where they are published.
/// Where articles are, and the pictures beside them.
pub const ARTICLES_DIR: &str = "content/articles";
pub const IMAGES_DIR: &str = "content/images";

/// A treatment's files, in its folder (`content/`, or `content/treatments/<id>/`): named
/// once, for the loader, the review checks and the pages' review line.
pub const ACTIVITIES: &str = "activities.yaml";
pub const PROTOCOL: &str = "protocol.yaml";
pub const TIMELINE: &str = "timeline.yaml";
pub const PREPARATION: &str = "preparation.yaml";
pub const IMAGES_OUT: &str = "images";

/// The site's theme folder: its files are written to `assets/`, over the built-in ones.
pub const THEME_DIR: &str = "theme";
/// Where the theme is written in the built site (`urls::ASSETS`).
pub const ASSETS_OUT: &str = "assets";

/// Where a logo given as `content/images/<name>` or `theme/<name>` is written, from the
/// site's top folder; `None` for any other place (validation says why).
pub fn logo_output(logo: &str) -> Option<String> {
    let (dir, out) = if let Some(n) = logo.strip_prefix(IMAGES_DIR).and_then(|r| r.strip_prefix('/')) {
        (n, IMAGES_OUT)
    } else if let Some(n) = logo.strip_prefix(THEME_DIR).and_then(|r| r.strip_prefix('/')) {
        (n, ASSETS_OUT)
    } else {
        return None;
    };
    let ok = !dir.is_empty() && !dir.contains('\\') && dir.split('/').all(|p| !p.is_empty() && p != ".." && p != ".");
    ok.then(|| format!("{out}/{dir}"))
}

/// The kinds of picture a page can show (their file name endings).
pub const IMAGE_TYPES: [&str; 6] = ["png", "jpg", "jpeg", "webp", "gif", "svg"];

/// What a phase tells the patient. Restrictions (`never`, `not-yet`, `with-care`,
/// `allowed`) say how far an activity is allowed; `do` is an action to take on those days
/// ("apply the balm twice a day", "book your touch-up"), with no level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// "To do": an action for these days ("apply the balm twice a day"); a rule made only
    /// of `do` phases may leave days out.
    Do,
    /// "Not advised", for good: the rule's last phase, running to the last day (`30+`).
    Never,
    /// "Not yet": not on these days.
    NotYet,
    /// "With care": allowed gently, briefly, or in a limited way.
    WithCare,
    /// "Allowed": without limits.
    Allowed,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Do, Status::NotYet, Status::WithCare, Status::Allowed, Status::Never];

    /// The CSS class and JSON name.
    pub fn key(self) -> &'static str {
        match self {
            Status::Do => "do",
            Status::Never => "never",
            Status::NotYet => "not-yet",
            Status::WithCare => "with-care",
            Status::Allowed => "allowed",
        }
    }

    /// How far a restriction allows the activity (higher is freer); `None` for an action.
    /// `never` sits below `not-yet` because it does not end.
    pub fn level(self) -> Option<u8> {
        match self {
            Status::Do => None,
            Status::Never => Some(0),
            Status::NotYet => Some(1),
            Status::WithCare => Some(2),
            Status::Allowed => Some(3),
        }
    }
}

/// Days written as `3`, `0-3` (both ends included) or `10+` (to the last day).
/// Serialised the way it is written (`"0-3"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub start: u32,
    /// `None` means "to the last day of the timeline".
    pub end: Option<u32>,
}

impl DayRange {
    pub fn end_or(&self, last_day: u32) -> u32 {
        self.end.unwrap_or(last_day)
    }

    pub fn contains(&self, day: u32, last_day: u32) -> bool {
        day >= self.start && day <= self.end_or(last_day)
    }
}

impl fmt::Display for DayRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            None => write!(f, "{}+", self.start),
            Some(e) if e == self.start => write!(f, "{e}"),
            Some(e) => write!(f, "{}-{e}", self.start),
        }
    }
}

impl std::str::FromStr for DayRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}` is not a day range; write one day (`5`), a range (`0-3`) or an open end (`10+`)");
        let num = |t: &str| t.trim().parse::<u32>().map_err(|_| bad());
        let s = s.trim();
        if let Some(open) = s.strip_suffix('+') {
            return Ok(DayRange { start: num(open)?, end: None });
        }
        match s.split_once(['-', '–']) {
            Some((a, b)) => {
                let (start, end) = (num(a)?, num(b)?);
                if end < start {
                    return Err(format!(
                        "day range `{s}` runs backwards; write the earlier day first (`{end}-{start}`)"
                    ));
                }
                Ok(DayRange { start, end: Some(end) })
            }
            None => {
                let d = num(s)?;
                Ok(DayRange { start: d, end: Some(d) })
            }
        }
    }
}

impl Serialize for DayRange {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DayRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Accept both `days: 5` and `days: "0-3"`.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u32),
            I(i64),
            F(f64),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(DayRange { start: n, end: Some(n) }),
            Raw::I(n) if n < 0 => Err(de::Error::custom(format!(
                "day {n} is before the session; days count from 0, the day of the session"
            ))),
            Raw::I(n) => Err(de::Error::custom(format!("day {n} is far too large; check the number"))),
            Raw::F(n) => Err(de::Error::custom(format!("`{n}` is not a whole day; write days as whole numbers"))),
            Raw::S(s) => s.parse().map_err(de::Error::custom),
        }
    }
}

/// Who last checked a file's clinical content and when it is due again: what NHS.UK
/// shows as "Page last reviewed" and "Next review due".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Who reviewed it, with their role: "Dr Amina Rahman, clinical lead".
    pub by: String,
    /// The day it was reviewed.
    pub date: Date,
    /// The day the next review is due.
    pub next: Date,
}

impl Review {
    /// What a page made from several files can claim: the oldest of their reviews and the
    /// soonest next one. `None` when any of them has no review.
    pub fn combined<'a>(
        reviews: impl IntoIterator<Item = Option<&'a Review>>,
    ) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        let mut out = None;
        for r in reviews {
            let r = r?;
            out = Some(match out {
                None => (r.date.0, r.next.0),
                Some((date, next)) => (r.date.0.min(date), r.next.0.min(next)),
            });
        }
        out
    }
}

/// A file that is a list (activities.yaml, preparation.yaml): the list on its own, or,
/// to carry a review, a map with `review:` and the list under `items:` (the shape its
/// translations already have).
#[derive(Debug)]
pub struct Listed<T> {
    pub review: Option<Review>,
    pub items: Vec<T>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for V<T> {
            type Value = Listed<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list, or `review:` and the list under `items:`")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Listed<T>, A::Error> {
                let items = Vec::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Listed { review: None, items })
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Listed<T>, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Map<T> {
                    #[serde(default)]
                    review: Option<Review>,
                    items: Vec<T>,
                }
                let m = Map::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Listed { review: m.review, items: m.items })
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub chrono::NaiveDate);

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map(Date).map_err(|_| {
            de::Error::custom(format!("`{s}` is not a real date; write it as YYYY-MM-DD, e.g. 2023-09-06"))
        })
    }
}

// ---------------------------------------------------------------------------------------
// content/timeline.yaml and content/preparation.yaml
// ---------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// The headings of what each stage describes ("Your skin", "The colour"), in order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The stages of healing, from day 0 to the last day, in order and without gaps.
    #[schemars(length(min = 1))]
    pub stages: Vec<Stage>,
    /// Milestones after the last day page ("a colour boost at 12 to 18 months").
    #[serde(default)]
    pub later: Vec<Later>,
    /// Normal things a patient may notice, to reassure.
    #[serde(default)]
    pub normal_signs: Vec<String>,
    /// Signs that mean "call the clinic" (at least one).
    #[schemars(length(min = 1))]
    pub warning_signs: Vec<String>,
    /// Who checked this file's advice and when it is due again.
    #[serde(default)]
    pub review: Option<Review>,
}

/// A stage of healing.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub days: DayRange,
    /// The stage's name: "Crusts form".
    pub name: String,
    /// Section id (from `sections`) -> what the patient sees and feels in this stage.
    #[serde(default)]
    pub about: std::collections::BTreeMap<String, String>,
    /// Guide ids this stage follows.
    #[serde(default)]
    pub cites: Vec<String>,
    /// A picture of what normal healing looks like in this stage.
    #[serde(default)]
    pub image: Option<Image>,
}

/// A heading for one part of every stage's description.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The key of this section under each stage's `about:`.
    pub id: String,
    /// The heading: "Your skin".
    pub title: String,
}

/// A milestone after the day pages end, after the final session: `days` counts from it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Later {
    /// Stable id, used in calendar events.
    #[schemars(schema_with = "json_schema::slug")]
    pub id: String,
    /// Days after the final session, after the last day page: `1461-2191`.
    pub days: DayRange,
    /// When, in the clinic's words: "12 to 18 months after your final session".
    pub when: String,
    /// What to do then, in plain words.
    pub say: String,
    /// Guide ids this milestone follows.
    #[serde(default)]
    pub cites: Vec<String>,
}

/// A step before a session.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrepStep {
    /// When, in words: "48 hours before", "The night before".
    pub when: String,
    /// The step, in plain words.
    #[serde(rename = "do")]
    pub action: String,
    /// Why it matters.
    pub why: String,
    /// Guide ids this step follows.
    #[serde(default)]
    pub cites: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// content/articles/*.md
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The article's title: its page's heading.
    pub title: String,
    /// One or two plain sentences, for lists and the page's description.
    pub summary: String,
    /// Position in the list of articles.
    #[serde(default)]
    pub order: i32,
    /// Related activities' ids (`tattoo/sun` on a site with several treatments).
    #[serde(default)]
    pub activities: Vec<String>,
    /// In a translation: the version of the source it was made from (see `check`).
    #[serde(default, skip_serializing)]
    pub translated_from: Option<String>,
    /// Who checked this article's advice and when it is due again.
    #[serde(default)]
    pub review: Option<Review>,
}

/// Where an article's Markdown body is.
#[derive(Debug, Clone)]
pub enum Body {
    /// In memory (an article made in code).
    Text(std::sync::Arc<str>),
    /// In its file, from byte `start` of its text of `len` bytes (as loaded: no byte order
    /// mark, one kind of line end): read again where it is
    /// rendered or checked, one article at a time, so that a site of 10,000 articles never
    /// holds all their bodies at once (bench/README.md: under 100 MiB). `len` tells a file
    /// changed since it was loaded from one that was not.
    File { path: std::path::PathBuf, start: usize, len: u64 },
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        Body::Text(text.into())
    }
}

#[derive(Debug, Serialize)]
pub struct Article {
    /// From the file name: `articles/when-to-call-us.md` -> `when-to-call-us`.
    pub slug: String,
    /// The file it was read from, relative to the site folder (for messages).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    #[serde(flatten)]
    pub meta: FrontMatter,
    /// The Markdown body, after the front matter (read it with `content::body`).
    #[serde(skip)]
    pub body: Body,
    /// Line of the file where `body` starts (1-based), for positions in messages.
    #[serde(skip)]
    pub body_line: usize,
    /// The site's pictures the body shows, relative to the site folder
    /// (`content/articles/wash.jpg`), filled in when the loader checks them
    /// (for the build to copy them, and the preview server to see a change).
    #[serde(skip)]
    pub images: std::sync::Mutex<Vec<String>>,
    /// The body has a Markdown picture (`![`): its pictures are checked when it is loaded.
    #[serde(skip)]
    pub has_images: bool,
    /// In a translation: no translation of this article, so it is the default language's.
    #[serde(skip)]
    pub fallback: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ranges_parse_and_refuse_nonsense() {
        assert_eq!("0-3".parse::<DayRange>().unwrap(), DayRange { start: 0, end: Some(3) });
        assert_eq!("10+".parse::<DayRange>().unwrap(), DayRange { start: 10, end: None });
        assert_eq!("7".parse::<DayRange>().unwrap(), DayRange { start: 7, end: Some(7) });
        assert!("5-2".parse::<DayRange>().unwrap_err().contains("backwards"));
        assert!("soon".parse::<DayRange>().is_err());
        assert_eq!(DayRange { start: 4, end: Some(9) }.to_string(), "4-9");
    }

    #[test]
    fn the_print_line_cannot_leave_its_css_string() {
        let c: Clinic =
            serde_yaml::from_str("name: 'A \"B\" </style><script>'\nphone: '1\\\\2'\nemail: e\naddress: a\n").unwrap();
        let line = c.print_line();
        assert!(!line.contains(['"', '\\', '<', '>']), "{line}");
        assert!(line.starts_with("A 'B' /style") && line.ends_with(" · 1//2"), "{line}");
    }

    #[test]
    fn dates_are_written_out() {
        let d: Date = serde_yaml::from_str("2026-12-02").unwrap();
        assert_eq!(d.0, chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
        assert!(serde_yaml::from_str::<Date>("2026-02-30").is_err());
    }
}
