//! aftercare: a static site generator for clinic aftercare.
//!
//! Data flows one way, one module per stage:
//!
//! 1. [`content`] reads `site.yaml` and `content/` into the typed [`model`], and checks it
//!    ([`load`] is the one loader every command uses);
//! 2. [`schedule`] resolves the clinic protocol into a phase per day and activity, and
//!    [`calendar`] lays out one patient's plan across sessions (both pure);
//! 3. [`render`] turns the model, schedule and plans into pages with the Tera templates, in
//!    parallel, and [`output`] swaps the finished site into place.
//!
//! [`diagnostics`] carries every problem found, with file, line and column; [`wording`]
//! every sentence the program writes. The library neither prints nor exits: the command
//! line (`src/cmd/`) does.

pub mod calendar;
pub mod compare;
pub mod content;
pub mod diagnostics;
pub mod embedded;
pub mod governance;
pub mod markdown;
pub mod messages;
pub mod model;
pub mod output;
pub mod patient_text;
pub mod plain_words;
pub mod readability;
pub mod render;
pub mod schedule;
pub mod schema;
pub mod serve;
pub mod urls;
pub mod wording;

use std::path::Path;

use diagnostics::Diagnostics;

/// A site loaded for any command: the checked model, its warnings, and the parsed
/// templates. Every command (build, check, serve, schedule) loads through [`load`], so
/// they all see the same site and report the same problems.
pub struct Project {
    /// The site in its default language.
    pub site: model::Site,
    pub warnings: Diagnostics,
    /// The text of every YAML file and front matter read, so that checks made after
    /// loading (guardrails, reading grades) can point to a line.
    pub sources: content::Sources,
    pub templates: tera::Tera,
    /// The site in each of its other languages (`languages:` in site.yaml), with the
    /// templates in that language's words.
    pub translations: Vec<(model::Site, tera::Tera)>,
}

impl Project {
    /// Every language of the site, the default first, with its schedules.
    pub fn editions<'a>(&'a self, schedules: &'a [Vec<schedule::Schedule<'a>>]) -> Vec<render::Edition<'a>> {
        std::iter::once((&self.site, &self.templates))
            .chain(self.translations.iter().map(|(s, t)| (s, t)))
            .zip(schedules)
            .map(|((site, tera), schedules)| render::Edition { tera, site, schedules })
            .collect()
    }

    /// The schedules of every language (the same days; each with its own words).
    pub fn schedules(&self) -> Vec<Vec<schedule::Schedule<'_>>> {
        std::iter::once(&self.site).chain(self.translations.iter().map(|(s, _)| s)).map(schedule::resolve_all).collect()
    }
}

/// Reads and checks the content and parses the templates (at the same time: they do not
/// depend on each other). On failure, every problem of both.
pub fn load(root: &Path) -> Result<Project, Diagnostics> {
    if !root.is_dir() {
        // One message for the one cause, not one per missing file.
        let mut d = Diagnostics::new();
        d.error(
            root,
            diagnostics::Pos::file(),
            "this site folder does not exist",
            Some("give the folder that holds site.yaml with -C, or run the command inside it".into()),
        );
        return Err(d);
    }
    let (content, templates) = rayon::join(|| content::load_all(root), || render::load_templates_warned(root));
    match (content, templates) {
        (Ok((mut sites, sources, mut warnings)), Ok((mut templates, template_warnings))) => {
            warnings.extend(template_warnings);
            let others = sites.split_off(1);
            let site = sites.pop().expect("the default language");
            warnings.extend(governance::check(&site, &sources, governance::today()));
            // Each language bakes its own words into its own copy of the templates.
            let translations = others
                .into_iter()
                .map(|s| {
                    let mut t = templates.clone();
                    render::use_messages(&mut t, &s.words);
                    if s.fallback_texts.is_empty() {
                        render::drop_lang_filter(&mut t);
                    } else {
                        t.register_filter("lang", render::LangFilter::new(&s));
                        t.register_filter("lang_attr", render::LangAttr(render::LangFilter::new(&s)));
                    }
                    (s, t)
                })
                .collect();
            render::use_messages(&mut templates, &site.words);
            render::drop_lang_filter(&mut templates);
            Ok(Project { site, warnings, sources, templates, translations })
        }
        (Ok(_), Err(t)) => Err(t),
        (Err(diags), Ok(_)) => Err(diags),
        (Err(mut diags), Err(t)) => {
            diags.extend(t);
            Err(diags)
        }
    }
}

