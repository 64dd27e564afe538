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
    assert!(grid.contains("A  1 · 1,200.00"), "{grid}");
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

/// Three clients placed on 1 October 2026, worked in October:
/// - Alfa (Ana, Retail, came by referral): interested on the 5th, a contract
///   on the 20th; buys a laptop (computers) on the 21st and a desk
///   (furniture) on the 28th, both paid;
/// - Beta (Иван, Retail): lost on the 10th, "Price";
/// - Gama (Ana, Energy): still a prospect.
///
/// Incoming calls: two from the website on 3 October (one typed
/// "Website"), one without a source on the 31st.
fn october() -> Office {
    let office = Office::new();
    let at = |when: &str, args: &[&str]| {
        let mut all = vec!["--now", when];
        all.extend_from_slice(args);
        office.ok(&all);
    };
    let placed = "2026-10-01 09:00";
    at(
        placed,
        &[
            "add",
            "client",
            "--name",
            "Alfa",
            "--manager",
            "Ana Popescu",
            "--industry",
            "Retail",
            "--source",
            "referral",
        ],
    );
    at(placed, &["add", "client", "--name", "Beta", "--manager", "Иван Петров", "--industry", "Retail"]);
    at(placed, &["add", "client", "--name", "Gama", "--manager", "Ana Popescu", "--industry", "Energy"]);
    at("2026-10-05 10:00", &["advance", "Alfa"]);
    at("2026-10-10 10:00", &["result", "Beta", "lost", "--reason", "Price"]);
    at("2026-10-20 10:00", &["result", "Alfa", "contract"]);
    for (date, amount, product, line) in
        [("2026-10-21", "1000", "Laptop", "computers"), ("2026-10-28", "50", "Desk", "furniture")]
    {
        let args = [
            "add",
            "order",
            "Alfa",
            "--date",
            date,
            "--amount",
            amount,
            "--product",
            product,
            "--line",
            line,
            "--paid",
        ];
        at(&format!("{date} 12:00"), &args);
    }
    for (client, when, source) in [("Gama", "2026-10-03 09:00", "website"), ("Alfa", "2026-10-03 11:00", "Website")] {
        office.ok(&[
            "log",
            client,
            "--kind",
            "call_in",
            "--summary",
            "asked for prices",
            "--at",
            when,
            "--source",
            source,
        ]);
    }
    office.ok(&["log", "Beta", "--kind", "call_in", "--summary", "complained", "--at", "2026-10-31 17:00"]);
    office
}

#[test]
fn the_funnel_counts_entries_conversions_results_and_reasons() {
    let f = october().json(&["report", "funnel"]);
    let stage = |i: usize| {
        let s = &f["stages"][i];
        (
            s["column"].as_str().unwrap().to_string(),
            s["now"].as_u64().unwrap(),
            s["entered"].as_u64().unwrap(),
            s["moved_on"].as_u64().unwrap(),
        )
    };
    assert_eq!(stage(0), ("prospects".into(), 1, 3, 2), "Alfa and Beta left the prospects; Gama stays");
    assert_eq!(stage(1), ("interested".into(), 0, 1, 1));
    assert_eq!(stage(5), ("result".into(), 2, 2, 0));
    assert_eq!(f["stages"][0]["conversion"].as_f64().unwrap(), 2.0 / 3.0);
    assert!(f["stages"][5]["conversion"].is_null());
    assert_eq!(f["results"][0], serde_json::json!({"name": "contract", "clients": 1}));
    assert_eq!(f["results"][3], serde_json::json!({"name": "lost", "clients": 1}));
    assert_eq!(f["lost_reasons"], serde_json::json!([{"name": "Price", "clients": 1}]));
    let table = october().ok(&["report", "funnel"]);
    assert!(table.contains("Prospects    1    3        2         66.7%"), "{table}");
}

