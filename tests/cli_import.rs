//! `kartoteka import` on the files an office has, written here in their
//! real encodings and layouts: a Russian list from Excel in Windows-1251,
//! a Google Contacts export, an Outlook export in Windows-1252, UTF-16 from
//! Excel's "Unicode text", and broken files.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;
use encoding_rs::{WINDOWS_1251, WINDOWS_1252};

fn write(office: &Office, name: &str, bytes: &[u8]) -> String {
    let path = office.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn in_1251(text: &str) -> Vec<u8> {
    WINDOWS_1251.encode(text).0.into_owned()
}

fn count(office: &Office) -> usize {
    office.json(&["list"]).as_array().unwrap().len()
}

const RUSSIAN: &str = "Наименование;Город;Телефон;E-mail;ИНН;Контактное лицо;Должность;Размер обуви\n\
ООО «Балтика»;Санкт-Петербург;8 (812) 555-12-34;office@baltika.ru;7801234567;Иванов Пётр;директор;42\n\
ИП Фёдоров;Москва;\"+7 916 555 00 11; 8 495 123-45-67\";;;;;\n";

#[test]
fn a_russian_list_from_excel_imports_once_and_a_second_time_changes_nothing() {
    let office = Office::new();
    let file = write(&office, "клиенты.csv", &in_1251(RUSSIAN));
    let out = office.ok(&["import", &file]);
    assert_eq!(
        out,
        "created 2, updated 0, unchanged 0, rejected 0 (read as windows-1251)\n\
         columns not understood, left out: Размер обуви (name their field with --map COLUMN=FIELD)\n"
    );
    let baltika = office.json(&["show", "1"]);
    assert_eq!(baltika["client"]["name"], "ООО «Балтика»");
    assert_eq!(baltika["client"]["tax_id"], "7801234567");
    assert_eq!(baltika["client"]["phones"][0], "8 (812) 555-12-34");
    assert_eq!(baltika["persons"][0]["name"], "Иванов Пётр");
    assert_eq!(baltika["persons"][0]["position"], "директор");
    let fedorov = office.json(&["show", "2"]);
    assert_eq!(fedorov["client"]["phones"].as_array().unwrap().len(), 2, "two phones in one cell");

    let before = office.bytes();
    let again = office.json(&["import", &file]);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(0), Some(2))
    );
    assert_eq!(count(&office), 2);
    assert_eq!(office.json(&["show", "1"])["client"]["version"], baltika["client"]["version"], "not even touched");
    drop(before);
}

#[test]
fn a_row_matches_by_phone_email_or_tax_id_and_fills_the_card_in() {
    let office = Office::new();
    office.add_client(&["--name", "Vector SRL", "--city", "Cluj", "--phone", "+40 721 123 456"]);
    office.add_client(&["--name", "Alfa Grup", "--tax-id", "RO998877"]);
    let file = write(
        &office,
        "ro.csv",
        "Denumire,Oraș,Telefon,Email,CUI,Note\n\
         Vector S.R.L.,,0721 123 456,office@vector.ro,,met at the fair\n\
         ALFA GRUP SA,Iași,,,RO998877,\n\
         Ștefănescu și Fiii,Brașov,,,,\n\
         stefanescu si fiii,,,contact@stefanescu.ro,,\n"
            .as_bytes(),
    );
    let dry = office.json(&["import", &file, "--dry-run"]);
    assert_eq!(
        (dry["created"].as_u64(), dry["updated"].as_u64(), dry["dry_run"].as_bool()),
        (Some(1), Some(3), Some(true))
    );
    assert_eq!(count(&office), 2, "a dry run writes nothing");

    let done = office.json(&["import", &file]);
    assert_eq!((done["created"].as_u64(), done["updated"].as_u64()), (Some(1), Some(3)), "{done}");
    let vector = office.json(&["show", "1"]);
    assert_eq!(vector["client"]["name"], "Vector SRL", "the file's name stays");
    assert_eq!(vector["client"]["city"], "Cluj", "an empty cell changes nothing");
    assert_eq!(vector["client"]["emails"][0], "office@vector.ro");
    assert_eq!(vector["client"]["phones"].as_array().unwrap().len(), 1, "the same number in another notation");
    assert_eq!(vector["client"]["notes"], "met at the fair");
    assert_eq!(office.json(&["show", "2"])["client"]["city"], "Iași", "matched by tax id");
    let stefanescu = office.json(&["show", "3"]);
    assert_eq!(stefanescu["client"]["name"], "Ștefănescu și Fiii");
    assert_eq!(
        stefanescu["client"]["emails"][0], "contact@stefanescu.ro",
        "the second row found the first by folded name"
    );
    let history = office.ok(&["show", "1"]);
    assert!(history.contains("e-mails"), "the import's changes are in the history:\n{history}");
    let again = office.json(&["import", &file]);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(0), Some(4))
    );
}

