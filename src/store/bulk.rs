//! Loading many new clients at once: the demo generator's path to a
//! 100,000-client file in seconds. It writes the rows `Batch` writes — a
//! test generates one demo both ways and compares every table — but never
//! reads the file back: a client's column, persons, dates, keys and packed
//! order lines are kept here while its story is written, and its row is
//! written once, when the next client begins. Rows wait here table by table
//! and go in a few hundred to a statement (one statement a row spent most
//! of its time setting the statement up and finding the table's end again);
//! the file's secondary indexes are dropped for the load and built again
//! after it, in the same transaction.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rusqlite::types::Value;
use rusqlite::{Statement, Transaction, params_from_iter};

use super::{Result, Store, blank_to_none, channels, clients, orders, packed, persons, staff};
use crate::domain::classes::Sale;
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewClient, NewContact, NewOrder, NewPerson};
use crate::domain::prospecting::PlannedMove;
use crate::domain::search::{emails_key, names_key, phone_key};
use crate::domain::{Category, ChannelKind, ClientKind, Column, Outcome, required};

/// The writes a loader of generated clients makes, each with its own moment
/// and author: [`Batch`](super::Batch) makes them row by row through the
/// code an edit by hand takes, [`Bulk`] all at once.
pub trait Load {
    fn add_client(&mut self, at: NaiveDateTime, user: &str, new: &NewClient) -> Result<ClientId>;
    fn add_person(&mut self, at: NaiveDateTime, client: ClientId, new: &NewPerson) -> Result<i64>;
    fn log_contact(&mut self, user: &str, client: ClientId, new: &NewContact) -> Result<i64>;
    fn add_order(&mut self, at: NaiveDateTime, client: ClientId, new: &NewOrder) -> Result<i64>;
    fn move_client(&mut self, at: NaiveDateTime, user: &str, client: ClientId, planned: &PlannedMove) -> Result<()>;
    fn add_event(
        &mut self,
        at: NaiveDateTime,
        client: ClientId,
        date: NaiveDate,
        title: &str,
        yearly: bool,
    ) -> Result<()>;
    fn set_category(&mut self, client: ClientId, category: Category) -> Result<()>;
}

/// Page cache of a load, in KiB (SQLite's negative `cache_size`): the
/// indexes of a 100,000-client file are built in memory.
pub(super) const LOAD_CACHE_KIB: i64 = 256 * 1024;

/// Rows of one table that one statement writes, at most.
const ROWS_PER_STATEMENT: usize = 256;

/// Clients whose rows wait here before they are all written.
const CLIENTS_PER_WRITE: usize = 512;

/// Rows of one table waiting to be written.
struct Rows<'t> {
    /// `INSERT INTO table (columns…)`, or `INSERT OR IGNORE…`.
    head: &'static str,
    width: usize,
    values: Vec<Value>,
    /// The statement that writes `ROWS_PER_STATEMENT` rows, once prepared:
    /// some 20 KB of `(?, …)` that the statement cache hashed each time.
    full: Option<Statement<'t>>,
}

/// `head VALUES (?, …), …`: the statement that writes `rows` rows of `width`.
fn statement(head: &str, width: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    format!("{head} VALUES {}", vec![row; rows].join(", "))
}

impl<'t> Rows<'t> {
    fn new(head: &'static str) -> Rows<'t> {
        let width = head.matches(',').count() + 1;
        Rows { head, width, values: Vec::new(), full: None }
    }

    fn push<const N: usize>(&mut self, row: [Value; N]) {
        debug_assert_eq!(N, self.width, "{}", self.head);
        self.values.extend(row);
    }

    fn write(&mut self, tx: &'t Transaction<'t>) -> Result<()> {
        for chunk in self.values.chunks(self.width * ROWS_PER_STATEMENT) {
            let rows = chunk.len() / self.width;
            if rows == ROWS_PER_STATEMENT {
                let full = match self.full.take() {
                    Some(stmt) => stmt,
                    None => tx.prepare(&statement(self.head, self.width, rows))?,
                };
                let full = self.full.insert(full);
                full.execute(params_from_iter(chunk))?;
            } else {
                tx.prepare_cached(&statement(self.head, self.width, rows))?.execute(params_from_iter(chunk))?;
            }
        }
        self.values.clear();
        Ok(())
    }
}

fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

fn maybe_text(value: Option<String>) -> Value {
    value.map_or(Value::Null, Value::Text)
}

fn maybe_id(value: Option<i64>) -> Value {
    value.map_or(Value::Null, Value::Integer)
}

fn push_digits(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + u8::try_from(n / 10u32.pow(place) % 10).unwrap_or(0)));
    }
}

