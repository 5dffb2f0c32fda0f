//! Plain words: `check` flags medical and trade jargon in every text a patient reads, and
//! says what to write instead.
//!
//! The words come from a list per language, data and not code: the lists shipped in the
//! binary (`messages/plain-words.<language>.yaml`, English and Spanish), and a site's own
//! glossary (`content/plain-words.yaml` for the default language, and
//! `content/plain-words.<language>.yaml` for each other one), which adds terms to flag
//! (`flag:`) and keeps terms the site explains to its patients (`keep:`).
//!
//! Matching (see [`List::find`]): whole words, any case, accents ignored; a regular
//! plural (`-s`, `-es`) of a term's last word matches too, other forms only when listed
//! (`topical` does not flag `topically` by itself: the list names both), or when a form
//! ends in `*` (`cicatri*`). A term of several words (`adverse reaction`) matches with
//! spaces, hyphens or one line break between its words, and `post-procedure` matches
//! `post procedure`. A term is not flagged where it is explained: alone in brackets after
//! the plain words ("clear fluid (lymph)", as the reading-grade help advises), or followed
//! by one of its plain words in brackets ("erythema (redness)").

use std::ops::Range;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::locate::{self, Seg};
use crate::diagnostics::{nearest, Diagnostics};
use crate::patient_text::{fold, fold_into, words, Text};

/// The shipped lists, by language (the first part of a language tag).
const SHIPPED: &[(&str, &str)] =
    &[("en", include_str!("../messages/plain-words.en.yaml")), ("es", include_str!("../messages/plain-words.es.yaml"))];

/// A site's own glossary for its default language; `plain-words.<language>.yaml` beside it
/// for each other language.
pub const GLOSSARY: &str = "content/plain-words.yaml";

/// One term of a list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word or words, as messages name the term.
    pub term: String,
    /// Other forms flagged as the term (`erythematous`); one ending in `*` matches any
    /// ending.
    #[serde(default)]
    pub also: Vec<String>,
    /// What to write instead, the best first.
    #[schemars(length(min = 1))]
    pub plain: Vec<String>,
    /// `medical`, `trade` or `jargon` (the default), as the warning says.
    #[serde(default)]
    pub kind: Option<Kind>,
}

/// What kind of jargon a term is, as the message says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The words of medicine: the shipped lists' default.
    Medical,
    /// The words of the trade (`blowout`, `PMU`).
    Trade,
    /// Of no stated kind: a site's own terms' default.
    Jargon,
}

impl Kind {
    fn says(self) -> &'static str {
        match self {
            Kind::Medical => "medical jargon",
            Kind::Trade => "trade jargon",
            Kind::Jargon => "jargon",
        }
    }
}

/// A site's glossary (`content/plain-words.yaml`).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Terms to flag besides the shipped ones (one with a shipped term's name replaces it).
    #[serde(default)]
    pub flag: Vec<Term>,
    /// Terms not flagged, because the site's pages explain them.
    #[serde(default)]
    pub keep: Vec<String>,
}

/// A language's list, ready to match.
#[derive(Debug, Default)]
pub struct List {
    entries: Vec<Entry>,
    /// The patterns of terms not kept, by their first word: (entry, pattern).
    /// (Fx, not SipHash: looked up for every word of a site, and the keys are our own.)
    by_first: rustc_hash::FxHashMap<String, Vec<(usize, usize)>>,
    /// Those of one word that takes any ending (`cicatri*`), which no first word finds.
    open: Vec<(usize, usize)>,
    /// The lengths of the first words in `by_first`, by their first byte: bit `n` (63 for
    /// longer) set for a word of `n` bytes. A word whose first byte and length start no
    /// term is passed over without being folded or hashed: most words of a text.
    lengths: Vec<u64>,
    /// The same by a word's first two bytes (hashed into [`PAIRS`] buckets), for words of
    /// four bytes or more, whose forms without "s" or "es" keep those two bytes: "scalp"
    /// and "session" share a first byte with many terms, and a length, but few share two.
    pairs: Vec<u64>,
    /// How many words from its first a term and the plain words after it can span, and
    /// one more: what [`List::find`] reads around a word that may start a term.
    reach: usize,
}

