//! The daily work from the command line: logging, moving along the Shiffman
//! columns, results, handovers, and who did it.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, hits, names};

#[test]
fn log_records_who_and_sets_next_contact() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    let id = office.ok(&[
        "log",
        "vector",
        "--kind",
        "call_out",
        "--summary",
        "Sent the offer",
        "--next",
        "fri",
        "--outcome",
        "reached",
    ]);
    assert_eq!(id.trim(), "1");
    let d = office.json(&["show", "vector"]);
    assert_eq!(d["contacts"][0]["next_contact"], "2026-11-27", "the Friday after Monday 2026-11-23");
    assert_eq!(d["contacts"][0]["outcome"], "reached");
    assert_eq!(d["contacts"][0]["at"], "2026-11-23T10:00:00");
    assert_eq!(d["client"]["last_contact"], "2026-11-23T10:00:00");
    // A contact on the planned day without a new date fulfils the plan.
    office.ok(&["log", "vector", "--kind", "call_out", "--summary", "Called", "--at", "2026-11-27 11:00"]);
    assert!(office.json(&["show", "vector"])["client"]["next_contact"].is_null());
    // --user names who is working; the salesperson record is made on first use.
    office.ok(&["--user", "Ирина Соколова", "log", "vector", "--kind", "meeting", "--summary", "Met"]);
    let d = office.json(&["show", "vector"]);
    let by: Vec<&str> = d["contacts"].as_array().unwrap().iter().map(|c| c["logged_by"].as_str().unwrap()).collect();
    assert!(by.contains(&"Ирина Соколова") && by.contains(&"Ana Popescu"), "{by:?}");
}

#[test]
fn advance_moves_one_column_and_records_every_move() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    assert_eq!(office.ok(&["advance", "vector"]).trim(), "interested");
    assert_eq!(office.ok(&["advance", "vector"]).trim(), "follow_up_1");
    assert_eq!(office.ok(&["advance", "vector", "--to", "follow_up_3"]).trim(), "follow_up_3");
    let err = office.fails(&["advance", "vector"], 1);
    assert!(err.contains("needs the result"), "{err}");
    let err = office.fails(&["advance", "vector", "--to", "follow-up 3"], 1);
    assert!(err.contains("already in this column"), "{err}");
    let moves = office.json(&["show", "vector"])["moves"].clone();
    let path: Vec<(&str, &str)> = moves
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["from"].as_str().unwrap_or("-"), m["to"].as_str().unwrap()))
        .collect();
    assert_eq!(
        path,
        [
            ("-", "prospects"),
            ("prospects", "interested"),
            ("interested", "follow_up_1"),
            ("follow_up_1", "follow_up_3")
        ]
    );
    assert!(moves.as_array().unwrap().iter().all(|m| m["at"] == "2026-11-23T10:00:00" && m["by"] == "Ana Popescu"));
}

#[test]
fn result_needs_a_reason_when_lost() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    let err = office.fails(&["result", "vector", "lost"], 1);
    assert!(err.contains("reason"), "{err}");
    assert_eq!(office.json(&["show", "vector"])["client"]["column"], "prospects");
    office.ok(&["result", "vector", "lost", "--reason", "chose a competitor"]);
    let d = office.json(&["show", "vector"]);
    assert_eq!(d["client"]["column"], "result");
    assert_eq!(d["client"]["result"], "lost");
    assert_eq!(d["client"]["result_reason"], "chose a competitor");
    assert_eq!(d["moves"][1]["result"], "lost");
    // A later result replaces it; moving back out of result clears it.
    office.ok(&["result", "vector", "later"]);
    assert_eq!(office.json(&["show", "vector"])["client"]["result"], "later");
    office.ok(&["advance", "vector", "--to", "follow_up_2"]);
    let d = office.json(&["show", "vector"]);
    assert!(d["client"]["result"].is_null());
    assert_eq!(d["moves"].as_array().unwrap().len(), 4);
}

