//! The Shiffman board: a client's column, moves between columns and results.

use rusqlite::{Connection, params};

use super::{Result, Store, WriteCtx, staff};
use crate::domain::model::{ClientId, Move};
use crate::domain::prospecting::PlannedMove;
use crate::domain::{Column, Outcome};

use super::clients::parse_id;

pub(crate) fn column_of(conn: &Connection, client_id: ClientId) -> Result<Column> {
    Ok(conn.query_row("SELECT column_name FROM clients WHERE id = ?1", [client_id], |r| parse_id(r, 0))?)
}

pub(crate) fn apply(
    conn: &Connection,
    ctx: &WriteCtx,
    client_id: ClientId,
    from: Column,
    planned: &PlannedMove,
) -> Result<()> {
    let by = staff::ensure(conn, &ctx.user, ctx.now)?;
    conn.prepare_cached(
        "INSERT INTO moves (client_id, at, from_column, to_column, result, reason, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        client_id,
        ctx.now,
        from.id(),
        planned.to.id(),
        planned.result.map(Outcome::id),
        planned.reason,
        by
    ])?;
    conn.prepare_cached(
        "UPDATE clients SET column_name = ?2, column_since = ?3, result = ?4, result_reason = ?5, updated_at = ?3
         WHERE id = ?1",
    )?
    .execute(params![client_id, planned.to.id(), ctx.now, planned.result.map(Outcome::id), planned.reason])?;
    Ok(())
}

pub(crate) fn moves_of(conn: &Connection, client_id: ClientId) -> Result<Vec<Move>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.at, m.from_column, m.to_column, m.result, m.reason, s.name
         FROM moves m LEFT JOIN staff s ON s.id = m.staff_id WHERE m.client_id = ?1 ORDER BY m.at, m.id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        let from: Option<String> = r.get(1)?;
        let result: Option<String> = r.get(3)?;
        Ok(Move {
            at: r.get(0)?,
            from: if from.is_some() { Some(parse_id(r, 1)?) } else { None },
            to: parse_id(r, 2)?,
            result: if result.is_some() { Some(parse_id(r, 3)?) } else { None },
            reason: r.get(4)?,
            by: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Moves a client as `plan` decides from its current column, in one
    /// transaction that reads the column and records the move.
    pub fn move_client(
        &mut self,
        client_id: ClientId,
        plan: impl FnOnce(Column) -> Result<PlannedMove, crate::domain::ValidationError>,
    ) -> Result<PlannedMove> {
        self.write_client("move", |tx, ctx| {
            let from = column_of(tx, client_id)?;
            let planned = plan(from)?;
            apply(tx, ctx, client_id, from, &planned)?;
            Ok((client_id, planned))
        })
    }
}
