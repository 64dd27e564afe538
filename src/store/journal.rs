//! The journal: every write is one recorded step (who, when, what, and the
//! rows it changed as they were before and after), so that any step — a
//! call, an edit, a delete, a whole import or merge — can be undone later,
//! and undoing is a step of its own.
//!
//! Rows are recorded by temporary triggers of this connection, generated
//! from the tables' own columns, so that no write can forget to record: a
//! delete keeps the old row, an update its key and the columns it changed
//! before and after, an insert its key and a digest of the new row (enough
//! to take it away, and to see that it changed since). A step
//! is undone from its last row back to its first, each row checked first
//! against the file as it is now: a row changed since by another step is
//! not overwritten, the undo is refused and names that step.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::{Map, Value as Json};

use super::{Result, Store, StoreError, WriteCtx, clients, packed};
use crate::domain::model::ClientId;

/// The tables whose rows the journal records. Not the derived ones (packed
/// sales, search keys live in their rows), not staff and products (named
/// once, kept when what named them is undone), not selections' keys alone.
const RECORDED: &[&str] = &[
    "clients",
    "client_tags",
    "persons",
    "channels",
    "events",
    "contacts",
    "moves",
    "orders",
    "changes",
    "documents",
    "complaints",
    "satisfaction",
    "greetings",
    "selections",
];

/// History entries are only ever added: undoing a step keeps the record
/// that it was made, so their additions are not recorded — only their
/// moves and deletes (a merged or deleted client's history), to come back
/// with the client.
const KEPT_WHEN_UNDONE: &[&str] = &["changes"];

/// Steps of more rows than this are undone with temporary data in memory.
const LARGE_STEP: usize = 1_000;

/// Columns that every change of a row moves on by itself: they are neither
/// compared nor put back.
const IGNORED: &[&str] = &["version", "updated_at"];

/// One recorded step, as the journal lists it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Step {
    pub id: i64,
    pub at: NaiveDateTime,
    pub by: String,
    /// What was done: "edit", "call", "import clients.csv", "undo 12"…
    pub what: String,
    /// The client the step was made to, for one client's steps.
    pub client: Option<ClientId>,
    /// Its name now, or as it was when the step deleted it.
    pub name: Option<String>,
    /// How many rows it changed.
    pub rows: usize,
    /// The step that undid this one, if any.
    pub undone_by: Option<i64>,
}

impl Step {
    /// The client it was made to, as the journal lists it: "Agro Sud (#26)",
    /// "#26" once its name is gone, nothing for a step of no one client.
    pub fn client_label(&self) -> String {
        match (&self.name, self.client) {
            (Some(name), Some(id)) => format!("{name} (#{id})"),
            (None, Some(id)) => format!("#{id}"),
            (_, None) => String::new(),
        }
    }
}

/// What an undo did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Undone {
    /// The step undone.
    pub step: Step,
    /// The new step that records the undo.
    pub by: i64,
    /// Every client whose rows it put back.
    pub clients: Vec<ClientId>,
}

/// How an added row's digest is made. A file journaled before 2026-12-07
/// has the digest of each added row's JSON image (`#`); since, the digest
/// of its values (`#2`): no JSON text is made for it, which cut the
/// journal's share of an import of 100,000 rows from 0.9 s to 0.7 s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Digest {
    Json,
    Values,
}

impl Digest {
    /// Its key in the recorded image.
    fn key(self) -> &'static str {
        match self {
            Digest::Json => "#",
            Digest::Values => "#2",
        }
    }
}

/// A recorded table: its columns, key and how its rows are written as JSON.
struct Table {
    name: String,
    columns: Vec<String>,
    key: Vec<String>,
    blobs: Vec<String>,
    client: Option<String>,
}

