//! The journal on the real binary: `delete` and `undo`, a whole import and
//! a merge taken back as one step, and an undo refused when a later step
//! built on it.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, names};
use serde_json::Value;

/// What a user sees of a client — card, persons, contacts, orders — less
/// the counters every write moves on.
fn card(office: &Office, client: &str) -> Value {
    let mut d = office.json(&["show", client]);
    for key in ["version", "updated_at"] {
        d["client"].as_object_mut().unwrap().remove(key);
    }
    for key in ["changes", "moves"] {
        d.as_object_mut().unwrap().remove(key);
    }
    d
}

/// The step number a message ends with (`… as step 7; …`).
fn step_in(said: &str, after: &str) -> String {
    let from = said.find(after).unwrap() + after.len();
    said[from..].chars().take_while(char::is_ascii_digit).collect()
}

#[test]
fn a_deleted_client_comes_back_whole_with_undo() {
    let office = Office::new();
    let id = office.add_client(&["--name", "Ștefănescu SRL", "--city", "Brașov", "--phone", "+40 721 000 111"]);
    office.ok(&["add", "person", &id, "--name", "Ion Ștefănescu", "--position", "director"]);
    office.ok(&["add", "order", &id, "--date", "2026-10-01", "--amount", "1234,50", "--product", "Ciment"]);
    office.ok(&["log", &id, "--kind", "call_out", "--summary", "ofertă trimisă"]);
    let before = card(&office, &id);

    let said = office.ok(&["delete", "Ștefănescu"]);
    let step = step_in(&said, "as step ");
    assert_eq!(said, format!("deleted Ștefănescu SRL (#1) as step {step}; `kartoteka undo {step}` brings it back\n"));
    assert!(names(&office.json(&["list"])).is_empty());
    let journal = office.ok(&["journal", "1"]);
    let lines: Vec<&str> = journal.lines().collect();
    assert_eq!(lines[0], "step  when              by           what        client               rows  undone");
    assert_eq!(lines[1], format!("{step}     2026-11-23 10:00  Ana Popescu  delete      Ștefănescu SRL (#1)  6"));
    assert_eq!(lines[5], "1     2026-11-23 10:00  Ana Popescu  new client  Ștefănescu SRL (#1)  4", "named as it was");
    assert_eq!(lines[6], "5 steps; `kartoteka undo STEP` takes one back");

    let said = office.ok(&["undo"]);
    let by = step_in(&said, "as step ");
    assert_eq!(
        said,
        format!(
            "undone step {step} (delete of Ștefănescu SRL, 2026-11-23 10:00 by Ana Popescu) as step {by}; `kartoteka undo {by}` puts it back\n"
        )
    );
    assert_eq!(card(&office, "1"), before, "card, person, order and call all back");
    let history = office.json(&["history", "1"]);
    assert_eq!(history[0]["what"], "undo", "{history}");
    assert_eq!(history[0]["before"], "delete (2026-11-23 10:00 by Ana Popescu)");
    let steps = office.json(&["journal", "1"]);
    assert_eq!(steps[1]["undone_by"].as_i64().unwrap().to_string(), by);

    // The undo is a step too: undoing it deletes the client again.
    office.ok(&["undo", &by]);
    assert!(names(&office.json(&["list"])).is_empty());
    office.ok(&["check"]);
}

#[test]
fn a_whole_import_is_undone_as_one_step() {
    let office = Office::new();
    office.add_client(&["--name", "Vector SRL", "--city", "Cluj", "--phone", "+40 721 123 456"]);
    let vector = card(&office, "1");
    let csv = office.dir.path().join("clienți.csv");
    std::fs::write(
        &csv,
        "Denumire;Oraș;Telefon\nVector SRL;Cluj-Napoca;+40 721 123 456\nМуньос Импорт;Москва;+7 495 111 22 33\nMuñoz y Hijos;Sevilla;+34 954 000 111\n",
    )
    .unwrap();
    let out = office.ok(&["import", csv.to_str().unwrap()]);
    assert!(out.starts_with("created 2, updated 1,"), "{out}");
    let steps = office.json(&["journal", "--limit", "1"]);
    assert_eq!(steps[0]["what"], "import clienți.csv");

    office.ok(&["undo", &steps[0]["id"].to_string()]);
    assert_eq!(names(&office.json(&["list"])), ["Vector SRL"], "the two it created are gone");
    assert_eq!(card(&office, "1"), vector, "the one it updated is as it was");
    // Imported again, it is the same import as the first time.
    assert!(office.ok(&["import", csv.to_str().unwrap()]).starts_with("created 2, updated 1,"));
    office.ok(&["check"]);
}

