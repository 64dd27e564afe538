//! What the benchmarks share: the 100,000-client file, the clock, timing
//! with percentiles, and the table they print.

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kartoteka::domain::clock::Clock;
use kartoteka::store::{OpenMode, Store};

pub const CLIENTS: usize = 100_000;

pub fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap())
}

pub fn bench_file() -> PathBuf {
    let path = std::env::var_os("KARTOTEKA_BENCH_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-100k.db"));
    if !path.exists() {
        eprintln!("generating {CLIENTS} clients into {} (once)…", path.display());
        let mut store = Store::open(&path, OpenMode::Create, clock(), "bench").unwrap();
        kartoteka::demo::generate(&mut store, CLIENTS, 7, clock().today()).unwrap();
    }
    path
}

pub struct Figure {
    pub name: String,
    pub samples: Vec<Duration>,
    pub budget: Duration,
}

impl Figure {
    pub fn percentile(&self, p: f64) -> Duration {
        let mut s = self.samples.clone();
        s.sort();
        let i = ((s.len() as f64 - 1.0) * p).round() as usize;
        s[i]
    }
}

pub fn measure(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut()) -> Figure {
    f(); // warm up
    let samples = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    Figure { name: name.to_string(), samples, budget: Duration::from_millis(budget_ms) }
}

/// Like `measure`, for work of which `f` times only a part and returns it.
pub fn measure_until(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut() -> Duration) -> Figure {
    let mut samples: Vec<Duration> = (0..runs).map(|_| f()).collect();
    samples.sort();
    Figure { name: name.to_string(), samples, budget: Duration::from_millis(budget_ms) }
}

pub fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// Prints the figures as the README's table.
pub fn print_table(figures: &[Figure]) {
    println!();
    println!("| figure | p50 ms | p99 ms | budget ms | within |");
    println!("|---|---:|---:|---:|---|");
    for f in figures {
        let p99 = f.percentile(0.99);
        println!(
            "| {} | {} | {} | {} | {} |",
            f.name,
            ms(f.percentile(0.5)),
            ms(p99),
            f.budget.as_millis(),
            if p99 <= f.budget { "yes" } else { "no" }
        );
    }
}
