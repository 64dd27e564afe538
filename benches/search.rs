//! Search over a 100,000-client file: the first frame, the list and its
//! keys read in the background,
//! and one filter keystroke with nucleo-matcher (kept) and fuzzy-matcher's
//! SkimMatcherV2 (measured for comparison) on the same folded keys.

use std::time::{Duration, Instant};

use crate::support::{Figure, bench_file, clock, measure, measure_until};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use kartoteka::domain::fold::fold;
use kartoteka::domain::search::{Query, Scorer, rank};
use kartoteka::store::{OpenMode, Store};
use kartoteka::tui::app::App;
use kartoteka::tui::view;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const RUNS: usize = 100;

/// Waits until the app has taken in the list read in the background.
fn wait_for_list(app: &mut App) {
    while !app.complete {
        if !app.poll() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// Waits until the app has taken in all it reads in the background (the
/// colours and classes come after the list), and lets it go: neither is
/// to weigh on the next sample.
fn settle(mut app: App) {
    while !app.settled() {
        if !app.poll() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// `load` timed until what it reads is there; what the run before read is
/// let go outside the timing, as the interface keeps what it reads.
fn loading<T>(name: &str, budget_ms: u64, runs: usize, load: impl Fn() -> T) -> Figure {
    drop(load());
    measure_until(name, budget_ms, runs, || {
        let start = Instant::now();
        let read = std::hint::black_box(load());
        let took = start.elapsed();
        drop(read);
        took
    })
}

pub fn measure_all(figures: &mut Vec<Figure>) {
    let path = bench_file();
    let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();

    figures.push(loading("load search keys alone (100k)", 250, 10, || store.search_keys().unwrap()));
    figures.push(loading("read list rows with their keys (100k)", 250, 10, || store.rows_with_keys().unwrap()));
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
        settle(app);
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
        settle(app);
        first_frame
    }));
    figures.push(measure_until("open file until the search keys are ready (background)", 250, 10, || {
        let start = Instant::now();
        let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
        let mut app = App::start(store).unwrap();
        wait_for_list(&mut app);
        let ready = start.elapsed();
        settle(app);
        ready
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
        eprintln!("'{q}': nucleo {hits} matches, skim {skim_hits} matches");
    }
}
