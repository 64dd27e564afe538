//! Clients: adding, listing, finding one by what a person typed, handing over.

use std::collections::HashMap;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::types::{Type, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::names::Names;
use super::{Result, Store, StoreError, WriteCtx, blank_to_none, channels, packed, search_keys, staff};
use crate::domain::classes::{DEFAULT_WINDOW_MONTHS, Period, classes_of};
use crate::domain::fold::fold;
use crate::domain::model::{Client, ClientFilter, ClientId, ClientRow, NewClient};
use crate::domain::search::{Query, SearchKeys};
use crate::domain::{Category, ChannelKind, ClientKind, ValidationError, required};

const ROW_SELECT: &str =
    "SELECT c.id, c.name, c.city, c.column_name, c.category, s.name, c.next_contact, c.last_contact, c.column_since
     FROM clients c LEFT JOIN staff s ON s.id = c.manager_id";

/// Reads a stable identifier stored as text.
pub(crate) fn parse_id<T: FromStr>(row: &Row, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text = row.get_ref(idx)?.as_str()?;
    text.parse().map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

/// Each client's place in the order of names, by id (`usize::MAX` for an
/// id no client has), from the name index alone. Read so, the wide rows
/// are then read in the table's order and put in their places: walking
/// the name index to them visits them at random (0.36 s against 0.03 s on
/// 100,000 clients). Ids are dense row ids: a table indexed by id finds a
/// client's place without hashing.
pub(super) fn name_places(conn: &Connection) -> Result<Vec<usize>> {
    let order: Vec<ClientId> = conn
        .prepare("SELECT id FROM clients INDEXED BY clients_sort ORDER BY sort_key, id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(places_by_id(&order))
}

/// The place of each of `ids` in it, by id (`usize::MAX` for an id not in
/// it), for [`place_of`].
pub(super) fn places_by_id(ids: &[ClientId]) -> Vec<usize> {
    let top = ids.iter().filter_map(|id| usize::try_from(*id).ok()).max().map_or(0, |top| top + 1);
    let mut at = vec![usize::MAX; top];
    for (i, id) in ids.iter().enumerate() {
        if let Some(place) = usize::try_from(*id).ok().and_then(|id| at.get_mut(id)) {
            *place = i;
        }
    }
    at
}

/// The place of client `id` in a table of [`name_places`] or [`places_by_id`].
pub(super) fn place_of(places: &[usize], id: ClientId) -> Option<usize> {
    usize::try_from(id).ok().and_then(|id| places.get(id)).copied().filter(|p| *p != usize::MAX)
}

/// A client's list row as the text of its cells, borrowed from the file's
/// row: its column and category by their ids, "" for what it lacks.
pub struct RowText<'a> {
    pub id: ClientId,
    pub name: &'a str,
    pub city: &'a str,
    pub column: &'a str,
    pub category: &'a str,
    pub manager: &'a str,
    pub next_contact: Option<NaiveDate>,
}

impl<'a> From<&'a ClientRow> for RowText<'a> {
    fn from(r: &'a ClientRow) -> RowText<'a> {
        RowText {
            id: r.id,
            name: &r.name,
            city: r.city.as_deref().unwrap_or_default(),
            column: r.column.id(),
            category: r.category.id(),
            manager: r.manager.as_deref().unwrap_or_default(),
            next_contact: r.next_contact,
        }
    }
}

/// [`ROW_SELECT`] through the name index, which carries the list's columns
/// (schema version 10): the whole list without the table.
fn rows_by_name() -> String {
    ROW_SELECT.replace(" c LEFT", " c INDEXED BY clients_sort LEFT")
}

fn client_row(r: &Row) -> rusqlite::Result<ClientRow> {
    row_at(r, r.get(0)?, 1, r.get(5)?)
}

/// The list row of client `id` from the columns of [`ROW_SELECT`] after
/// the id, from column `at` on, but the salesperson's: `manager`.
pub(super) fn row_at(r: &Row, id: ClientId, at: usize, manager: Option<String>) -> rusqlite::Result<ClientRow> {
    Ok(ClientRow {
        id,
        name: r.get(at)?,
        city: r.get(at + 1)?,
        column: parse_id(r, at + 2)?,
        category: parse_id(r, at + 3)?,
        manager,
        next_contact: quick_date(r, at + 5)?,
        last_contact: quick_datetime(r, at + 6)?,
        column_since: required_datetime(r, at + 7, "column_since")?,
    })
}

/// A moment a row always has, read as `quick_datetime` does.
fn required_datetime(r: &Row, idx: usize, name: &str) -> rusqlite::Result<NaiveDateTime> {
    quick_datetime(r, idx)?.ok_or_else(|| rusqlite::Error::InvalidColumnType(idx, name.into(), Type::Null))
}

/// Reads a date as this program writes it (`2026-11-23`) without chrono's
/// general parser, which was a tenth of reading the whole list; anything
/// else goes to that parser.
pub(crate) fn quick_date(r: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get_ref(idx)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => match ymd(t) {
            Some(d) => Ok(Some(d)),
            None => r.get(idx),
        },
        _ => r.get(idx),
    }
}

/// Reads a moment as this program writes it (`2026-11-23 10:00:00`); see `quick_date`.
pub(crate) fn quick_datetime(r: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDateTime>> {
    match r.get_ref(idx)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) if t.len() == 19 && t[10] == b' ' && t[13] == b':' && t[16] == b':' => {
            let time = (number(&t[11..13]), number(&t[14..16]), number(&t[17..19]));
            match (ymd(&t[..10]), time) {
                (Some(d), (Some(h), Some(m), Some(s))) => match d.and_hms_opt(h, m, s) {
                    Some(at) => Ok(Some(at)),
                    None => r.get(idx),
                },
                _ => r.get(idx),
            }
        }
        _ => r.get(idx),
    }
}

