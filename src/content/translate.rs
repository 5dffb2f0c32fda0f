//! Stage 1, again for each other language: the site in the languages of `languages:`.
//!
//! A translation sits beside its source with the language before the extension
//! (`protocol.es.yaml`, `articles/aftercare.es.md`) and holds the same keys with the
//! wording translated. Day numbers, statuses, citations and ids belong to the site, not to
//! a language: one protocol, several wordings. So a translation is laid over its source
//! value by value: words come from it; anything else may be left out, and where it is
//! written it must say what the source says. A file with no translation falls back to the
//! default language, and the pages built from it say so.
//!
//! Each translation names the version of its source it was made from (`translated_from:`,
//! a fingerprint of the source's values); when the source changes, `check` says which
//! translations are now behind, so a clinic never ships a leaflet that silently lags.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::locate::{self, Seg};
use super::{parse_yaml, Reader, Sources, ACTIVITIES, CONFIG_FILE, PREPARATION, PROTOCOL, TIMELINE, TREATMENT_FILE};
use crate::diagnostics::{Diagnostics, Pos};
use crate::messages::Messages;
use crate::model::{
    Article, Config, FrontMatter, Guide, LangView, Language, Listed, Site, Treatment, TreatmentSettings,
};

/// A treatment's files that are translated, each on its own.
pub const TRANSLATED_FILES: [&str; 4] = [ACTIVITIES, PROTOCOL, TIMELINE, PREPARATION];

/// The keys whose values are words for the patient, translated per language. Every other
/// key is the site's structure, shared by all languages.
const WORDING: &[&str] = &[
    "title",
    "short_title",
    "description",
    "label",
    "short_label",
    "question",
    "why",
    "say",
    "says",
    "short",
    "todo",
    "summary",
    "name",
    "short_name",
    "day_counting",
    "rule_of_thumb",
    "when",
    "do",
    "about",
    "normal_signs",
    "warning_signs",
    "hours",
    "urgent",
    "address",
    "alt",
    "vague",
    "condition",
    "shifted",
    "publisher",
    "status_labels",
    "earlier_because",
    "stricter_because",
];

/// The key a translation records its source's version under.
const VERSION_KEY: &str = "translated_from";
/// Where the translation of a file that is a list keeps the list.
const ITEMS: &str = "items";

pub use crate::model::translated_name;

fn translated_path(rel: &Path, lang: &str) -> PathBuf {
    let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    rel.with_file_name(translated_name(&name, lang))
}

/// The language a file name carries before its extension, if it looks like one
/// (`about.es.md` -> `es`, `care.pt-br.yaml` -> `pt-br`).
pub fn language_of(file_name: &str) -> Option<&str> {
    let stem = file_name.rsplit_once('.')?.0;
    let (_, lang) = stem.rsplit_once('.')?;
    is_language_tag(lang).then_some(lang)
}

/// A BCP 47 tag of the plain kind a site uses: `es`, `ar`, `pt-BR`, `zh-Hant`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A short fingerprint of a source's words (see [`words_of`]): comments and layout do
/// not count.
pub fn fingerprint(value: &impl serde::Serialize) -> String {
    let bytes = serde_json::to_vec(value).expect("plain data");
    // FNV-1a, 64 bits: stable across versions and machines, which a std hasher is not.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    // A letter first, so that YAML never reads it as a number.
    format!("v{:012x}", hash >> 16)
}

/// Adds to `sites` (the default language's site) the site in each language of its
/// `languages:`, and gives every site the list of all of them.
pub(super) fn all(root: &Path, sites: &mut Vec<Site>, sources: &mut Sources, diags: &mut Diagnostics) {
    let main = &sites[0];
    let mut langs = vec![language(&main.config.language, "", &main.words)];
    let mut made = Vec::new();
    for (i, code) in main.config.languages.iter().enumerate() {
        let at = || sources.locate(Path::new(CONFIG_FILE), &[Seg::Key("languages"), Seg::Idx(i)]);
        let problem = if !is_language_tag(code) {
            Some((format!("`{code}` is not a language tag"), "write a tag such as `es`, `ar` or `pt-BR`".to_string()))
        } else if *code == main.config.language || langs.iter().any(|l| l.code == *code) {
            Some((
                format!("`{code}` is listed twice"),
                "list each other language once; `language:` is the default one".into(),
            ))
        } else if main.treatments.iter().any(|t| t.prefix.trim_end_matches('/').eq_ignore_ascii_case(code)) {
            Some((
                format!("`{code}` is also the folder of a treatment"),
                "the pages of each language go in a folder named after it: rename the treatment's folder".into(),
            ))
        } else {
            None
        };
        if let Some((message, help)) = problem {
            let pos = at();
            diags.error(Path::new(CONFIG_FILE), pos, message, Some(help));
            continue;
        }
        if let Some(site) = translation(root, main, code, sources, diags) {
            langs.push(language(code, &format!("{}/", code.to_ascii_lowercase()), &site.words));
            made.push(site);
        }
    }
    sites.extend(made);
    let all = Arc::new(langs);
    for (at, site) in sites.iter_mut().enumerate() {
        site.lang = LangView { all: all.clone(), at };
    }
}