/// Loads, checks and renders the site in `root`. On failure nothing in `opts.out` changes.
pub fn build(root: &Path, opts: &render::Options) -> Result<(render::Report, Diagnostics), Diagnostics> {
    let start = std::time::Instant::now();
    let project = load(root)?;
    let loaded = start.elapsed().as_millis();
    let schedules = project.schedules();
    let resolved = start.elapsed().as_millis();
    let mut report = render::build(root, &project.editions(&schedules), opts)?;
    let mut warnings = project.warnings;
    for note in &report.notes {
        warnings.warning(&opts.out, diagnostics::Pos::file(), note.clone(), None);
    }
    report.stages.insert(0, ("load", loaded));
    report.stages.insert(1, ("schedule", resolved - loaded));
    report.elapsed_ms += resolved;
    Ok((report, warnings))
}

/// One patient's dates: which session of how many, on which day.
pub struct PatientRequest {
    /// Which treatment, on a site with several (its id).
    pub treatment: Option<String>,
    /// The patient's language, on a site in several; `None`: the default language.
    pub language: Option<String>,
    pub date: chrono::NaiveDate,
    pub session: u32,
    /// How many sessions in all; `None`: `sessions` in site.yaml.
    pub of: Option<u32>,
    pub base_url: Option<String>,
    pub remind_days_before: Option<u32>,
}

/// What `aftercare schedule` writes: the dated handout, the calendar file, the text.
pub struct PatientFiles {
    pub iso_date: String,
    pub html: String,
    pub ics: String,
    pub text: String,
}

/// Why a patient's schedule could not be made.
pub enum ScheduleError {
    /// The request does not fit the site (a session number out of range): what, and how to fix it.
    Request { what: String, help: String },
    /// Problems in the site.
    Site(Diagnostics),
}

