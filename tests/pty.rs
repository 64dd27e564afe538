//! The real binary in a pseudo-terminal, as a person at a keyboard would use
//! it: a demo file, a filter typed, a client moved, `q`; then the command
//! line confirms that the move was saved and the terminal was given back.
//! A shutdown or a closed window (SIGTERM, SIGHUP) ends it just as cleanly.

#![allow(clippy::unwrap_used)]

mod common;

mod terminal;

use std::io::Write;
use std::time::Duration;

use common::{NOW, Office};
use portable_pty::CommandBuilder;
use terminal::Terminal;

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// The real binary running in a pseudo-terminal on `office`'s file.
struct Session(Terminal);

impl Session {
    fn open(office: &Office) -> Session {
        Session::open_through(office, &[])
    }

    /// The binary with the system's locale `locale` and no other choice
    /// of language.
    fn open_in_locale(office: &Office, locale: &str) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kartoteka"));
        cmd.arg("--file");
        cmd.arg(&office.file);
        for var in ["KARTOTEKA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", locale);
        cmd.env("KARTOTEKA_USER", "Ana Popescu");
        cmd.env("KARTOTEKA_NOW", NOW);
        cmd.env("KARTOTEKA_CONFIG", office.dir.path().join("no-config.toml"));
        cmd.env("TERM", "xterm-256color");
        Session(Terminal::spawn(cmd, ROWS, COLS).unwrap())
    }

    /// The binary run through `prefix`, a program that then runs it.
    fn open_through(office: &Office, prefix: &[&str]) -> Session {
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
        cmd.env("KARTOTEKA_LANG", "en");
        cmd.env("KARTOTEKA_CONFIG", office.dir.path().join("no-config.toml"));
        cmd.env("TERM", "xterm-256color");
        Session(Terminal::spawn(cmd, ROWS, COLS).unwrap())
    }

    /// Waits up to 20 seconds for the screen to show `text`.
    fn wait_for(&mut self, text: &str) {
        let shown = self.0.wait_until(Duration::from_secs(20), |s| s.contains(text));
        assert!(shown, "the screen never showed {text:?}:\n{}", self.0.contents());
    }

    fn keys(&mut self, keys: &str) {
        write!(self.0.keys, "{keys}").unwrap();
    }

    fn screen(&self) -> &vt100::Screen {
        self.0.parser.screen()
    }

    /// Waits up to 10 seconds for the program to end; its exit status.
    fn exit_status(&mut self, why: &str) -> portable_pty::ExitStatus {
        self.0.wait_exit(Duration::from_secs(10)).unwrap_or_else(|| panic!("{why} did not end the interface"))
    }

    /// Sends `signal` (a name `kill` knows) to the program.
    fn signal(&self, signal: &str) {
        let pid = self.0.child.process_id().unwrap().to_string();
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

    let mut terminal = Session::open(&office);
    terminal.wait_for("Clients by name");
    terminal.wait_for("/ 60 ");
    assert!(terminal.screen().alternate_screen(), "the interface draws on the alternate screen");
    terminal.keys(&format!("/{name}\r"));
    terminal.wait_for(&format!("Clients  /{name}"));
    terminal.keys(">");
    terminal.wait_for(&format!("{name} moved to Interested"));
    terminal.keys("q");

    let status = terminal.exit_status("q");
    assert!(status.success(), "{status:?}");
    assert!(!terminal.screen().alternate_screen(), "the terminal is given back");

    let shown = office.json(&["show", &id.to_string()]);
    assert_eq!(shown["client"]["column"], "interested", "{shown}");
    let moves = shown["moves"].as_array().unwrap();
    assert_eq!(moves.last().unwrap()["by"], "Ana Popescu");
}

#[test]
fn the_interface_speaks_the_language_of_the_systems_locale() {
    let office = demo("20");
    let mut terminal = Session::open_in_locale(&office, "ru_RU.UTF-8");
    terminal.wait_for("Клиенты, порядок: по имени");
    terminal.wait_for("23.11.2026");
    terminal.keys("?");
    terminal.wait_for("Клавиши — Esc закрывает");
    // Esc alone (a key after it at once reads as Alt and that key).
    terminal.keys("\x1b");
    std::thread::sleep(Duration::from_millis(300));
    terminal.keys("q");
    assert!(terminal.exit_status("q").success());
    let mut terminal = Session::open_in_locale(&office, "es_ES.UTF-8");
    terminal.wait_for("Clientes por nombre");
    terminal.wait_for("23/11/2026");
    terminal.keys("q");
    assert!(terminal.exit_status("q").success());
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_end_the_interface_and_give_the_terminal_back() {
    let office = demo("20");
    for signal in ["TERM", "HUP"] {
        let mut terminal = Session::open(&office);
        terminal.wait_for("/ 20 ");
        assert!(terminal.screen().alternate_screen());
        terminal.signal(signal);
        let status = terminal.exit_status(signal);
        assert!(status.success(), "SIG{signal}: {status:?}");
        let screen = terminal.screen();
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
    let mut terminal = Session::open_through(&office, &common::other_user());
    terminal.wait_for("/ 20 ");
    terminal.wait_for("Kartoteka  READ-ONLY ");
    terminal.wait_for("read-only (no permission to write clients.db): you can look, changes are refused");
    // The second client, not in the last column.
    terminal.keys("j>");
    terminal.wait_for("error: the client file is read-only (no permission to write clients.db): nothing was changed");
    terminal.keys("q");
    assert!(terminal.exit_status("q").success());
    assert_eq!(office.bytes(), before, "the file is unchanged");
    assert!(common::sidecars(&office.file).is_empty());
    // No daily backup is attempted beside a file that may not be written.
    assert!(!office.dir.path().join("backups").exists());
}