fn language(code: &str, prefix: &str, words: &Messages) -> Language {
    Language {
        code: code.to_string(),
        name: words.get("language-name", &[]),
        prefix: prefix.to_string(),
        dir: crate::messages::direction(code),
    }
}

/// The site in language `code`: the default site's structure with the translated words.
fn translation(root: &Path, main: &Site, code: &str, sources: &mut Sources, diags: &mut Diagnostics) -> Option<Site> {
    let mut own = Diagnostics::new();
    let read = Reader { root, diags: &mut own, sources: &mut *sources, langs: Vec::new(), left: Vec::new() }
        .translated_files(main, code);
    let Some(Translated { mut config, treatments, articles, site_done, left }) = read else {
        diags.extend(own);
        return None;
    };
    config.language = code.to_string();
    let words = match Messages::load(root, code) {
        Ok(w) => Arc::new(w),
        Err(d) => {
            diags.extend(d);
            return None;
        }
    };
    let mut site = Site::new(config, words, treatments, articles, main.article_index.clone());
    site.fallback_texts = left.into_iter().collect();
    // The language's folder, for the checks that render its Markdown (the pictures, shared
    // by every language, are one folder further up); every language is set once all are read.
    let this = language(code, &format!("{}/", code.to_ascii_lowercase()), &site.words);
    site.lang = LangView { all: Arc::new(vec![language(&main.config.language, "", &main.words), this]), at: 1 };
    if !own.has_errors() {
        super::validate::validate(&site, root, sources, &mut own);
    }
    // The structure is the default language's, already checked: a warning about it (no
    // checklist column, say) would only repeat, once per language.
    let said: std::collections::HashSet<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    let mut fresh = Diagnostics::new();
    for d in own.sorted() {
        if d.severity == crate::diagnostics::Severity::Error || !said.contains(d.message.as_str()) {
            fresh.push_item(d);
        }
    }
    let failed = fresh.has_errors();
    diags.extend(fresh);
    if !main.config.untranslated_content.iter().any(|l| l == code) {
        untranslated_files(main, &site, site_done, code, diags);
    }
    (!failed).then_some(site)
}

/// Warns, once for the language, about the files that have no translation into it: their
/// words show in the default language on its pages.
fn untranslated_files(main: &Site, site: &Site, site_done: bool, code: &str, diags: &mut Diagnostics) {
    let mut missing: Vec<String> = Vec::new();
    if !site_done {
        missing.push(CONFIG_FILE.to_string());
    }
    for (t, m) in site.treatments.iter().zip(&main.treatments) {
        if main.is_multi() && !t.translated.contains(&TREATMENT_FILE) {
            missing.push(m.file(TREATMENT_FILE).display().to_string());
        }
        for name in TRANSLATED_FILES.iter().filter(|n| !t.translated.contains(n)) {
            missing.push(m.file(name).display().to_string());
        }
        missing.extend(t.guides.iter().filter(|g| g.fallback).map(|g| g.source.display().to_string()));
    }
    missing.extend(site.articles.iter().filter(|a| a.fallback).map(|a| a.source.display().to_string()));
    if missing.is_empty() {
        return;
    }
    let first = missing.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    let more = if missing.len() > 3 { format!(" and {} more", missing.len() - 3) } else { String::new() };
    diags.warning(
        Path::new(CONFIG_FILE),
        Pos::file(),
        format!(
            "{} file{} not translated into `{code}` ({first}{more}): {} pages show that text in the default language and say so",
            missing.len(),
            if missing.len() == 1 { " is" } else { "s are" },
            code
        ),
        Some(format!(
            "translate each into a file beside it with `.{code}` before the extension (e.g. {}), or, if only the interface is meant to be in `{code}`, add `untranslated_content: [{code}]` to site.yaml",
            missing.first().map(|m| translated_path(Path::new(m), code).display().to_string()).unwrap_or_default()
        )),
    );
}

