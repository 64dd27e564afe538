//! The real binary in a pseudo-terminal, as a person at a keyboard would use
//! it: a demo file, a filter typed, a client moved, `q`; then the command
//! line confirms that the move was saved and the terminal was given back.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Read, Write};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{NOW, Office};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

/// The screen of the terminal, fed by what the program writes.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
}

impl Screen {
    /// Waits up to 20 seconds for the screen to show `text`.
    fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.parser.process(&bytes);
            }
            let contents = self.parser.screen().contents();
            if contents.contains(text) {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the screen never showed {text:?}:\n{contents}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn filter_move_and_quit_in_a_real_terminal() {
    let office = Office::empty();
    let out = office.command().args(["demo", "--clients", "60", "--no-tui"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = office.json(&["list", "--column", "prospects"]);
    let client = &list.as_array().unwrap()[0];
    let (id, name) = (client["id"].as_i64().unwrap(), client["name"].as_str().unwrap().to_string());

    let pty = native_pty_system();
    let pair = pty.openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kartoteka"));
    cmd.arg("--file");
    cmd.arg(&office.file);
    cmd.env("KARTOTEKA_USER", "Ana Popescu");
    cmd.env("KARTOTEKA_NOW", NOW);
    cmd.env("KARTOTEKA_CONFIG", office.dir.path().join("no-config.toml"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (sender, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || sender.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut keys = pair.master.take_writer().unwrap();
    let mut screen = Screen { parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0), output };

    screen.wait_for("Clients by name");
    screen.wait_for("/ 60 ");
    assert!(screen.parser.screen().alternate_screen(), "the interface draws on the alternate screen");
    write!(keys, "/{name}\r").unwrap();
    screen.wait_for(&format!("Clients  /{name}"));
    write!(keys, ">").unwrap();
    screen.wait_for(&format!("{name} moved to Interested"));
    write!(keys, "q").unwrap();

    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    screen.wait_for(""); // take in the last bytes
    assert!(!screen.parser.screen().alternate_screen(), "the terminal is given back");

    let shown = office.json(&["show", &id.to_string()]);
    assert_eq!(shown["client"]["column"], "interested", "{shown}");
    let moves = shown["moves"].as_array().unwrap();
    assert_eq!(moves.last().unwrap()["by"], "Ana Popescu");
}