/// A date as rusqlite writes it (`2026-11-23`), without chrono's formatter.
fn date(d: NaiveDate) -> Value {
    let Ok(year) = u32::try_from(d.year()).map_err(drop).and_then(|y| if y <= 9999 { Ok(y) } else { Err(()) }) else {
        return Value::Text(d.format("%F").to_string());
    };
    let mut out = String::with_capacity(19);
    push_digits(&mut out, year, 4);
    out.push('-');
    push_digits(&mut out, d.month(), 2);
    out.push('-');
    push_digits(&mut out, d.day(), 2);
    Value::Text(out)
}

fn maybe_date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, date)
}

/// A moment as rusqlite writes it (`2026-11-23 10:00:00`).
fn moment(at: NaiveDateTime) -> Value {
    let Value::Text(mut out) = date(at.date()) else { return Value::Null };
    if at.nanosecond() != 0 || out.len() != 10 {
        return Value::Text(at.format("%F %T%.f").to_string());
    }
    out.push(' ');
    push_digits(&mut out, at.hour(), 2);
    out.push(':');
    push_digits(&mut out, at.minute(), 2);
    out.push(':');
    push_digits(&mut out, at.second(), 2);
    Value::Text(out)
}

fn maybe_moment(at: Option<NaiveDateTime>) -> Value {
    at.map_or(Value::Null, moment)
}

/// The client being written: its row as it will be written when it is done.
struct Open {
    id: ClientId,
    /// The columns fixed when it was added, up to `manager_id`.
    fixed: Vec<Value>,
    name: String,
    legal_name: Option<String>,
    notes: Option<String>,
    tax_id: Option<String>,
    created: NaiveDateTime,
    column: Column,
    since: NaiveDateTime,
    result: Option<Outcome>,
    reason: Option<String>,
    updated: NaiveDateTime,
    last_contact: Option<NaiveDateTime>,
    next_contact: Option<NaiveDate>,
    category: Category,
    /// Id and name of each person, in id order, and the names folded.
    persons: Vec<(i64, String)>,
    folded: Vec<String>,
    /// Every phone and e-mail of the client and its persons, in id order.
    phones: Vec<String>,
    emails: Vec<String>,
    sales: Vec<Sale>,
}

/// The rows waiting to be written, in the order they are written: a table
/// after the tables it refers to.
struct Tables<'t> {
    clients: Rows<'t>,
    persons: Rows<'t>,
    channels: Rows<'t>,
    tags: Rows<'t>,
    events: Rows<'t>,
    moves: Rows<'t>,
    contacts: Rows<'t>,
    orders: Rows<'t>,
    packed: Rows<'t>,
}

impl<'t> Tables<'t> {
    fn new() -> Tables<'t> {
        Tables {
            clients: Rows::new(
                "INSERT INTO clients (id, kind, name, legal_name, city, address, industry, size, website, source, \
                 manager_id, category, notes, next_contact, tax_id, column_name, column_since, result, result_reason, \
                 last_contact, sort_key, search_key, email_key, phone_key, created_at, updated_at)",
            ),
            persons: Rows::new(
                "INSERT INTO persons (id, client_id, name, position, birthday, decision_maker, created_at)",
            ),
            channels: Rows::new("INSERT INTO channels (client_id, person_id, kind, value, match_key)"),
            tags: Rows::new("INSERT OR IGNORE INTO client_tags (client_id, tag)"),
            events: Rows::new("INSERT INTO events (client_id, date, title, yearly, created_at)"),
            moves: Rows::new("INSERT INTO moves (client_id, at, from_column, to_column, result, reason, staff_id)"),
            contacts: Rows::new(
                "INSERT INTO contacts (id, client_id, at, kind, person_id, staff_id, summary, outcome, \
                 next_contact, source)",
            ),
            orders: Rows::new(
                "INSERT INTO orders (id, client_id, date, product_id, quantity, amount, paid, created_at)",
            ),
            packed: Rows::new("INSERT OR REPLACE INTO sales_packed (client_id, lines)"),
        }
    }

    fn write(&mut self, tx: &'t Transaction<'t>) -> Result<()> {
        for rows in [
            &mut self.clients,
            &mut self.persons,
            &mut self.channels,
            &mut self.tags,
            &mut self.events,
            &mut self.moves,
            &mut self.contacts,
            &mut self.orders,
            &mut self.packed,
        ] {
            rows.write(tx)?;
        }
        Ok(())
    }
}

