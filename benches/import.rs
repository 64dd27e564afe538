//! `kartoteka import` of a 100,000-row client list (issue 4: in seconds;
//! issue 8's budget: 3 s) into a new file, and the same list again into the
//! file that has it (every row matched, nothing changed); `kartoteka export`
//! of the 100k demo file (budget 2 s). Each run is the whole process.
//!
//! Run with `cargo bench --bench import`.

#![allow(clippy::unwrap_used)]

mod support;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use support::{measure_until, print_table};

const ROWS: usize = 100_000;
const RUNS: usize = 3;

/// A list as an office keeps it: Cyrillic, Romanian and Spanish names,
/// a phone, an e-mail and a contact person on each row.
fn list(dir: &Path) -> PathBuf {
    let cities = ["Cluj-Napoca", "Iași", "Москва", "Санкт-Петербург", "Madrid", "Cádiz", "Brașov"];
    let kinds = ["SRL", "ООО", "S.L.", "SA"];
    let mut text = String::from("Name;City;Phone;E-mail;Contact person;Position\n");
    for i in 0..ROWS {
        let _ = writeln!(
            text,
            "{} Ștefănescu-Иванов-Muñoz {i};{};+40 7{i:08};office{i}@client{i}.ro;Persoana {i};director",
            kinds[i % kinds.len()],
            cities[i % cities.len()]
        );
    }
    let path = dir.join("list.csv");
    std::fs::write(&path, text).unwrap();
    path
}

/// How long `kartoteka --file FILE ARGS…` takes as a whole process.
fn run(file: &Path, args: &[&std::ffi::OsStr]) -> std::time::Duration {
    let start = std::time::Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_kartoteka"))
        .arg("--file")
        .arg(file)
        .args(["--now", "2026-11-23 10:00"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "kartoteka {args:?} failed");
    start.elapsed()
}

fn import(file: &Path, list: &Path) -> std::time::Duration {
    run(file, &["import".as_ref(), list.as_os_str()])
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let list = list(dir.path());
    let mut n = 0;
    let fresh = measure_until("import 100,000 rows into a new file (whole process)", 3000, RUNS, || {
        n += 1;
        let file = dir.path().join(format!("new-{n}.db"));
        kartoteka::store::Store::open(&file, kartoteka::store::OpenMode::Create, support::clock(), "bench").unwrap();
        import(&file, &list)
    });
    let again = measure_until("import the same 100,000 rows again (all unchanged)", 3000, RUNS, || {
        import(&dir.path().join("new-1.db"), &list)
    });
    let demo = support::bench_file();
    let out = dir.path().join("export.csv");
    let export = measure_until("export the 100k demo file as CSV (whole process)", 2000, RUNS, || {
        run(&demo, &["export".as_ref(), "-o".as_ref(), out.as_os_str()])
    });
    print_table(&[fresh, again, export]);
}
