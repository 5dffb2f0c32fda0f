//! Reading grades for patient pages, computed the same way for articles and rendered day
//! pages, with formulas made for the page's language:
//!
//! - English (`en`, `en-GB`...): SMOG (the formula health services use) and
//!   Flesch-Kincaid, both US school grades;
//! - Spanish (`es`, `es-MX`...): Fernández-Huerta and Szigriszt-Pazos, reading-ease
//!   scores (higher is easier) counted with Spanish syllables, each turned into a school
//!   grade by its published table (see [`FERNANDEZ_HUERTA`] and [`INFLESZ`]);
//! - any other language: no formula; only the length of sentences is measured.
//!
//! Headings, list items and table cells count as sentences of their own, as SMOG's
//! authors advise for text that is not running prose; without that, a bulleted list
//! would read as one endless sentence and score far too high.

/// Which formulas measure a language's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Formula {
    /// SMOG and Flesch-Kincaid: US school grades, for English.
    #[default]
    English,
    /// Fernández-Huerta and Szigriszt-Pazos: reading ease (about 0 to 100, higher is
    /// easier), for Spanish.
    Spanish,
    /// No formula is known for the language: only sentence length is measured.
    Unknown,
}

impl Formula {
    /// The formulas for a language tag (`en`, `en-GB`, `es-419`, `ar`): by its first part.
    pub fn for_language(tag: &str) -> Formula {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Formula::English
        } else if primary.eq_ignore_ascii_case("es") {
            Formula::Spanish
        } else {
            Formula::Unknown
        }
    }

    /// The formulas' names, as messages give them.
    pub fn name(self) -> &'static str {
        match self {
            Formula::English => "SMOG and Flesch-Kincaid",
            Formula::Spanish => "Fernández-Huerta and Szigriszt-Pazos",
            Formula::Unknown => "none",
        }
    }
}

/// What a text measures. Only the scores of its [`Formula`] are set; the others are 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grades {
    pub formula: Formula,
    /// English: SMOG grade.
    pub smog: f64,
    /// English: Flesch-Kincaid grade.
    pub flesch_kincaid: f64,
    /// Spanish: Fernández-Huerta reading ease (lecturabilidad).
    pub fernandez_huerta: f64,
    /// Spanish: Szigriszt-Pazos reading ease (perspicuidad), read on the INFLESZ scale.
    pub szigriszt_pazos: f64,
    pub sentences: usize,
    pub words: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl Grades {
    /// The school grade the text reads at, the harder of the two formulas': SMOG or
    /// Flesch-Kincaid in English; in Spanish the grade its ease scores stand for (see
    /// [`FERNANDEZ_HUERTA`] and [`INFLESZ`]). `None` with no formula for the language.
    pub fn school_grade(&self) -> Option<f64> {
        if self.words == 0 {
            return (self.formula != Formula::Unknown).then_some(0.0);
        }
        match self.formula {
            Formula::English => Some(self.smog.max(self.flesch_kincaid)),
            Formula::Spanish => {
                Some(FERNANDEZ_HUERTA.grade(self.fernandez_huerta).max(INFLESZ.grade(self.szigriszt_pazos)))
            }
            Formula::Unknown => None,
        }
    }

    /// [`Grades::school_grade`], 0 where there is no formula.
    pub fn worst(&self) -> f64 {
        self.school_grade().unwrap_or(0.0)
    }
}

/// A published table that reads a reading-ease score as a level of difficulty and a
/// school grade.
pub struct EaseScale {
    /// The formula's name.
    pub name: &'static str,
    /// Whose bands, where they are not the formula's author's: "INFLESZ ".
    scale: &'static str,
    /// Each band's lowest score and its name, easiest first.
    bands: &'static [(f64, &'static str)],
    /// (score, US school grade) points, easiest first; the grade between two points is
    /// read off the straight line between them, and stays at the end points beyond them.
    grades: &'static [(f64, f64)],
}