#[test]
fn handover_passes_every_client_and_records_it() {
    let office = Office::new();
    office.add_client(&["--name", "A", "--manager", "Ion Popa"]);
    office.add_client(&["--name", "B", "--manager", "Ion Popa"]);
    office.add_client(&["--name", "C", "--manager", "Ana Popescu"]);
    assert_eq!(
        office.ok(&["handover", "ion popa", "Mihai Ionescu"]).trim(),
        "2 clients passed from ion popa to Mihai Ionescu"
    );
    assert_eq!(names(&office.json(&["list", "--manager", "Mihai Ionescu"])), ["A", "B"]);
    assert!(names(&office.json(&["list", "--manager", "Ion Popa"])).is_empty());
    let changes = office.json(&["show", "A"])["changes"].clone();
    assert_eq!(changes[0]["what"], "manager");
    assert_eq!(changes[0]["before"], "Ion Popa");
    assert_eq!(changes[0]["after"], "Mihai Ionescu");
    assert_eq!(changes[0]["by"], "Ana Popescu");
    let err = office.fails(&["handover", "Nobody", "Ana Popescu"], 1);
    assert!(err.contains("from 'Nobody': no such salesperson"), "{err}");
    let err = office.fails(&["handover", "Ana Popescu", "ANA POPESCU"], 1);
    assert!(err.contains("same salesperson"), "{err}");
}

