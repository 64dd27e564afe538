//! The order lines the reports read are the lines in the file, however they
//! were changed: by this program (packed again in the same transaction) or
//! by another one (read from the orders themselves).

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::{NewClient, NewOrder};
use kartoteka::store::{Load, OpenMode, Store};
use rusqlite::Connection;

type Line = (String, i64, Option<i64>, bool);

fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 0, 0).unwrap())
}

fn order(date: &str, amount: i64, product: Option<&str>, paid: bool) -> NewOrder {
    NewOrder { date: date.parse().unwrap(), product: product.map(Into::into), line: None, quantity: 1.0, amount, paid }
}

/// Each client's lines up to `to` as the reports read them.
fn read_by_reports(store: &Store, to: &str) -> BTreeMap<i64, Vec<Line>> {
    store
        .sales(to.parse().unwrap(), None)
        .unwrap()
        .into_iter()
        .map(|c| {
            let lines = c.sales.iter().map(|s| (s.date.to_string(), s.amount, s.product, s.paid)).collect();
            (c.id, lines)
        })
        .collect()
}

/// Each client's lines up to `to` straight from the orders table.
fn in_the_file(conn: &Connection, to: &str) -> BTreeMap<i64, Vec<Line>> {
    let mut out: BTreeMap<i64, Vec<Line>> = BTreeMap::new();
    for id in conn.prepare("SELECT id FROM clients").unwrap().query_map([], |r| r.get(0)).unwrap() {
        out.insert(id.unwrap(), Vec::new());
    }
    let mut stmt = conn
        .prepare(
            "SELECT client_id, date, amount, product_id, paid FROM orders WHERE date <= ?1
             ORDER BY client_id, date, amount, product_id, paid",
        )
        .unwrap();
    let rows = stmt.query_map([to], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))).unwrap();
    for row in rows {
        let (id, line): (i64, Line) = row.unwrap();
        out.entry(id).or_default().push(line);
    }
    out
}

fn packed(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM sales_packed", [], |r| r.get(0)).unwrap()
}

#[test]
fn reports_read_every_change_of_the_order_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clients.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let conn = Connection::open(&path).unwrap();
    let client = |name: &str| NewClient { name: name.into(), ..NewClient::default() };

    let vector = store.add_client(&client("Vector SRL")).unwrap();
    let baltika = store.add_client(&client("Балтика")).unwrap();
    store.add_client(&client("Muñoz y Hijos")).unwrap();
    store.add_order(vector, &order("2026-03-01", 10_000, Some("Desk"), true)).unwrap();
    store.add_order(vector, &order("2025-12-24", 25_000, None, false)).unwrap();
    store.add_order(baltika, &order("2026-11-24", 500, Some("Chair"), true)).unwrap();
    store
        .batch(|b| {
            let at = clock().now();
            let new = b.add_client(at, "Ana", &client("Ștefănescu"))?;
            b.add_order(at, new, &order("2026-01-10", 700, Some("Desk"), true))?;
            b.add_order(at, vector, &order("2026-01-10", 100, None, true))
        })
        .unwrap();
    store.add_order(baltika, &order("2026-02-02", 900, None, true)).unwrap();
    store.undo().unwrap();
    // Every client is packed after this program's own writes.
    assert_eq!(packed(&conn), 4);
    for to in ["2026-11-23", "2026-11-24", "2025-12-31"] {
        assert_eq!(read_by_reports(&store, to), in_the_file(&conn, to), "up to {to}");
    }
    assert_eq!(read_by_reports(&store, "2026-11-24")[&baltika].len(), 1, "the undone order is gone");

    // Another program changes, adds and deletes lines behind this one's back.
    conn.execute_batch(&format!(
        "UPDATE orders SET amount = amount + 1, paid = 1 WHERE client_id = {vector} AND date = '2025-12-24';
         INSERT INTO orders (client_id, date, amount, paid, created_at) VALUES ({baltika}, '2026-05-05', 3, 0, '2026-05-05');
         DELETE FROM orders WHERE product_id IS NOT NULL AND client_id <> {vector} AND client_id <> {baltika};"
    ))
    .unwrap();
    assert_eq!(packed(&conn), 1, "the clients whose lines changed lost their packed lines");
    for to in ["2026-11-23", "2026-11-24", "2025-12-31"] {
        assert_eq!(read_by_reports(&store, to), in_the_file(&conn, to), "up to {to}, after another program");
    }
    // Opening the interface (or `kartoteka categories`) packs them again.
    assert_eq!(store.pack_missing_sales().unwrap(), 3);
    assert_eq!(packed(&conn), 4);
    assert_eq!(read_by_reports(&store, "2026-11-24"), in_the_file(&conn, "2026-11-24"), "packed again");
}
