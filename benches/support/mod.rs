//! What the benchmarks share: the 100,000-client file, the clock, timing
//! with percentiles, running the real binary, and the table they print.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kartoteka::domain::clock::Clock;

pub const CLIENTS: usize = 100_000;
/// The seed of the benchmark's demo file: the same file on every machine.
pub const SEED: u64 = 7;
pub const NOW: &str = "2026-11-23 10:00";

pub fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap())
}

/// The real binary, as a user runs it.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_kartoteka")
}

/// `kartoteka demo --clients 100000 --seed 7 --no-tui`, made by the binary
/// being measured: again whenever the binary is newer than the file (a
/// change of the generator must not be measured on an old file), or the
/// file named by `KARTOTEKA_BENCH_FILE`, taken as it is.
pub fn bench_file() -> PathBuf {
    if let Some(path) = std::env::var_os("KARTOTEKA_BENCH_FILE") {
        return PathBuf::from(path);
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench/demo-100k.db");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&path).is_some() && modified(&path) >= modified(Path::new(binary())) {
        return path;
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let start = Instant::now();
    let status = Command::new(binary())
        .arg("--file")
        .arg(&path)
        .args(["--now", NOW, "demo", "--no-tui", "--clients", &CLIENTS.to_string(), "--seed", &SEED.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "the demo file could not be made");
    eprintln!("(the demo file took {:.1} s)", start.elapsed().as_secs_f64());
    path
}

/// Runs `kartoteka --file FILE ARGS…` as a whole process, output thrown away.
pub fn whole_process(file: &Path, args: &[&std::ffi::OsStr]) {
    let status = Command::new(binary())
        .arg("--file")
        .arg(file)
        .args(["--now", NOW, "--lang", "en"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "kartoteka {args:?} failed");
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Ms,
    Mb,
}

pub struct Figure {
    pub name: String,
    pub unit: Unit,
    pub samples: Vec<f64>,
    pub budget: f64,
}

impl Figure {
    pub fn percentile(&self, p: f64) -> f64 {
        let mut s = self.samples.clone();
        s.sort_by(f64::total_cmp);
        let i = ((s.len() as f64 - 1.0) * p).round() as usize;
        s[i]
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Times `runs` calls of `f` after one to warm up.
pub fn measure(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut()) -> Figure {
    f();
    let samples = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            ms(t.elapsed())
        })
        .collect();
    Figure { name: name.to_string(), unit: Unit::Ms, samples, budget: budget_ms as f64 }
}

/// Like `measure`, for work of which `f` times only a part and returns it.
pub fn measure_until(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut() -> Duration) -> Figure {
    let samples = (0..runs).map(|_| ms(f())).collect();
    Figure { name: name.to_string(), unit: Unit::Ms, samples, budget: budget_ms as f64 }
}

/// Prints the figures as the README's table: the median, the 99th
/// percentile and the spread (lowest to highest); within budget when the
/// 99th percentile is.
pub fn print_table(figures: &[Figure]) {
    println!();
    println!("| figure | median | p99 | spread | budget | within |");
    println!("|---|---:|---:|---:|---:|---|");
    for f in figures {
        let unit = match f.unit {
            Unit::Ms => "ms",
            Unit::Mb => "MB",
        };
        let p99 = f.percentile(0.99);
        println!(
            "| {} | {:.2} {unit} | {:.2} | {:.2}–{:.2} | {} | {} |",
            f.name,
            f.percentile(0.5),
            p99,
            f.percentile(0.0),
            f.percentile(1.0),
            f.budget,
            if p99 <= f.budget { "yes" } else { "**no**" }
        );
    }
}
