//! Orders and the products they name.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, WriteCtx, categories, clients, packed};
use crate::domain::classes::DEFAULT_WINDOW_MONTHS;
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewOrder, Order};

/// The id of the product called `name`, created on first use.
pub(crate) fn product_id(conn: &Connection, name: &str, line: Option<&str>) -> Result<i64> {
    let key = fold(name.trim());
    let found =
        conn.prepare_cached("SELECT id FROM products WHERE key = ?1")?.query_row([&key], |r| r.get(0)).optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO products (name, key, line) VALUES (?1, ?2, ?3)")?.execute(params![
        name.trim(),
        key,
        line.map(str::trim).filter(|l| !l.is_empty())
    ])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn insert(conn: &Connection, ctx: &WriteCtx, client_id: ClientId, new: &NewOrder) -> Result<i64> {
    let product = match new.product.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(product_id(conn, p, new.line.as_deref())?),
        None => None,
    };
    conn.prepare_cached(
        "INSERT INTO orders (client_id, date, product_id, quantity, amount, paid, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![client_id, new.date, product, new.quantity, new.amount, new.paid, ctx.now])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Order>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, o.date, p.name, o.quantity, o.amount, o.paid
         FROM orders o LEFT JOIN products p ON p.id = o.product_id
         WHERE o.client_id = ?1 ORDER BY o.date DESC, o.id DESC",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(Order {
            id: r.get(0)?,
            date: r.get(1)?,
            product: r.get(2)?,
            quantity: r.get(3)?,
            amount: r.get(4)?,
            paid: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Records an order of a client, and the colour category it moves the
    /// client to; returns the order's id.
    pub fn add_order(&mut self, client_id: ClientId, new: &NewOrder) -> Result<i64> {
        self.write_client("order", |tx, ctx| {
            let id = insert(tx, ctx, client_id, new)?;
            packed::pack(tx, &[client_id])?;
            clients::touch(tx, ctx, client_id)?;
            categories::follow_client(tx, ctx, client_id, DEFAULT_WINDOW_MONTHS)?;
            Ok((client_id, id))
        })
    }
}
