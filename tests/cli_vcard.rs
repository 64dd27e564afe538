//! `kartoteka import` of the contacts phones and mail programs export as
//! vCards: the fixture corpus in `tests/fixtures/vcard` (an Android 2.1 file
//! in QUOTED-PRINTABLE, an iPhone 3.0 file with item groups and photos, a
//! Thunderbird 4.0 file, an old Nokia file in raw Windows-1251) and the
//! broken files in `tests/fixtures/broken`.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::Office;
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name].iter().collect();
    path.to_str().unwrap().to_string()
}

/// A copy of fixture `name` in the office's directory (where `--skip-bad`
/// writes the rejected cards).
fn copied(office: &Office, name: &str) -> String {
    let to = office.dir.path().join(name.rsplit('/').next().unwrap());
    std::fs::copy(fixture(name), &to).unwrap();
    to.to_str().unwrap().to_string()
}

/// The card of the client named `name`, with its persons.
fn card(office: &Office, name: &str) -> Value {
    let list = office.json(&["list"]);
    let id =
        list.as_array().unwrap().iter().find(|c| c["name"] == name).unwrap_or_else(|| panic!("{name}: {list}"))["id"]
            .to_string();
    office.json(&["show", &id])
}

fn counts(done: &Value) -> (u64, u64, u64, u64) {
    let n = |k: &str| done[k].as_u64().unwrap();
    (n("created"), n("updated"), n("unchanged"), n("rejected"))
}

#[test]
fn each_vcard_version_imports_persons_of_companies_and_private_clients_once() {
    let office = Office::new();
    for (file, encoding) in [
        ("vcard/android-2.1.vcf", "UTF-8"),
        ("vcard/iphone-3.0.vcf", "UTF-8"),
        ("vcard/thunderbird-4.0.vcf", "UTF-8"),
        ("vcard/nokia-2.1-windows-1251.vcf", "windows-1251"),
    ] {
        let done = office.json(&["import", &fixture(file)]);
        assert_eq!(counts(&done), (2, 0, 0, 0), "{file}");
        assert_eq!(done["encoding"], encoding, "{file}");
    }

    // 2.1: QUOTED-PRINTABLE in UTF-8 with a soft line break, ORG with a
    // department, a photo that is not a note.
    let baltika = card(&office, "ООО «Балтика»");
    assert_eq!(baltika["client"]["kind"], "company");
    assert_eq!(baltika["client"]["notes"], "Любит чай.\nЗвонить после 10:00.");
    let fedorov = &baltika["persons"][0];
    assert_eq!(fedorov["name"], "Пётр Ильич Фёдоров");
    assert_eq!(fedorov["position"], "Начальник отдела, Отдел закупок");
    assert_eq!(fedorov["phones"], serde_json::json!(["8 916 555-00-11", "+7 (495) 123-45-67"]));
    assert_eq!(fedorov["emails"][0], "petr.fedorov@mail.ru");
    assert_eq!(fedorov["birthday"], "1971-04-12");
    // CHARSET=windows-1251 inside QUOTED-PRINTABLE; no ORG: a private
    // client, with a person of its name for the birthday without a year.
    let smirnova = card(&office, "Анна Смирнова");
    assert_eq!(smirnova["client"]["kind"], "person");
    assert_eq!(smirnova["client"]["phones"][0], "+7 903 111-22-33");
    assert_eq!(smirnova["persons"][0]["birthday"], "--09-08");

    // 3.0 from an iPhone: item groups, Apple's omitted year, escapes, the
    // work address, categories, and a company's own card.
    let pena = card(&office, "Construcciones Peña S.L.");
    assert_eq!(pena["client"]["city"], "Madrid");
    assert_eq!(pena["client"]["address"], "Calle Mayor 1, 28013, España");
    assert_eq!(pena["client"]["website"], "https://pena.es");
    assert_eq!(pena["client"]["tags"], serde_json::json!(["Feria Madrid", "VIP"]));
    assert_eq!(pena["client"]["notes"], "Prefiere WhatsApp, no correo.\nVisita en marzo; feria.");
    let ana = &pena["persons"][0];
    assert_eq!(ana["name"], "Ana Muñoz");
    assert_eq!(ana["position"], "Jefa de compras, Compras");
    assert_eq!(ana["phones"], serde_json::json!(["+34 600 123 456", "+34 91 555 12 12"]));
    assert_eq!(ana["birthday"], "--07-21");
    let ibanez = card(&office, "Talleres Ibáñez");
    assert_eq!(ibanez["persons"], serde_json::json!([]), "the company's own card names no person");
    assert_eq!(ibanez["client"]["phones"][0], "+34 93 444 55 66");

    // 4.0: tel: URIs, --MMDD, a basic-format birthday.
    let stefanescu = card(&office, "Ștefănescu și Fiii SRL");
    assert_eq!(stefanescu["persons"][0]["phones"], serde_json::json!(["+40-21-123-4567", "+40-721-123-456"]));
    assert_eq!(stefanescu["persons"][0]["birthday"], "--03-15");
    assert_eq!(card(&office, "Ioana Popescu")["persons"][0]["birthday"], "1985-05-20");

    // Raw Windows-1251 bytes with no encoding named.
    assert_eq!(card(&office, "ЗАО «Север»")["persons"][0]["name"], "Сергей Иванов");
    assert_eq!(card(&office, "Мария Кузнецова")["client"]["notes"], "Бухгалтер, звонить по вторникам");

    let before = office.bytes();
    for file in ["vcard/android-2.1.vcf", "vcard/iphone-3.0.vcf", "vcard/thunderbird-4.0.vcf"] {
        assert_eq!(counts(&office.json(&["import", &fixture(file)])), (0, 0, 2, 0), "{file} again");
    }
    assert_eq!(office.json(&["list"]).as_array().unwrap().len(), 8);
    drop(before);
}

