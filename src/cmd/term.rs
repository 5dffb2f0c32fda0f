//! Terminal output: colour when a person is watching, plain text otherwise.
//!
//! Colour is used only when the stream is a terminal and `NO_COLOR` is unset or empty
//! (https://no-color.org), so logs, CI output and pipes stay plain.

use std::io::IsTerminal;

use aftercare::diagnostics::{Diagnostic, Severity};

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// The style for standard error.
    pub fn stderr() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style { color: !no_color && std::io::stderr().is_terminal() }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A diagnostic as `file:line:col: error: message` plus its help line.
    pub fn diagnostic(&self, d: &Diagnostic) -> String {
        let mut place = visible(&d.file.display().to_string());
        if d.pos.line > 0 {
            place.push_str(&format!(":{}:{}", d.pos.line, d.pos.col.max(1)));
        }
        let kind = match d.severity {
            Severity::Error => self.paint("1;31", "error"),
            Severity::Warning => self.paint("1;33", "warning"),
        };
        let mut s = format!("{}: {kind}: {}", self.paint("1", &place), visible(&d.message));
        if let Some(help) = d.help.as_deref().map(visible) {
            s.push_str(&format!("\n  {}: {help}", self.paint("36", "help")));
        }
        s
    }

    pub fn failure(&self, text: &str) -> String {
        self.paint("1;31", text)
    }
}

/// Text from file names and content with its control characters shown as `\u{..}`
/// instead of sent to the terminal, where an escape sequence could rewrite the screen.
pub fn visible(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aftercare::diagnostics::Pos;

    #[test]
    fn plain_style_matches_display_and_colour_wraps_parts() {
        let d = Diagnostic {
            severity: Severity::Warning,
            file: "a.yaml".into(),
            pos: Pos::new(2, 3),
            message: "m".into(),
            help: Some("h".into()),
        };
        assert_eq!(Style { color: false }.diagnostic(&d), d.to_string());
        let c = Style { color: true }.diagnostic(&d);
        assert!(c.contains("\x1b[1;33mwarning\x1b[0m") && c.contains("\x1b[36mhelp\x1b[0m"), "{c}");
    }
}
