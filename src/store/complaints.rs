//! Complaints with their four dated steps, and satisfaction answers, a low
//! one opening a complaint in the same transaction.

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, Store, clients, staff};
use crate::domain::complaints::{Answer, Complaint, Done, Step, from_answers};
use crate::domain::model::ClientId;
use crate::domain::{ValidationError, required};

const SELECT: &str = "SELECT k.id, k.client_id, c.name, k.what, k.raised_by, k.registered_at, s.name,
        k.cause_at, k.cause, k.resolved_at, k.resolution, k.fixed_at, k.fix
    FROM complaints k JOIN clients c ON c.id = k.client_id LEFT JOIN staff s ON s.id = k.staff_id";

fn complaint(r: &Row) -> rusqlite::Result<Complaint> {
    let done = |i: usize| -> rusqlite::Result<Option<Done>> {
        let at: Option<NaiveDateTime> = r.get(i)?;
        Ok(match at {
            Some(at) => Some(Done { at, note: r.get(i + 1)? }),
            None => None,
        })
    };
    Ok(Complaint {
        id: r.get(0)?,
        client_id: r.get(1)?,
        client: r.get(2)?,
        what: r.get(3)?,
        raised_by: r.get(4)?,
        registered_at: r.get(5)?,
        registered_by: r.get(6)?,
        cause_found: done(7)?,
        resolved: done(9)?,
        process_fixed: done(11)?,
    })
}

/// The complaints not yet closed (of the clients of salesperson `manager`, if given).
pub(crate) fn open(conn: &Connection, manager: Option<i64>) -> Result<Vec<Complaint>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE k.fixed_at IS NULL AND (?1 IS NULL OR c.manager_id = ?1) ORDER BY k.registered_at, k.id"
    ))?;
    Ok(stmt.query_map([manager], complaint)?.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Complaint>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE k.client_id = ?1 ORDER BY k.registered_at, k.id"))?;
    Ok(stmt.query_map([client_id], complaint)?.collect::<rusqlite::Result<_>>()?)
}

fn insert(
    conn: &Connection,
    by: i64,
    client_id: ClientId,
    what: &str,
    raised_by: Option<&str>,
    at: NaiveDateTime,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO complaints (client_id, what, raised_by, registered_at, staff_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![client_id, what, raised_by, at, by])?;
    Ok(conn.last_insert_rowid())
}

impl Store {
    /// Registers a complaint of a client; returns its id.
    pub fn register_complaint(
        &mut self,
        client_id: ClientId,
        what: &str,
        raised_by: Option<&str>,
        at: Option<NaiveDateTime>,
    ) -> Result<i64> {
        let what = required("what", what)?;
        let raised_by = raised_by.map(str::trim).filter(|r| !r.is_empty());
        self.write_client("complaint", |tx, ctx| {
            let by = staff::ensure(tx, &ctx.user, ctx.now)?;
            let id = insert(tx, by, client_id, &what, raised_by, at.unwrap_or(ctx.now))?;
            clients::record_change(tx, ctx, client_id, "complaint registered", None, Some(&what))?;
            clients::touch(tx, ctx, client_id)?;
            Ok((client_id, id))
        })
    }

    /// Takes the next step of complaint `id`: its cause found, resolved, or
    /// the process fixed, with what was found or done.
    pub fn complaint_step(&mut self, id: i64, step: Step, note: &str, at: Option<NaiveDateTime>) -> Result<Complaint> {
        let note = required("note", note)?;
        let found = self.complaint(id)?;
        let client_id = found.client_id;
        self.write_client("complaint step", |tx, ctx| {
            // Read again inside the transaction: another step may have come first.
            let current =
                tx.query_row(&format!("{SELECT} WHERE k.id = ?1"), [id], complaint).optional()?.ok_or_else(|| {
                    ValidationError::new("complaint", &id.to_string(), crate::i18n::t("err-no-complaint"))
                })?;
            let at = at.unwrap_or(ctx.now);
            current.check(step, at)?;
            let (at_column, note_column) = match step {
                Step::CauseFound => ("cause_at", "cause"),
                Step::Resolved => ("resolved_at", "resolution"),
                Step::ProcessFixed => ("fixed_at", "fix"),
            };
            tx.execute(
                &format!("UPDATE complaints SET {at_column} = ?2, {note_column} = ?3 WHERE id = ?1"),
                params![id, at, note],
            )?;
            clients::record_change(
                tx,
                ctx,
                client_id,
                // The stored word is English whatever the language (i18n::recorded).
                &format!("complaint {}", step.id().replace('_', " ")),
                Some(&current.what),
                Some(&note),
            )?;
            clients::touch(tx, ctx, client_id)?;
            let after = tx.query_row(&format!("{SELECT} WHERE k.id = ?1"), [id], complaint)?;
            Ok((client_id, after))
        })
    }

    /// One complaint.
    pub fn complaint(&self, id: i64) -> Result<Complaint> {
        self.conn().query_row(&format!("{SELECT} WHERE k.id = ?1"), [id], complaint).optional()?.ok_or_else(|| {
            ValidationError::new("complaint", &id.to_string(), crate::i18n::t("err-no-complaint")).into()
        })
    }

    /// Every complaint (of `manager`'s clients, if named), oldest first.
    pub fn complaints(&self, manager: Option<&str>) -> Result<Vec<Complaint>> {
        let manager = manager.map(|m| staff::existing(self.conn(), "manager", m)).transpose()?;
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT} WHERE ?1 IS NULL OR c.manager_id = ?1 ORDER BY k.registered_at, k.id"))?;
        Ok(stmt.query_map([manager], complaint)?.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a client's answers to a satisfaction survey; an answer of 3
    /// or below opens a complaint linked to the answers. Returns the
    /// complaint's id, if one was opened.
    pub fn record_satisfaction(
        &mut self,
        client_id: ClientId,
        answers: &[Answer],
        at: Option<NaiveDateTime>,
    ) -> Result<Option<i64>> {
        if answers.is_empty() {
            return Err(ValidationError::new("answer", "", crate::i18n::t("err-give-at-least-one-answer")).into());
        }
        self.write_client("satisfaction", |tx, ctx| {
            let by = staff::ensure(tx, &ctx.user, ctx.now)?;
            let at = at.unwrap_or(ctx.now);
            let opened = match from_answers(answers) {
                Some(what) => {
                    let id = insert(tx, by, client_id, &what, None, at)?;
                    clients::record_change(tx, ctx, client_id, "complaint registered", None, Some(&what))?;
                    Some(id)
                }
                None => None,
            };
            let mut write = tx.prepare_cached(
                "INSERT INTO satisfaction (client_id, at, question, score, staff_id, complaint_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for a in answers {
                // Only the low answers belong to the complaint they opened.
                let link = opened.filter(|_| a.dissatisfied());
                write.execute(params![client_id, at, a.question, a.score, by, link])?;
            }
            clients::touch(tx, ctx, client_id)?;
            Ok((client_id, opened))
        })
    }

    /// A client's satisfaction answers, the latest first: when, question, score.
    pub fn satisfaction_of(&self, client_id: ClientId) -> Result<Vec<(NaiveDateTime, Answer)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT at, question, score FROM satisfaction WHERE client_id = ?1 ORDER BY at DESC, id")?;
        let rows =
            stmt.query_map([client_id], |r| Ok((r.get(0)?, Answer { question: r.get(1)?, score: r.get(2)? })))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
