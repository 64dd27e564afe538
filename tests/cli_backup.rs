//! Backups, restore and check from the command line: a consistent copy
//! while another process writes, never a half-written backup, a restore
//! that keeps the file as it was, and the file's own check.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use common::Office;

fn clients(office: &Office, file: &Path) -> usize {
    let out = office.command_without_file().arg("--file").arg(file).args(["list", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    list.as_array().unwrap().len()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_backup_is_consistent_and_checked_while_another_process_writes() {
    let office = Office::empty();
    office.ok(&["demo", "--no-tui", "--clients", "300", "--file", office.file.to_str().unwrap()]);
    let stop = AtomicBool::new(false);
    let (written, took) = std::thread::scope(|s| {
        // Another process logs calls the whole time.
        let writer = s.spawn(|| {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                office.ok(&["log", "1", "--kind", "call_out", "--summary", &format!("call {n}")]);
                n += 1;
            }
            n
        });
        let mut took = Vec::new();
        for i in 0..3 {
            let dest = office.dir.path().join(format!("copy-{i}.db"));
            let started = std::time::Instant::now();
            let out = office.ok(&["backup", dest.to_str().unwrap()]);
            took.push(started.elapsed().as_secs_f64());
            assert!(out.starts_with(&format!("backup written: {}", dest.display())), "{out}");
        }
        stop.store(true, Ordering::Relaxed);
        (writer.join().unwrap(), took)
    });
    for i in 0..3 {
        let copy = office.dir.path().join(format!("copy-{i}.db"));
        let run = office.command_without_file().arg("--file").arg(&copy).arg("check").output().unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stdout));
        assert_eq!(clients(&office, &copy), 300);
        #[cfg(unix)]
        assert_eq!(mode(&copy), 0o600);
    }
    // No temporary name is left anywhere.
    let names: Vec<String> = std::fs::read_dir(office.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    let slowest = took.iter().copied().fold(0.0, f64::max);
    println!(
        "3 backups of the 300-client demo under a concurrent writer ({written} calls logged meanwhile): slowest {slowest:.2} s, all checked"
    );
    assert!(written > 0, "the writer ran during the backups");
}

#[test]
fn backups_go_beside_the_file_and_never_overwrite() {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL"]);
    let out = office.ok(&["backup"]);
    let backups = office.dir.path().join("backups");
    let made = backups.join("clients-2026-11-23-100000.db");
    // The size and the time it took follow the path.
    assert!(out.starts_with(&format!("backup written: {} ({}, ", made.display(), size(&made))), "{out}");
    #[cfg(unix)]
    assert_eq!(mode(&backups), 0o700);
    let listed = office.ok(&["backups"]);
    assert!(listed.contains("clients-2026-11-23-100000.db") && listed.contains("1 backup in"), "{listed}");
    // The same second again: refused with one line, the backup untouched.
    let before = std::fs::read(&made).unwrap();
    let err = office.fails(&["backup"], 1);
    assert_eq!(
        err,
        format!("error: {} already exists; a backup never overwrites a file, choose another name\n", made.display())
    );
    assert_eq!(std::fs::read(&made).unwrap(), before);
}

fn size(path: &Path) -> String {
    format!("{} KB", std::fs::metadata(path).unwrap().len().div_ceil(1024))
}

#[test]
fn restore_puts_a_backup_back_and_keeps_the_file_as_it_was() {
    let office = Office::new();
    office.add_client(&["--name", "Иванов"]);
    let copy = office.dir.path().join("one.db");
    office.ok(&["backup", copy.to_str().unwrap()]);
    office.add_client(&["--name", "Muñoz"]);
    assert_eq!(clients(&office, &office.file), 2);

    let out = office.ok(&["restore", copy.to_str().unwrap()]);
    let saved = office.dir.path().join("backups/clients-2026-11-23-100000-before-restore.db");
    assert_eq!(out, format!("restored {}; the file as it was is saved as {}\n", copy.display(), saved.display()));
    assert_eq!(clients(&office, &office.file), 1);
    assert_eq!(clients(&office, &saved), 2, "the file as it was, Muñoz included");

    // A bad backup is refused before anything is touched.
    let bad = office.dir.path().join("bad.db");
    std::fs::write(&bad, "name;city\nMuñoz;Madrid\n").unwrap();
    let before = office.bytes();
    let err = office.fails(&["restore", bad.to_str().unwrap()], 1);
    assert!(err.contains("is not a client file") && err.lines().count() == 1, "{err}");
    assert_eq!(office.bytes(), before);
}

#[test]
fn check_reports_the_files_own_rules() {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL"]);
    office.ok(&["advance", "ștefănescu"]);
    assert_eq!(office.ok(&["check"]), "integrity: ok\nforeign keys: ok\none column each: ok\nsearch keys: ok\n");
    // Changed behind Kartoteka's back: a stale search key and a client out of its column.
    let conn = rusqlite::Connection::open(&office.file).unwrap();
    conn.execute_batch("UPDATE clients SET search_key = 'x', column_name = 'prospects'").unwrap();
    drop(conn);
    let run = office.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "integrity: ok\nforeign keys: ok\none column each: 1 problem\n  client 1 is in prospects but its last move was to interested\nsearch keys: 1 problem\n  client 1: search keys out of date\n"
    );
    assert!(run.stderr.starts_with("error: the client file has problems"), "{}", run.stderr);
    // The same as JSON: each check by name with its problems.
    let json: serde_json::Value = serde_json::from_str(&office.run(&["check", "--json"]).stdout).unwrap();
    assert_eq!(json["checks"][3]["name"], "search keys");
    assert_eq!(json["checks"][3]["problems"], serde_json::json!(["client 1: search keys out of date"]));
}
