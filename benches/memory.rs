//! Peak memory of the interface on the 100k file: the real binary in a
//! pseudo-terminal, read from `/proc` once the whole list is in and a
//! filter has been typed. Budget 150 MB. Linux only.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::support::{Figure, NOW, Unit, bench_file, binary};

const RUNS: usize = 3;

/// `VmHWM` of process `pid`, in MB.
fn peak_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn one_run() -> Option<f64> {
    let pair = native_pty_system().openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 }).ok()?;
    let mut cmd = CommandBuilder::new(binary());
    cmd.arg("--file");
    cmd.arg(bench_file());
    cmd.env("KARTOTEKA_NOW", NOW);
    cmd.env("KARTOTEKA_USER", "Ana Popescu");
    cmd.env("KARTOTEKA_CONFIG", "/nonexistent/kartoteka-bench.toml");
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).ok()?;
    drop(pair.slave);
    let pid = child.process_id()?;
    let mut reader = pair.master.try_clone_reader().ok()?;
    let (sender, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || sender.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut keys = pair.master.take_writer().ok()?;
    let mut screen = vt100::Parser::new(std::num::NonZeroU16::new(40)?, std::num::NonZeroU16::new(120)?, 0);
    // Until the screen shows what `done` looks for.
    let mut wait_until = |what: &str, done: &dyn Fn(&str) -> bool| -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            while let Ok(bytes) = output.try_recv() {
                screen.process(&bytes);
            }
            if done(&screen.screen().contents()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        eprintln!("the interface never showed {what}:\n{}", screen.screen().contents());
        false
    };
    let mut peak = None;
    let read = |s: &str| s.contains(" / 100000 ") && !s.contains("reading the list");
    if wait_until("the whole list", &read) {
        write!(keys, "/ива").ok()?;
        if wait_until("the filter", &|s: &str| s.contains("/ива")) {
            std::thread::sleep(Duration::from_millis(300));
            peak = peak_mb(pid);
        }
    }
    let _ = write!(keys, "\x1bq");
    let start = Instant::now();
    while child.try_wait().ok()?.is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
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
