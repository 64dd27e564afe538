//! `kartoteka report` on the real binary: figures that agree with a hand
//! calculation, in a table, JSON and CSV.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;

/// Four clients on 23 November 2026 (default period 2025-11-01 … 2026-10-31):
/// - Alfa buys 100.00 every month of the period: turnover 1200.00, cv 0 → X;
/// - Beta buys 600.00 once, in March 2026: cv √(11·50²+550²)/√12 / 50 ≈ 3.317 → Z;
/// - Gama buys 200.00 in September 2026, its first order: new, no XYZ class;
/// - Delta never buys: potential, no class.
///
/// ABC: total 2000.00; Alfa has 0% above → A, Beta 60% above → B, Gama 90% → C.
fn office() -> Office {
    let office = Office::new();
    for name in ["Alfa", "Beta", "Gama", "Delta"] {
        office.add_client(&["--name", name]);
    }
    for m in 0..12 {
        let (year, month) = if m < 2 { (2025, 11 + m) } else { (2026, m - 1) };
        office.ok(&["add", "order", "Alfa", "--date", &format!("15.{month:02}.{year}"), "--amount", "100"]);
    }
    office.ok(&["add", "order", "Beta", "--date", "2026-03-10", "--amount", "600,00"]);
    office.ok(&["add", "order", "Gama", "--date", "2026-09-01", "--amount", "200"]);
    office
}

#[test]
fn abc_xyz_and_lifecycle_agree_with_the_hand_calculation() {
    let office = office();
    let abc = office.json(&["report", "abc"]);
    let got: Vec<(String, i64, String)> = abc
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap().into(), r["turnover"].as_i64().unwrap(), r["class"].to_string()))
        .collect();
    let want = [("Alfa", 120_000, "\"A\""), ("Beta", 60_000, "\"B\""), ("Gama", 20_000, "\"C\""), ("Delta", 0, "null")];
    assert_eq!(got, want.map(|(n, t, c)| (n.to_string(), t, c.to_string())));

    let xyz = office.json(&["report", "xyz"]);
    let classes: Vec<String> = xyz.as_array().unwrap().iter().map(|r| r["class"].to_string()).collect();
    assert_eq!(classes, vec!["\"X\"", "\"Z\"", "null", "null"], "Alfa, Beta, Gama (new), Delta");
    assert!((xyz[1]["cv"].as_f64().unwrap() - 3.3166).abs() < 1e-3);

    let life = office.json(&["report", "lifecycle"]);
    let classes: Vec<&str> = life.as_array().unwrap().iter().map(|r| r["class"].as_str().unwrap()).collect();
    // Beta's only order (March) is before the current window (Aug–Oct): lost.
    assert_eq!(classes, vec!["permanent", "lost", "potential", "new"], "Alfa, Beta, Delta, Gama (by name)");

    let grid = office.ok(&["report", "abcxyz"]);
    assert!(grid.contains("A  1 · 1200.00"), "{grid}");
}

#[test]
fn a_period_and_a_window_can_be_chosen() {
    let office = office();
    // March 2026 only: Beta 600.00 is the top, Alfa 100.00.
    let abc = office.json(&["report", "abc", "--from", "01.03.2026", "--to", "31.03.2026"]);
    assert_eq!(abc[0]["name"], "Beta");
    assert_eq!(abc[1]["turnover"], 10_000);
    // With a window of eight months (March–October 2026), Beta's first and
    // only order falls in the current window.
    let life = office.json(&["report", "lifecycle", "--window", "8"]);
    assert_eq!((life[0]["class"].as_str(), life[1]["class"].as_str()), (Some("permanent"), Some("new")), "{life}");
}

#[test]
fn csv_for_programs_and_one_line_for_a_bad_period() {
    let office = office();
    let csv = office.ok(&["report", "abc", "--csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,name,turnover,class"));
    assert_eq!(lines.next(), Some("1,Alfa,120000,A"));
    let err = office.fails(&["report", "abc", "--from", "2026-05-01", "--to", "2026-01-01"], 1);
    assert_eq!(err.trim(), "error: from '2026-05-01': is after --to 2026-01-01");
    let err = office.fails(&["report", "abc", "--to", "31.02.2026"], 1);
    assert!(err.contains("to '31.02.2026'"), "{err}");
    let err = office.fails(&["report", "abc", "--manager", "Nobody"], 1);
    assert!(err.contains("manager 'Nobody'"), "{err}");
}