fn ymd(t: &[u8]) -> Option<NaiveDate> {
    if t.len() != 10 || t[4] != b'-' || t[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(number(&t[..4])?).ok()?, number(&t[5..7])?, number(&t[8..10])?)
}

fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

/// Inserts a client in the `prospects` column and records that first placement.
pub(crate) fn insert(conn: &Connection, ctx: &WriteCtx, new: &NewClient) -> Result<ClientId> {
    let name = required("name", &new.name)?;
    let manager_id = match new.manager.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => Some(staff::ensure(conn, m, ctx.now)?),
        None => None,
    };
    conn.prepare_cached(
        "INSERT INTO clients (kind, name, legal_name, city, address, industry, size, website, source, manager_id,
                              category, notes, next_contact, tax_id, column_name, column_since, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14, ?15, 'prospects', ?13, ?13, ?13)",
    )?
    .execute(params![
        new.kind.unwrap_or(ClientKind::Company).id(),
        name,
        blank_to_none(new.legal_name.clone()),
        blank_to_none(new.city.clone()),
        blank_to_none(new.address.clone()),
        blank_to_none(new.industry.clone()),
        blank_to_none(new.size.clone()),
        blank_to_none(new.website.clone()),
        blank_to_none(new.source.clone()),
        manager_id,
        new.category.unwrap_or(Category::White).id(),
        blank_to_none(new.notes.clone()),
        ctx.now,
        new.next_contact,
        blank_to_none(new.tax_id.clone()),
    ])?;
    let id = conn.last_insert_rowid();
    packed::pack(conn, &[id])?;
    channels::add_all(conn, id, None, ChannelKind::Phone, &new.phones)?;
    channels::add_all(conn, id, None, ChannelKind::Email, &new.emails)?;
    add_tags(conn, id, &new.tags)?;
    let by = staff::ensure(conn, &ctx.user, ctx.now)?;
    conn.prepare_cached(
        "INSERT INTO moves (client_id, at, from_column, to_column, staff_id) VALUES (?1, ?2, NULL, 'prospects', ?3)",
    )?
    .execute(params![id, ctx.now, by])?;
    Ok(id)
}

pub(crate) fn add_tags(conn: &Connection, client_id: ClientId, tags: &[String]) -> Result<()> {
    let mut stmt = conn.prepare_cached("INSERT OR IGNORE INTO client_tags (client_id, tag) VALUES (?1, ?2)")?;
    for tag in clean_tags(tags) {
        stmt.execute(params![client_id, tag])?;
    }
    Ok(())
}

/// The tags as they are kept: without blanks and a leading `#`.
pub(crate) fn clean_tags(tags: &[String]) -> impl Iterator<Item = &str> {
    tags.iter().map(|t| t.trim().trim_start_matches('#')).filter(|t| !t.is_empty())
}