#[test]
fn an_import_is_not_undone_over_a_call_logged_since_with_a_client_it_added() {
    let office = Office::new();
    let csv = office.dir.path().join("lista.csv");
    let rows: String = (1..=300).map(|i| format!("Иванов и сыновья {i};Москва;+7 495 000 {i:04}\n")).collect();
    std::fs::write(&csv, format!("Наименование;Город;Телефон\n{rows}")).unwrap();
    assert!(office.ok(&["import", csv.to_str().unwrap()]).starts_with("created 300,"));
    let import = office.json(&["journal", "--limit", "1"])[0]["id"].to_string();
    office.ok(&["log", "Иванов и сыновья 117", "--kind", "call_out", "--summary", "прайс отправлен"]);
    let before = office.bytes();

    let err = office.fails(&["undo", &import], 1);
    assert!(err.contains("a row it added was changed or removed since"), "{err}");
    assert!(err.contains("(contact of Иванов и сыновья 117,") && err.contains("undo that first"), "{err}");
    assert_eq!(office.bytes(), before, "nothing was changed");
    // The call undone first, the import goes.
    office.ok(&["undo"]);
    office.ok(&["undo", &import]);
    assert!(office.json(&["list"]).as_array().unwrap().is_empty());
    office.ok(&["check"]);
}

#[test]
fn a_merge_is_undone_as_one_step() {
    let office = Office::new();
    office.add_client(&["--name", "Vector SRL", "--city", "Cluj", "--phone", "+40 721 123 456"]);
    office.add_client(&["--name", "VECTOR S.R.L.", "--city", "Cluj", "--email", "office@vector.ro"]);
    office.ok(&["add", "person", "2", "--name", "Maria Pop"]);
    office.ok(&["log", "2", "--kind", "meeting", "--summary", "la expoziție"]);
    let (one, two) = (card(&office, "1"), card(&office, "2"));

    office.ok(&["merge", "1", "2"]);
    assert_eq!(names(&office.json(&["list"])), ["Vector SRL"]);
    let said = office.ok(&["undo"]);
    assert!(said.starts_with("undone step 5 (merge of Vector SRL,"), "{said}");
    assert_eq!((card(&office, "1"), card(&office, "2")), (one, two), "both as they were, each with its own");
    office.ok(&["check"]);
}

#[test]
fn an_undo_a_later_step_built_on_is_refused_and_changes_nothing() {
    let office = Office::new();
    office.add_client(&["--name", "Agro Sud"]);
    office.ok(&["advance", "Agro Sud"]);
    office.ok(&["advance", "Agro Sud"]);
    let before = office.bytes();
    let err = office.fails(&["undo", "2"], 1);
    assert_eq!(
        err,
        "error: cannot undo step 2 (move of Agro Sud, 2026-11-23 10:00 by Ana Popescu): a value it changed was changed \
         again since (by step 3 (move of Agro Sud, 2026-11-23 10:00 by Ana Popescu); undo that first); nothing was changed\n"
    );
    assert_eq!(office.bytes(), before);

    // Newest first, they both go.
    office.ok(&["undo"]);
    office.ok(&["undo"]);
    assert_eq!(office.json(&["show", "1"])["client"]["column"], "prospects");
    let err = office.fails(&["undo", "2"], 1);
    assert!(err.contains("step 2 (move of Agro Sud") && err.contains("already undone by step 5"), "{err}");
}

#[test]
fn undo_says_what_it_cannot_find() {
    let office = Office::new();
    let err = office.fails(&["undo"], 1);
    assert_eq!(err, "error: step: you have no step to undo; `kartoteka journal` lists everyone's\n");
    let err = office.fails(&["undo", "99"], 1);
    assert_eq!(err, "error: there is no step 99 in the journal; `kartoteka journal` lists them\n");
    assert_eq!(office.ok(&["journal"]), "0 steps; `kartoteka undo STEP` takes one back\n");
    let err = office.fails(&["delete", "Nobody"], 1);
    assert!(err.contains("client 'Nobody': no client matches"), "{err}");
}
