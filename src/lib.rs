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

pub mod content;
pub mod diagnostics;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod schedule;
pub mod urls;

use std::path::Path;

use diagnostics::Diagnostics;

/// Loads, checks and renders the site in `root`. On failure nothing in `opts.out` changes.
pub fn build(root: &Path, opts: &render::Options) -> Result<(render::Report, Diagnostics), Diagnostics> {
    let (site, warnings) = content::load(root)?;
    let schedule = schedule::resolve(&site);
    let report = render::build(root, &site, &schedule, opts)?;
    Ok((report, warnings))
}

/// Loads and checks the site in `root` and its templates, without writing anything.
pub fn check(root: &Path) -> Result<Diagnostics, Diagnostics> {
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
    let _ = schedule::resolve(&site);
    if let Err(t) = render::load_templates(root) {
        warnings.extend(t);
        return Err(warnings);
    }
    Ok(warnings)
}
