//! The dated handout written by `aftercare schedule`: one self-contained HTML file
//! (styles inline, no links that need the site) to print or keep.

use std::path::Path;

use serde::Serialize;

use super::qr;
use crate::calendar::{self, Dated};
use crate::diagnostics::{Diagnostics, Pos};
use crate::model::{Clinic, Site, Status, Treatment};

#[derive(Serialize)]
struct HandoutSite<'a> {
    title: &'a str,
    language: &'a str,
    dir: &'static str,
    accent_color: &'a str,
    clinic: &'a Clinic,
    /// `clinic.phone_href`, under the name older templates use.
    phone_href: &'a str,
    print_line: String,
    /// Content version and review dates, for the printed foot.
    handout_line: String,
    short_name: &'a str,
    /// The name with its abbreviation, for the heading: "Scalp micropigmentation (SMP)".
    spelled_out: String,
    days_between_sessions: u32,
    warning_signs: &'a [String],
    base_url: Option<&'a str>,
    /// Status key -> {label, icon}.
    statuses: std::collections::BTreeMap<&'static str, super::view::StatusView<'a>>,
}

/// Renders `templates/handout-dated.html` for one dated plan.
pub fn dated(
    tera: &tera::Tera,
    root: &Path,
    site: &Site,
    t: &Treatment,
    plan: &Dated,
    base_url: Option<&str>,
) -> Result<String, Diagnostics> {
    let c = &site.config;
    let hs = HandoutSite {
        title: &c.title,
        language: &c.language,
        dir: crate::messages::direction(&c.language),
        accent_color: &c.accent_color,
        clinic: &c.clinic,
        phone_href: &c.clinic.phone_href,
        print_line: c.clinic.print_line(),
        handout_line: super::view::handout_line(site, t),
        short_name: t.settings.short(),
        spelled_out: t.settings.spelled_out(),
        days_between_sessions: t.settings.days_between_sessions,
        warning_signs: &t.timeline.warning_signs,
        base_url,
        statuses: Status::ALL.into_iter().map(|s| (s.key(), super::view::status(site, s))).collect(),
    };
    let mut ctx = tera::Context::new();
    ctx.insert("site", &hs);
    ctx.insert("plan", plan);
    // Self-contained: the stylesheets go in the page (`</` cannot end its <style>).
    ctx.insert("css", &super::inline_css(root, &["style.css", "handout.css", super::EXTRA_CSS])?.replace("</", "<\\/"));
    ctx.insert(
        "qr",
        &base_url.and_then(|b| qr::qr(&calendar::schedule_link(b, site, t, plan), &site.words.get("qr-dates", &[]))),
    );
    tera.render("handout-dated.html", &ctx).map_err(|e| {
        let mut d = Diagnostics::new();
        d.error(
            Path::new("templates/handout-dated.html"),
            Pos::file(),
            super::error_chain(&e),
            Some("check the variable names against the template variables listed by `aftercare formats`".into()),
        );
        d
    })
}
