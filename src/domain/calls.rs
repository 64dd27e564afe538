//! Incoming calls by the source the caller named, for each day of a month
//! (domain.md: "how many callers learned of the company from each source").

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::ValidationError;
use super::classes::Period;
use super::fold::fold;

/// The source of a call whose caller named none.
pub const NOT_NAMED: &str = "not named";

/// A source as people read it: the callers who named none, in the language.
pub fn source_label(name: &str) -> &str {
    if name == NOT_NAMED { crate::i18n::t("calls-not-named") } else { name }
}

/// A calendar month, read from `YYYY-MM`.
pub fn month(field: &str, text: &str) -> Result<Period, ValidationError> {
    let bad = || ValidationError::new(field, text, crate::i18n::t("err-expected-month-2026-10"));
    let from = NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d").map_err(|_| bad())?;
    Ok(month_of(from))
}

/// The calendar month a day falls in.
pub fn month_of(day: NaiveDate) -> Period {
    let from = day.with_day(1).unwrap_or(day);
    let next = from + Months::new(1);
    Period { from, to: next.pred_opt().unwrap_or(from) }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    /// Calls of each source, in the order of `CallsReport::sources`.
    pub counts: Vec<usize>,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallsReport {
    pub month: Period,
    /// The sources, the most frequent first (`not named` last).
    pub sources: Vec<String>,
    /// Every day of the month, in order.
    pub days: Vec<Day>,
    /// The month's calls of each source, and in all.
    pub totals: Vec<usize>,
    pub total: usize,
}

/// Counts `calls` (day, named source) in `month`; the same source in
/// other letter case counts once, under the spelling first met.
pub fn calls_by_source(calls: &[(NaiveDate, Option<String>)], month: Period) -> CallsReport {
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut tally: Vec<(NaiveDate, usize)> = Vec::new();
    for (date, source) in calls.iter().filter(|(d, _)| month.contains(*d)) {
        let name = source.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or(NOT_NAMED);
        let i = *keys.entry(fold(name)).or_insert_with(|| {
            names.push(name.to_string());
            names.len() - 1
        });
        tally.push((*date, i));
    }
    let mut totals = vec![0usize; names.len()];
    for (_, i) in &tally {
        totals[*i] += 1;
    }
    // Most frequent first, then by name; "not named" always last.
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|a, b| {
        (names[*a] == NOT_NAMED)
            .cmp(&(names[*b] == NOT_NAMED))
            .then(totals[*b].cmp(&totals[*a]))
            .then_with(|| fold(&names[*a]).cmp(&fold(&names[*b])))
    });
    let mut rank = vec![0usize; names.len()];
    for (r, i) in order.iter().enumerate() {
        rank[*i] = r;
    }
    let mut days: Vec<Day> = month
        .from
        .iter_days()
        .take_while(|d| *d <= month.to)
        .map(|date| Day { date, counts: vec![0; names.len()], total: 0 })
        .collect();
    for (date, i) in tally {
        if let Some(day) = days.iter_mut().find(|d| d.date == date) {
            day.counts[rank[i]] += 1;
            day.total += 1;
        }
    }
    CallsReport {
        month,
        sources: order.iter().map(|i| names[*i].clone()).collect(),
        days,
        totals: order.iter().map(|i| totals[*i]).collect(),
        total: totals.iter().sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn calls_of_each_day_by_source() {
        let feb = month("month", "2026-02").unwrap();
        assert_eq!(feb, Period { from: d("2026-02-01"), to: d("2026-02-28") });
        let calls = vec![
            (d("2026-02-01"), Some("Website".to_string())),
            (d("2026-02-01"), Some("advert".to_string())),
            (d("2026-02-14"), Some("website ".to_string())),
            (d("2026-02-28"), None),
            (d("2026-02-28"), Some("Выставка".to_string())),
            (d("2026-03-01"), Some("advert".to_string())),
        ];
        let r = calls_by_source(&calls, feb);
        assert_eq!(r.sources, ["Website", "advert", "Выставка", "not named"]);
        assert_eq!(r.totals, [2, 1, 1, 1]);
        assert_eq!(r.total, 5);
        assert_eq!(r.days.len(), 28);
        assert_eq!(r.days[0].counts, [1, 1, 0, 0]);
        assert_eq!(r.days[13].counts, [1, 0, 0, 0]);
        assert_eq!((r.days[27].counts.clone(), r.days[27].total), (vec![0, 0, 1, 1], 2));
    }

    #[test]
    fn a_month_is_typed_as_year_and_month() {
        assert_eq!(month("month", "2024-02").unwrap().to, d("2024-02-29"));
        assert_eq!(
            month("month", "02.2026").unwrap_err().to_string(),
            "month '02.2026': expected a month such as 2026-10"
        );
        assert!(month("month", "2026-13").is_err());
    }
}
