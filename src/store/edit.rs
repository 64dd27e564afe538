//! Changing and removing a client: an edit records every changed field in
//! the client's history; a delete takes everything of the client with it.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, params};

use super::clients::{self, add_tags, load};
use super::{Result, Store, StoreError, WriteCtx, blank_to_none, channels, search_keys, staff};
use crate::domain::fold::fold;
use crate::domain::model::{Client, ClientId, ClientRow, NewClient};
use crate::domain::{ChannelKind, ValidationError, required};

/// What a client holds, for the question before deleting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holdings {
    pub persons: usize,
    pub contacts: usize,
    pub orders: usize,
}

fn text(v: &Option<String>) -> Option<String> {
    blank_to_none(v.clone())
}

fn joined(values: &[String]) -> Option<String> {
    let v: Vec<&str> = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
    if v.is_empty() { None } else { Some(v.join(", ")) }
}

impl Store {
    /// Saves an edit of client `id` made on the card as it was at version
    /// `seen`: refused if it changed since, so that nobody's change is
    /// silently overwritten.
    pub fn update_client(&mut self, id: ClientId, seen: i64, new: &NewClient) -> Result<()> {
        self.write_client("edit", |tx, ctx| {
            let old = load(tx, id)?
                .ok_or_else(|| ValidationError::new("client", &id.to_string(), crate::i18n::t("err-no-client")))?;
            if old.version != seen {
                return Err(StoreError::ChangedSince(old.name));
            }
            update(tx, ctx, &old, new)?;
            Ok((id, ()))
        })
    }

    /// Deletes client `id` with its persons, contacts, orders and history.
    pub fn delete_client(&mut self, id: ClientId) -> Result<()> {
        self.write_client("delete", |tx, _| {
            let n = tx.execute("DELETE FROM clients WHERE id = ?1", [id])?;
            if n == 0 {
                return Err(ValidationError::new("client", &id.to_string(), crate::i18n::t("err-no-client")).into());
            }
            Ok((id, ()))
        })
    }

    /// Erases client `id` for good: its card, persons, contacts, orders,
    /// documents and every history entry about it, with SQLite's
    /// `secure_delete` on so that the freed bytes are overwritten, then the
    /// write-ahead log emptied into the file. Returns whether the log could
    /// be emptied (a reader in another program can hold it until it ends).
    /// Not recorded in the journal, and the journal's rows about the client
    /// go too: erasing cannot be undone.
    pub fn erase_client(&mut self, id: ClientId) -> Result<bool> {
        let journal = std::mem::replace(&mut self.journal, false);
        let erased = self.write(|tx, _| {
            let n = tx.execute("DELETE FROM clients WHERE id = ?1", [id])?;
            if n == 0 {
                return Err(ValidationError::new("client", &id.to_string(), crate::i18n::t("err-no-client")).into());
            }
            super::journal::forget(tx, id)
        });
        self.journal = journal;
        erased.and_then(|()| {
            let (busy, _, _): (i64, i64, i64) = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(busy == 0)
        })
    }

    /// How many persons, contacts and orders client `id` has.
    pub fn holdings(&self, id: ClientId) -> Result<Holdings> {
        let count = |table: &str| -> Result<usize> {
            let n: i64 = self
                .conn()
                .prepare_cached(&format!("SELECT count(*) FROM {table} WHERE client_id = ?1"))?
                .query_row([id], |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok(Holdings { persons: count("persons")?, contacts: count("contacts")?, orders: count("orders")? })
    }

    /// What each of `ids` holds: one by one for a few, table by table
    /// (grouped counts) for many.
    pub fn holdings_of(&self, ids: &[ClientId]) -> Result<HashMap<ClientId, Holdings>> {
        if ids.len() <= super::ONE_BY_ONE {
            return ids.iter().map(|id| Ok((*id, self.holdings(*id)?))).collect();
        }
        let wanted: HashSet<ClientId> = ids.iter().copied().collect();
        let mut out: HashMap<ClientId, Holdings> = ids.iter().map(|id| (*id, Holdings::default())).collect();
        for (table, slot) in [("persons", 0), ("contacts", 1), ("orders", 2)] {
            let mut stmt =
                self.conn().prepare(&format!("SELECT client_id, count(*) FROM {table} GROUP BY client_id"))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: ClientId = r.get(0)?;
                if !wanted.contains(&id) {
                    continue;
                }
                let n = usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0);
                if let Some(h) = out.get_mut(&id) {
                    *[&mut h.persons, &mut h.contacts, &mut h.orders][slot] = n;
                }
            }
        }
        Ok(out)
    }

