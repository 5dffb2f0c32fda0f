//! Every text of a site that a patient reads, word by word, with where each word sits in
//! the site's files: the wording fields of the YAML files (the keys whose values are
//! words, see [`crate::content::translate::is_wording`]), articles' front matter and
//! articles' bodies, in every language.
//!
//! Checks made after loading use it to point at a word or a sentence in the source file
//! rather than at a generated page: [`crate::plain_words`] finds jargon in these texts,
//! and [`Index::find_sentence`] finds where a sentence of a rendered page was written.
//!
//! Only prose counts: a value is read as the Markdown it may be, so the address of a link,
//! code and raw HTML are not words of it. The YAML parser gives no positions for values,
//! so each value is found by its path ([`crate::content::locate`]), then its words are
//! matched one by one against the file's text from there on (a folded line, a block
//! scalar's indentation or a link's address in between do not matter).

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_yaml::Value;

use crate::content::locate::{self, Seg};
use crate::content::{frontmatter, translate, Source, Sources};
use crate::diagnostics::Pos;
use crate::model::Article;

/// One text a patient reads: a YAML value, or an article's body.
#[derive(Debug)]
pub struct Text {
    /// The file it is written in, relative to the site folder.
    pub file: PathBuf,
    /// The language it is in: the one in the file's name (`protocol.es.yaml`), else the
    /// site's default language.
    pub lang: String,
    /// The text as written (Markdown, for most values).
    pub value: String,
    /// Its words, in order.
    pub words: Vec<Word>,
}

/// A word of a [`Text`].
#[derive(Debug, Clone)]
pub struct Word {
    /// Where it is in [`Text::value`] (bytes).
    pub range: Range<usize>,
    /// Lower case, accents removed: what matching compares.
    pub folded: String,
    /// Where it is in the file.
    pub pos: Pos,
}

impl Text {
    /// The byte ranges of the words, for [`crate::plain_words::List::find`].
    pub fn ranges(&self) -> Vec<Range<usize>> {
        self.words.iter().map(|w| w.range.clone()).collect()
    }
}

/// The words of `text`: runs of letters and digits (so `post-procedure` is two words, and
/// `patient's` is `patient` and `s`).
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    push_words(text, 0, &mut out);
    out
}

/// [`words`], `offset` bytes further on, appended to `out`: an article's words are read
/// event by event into one list.
fn push_words(text: &str, offset: usize, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    // Whether a letter or digit starts at `i`, and its length: byte by byte through ASCII
    // (most of any text), a whole character otherwise.
    let letter = |i: usize| match bytes[i] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
        _ => text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    };
    let mut i = 0;
    while i < bytes.len() {
        let (is_letter, len) = letter(i);
        if !is_letter {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (is_letter, len) = letter(i);
            if !is_letter {
                break;
            }
            i += len;
        }
        out.push(offset + start..offset + i);
    }
}

/// A word in lower case with the accents of its vowels removed (`Tópico` -> `topico`),
/// so that a missing or extra accent does not hide a word. `ñ` stays: `año` is not `ano`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`], appended to `out`: a text's words folded into one buffer, not one string
/// each (the jargon scan folds every word of a site).
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        other => other,
    }));
}

/// The prose of a Markdown text: the byte ranges of its words, leaving out link
/// addresses, code, raw HTML and markup.
pub fn prose_words(md: &str) -> Vec<Range<usize>> {
    ProseReader::read(md, true, false).words
}

/// What the checks read in Markdown, fed one parser event at a time (so `check` can read an
/// article in the same parse that renders its page): the prose's word ranges (no code,
/// link addresses or markup), and the text of each paragraph, list item, heading and table
/// cell (code included: it is read out too).
#[derive(Default)]
pub struct ProseReader {
    want_words: bool,
    want_blocks: bool,
    in_code: usize,
    cur: String,
    pub words: Vec<Range<usize>>,
    pub blocks: Vec<String>,
}

impl ProseReader {
    pub fn new(words: bool, blocks: bool) -> Self {
        ProseReader { want_words: words, want_blocks: blocks, ..Default::default() }
    }

    /// Reads all of `md`.
    pub fn read(md: &str, words: bool, blocks: bool) -> Self {
        let mut r = ProseReader::new(words, blocks);
        for (ev, range) in Parser::new_ext(md, crate::markdown::options()).into_offset_iter() {
            r.event(md, &ev, range);
        }
        r.finish()
    }

