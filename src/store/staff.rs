//! Salespeople and other staff: created on first use, matched by folded name.

use std::sync::Arc;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store};
use crate::domain::ValidationError;
use crate::domain::fold::fold;

/// The id of the staff member called `name`, created if this is the first use.
pub(crate) fn ensure(conn: &Connection, name: &str, now: NaiveDateTime) -> Result<i64> {
    let name = crate::domain::required("user", name)?;
    let key = fold(&name);
    if let Some(id) = find(conn, &key)? {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO staff (name, key, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![name, key, now])?;
    Ok(conn.last_insert_rowid())
}

fn find(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn.prepare_cached("SELECT id FROM staff WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

/// The id of an existing staff member, or an error listing who exists.
pub(crate) fn existing(conn: &Connection, field: &str, name: &str) -> Result<i64> {
    if let Some(id) = find(conn, &fold(name.trim()))? {
        return Ok(id);
    }
    let known = names(conn)?;
    let reason = if known.is_empty() {
        crate::i18n::t("err-no-salesperson-yet").to_string()
    } else {
        crate::tr!("err-no-salesperson", known = known.join(", "))
    };
    Err(ValidationError::new(field, name, reason).into())
}

fn names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM staff ORDER BY key")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Every recorded staff member, by name.
    pub fn staff_names(&self) -> Result<Vec<String>> {
        names(self.conn())
    }
}

/// The salespeople's names by id, each one string shared by their clients.
pub(super) struct Staff(Vec<Option<Arc<str>>>);

impl Staff {
    pub(super) fn read(conn: &Connection) -> Result<Staff> {
        let mut names = Vec::new();
        let mut stmt = conn.prepare_cached("SELECT id, name FROM staff")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Ok(id) = usize::try_from(r.get::<_, i64>(0)?) {
                if names.len() <= id {
                    names.resize(id + 1, None);
                }
                names[id] = Some(r.get::<_, String>(1)?.into());
            }
        }
        Ok(Staff(names))
    }

    pub(super) fn name(&self, id: Option<i64>) -> Option<Arc<str>> {
        self.0.get(usize::try_from(id?).ok()?).cloned().flatten()
    }
}