    /// Clients already in the file that look like `new`: the same folded
    /// name, a phone with the same last digits or the same e-mail (any
    /// person's included). `except` leaves out the client being edited.
    pub fn possible_duplicates(&self, new: &NewClient, except: Option<ClientId>) -> Result<Vec<ClientRow>> {
        let mut ids: Vec<ClientId> = Vec::new();
        let name = fold(new.name.trim());
        if !name.is_empty() {
            let mut stmt = self.conn().prepare_cached("SELECT id FROM clients WHERE sort_key = ?1 LIMIT 20")?;
            for id in stmt.query_map([name], |r| r.get(0))? {
                ids.push(id?);
            }
        }
        ids.extend(channels::clients_with(self.conn(), ChannelKind::Phone, &new.phones)?);
        ids.extend(channels::clients_with(self.conn(), ChannelKind::Email, &new.emails)?);
        let mut seen = std::collections::HashSet::new();
        let mut rows = Vec::new();
        for id in ids.into_iter().filter(|id| Some(*id) != except && seen.insert(*id)).take(5) {
            if let Some(row) = self.client_row(id)? {
                rows.push(row);
            }
        }
        Ok(rows)
    }
}

/// Writes `new` over client `old` in `tx`, recording each changed field in
/// its history.
pub(crate) fn update(tx: &Connection, ctx: &WriteCtx, old: &Client, new: &NewClient) -> Result<()> {
    let id = old.id;
    let name = required("name", &new.name)?;
    let kind = new.kind.unwrap_or(old.kind);
    let category = new.category.unwrap_or(old.category);
    let manager = text(&new.manager);
    let mut tags: Vec<String> =
        new.tags.iter().map(|t| t.trim().trim_start_matches('#').to_string()).filter(|t| !t.is_empty()).collect();
    tags.sort();
    tags.dedup();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let fields: [(&str, Option<String>, Option<String>); 16] = [
        ("name", Some(old.name.clone()), Some(name.clone())),
        ("kind", Some(old.kind.id().into()), Some(kind.id().into())),
        ("legal name", old.legal_name.clone(), text(&new.legal_name)),
        ("city", old.city.clone(), text(&new.city)),
        ("address", old.address.clone(), text(&new.address)),
        ("industry", old.industry.clone(), text(&new.industry)),
        ("size", old.size.clone(), text(&new.size)),
        ("tax id", old.tax_id.clone(), text(&new.tax_id)),
        ("phones", joined(&old.phones), joined(&new.phones)),
        ("e-mails", joined(&old.emails), joined(&new.emails)),
        ("website", old.website.clone(), text(&new.website)),
        ("source", old.source.clone(), text(&new.source)),
        ("manager", old.manager.clone(), manager.clone()),
        ("category", Some(old.category.id().into()), Some(category.id().into())),
        ("tags", joined(&old.tags), joined(&tags)),
        ("next contact", date(old.next_contact), date(new.next_contact)),
    ];
    for (what, before, after) in &fields {
        if before != after {
            clients::record_change(tx, ctx, id, what, before.as_deref(), after.as_deref())?;
        }
    }
    if old.notes != text(&new.notes) {
        clients::record_change(tx, ctx, id, "notes", None, None)?;
    }
    let manager_id = match manager {
        Some(m) => Some(staff::ensure(tx, &m, ctx.now)?),
        None => None,
    };
    tx.prepare_cached(
        "UPDATE clients SET kind = ?2, name = ?3, legal_name = ?4, city = ?5, address = ?6, industry = ?7,
            size = ?8, website = ?9, source = ?10, manager_id = ?11, category = ?12, notes = ?13,
            next_contact = ?14, updated_at = ?15, tax_id = ?16
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        kind.id(),
        name,
        text(&new.legal_name),
        text(&new.city),
        text(&new.address),
        text(&new.industry),
        text(&new.size),
        text(&new.website),
        text(&new.source),
        manager_id,
        category.id(),
        text(&new.notes),
        new.next_contact,
        ctx.now,
        text(&new.tax_id),
    ])?;
    if old.phones != new.phones {
        channels::replace_own(tx, id, ChannelKind::Phone, &new.phones)?;
    }
    if old.emails != new.emails {
        channels::replace_own(tx, id, ChannelKind::Email, &new.emails)?;
    }
    tx.prepare_cached("DELETE FROM client_tags WHERE client_id = ?1")?.execute([id])?;
    add_tags(tx, id, &tags)?;
    search_keys::refresh(tx, id)?;
    Ok(())
}