#[derive(Debug)]
struct Entry {
    term: Term,
    kind: Kind,
    /// The term's and its forms' words.
    patterns: Vec<Pattern>,
    /// The plain alternatives' words.
    plain: Vec<Vec<String>>,
    /// On the site's `keep:` list.
    kept: bool,
}

#[derive(Debug)]
struct Pattern {
    /// Folded words.
    words: Vec<String>,
    /// The last word may go on (`cicatri*`).
    open: bool,
}

impl Pattern {
    fn new(form: &str) -> Option<Pattern> {
        let open = form.trim_end().ends_with('*');
        let words: Vec<String> = words(form).into_iter().map(|r| fold(&form[r])).collect();
        (!words.is_empty()).then_some(Pattern { words, open })
    }

    /// How many words of `ws` (folded, with `gaps[i]` the text between word i-1 and i)
    /// from `at` it matches.
    fn matches(&self, ws: &[&str], gaps: &[&str], at: usize) -> Option<usize> {
        let n = self.words.len();
        if at + n > ws.len() {
            return None;
        }
        for (j, want) in self.words.iter().enumerate() {
            let got = ws[at + j];
            if j > 0 && !joins(gaps[at + j]) {
                return None;
            }
            let ok = if j + 1 < n {
                got == want
            } else if self.open {
                got.starts_with(want.as_str())
            } else {
                got == want || got.strip_prefix(want.as_str()).is_some_and(|rest| rest == "s" || rest == "es")
            };
            if !ok {
                return None;
            }
        }
        Some(n)
    }
}

/// How many buckets [`List::pairs`] has: 32 KB, small enough to stay in the cache.
const PAIRS: usize = 4096;

/// The bucket of [`List::pairs`] for a word starting with (lower-case) bytes `a`, `b`.
fn pair(a: u8, b: u8) -> usize {
    (usize::from(a) * 131 + usize::from(b)) % PAIRS
}

/// A word's length as a bit of [`List::lengths`].
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

/// Whether the text between two words lets them be one term: spaces, hyphens, at most one
/// line break.
fn joins(gap: &str) -> bool {
    !gap.is_empty()
        && gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        && gap.matches('\n').count() <= 1
}

/// A term found in a text.
#[derive(Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The words it covers (indices into the words given to [`List::find`]).
    pub words: Range<usize>,
    pub term: &'a Term,
    pub kind: Kind,
}

impl List {
    /// The list shipped for a language (`en-GB` uses `en`'s), if there is one.
    pub fn shipped(lang: &str) -> Option<List> {
        let primary = lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let (_, text) = SHIPPED.iter().find(|(l, _)| *l == primary)?;
        let terms: Vec<Term> = serde_yaml::from_str(text).expect("the shipped plain-words lists are valid");
        let mut list = List::default();
        for t in terms {
            list.add(t, Kind::Medical);
        }
        list.reindex();
        Some(list)
    }

    /// Indexes the patterns of the terms not kept, so that a word is compared with the few
    /// terms it can start, not with the whole list.
    fn reindex(&mut self) {
        self.by_first.clear();
        self.open.clear();
        self.lengths = vec![0; 256];
        self.pairs = vec![0; PAIRS];
        self.reach = 1;
        for (e, entry) in self.entries.iter().enumerate().filter(|(_, e)| !e.kept) {
            let plain = entry.plain.iter().map(Vec::len).max().unwrap_or(0);
            for (p, pattern) in entry.patterns.iter().enumerate() {
                self.reach = self.reach.max(pattern.words.len() + plain + 1);
                if pattern.open && pattern.words.len() == 1 {
                    self.open.push((e, p));
                } else {
                    let first = &pattern.words[0];
                    let b = first.as_bytes();
                    self.lengths[usize::from(b[0])] |= length_bit(first.len());
                    if let [a, b, ..] = b {
                        self.pairs[pair(*a, *b)] |= length_bit(first.len());
                    }
                    self.by_first.entry(first.clone()).or_default().push((e, p));
                }
            }
        }
    }

