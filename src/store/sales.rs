//! What the reports read: every client with its order lines, the products,
//! the moves between columns and the incoming calls.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use rusqlite::types::ValueRef;

use super::clients::{name_places, parse_id, quick_datetime};
use super::{Result, Store, packed, staff};
use crate::domain::classes::{ClientSales, Sale};
use crate::domain::funnel::Move;
use crate::domain::matrix::Product;
use crate::domain::model::ClientId;
use crate::domain::{Category, Column};

/// Clients that [`Store::sales_in_parts`] reads at a time (in the tests, a
/// few, so that a small file is read in many parts).
#[cfg(not(test))]
const PART: i64 = 4096;
#[cfg(test)]
const PART: i64 = 37;

/// A client [`Store::sales_in_parts`] read, beside its order lines: its
/// place in the name order, its colour and the version of its row.
pub(crate) struct Read {
    pub place: usize,
    pub category: Category,
    pub version: i64,
}

/// The lines up to `to` of client `id` packed in `value`; none, with the
/// client noted in `missing`, when they are not packed (or not readably).
fn unpacked(value: ValueRef, id: ClientId, to: NaiveDate, missing: &mut Vec<ClientId>) -> Vec<Sale> {
    let mut sales = Vec::new();
    if !matches!(value, ValueRef::Blob(value) if packed::decode(value, to, &mut sales)) {
        missing.push(id);
    }
    sales
}

/// Reads from the order lines themselves the lines of the `missing`
/// clients (their lines changed since they were packed) into `clients`,
/// which are in the order of their ids.
fn read_missing<T>(
    conn: &Connection,
    missing: &[ClientId],
    to: NaiveDate,
    clients: &mut [T],
    of: impl Fn(&T) -> &ClientSales,
    of_mut: impl Fn(&mut T) -> &mut ClientSales,
) -> Result<()> {
    packed::read_lines(conn, missing, Some(to), |id, lines| {
        if let Ok(i) = clients.binary_search_by_key(&id, |c| of(c).id) {
            of_mut(&mut clients[i]).sales = lines.to_vec();
        }
        Ok(())
    })
}

/// The staff id of `manager`, refusing a name nobody has.
fn manager_id(conn: &Connection, manager: Option<&str>) -> Result<Option<i64>> {
    manager.map(|m| staff::existing(conn, "manager", m)).transpose()
}

impl Store {
    /// Every client (of salesperson `manager`, if named), by name, with its
    /// order lines dated up to `to`.
    pub fn sales(&self, to: NaiveDate, manager: Option<&str>) -> Result<Vec<ClientSales>> {
        let manager_id = manager_id(self.conn(), manager)?;
        let at = name_places(self.conn())?;
        // Read in the table's order, by id, and put in the name order after,
        // in place (a second list of 100,000 clients was 17 MB more).
        let mut clients: Vec<ClientSales> = Vec::with_capacity(at.len());
        let mut missing: Vec<ClientId> = Vec::new();
        let mut stmt = self.conn().prepare(
            "SELECT c.id, c.name, s.name, c.source, c.industry, c.size, c.city, p.lines FROM clients c
             LEFT JOIN staff s ON s.id = c.manager_id
             LEFT JOIN sales_packed p ON p.client_id = c.id
             WHERE ?1 IS NULL OR c.manager_id = ?1 ORDER BY c.id",
        )?;
        let mut rows = stmt.query([manager_id])?;
        while let Some(r) = rows.next()? {
            let id: ClientId = r.get(0)?;
            if usize::try_from(id).ok().and_then(|id| at.get(id)).is_none_or(|i| *i == usize::MAX) {
                continue;
            }
            let sales = unpacked(r.get_ref(7)?, id, to, &mut missing);
            clients.push(ClientSales {
                id,
                name: r.get(1)?,
                manager: r.get(2)?,
                source: r.get(3)?,
                industry: r.get(4)?,
                size: r.get(5)?,
                city: r.get(6)?,
                sales,
            });
        }
        read_missing(self.conn(), &missing, to, &mut clients, |c| c, |c| c)?;
        clients.sort_unstable_by_key(|c| usize::try_from(c.id).ok().and_then(|id| at.get(id)).copied());
        Ok(clients)
    }

