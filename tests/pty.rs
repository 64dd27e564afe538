//! The real binary in a pseudo-terminal, as a person at a keyboard would use
//! it: a demo file, a filter typed, a client moved, `q`; then the command
//! line confirms that the move was saved and the terminal was given back.
//! A shutdown or a closed window (SIGTERM, SIGHUP) ends it just as cleanly.

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

/// The real binary running in a pseudo-terminal on `office`'s file.
struct Terminal {
    screen: Screen,
    keys: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Terminal {
    fn open(office: &Office) -> Terminal {
        Terminal::open_through(office, &[])
    }

    /// The binary run through `prefix`, a program that then runs it.
    fn open_through(office: &Office, prefix: &[&str]) -> Terminal {
        let pty = native_pty_system();
        let pair = pty.openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).unwrap();
        let binary = env!("CARGO_BIN_EXE_kartoteka");
        let mut cmd = CommandBuilder::new(prefix.first().copied().unwrap_or(binary));
        if let Some((_, rest)) = prefix.split_first() {
            cmd.args(rest);
            cmd.arg(binary);
        }
        cmd.arg("--file");
        cmd.arg(&office.file);
        cmd.env("KARTOTEKA_USER", "Ana Popescu");
        cmd.env("KARTOTEKA_NOW", NOW);
        cmd.env("KARTOTEKA_CONFIG", office.dir.path().join("no-config.toml"));
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
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
        let keys = pair.master.take_writer().unwrap();
        Terminal { screen: Screen { parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0), output }, keys, child }
    }

    /// Waits up to 10 seconds for the program to end; its exit status.
    fn exit_status(&mut self, why: &str) -> portable_pty::ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "{why} did not end the interface");
            std::thread::sleep(Duration::from_millis(20));
        };
        self.screen.wait_for(""); // take in the last bytes
        status
    }

    /// Sends `signal` (a name `kill` knows) to the program.
    fn signal(&self, signal: &str) {
        let pid = self.child.process_id().unwrap().to_string();
        let status = std::process::Command::new("kill").args([&format!("-{signal}"), &pid]).status().unwrap();
        assert!(status.success());
    }
}

fn demo(clients: &str) -> Office {
    let office = Office::empty();
    let out = office.command().args(["demo", "--clients", clients, "--no-tui"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    office
}

#[test]
fn filter_move_and_quit_in_a_real_terminal() {
    let office = demo("60");
    let list = office.json(&["list", "--column", "prospects"]);
    let client = &list.as_array().unwrap()[0];
    let (id, name) = (client["id"].as_i64().unwrap(), client["name"].as_str().unwrap().to_string());

    let mut terminal = Terminal::open(&office);
    let screen = &mut terminal.screen;
    screen.wait_for("Clients by name");
    screen.wait_for("/ 60 ");
    assert!(screen.parser.screen().alternate_screen(), "the interface draws on the alternate screen");
    write!(terminal.keys, "/{name}\r").unwrap();
    terminal.screen.wait_for(&format!("Clients  /{name}"));
    write!(terminal.keys, ">").unwrap();
    terminal.screen.wait_for(&format!("{name} moved to Interested"));
    write!(terminal.keys, "q").unwrap();

    let status = terminal.exit_status("q");
    assert!(status.success(), "{status:?}");
    assert!(!terminal.screen.parser.screen().alternate_screen(), "the terminal is given back");

    let shown = office.json(&["show", &id.to_string()]);
    assert_eq!(shown["client"]["column"], "interested", "{shown}");
    let moves = shown["moves"].as_array().unwrap();
    assert_eq!(moves.last().unwrap()["by"], "Ana Popescu");
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_end_the_interface_and_give_the_terminal_back() {
    let office = demo("20");
    for signal in ["TERM", "HUP"] {
        let mut terminal = Terminal::open(&office);
        terminal.screen.wait_for("/ 20 ");
        assert!(terminal.screen.parser.screen().alternate_screen());
        terminal.signal(signal);
        let status = terminal.exit_status(signal);
        assert!(status.success(), "SIG{signal}: {status:?}");
        let screen = terminal.screen.parser.screen();
        assert!(!screen.alternate_screen(), "SIG{signal}: the terminal is given back");
        assert!(!screen.hide_cursor(), "SIG{signal}: the cursor is shown again");
    }
    // The file was closed properly: nothing is left beside it.
    assert!(common::sidecars(&office.file).is_empty(), "{:?}", common::sidecars(&office.file));
}

#[cfg(unix)]
#[test]
fn a_read_only_file_opens_with_a_banner_and_refuses_a_move() {
    use std::os::unix::fs::PermissionsExt;
    let office = demo("20");
    let before = office.bytes();
    std::fs::set_permissions(&office.file, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(office.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut terminal = Terminal::open_through(&office, &common::other_user());
    terminal.screen.wait_for("/ 20 ");
    terminal.screen.wait_for("Kartoteka  READ-ONLY ");
    terminal.screen.wait_for("read-only (no permission to write clients.db): you can look, changes are refused");
    // The second client, not in the last column.
    write!(terminal.keys, "j>").unwrap();
    terminal
        .screen
        .wait_for("error: the client file is read-only (no permission to write clients.db): nothing was changed");
    write!(terminal.keys, "q").unwrap();
    assert!(terminal.exit_status("q").success());
    assert_eq!(office.bytes(), before, "the file is unchanged");
    assert!(common::sidecars(&office.file).is_empty());
    // No daily backup is attempted beside a file that may not be written.
    assert!(!office.dir.path().join("backups").exists());
}