/// The files of one language, read.
struct Translated {
    config: Config,
    treatments: Vec<Treatment>,
    articles: Vec<Article>,
    /// site.yaml has a translation.
    site_done: bool,
    /// The words shown in the default language (see `Site::fallback_texts`).
    left: Vec<String>,
}

impl Reader<'_> {
    /// The default site's files in language `code`: settings, treatments, articles.
    /// Also whether site.yaml has a translation.
    fn translated_files(mut self, main: &Site, code: &str) -> Option<Translated> {
        let (config, site_done) = self.overlay::<Config>(Path::new(CONFIG_FILE), code);
        let mut config = config?;
        let single = config.treatment.take();
        let mut treatments = Vec::new();
        for t in &main.treatments {
            treatments.push(self.translated_treatment(t, single.clone(), code)?);
        }
        let articles: Vec<Article> = main.articles.iter().map(|a| self.translated_article(a, code)).collect();
        // An untranslated article's title and summary show in lists on other pages too.
        for a in articles.iter().filter(|a| a.fallback) {
            self.left.extend([a.meta.title.clone(), a.meta.summary.clone()]);
        }
        Some(Translated { config, treatments, articles, site_done, left: self.left })
    }

    /// One treatment in language `code`. `single` is the translated `treatment:` block of
    /// site.yaml, on a one-treatment site.
    fn translated_treatment(
        &mut self,
        t: &Treatment,
        single: Option<TreatmentSettings>,
        code: &str,
    ) -> Option<Treatment> {
        let mut translated = Vec::new();
        let settings = match single {
            Some(s) => s,
            None => {
                let (settings, done) = self.overlay::<TreatmentSettings>(&t.dir.join(TREATMENT_FILE), code);
                if done {
                    translated.push(TREATMENT_FILE);
                }
                settings?
            }
        };
        let mut file = |reader: &mut Self, name: &'static str| {
            let (value, done) = reader.overlay_value(&t.dir.join(name), code);
            // A file the site does not have (no preparation.yaml) has nothing to translate.
            if done || value.is_none() {
                translated.push(name);
            }
            value
        };
        let activities = file(self, ACTIVITIES);
        let protocol = file(self, PROTOCOL);
        let timeline = file(self, TIMELINE);
        let preparation = file(self, PREPARATION);
        let dir = &t.dir;
        let mut guides = Vec::with_capacity(t.guides.len());
        for g in &t.guides {
            let (guide, done) = self.overlay::<Guide>(&g.source, code);
            let mut guide = guide?;
            guide.id = g.id.clone();
            guide.fallback = !done;
            guide.source = if done { translated_path(&g.source, code) } else { g.source.clone() };
            guides.push(guide);
        }
        Some(Treatment {
            id: t.id.clone(),
            settings,
            activities: self.typed::<Listed<_>>(&dir.join(ACTIVITIES), activities?)?.items,
            activities_review: t.activities_review.clone(),
            preparation_review: t.preparation_review.clone(),
            guides,
            protocol: self.typed(&dir.join(PROTOCOL), protocol?)?,
            timeline: self.typed(&dir.join(TIMELINE), timeline?)?,
            preparation: match preparation {
                Some(v) => self.typed::<Listed<_>>(&dir.join(PREPARATION), v)?.items,
                None => Vec::new(),
            },
            dir: t.dir.clone(),
            prefix: t.prefix.clone(),
            falls_back: TRANSLATED_FILES.iter().any(|f| !translated.contains(f)),
            translated,
            lang: Some(code.to_string()),
        })
    }

    /// The file `rel` with its translation into `code` laid over it, typed; and whether
    /// there was a translation.
    fn overlay<T: DeserializeOwned>(&mut self, rel: &Path, code: &str) -> (Option<T>, bool) {
        let (value, done) = self.overlay_value(rel, code);
        (value.and_then(|v| self.typed(rel, v)), done)
    }

    fn typed<T: DeserializeOwned>(&mut self, rel: &Path, value: Value) -> Option<T> {
        match serde_yaml::from_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.diags.error(rel, Pos::file(), format!("the translation does not fit this file: {e}"), None);
                None
            }
        }
    }

    /// The source's values with the translation's words over them (the source alone when
    /// there is no translation), and whether there was one. `None` when the source file
    /// does not exist.
    fn overlay_value(&mut self, rel: &Path, code: &str) -> (Option<Value>, bool) {
        let Some(src_text) = self.sources.get(rel).map(|s| s.text.clone()) else { return (None, false) };
        let Ok(source) = serde_yaml::from_str::<Value>(&src_text) else { return (None, false) };
        // A list file written with its review (`review:`, `items:`) is translated as the
        // list: the review is the source's, and adding one leaves translations current.
        let source = match source {
            Value::Mapping(mut m) if m.contains_key(ITEMS) && m.keys().all(|k| k == ITEMS || k == "review") => {
                m.remove(ITEMS).unwrap_or(Value::Null)
            }
            other => other,
        };
        let tr_rel = translated_path(rel, code);
        let Some(text) = self.text(&tr_rel, false) else {
            collect_words(&words_of(&source, false), &mut self.left);
            return (Some(source), false);
        };
        let Some(theirs) = parse_yaml::<Value>(&tr_rel, &text, 0, self.diags) else { return (None, true) };
        let version = theirs.get(VERSION_KEY).and_then(Value::as_str).map(str::to_string);
        let pos = locate::locate(&text, &[Seg::Key(VERSION_KEY)], 0);
        version_check(self.diags, &tr_rel, pos, rel, version.as_deref(), &fingerprint(&words_of(&source, false)));
        let mut o = Overlay {
            file: &tr_rel,
            source: rel,
            text: &text,
            diags: self.diags,
            path: Vec::new(),
            missing: 0,
            first_missing: None,
            stale: false,
            left: Vec::new(),
        };
        let merged = match (&source, &theirs) {
            // A file that is a list (activities.yaml) has no place for `translated_from`:
            // its translation holds the list under `items:`.
            (Value::Sequence(_), Value::Mapping(m)) => {
                for k in m.keys().filter_map(Value::as_str).filter(|k| *k != ITEMS && *k != VERSION_KEY) {
                    o.path = vec![Step::Key(k.to_string())];
                    o.error(
                        format!("`{k}` is not part of a translation of {}", rel.display()),
                        format!(
                            "{} is a list: its translation holds `{VERSION_KEY}:` and the list under `{ITEMS}:`",
                            rel.display()
                        ),
                    );
                }
                o.path = vec![Step::Key(ITEMS.into())];
                let items = m.get(ITEMS).cloned().unwrap_or(Value::Sequence(Vec::new()));
                o.merge(&source, &items, false)
            }
            _ => o.merge(&source, &theirs, false),
        };
        if o.stale {
            self.sources.add(tr_rel, text, 0);
            collect_words(&words_of(&source, false), &mut self.left);
            return (Some(source), false);
        }
        o.report_missing();
        self.left.append(&mut o.left);
        self.sources.add(tr_rel, text, 0);
        (Some(merged), true)
    }

    /// Article `a` in language `code`: its translation, or the article itself, marked as
    /// falling back.
    fn translated_article(&mut self, a: &Article, code: &str) -> Article {
        let tr_rel = translated_path(&a.source, code);
        let fallback = || Article {
            slug: a.slug.clone(),
            source: a.source.clone(),
            meta: a.meta.clone(),
            body: a.body.clone(),
            body_line: a.body_line,
            images: Default::default(),
            has_images: a.has_images,
            fallback: true,
        };
        if !self.root.join(&tr_rel).exists() {
            return fallback();
        }
        let Some(mut t) = self.article(tr_rel.clone()) else { return fallback() };
        let shared = [
            ("order", t.meta.order != 0 && t.meta.order != a.meta.order),
            ("activities", !t.meta.activities.is_empty() && t.meta.activities != a.meta.activities),
        ];
        for (key, differs) in shared {
            if differs {
                let pos = self.sources.locate(&tr_rel, &[Seg::Key(key)]);
                self.diags.error(
                    &tr_rel,
                    pos,
                    format!("`{key}` differs from {}; it is shared by every language", a.source.display()),
                    Some(format!("change it in {} (every language follows), or remove it here", a.source.display())),
                );
            }
        }
        let pos = self.sources.locate(&tr_rel, &[Seg::Key(VERSION_KEY)]);
        let version = t.meta.translated_from.take();
        match article_fingerprint(a) {
            Ok(now) => version_check(self.diags, &tr_rel, pos, &a.source, version.as_deref(), &now),
            Err(d) => self.diags.extend(d),
        }
        t.slug = a.slug.clone();
        t.meta.order = a.meta.order;
        t.meta.activities = a.meta.activities.clone();
        // A translation checked on its own says so; otherwise its source's review stands.
        if t.meta.review.is_none() {
            t.meta.review = a.meta.review.clone();
        }
        t
    }
}