/// Works out one patient's plan and writes it as a handout, a calendar file and text.
pub fn patient_schedule(root: &Path, req: &PatientRequest) -> Result<PatientFiles, ScheduleError> {
    let Project { site, templates, translations, .. } = load(root).map_err(ScheduleError::Site)?;
    // A build finds these while rendering the articles; this command renders none, and
    // reports the same problems as the others.
    let mut bodies = Diagnostics::new();
    content::validate::article_bodies(&site, root, &mut bodies);
    if bodies.has_errors() {
        return Err(ScheduleError::Site(bodies));
    }
    let (site, templates) = match &req.language {
        Some(code) if *code != site.config.language => {
            let codes = || {
                std::iter::once(&site.config.language)
                    .chain(&site.config.languages)
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let help = format!("use one of {}", codes());
            translations.into_iter().find(|(s, _)| s.config.language == *code).ok_or_else(|| {
                ScheduleError::Request {
                    what: format!("--language {code}: this site is not published in that language"),
                    help,
                }
            })?
        }
        _ => (site, templates),
    };
    let ids = || site.treatments.iter().map(|t| format!("`{}`", t.id)).collect::<Vec<_>>().join(", ");
    let t = match &req.treatment {
        Some(id) => site.treatment(id).ok_or_else(|| ScheduleError::Request {
            what: format!("--treatment {id}: this site has no such treatment"),
            help: format!("use one of {}", ids()),
        })?,
        None if site.is_multi() => {
            return Err(ScheduleError::Request {
                what: "this site has several treatments: say which one".into(),
                help: format!("add --treatment with one of {}", ids()),
            })
        }
        None => &site.treatments[0],
    };
    let of = req.of.unwrap_or(t.settings.sessions).max(1);
    if req.of == Some(0) {
        return Err(ScheduleError::Request {
            what: "--of 0: a treatment has at least one session".into(),
            help: "leave --of out to use `sessions` from site.yaml".into(),
        });
    }
    let max = content::validate::MAX_SESSIONS;
    if of > max {
        return Err(ScheduleError::Request {
            what: format!("--of {of}: that is more than the {max} sessions this tool plans for"),
            help: "give the number of sessions of this treatment, or leave --of out".into(),
        });
    }
    if req.session == 0 || req.session > of {
        return Err(ScheduleError::Request {
            what: format!("--session {}: sessions are numbered 1 to {of}", req.session),
            help: format!(
                "use --session 1 for the first session and --session {of} for the final one (or change --of)"
            ),
        });
    }
    let schedule = schedule::resolve(t);
    let plan = calendar::plan(&site, t, &schedule, req.session, of);
    let dated = calendar::dated(&site, t, &schedule, &plan, req.date);
    let base = render::effective_base_url(&site, req.base_url.as_deref());
    let html =
        render::handout::dated(&templates, root, &site, t, &dated, base.as_deref()).map_err(ScheduleError::Site)?;
    Ok(PatientFiles {
        iso_date: dated.iso_date.clone(),
        text: calendar::text(&site, t, &dated),
        ics: calendar::calendar(&site, t, &dated, req.remind_days_before).to_ics(),
        html,
    })
}

/// What `check` found: warnings (errors make it fail) and each patient page's reading grade.
pub struct CheckReport {
    pub warnings: Diagnostics,
    /// (page, grades) for every article and day page, in page order, each language's
    /// with its own formulas ([`readability::Grades::formula`]).
    pub grades: Vec<(String, readability::Grades)>,
    pub grade_limit: f64,
    /// What the check could not do, once per language: "reading grade: no formula for
    /// `ar`, only sentence length is checked". Not warnings: nothing in the site can fix them.
    pub notes: Vec<String>,
}

/// Loads and checks the site in `root`, renders every page in memory (nothing is
/// written), grades the reading level of the articles and day pages, each language
/// with the formulas made for it (none known: only sentence length is checked), and
/// flags jargon ([`plain_words`]). Reading-grade warnings quote the sentences at fault
/// and point to where they were written (see [`patient_text`]).
pub fn check(root: &Path) -> Result<CheckReport, Diagnostics> {
    use readability::Formula;
    let project = load(root)?;
    let schedules = project.schedules();
    let base_url = render::effective_base_url(&project.site, None);
    let mut warnings = Diagnostics::new();
    let mut notes = Vec::new();
    let site = &project.site;
    let default = &site.config.language;
    // The YAML's words, kept (day pages' sentences are looked for in them); articles'
    // bodies are made one at a time below.
    let texts = patient_text::collect(&project.sources, default);
    let own: Vec<String> = std::iter::once(default)
        .chain(site.config.languages.iter().filter(|l| !site.config.untranslated_content.contains(l)))
        .cloned()
        .collect();
    let lists = match plain_words::check(root, &own, &texts, &mut warnings, &mut notes) {
        Ok(lists) => lists,
        Err(mut errors) => {
            errors.extend(project.warnings);
            return Err(errors);
        }
    };
    let limit = site.config.reading_grade_limit;
    let mut by_file: std::collections::HashMap<&Path, Vec<&patient_text::Text>> = Default::default();
    for t in &texts {
        by_file.entry(t.file.as_path()).or_default().push(t);
    }
    let (mut grades, mut all_days) = (Vec::new(), Vec::new());
    for e in project.editions(&schedules) {
        let ctx = Grading { formula: Formula::for_language(&e.site.config.language), limit, default, lists: &lists };
        // Every page is rendered as a build would (nothing is written); only the day
        // pages are kept, to be graded. Each article is graded and scanned from the parse
        // that renders its page.
        let rendered = render::render_keeping(
            e.tera,
            e.site,
            e.schedules,
            base_url.as_deref(),
            |p| day_page(p).is_some(),
            |prose| check_article(e.site, &by_file, &ctx, prose),
        )?;
        let mut pages = Vec::with_capacity(rendered.len());
        let mut articles = Vec::new();
        for (path, html, article) in rendered {
            pages.push((path, html));
            if let Some((grade, found)) = article {
                articles.push(grade);
                warnings.extend(found);
            }
        }
        // The outputs beside the pages too (the theme, the export), as a build would make them.
        let paths: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
        render::render_others(root, e.site, e.schedules, base_url.as_deref(), &paths)?;
        let days = grade_days(e.site, &pages, &ctx);
        // Said only where something of the language is graded: a language whose content is
        // the default language's (`untranslated_content`) has nothing of its own to grade.
        if ctx.formula == Formula::Unknown && !(articles.is_empty() && days.is_empty()) {
            notes.push(format!(
                "reading grade: no formula for `{}`, only sentence length is checked",
                e.site.config.language
            ));
        }
        grades.extend(articles);
        grades.extend(days.iter().map(|g| (g.page.clone(), g.grades)));
        all_days.extend(days);
    }
    // All languages' day pages at once: a sentence of the YAML that several pages show
    // (untranslated, say) is one warning naming them all.
    grade_warnings(&all_days, &texts.iter().collect::<Vec<_>>(), default, limit, &mut warnings);
    let mut all = project.warnings;
    all.extend(warnings);
    Ok(CheckReport { warnings: all, grades, grade_limit: limit, notes })
}

/// What grading one language's pages needs.
struct Grading<'a> {
    formula: readability::Formula,
    limit: f64,
    /// The site's default language.
    default: &'a str,
    lists: &'a plain_words::Lists,
}

