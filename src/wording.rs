//! Every sentence the program itself writes for a patient, in one place, so that a site
//! in another language has one file to replace (the message catalogue of issue 14 will
//! take its place). Nothing here names a procedure or a body part: those words come from
//! the clinic's content.

use chrono::{Datelike, NaiveDate};

/// "Day 4", "Days 4 to 9", "From day 10" (`end` at or past `last` reads as open).
pub fn days_label(start: u32, end: Option<u32>, last: u32) -> String {
    match end {
        Some(e) if e == start => format!("Day {start}"),
        Some(e) if e < last => format!("Days {start} to {e}"),
        _ => format!("From day {start}"),
    }
}

/// "Hour 2", "Hours 0 to 4", "From hour 4" (hours after the session on day 0).
pub fn hours_label(start: u32, end: Option<u32>) -> String {
    match end {
        Some(e) if e == start => format!("Hour {start}"),
        Some(e) => format!("Hours {start} to {e}"),
        None => format!("From hour {start}"),
    }
}

/// "Wednesday 2 December 2026"
pub fn long_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// "6 September 2023", for publication dates.
pub fn medium_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "Saturday 5 December to Monday 7 December 2026"; the year is written once when both
/// dates share it.
pub fn date_range(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        long_date(a)
    } else if a.year() == b.year() {
        format!("{} to {}", a.format("%A %-d %B"), long_date(b))
    } else {
        format!("{} to {}", long_date(a), long_date(b))
    }
}

/// "Questions? Call Northfield Studio on 0161 496 0321."
pub fn call_line(clinic: &str, phone: &str) -> String {
    format!("Questions? Call {clinic} on {phone}.")
}

/// The calendar title of a change: "Getting your head wet: with care from today".
pub fn change_summary(label: &str, status_key: &str, status_label: &str) -> String {
    match status_key {
        "do" => format!("{status_label}: {label}"),
        _ => format!("{label}: {} from today", lower_first(status_label)),
    }
}

/// "Day 4 after your session." The same words after every session (the day counts from
/// the latest one), so the calendar texts of each session are shared.
pub fn day_after(day: u32) -> String {
    format!("Day {day} after your session.")
}

/// "Until day 56." for an action with an end.
pub fn until_day(day: u32) -> String {
    format!("Until day {day}.")
}

pub fn session_summary(n: u32, of: u32) -> String {
    format!("Session {n} of {of}: planned")
}

pub fn session_description(between: u32, call: &str) -> String {
    format!(
        "About {between} days after the session before. Book it or move it with us. After it, the day-by-day \
         steps start again from day 0. {call}"
    )
}

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
        assert_eq!(days_label(4, Some(9), 30), "Days 4 to 9");
        assert_eq!(days_label(5, Some(5), 30), "Day 5");
        assert_eq!(days_label(10, None, 30), "From day 10");
        assert_eq!(hours_label(0, Some(4)), "Hours 0 to 4");
        assert_eq!(long_date(d("2026-12-02")), "Wednesday 2 December 2026");
        assert_eq!(date_range(d("2026-12-05"), d("2026-12-07")), "Saturday 5 December to Monday 7 December 2026");
        assert_eq!(date_range(d("2026-12-28"), d("2027-01-03")), "Monday 28 December 2026 to Sunday 3 January 2027");
        assert_eq!(change_summary("Hats", "with-care", "With care"), "Hats: with care from today");
        assert_eq!(change_summary("Book your touch-up", "do", "To do"), "To do: Book your touch-up");
    }
}