/// Records a change in the client's history.
pub(crate) fn record_change(
    conn: &Connection,
    ctx: &WriteCtx,
    client_id: ClientId,
    what: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let by = staff::ensure(conn, &ctx.user, ctx.now)?;
    conn.prepare_cached(
        "INSERT INTO changes (client_id, at, staff_id, what, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![client_id, ctx.now, by, what, before, after])?;
    Ok(())
}

pub(crate) fn touch(conn: &Connection, ctx: &WriteCtx, client_id: ClientId) -> Result<()> {
    conn.prepare_cached("UPDATE clients SET updated_at = ?2 WHERE id = ?1")?.execute(params![client_id, ctx.now])?;
    Ok(())
}

/// The card's columns, for `card`; a `WHERE` follows.
pub(crate) const CARD_SELECT: &str =
    "SELECT c.id, c.kind, c.name, c.legal_name, c.city, c.address, c.industry, c.size, c.tax_id, c.bank,
            c.bank_account, c.website, c.source, s.name, c.category, c.notes, c.column_name,
            c.column_since, c.result, c.result_reason, c.next_contact, c.last_contact,
            c.created_at, c.updated_at, c.version
     FROM clients c LEFT JOIN staff s ON s.id = c.manager_id";

/// One row of `CARD_SELECT` as a card without its phones, e-mails and tags.
pub(crate) fn card(r: &Row) -> rusqlite::Result<Client> {
    let result: Option<String> = r.get(18)?;
    Ok(Client {
        id: r.get(0)?,
        kind: parse_id(r, 1)?,
        name: r.get(2)?,
        legal_name: r.get(3)?,
        city: r.get(4)?,
        address: r.get(5)?,
        industry: r.get(6)?,
        size: r.get(7)?,
        tax_id: r.get(8)?,
        bank: r.get(9)?,
        bank_account: r.get(10)?,
        website: r.get(11)?,
        source: r.get(12)?,
        manager: r.get(13)?,
        category: parse_id(r, 14)?,
        notes: r.get(15)?,
        column: parse_id(r, 16)?,
        column_since: required_datetime(r, 17, "column_since")?,
        result: match result {
            Some(_) => Some(parse_id(r, 18)?),
            None => None,
        },
        result_reason: r.get(19)?,
        next_contact: quick_date(r, 20)?,
        last_contact: quick_datetime(r, 21)?,
        created_at: required_datetime(r, 22, "created_at")?,
        updated_at: required_datetime(r, 23, "updated_at")?,
        version: r.get(24)?,
        phones: Vec::new(),
        emails: Vec::new(),
        tags: Vec::new(),
    })
}

pub(crate) fn load(conn: &Connection, id: ClientId) -> Result<Option<Client>> {
    let client = conn.prepare_cached(&format!("{CARD_SELECT} WHERE c.id = ?1"))?.query_row([id], card).optional()?;
    let Some(mut client) = client else {
        return Ok(None);
    };
    client.phones = channels::values(conn, id, None, ChannelKind::Phone)?;
    client.emails = channels::values(conn, id, None, ChannelKind::Email)?;
    client.tags = conn
        .prepare_cached("SELECT tag FROM client_tags WHERE client_id = ?1 ORDER BY tag")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(client))
}

impl Store {
    /// Adds a client; returns its id.
    pub fn add_client(&mut self, new: &NewClient) -> Result<ClientId> {
        self.write_client("new client", |tx, ctx| {
            let id = insert(tx, ctx, new)?;
            search_keys::refresh(tx, id)?;
            Ok((id, id))
        })
    }

    /// The formal part of one client's card.
    pub fn client(&self, id: ClientId) -> Result<Client> {
        load(self.conn(), id)?
            .ok_or_else(|| ValidationError::new("client", &id.to_string(), crate::i18n::t("err-no-client")).into())
    }

