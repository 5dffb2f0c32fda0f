//! The sentences the program builds for a patient from the message catalogue
//! ([`crate::messages`]): day and hour labels, dates, calendar texts. Nothing here is a
//! word of its own: every word comes from `messages/<language>.ftl`, and nothing names a
//! procedure or a body part (those come from the clinic's content). Dates are written
//! from the language's CLDR data with ICU4X ([`crate::messages::Dates`]), weekday and month names and
//! their order included.

use chrono::{Datelike, NaiveDate};

use crate::messages::{Arg, Form, Messages};

impl Messages {
    /// "Day 4", "Days 4 to 9", "From day 10" (`end` at or past `last` reads as open).
    pub fn days_label(&self, start: u32, end: Option<u32>, last: u32) -> String {
        match end {
            Some(e) if e == start => self.get("day-one", &[("day", start.into())]),
            Some(e) if e < last => self.get("days-range", &[("start", start.into()), ("end", e.into())]),
            _ => self.get("days-from", &[("start", start.into())]),
        }
    }

    /// "Hour 2", "Hours 0 to 4", "From hour 4" (hours after the session on day 0).
    pub fn hours_label(&self, start: u32, end: Option<u32>) -> String {
        match end {
            Some(e) if e == start => self.get("hour-one", &[("hour", start.into())]),
            Some(e) => self.get("hours-range", &[("start", start.into()), ("end", e.into())]),
            None => self.get("hours-from", &[("start", start.into())]),
        }
    }

    /// A date in one of the language's formats, or `2026-12-02` if it has none.
    fn date_as(&self, d: NaiveDate, form: Form) -> String {
        let text = match &self.dates {
            Some(dates) => dates.format(d, form),
            None => d.format("%Y-%m-%d").to_string(),
        };
        self.mark(text)
    }

    /// The date with its weekday, in the language's long form (CLDR, through ICU4X):
    /// "Wednesday, 2 December 2026" (en-GB), "Wednesday, December 2, 2026" (en),
    /// "miércoles, 2 de diciembre de 2026" (es).
    pub fn long_date(&self, d: NaiveDate) -> String {
        self.date_as(d, Form::Long)
    }

    /// "6 September 2023" (en-GB), "September 6, 2023" (en), for publication dates: the
    /// month's long name, no weekday.
    pub fn medium_date(&self, d: NaiveDate) -> String {
        self.date_as(d, Form::Medium)
    }

    /// "Saturday 5 December to Monday, 7 December 2026" (en-GB); the year is written once
    /// when both dates share it. The words between are the catalogue's `date-range`.
    pub fn date_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        if a == b {
            return self.long_date(a);
        }
        let same_year = self.dates.as_ref().map_or(a.year() == b.year(), |dates| dates.same_year(a, b));
        let from = self.date_as(a, if same_year { Form::NoYear } else { Form::Long });
        let to = self.long_date(b);
        self.get("date-range", &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))])
    }

    /// "From Friday, 4 December 2026" (en-GB)
    pub fn date_from(&self, d: NaiveDate) -> String {
        let date = self.long_date(d);
        self.get("date-from", &[("date", Arg::Str(&date))])
    }

    /// "Questions? Call Northfield Studio on 0161 496 0321."
    pub fn call_line(&self, clinic: &str, phone: &str) -> String {
        self.get("call-line", &[("clinic", clinic.into()), ("phone", phone.into())])
    }

    /// The calendar title of a change: "Getting your head wet: with care from today".
    pub fn change_summary(&self, label: &str, status_key: &str, status_label: &str) -> String {
        match status_key {
            "do" => self.get("change-summary-do", &[("status", status_label.into()), ("label", label.into())]),
            _ => {
                let status = lower_first(status_label);
                self.get("change-summary", &[("label", label.into()), ("status", Arg::Str(&status))])
            }
        }
    }

    /// "Day 4 after your session." The same words after every session (the day counts
    /// from the latest one), so the calendar texts of each session are shared.
    pub fn day_after(&self, day: u32) -> String {
        self.get("day-after", &[("day", day.into())])
    }

    /// "Until day 56." for an action with an end.
    pub fn until_day(&self, day: u32) -> String {
        self.get("until-day", &[("day", day.into())])
    }

    pub fn session_summary(&self, n: u32, of: u32) -> String {
        self.get("session-summary", &[("n", n.into()), ("of", of.into())])
    }

    pub fn session_description(&self, between: u32, call: &str) -> String {
        self.get("session-description", &[("between", between.into()), ("call", call.into())])
    }
}