#[test]
fn properties_not_understood_are_named() {
    let office = Office::new();
    let out = office.ok(&["import", &fixture("vcard/thunderbird-4.0.vcf")]);
    assert_eq!(
        out,
        "created 2, updated 0, unchanged 0, rejected 0 (read as UTF-8)\n\
         vCard properties not understood, left out: IMPP\n"
    );
}

#[test]
fn a_large_photo_is_passed_over() {
    let office = Office::new();
    let photo = "QUJD".repeat(500_000);
    let folded: Vec<&str> = (0..photo.len()).step_by(74).map(|i| &photo[i..(i + 74).min(photo.len())]).collect();
    let text = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elena Vasilescu\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nNOTE:Client since 2019\r\nEND:VCARD\r\n",
        folded.join("\r\n ")
    );
    let path = office.dir.path().join("photo.vcf");
    std::fs::write(&path, text).unwrap();
    office.ok(&["import", path.to_str().unwrap()]);
    let elena = card(&office, "Elena Vasilescu");
    assert_eq!(elena["client"]["notes"], "Client since 2019");
}

#[test]
fn broken_vcards_write_nothing_and_say_which_card() {
    let office = Office::new();
    office.ok(&["import", &fixture("vcard/thunderbird-4.0.vcf")]);
    let before = office.bytes();

    let stderr = office.fails(&["import", &fixture("broken/cut-short.vcf")], 1);
    assert_eq!(
        stderr,
        format!(
            "line 6: vcard 'BEGIN:VCARD': has no END:VCARD: the card is cut short\n\
             error: 1 row has errors in {}; nothing was written (--skip-bad imports the other rows)\n",
            fixture("broken/cut-short.vcf")
        )
    );
    let stderr = office.fails(&["import", &fixture("broken/impossible-date.vcf")], 1);
    assert!(stderr.starts_with("line 5: birthday '1980-02-30': this date does not exist\n"), "{stderr}");
    let stderr = office.fails(&["import", &fixture("broken/garbage.vcf")], 1);
    assert!(stderr.starts_with("error: file '") && stderr.contains("is not a text file"), "{stderr}");
    let stderr = office.fails(&["import", &fixture("vcard/iphone-3.0.vcf"), "--kind", "orders"], 1);
    assert!(stderr.contains("is a vCard file: it holds contacts, not order lines"), "{stderr}");
    let stderr = office.fails(&["import", &fixture("vcard/iphone-3.0.vcf"), "--format", "csv"], 1);
    assert!(stderr.contains("has no column with a client's or a person's name"), "{stderr}");
    assert_eq!(office.bytes(), before, "no broken file changed the client file");
}

#[test]
fn skipped_cards_are_written_beside_with_their_reasons_and_import_once_fixed() {
    let office = Office::new();
    let file = copied(&office, "broken/impossible-date.vcf");
    let done = office.json(&["import", &file, "--skip-bad"]);
    assert_eq!(counts(&done), (1, 0, 0, 1));
    let rejected = office.dir.path().join("impossible-date.rejected.vcf");
    assert_eq!(done["rejected_file"], rejected.to_str().unwrap());
    let text = std::fs::read_to_string(&rejected).unwrap();
    assert_eq!(
        text,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luis Ortega\r\nBDAY:1980-02-30\r\n\
         X-KARTOTEKA-REJECTED:line 5: birthday '1980-02-30': this date does not exist\r\nEND:VCARD\r\n"
    );
    // The secretary corrects the date; the reason is not a property the
    // file has to understand.
    std::fs::write(&rejected, text.replace("1980-02-30", "1980-03-01")).unwrap();
    let out = office.ok(&["import", rejected.to_str().unwrap()]);
    assert_eq!(out, "created 1, updated 0, unchanged 0, rejected 0 (read as UTF-8)\n");
    assert_eq!(card(&office, "Luis Ortega")["persons"][0]["birthday"], "1980-03-01");
}

#[test]
fn a_phones_csv_of_names_is_people_with_kind_contacts() {
    let office = Office::new();
    let path = office.dir.path().join("phone.csv");
    std::fs::write(
        &path,
        "Name,Company,Phone,Birthday\nIon Rusu,Vector SRL,+40 721 000 111,\nMaria Lungu,,+40 722 000 222,12.05.1990\n",
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let as_clients = office.json(&["import", file, "--dry-run"]);
    assert_eq!(counts(&as_clients), (2, 0, 0, 0));
    office.ok(&["import", file, "--kind", "contacts"]);
    let vector = card(&office, "Vector SRL");
    assert_eq!(vector["persons"][0]["name"], "Ion Rusu");
    assert_eq!(vector["persons"][0]["phones"][0], "+40 721 000 111");
    let maria = card(&office, "Maria Lungu");
    assert_eq!(maria["client"]["kind"], "person");
    assert_eq!(maria["persons"][0]["birthday"], "1990-05-12");
}
