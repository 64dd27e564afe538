//! The small office every interface test starts from, and the helpers
//! that press keys and draw the screen as a user would see it.

#![allow(dead_code)]

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kartoteka::domain::clock::Clock;
use kartoteka::domain::dates::Birthday;
use kartoteka::domain::model::{NewClient, NewContact, NewOrder, NewPerson};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::domain::{Category, Column, ContactKind, Outcome};
use kartoteka::store::Store;
use kartoteka::tui::app::App;
use kartoteka::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A small office on a fixed Monday, 23 November 2026.
pub fn office() -> App {
    App::new(office_store()).unwrap()
}

/// The store of the small office.
pub fn office_store() -> Store {
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
    store
}

pub fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c));
    }
}

pub fn key(app: &mut App, code: KeyCode) {
    let event = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = app.keymap.resolve(app.context(), event) {
        app.update(action);
    }
}

pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    terminal
}

pub fn screen(app: &App, width: u16, height: u16) -> String {
    draw(app, width, height).backend().to_string()
}

/// The name of the selected client.
pub fn named(app: &App) -> String {
    app.selected_row().map(|r| r.name.clone()).unwrap_or_default()
}

/// The contacts of client `name`, latest first: summary, outcome, next date.
pub fn contacts(app: &App, name: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let id = app.store().resolve_client("client", name).unwrap();
    let d = app.store().dossier(id).unwrap();
    d.contacts.iter().map(|c| (c.summary.clone(), c.outcome.clone(), c.next_contact.map(|d| d.to_string()))).collect()
}
