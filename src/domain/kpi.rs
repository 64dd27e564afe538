//! The table of each salesperson's work in a period (domain.md, "Per
//! salesperson, per period"). A client's figures go to the salesperson
//! responsible for it now.
//!
//! - `potential`: clients without any order by the period's end;
//! - `first_sales`, `first_sales_sum`: clients whose first order day falls
//!   in the period, and the amount of that day's lines;
//! - `lost`: clients lost at the period's end (lifecycle) that were not lost
//!   the day before it began;
//! - `restored`: clients that bought in the period on a day when they had
//!   been lost (lifecycle on the day before);
//! - `repeat_sales`, `repeat_sales_sum`: the period's order lines after the
//!   client's first order day;
//! - `new_line_sales`: products lines bought for the first time by a client
//!   that had bought before, in the period (each client and line once).

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::classes::{ClientSales, Lifecycle, Period, Sale, lifecycle_at};
use super::fold::fold;

/// The name of the row of clients without a salesperson.
pub const UNASSIGNED: &str = "(no salesperson)";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct KpiRow {
    pub manager: String,
    pub potential: usize,
    pub first_sales: usize,
    pub first_sales_sum: i64,
    pub lost: usize,
    pub restored: usize,
    pub repeat_sales: usize,
    pub repeat_sales_sum: i64,
    pub new_line_sales: usize,
}

impl KpiRow {
    fn add(&mut self, o: &KpiRow) {
        self.potential += o.potential;
        self.first_sales += o.first_sales;
        self.first_sales_sum += o.first_sales_sum;
        self.lost += o.lost;
        self.restored += o.restored;
        self.repeat_sales += o.repeat_sales;
        self.repeat_sales_sum += o.repeat_sales_sum;
        self.new_line_sales += o.new_line_sales;
    }
}

/// One row per salesperson by name, then a row `total`. `lines` gives the
/// product line of each product id; `window_months` is the lifecycle window.
/// The rows as people read them, each with its name: the salespeople in the
/// language's alphabet, then the total; the total and the clients without
/// a salesperson named in the language. (The rows themselves, for JSON and
/// CSV, stay in the folded order whatever the language.)
pub fn shown(rows: &[KpiRow]) -> Vec<(String, &KpiRow)> {
    let total = |r: &&KpiRow| r.manager == "total";
    let mut people: Vec<&KpiRow> = rows.iter().filter(|r| !total(r)).collect();
    crate::i18n::reorder_by_name(crate::i18n::current(), &mut people, |r| r.manager.as_str());
    let name = |r: &KpiRow| match r.manager.as_str() {
        "total" => crate::i18n::t("reports-total").to_string(),
        UNASSIGNED => crate::i18n::t("kpi-unassigned").to_string(),
        other => other.to_string(),
    };
    people.into_iter().chain(rows.iter().filter(total)).map(|r| (name(r), r)).collect()
}

pub fn kpi(clients: &[ClientSales], lines: &HashMap<i64, String>, period: Period, window_months: u32) -> Vec<KpiRow> {
    let mut by_manager: HashMap<&str, KpiRow> = HashMap::new();
    for c in clients {
        let name = c.manager.as_deref().unwrap_or(UNASSIGNED);
        let row = by_manager.entry(name).or_insert_with(|| KpiRow { manager: name.to_string(), ..KpiRow::default() });
        row.add(&of_client(c, lines, period, window_months));
    }
    let mut rows: Vec<KpiRow> = by_manager.into_values().collect();
    rows.sort_by_cached_key(|r| (fold(&r.manager), r.manager.clone()));
    let mut total = KpiRow { manager: "total".into(), ..KpiRow::default() };
    for row in &rows {
        total.add(row);
    }
    rows.push(total);
    rows
}

