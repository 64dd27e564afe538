//! Search over a 100,000-client file: the first frame, the list and its
//! keys read in the background,
//! and one filter keystroke with nucleo-matcher (kept) and fuzzy-matcher's
//! SkimMatcherV2 (measured for comparison) on the same folded keys.
//!
//! Run with `cargo bench --bench search`. The file is generated once into
//! `target/bench-100k.db` (or `KARTOTEKA_BENCH_FILE`) and reused.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::fold::fold;
use kartoteka::domain::search::{Query, Scorer, rank};
use kartoteka::store::{OpenMode, Store};
use kartoteka::tui::app::App;
use kartoteka::tui::view;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const CLIENTS: usize = 100_000;
const RUNS: usize = 100;

fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap())
}

fn bench_file() -> PathBuf {
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

struct Figure {
    name: String,
    samples: Vec<Duration>,
    budget: Duration,
}

impl Figure {
    fn percentile(&self, p: f64) -> Duration {
        let mut s = self.samples.clone();
        s.sort();
        let i = ((s.len() as f64 - 1.0) * p).round() as usize;
        s[i]
    }
}

fn measure(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut()) -> Figure {
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

/// Waits until the app has taken in the list read in the background.
fn wait_for_list(mut app: App) {
    while !app.complete {
        if !app.poll() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// Like `measure`, for work of which `f` times only a part and returns it.
fn measure_until(name: &str, budget_ms: u64, runs: usize, mut f: impl FnMut() -> Duration) -> Figure {
    let mut samples: Vec<Duration> = (0..runs).map(|_| f()).collect();
    samples.sort();
    Figure { name: name.to_string(), samples, budget: Duration::from_millis(budget_ms) }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let path = bench_file();
    let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
    let mut figures = Vec::new();

    figures.push(measure("load search keys alone (100k)", 250, 10, || {
        std::hint::black_box(store.search_keys().unwrap());
    }));
    figures.push(measure("read list rows with their keys (100k)", 250, 10, || {
        std::hint::black_box(store.rows_with_keys().unwrap());
    }));
    let keys = store.search_keys().unwrap();
    drop(store);
    figures.push(measure_until("open file + first frame (TestBackend 120x40)", 200, 10, || {
        let start = Instant::now();
        let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
        let app = App::start(store).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|frame| view::draw(&app, frame)).unwrap();
        let first_frame = start.elapsed();
        // Not timed: the background read would be a burden on the next sample.
        wait_for_list(app);
        first_frame
    }));
    figures.push(measure_until("open file + first frame (crossterm to a null writer)", 200, 10, || {
        let start = Instant::now();
        let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
        let app = App::start(store).unwrap();
        let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 40));
        let mut terminal =
            Terminal::with_options(CrosstermBackend::new(std::io::sink()), TerminalOptions { viewport }).unwrap();
        terminal.draw(|frame| view::draw(&app, frame)).unwrap();
        let first_frame = start.elapsed();
        wait_for_list(app);
        first_frame
    }));
    figures.push(measure("open file until the search keys are ready (background)", 250, 10, || {
        let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
        wait_for_list(App::start(store).unwrap());
    }));

    let queries = ["s", "ste", "stefan", "и", "ива", "иванов"];
    let skim = SkimMatcherV2::default();
    // The same folded names for SkimMatcherV2, which takes text.
    let names: Vec<(i64, String)> = keys.iter().map(|k| (k.id, k.names_text())).collect();
    for q in queries {
        let query = Query::new(q).unwrap();
        let mut hits = 0;
        figures.push(measure(&format!("filter keystroke, nucleo, two cores '{q}'"), 16, RUNS, || {
            hits = rank(&keys, &query).len();
        }));
        figures.push(measure(&format!("filter keystroke, nucleo, one core '{q}'"), 16, RUNS, || {
            let mut scorer = Scorer::default();
            let mut scored: Vec<(u32, i64)> =
                keys.iter().filter_map(|k| query.score(k, &mut scorer).map(|s| (s, k.id))).collect();
            scored.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
        }));
        let folded = fold(q);
        let mut skim_hits = 0;
        figures.push(measure(&format!("filter keystroke, skim, two cores '{q}'"), 16, RUNS, || {
            // The same split over two threads as `rank`, for a fair comparison.
            let score = |part: &[(i64, String)]| -> Vec<(i64, i64)> {
                part.iter().filter_map(|(id, n)| skim.fuzzy_match(n, &folded).map(|s| (s, *id))).collect()
            };
            let (left, right) = names.split_at(names.len() / 2);
            let mut scored = std::thread::scope(|s| {
                let other = s.spawn(|| score(right));
                let mut scored = score(left);
                scored.extend(other.join().unwrap());
                scored
            });
            scored.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
            skim_hits = scored.len();
        }));
        println!("'{q}': nucleo {hits} matches, skim {skim_hits} matches");
    }

    println!();
    println!("| figure | p50 ms | p99 ms | budget ms | within |");
    println!("|---|---:|---:|---:|---|");
    for f in &figures {
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
