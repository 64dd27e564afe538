//! The contact log: every call, meeting, letter and e-mail with its next step.

use rusqlite::{Connection, params};

use chrono::NaiveDate;

use super::{Result, Store, WriteCtx, board, clients, persons, staff};
use crate::domain::model::{ClientId, ContactEntry, NewContact};
use crate::domain::prospecting::plan_move;
use crate::domain::{Category, ContactKind, Outcome, ValidationError, required};

pub(crate) fn insert(conn: &Connection, ctx: &WriteCtx, client_id: ClientId, new: &NewContact) -> Result<i64> {
    let summary = required("summary", &new.summary)?;
    let person_id = match new.person.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(persons::resolve(conn, client_id, p)?),
        None => None,
    };
    let by = staff::ensure(conn, &ctx.user, ctx.now)?;
    conn.prepare_cached(
        "INSERT INTO contacts (client_id, at, kind, person_id, staff_id, summary, outcome, next_contact, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        client_id,
        new.at,
        new.kind.id(),
        person_id,
        by,
        summary,
        super::blank_to_none(new.outcome.clone()),
        new.next_contact,
        super::blank_to_none(new.source.clone()),
    ])?;
    let id = conn.last_insert_rowid();
    // The client's last contact is the latest entry; a new next date replaces
    // the planned one, and a contact made on or after the planned date
    // fulfils it.
    conn.prepare_cached(
        "UPDATE clients SET
            last_contact = max(coalesce(last_contact, ''), ?2),
            next_contact = CASE
                WHEN ?3 IS NOT NULL THEN ?3
                WHEN next_contact IS NOT NULL AND next_contact <= date(?2) THEN NULL
                ELSE next_contact END
         WHERE id = ?1",
    )?
    .execute(params![client_id, new.at, new.next_contact])?;
    clients::touch(conn, ctx, client_id)?;
    Ok(id)
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<ContactEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.at, e.kind, p.name, s.name, e.summary, e.outcome, e.next_contact, e.source
         FROM contacts e LEFT JOIN persons p ON p.id = e.person_id LEFT JOIN staff s ON s.id = e.staff_id
         WHERE e.client_id = ?1 ORDER BY e.at DESC, e.id DESC",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(ContactEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            kind: clients::parse_id(r, 2)?,
            person: r.get(3)?,
            logged_by: r.get(4)?,
            summary: r.get(5)?,
            outcome: r.get(6)?,
            next_contact: r.get(7)?,
            source: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Logs a contact with a client; returns the entry's id.
    pub fn log_contact(&mut self, client_id: ClientId, new: &NewContact) -> Result<i64> {
        self.log_contact_tagged(client_id, new, &[])
    }

    /// Logs a contact and tags the client with `tags`, in one transaction.
    pub fn log_contact_tagged(&mut self, client_id: ClientId, new: &NewContact, tags: &[String]) -> Result<i64> {
        self.write_client("contact", |tx, ctx| {
            let id = insert(tx, ctx, client_id, new)?;
            clients::add_tags(tx, client_id, tags)?;
            Ok((client_id, id))
        })
    }
}

/// What a call logged from the call queue changes beside the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterCall {
    Nothing,
    /// Into the result column with this result (and reason, for lost).
    Result(Outcome, Option<String>),
    /// Into this colour category, recorded in the history.
    Category(Category),
}

impl Store {
    /// Logs a call and what its outcome changes, in one transaction.
    pub fn log_call(&mut self, client_id: ClientId, new: &NewContact, after: &AfterCall) -> Result<i64> {
        self.write_client("call", |tx, ctx| {
            let id = insert(tx, ctx, client_id, new)?;
            match after {
                AfterCall::Nothing => {}
                AfterCall::Result(outcome, reason) => {
                    let from = board::column_of(tx, client_id)?;
                    let planned = plan_move(from, None, Some(*outcome), reason.as_deref())?;
                    board::apply(tx, ctx, client_id, from, &planned)?;
                }
                AfterCall::Category(category) => {
                    let before: String =
                        tx.query_row("SELECT category FROM clients WHERE id = ?1", [client_id], |r| r.get(0))?;
                    if before != category.id() {
                        tx.execute(
                            "UPDATE clients SET category = ?2 WHERE id = ?1",
                            params![client_id, category.id()],
                        )?;
                        clients::record_change(tx, ctx, client_id, "category", Some(&before), Some(category.id()))?;
                    }
                }
            }
            Ok((client_id, id))
        })
    }

    /// Marks an occasion of `client_id` (a birthday, an important date, a
    /// holiday: `occasion` says which) on `on_date` greeted, and records the
    /// greeting in the client's history as `new`.
    pub fn mark_greeted(
        &mut self,
        client_id: ClientId,
        occasion: &str,
        on_date: NaiveDate,
        new: &NewContact,
    ) -> Result<i64> {
        self.write_client("greeting", |tx, ctx| {
            let id = insert(tx, ctx, client_id, new)?;
            let added = tx.execute(
                "INSERT OR IGNORE INTO greetings (client_id, occasion, on_date, contact_id) VALUES (?1, ?2, ?3, ?4)",
                params![client_id, occasion, on_date, id],
            )?;
            if added == 0 {
                return Err(ValidationError::new(
                    "greeting",
                    occasion,
                    crate::tr!("err-already-greeted", date = on_date.to_string()),
                )
                .into());
            }
            Ok((client_id, id))
        })
    }

    /// Records one mailing (a letter, a newsletter issue, an invitation)
    /// in the history of each of `ids`, in one transaction. A mailing is
    /// not a personal contact: the last and next contact dates stay.
    pub fn record_mailing(&mut self, ids: &[ClientId], kind: ContactKind, summary: &str) -> Result<usize> {
        let summary = required("summary", summary)?;
        self.write_as("mailing", None, |tx, ctx, _| {
            let by = staff::ensure(tx, &ctx.user, ctx.now)?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO contacts (client_id, at, kind, staff_id, summary, source)
                 SELECT id, ?2, ?3, ?4, ?5, 'mailing' FROM clients WHERE id = ?1",
            )?;
            let mut written = 0;
            for id in ids {
                written += insert.execute(params![id, ctx.now, kind.id(), by, summary])?;
            }
            Ok(written)
        })
    }
}