    /// Every client's order lines dated up to `to`, a part of a few
    /// thousand clients at a time, in one read of the file, each client
    /// with its place by name, colour and version (its name and the rest
    /// are not read): for work that needs each client's lines once and
    /// not all of them at once. The interface's start held a whole file's
    /// lines with every client's card around them, and peaked at 194 MB.
    pub(crate) fn sales_in_parts(&self, to: NaiveDate, mut each: impl FnMut(&[(Read, ClientSales)])) -> Result<()> {
        self.read(|store| {
            let conn = store.conn();
            let at = name_places(conn)?;
            let mut stmt = conn.prepare(
                "SELECT c.id, c.category, c.version, p.lines FROM clients c
                 LEFT JOIN sales_packed p ON p.client_id = c.id
                 WHERE c.id > ?1 ORDER BY c.id LIMIT ?2",
            )?;
            let mut after: ClientId = ClientId::MIN;
            loop {
                let mut part: Vec<(Read, ClientSales)> = Vec::new();
                let mut missing: Vec<ClientId> = Vec::new();
                let mut rows = stmt.query(rusqlite::params![after, PART])?;
                while let Some(r) = rows.next()? {
                    let id: ClientId = r.get(0)?;
                    after = id;
                    let sales = unpacked(r.get_ref(3)?, id, to, &mut missing);
                    let place = usize::try_from(id).ok().and_then(|id| at.get(id)).copied().unwrap_or(usize::MAX);
                    let read = Read { place, category: parse_id(r, 1)?, version: r.get(2)? };
                    part.push((read, ClientSales { id, sales, ..ClientSales::default() }));
                }
                if part.is_empty() {
                    return Ok(());
                }
                read_missing(conn, &missing, to, &mut part, |(_, c)| c, |(_, c)| c)?;
                each(&part);
            }
        })
    }

    /// Packs the order lines of every client that has them unpacked (a
    /// change by another program, a file from an earlier version); returns
    /// how many clients were packed.
    pub fn pack_missing_sales(&mut self) -> Result<usize> {
        // Looked for first without the write lock: usually nothing is
        // missing, and opening the interface must not wait for writers.
        if packed::missing(self.conn())?.is_empty() {
            return Ok(0);
        }
        self.write(|tx, _| packed::pack_missing(tx))
    }

    /// Every product, by name.
    pub fn products(&self) -> Result<Vec<Product>> {
        let mut stmt = self.conn().prepare("SELECT id, name, line FROM products ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok(Product { id: r.get(0)?, name: r.get(1)?, line: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The product line of each product that has one.
    pub fn product_lines(&self) -> Result<HashMap<i64, String>> {
        Ok(self.products()?.into_iter().filter_map(|p| Some((p.id, p.line?))).collect())
    }

    /// The column each client (of `manager`) stands in now.
    pub fn columns_now(&self, manager: Option<&str>) -> Result<Vec<Column>> {
        let manager_id = manager_id(self.conn(), manager)?;
        let mut stmt = self.conn().prepare("SELECT column_name FROM clients WHERE ?1 IS NULL OR manager_id = ?1")?;
        let rows = stmt.query_map([manager_id], |r| parse_id(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every move between columns up to the end of day `to`, by client and time.
    pub fn moves(&self, to: NaiveDate, manager: Option<&str>) -> Result<Vec<Move>> {
        let manager_id = manager_id(self.conn(), manager)?;
        let end = to.succ_opt().unwrap_or(to).to_string();
        let mut stmt = self.conn().prepare(
            "SELECT m.client_id, m.at, m.to_column, m.result, m.reason FROM moves m
             WHERE m.at < ?1 AND (?2 IS NULL OR m.client_id IN (SELECT id FROM clients WHERE manager_id = ?2))
             ORDER BY m.client_id, m.at, m.id",
        )?;
        let rows = stmt.query_map(rusqlite::params![end, manager_id], |r| {
            Ok(Move {
                client_id: r.get(0)?,
                at: quick_datetime(r, 1)?
                    .ok_or_else(|| rusqlite::Error::InvalidColumnType(1, "at".into(), rusqlite::types::Type::Null))?,
                to: parse_id(r, 2)?,
                result: r.get::<_, Option<String>>(3)?.map(|_| parse_id(r, 3)).transpose()?,
                reason: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The day and named source of every incoming call from `from` to `to`.
    pub fn incoming_calls(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        manager: Option<&str>,
    ) -> Result<Vec<(NaiveDate, Option<String>)>> {
        let manager_id = manager_id(self.conn(), manager)?;
        let mut stmt = self.conn().prepare(
            "SELECT e.at, e.source FROM contacts e INDEXED BY contacts_calls_in
             WHERE e.kind = 'call_in' AND e.at >= ?1 AND e.at < ?2
               AND (?3 IS NULL OR e.client_id IN (SELECT id FROM clients WHERE manager_id = ?3))",
        )?;
        let end = to.succ_opt().unwrap_or(to);
        let rows = stmt.query_map(rusqlite::params![from.to_string(), end.to_string(), manager_id], |r| {
            Ok((r.get::<_, NaiveDateTime>(0)?.date(), r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