/// The next id of each table whose ids the loader hands out.
struct Ids {
    client: i64,
    person: i64,
    contact: i64,
    order: i64,
}

pub struct Bulk<'t> {
    tx: &'t Transaction<'t>,
    /// Staff by folded name and by name as written, and products by folded
    /// name: looked up here, not in the file.
    staff: HashMap<String, i64>,
    products: HashMap<String, i64>,
    open: Option<Open>,
    next: Ids,
    tables: Tables<'t>,
    /// Clients in `tables` not yet written.
    waiting: usize,
}

impl<'t> Bulk<'t> {
    pub(super) fn new(tx: &'t Transaction<'t>) -> Result<Bulk<'t>> {
        let known = |sql: &str| -> Result<HashMap<String, i64>> {
            let mut stmt = tx.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(1)?, r.get(0)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let next = |table: &str| -> Result<i64> {
            Ok(tx.query_row(&format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Bulk {
            tx,
            staff: known("SELECT id, key FROM staff")?,
            products: known("SELECT id, key FROM products")?,
            open: None,
            next: Ids {
                client: next("clients")?,
                person: next("persons")?,
                contact: next("contacts")?,
                order: next("orders")?,
            },
            tables: Tables::new(),
            waiting: 0,
        })
    }

    fn staff_id(&mut self, name: &str, at: NaiveDateTime) -> Result<i64> {
        if let Some(id) = self.staff.get(name) {
            return Ok(*id);
        }
        let id = match self.staff.get(&fold(&required("user", name)?)) {
            Some(id) => *id,
            None => staff::ensure(self.tx, name, at)?,
        };
        self.staff.insert(fold(name.trim()), id);
        // Also as written, so that the next write by the same name folds nothing.
        self.staff.insert(name.to_string(), id);
        Ok(id)
    }

    fn product_id(&mut self, name: &str, line: Option<&str>) -> Result<i64> {
        let key = fold(name.trim());
        if let Some(id) = self.products.get(&key) {
            return Ok(*id);
        }
        let id = orders::product_id(self.tx, name, line)?;
        self.products.insert(key, id);
        Ok(id)
    }

    /// The client being written, which must be `client`.
    fn open(&mut self, client: ClientId) -> Result<&mut Open> {
        match self.open.as_mut() {
            Some(open) if open.id == client => Ok(open),
            _ => Err(rusqlite::Error::InvalidParameterName(format!(
                "a bulk load writes one client at a time; client {client} is not the one being written"
            ))
            .into()),
        }
    }

    fn add_channels(
        &mut self,
        client: ClientId,
        person: Option<i64>,
        phones: &[String],
        emails: &[String],
    ) -> Result<()> {
        let phones = channels::checked(ChannelKind::Phone, phones)?;
        let emails = channels::checked(ChannelKind::Email, emails)?;
        for (kind, values) in [(ChannelKind::Phone, &phones), (ChannelKind::Email, &emails)] {
            for v in values {
                self.tables.channels.push([
                    Value::Integer(client),
                    maybe_id(person),
                    text(kind.id()),
                    text(v),
                    Value::Text(crate::domain::channels::match_key(kind, v)),
                ]);
            }
        }
        let open = self.open(client)?;
        open.phones.extend(phones);
        open.emails.extend(emails);
        Ok(())
    }

    /// Puts the row of the client just written with the rows waiting, with
    /// its keys and its packed order lines; writes them all when enough wait.
    fn close(&mut self) -> Result<()> {
        let Some(mut c) = self.open.take() else { return Ok(()) };
        let others = c.legal_name.iter().map(String::as_str).chain(c.persons.iter().map(|(_, n)| n.as_str()));
        let search_key = names_key(&c.name, others);
        let mut row = std::mem::take(&mut c.fixed);
        row.extend([
            text(c.category.id()),
            maybe_text(c.notes),
            maybe_date(c.next_contact),
            maybe_text(c.tax_id),
            text(c.column.id()),
            moment(c.since),
            maybe_text(c.result.map(|r| r.id().to_string())),
            maybe_text(c.reason),
            maybe_moment(c.last_contact),
            Value::Text(fold(&c.name)),
            Value::Text(search_key),
            Value::Text(emails_key(c.emails.iter().map(String::as_str))),
            Value::Text(phone_key(c.phones.iter().map(String::as_str))),
            moment(c.created),
            moment(c.updated),
        ]);
        let row: [Value; 26] = row
            .try_into()
            .map_err(|row: Vec<Value>| rusqlite::Error::InvalidParameterCount(row.len(), self.tables.clients.width))?;
        self.tables.clients.push(row);
        // In the order of the index `packed::pack` reads.
        c.sales.sort_by_key(|s| (s.date, s.amount, s.product, s.paid));
        self.tables.packed.push([Value::Integer(c.id), Value::Blob(packed::encode(&c.sales))]);
        self.waiting += 1;
        if self.waiting >= CLIENTS_PER_WRITE {
            self.write()?;
        }
        Ok(())
    }

    /// Writes every row waiting.
    fn write(&mut self) -> Result<()> {
        self.tables.write(self.tx)?;
        self.waiting = 0;
        Ok(())
    }

    /// The id the next client added gets.
    pub(super) fn next_client(&self) -> ClientId {
        self.next.client
    }

    /// Writes the last client and every row waiting.
    pub(super) fn finish(&mut self) -> Result<()> {
        self.close()?;
        self.write()
    }
}

impl Load for Bulk<'_> {
    fn add_client(&mut self, at: NaiveDateTime, user: &str, new: &NewClient) -> Result<ClientId> {
        self.close()?;
        let name = required("name", &new.name)?;
        let manager_id = match new.manager.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            Some(m) => Some(self.staff_id(m, at)?),
            None => None,
        };
        let id = self.next.client;
        self.next.client += 1;
        let legal_name = blank_to_none(new.legal_name.clone());
        let fixed = vec![
            Value::Integer(id),
            text(new.kind.unwrap_or(ClientKind::Company).id()),
            text(&name),
            maybe_text(legal_name.clone()),
            maybe_text(blank_to_none(new.city.clone())),
            maybe_text(blank_to_none(new.address.clone())),
            maybe_text(blank_to_none(new.industry.clone())),
            maybe_text(blank_to_none(new.size.clone())),
            maybe_text(blank_to_none(new.website.clone())),
            maybe_text(blank_to_none(new.source.clone())),
            maybe_id(manager_id),
        ];
        self.open = Some(Open {
            id,
            fixed,
            name,
            legal_name,
            notes: blank_to_none(new.notes.clone()),
            tax_id: blank_to_none(new.tax_id.clone()),
            created: at,
            column: Column::Prospects,
            since: at,
            result: None,
            reason: None,
            updated: at,
            last_contact: None,
            next_contact: new.next_contact,
            category: new.category.unwrap_or(Category::White),
            persons: Vec::new(),
            folded: Vec::new(),
            phones: Vec::new(),
            emails: Vec::new(),
            sales: Vec::new(),
        });
        self.add_channels(id, None, &new.phones, &new.emails)?;
        for tag in clients::clean_tags(&new.tags) {
            self.tables.tags.push([Value::Integer(id), text(tag)]);
        }
        let by = self.staff_id(user, at)?;
        self.tables.moves.push([
            Value::Integer(id),
            moment(at),
            Value::Null,
            text(Column::Prospects.id()),
            Value::Null,
            Value::Null,
            Value::Integer(by),
        ]);
        Ok(id)
    }

