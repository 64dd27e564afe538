//! The command line in the office's language: chosen by --lang, the
//! configuration or the system's locale; stable identifiers, JSON and the
//! exit codes never change with it.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;

/// An office with two clients, one with a next contact.
fn office() -> Office {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL", "--city", "Iași", "--manager", "Ana Popescu"]);
    office.add_client(&["--name", "Szabo Kft", "--city", "Cluj"]);
    office.ok(&["log", "Szabo", "--kind", "call_out", "--summary", "price list", "--next", "2026-11-30"]);
    office
}

/// Runs with the locale of the system set to `locale` and no other
/// choice of language.
fn with_locale(office: &Office, locale: &str, args: &[&str]) -> common::Run {
    let mut cmd = office.command();
    for var in ["KARTOTEKA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    common::collect(cmd.env("LANG", locale).args(args).output().unwrap())
}

#[test]
fn lang_chooses_the_words_dates_and_order_of_the_list() {
    let office = office();
    let ru = office.ok(&["--lang", "ru", "list"]);
    assert!(ru.starts_with("№  название"), "{ru}");
    assert!(ru.contains("2 из 2 клиентов"), "{ru}");
    assert!(ru.contains("30.11.2026"), "{ru}");
    // Romanian puts ș after every s; English folds it into s.
    let ro = office.ok(&["--lang", "ro", "list"]);
    assert!(ro.find("Szabo").unwrap() < ro.find("Ștefănescu").unwrap(), "{ro}");
    assert!(ro.contains("30.11.2026") && ro.contains("2 din 2 clienți"), "{ro}");
    let en = office.ok(&["list"]);
    assert!(en.find("Ștefănescu").unwrap() < en.find("Szabo").unwrap(), "{en}");
    assert!(en.contains("2026-11-30") && en.contains("2 of 2 clients"), "{en}");
    let es = office.ok(&["--lang", "es", "list"]);
    assert!(es.contains("30/11/2026") && es.contains("2 de 2 clientes"), "{es}");
}

#[test]
fn json_and_identifiers_are_the_same_in_every_language() {
    let office = office();
    let en = office.ok(&["list", "--json"]);
    for lang in ["ru", "ro", "es"] {
        assert_eq!(office.ok(&["--lang", lang, "list", "--json"]), en, "{lang}");
    }
    assert!(en.contains("\"column\": \"prospects\""), "{en}");
    // Filters take the stable ids whatever the language.
    let ru = office.ok(&["--lang", "ru", "list", "--column", "prospects", "--city", "Cluj"]);
    assert!(ru.contains("Szabo Kft") && ru.contains("prospects"), "{ru}");
}

#[test]
fn bad_input_is_named_in_the_language_and_nothing_is_written() {
    let office = office();
    let before = office.bytes();
    let log = |lang: &str, next: &str| {
        office.run(&["--lang", lang, "log", "Ștefănescu", "--kind", "call_out", "--summary", "x", "--next", next])
    };
    let err = log("ru", "31.02.2026");
    assert_eq!((err.code, err.stderr.as_str()), (1, "ошибка: next '31.02.2026': такой даты нет\n"));
    let err = log("es", "algún día");
    assert_eq!(err.code, 1);
    assert!(err.stderr.starts_with("error: next 'algún día': se espera una fecha"), "{}", err.stderr);
    assert_eq!(office.bytes(), before, "nothing written");
    // Dates typed in any language's form are read whatever the language.
    let next = |lang: &str, typed: &str| {
        assert_eq!(log(lang, typed).code, 0);
        office.json(&["show", "Ștefănescu"])["client"]["next_contact"].as_str().unwrap().to_string()
    };
    assert_eq!(next("ro", "mâine"), "2026-11-24");
    assert_eq!(next("ru", "пятницу"), "2026-11-27");
    assert_eq!(next("es", "01/12/2026"), "2026-12-01");
    assert_eq!(next("en", "+2н"), "2026-12-07", "a Russian week in English too");
}

#[test]
fn an_unknown_language_is_refused_and_an_unknown_locale_falls_back_to_english() {
    let office = office();
    let err = office.fails(&["--lang", "de", "list"], 1);
    assert_eq!(err, "error: lang 'de': expected one of: en, ru, ro, es\n");
    let es = with_locale(&office, "es_ES.UTF-8", &["list"]);
    assert!(es.stdout.contains("2 de 2 clientes"), "{}", es.stdout);
    let de = with_locale(&office, "de_DE.UTF-8", &["list"]);
    assert!(de.stdout.contains("2 of 2 clients"), "{}", de.stdout);
    let c = with_locale(&office, "C", &["list"]);
    assert!(c.stdout.contains("2 of 2 clients"), "{}", c.stdout);
}

#[test]
fn the_configuration_chooses_unless_lang_says_otherwise() {
    let office = office();
    let config = office.dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"ro\"\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = office.command();
        cmd.env_remove("KARTOTEKA_LANG").env("KARTOTEKA_CONFIG", &config).env("LANG", "ru_RU.UTF-8");
        common::collect(cmd.args(args).output().unwrap())
    };
    assert!(run(&["list"]).stdout.contains("2 din 2 clienți"), "the configuration over the locale");
    assert!(run(&["--lang", "es", "list"]).stdout.contains("2 de 2 clientes"), "--lang over the configuration");
    std::fs::write(&config, "lang = \"klingon\"\n").unwrap();
    let bad = run(&["list"]);
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("lang 'klingon'"), "{}", bad.stderr);
}

