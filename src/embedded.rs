//! The default templates, theme and example site, built into the binary (see build.rs).
//!
//! A site's own `templates/` and `theme/` files override these file by file, so a clinic
//! can change only `base.html` or add a `logo.svg` and keep everything else current.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The file-format reference: the README's "Site layout and file formats" section.
pub const FORMATS: &str = include_str!(concat!(env!("OUT_DIR"), "/formats.md"));

/// The name `init` gives the reference in a new site.
pub const FORMATS_FILE: &str = "FORMATS.md";

/// Embedded files under `prefix` (e.g. `"templates/"`), with the prefix removed.
pub fn under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static [u8])> + '_ {
    FILES.iter().filter_map(move |(path, bytes)| path.strip_prefix(prefix).map(|rel| (rel, *bytes)))
}

/// The files `aftercare init` writes: the site config and the example content.
pub fn starter_site() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    FILES
        .iter()
        .copied()
        .filter(|(path, _)| (path.starts_with("site.") && !path.contains('/')) || path.starts_with("content/"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn templates_theme_and_content_are_embedded() {
        assert!(super::under("templates/").any(|(p, _)| p == "base.html"));
        assert!(super::under("theme/").any(|(p, _)| p == "style.css"));
        assert!(super::starter_site().any(|(p, _)| p == "content/protocol.yaml"));
    }
}