/// Fernández-Huerta (1959), "Medidas sencillas de lecturabilidad", Consigna 214: 29-32.
/// It is Flesch's Reading Ease refitted to Spanish words (same 206.84 and sentence
/// weight), and its table keeps Flesch's bands:
///
/// | score  | Fernández-Huerta     | his grade (Spain)  | Flesch (1949) US grade | here       |
/// |--------|----------------------|--------------------|------------------------|------------|
/// | 90-100 | muy fácil            | 4º                 | 5th                    | 4 to 5     |
/// | 80-90  | fácil                | 5º                 | 6th                    | 5 to 6     |
/// | 70-80  | bastante fácil       | 6º                 | 7th                    | 6 to 7     |
/// | 60-70  | normal (para adulto) | 7º u 8º            | 8th and 9th            | 7 to 9     |
/// | 50-60  | algo difícil         | preuniversitario   | 10th to 12th           | 9 to 12    |
/// | 30-50  | difícil              | cursos selectivos  | college                | 12 to 16   |
/// | 0-30   | muy difícil          | universitario      | college graduate       | 16 to 18   |
///
/// Sources: the table as given by legible.es ("Lecturabilidad de Fernández Huerta") and
/// the INFLESZ program (50-60 is "bastante difícil" there); Flesch, The Art of Readable
/// Writing (1949), for the US grades. The limit is a US grade like SMOG's, so the
/// grades are Flesch's (one grade stricter than Fernández-Huerta's own), as a line
/// through the bands on which each band's scores round to its grade (70-80, "7th
/// grade", is 6 to 7): a score of 70 is grade 7, 65 grade 8, 60 grade 9. On English text
/// this line agrees with Flesch-Kincaid (a Reading Ease of 65 comes out near
/// Flesch-Kincaid 8). With the default limit of 8, Spanish text needs 65 or more.
pub const FERNANDEZ_HUERTA: EaseScale = EaseScale {
    name: "Fernández-Huerta",
    scale: "",
    bands: &[
        (90.0, "muy fácil"),
        (80.0, "fácil"),
        (70.0, "bastante fácil"),
        (60.0, "normal"),
        (50.0, "algo difícil"),
        (30.0, "difícil"),
        (f64::NEG_INFINITY, "muy difícil"),
    ],
    grades: &[
        (100.0, 4.0),
        (90.0, 5.0),
        (80.0, 6.0),
        (70.0, 7.0),
        (60.0, 9.0),
        (50.0, 12.0),
        (30.0, 16.0),
        (0.0, 18.0),
    ],
};

/// The INFLESZ scale for Szigriszt-Pazos's perspicuity: Barrio-Cantalejo et al. (2008),
/// "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos
/// a pacientes", An Sist Sanit Navar 31(2): 135-152, made for patient texts (Szigriszt's
/// own 1993 bands were drawn from too small a sample, it found). Its bands name a stage
/// of Spanish schooling, turned here into US grades (primaria is grades 1-6, ESO 7-10,
/// bachillerato 11-12, university 13 on):
///
/// | score  | INFLESZ        | reads like                           | here     |
/// |--------|----------------|--------------------------------------|----------|
/// | 80-100 | muy fácil      | primaria, comics                     | 2 to 4   |
/// | 65-80  | bastante fácil | primaria, gossip press, best-sellers | 4 to 6   |
/// | 55-65  | normal         | ESO, general and sports press        | 6 to 10  |
/// | 40-55  | algo difícil   | bachillerato, popular science        | 10 to 12 |
/// | 0-40   | muy difícil    | university, scientific               | 12 to 16 |
///
/// (Both easy bands are primaria; splitting its grades between them is this tool's
/// choice, and matters only for limits below 6.)
///
/// INFLESZ asks patient texts to be at least "normal" (55). With the default limit of 8
/// Spanish text needs 60 or more, which agrees with Fernández-Huerta's 65: on the same
/// text Fernández-Huerta scores about 4 points above Szigriszt-Pazos.
pub const INFLESZ: EaseScale = EaseScale {
    name: "Szigriszt-Pazos",
    scale: "INFLESZ ",
    bands: &[
        (80.0, "muy fácil"),
        (65.0, "bastante fácil"),
        (55.0, "normal"),
        (40.0, "algo difícil"),
        (f64::NEG_INFINITY, "muy difícil"),
    ],
    grades: &[(100.0, 2.0), (80.0, 4.0), (65.0, 6.0), (55.0, 10.0), (40.0, 12.0), (0.0, 16.0)],
};

impl EaseScale {
    /// The name of the band `score` falls in ("normal", "algo difícil").
    pub fn band(&self, score: f64) -> &'static str {
        self.bands.iter().find(|(from, _)| score >= *from).map_or("muy difícil", |b| b.1)
    }

    /// The US school grade `score` stands for.
    pub fn grade(&self, score: f64) -> f64 {
        let g = self.grades;
        if score >= g[0].0 {
            return g[0].1;
        }
        for w in g.windows(2) {
            let ((s0, g0), (s1, g1)) = (w[0], w[1]);
            if score >= s1 {
                return g1 + (g0 - g1) * (score - s1) / (s0 - s1);
            }
        }
        g[g.len() - 1].1
    }

    /// The lowest score that reads at `grade` or below: what a text needs for a limit.
    pub fn score_for(&self, grade: f64) -> f64 {
        let g = self.grades;
        if grade <= g[0].1 {
            return g[0].0;
        }
        for w in g.windows(2) {
            let ((s0, g0), (s1, g1)) = (w[0], w[1]);
            if grade <= g1 {
                return s1 + (s0 - s1) * (g1 - grade) / (g1 - g0);
            }
        }
        g[g.len() - 1].0
    }

    /// "Fernández-Huerta 58.2 (algo difícil, about grade 9.5)", "Szigriszt-Pazos 54.0
    /// (INFLESZ algo difícil, about grade 10.1)".
    pub fn describe(&self, score: f64) -> String {
        format!("{} {score:.1} ({}{}, about grade {:.1})", self.name, self.scale, self.band(score), self.grade(score))
    }
}

