//! Reading dates the way an office writes them: `2025-03-14`, `14.03.2025`,
//! date-times with a space or `T`, birthdays with or without a year, and
//! next-contact shortcuts relative to a given today (`+2d`, `+1w`, `fri`).

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Serialize, Serializer};

use super::ValidationError;

/// Parses a calendar date: `YYYY-MM-DD`, `DD.MM.YYYY` or `DD/MM/YYYY`,
/// whatever the language of the interface. A slashed date is read day
/// first, as in Spanish, Romanian and Russian offices, unless only the
/// month-first reading is a date (`11/23/2026`).
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, ValidationError> {
    let t = text.trim();
    let slashed = t.contains('/');
    let parts = if let Some((y, rest)) = t.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or_else(|| bad_form(field, text))?;
        (y, m, d)
    } else {
        let mut it = t.split(['.', '/']);
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(d), Some(m), Some(y), None) => (y, m, d),
            _ => return Err(bad_form(field, text)),
        }
    };
    let (y, m, d) = numbers(field, text, parts)?;
    if !(1000..=9999).contains(&y) {
        return Err(bad_form(field, text));
    }
    NaiveDate::from_ymd_opt(y, m, d)
        .or_else(|| if slashed && m > 12 { NaiveDate::from_ymd_opt(y, d, m) } else { None })
        .ok_or_else(|| missing_day(field, text))
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
            .map_err(|_| ValidationError::new(field, text, crate::i18n::t("err-expected-time-hh-mm-2025")))?,
    };
    Ok(date.and_time(time))
}

/// Days and weekdays as the four languages write them, folded: what a
/// next-contact date may say whatever the language of the interface.
const DAY_WORDS: &[(&str, Option<Weekday>, u64)] = &[
    ("today", None, 0),
    ("сегодня", None, 0),
    ("azi", None, 0),
    ("astazi", None, 0),
    ("hoy", None, 0),
    ("tomorrow", None, 1),
    ("завтра", None, 1),
    ("maine", None, 1),
    ("manana", None, 1),
    ("понедельник", Some(Weekday::Mon), 0),
    ("пн", Some(Weekday::Mon), 0),
    ("вторник", Some(Weekday::Tue), 0),
    ("вт", Some(Weekday::Tue), 0),
    ("среда", Some(Weekday::Wed), 0),
    ("среду", Some(Weekday::Wed), 0),
    ("ср", Some(Weekday::Wed), 0),
    ("четверг", Some(Weekday::Thu), 0),
    ("чт", Some(Weekday::Thu), 0),
    ("пятница", Some(Weekday::Fri), 0),
    ("пятницу", Some(Weekday::Fri), 0),
    ("пт", Some(Weekday::Fri), 0),
    ("суббота", Some(Weekday::Sat), 0),
    ("субботу", Some(Weekday::Sat), 0),
    ("сб", Some(Weekday::Sat), 0),
    ("воскресенье", Some(Weekday::Sun), 0),
    ("вс", Some(Weekday::Sun), 0),
    ("luni", Some(Weekday::Mon), 0),
    ("lunes", Some(Weekday::Mon), 0),
    ("lun", Some(Weekday::Mon), 0),
    ("marti", Some(Weekday::Tue), 0),
    ("martes", Some(Weekday::Tue), 0),
    ("mar", Some(Weekday::Tue), 0),
    ("miercuri", Some(Weekday::Wed), 0),
    ("miercoles", Some(Weekday::Wed), 0),
    ("mie", Some(Weekday::Wed), 0),
    ("joi", Some(Weekday::Thu), 0),
    ("jueves", Some(Weekday::Thu), 0),
    ("jue", Some(Weekday::Thu), 0),
    ("vineri", Some(Weekday::Fri), 0),
    ("viernes", Some(Weekday::Fri), 0),
    ("vin", Some(Weekday::Fri), 0),
    ("vie", Some(Weekday::Fri), 0),
    ("sambata", Some(Weekday::Sat), 0),
    ("sabado", Some(Weekday::Sat), 0),
    ("sam", Some(Weekday::Sat), 0),
    ("sab", Some(Weekday::Sat), 0),
    ("duminica", Some(Weekday::Sun), 0),
    ("domingo", Some(Weekday::Sun), 0),
    ("dum", Some(Weekday::Sun), 0),
    ("dom", Some(Weekday::Sun), 0),
];

