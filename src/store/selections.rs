//! Saved selections: a name and the filters that choose its clients, kept
//! as the text they were typed in and read again on each use, so that a
//! selection follows the file as it changes.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};
use crate::domain::fold::fold;
use crate::domain::{ValidationError, required};

/// A selection as saved: its name and its filters (JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    pub filters: String,
}

impl Store {
    /// Saves `filters` under `name`, replacing a selection of the same name
    /// (letter case and diacritics aside). Returns whether one was replaced.
    pub fn save_selection(&mut self, name: &str, filters: &str) -> Result<bool> {
        let name = required("name", name)?;
        self.write_as("save selection", None, |tx, ctx, _| {
            let key = fold(&name);
            let replaced = tx
                .execute("UPDATE selections SET name = ?2, filters = ?3 WHERE key = ?1", params![key, name, filters])?;
            if replaced == 0 {
                tx.execute(
                    "INSERT INTO selections (name, key, filters, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![name, key, filters, ctx.now],
                )?;
            }
            Ok(replaced == 1)
        })
    }

    /// Every saved selection, by name.
    pub fn selections(&self) -> Result<Vec<Saved>> {
        let mut stmt = self.conn().prepare("SELECT name, filters FROM selections ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok(Saved { name: r.get(0)?, filters: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The selection called `name`; `field` names the argument in errors.
    pub fn selection(&self, field: &str, name: &str) -> Result<Saved> {
        self.conn()
            .query_row("SELECT name, filters FROM selections WHERE key = ?1", [fold(name.trim())], |r| {
                Ok(Saved { name: r.get(0)?, filters: r.get(1)? })
            })
            .optional()?
            .ok_or_else(|| self.no_selection(field, name))
    }

    fn no_selection(&self, field: &str, name: &str) -> super::StoreError {
        let known: Vec<String> = self.selections().unwrap_or_default().into_iter().map(|s| s.name).collect();
        let hint = if known.is_empty() {
            crate::i18n::t("err-no-selection").to_string()
        } else {
            crate::tr!("err-no-selection-saved", known = known.join(", "))
        };
        ValidationError::new(field, name, hint).into()
    }

    /// Deletes the selection called `name`.
    pub fn delete_selection(&mut self, name: &str) -> Result<()> {
        let deleted = self.write_as("delete selection", None, |tx, _, _| {
            Ok(tx.execute("DELETE FROM selections WHERE key = ?1", [fold(name.trim())])?)
        })?;
        if deleted == 0 {
            return Err(self.no_selection("name", name));
        }
        Ok(())
    }
}
