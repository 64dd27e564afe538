//! `kartoteka duplicates` and `kartoteka merge` on the real binary.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;

#[test]
fn duplicates_are_listed_with_why_and_merged_from_the_command_line() {
    let office = Office::new();
    office.add_client(&["--name", "Vector SRL", "--city", "Cluj", "--phone", "+40 721 123 456"]);
    office.add_client(&["--name", "S.C. Vector S.R.L.", "--city", "Cluj", "--email", "office@vector.ro"]);
    office.add_client(&[
        "--name",
        "VECTOR SRL",
        "--city",
        "Cluj",
        "--phone",
        "0721123456",
        "--email",
        "OFFICE@vector.ro",
    ]);
    office.add_client(&["--name", "Vector SRL", "--city", "Iași"]);
    office.add_client(&["--name", "Alfa", "--city", "Cluj"]);

    let groups = office.json(&["duplicates"]);
    let shown: Vec<(Vec<u64>, Vec<String>)> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let ids = g["clients"].as_array().unwrap().iter().map(|c| c["id"].as_u64().unwrap()).collect();
            let reasons =
                g["reasons"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap().to_string()).collect();
            (ids, reasons)
        })
        .collect();
    assert_eq!(
        shown,
        [
            (vec![1, 2], vec!["similar_name".to_string()]),
            (vec![1, 3], vec!["phone".into(), "name".into()]),
            (vec![2, 3], vec!["email".into(), "similar_name".into()]),
        ],
        "Vector in Iași is another company"
    );
    let text = office.ok(&["duplicates"]);
    assert!(text.starts_with("close name, same city:\n  id  name"), "{text}");
    assert!(text.contains("same phone +40 721 123 456; same name:"), "{text}");
    assert!(text.ends_with(
        "3 groups of likely duplicates; merge two with `kartoteka merge KEEP OTHER` or in the interface (D)\n"
    ));

    let before = office.bytes();
    let err = office.fails(&["merge", "1", "3", "--take-other", "colour"], 1);
    assert!(err.contains("field 'colour': expected one of: name,"), "{err}");
    assert_eq!(office.bytes(), before, "nothing written");
    let out = office.ok(&["merge", "1", "3", "--take-other", "name"]);
    assert_eq!(out, "merged VECTOR SRL (#3) into VECTOR SRL (#1)\n  name: VECTOR SRL (the other's)\n");
    let kept = office.json(&["show", "1"]);
    assert_eq!(kept["client"]["emails"][0], "OFFICE@vector.ro");
    assert_eq!(kept["client"]["phones"].as_array().unwrap().len(), 1);
    assert!(office.fails(&["show", "3"], 1).contains("no client matches"));
    assert_eq!(office.json(&["list"]).as_array().unwrap().len(), 4);
}
