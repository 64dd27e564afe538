//! What the reports read: every client with its order lines, the products,
//! the moves between columns and the incoming calls.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use rusqlite::types::ValueRef;

use super::clients::{parse_id, quick_datetime};
use super::{Result, Store, packed, staff};
use crate::domain::Column;
use crate::domain::classes::ClientSales;
use crate::domain::funnel::Move;
use crate::domain::matrix::Product;
use crate::domain::model::ClientId;

/// The staff id of `manager`, refusing a name nobody has.
fn manager_id(conn: &Connection, manager: Option<&str>) -> Result<Option<i64>> {
    manager.map(|m| staff::existing(conn, "manager", m)).transpose()
}

impl Store {
    /// Every client (of salesperson `manager`, if named), by name, with its
    /// order lines dated up to `to`.
    pub fn sales(&self, to: NaiveDate, manager: Option<&str>) -> Result<Vec<ClientSales>> {
        self.read_sales(to, manager, true)
    }

    /// Every client, by name, with its order lines dated up to `to` and
    /// nothing else: its name and the rest are left empty. What the classes
    /// are worked out from, in the interface beside its list (the names,
    /// salespeople, sources, industries, sizes and cities of 100,000
    /// clients, and the copies of the names the classes made, had it peak
    /// at some 190 MB).
    pub fn order_lines(&self, to: NaiveDate) -> Result<Vec<ClientSales>> {
        self.read_sales(to, None, false)
    }

    fn read_sales(&self, to: NaiveDate, manager: Option<&str>, named: bool) -> Result<Vec<ClientSales>> {
        let manager_id = manager_id(self.conn(), manager)?;
        // The order by name from the index alone, then the client rows in
        // the table's order: walking the name index to the wide rows visits
        // them at random (0.36 s against 0.03 s on 100,000 clients).
        let order: Vec<ClientId> = self
            .conn()
            .prepare("SELECT id FROM clients INDEXED BY clients_sort ORDER BY sort_key, id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // Client ids are dense row ids: a table indexed by id finds a
        // client's place without hashing.
        let top = order.iter().map(|id| usize::try_from(*id).unwrap_or(0)).max().unwrap_or(0);
        let mut at = vec![usize::MAX; top + 1];
        for (i, id) in order.iter().enumerate() {
            if let Ok(id) = usize::try_from(*id) {
                at[id] = i;
            }
        }
        // Read in the table's order, by id, and put in the name order after,
        // in place (a second list of 100,000 clients was 17 MB more).
        let mut clients: Vec<ClientSales> = Vec::with_capacity(order.len());
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
            let mut sales = Vec::new();
            let packed = match r.get_ref(7)? {
                ValueRef::Blob(value) => packed::decode(value, to, &mut sales),
                _ => false,
            };
            if !packed {
                missing.push(id);
            }
            let text = |i: usize| -> rusqlite::Result<Option<String>> { if named { r.get(i) } else { Ok(None) } };
            clients.push(ClientSales {
                id,
                name: text(1)?.unwrap_or_default(),
                manager: text(2)?,
                source: text(3)?,
                industry: text(4)?,
                size: text(5)?,
                city: text(6)?,
                sales,
            });
        }
        // Clients whose lines changed since they were packed.
        packed::read_lines(self.conn(), &missing, Some(to), |id, lines| {
            if let Ok(i) = clients.binary_search_by_key(&id, |c| c.id) {
                clients[i].sales = lines.to_vec();
            }
            Ok(())
        })?;
        clients.sort_unstable_by_key(|c| usize::try_from(c.id).ok().and_then(|id| at.get(id)).copied());
        Ok(clients)
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
