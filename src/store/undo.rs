//! Undo for the interface: every client-scoped write can keep the client's
//! rows as they were before and after it, so that the last change of a
//! session is put back exactly — unless someone changed the client since.

use rusqlite::types::Value;
use rusqlite::{Connection, Transaction};

use super::{Result, Store, StoreError, WriteCtx, packed};
use crate::domain::model::ClientId;

/// The tables that hold a client's rows, parents first, with the order that
/// makes two snapshots comparable.
const TABLES: &[(&str, &str, &str)] = &[
    ("clients", "id", "id"),
    ("persons", "client_id", "id"),
    ("client_tags", "client_id", "tag"),
    ("channels", "client_id", "id"),
    ("events", "client_id", "id"),
    ("contacts", "client_id", "id"),
    ("moves", "client_id", "id"),
    ("orders", "client_id", "id"),
    ("changes", "client_id", "id"),
    ("documents", "client_id", "id"),
    ("complaints", "client_id", "id"),
    ("satisfaction", "client_id", "id"),
    ("greetings", "client_id", "id"),
];

/// Every row of one client, table by table.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    tables: Vec<Vec<Vec<Value>>>,
}

impl Snapshot {
    fn name(&self) -> String {
        // Column 2 of `clients` is the name (id, kind, name, …).
        match self.tables.first().and_then(|rows| rows.first()).and_then(|row| row.get(2)) {
            Some(Value::Text(name)) => name.clone(),
            _ => String::new(),
        }
    }
}

/// One client's rows before and after a change.
#[derive(Debug, Clone)]
struct Part {
    client: ClientId,
    before: Option<Snapshot>,
    after: Option<Snapshot>,
}

/// One change that `u` can take back: of one client, or of several at once
/// (a merge).
#[derive(Debug, Clone)]
pub struct UndoStep {
    /// The client the change was made to (the one kept, for a merge).
    pub client: ClientId,
    /// What was done, for the status line: "move", "contact", "edit"…
    pub what: &'static str,
    /// The client's name, before the change if it had one.
    pub name: String,
    parts: Vec<Part>,
}

impl UndoStep {
    /// Every client the change was made to.
    pub fn clients(&self) -> Vec<ClientId> {
        self.parts.iter().map(|p| p.client).collect()
    }
}

fn snapshot(conn: &Connection, id: ClientId) -> Result<Option<Snapshot>> {
    let mut tables = Vec::with_capacity(TABLES.len());
    for (table, key, order) in TABLES {
        let mut stmt = conn.prepare_cached(&format!("SELECT * FROM {table} WHERE {key} = ?1 ORDER BY {order}"))?;
        let n = stmt.column_count();
        let rows =
            stmt.query_map([id], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>())?;
        tables.push(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    Ok(if tables[0].is_empty() { None } else { Some(Snapshot { tables }) })
}

/// Puts the clients of `parts` back as they were before: every one is
/// deleted first (every other table cascades from the client), so that rows
/// that moved from one to another (a merge) are free to come back.
fn restore(tx: &Transaction, parts: &[Part]) -> Result<()> {
    for part in parts {
        tx.execute("DELETE FROM clients WHERE id = ?1", [part.client])?;
    }
    for snapshot in parts.iter().filter_map(|p| p.before.as_ref()) {
        for ((table, _, _), rows) in TABLES.iter().zip(&snapshot.tables) {
            for row in rows {
                let marks = vec!["?"; row.len()].join(", ");
                tx.prepare_cached(&format!("INSERT INTO {table} VALUES ({marks})"))?
                    .execute(rusqlite::params_from_iter(row.iter()))?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// From now on, client-scoped writes of this store can be undone.
    pub fn keep_undo(&mut self) {
        self.undo.get_or_insert_with(Vec::new);
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        self.undo.as_ref().is_some_and(|steps| !steps.is_empty())
    }

    /// Runs a write that changes one client — `client`, or the one `f`
    /// creates — in one transaction, keeping it for undo when asked to.
    pub(crate) fn write_client<T>(
        &mut self,
        what: &'static str,
        client: Option<ClientId>,
        f: impl FnOnce(&Transaction, &WriteCtx) -> Result<(ClientId, T)>,
    ) -> Result<T> {
        self.write_clients(what, client.as_slice(), |tx, ctx| f(tx, ctx).map(|(id, out)| (vec![id], out)))
    }

    /// Runs a write that changes the clients `clients` (and those `f` says
    /// it changed, the first being the one the change is named by) in one
    /// transaction, keeping it for undo as one step when asked to.
    pub(crate) fn write_clients<T>(
        &mut self,
        what: &'static str,
        clients: &[ClientId],
        f: impl FnOnce(&Transaction, &WriteCtx) -> Result<(Vec<ClientId>, T)>,
    ) -> Result<T> {
        let keep = self.undo.is_some();
        let (out, step) = self.write(|tx, ctx| {
            let mut befores = Vec::new();
            if keep {
                for id in clients {
                    befores.push((*id, snapshot(tx, *id)?));
                }
            }
            let (ids, out) = f(tx, ctx)?;
            let step = match ids.first() {
                Some(&first) if keep => {
                    let mut parts = Vec::new();
                    for id in clients.iter().chain(&ids) {
                        if parts.iter().any(|p: &Part| p.client == *id) {
                            continue;
                        }
                        let before = befores.iter().find(|(b, _)| b == id).and_then(|(_, s)| s.clone());
                        parts.push(Part { client: *id, before, after: snapshot(tx, *id)? });
                    }
                    let named = parts.iter().find(|p| p.client == first);
                    let name = named
                        .and_then(|p| p.before.as_ref().or(p.after.as_ref()))
                        .map(Snapshot::name)
                        .unwrap_or_default();
                    Some(UndoStep { client: first, what, name, parts })
                }
                _ => None,
            };
            Ok((out, step))
        })?;
        if let (Some(steps), Some(step)) = (self.undo.as_mut(), step) {
            steps.push(step);
        }
        Ok(out)
    }

    /// Takes back the last change of this session. Refused, and forgotten,
    /// when the client was changed since by someone else.
    pub fn undo(&mut self) -> Result<Option<UndoStep>> {
        let Some(step) = self.undo.as_mut().and_then(Vec::pop) else { return Ok(None) };
        self.write(|tx, _| {
            for part in &step.parts {
                if snapshot(tx, part.client)? != part.after {
                    return Err(StoreError::ChangedSince(step.name.clone()));
                }
            }
            restore(tx, &step.parts)?;
            let ids: Vec<ClientId> = step.parts.iter().map(|p| p.client).collect();
            packed::pack(tx, &ids)
        })?;
        Ok(Some(step))
    }
}