#[test]
fn the_salesperson_table_loyalty_and_calls() {
    let office = october();
    let kpi = office.json(&["report", "kpi"]);
    let row = |i: usize| {
        let r = &kpi[i];
        let n = |k: &str| r[k].as_i64().unwrap();
        (
            r["manager"].as_str().unwrap().to_string(),
            [
                n("potential"),
                n("first_sales"),
                n("first_sales_sum"),
                n("repeat_sales"),
                n("repeat_sales_sum"),
                n("new_line_sales"),
            ],
        )
    };
    assert_eq!(
        row(0),
        ("Ana Popescu".into(), [1, 1, 100_000, 1, 5_000, 1]),
        "Gama potential; Alfa's laptop first, the desk a new line"
    );
    assert_eq!(row(1), ("Иван Петров".into(), [1, 0, 0, 0, 0, 0]));
    assert_eq!(row(2).0, "total");
    assert_eq!(row(2).1, [2, 1, 100_000, 1, 5_000, 1]);

    let l = office.json(&["report", "loyalty"]);
    assert_eq!((l["buyers"].as_u64(), l["repeat_buyers"].as_u64()), (Some(1), Some(1)));
    assert_eq!(
        (l["sales"].as_i64(), l["old_client_sales"].as_i64(), l["referral_sales"].as_i64()),
        (Some(105_000), Some(0), Some(105_000))
    );

    let calls = office.json(&["report", "calls", "--month", "2026-10"]);
    assert_eq!(calls["sources"], serde_json::json!(["website", "not named"]));
    assert_eq!(calls["totals"], serde_json::json!([2, 1]));
    assert_eq!(calls["days"][2]["counts"], serde_json::json!([2, 0]));
    assert_eq!(calls["days"][30]["counts"], serde_json::json!([0, 1]));
    let csv = office.ok(&["report", "calls", "--month", "2026-10", "--csv"]);
    assert_eq!(csv.lines().nth(3), Some("2026-10-03,2,0,2"));
    let err = office.fails(&["report", "calls", "--month", "10/2026"], 1);
    assert_eq!(err.trim(), "error: month '10/2026': expected a month such as 2026-10");
}

#[test]
fn the_matrix_offers_what_the_segment_uses() {
    let office = october();
    let m = office.json(&["report", "matrix"]);
    assert_eq!(m["products"], serde_json::json!(["Desk", "Laptop"]));
    let retail = &m["segments"][1];
    assert_eq!(
        (retail["name"].as_str(), retail["clients"].as_u64(), retail["buyers"].as_u64()),
        (Some("Retail"), Some(2), Some(1))
    );
    assert_eq!(retail["portrait"], serde_json::json!([true, true]));
    assert_eq!(office.ok(&["report", "matrix", "--csv"]), "id,name,segment,next_offers\n2,Beta,Retail,Desk; Laptop\n");
}

#[test]
fn orders_move_the_colour_and_the_history_says_so() {
    let office = october();
    let alfa = office.json(&["show", "Alfa"]);
    assert_eq!(alfa["client"]["category"], "gold", "a paid order makes gold");
    let changes = alfa["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "the second order keeps it gold: {changes:?}");
    assert_eq!(
        (changes[0]["what"].as_str(), changes[0]["before"].as_str(), changes[0]["after"].as_str()),
        (Some("category from orders"), Some("white"), Some("gold"))
    );

    // Four months on, with nothing bought since October, Alfa is lost: red-gold.
    let later = ["--now", "2027-03-01 09:00", "categories"];
    let before = office.bytes();
    let dry = office.ok(&[&later[..], &["--dry-run"]].concat());
    assert!(dry.ends_with("1 client would change (nothing written)\n"), "{dry}");
    assert!(dry.contains("Alfa  gold    red_gold"), "{dry}");
    assert_eq!(office.bytes(), before, "a dry run writes nothing");
    assert_eq!(office.ok(&later).lines().last(), Some("1 client changed"));
    assert_eq!(office.ok(&later).trim(), "0 clients changed", "a second run finds nothing to do");
    let alfa = office.json(&["show", "Alfa"]);
    assert_eq!(alfa["client"]["category"], "red_gold");
    assert_eq!(alfa["changes"][1]["after"], "red_gold");
}
