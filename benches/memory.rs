//! Peak memory of the interface on the 100k file: the real binary in a
//! pseudo-terminal, read from `/proc` once the whole list is in and a
//! filter has been typed. Budget 150 MB. Linux only.

use std::io::Write;
use std::time::Duration;

use portable_pty::CommandBuilder;

use crate::support::{Figure, NOW, Unit, bench_file, binary};
use crate::terminal::Terminal;

const RUNS: usize = 3;

/// `VmHWM` of process `pid`, in MB.
fn peak_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn one_run() -> Option<f64> {
    let mut cmd = CommandBuilder::new(binary());
    cmd.arg("--file");
    cmd.arg(bench_file());
    cmd.env("KARTOTEKA_NOW", NOW);
    cmd.env("KARTOTEKA_USER", "Ana Popescu");
    // The screen is read for English words, whatever the machine's locale.
    cmd.env("KARTOTEKA_LANG", "en");
    // No daily backup: a 570 MB copy would be written beside the file
    // while its memory is measured.
    let config = bench_file().with_file_name("kartoteka-bench.toml");
    std::fs::write(&config, "[backup]\ndaily = false\n").ok()?;
    cmd.env("KARTOTEKA_CONFIG", config);
    cmd.env("TERM", "xterm-256color");
    let mut terminal = Terminal::spawn(cmd, 40, 120).map_err(|e| eprintln!("{e}")).ok()?;
    let pid = terminal.child.process_id()?;
    // Until the screen shows what `done` looks for.
    let wait_until = |terminal: &mut Terminal, what: &str, done: &dyn Fn(&str) -> bool| -> bool {
        let shown = terminal.wait_until(Duration::from_secs(60), done);
        if !shown {
            eprintln!("the interface never showed {what}:\n{}", terminal.contents());
        }
        shown
    };
    let mut peak = None;
    // The list's border counts its clients in English's grouping.
    let read = |s: &str| s.contains(" / 100,000 ") && !s.contains("reading the list");
    if wait_until(&mut terminal, "the whole list", &read)
        && write!(terminal.keys, "/ива").is_ok()
        && wait_until(&mut terminal, "the filter", &|s: &str| s.contains("/ива"))
    {
        std::thread::sleep(Duration::from_millis(300));
        peak = peak_mb(pid);
    }
    let _ = write!(terminal.keys, "\x1bq");
    if terminal.wait_exit(Duration::from_secs(10)).is_none() {
        let _ = terminal.child.kill();
    }
    peak
}

pub fn measure_all(figures: &mut Vec<Figure>) {
    let samples: Vec<f64> = (0..RUNS).filter_map(|_| one_run()).collect();
    if samples.is_empty() {
        eprintln!("peak memory not measured (needs Linux's /proc and a pseudo-terminal)");
        return;
    }
    figures.push(Figure {
        name: "peak memory of the interface, list read and a filter typed".into(),
        unit: Unit::Mb,
        samples,
        budget: 150.0,
    });
}
