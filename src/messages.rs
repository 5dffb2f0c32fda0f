//! The interface's words: every sentence, label and date part the program writes, from
//! Project Fluent message catalogues (`messages/<language>.ftl`). The built-in catalogue
//! of the site's language (English when there is none) comes first; a site's own
//! `messages/<language>.ftl` rewords any message, message by message, like templates.
//!
//! `language: en-XA` is a pseudo-locale for tests: every message comes out accented and
//! wrapped in `⟦…⟧`, so a word the program writes without a message shows at once.

use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::diagnostics::{Diagnostics, Pos};

/// The built-in catalogues, by language.
const BUILT_IN: &[(&str, &str)] =
    &[("en", include_str!("../messages/en.ftl")), ("es", include_str!("../messages/es.ftl"))];

/// The pseudo-locale of the tests.
pub const PSEUDO: &str = "en-XA";

pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    pseudo: bool,
    /// Every message without placeholders, formatted once: most template words are these,
    /// and a page asks for dozens of them.
    fixed: std::collections::HashMap<String, String>,
}

/// A value for a placeholder of a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Messages")
    }
}

impl Messages {
    /// The catalogue for `language`, with the site's own messages over the built-in ones.
    pub fn load(root: &Path, language: &str) -> Result<Messages, Diagnostics> {
        let pseudo = language == PSEUDO;
        let base = if pseudo { "en" } else { language };
        let built_in = BUILT_IN
            .iter()
            .find(|(l, _)| *l == base)
            .or_else(|| BUILT_IN.iter().find(|(l, _)| Some(*l) == base.split('-').next()))
            .unwrap_or(&BUILT_IN[0]);
        let lang: unic_langid::LanguageIdentifier = base.parse().unwrap_or_else(|_| "en".parse().expect("en"));
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No Unicode isolation marks around values: they would show in calendar files
        // and plain text.
        bundle.set_use_isolating(false);
        if pseudo {
            bundle.set_transform(Some(accent));
        }
        let mut diags = Diagnostics::new();
        let shown = format!("messages/{}.ftl (built in)", built_in.0);
        if let Some(r) = parse(Path::new(&shown), built_in.1, &mut diags) {
            bundle.add_resource_overriding(r);
        }
        let own = root.join("messages").join(format!("{language}.ftl"));
        if own.is_file() {
            let rel = Path::new("messages").join(format!("{language}.ftl"));
            match std::fs::read_to_string(&own) {
                Ok(text) => {
                    if let Some(r) = parse(&rel, &text, &mut diags) {
                        bundle.add_resource_overriding(r);
                    }
                }
                Err(e) => diags.error(&rel, Pos::file(), format!("cannot read this file: {e}"), None),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let mut m = Messages { bundle, pseudo, fixed: std::collections::HashMap::new() };
        m.fixed = m.fixed_messages();
        Ok(m)
    }

    /// Whether the program ships a catalogue for `language` (or its base language).
    pub fn built_in(language: &str) -> bool {
        let base = language.split('-').next().unwrap_or(language);
        language == PSEUDO || BUILT_IN.iter().any(|(l, _)| *l == language || *l == base)
    }

    /// English with no site folder: for tests and tools.
    pub fn english() -> Messages {
        Messages::load(Path::new("/nonexistent"), "en").expect("the built-in catalogue parses")
    }

    /// The messages that need no placeholder (an attempt without arguments gives no error).
    fn fixed_messages(&self) -> std::collections::HashMap<String, String> {
        let ids: Vec<String> = BUILT_IN
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .map(str::to_string)
            .collect();
        ids.into_iter()
            .filter_map(|id| {
                let pattern = self.bundle.get_message(&id)?.value()?;
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, None, &mut errors);
                errors.is_empty().then(|| {
                    let text = if self.pseudo { format!("⟦{text}⟧") } else { text.into_owned() };
                    (id, text)
                })
            })
            .collect()
    }

    /// A message without placeholders, ready: no formatting.
    pub fn fixed(&self, id: &str) -> Option<&str> {
        self.fixed.get(id).map(String::as_str)
    }

    /// The message `id` with its placeholders filled. A missing message shows as its id
    /// in brackets, so it is seen, not silently empty.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if args.is_empty() {
            if let Some(text) = self.fixed.get(id) {
                return text.clone();
            }
        }
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        if self.pseudo {
            format!("⟦{text}⟧")
        } else {
            text
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// The writing direction of a language: `rtl` for the languages written right to left,
/// else `ltr`; the pages' `dir` attribute, so the layout (logical CSS properties) mirrors.
pub fn direction(language: &str) -> &'static str {
    let base = language.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match base.as_str() {
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ckb" | "sd" | "ug" => "rtl",
        _ => "ltr",
    }
}

/// Parses one catalogue, reporting its syntax errors with line and column.
fn parse(file: &Path, text: &str, diags: &mut Diagnostics) -> Option<FluentResource> {
    match FluentResource::try_new(text.to_string()) {
        Ok(r) => Some(r),
        Err((r, errors)) => {
            for e in errors {
                let before = &text[..e.pos.start.min(text.len())];
                let (line, col) =
                    (before.matches('\n').count() + 1, before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1);
                diags.error(
                    file,
                    Pos::new(line, col),
                    format!("this message cannot be read: {:?}", e.kind),
                    Some("check the Fluent syntax: `message-id = Text with { $placeholder }`".into()),
                );
            }
            Some(r)
        }
    }
}

/// The pseudo-locale's accents: "With care" -> "Ŵîţh çåŕé". Placeholders are left alone.
fn accent(s: &str) -> std::borrow::Cow<'_, str> {
    let map = |c: char| match c {
        'a' => 'å',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'î',
        'n' => 'ñ',
        'o' => 'ö',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'ü',
        'y' => 'ý',
        'A' => 'Å',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'O' => 'Ö',
        'S' => 'Š',
        'W' => 'Ŵ',
        other => other,
    };
    std::borrow::Cow::Owned(s.chars().map(map).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_written_right_to_left_are_known() {
        assert_eq!((direction("ar"), direction("he-IL"), direction("fa")), ("rtl", "rtl", "rtl"));
        assert_eq!((direction("en"), direction("es"), direction("en-XA")), ("ltr", "ltr", "ltr"));
    }

    #[test]
    fn messages_fill_their_placeholders_and_the_pseudo_locale_marks_them() {
        let en = Messages::english();
        assert_eq!(en.get("days-range", &[("start", 4.into()), ("end", 9.into())]), "Days 4 to 9");
        assert_eq!(en.get("no-such-message", &[]), "[no-such-message]");
        let dir = tempfile::tempdir().unwrap();
        let pseudo = Messages::load(dir.path(), PSEUDO).unwrap();
        assert_eq!(pseudo.get("status-with-care", &[]), "⟦Ŵîţh çåŕé⟧");
        // A site rewords one message; the others stay.
        std::fs::create_dir_all(dir.path().join("messages")).unwrap();
        std::fs::write(dir.path().join("messages/en.ftl"), "status-not-yet = Wait\n").unwrap();
        let own = Messages::load(dir.path(), "en").unwrap();
        assert_eq!(
            (own.get("status-not-yet", &[]).as_str(), own.get("status-allowed", &[]).as_str()),
            ("Wait", "Allowed")
        );
    }
}