#[test]
fn bad_rows_write_nothing_and_each_is_named_unless_skipped() {
    let office = Office::new();
    let file = write(
        &office,
        "list.csv",
        "Name;City;Birthday;Contact person;E-mail\n\
         Vector SRL;Cluj;;Ana Pop;ana@vector.ro\n\
         Alfa;Iași;31.02.2025;Ion Rusu;ion(at)alfa.ro\n\
         ;Brașov;;;\n\
         Gama;Sibiu;;;\n\
         Delta;Arad\n"
            .as_bytes(),
    );
    let stderr = office.fails(&["import", &file], 1);
    assert_eq!(
        stderr,
        "line 3: email 'ion(at)alfa.ro': expected an e-mail address such as name@example.com\n\
         line 3: birthday '31.02.2025': this date does not exist\n\
         line 4: name '': a client needs a name: this row has no name, company or person\n\
         line 6: row 'Delta, Arad': has 2 fields where the header has 5\n\
         error: 3 rows have errors in "
            .to_string()
            + &file
            + "; nothing was written (--skip-bad imports the other rows)\n"
    );
    assert_eq!(count(&office), 0);

    let out = office.ok(&["import", &file, "--skip-bad"]);
    assert!(out.starts_with("created 2, updated 0, unchanged 0, rejected 3"), "{out}");
    let rejected = std::fs::read_to_string(office.dir.path().join("list.rejected.csv")).unwrap();
    assert!(
        rejected.starts_with("\u{feff}line;Name;City;Birthday;Contact person;E-mail;reason\n3;Alfa;Iași;31.02.2025"),
        "{rejected}"
    );
    assert!(rejected.contains("this date does not exist"), "{rejected}");
    assert_eq!(count(&office), 2);
}

#[test]
fn a_google_contacts_export_makes_persons_of_companies() {
    let office = Office::new();
    let file = write(
        &office,
        "contacts.csv",
        "Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title\n\
         Ana Popescu,Ana,Popescu,--07-21,* myContacts ::: Clients,* Work,ana@vector.ro,Mobile,+40 721 123 456 ::: +40 722 000 111,Vector SRL,Director\n\
         Carmen Muñoz,Carmen,Muñoz,1980-03-15,* myContacts,,carmen@gmail.com,,,,\n"
            .as_bytes(),
    );
    let done = office.json(&["import", &file]);
    assert_eq!(done["created"].as_u64(), Some(2), "{done}");
    assert_eq!(done["not_understood"], serde_json::json!([]));
    let vector = office.json(&["show", "1"]);
    assert_eq!(vector["client"]["name"], "Vector SRL");
    assert_eq!(vector["client"]["tags"], serde_json::json!(["Clients"]));
    assert_eq!(vector["client"]["phones"], serde_json::json!([]), "the person's phones are hers");
    let ana = &vector["persons"][0];
    assert_eq!((ana["name"].as_str(), ana["position"].as_str()), (Some("Ana Popescu"), Some("Director")));
    assert_eq!(ana["phones"].as_array().unwrap().len(), 2);
    assert_eq!(ana["birthday"], "--07-21");
    let carmen = office.json(&["show", "2"]);
    assert_eq!(
        (carmen["client"]["kind"].as_str(), carmen["client"]["name"].as_str()),
        (Some("person"), Some("Carmen Muñoz"))
    );
    assert_eq!(carmen["client"]["emails"][0], "carmen@gmail.com");
}

