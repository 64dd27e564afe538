//! Two people edit the same card at once: the second save sees the first,
//! takes in what does not clash, and asks about what does. Nothing anyone
//! saved is overwritten unseen.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::{NewClient, NewPerson};
use kartoteka::store::{OpenMode, Store};
use kartoteka::tui::app::App;
use tui_support::{date, key, press, screen};

fn clock() -> Clock {
    Clock::Fixed(date("2026-11-23").and_hms_opt(10, 0, 0).unwrap())
}

/// Moves the form's focus to `field` (its place in the card form) and
/// replaces what is typed there with `text`.
fn retype(app: &mut App, tabs: usize, text: &str) {
    for _ in 0..tabs {
        key(app, KeyCode::Tab);
    }
    for _ in 0..40 {
        key(app, KeyCode::Backspace);
    }
    press(app, text);
}

#[test]
fn a_card_saved_meanwhile_is_taken_in_and_the_clash_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana Popescu").unwrap();
    let id = store
        .add_client(&NewClient {
            name: "Ștefănescu Impex".into(),
            city: Some("Iași".into()),
            phones: vec!["+40 722 123 456".into()],
            ..NewClient::default()
        })
        .unwrap();
    store.add_person(id, &NewPerson { name: "Elena Ștefănescu".into(), ..NewPerson::default() }).unwrap();
    drop(store);

    let mut app = App::start(Store::open(&path, OpenMode::Existing, clock(), "Ana Popescu").unwrap()).unwrap();
    press(&mut app, "e");

    // Meanwhile Ion saves the same card: a new city and a new phone.
    let mut ion = Store::open(&path, OpenMode::Existing, clock(), "Ion Popa").unwrap();
    let seen = ion.client(id).unwrap();
    let mut his = NewClient::from_client(&seen);
    his.city = Some("Cluj-Napoca".into());
    his.phones = vec!["+40 733 000 111".into()];
    ion.update_client(id, seen.version, &his).unwrap();

    // Ana, not knowing, types another city (a clash) and a website (hers alone).
    retype(&mut app, 3, "Brașov");
    retype(&mut app, 4, "stefanescu.ro");
    key(&mut app, KeyCode::Enter);
    let detected = app.modal.is_some();
    let after_first = app.store().client(id).unwrap();
    insta::assert_snapshot!("conflict_asked_80x24", screen(&app, 80, 24));
    assert_eq!(after_first.city.as_deref(), Some("Cluj-Napoca"), "nothing of Ana's was saved yet");

    // Enter again keeps her city, with his phone and her website.
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "{:?}", app.modal);
    let saved = app.store().client(id).unwrap();
    assert_eq!(saved.city.as_deref(), Some("Brașov"));
    assert_eq!(saved.website.as_deref(), Some("stefanescu.ro"));
    let overwritten = usize::from(saved.phones != ["+40 733 000 111"]);
    println!("conflicts detected {}/1, silent overwrites {overwritten}", usize::from(detected));
    assert!(detected);
    assert_eq!(overwritten, 0);
}
