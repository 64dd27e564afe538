//! Writing an imported client list in one transaction: each row matches a
//! client already in the file (or added by an earlier row) by tax id,
//! e-mail, phone or folded name and fills it in, or is added. Importing the
//! same file twice changes nothing the second time.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use std::collections::{BTreeSet, HashMap};

use super::{Result, Store, WriteCtx, categories, channels, clients, edit, orders, packed, persons, search_keys};
use crate::domain::ChannelKind;
use crate::domain::channels::add_missing;
use crate::domain::classes::DEFAULT_WINDOW_MONTHS;
use crate::domain::duplicates::Place;
use crate::domain::fold::fold;
use crate::domain::model::{Client, ClientId, NewClient, NewOrder, NewPerson};
use crate::import::records::{ClientRecord, OrderRecord};

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ImportCounts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// The client `c` (with `person`) is, if the file has it already: by tax
/// id, e-mail, phone, or folded name where the city and tax id do not say
/// otherwise.
fn existing(conn: &Connection, c: &NewClient, person: Option<&NewPerson>) -> Result<Option<ClientId>> {
    if let Some(tax_id) = c.tax_id.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let found = conn
            .prepare_cached("SELECT id FROM clients WHERE tax_id = ?1 ORDER BY id LIMIT 1")?
            .query_row([tax_id], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    for kind in [ChannelKind::Email, ChannelKind::Phone] {
        let own = if kind == ChannelKind::Email { &c.emails } else { &c.phones };
        let persons = person.map(|p| if kind == ChannelKind::Email { &p.emails } else { &p.phones });
        let values: Vec<String> = own.iter().chain(persons.into_iter().flatten()).cloned().collect();
        if let Some(id) = channels::clients_with(conn, kind, &values)?.into_iter().min() {
            return Ok(Some(id));
        }
    }
    // Companies of one name in two cities, or with two tax ids, are two.
    let place = Place::new(c.city.as_deref(), c.tax_id.as_deref());
    let mut stmt = conn.prepare_cached("SELECT id, city, tax_id FROM clients WHERE sort_key = ?1 ORDER BY id")?;
    let mut rows = stmt.query([fold(c.name.trim())])?;
    while let Some(r) = rows.next()? {
        let (city, tax_id): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
        if Place::new(city.as_deref(), tax_id.as_deref()).agrees(&place) {
            return Ok(Some(r.get(0)?));
        }
    }
    Ok(None)
}

/// `into` with the values of `from` that it lacks or that differ: texts the
/// row has replace the card's, phones, e-mails and tags are added, notes
/// appended. The name the file has stays.
fn merged(card: &Client, from: &NewClient) -> NewClient {
    let mut m = NewClient::from_client(card);
    let take = |into: &mut Option<String>, from: &Option<String>| {
        if let Some(v) = from.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            *into = Some(v.to_string());
        }
    };
    take(&mut m.legal_name, &from.legal_name);
    take(&mut m.city, &from.city);
    take(&mut m.address, &from.address);
    take(&mut m.industry, &from.industry);
    take(&mut m.size, &from.size);
    take(&mut m.tax_id, &from.tax_id);
    take(&mut m.website, &from.website);
    take(&mut m.source, &from.source);
    take(&mut m.manager, &from.manager);
    m.category = from.category.or(m.category);
    m.next_contact = from.next_contact.or(m.next_contact);
    add_missing(&mut m.phones, &from.phones, ChannelKind::Phone);
    add_missing(&mut m.emails, &from.emails, ChannelKind::Email);
    for tag in &from.tags {
        if !m.tags.iter().any(|t| fold(t) == fold(tag)) {
            m.tags.push(tag.clone());
        }
    }
    if let Some(notes) = from.notes.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        m.notes = match m.notes.take() {
            Some(old) if old.contains(notes) => Some(old),
            Some(old) if !old.trim().is_empty() => Some(format!("{old}\n{notes}")),
            _ => Some(notes.to_string()),
        };
    }
    m
}

/// Adds `person` to client `id`, or fills in the one of the same folded
/// name; whether anything changed.
fn person(conn: &Connection, ctx: &WriteCtx, id: ClientId, person: &NewPerson) -> Result<bool> {
    let name = fold(person.name.trim());
    let Some(have) = persons::of_client(conn, id)?.into_iter().find(|p| fold(&p.name) == name) else {
        persons::insert(conn, ctx.now, id, person)?;
        return Ok(true);
    };
    // What the person lacks: appended after what it has.
    let mut phones = have.phones.clone();
    add_missing(&mut phones, &person.phones, ChannelKind::Phone);
    let phones = &phones[have.phones.len()..];
    let mut emails = have.emails.clone();
    add_missing(&mut emails, &person.emails, ChannelKind::Email);
    let emails = &emails[have.emails.len()..];
    channels::add_all(conn, id, Some(have.id), ChannelKind::Phone, phones)?;
    channels::add_all(conn, id, Some(have.id), ChannelKind::Email, emails)?;
    let position = person.position.as_deref().filter(|_| have.position.is_none());
    let birthday = person.birthday.filter(|_| have.birthday.is_none()).map(|b| b.to_stored());
    if position.is_some() || birthday.is_some() {
        conn.prepare_cached(
            "UPDATE persons SET position = coalesce(position, ?2), birthday = coalesce(birthday, ?3) WHERE id = ?1",
        )?
        .execute(params![have.id, position, birthday])?;
    }
    Ok(!phones.is_empty() || !emails.is_empty() || position.is_some() || birthday.is_some())
}