impl Table {
    fn read(conn: &Connection, name: &str) -> Result<Table> {
        let mut stmt = conn.prepare(&format!("SELECT name, type, pk FROM pragma_table_info('{name}') ORDER BY cid"))?;
        let mut columns = Vec::new();
        let mut keyed = Vec::new();
        let mut blobs = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let column: String = r.get(0)?;
            let kind: String = r.get(1)?;
            let pk: i64 = r.get(2)?;
            if kind.eq_ignore_ascii_case("BLOB") {
                blobs.push(column.clone());
            }
            if pk > 0 {
                keyed.push((pk, column.clone()));
            }
            columns.push(column);
        }
        keyed.sort();
        let client = if name == "clients" {
            Some("id".to_string())
        } else {
            columns.iter().find(|c| *c == "client_id").cloned()
        };
        Ok(Table { name: name.into(), key: keyed.into_iter().map(|(_, c)| c).collect(), columns, blobs, client })
    }

    /// `json_object(…)` of the row `of` (`NEW`, `OLD`, or the table itself).
    fn image(&self, of: &str) -> String {
        self.object(of, self.columns.iter())
    }

    /// The digest of the compared columns of the row `of`, in the form
    /// `form`: what an added row is remembered by, to know whether it
    /// changed since.
    fn digest(&self, of: &str, form: Digest) -> String {
        match form {
            Digest::Json => format!("kdigest({})", self.object(of, self.compared())),
            Digest::Values => {
                let values: Vec<String> = self.compared().map(|c| format!("{of}{c}")).collect();
                format!("kdigest_values({})", values.join(", "))
            }
        }
    }

    fn object<'a>(&self, of: &str, columns: impl Iterator<Item = &'a String>) -> String {
        let fields: Vec<String> = columns
            .map(|c| {
                let value = format!("{of}{c}");
                let value = if self.blobs.contains(c) { format!("hex({value})") } else { value };
                format!("'{c}', {value}")
            })
            .collect();
        format!("json_object({})", fields.join(", "))
    }

    /// The JSON text of an updated row's image `of` (`OLD.` or `NEW.`): its
    /// key, and the columns the update changed — all an undo compares and
    /// puts back. A call that moves a client's next contact on keeps two
    /// dates, not the whole card twice (1.5 KB a step before).
    fn delta(&self, of: &str) -> String {
        let changed = self.compared().filter(|c| !self.key.contains(c)).map(|c| {
            format!("CASE WHEN OLD.{c} IS NOT NEW.{c} THEN ',\"{c}\":' || {} ELSE '' END", self.quoted(of, c))
        });
        self.keyed(of, changed)
    }

    /// The JSON text of an added row `of`: its key and its digest (`#2`).
    /// An added row is only ever compared, never written back: its whole
    /// image made an import's journal twice the size of what it imported.
    fn added(&self, of: &str) -> String {
        let digest = self.digest(of, Digest::Values);
        self.keyed(of, std::iter::once(format!("',\"{}\":' || json_quote({digest})", Digest::Values.key())))
    }

    /// `'{"k":' || … || more… || '}'`: the key of row `of`, then `more`.
    fn keyed(&self, of: &str, more: impl Iterator<Item = String>) -> String {
        let mut parts = vec!["'{'".to_string()];
        for (i, k) in self.key.iter().enumerate() {
            let comma = if i == 0 { "" } else { "," };
            parts.push(format!("'{comma}\"{k}\":' || {}", self.quoted(of, k)));
        }
        parts.extend(more);
        parts.push("'}'".into());
        parts.join(" || ")
    }

    /// Column `c` of row `of` as JSON text (a blob as hex).
    fn quoted(&self, of: &str, c: &str) -> String {
        let v = format!("{of}{c}");
        if self.blobs.iter().any(|b| b == c) { format!("json_quote(hex({v}))") } else { format!("json_quote({v})") }
    }

    /// The value of column `c` from the JSON image in parameter `p`.
    fn value(&self, c: &str, p: &str) -> String {
        let value = format!("json_extract({p}, '$.\"{c}\"')");
        if self.blobs.iter().any(|b| b == c) { format!("unhex({value})") } else { value }
    }

    /// `k1 = json_extract(?1, …) AND …`: the row whose key is in image `p`.
    fn by_key(&self, p: &str) -> String {
        let parts: Vec<String> = self.key.iter().map(|k| format!("{k} = {}", self.value(k, p))).collect();
        parts.join(" AND ")
    }

    fn compared(&self) -> impl Iterator<Item = &String> {
        self.columns.iter().filter(|c| !IGNORED.contains(&c.as_str()))
    }

    fn triggers(&self) -> String {
        let t = &self.name;
        let client = |of: &str| self.client.as_ref().map_or("NULL".to_string(), |c| format!("{of}{c}"));
        // The table written is named without its schema: SQLite before
        // 3.53 (SQLCipher's) refuses a qualified one even in a TEMP
        // trigger, and no temp table shadows it.
        let record = |old: &str, new: &str, of: &str| {
            format!(
                "INSERT INTO step_rows (step_id, tbl, client_id, old, new) \
                 VALUES ((SELECT step FROM temp.journal_now), '{t}', {}, {old}, {new});",
                client(of)
            )
        };
        let now = "(SELECT step FROM temp.journal_now) IS NOT NULL";
        let changed: Vec<String> = self.compared().map(|c| format!("OLD.{c} IS NOT NEW.{c}")).collect();
        let mut sql = format!(
            "CREATE TEMP TRIGGER journal_{t}_delete AFTER DELETE ON main.{t} WHEN {now} BEGIN {} END;\n\
             CREATE TEMP TRIGGER journal_{t}_update AFTER UPDATE ON main.{t} WHEN {now} AND ({}) BEGIN {} END;\n",
            record(&self.image("OLD."), "NULL", "OLD."),
            changed.join(" OR "),
            record(&self.delta("OLD."), &self.delta("NEW."), "NEW.")
        );
        if !KEPT_WHEN_UNDONE.contains(&t.as_str()) {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER journal_{t}_insert AFTER INSERT ON main.{t} WHEN {now} BEGIN {} END;\n",
                record("NULL", &self.added("NEW."), "NEW.")
            ));
        }
        sql
    }

    /// The digest of the row with the key of `image` as it is now, in the
    /// form `form`.
    fn digest_now(&self, tx: &Transaction, image: &str, form: Digest) -> Result<Option<String>> {
        let sql = format!("SELECT {} FROM main.{} WHERE {}", self.digest("", form), self.name, self.by_key("?1"));
        Ok(tx.prepare_cached(&sql)?.query_row([image], |r| r.get(0)).optional()?)
    }

    /// The row with the key of `image` as it is now, as JSON.
    fn current(&self, tx: &Transaction, image: &str) -> Result<Option<Map<String, Json>>> {
        let sql = format!("SELECT {} FROM main.{} WHERE {}", self.image(""), self.name, self.by_key("?1"));
        let found: Option<String> = tx.prepare_cached(&sql)?.query_row([image], |r| r.get(0)).optional()?;
        Ok(found.map(|text| parse(&text)))
    }
}

