//! The day's work from the command line: the agenda with every kind of
//! item, complaints through their steps, satisfaction answers.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;
use serde_json::Value;

/// (client name, kind, date, days overdue) of each agenda item, in order.
fn items(agenda: &Value) -> Vec<(String, String, String, i64)> {
    agenda
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["name"].as_str().unwrap().to_string(),
                i["kind"].as_str().unwrap().to_string(),
                i["date"].as_str().unwrap().to_string(),
                i["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn item(name: &str, kind: &str, date: &str, overdue: i64) -> (String, String, String, i64) {
    (name.to_string(), kind.to_string(), date.to_string(), overdue)
}

#[test]
fn the_agenda_has_each_kind_of_item_ranked_by_value() {
    let office = Office::new();
    // A planned contact, five days overdue, of a client that buys a lot.
    office.add_client(&["--name", "Ștefănescu SRL", "--manager", "Ana Popescu"]);
    office.ok(&["add", "order", "ștefănescu", "--date", "2026-10-01", "--amount", "250000", "--paid"]);
    office.ok(&[
        "log",
        "ștefănescu",
        "--kind",
        "call_out",
        "--summary",
        "Offer",
        "--next",
        "2026-11-18",
        "--at",
        "2026-11-01 10:00",
    ]);
    // The same client's director has a birthday on Wednesday.
    office.ok(&["add", "person", "ștefănescu", "--name", "Ion Ștefănescu", "--birthday", "25.11.1966"]);
    // A planned contact twenty days overdue, no turnover.
    office.add_client(&["--name", "Иванов", "--manager", "Ирина Соколова"]);
    office.ok(&[
        "log",
        "иванов",
        "--kind",
        "call_out",
        "--summary",
        "Call",
        "--next",
        "2026-11-03",
        "--at",
        "2026-10-20 10:00",
    ]);
    // Moved to interested today: a reminder in three days.
    office.add_client(&["--name", "Muñoz"]);
    office.ok(&["advance", "muñoz"]);
    // A gold client last called 70 days ago: past the 60-day cadence.
    office.add_client(&["--name", "Gold Ltd", "--category", "gold"]);
    office.ok(&["log", "gold", "--kind", "call_out", "--summary", "Hello", "--at", "2026-09-14 10:00"]);
    // A complaint registered nine days ago: its cause was due in two.
    office.add_client(&["--name", "Vector"]);
    office.ok(&["complaint", "add", "vector", "--what", "late delivery", "--at", "2026-11-14 09:00"]);
    // Nothing due: a prospect without a planned contact.
    office.add_client(&["--name", "Quiet"]);
    // A new client's first paid sale three days ago: asked how satisfied a week after it.
    office.add_client(&["--name", "Nou SRL"]);
    office.ok(&["add", "order", "nou", "--date", "2026-11-20", "--amount", "10000", "--paid"]);
    // Ștefănescu's first sale was asked about already.
    office.ok(&["satisfaction", "ștefănescu", "--answer", "overall=5", "--at", "2026-10-10 10:00"]);

    let agenda = office.json(&["agenda"]);
    assert_eq!(
        items(&agenda),
        [
            // Weighted: 2,500.00 of turnover weighs 1 + log10(2,501) ≈ 4.4; (5 + 1) × 4.4 ≈ 26 …
            item("Ștefănescu SRL", "next_contact", "2026-11-18", 5),
            // … beats 21 × 1; the complaint step 7 days late, 8 × 1; the cadence 10 days late, 11 × 1.
            item("Иванов", "next_contact", "2026-11-03", 20),
            item("Gold Ltd", "cadence", "2026-11-13", 10),
            item("Vector", "complaint", "2026-11-16", 7),
            item("Ștefănescu SRL", "birthday", "2026-11-25", -2),
            item("Muñoz", "follow_up", "2026-11-26", -3),
            item("Nou SRL", "satisfaction", "2026-11-27", -4),
        ]
    );
    let birthday = &agenda[4];
    assert_eq!(birthday["person"], "Ion Ștefănescu");
    assert_eq!(birthday["detail"], "Ion Ștefănescu turns 60");
    assert_eq!(birthday["client_id"], 1);
    assert!(agenda[0]["person"].is_null());

    // One salesperson's clients only; a short window.
    let mine = office.json(&["agenda", "--manager", "Ana Popescu", "--days", "1"]);
    assert_eq!(items(&mine), [item("Ștefănescu SRL", "next_contact", "2026-11-18", 5)]);
    let err = office.fails(&["agenda", "--manager", "Nobody"], 1);
    assert!(err.contains("manager 'Nobody'"), "{err}");

    // The table for people says how late each item is.
    let text = office.ok(&["agenda"]);
    assert!(text.contains("20 days late") && text.contains("in 3 days"), "{text}");
    assert!(text.ends_with("7 items, 4 overdue; 2026-11-23 – 2026-11-30\n"), "{text}");
    // Each line, under the headers, names its item's client in the JSON's
    // order and on its date (the table reads the names from a copy of its own).
    let lines: Vec<&str> = text.lines().skip(1).collect();
    for (line, (name, _, date, _)) in lines.iter().zip(items(&agenda)) {
        assert!(line.starts_with(&date) && line.contains(&format!("  {name}  ")), "{line} for {name}\n{text}");
    }
}

#[test]
fn the_intervals_come_from_the_configuration_file() {
    let office = Office::new();
    office.add_client(&["--name", "Muñoz"]);
    office.ok(&["advance", "muñoz"]);
    let config = office.dir.path().join("config.toml");
    std::fs::write(&config, "[agenda]\ninterested = 10\n").unwrap();
    let run = |args: &[&str]| {
        let out = office.command().env("KARTOTEKA_CONFIG", &config).args(args).output().unwrap();
        common::collect(out)
    };
    let r = run(&["agenda", "--json"]);
    assert_eq!(r.stdout.trim(), "[]", "{}", r.stderr);
    let r = run(&["agenda", "--json", "--days", "10"]);
    assert!(r.stdout.contains("\"follow_up\""), "{}", r.stdout);
    std::fs::write(&config, "[agenda]\ninterested = \"soon\"\n").unwrap();
    let r = run(&["agenda"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("config.toml") && r.stderr.contains("interested"), "{}", r.stderr);
}

#[test]
fn a_complaint_goes_through_its_steps_in_order() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    assert_eq!(
        office
            .ok(&["complaint", "add", "vector", "--what", "broken chair", "--by", "Olga", "--at", "2026-11-10 09:00"])
            .trim(),
        "1"
    );
    let err = office.fails(&["complaint", "step", "1", "resolved", "--note", "replaced"], 1);
    assert_eq!(err.trim(), "error: step 'resolved': the next step of complaint 1 is cause_found");
    let out =
        office.ok(&["complaint", "step", "1", "cause_found", "--note", "bad packing", "--at", "2026-11-12 09:00"]);
    assert_eq!(out.trim(), "complaint 1 of Vector: cause_found; next: resolved");
    office.ok(&["complaint", "step", "1", "resolved", "--note", "replaced", "--at", "2026-11-15 09:00"]);
    let err = office.fails(&["complaint", "step", "1", "process_fixed", "--note", "x", "--at", "2026-11-14 09:00"], 1);
    assert!(err.contains("is before the complaint's last step"), "{err}");
    let out =
        office.ok(&["complaint", "step", "1", "process_fixed", "--note", "new boxes", "--at", "2026-11-20 09:00"]);
    assert!(out.contains("closed"), "{out}");
    assert!(office.fails(&["complaint", "step", "1", "process_fixed", "--note", "again"], 1).contains("closed"));
    assert!(office.fails(&["complaint", "step", "9", "cause_found", "--note", "x"], 1).contains("complaint '9'"));

    // The dossier keeps it with its steps; the history records each.
    let d = office.json(&["show", "vector"]);
    let k = &d["complaints"][0];
    assert_eq!((k["what"].as_str(), k["raised_by"].as_str()), (Some("broken chair"), Some("Olga")));
    assert_eq!(k["process_fixed"]["note"], "new boxes");
    let history: Vec<&str> = d["changes"].as_array().unwrap().iter().map(|c| c["what"].as_str().unwrap()).collect();
    assert_eq!(
        history,
        ["complaint registered", "complaint cause found", "complaint resolved", "complaint process fixed"]
    );
    // A closed complaint is no longer on the agenda.
    assert_eq!(office.json(&["agenda"]).as_array().unwrap().len(), 0);
}

#[test]
fn low_satisfaction_opens_a_complaint_and_the_report_times_the_steps() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    office.add_client(&["--name", "Muñoz"]);
    let out = office.ok(&[
        "satisfaction",
        "vector",
        "--answer",
        "quality=5",
        "--answer",
        "delivery=2",
        "--answer",
        "manager=3",
    ]);
    assert_eq!(out.trim(), "3 answers recorded; complaint 1 opened for the low ones");
    assert_eq!(office.ok(&["satisfaction", "muñoz", "--answer", "quality=4"]).trim(), "1 answer recorded");
    // A bad answer writes nothing.
    let before = office.bytes();
    let err = office.fails(&["satisfaction", "muñoz", "--answer", "quality=4", "--answer", "delivery=9"], 1);
    assert_eq!(err.trim(), "error: answer 'delivery=9': the score is a whole number from 1 to 5");
    assert_eq!(office.bytes(), before);

    office.ok(&["complaint", "add", "muñoz", "--what", "rude driver", "--at", "2026-10-01 09:00"]);
    office.ok(&["complaint", "step", "2", "cause_found", "--note", "new driver", "--at", "2026-10-03 09:00"]);
    office.ok(&["complaint", "step", "2", "resolved", "--note", "apologised", "--at", "2026-10-05 09:00"]);
    office.ok(&["complaint", "step", "2", "process_fixed", "--note", "training", "--at", "2026-10-21 09:00"]);
    let report = office.json(&["report", "complaints"]);
    let rows = report["complaints"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["what"], "rude driver");
    assert_eq!(rows[1]["what"], "low satisfaction: delivery 2, manager 3");
    assert_eq!((report["summary"]["open"].as_u64(), report["summary"]["closed"].as_u64()), (Some(1), Some(1)));
    assert_eq!(report["summary"]["mean_days"], serde_json::json!([2.0, 4.0, 20.0]));
    let text = office.ok(&["report", "complaints"]);
    assert!(
        text.contains("1 open, 1 closed; mean days to the cause 2.0, to the resolution 4.0, to the fix 20.0"),
        "{text}"
    );
    assert!(text.contains("open: cause_found"), "{text}");
    let csv = office.ok(&["report", "complaints", "--csv"]);
    assert!(
        csv.starts_with("id,client_id,client,registered,what,days_to_cause,days_to_resolution,days_to_fix\n"),
        "{csv}"
    );
    assert!(csv.contains("2,2,Muñoz,2026-10-01,rude driver,2,4,20"), "{csv}");
}