#[test]
fn an_outlook_export_in_windows_1252_with_american_dates() {
    let office = Office::new();
    let text = "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Company\",\"Job Title\",\"Business Street\",\"Business City\",\"Business Postal Code\",\"Business Country/Region\",\"Business Phone\",\"E-mail Address\",\"Birthday\",\"Categories\",\"Notes\"\n\
         \"José\",\"\",\"Peña Ibáñez\",\"Sr.\",\"Muñoz y Hijos\",\"Gerente\",\"Calle Mayor 5\",\"Cádiz\",\"11001\",\"España\",\"+34 956 123 456\",\"jose@munoz.es\",\"7/21/1975\",\"Proveedores;VIP\",\"Llamar en \"\"enero\"\"\"\n\
         \"Lucía\",\"\",\"Gómez\",\"\",\"Muñoz y Hijos\",\"\",\"\",\"\",\"\",\"\",\"\",\"lucia@munoz.es\",\"0/0/00\",\"\",\"\"\n";
    let file = write(&office, "outlook.csv", &WINDOWS_1252.encode(text).0);
    let done = office.json(&["import", &file]);
    assert_eq!(
        (done["created"].as_u64(), done["updated"].as_u64(), done["encoding"].as_str()),
        (Some(1), Some(1), Some("windows-1252")),
        "{done}"
    );
    let munoz = office.json(&["show", "1"]);
    assert_eq!(munoz["client"]["name"], "Muñoz y Hijos");
    assert_eq!(munoz["client"]["city"], "Cádiz");
    assert_eq!(munoz["client"]["address"], "Calle Mayor 5, 11001, España");
    assert_eq!(munoz["client"]["tags"], serde_json::json!(["Proveedores", "VIP"]));
    assert_eq!(munoz["client"]["notes"], "Llamar en \"enero\"");
    let persons = munoz["persons"].as_array().unwrap();
    assert_eq!(persons.len(), 2);
    assert_eq!(
        (persons[0]["name"].as_str(), persons[0]["birthday"].as_str()),
        (Some("José Peña Ibáñez"), Some("1975-07-21"))
    );
    assert_eq!(persons[1]["birthday"], serde_json::Value::Null, "Outlook's 0/0/00 is no date");
}

#[test]
fn utf16_from_excel_and_broken_files_get_one_clear_line() {
    let office = Office::new();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("Name\tCity\nVector SRL\tCluj\n".encode_utf16().flat_map(u16::to_le_bytes));
    let file = write(&office, "unicode.txt", &utf16);
    assert!(office.ok(&["import", &file]).starts_with("created 1,"));

    let before = office.bytes();
    let garbage = write(&office, "photo.csv", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xFF, 0x00]);
    let stderr = office.fails(&["import", &garbage], 1);
    assert_eq!(
        stderr,
        format!(
            "error: file '{garbage}': is not a text file: it has binary bytes; if it is UTF-16 without a byte-order mark, give --encoding utf-16le\n"
        )
    );
    let nameless = write(&office, "nameless.csv", b"Shoe size,Colour of eyes\n42,green\n");
    let stderr = office.fails(&["import", &nameless], 1);
    assert!(stderr.contains("has no column with a client's or a person's name"), "{stderr}");
    let missing = office.dir.path().join("missing.csv");
    let stderr = office.fails(&["import", missing.to_str().unwrap()], 1);
    assert!(stderr.starts_with(&format!("error: file '{}': cannot be read", missing.display())), "{stderr}");
    let stderr = office.fails(&["import", office.dir.path().to_str().unwrap()], 1);
    assert!(stderr.contains("is a directory"), "{stderr}");
    let stderr = office.fails(&["import", &file, "--map", "Name"], 1);
    assert!(stderr.contains("expected COLUMN=FIELD"), "{stderr}");
    assert_eq!(office.bytes(), before, "no broken file changed the client file");
    assert_eq!(count(&office), 1);
}

#[test]
fn ambiguous_slash_dates_ask_for_the_order() {
    let office = Office::new();
    let file = write(&office, "d.csv", b"Name,Next contact\nVector,3/4/2027\nAlfa,5/6/2027\n");
    let stderr = office.fails(&["import", &file], 1);
    assert!(
        stderr.starts_with(
            "line 2: next contact '3/4/2027': is ambiguous: day/month or month/day? give --dates dmy or --dates mdy\n"
        ),
        "{stderr}"
    );
    office.ok(&["import", &file, "--dates", "dmy"]);
    assert_eq!(office.json(&["show", "1"])["client"]["next_contact"], "2027-04-03");
}

