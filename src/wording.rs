//! The sentences the program builds for a patient from the message catalogue
//! ([`crate::messages`]): day and hour labels, dates, calendar texts. Nothing here is a
//! word of its own: every word comes from `messages/<language>.ftl`, and nothing names a
//! procedure or a body part (those come from the clinic's content).

use chrono::{Datelike, NaiveDate};

use crate::messages::{Arg, Messages};

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

    fn weekday(&self, d: NaiveDate) -> String {
        self.get(&format!("weekday-{}", d.weekday().number_from_monday()), &[])
    }

    fn month(&self, d: NaiveDate) -> String {
        self.get(&format!("month-{}", d.month()), &[])
    }

    /// "Wednesday 2 December 2026"
    pub fn long_date(&self, d: NaiveDate) -> String {
        let (weekday, month) = (self.weekday(d), self.month(d));
        self.get(
            "date-long",
            &[
                ("weekday", Arg::Str(&weekday)),
                ("day", d.day().into()),
                ("month", Arg::Str(&month)),
                ("year", Arg::Str(&d.year().to_string())),
            ],
        )
    }

    /// "6 September 2023", for publication dates.
    pub fn medium_date(&self, d: NaiveDate) -> String {
        let month = self.month(d);
        self.get(
            "date-medium",
            &[("day", d.day().into()), ("month", Arg::Str(&month)), ("year", Arg::Str(&d.year().to_string()))],
        )
    }

    /// "Saturday 5 December to Monday 7 December 2026"; the year is written once when both
    /// dates share it.
    pub fn date_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        if a == b {
            return self.long_date(a);
        }
        let from = if a.year() == b.year() {
            let (weekday, month) = (self.weekday(a), self.month(a));
            self.get(
                "date-no-year",
                &[("weekday", Arg::Str(&weekday)), ("day", a.day().into()), ("month", Arg::Str(&month))],
            )
        } else {
            self.long_date(a)
        };
        let to = self.long_date(b);
        self.get("date-range", &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))])
    }

    /// "From Friday 4 December 2026"
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

    #[test]
    fn labels_and_dates_read_naturally() {
        let w = Messages::english();
        assert_eq!(w.days_label(4, Some(9), 30), "Days 4 to 9");
        assert_eq!(w.days_label(5, Some(5), 30), "Day 5");
        assert_eq!(w.days_label(10, None, 30), "From day 10");
        assert_eq!(w.hours_label(0, Some(4)), "Hours 0 to 4");
        assert_eq!(w.long_date(d("2026-12-02")), "Wednesday 2 December 2026");
        assert_eq!(w.date_range(d("2026-12-05"), d("2026-12-07")), "Saturday 5 December to Monday 7 December 2026");
        assert_eq!(w.date_range(d("2026-12-28"), d("2027-01-03")), "Monday 28 December 2026 to Sunday 3 January 2027");
        assert_eq!(w.change_summary("Hats", "with-care", "With care"), "Hats: with care from today");
        assert_eq!(w.change_summary("Book your touch-up", "do", "To do"), "To do: Book your touch-up");
    }
}
