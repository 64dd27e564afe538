//! `kartoteka report`: the classes of the head of sales, as a table for
//! people, JSON or CSV for programs (amounts in minor units there, as in
//! `show --json`; dates ISO).

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::classes::{self, Period};
use crate::domain::dates::parse_date;
use crate::domain::{ValidationError, format_amount};
use crate::store::Store;

use super::args::{ReportArgs, ReportName};
use super::{emit, print_json, table};

/// The period the options name: the last twelve full months by default.
fn period(a: &ReportArgs, today: NaiveDate) -> anyhow::Result<Period> {
    let default = Period::last_twelve_months(today);
    let from = a.from.as_deref().map(|t| parse_date("from", t)).transpose()?;
    let to = a.to.as_deref().map(|t| parse_date("to", t)).transpose()?.unwrap_or(default.to);
    let from = from.unwrap_or_else(|| {
        if a.to.is_some() { to - chrono::Months::new(12) + chrono::Days::new(1) } else { default.from }
    });
    if from > to {
        return Err(ValidationError::new("from", &from.to_string(), format!("is after --to {to}")).into());
    }
    Ok(Period { from, to })
}

pub fn run(store: &Store, a: &ReportArgs) -> anyhow::Result<()> {
    let period = period(a, store.clock().today())?;
    let clients = store.sales(period.to, a.manager.as_deref())?;
    let class = |c: Option<&str>| c.unwrap_or("—").to_string();
    let (headers, rows, summary): (Vec<&str>, Vec<Vec<String>>, String) = match a.name {
        ReportName::Abc => {
            let rows = classes::abc(&clients, period);
            if let Some(done) = machine(a, &rows)? {
                return done;
            }
            let total: i64 = rows.iter().map(|r| r.turnover).sum();
            let cells = rows
                .iter()
                .map(|r| {
                    vec![r.id.to_string(), r.name.clone(), format_amount(r.turnover), class(r.class.map(|c| c.id()))]
                })
                .collect();
            (vec!["id", "name", "turnover", "class"], cells, format!("total turnover {}", format_amount(total)))
        }
        ReportName::Xyz => {
            let rows = classes::xyz(&clients, period, a.window);
            if let Some(done) = machine(a, &rows)? {
                return done;
            }
            let classed = rows.iter().filter(|r| r.class.is_some()).count();
            let cells = rows
                .iter()
                .map(|r| {
                    let cv = r.cv.map(|cv| format!("{:.1}%", cv * 100.0)).unwrap_or_else(|| "—".into());
                    vec![r.id.to_string(), r.name.clone(), cv, class(r.class.map(|c| c.id()))]
                })
                .collect();
            (vec!["id", "name", "cv", "class"], cells, format!("{classed} clients with a class"))
        }
        ReportName::Lifecycle => {
            let rows = classes::lifecycle(&clients, period.to, a.window);
            if let Some(done) = machine(a, &rows)? {
                return done;
            }
            let counts: Vec<String> = classes::Lifecycle::ALL
                .iter()
                .map(|l| format!("{} {}", l.id(), rows.iter().filter(|r| r.class == *l).count()))
                .collect();
            let cells = rows.iter().map(|r| vec![r.id.to_string(), r.name.clone(), r.class.id().to_string()]).collect();
            (vec!["id", "name", "class"], cells, counts.join(", "))
        }
        ReportName::Abcxyz => {
            let cells = classes::abc_xyz(&classes::abc(&clients, period), &classes::xyz(&clients, period, a.window));
            if let Some(done) = machine(a, &cells)? {
                return done;
            }
            let rows = classes::Abc::ALL
                .iter()
                .map(|abc| {
                    let mut row = vec![abc.id().to_string()];
                    for cell in cells.iter().filter(|c| c.abc == *abc) {
                        row.push(format!("{} · {}", cell.clients, format_amount(cell.turnover)));
                    }
                    row
                })
                .collect();
            (vec!["", "X", "Y", "Z"], rows, "clients · turnover in each cell".into())
        }
    };
    emit(&format!("{}{summary}; period {} – {}\n", table::render(&headers, &rows), period.from, period.to))
}

/// Prints `rows` as JSON or CSV when asked; `Some` then.
fn machine<T: Serialize>(a: &ReportArgs, rows: &[T]) -> anyhow::Result<Option<anyhow::Result<()>>> {
    if a.json {
        return Ok(Some(print_json(&rows)));
    }
    if a.csv {
        let mut out = csv::Writer::from_writer(Vec::new());
        for row in rows {
            out.serialize(row)?;
        }
        let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        return Ok(Some(emit(&String::from_utf8_lossy(&bytes))));
    }
    Ok(None)
}