    fn add_person(&mut self, at: NaiveDateTime, client: ClientId, new: &NewPerson) -> Result<i64> {
        self.open(client)?;
        let name = required("name", &new.name)?;
        let id = self.next.person;
        self.next.person += 1;
        self.tables.persons.push([
            Value::Integer(id),
            Value::Integer(client),
            text(&name),
            maybe_text(blank_to_none(new.position.clone())),
            maybe_text(new.birthday.map(crate::domain::dates::Birthday::to_stored)),
            Value::Integer(i64::from(new.decision_maker)),
            moment(at),
        ]);
        let open = self.open(client)?;
        open.folded.push(fold(&name));
        open.persons.push((id, name));
        self.add_channels(client, Some(id), &new.phones, &new.emails)?;
        Ok(id)
    }

    fn log_contact(&mut self, user: &str, client: ClientId, new: &NewContact) -> Result<i64> {
        let summary = required("summary", &new.summary)?;
        let person = match new.person.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) => {
                let open = self.open(client)?;
                // The one person of this name, as `persons::pick` finds it
                // first, without folding every name again.
                let wanted = fold(p);
                let mut same = open.folded.iter().enumerate().filter(|(_, f)| **f == wanted).map(|(i, _)| i);
                match (same.next(), same.next()) {
                    (Some(i), None) => Some(open.persons[i].0),
                    _ => Some(persons::pick(&open.persons, p)?),
                }
            }
            None => {
                self.open(client)?;
                None
            }
        };
        let by = self.staff_id(user, new.at)?;
        let id = self.next.contact;
        self.next.contact += 1;
        self.tables.contacts.push([
            Value::Integer(id),
            Value::Integer(client),
            moment(new.at),
            text(new.kind.id()),
            maybe_id(person),
            Value::Integer(by),
            Value::Text(summary),
            maybe_text(blank_to_none(new.outcome.clone())),
            maybe_date(new.next_contact),
            maybe_text(blank_to_none(new.source.clone())),
        ]);
        // As `contacts::insert` does it in SQL.
        let open = self.open(client)?;
        open.last_contact = open.last_contact.max(Some(new.at));
        open.next_contact = match new.next_contact {
            Some(next) => Some(next),
            None => open.next_contact.filter(|planned| *planned > new.at.date()),
        };
        open.updated = new.at;
        Ok(id)
    }

    fn add_order(&mut self, at: NaiveDateTime, client: ClientId, new: &NewOrder) -> Result<i64> {
        self.open(client)?;
        let product = match new.product.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) => Some(self.product_id(p, new.line.as_deref())?),
            None => None,
        };
        let id = self.next.order;
        self.next.order += 1;
        self.tables.orders.push([
            Value::Integer(id),
            Value::Integer(client),
            date(new.date),
            maybe_id(product),
            Value::Real(new.quantity),
            Value::Integer(new.amount),
            Value::Integer(i64::from(new.paid)),
            moment(at),
        ]);
        self.open(client)?.sales.push(Sale { date: new.date, amount: new.amount, product, paid: new.paid });
        Ok(id)
    }

    fn move_client(&mut self, at: NaiveDateTime, user: &str, client: ClientId, planned: &PlannedMove) -> Result<()> {
        let from = self.open(client)?.column;
        let by = self.staff_id(user, at)?;
        self.tables.moves.push([
            Value::Integer(client),
            moment(at),
            text(from.id()),
            text(planned.to.id()),
            maybe_text(planned.result.map(|r| r.id().to_string())),
            maybe_text(planned.reason.clone()),
            Value::Integer(by),
        ]);
        let open = self.open(client)?;
        open.column = planned.to;
        open.since = at;
        open.result = planned.result;
        open.reason.clone_from(&planned.reason);
        open.updated = at;
        Ok(())
    }

    fn add_event(
        &mut self,
        at: NaiveDateTime,
        client: ClientId,
        date_: NaiveDate,
        title: &str,
        yearly: bool,
    ) -> Result<()> {
        self.open(client)?;
        self.tables.events.push([
            Value::Integer(client),
            date(date_),
            text(title),
            Value::Integer(i64::from(yearly)),
            moment(at),
        ]);
        Ok(())
    }

    fn set_category(&mut self, client: ClientId, category: Category) -> Result<()> {
        self.open(client)?.category = category;
        Ok(())
    }
}