/// The version of an article: everything a reader sees of it.
pub fn article_fingerprint(a: &Article) -> Result<String, Diagnostics> {
    let m: &FrontMatter = &a.meta;
    let body = super::body(a)?;
    Ok(fingerprint(&(&m.title, &m.summary, m.order, &m.activities, &*body)))
}

/// Warns when a translation does not say which version of its source it was made from,
/// or was made from an older one.
fn version_check(diags: &mut Diagnostics, file: &Path, pos: Pos, source: &Path, theirs: Option<&str>, now: &str) {
    let source = source.display();
    match theirs.map(str::trim).filter(|v| !v.is_empty()) {
        None => diags.warning(
            file,
            pos,
            format!("this translation does not say which version of {source} it was made from"),
            Some(format!("check it against {source}, then add `{VERSION_KEY}: {now}` at the top")),
        ),
        Some(v) if v != now => diags.warning(
            file,
            pos,
            format!("{source} has changed since this translation was made ({VERSION_KEY}: {v}; it is now {now})"),
            Some(format!(
                "bring the translation up to date with {source} (your version history shows what changed), then set `{VERSION_KEY}: {now}`"
            )),
        ),
        Some(_) => {}
    }
}

/// The words of a source, where they are: what its translations say in their language.
/// A change to anything else (a day number, a citation, site.yaml's `languages:`) leaves
/// the translations as they were, so it does not make them out of date.
fn words_of(v: &Value, wording: bool) -> Value {
    match v {
        Value::Mapping(m) => Value::Mapping(
            m.iter()
                .filter_map(|(k, v)| {
                    let words = wording || is_wording(k.as_str().unwrap_or_default(), v);
                    let inner = words_of(v, words);
                    let empty = inner.is_null() || inner.as_mapping().is_some_and(|m| m.is_empty());
                    (!empty).then(|| (k.clone(), inner))
                })
                .collect(),
        ),
        Value::Sequence(items) => {
            let inner: Vec<Value> = items.iter().map(|v| words_of(v, wording)).collect();
            // A list with no words (`cites: [a, b]`) is not part of them.
            if inner.iter().all(Value::is_null) {
                Value::Null
            } else {
                Value::Sequence(inner)
            }
        }
        Value::String(_) if wording => v.clone(),
        _ => Value::Null,
    }
}