#[test]
fn demo_writes_a_realistic_file_and_never_the_default_one() {
    let office = Office::empty();
    let r =
        common::collect(office.command_without_file().args(["demo", "--no-tui", "--clients", "60"]).output().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("demo file"), "{}", r.stderr);
    assert!(!office.file.exists(), "without --file the demo goes to a new temporary file, not --file's default");
    let demo = std::fs::read_dir(office.dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("the demo file in TMPDIR");
    assert!(r.stderr.contains(&demo.display().to_string()), "prints the path: {}", r.stderr);

    office.ok(&["demo", "--no-tui", "--clients", "60", "--file", office.file.to_str().unwrap()]);
    let list = office.json(&["list"]);
    assert_eq!(list.as_array().unwrap().len(), 60);
    let err = office.fails(&["demo", "--no-tui", "--file", office.file.to_str().unwrap()], 1);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn the_default_file_is_created_on_first_use_in_the_data_directory() {
    let office = Office::empty();
    let data = office.dir.path().join("data");
    let run = |args: &[&str]| {
        common::collect(
            office
                .command_without_file()
                .env("XDG_DATA_HOME", &data)
                .env("HOME", office.dir.path())
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let r = run(&["add", "client", "--name", "First"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let default = data.join("kartoteka").join("kartoteka.db");
    assert!(default.exists(), "expected {}", default.display());
    assert!(run(&["list"]).stdout.contains("First"));
}

#[test]
fn kartoteka_file_names_the_file_too() {
    let office = Office::new();
    office.add_client(&["--name", "Chosen"]);
    let out =
        office.command_without_file().env("KARTOTEKA_FILE", &office.file).args(["list", "--json"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Chosen"));
}

#[test]
fn the_config_file_names_the_user_when_nothing_else_does() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    let config = office.dir.path().join("config.toml");
    std::fs::write(&config, "user = \"Lucía Navarro\"\n").unwrap();
    let out = office
        .command()
        .env_remove("KARTOTEKA_USER")
        .env("KARTOTEKA_CONFIG", &config)
        .args(["log", "vector", "--kind", "email", "--summary", "Sent the catalogue"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(office.json(&["show", "vector"])["contacts"][0]["logged_by"], "Lucía Navarro");
    std::fs::write(&config, "usr = \"typo\"\n").unwrap();
    let out = office.command().env("KARTOTEKA_CONFIG", &config).args(["list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("unknown field `usr`"), "unknown keys are reported: {err}");
}

#[test]
fn a_mistake_in_the_keys_file_is_reported_before_the_interface_starts() {
    let office = Office::new();
    let keys = office.dir.path().join("keys.toml");
    std::fs::write(&keys, "[main]\nx = \"move_right\"\nz = \"move_rigth\"\n").unwrap();
    let r = common::collect(office.command().output().unwrap());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stderr.trim(), format!("error: {} line 3: unknown action 'move_rigth' for key z", keys.display()));
    // Nor does the demo write a file it could not show.
    let demo = office.dir.path().join("demo.db");
    let r = common::collect(
        office.command_without_file().args(["demo", "--clients", "5", "--file"]).arg(&demo).output().unwrap(),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!demo.exists());
}

#[test]
fn history_lists_every_recorded_change_newest_first() {
    let office = Office::new();
    office.add_client(&["--name", "Иванов ООО", "--manager", "Ion Popa"]);
    office.ok(&[
        "log",
        "Иванов",
        "--kind",
        "call_out",
        "--summary",
        "Asked for prices",
        "--at",
        "2026-11-20 09:30",
        "--next",
        "2026-11-27",
    ]);
    office.ok(&["advance", "Иванов"]);
    office.ok(&["handover", "Ion Popa", "Mihai Ionescu"]);
    let history = office.json(&["history", "Иванов"]);
    let entries: Vec<(String, String, String, String)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let text = |k: &str| e[k].as_str().unwrap_or("").to_string();
            (text("at"), text("what"), text("before"), text("after"))
        })
        .collect();
    let at_now = "2026-11-23T10:00:00".to_string();
    assert_eq!(
        entries,
        [
            (at_now.clone(), "manager".into(), "Ion Popa".into(), "Mihai Ionescu".into()),
            (at_now.clone(), "move".into(), "Prospects".into(), "Interested".into()),
            (at_now.clone(), "move".into(), "".into(), "Prospects".into()),
            ("2026-11-20T09:30:00".into(), "call out".into(), "".into(), "Asked for prices → 2026-11-27".into()),
        ]
    );
    assert!(history.as_array().unwrap().iter().all(|e| e["by"] == "Ana Popescu"), "{history}");
    let text = office.ok(&["history", "Иванов"]);
    assert!(text.starts_with("Иванов ООО (#1)\nwhen"), "{text}");
    assert!(text.trim_end().ends_with("4 entries"), "{text}");
    let err = office.fails(&["history", "Nobody"], 1);
    assert!(err.contains("client 'Nobody'"), "{err}");
}

#[test]
fn erase_forgets_a_client_down_to_the_bytes() {
    let office = Office::new();
    let phone = "+40 799 123 987";
    let id = office.add_client(&["--name", "Ștefănescu Privat", "--phone", phone, "--city", "Iași"]);
    office.ok(&["add", "person", &id, "--name", "Elena Ștefănescu", "--phone", phone]);
    office.ok(&["log", &id, "--kind", "call_out", "--summary", "Called Elena on +40 799 123 987"]);
    office.add_client(&["--name", "Kept SRL", "--phone", "+40 700 000 001"]);
    // Another program holds the file open, so that its log stays beside it.
    let reader = rusqlite::Connection::open(&office.file).unwrap();
    reader.query_row("SELECT count(*) FROM clients", [], |r| r.get::<_, i64>(0)).unwrap();

    let err = office.fails(&["erase", &id], 1);
    assert!(err.contains("cannot be undone") && err.contains("add --yes"), "{err}");
    assert_eq!(names(&office.json(&["list"])).len(), 2, "nothing erased without --yes");

    let said = office.ok(&["erase", &id, "--yes"]);
    assert!(said.starts_with("erased Ștefănescu Privat (#1) with 1 person, 1 contact, 0 orders"), "{said}");
    assert!(said.contains("cannot be undone") && said.contains("backups"), "{said}");
    assert_eq!(names(&office.json(&["list"])), ["Kept SRL"]);
    let err = office.fails(&["history", &id], 1);
    assert!(err.contains("client '1'"), "{err}");

    let wal = office.file.with_file_name("clients.db-wal");
    let needles = [phone, "799 123 987", "799123987", "Ștefănescu Privat", "Elena"];
    let found = hits(&office.file, &needles) + hits(&wal, &needles);
    println!("plaintext hits {found}");
    assert_eq!(found, 0);
    assert!(hits(&office.file, &["Kept SRL"]) + hits(&wal, &["Kept SRL"]) > 0, "the search can find a name");
    drop(reader);
}