impl Grading<'_> {
    /// A page graded `grades` from `blocks`: the blocks are kept only when a warning will
    /// quote them.
    fn graded(&self, page: String, grades: readability::Grades, blocks: Vec<String>, lang: &str) -> Graded {
        let quoted = (grades.worst() > self.limit && grades.formula != readability::Formula::Unknown)
            || grades.longest_sentence > 20;
        let blocks = if quoted { blocks } else { Vec::new() };
        Graded { page, grades, blocks, lang: lang.to_string(), article: None, dir: None }
    }
}

/// Grades one article of a language (its own: the render reads no article falling back
/// to the default language's) and flags its jargon, from what the render of its page read: its
/// words are made, checked and dropped with the page, so a site of 10,000 articles is
/// checked in about the memory of its build, reading and parsing each article once.
/// Returns (article file, grades) and the warnings.
fn check_article(
    site: &model::Site,
    by_file: &std::collections::HashMap<&Path, Vec<&patient_text::Text>>,
    ctx: &Grading,
    read: render::ArticleProse,
) -> ((String, readability::Grades), Diagnostics) {
    let a = &site.articles[read.article];
    let mut found = Diagnostics::new();
    let (markdown, prose) = (read.body.as_str(), read.prose);
    // Most articles have no jargon and no hard sentence: their words are placed in the
    // file (a position and a folded copy of each) only when a warning needs it.
    let flagged = ctx.lists.flags(&patient_text::language_of_file(&a.source, ctx.default), markdown, &prose.words);
    let mut blocks = vec![a.meta.title.clone(), a.meta.summary.clone()];
    blocks.extend(prose.blocks);
    let grades = readability::grade_in(ctx.formula, &blocks);
    let mut g = ctx.graded(a.source.to_string_lossy().replace('\\', "/"), grades, blocks, &site.config.language);
    if !flagged && g.blocks.is_empty() {
        return ((g.page, g.grades), found);
    }
    let body = patient_text::body_text(a, markdown, ctx.default);
    if flagged {
        ctx.lists.scan(&body, &mut found);
    }
    if !g.blocks.is_empty() {
        g.article = Some(a.source.clone());
        // Its sentences are looked for in its own file only: front matter and body.
        let mut texts = by_file.get(a.source.as_path()).cloned().unwrap_or_default();
        texts.push(&body);
        grade_warnings(std::slice::from_ref(&g), &texts, ctx.default, ctx.limit, &mut found);
    }
    ((g.page, g.grades), found)
}