/// Every string of `words` (a tree made by [`words_of`]) into `out`.
fn collect_words(words: &Value, out: &mut Vec<String>) {
    match words {
        Value::String(s) => out.push(s.clone()),
        Value::Mapping(m) => m.values().for_each(|v| collect_words(v, out)),
        Value::Sequence(items) => items.iter().for_each(|v| collect_words(v, out)),
        _ => {}
    }
}

/// Whether the value under `key` is words (translated), given the source's value there.
pub fn is_wording(key: &str, source: &Value) -> bool {
    // `hours` is the clinic's opening hours (a list of words) in site.yaml, but a range of
    // hours (`0-4`) in a protocol's `first_hours`.
    WORDING.contains(&key) && (key != "hours" || source.is_sequence())
}

enum Step {
    Key(String),
    Idx(usize),
}

/// Lays one translation over its source; see the module's comment.
struct Overlay<'a> {
    file: &'a Path,
    source: &'a Path,
    /// The translation's text, for positions.
    text: &'a str,
    diags: &'a mut Diagnostics,
    path: Vec<Step>,
    missing: usize,
    first_missing: Option<String>,
    /// The translation no longer fits its source: see [`Overlay::mismatch`].
    stale: bool,
    /// The source's words the translation leaves out, shown in the default language.
    left: Vec<String>,
}

