//! The reports on the 100,000-client file with its order lines: each
//! `kartoteka report` as a whole process (open, read, work out, print
//! JSON), the colours that follow from orders (a dry run over every
//! client), and the reports view worked out in the interface.
//!
//! Run with `cargo bench --bench reports`; the file is the one
//! `cargo bench --bench search` generates (made here too when missing),
//! copied once with its order lines repeated in earlier years up to a
//! million.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::PathBuf;
use std::process::{Command, Stdio};

use kartoteka::store::{OpenMode, Store};
use kartoteka::tui::action::Action;
use kartoteka::tui::app::App;
use support::{bench_file, clock, measure, print_table};

const RUNS: usize = 5;

/// Order lines the reports are measured on (issue 5: a million).
const ORDER_LINES: i64 = 1_000_000;

/// The 100k file with its order lines copied back in time (one, two, three…
/// years earlier) until there are a million: the demo makes about 320,000.
/// Made once beside the search file.
fn file_with_a_million_lines() -> PathBuf {
    let path = bench_file().with_file_name("bench-100k-1m-orders.db");
    if path.exists() {
        return path;
    }
    let store = Store::open(&bench_file(), OpenMode::Existing, clock(), "bench").unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(bench_file()).unwrap();
    conn.execute("VACUUM INTO ?1", [path.to_str().unwrap()]).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT count(*) FROM orders", [], |r| r.get(0)).unwrap()
    };
    let original = count(&conn);
    let mut years = 1;
    while count(&conn) < ORDER_LINES {
        let missing = ORDER_LINES - count(&conn);
        conn.execute(
            "INSERT INTO orders (client_id, date, product_id, quantity, amount, paid, created_at)
             SELECT client_id, date(date, ?1), product_id, quantity, amount, paid, created_at
             FROM orders WHERE id <= ?2 LIMIT ?3",
            rusqlite::params![format!("-{years} years"), original, missing],
        )
        .unwrap();
        years += 1;
    }
    eprintln!("{} order lines in {}", count(&conn), path.display());
    path
}

fn main() {
    let path = file_with_a_million_lines();
    // The copied lines unpacked their clients, and a file made by an earlier
    // version has none packed (see `store::packed`): packed once, here.
    let mut store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
    store.pack_missing_sales().unwrap();
    drop(store);
    let run = |args: &[&str]| {
        let status = Command::new(env!("CARGO_BIN_EXE_kartoteka"))
            .arg("--file")
            .arg(&path)
            .args(["--now", "2026-11-23 10:00"])
            .args(args)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "kartoteka {args:?} failed");
    };
    let mut figures = Vec::new();
    for name in ["abc", "xyz", "lifecycle", "abcxyz", "funnel", "kpi", "calls", "loyalty", "matrix"] {
        figures.push(measure(&format!("report {name} --json (whole process)"), 1000, RUNS, || {
            run(&["report", name, "--json"]);
        }));
    }
    figures.push(measure("categories --dry-run (whole process)", 1000, RUNS, || run(&["categories", "--dry-run"])));
    let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
    let mut app = App::start(store).unwrap();
    figures.push(measure("reports view worked out (3 or a move of the period, background)", 1000, RUNS, || {
        app.update(Action::ShowReports);
        while app.reports_loading() {
            app.poll();
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }));
    print_table(&figures);
}
