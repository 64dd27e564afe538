//! Phones and e-mails of clients and persons.

use rusqlite::{Connection, params};

use super::Result;
use crate::domain::ChannelKind;

/// Adds each non-blank value as a channel of the client (or of one of its persons).
pub(crate) fn add_all(
    conn: &Connection,
    client_id: i64,
    person_id: Option<i64>,
    kind: ChannelKind,
    values: &[String],
) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO channels (client_id, person_id, kind, value) VALUES (?1, ?2, ?3, ?4)")?;
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        stmt.execute(params![client_id, person_id, kind.id(), v])?;
    }
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
