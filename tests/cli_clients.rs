//! The command line on a real client file: adding, listing, showing, and
//! refusing bad input without writing anything.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, names};

#[test]
fn a_missing_file_is_never_created_by_an_ordinary_command() {
    let office = Office::empty();
    let err = office.fails(&["list"], 1);
    assert!(err.contains("there is no client file at"), "{err}");
    assert!(err.contains("kartoteka init"), "says how to create one: {err}");
    assert!(!office.file.exists());
}

#[test]
fn init_creates_once_and_refuses_to_overwrite() {
    let office = Office::empty();
    assert!(office.ok(&["init"]).contains("created an empty client file"));
    let before = office.bytes();
    let err = office.fails(&["init"], 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(before, office.bytes());
}

#[cfg(unix)]
#[test]
fn the_client_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let office = Office::new();
    let mode = |path: &str| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let file = office.file.display().to_string();
    assert_eq!(mode(&file), 0o600);
    // While another program holds the file open its log stays beside it:
    // the log and the shared memory are as private as the file.
    let reader = rusqlite::Connection::open(&office.file).unwrap();
    reader.query_row("SELECT count(*) FROM clients", [], |r| r.get::<_, i64>(0)).unwrap();
    office.add_client(&["--name", "Иванов"]);
    for sidecar in ["-wal", "-shm"] {
        assert_eq!(mode(&format!("{file}{sidecar}")), 0o600, "{sidecar}");
    }
}

#[test]
fn add_client_prints_the_id_and_list_shows_it() {
    let office = Office::new();
    let id = office.add_client(&[
        "--name",
        "Carpați SRL",
        "--city",
        "Brașov",
        "--phone",
        "+40 722 000 111",
        "--email",
        "office@carpati.ro",
        "--industry",
        "Construction",
        "--source",
        "exhibition",
        "--manager",
        "Mihai Ionescu",
        "--category",
        "grey",
        "--tag",
        "vip",
        "--tag",
        "tender",
    ]);
    assert_eq!(id, "1");
    let list = office.json(&["list"]);
    let c = &list[0];
    assert_eq!(c["id"], 1);
    assert_eq!(c["name"], "Carpați SRL");
    assert_eq!(c["city"], "Brașov");
    assert_eq!(c["column"], "prospects");
    assert_eq!(c["category"], "grey");
    assert_eq!(c["manager"], "Mihai Ionescu");
    assert!(c["next_contact"].is_null());
    let text = office.ok(&["list"]);
    assert!(text.starts_with("id  name"), "{text}");
    assert!(text.contains("1 of 1 client"), "{text}");
}

#[test]
fn sorting_puts_accented_names_among_their_letters() {
    let office = Office::new();
    for name in ["Zorro SA", "Øster ApS", "Ștefănescu SRL", "Oprea", "Álvarez S.L.", "Banca", "Smith Ltd"] {
        office.add_client(&["--name", name]);
    }
    assert_eq!(
        names(&office.json(&["list"])),
        ["Álvarez S.L.", "Banca", "Oprea", "Øster ApS", "Smith Ltd", "Ștefănescu SRL", "Zorro SA"]
    );
}

