//! Phones and e-mails of clients and persons.

use rusqlite::{Connection, params};

use super::Result;
use crate::domain::{ChannelKind, channels};

/// Adds each non-blank value as a channel of the client (or of one of its
/// persons), refusing one that is not a phone or an e-mail address;
/// returns the values as written.
pub(crate) fn add_all(
    conn: &Connection,
    client_id: i64,
    person_id: Option<i64>,
    kind: ChannelKind,
    values: &[String],
) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO channels (client_id, person_id, kind, value, match_key) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let added = checked(kind, values)?;
    for v in &added {
        stmt.execute(params![client_id, person_id, kind.id(), v, channels::match_key(kind, v)])?;
    }
    Ok(added)
}

/// The non-blank `values` as they are written, or the first one refused.
pub(crate) fn checked(kind: ChannelKind, values: &[String]) -> Result<Vec<String>> {
    let values = values.iter().filter(|v| !v.trim().is_empty());
    Ok(values.map(|v| channels::check(kind.id(), kind, v)).collect::<Result<_, _>>()?)
}

/// Replaces the client's own channels of one kind (its persons' stay).
pub(crate) fn replace_own(conn: &Connection, client_id: i64, kind: ChannelKind, values: &[String]) -> Result<()> {
    conn.prepare_cached("DELETE FROM channels WHERE client_id = ?1 AND person_id IS NULL AND kind = ?2")?
        .execute(params![client_id, kind.id()])?;
    add_all(conn, client_id, None, kind, values)?;
    Ok(())
}

/// The values of one kind for a client's own channels (`person_id` none) or a person's.
pub(crate) fn values(
    conn: &Connection,
    client_id: i64,
    person_id: Option<i64>,
    kind: ChannelKind,
) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT value FROM channels WHERE client_id = ?1 AND person_id IS ?2 AND kind = ?3 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![client_id, person_id, kind.id()], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The clients that have a channel matching one of `values`.
pub(crate) fn clients_with(conn: &Connection, kind: ChannelKind, values: &[String]) -> Result<Vec<i64>> {
    let keys: Vec<String> = values.iter().map(|v| channels::match_key(kind, v)).collect();
    clients_with_keys(conn, kind, &keys)
}

/// The clients that have a channel whose match key is one of `keys`.
pub(crate) fn clients_with_keys(conn: &Connection, kind: ChannelKind, keys: &[String]) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT client_id FROM channels WHERE kind = ?1 AND match_key = ?2")?;
    let mut ids = Vec::new();
    for key in keys.iter().filter(|k| !k.is_empty()) {
        for id in stmt.query_map(params![kind.id(), key], |r| r.get(0))? {
            ids.push(id?);
        }
    }
    Ok(ids)
}
