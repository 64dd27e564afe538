//! Writing an imported client list in one transaction: each row matches a
//! client already in the file (or added by an earlier row) by tax id,
//! e-mail, phone or folded name and fills it in, or is added. Importing the
//! same file twice changes nothing the second time. The clients it adds
//! wait in [`Fresh`] until the last row and are written at once.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;

use std::collections::{BTreeSet, HashMap};

use super::fresh::{Found, Fresh, Row};
use super::{Result, Store, WriteCtx, categories, channels, clients, edit, orders, packed, persons, search_keys};
use crate::domain::ChannelKind;
use crate::domain::classes::DEFAULT_WINDOW_MONTHS;
use crate::domain::duplicates::Place;
use crate::domain::filling::{fill_in, fill_in_person, same_person};
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewClient, NewOrder, NewPerson};
use crate::import::records::{ClientRecord, OrderRecord};

/// How far an import is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Rows matched against the file (and filled in), of all.
    Rows(usize),
    /// New clients written, of `of`, after the last row.
    Added { done: usize, of: usize },
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ImportCounts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// The client of `row` is, if the file or the import has it already: by
/// tax id, e-mail, phone, or folded name where the city and tax id do not
/// say otherwise — each asked of the file first, then of the clients the
/// import adds (which come after the file's).
fn existing(conn: &Connection, fresh: &Fresh, row: &Row) -> Result<Option<Found>> {
    let in_file = !fresh.has_file();
    if let Some(tax_id) = row.client.tax_id.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        if in_file {
            let found = conn
                .prepare_cached("SELECT id FROM clients WHERE tax_id = ?1 ORDER BY id LIMIT 1")?
                .query_row([tax_id], |r| r.get(0))
                .optional()?;
            if let Some(id) = found {
                return Ok(Some(Found::File(id)));
            }
        }
        if let Some(found) = fresh.by_tax_id(tax_id) {
            return Ok(Some(found));
        }
    }
    for (kind, keys) in [(ChannelKind::Email, &row.emails), (ChannelKind::Phone, &row.phones)] {
        if in_file && let Some(id) = channels::clients_with_keys(conn, kind, keys)?.into_iter().min() {
            return Ok(Some(Found::File(id)));
        }
        if let Some(found) = fresh.by_channel(kind, keys) {
            return Ok(Some(found));
        }
    }
    // Companies of one name in two cities, or with two tax ids, are two.
    if in_file {
        let place = row.place();
        let mut stmt = conn.prepare_cached("SELECT id, city, tax_id FROM clients WHERE sort_key = ?1 ORDER BY id")?;
        let mut rows = stmt.query([&row.name])?;
        while let Some(r) = rows.next()? {
            let (city, tax_id): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
            if Place::new(city.as_deref(), tax_id.as_deref()).agrees(&place) {
                return Ok(Some(Found::File(r.get(0)?)));
            }
        }
    }
    Ok(fresh.by_name(row))
}

/// Adds `person` to client `id`, or fills in the one of the same folded
/// name; whether anything changed.
fn person(conn: &Connection, ctx: &WriteCtx, id: ClientId, person: &NewPerson) -> Result<bool> {
    let mut persons = persons::of_client(conn, id)?;
    let Some(have) = same_person(&mut persons, person, |p| p.name.as_str()) else {
        persons::insert(conn, ctx.now, id, person)?;
        return Ok(true);
    };
    let before = NewPerson {
        name: have.name.clone(),
        position: have.position.clone(),
        phones: have.phones.clone(),
        emails: have.emails.clone(),
        birthday: have.birthday,
        decision_maker: have.decision_maker,
    };
    let mut after = before.clone();
    if !fill_in_person(&mut after, person) {
        return Ok(false);
    }
    // What the person lacked comes after what it has.
    channels::add_all(conn, id, Some(have.id), ChannelKind::Phone, &after.phones[before.phones.len()..])?;
    channels::add_all(conn, id, Some(have.id), ChannelKind::Email, &after.emails[before.emails.len()..])?;
    let position = after.position.as_deref().filter(|_| before.position.is_none());
    let birthday = after.birthday.filter(|_| before.birthday.is_none()).map(|b| b.to_stored());
    if position.is_some() || birthday.is_some() {
        conn.prepare_cached(
            "UPDATE persons SET position = coalesce(position, ?2), birthday = coalesce(birthday, ?3) WHERE id = ?1",
        )?
        .execute(params![have.id, position, birthday])?;
    }
    Ok(true)
}

