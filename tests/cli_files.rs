//! Files that are not Kartoteka client files are refused with one clear line,
//! and left exactly as they were, with nothing created beside them.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{Office, sidecars};

/// What is at a path, to see that a refusal changed nothing.
#[derive(Debug, PartialEq)]
enum Found {
    Missing,
    Directory,
    File(Vec<u8>),
}

fn found(path: &Path) -> Found {
    match std::fs::metadata(path) {
        Err(_) => Found::Missing,
        Ok(m) if m.is_dir() => Found::Directory,
        Ok(_) => Found::File(std::fs::read(path).unwrap()),
    }
}

/// A real client file with a few clients, in rollback mode so that it is
/// one file on its own.
fn real_file(office: &Office) -> Vec<u8> {
    let scratch = Office::new();
    for name in ["Иванов", "Ștefănescu", "Muñoz"] {
        scratch.add_client(&["--name", name, "--phone", "+40 721 000 111"]);
    }
    let conn = rusqlite::Connection::open(&scratch.file).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let bytes = scratch.bytes();
    std::fs::write(&office.file, &bytes).unwrap();
    bytes
}

type Setup = fn(&Office);

/// The corpus: each bad file and the words its refusal must contain.
fn corpus() -> Vec<(&'static str, Setup, &'static str)> {
    vec![
        (
            "CSV text",
            |o| std::fs::write(&o.file, "name;city\nИванов;Москва\n".repeat(20)).unwrap(),
            "is not a client file (not an SQLite database); it was left untouched",
        ),
        (
            "random bytes",
            |o| {
                let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
                std::fs::write(&o.file, bytes).unwrap();
            },
            // Whole pages of random bytes are what an encrypted file looks like.
            if cfg!(feature = "encryption") { "is encrypted (or not a client file)" } else { "not an SQLite database" },
        ),
        (
            "an SQLite header and nothing else",
            |o| std::fs::write(&o.file, b"SQLite format 3\0").unwrap(),
            "not an SQLite database",
        ),
        ("a directory", |o| std::fs::create_dir(&o.file).unwrap(), "is a directory, not a client file"),
        ("a missing path", |_| {}, "there is no client file at"),
        (
            "a truncated database",
            |o| {
                let bytes = real_file(o);
                std::fs::write(&o.file, &bytes[..bytes.len() / 2]).unwrap();
            },
            "is damaged (truncated",
        ),
        (
            "another program's SQLite file",
            |o| {
                let conn = rusqlite::Connection::open(&o.file).unwrap();
                conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
            },
            "is an SQLite database of another program",
        ),
        (
            "a file from a newer version",
            |o| {
                real_file(o);
                let conn = rusqlite::Connection::open(&o.file).unwrap();
                conn.pragma_update(None, "user_version", 99).unwrap();
            },
            "written by a newer Kartoteka (schema version 99",
        ),
        ("a 0-byte file", |o| std::fs::write(&o.file, b"").unwrap(), "is empty (0 bytes)"),
    ]
}

#[test]
fn every_bad_file_gets_one_clear_line_and_stays_as_it_was() {
    let corpus = corpus();
    let (mut clear, mut panics, mut changed) = (0, 0, 0);
    for (what, setup, expected) in &corpus {
        let office = Office::empty();
        setup(&office);
        let before = found(&office.file);
        let mut all_clear = true;
        for args in [&["list"][..], &["add", "client", "--name", "X"], &["show", "1"], &["check"]] {
            let run = office.run(args);
            if run.stderr.contains("panicked") || run.code == 101 {
                panics += 1;
            }
            let one_line = run.stderr.trim().lines().count() == 1;
            if run.code != 1 || !one_line || !run.stderr.contains(expected) {
                all_clear = false;
                eprintln!("{what}: {args:?} gave exit {} and {:?}", run.code, run.stderr);
            }
        }
        clear += usize::from(all_clear);
        if found(&office.file) != before || !sidecars(&office.file).is_empty() {
            changed += 1;
            eprintln!("{what}: changed, or left {:?}", sidecars(&office.file));
        }
    }
    println!("{clear}/{} clear errors, {panics} panics, {changed} files changed", corpus.len());
    assert_eq!((clear, panics, changed), (corpus.len(), 0, 0));
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_one_clear_error_and_the_file_stays_sound() {
    let office = Office::empty();
    office.ok(&["demo", "--clients", "300", "--no-tui"]);
    let before = office.ok(&["list", "--json"]);
    let csv = office.dir.path().join("big.csv");
    let rows: String = (0..6_000).map(|i| format!("Client {i} Ștefănescu;Brașov;+40 721 {i:06}\n")).collect();
    std::fs::write(&csv, format!("Name;City;Phone\n{rows}")).unwrap();
    let csv = csv.to_str().unwrap();

    // Files may not grow past 200 KB more than the client file is.
    let limit = std::fs::metadata(&office.file).unwrap().len() / 512 + 400;
    let run = office.run_limited(limit, &["import", csv]);
    assert_eq!(run.code, 1, "killed or succeeded instead of failing: {run:?}");
    assert_eq!(run.stderr.trim().lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("the change could not be written"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing of this change was saved"), "{}", run.stderr);
    assert_eq!(office.ok(&["list", "--json"]), before, "what was committed before is intact");
    let check = office.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    // With room the same import goes through.
    office.ok(&["import", csv]);
}
