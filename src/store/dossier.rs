//! The whole dossier of one client, read in one go.

use rusqlite::Connection;

use super::{Result, Store, board, complaints, contacts, orders, persons};
use crate::domain::model::{Change, ClientId, Dossier, Event};

fn events_of(conn: &Connection, client_id: ClientId) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.date, e.title, e.yearly, p.name FROM events e LEFT JOIN persons p ON p.id = e.person_id
         WHERE e.client_id = ?1 ORDER BY e.date, e.id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(Event { id: r.get(0)?, date: r.get(1)?, title: r.get(2)?, yearly: r.get(3)?, person: r.get(4)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn changes_of(conn: &Connection, client_id: ClientId) -> Result<Vec<Change>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.at, s.name, c.what, c.before, c.after FROM changes c LEFT JOIN staff s ON s.id = c.staff_id
         WHERE c.client_id = ?1 ORDER BY c.at, c.id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(Change { at: r.get(0)?, by: r.get(1)?, what: r.get(2)?, before: r.get(3)?, after: r.get(4)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Everything the file knows about one client.
    pub fn dossier(&self, client_id: ClientId) -> Result<Dossier> {
        let conn = self.conn();
        Ok(Dossier {
            client: self.client(client_id)?,
            persons: persons::of_client(conn, client_id)?,
            events: events_of(conn, client_id)?,
            contacts: contacts::of_client(conn, client_id)?,
            orders: orders::of_client(conn, client_id)?,
            moves: board::moves_of(conn, client_id)?,
            changes: changes_of(conn, client_id)?,
            complaints: complaints::of_client(conn, client_id)?,
        })
    }
}
