//! Loyalty in a period: how many buyers come back, how much of the turnover
//! comes from old clients, and what referrals bring.
//!
//! - a **repeat buyer** bought in the period and has at least two order days
//!   up to its end;
//! - an order line comes from an **old client** when the client's first
//!   order day is more than twelve months before the line's day;
//! - a **referral** client named a referral as its source (in any of the
//!   office's languages: "referral", "рекомендация", "recomandare",
//!   "recomendación", "referido").

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::classes::{ClientSales, Period};
use super::fold::fold;

/// Folded beginnings of the words offices write for a referral.
const REFERRAL_WORDS: &[&str] = &["referr", "referid", "рекоменд", "recomand", "recomend"];

/// Whether a client's source is a referral.
pub fn is_referral(source: &str) -> bool {
    let folded = fold(source);
    REFERRAL_WORDS.iter().any(|w| folded.contains(w))
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Loyalty {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Clients with an order in the period.
    pub buyers: usize,
    pub repeat_buyers: usize,
    /// `repeat_buyers / buyers`; none without buyers.
    pub repeat_share: Option<f64>,
    /// The period's turnover, minor units.
    pub sales: i64,
    /// Of it, the lines from clients older than a year.
    pub old_client_sales: i64,
    /// `old_client_sales / sales`; none without sales.
    pub old_client_share: Option<f64>,
    /// The period's order lines of referral clients, and their sum.
    pub referral_purchases: usize,
    pub referral_sales: i64,
    /// `referral_sales / sales`; none without sales.
    pub referral_share: Option<f64>,
}

pub fn loyalty(clients: &[ClientSales], period: Period) -> Loyalty {
    let mut l = Loyalty { from: period.from, to: period.to, ..Loyalty::default() };
    for c in clients {
        let Some(first) = c.first_order(period.to) else { continue };
        let referral = c.source.as_deref().is_some_and(is_referral);
        let mut bought = false;
        for s in c.sales.iter().filter(|s| period.contains(s.date)) {
            bought = true;
            l.sales += s.amount;
            if first.checked_add_months(Months::new(12)).is_some_and(|year_on| year_on < s.date) {
                l.old_client_sales += s.amount;
            }
            if referral {
                l.referral_purchases += 1;
                l.referral_sales += s.amount;
            }
        }
        if bought {
            l.buyers += 1;
            if c.sales.iter().any(|s| s.date != first && s.date <= period.to) {
                l.repeat_buyers += 1;
            }
        }
    }
    let share = |part: i64, whole: i64| (whole > 0).then(|| part as f64 / whole as f64);
    l.repeat_share = share(l.repeat_buyers as i64, l.buyers as i64);
    l.old_client_share = share(l.old_client_sales, l.sales);
    l.referral_share = share(l.referral_sales, l.sales);
    l
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::classes::Sale;

    fn client(source: &str, sales: &[(&str, i64)]) -> ClientSales {
        ClientSales {
            source: Some(source.into()),
            sales: sales.iter().map(|(d, a)| Sale::new(d.parse::<NaiveDate>().unwrap(), *a)).collect(),
            ..ClientSales::default()
        }
    }

    #[test]
    fn repeat_buyers_old_clients_and_referrals() {
        let period = Period { from: "2026-01-01".parse().unwrap(), to: "2026-12-31".parse().unwrap() };
        let clients = vec![
            // Bought once, in the period: a buyer, not a repeat buyer, not old.
            client("advert", &[("2026-03-01", 100)]),
            // First order 2025-02-01: old from 2026-02-02. The line of
            // 2026-02-01 is not old (exactly twelve months), 2026-06-01 is.
            client("По рекомендации", &[("2025-02-01", 1000), ("2026-02-01", 200), ("2026-06-01", 300)]),
            // Two lines on one day only: not a repeat buyer.
            client("Recomandare", &[("2026-05-05", 10), ("2026-05-05", 10)]),
            // Bought only before the period: not a buyer.
            client("website", &[("2024-01-01", 999)]),
            // A potential client.
            client("referral", &[]),
        ];
        let l = loyalty(&clients, period);
        assert_eq!((l.buyers, l.repeat_buyers), (3, 1));
        assert_eq!((l.sales, l.old_client_sales), (620, 300));
        assert_eq!((l.referral_purchases, l.referral_sales), (4, 520));
        assert_eq!(l.repeat_share, Some(1.0 / 3.0));
        assert_eq!(l.old_client_share, Some(300.0 / 620.0));
    }

    #[test]
    fn referral_in_the_office_languages() {
        for yes in ["referral", "Referido", "recomendación", "рекомендация", "recomandare de la client"] {
            assert!(is_referral(yes), "{yes}");
        }
        for no in ["advert", "exhibition", "выставка", ""] {
            assert!(!is_referral(no), "{no}");
        }
    }
}