#[test]
fn an_accounting_export_of_orders_adds_its_lines_once_and_the_clients_it_lacks() {
    let office = Office::new();
    office.add_client(&["--name", "ООО «Балтика»", "--tax-id", "7801234567"]);
    let export = "Дата;Контрагент;ИНН;Номенклатура;Группа товаров;Количество;Сумма\n\
        01.02.2026;Балтика;7801234567;Ноутбук Pro 14;computers;2;\"12 345,67\"\n\
        01.02.2026;Балтика;7801234567;Ноутбук Pro 14;computers;2;\"12 345,67\"\n\
        15.03.2026;ИП Фёдоров;;Стол офисный;furniture;1;4 500\n";
    let file = write(&office, "продажи.csv", &in_1251(export));
    let out = office.ok(&["import", &file, "--kind", "orders"]);
    assert_eq!(
        out,
        "order lines created 3, unchanged 0, rejected 0 (read as windows-1251)\n\
         1 client was not in the file and added for their orders: ИП Фёдоров\n"
    );
    let baltika = office.json(&["show", "1"]);
    let orders = baltika["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2, "two equal lines of one export are two lines");
    assert_eq!(
        (orders[0]["amount"].as_i64(), orders[0]["product"].as_str()),
        (Some(1_234_567), Some("Ноутбук Pro 14"))
    );
    // Bought in February, nothing since 23 August: a lost buyer.
    assert_eq!(baltika["client"]["category"], "red_gold", "the orders move the colour on");
    assert_eq!(office.json(&["show", "2"])["client"]["name"], "ИП Фёдоров");
    let again = office.json(&["import", &file, "--kind", "orders"]);
    assert_eq!((again["created"].as_u64(), again["unchanged"].as_u64()), (Some(0), Some(3)), "{again}");
    assert_eq!(again["new_clients"], serde_json::json!([]));
    let report = office.json(&["report", "abc", "--to", "2026-10-31"]);
    assert_eq!(report[0]["turnover"], 2 * 1_234_567, "the report reads the imported lines");
}

#[test]
fn order_lines_need_a_date_and_an_amount() {
    let office = Office::new();
    let file = write(
        &office,
        "ventas.csv",
        "Fecha;Cliente;Producto;Importe;Pagado\n05/02/2026;Muñoz y Hijos;Mesa;abc;sí\n;Peña;Silla;100;talvez\n"
            .as_bytes(),
    );
    let stderr = office.fails(&["import", &file, "--kind", "orders", "--dates", "dmy"], 1);
    assert_eq!(
        stderr,
        format!(
            "line 2: amount 'abc': expected an amount such as 1234.50 or 1 234,50\n\
             line 3: date '': an order line needs its date\n\
             line 3: paid 'talvez': expected yes or no (да/нет, da/nu, sí/no)\n\
             error: 2 rows have errors in {file}; nothing was written (--skip-bad imports the other rows)\n"
        )
    );
    let list = write(&office, "list.csv", b"Name,City\nVector,Cluj\n");
    let stderr = office.fails(&["import", &list, "--kind", "orders"], 1);
    assert!(
        stderr.contains("has no date column (its columns: Name, City); name it with --map COLUMN=date"),
        "{stderr}"
    );
    assert_eq!(count(&office), 0);
}

#[test]
fn an_export_imports_into_another_file_without_loss_or_duplicates() {
    let office = Office::new();
    office.add_client(&[
        "--name",
        "Ștefănescu și Fiii SRL",
        "--tax-id",
        "RO123",
        "--city",
        "Brașov",
        "--address",
        "Str. Lungă 5",
        "--phone",
        "+40 722 000 111",
        "--phone",
        "021 312 45 67",
        "--email",
        "office@stefanescu.ro",
        "--website",
        "stefanescu.ro",
        "--source",
        "exhibition",
        "--manager",
        "Ana Popescu",
        "--category",
        "green",
        "--tag",
        "tender",
        "--tag",
        "vip",
        "--notes",
        "Prefers \"morning\" calls;\nsecond line, with a comma",
    ]);
    office.ok(&[
        "add",
        "person",
        "1",
        "--name",
        "Elena Ștefănescu",
        "--position",
        "Director",
        "--birthday",
        "15.03",
        "--phone",
        "+40 733 111 222",
        "--decision-maker",
    ]);
    office.ok(&[
        "add",
        "person",
        "1",
        "--name",
        "Ion Rusu",
        "--email",
        "ion@stefanescu.ro",
        "--birthday",
        "21.07.1980",
    ]);
    office.add_client(&["--name", "Фёдоров Иван", "--private", "--city", "Москва", "--phone", "8 916 555 00 11"]);
    office.add_client(&["--name", "Muñoz y Hijos", "--city", "Cádiz"]);

    let first = office.ok(&["export"]);
    let file = office.dir.path().join("export.csv");
    let err = office.run(&["export", "--excel", "-o", file.to_str().unwrap()]);
    assert_eq!(
        (err.code, err.stderr.as_str()),
        (0, format!("3 clients (4 rows) written to {}\n", file.display()).as_str())
    );
    let names: Vec<String> = std::fs::read_dir(office.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("kartoteka-tmp")), "no temporary file is left: {names:?}");
    let excel = std::fs::read(&file).unwrap();
    assert!(excel.starts_with("\u{feff}Salutation;Name;Kind;".as_bytes()), "a BOM and semicolons for Excel");
    assert!(String::from_utf8_lossy(&excel).contains("Dear Ion Rusu,;Ștefănescu"), "a salutation for mail merge");

    // A file for people in each language, with its headers, dates and
    // yes/no, reads back the same.
    for (lang, header, birthday) in [
        ("ru", "\u{feff}Обращение;Название;", "21.07.1980"),
        ("ro", "\u{feff}Formulă de adresare;Denumire;", "21.07.1980"),
        ("es", "\u{feff}Saludo;Nombre;", "21/07/1980"),
    ] {
        let path = office.dir.path().join(format!("export-{lang}.csv"));
        office.ok(&["--lang", lang, "export", "--excel", "-o", path.to_str().unwrap()]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(header) && text.contains(birthday), "{lang}: {text}");
        let other = Office::new();
        let done = other.json(&["import", path.to_str().unwrap()]);
        assert_eq!((done["created"].as_u64(), done["rejected"].as_u64()), (Some(3), Some(0)), "{lang}: {done}");
        assert_eq!(done["not_understood"], serde_json::json!([]), "{lang}");
        assert_eq!(other.ok(&["export"]), first, "{lang}: the same clients, persons and fields");
    }

    let other = Office::new();
    let done = other.json(&["import", file.to_str().unwrap()]);
    assert_eq!(
        (done["created"].as_u64(), done["updated"].as_u64(), done["rejected"].as_u64()),
        (Some(3), Some(1), Some(0)),
        "{done}"
    );
    assert_eq!(done["not_understood"], serde_json::json!([]));
    assert_eq!(other.ok(&["export"]), first, "the same clients, persons and fields");
    let again = other.json(&["import", file.to_str().unwrap()]);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(0), Some(4))
    );
    let city = other.ok(&["export", "--city", "Cádiz"]);
    assert_eq!(city.lines().count(), 2, "the filters of list choose the clients:\n{city}");
}

