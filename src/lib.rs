//! aftercare: a static site generator for clinic aftercare.
//!
//! Data flows one way, one module per stage:
//!
//! 1. [`content`] reads `site.yaml` and `content/` into the typed [`model`], and checks it;
//! 2. [`schedule`] resolves the clinic protocol into a status per day and activity;
//! 3. [`render`] turns the model and schedule into pages with the Tera templates, in
//!    parallel, and [`output`] swaps the finished site into place.
//!
//! [`diagnostics`] carries every problem found, with file, line and column.

pub mod calendar;
pub mod content;
pub mod diagnostics;
pub mod embedded;
pub mod markdown;
pub mod model;
pub mod output;
pub mod readability;
pub mod render;
pub mod schedule;
pub mod serve;
pub mod term;
pub mod urls;

use std::path::Path;

use diagnostics::Diagnostics;

/// Loads, checks and renders the site in `root`. On failure nothing in `opts.out` changes.
pub fn build(root: &Path, opts: &render::Options) -> Result<(render::Report, Diagnostics), Diagnostics> {
    let start = std::time::Instant::now();
    // The templates do not depend on the content: parse them while the content loads.
    let (content, templates) = rayon::join(|| content::load(root), || render::load_templates(root));
    let (site, warnings, tera) = match (content, templates) {
        (Ok((site, warnings)), Ok(tera)) => (site, warnings, tera),
        (Ok(_), Err(t)) => return Err(t),
        (Err(diags), Ok(_)) => return Err(diags),
        (Err(mut diags), Err(t)) => {
            // Report template problems alongside content ones, as `check` does.
            diags.extend(t);
            return Err(diags);
        }
    };
    let loaded = start.elapsed().as_millis();
    let schedule = schedule::resolve(&site);
    let resolved = start.elapsed().as_millis();
    let mut report = render::build(&tera, root, &site, &schedule, opts)?;
    report.stages.insert(0, ("load", loaded));
    report.stages.insert(1, ("schedule", resolved - loaded));
    report.elapsed_ms += resolved;
    Ok((report, warnings))
}

/// What `check` found: warnings (errors make it fail) and each patient page's reading grade.
pub struct CheckReport {
    pub warnings: Diagnostics,
    /// (page, grades) for every article and day page, in page order.
    pub grades: Vec<(String, readability::Grades)>,
    pub grade_limit: f64,
}

/// Loads and checks the site in `root`, renders every page in memory (nothing is
/// written), and grades the reading level of the articles and day pages.
pub fn check(root: &Path) -> Result<CheckReport, Diagnostics> {
    let (site, mut warnings) = match content::load(root) {
        Ok(ok) => ok,
        Err(mut diags) => {
            // Template problems are worth reporting alongside content ones.
            if let Err(t) = render::load_templates(root) {
                diags.extend(t);
            }
            return Err(diags);
        }
    };
    let schedule = schedule::resolve(&site);
    let tera = render::load_templates(root)?;
    let base_url = render::effective_base_url(&site, None);
    let pages = render::render_pages(&tera, &site, &schedule, base_url.as_deref())?;
    let grades = grade_pages(&site, &pages);
    let limit = site.config.reading_grade_limit;
    for (page, g) in &grades {
        let file = Path::new(page);
        if g.worst() > limit {
            warnings.warning(
                file,
                diagnostics::Pos::file(),
                format!(
                    "reading grade {:.1} (SMOG {:.1}, Flesch-Kincaid {:.1}) is above the limit of {limit}",
                    g.worst(),
                    g.smog,
                    g.flesch_kincaid
                ),
                Some(
                    "use shorter sentences and shorter, everyday words; put the medical term after the plain one"
                        .into(),
                ),
            );
        }
        if g.longest_sentence > 20 {
            warnings.warning(
                file,
                diagnostics::Pos::file(),
                format!(
                    "a sentence has {} words; patient text keeps sentences to 20 words or fewer",
                    g.longest_sentence
                ),
                Some("split the longest sentence in two".into()),
            );
        }
    }
    Ok(CheckReport { warnings, grades, grade_limit: limit })
}

/// Grades articles from their Markdown (title included) and day pages from their HTML.
fn grade_pages(site: &model::Site, pages: &[(String, String)]) -> Vec<(String, readability::Grades)> {
    let mut out = Vec::new();
    for a in &site.articles {
        let mut blocks = vec![a.meta.title.clone(), a.meta.summary.clone()];
        blocks.extend(readability::markdown_blocks(&a.body));
        out.push((format!("content/articles/{}.md", a.slug), readability::grade(&blocks)));
    }
    for (path, html) in pages {
        if path.starts_with("days/") && path != urls::DAYS {
            out.push((format!("public/{path}"), readability::grade(&readability::html_blocks(html))));
        }
    }
    out
}

/// Writes a new site (site.yaml and the example content) into `dir`, which must not
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
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        n += 1;
    }
    std::fs::write(dir.join(".gitignore"), "/public\n").map_err(|e| format!("cannot write .gitignore: {e}"))?;
    Ok(n)
}