/// Grades for a list of text blocks (each a heading, list item or paragraph) in English.
pub fn grade<S: AsRef<str>>(blocks: &[S]) -> Grades {
    grade_in(Formula::English, blocks)
}

/// Grades for a list of text blocks with `formula`'s syllables and formulas.
pub fn grade_in<S: AsRef<str>>(formula: Formula, blocks: &[S]) -> Grades {
    let mut total = Counts::default();
    for block in blocks {
        each_sentence(formula, block.as_ref(), |_, c| {
            if let Some(c) = c {
                total.add(&c);
            }
        });
    }
    total.grades(formula)
}

/// What the formulas count in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Counts {
    sentences: usize,
    words: usize,
    syllables: usize,
    /// Words of three syllables or more (SMOG's).
    poly: usize,
    longest: usize,
}

impl Counts {
    fn add(&mut self, c: &Counts) {
        self.sentences += c.sentences;
        self.words += c.words;
        self.syllables += c.syllables;
        self.poly += c.poly;
        self.longest = self.longest.max(c.longest);
    }

    /// These counts without `c`'s (the longest sentence is left as it was).
    fn without(&self, c: &Counts) -> Counts {
        Counts {
            sentences: self.sentences - c.sentences,
            words: self.words - c.words,
            syllables: self.syllables - c.syllables,
            poly: self.poly - c.poly,
            longest: self.longest,
        }
    }

    fn grades(&self, formula: Formula) -> Grades {
        let mut g = Grades {
            formula,
            smog: 0.0,
            flesch_kincaid: 0.0,
            fernandez_huerta: 0.0,
            szigriszt_pazos: 0.0,
            sentences: self.sentences,
            words: self.words,
            longest_sentence: self.longest,
        };
        if self.sentences == 0 || self.words == 0 {
            return g;
        }
        let (s, w, y, p) = (self.sentences as f64, self.words as f64, self.syllables as f64, self.poly as f64);
        match formula {
            Formula::English => {
                g.smog = 1.043 * (p * 30.0 / s).sqrt() + 3.1291;
                g.flesch_kincaid = (0.39 * w / s + 11.8 * y / w - 15.59).max(0.0);
            }
            Formula::Spanish => {
                // L = 206.84 - 0.60 P - 1.02 F, P syllables per 100 words, F words per sentence.
                // F is often printed as "sentences per 100 words", which makes shorter sentences
                // score harder; Fernández-Huerta adapted Flesch (206.835 - 0.846 P - 1.015 F,
                // F words per sentence), and the corrected form is the one used here: G. Law,
                // "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332
                // (2011), as legible.es also gives it.
                g.fernandez_huerta = 206.84 - 0.60 * (100.0 * y / w) - 1.02 * (w / s);
                // Szigriszt-Pazos (1993): 206.835 - 62.3 syllables/words - words/sentences.
                g.szigriszt_pazos = 206.835 - 62.3 * (y / w) - w / s;
            }
            Formula::Unknown => {}
        }
        g
    }
}

/// The sentences of text blocks, as grading splits them, each with its words counted, and
/// tidied for quoting (see [`tidy`]).
pub fn sentences<S: AsRef<str>>(blocks: &[S]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for block in blocks {
        // Words only: no language's syllables are needed.
        each_sentence(Formula::Unknown, block.as_ref(), |sentence, c| {
            if let Some(c) = c {
                out.push((tidy(sentence), c.words));
            }
        });
    }
    out
}

/// A sentence as a message quotes it: spaces and line breaks made single spaces, and none
/// before a comma or full stop (a page's inline tags leave one: "Sources: A , B").
fn tidy(sentence: &str) -> String {
    let mut out = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in [",", ".", ";", ":", "!", "?", ")"] {
        out = out.replace(&format!(" {p}"), p);
    }
    out
}