    /// One event of the parse of `md`, at `range`, as the parser gave it.
    pub fn event(&mut self, md: &str, ev: &Event, range: Range<usize>) {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => self.in_code += 1,
            Event::End(TagEnd::CodeBlock) => self.in_code = self.in_code.saturating_sub(1),
            Event::SoftBreak | Event::HardBreak if self.want_blocks => self.cur.push(' '),
            Event::Start(Tag::Item | Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell)
            | Event::End(TagEnd::Item | TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::TableCell) => self.flush(),
            Event::Code(t) if self.want_blocks => self.cur.push_str(t),
            Event::Text(t) => {
                if self.want_blocks {
                    self.cur.push_str(t);
                }
                if !self.want_words || self.in_code > 0 {
                    return;
                }
                let raw = &md[range.clone()];
                if *raw == **t {
                    push_words(raw, range.start, &mut self.words);
                } else {
                    // An entity or an escape: the words the reader sees, found in the raw text.
                    let found = align(t, &words(t), md, range.start, range.end);
                    self.words.extend(found.into_iter().flatten());
                }
            }
            _ => {}
        }
    }

    /// The last block ended: what was read.
    pub fn finish(mut self) -> Self {
        self.flush();
        self
    }

    fn flush(&mut self) {
        if self.want_blocks && !self.cur.trim().is_empty() {
            self.blocks.push(std::mem::take(&mut self.cur));
        }
        self.cur.clear();
    }
}

/// Finds the words `ws` of `text`, in order, in `raw[from..to]`: each where it next
/// appears (the same word, folded), within a few words of the one before. `None` for a
/// word not found nearby (the next is looked for from the last one found). The raw text
/// is read only as far as the words go.
fn align(text: &str, ws: &[Range<usize>], raw: &str, from: usize, to: usize) -> Vec<Option<Range<usize>>> {
    /// How many words of the raw text may sit between two of the text's: the words of a
    /// link's address, or of a comment.
    const WINDOW: usize = 40;
    let mut raw_words = RawWords { text: &raw[..to], at: from };
    // Raw words read so far, folded, and the first not yet used.
    let mut seen: Vec<(Range<usize>, String)> = Vec::new();
    let mut at = 0;
    ws.iter()
        .map(|w| {
            let want = fold(&text[w.clone()]);
            let from = at;
            for i in from..from + WINDOW {
                if i == seen.len() {
                    let r = raw_words.next()?;
                    let f = fold(&raw[r.clone()]);
                    seen.push((r, f));
                }
                if seen[i].1 == want {
                    at = i + 1;
                    return Some(seen[i].0.clone());
                }
            }
            None
        })
        .collect()
}

/// The words of a text from a byte offset on, one at a time (see [`words`]).
struct RawWords<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for RawWords<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let rest = &self.text[self.at..];
        let start = self.at + rest.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
        let len = self.text[start..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(self.text.len() - start, |(i, _)| i);
        self.at = start + len;
        Some(start..start + len)
    }
}

/// Line starts of a text, to turn byte offsets into positions.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Lines of the real file above `text`.
    offset: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, offset: usize) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Lines { text, starts, offset }
    }

    fn pos(&self, byte: usize) -> Pos {
        let line = self.starts.partition_point(|&s| s <= byte).saturating_sub(1);
        let col = self.text[self.starts[line]..byte].chars().count() + 1;
        Pos::new(line + 1 + self.offset, col)
    }

    fn byte(&self, pos: Pos) -> usize {
        let Some(&start) = pos.line.checked_sub(1 + self.offset).and_then(|l| self.starts.get(l)) else { return 0 };
        let line = &self.text[start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        start + line.char_indices().nth(pos.col.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
    }
}

/// The language of a file: the tag in its name (`about.es.md`), else `default`.
pub fn language_of_file(path: &Path, default: &str) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    translate::language_of(&name).unwrap_or(default).to_string()
}

/// The patient texts of the site's YAML: the wording of every YAML file and front matter
/// in `sources`. Articles' bodies are made one at a time by [`body_text`].
pub fn collect(sources: &Sources, default_lang: &str) -> Vec<Text> {
    use rayon::prelude::*;
    // In parallel: a site of 10,000 articles has as many front matters to read.
    sources
        .as_slice()
        .par_iter()
        .flat_map_iter(|s| {
            let mut out = Vec::new();
            yaml_texts(s, default_lang, true, &mut out);
            out
        })
        .collect()
}

