//! The interface's words: every sentence, label and date part the program writes, from
//! Project Fluent message catalogues (`messages/<language>.ftl`). The built-in catalogue
//! of the site's language (English when there is none) comes first; a site's own
//! `messages/<language>.ftl` rewords any message, message by message, like templates.
//!
//! Dates, and the digits of numbers inside messages, are not the catalogue's: they come
//! from the Unicode CLDR locale data compiled into ICU4X (`icu_datetime`, `icu_decimal`),
//! for the site's language tag, falling back the way ICU does (`es-MX` to `es`, an
//! unknown language to the root locale).
//!
//! `language: en-XA` is a pseudo-locale for tests: every message comes out accented and
//! wrapped in `⟦…⟧`, so a word the program writes without a message shows at once. Its
//! dates and numbers are English ones, accented and wrapped the same way.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumberStyle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_datetime::fieldsets::{MDE, YMD, YMDE};
use icu_datetime::input::Date;
use icu_datetime::preferences::CalendarAlgorithm;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};

use crate::diagnostics::{Diagnostics, Pos};

/// The built-in catalogues, by language.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("ar", include_str!("../messages/ar.ftl")),
];

/// The pseudo-locale of the tests.
pub const PSEUDO: &str = "en-XA";

pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    pseudo: bool,
    /// The site's language tag, as `site.yaml` gives it (`en-GB`, `es`, `en-XA`).
    language: String,
    /// The date formatters of the language, made once (`None` only if ICU has not even
    /// root data for them: dates are then written `2026-12-02`).
    pub(crate) dates: Option<Dates>,
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
        // The bundle's language (plural rules, digits): the tag without its extensions
        // (`ar-SA-u-ca-islamic-umalqura` is `ar-SA` here; its dates keep the calendar).
        let lang: unic_langid::LanguageIdentifier = base
            .parse()
            .or_else(|_| icu_locale(base).id.to_string().parse())
            .unwrap_or_else(|_| "en".parse().expect("en"));
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No Unicode isolation marks around values: they would show in calendar files
        // and plain text.
        bundle.set_use_isolating(false);
        // Numbers with the digits and grouping of the language, like its dates.
        bundle.set_formatter(Some(format_number));
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
        let dates = Dates::new(&icu_locale(language));
        let mut m =
            Messages { bundle, pseudo, language: language.to_string(), dates, fixed: std::collections::HashMap::new() };
        m.fixed = m.fixed_messages();
        Ok(m)
    }

    /// The site's language tag, as given (`en-GB`; `en-XA` for the pseudo-locale).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Text the program made from locale data (a date), marked like a message in the
    /// pseudo-locale: accented and wrapped in `⟦…⟧`; else as it is.
    pub(crate) fn mark(&self, text: String) -> String {
        if self.pseudo {
            format!("⟦{}⟧", accent(&text))
        } else {
            text
        }
    }

    /// Whether the program ships a catalogue for `language` (or its base language).
    /// The built-in catalogue of `language` (its base language's, `en-GB` -> `en`), as
    /// written: what `aftercare theme` copies into a site to edit.
    pub fn catalogue(language: &str) -> Option<&'static str> {
        let base = language.split('-').next().unwrap_or(language);
        BUILT_IN.iter().find(|(l, _)| *l == language || *l == base).map(|(_, text)| *text)
    }

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

/// The three ways the program writes a date.
#[derive(Clone, Copy)]
pub(crate) enum Form {
    /// Year, month, day and weekday, long: "Wednesday, 2 December 2026" (en-GB).
    Long,
    /// Year, month (its name) and day: "2 December 2026" (en-GB).
    Medium,
    /// Month, day and weekday, for the first date of a range in one year: "Saturday 5
    /// December" (en-GB).
    NoYear,
}

/// The date formatters of one language, made once per [`Messages`] (they load their
/// locale data when made, not when used). The calendar is the locale's own default, as
/// in a browser's `Intl.DateTimeFormat`.
pub struct Dates {
    long: DateTimeFormatter<YMDE>,
    medium: DateTimeFormatter<YMD>,
    no_year: DateTimeFormatter<MDE>,
}

impl Dates {
    /// The formatters for `locale`; ICU falls back through its parents to the root locale
    /// when it has no data for a language. `None` only if even that fails.
    pub(crate) fn new(locale: &icu_locale_core::Locale) -> Option<Dates> {
        Dates::with(locale).or_else(|| Dates::with(&icu_locale_core::Locale::UNKNOWN))
    }

    fn with(locale: &icu_locale_core::Locale) -> Option<Dates> {
        let mut prefs = DateTimeFormatterPreferences::from(locale);
        if prefs.calendar_algorithm.is_none() && locale.id.region.is_none() {
            prefs.calendar_algorithm = likely_calendar(locale);
        }
        Some(Dates {
            long: DateTimeFormatter::try_new(prefs, YMDE::long()).ok()?,
            medium: DateTimeFormatter::try_new(prefs, YMD::long()).ok()?,
            no_year: DateTimeFormatter::try_new(prefs, MDE::long()).ok()?,
        })
    }

