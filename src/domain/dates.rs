//! Reading dates the way an office writes them: `2025-03-14`, `14.03.2025`,
//! date-times with a space or `T`, birthdays with or without a year, and
//! next-contact shortcuts relative to a given today (`+2d`, `+1w`, `fri`).

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Serialize, Serializer};

use super::ValidationError;

/// Parses a calendar date: `YYYY-MM-DD` or `DD.MM.YYYY`.
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, ValidationError> {
    let t = text.trim();
    let parts = if let Some((y, rest)) = t.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or_else(|| bad_form(field, text))?;
        (y, m, d)
    } else {
        let mut it = t.split('.');
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(d), Some(m), Some(y), None) => (y, m, d),
            _ => return Err(bad_form(field, text)),
        }
    };
    let (y, m, d) = numbers(field, text, parts)?;
    if !(1000..=9999).contains(&y) {
        return Err(bad_form(field, text));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| missing_day(field, text))
}

/// Parses a date-time: `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM` (or the date
/// forms of [`parse_date`] followed by a time). A bare date means midnight.
pub fn parse_datetime(field: &str, text: &str) -> Result<NaiveDateTime, ValidationError> {
    let t = text.trim();
    let (date_part, time_part) = match t.split_once(['T', ' ']) {
        Some((d, tm)) => (d, Some(tm.trim())),
        None => (t, None),
    };
    let date = parse_date(field, date_part).map_err(|e| e.with_value(text))?;
    let time = match time_part {
        None => NaiveTime::MIN,
        Some(tm) => NaiveTime::parse_from_str(tm, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(tm, "%H:%M:%S"))
            .map_err(|_| ValidationError::new(field, text, "expected a time as HH:MM, e.g. 2025-03-14 09:30"))?,
    };
    Ok(date.and_time(time))
}

/// Parses a next-contact date: a date, or a shortcut relative to `today` —
/// `today`, `tomorrow`, `+3d`, `+2w`, `+1m`, or a weekday name (`fri`,
/// `friday`: the next such day after today).
pub fn parse_next_date(field: &str, text: &str, today: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let t = text.trim().to_lowercase();
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today + Days::new(1)),
        _ => {}
    }
    if let Some(rest) = t.strip_prefix('+') {
        let unit = rest.chars().last().unwrap_or('d');
        let count: u32 =
            rest.trim_end_matches(|c: char| c.is_alphabetic()).parse().map_err(|_| shortcut_error(field, text))?;
        let date = match unit {
            'd' => today.checked_add_days(Days::new(count.into())),
            'w' => today.checked_add_days(Days::new(u64::from(count) * 7)),
            'm' => today.checked_add_months(Months::new(count)),
            _ if rest.chars().all(|c| c.is_ascii_digit()) => today.checked_add_days(Days::new(count.into())),
            _ => None,
        };
        return date.ok_or_else(|| shortcut_error(field, text));
    }
    if let Ok(weekday) = t.parse::<Weekday>() {
        let mut day = today + Days::new(1);
        while day.weekday() != weekday {
            day = day + Days::new(1);
        }
        return Ok(day);
    }
    if t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return parse_date(field, text);
    }
    Err(shortcut_error(field, text))
}

fn shortcut_error(field: &str, text: &str) -> ValidationError {
    ValidationError::new(
        field,
        text,
        "expected a date (2025-03-14, 14.03.2025) or +3d, +2w, +1m, today, tomorrow, a weekday",
    )
}

/// A birthday, possibly without a year (`--03-15` in vCard terms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Parses `YYYY-MM-DD`, `DD.MM.YYYY`, `DD.MM`, `--MM-DD` or vCard's
    /// `--MMDD`.
    pub fn parse(field: &str, text: &str) -> Result<Birthday, ValidationError> {
        let t = text.trim();
        let yearless = if let Some(rest) = t.strip_prefix("--") {
            match rest.split_once('-') {
                None if rest.len() == 4 && rest.is_ascii() => Some(rest.split_at(2)),
                split => split,
            }
        } else {
            match t.split('.').collect::<Vec<_>>().as_slice() {
                [d, m] => Some((*m, *d)),
                [d, m, ""] => Some((*m, *d)),
                _ => None,
            }
        };
        if let Some((m, d)) = yearless {
            let (_, month, day) = numbers(field, text, ("2000", m, d))?;
            // 2000 is a leap year, so 29 February is a valid yearless birthday.
            NaiveDate::from_ymd_opt(2000, month, day).ok_or_else(|| missing_day(field, text))?;
            return Ok(Birthday { year: None, month, day });
        }
        let date = parse_date(field, text)?;
        Ok(Birthday::from(date))
    }

    /// The stored form: `YYYY-MM-DD`, or `--MM-DD` without a year.
    pub fn to_stored(self) -> String {
        self.to_string()
    }
}