    /// Adds a term, replacing one of the same name.
    fn add(&mut self, term: Term, default: Kind) {
        let patterns = std::iter::once(&term.term).chain(&term.also).filter_map(|f| Pattern::new(f)).collect();
        let plain = term
            .plain
            .iter()
            .map(|p| words(p).into_iter().map(|r| fold(&p[r])).collect::<Vec<_>>())
            .filter(|w| !w.is_empty())
            .collect();
        let entry = Entry { kind: term.kind.unwrap_or(default), term, patterns, plain, kept: false };
        let name = fold(entry.term.term.trim());
        match self.entries.iter_mut().find(|e| fold(e.term.term.trim()) == name) {
            Some(e) => *e = entry,
            None => self.entries.push(entry),
        }
    }

    /// Adds a site's glossary: its terms, then its kept terms. Returns the kept words that
    /// name no term of the list (by their index in `keep:`).
    pub fn extend(&mut self, g: &Glossary) -> Vec<usize> {
        for t in &g.flag {
            self.add(t.clone(), Kind::Jargon);
        }
        let mut unknown = Vec::new();
        for (i, k) in g.keep.iter().enumerate() {
            let folded: Vec<String> = words(k).into_iter().map(|r| fold(&k[r])).collect();
            let ws: Vec<&str> = folded.iter().map(String::as_str).collect();
            let gaps = vec![" "; ws.len()];
            let mut any = false;
            for e in &mut self.entries {
                if !ws.is_empty() && e.patterns.iter().any(|p| p.matches(&ws, &gaps, 0) == Some(ws.len())) {
                    e.kept = true;
                    any = true;
                }
            }
            if !any {
                unknown.push(i);
            }
        }
        self.reindex();
        unknown
    }

    /// The terms' names, for suggestions.
    fn names(&self) -> impl Iterator<Item = &str> + Clone {
        self.entries.iter().map(|e| e.term.term.as_str())
    }

    /// Whether a pattern may start at `word`: by its first byte and length (no folding
    /// needed for an ASCII word, whose folded length is its own), then by its folded form.
    /// Most words of a text start no term. `key` is a buffer for the folded word.
    fn may_start(&self, word: &str, key: &mut String) -> bool {
        if !self.open.is_empty() {
            return true;
        }
        if let Some(&first) = word.as_bytes().first().filter(|_| word.is_ascii()) {
            // The word, or the word without "s" or "es" (see `first_words`).
            let n = word.len();
            let lengths = length_bit(n) | length_bit(n.saturating_sub(1)) | length_bit(n.saturating_sub(2));
            if self.lengths.get(usize::from(first.to_ascii_lowercase())).map_or(0, |l| l & lengths) == 0 {
                return false;
            }
            // Its forms are all two bytes or more: the first two bytes must start a term too.
            if let [a, b, _, _, ..] = word.as_bytes() {
                if self.pairs[pair(a.to_ascii_lowercase(), b.to_ascii_lowercase())] & lengths == 0 {
                    return false;
                }
            }
        }
        key.clear();
        fold_into(word, key);
        first_words(key).into_iter().flatten().any(|k| self.by_first.contains_key(k))
    }

