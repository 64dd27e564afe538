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
use crate::domain::classes::{ClassesByParts, ClientClasses, Period, Sale};
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
    ///
    /// Unless it is a dry run, the order lines another program changed are
    /// packed first (`Store::pack_missing_sales`). The file is read without
    /// holding the write lock. Each client's version is read before its
    /// orders, so that a client changed after that (a new order bumps it)
    /// is left alone rather than given a colour from older orders; its own
    /// next order or run moves it on.
    pub fn follow_orders(&mut self, today: NaiveDate, window: u32, dry_run: bool) -> Result<Vec<CategoryChange>> {
        if !dry_run {
            self.pack_missing_sales()?;
        }
        let seen: HashMap<ClientId, (Category, i64)> = self
            .conn
            .prepare("SELECT id, category, version FROM clients")?
            .query_map([], |r| Ok((r.get(0)?, (parse_id(r, 1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<_>>()?;
        let planned: Vec<(CategoryChange, i64)> = self
            .sales(today, None)?
            .into_iter()
            .filter_map(|c| {
                let (before, version) = *seen.get(&c.id)?;
                let after = follow_orders(before, &c.sales, today, window)?;
                Some((CategoryChange { id: c.id, name: c.name, before, after }, version))
            })
            .collect();
        self.apply_planned(planned, dry_run)
    }

    /// The same (the changes without names: the interface reads the
    /// clients again by id), and every client's classes for `period` worked
    /// out from the same order lines, read a part at a time
    /// ([`Store::sales_in_parts`]): what the interface does as it starts.
    pub fn follow_orders_and_classes(
        &mut self,
        today: NaiveDate,
        window: u32,
        period: Period,
        dry_run: bool,
    ) -> Result<(Vec<CategoryChange>, HashMap<ClientId, ClientClasses>)> {
        if !dry_run {
            self.pack_missing_sales()?;
        }
        let mut planned = Vec::new();
        let mut classes = ClassesByParts::new(period, window);
        self.sales_in_parts(today, |part| {
            for (read, c) in part {
                if let Some(after) = follow_orders(read.category, &c.sales, today, window) {
                    let change = CategoryChange { id: c.id, name: String::new(), before: read.category, after };
                    planned.push((read.place, (change, read.version)));
                }
            }
            classes.add(part.iter().map(|(read, c)| (read.place, c)));
        })?;
        // By name, as `follow_orders` gives them.
        planned.sort_unstable_by_key(|(place, _)| *place);
        let planned = planned.into_iter().map(|(_, change)| change).collect();
        Ok((self.apply_planned(planned, dry_run)?, classes.finish()))
    }

    /// Every client's classes for `period`, read a part at a time.
    pub fn classes(&self, period: Period, window: u32) -> Result<HashMap<ClientId, ClientClasses>> {
        let mut classes = ClassesByParts::new(period, window);
        self.sales_in_parts(period.to, |part| classes.add(part.iter().map(|(read, c)| (read.place, c))))?;
        Ok(classes.finish())
    }

    /// Writes the `planned` changes, each to a client whose row is still at
    /// the version read with its orders (a client changed since is left
    /// alone: its own next order or run moves it on); unless a dry run,
    /// which gives them back as planned.
    fn apply_planned(&mut self, planned: Vec<(CategoryChange, i64)>, dry_run: bool) -> Result<Vec<CategoryChange>> {
        if dry_run || planned.is_empty() {
            return Ok(planned.into_iter().map(|(c, _)| c).collect());
        }
        self.write_as("colours from orders", None, |tx, ctx, _| {
            let mut done = Vec::new();
            for (change, version) in planned {
                if apply(tx, ctx, change.id, version, change.before, change.after)? {
                    done.push(change);
                }
            }
            Ok(done)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::classes::{DEFAULT_WINDOW_MONTHS, classes_of};

    #[test]
    fn classes_and_colours_read_a_part_at_a_time_are_those_of_all_the_lines_at_once() {
        let (mut store, today) = crate::store::demo_in_memory(300, 3);
        // Some clients' lines unpacked, as another program leaves them.
        store.conn.execute("DELETE FROM sales_packed WHERE client_id % 7 = 0", []).unwrap();
        let period = Period::last_twelve_months(today);
        let window = DEFAULT_WINDOW_MONTHS;
        let sales = store.sales(period.to, None).unwrap();
        assert!(sales.iter().any(|c| c.id % 7 == 0 && !c.sales.is_empty()), "the unpacked lines are read");
        let all_at_once = classes_of(&sales, period, window);
        assert_eq!(all_at_once.len(), 300);
        assert!(all_at_once.values().any(|c| c.abc.is_some()) && all_at_once.values().any(|c| c.xyz.is_some()));
        assert_eq!(store.classes(period, window).unwrap(), all_at_once);

        // A year on, clients who stopped buying turn red.
        let later = today + chrono::Days::new(365);
        let want: Vec<(ClientId, Category, Category)> =
            store.follow_orders(later, window, true).unwrap().into_iter().map(|c| (c.id, c.before, c.after)).collect();
        assert!(!want.is_empty());
        let (changes, classes) = store.follow_orders_and_classes(later, window, period, true).unwrap();
        let got: Vec<(ClientId, Category, Category)> = changes.into_iter().map(|c| (c.id, c.before, c.after)).collect();
        assert_eq!(got, want);
        assert_eq!(classes, all_at_once);
    }
}