/// Fills in client `id` of the file from `record`; whether it changed.
fn fill_in_file(
    tx: &Connection,
    ctx: &WriteCtx,
    fresh: &mut Fresh,
    id: ClientId,
    record: &ClientRecord,
) -> Result<bool> {
    let card = clients::load(tx, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let mut m = NewClient::from_client(&card);
    let changed = fill_in(&mut m, &record.client);
    if changed {
        edit::update(tx, ctx, &card, &m)?;
    }
    fresh.filled_in_file(id, &m, record.person.as_ref());
    let person_changed = match &record.person {
        Some(p) => person(tx, ctx, id, p)?,
        None => false,
    };
    if !changed && !person_changed {
        return Ok(false);
    }
    clients::touch(tx, ctx, id)?;
    // Keys are refreshed for a changed client only: a refresh writes the
    // row, and an unchanged client stays untouched.
    search_keys::refresh(tx, id)?;
    Ok(true)
}

impl Store {
    /// Writes `records` in one transaction (rolled back for a dry run);
    /// `progress` hears how many rows are done, then how many of the
    /// clients the import adds are written.
    pub fn import_clients(
        &mut self,
        source: &str,
        records: &[ClientRecord],
        dry_run: bool,
        mut progress: impl FnMut(Progress),
    ) -> Result<ImportCounts> {
        self.with_rollback_journal_if_empty(|store| {
            store.with_temp_in_memory(|store| {
                store.with_large_cache(|store| {
                    store.write_step(!dry_run, &format!("import {source}"), |tx, ctx, step| {
                        let fresh = Fresh::new(tx, records.len())?;
                        Ok((None, import_rows(tx, ctx, step, records, fresh, &mut progress)?))
                    })
                })
            })
        })
    }
}

/// Writes `records` in step `step`: each row fills in the client of the
/// file or of an earlier row it matches, or adds one to `fresh`, which
/// writes them all at the end.
fn import_rows<'r>(
    tx: &Transaction,
    ctx: &WriteCtx,
    step: i64,
    records: &'r [ClientRecord],
    mut fresh: Fresh<'r>,
    progress: &mut impl FnMut(Progress),
) -> Result<ImportCounts> {
    let mut counts = ImportCounts::default();
    for (done, record) in records.iter().enumerate() {
        let row = Row::new(&record.client, record.person.as_ref());
        let changed = match existing(tx, &fresh, &row)? {
            Some(Found::File(id)) => fill_in_file(tx, ctx, &mut fresh, id, record)?,
            Some(Found::Fresh(slot)) => fresh.fill_in(slot, record),
            None => {
                fresh.add(row);
                counts.created += 1;
                progress(Progress::Rows(done + 1));
                continue;
            }
        };
        if changed {
            counts.updated += 1;
        } else {
            counts.unchanged += 1;
        }
        progress(Progress::Rows(done + 1));
    }
    fresh.write(tx, ctx, step, &mut |done, of| progress(Progress::Added { done, of }))?;
    Ok(counts)
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
        mut progress: impl FnMut(Progress),
    ) -> Result<OrderCounts> {
        self.with_temp_in_memory(|store| store.import_orders_now(source, records, dry_run, &mut progress))
    }

    fn import_orders_now(
        &mut self,
        source: &str,
        records: &[OrderRecord],
        dry_run: bool,
        progress: &mut impl FnMut(Progress),
    ) -> Result<OrderCounts> {
        self.write_step(!dry_run, &format!("import {source}"), |tx, ctx, _| {
            let mut counts = OrderCounts::default();
            let mut seen: HashMap<(ClientId, String), usize> = HashMap::new();
            let mut sold: BTreeSet<ClientId> = BTreeSet::new();
            for (done, record) in records.iter().enumerate() {
                let id = match existing(tx, &Fresh::default(), &Row::new(&record.client, None))? {
                    Some(Found::File(id)) => id,
                    Some(Found::Fresh(_)) | None => {
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
                progress(Progress::Rows(done + 1));
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::Category;
    use crate::domain::clock::Clock;
    use crate::domain::dates::Birthday;
    use crate::store::bulk::tests::tables;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn store() -> Store {
        Store::open_in_memory(Clock::Fixed(today().and_hms_opt(10, 0, 0).unwrap()), "Ana Popescu").unwrap()
    }

    fn row(line: usize, client: NewClient, person: Option<NewPerson>) -> ClientRecord {
        ClientRecord { line, client, person }
    }

    fn named(name: &str) -> NewClient {
        NewClient { name: name.into(), ..NewClient::default() }
    }

    /// Imports `records` into `store`, the file's clients read at once
    /// (`read`) or asked for row by row.
    fn import(store: &mut Store, records: &[ClientRecord], read: bool) -> ImportCounts {
        store
            .write_step(true, "import test.csv", |tx, ctx, step| {
                let fresh = Fresh::reading(tx, |_| read)?;
                Ok((None, import_rows(tx, ctx, step, records, fresh, &mut |_| {})?))
            })
            .unwrap()
    }

    fn one(store: &Store, sql: &str) -> String {
        store.conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn the_file_read_at_once_matches_each_row_as_asking_the_file_does() {
        let demo = || {
            let mut store = store();
            crate::demo::generate(&mut store, 40, 5, today()).unwrap();
            // The demo writes no tax ids.
            store.conn.execute("UPDATE clients SET tax_id = 'RO987654' WHERE id = 3", []).unwrap();
            store
        };
        let file = demo();
        let tax_id = one(&file, "SELECT tax_id FROM clients WHERE tax_id IS NOT NULL ORDER BY id LIMIT 1");
        let email = one(&file, "SELECT value FROM channels WHERE kind = 'email' AND person_id IS NOT NULL LIMIT 1");
        let phone = one(&file, "SELECT value FROM channels WHERE kind = 'phone' ORDER BY id DESC LIMIT 1");
        let (name, city) = file
            .conn
            .query_row("SELECT name, city FROM clients WHERE city IS NOT NULL ORDER BY id LIMIT 1 OFFSET 5", [], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .unwrap();
        let with = |mut c: NewClient, f: &dyn Fn(&mut NewClient)| {
            f(&mut c);
            c
        };
        let person = |name: &str, f: &dyn Fn(&mut NewPerson)| {
            let mut p = NewPerson { name: name.into(), ..NewPerson::default() };
            f(&mut p);
            Some(p)
        };
        let records = vec![
            // The file's clients, by tax id, a person's e-mail, a phone written otherwise, the name.
            row(2, with(named("Другое имя"), &|c| c.tax_id = Some(format!(" {tax_id} "))), None),
            row(3, named("X"), person("Someone", &|p| p.emails = vec![email.to_uppercase()])),
            row(4, with(named("Y"), &|c| c.phones = vec![phone.chars().filter(char::is_ascii_digit).collect()]), None),
            row(
                5,
                with(named(&name.to_uppercase()), &|c| {
                    c.city = Some(city.clone());
                    c.phones = vec!["+40 799 000 001".into()];
                }),
                None,
            ),
            // The phone the row before gave a client of the file finds it.
            row(6, with(named("Z"), &|c| c.phones = vec!["0799 000 001".into()]), None),
            // The same name in another city is another client.
            row(7, with(named(&name), &|c| c.city = Some("Другой город".into())), None),
            // New clients, found again by the rows after them.
            row(8, with(named("Ștefănescu Import SRL"), &|c| c.emails = vec!["office@stefanescu.ro".into()]), None),
            row(
                9,
                with(named("W"), &|c| {
                    c.emails = vec!["OFFICE@stefanescu.ro".into()];
                    c.phones = vec!["+40 722 555 666".into()];
                }),
                None,
            ),
            row(10, with(named("V"), &|c| c.phones = vec!["0722 555 666".into()]), None),
            row(11, with(named("ștefănescu import srl"), &|c| c.tax_id = Some("RO123".into())), None),
            row(12, with(named("Q"), &|c| c.tax_id = Some("RO123".into())), None),
            row(
                13,
                with(named("Muñoz y Hijos"), &|c| c.city = Some("Sevilla".into())),
                person("Ana Muñoz", &|p| p.position = Some("gerente".into())),
            ),
            row(
                14,
                with(named("MUNOZ Y HIJOS"), &|c| c.city = Some("sevilla".into())),
                person("ana munoz", &|p| {
                    p.emails = vec!["ana@munoz.es".into()];
                    p.birthday = Some(Birthday { year: None, month: 3, day: 15 });
                }),
            ),
            row(15, with(named("Ștefănescu Import SRL"), &|c| c.emails = vec!["office@stefanescu.ro".into()]), None),
        ];
        let (mut read, mut asked) = (demo(), demo());
        let counts = import(&mut read, &records, true);
        assert_eq!(counts, import(&mut asked, &records, false));
        assert_eq!(counts.created, 3, "{counts:?}");
        assert_eq!(counts.created + counts.updated + counts.unchanged, records.len());
        assert_eq!(tables(&read), tables(&asked));
        let clients = |s: &Store| one(s, "SELECT count(*) || '' FROM clients");
        assert_eq!(clients(&read), (40 + 3).to_string());
        // Every phone and e-mail the rows brought is on the client found for it.
        let owner =
            |value: &str| one(&read, &format!("SELECT group_concat(client_id) FROM channels WHERE value = '{value}'"));
        let found =
            one(&read, &format!("SELECT min(id) || '' FROM clients WHERE name = '{}'", name.replace('\'', "''")));
        assert_eq!(owner("+40 799 000 001"), found);
        let added = one(&read, "SELECT id || '' FROM clients WHERE name = 'Ștefănescu Import SRL'");
        for value in ["office@stefanescu.ro", "+40 722 555 666"] {
            assert_eq!(owner(value), added, "{value}");
        }
        assert_eq!(one(&read, &format!("SELECT tax_id FROM clients WHERE id = {added}")), "RO123");
        let person =
            "SELECT position || ' ' || birthday || ' ' || (SELECT value FROM channels WHERE person_id = persons.id)
                      FROM persons WHERE name = 'Ana Muñoz'";
        assert_eq!(one(&read, person), "gerente --03-15 ana@munoz.es");
    }

    #[test]
    fn the_clients_an_import_adds_are_written_as_adding_them_one_by_one_writes() {
        let records: Vec<ClientRecord> = (0..30)
            .map(|i| {
                let client = NewClient {
                    name: format!("{} Ștefănescu-Иванов {i}", ["SRL", "ООО", "S.L."][i % 3]),
                    legal_name: (i % 2 == 0).then(|| format!("Ștefănescu Grup {i} S.R.L.")),
                    city: Some(["Iași", "Москва", "Cádiz"][i % 3].into()),
                    tax_id: (i % 4 == 0).then(|| format!("RO{i:06}")),
                    phones: vec![format!("+40 7{i:08}")],
                    emails: vec![format!("office{i}@client.ro"), format!("sales{i}@client.ro")],
                    manager: (i % 5 == 0).then(|| "Иван Петров".into()),
                    category: (i % 3 == 0).then_some(Category::Green),
                    tags: vec!["expo".into(), "#vip".into()],
                    notes: Some(format!("met at the fair, stand {i}")),
                    next_contact: NaiveDate::from_ymd_opt(2026, 12, 1 + u32::try_from(i % 28).unwrap()),
                    ..NewClient::default()
                };
                let person = (i % 3 != 2).then(|| NewPerson {
                    name: format!("Persoana {i}"),
                    position: Some("director".into()),
                    phones: vec![format!("+7 495 {i:07}")],
                    emails: vec![format!("p{i}@client.ro")],
                    birthday: Some(Birthday { year: Some(1980), month: 1 + u32::try_from(i % 12).unwrap(), day: 9 }),
                    decision_maker: i % 2 == 0,
                });
                row(i + 2, client, person)
            })
            .collect();
        let mut at_once = store();
        assert_eq!(import(&mut at_once, &records, true).created, 30);
        let mut one_by_one = store();
        one_by_one
            .write(|tx, ctx| {
                for r in &records {
                    let id = clients::insert(tx, ctx, &r.client)?;
                    if let Some(p) = &r.person {
                        persons::insert(tx, ctx.now, id, p)?;
                    }
                    search_keys::refresh(tx, id)?;
                }
                Ok(())
            })
            .unwrap();
        let (want, got) = (tables(&one_by_one), tables(&at_once));
        for ((table, want), (_, got)) in want.iter().zip(&got) {
            assert_eq!(want, got, "{table}");
        }
        assert_eq!(want.len(), got.len());
        // Written with SQLite's checks off, the rows pass them all, and the
        // checks are on again for the writes after.
        assert_eq!(one(&at_once, "PRAGMA integrity_check"), "ok");
        let on: i64 = at_once.conn.query_row("PRAGMA ignore_check_constraints", [], |r| r.get(0)).unwrap();
        assert_eq!(on, 0);
    }

    /// `n` clients, each with a phone, an e-mail and a contact person.
    fn many(n: usize, from: usize) -> Vec<ClientRecord> {
        (from..from + n)
            .map(|i| {
                let client = NewClient {
                    name: format!("Ștefănescu-Иванов-Muñoz {i}"),
                    phones: vec![format!("+40 7{i:08}")],
                    emails: vec![format!("office{i}@client{i}.ro")],
                    ..NewClient::default()
                };
                let person = NewPerson { name: format!("Persoana {i}"), ..NewPerson::default() };
                row(i + 2, client, Some(person))
            })
            .collect()
    }

    /// The file `k.db` in `dir`, made new if it is not there, opened as
    /// `user`; and what tells the size of its write-ahead log.
    fn in_file(dir: &std::path::Path, user: &str) -> (Store, impl Fn() -> u64) {
        let path = dir.join("k.db");
        let clock = Clock::Fixed(today().and_hms_opt(10, 0, 0).unwrap());
        let mode = if path.exists() { crate::store::OpenMode::Existing } else { crate::store::OpenMode::Create };
        let log = dir.join("k.db-wal");
        (Store::open(&path, mode, clock, user).unwrap(), move || std::fs::metadata(&log).map_or(0, |m| m.len()))
    }

    #[test]
    fn an_import_into_a_file_without_clients_writes_its_pages_into_the_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, log) = in_file(dir.path(), "Ana Popescu");
        let before = log();
        assert_eq!(store.import_clients("a.csv", &many(2_000, 0), false, |_| {}).unwrap().created, 2_000);
        assert!(log() < before + 100_000, "the new file's import went through the log: {before} → {}", log());
        assert_eq!(one(&store, "PRAGMA journal_mode"), "wal");
        // A file with clients is written through the log.
        let before = log();
        assert_eq!(store.import_clients("b.csv", &many(2_000, 2_000), false, |_| {}).unwrap().created, 2_000);
        assert!(log() > before + 1_000_000, "{before} → {}", log());
        assert_eq!(one(&store, "PRAGMA integrity_check"), "ok");
        // Both imports are undone as any other.
        for left in [2_000, 0] {
            assert_eq!(store.undo().unwrap().unwrap().clients.len(), 2_000);
            assert_eq!(store.client_count().unwrap(), left);
        }
    }

    #[test]
    fn an_import_into_a_file_another_connection_has_open_goes_through_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, log) = in_file(dir.path(), "Ana Popescu");
        let (other, _) = in_file(dir.path(), "Иван Петров");
        assert_eq!(store.import_clients("a.csv", &many(2_000, 0), false, |_| {}).unwrap().created, 2_000);
        assert!(log() > 1_000_000, "{}", log());
        assert_eq!(other.client_count().unwrap(), 2_000);
        assert_eq!(one(&store, "PRAGMA journal_mode"), "wal");
    }
}