impl Store {
    /// Writes `records` in one transaction (rolled back for a dry run);
    /// `progress` hears how many rows are done.
    pub fn import_clients(
        &mut self,
        source: &str,
        records: &[ClientRecord],
        dry_run: bool,
        mut progress: impl FnMut(usize),
    ) -> Result<ImportCounts> {
        self.with_temp_in_memory(|store| store.import_clients_now(source, records, dry_run, &mut progress))
    }

    fn import_clients_now(
        &mut self,
        source: &str,
        records: &[ClientRecord],
        dry_run: bool,
        progress: &mut impl FnMut(usize),
    ) -> Result<ImportCounts> {
        self.write_step(!dry_run, &format!("import {source}"), |tx, ctx, _| {
            let mut counts = ImportCounts::default();
            for (done, record) in records.iter().enumerate() {
                let (id, changed) = match existing(tx, &record.client, record.person.as_ref())? {
                    Some(id) => {
                        let card = clients::load(tx, id)?.ok_or_else(|| rusqlite::Error::QueryReturnedNoRows)?;
                        let m = merged(&card, &record.client);
                        let changed = m != NewClient::from_client(&card);
                        if changed {
                            edit::update(tx, ctx, &card, &m)?;
                        }
                        let person_changed = match &record.person {
                            Some(p) => person(tx, ctx, id, p)?,
                            None => false,
                        };
                        if changed || person_changed {
                            clients::touch(tx, ctx, id)?;
                            counts.updated += 1;
                        } else {
                            counts.unchanged += 1;
                        }
                        (id, changed || person_changed)
                    }
                    None => {
                        let id = clients::insert(tx, ctx, &record.client)?;
                        if let Some(p) = &record.person {
                            persons::insert(tx, ctx.now, id, p)?;
                        }
                        counts.created += 1;
                        (id, true)
                    }
                };
                // Keys are refreshed for a changed client only: a refresh
                // writes the row, and an unchanged client stays untouched.
                if changed {
                    search_keys::refresh(tx, id)?;
                }
                progress(done + 1);
            }
            Ok((None, counts))
        })
    }
}

/// What an import of order lines did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct OrderCounts {
    /// Order lines added, and lines already in the file.
    pub created: usize,
    pub unchanged: usize,
    /// The clients the file did not have, added for their orders, by name.
    pub new_clients: Vec<String>,
}

/// How many lines like `order` client `id` has (same day, product,
/// quantity and amount).
fn same_lines(conn: &Connection, id: ClientId, order: &NewOrder) -> Result<usize> {
    let product = order.product.as_deref().map(|p| fold(p.trim())).unwrap_or_default();
    let n: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM orders o LEFT JOIN products p ON p.id = o.product_id
             WHERE o.client_id = ?1 AND o.date = ?2 AND o.amount = ?3 AND o.quantity = ?4
               AND coalesce(p.key, '') = ?5",
        )?
        .query_row(params![id, order.date, order.amount, order.quantity, product], |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
}

impl Store {
    /// Writes the order lines of `records` in one transaction (rolled back
    /// for a dry run), adding the clients the file does not have. A line is
    /// new when the file has fewer lines like it for the client than the
    /// import has so far, so that importing the same export twice adds
    /// nothing and two equal lines of one export are both kept.
    pub fn import_orders(
        &mut self,
        source: &str,
        records: &[OrderRecord],
        dry_run: bool,
        mut progress: impl FnMut(usize),
    ) -> Result<OrderCounts> {
        self.with_temp_in_memory(|store| store.import_orders_now(source, records, dry_run, &mut progress))
    }

    fn import_orders_now(
        &mut self,
        source: &str,
        records: &[OrderRecord],
        dry_run: bool,
        progress: &mut impl FnMut(usize),
    ) -> Result<OrderCounts> {
        self.write_step(!dry_run, &format!("import {source}"), |tx, ctx, _| {
            let mut counts = OrderCounts::default();
            let mut seen: HashMap<(ClientId, String), usize> = HashMap::new();
            let mut sold: BTreeSet<ClientId> = BTreeSet::new();
            for (done, record) in records.iter().enumerate() {
                let id = match existing(tx, &record.client, None)? {
                    Some(id) => id,
                    None => {
                        let id = clients::insert(tx, ctx, &record.client)?;
                        search_keys::refresh(tx, id)?;
                        counts.new_clients.push(record.client.name.clone());
                        id
                    }
                };
                let o = &record.order;
                let key = format!(
                    "{}|{}|{}|{}",
                    o.date,
                    o.amount,
                    o.quantity,
                    o.product.as_deref().map(fold).unwrap_or_default()
                );
                let nth = seen.entry((id, key)).or_insert(0);
                *nth += 1;
                if same_lines(tx, id, o)? < *nth {
                    orders::insert(tx, ctx, id, o)?;
                    sold.insert(id);
                    counts.created += 1;
                } else {
                    counts.unchanged += 1;
                }
                progress(done + 1);
            }
            let sold: Vec<ClientId> = sold.into_iter().collect();
            packed::pack(tx, &sold)?;
            for id in &sold {
                clients::touch(tx, ctx, *id)?;
                categories::follow_client(tx, ctx, *id, DEFAULT_WINDOW_MONTHS)?;
            }
            Ok((None, counts))
        })
    }
}
