//! Greetings from the command line: the persons to greet on birthdays and
//! holidays with their phones and e-mails, the holidays file, and marking
//! one greeted in the client's history.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;
use serde_json::Value;

/// (date, occasion key, client, person) of each greeting, in order.
fn greetings(list: &Value) -> Vec<(String, String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    list.as_array()
        .unwrap()
        .iter()
        .map(|g| (text(&g["date"]), text(&g["occasion"]), text(&g["name"]), text(&g["person"])))
        .collect()
}

fn row(date: &str, occasion: &str, client: &str, person: &str) -> (String, String, String, String) {
    (date.into(), occasion.into(), client.into(), person.into())
}

/// A file on 2026-11-23 with clients in several categories, a decision-maker,
/// a private client and a birthday on Wednesday.
fn office() -> Office {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL", "--category", "gold", "--manager", "Ana Popescu"]);
    office.ok(&["add", "person", "ștefănescu", "--name", "Maria Pop", "--position", "contabil"]);
    office.ok(&[
        "add",
        "person",
        "ștefănescu",
        "--name",
        "Ion Ștefănescu",
        "--position",
        "director",
        "--decision-maker",
        "--phone",
        "+40 721 000 111",
        "--email",
        "ion@stefanescu.ro",
        "--birthday",
        "25.11.1966",
    ]);
    office.add_client(&["--name", "Иванов Пётр", "--private", "--category", "green", "--email", "p.ivanov@mail.ru"]);
    office.add_client(&["--name", "Muñoz", "--category", "red_green", "--city", "Madrid"]);
    office.add_client(&["--name", "Nuevo", "--city", "Madrid"]);
    office
}

#[test]
fn a_birthday_lists_the_person_with_phone_and_e_mail() {
    let office = office();
    let list = office.json(&["greetings"]);
    assert_eq!(greetings(&list), [row("2026-11-25", "birthday:2", "Ștefănescu SRL", "Ion Ștefănescu")]);
    let g = &list[0];
    assert_eq!(g["kind"], "birthday");
    assert_eq!(g["title"], "Ion Ștefănescu turns 60");
    assert_eq!(g["position"], "director");
    assert_eq!(g["phones"], serde_json::json!(["+40 721 000 111"]));
    assert_eq!(g["emails"], serde_json::json!(["ion@stefanescu.ro"]));

    let text = office.ok(&["greetings"]);
    assert!(text.contains("in 2 days") && text.contains("+40 721 000 111"), "{text}");
    assert!(text.ends_with("1 to greet; 2026-11-23 – 2026-11-30; mark one with: kartoteka greet CLIENT OCCASION\n"));
}

#[test]
fn new_year_greets_the_decision_makers_of_clients_in_touch() {
    let office = office();
    let list = office.json(&["greetings", "--days", "40"]);
    // Gold and green are greeted; red-green (refused) and white (just entered) are not.
    // A company is greeted through its decision-maker, a private client as itself.
    assert_eq!(
        greetings(&list),
        [
            row("2026-11-25", "birthday:2", "Ștefănescu SRL", "Ion Ștefănescu"),
            row("2027-01-01", "holiday:new_year", "Ștefănescu SRL", "Ion Ștefănescu"),
            row("2027-01-01", "holiday:new_year", "Иванов Пётр", ""),
        ]
    );
    // A private client's own e-mail is its contact.
    assert_eq!(list[2]["emails"], serde_json::json!(["p.ivanov@mail.ru"]));
    // One salesperson's clients only.
    let mine = office.json(&["greetings", "--days", "40", "--manager", "Ana Popescu"]);
    assert_eq!(greetings(&mine), greetings(&list)[..2]);
}

#[test]
fn greeting_is_recorded_in_the_history_and_leaves_the_list() {
    let office = office();
    office.ok(&["greet", "ștefănescu", "birthday", "--kind", "call_out", "--summary", "La mulți ani!"]);
    assert!(office.json(&["greetings"]).as_array().unwrap().is_empty());
    let card = office.json(&["show", "ștefănescu"]);
    let contact = &card["contacts"][0];
    assert_eq!((contact["kind"].as_str(), contact["summary"].as_str()), (Some("call_out"), Some("La mulți ani!")));
    assert_eq!(contact["person"], "Ion Ștefănescu");

    // Greeted twice, or an occasion that is not due: one line, nothing written.
    let before = office.bytes();
    let err = office.fails(&["greet", "ștefănescu", "birthday"], 1);
    assert!(err.starts_with("error: occasion: 'birthday' is not to greet for this client"), "{err}");
    let err = office.fails(&["greet", "иванов", "new_year", "--kind", "fax"], 1);
    assert!(err.contains("kind 'fax'"), "{err}");
    assert_eq!(office.bytes(), before);

    // New Year, a holiday's key, greeted ahead of the day.
    let later = |args: &[&str]| {
        common::collect(office.command().env("KARTOTEKA_NOW", "2026-12-28 10:00").args(args).output().unwrap())
    };
    let run = later(&["greet", "иванов", "new_year", "--kind", "email"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "greeted: New Year — Иванов Пётр (2027-01-01)\n");
    let left: Value = serde_json::from_str(&later(&["greetings", "--json"]).stdout).unwrap();
    assert_eq!(greetings(&left), [row("2027-01-01", "holiday:new_year", "Ștefănescu SRL", "Ion Ștefănescu")]);
}

#[test]
fn the_holidays_file_names_the_days_and_whom_they_are_for() {
    let office = office();
    office.ok(&["selection", "save", "Madrid", "--city", "Madrid"]);
    let holidays = office.dir.path().join("holidays.toml");
    std::fs::write(
        &holidays,
        "[[holiday]]\nkey = \"fair\"\nname = \"Fair in Madrid\"\ndate = \"2026-11-27\"\n\
         categories = [\"white\", \"red_green\"]\nselection = \"madrid\"\n",
    )
    .unwrap();
    let list = office.json(&["greetings"]);
    assert_eq!(
        greetings(&list),
        [
            row("2026-11-25", "birthday:2", "Ștefănescu SRL", "Ion Ștefănescu"),
            row("2026-11-27", "holiday:fair", "Muñoz", ""),
            row("2026-11-27", "holiday:fair", "Nuevo", ""),
        ]
    );
    // The file replaces the defaults: no New Year.
    assert_eq!(office.json(&["greetings", "--days", "40"]).as_array().unwrap().len(), 3);

    // A bad file is one line naming the file, the holiday and the field.
    std::fs::write(&holidays, "[[holiday]]\nkey = \"fair\"\nname = \"Fair\"\ndate = \"31.11\"\n").unwrap();
    let err = office.fails(&["greetings"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("holidays.toml") && err.contains("holiday 'fair': date: '31.11'"), "{err}");
    // A selection that is not there is named too.
    std::fs::write(
        &holidays,
        "[[holiday]]\nkey = \"fair\"\nname = \"Fair\"\ndate = \"11-27\"\nselection = \"Nowhere\"\n",
    )
    .unwrap();
    let err = office.fails(&["greetings"], 1);
    assert!(err.contains("holiday 'fair'") && err.contains("Nowhere"), "{err}");
}
