//! Kartoteka's benchmark suite: every speed budget of the issues, measured
//! on a 100,000-client demo file (`kartoteka demo --clients 100000 --seed 7`,
//! about 290,000 persons, 1.1 million contacts and a million order lines,
//! made by the binary measured), printed as one table.
//!
//! `cargo bench` runs it all (some four minutes on two cores);
//! `cargo bench -- search` (or `reports`, `files`, `writes`, `processes`,
//! `memory`) one part. It never runs in `cargo test`.

#![allow(clippy::unwrap_used)]

mod import;
mod memory;
mod processes;
mod reports;
mod search;
mod support;
#[path = "../tests/terminal/mod.rs"]
mod terminal;
mod writes;

type Part = (&'static str, fn(&mut Vec<support::Figure>));

const PARTS: [Part; 6] = [
    ("search", search::measure_all),
    ("writes", writes::measure_all),
    ("processes", processes::measure_all),
    ("reports", reports::measure_all),
    ("files", import::measure_all),
    ("memory", memory::measure_all),
];

fn main() {
    // `cargo bench` passes `--bench`; any other word chooses parts.
    let chosen: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let mut figures = Vec::new();
    for (name, part) in PARTS {
        if chosen.is_empty() || chosen.iter().any(|c| name.contains(c.as_str())) {
            eprintln!("measuring {name}…");
            part(&mut figures);
        }
    }
    support::print_table(&figures);
    println!();
}