/// `(treatment folder, day)` of a day page's path: `days/3.html`, or `tattoo/days/3.html`
/// on a site with several treatments, under `es/` in another language.
fn day_page(path: &str) -> Option<(&str, u32)> {
    let (folder, n) = path.strip_suffix(".html")?.rsplit_once("days/")?;
    Some((folder, n.parse().ok()?))
}

/// A graded page: an article, or a day page.
struct Graded {
    /// The article's file, or the day page (`public/es/days/3.html`).
    page: String,
    grades: readability::Grades,
    /// Its text, as graded.
    blocks: Vec<String>,
    /// Its language.
    lang: String,
    /// An article's source file: its sentences are looked for there only.
    article: Option<std::path::PathBuf>,
    /// A day page's treatment folder: where its sentences are looked for first.
    dir: Option<std::path::PathBuf>,
}

/// The warnings about reading: a page above the grade limit, at its hardest sentence,
/// quoted; each sentence over 20 words, quoted, once with every page that shows it. Each
/// at the place the sentence was written, found among the site's `texts` (the page
/// itself when it is not found: words of the interface's own messages).
fn grade_warnings(
    graded: &[Graded],
    texts: &[&patient_text::Text],
    default: &str,
    limit: f64,
    warnings: &mut Diagnostics,
) {
    use readability::{Formula, FERNANDEZ_HUERTA, INFLESZ};
    use std::path::PathBuf;
    // Made only when there is a sentence to find.
    let index = std::cell::OnceCell::new();
    let place = |g: &Graded, sentence: &str| -> Option<(PathBuf, diagnostics::Pos)> {
        let index = index.get_or_init(|| patient_text::Index::new(texts.iter().copied()));
        let found = match &g.article {
            Some(src) => index.find_sentence(sentence, |t| (t.file == *src).then_some(0)),
            None => index.find_sentence(sentence, |t| {
                // The page's own language first, then the default language's words it shows
                // where a translation is missing; the page's treatment before another's.
                let lang = if t.lang == g.lang {
                    2
                } else if t.lang == default {
                    1
                } else {
                    return None;
                };
                Some(lang * 2 + g.dir.as_ref().map_or(0, |d| u8::from(t.file.starts_with(d))))
            }),
        };
        found.map(|(f, p)| (f.to_path_buf(), p))
    };
    let where_ = |g: &Graded, sentence: &str| {
        place(g, sentence).unwrap_or_else(|| (PathBuf::from(&g.page), diagnostics::Pos::file()))
    };
    let plain = "use shorter sentences and shorter, everyday words; put the medical term after the plain one";
    // A score printed to one decimal place at most: 65, 62.5.
    let short = |x: f64| (x * 10.0).round() / 10.0;
    // Long sentences, each once: (file, position, sentence) -> (words, pages).
    let mut long: std::collections::BTreeMap<(PathBuf, diagnostics::Pos, String), (usize, Vec<&str>)> =
        Default::default();
    for g in graded {
        if g.grades.worst() > limit && g.grades.formula != Formula::Unknown {
            // The hardest sentences that make the page harder; of the first few, the
            // clinic's own words (found in the site's files) before the interface's.
            let ranked: Vec<(String, f64)> = readability::hardest_sentences(g.grades.formula, &g.blocks)
                .into_iter()
                .filter(|(_, without)| *without < g.grades.worst())
                .take(5)
                .collect();
            let mut placed: Vec<(&str, PathBuf, diagnostics::Pos)> = ranked
                .iter()
                .map(|(s, _)| (s.as_str(), place(g, s)))
                .filter_map(|(s, p)| p.map(|(f, at)| (s, f, at)))
                .collect();
            if placed.is_empty() {
                placed = ranked
                    .iter()
                    .map(|(s, _)| (s.as_str(), PathBuf::from(&g.page), diagnostics::Pos::file()))
                    .collect();
            }
            let (file, pos) =
                placed.first().map_or((PathBuf::from(&g.page), diagnostics::Pos::file()), |h| (h.1.clone(), h.2));
            let on = if file == Path::new(&g.page) { String::new() } else { format!(" on {}", g.page) };
            let hardest = placed.first().map(|h| format!("; its hardest sentence: \"{}\"", h.0)).unwrap_or_default();
            let next = match placed.get(1) {
                Some((s, f, p)) => {
                    let at = if p.line > 0 {
                        format!("{}:{}:{}", f.display(), p.line, p.col)
                    } else {
                        f.display().to_string()
                    };
                    format!("; the next hardest: \"{s}\" ({at})")
                }
                None => String::new(),
            };
            let (what, help) = match g.grades.formula {
                Formula::Spanish => (
                    format!(
                        "reading grade {:.1}{on} is above the limit of {limit}: {}, {}",
                        g.grades.worst(),
                        FERNANDEZ_HUERTA.describe(g.grades.fernandez_huerta),
                        INFLESZ.describe(g.grades.szigriszt_pazos),
                    ),
                    format!(
                        "Spanish text at grade {limit} scores at least {} on Fernández-Huerta and {} on \
                         Szigriszt-Pazos (higher is easier): {plain}",
                        short(FERNANDEZ_HUERTA.score_for(limit)),
                        short(INFLESZ.score_for(limit)),
                    ),
                ),
                _ => (
                    format!(
                        "reading grade {:.1} (SMOG {:.1}, Flesch-Kincaid {:.1}){on} is above the limit of {limit}",
                        g.grades.worst(),
                        g.grades.smog,
                        g.grades.flesch_kincaid
                    ),
                    plain.to_string(),
                ),
            };
            warnings.warning(&file, pos, format!("{what}{hardest}"), Some(format!("{help}{next}")));
        }
        if g.grades.longest_sentence <= 20 {
            continue;
        }
        for (sentence, n) in readability::sentences(&g.blocks).iter().filter(|(_, n)| *n > 20) {
            let (file, pos) = where_(g, sentence);
            let pages = &mut long.entry((file, pos, sentence.clone())).or_insert((*n, Vec::new())).1;
            // A sentence a page shows twice (a key rule, then its place in "not yet") names
            // the page once.
            if pages.last() != Some(&g.page.as_str()) {
                pages.push(&g.page);
            }
        }
    }
    for ((file, pos, sentence), (n, pages)) in long {
        let shown = if pages.len() == 1 && file == Path::new(pages[0]) {
            String::new()
        } else if pages.len() <= 3 {
            format!(" (on {})", pages.join(", "))
        } else {
            format!(" (on {}, {} and {} more pages)", pages[0], pages[1], pages.len() - 2)
        };
        warnings.warning(
            &file,
            pos,
            format!(
                "a sentence has {n} words; patient text keeps sentences to 20 words or fewer{shown}: \"{sentence}\""
            ),
            Some("split it in two".into()),
        );
    }
}