fn of_client(c: &ClientSales, lines: &HashMap<i64, String>, period: Period, window_months: u32) -> KpiRow {
    let mut sales: Vec<Sale> = c.sales.iter().filter(|s| s.date <= period.to).copied().collect();
    sales.sort_by_key(|s| s.date);
    let mut row = KpiRow::default();
    let Some(first) = sales.first().map(|s| s.date) else {
        row.potential = 1;
        return row;
    };
    let day_before = |d: NaiveDate| d.checked_sub_days(Days::new(1)).unwrap_or(d);
    if period.contains(first) {
        row.first_sales = 1;
        row.first_sales_sum = sales.iter().filter(|s| s.date == first).map(|s| s.amount).sum();
    }
    let lost_at = |d: NaiveDate| lifecycle_at(&sales, d, window_months) == Lifecycle::Lost;
    if lost_at(period.to) && first < period.from && !lost_at(day_before(period.from)) {
        row.lost = 1;
    }
    let mut days: Vec<NaiveDate> = sales.iter().map(|s| s.date).filter(|d| period.contains(*d)).collect();
    days.dedup();
    if days.iter().any(|d| *d > first && lost_at(day_before(*d))) {
        row.restored = 1;
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for s in &sales {
        let line = s.product.and_then(|p| lines.get(&p)).map(String::as_str);
        if period.contains(s.date) && s.date > first {
            row.repeat_sales += 1;
            row.repeat_sales_sum += s.amount;
            if let Some(line) = line
                && !seen.contains(line)
            {
                row.new_line_sales += 1;
            }
        }
        if let Some(line) = line {
            seen.insert(line);
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::ClientId;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn client(id: ClientId, manager: Option<&str>, sales: &[(&str, i64, i64)]) -> ClientSales {
        ClientSales {
            id,
            name: format!("client {id}"),
            manager: manager.map(String::from),
            sales: sales
                .iter()
                .map(|(date, amount, product)| Sale { product: Some(*product), ..Sale::new(d(date), *amount) })
                .collect(),
            ..ClientSales::default()
        }
    }

    #[test]
    fn each_figure_of_the_salesperson_table() {
        // Period: the third quarter of 2026; lifecycle window 3 months.
        // Products 1 and 2 are line "computers", 3 is "furniture".
        let lines: HashMap<i64, String> =
            [(1, "computers"), (2, "computers"), (3, "furniture")].map(|(k, v)| (k, v.to_string())).into();
        let period = Period { from: d("2026-07-01"), to: d("2026-09-30") };
        let clients = vec![
            // Ivanova: a prospect; a first sale of two lines on 10 August
            // (100 + 50) and a repeat of another line on 20 August (a new line
            // for the client? no: computers again → 0 new lines).
            client(1, Some("Иванова"), &[]),
            client(2, Some("Иванова"), &[("2026-08-10", 100, 1), ("2026-08-10", 50, 1), ("2026-08-20", 30, 2)]),
            // Ivanova: bought in May and June, then nothing: lost on 30
            // September (window July–September), not lost on 30 June.
            client(3, Some("Иванова"), &[("2026-05-05", 70, 1), ("2026-06-06", 70, 1)]),
            // Muñoz: bought in January, lost from April, bought furniture
            // (a new line) on 15 August: restored, one repeat sale, one new line.
            client(4, Some("Muñoz"), &[("2026-01-15", 200, 1), ("2026-08-15", 300, 3)]),
            // Muñoz: lost long before the period: neither lost nor restored in it.
            client(5, Some("Muñoz"), &[("2025-01-01", 10, 1)]),
            // Nobody's: a first sale on the period's last day.
            client(6, None, &[("2026-09-30", 5, 3)]),
        ];
        let rows = kpi(&clients, &lines, period, 3);
        let figures: Vec<(&str, [usize; 6], [i64; 2])> = rows
            .iter()
            .map(|r| {
                (
                    r.manager.as_str(),
                    [r.potential, r.first_sales, r.lost, r.restored, r.repeat_sales, r.new_line_sales],
                    [r.first_sales_sum, r.repeat_sales_sum],
                )
            })
            .collect();
        assert_eq!(
            figures,
            [
                ("(no salesperson)", [0, 1, 0, 0, 0, 0], [5, 0]),
                ("Muñoz", [0, 0, 0, 1, 1, 1], [0, 300]),
                ("Иванова", [1, 1, 1, 0, 1, 0], [150, 30]),
                ("total", [1, 2, 1, 1, 2, 1], [155, 330]),
            ]
        );
    }

    #[test]
    fn people_read_the_table_in_their_alphabet_with_its_names_translated() {
        let period = Period { from: d("2026-07-01"), to: d("2026-09-30") };
        let clients = ["Ștefan Pop", "Szabo Ana", "Stan Ion"].map(|m| client(1, Some(m), &[]));
        let mut all = clients.to_vec();
        all.push(client(2, None, &[]));
        let rows = kpi(&all, &HashMap::new(), period, 3);
        let names = |lang| {
            let _lang = crate::i18n::scoped(lang);
            shown(&rows).into_iter().map(|(name, _)| name).collect::<Vec<_>>()
        };
        assert_eq!(names(crate::i18n::Lang::En), ["(no salesperson)", "Stan Ion", "Ștefan Pop", "Szabo Ana", "total"]);
        assert_eq!(names(crate::i18n::Lang::Ro), ["(fără agent)", "Stan Ion", "Szabo Ana", "Ștefan Pop", "total"]);
        // The rows themselves, for JSON and CSV, keep the folded order.
        let _ro = crate::i18n::scoped(crate::i18n::Lang::Ro);
        assert_eq!(kpi(&all, &HashMap::new(), period, 3)[2].manager, "Ștefan Pop");
    }
}