/// The wording values of one YAML file (or front matter).
fn yaml_texts(s: &Source, default_lang: &str, fast: bool, out: &mut Vec<Text>) {
    let Some(found) = wording(&s.text, fast) else { return };
    let lang = language_of_file(&s.path, default_lang);
    let lines = Lines::new(&s.text, s.line_offset);
    for Wording { path, value, written_at } in found {
        let ws = prose_words(&value);
        let (at, placed) = match written_at {
            // Written as it reads: each word is where it is in the value.
            Some(start) => (lines.pos(start), ws.iter().map(|r| Some(start + r.start..start + r.end)).collect()),
            None => {
                let segs: Vec<Seg> = path
                    .iter()
                    .map(|p| match p {
                        Step::Key(k) => Seg::Key(k),
                        Step::Idx(i) => Seg::Idx(*i),
                    })
                    .collect();
                let at = locate::locate(&s.text, &segs, s.line_offset);
                let from = lines.byte(at).min(s.text.len());
                (at, align(&value, &ws, &s.text, from, s.text.len()))
            }
        };
        let mut last = at;
        let words = ws
            .into_iter()
            .zip(placed)
            .map(|(range, raw)| {
                if let Some(r) = raw {
                    last = lines.pos(r.start);
                }
                Word { folded: fold(&value[range.clone()]), range, pos: last }
            })
            .collect();
        out.push(Text { file: s.path.clone(), lang: lang.clone(), value, words });
    }
}

/// A wording value of a YAML text.
#[derive(Debug, PartialEq)]
pub struct Wording {
    /// Where it is in the YAML.
    pub path: Vec<Step>,
    pub value: String,
    /// The byte its value starts at in the text, when it is written there as it reads
    /// (no quotes to undo, no folded lines): then its words need not be looked for.
    pub written_at: Option<usize>,
}

/// The wording values of a YAML text, in the order written; `None` when it is not YAML.
/// `fast`: a front matter of the plain shape nearly every article has is read without the
/// YAML parser ([`frontmatter::simple`]), its values where they are written: on a site of
/// 10,000 articles, parsing their front matters a second time and finding each value by
/// its path were a sixth of `check`'s time. (Public, both ways, so that `tests/fuzz.rs`
/// can check that they agree.)
pub fn wording(text: &str, fast: bool) -> Option<Vec<Wording>> {
    if let Some(fm) = fast.then(|| frontmatter::simple(text)).flatten() {
        // Its only wording is its title and summary (`review` is not read by patients),
        // each on one line at the top level, plain or in double quotes with no escapes.
        let mut found = Vec::with_capacity(2);
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            for (key, value) in [("title", &fm.title), ("summary", &fm.summary)] {
                if let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(": ")) {
                    let quote = usize::from(rest.starts_with('"'));
                    let at = start + key.len() + 2 + quote;
                    found.push(Wording {
                        path: vec![Step::Key(key.into())],
                        value: value.clone(),
                        written_at: Some(at),
                    });
                }
            }
            start += line.len();
        }
        return Some(found);
    }
    let value = serde_yaml::from_str::<Value>(text).ok()?;
    let mut found = Vec::new();
    walk(&value, &mut Vec::new(), false, &mut found);
    Some(found.into_iter().map(|(path, value)| Wording { path, value, written_at: None }).collect())
}

/// A step of a path into a YAML value.
#[derive(Debug, PartialEq)]
pub enum Step {
    Key(String),
    Idx(usize),
}

/// The strings of `v` that are words for the patient, with their paths.
fn walk(v: &Value, path: &mut Vec<Step>, wording: bool, out: &mut Vec<(Vec<Step>, String)>) {
    match v {
        Value::Mapping(m) => {
            for (k, v) in m {
                let Some(key) = k.as_str() else { continue };
                // Who reviewed a file, and which version a translation follows, are not read
                // by patients.
                if path.is_empty() && matches!(key, "review" | "translated_from") {
                    continue;
                }
                let words = wording || translate::is_wording(key, v);
                path.push(Step::Key(key.to_string()));
                walk(v, path, words, out);
                path.pop();
            }
        }
        Value::Sequence(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Step::Idx(i));
                walk(v, path, wording, out);
                path.pop();
            }
        }
        Value::String(s) if wording => {
            let copy = path
                .iter()
                .map(|p| match p {
                    Step::Key(k) => Step::Key(k.clone()),
                    Step::Idx(i) => Step::Idx(*i),
                })
                .collect();
            out.push((copy, s.clone()));
        }
        Value::Tagged(t) => walk(&t.value, path, wording, out),
        _ => {}
    }
}

/// An article's body (made when it is checked, not kept: a big site's bodies, word by
/// word, would take several times the memory of the whole build).
pub fn body_text(a: &Article, body: &str, default_lang: &str) -> Text {
    let lines = Lines::new(body, a.body_line.saturating_sub(1));
    let words = prose_words(body)
        .into_iter()
        .map(|range| Word { folded: fold(&body[range.clone()]), pos: lines.pos(range.start), range })
        .collect();
    Text { file: a.source.clone(), lang: language_of_file(&a.source, default_lang), value: body.to_string(), words }
}