#[test]
fn search_folds_case_and_diacritics_and_finds_phones() {
    let office = Office::new();
    office.add_client(&["--name", "Иванов Андрей", "--phone", "+7 916 555-12-34"]);
    office.add_client(&["--name", "Ștefănescu SRL"]); // comma below
    office.add_client(&["--name", "Ştefănescu Ana"]); // cedilla
    office.add_client(&["--name", "Muñoz y Hijos", "--email", "pedidos@munoz.es"]);
    office.add_client(&["--name", "Фёдоров и партнёры"]);
    office.add_client(&["--name", "Smith Trading"]);
    office.ok(&["add", "person", "Smith Trading", "--name", "Jane Doe", "--phone", "+44 7700 900123"]);

    assert_eq!(names(&office.json(&["list", "иванов"])), ["Иванов Андрей"]);
    let mut stef = names(&office.json(&["list", "stefanescu"]));
    stef.sort();
    assert_eq!(stef, ["Ştefănescu Ana", "Ștefănescu SRL"]);
    assert_eq!(names(&office.json(&["list", "munoz"])), ["Muñoz y Hijos"]);
    assert_eq!(names(&office.json(&["list", "федоров"])), ["Фёдоров и партнёры"]);
    assert_eq!(names(&office.json(&["list", "9165551234"])), ["Иванов Андрей"]);
    assert_eq!(names(&office.json(&["list", "89165551234"])), ["Иванов Андрей"]);
    assert_eq!(names(&office.json(&["list", "pedidos@munoz"])), ["Muñoz y Hijos"]);
    assert_eq!(names(&office.json(&["list", "jane"])), ["Smith Trading"], "found by a person's name");
    assert_eq!(names(&office.json(&["list", "07700 900123"])), ["Smith Trading"], "by a person's phone");
    assert!(names(&office.json(&["list", "nobody-like-this"])).is_empty());
}

#[test]
fn list_filters_by_column_category_city_and_manager() {
    let office = Office::new();
    office.add_client(&["--name", "A", "--city", "Iași", "--manager", "Ana Popescu", "--category", "green"]);
    office.add_client(&["--name", "B", "--city", "IASI", "--manager", "Ion Popa"]);
    office.add_client(&["--name", "C", "--city", "Cluj"]);
    office.ok(&["advance", "C"]);
    assert_eq!(names(&office.json(&["list", "--city", "iasi"])), ["A", "B"]);
    assert_eq!(names(&office.json(&["list", "--manager", "ion popa"])), ["B"]);
    assert_eq!(names(&office.json(&["list", "--category", "green"])), ["A"]);
    assert_eq!(names(&office.json(&["list", "--column", "interested"])), ["C"]);
    let err = office.fails(&["list", "--column", "sideways"], 1);
    assert!(err.contains("column 'sideways'"), "{err}");
    let err = office.fails(&["list", "--manager", "Nobody"], 1);
    assert!(err.contains("manager 'Nobody': no such salesperson; known: Ana Popescu, Ion Popa"), "{err}");
}