/// A later milestone's calendar text: the clinic's words, then the call line.
pub fn later_description(when: &str, say: &str, call: &str) -> String {
    format!("{when}. {say}\n{call}")
}

pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn lang(language: &str) -> Messages {
        Messages::load(std::path::Path::new("/nonexistent"), language).unwrap()
    }

    #[test]
    fn labels_read_naturally() {
        let w = Messages::english();
        assert_eq!(w.days_label(4, Some(9), 30), "Days 4 to 9");
        assert_eq!(w.days_label(5, Some(5), 30), "Day 5");
        assert_eq!(w.days_label(10, None, 30), "From day 10");
        assert_eq!(w.hours_label(0, Some(4)), "Hours 0 to 4");
        assert_eq!(w.change_summary("Hats", "with-care", "With care"), "Hats: with care from today");
        assert_eq!(w.change_summary("Book your touch-up", "do", "To do"), "To do: Book your touch-up");
    }

    #[test]
    fn dates_come_from_the_locale_data_of_the_language() {
        let gb = lang("en-GB");
        // CLDR 48 writes a comma after the weekday when the year follows, none without it.
        assert_eq!(gb.long_date(d("2026-12-02")), "Wednesday, 2 December 2026");
        assert_eq!(gb.long_date(d("2028-02-29")), "Tuesday, 29 February 2028");
        assert_eq!(gb.long_date(d("2026-12-31")), "Thursday, 31 December 2026");
        assert_eq!(gb.medium_date(d("2023-09-06")), "6 September 2023");
        assert_eq!(gb.date_range(d("2026-12-05"), d("2026-12-07")), "Saturday 5 December to Monday, 7 December 2026");
        assert_eq!(
            gb.date_range(d("2026-12-28"), d("2027-01-03")),
            "Monday, 28 December 2026 to Sunday, 3 January 2027"
        );
        assert_eq!(gb.date_range(d("2027-01-03"), d("2027-01-03")), "Sunday, 3 January 2027");
        assert_eq!(gb.date_from(d("2026-12-04")), "From Friday, 4 December 2026");

        let en = Messages::english();
        assert_eq!(en.language(), "en");
        assert_eq!(en.long_date(d("2026-12-02")), "Wednesday, December 2, 2026");
        assert_eq!(en.medium_date(d("2023-09-06")), "September 6, 2023");
        assert_eq!(en.date_range(d("2026-12-05"), d("2026-12-07")), "Saturday, December 5 to Monday, December 7, 2026");

        let es = lang("es");
        assert_eq!(es.long_date(d("2026-12-02")), "miércoles, 2 de diciembre de 2026");
        assert_eq!(es.long_date(d("2028-02-29")), "martes, 29 de febrero de 2028");
        assert_eq!(es.long_date(d("2026-12-31")), "jueves, 31 de diciembre de 2026");
        assert_eq!(es.medium_date(d("2023-09-06")), "6 de septiembre de 2023");
        assert_eq!(
            es.date_range(d("2026-12-05"), d("2026-12-07")),
            "del sábado, 5 de diciembre al lunes, 7 de diciembre de 2026"
        );
        assert_eq!(
            es.date_range(d("2026-12-31"), d("2027-01-01")),
            "del jueves, 31 de diciembre de 2026 al viernes, 1 de enero de 2027"
        );

        let ar = lang("ar");
        assert_eq!(ar.long_date(d("2026-12-02")), "الأربعاء، 2 ديسمبر 2026");
        assert_eq!(ar.long_date(d("2028-02-29")), "الثلاثاء، 29 فبراير 2028");
        assert_eq!(ar.long_date(d("2026-12-31")), "الخميس، 31 ديسمبر 2026");
        // Egyptian Arabic writes Arabic-Indic digits by default, in dates and in messages.
        let eg = lang("ar-EG");
        assert_eq!(eg.long_date(d("2026-12-31")), "الخميس، ٣١ ديسمبر ٢٠٢٦");
        let day = eg.get("day-one", &[("day", 31.into())]);
        assert!(day.contains("٣١") && !day.contains("31"), "{day}");
    }

    #[test]
    fn a_range_names_the_first_year_when_the_locales_calendar_changes_year() {
        // 14 and 18 June 2026 share a Gregorian year, but the Hijri year 1448 starts
        // between them: with the Umm al-Qura calendar both years are written.
        let (a, b) = (d("2026-06-14"), d("2026-06-18"));
        let sa = lang("ar-SA-u-ca-islamic-umalqura");
        assert_eq!(sa.long_date(a), "الأحد، ٢٨ ذو الحجة ١٤٤٧ هـ");
        // Its messages count in its own digits too (the tag's extension does not hide them).
        assert!(sa.get("day-one", &[("day", 28.into())]).contains("٢٨"));
        let both = sa.get("date-range", &[("from", Arg::Str(&sa.long_date(a))), ("to", Arg::Str(&sa.long_date(b)))]);
        assert_eq!(sa.date_range(a, b), both);
        let gb = lang("en-GB");
        assert_eq!(gb.date_range(a, b), "Sunday 14 June to Thursday, 18 June 2026");
    }

    #[test]
    fn the_pseudo_locale_marks_its_dates_and_odd_languages_fall_back() {
        let pseudo = lang(crate::messages::PSEUDO);
        assert_eq!(pseudo.long_date(d("2026-12-02")), "⟦Ŵédñéšdåý, Ðéçémbéŕ 2, 2026⟧");
        // Both dates and the words between are marked.
        let range = pseudo.date_range(d("2026-12-05"), d("2026-12-07"));
        assert!(range.starts_with("⟦⟦Šåţüŕdåý") && range.ends_with("2026⟧⟧"), "{range}");
        // A language ICU has no data for, or a tag it cannot read: its parent, or the root
        // locale, never a panic.
        assert_eq!(lang("en-ZZ").long_date(d("2026-12-02")), "Wednesday, December 2, 2026");
        for odd in ["xx", "tlh", "en_GB", "not a language", "", "de-u-ca-islamic"] {
            assert!(!lang(odd).long_date(d("2026-12-02")).is_empty(), "{odd}");
        }
    }

    #[test]
    fn numbers_in_messages_take_the_digits_of_the_language_and_keep_their_plurals() {
        let en = Messages::english();
        assert_eq!(en.get("day-one", &[("day", 12.into())]), "Day 12");
        assert_eq!(en.get("guides-count", &[("count", 1.into())]), "1 recommendation");
        assert_eq!(en.get("guides-count", &[("count", 1200.into())]), "1,200 recommendations");
        // A site's own message in Egyptian Arabic, whose digits are Arabic-Indic: plural
        // selection still sees the number (Arabic: one, two, few 3 to 10, many 11 to 99).
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("messages")).unwrap();
        std::fs::write(
            dir.path().join("messages/ar-EG.ftl"),
            "n = { $n ->\n    [one] one\n    [two] two\n    [few] few { $n }\n    [many] many { $n }\n   *[other] other { $n }\n}\n",
        )
        .unwrap();
        let eg = Messages::load(dir.path(), "ar-EG").unwrap();
        let n = |v: u32| eg.get("n", &[("n", v.into())]);
        assert_eq!([n(1), n(2), n(3), n(12), n(100)], ["one", "two", "few ٣", "many ١٢", "other ١٠٠"]);
        assert_eq!(n(1234), "other ١٬٢٣٤");
    }

    #[test]
    fn messages_are_shared_across_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Messages>();
    }
}
