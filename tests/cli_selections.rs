//! Saved selections used by list, export and the agenda, and a mailing
//! recorded in the history of each client of one.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, names};

fn office() -> Office {
    let office = Office::new();
    office.add_client(&["--name", "Иванов", "--city", "Санкт-Петербург", "--tag", "tender", "--industry", "Retail"]);
    office.add_client(&["--name", "Петров", "--city", "Санкт-Петербург"]);
    office.add_client(&["--name", "Muñoz", "--city", "Madrid", "--tag", "Tender"]);
    office.ok(&[
        "add",
        "order",
        "иванов",
        "--date",
        "2026-10-01",
        "--amount",
        "100",
        "--product",
        "Laptop Pro",
        "--paid",
    ]);
    office.ok(&["add", "person", "петров", "--name", "Пётр Петров", "--birthday", "02.12.1980"]);
    office.ok(&["log", "muñoz", "--kind", "call_out", "--summary", "Hello", "--at", "2026-11-20 10:00"]);
    office
}

#[test]
fn a_saved_selection_chooses_in_list_export_and_agenda() {
    let office = office();
    let out = office.ok(&["selection", "save", "Piter", "--city", "санкт-петербург"]);
    assert_eq!(out.trim(), "selection 'Piter' saved: 2 clients now");
    assert_eq!(names(&office.json(&["list", "--selection", "piter"])), ["Иванов", "Петров"]);
    // A filter given beside the selection narrows it further.
    assert_eq!(names(&office.json(&["list", "--selection", "Piter", "--tag", "TENDER"])), ["Иванов"]);
    let csv = office.ok(&["export", "--selection", "Piter"]);
    assert!(csv.contains("Иванов") && csv.contains("Петров") && !csv.contains("Muñoz"), "{csv}");
    // Saving the same name again replaces it.
    let out = office.ok(&["selection", "save", "piter", "--city", "Санкт-Петербург", "--bought", "laptop pro"]);
    assert_eq!(out.trim(), "selection 'piter' replaced: 1 client now");
    let listed = office.json(&["selection", "list"]);
    assert_eq!(listed[0]["name"], "piter");
    assert_eq!(listed[0]["filters"]["bought"], "laptop pro");
    assert_eq!(listed[0]["clients"], 1);
    let text = office.ok(&["selection", "list"]);
    assert!(text.contains("--bought laptop pro --city Санкт-Петербург"), "{text}");

    // The agenda of a selection: Петров's planned call is not in it.
    office.ok(&[
        "log",
        "петров",
        "--kind",
        "call_out",
        "--summary",
        "x",
        "--next",
        "2026-11-24",
        "--at",
        "2026-11-01 10:00",
    ]);
    office.ok(&[
        "log",
        "иванов",
        "--kind",
        "call_out",
        "--summary",
        "x",
        "--next",
        "2026-11-25",
        "--at",
        "2026-11-01 10:00",
    ]);
    let agenda = office.json(&["agenda", "--selection", "piter"]);
    let kinds: Vec<(&str, &str)> =
        agenda.as_array().unwrap().iter().map(|i| (i["name"].as_str().unwrap(), i["kind"].as_str().unwrap())).collect();
    // Иванов's survey after its first sale (2026-10-01) is due too.
    assert_eq!(kinds, [("Иванов", "satisfaction"), ("Иванов", "next_contact")]);

    office.ok(&["selection", "delete", "PITER"]);
    let err = office.fails(&["list", "--selection", "piter"], 1);
    assert_eq!(
        err.trim(),
        "error: selection 'piter': no selection has this name; save one with `kartoteka selection save NAME --city …`"
    );
}

#[test]
fn every_filter_of_a_selection_narrows_the_list() {
    let office = office();
    let list = |args: &[&str]| {
        let mut all = vec!["list"];
        all.extend_from_slice(args);
        names(&office.json(&all))
    };
    assert_eq!(list(&["--tag", "#tender"]), ["Muñoz", "Иванов"]);
    assert_eq!(list(&["--industry", "retail"]), ["Иванов"]);
    assert_eq!(list(&["--bought", "Laptop Pro"]), ["Иванов"]);
    assert_eq!(list(&["--not-bought", "Laptop Pro"]), ["Muñoz", "Петров"]);
    assert_eq!(list(&["--birthday-month", "12"]), ["Петров"]);
    assert_eq!(list(&["--not-contacted-since", "2026-11-01"]), ["Иванов", "Петров"]);
    assert_eq!(list(&["--lifecycle", "new"]), ["Иванов"]);
    assert_eq!(list(&["--lifecycle", "potential"]), ["Muñoz", "Петров"]);
    assert_eq!(list(&["--abc", "a"]), ["Иванов"]);
    let err = office.fails(&["list", "--birthday-month", "13"], 1);
    assert_eq!(err.trim(), "error: birthday-month '13': expected a month number from 1 to 12");
    let err = office.fails(&["selection", "save", "all"], 1);
    assert!(err.contains("give at least one filter"), "{err}");
    let err = office.fails(&["selection", "save", "bad", "--column", "nowhere"], 1);
    assert!(err.contains("column 'nowhere'"), "{err}");
    assert!(office.json(&["selection", "list"]).as_array().unwrap().is_empty(), "a bad selection is not saved");
}

#[test]
fn a_mailing_is_recorded_once_per_client_of_the_selection() {
    let office = office();
    office.ok(&["selection", "save", "Piter", "--city", "Санкт-Петербург"]);
    let out = office.ok(&["mailing", "piter", "--summary", "Invitation to the St. Petersburg fair", "--dry-run"]);
    assert_eq!(out.trim(), "would record 'Invitation to the St. Petersburg fair' for 2 clients; nothing written");
    let out =
        office.ok(&["mailing", "piter", "--kind", "letter", "--summary", "Invitation to the St. Petersburg fair"]);
    assert_eq!(out.trim(), "'Invitation to the St. Petersburg fair' recorded in the history of 2 clients");
    let d = office.json(&["show", "петров"]);
    assert_eq!(d["contacts"][0]["summary"], "Invitation to the St. Petersburg fair");
    assert_eq!(d["contacts"][0]["kind"], "letter");
    assert_eq!(d["contacts"][0]["source"], "mailing");
    // Not a personal contact: the last contact stays as it was.
    assert!(d["client"]["last_contact"].is_null());
    assert!(office.json(&["show", "muñoz"])["contacts"].as_array().unwrap().iter().all(|c| c["source"] != "mailing"));
    let err = office.fails(&["mailing", "piter", "--kind", "fax", "--summary", "x"], 1);
    assert!(err.contains("kind 'fax'"), "{err}");
}
