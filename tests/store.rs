//! The store on its real migrations, in memory and on a file.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use kartoteka::domain::Column;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::{ClientFilter, NewClient, NewPerson};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::store::{Load, OpenMode, Store, schema};

fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap())
}

fn client(name: &str) -> NewClient {
    NewClient { name: name.to_string(), ..NewClient::default() }
}

#[test]
fn in_memory_store_runs_every_migration() {
    let store = Store::open_in_memory(clock(), "test").unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::latest_version());
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let id = store.add_client(&client("Vector")).unwrap();
    // The person is written, then the empty name of the second fails: the
    // transaction must take the first back too.
    let result = store.batch(|b| {
        b.add_person(clock().now(), id, &NewPerson { name: "Olga".into(), ..NewPerson::default() })?;
        b.add_person(clock().now(), id, &NewPerson { name: " ".into(), ..NewPerson::default() })
    });
    assert!(result.is_err());
    assert!(store.dossier(id).unwrap().persons.is_empty());
    // A move whose plan is refused writes no move either.
    assert!(store.move_client(id, |from| plan_move(from, Some(Column::Result), None, None)).is_err());
    assert_eq!(store.dossier(id).unwrap().moves.len(), 1);
}

#[test]
fn a_file_keeps_its_clients_across_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    {
        let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
        store.add_client(&client("Ştefănescu")).unwrap();
    }
    let store = Store::open(&path, OpenMode::Existing, clock(), "Ana").unwrap();
    let rows = store.find_clients(Some("stefanescu"), &ClientFilter::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].name, "Ştefănescu");
}

#[test]
fn a_file_of_the_first_schema_version_is_upgraded_to_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID).unwrap();
        schema::migrations().to_version(&mut conn, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO clients (name, sort_key, search_key, column_since, created_at, updated_at)
             VALUES ('Иванов', 'иванов', 'иванов', '2025-01-01 09:00:00', '2025-01-01 09:00:00', '2025-01-01 09:00:00');
             INSERT INTO channels (client_id, kind, value) VALUES (1, 'phone', '+7 (916) 555-12-34');",
        )
        .unwrap();
        assert_eq!(conn.pragma_query_value(None, "user_version", |r| r.get::<_, i32>(0)).unwrap(), 1);
    }
    let store = Store::open(&path, OpenMode::Existing, clock(), "Ana").unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::latest_version());
    let rows = store.find_clients(Some("ИВАНОВ"), &ClientFilter::default()).unwrap();
    assert_eq!(rows[0].name, "Иванов");
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let documents: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'documents'", [], |r| r.get(0)).unwrap();
    assert_eq!(documents, 1, "version 2 added the documents table");
    let key: String = conn.query_row("SELECT match_key FROM channels", [], |r| r.get(0)).unwrap();
    assert_eq!(key, "165551234", "version 3 keyed the phones already in the file");
}

#[test]
fn pragmas_protect_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let _store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    // A second connection sees what the store set on the file itself.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(app, schema::APPLICATION_ID);
}

#[test]
fn the_whole_list_from_the_name_index_is_the_list_a_filter_sorts() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut store = Store::open_in_memory(clock(), "test").unwrap();
    // Past a thousand, `client_rows_of` reads the whole index too.
    kartoteka::demo::generate(&mut store, 1_100, 5, today).unwrap();
    store.add_client(&client("Ştefănescu")).unwrap();
    store.add_client(&client("ştefănescu")).unwrap();
    let whole = store.client_rows(&ClientFilter::default()).unwrap();
    // A filter every client passes takes the other way: read in the
    // table's order and sorted by name here.
    let everyone = ClientFilter { not_contacted_since: Some(today.succ_opt().unwrap()), ..ClientFilter::default() };
    let sorted = store.client_rows(&everyone).unwrap();
    assert_eq!(whole.len(), 1_102);
    assert_eq!(whole, sorted);
    let ids: Vec<_> = whole.iter().map(|r| r.id).collect();
    let picked = store.client_rows_of(&ids).unwrap();
    assert!(whole.iter().all(|r| picked.get(&r.id) == Some(r)), "read through the index as the table holds them");
    // The interface's list: the same rows, each with its own keys at its place.
    let (rows, keys) = store.rows_with_keys().unwrap();
    assert_eq!(rows, whole);
    assert!(keys.iter().map(|k| k.id).eq(ids.iter().copied()), "keys in the rows' order");
    let all = store.search_keys().unwrap();
    assert!(all.iter().map(|k| k.id).eq(ids.iter().copied()), "keys alone in the same order");
    assert!(keys.iter().zip(all.iter()).all(|(a, b)| a.names_text() == b.names_text()));
    let own = store.search_key(ids[7]).unwrap().unwrap();
    assert_eq!(keys.get(7).unwrap().names_text(), own.names, "a row's keys are its client's");
}