/// The sentences of text blocks, hardest first: by how much the text's school grade falls
/// without the sentence (every copy of it), then the longest. What a grade warning quotes:
/// the sentences that make the text hard, not a short one with one long word. Each
/// sentence once, with the grade the text would have without it.
pub fn hardest_sentences<S: AsRef<str>>(formula: Formula, blocks: &[S]) -> Vec<(String, f64)> {
    let mut each: Vec<(String, Counts)> = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut total = Counts::default();
    for block in blocks {
        each_sentence(formula, block.as_ref(), |sentence, c| {
            let Some(c) = c else { return };
            total.add(&c);
            let text = tidy(sentence);
            match seen.get(&text) {
                Some(&i) => each[i].1.add(&c),
                None => {
                    seen.insert(text.clone(), each.len());
                    each.push((text, c));
                }
            }
        });
    }
    let mut out: Vec<(String, f64, usize)> = each
        .into_iter()
        .map(|(text, c)| {
            let left = total.without(&c);
            let grade = if left.words == 0 { 0.0 } else { left.grades(formula).worst() };
            (text, grade, c.longest)
        })
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)));
    out.into_iter().map(|(t, g, _)| (t, g)).collect()
}

/// A word stripped of surrounding punctuation; `None` for pure punctuation or numbers.
fn clean_word(w: &str) -> Option<&str> {
    let t = w.trim_matches(|c: char| !c.is_alphanumeric());
    t.chars().any(char::is_alphabetic).then_some(t)
}

/// Reads `text` sentence by sentence: `f` gets each sentence and its counts (`None` when
/// it has no words; syllables only for a language with a formula).
///
/// A sentence ends after a run of text between spaces that [ends one](ends_sentence), where
/// a space or the end follows (each sentence after the first starts with that space).
/// Abbreviations are rare in plain-language text, so no attempt is made to spot them.
/// The Spanish opening marks `¿` and `¡` need nothing here: they are punctuation, never
/// words ([`clean_word`]).
///
/// Every word of a site is graded, so this is one pass over the bytes: ASCII byte by byte
/// (most of any text), its letters gathered as the run is read; any other character whole.
fn each_sentence<'t>(formula: Formula, text: &'t str, mut f: impl FnMut(&'t str, Option<Counts>)) {
    let bytes = text.as_bytes();
    // Whether a space starts at `i` (as `char::is_whitespace` has it), and its length.
    let space = |i: usize| match ASCII_CLASS[usize::from(bytes[i])] {
        SPACE => (true, 1),
        NOT_ASCII => text[i..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        _ => (false, 1),
    };
    let fresh = Counts { sentences: 1, ..Counts::default() };
    let (mut at, mut start, mut c) = (0, 0, fresh);
    let mut letters = [0u8; 32];
    loop {
        // The spaces before the next run: ASCII ones by the table, without a call.
        while at < bytes.len() {
            match ASCII_CLASS[usize::from(bytes[at])] {
                SPACE => at += 1,
                NOT_ASCII => match space(at) {
                    (true, len) => at += len,
                    (false, _) => break,
                },
                _ => break,
            }
        }
        if at == bytes.len() {
            break;
        }
        let (run, mut n, mut ascii) = (at, 0, true);
        while at < bytes.len() {
            match ASCII_CLASS[usize::from(bytes[at])] {
                LETTER => {
                    if let Some(slot) = letters.get_mut(n) {
                        *slot = bytes[at].to_ascii_lowercase();
                    }
                    n += 1;
                    at += 1;
                }
                OTHER => at += 1,
                SPACE => break,
                _ => {
                    let (is_space, len) = space(at);
                    if is_space {
                        break;
                    }
                    ascii = false;
                    at += len;
                }
            }
        }
        let token = &text[run..at];
        let syllables = if ascii {
            // Only letters count, and the punctuation around a word holds none: an ASCII
            // run's letters are its word's.
            (n > 0).then(|| {
                if n <= letters.len() {
                    syllables_of(formula, &letters[..n])
                } else {
                    let long: Vec<u8> =
                        token.bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_lowercase()).collect();
                    syllables_of(formula, &long)
                }
            })
        } else {
            clean_word(token).map(|w| match formula {
                Formula::Unknown => 0,
                _ => with_letters(w, |l| syllables_of(formula, l)),
            })
        };
        if let Some(y) = syllables {
            c.words += 1;
            c.syllables += y;
            c.poly += usize::from(y >= 3);
        }
        let ends = match ascii {
            true => ends_sentence(token.bytes().rev().map(char::from)),
            false => ends_sentence(token.chars().rev()),
        };
        if ends {
            c.longest = c.words;
            f(&text[start..at], (c.words > 0).then_some(c));
            (start, c) = (at, fresh);
        }
    }
    if start < text.len() {
        c.longest = c.words;
        f(&text[start..], (c.words > 0).then_some(c));
    }
}