/// Grades the day pages from their HTML, with the formulas of the site's language.
fn grade_days(site: &model::Site, pages: &[(String, Option<String>)], ctx: &Grading) -> Vec<Graded> {
    let mut out = Vec::new();
    for (path, html) in pages {
        let (Some((folder, _)), Some(html)) = (day_page(path), html) else { continue };
        // A day page of a treatment none of whose files are translated is the default
        // language's words around this language's headings: graded there.
        let folder = folder.strip_prefix(site.lang.prefix()).unwrap_or(folder);
        let untranslated =
            site.treatments.iter().any(|t| t.prefix == folder && t.lang.is_some() && t.translated.is_empty());
        if !untranslated {
            let blocks = readability::html_blocks(html);
            let grades = readability::grade_in(ctx.formula, &blocks);
            let mut g = ctx.graded(format!("public/{path}"), grades, blocks, &site.config.language);
            g.dir = site.treatments.iter().find(|t| t.prefix == folder).map(|t| t.dir.clone());
            out.push(g);
        }
    }
    out
}

/// Writes a new site (site.yaml, the example content, and in `schemas/` the JSON Schemas
/// its YAML files point to on their first line) into `dir`, which must not
/// exist or be empty. Templates and theme come from the binary until the site adds its
/// own. Returns the number of files written.
pub fn init(dir: &Path) -> Result<usize, String> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if !empty {
            return Err(format!("{} is not empty; choose a new folder name so nothing is overwritten", dir.display()));
        }
    }
    let mut n = 0;
    for (rel, bytes) in embedded::starter_site() {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        // The example's reviews are the project's, not the clinic's: a new site starts
        // unreviewed, so `check` asks for the clinic's own sign-off.
        let text = std::str::from_utf8(bytes).ok().filter(|_| rel.starts_with("content/"));
        let mut bytes = text.map_or_else(|| bytes.to_vec(), |t| without_review(t).into_bytes());
        // Each YAML file names its schema on its first line, so an editor with the YAML
        // language server (VS Code's YAML extension) completes, explains and checks it.
        if let Some(comment) = schema::comment_for(rel) {
            bytes.splice(0..0, format!("{comment}\n").into_bytes());
        }
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        n += 1;
    }
    n += schema::write(&dir.join(schema::DIR))?.len();
    std::fs::write(dir.join(".gitignore"), "/public\n").map_err(|e| format!("cannot write .gitignore: {e}"))?;
    std::fs::write(dir.join(embedded::FORMATS_FILE), embedded::FORMATS)
        .map_err(|e| format!("cannot write {}: {e}", embedded::FORMATS_FILE))?;
    Ok(n + 1)
}

