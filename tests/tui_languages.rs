//! The interface in each of its four languages: every screen drawn at
//! 80×24 and at 120×40 in English, Russian, Romanian and Spanish, with no
//! message left untranslated and no column squeezed out by a long word.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::model::NewClient;
use kartoteka::i18n::{self, Lang, catalogue_ids, t};
use kartoteka::tui::app::App;
use tui_support::{key, office_store, press, screen};

/// The screens a user goes through, as the keys that reach them.
const SCREENS: [(&str, &str); 10] = [
    ("list", ""),
    ("board", "2"),
    ("reports", "3"),
    ("agenda", "4"),
    ("queue", "4\n"),
    ("help", "?"),
    ("contact", "c"),
    ("new_client", "a"),
    ("delete", "d"),
    ("journal", "J"),
];

fn reach(app: &mut App, keys: &str) {
    for c in keys.chars() {
        match c {
            '\n' => key(app, KeyCode::Enter),
            c => press(app, &c.to_string()),
        }
    }
}

#[test]
fn every_screen_in_every_language_at_both_sizes() {
    let (ids, _) = catalogue_ids(Lang::En);
    for lang in Lang::ALL {
        let _lang = i18n::scoped(lang);
        for (name, keys) in SCREENS {
            let mut app = App::new(office_store()).unwrap();
            reach(&mut app, keys);
            let small = screen(&app, 80, 24);
            let large = screen(&app, 120, 40);
            for shown in [&small, &large] {
                // A message without its translation would show its id.
                let raw: Vec<&String> = ids.iter().filter(|id| shown.contains(id.as_str())).collect();
                assert!(raw.is_empty(), "{name} in {}: untranslated {raw:?}\n{shown}", lang.code());
            }
            if name == "list" {
                // Every column of the list keeps its heading at 80 columns.
                for heading in ["list-name", "list-city", "list-column", "list-next"].map(t) {
                    assert!(small.contains(heading), "{} lost {heading}:\n{small}", lang.code());
                }
            }
            insta::assert_snapshot!(format!("{name}_{}", lang.code()), format!("{small}\n{large}"));
        }
    }
}

#[test]
fn dates_and_amounts_follow_the_language_on_screen() {
    for (lang, today, overdue, amount) in [
        (Lang::En, "2026-11-23", "2026-11-20 overdue", "2,700.00"),
        (Lang::Ru, "23.11.2026", "20.11.2026 просрочен", "2 700,00"),
        (Lang::Ro, "23.11.2026", "20.11.2026 depășit", "2 700,00"),
        // Spanish groups thousands from five digits on (12.345,67).
        (Lang::Es, "23/11/2026", "20/11/2026 vencido", "2700,00"),
    ] {
        let _lang = i18n::scoped(lang);
        let mut app = App::new(office_store()).unwrap();
        press(&mut app, "jjj");
        assert_eq!(tui_support::named(&app), "Ștefănescu Impex");
        let shown = screen(&app, 120, 40);
        assert!(shown.lines().next().unwrap().contains(today), "{}: {shown}", lang.code());
        assert!(shown.contains(overdue), "{}: {shown}", lang.code());
        assert!(shown.contains(amount), "{}: {shown}", lang.code());
    }
}

#[test]
fn the_list_sorts_in_the_language_alphabet() {
    let order = |lang: Lang| {
        let _lang = i18n::scoped(lang);
        let mut store = office_store();
        for name in ["Szabo Kft", "Nuñez Hermanos", "Nutria SA"] {
            store.add_client(&NewClient { name: name.into(), ..NewClient::default() }).unwrap();
        }
        let app = App::new(store).unwrap();
        app.shown.iter().map(|i| app.rows[*i].name.clone()).collect::<Vec<_>>()
    };
    let place = |names: &[String], name: &str| names.iter().position(|n| n == name).unwrap();
    // Romanian: ș after every s; English folds it into s.
    let ro = order(Lang::Ro);
    assert!(place(&ro, "Szabo Kft") < place(&ro, "Ștefănescu Impex"), "{ro:?}");
    let en = order(Lang::En);
    assert!(place(&en, "Ștefănescu Impex") < place(&en, "Szabo Kft"), "{en:?}");
    // Spanish: ñ is a letter of its own between n and o, so "nuñ" before "nut".
    let es = order(Lang::Es);
    assert!(place(&es, "Nuñez Hermanos") < place(&es, "Nutria SA"), "{es:?}");
    assert!(place(&es, "Muñoz y Hijos") < place(&es, "Nuñez Hermanos"), "{es:?}");
    // The interface speaks the language it was started in.
    let _ru = i18n::scoped(Lang::Ru);
    assert_eq!(t("tab-list"), "Список");
}

/// Types `query` as the list's filter, in place of the one there.
fn filter(app: &mut App, query: &str) -> Vec<String> {
    press(app, "/");
    while !app.filter.is_empty() {
        key(app, KeyCode::Backspace);
    }
    press(app, query);
    key(app, KeyCode::Enter);
    app.shown.iter().map(|i| app.rows[*i].name.clone()).collect()
}

#[test]
fn an_edit_keeps_every_client_findable_in_the_language_order() {
    let _lang = i18n::scoped(Lang::Ro);
    let mut store = office_store();
    // Romanian puts "Szabo" before "Ștefănescu"; the folded keys have them the other way round.
    store.add_client(&NewClient { name: "Szabo Kft".into(), ..NewClient::default() }).unwrap();
    let mut app = App::new(store).unwrap();
    assert_eq!(filter(&mut app, "szabo"), ["Szabo Kft"]);
    press(&mut app, "e");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // to City
    }
    press(&mut app, "Cluj");
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "{}", screen(&app, 80, 24));
    assert_eq!(filter(&mut app, "stef"), ["Ștefănescu Impex"]);
    assert_eq!(filter(&mut app, "szabo"), ["Szabo Kft"]);
    // A client renamed goes where the language's alphabet puts it: ș after every s.
    assert_eq!(filter(&mut app, "munoz"), ["Muñoz y Hijos"]);
    press(&mut app, "e");
    for _ in 0.."Muñoz y Hijos".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "Șa Trans");
    key(&mut app, KeyCode::Enter);
    let names = filter(&mut app, "");
    let at = |name: &str| names.iter().position(|n| n == name).unwrap_or_else(|| panic!("{name} not in {names:?}"));
    assert!(at("Szabo Kft") < at("Șa Trans") && at("Șa Trans") < at("Ștefănescu Impex"), "{names:?}");
    assert_eq!(filter(&mut app, "sa trans"), ["Șa Trans"], "found by its new name");
}
