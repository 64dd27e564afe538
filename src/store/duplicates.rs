//! Finding clients entered twice, and merging two into one: the kept
//! client takes the other's persons, contacts, orders, moves, events,
//! documents and history, with the card the secretary chose field by field.
//! One transaction, one undo step for both clients.

use rusqlite::{Connection, params};

use super::{Result, Store, StoreError, WriteCtx, categories, clients, edit, packed, persons, search_keys};
use crate::domain::ValidationError;
use crate::domain::classes::DEFAULT_WINDOW_MONTHS;
use crate::domain::duplicates::{self, Group, NameRow, Reason};
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewClient};

/// Phone keys shorter than this (short numbers, extensions) join nobody.
const PHONE_KEY_MIN: usize = 7;

/// The groups of clients that share a phone or an e-mail. The keys
/// written more than once are found in the index alone; only their rows
/// are read (grouping every row by client read the whole table at random:
/// 3 s on the 100k demo).
fn by_channel(conn: &Connection) -> Result<Vec<(Reason, Vec<ClientId>)>> {
    let keys: Vec<(String, String)> = conn
        .prepare(
            "SELECT kind, match_key FROM channels INDEXED BY channels_match WHERE match_key <> ''
             GROUP BY kind, match_key HAVING count(*) > 1",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare("SELECT client_id, value FROM channels WHERE kind = ?1 AND match_key = ?2 ORDER BY id")?;
    let mut out = Vec::new();
    for (kind, key) in keys {
        if kind == "phone" && key.len() < PHONE_KEY_MIN {
            continue;
        }
        let rows: Vec<(ClientId, String)> =
            stmt.query_map(params![kind, key], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut ids: Vec<ClientId> = rows.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() < 2 {
            continue;
        }
        let value = rows.into_iter().map(|(_, v)| v).min().unwrap_or_default();
        out.push((if kind == "phone" { Reason::Phone(value) } else { Reason::Email(value) }, ids));
    }
    Ok(out)
}

fn name_rows(conn: &Connection) -> Result<Vec<NameRow>> {
    let mut stmt = conn.prepare("SELECT id, name, city, tax_id FROM clients")?;
    let rows =
        stmt.query_map([], |r| Ok(NameRow { id: r.get(0)?, name: r.get(1)?, city: r.get(2)?, tax_id: r.get(3)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Moves person `from` into person `into` of the kept client: its phones,
/// e-mails, events and contacts, and what `into` lacks of its position,
/// birthday and decision.
fn fold_person(tx: &Connection, from: i64, into: i64, keep: ClientId) -> Result<()> {
    tx.execute("UPDATE channels SET person_id = ?2, client_id = ?3 WHERE person_id = ?1", params![from, into, keep])?;
    tx.execute("UPDATE events SET person_id = ?2 WHERE person_id = ?1", params![from, into])?;
    tx.execute("UPDATE contacts SET person_id = ?2 WHERE person_id = ?1", params![from, into])?;
    tx.execute(
        "UPDATE persons SET position = coalesce(position, (SELECT position FROM persons WHERE id = ?1)),
                birthday = coalesce(birthday, (SELECT birthday FROM persons WHERE id = ?1)),
                notes = coalesce(notes, (SELECT notes FROM persons WHERE id = ?1)),
                decision_maker = max(decision_maker, (SELECT decision_maker FROM persons WHERE id = ?1))
         WHERE id = ?2",
        params![from, into],
    )?;
    tx.execute("DELETE FROM persons WHERE id = ?1", [from])?;
    Ok(())
}

/// Everything of `other` moved to `keep`, written over with `card`, and
/// `other` deleted.
fn merge(tx: &Connection, ctx: &WriteCtx, keep: ClientId, other: ClientId, card: &NewClient) -> Result<()> {
    let no_such = |id: ClientId| ValidationError::new("client", &id.to_string(), crate::i18n::t("err-no-client"));
    if keep == other {
        return Err(ValidationError::new(
            "client",
            &keep.to_string(),
            crate::i18n::t("err-client-cannot-be-merged-with"),
        )
        .into());
    }
    let kept = clients::load(tx, keep)?.ok_or_else(|| no_such(keep))?;
    let gone = clients::load(tx, other)?.ok_or_else(|| no_such(other))?;
    // Persons of one folded name become one; the others move as they are.
    let kept_persons = persons::of_client(tx, keep)?;
    for p in persons::of_client(tx, other)? {
        match kept_persons.iter().find(|k| fold(k.name.trim()) == fold(p.name.trim())) {
            Some(k) => fold_person(tx, p.id, k.id, keep)?,
            None => {
                tx.execute("UPDATE persons SET client_id = ?2 WHERE id = ?1", params![p.id, keep])?;
                tx.execute("UPDATE channels SET client_id = ?2 WHERE person_id = ?1", params![p.id, keep])?;
            }
        }
    }
    // A person's number written twice stays once.
    tx.execute(
        "DELETE FROM channels WHERE client_id = ?1 AND person_id IS NOT NULL AND id NOT IN
           (SELECT min(id) FROM channels WHERE client_id = ?1 AND person_id IS NOT NULL GROUP BY person_id, kind, match_key)",
        [keep],
    )?;
    for table in
        ["events", "contacts", "moves", "orders", "changes", "documents", "complaints", "satisfaction", "greetings"]
    {
        // A holiday greeted on both cards stays once (greetings are unique per occasion).
        tx.prepare_cached(&format!("UPDATE OR IGNORE {table} SET client_id = ?2 WHERE client_id = ?1"))?
            .execute(params![other, keep])?;
    }
    tx.execute(
        "UPDATE clients SET last_contact = (SELECT max(last_contact) FROM clients WHERE id IN (?1, ?2)) WHERE id = ?1",
        params![keep, other],
    )?;
    // The card as chosen; its own phones and e-mails and tags replace both.
    edit::update(tx, ctx, &kept, card)?;
    let gone_name = format!("{} (#{})", gone.name, gone.id);
    clients::record_change(tx, ctx, keep, "merged", Some(&gone_name), Some(&card.name))?;
    tx.execute("DELETE FROM clients WHERE id = ?1", [other])?;
    search_keys::refresh(tx, keep)?;
    packed::pack(tx, &[keep])?;
    clients::touch(tx, ctx, keep)?;
    categories::follow_client(tx, ctx, keep, DEFAULT_WINDOW_MONTHS)?;
    Ok(())
}

impl Store {
    /// The groups of clients that look like one, with why.
    pub fn duplicates(&self) -> Result<Vec<Group>> {
        let (mut candidates, names) = self.read(|s| Ok((by_channel(s.conn())?, name_rows(s.conn())?)))?;
        candidates.extend(duplicates::by_name(&names));
        Ok(duplicates::groups(candidates))
    }

    /// Merges client `other` into `keep`, whose card becomes `card`.
    /// `seen` are the versions of both as the secretary saw them: a client
    /// changed since is refused, not silently merged.
    pub fn merge_clients(&mut self, keep: ClientId, other: ClientId, seen: (i64, i64), card: &NewClient) -> Result<()> {
        self.write_client("merge", |tx, ctx| {
            for (id, version) in [(keep, seen.0), (other, seen.1)] {
                if let Some(c) = clients::load(tx, id)?
                    && c.version != version
                {
                    return Err(StoreError::ChangedSince(c.name));
                }
            }
            merge(tx, ctx, keep, other, card)?;
            Ok((keep, ()))
        })
    }
}
