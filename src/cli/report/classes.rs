//! The class reports: ABC, XYZ, lifecycle and the ABC × XYZ grid.

use crate::domain::classes::{self, ClientSales, Period};
use crate::i18n::{amount as format_amount, t};
use crate::tr;

use super::super::args::ReportArgs;
use super::{machine, percent, print_table};

fn class(c: Option<&str>) -> String {
    c.unwrap_or("—").to_string()
}

pub fn abc(a: &ReportArgs, clients: &[ClientSales], period: Period) -> anyhow::Result<()> {
    let rows = classes::abc(clients, period);
    if let Some(done) = machine(a, &rows)? {
        return done;
    }
    let total: i64 = rows.iter().map(|r| r.turnover).sum();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.id.to_string(), r.name.clone(), format_amount(r.turnover), class(r.class.map(|c| c.id()))])
        .collect();
    print_table(
        &[t("col-id"), t("col-name"), t("col-turnover"), t("col-class")],
        &cells,
        &tr!("report-total-turnover", amount = format_amount(total)),
        period,
    )
}

pub fn xyz(a: &ReportArgs, clients: &[ClientSales], period: Period) -> anyhow::Result<()> {
    let rows = classes::xyz(clients, period, a.window);
    if let Some(done) = machine(a, &rows)? {
        return done;
    }
    let classed = rows.iter().filter(|r| r.class.is_some()).count();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.id.to_string(), r.name.clone(), percent(r.cv), class(r.class.map(|c| c.id()))])
        .collect();
    let headers = [t("col-id"), t("col-name"), t("col-cv"), t("col-class")];
    print_table(&headers, &cells, &tr!("report-classed", n = classed), period)
}

pub fn lifecycle(a: &ReportArgs, clients: &[ClientSales], period: Period) -> anyhow::Result<()> {
    let rows = classes::lifecycle(clients, period.to, a.window);
    if let Some(done) = machine(a, &rows)? {
        return done;
    }
    let counts: Vec<String> = classes::Lifecycle::ALL
        .iter()
        .map(|l| format!("{} {}", l.label(), rows.iter().filter(|r| r.class == *l).count()))
        .collect();
    let cells: Vec<Vec<String>> =
        rows.iter().map(|r| vec![r.id.to_string(), r.name.clone(), r.class.id().to_string()]).collect();
    print_table(&[t("col-id"), t("col-name"), t("col-class")], &cells, &counts.join(", "), period)
}

pub fn abc_xyz(a: &ReportArgs, clients: &[ClientSales], period: Period) -> anyhow::Result<()> {
    let cells = classes::abc_xyz(&classes::abc(clients, period), &classes::xyz(clients, period, a.window));
    if let Some(done) = machine(a, &cells)? {
        return done;
    }
    let rows: Vec<Vec<String>> = classes::Abc::ALL
        .iter()
        .map(|abc| {
            let mut row = vec![abc.id().to_string()];
            for cell in cells.iter().filter(|c| c.abc == *abc) {
                row.push(format!("{} · {}", cell.clients, format_amount(cell.turnover)));
            }
            row
        })
        .collect();
    print_table(&["", "X", "Y", "Z"], &rows, t("report-grid"), period)
}
