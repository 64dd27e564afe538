//! The segment × product matrix (domain.md, "Segments and products"): how
//! many clients of each segment use each product, which products make the
//! segment's portrait, and for each client the portrait's products it does
//! not have yet — the next offers.
//!
//! The file keeps no hand-drawn portrait yet, so it is read from the
//! segment's buyers: a product belongs to the portrait when at least
//! `share` percent of the segment's clients that bought anything use it.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::classes::ClientSales;
use super::fold::fold;
use super::model::ClientId;

/// The segment of clients whose segment trait is empty.
pub const NO_SEGMENT: &str = "(none)";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    pub id: i64,
    pub name: String,
    /// The product line (computers, furniture, …).
    pub line: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub name: String,
    pub clients: usize,
    /// Clients that bought anything.
    pub buyers: usize,
    /// Clients using each product, in the order of `Matrix::products`.
    pub users: Vec<usize>,
    /// Whether each product belongs to the segment's portrait.
    pub portrait: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub id: ClientId,
    pub name: String,
    pub segment: String,
    /// The portrait's products the client has not bought, by name.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    pub products: Vec<String>,
    pub segments: Vec<Segment>,
    /// Clients with at least one next offer, in the order given.
    pub offers: Vec<Offer>,
}

/// The matrix of `clients` (by name) over `products`, with orders up to
/// `to`; `segment_of` names a client's segment.
pub fn matrix(
    clients: &[ClientSales],
    products: &[Product],
    to: NaiveDate,
    share: u32,
    segment_of: impl Fn(&ClientSales) -> Option<&str>,
) -> Matrix {
    let column: HashMap<i64, usize> = products.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let used: Vec<HashSet<usize>> = clients
        .iter()
        .map(|c| {
            c.sales
                .iter()
                .filter(|s| s.date <= to)
                .filter_map(|s| s.product.and_then(|p| column.get(&p).copied()))
                .collect()
        })
        .collect();
    // Each client's segment, folded once per distinct spelling.
    let names: Vec<&str> =
        clients.iter().map(|c| segment_of(c).map(str::trim).filter(|s| !s.is_empty()).unwrap_or(NO_SEGMENT)).collect();
    let mut by_key: BTreeMap<String, Segment> = BTreeMap::new();
    let mut key_of: HashMap<&str, String> = HashMap::new();
    for name in &names {
        key_of.entry(name).or_insert_with(|| {
            let key = fold(name);
            by_key.entry(key.clone()).or_insert_with(|| Segment {
                name: name.to_string(),
                clients: 0,
                buyers: 0,
                users: vec![0; products.len()],
                portrait: vec![false; products.len()],
            });
            key
        });
    }
    let keys: Vec<&String> = names.iter().map(|name| &key_of[name]).collect();
    for ((c, used), key) in clients.iter().zip(&used).zip(&keys) {
        let Some(segment) = by_key.get_mut(*key) else { continue };
        segment.clients += 1;
        segment.buyers += usize::from(c.sales.iter().any(|s| s.date <= to));
        for p in used {
            segment.users[*p] += 1;
        }
    }
    for segment in by_key.values_mut() {
        for (users, portrait) in segment.users.iter().zip(segment.portrait.iter_mut()) {
            // users / buyers ≥ share / 100, in integers.
            *portrait = segment.buyers > 0 && *users * 100 >= segment.buyers * share as usize;
        }
    }
    let offers = clients
        .iter()
        .zip(&used)
        .zip(&keys)
        .filter_map(|((c, used), key)| {
            let segment = by_key.get(*key)?;
            let missing: Vec<String> = (0..products.len())
                .filter(|p| segment.portrait[*p] && !used.contains(p))
                .map(|p| products[p].name.clone())
                .collect();
            (!missing.is_empty()).then(|| Offer {
                id: c.id,
                name: c.name.clone(),
                segment: segment.name.clone(),
                missing,
            })
        })
        .collect();
    Matrix {
        products: products.iter().map(|p| p.name.clone()).collect(),
        segments: by_key.into_values().collect(),
        offers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::classes::Sale;

    fn client(id: ClientId, industry: &str, products: &[i64]) -> ClientSales {
        ClientSales {
            id,
            name: format!("c{id}"),
            industry: Some(industry.into()),
            sales: products
                .iter()
                .map(|p| Sale { product: Some(*p), ..Sale::new("2026-01-01".parse().unwrap(), 1) })
                .collect(),
            ..ClientSales::default()
        }
    }

    #[test]
    fn the_portrait_and_the_next_offers_of_a_segment() {
        let products: Vec<Product> = ["Laptop", "Toner", "Desk"]
            .iter()
            .enumerate()
            .map(|(i, n)| Product { id: i as i64 + 1, name: n.to_string(), line: None })
            .collect();
        let clients = vec![
            // Retail ("retail " is the same segment): four buyers; the laptop
            // is used by 3 of 4 (75% ≥ 50%), toner and the desk by 2 of 4
            // (exactly 50%: in).
            client(1, "Retail", &[1, 2]),
            client(2, "Retail", &[1, 2, 3]),
            client(3, "retail ", &[1]),
            client(4, "Retail", &[3]),
            // A prospect of retail: no purchase, every portrait product to offer.
            client(5, "Retail", &[]),
            // Energy: one buyer of toner; the portrait is toner.
            client(6, "Energy", &[2]),
            // Nothing known of the segment.
            client(7, "", &[]),
        ];
        let m = matrix(&clients, &products, "2026-12-31".parse().unwrap(), 50, |c| c.industry.as_deref());
        let segment = |name: &str, clients, buyers, users: [usize; 3], portrait: [bool; 3]| Segment {
            name: name.into(),
            clients,
            buyers,
            users: users.into(),
            portrait: portrait.into(),
        };
        assert_eq!(
            m.segments,
            [
                segment("(none)", 1, 0, [0, 0, 0], [false, false, false]),
                segment("Energy", 1, 1, [0, 1, 0], [false, true, false]),
                segment("Retail", 5, 4, [3, 2, 2], [true, true, true]),
            ]
        );
        let offers: Vec<(ClientId, Vec<&str>)> =
            m.offers.iter().map(|o| (o.id, o.missing.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            offers,
            [
                (1, vec!["Desk"]),
                (3, vec!["Toner", "Desk"]),
                (4, vec!["Laptop", "Toner"]),
                (5, vec!["Laptop", "Toner", "Desk"])
            ]
        );
    }
}
