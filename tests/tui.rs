//! The interface as a user sees it: scripted keys through the keymap and
//! `update`, rendered into a `TestBackend`, compared with snapshots.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kartoteka::domain::clock::Clock;
use kartoteka::domain::dates::Birthday;
use kartoteka::domain::model::{NewClient, NewContact, NewOrder, NewPerson};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::domain::{Category, Column, ContactKind, Outcome};
use kartoteka::store::Store;
use kartoteka::tui::app::App;
use kartoteka::tui::{keymap, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A small office on a fixed Monday, 23 November 2026.
fn office() -> App {
    let clock = Clock::Fixed(date("2026-11-23").and_hms_opt(10, 0, 0).unwrap());
    let mut store = Store::open_in_memory(clock, "Ana Popescu").unwrap();
    let client = |name: &str, city: &str, category: Category| NewClient {
        name: name.into(),
        city: Some(city.into()),
        category: Some(category),
        manager: Some("Ana Popescu".into()),
        ..NewClient::default()
    };
    let stef = store
        .add_client(&NewClient {
            legal_name: Some("SC Ștefănescu Impex SRL".into()),
            phones: vec!["+40 722 123 456".into()],
            emails: vec!["office@stefanescu.ro".into()],
            industry: Some("Construction".into()),
            source: Some("exhibition".into()),
            tags: vec!["tender".into()],
            ..client("Ștefănescu Impex", "Iași", Category::Green)
        })
        .unwrap();
    store
        .add_person(
            stef,
            &NewPerson {
                name: "Elena Ștefănescu".into(),
                position: Some("Director general".into()),
                birthday: Some(Birthday { year: None, month: 3, day: 15 }),
                decision_maker: true,
                ..NewPerson::default()
            },
        )
        .unwrap();
    store.add_person(stef, &NewPerson { name: "Ion Popa".into(), ..NewPerson::default() }).unwrap();
    store.move_client(stef, |from| plan_move(from, None, None, None)).unwrap();
    store
        .log_contact(
            stef,
            &NewContact {
                at: date("2026-11-18").and_hms_opt(9, 30, 0).unwrap(),
                kind: ContactKind::CallOut,
                person: Some("Elena".into()),
                summary: "Asked for the price list".into(),
                outcome: Some("reached".into()),
                next_contact: Some(date("2026-11-20")),
                source: None,
            },
        )
        .unwrap();
    store
        .add_order(
            stef,
            &NewOrder {
                date: date("2026-10-02"),
                product: Some("Laptop Pro 14".into()),
                line: None,
                quantity: 2.0,
                amount: 270_000,
                paid: true,
            },
        )
        .unwrap();
    let ivanov = store.add_client(&client("Иванов Андрей", "Москва", Category::Gold)).unwrap();
    store
        .log_contact(
            ivanov,
            &NewContact {
                at: date("2026-11-20").and_hms_opt(15, 0, 0).unwrap(),
                kind: ContactKind::CallIn,
                person: None,
                summary: "Wants a second laptop".into(),
                outcome: None,
                next_contact: Some(date("2026-11-30")),
                source: Some("referral".into()),
            },
        )
        .unwrap();
    store.add_client(&client("Muñoz y Hijos", "Madrid", Category::White)).unwrap();
    let alvarez = store.add_client(&client("Álvarez S.L.", "Sevilla", Category::RedGreen)).unwrap();
    store
        .move_client(alvarez, |from| plan_move(from, Some(Column::Result), Some(Outcome::Lost), Some("price")))
        .unwrap();
    store.add_client(&client("Øster ApS", "København", Category::Grey)).unwrap();
    store.add_client(&client("Фёдоров и партнёры", "Казань", Category::Platinum)).unwrap();
    App::new(store).unwrap()
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn key(app: &mut App, code: KeyCode) {
    let event = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = keymap::resolve(app.context(), event) {
        app.update(action);
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    terminal
}

fn screen(app: &App, width: u16, height: u16) -> String {
    draw(app, width, height).backend().to_string()
}

#[test]
fn list_dossier_and_log_at_80x24() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn list_beside_dossier_at_120x40() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn filter_narrows_as_you_type_without_diacritics() {
    let mut app = office();
    press(&mut app, "/stef");
    let s = screen(&app, 120, 40);
    assert!(s.contains("1 / 6"), "{s}");
    insta::assert_snapshot!(s);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.shown.len(), 6, "Esc clears the filter");
    press(&mut app, "/федоров");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры");
    press(&mut app, "q");
    assert!(app.quit, "after Enter the keys act again");
}

#[test]
fn filter_finds_phones_and_persons() {
    let mut app = office();
    press(&mut app, "/0722123456");
    assert_eq!(app.selected_row().unwrap().name, "Ștefănescu Impex");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "/ion popa");
    assert_eq!(app.shown.len(), 1);
}

#[test]
fn sort_cycles_through_next_and_last_contact() {
    let mut app = office();
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Ștefănescu Impex", "the overdue next contact comes first");
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Иванов Андрей", "the latest contact comes first");
    let s = screen(&app, 80, 24);
    assert!(s.contains("sorted by last contact"), "{s}");
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Álvarez S.L.");
}

#[test]
fn moving_the_selection_loads_the_dossier() {
    let mut app = office();
    press(&mut app, "jj");
    assert_eq!(app.dossier.as_ref().unwrap().client.name, "Øster ApS");
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры");
    press(&mut app, "j");
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры", "stops at the last client");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "j");
    assert_eq!(app.dossier_scroll, 1, "in the dossier the keys scroll");
}

#[test]
fn help_overlay_comes_from_the_keymap() {
    let mut app = office();
    press(&mut app, "?");
    let s = screen(&app, 120, 40);
    for (keys, what) in keymap::help_lines(keymap::Context::Normal) {
        assert!(s.contains(&keys) && s.contains(what), "help lacks {keys} {what}");
    }
    insta::assert_snapshot!(s);
    key(&mut app, KeyCode::Esc);
    assert!(!screen(&app, 120, 40).contains(" Keys "));
}

#[test]
fn a_tiny_window_says_so() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 30, 8));
}

#[test]
fn every_size_renders_without_panic() {
    let app = office();
    let mut count = 0;
    for width in (0..=120).step_by(7) {
        for height in (0..=40).step_by(3) {
            // TestBackend cannot print a zero-wide buffer; drawing it is the test.
            draw(&app, width, height);
            count += 1;
        }
    }
    println!("{count} sizes rendered, 0 panics");
}