/// The syllables of a word's letters (lower case) in `formula`'s language; 0 for none.
fn syllables_of<C: Copy + Into<char>>(formula: Formula, letters: &[C]) -> usize {
    match formula {
        Formula::English => english_syllables(letters),
        Formula::Spanish => spanish_syllables(letters),
        Formula::Unknown => 0,
    }
}

/// Whether a run of text between spaces, given by its characters from the last, ends a
/// sentence: it ends in `.`, `!`, `?`, `…` or the Arabic `؟`, with any closing quotes or
/// brackets after it (`?»`, `.)`).
fn ends_sentence(from_last: impl Iterator<Item = char>) -> bool {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '…' | '؟');
    let closes = |c: char| ends(c) || matches!(c, ')' | ']' | '"' | '\'' | '»' | '”' | '’');
    from_last.take_while(|&c| closes(c)).any(ends)
}

/// What an ASCII byte is to [`each_sentence`]; other bytes start a character read whole.
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const SPACE: u8 = 2;
const NOT_ASCII: u8 = 3;
const ASCII_CLASS: [u8; 256] = {
    let mut class = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            // `char::is_whitespace`'s ASCII spaces.
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => SPACE,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

/// Syllables by vowel groups, with a silent final "e" dropped: the usual estimate
/// behind published readability tools.
pub fn syllable_count(word: &str) -> usize {
    with_letters(word, english_syllables)
}

/// Calls `f` with the letters of `word`, lower-cased. Every word of a site is counted:
/// a short ASCII word's letters go in a buffer on the stack, not in two new strings.
fn with_letters<R>(word: &str, f: impl FnOnce(&[char]) -> R) -> R {
    let mut small = ['\0'; 32];
    if word.is_ascii() && word.len() <= small.len() {
        let mut n = 0;
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            small[n] = char::from(b.to_ascii_lowercase());
            n += 1;
        }
        return f(&small[..n]);
    }
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    f(&w)
}

