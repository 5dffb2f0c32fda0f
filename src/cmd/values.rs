//! Options' values checked as their `site.yaml` twins are, with the same limits and a
//! message that says what is wrong and how to fix it (clap shows it as
//! `error: invalid value '0' for '--session <N>': ...`, exit status 2).

use aftercare::content::validate::MAX_SESSIONS;

/// The most days ahead a reminder can be (`--remind-days-before`).
pub const MAX_REMIND_DAYS: u32 = 30;

/// A whole number in `range`, or a message in the program's `what` / `help:` shape.
fn number(s: &str, range: std::ops::RangeInclusive<u64>, what: &str, example: &str) -> Result<u64, String> {
    let (lo, hi) = (range.start(), range.end());
    let help = format!("\n  help: write a whole number from {lo} to {hi}, for example {example}");
    let t = s.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{what} is a whole number, without a sign or a unit{help}"));
    }
    match t.parse::<u64>() {
        Ok(n) if range.contains(&n) => Ok(n),
        Ok(n) if n < *lo => Err(format!("{what} starts at {lo}{help}")),
        _ => Err(format!("that is more than {hi}{help}")),
    }
}

/// `--session N`: 1 for the first session, at most the most sessions a treatment may have.
pub fn session(s: &str) -> Result<u32, String> {
    let max = u64::from(MAX_SESSIONS);
    match number(s, 1..=max, "a session number", "--session 2") {
        Err(e) if e.starts_with("that is more") => Err(more_sessions("--session 2")),
        r => r.map(|n| n as u32),
    }
}

/// `--of M`: how many sessions in all, like `sessions` in site.yaml (1 to 50).
pub fn sessions(s: &str) -> Result<u32, String> {
    let max = u64::from(MAX_SESSIONS);
    match number(s, 1..=max, "the number of sessions", "--of 3") {
        Err(e) if e.starts_with("that is more") => Err(more_sessions("--of 3")),
        r => r.map(|n| n as u32),
    }
}

fn more_sessions(example: &str) -> String {
    format!(
        "that is more than the {MAX_SESSIONS} sessions this tool plans for\n  help: write a whole number from 1 to {MAX_SESSIONS}, for example {example}"
    )
}

/// `--remind-days-before DAYS`: 0 (on the day) to 30.
pub fn remind_days(s: &str) -> Result<u32, String> {
    match number(s, 0..=u64::from(MAX_REMIND_DAYS), "the number of days", "--remind-days-before 1") {
        Err(e) if e.starts_with("that is more") => Err(format!(
            "that is more than {MAX_REMIND_DAYS} days early\n  help: use a number from 0 (on the day) to {MAX_REMIND_DAYS}"
        )),
        r => r.map(|n| n as u32),
    }
}

/// `--port N`: 0 (a free one) to 65535.
pub fn port(s: &str) -> Result<u16, String> {
    number(s, 0..=65535, "a port", "--port 8080 (or 0 for a free one)").map(|n| n as u16)
}

/// `--bind ADDR`: an IP address, not a host name.
pub fn bind(s: &str) -> Result<std::net::IpAddr, String> {
    s.trim().parse().map_err(|_| {
        "that is not an IP address\n  help: use 127.0.0.1 (this computer only, the default) or 0.0.0.0 (every network this computer is on)".to_string()
    })
}

/// `--base-url URL`: checked like `base_url` in site.yaml (a full http(s) address).
pub fn base_url(s: &str) -> Result<String, String> {
    match aftercare::urls::check_base_url(s) {
        Ok(()) => Ok(s.to_string()),
        Err(e) => Err(format!("{e}\n  help: {}", aftercare::urls::BASE_URL_HELP)),
    }
}

/// `--date YYYY-MM-DD`: a real date from 1900 to 2200, like the dates in the content.
pub fn date(s: &str) -> Result<chrono::NaiveDate, String> {
    aftercare::calendar::parse_date(s)
        .map_err(|e| format!("{e}\n  help: write the session date as YYYY-MM-DD, for example --date 2026-11-24"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_refused_with_what_and_how() {
        assert_eq!(session("2"), Ok(2));
        assert_eq!(session("50"), Ok(50));
        assert!(session("0").unwrap_err().starts_with("a session number starts at 1\n  help:"));
        assert!(session("-1").unwrap_err().contains("without a sign"));
        assert!(session("two").unwrap_err().contains("whole number"));
        assert!(session("51").unwrap_err().contains("more than the 50 sessions"));
        assert!(session("99999999999999999999999").unwrap_err().contains("more than the 50 sessions"));
        assert_eq!(sessions("3"), Ok(3));
        assert!(sessions("0").unwrap_err().contains("starts at 1"));
        assert_eq!(remind_days("0"), Ok(0));
        assert_eq!(remind_days("30"), Ok(30));
        assert!(remind_days("31").unwrap_err().contains("more than 30 days early"));
        assert_eq!(port("0"), Ok(0));
        assert_eq!(port("65535"), Ok(65535));
        assert!(port("65536").unwrap_err().contains("more than 65535"));
        assert!(bind("localhost").unwrap_err().contains("127.0.0.1"));
        assert!(bind("0.0.0.0").is_ok());
        assert!(base_url("example.com").unwrap_err().contains("help: write the full address"));
        assert_eq!(base_url("https://c.example/").as_deref(), Ok("https://c.example/"));
        assert!(date("2026-02-30").unwrap_err().contains("February 2026 has 28 days"));
    }
}
