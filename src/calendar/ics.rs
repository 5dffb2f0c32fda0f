//! A small iCalendar (RFC 5545) writer for all-day reminders.
//!
//! Only what a patient's calendar needs: all-day `VEVENT`s written as `VALUE=DATE`
//! (floating dates, so no time zones), an optional `VALARM`, TEXT escaping, CRLF line
//! ends and folding at 75 octets that never splits a UTF-8 character.
//!
//! The output is deterministic: the same calendar gives the same bytes. `DTSTAMP` is
//! required by the RFC and is normally "now"; here the caller passes a date derived from
//! the input (the session date), so two runs on the same input give identical files.
//! `theme/schedule.js` writes the same format in the browser; keep the two in step.

use chrono::NaiveDate;

/// The longest a content line may be, in octets, not counting the CRLF (RFC 5545 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

pub struct Calendar {
    /// `PRODID`: who made the file.
    pub prodid: String,
    /// `X-WR-CALNAME`: the calendar's name as several apps show it. Optional.
    pub name: Option<String>,
    pub events: Vec<Event>,
}

/// One all-day event.
pub struct Event {
    pub uid: String,
    /// Written as midnight UTC of this date.
    pub stamp: NaiveDate,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// An alarm `TRIGGER` duration relative to the start of the day, e.g. `-PT15H`.
    pub alarm: Option<String>,
}

impl Calendar {
    /// The whole file, CRLF line ends, folded.
    pub fn to_ics(&self) -> String {
        let mut out = String::new();
        let mut line = |s: &str| out.push_str(&fold_line(s));
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line(&format!("PRODID:{}", escape_text(&self.prodid)));
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        if let Some(name) = &self.name {
            line(&format!("X-WR-CALNAME:{}", escape_text(name)));
        }
        for e in &self.events {
            line("BEGIN:VEVENT");
            line(&format!("UID:{}", escape_text(&e.uid)));
            line(&format!("DTSTAMP:{}T000000Z", ymd(e.stamp)));
            line(&format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
            let next = e.date.succ_opt().unwrap_or(e.date);
            line(&format!("DTEND;VALUE=DATE:{}", ymd(next)));
            line(&format!("SUMMARY:{}", escape_text(&e.summary)));
            line(&format!("DESCRIPTION:{}", escape_text(&e.description)));
            line("TRANSP:TRANSPARENT");
            if let Some(trigger) = &e.alarm {
                line("BEGIN:VALARM");
                line("ACTION:DISPLAY");
                line(&format!("TRIGGER:{trigger}"));
                line(&format!("DESCRIPTION:{}", escape_text(&e.summary)));
                line("END:VALARM");
            }
            line("END:VEVENT");
        }
        line("END:VCALENDAR");
        out
    }
}

/// `20261124`
pub fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The alarm trigger for a reminder at 9 am, `days_before` days before an all-day event
/// (which starts at midnight): `PT9H` on the day, `-PT15H` the day before, and so on.
pub fn trigger_days_before(days_before: u32) -> String {
    if days_before == 0 {
        "PT9H".into()
    } else {
        format!("-PT{}H", days_before * 24 - 9)
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline.
/// Carriage returns are dropped (a CRLF in the input becomes one `\n`); other control
/// characters, which the RFC does not allow in TEXT, become spaces.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (RFC 5545 3.1): at most 75 octets per physical line, each
/// continuation starting with a space (which counts towards its 75), never splitting a
/// UTF-8 character. Returns the line with its CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

/// FNV-1a, 64 bits, as 16 hex digits: a stable, dependency-free hash for UIDs. Not a
/// secret: it only keeps UIDs short and free of readable personal data.
pub fn fnv1a64_hex(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text(r"a\b"), r"a\\b");
        assert_eq!(escape_text("one; two, three"), r"one\; two\, three");
        assert_eq!(escape_text("line\nnext"), r"line\nnext");
        assert_eq!(escape_text("line\r\nnext"), r"line\nnext");
        assert_eq!(escape_text("tab\there"), "tab here");
        assert_eq!(escape_text("colon: fine"), "colon: fine");
        assert_eq!(escape_text("“quotes” é"), "“quotes” é");
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(fold_line("SUMMARY:hi"), "SUMMARY:hi\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(fold_line(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        let long = "D".repeat(200);
        let folded = fold_line(&long);
        let lines: Vec<&str> = folded.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert_eq!(lines[0].len(), 75);
        assert!(lines[1..].iter().all(|l| l.starts_with(' ') && l.len() <= 75));
        assert_eq!(lines[1].len(), 75);
        let unfolded: String = lines.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, long);
    }

    #[test]
    fn folding_never_splits_a_character() {
        // 74 ASCII octets, then a 3-octet character: it cannot fit on the first line.
        let line = format!("{}€tail", "a".repeat(74));
        let folded = fold_line(&line);
        assert_eq!(folded, format!("{}\r\n €tail\r\n", "a".repeat(74)));
        // Many multi-byte characters: every physical line is valid UTF-8 and <= 75 octets.
        let emoji = format!("DESCRIPTION:{}", "é😀中".repeat(40));
        let folded = fold_line(&emoji);
        for l in folded.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{emoji}\r\n"));
    }

    #[test]
    fn triggers_are_9_am() {
        assert_eq!(trigger_days_before(0), "PT9H");
        assert_eq!(trigger_days_before(1), "-PT15H");
        assert_eq!(trigger_days_before(2), "-PT39H");
    }

    #[test]
    fn fnv_matches_reference_values() {
        assert_eq!(fnv1a64_hex(b""), "cbf29ce484222325");
        assert_eq!(fnv1a64_hex(b"a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn calendar_is_exactly_these_crlf_lines_whenever_written() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let cal = Calendar {
            prodid: "-//x//y//EN".into(),
            name: Some("Name, with comma".into()),
            events: vec![Event {
                uid: "u1".into(),
                stamp: d,
                date: d,
                summary: "S".into(),
                description: "D".into(),
                alarm: Some(trigger_days_before(1)),
            }],
        };
        // Every line, in order, each ended by CRLF: the end date across the year end, the
        // comma escaped, and nothing from the clock (DTSTAMP is the event's own date), so
        // the same calendar is the same bytes whenever it is written.
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//x//y//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Name\\, with comma",
            "BEGIN:VEVENT",
            "UID:u1",
            "DTSTAMP:20261231T000000Z",
            "DTSTART;VALUE=DATE:20261231",
            "DTEND;VALUE=DATE:20270101",
            "SUMMARY:S",
            "DESCRIPTION:D",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT15H",
            "DESCRIPTION:S",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        .map(|l| format!("{l}\r\n"))
        .concat();
        assert_eq!(cal.to_ics(), expected);
    }
}
