//! Encryption at rest (`--features encryption`): the file, its log and its
//! backups hold no plaintext, a wrong passphrase is one clear line, and
//! `decrypt` gives the file back as it was.

#![cfg(feature = "encryption")]
#![allow(clippy::unwrap_used)]

mod common;

use common::{Office, hits, names, sidecars};

const SECRETS: &[&str] = &["Ștefănescu Secret", "Secretariu", "721987654", "721 987 654", "prețul"];

/// Names `key` as the key file in the configuration the runs read.
fn key_file(office: &Office, key: Option<&str>) {
    let config = office.dir.path().join("no-config.toml");
    match key {
        Some(key) => {
            let file = office.dir.path().join("key");
            std::fs::write(&file, format!("{key}\n")).unwrap();
            std::fs::write(&config, format!("key_file = {:?}\n", file.to_str().unwrap())).unwrap();
        }
        None => std::fs::write(&config, "").unwrap(),
    }
}

/// Plaintext of the secrets in the file, its log and every backup.
fn plaintext(office: &Office) -> usize {
    let mut files = vec![office.file.clone()];
    files.extend(sidecars(&office.file));
    if let Ok(dir) = std::fs::read_dir(office.dir.path().join("backups")) {
        files.extend(dir.map(|e| e.unwrap().path()));
    }
    files.iter().map(|f| hits(f, SECRETS)).sum()
}

#[test]
fn an_encrypted_file_holds_no_plaintext_and_opens_only_with_its_passphrase() {
    let office = Office::new();
    let id = office.add_client(&["--name", "Ștefănescu Secret SRL", "--phone", "+40 721 987 654"]);
    office.ok(&["add", "person", &id, "--name", "Ion Secretariu"]);
    assert!(plaintext(&office) > 0, "the test finds the plaintext when it is there");

    key_file(&office, Some("cal corect baterie capsă"));
    let said = office.ok(&["encrypt"]);
    assert!(said.starts_with("encrypted "), "{said}");
    // Written after encryption: through the log, into the file, and a backup.
    office.ok(&["log", &id, "--kind", "call_out", "--summary", "a întrebat prețul"]);
    office.ok(&["backup"]);
    let found = plaintext(&office);
    println!("plaintext hits {found}");
    assert_eq!(found, 0);
    assert_eq!(names(&office.json(&["list"])), ["Ștefănescu Secret SRL"]);
    assert!(office.ok(&["check"]).contains("integrity: ok"));
    assert_eq!(office.fails(&["encrypt"], 1).lines().count(), 1);

    // A wrong passphrase: one line, no library noise, nothing touched.
    let before = office.bytes();
    key_file(&office, Some("parolă greșită"));
    let err = office.fails(&["list"], 1);
    assert_eq!(
        err,
        format!(
            "error: the passphrase does not open {} (a wrong passphrase, or not a client file); it was left untouched\n",
            office.file.display()
        )
    );
    key_file(&office, None);
    let err = office.fails(&["list"], 1);
    assert!(err.starts_with(&format!("error: {} is encrypted", office.file.display())), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(office.bytes(), before);
    assert!(sidecars(&office.file).is_empty());

    key_file(&office, Some("cal corect baterie capsă"));
    let said = office.ok(&["decrypt"]);
    assert!(said.starts_with("decrypted "), "{said}");
    key_file(&office, None);
    let shown = office.json(&["show", &id]);
    assert_eq!(shown["persons"][0]["name"], "Ion Secretariu");
    assert_eq!(shown["contacts"][0]["summary"], "a întrebat prețul");
    assert!(hits(&office.file, SECRETS) > 0, "plain again");
}

#[test]
fn a_backup_of_an_encrypted_file_restores_with_the_passphrase() {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu Secret SRL"]);
    key_file(&office, Some("o frază lungă"));
    // Another program reading the file: its reads would go to the old file.
    let other = rusqlite::Connection::open(&office.file).unwrap();
    let _: i64 = other.query_row("SELECT count(*) FROM clients", [], |r| r.get(0)).unwrap();
    let before = office.bytes();
    let err = office.fails(&["encrypt"], 1);
    assert!(err.contains("another program has") && err.contains("(nothing was changed)"), "{err}");
    assert_eq!(office.bytes(), before);
    drop(other);
    office.ok(&["encrypt"]);
    office.ok(&["backup"]);
    office.add_client(&["--name", "Later SRL"]);
    let backup = std::fs::read_dir(office.dir.path().join("backups")).unwrap().next().unwrap().unwrap().path();
    office.ok(&["restore", backup.to_str().unwrap()]);
    assert_eq!(names(&office.json(&["list"])), ["Ștefănescu Secret SRL"]);
    assert_eq!(plaintext(&office), 0, "the backup taken before restoring is encrypted too");
}
