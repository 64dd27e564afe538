//! What the reports read: every client with its order lines.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Result, Store, staff};
use crate::domain::classes::{ClientSales, Sale};
use crate::domain::model::ClientId;

impl Store {
    /// Every client (of salesperson `manager`, if named), by name, with its
    /// order lines dated up to `to`.
    pub fn sales(&self, to: NaiveDate, manager: Option<&str>) -> Result<Vec<ClientSales>> {
        let manager_id = match manager {
            Some(m) => Some(staff::existing(self.conn(), "manager", m)?),
            None => None,
        };
        let mut clients: Vec<ClientSales> = self
            .conn()
            .prepare("SELECT id, name FROM clients WHERE ?1 IS NULL OR manager_id = ?1 ORDER BY sort_key, id")?
            .query_map([manager_id], |r| Ok(ClientSales { id: r.get(0)?, name: r.get(1)?, sales: Vec::new() }))?
            .collect::<rusqlite::Result<_>>()?;
        let at: HashMap<ClientId, usize> = clients.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        let mut stmt = self.conn().prepare("SELECT client_id, date, amount FROM orders WHERE date <= ?1")?;
        let mut rows = stmt.query([to])?;
        while let Some(r) = rows.next()? {
            let id: ClientId = r.get(0)?;
            if let Some(&i) = at.get(&id) {
                clients[i].sales.push(Sale { date: r.get(1)?, amount: r.get(2)? });
            }
        }
        Ok(clients)
    }
}
