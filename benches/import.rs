//! `kartoteka import` of a 100,000-row client list (issue 4: in seconds;
//! budget 3 s) into a new file, and the same list again into the file that
//! has it (every row matched, nothing changed); `kartoteka export` of the
//! 100k demo file (budget 2 s). Each run is the whole process.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::support::{Figure, bench_file, clock, measure, measure_until, whole_process};

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

pub fn measure_all(figures: &mut Vec<Figure>) {
    let dir = tempfile::tempdir().unwrap();
    let list = list(dir.path());
    let mut n = 0;
    figures.push(measure_until("import 100,000 rows into a new file (whole process)", 3000, RUNS, || {
        n += 1;
        let file = dir.path().join(format!("new-{n}.db"));
        kartoteka::store::Store::open(&file, kartoteka::store::OpenMode::Create, clock(), "bench").unwrap();
        let start = Instant::now();
        whole_process(&file, &["import".as_ref(), list.as_os_str()]);
        start.elapsed()
    }));
    let first = dir.path().join("new-1.db");
    figures.push(measure("import the same 100,000 rows again (all unchanged)", 3000, RUNS, || {
        whole_process(&first, &["import".as_ref(), list.as_os_str()]);
    }));
    let demo = bench_file();
    let out = dir.path().join("export.csv");
    figures.push(measure("export the 100k demo file as CSV (whole process)", 2000, RUNS, || {
        whole_process(&demo, &["export".as_ref(), "-o".as_ref(), out.as_os_str()]);
    }));
}