fn english_syllables<C: Copy + Into<char>>(w: &[C]) -> usize {
    let at = |i: usize| -> char { w[i].into() };
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut prev = false;
    for &c in w {
        let v = vowel(c.into());
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // "make", "rinse": a final e is silent, but not in "-le" ("gentle") or after a vowel.
    let le = at(n - 2) == 'l' && !vowel(at(n - 3));
    if at(n - 1) == 'e' && !le && !vowel(at(n - 2)) && count > 1 {
        count -= 1;
    }
    // "-es"/"-ed" endings are mostly silent ("rinses" keeps it, "used" drops it).
    if n > 3 && at(n - 2) == 'e' && at(n - 1) == 'd' && !matches!(at(n - 3), 't' | 'd') && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Spanish syllables: one per vowel group, plus one for each hiatus inside a group.
///
/// The strong vowels a, e, o (and accented á, é, ó) each make a syllable of their own
/// next to another strong one ("le-er", "a-é-re-o"). The weak vowels i, u, ü join the
/// vowel beside them into a diphthong or triphthong ("cue-ro", "ciu-dad", "pin-güi-no",
/// "a-ve-ri-guáis"), unless accented: í and ú beside a, e or o stand alone ("dí-a",
/// "pa-ís", "o-ír"), while beside another weak vowel they do not ("cuí-da-te"). A final
/// y is a weak vowel ("rey", "muy"), and so is the word "y"; any other y is a consonant
/// ("a-yer"). An h between vowels does not join them ("pro-hí-be", "bú-ho"). The
/// written, not the spoken, syllables: "re-u-nir" counts 3 although many say "reu-nir".
pub fn spanish_syllable_count(word: &str) -> usize {
    with_letters(word, spanish_syllables)
}

fn spanish_syllables<C: Copy + Into<char>>(w: &[C]) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum V {
        Strong,
        Weak,
    }
    if w.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut prev = None;
    for (i, &c) in w.iter().enumerate() {
        let v = match c.into() {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(V::Strong),
            'i' | 'u' | 'ü' => Some(V::Weak),
            'y' if i + 1 == w.len() => Some(V::Weak),
            _ => None,
        };
        match (prev, v) {
            (None, Some(_)) | (Some(V::Strong), Some(V::Strong)) => count += 1,
            _ => {}
        }
        prev = v;
    }
    // A word of consonants only ("SPF", "Dr") is still said: one syllable at least.
    count.max(1)
}

/// Text blocks of a Markdown document: each paragraph, heading, list item and table cell.
pub fn markdown_blocks(md: &str) -> Vec<String> {
    crate::patient_text::ProseReader::read(md, false, true).blocks
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

    #[test]
    fn a_table_is_read_cell_by_cell_as_its_page_shows_it() {
        // Read as the page renders it (tables on): each cell a block, not one long
        // "sentence" of pipes and dashes.
        let blocks = markdown_blocks("| Day | What to do |\n|---|---|\n| 0 | Keep it dry |\n");
        assert_eq!(blocks, ["Day", "What to do", "0", "Keep it dry"]);
        assert_eq!(grade(&blocks).longest_sentence, 3);
    }
    #[test]
    fn spanish_syllables_follow_diphthongs_and_hiatus() {
        for (w, n) in [
            // diphthongs and triphthongs: weak i, u, ü (and a final y) join the vowel beside them
            ("cuero", 2),
            ("cabelludo", 4),
            ("ciudad", 2),
            ("agua", 2),
            ("higiene", 3),
            ("micropigmentación", 6),
            ("cicatrización", 5),
            ("exfoliantes", 4),
            ("guerra", 2),
            ("quiero", 2),
            ("pingüino", 3),
            ("ruido", 2),
            ("ciencia", 2),
            ("después", 2),
            ("acción", 2),
            ("averiguáis", 4),
            ("buey", 1),
            ("rey", 1),
            ("hoy", 1),
            ("muy", 1),
            ("Uruguay", 3),
            ("y", 1),
            ("ayer", 2),
            // an accented í or ú beside a strong vowel stands alone; beside a weak one it joins
            ("día", 2),
            ("país", 2),
            ("oír", 2),
            ("reír", 2),
            ("río", 2),
            ("maíz", 2),
            ("baúl", 2),
            ("aquí", 2),
            ("cuídate", 3),
            // two strong vowels: a hiatus
            ("leer", 2),
            ("teatro", 3),
            ("aéreo", 4),
            ("zoológico", 5),
            // h does not join vowels
            ("prohíbe", 3),
            ("búho", 2),
            ("ahí", 2),
            // capitals, initials, consonants only
            ("Lávese", 3),
            ("UVA", 2),
            ("SPF", 1),
        ] {
            assert_eq!(spanish_syllable_count(w), n, "{w}");
        }
    }

    #[test]
    fn spanish_passage_scores_by_hand() {
        // La(1) micropigmentación(6) capilar(3) necesita(4) cuidados(3) durante(3) la(1)
        // cicatrización(5): 8 words, 26 syllables. Evite(3) el(1) sol(1) directo(3): 4, 8.
        // 12 words, 34 syllables, 2 sentences:
        //   Fernández-Huerta = 206.84 - 0.60 * (100 * 34 / 12) - 1.02 * (12 / 2)
        //                    = 206.84 - 170.0 - 6.12 = 30.72
        //   Szigriszt-Pazos  = 206.835 - 62.3 * 34 / 12 - 12 / 2
        //                    = 206.835 - 176.516667 - 6 = 24.318333
        let g = grade_in(
            Formula::Spanish,
            &["La micropigmentación capilar necesita cuidados durante la cicatrización. Evite el sol directo."],
        );
        assert_eq!((g.words, g.sentences, g.longest_sentence), (12, 2, 8));
        assert!((g.fernandez_huerta - 30.72).abs() < 1e-9, "{g:?}");
        assert!((g.szigriszt_pazos - 24.318333).abs() < 1e-5, "{g:?}");
        assert_eq!((g.smog, g.flesch_kincaid), (0.0, 0.0));
        assert_eq!(FERNANDEZ_HUERTA.band(g.fernandez_huerta), "difícil");
        assert_eq!(INFLESZ.band(g.szigriszt_pazos), "muy difícil");
        // 30.72 is 12 + 4 * (50 - 30.72) / 20 = 15.856 on Fernández-Huerta's table;
        // 24.32 is 12 + 4 * (40 - 24.318333) / 40 = 13.568 on INFLESZ: the harder is 15.856.
        assert!((g.worst() - 15.856).abs() < 1e-9, "{g:?}");

        // ¿Le(1) pica(2) la(1) piel(1)? ¡No(1) se(1) rasque(2)! Lávese(3) con(1) agua(2)
        // fría(2) y(1) jabón(2) suave(2). 14 words (¿ and ¡ are not words), 22 syllables,
        // 3 sentences, the longest 7 words:
        //   Fernández-Huerta = 206.84 - 0.60 * (2200 / 14) - 1.02 * (14 / 3)
        //                    = 206.84 - 94.285714 - 4.76 = 107.794286
        //   Szigriszt-Pazos  = 206.835 - 62.3 * 22 / 14 - 14 / 3
        //                    = 206.835 - 97.9 - 4.666667 = 104.268333
        let g = grade_in(Formula::Spanish, &["¿Le pica la piel? ¡No se rasque! Lávese con agua fría y jabón suave."]);
        assert_eq!((g.words, g.sentences, g.longest_sentence), (14, 3, 7));
        assert!((g.fernandez_huerta - 107.794286).abs() < 1e-5, "{g:?}");
        assert!((g.szigriszt_pazos - 104.268333).abs() < 1e-5, "{g:?}");
        assert_eq!(FERNANDEZ_HUERTA.band(g.fernandez_huerta), "muy fácil");
        assert_eq!(g.worst(), 4.0);
    }

    #[test]
    fn the_hardest_sentences_are_those_that_raise_the_grade_most() {
        let blocks = [
            "Source: Recovery",
            "Keep your scalp dry. Do not scratch it.",
            "Postprocedural inflammation necessitates meticulous avoidance of occlusive emollients.",
            "Rest today, and call us if it hurts.",
        ];
        let ranked = hardest_sentences(Formula::English, &blocks);
        assert_eq!(ranked.len(), 5);
        assert!(ranked[0].0.starts_with("Postprocedural"), "{ranked:?}");
        // Without it the text is far easier; each grade is the text's without that sentence.
        let all = grade(&blocks).worst();
        assert!(ranked[0].1 < all - 3.0, "{all} {ranked:?}");
        assert!(ranked.windows(2).all(|w| w[0].1 <= w[1].1), "{ranked:?}");
        // A sentence said twice is one, counted twice.
        let twice =
            hardest_sentences(Formula::English, &["Emollients are occlusive.", "Rest.", "Emollients are occlusive."]);
        assert_eq!(twice.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), ["Emollients are occlusive.", "Rest."]);
        assert_eq!(twice[0].1, grade(&["Rest."]).worst());
        // Quoted tidily.
        assert_eq!(sentences(&["Sources: A , B\n  and C ."]), [("Sources: A, B and C.".to_string(), 5)]);
    }

    #[test]
    fn spanish_opening_marks_are_not_words() {
        for text in ["¿Le duele? ¡Llame ya!", "¿ Le duele ? ¡ Llame ya !", "«¿Le duele?» ¡Llame ya!"] {
            let g = grade_in(Formula::Spanish, &[text]);
            assert_eq!((g.sentences, g.words, g.longest_sentence), (2, 4, 2), "{text}: {g:?}");
        }
    }

    #[test]
    fn ease_scores_map_to_school_grades_by_their_tables() {
        let fh = &FERNANDEZ_HUERTA;
        for (score, grade) in
            [(120.0, 4.0), (95.0, 4.5), (70.0, 7.0), (65.0, 8.0), (60.0, 9.0), (50.0, 12.0), (-5.0, 18.0)]
        {
            assert!((fh.grade(score) - grade).abs() < 1e-9, "FH {score}: {}", fh.grade(score));
        }
        assert_eq!(fh.describe(58.2), "Fernández-Huerta 58.2 (algo difícil, about grade 9.5)");
        assert_eq!(fh.band(70.0), "bastante fácil");
        assert_eq!(fh.band(69.9), "normal");
        assert_eq!(fh.band(-3.0), "muy difícil");
        assert!((fh.score_for(8.0) - 65.0).abs() < 1e-9);
        assert!((fh.score_for(7.0) - 70.0).abs() < 1e-9);
        assert_eq!(fh.score_for(2.0), 100.0);
        assert_eq!(fh.score_for(30.0), 0.0);
        let sp = &INFLESZ;
        for (score, grade) in [(90.0, 3.0), (65.0, 6.0), (60.0, 8.0), (55.0, 10.0), (40.0, 12.0)] {
            assert!((sp.grade(score) - grade).abs() < 1e-9, "SP {score}: {}", sp.grade(score));
        }
        assert!((sp.score_for(8.0) - 60.0).abs() < 1e-9);
        assert_eq!(sp.band(55.0), "normal");
        assert_eq!(sp.describe(54.0), "Szigriszt-Pazos 54.0 (INFLESZ algo difícil, about grade 10.1)");
        // Every grade and its score agree both ways.
        for scale in [fh, sp] {
            for tenth in 0..=1000 {
                let score = f64::from(tenth) / 10.0;
                assert!((scale.score_for(scale.grade(score)) - score).abs() < 1e-9, "{} {score}", scale.name);
            }
        }
    }

    #[test]
    fn languages_get_their_formulas() {
        for (tag, f) in [
            ("en", Formula::English),
            ("en-GB", Formula::English),
            ("EN", Formula::English),
            ("es", Formula::Spanish),
            ("es-419", Formula::Spanish),
            ("es_MX", Formula::Spanish),
            ("ar", Formula::Unknown),
            ("eu", Formula::Unknown),
            ("pt-BR", Formula::Unknown),
        ] {
            assert_eq!(Formula::for_language(tag), f, "{tag}");
        }
        // No formula: sentences and words only, and no grade.
        let g = grade_in(Formula::Unknown, &["اغسل رأسك بلطف. لا تحك الجلد"]);
        assert_eq!((g.sentences, g.words, g.longest_sentence), (2, 6, 3));
        assert_eq!(g.school_grade(), None);
        assert_eq!(g.worst(), 0.0);
        // English keeps its grades through `grade`.
        let en = grade(&["Keep your scalp dry."]);
        assert_eq!(en.formula, Formula::English);
        assert_eq!(en.school_grade(), Some(en.smog.max(en.flesch_kincaid)));
    }

    /// The sentences of `text` and their counts, as grading reads them.
    fn read(formula: Formula, text: &str) -> Vec<(&str, Option<Counts>)> {
        let mut out = Vec::new();
        each_sentence(formula, text, |s, c| out.push((s, c)));
        out
    }

    /// The first way sentences were split and counted, character by character (since
    /// replaced by a faster one that reads runs between spaces): what the new one must
    /// give, sentence for sentence and count for count.
    mod first_way {
        use super::super::{clean_word, spanish_syllable_count, syllable_count, Counts, Formula};

        pub fn split_sentences(text: &str) -> Vec<&str> {
            let ends = |c: char| matches!(c, '.' | '!' | '?' | '…' | '؟');
            let closes = |c: char| ends(c) || matches!(c, ')' | ']' | '"' | '\'' | '»' | '”' | '’');
            let mut out = Vec::new();
            let mut start = 0;
            let mut chars = text.char_indices().peekable();
            while let Some((_, c)) = chars.next() {
                if !ends(c) {
                    continue;
                }
                while chars.next_if(|&(_, n)| closes(n)).is_some() {}
                match chars.peek() {
                    None => {
                        out.push(&text[start..]);
                        start = text.len();
                    }
                    Some(&(at, n)) if n.is_whitespace() => {
                        out.push(&text[start..at]);
                        start = at;
                    }
                    Some(_) => {}
                }
            }
            if start < text.len() {
                out.push(&text[start..]);
            }
            out
        }

        pub fn counts(formula: Formula, sentence: &str) -> Option<Counts> {
            let syllables_of: fn(&str) -> usize = match formula {
                Formula::Spanish => spanish_syllable_count,
                _ => syllable_count,
            };
            let mut c = Counts { sentences: 1, ..Counts::default() };
            for w in sentence.split_whitespace().filter_map(clean_word) {
                c.words += 1;
                if formula != Formula::Unknown {
                    let s = syllables_of(w);
                    c.syllables += s;
                    c.poly += usize::from(s >= 3);
                }
            }
            c.longest = c.words;
            (c.words > 0).then_some(c)
        }
    }

    proptest::proptest! {
        #[test]
        fn sentences_and_counts_are_the_first_ways(
            text in "([a-zA-Z]{1,40}|[0-9]|[.!?…؟)\\]\"'»”’(¿¡«,;:-]|[ \t\n\u{b}\u{c}\r\u{a0}\u{2009}]|[éñíÉÑΣσς]|سؤال|x{33}){0,30}"
        ) {
            for f in [Formula::English, Formula::Spanish, Formula::Unknown] {
                let want: Vec<_> = first_way::split_sentences(&text).into_iter().map(|s| (s, first_way::counts(f, s))).collect();
                proptest::prop_assert_eq!(read(f, &text), want, "{:?}", f);
            }
        }
    }

    #[test]
    fn odd_text_never_panics_and_scores_stay_finite() {
        let odd =
            ["", "¿", "¡!", "?»", "…", "a.", "y y y.", "SPF SPF.", "ééé ííí úú", "؟ سؤال؟", "x?»\u{a0}y", "12 34."];
        for f in [Formula::English, Formula::Spanish, Formula::Unknown] {
            for text in odd {
                let g = grade_in(f, &[text]);
                let scores = [g.smog, g.flesch_kincaid, g.fernandez_huerta, g.szigriszt_pazos, g.worst()];
                assert!(scores.iter().all(|x| x.is_finite()), "{f:?} {text:?}: {g:?}");
            }
        }
        assert_eq!(
            read(Formula::Unknown, "Rinse (gently.) Dry it. «¿Duele?» Sí")
                .into_iter()
                .map(|(s, _)| s)
                .collect::<Vec<_>>(),
            ["Rinse (gently.)", " Dry it.", " «¿Duele?»", " Sí"]
        );
    }
}