#[test]
fn help_is_in_the_language_and_english_comes_from_the_doc_comments() {
    let office = Office::new();
    let ru = office.ok(&["--lang", "ru", "list", "--help"]);
    assert!(ru.contains("Использование: kartoteka list"), "{ru}");
    assert!(ru.contains("Только клиенты в этой колонке Шиффмана"), "{ru}");
    assert!(ru.contains("-h, --help") && ru.contains("Показать справку"), "{ru}");
    let es = with_locale(&office, "es_ES.UTF-8", &["--help"]);
    assert!(es.stdout.contains("Órdenes:") && es.stdout.contains("Importar una lista de clientes"), "{}", es.stdout);
    let en = office.ok(&["list", "--help"]);
    assert!(en.contains("Usage: kartoteka list") && en.contains("Only clients in this Shiffman column"), "{en}");
}

#[test]
fn a_usage_error_is_said_in_the_language_with_exit_2() {
    let office = Office::new();
    let err = office.fails(&["--lang", "ru", "list", "--colum", "x"], 2);
    assert!(err.starts_with("ошибка: неизвестный аргумент '--colum'\n  подсказка: есть похожий: --column\n"), "{err}");
    assert!(err.contains("Использование: kartoteka list") && err.ends_with("Подробнее: '--help'.\n"), "{err}");
    let err = office.fails(&["--lang", "es", "export", "--format", "pdf"], 2);
    assert!(err.contains("valor no válido 'pdf'") && err.contains("valores posibles: csv, vcard, ics"), "{err}");
    // English is clap's own wording.
    let err = office.fails(&["list", "--colum", "x"], 2);
    assert!(err.starts_with("error: unexpected argument '--colum' found"), "{err}");
}

#[test]
fn what_the_file_records_itself_is_stored_in_english_and_read_in_the_language() {
    let office = Office::new();
    office.add_client(&["--name", "Vector"]);
    office.ok(&["--lang", "ru", "complaint", "add", "vector", "--what", "сломан стул", "--at", "2026-11-10 09:00"]);
    office.ok(&[
        "--lang",
        "ru",
        "complaint",
        "step",
        "1",
        "cause_found",
        "--note",
        "упаковка",
        "--at",
        "2026-11-12 09:00",
    ]);
    let d = office.json(&["--lang", "ru", "show", "vector"]);
    let stored: Vec<&str> = d["changes"].as_array().unwrap().iter().map(|c| c["what"].as_str().unwrap()).collect();
    assert_eq!(stored, ["complaint registered", "complaint cause found"], "written in Russian, stored in English");
    let history = office.ok(&["--lang", "ru", "history", "vector"]);
    assert!(history.contains("рекламация: причина найдена"), "{history}");
    let history = office.ok(&["history", "vector"]);
    assert!(history.contains("complaint cause found"), "{history}");
}
