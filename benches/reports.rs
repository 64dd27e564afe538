//! The reports on the 100,000-client file with its order lines: each
//! `kartoteka report` as a whole process (open, read, work out, print
//! JSON), the colours that follow from orders (a dry run over every
//! client), and the reports view worked out in the interface. The demo
//! file has about a million order lines.

use kartoteka::store::{OpenMode, Store};
use kartoteka::tui::action::Action;
use kartoteka::tui::app::App;

use crate::support::{Figure, bench_file, clock, measure, whole_process};

const RUNS: usize = 5;

pub fn measure_all(figures: &mut Vec<Figure>) {
    let path = bench_file();
    for name in ["abc", "xyz", "lifecycle", "abcxyz", "funnel", "kpi", "calls", "loyalty", "matrix", "complaints"] {
        figures.push(measure(&format!("report {name} --json (whole process)"), 1000, RUNS, || {
            whole_process(&path, &["report".as_ref(), name.as_ref(), "--json".as_ref()]);
        }));
    }
    figures.push(measure("categories --dry-run (whole process)", 1000, RUNS, || {
        whole_process(&path, &["categories".as_ref(), "--dry-run".as_ref()]);
    }));
    let store = Store::open(&path, OpenMode::Existing, clock(), "bench").unwrap();
    let mut app = App::start(store).unwrap();
    figures.push(measure("reports view worked out (3 or a move of the period, background)", 1000, RUNS, || {
        app.update(Action::ShowReports);
        while app.reports_loading() {
            app.poll();
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }));
}
