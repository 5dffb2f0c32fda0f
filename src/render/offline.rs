//! `offline: true` in site.yaml: a web app manifest and a service worker that keeps a copy
//! of the whole site, so a patient who opened it once can read it without a signal.
//!
//! Written once for the whole site, every language included (one worker at the root covers
//! `es/` and `ar/`), after every other file, because the worker lists them all. Nothing is
//! random or dated: the same site gives the same files.

use serde::Serialize;

use crate::model::Site;

pub const MANIFEST: &str = "manifest.webmanifest";
pub const WORKER: &str = "sw.js";
/// The script every page loads to register the worker (a file, not inline: a clinic's host
/// may forbid inline scripts).
pub const REGISTER: &str = "offline.js";

const WORKER_JS: &str = include_str!("sw.js");
const REGISTER_JS: &str = include_str!("offline.js");

#[derive(Serialize)]
struct Manifest<'a> {
    name: &'a str,
    short_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    lang: &'a str,
    dir: &'static str,
    /// Relative to the manifest: the site's own folder, wherever it is published.
    start_url: &'static str,
    scope: &'static str,
    display: &'static str,
    theme_color: &'a str,
    background_color: &'static str,
    /// The clinic's logo (`clinic.logo`), when it has one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    icons: Vec<Icon<'a>>,
}

#[derive(Serialize)]
struct Icon<'a> {
    src: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sizes: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// The manifest's entry for the logo at `src` (from the site's top folder) with its bytes:
/// an SVG fits any size; a PNG says its own (read from its header).
fn icon<'a>(src: &'a str, bytes: &[u8]) -> Option<Icon<'a>> {
    let ext = src.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let (kind, sizes) = match ext.as_str() {
        "svg" => ("image/svg+xml", Some("any".to_string())),
        "png" => ("image/png", png_size(bytes).map(|(w, h)| format!("{w}x{h}"))),
        "jpg" | "jpeg" => ("image/jpeg", None),
        "webp" => ("image/webp", None),
        "gif" => ("image/gif", None),
        _ => return None,
    };
    Some(Icon { src, sizes, kind })
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 24 || &b[..8] != b"\x89PNG\r\n\x1a\n" || &b[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    Some((be(16), be(20)))
}

/// The manifest, the registering script and the worker, for a build that wrote `written`:
/// every other output file with a hash of its bytes ([`hash`]), in any order. `logo`: the
/// bytes of the clinic's logo as written, if it has one.
pub fn files(site: &Site, written: &[(String, u64)], logo: Option<&[u8]>) -> Vec<(String, Vec<u8>)> {
    let c = &site.config;
    let icons = match (c.clinic.logo_url.as_deref(), logo) {
        (Some(src), Some(bytes)) => icon(src, bytes).into_iter().collect(),
        _ => Vec::new(),
    };
    let manifest = Manifest {
        name: &c.title,
        short_name: &c.clinic.name,
        description: c.description.as_deref(),
        lang: &c.language,
        dir: crate::messages::direction(&c.language),
        start_url: "./",
        scope: "./",
        display: "minimal-ui",
        theme_color: &c.accent_color,
        background_color: "#ffffff",
        icons,
    };
    let mut manifest = serde_json::to_vec_pretty(&manifest).expect("plain data");
    manifest.push(b'\n');
    let mut all: Vec<(String, u64)> = written.to_vec();
    all.push((MANIFEST.into(), hash(&manifest)));
    all.push((REGISTER.into(), hash(REGISTER_JS.as_bytes())));
    all.sort();
    all.dedup();
    // The cache's version: every file's name and bytes, so any change to the site makes a new
    // worker (the browser compares sw.js byte for byte) and a new cache.
    let mut version = Fnv::new();
    for (path, h) in &all {
        version.write(path.as_bytes());
        version.write(&[0]);
        version.write(&h.to_le_bytes());
    }
    let list: Vec<&str> = all.iter().map(|(p, _)| p.as_str()).filter(|p| *p != WORKER).collect();
    let worker = WORKER_JS
        .replace("@VERSION@", &format!("{:016x}", version.0))
        .replace("@FILES@", &serde_json::to_string(&list).expect("plain data"));
    vec![
        (MANIFEST.into(), manifest),
        (REGISTER.into(), REGISTER_JS.as_bytes().to_vec()),
        (WORKER.into(), worker.into_bytes()),
    ]
}

/// A stable 64-bit hash of a file's bytes (FNV-1a): the same on every machine and every
/// Rust version, unlike the standard library's hasher, so a build is reproducible.
pub fn hash(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.0
}

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_is_the_published_function() {
        // Test vectors of FNV-1a 64 (Fowler, Noll, Vo).
        assert_eq!(super::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_png_logo_gives_its_size_and_an_svg_any() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(192u32.to_be_bytes());
        png.extend(96u32.to_be_bytes());
        let i = super::icon("images/logo.png", &png).unwrap();
        assert_eq!((i.sizes.as_deref(), i.kind), (Some("192x96"), "image/png"));
        let i = super::icon("assets/logo.svg", b"<svg/>").unwrap();
        assert_eq!((i.sizes.as_deref(), i.kind), (Some("any"), "image/svg+xml"));
        assert!(super::icon("images/logo.png", b"not a png").unwrap().sizes.is_none());
    }
}