/// What `aftercare theme` did: the files it wrote, and those it left because the site
/// already has its own.
pub struct ThemeExport {
    pub written: Vec<std::path::PathBuf>,
    pub kept: Vec<std::path::PathBuf>,
}

/// Writes the built-in templates, theme and interface words (the catalogue of each of the
/// site's languages that has one) into the site at `root`, so that a clinic can change the
/// look without this program's source. A file the site already has is never replaced.
pub fn export_theme(root: &Path) -> Result<ThemeExport, String> {
    if !root.join(content::CONFIG_FILE).is_file() {
        return Err(format!(
            "{} has no site.yaml: give the site's folder with -C, or create a site with `aftercare init`",
            root.display()
        ));
    }
    // The languages from site.yaml as written (the site need not be valid to restyle it).
    let config: serde_yaml::Value = std::fs::read_to_string(root.join(content::CONFIG_FILE))
        .ok()
        .and_then(|t| serde_yaml::from_str(&t).ok())
        .unwrap_or_default();
    let language = config.get("language").and_then(|v| v.as_str()).unwrap_or("en");
    let others = config.get("languages").and_then(|v| v.as_sequence()).cloned().unwrap_or_default();
    let langs = std::iter::once(language).chain(others.iter().filter_map(|v| v.as_str()));
    let mut files: Vec<(String, &[u8])> = ["templates/", "theme/"]
        .iter()
        .flat_map(|dir| embedded::under(dir).map(move |(rel, bytes)| (format!("{dir}{rel}"), bytes)))
        .collect();
    files.extend(
        langs.filter_map(|l| Some((format!("messages/{l}.ftl"), messages::Messages::catalogue(l)?.as_bytes()))),
    );
    let mut done = ThemeExport { written: Vec::new(), kept: Vec::new() };
    for (rel, bytes) in files {
        let path = root.join(&rel);
        if path.exists() {
            done.kept.push(rel.into());
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        done.written.push(rel.into());
    }
    Ok(done)
}

/// `text` without its top-level `review:` block (and the blank line after it).
fn without_review(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "review:" {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with("  ") || line.trim().is_empty()) {
            skipping = !line.trim().is_empty();
            continue;
        }
        skipping = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_new_site_starts_without_the_examples_reviews() {
        let text = "# c\n\nreview:\n  by: X\n  date: 2026-01-01\n  next: 2027-01-01\n\nitems:\n- id: a\n  label: b\n";
        assert_eq!(super::without_review(text), "# c\n\nitems:\n- id: a\n  label: b\n");
        let fm = "---\ntitle: T\nreview:\n  by: X\n  date: 2026-01-01\n  next: 2027-01-01\n---\nBody\n";
        assert_eq!(super::without_review(fm), "---\ntitle: T\n---\nBody\n");
    }
}
