//! `kartoteka report`: what the file tells the head of sales, as a table for
//! people, JSON or CSV for programs (amounts in minor units there, as in
//! `show --json`; dates ISO).

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::ValidationError;
use crate::domain::classes::Period;
use crate::domain::dates::parse_date;
use crate::store::Store;

use super::args::{ReportArgs, ReportName};
use super::{emit, print_json, table};

mod classes;
mod work;

/// The period the options name: the last twelve full months by default.
fn period(a: &ReportArgs, today: NaiveDate) -> anyhow::Result<Period> {
    let default = Period::last_twelve_months(today);
    let from = a.from.as_deref().map(|t| parse_date("from", t)).transpose()?;
    let to = a.to.as_deref().map(|t| parse_date("to", t)).transpose()?.unwrap_or(default.to);
    let from = from.unwrap_or_else(|| {
        if a.to.is_some() { to - chrono::Months::new(12) + chrono::Days::new(1) } else { default.from }
    });
    if from > to {
        return Err(
            ValidationError::new("from", &from.to_string(), crate::tr!("err-after-to", to = to.to_string())).into()
        );
    }
    Ok(Period { from, to })
}

pub fn run(store: &Store, a: &ReportArgs) -> anyhow::Result<()> {
    let period = period(a, store.clock().today())?;
    let manager = a.manager.as_deref();
    match a.name {
        ReportName::Abc => classes::abc(a, &store.sales(period.to, manager)?, period),
        ReportName::Xyz => classes::xyz(a, &store.sales(period.to, manager)?, period),
        ReportName::Lifecycle => classes::lifecycle(a, &store.sales(period.to, manager)?, period),
        ReportName::Abcxyz => classes::abc_xyz(a, &store.sales(period.to, manager)?, period),
        ReportName::Funnel => work::funnel(store, a, period),
        ReportName::Kpi => work::kpi(store, a, period),
        ReportName::Calls => work::calls(store, a, period),
        ReportName::Loyalty => work::loyalty(store, a, period),
        ReportName::Matrix => work::matrix(store, a, period),
        ReportName::Complaints => work::complaints(store, a, period),
    }
}

/// Prints a table for people, its summary line and the period.
fn print_table(headers: &[&str], rows: &[Vec<String>], summary: &str, period: Period) -> anyhow::Result<()> {
    emit(&format!("{}{summary}; {}\n", table::render(headers, rows), period_words(period)))
}

/// `period 2025-11-01 – 2026-10-31`, in the language's dates.
fn period_words(period: Period) -> String {
    crate::tr!("report-period", from = crate::i18n::date(period.from), to = crate::i18n::date(period.to))
}

/// Prints `rows` as JSON or CSV when asked; `Some` then.
fn machine<T: Serialize>(a: &ReportArgs, rows: &[T]) -> anyhow::Result<Option<anyhow::Result<()>>> {
    machine_doc(a, &rows, |out| {
        for row in rows {
            out.serialize(row)?;
        }
        Ok(())
    })
}

/// Prints `doc` as JSON, or the CSV records `csv` writes, when asked; `Some` then.
fn machine_doc<T: Serialize>(
    a: &ReportArgs,
    doc: &T,
    csv: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>,
) -> anyhow::Result<Option<anyhow::Result<()>>> {
    if a.json {
        return Ok(Some(print_json(doc)));
    }
    if a.csv {
        let mut out = csv::Writer::from_writer(Vec::new());
        csv(&mut out)?;
        let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        return Ok(Some(emit(&String::from_utf8_lossy(&bytes))));
    }
    Ok(None)
}

/// A share as a percentage with one decimal; a dash for none.
fn percent(share: Option<f64>) -> String {
    share.map(|s| format!("{:.1}%", s * 100.0)).unwrap_or_else(|| "—".into())
}
