//! Reading grades for patient pages: SMOG (the formula health services use) and
//! Flesch-Kincaid, computed the same way for articles and rendered day pages.
//!
//! Headings, list items and table cells count as sentences of their own, as SMOG's
//! authors advise for text that is not running prose; without that, a bulleted list
//! would read as one endless sentence and score far too high.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grades {
    pub smog: f64,
    pub flesch_kincaid: f64,
    pub sentences: usize,
    pub words: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl Grades {
    pub fn worst(&self) -> f64 {
        self.smog.max(self.flesch_kincaid)
    }
}

/// Grades for a list of text blocks (each a heading, list item or paragraph).
pub fn grade<S: AsRef<str>>(blocks: &[S]) -> Grades {
    let mut sentences = 0usize;
    let mut words = 0usize;
    let mut syllables = 0usize;
    let mut poly = 0usize;
    let mut longest = 0usize;
    for block in blocks {
        for sentence in split_sentences(block.as_ref()) {
            let ws: Vec<&str> = sentence.split_whitespace().filter_map(clean_word).collect();
            if ws.is_empty() {
                continue;
            }
            sentences += 1;
            words += ws.len();
            longest = longest.max(ws.len());
            for w in ws {
                let s = syllable_count(w);
                syllables += s;
                if s >= 3 {
                    poly += 1;
                }
            }
        }
    }
    if sentences == 0 || words == 0 {
        return Grades { smog: 0.0, flesch_kincaid: 0.0, sentences, words, longest_sentence: 0 };
    }
    let (s, w, y, p) = (sentences as f64, words as f64, syllables as f64, poly as f64);
    Grades {
        smog: 1.043 * (p * 30.0 / s).sqrt() + 3.1291,
        flesch_kincaid: (0.39 * w / s + 11.8 * y / w - 15.59).max(0.0),
        sentences,
        words,
        longest_sentence: longest,
    }
}

/// A word stripped of surrounding punctuation; `None` for pure punctuation or numbers.
fn clean_word(w: &str) -> Option<&str> {
    let t = w.trim_matches(|c: char| !c.is_alphanumeric());
    t.chars().any(char::is_alphabetic).then_some(t)
}

/// Splits at `.`, `!` or `?` followed by a space or the end. Abbreviations are rare in
/// plain-language text, so no attempt is made to spot them.
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Syllables by vowel groups, with a silent final "e" dropped: the usual estimate
/// behind published readability tools.
pub fn syllable_count(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // "make", "rinse": a final e is silent, but not in "-le" ("gentle") or after a vowel.
    let le = w[n - 2] == 'l' && !vowel(w[n - 3]);
    if w[n - 1] == 'e' && !le && !vowel(w[n - 2]) && count > 1 {
        count -= 1;
    }
    // "-es"/"-ed" endings are mostly silent ("rinses" keeps it, "used" drops it).
    if n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd' && !matches!(w[n - 3], 't' | 'd') && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Text blocks of a Markdown document: each paragraph, heading, list item and table cell.
pub fn markdown_blocks(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, blocks: &mut Vec<String>| {
        if !cur.trim().is_empty() {
            blocks.push(std::mem::take(cur));
        }
        cur.clear();
    };
    for ev in Parser::new(md) {
        match ev {
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::Start(Tag::Item | Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell)
            | Event::End(TagEnd::Item | TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::TableCell) => {
                flush(&mut cur, &mut blocks)
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut blocks);
    blocks
}

/// Text blocks of the `<main>` element of a rendered page: block-level tags end a block.
pub fn html_blocks(html: &str) -> Vec<String> {
    let main = match (html.find("<main"), html.find("</main>")) {
        (Some(s), Some(e)) if s < e => &html[s..e],
        _ => html,
    };
    let mut blocks = Vec::new();
    let mut cur = String::new();
    let mut rest = main;
    while let Some(lt) = rest.find('<') {
        cur.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt + 1..lt + gt];
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(
            name.as_str(),
            "p" | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "td"
                | "th"
                | "dt"
                | "dd"
                | "div"
                | "section"
                | "header"
                | "footer"
                | "nav"
                | "caption"
                | "figcaption"
                | "summary"
                | "br"
                | "tr"
                | "blockquote"
        ) {
            if !cur.trim().is_empty() {
                blocks.push(unescape(&cur));
            }
            cur.clear();
        } else {
            cur.push(' ');
        }
        rest = &rest[lt + gt + 1..];
    }
    cur.push_str(rest);
    if !cur.trim().is_empty() {
        blocks.push(unescape(&cur));
    }
    blocks
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_usual_estimate() {
        for (w, n) in [
            ("scalp", 1),
            ("rinse", 1),
            ("gentle", 2),
            ("water", 2),
            ("pigment", 2),
            ("micropigmentation", 6),
            ("itchy", 2),
            ("used", 1),
        ] {
            assert_eq!(syllable_count(w), n, "{w}");
        }
    }

    #[test]
    fn plain_text_scores_low_and_dense_text_scores_high() {
        let plain = grade(&["Keep your scalp dry. Do not scratch it.", "Call us if it hurts."]);
        assert!(plain.smog < 6.0 && plain.flesch_kincaid < 3.0, "{plain:?}");
        let dense = grade(&["Postprocedural inflammatory erythema necessitates meticulous avoidance of \
            occlusive emollients, vigorous perspiration and unprotected ultraviolet exposure during epidermal regeneration."]);
        assert!(dense.smog > 12.0 && dense.flesch_kincaid > 12.0, "{dense:?}");
        assert_eq!(dense.longest_sentence, 18);
    }

    #[test]
    fn headings_and_list_items_count_as_sentences() {
        let blocks = markdown_blocks("## Day one\n\n- Keep it dry\n- No hats\n\nRest today.\n");
        assert_eq!(blocks, ["Day one", "Keep it dry", "No hats", "Rest today."]);
        assert_eq!(grade(&blocks).sentences, 4);
        let html = html_blocks("<nav>Menu</nav><main><h1>Day 3</h1><ul><li>Keep it <b>dry</b></li></ul></main>");
        assert_eq!(
            html.iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>(),
            ["Day 3", "Keep it dry"]
        );
    }
}