fn parse(text: &str) -> Map<String, Json> {
    match serde_json::from_str(text) {
        Ok(Json::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Makes this connection record every change of the recorded tables while a
/// step is open (see [`open_step`]).
pub(super) fn install(conn: &Connection) -> Result<()> {
    let mut sql = String::from("CREATE TEMP TABLE IF NOT EXISTS journal_now (step INTEGER);\n");
    for name in RECORDED {
        sql.push_str(&Table::read(conn, name)?.triggers());
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Stops recording on this connection (a bulk load of a demo file).
pub(super) fn uninstall(conn: &Connection) -> Result<()> {
    for name in RECORDED {
        for kind in ["insert", "update", "delete"] {
            conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.journal_{name}_{kind}"))?;
        }
    }
    Ok(())
}

/// Opens a step of the write in `tx`: the rows it changes are recorded
/// under it from now on.
pub(super) fn open_step(tx: &Transaction, ctx: &WriteCtx, what: &str) -> Result<i64> {
    tx.execute("INSERT INTO steps (at, user, what) VALUES (?1, ?2, ?3)", params![ctx.now, ctx.user, what])?;
    let id = tx.last_insert_rowid();
    tx.execute_batch("DELETE FROM temp.journal_now")?;
    tx.execute("INSERT INTO temp.journal_now (step) VALUES (?1)", [id])?;
    Ok(id)
}

/// Records in step `step`, as its triggers record an added row, every row
/// of the clients from id `first` on: clients written while the recording
/// was paused, all of them new (an import's). A table at a time, a table
/// before the tables that refer to it, so that an undo takes the rows away
/// in the opposite order.
pub(super) fn record_added(tx: &Transaction, step: i64, first: ClientId) -> Result<()> {
    for name in RECORDED.iter().filter(|t| !KEPT_WHEN_UNDONE.contains(t)) {
        let table = Table::read(tx, name)?;
        let Some(client) = &table.client else { continue };
        let sql = format!(
            "INSERT INTO step_rows (step_id, tbl, client_id, old, new) \
             SELECT ?1, '{name}', {client}, NULL, {} FROM main.{name} WHERE {client} >= ?2 ORDER BY {}",
            table.added(""),
            table.key.join(", ")
        );
        tx.execute(&sql, params![step, first])?;
    }
    Ok(())
}

/// Closes step `id`: named by `client`, or dropped when it changed no
/// recorded row (a write of derived values only). Returns whether it stays.
pub(super) fn close_step(tx: &Transaction, id: i64, client: Option<ClientId>) -> Result<bool> {
    tx.execute_batch("DELETE FROM temp.journal_now")?;
    let rows: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM step_rows WHERE step_id = ?1)", [id], |r| r.get(0))?;
    if !rows {
        tx.execute("DELETE FROM steps WHERE id = ?1", [id])?;
        return Ok(false);
    }
    if let Some(client) = client {
        tx.execute("UPDATE steps SET client_id = ?2 WHERE id = ?1", params![id, client])?;
    }
    Ok(true)
}

/// Takes every journal row about client `id` out of the file (an erase):
/// its rows and those of its persons, contacts and the rest, and the steps
/// made to it that are left with no rows.
pub(super) fn forget(tx: &Transaction, id: ClientId) -> Result<()> {
    tx.execute("DELETE FROM step_rows WHERE client_id = ?1", [id])?;
    tx.execute(
        "DELETE FROM steps WHERE client_id = ?1 AND NOT EXISTS (SELECT 1 FROM step_rows r WHERE r.step_id = steps.id)",
        [id],
    )?;
    tx.execute("UPDATE steps SET client_id = NULL WHERE client_id = ?1", [id])?;
    Ok(())
}

const STEP_COLUMNS: &str = "s.id, s.at, s.user, s.what, s.client_id, s.undone_by,
    (SELECT count(*) FROM step_rows r WHERE r.step_id = s.id),
    coalesce((SELECT name FROM clients c WHERE c.id = s.client_id),
             (SELECT json_extract(coalesce(r.old, r.new), '$.name') FROM step_rows r
               WHERE r.client_id = s.client_id AND r.tbl = 'clients'
                 AND json_extract(coalesce(r.old, r.new), '$.name') IS NOT NULL
               ORDER BY r.step_id DESC LIMIT 1))";

fn step_of(r: &rusqlite::Row) -> rusqlite::Result<Step> {
    Ok(Step {
        id: r.get(0)?,
        at: r.get(1)?,
        by: r.get(2)?,
        what: r.get(3)?,
        client: r.get(4)?,
        undone_by: r.get(5)?,
        rows: usize::try_from(r.get::<_, i64>(6)?).unwrap_or(0),
        name: r.get(7)?,
    })
}

fn step(conn: &Connection, id: i64) -> Result<Option<Step>> {
    let sql = format!("SELECT {STEP_COLUMNS} FROM steps s WHERE s.id = ?1");
    Ok(conn.query_row(&sql, [id], step_of).optional()?)
}

/// Why a step cannot be undone.
fn blocked(tx: &Transaction, target: &Step, table: &Table, image: &str, why: &str) -> StoreError {
    // The newest other step that recorded a row with the same key.
    let mut later = None;
    let keys: Vec<String> = table
        .key
        .iter()
        .map(|k| format!("json_extract(coalesce(r.new, r.old), '$.\"{k}\"') = json_extract(?2, '$.\"{k}\"')"))
        .collect();
    let sql = format!(
        "SELECT r.step_id FROM step_rows r WHERE r.tbl = ?1 AND r.step_id > ?3 AND {} ORDER BY r.seq DESC LIMIT 1",
        keys.join(" AND ")
    );
    if let Ok(Some(id)) = tx.query_row(&sql, params![table.name, image, target.id], |r| r.get::<_, i64>(0)).optional() {
        later = step(tx, id).ok().flatten();
    }
    StoreError::UndoBlocked { step: describe(target), why: why.into(), later: later.as_ref().map(describe) }
}

/// "step 12 (edit of Ștefănescu SRL, 2026-11-23 14:02 by ana)".
pub fn describe(step: &Step) -> String {
    let what = crate::i18n::recorded(&step.what).into_owned();
    let (id, at, by) = (step.id.to_string(), crate::i18n::date_time_long(step.at), step.by.as_str());
    match &step.name {
        Some(client) => {
            crate::tr!("step-described-of", id = id, what = what, client = client.as_str(), at = at, by = by)
        }
        None => crate::tr!("step-described", id = id, what = what, at = at, by = by),
    }
}

/// One recorded row: its table, client, and images before and after.
type RowChange = (String, Option<ClientId>, Option<String>, Option<String>);

/// Puts back the rows of step `target` inside the write `tx`: newest row
/// first, each checked against the file as it is.
fn put_back(tx: &Transaction, ctx: &WriteCtx, target: &Step) -> Result<Vec<ClientId>> {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let rows: Vec<RowChange> = tx
        .prepare("SELECT tbl, client_id, old, new FROM step_rows WHERE step_id = ?1 ORDER BY seq DESC")?
        .query_map([target.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // Rows come back in any order; the keys are checked at the end.
    tx.pragma_update(None, "defer_foreign_keys", true)?;
    let mut clients = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (name, client, old, new) in rows {
        if !tables.contains_key(&name) {
            tables.insert(name.clone(), Table::read(tx, &name)?);
        }
        let table = &tables[&name];
        if let Some(c) = client
            && seen.insert(c)
        {
            clients.push(c);
        }
        match (old, new) {
            (None, Some(new)) => {
                // It was added: take it away, unless it changed since or
                // something added since hangs on it.
                let image = parse(&new);
                let (form, was) = [Digest::Values, Digest::Json]
                    .into_iter()
                    .find_map(|form| Some((form, image.get(form.key())?.as_str()?.to_string())))
                    .unzip();
                let is = match form {
                    Some(form) => table.digest_now(tx, &new, form)?,
                    None => None,
                };
                if is.is_none() || is != was {
                    return Err(blocked(tx, target, table, &new, "a row it added was changed or removed since"));
                }
                let before: i64 =
                    tx.prepare_cached("SELECT coalesce(max(seq), 0) FROM step_rows")?.query_row([], |r| r.get(0))?;
                tx.prepare_cached(&format!("DELETE FROM main.{} WHERE {}", table.name, table.by_key("?1")))?
                    .execute([&new])?;
                // The rows recorded since `before` are all of this undo:
                // read by number, not by step (a whole import's rows each time).
                let taken: i64 = tx
                    .prepare_cached("SELECT count(*) FROM step_rows WHERE seq > ?1 AND tbl <> 'changes'")?
                    .query_row([before], |r| r.get(0))?;
                if taken > 1 {
                    return Err(blocked(tx, target, table, &new, "what it added has had more added to it since"));
                }
            }
            (Some(old), Some(new)) => {
                let (old_map, new_map) = (parse(&old), parse(&new));
                let changed: Vec<&String> = table.compared().filter(|c| old_map.get(*c) != new_map.get(*c)).collect();
                let current = table.current(tx, &new)?;
                if !same(current.as_ref(), &new_map, &changed) {
                    return Err(blocked(tx, target, table, &new, "a value it changed was changed again since"));
                }
                let mut sets: Vec<String> = changed.iter().map(|c| format!("{c} = {}", table.value(c, "?1"))).collect();
                let touched = table.columns.iter().any(|c| c == "updated_at");
                if touched {
                    sets.push("updated_at = ?3".into());
                }
                let mut stmt = tx.prepare_cached(&format!(
                    "UPDATE main.{} SET {} WHERE {}",
                    table.name,
                    sets.join(", "),
                    table.by_key("?2")
                ))?;
                let done =
                    if touched { stmt.execute(params![old, new, ctx.now]) } else { stmt.execute(params![old, new]) };
                if let Err(e) = done {
                    return Err(refused(e, || blocked(tx, target, table, &new, "a later change depends on it")));
                }
            }
            (Some(old), None) => {
                // It was removed: bring it back under its own number, which
                // must still be free.
                if table.current(tx, &old)?.is_some() {
                    return Err(blocked(
                        tx,
                        target,
                        table,
                        &old,
                        "the number of a row it removed was given again since",
                    ));
                }
                let values: Vec<String> = table.columns.iter().map(|c| table.value(c, "?1")).collect();
                let done = tx
                    .prepare_cached(&format!(
                        "INSERT INTO main.{} ({}) VALUES ({})",
                        table.name,
                        table.columns.join(", "),
                        values.join(", ")
                    ))?
                    .execute([&old]);
                if let Err(e) = done {
                    return Err(refused(e, || blocked(tx, target, table, &old, "a row like it was added since")));
                }
            }
            (None, None) => {}
        }
    }
    Ok(clients)
}

/// A rule of the file (a check or a unique key) refusing a row put back
/// means a later step built on the step being undone: `why` says which. Any
/// other error is what it is.
fn refused(e: rusqlite::Error, why: impl FnOnce() -> StoreError) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => why(),
        _ => e.into(),
    }
}

/// Whether the row as it is now has the values of `image` in `columns`.
fn same(current: Option<&Map<String, Json>>, image: &Map<String, Json>, columns: &[&String]) -> bool {
    let Some(current) = current else { return false };
    columns.iter().all(|c| current.get(*c) == image.get(*c))
}

impl Store {
    /// The newest `limit` steps of the journal, of client `client` alone
    /// when given.
    pub fn journal(&self, client: Option<ClientId>, limit: usize) -> Result<Vec<Step>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let of = match client {
            None => "",
            Some(_) => {
                "WHERE s.id IN (SELECT id FROM steps WHERE client_id = ?1
                                UNION SELECT step_id FROM step_rows WHERE client_id = ?1)"
            }
        };
        let sql = format!("SELECT {STEP_COLUMNS} FROM steps s {of} ORDER BY s.id DESC LIMIT ?2");
        let mut stmt = self.conn().prepare(&sql)?;
        // ?1 is unused without a client: bound all the same.
        let steps = stmt.query_map(params![client, limit], step_of)?.collect::<rusqlite::Result<_>>()?;
        Ok(steps)
    }

    /// The newest step this user made that still stands and is not itself
    /// an undo: what `kartoteka undo` takes back when given no step.
    pub fn own_last_step(&self) -> Result<Option<Step>> {
        let sql = format!(
            "SELECT {STEP_COLUMNS} FROM steps s
              WHERE s.user = ?1 AND s.undone_by IS NULL AND s.undoes IS NULL
              ORDER BY s.id DESC LIMIT 1"
        );
        Ok(self.conn().query_row(&sql, [&self.user], step_of).optional()?)
    }

    /// Step `id` of the journal.
    pub fn step(&self, id: i64) -> Result<Option<Step>> {
        step(self.conn(), id)
    }

    /// Undoes step `id`: every row it added is taken away, every value it
    /// changed put back, every row it removed brought back — or nothing,
    /// when a later step changed the same rows (the error names it). The
    /// undo is a step of its own, so it can be undone in turn.
    pub fn undo_step(&mut self, id: i64) -> Result<Undone> {
        let target = self.step(id)?.ok_or(StoreError::NoStep(id))?;
        if let Some(by) = target.undone_by {
            return Err(StoreError::AlreadyUndone(describe(&target), by));
        }
        let what = format!("undo {id}");
        // A large step (an import) is undone with temporary data in memory;
        // a call or an edit is not worth making the triggers twice over.
        let large = target.rows > LARGE_STEP;
        let written = self.with_temp_in_memory_if(large, |store| {
            store.write_as(&what, target.client, |tx, ctx, now| {
                let clients = put_back(tx, ctx, &target)?;
                tx.execute("UPDATE steps SET undone_by = ?2 WHERE id = ?1", params![target.id, now])?;
                tx.execute("UPDATE steps SET undoes = ?2 WHERE id = ?1", params![now, target.id])?;
                // Undoing an undo makes the step it undid stand again.
                tx.execute(
                    "UPDATE steps SET undone_by = NULL WHERE id = (SELECT undoes FROM steps WHERE id = ?1)",
                    [target.id],
                )?;
                let mut live = Vec::new();
                for c in &clients {
                    if tx.query_row("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?1)", [c], |r| r.get(0))? {
                        live.push(*c);
                    }
                }
                let undone = format!("{} ({} by {})", target.what, target.at.format("%Y-%m-%d %H:%M"), target.by);
                for c in &live {
                    clients::record_change(tx, ctx, *c, "undo", Some(&undone), None)?;
                }
                packed::pack(tx, &live)?;
                Ok((clients, now))
            })
        });
        // The keys are checked as the write commits: a row brought back
        // whose client or person was removed since.
        let (clients, by) = written.map_err(|e| match e {
            StoreError::Sqlite(e) => refused(e, || StoreError::UndoBlocked {
                step: describe(&target),
                why: "what it brings back belonged to a client or person removed since".into(),
                later: None,
            }),
            e => e,
        })?;
        // `u` walks back through the session: the undo is not a step to it.
        self.session.retain(|s| *s != id && *s != by);
        Ok(Undone { step: target, by, clients })
    }

    /// Undoes the newest step of this session that still stands.
    pub fn undo(&mut self) -> Result<Option<Undone>> {
        while let Some(id) = self.session.pop() {
            match self.step(id)? {
                Some(step) if step.undone_by.is_none() => return self.undo_step(id).map(Some),
                _ => continue,
            }
        }
        Ok(None)
    }

    /// Starts a session: `undo` takes back only what is written from now on.
    pub fn start_session(&mut self) {
        self.session.clear();
    }

    /// The step this session wrote last.
    pub fn last_written(&self) -> Option<i64> {
        self.session.last().copied()
    }

    /// Whether this session made a step that `undo` can take back.
    pub fn can_undo(&self) -> bool {
        !self.session.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::clock::Clock;
    use crate::domain::model::NewClient;

    fn store() -> Store {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        Store::open_in_memory(Clock::Fixed(today.and_hms_opt(9, 0, 0).unwrap()), "test").unwrap()
    }

    /// Rewrites the added rows of step `id` as a file written before the
    /// digest of values recorded them: with the digest of the JSON image.
    /// Not the client's row, which the step updated after adding it (its
    /// keys): its digest is of the row as it was before the update.
    fn as_recorded_before(store: &Store, id: i64) {
        let rows: Vec<(i64, String, String)> = store
            .conn
            .prepare("SELECT seq, tbl, new FROM step_rows WHERE step_id = ?1 AND old IS NULL AND tbl <> 'clients'")
            .unwrap()
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(!rows.is_empty());
        for (seq, name, new) in rows {
            let table = Table::read(&store.conn, &name).unwrap();
            let mut image = parse(&new);
            assert!(image.remove(Digest::Values.key()).is_some(), "{new}");
            let sql =
                format!("SELECT {} FROM main.{} WHERE {}", table.digest("", Digest::Json), name, table.by_key("?1"));
            let digest: String = store.conn.query_row(&sql, [&new], |r| r.get(0)).unwrap();
            image.insert(Digest::Json.key().into(), Json::String(digest));
            let text = Json::Object(image).to_string();
            store.conn.execute("UPDATE step_rows SET new = ?2 WHERE seq = ?1", params![seq, text]).unwrap();
        }
    }

    fn client(name: &str) -> NewClient {
        NewClient { name: name.into(), phones: vec!["+40 721 123 456".into()], ..NewClient::default() }
    }

    #[test]
    fn a_row_added_before_the_digest_of_values_is_still_taken_away() {
        let mut store = store();
        store.add_client(&client("Ștefănescu SRL")).unwrap();
        let step = store.journal(None, 1).unwrap()[0].id;
        as_recorded_before(&store, step);
        store.undo_step(step).unwrap();
        let left: i64 = store.conn.query_row("SELECT count(*) FROM clients", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn a_row_added_before_the_digest_of_values_and_changed_since_stays() {
        let mut store = store();
        let id = store.add_client(&client("Иванов и партнёры")).unwrap();
        let step = store.journal(None, 1).unwrap()[0].id;
        as_recorded_before(&store, step);
        store.conn.execute("UPDATE channels SET value = '+7 495 111 22 33' WHERE client_id = ?1", [id]).unwrap();
        let err = store.undo_step(step).unwrap_err();
        assert!(
            matches!(&err, StoreError::UndoBlocked { why, .. } if why.contains("changed or removed since")),
            "{err}"
        );
    }
}