/// An index of the file: its name and how it is made.
pub(super) type Index = (String, String);

/// Drops the indexes that a load of clients one after another does not
/// write at their end (an index led by the client grows at its end), of
/// the tables `only` or of every table; they are built again after the
/// load by [`build_indexes`].
pub(super) fn drop_indexes(tx: &Transaction, only: Option<&[&str]>) -> Result<Vec<Index>> {
    let indexes: Vec<Index> = tx
        .prepare(
            "SELECT name, sql, tbl_name FROM sqlite_schema
             WHERE type = 'index' AND sql IS NOT NULL
               AND (SELECT name FROM pragma_index_info(sqlite_schema.name) WHERE seqno = 0) IS NOT 'client_id'
             ORDER BY name",
        )?
        .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get::<_, String>(2)?)))?
        .filter(|row| match (row, only) {
            (Ok((_, table)), Some(only)) => only.contains(&table.as_str()),
            _ => true,
        })
        .map(|row| row.map(|(index, _)| index))
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    Ok(indexes)
}

/// Builds again the indexes [`drop_indexes`] dropped.
pub(super) fn build_indexes(tx: &Transaction, indexes: &[Index]) -> Result<()> {
    for (_, sql) in indexes {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

impl Store {
    /// Runs `f` as one transaction that loads many new clients into this
    /// file: the indexes not led by the client are dropped first and built
    /// again at the end, with a page cache large enough to build them in
    /// memory. A 20,000-client demo (200,000 order lines) takes 18.8 s row
    /// by row through `batch`, in one transaction, and 4.9 s this way. The
    /// load is not recorded in the journal: it fills a new file, through
    /// the rollback journal when the file has no clients yet.
    pub fn bulk<T>(&mut self, f: impl FnOnce(&mut Bulk) -> Result<T>) -> Result<T> {
        let journal = self.journal;
        super::journal::uninstall(&self.conn)?;
        (self.journal, self.recording) = (false, false);
        let out = self.with_rollback_journal_if_empty(|store| {
            store.with_large_cache(|store| {
                store.write(|tx, _| {
                    let indexes = drop_indexes(tx, None)?;
                    let mut bulk = Bulk::new(tx)?;
                    let out = f(&mut bulk)?;
                    bulk.finish()?;
                    build_indexes(tx, &indexes)?;
                    Ok(out)
                })
            })
        });
        self.journal = journal;
        out
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::clock::Clock;

    /// Every row of every table, as text, in id order; a client's version
    /// counts the updates that the row-by-row path makes and a load does not.
    pub(in crate::store) fn tables(store: &Store) -> Vec<(String, Vec<String>)> {
        let names: Vec<String> = store
            .conn
            // The journal records the row-by-row path's writes, not a load's.
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'step%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        names
            .into_iter()
            .map(|table| {
                let mut stmt = store.conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2")).unwrap();
                let columns: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
                let rows = stmt
                    .query_map([], |r| {
                        let mut row = Vec::new();
                        for (i, column) in columns.iter().enumerate() {
                            if !(table == "clients" && column == "version") {
                                row.push(format!("{column}={:?}", r.get::<_, Value>(i)?));
                            }
                        }
                        Ok(row.join(" "))
                    })
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap();
                (table, rows)
            })
            .collect()
    }

    #[test]
    fn a_bulk_load_writes_what_the_row_by_row_path_writes() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let clock = Clock::Fixed(today.and_hms_opt(12, 0, 0).unwrap());
        let mut by_row = Store::open_in_memory(clock, "test").unwrap();
        let summary = by_row.batch(|load| crate::demo::write_into(load, 300, 11, today)).unwrap();
        crate::demo::write_extras(&mut by_row, 300, 11, today).unwrap();
        let mut bulk = Store::open_in_memory(clock, "test").unwrap();
        assert_eq!(crate::demo::generate(&mut bulk, 300, 11, today).unwrap(), summary);
        let (want, got) = (tables(&by_row), tables(&bulk));
        assert_eq!(want.len(), got.len());
        for ((table, want), (_, got)) in want.iter().zip(&got) {
            // The demo writes no documents, edits or greetings.
            let unused = ["documents", "changes", "greetings"];
            assert!(!want.is_empty() || unused.contains(&table.as_str()), "{table} is empty");
            assert_eq!(want.len(), got.len(), "rows of {table}");
            for (w, g) in want.iter().zip(got) {
                assert_eq!(w, g, "in {table}");
            }
        }
        // The indexes dropped for the load are all there again.
        let indexes = |s: &Store| -> i64 {
            s.conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index'", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(indexes(&bulk), indexes(&by_row));
        let check: String = bulk.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
    }
}
