//! Nothing committed is lost: a writer killed at any moment leaves a sound
//! file with every entry it acknowledged, and two processes writing at once
//! both get through.
//!
//! The writers are this test binary run again as a child, with the client
//! file in an environment variable, so that they use the library's store
//! code exactly as the interface does; the other side of the concurrency
//! test is the real `kartoteka` command line.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use common::Office;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::NewContact;
use kartoteka::domain::{Category, ContactKind};
use kartoteka::store::{AfterCall, OpenMode, Store};

/// Set in a child: the client file it writes to.
const FILE_ENV: &str = "KARTOTEKA_TEST_FILE";
/// Set in a child: its round, which each summary names.
const ROUND_ENV: &str = "KARTOTEKA_TEST_ROUND";
/// Set in a child: how many calls to log; none means until killed.
const COUNT_ENV: &str = "KARTOTEKA_TEST_COUNT";

fn moment() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(common::NOW, "%Y-%m-%d %H:%M").unwrap()
}

fn call(summary: String) -> NewContact {
    NewContact {
        at: moment(),
        kind: ContactKind::CallOut,
        person: None,
        summary,
        outcome: None,
        next_contact: None,
        source: None,
    }
}

/// This test binary, run again as one of the writers below.
fn child(office: &Office, entry: &str, round: usize, count: Option<usize>) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--ignored", "--exact", entry, "--nocapture", "--test-threads=1"])
        .env(FILE_ENV, &office.file)
        .env(ROUND_ENV, round.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(count) = count {
        cmd.env(COUNT_ENV, count.to_string());
    }
    cmd
}

/// The writer of the crash test: logs calls one by one, and prints
/// `ack N` on stderr only once the commit of call N has returned.
#[test]
#[ignore = "run by crash_test_writers_never_lose_an_acknowledged_entry as a child"]
fn writer_acknowledging_each_commit() {
    let path = std::env::var(FILE_ENV).expect("run as a child");
    let round: usize = std::env::var(ROUND_ENV).unwrap().parse().unwrap();
    let mut store = Store::open(Path::new(&path), OpenMode::Existing, Clock::Fixed(moment()), "Writer").unwrap();
    // On stderr: libtest starts its own line on stdout without ending it.
    let mut out = std::io::stderr();
    for i in 0.. {
        store.log_contact(1, &call(format!("round {round} ack {i}"))).unwrap();
        writeln!(out, "ack {i}").unwrap();
        out.flush().unwrap();
    }
}

/// The interface's side of the concurrency test: each call read-modify-
/// writes the client's category (the call's outcome sets it, and the change
/// is recorded only when it differs).
#[test]
#[ignore = "run by two_processes_commit_6000_changes_without_a_busy_error as a child"]
fn writer_logging_calls_like_the_interface() {
    let path = std::env::var(FILE_ENV).expect("run as a child");
    let count: usize = std::env::var(COUNT_ENV).unwrap().parse().unwrap();
    let mut store = Store::open(Path::new(&path), OpenMode::Existing, Clock::Fixed(moment()), "Interface").unwrap();
    let mut busy = 0;
    for i in 0..count {
        let category = if i % 2 == 0 { Category::Green } else { Category::Yellow };
        if let Err(e) = store.log_call(1, &call(format!("interface {i}")), &AfterCall::Category(category)) {
            busy += 1;
            eprintln!("call {i}: {e}");
        }
        // About the pace of the command line's calls, so that the two
        // streams of commits overlap from the first to the last.
        std::thread::sleep(Duration::from_millis(10));
    }
    eprintln!("errors {busy}");
}

/// A small deterministic generator for the moments of the kills.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The number in an `ack N` line.
fn ack(line: &str) -> Option<usize> {
    line.strip_prefix("ack ").and_then(|n| n.parse().ok())
}

fn pragma_rows(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get::<_, rusqlite::types::Value>(0))
        .unwrap()
        .map(|v| format!("{:?}", v.unwrap()))
        .collect()
}

#[test]
fn crash_test_writers_never_lose_an_acknowledged_entry() {
    const KILLS: usize = 200;
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL"]);
    let mut random = Lcg(20_261_123);
    let (mut total, mut lost) = (0, 0);
    for round in 0..KILLS {
        let mut writer = child(&office, "writer_acknowledging_each_commit", round, None).spawn().unwrap();
        let mut lines = BufReader::new(writer.stderr.take().unwrap()).lines().map_while(Result::ok);
        // Once it is writing, anywhere in the next 30 ms: in a commit, between
        // two, in the middle of the write-ahead log's growth.
        let mut acks: Vec<usize> = lines.by_ref().filter_map(|l| ack(&l)).take(1).collect();
        std::thread::sleep(Duration::from_micros(random.below(30_000)));
        writer.kill().unwrap();
        acks.extend(lines.filter_map(|l| ack(&l)));
        writer.wait().unwrap();
        assert!(!acks.is_empty(), "round {round}: the writer never wrote");
        total += acks.len();

        let conn = rusqlite::Connection::open(&office.file).unwrap();
        assert_eq!(pragma_rows(&conn, "PRAGMA integrity_check"), ["Text(\"ok\")"], "round {round}");
        assert!(pragma_rows(&conn, "PRAGMA foreign_key_check").is_empty(), "round {round}");
        let mut stmt = conn.prepare("SELECT summary FROM contacts WHERE summary LIKE ?1").unwrap();
        let found: HashSet<String> =
            stmt.query_map([format!("round {round} ack %")], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
        lost += acks.iter().filter(|i| !found.contains(&format!("round {round} ack {i}"))).count();
    }
    println!("{KILLS} kills, {total} acknowledged, {lost} lost, integrity ok");
    assert_eq!(lost, 0);
}

#[test]
fn two_processes_commit_6000_changes_without_a_busy_error() {
    const EACH: usize = 3_000;
    let office = Office::new();
    office.add_client(&["--name", "Иванов ООО"]);
    let started = Instant::now();
    let interface = child(&office, "writer_logging_calls_like_the_interface", 0, Some(EACH)).spawn().unwrap();
    let mut cli_errors = 0;
    for i in 0..EACH {
        let run = office.run(&["log", "1", "--kind", "call_in", "--summary", &format!("cli {i}"), "--next", "+3d"]);
        if run.code != 0 {
            cli_errors += 1;
            eprintln!("cli {i}: {}", run.stderr);
        }
    }
    let out = interface.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let interface_errors: usize =
        stderr.lines().find_map(|l| l.strip_prefix("errors ")).and_then(|n| n.parse().ok()).expect("the child's count");

    let conn = rusqlite::Connection::open(&office.file).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize;
    let committed = count("SELECT count(*) FROM contacts");
    let recorded = count("SELECT count(*) FROM changes WHERE what = 'category'");
    let busy = cli_errors + interface_errors;
    println!("{committed} committed, {busy} busy errors ({:.1} s)", started.elapsed().as_secs_f64());
    assert_eq!((committed, busy), (2 * EACH, 0));
    // Every read-modify-write saw the one before it: the category changed
    // (and was recorded) at every call, none was overwritten unseen.
    assert_eq!(recorded, EACH);
}
