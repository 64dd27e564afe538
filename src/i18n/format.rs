//! Dates, amounts and counts as each language writes them for people:
//! `23.11.2026` and `12 345,67` in Russian and Romanian, `23/11/2026` and
//! `12.345,67` in Spanish, `2026-11-23` and `12,345.67` in English. What
//! programs read (JSON, CSV for import) stays ISO and plain decimals.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_bundle::FluentValue;

use super::{Lang, current};

/// The separator of day and month, day first; `None` for English, which
/// writes ISO dates, year first.
fn day_first(lang: Lang) -> Option<char> {
    match lang {
        Lang::En => None,
        Lang::Ru | Lang::Ro => Some('.'),
        Lang::Es => Some('/'),
    }
}

// Written by hand rather than through strftime patterns: chrono reads a
// pattern again for every date, and `list` writes 100,000 of them.

/// A whole date: `23.11.2026`, `23/11/2026`, `2026-11-23`.
pub fn date(d: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_date(&mut out, d);
    out
}

/// `date`, written at the end of `out` digit by digit: `list` writes
/// 70,000 of them, and through `write!` they were a tenth of its table.
pub fn push_date(out: &mut String, d: NaiveDate) {
    let sep = day_first(current());
    let year = d.year().unsigned_abs();
    if !(1000..=9999).contains(&d.year()) {
        // Never in a client file, but written right.
        match sep {
            Some(s) => out.push_str(&format!("{:02}{s}{:02}{s}{}", d.day(), d.month(), d.year())),
            None => out.push_str(&d.to_string()),
        }
        return;
    }
    let year = |out: &mut String| {
        push_two(out, year / 100);
        push_two(out, year % 100);
    };
    match sep {
        Some(s) => {
            push_two(out, d.day());
            out.push(s);
            push_two(out, d.month());
            out.push(s);
            year(out);
        }
        None => {
            year(out);
            out.push('-');
            push_two(out, d.month());
            out.push('-');
            push_two(out, d.day());
        }
    }
}

/// The last two digits of `n`.
fn push_two(out: &mut String, n: u32) {
    out.push(char::from_digit(n / 10 % 10, 10).unwrap_or('0'));
    out.push(char::from_digit(n % 10, 10).unwrap_or('0'));
}

/// A date in a narrow column: `23.11.26`, `23/11/26`; English keeps the
/// whole ISO date, as a two-digit year first reads as a day.
pub fn date_short(d: NaiveDate) -> String {
    match day_first(current()) {
        Some(s) => format!("{:02}{s}{:02}{s}{:02}", d.day(), d.month(), d.year().rem_euclid(100)),
        None => d.to_string(),
    }
}

/// A day of this year: `23.11`, `23/11`, `11-23`.
pub fn day_month(d: NaiveDate) -> String {
    match day_first(current()) {
        Some(s) => format!("{:02}{s}{:02}", d.day(), d.month()),
        None => format!("{:02}-{:02}", d.month(), d.day()),
    }
}

/// A month: `11.2026`, `11/2026`, `2026-11`.
pub fn month(d: NaiveDate) -> String {
    match day_first(current()) {
        Some(s) => format!("{:02}{s}{}", d.month(), d.year()),
        None => format!("{}-{:02}", d.year(), d.month()),
    }
}

/// A moment: the short date and the time, `23.11.26 10:00`.
pub fn date_time(t: NaiveDateTime) -> String {
    format!("{} {}", date_short(t.date()), t.format("%H:%M"))
}

/// A moment with the whole date: `23.11.2026 10:00`, `2026-11-23 10:00`.
pub fn date_time_long(t: NaiveDateTime) -> String {
    format!("{} {}", date(t.date()), t.format("%H:%M"))
}

/// Separators of thousands and of decimals.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => (',', '.'),
        Lang::Ru | Lang::Ro => (' ', ','),
        Lang::Es => ('.', ','),
    }
}

/// A whole number with its thousands grouped: `100 000`, `100.000`,
/// `100,000`. Spanish leaves four digits alone (`2026`), as its
/// typography does.
pub fn group_digits(n: i64) -> String {
    group_in(current(), n)
}

fn group_in(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    let (thousands, _) = separators(lang);
    if lang == Lang::Es && digits.len() <= 4 {
        return format!("{sign}{digits}");
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// An amount of money in minor units: `12 345,67`, `12.345,67`, `12,345.67`.
pub fn amount(minor: i64) -> String {
    let lang = current();
    let (_, decimal) = separators(lang);
    let whole = group_in(lang, minor.abs() / 100);
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{whole}{decimal}{:02}", minor.unsigned_abs() % 100)
}

/// Fluent's numbers (counts in messages) grouped like the language's.
fn number_in(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 =>
        {
            #[allow(clippy::cast_possible_truncation)]
            Some(group_in(lang, n.value as i64))
        }
        _ => None,
    }
}

pub(super) fn number_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Lang::En, value)
}

pub(super) fn number_ru<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Lang::Ru, value)
}

pub(super) fn number_ro<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Lang::Ro, value)
}

pub(super) fn number_es<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(Lang::Es, value)
}

#[cfg(test)]
mod tests {
    use super::super::scoped;
    use super::*;

    #[test]
    fn each_language_writes_dates_and_amounts_its_way() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let cases = [
            (Lang::En, "2026-11-23", "12,345.67", "-0.05"),
            (Lang::Ru, "23.11.2026", "12 345,67", "-0,05"),
            (Lang::Ro, "23.11.2026", "12 345,67", "-0,05"),
            (Lang::Es, "23/11/2026", "12.345,67", "-0,05"),
        ];
        for (lang, day, money, small) in cases {
            let _lang = scoped(lang);
            assert_eq!(date(d), day);
            assert_eq!(amount(1_234_567), money);
            assert_eq!(amount(-5), small);
        }
        let _es = scoped(Lang::Es);
        assert_eq!(amount(123_456), "1234,56", "Spanish groups from five digits");
        assert_eq!(amount(123_456_789), "1.234.567,89");
        assert_eq!(date_short(d), "23/11/26");
        assert_eq!(day_month(d), "23/11");
    }

    #[test]
    fn dates_written_digit_by_digit_are_those_chrono_writes() {
        let days =
            [(2026, 1, 5), (1999, 12, 31), (1000, 1, 1), (9999, 12, 31), (999, 7, 8), (10_000, 2, 29), (-5, 3, 4)];
        for (lang, sep) in [(Lang::En, None), (Lang::Ru, Some('.')), (Lang::Es, Some('/'))] {
            let _lang = scoped(lang);
            for (y, m, d) in days {
                let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
                let expected = match sep {
                    Some(s) => format!("{d:02}{s}{m:02}{s}{y}"),
                    None => day.to_string(),
                };
                let mut out = String::from("x");
                push_date(&mut out, day);
                assert_eq!(out, format!("x{expected}"), "{lang:?} {day:?}");
            }
        }
    }
}