#[test]
fn a_known_person_gets_what_the_row_adds() {
    let office = Office::new();
    let first = write(&office, "a.csv", b"Name,Contact person,Contact phone\nVector SRL,Ana Pop,+40 721 000 111\n");
    office.ok(&["import", &first]);
    let more = write(
        &office,
        "b.csv",
        b"Name,Contact person,Contact phone,Position\nVector SRL,ana pop,0721 000 111; 0733 222 333,Director\n",
    );
    let done = office.json(&["import", &more]);
    assert_eq!((done["updated"].as_u64(), done["created"].as_u64()), (Some(1), Some(0)), "{done}");
    let ana = &office.json(&["show", "1"])["persons"][0];
    assert_eq!(
        ana["phones"],
        serde_json::json!(["+40 721 000 111", "0733 222 333"]),
        "the same number is not added twice"
    );
    assert_eq!(ana["position"], "Director");
    assert_eq!(office.json(&["import", &more])["unchanged"].as_u64(), Some(1));
}

#[test]
fn companies_of_one_name_in_two_cities_are_two_clients() {
    let office = Office::new();
    let file = write(
        &office,
        "homonyms.csv",
        "Name,City,Phone\nSuministros Cantábrico,Logroño,+34 941 000 111\n\
         Suministros Cantabrico,Alicante,+34 965 000 222\nSUMINISTROS CANTÁBRICO,,+34 941 000 333\n"
            .as_bytes(),
    );
    let done = office.json(&["import", &file]);
    assert_eq!((done["created"].as_u64(), done["updated"].as_u64()), (Some(2), Some(1)));
    let list = office.json(&["list", "--city", "Logroño"]);
    assert_eq!(list[0]["id"].as_u64(), Some(1), "a row without a city fills in the first of the name");
    assert_eq!(office.json(&["show", "1"])["client"]["phones"].as_array().unwrap().len(), 2);
}
