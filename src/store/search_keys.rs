//! The folded search and sort keys kept beside each client, rebuilt whenever
//! a name, a person or a phone or e-mail of the client changes.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store};
use crate::domain::fold::fold;
use crate::domain::search::{SearchKey, emails_key, names_key, phone_key};

/// Recomputes the keys of one client from what the file holds now.
pub(crate) fn refresh(conn: &Connection, client_id: i64) -> Result<()> {
    let (name, legal): (String, Option<String>) = conn
        .prepare_cached("SELECT name, legal_name FROM clients WHERE id = ?1")?
        .query_row([client_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let persons: Vec<String> = conn
        .prepare_cached("SELECT name FROM persons WHERE client_id = ?1 ORDER BY id")?
        .query_map([client_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut emails = Vec::new();
    let mut phones = Vec::new();
    let mut stmt = conn.prepare_cached("SELECT kind, value FROM channels WHERE client_id = ?1 ORDER BY id")?;
    let mut rows = stmt.query([client_id])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(0)?;
        let value: String = r.get(1)?;
        if kind == "phone" { phones.push(value) } else { emails.push(value) }
    }
    let others = legal.iter().map(String::as_str).chain(persons.iter().map(String::as_str));
    conn.prepare_cached(
        "UPDATE clients SET sort_key = ?2, search_key = ?3, email_key = ?4, phone_key = ?5 WHERE id = ?1",
    )?
    .execute(params![
        client_id,
        fold(&name),
        names_key(&name, others),
        emails_key(emails.iter().map(String::as_str)),
        phone_key(phones.iter().map(String::as_str))
    ])?;
    Ok(())
}

impl Store {
    /// One client's search keys.
    pub fn search_key(&self, id: i64) -> Result<Option<SearchKey>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT id, search_key, email_key, phone_key FROM clients WHERE id = ?1")?
            .query_row([id], |r| {
                let names: String = r.get(1)?;
                Ok(SearchKey::new(r.get(0)?, &names, r.get(2)?, r.get(3)?))
            })
            .optional()?)
    }

    /// Every client's search keys, ordered by name.
    pub fn search_keys(&self) -> Result<Vec<SearchKey>> {
        let mut stmt =
            self.conn().prepare("SELECT id, search_key, email_key, phone_key FROM clients ORDER BY sort_key, id")?;
        let rows = stmt.query_map([], |r| {
            let names: String = r.get(1)?;
            Ok(SearchKey::new(r.get(0)?, &names, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