    /// The terms in `text`, whose words are `ws` (byte ranges, in order; see
    /// [`crate::patient_text::prose_words`]): at each word the longest term that starts
    /// there, unless kept or explained (see the module's comment). Only the words around
    /// a word that may start a term are folded and compared.
    pub fn find<'a>(&'a self, text: &str, ws: &[Range<usize>]) -> Vec<Hit<'a>> {
        let mut out = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < ws.len() {
            if !self.may_start(&text[ws[i].clone()], &mut key) {
                i += 1;
                continue;
            }
            // The word before (for a bracket) and as many after as a term and its plain
            // words can span.
            let from = i.saturating_sub(1);
            let near = Near::new(text, ws, from, (i + self.reach).min(ws.len()));
            let (folded, gaps, at) = (&near.folded(), &near.gaps, i - from);
            // The patterns that may start here: by the word, or the word without a plural
            // ending, and those taking any ending.
            let candidates = first_words(folded[at])
                .into_iter()
                .flatten()
                .filter_map(|k| self.by_first.get(k))
                .flatten()
                .chain(&self.open);
            let best = candidates
                .filter_map(|&(e, p)| Some((self.entries[e].patterns[p].matches(folded, gaps, at)?, e)))
                .max_by_key(|&(n, e)| (n, std::cmp::Reverse(e)))
                .map(|(n, e)| (n, &self.entries[e]));
            match best {
                Some((n, e)) => {
                    if !explained(e, folded, gaps, at, at + n) {
                        out.push(Hit { words: i..i + n, term: &e.term, kind: e.kind });
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The keys a word's patterns are found by: the word, and the word without a plural
/// ending.
fn first_words(w: &str) -> [Option<&str>; 3] {
    [Some(w), w.strip_suffix('s'), w.strip_suffix("es")]
}

/// Words `from..to` of a text, folded, with the text between them: `gaps[k]` is the
/// text before word `from + k` ("" before the text's first word), the last the text
/// after word `to - 1`.
struct Near<'t> {
    buf: String,
    ends: Vec<usize>,
    gaps: Vec<&'t str>,
}

impl<'t> Near<'t> {
    fn new(text: &'t str, ws: &[Range<usize>], from: usize, to: usize) -> Self {
        let mut buf = String::new();
        let ends = ws[from..to]
            .iter()
            .map(|r| {
                fold_into(&text[r.clone()], &mut buf);
                buf.len()
            })
            .collect();
        let gaps = (from..=to)
            .map(|g| match (g, ws.get(g)) {
                (0, _) => "",
                (_, Some(w)) => text.get(ws[g - 1].end..w.start).unwrap_or(""),
                (_, None) => text.get(ws[g - 1].end..).unwrap_or(""),
            })
            .collect();
        Near { buf, ends, gaps }
    }

    fn folded(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let w = &self.buf[start..end];
                start = end;
                w
            })
            .collect()
    }
}

/// Whether words `from..to` (a term of `e`) are explained beside them: alone in brackets
/// after other words ("clear fluid (lymph)", "bald patches (alopecia)": the plain words
/// come first, as the reading-grade help advises), or followed by one of its plain words
/// in brackets ("lymph (clear fluid)").
/// `ws` may be the words near the term only (see [`List::reach`]).
fn explained(e: &Entry, ws: &[&str], gaps: &[&str], from: usize, to: usize) -> bool {
    let opens = |gap: &str| gap.trim() == "(";
    let closes = |gap: &str| gap.trim_start().starts_with(')');
    let glossed = from > 0 && opens(gaps[from]) && closes(gaps[to]);
    let then_plain = to < ws.len()
        && opens(gaps[to])
        && e.plain.iter().any(|p| to + p.len() <= ws.len() && ws[to..to + p.len()].iter().eq(p.iter()));
    glossed || then_plain
}

/// The glossary file of a language: `content/plain-words.yaml` for the default language,
/// `content/plain-words.<language>.yaml` for another.
pub fn glossary_file(lang: &str, default: &str) -> PathBuf {
    if lang == default {
        PathBuf::from(GLOSSARY)
    } else {
        PathBuf::from(format!("content/plain-words.{lang}.yaml"))
    }
}

/// Flags the jargon in `texts`, for each of `langs` (the languages with words of their own,
/// the default first): warnings into `warnings`, what could not be checked into `notes`.
/// Returns the lists, for texts checked later one by one; `Err` with the problems of a
/// glossary that cannot be read.
pub fn check(
    root: &Path,
    langs: &[String],
    texts: &[Text],
    warnings: &mut Diagnostics,
    notes: &mut Vec<String>,
) -> Result<Lists, Diagnostics> {
    let mut errors = Diagnostics::new();
    let mut lists = Lists::default();
    let Some(default) = langs.first() else { return Ok(lists) };
    for lang in langs {
        let file = glossary_file(lang, default);
        let mut list = List::shipped(lang);
        if let Some((g, text)) = crate::content::read_optional::<Glossary>(root, &file, &mut errors) {
            glossary_problems(&g, &file, &text, &mut errors);
            let unknown = list.get_or_insert_with(List::default).extend(&g);
            let list = list.as_ref().expect("just made");
            for i in unknown {
                let k = &g.keep[i];
                let help = match nearest(&fold(k), list.names()) {
                    Some(n) => format!("did you mean `{n}`?"),
                    None => format!("list under `keep:` only terms this list flags, or add `{k}` under `flag:` first"),
                };
                warnings.warning(
                    &file,
                    locate::locate(&text, &[Seg::Key("keep"), Seg::Idx(i)], 0),
                    format!("`{k}` is not on the plain-words list for `{lang}`, so keeping it changes nothing"),
                    Some(help),
                );
            }
        }
        let mine: Vec<&Text> = texts.iter().filter(|t| t.lang == *lang).collect();
        let Some(list) = list else {
            if !mine.is_empty() {
                notes.push(format!(
                    "plain words: no list for `{lang}`, so its pages are not checked for jargon (a site can give one in {})",
                    file.display()
                ));
            }
            continue;
        };
        for t in mine {
            scan(&list, &file, t, warnings);
        }
        lists.by_lang.insert(lang.clone(), (list, file));
    }
    if errors.has_errors() {
        Err(errors)
    } else {
        warnings.extend(errors);
        Ok(lists)
    }
}

/// Each language's list of words to flag, with the glossary file that adjusts it: what
/// [`check`] used, for texts checked one by one afterwards ([`Lists::scan`]: the bodies
/// of a big site's articles, each made, checked and dropped in turn).
#[derive(Default)]
pub struct Lists {
    by_lang: std::collections::HashMap<String, (List, PathBuf)>,
}

impl Lists {
    /// Whether `value` (in language `lang`, its words at `ranges`) has anything to flag: the
    /// cheap first look, before a text's words are placed in its file.
    pub fn flags(&self, lang: &str, value: &str, ranges: &[Range<usize>]) -> bool {
        self.by_lang.get(lang).is_some_and(|(list, _)| !list.find(value, ranges).is_empty())
    }

    /// Warns about the jargon in `t`, with the list of its language (none: nothing to do).
    pub fn scan(&self, t: &Text, warnings: &mut Diagnostics) {
        if let Some((list, file)) = self.by_lang.get(&t.lang) {
            scan(list, file, t, warnings);
        }
    }
}

fn scan(list: &List, file: &Path, t: &Text, warnings: &mut Diagnostics) {
    for hit in list.find(&t.value, &t.ranges()) {
        let (first, last) = (&t.words[hit.words.start], &t.words[hit.words.end - 1]);
        let quoted = t.value[first.range.start..last.range.end].split_whitespace().collect::<Vec<_>>().join(" ");
        warnings.warning(
            &t.file,
            first.pos,
            format!("\"{quoted}\" is {}", hit.kind.says()),
            Some(format!(
                "write {} instead (or add it to {} under keep: if your pages explain it)",
                alternatives(&hit.term.plain),
                file.display()
            )),
        );
    }
}

/// `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
fn alternatives(plain: &[String]) -> String {
    let q: Vec<String> = plain.iter().map(|p| format!("\"{p}\"")).collect();
    match q.split_last() {
        None => "a plainer word".into(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// What the types of a glossary do not catch: empty terms and terms with nothing to say
/// instead.
fn glossary_problems(g: &Glossary, file: &Path, text: &str, errors: &mut Diagnostics) {
    for (i, t) in g.flag.iter().enumerate() {
        let at = |key: &'static str| locate::locate(text, &[Seg::Key("flag"), Seg::Idx(i), Seg::Key(key)], 0);
        if Pattern::new(&t.term).is_none() {
            errors.error(
                file,
                at("term"),
                "this term has no words",
                Some("write the word to flag, e.g. `term: erythema`".into()),
            );
        }
        for (j, f) in t.also.iter().enumerate() {
            if Pattern::new(f).is_none() {
                let pos = locate::locate(text, &[Seg::Key("flag"), Seg::Idx(i), Seg::Key("also"), Seg::Idx(j)], 0);
                errors.error(
                    file,
                    pos,
                    "this form has no words",
                    Some("write another form of the term, or remove it".into()),
                );
            }
        }
        if t.plain.iter().all(|p| words(p).is_empty()) {
            errors.error(
                file,
                at("plain"),
                format!("`{}` has no plain words to suggest", t.term),
                Some("say what to write instead, e.g. `plain: [redness]`".into()),
            );
        }
    }
    for (i, k) in g.keep.iter().enumerate() {
        if words(k).is_empty() {
            errors.error(
                file,
                locate::locate(text, &[Seg::Key("keep"), Seg::Idx(i)], 0),
                "this kept term has no words",
                Some("write the term your pages explain, e.g. `keep: [keloid]`".into()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> List {
        List::shipped("en-GB").expect("an English list")
    }

    /// The words flagged in `text`, as written.
    fn flagged(list: &List, text: &str) -> Vec<String> {
        let ws = words(text);
        list.find(text, &ws)
            .into_iter()
            .map(|h| text[ws[h.words.start].start..ws[h.words.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn shipped_lists_load_and_are_long_enough() {
        for (lang, at_least) in [("en", 40), ("es", 25)] {
            let list = List::shipped(lang).unwrap();
            assert!(list.entries.len() >= at_least, "{lang}: {}", list.entries.len());
            for e in &list.entries {
                assert!(!e.patterns.is_empty() && !e.plain.is_empty(), "{lang}: {:?}", e.term);
            }
        }
        assert!(List::shipped("es-MX").is_some());
        assert!(List::shipped("ar").is_none());
    }

    /// `find` as it first was: every word of the text folded, every word looked up.
    fn find_everywhere<'a>(list: &'a List, text: &str, ws: &[Range<usize>]) -> Vec<Hit<'a>> {
        let folded: Vec<String> = ws.iter().map(|r| fold(&text[r.clone()])).collect();
        let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
        let gaps: Vec<&str> = (0..=ws.len())
            .map(|i| match (i, ws.get(i)) {
                (0, _) => "",
                (_, Some(w)) => &text[ws[i - 1].end..w.start],
                (_, None) => &text[ws[i - 1].end..],
            })
            .collect();
        let (mut out, mut i) = (Vec::new(), 0);
        while i < ws.len() {
            let best = first_words(folded[i])
                .into_iter()
                .flatten()
                .filter_map(|k| list.by_first.get(k))
                .flatten()
                .chain(&list.open)
                .filter_map(|&(e, p)| Some((list.entries[e].patterns[p].matches(&folded, &gaps, i)?, e)))
                .max_by_key(|&(n, e)| (n, std::cmp::Reverse(e)));
            match best {
                Some((n, e)) => {
                    if !explained(&list.entries[e], &folded, &gaps, i, i + n) {
                        out.push(Hit { words: i..i + n, term: &list.entries[e].term, kind: list.entries[e].kind });
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    proptest::proptest! {
        /// Reading only the words near a possible term finds what reading every word found:
        /// texts of the lists' terms, their forms and plain words, in capitals, plural,
        /// with accents, in brackets, beside other words.
        #[test]
        fn finding_near_possible_terms_finds_what_reading_everything_did(
            picks in proptest::collection::vec((0usize..1000, 0usize..9, 0usize..4), 0..40),
            lang in 0usize..2,
        ) {
            let list = List::shipped(["en", "es"][lang]).unwrap();
            let mut pool: Vec<String> = vec!["hair".into(), "the".into(), "skin".into(), "s".into(), "é".into()];
            for e in &list.entries {
                for f in std::iter::once(&e.term.term).chain(&e.term.also).chain(&e.term.plain) {
                    pool.push(f.trim_end_matches('*').to_string());
                }
            }
            let gaps = [" ", " (", ") ", "-", "\n", " \n\n ", ", ", "(", ")"];
            let mut text = String::new();
            for (w, g, how) in picks {
                let w = &pool[w % pool.len()];
                text.push_str(&match how {
                    0 => w.clone(),
                    1 => w.to_uppercase(),
                    2 => format!("{w}es"),
                    _ => w.replace('o', "ó"),
                });
                text.push_str(gaps[g]);
            }
            let ws = words(&text);
            proptest::prop_assert_eq!(list.find(&text, &ws), find_everywhere(&list, &text, &ws), "{:?}", text);
        }
    }

    #[test]
    fn whole_words_any_case_and_plurals() {
        let l = en();
        assert_eq!(flagged(&l, "Some Erythema is normal."), ["Erythema"]);
        assert_eq!(flagged(&l, "ERYTHEMATOUS skin"), ["ERYTHEMATOUS"]);
        // Not inside another word: `topical` is not `topically` (the list names that form).
        assert_eq!(flagged(&l, "Apply it topically."), ["topically"]);
        assert!(flagged(&l, "Nontopical").is_empty());
        assert!(flagged(&l, "lymphoma").is_empty(), "a word that only starts like a term");
        // A regular plural of the last word.
        assert_eq!(flagged(&l, "two pustules and some abrasions"), ["pustules", "abrasions"]);
        // A form ending in * takes any ending... through `also` only.
        let mut g = Glossary::default();
        g.flag.push(Term { term: "cicatri*".into(), also: vec![], plain: vec!["healing".into()], kind: None });
        let mut l2 = en();
        l2.extend(&g);
        assert_eq!(flagged(&l2, "Cicatrizing skin"), ["Cicatrizing"]);
    }

    #[test]
    fn terms_of_several_words_and_hyphens() {
        let l = en();
        assert_eq!(flagged(&l, "Tell us about any adverse reaction."), ["adverse reaction"]);
        assert_eq!(flagged(&l, "any adverse\n  reactions"), ["adverse\n  reactions"]);
        assert!(flagged(&l, "adverse. Reaction").is_empty(), "not across a full stop");
        assert!(flagged(&l, "adverse\n\nreaction").is_empty(), "not across paragraphs");
        assert_eq!(flagged(&l, "your post-procedure care"), ["post-procedure"]);
        assert_eq!(flagged(&l, "your post procedure care"), ["post procedure"]);
        // The longest term wins: `lymphatic fluid` over `lymphatic`.
        assert_eq!(flagged(&l, "lymphatic fluid"), ["lymphatic fluid"]);
    }

    #[test]
    fn a_term_explained_in_brackets_beside_a_plain_word_is_not_flagged() {
        let l = en();
        assert!(flagged(&l, "You may see clear fluid (lymph) or blood.").is_empty());
        assert!(flagged(&l, "- bald patches (alopecia)").is_empty());
        assert!(flagged(&l, "Some erythema (redness) is normal.").is_empty());
        assert_eq!(flagged(&l, "Some erythema (it is normal)."), ["erythema"]);
        assert_eq!(flagged(&l, "Some redness, erythema."), ["erythema"]);
        assert_eq!(flagged(&l, "(Erythema is normal.)"), ["Erythema"], "brackets around more than the term");
        assert_eq!(flagged(&l, "(erythema)"), ["erythema"], "nothing before it explains it");
    }

    #[test]
    fn spanish_ignores_accents_and_case() {
        let l = List::shipped("es").unwrap();
        assert_eq!(flagged(&l, "Crema tópica. Crema topica."), ["tópica", "topica"]);
        assert_eq!(flagged(&l, "Eritema y PRURITO"), ["Eritema", "PRURITO"]);
        assert_eq!(flagged(&l, "no tome analgésicos"), ["analgésicos"]);
        assert!(flagged(&l, "un líquido transparente (linfa)").is_empty());
        assert!(flagged(&l, "los sebos").len() == 1 && flagged(&l, "sebosa").is_empty());
    }

    #[test]
    fn a_glossary_adds_replaces_and_keeps_terms() {
        let g: Glossary = serde_yaml::from_str(
            "flag:\n  - term: hairline\n    plain: [the front edge of your hair]\n  - term: erythema\n    plain: [pinkness]\n    kind: medical\nkeep: [Keloids, topical, nonsense]\n",
        )
        .unwrap();
        let mut l = en();
        let unknown = l.extend(&g);
        assert_eq!(unknown, [2], "`nonsense` names no term");
        let text = "A low hairline, a keloid, topical creams, erythema.";
        let ws = words(text);
        let hits = l.find(text, &ws);
        let names: Vec<(&str, Kind)> = hits.iter().map(|h| (h.term.term.as_str(), h.kind)).collect();
        assert_eq!(names, [("hairline", Kind::Jargon), ("erythema", Kind::Medical)]);
        assert_eq!(hits[1].term.plain, ["pinkness"], "the site's term replaces the shipped one");
        // Keeping a term keeps its forms too.
        assert!(flagged(&l, "Apply it topically.").is_empty());
        // Unknown keys are refused.
        assert!(serde_yaml::from_str::<Glossary>("flags: []\n").is_err());
        assert!(serde_yaml::from_str::<Glossary>("flag:\n  - term: x\n    plain: [y]\n    say: z\n").is_err());
    }

    #[test]
    fn alternatives_read_as_a_list() {
        assert_eq!(alternatives(&["redness".into()]), "\"redness\"");
        assert_eq!(alternatives(&["a".into(), "b".into(), "c".into()]), "\"a\", \"b\" or \"c\"");
    }
}