    /// How many clients the file holds.
    pub fn client_count(&self) -> Result<usize> {
        let n: i64 = self.conn().query_row("SELECT count(*) FROM clients", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The rows of the client list that pass `filter`, ordered by folded name.
    pub fn client_rows(&self, filter: &ClientFilter) -> Result<Vec<ClientRow>> {
        if *filter == ClientFilter::default() {
            // Every client: in order from the name index, which carries the
            // list's columns (schema version 10).
            let mut stmt = self.conn().prepare(&format!("{} ORDER BY c.sort_key, c.id", rows_by_name()))?;
            return Ok(stmt.query_map([], client_row)?.collect::<rusqlite::Result<_>>()?);
        }
        // Some clients: read in the table's order and sorted here by name.
        // Some filters need columns the name index does not carry (the
        // industry, tags, orders), and walking it then fetched each row
        // from the table at random.
        let select = ROW_SELECT.replace(" FROM clients", ", c.sort_key FROM clients");
        let mut sql = format!("{select} WHERE 1 = 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(column) = filter.column {
            sql.push_str(" AND c.column_name = ?");
            args.push(column.id().to_string().into());
        }
        if let Some(category) = filter.category {
            sql.push_str(" AND c.category = ?");
            args.push(category.id().to_string().into());
        }
        if let Some(city) = &filter.city {
            sql.push_str(" AND kfold(c.city) = ?");
            args.push(fold(city.trim()).into());
        }
        if let Some(manager) = &filter.manager {
            sql.push_str(" AND c.manager_id = ?");
            args.push(staff::existing(self.conn(), "manager", manager)?.into());
        }
        if let Some(industry) = &filter.industry {
            sql.push_str(" AND kfold(c.industry) = ?");
            args.push(fold(industry.trim()).into());
        }
        if let Some(tag) = &filter.tag {
            sql.push_str(" AND EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND kfold(t.tag) = ?)");
            args.push(fold(tag.trim().trim_start_matches('#')).into());
        }
        let bought = "EXISTS (SELECT 1 FROM orders o JOIN products p ON p.id = o.product_id
                              WHERE o.client_id = c.id AND p.key = ?)";
        if let Some(product) = &filter.bought {
            sql.push_str(&format!(" AND {bought}"));
            args.push(fold(product.trim()).into());
        }
        if let Some(product) = &filter.not_bought {
            sql.push_str(&format!(" AND NOT {bought}"));
            args.push(fold(product.trim()).into());
        }
        if let Some(month) = filter.birthday_month {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM persons p WHERE p.client_id = c.id AND p.birthday IS NOT NULL
                              AND substr(p.birthday, -5, 2) = ?)",
            );
            args.push(format!("{month:02}").into());
        }
        if let Some(since) = filter.not_contacted_since {
            sql.push_str(" AND (c.last_contact IS NULL OR c.last_contact < ?)");
            args.push(since.to_string().into());
        }
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), |r| Ok((r.get::<_, String>(9)?, client_row(r)?)))?;
        let mut keyed = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        keyed.sort_unstable_by(|(a, x), (b, y)| a.cmp(b).then(x.id.cmp(&y.id)));
        Ok(keyed.into_iter().map(|(_, row)| row).collect())
    }

    /// The first `limit` rows of the whole list by name, through the name
    /// index: what the interface draws before the whole list is read.
    pub fn first_rows(&self, limit: usize) -> Result<Vec<ClientRow>> {
        let mut stmt = self.conn().prepare(&format!("{ROW_SELECT} ORDER BY c.sort_key, c.id LIMIT ?1"))?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], client_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every row of the list with its search keys, ordered by name, read in
    /// one transaction so that the two always agree: the rows in order from
    /// the name index, which carries their columns, the keys from the table.
    /// The keys are put in the order of names on another core while the
    /// rows are read (a sixth of the whole on the 100k file).
    pub fn rows_with_keys(&self) -> Result<(Vec<ClientRow>, SearchKeys)> {
        self.read(|s| {
            let (read, order) = search_keys::keys_for_places(s.conn(), &name_places(s.conn())?)?;
            std::thread::scope(|scope| {
                let keys = scope.spawn(move || read.reordered(&order));
                let rows = s.client_rows(&ClientFilter::default());
                let keys = keys.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                Ok((rows?, keys))
            })
        })
    }

    /// The clients that pass `filter` and match `query`: by name without a
    /// query, best match first with one.
    pub fn find_clients(&self, query: Option<&str>, filter: &ClientFilter) -> Result<Vec<ClientRow>> {
        let Some(query) = query.and_then(Query::new) else {
            return self.client_rows(filter);
        };
        if *filter == ClientFilter::default() {
            return self.ranked_rows(&query);
        }
        let ranked = self.ranked(&query)?;
        let mut by_id: HashMap<ClientId, ClientRow> =
            self.client_rows(filter)?.into_iter().map(|r| (r.id, r)).collect();
        Ok(ranked.into_iter().filter_map(|(id, _)| by_id.remove(&id)).collect())
    }

    /// The clients a selection chooses: `find_clients`, narrowed by the
    /// classes of the twelve full months before `today` when it asks for one.
    pub fn select_clients(
        &self,
        query: Option<&str>,
        filter: &ClientFilter,
        today: NaiveDate,
    ) -> Result<Vec<ClientRow>> {
        let mut rows = self.find_clients(query, filter)?;
        if filter.needs_classes() {
            let period = Period::last_twelve_months(today);
            let classes = classes_of(&self.sales(period.to, filter.manager.as_deref())?, period, DEFAULT_WINDOW_MONTHS);
            rows.retain(|r| {
                classes.get(&r.id).is_some_and(|c| {
                    filter.lifecycle.is_none_or(|l| l == c.lifecycle)
                        && filter.abc.is_none_or(|a| Some(a) == c.abc)
                        && filter.xyz.is_none_or(|x| Some(x) == c.xyz)
                })
            });
        }
        Ok(rows)
    }

    /// Every client's list row (of the part `names`) as the text of its
    /// cells, in the order of folded names, given to `each` without a
    /// [`ClientRow`] made of it: for printing the whole list (making
    /// 100,000 rows, their strings and their dates, was a third of `list`).
    pub(crate) fn each_row_text(&self, names: Names, mut each: impl FnMut(RowText<'_>)) -> Result<()> {
        // The first seven columns of `rows_by_name`: with its last two dates
        // too, SQLite's decoding them made `list` 8–10 ms slower (hyperfine).
        let mut values = Vec::new();
        let part = names.condition(1, &mut values);
        let mut stmt = self.conn().prepare(&format!(
            "SELECT c.id, c.name, c.city, c.column_name, c.category, s.name, c.next_contact
             FROM clients c INDEXED BY clients_sort LEFT JOIN staff s ON s.id = c.manager_id
             WHERE 1 {part} ORDER BY c.sort_key, c.id"
        ))?;
        let mut rows = stmt.query(params_from_iter(&values))?;
        while let Some(r) = rows.next()? {
            let text = |i| -> rusqlite::Result<&str> {
                match r.get_ref(i)? {
                    ValueRef::Null => Ok(""),
                    value => Ok(value.as_str()?),
                }
            };
            each(RowText {
                id: r.get(0)?,
                name: text(1)?,
                city: text(2)?,
                column: text(3)?,
                category: text(4)?,
                manager: text(5)?,
                next_contact: quick_date(r, 6)?,
            });
        }
        Ok(())
    }

    /// The list rows of `ids` (those still in the file): one by one for a
    /// few, the whole list read for many.
    pub fn client_rows_of(&self, ids: &[ClientId]) -> Result<HashMap<ClientId, ClientRow>> {
        if ids.len() <= super::ONE_BY_ONE {
            let mut out = HashMap::new();
            for id in ids {
                if let Some(row) = self.client_row(*id)? {
                    out.insert(*id, row);
                }
            }
            return Ok(out);
        }
        self.rows_of_by_name(ids, self.top_id()? >= super::HALVES_FROM)
    }

    /// The list rows of `ids` from the whole name index (it carries the
    /// list's columns), a row made only of the clients wanted; read in two
    /// parts at once, as one moment, or not.
    fn rows_of_by_name(&self, ids: &[ClientId], in_parts: bool) -> Result<HashMap<ClientId, ClientRow>> {
        let wanted = places_by_id(ids);
        let part = |s: &Store, names: Names| -> Result<HashMap<ClientId, ClientRow>> {
            let mut values = Vec::new();
            let part = names.condition(1, &mut values);
            let mut stmt = s.conn().prepare(&format!("{} WHERE 1 {part}", rows_by_name()))?;
            let mut rows = stmt.query(params_from_iter(&values))?;
            let mut out = HashMap::new();
            while let Some(r) = rows.next()? {
                let id: ClientId = r.get(0)?;
                if place_of(&wanted, id).is_some() {
                    out.insert(id, client_row(r)?);
                }
            }
            Ok(out)
        };
        if !in_parts {
            return part(self, Names::All);
        }
        let middle = self.place_in_names(0.5)?;
        self.read_apart(
            |s| part(s, Names::Before(&middle)),
            |s| part(s, Names::From(&middle)),
            |_, mut first, second| {
                first.extend(second);
                Ok(first)
            },
        )
    }

    pub fn client_row(&self, id: ClientId) -> Result<Option<ClientRow>> {
        Ok(self.conn().query_row(&format!("{ROW_SELECT} WHERE c.id = ?1"), [id], client_row).optional()?)
    }

    /// Finds the one client that `query` names: an id, an exact name, or a
    /// search that matches a single client. `field` names the argument in errors.
    pub fn resolve_client(&self, field: &str, query: &str) -> Result<ClientId> {
        let q = query.trim();
        if let Ok(id) = q.parse::<ClientId>() {
            let found: Option<ClientId> =
                self.conn().query_row("SELECT id FROM clients WHERE id = ?1", [id], |r| r.get(0)).optional()?;
            if let Some(id) = found {
                return Ok(id);
            }
        }
        let exact: Vec<ClientId> = self
            .conn()
            .prepare("SELECT id FROM clients WHERE sort_key = ?1")?
            .query_map([fold(q)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if exact.len() == 1 {
            return Ok(exact[0]);
        }
        let matched: Vec<ClientId> = match (exact.is_empty(), Query::new(q)) {
            (false, _) => exact,
            (true, Some(query)) => self.ranked(&query)?.into_iter().map(|(id, _)| id).collect(),
            (true, None) => Vec::new(),
        };
        match matched.as_slice() {
            [] => Err(ValidationError::new(field, query, crate::i18n::t("err-no-client-matches")).into()),
            [one] => Ok(*one),
            many => Err(self.ambiguous(field, query, many)?),
        }
    }

    fn ambiguous(&self, field: &str, query: &str, ids: &[ClientId]) -> Result<StoreError> {
        const SHOWN: usize = 10;
        let mut lines = Vec::new();
        for id in ids.iter().take(SHOWN) {
            if let Some(row) = self.client_row(*id)? {
                lines.push(format!(
                    "  {:>6}  {}{}",
                    row.id,
                    row.name,
                    row.city.map(|c| format!(", {c}")).unwrap_or_default()
                ));
            }
        }
        if ids.len() > SHOWN {
            lines.push(format!("  … and {} more", ids.len() - SHOWN));
        }
        Ok(StoreError::Ambiguous { field: field.into(), query: query.into(), count: ids.len(), list: lines.join("\n") })
    }

    /// Passes every client of salesperson `from` to `to` in one transaction,
    /// recording the handover in each client's history. Returns how many moved.
    pub fn handover(&mut self, from: &str, to: &str) -> Result<usize> {
        self.write_as("handover", None, |tx, ctx, _| {
            let from_id = staff::existing(tx, "from", from)?;
            let to_id = staff::ensure(tx, to, ctx.now)?;
            if from_id == to_id {
                return Err(ValidationError::new("to", to, crate::i18n::t("err-is-same-salesperson-from")).into());
            }
            let (from_name, to_name): (String, String) = tx.query_row(
                "SELECT (SELECT name FROM staff WHERE id = ?1), (SELECT name FROM staff WHERE id = ?2)",
                params![from_id, to_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let ids: Vec<ClientId> = tx
                .prepare("SELECT id FROM clients WHERE manager_id = ?1")?
                .query_map([from_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in &ids {
                record_change(tx, ctx, *id, "manager", Some(&from_name), Some(&to_name))?;
            }
            tx.execute(
                "UPDATE clients SET manager_id = ?2, updated_at = ?3 WHERE manager_id = ?1",
                params![from_id, to_id, ctx.now],
            )?;
            Ok(ids.len())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_in_two_parts_of_the_names_are_the_rows_read_whole_or_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = crate::store::demo_in_file(dir.path(), 300, 3);
        let ids: Vec<ClientId> = (1..=300).filter(|id| id % 3 != 0).chain([1_000]).collect();
        let one_by_one: HashMap<ClientId, ClientRow> =
            ids.iter().filter_map(|id| Some((*id, store.client_row(*id).unwrap()?))).collect();
        assert_eq!(one_by_one.len(), 200);
        assert_eq!(store.rows_of_by_name(&ids, false).unwrap(), one_by_one);
        assert_eq!(store.rows_of_by_name(&ids, true).unwrap(), one_by_one);
    }
}