/// The texts, indexed by word, to find where a sentence of a rendered page was written.
pub struct Index<'a> {
    texts: Vec<&'a Text>,
    /// Folded word -> (text, word) where it occurs.
    by_word: HashMap<&'a str, Vec<(usize, usize)>>,
}

impl<'a> Index<'a> {
    pub fn new(texts: impl IntoIterator<Item = &'a Text>) -> Self {
        let texts: Vec<&Text> = texts.into_iter().collect();
        let mut by_word: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (t, text) in texts.iter().enumerate() {
            for (w, word) in text.words.iter().enumerate() {
                by_word.entry(word.folded.as_str()).or_default().push((t, w));
            }
        }
        Index { texts, by_word }
    }

    /// Where `sentence` (plain text, as a page shows it) was written: the file and the
    /// position of its first word. The text sharing the longest run of words with it wins,
    /// among those `rank` accepts (`Some(rank)`, higher preferred on equal runs). A
    /// sentence is found when at least half its words (and at least three, or all of a
    /// shorter one) are one run of a text: words the page adds around the clinic's (a
    /// status label before them) do not stop it being found.
    pub fn find_sentence(&self, sentence: &str, rank: impl Fn(&Text) -> Option<u8>) -> Option<(&'a Path, Pos)> {
        let want: Vec<String> = words(sentence).into_iter().map(|r| fold(&sentence[r])).collect();
        let n = want.len();
        if n == 0 {
            return None;
        }
        let need = n.min(3).max(n.div_ceil(2));
        let hits = |w: &String| self.by_word.get(w.as_str()).map_or(&[][..], Vec::as_slice);
        // Any run of `need` words holds exactly one word at a position of each remainder
        // modulo `need`: the runs through the words of one remainder are all the runs, and
        // the remainder whose words occur least is the cheapest to follow (a word that
        // occurs nowhere: no run is long enough).
        let anchors = (0..need)
            .map(|r| (r..n).step_by(need).collect::<Vec<_>>())
            .min_by_key(|ps| ps.iter().map(|&p| hits(&want[p]).len()).sum::<usize>())?;
        let mut best: Option<(usize, u8, usize, usize)> = None;
        for p in anchors {
            for &(t, j) in hits(&want[p]) {
                let words = &self.texts[t].words;
                let back = (1..=p.min(j)).take_while(|&k| want[p - k] == words[j - k].folded).count();
                let fwd = (1..(n - p).min(words.len() - j)).take_while(|&k| want[p + k] == words[j + k].folded).count();
                let len = back + 1 + fwd;
                if len < need {
                    continue;
                }
                let Some(r) = rank(self.texts[t]) else { continue };
                let start = j - back;
                let better = match best {
                    None => true,
                    Some((l, br, bt, bs)) => (len, r) > (l, br) || ((len, r) == (l, br) && (t, start) < (bt, bs)),
                };
                if better {
                    best = Some((len, r, t, start));
                }
            }
        }
        best.map(|(_, _, t, w)| (self.texts[t].file.as_path(), self.texts[t].words[w].pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(path: &str, text: &str, offset: usize) -> Sources {
        let mut s = Sources::default();
        s.add(path.into(), text.into(), offset);
        s
    }

    fn word_at<'t>(texts: &'t [Text], word: &str) -> &'t Word {
        texts
            .iter()
            .flat_map(|t| t.words.iter().map(move |w| (t, w)))
            .find(|(t, w)| &t.value[w.range.clone()] == word)
            .unwrap_or_else(|| panic!("{word} not found"))
            .1
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_in_any_script() {
        let text = "Post-procedure: el año’s 3rd día, ٣ أيام; naïve «crème»!";
        let got: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Post", "procedure", "el", "año", "s", "3rd", "día", "٣", "أيام", "naïve", "crème"]);
        assert!(words(" \n–…").is_empty());
        let one = words("día");
        assert_eq!((one.len(), one[0].clone()), (1, 0..4), "a whole word, its bytes");
    }

    #[test]
    fn words_of_wording_fields_are_placed_in_the_file() {
        let yaml = "\
# say: a comment that is not read
rules:
  - activity: wet-head
    phases:
      - days: 0-3
        say: Keep it dry. See [the guide](@/guide/alpha) about erythema.
      - days: 4+
        say: >-
          Let lukewarm water
            run over it.
        cites: [erythema]
";
        let texts = collect(&source("content/protocol.yaml", yaml, 0), "en");
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert_eq!(word_at(&texts, "Keep").pos, Pos::new(6, 14));
        assert_eq!(word_at(&texts, "erythema").pos, Pos::new(6, 64));
        assert_eq!(word_at(&texts, "run").pos, Pos::new(10, 13));
        // The address of the link is not prose; ids (`cites`) are not wording.
        assert!(texts.iter().all(|t| t.words.iter().all(|w| w.folded != "alpha")));
        assert_eq!(texts.iter().flat_map(|t| &t.words).filter(|w| w.folded == "erythema").count(), 1);
    }

    #[test]
    fn front_matter_and_bodies_count_lines_of_the_whole_file() {
        let fm = "title: Itching\nsummary: Why pruritus happens.\norder: 2\n";
        let texts = collect(&source("content/articles/itch.es.md", fm, 1), "en");
        assert_eq!(word_at(&texts, "pruritus").pos, Pos::new(3, 14));
        assert_eq!(texts[0].lang, "es");
        let a = Article {
            slug: "itch".into(),
            source: "content/articles/itch.md".into(),
            meta: serde_yaml::from_str("title: x\nsummary: y\n").unwrap(),
            body: "\n## Why\n\nIt is `code erythema` and *real* erythema.\n".into(),
            body_line: 5,
            images: Default::default(),
            has_images: false,
            fallback: false,
        };
        let body = crate::content::body(&a).unwrap();
        let texts = [body_text(&a, &body, "en-GB")];
        assert_eq!(texts[0].lang, "en-GB");
        let hits: Vec<Pos> = texts[0].words.iter().filter(|w| w.folded == "erythema").map(|w| w.pos).collect();
        assert_eq!(hits, [Pos::new(8, 34)], "code is not prose");
    }

    #[test]
    fn front_matter_read_fast_places_its_words_as_the_parser_would() {
        for fm in [
            "title: Itching\nsummary: Why pruritus happens.\norder: 2\n",
            "order: 1\nsummary: \"Sun, then *shade*, then <b>more</b> sun\"\ntitle: Long   gaps  here\n",
            "title: \"Años de cuidado\"\r\nsummary: Día a día, con `code` y más.\r\nreview:\r\n  by: Ana\r\n  date: 2026-01-02\r\n  next: 2027-01-02\r\n",
        ] {
            assert!(frontmatter::simple(fm).is_some(), "{fm}");
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            let s = &source("content/articles/a.es.md", fm, 1);
            yaml_texts(&s.as_slice()[0], "en", true, &mut fast);
            yaml_texts(&s.as_slice()[0], "en", false, &mut slow);
            let words = |t: &[Text]| -> Vec<(String, Range<usize>, Pos)> {
                t.iter().flat_map(|t| t.words.iter().map(|w| (w.folded.clone(), w.range.clone(), w.pos))).collect()
            };
            assert_eq!(words(&fast), words(&slow), "{fm}");
            assert_eq!(fast.len(), 2, "{fm}");
        }
    }

    #[test]
    fn a_rendered_sentence_is_found_where_it_was_written() {
        let yaml = "rules:\n  - say: Rest today.\n    about: |\n      Day one.\n      Not yet, keep your scalp dry and out of the sun for now.\n";
        let mut s = source("content/timeline.yaml", "about: Keep your scalp dry and out of the sun.\n", 0);
        s.add("content/protocol.yaml".into(), yaml.into(), 0);
        let texts = collect(&s, "en");
        let index = Index::new(&texts);
        let any = |_: &Text| Some(0);
        // The page put "Not yet" before it; the longest run wins.
        let (file, pos) =
            index.find_sentence("Wait: not yet, keep your scalp dry and out of the sun for now.", any).unwrap();
        assert_eq!((file, pos), (Path::new("content/protocol.yaml"), Pos::new(5, 7)));
        let (file, pos) = index.find_sentence("Keep your scalp dry and out of the sun.", any).unwrap();
        assert_eq!(file, Path::new("content/timeline.yaml"), "equal runs: the first text");
        assert_eq!(pos, Pos::new(1, 8));
        // A preference breaks a tie.
        let prefer = |t: &Text| Some(u8::from(t.file.ends_with("protocol.yaml")));
        assert_eq!(index.find_sentence("keep your scalp dry", prefer).unwrap().0, Path::new("content/protocol.yaml"));
        // Too little in common: not found.
        assert!(index.find_sentence("Call us on 0161 496 0321 if your scalp hurts.", any).is_none());
        assert!(index.find_sentence("Rest today.", |_| None).is_none());
    }
}