/// Parses a next-contact date: a date, or a shortcut relative to `today` —
/// `today`, `tomorrow`, `+3d`, `+2w`, `+1m`, or a weekday name (`fri`,
/// `friday`: the next such day after today), in any of the four
/// languages (`завтра`, `+2н`, `vineri`, `+1s`, `mañana`).
pub fn parse_next_date(field: &str, text: &str, today: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let t = super::fold::fold(text.trim());
    let word = DAY_WORDS.iter().find(|(w, _, _)| *w == t).map(|(_, weekday, days)| (*weekday, *days));
    if let Some((None, days)) = word {
        return Ok(today + Days::new(days));
    }
    if let Some(rest) = t.strip_prefix('+') {
        let unit = rest.chars().last().unwrap_or('d');
        let count: u32 =
            rest.trim_end_matches(|c: char| c.is_alphabetic()).parse().map_err(|_| shortcut_error(field, text))?;
        // Days, weeks, months: d w m, Russian д н м, Romanian z s l, Spanish d s m.
        let date = match unit {
            'd' | 'д' | 'z' => today.checked_add_days(Days::new(count.into())),
            'w' | 'н' | 's' => today.checked_add_days(Days::new(u64::from(count) * 7)),
            'm' | 'м' | 'l' => today.checked_add_months(Months::new(count)),
            _ if rest.chars().all(|c| c.is_ascii_digit()) => today.checked_add_days(Days::new(count.into())),
            _ => None,
        };
        return date.ok_or_else(|| shortcut_error(field, text));
    }
    if let Some(weekday) = t.parse::<Weekday>().ok().or(word.and_then(|(w, _)| w)) {
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
    ValidationError::new(field, text, crate::i18n::t("err-expected-date-2025-03-14"))
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
            match t.split(['.', '/']).collect::<Vec<_>>().as_slice() {
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
    ValidationError::new(field, text, crate::i18n::t("err-expected-date-yyyy-mm-dd"))
}

fn missing_day(field: &str, text: &str) -> ValidationError {
    ValidationError::new(field, text, crate::i18n::t("err-this-date-does-not-exist"))
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
        assert_eq!(e.to_string(), "date 'yesterday': expected a date as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY");
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

    #[test]
    fn next_dates_in_every_language() {
        let today = d(2026, 11, 23); // a Monday
        for (text, want) in [
            ("завтра", d(2026, 11, 24)),
            ("Mâine", d(2026, 11, 24)),
            ("mañana", d(2026, 11, 24)),
            ("hoy", today),
            ("+2н", d(2026, 12, 7)),
            ("+3д", d(2026, 11, 26)),
            ("+1м", d(2026, 12, 23)),
            ("+1s", d(2026, 11, 30)),
            ("+2z", d(2026, 11, 25)),
            ("+1l", d(2026, 12, 23)),
            ("пятницу", d(2026, 11, 27)),
            ("vineri", d(2026, 11, 27)),
            ("miércoles", d(2026, 11, 25)),
            ("sâmbătă", d(2026, 11, 28)),
            ("01/12/2026", d(2026, 12, 1)),
        ] {
            assert_eq!(parse_next_date("next", text, today).unwrap(), want, "{text}");
        }
    }

    #[test]
    fn slashed_dates_read_day_first_unless_only_month_first_is_a_date() {
        assert_eq!(parse_date("date", "02/03/2026").unwrap(), d(2026, 3, 2));
        assert_eq!(parse_date("date", "11/23/2026").unwrap(), d(2026, 11, 23));
        assert!(parse_date("date", "31/02/2026").is_err());
        assert_eq!(Birthday::parse("birthday", "15/03").unwrap(), Birthday { year: None, month: 3, day: 15 });
    }
}