#[test]
fn bad_input_names_field_and_value_and_writes_nothing() {
    let office = Office::new();
    office.add_client(&["--name", "Muñoz"]);
    let before = office.json(&["show", "1"]);
    let cases: &[(&[&str], &str)] = &[
        (&["add", "client", "--name", "  "], "name '  ': must not be empty"),
        (&["add", "client", "--name", "X", "--category", "purple"], "category 'purple'"),
        (
            &["add", "order", "1", "--date", "31.02.2025", "--amount", "10"],
            "date '31.02.2025': this date does not exist",
        ),
        (&["add", "order", "1", "--date", "2025-02-01", "--amount", "ten"], "amount 'ten'"),
        (&["add", "order", "1", "--date", "2025-02-01", "--amount", "1", "--quantity", "-2"], "quantity '-2'"),
        (&["add", "person", "1", "--name", "Ana", "--birthday", "30.02"], "birthday '30.02'"),
        (&["add", "person", "nobody", "--name", "Ana"], "client 'nobody': no client matches"),
        (&["log", "1", "--kind", "fax", "--summary", "x"], "kind 'fax'"),
        (&["log", "1", "--kind", "call_out", "--summary", " "], "summary ' ': must not be empty"),
        (&["log", "1", "--kind", "call_out", "--summary", "x", "--next", "someday"], "next 'someday'"),
        (&["log", "1", "--kind", "call_out", "--summary", "x", "--person", "Ghost"], "person 'Ghost'"),
        (&["log", "1", "--kind", "call_out", "--summary", "x", "--at", "2026-11-23 25:00"], "at '2026-11-23 25:00'"),
        (&["advance", "1", "--to", "nowhere"], "column 'nowhere'"),
        (&["result", "1", "won"], "result 'won'"),
    ];
    for (args, expected) in cases {
        let err = office.fails(args, 1);
        assert!(err.contains(expected), "{args:?}: expected {expected:?} in {err:?}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(office.json(&["show", "1"]), before, "nothing was written");
    assert_eq!(office.json(&["list"]).as_array().unwrap().len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    let office = Office::new();
    office.fails(&["add", "client"], 2);
    office.fails(&["frobnicate"], 2);
    office.fails(&["list", "--no-such-flag"], 2);
}

#[test]
fn an_ambiguous_client_lists_the_candidates() {
    let office = Office::new();
    office.add_client(&["--name", "Иванов Андрей", "--city", "Москва"]);
    office.add_client(&["--name", "Иванова Елена", "--city", "Казань"]);
    let err = office.fails(&["show", "иванов"], 1);
    assert!(err.contains("client 'иванов': 2 clients match"), "{err}");
    assert!(err.contains("Иванов Андрей, Москва") && err.contains("Иванова Елена, Казань"), "{err}");
    // An exact name wins over the wider match.
    let shown = office.json(&["show", "иванов андрей"]);
    assert_eq!(shown["client"]["name"], "Иванов Андрей");
}

#[test]
fn show_gives_the_whole_dossier() {
    let office = Office::new();
    office.add_client(&["--name", "Muñoz y Hijos", "--city", "Madrid", "--phone", "+34 91 555 0101"]);
    office.ok(&[
        "add",
        "person",
        "munoz",
        "--name",
        "Carmen Muñoz",
        "--position",
        "Gerente",
        "--birthday",
        "15.03",
        "--decision-maker",
        "--email",
        "carmen@munoz.es",
    ]);
    office.ok(&["add", "person", "munoz", "--name", "Pablo Ruiz", "--birthday", "1980-07-02"]);
    office.ok(&[
        "add",
        "order",
        "munoz",
        "--date",
        "01.02.2025",
        "--amount",
        "12 345,67",
        "--product",
        "Laptop Pro 14",
        "--quantity",
        "3",
        "--paid",
    ]);
    office.ok(&[
        "log",
        "munoz",
        "--kind",
        "call_in",
        "--summary",
        "Asked for the price list",
        "--person",
        "carmen",
        "--source",
        "exhibition",
        "--next",
        "+1w",
        "--at",
        "2026-11-20 09:30",
    ]);
    let d = office.json(&["show", "munoz"]);
    for key in ["client", "persons", "events", "contacts", "orders", "moves"] {
        assert!(d.get(key).is_some(), "missing {key}");
    }
    assert_eq!(d["client"]["phones"][0], "+34 91 555 0101");
    assert_eq!(d["persons"][0]["name"], "Carmen Muñoz");
    assert_eq!(d["persons"][0]["decision_maker"], true);
    assert_eq!(d["persons"][0]["birthday"], "--03-15");
    assert_eq!(d["persons"][1]["birthday"], "1980-07-02");
    assert_eq!(d["orders"][0]["amount"], 1_234_567);
    assert_eq!(d["orders"][0]["product"], "Laptop Pro 14");
    assert_eq!(d["contacts"][0]["kind"], "call_in");
    assert_eq!(d["contacts"][0]["person"], "Carmen Muñoz");
    assert_eq!(d["contacts"][0]["logged_by"], "Ana Popescu");
    assert_eq!(d["contacts"][0]["source"], "exhibition");
    assert_eq!(d["contacts"][0]["next_contact"], "2026-11-30", "+1w from the fixed today");
    assert_eq!(d["client"]["next_contact"], "2026-11-30");
    assert_eq!(d["moves"][0]["to"], "prospects");
    assert!(d["moves"][0]["from"].is_null(), "the first placement is a move too");
    let text = office.ok(&["show", "munoz"]);
    assert!(text.contains("Muñoz y Hijos (#1, company)"), "{text}");
    assert!(text.contains("Persons (2)") && text.contains("Orders (1)") && text.contains("12,345.67"), "{text}");
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    let office = Office::new();
    for i in 0..400 {
        office.add_client(&["--name", &format!("Client {i:03} with a long name to fill the pipe")]);
    }
    let mut child =
        office.command().args(["list", "--json"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Read one byte and close the pipe, as `| head -c1` does.
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}