impl From<NaiveDate> for Birthday {
    fn from(d: NaiveDate) -> Self {
        Birthday { year: Some(d.year()), month: d.month(), day: d.day() }
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for Birthday {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn numbers(field: &str, text: &str, (y, m, d): (&str, &str, &str)) -> Result<(i32, u32, u32), ValidationError> {
    let y = y.trim().parse().map_err(|_| bad_form(field, text))?;
    let m = m.trim().parse().map_err(|_| bad_form(field, text))?;
    let d = d.trim().parse().map_err(|_| bad_form(field, text))?;
    Ok((y, m, d))
}

fn bad_form(field: &str, text: &str) -> ValidationError {
    ValidationError::new(field, text, "expected a date as YYYY-MM-DD or DD.MM.YYYY")
}

fn missing_day(field: &str, text: &str) -> ValidationError {
    ValidationError::new(field, text, "this date does not exist")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_iso_and_dotted_dates() {
        assert_eq!(parse_date("date", "2025-03-14").unwrap(), d(2025, 3, 14));
        assert_eq!(parse_date("date", "14.03.2025").unwrap(), d(2025, 3, 14));
        assert_eq!(parse_date("date", " 1.3.2025 ").unwrap(), d(2025, 3, 1));
    }

    #[test]
    fn impossible_dates_say_so() {
        let e = parse_date("date", "31.02.2025").unwrap_err();
        assert_eq!(e.to_string(), "date '31.02.2025': this date does not exist");
        let e = parse_date("date", "yesterday").unwrap_err();
        assert_eq!(e.to_string(), "date 'yesterday': expected a date as YYYY-MM-DD or DD.MM.YYYY");
        assert!(parse_date("date", "14.03.25").is_err(), "two-digit years are ambiguous");
    }

    #[test]
    fn reads_date_times() {
        let want = d(2025, 3, 14).and_hms_opt(9, 30, 0).unwrap();
        assert_eq!(parse_datetime("at", "2025-03-14 09:30").unwrap(), want);
        assert_eq!(parse_datetime("at", "2025-03-14T09:30").unwrap(), want);
        assert_eq!(parse_datetime("at", "14.03.2025 09:30").unwrap(), want);
        assert!(parse_datetime("at", "2025-03-14 25:00").is_err());
    }

    #[test]
    fn birthdays_with_and_without_year() {
        let b = Birthday::parse("birthday", "15.03").unwrap();
        assert_eq!(b, Birthday { year: None, month: 3, day: 15 });
        assert_eq!(b.to_stored(), "--03-15");
        assert_eq!(Birthday::parse("birthday", "--03-15").unwrap(), b);
        assert_eq!(Birthday::parse("birthday", "--0315").unwrap(), b);
        assert_eq!(Birthday::parse("birthday", "1980-03-15").unwrap().to_stored(), "1980-03-15");
        assert!(Birthday::parse("birthday", "29.02").is_ok());
        assert!(Birthday::parse("birthday", "30.02").is_err());
    }

    #[test]
    fn next_date_shortcuts() {
        let today = d(2026, 11, 23); // a Monday
        assert_eq!(parse_next_date("next", "+2d", today).unwrap(), d(2026, 11, 25));
        assert_eq!(parse_next_date("next", "+1w", today).unwrap(), d(2026, 11, 30));
        assert_eq!(parse_next_date("next", "+1m", today).unwrap(), d(2026, 12, 23));
        assert_eq!(parse_next_date("next", "fri", today).unwrap(), d(2026, 11, 27));
        assert_eq!(parse_next_date("next", "monday", today).unwrap(), d(2026, 11, 30));
        assert_eq!(parse_next_date("next", "01.12.2026", today).unwrap(), d(2026, 12, 1));
        assert!(parse_next_date("next", "+xd", today).is_err());
    }
}
