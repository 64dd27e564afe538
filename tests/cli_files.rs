//! Files that are not Kartoteka client files are refused with one clear line,
//! and left exactly as they were, with nothing created beside them.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, sidecars};

fn refuses_untouched(office: &Office, expected: &str) {
    let before = std::fs::read(&office.file).ok();
    for args in [&["list"][..], &["add", "client", "--name", "X"], &["show", "1"]] {
        let err = office.fails(args, 1);
        assert!(err.contains(expected), "{args:?}: expected {expected:?} in {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert_eq!(std::fs::read(&office.file).ok(), before, "the file was changed");
    assert!(sidecars(&office.file).is_empty(), "left {:?}", sidecars(&office.file));
}

#[test]
fn refuses_a_csv_file() {
    let office = Office::empty();
    std::fs::write(&office.file, "name;city\nИванов;Москва\n".repeat(20)).unwrap();
    refuses_untouched(&office, "is not a client file (not an SQLite database); it was left untouched");
}

#[test]
fn refuses_random_bytes_and_a_short_file() {
    let office = Office::empty();
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&office.file, bytes).unwrap();
    refuses_untouched(&office, "not an SQLite database");
    std::fs::write(&office.file, b"SQLite format 3\0").unwrap();
    refuses_untouched(&office, "not an SQLite database");
}

#[test]
fn refuses_an_empty_file_and_a_directory() {
    let office = Office::empty();
    std::fs::write(&office.file, b"").unwrap();
    refuses_untouched(&office, "is empty (0 bytes)");
    std::fs::remove_file(&office.file).unwrap();
    std::fs::create_dir(&office.file).unwrap();
    let err = office.fails(&["list"], 1);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn refuses_another_programs_sqlite_file() {
    let office = Office::empty();
    {
        let conn = rusqlite::Connection::open(&office.file).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
    }
    refuses_untouched(&office, "is an SQLite database of another program");
}

#[test]
fn refuses_a_file_from_a_newer_version() {
    let office = Office::new();
    office.add_client(&["--name", "Kept"]);
    {
        let conn = rusqlite::Connection::open(&office.file).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = office.bytes();
    let err = office.fails(&["list"], 1);
    assert!(err.contains("written by a newer Kartoteka (schema version 99"), "{err}");
    assert_eq!(before, office.bytes());
}
