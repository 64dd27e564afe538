//! The colour categories that follow from orders, kept up to date: after
//! each order of a client, and for every client as time passes (a client
//! who stops buying becomes red-gold or red-platinum a window later).
//! Every change is recorded in the client's history, by nobody in
//! particular: `by` stays empty and `what` says the orders did it.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, params};
use serde::Serialize;

use super::clients::parse_id;
use super::{Result, Store, WriteCtx};
use crate::domain::Category;
use crate::domain::categories::follow_orders;
use crate::domain::classes::{ClientSales, Sale};
use crate::domain::model::ClientId;

/// What the history says of a category the orders changed.
pub const WHAT: &str = "category from orders";

/// One client moved on by its orders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryChange {
    pub id: ClientId,
    pub name: String,
    pub before: Category,
    pub after: Category,
}

fn sale(r: &rusqlite::Row) -> rusqlite::Result<Sale> {
    Ok(Sale { date: r.get(0)?, amount: r.get(1)?, product: None, paid: r.get(2)? })
}

fn apply(
    conn: &Connection,
    ctx: &WriteCtx,
    id: ClientId,
    version: i64,
    before: Category,
    after: Category,
) -> Result<bool> {
    let updated = conn
        .prepare_cached("UPDATE clients SET category = ?3, updated_at = ?4 WHERE id = ?1 AND version = ?2")?
        .execute(params![id, version, after.id(), ctx.now])?;
    if updated == 1 {
        conn.prepare_cached("INSERT INTO changes (client_id, at, what, before, after) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![id, ctx.now, WHAT, before.id(), after.id()])?;
    }
    Ok(updated == 1)
}

/// Moves one client on after a change of its orders, in the caller's transaction.
pub(crate) fn follow_client(conn: &Connection, ctx: &WriteCtx, id: ClientId, window: u32) -> Result<()> {
    let (current, version): (Category, i64) = conn
        .prepare_cached("SELECT category, version FROM clients WHERE id = ?1")?
        .query_row([id], |r| Ok((parse_id(r, 0)?, r.get(1)?)))?;
    let sales: Vec<Sale> = conn
        .prepare_cached("SELECT date, amount, paid FROM orders WHERE client_id = ?1")?
        .query_map([id], sale)?
        .collect::<rusqlite::Result<_>>()?;
    if let Some(after) = follow_orders(current, &sales, ctx.now.date(), window) {
        apply(conn, ctx, id, version, current, after)?;
    }
    Ok(())
}

impl Store {
    /// Brings every client's category up to date with its orders on `today`.
    /// With `dry_run` nothing is written.
    pub fn follow_orders(&mut self, today: NaiveDate, window: u32, dry_run: bool) -> Result<Vec<CategoryChange>> {
        Ok(self.follow_orders_reading(today, window, dry_run, true)?.0)
    }

    /// The same, giving back every client's order lines up to `today` as it
    /// read them (`Store::order_lines`: no names, and none in the changes
    /// either), for whoever needs them next: the interface works the
    /// classes out from them.
    pub fn follow_orders_and_sales(
        &mut self,
        today: NaiveDate,
        window: u32,
        dry_run: bool,
    ) -> Result<(Vec<CategoryChange>, Vec<ClientSales>)> {
        self.follow_orders_reading(today, window, dry_run, false)
    }

    /// [`Store::follow_orders`] with every client's order lines, read with
    /// the clients' names and the rest when `named`.
    ///
    /// Unless it is a dry run, the order lines another program changed are
    /// packed first (`Store::pack_missing_sales`). The file is read without
    /// holding the write lock. Each client's
    /// version is read before its orders, so that a client changed after
    /// that (a new order bumps it) is left alone rather than given a colour
    /// from older orders; its own next order or run moves it on.
    fn follow_orders_reading(
        &mut self,
        today: NaiveDate,
        window: u32,
        dry_run: bool,
        named: bool,
    ) -> Result<(Vec<CategoryChange>, Vec<ClientSales>)> {
        if !dry_run {
            self.pack_missing_sales()?;
        }
        let seen: HashMap<ClientId, (Category, i64)> = self
            .conn
            .prepare("SELECT id, category, version FROM clients")?
            .query_map([], |r| Ok((r.get(0)?, (parse_id(r, 1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<_>>()?;
        let clients = if named { self.sales(today, None)? } else { self.order_lines(today)? };
        let planned: Vec<(CategoryChange, i64)> = clients
            .iter()
            .filter_map(|c| {
                let (before, version) = *seen.get(&c.id)?;
                let after = follow_orders(before, &c.sales, today, window)?;
                Some((CategoryChange { id: c.id, name: c.name.clone(), before, after }, version))
            })
            .collect();
        if dry_run || planned.is_empty() {
            return Ok((planned.into_iter().map(|(c, _)| c).collect(), clients));
        }
        let done = self.write_as("colours from orders", None, |tx, ctx, _| {
            let mut done = Vec::new();
            for (change, version) in planned {
                if apply(tx, ctx, change.id, version, change.before, change.after)? {
                    done.push(change);
                }
            }
            Ok(done)
        })?;
        Ok((done, clients))
    }
}
