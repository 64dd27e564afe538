//! `list` and `show` as whole processes on the 100k file, as a salesperson
//! runs them from a shell: budget 100 ms each.

use crate::support::{Figure, bench_file, measure, whole_process};

const RUNS: usize = 10;

pub fn measure_all(figures: &mut Vec<Figure>) {
    let path = bench_file();
    figures.push(measure("list, every client (whole process)", 100, RUNS, || {
        whole_process(&path, &["list".as_ref()]);
    }));
    figures.push(measure("list иванов, ranked (whole process)", 100, RUNS, || {
        whole_process(&path, &["list".as_ref(), "иванов".as_ref()]);
    }));
    figures.push(measure("list --column follow_up_1 --city Madrid (whole process)", 100, RUNS, || {
        let args = ["list", "--column", "follow_up_1", "--city", "Madrid"];
        whole_process(&path, &args.map(AsRef::as_ref));
    }));
    figures.push(measure("show a client's dossier (whole process)", 100, RUNS, || {
        whole_process(&path, &["show".as_ref(), "4242".as_ref()]);
    }));
    figures.push(measure("agenda, 7 days, everyone (whole process)", 100, RUNS, || {
        whole_process(&path, &["agenda".as_ref()]);
    }));
    figures.push(measure("agenda --days 0 --manager \"Ana Popescu\" (whole process)", 100, RUNS, || {
        let args = ["agenda", "--days", "0", "--manager", "Ana Popescu"];
        whole_process(&path, &args.map(AsRef::as_ref));
    }));
}