impl Overlay<'_> {
    fn pos(&self) -> Pos {
        let segs: Vec<Seg> = self
            .path
            .iter()
            .map(|s| match s {
                Step::Key(k) => Seg::Key(k),
                Step::Idx(i) => Seg::Idx(*i),
            })
            .collect();
        locate::locate(self.text, &segs, 0)
    }

    fn shown_path(&self) -> String {
        let mut out = String::new();
        for s in &self.path {
            match s {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Step::Idx(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    fn error(&mut self, message: String, help: String) {
        let pos = self.pos();
        self.diags.error(self.file, pos, message, Some(help));
    }

    /// The translation does not fit its source any more (a day moved, an item added):
    /// its words could be on the wrong days, so the whole file is set aside and its pages
    /// show the source's words, until it is brought up to date. A warning, not an error:
    /// the clinic's change to the source still goes out at once.
    fn mismatch(&mut self, message: String) {
        self.stale = true;
        let pos = self.pos();
        self.diags.warning(
            self.file,
            pos,
            format!("{message}, so this translation is not used until it is brought up to date"),
            Some(format!(
                "day numbers, statuses, citations and ids are the same in every language: update this translation to {} (its words may name the old days), or leave the key out",
                self.source.display()
            )),
        );
    }

    fn merge(&mut self, src: &Value, theirs: &Value, wording: bool) -> Value {
        match (src, theirs) {
            (Value::Mapping(s), Value::Mapping(t)) => {
                let mut out = s.clone();
                for (k, tv) in t {
                    let key = k.as_str().unwrap_or_default().to_string();
                    if self.path.is_empty() && key == VERSION_KEY {
                        continue;
                    }
                    self.path.push(Step::Key(key.clone()));
                    match s.get(k) {
                        Some(sv) => {
                            let merged = self.merge(sv, tv, wording || is_wording(&key, sv));
                            out.insert(k.clone(), merged);
                        }
                        None => self.error(
                            format!("`{key}` is not in {}", self.source.display()),
                            "a translation holds the keys of the file it translates: remove this one or check its spelling"
                                .into(),
                        ),
                    }
                    self.path.pop();
                }
                for (k, sv) in s.iter().filter(|(k, _)| !t.contains_key(*k)) {
                    let key = k.as_str().unwrap_or_default().to_string();
                    let words = wording || is_wording(&key, sv);
                    self.path.push(Step::Key(key));
                    self.count_missing(sv, words);
                    self.path.pop();
                }
                Value::Mapping(out)
            }
            (Value::Sequence(s), Value::Sequence(t)) => {
                if t.len() > s.len() {
                    self.mismatch(format!(
                        "this list has {} items; in {} it has {}",
                        t.len(),
                        self.source.display(),
                        s.len()
                    ));
                }
                let mut out = Vec::with_capacity(s.len());
                for (i, sv) in s.iter().enumerate() {
                    self.path.push(Step::Idx(i));
                    match t.get(i) {
                        Some(tv) => out.push(self.merge(sv, tv, wording)),
                        None => {
                            self.count_missing(sv, wording);
                            out.push(sv.clone());
                        }
                    }
                    self.path.pop();
                }
                Value::Sequence(out)
            }
            (Value::String(_), Value::String(_)) if wording => theirs.clone(),
            (Value::String(_), _) if wording => {
                self.error(
                    format!("`{}` should be text, as in {}", self.shown_path(), self.source.display()),
                    "write the translated words here, in quotes if they contain `: `".into(),
                );
                src.clone()
            }
            _ if scalar_text(src).is_some() && scalar_text(src) == scalar_text(theirs) => src.clone(),
            _ if self.path.is_empty() || scalar_text(src).is_none() => {
                self.error(
                    format!("this is not laid out like {}", self.source.display()),
                    "a translation has the same layout as its source: copy the source and translate its words".into(),
                );
                src.clone()
            }
            _ => {
                let said = scalar_text(src).unwrap_or_default();
                let path = self.shown_path();
                self.mismatch(format!(
                    "`{path}` is shared by every language, and {} now says `{said}`",
                    self.source.display()
                ));
                src.clone()
            }
        }
    }

    /// Counts the words of the source under the current path that the translation leaves out.
    fn count_missing(&mut self, src: &Value, wording: bool) {
        match src {
            Value::String(s) if wording => {
                self.left.push(s.clone());
                self.missing += 1;
                if self.first_missing.is_none() {
                    self.first_missing = Some(self.shown_path());
                }
            }
            Value::Mapping(m) => {
                for (k, v) in m {
                    let key = k.as_str().unwrap_or_default().to_string();
                    let words = wording || is_wording(&key, v);
                    self.path.push(Step::Key(key));
                    self.count_missing(v, words);
                    self.path.pop();
                }
            }
            Value::Sequence(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.path.push(Step::Idx(i));
                    self.count_missing(v, wording);
                    self.path.pop();
                }
            }
            _ => {}
        }
    }

    fn report_missing(&mut self) {
        if let Some(first) = self.first_missing.take() {
            let n = self.missing;
            self.diags.warning(
                self.file,
                Pos::file(),
                format!(
                    "{n} text{} of {} {} not translated here, so {} in the default language (the first: `{first}`)",
                    if n == 1 { "" } else { "s" },
                    self.source.display(),
                    if n == 1 { "is" } else { "are" },
                    if n == 1 { "it shows" } else { "they show" },
                ),
                Some("translate them in this file, at the same place as in the source".into()),
            );
        }
    }
}

/// A scalar as written: `5`, `0-3`, `true`. `None` for lists and mappings.
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_their_language() {
        assert_eq!(translated_name("protocol.yaml", "es"), "protocol.es.yaml");
        assert_eq!(language_of("about.es.md"), Some("es"));
        assert_eq!(language_of("care.pt-BR.yaml"), Some("pt-BR"));
        assert_eq!(language_of("about.md"), None);
        assert_eq!(language_of("v1.2.yaml"), None);
    }

    #[test]
    fn fingerprints_follow_the_words_only() {
        let words = |y: &str| fingerprint(&words_of(&serde_yaml::from_str(y).unwrap(), false));
        let a = words("# note\nsay: Keep it dry\ndays: 0-3\n");
        assert_eq!(a, words("say:   Keep it dry   # same\ndays: 0-3"));
        assert_eq!(a, words("say: Keep it dry\ndays: 0-4\n"), "a day is not a word");
        assert_eq!(a, words("say: Keep it dry\ndays: 0-3\ncites: [a, b]\n"), "nor is a citation");
        assert_ne!(a, words("say: Keep it dry for now\ndays: 0-3\n"));
        assert!(a.starts_with('v') && a.len() == 13, "{a}");
    }

    fn overlay(src: &str, tr: &str) -> (Value, Diagnostics) {
        let (s, t): (Value, Value) = (serde_yaml::from_str(src).unwrap(), serde_yaml::from_str(tr).unwrap());
        let mut d = Diagnostics::new();
        let mut o = Overlay {
            file: Path::new("x.es.yaml"),
            source: Path::new("x.yaml"),
            text: tr,
            diags: &mut d,
            path: Vec::new(),
            missing: 0,
            first_missing: None,
            stale: false,
            left: Vec::new(),
        };
        let v = o.merge(&s, &t, false);
        o.report_missing();
        (v, d)
    }

    #[test]
    fn words_come_from_the_translation_and_days_from_the_source() {
        let src = "rules:\n  - activity: sun\n    phases:\n      - days: 0-3\n        status: not-yet\n        say: Stay out of the sun.\n        cites: [a]\n";
        let tr = "rules:\n  - activity: sun\n    phases:\n      - days: 0-3\n        say: No tome el sol.\n";
        let (v, d) = overlay(src, tr);
        assert!(d.is_empty(), "{:?}", d.sorted());
        let phase = &v["rules"][0]["phases"][0];
        assert_eq!((phase["say"].as_str(), phase["status"].as_str()), (Some("No tome el sol."), Some("not-yet")));
    }

    #[test]
    fn a_moved_day_sets_the_translation_aside_and_a_missing_word_is_named() {
        let src = "rules:\n  - activity: sun\n    phases:\n      - days: 0-3\n        say: Stay out.\n      - days: 4+\n        say: Fine.\n";
        let tr = "rules:\n  - activity: sun\n    phases:\n      - days: 0-4\n        say: No.\n";
        let (_, d) = overlay(src, tr);
        let all = d.sorted();
        assert!(all.iter().any(|x| x.message.contains("rules[0].phases[0].days") && x.pos.line == 4), "{all:?}");
        assert!(!all.iter().any(|x| x.severity == crate::diagnostics::Severity::Error), "{all:?}");
        assert!(all.iter().any(|x| x.message.contains("1 text of x.yaml is not translated")), "{all:?}");
    }
}
