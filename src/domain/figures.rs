//! The figures of a client's history: orders by year and quarter, and what
//! was bought, most recent first, so that the next offer is obvious.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::model::Order;

#[derive(Debug, Clone, PartialEq)]
pub struct ProductBought {
    pub name: String,
    pub times: usize,
    pub last: NaiveDate,
    pub total: i64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrderFigures {
    /// Year and total, newest year first.
    pub by_year: Vec<(i32, i64)>,
    /// Year, quarter (1–4) and total, newest first.
    pub by_quarter: Vec<(i32, u32, i64)>,
    /// Products, the most recently bought first.
    pub products: Vec<ProductBought>,
}

pub fn order_figures(orders: &[Order]) -> OrderFigures {
    let mut years: BTreeMap<i32, i64> = BTreeMap::new();
    let mut quarters: BTreeMap<(i32, u32), i64> = BTreeMap::new();
    let mut products: BTreeMap<String, ProductBought> = BTreeMap::new();
    for o in orders {
        *years.entry(o.date.year()).or_default() += o.amount;
        *quarters.entry((o.date.year(), o.date.month0() / 3 + 1)).or_default() += o.amount;
        if let Some(name) = &o.product {
            let p = products.entry(name.clone()).or_insert(ProductBought {
                name: name.clone(),
                times: 0,
                last: o.date,
                total: 0,
            });
            p.times += 1;
            p.total += o.amount;
            p.last = p.last.max(o.date);
        }
    }
    let mut products: Vec<ProductBought> = products.into_values().collect();
    products.sort_by(|a, b| b.last.cmp(&a.last).then(a.name.cmp(&b.name)));
    OrderFigures {
        by_year: years.into_iter().rev().collect(),
        by_quarter: quarters.into_iter().rev().map(|((y, q), t)| (y, q, t)).collect(),
        products,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(date: &str, product: &str, amount: i64) -> Order {
        Order { id: 0, date: date.parse().unwrap(), product: Some(product.into()), quantity: 1.0, amount, paid: true }
    }

    #[test]
    fn sums_by_year_and_quarter_and_lists_latest_products_first() {
        let f = order_figures(&[
            order("2025-02-10", "Laptop", 10_000),
            order("2025-03-31", "Laptop", 5_000),
            order("2025-04-01", "Dock", 2_000),
            order("2026-01-05", "Toner", 500),
        ]);
        assert_eq!(f.by_year, vec![(2026, 500), (2025, 17_000)]);
        assert_eq!(f.by_quarter, vec![(2026, 1, 500), (2025, 2, 2_000), (2025, 1, 15_000)]);
        let names: Vec<&str> = f.products.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Toner", "Dock", "Laptop"]);
        assert_eq!(f.products[2].times, 2);
    }
}