    /// Whether two dates fall in the same year of the locale's calendar (a Hijri year
    /// is not a Gregorian one).
    pub(crate) fn same_year(&self, a: NaiveDate, b: NaiveDate) -> bool {
        let year = |d: NaiveDate| {
            let iso = Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8).ok()?;
            Some(iso.to_calendar(self.long.calendar()).extended_year())
        };
        match (year(a), year(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.year() == b.year(),
        }
    }

    pub(crate) fn format(&self, d: NaiveDate, form: Form) -> String {
        // chrono's dates are proleptic Gregorian, ICU's ISO dates the same; the program
        // only makes dates from 1900 to 2200, all valid here.
        let Ok(iso) = Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8) else {
            return d.format("%Y-%m-%d").to_string();
        };
        match form {
            Form::Long => self.long.format(&iso).to_string(),
            Form::Medium => self.medium.format(&iso).to_string(),
            Form::NoYear => self.no_year.format(&iso).to_string(),
        }
    }
}

/// The calendar of a language written without a region, from its likely region (CLDR's
/// likely subtags: `th` is Thai in Thailand, `fa` Persian in Iran): ICU4X picks a
/// calendar by region only, where ICU4C, and so the browsers' `Intl`, first add the likely
/// one. Only the calendar is taken from it: `ar` keeps the digits of `ar`, not `ar-EG`'s.
/// `None`: the locale's default (Gregorian).
fn likely_calendar(locale: &icu_locale_core::Locale) -> Option<CalendarAlgorithm> {
    use icu_calendar::AnyCalendarKind as K;
    let mut likely = locale.id.clone();
    icu_locale::LocaleExpander::new_common().maximize(&mut likely);
    let likely = icu_locale_core::Locale::from(likely);
    Some(match K::new((&likely).into()) {
        K::Buddhist => CalendarAlgorithm::Buddhist,
        K::Chinese => CalendarAlgorithm::Chinese,
        K::Coptic => CalendarAlgorithm::Coptic,
        K::Dangi => CalendarAlgorithm::Dangi,
        K::Ethiopian => CalendarAlgorithm::Ethiopic,
        K::EthiopianAmeteAlem => CalendarAlgorithm::Ethioaa,
        K::Hebrew => CalendarAlgorithm::Hebrew,
        K::Indian => CalendarAlgorithm::Indian,
        K::Japanese => CalendarAlgorithm::Japanese,
        K::Persian => CalendarAlgorithm::Persian,
        K::Roc => CalendarAlgorithm::Roc,
        _ => return None,
    })
}

/// The ICU locale of a language tag: the pseudo-locale is English; a tag ICU cannot read
/// is tried without its subtags, then the root locale (whose data always exists).
pub(crate) fn icu_locale(language: &str) -> icu_locale_core::Locale {
    let tag = if language == PSEUDO { "en" } else { language };
    icu_locale_core::Locale::try_from_str(tag)
        .or_else(|_| icu_locale_core::Locale::try_from_str(tag.split(['-', '_']).next().unwrap_or("")))
        .unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

/// ICU4X's number formatter for the bundle's language, kept by the bundle's memoizer
/// (one per language and grouping choice). `Args`: whether to group digits.
struct Digits(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Digits {
    type Args = (bool,);
    type Error = icu_provider::DataError;

    fn construct(lang: unic_langid::LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, Self::Error> {
        let mut options = icu_decimal::options::DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Never);
        }
        let locale = icu_locale(&lang.to_string());
        icu_decimal::DecimalFormatter::try_new((&locale).into(), options)
            .or_else(|_| icu_decimal::DecimalFormatter::try_new(Default::default(), options))
            .map(Digits)
    }
}

/// Fluent's number formatter: `{ $day }` with the language's own digits (Arabic-Indic
/// for a language whose CLDR default is so), the same as its dates. Only the display
/// changes: plural selection still sees the number. Numbers with options this does not
/// follow (currency, percent, significant digits) keep Fluent's own formatting.
fn format_number(value: &FluentValue, intls: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let o = &n.options;
    if o.style != FluentNumberStyle::Decimal
        || o.minimum_integer_digits.is_some()
        || o.maximum_fraction_digits.is_some()
        || o.minimum_significant_digits.is_some()
        || o.maximum_significant_digits.is_some()
    {
        return None;
    }
    // Fluent's own text of the number (minimum fraction digits applied), read back exactly.
    let decimal = icu_decimal::input::Decimal::try_from_str(&n.as_string()).ok()?;
    intls.with_try_get::<Digits, _, _>((o.use_grouping,), |f| f.0.format(&decimal).to_string()).ok()
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
