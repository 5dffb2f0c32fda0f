//! QR codes for printed handouts, as small inline SVG.
//!
//! The `qrcode` crate does the encoding (no default features: no image or SVG renderer);
//! the SVG is written here as one `<path>` of horizontal runs, so it is compact, has no
//! XML prologue (it sits inside HTML) and prints sharply at any size.

use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

/// What a handout template gets as `qr`: the SVG and the address it encodes.
#[derive(Debug, Clone, Serialize)]
pub struct Qr {
    pub url: String,
    pub svg: String,
}

/// Modules of light border around the code (the "quiet zone" scanners need).
const QUIET: usize = 4;

/// A QR code for `url` as inline SVG, or `None` if the text is too long for a QR code.
/// `label` becomes the SVG's accessible name.
pub fn qr(url: &str, label: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    Some(Qr { url: url.to_string(), svg: svg(&code, label) })
}

fn svg(code: &QrCode, label: &str) -> String {
    let w = code.width();
    let colors = code.to_colors();
    let size = w + 2 * QUIET;
    let mut d = String::new();
    for y in 0..w {
        let mut x = 0;
        while x < w {
            if colors[y * w + x] == Color::Dark {
                let start = x;
                while x < w && colors[y * w + x] == Color::Dark {
                    x += 1;
                }
                d.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\">\
<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{d}\"/></svg>",
        crate::render::escape_html(label)
    )
}

/// A QR code to `path` on the site, for a printed handout, when a base URL is set.
pub fn site_qr(base_url: Option<&str>, path: &str, label: &str) -> Option<Qr> {
    let base = base_url?;
    let url = if path == crate::urls::HOME { base.to_string() } else { format!("{base}{path}") };
    qr(&url, label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_is_inline_and_labelled() {
        let q = qr("https://example.org/aftercare/", "QR code: example.org & co").unwrap();
        assert!(q.svg.starts_with("<svg class=\"qr-code\""));
        assert!(!q.svg.contains("<?xml"));
        assert!(q.svg.contains("aria-label=\"QR code: example.org &amp; co\""));
        assert!(q.svg.contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z"), "finder pattern first: {}", &q.svg[..300]);
    }
}
