//! Editing, deleting and undoing on the store, as the interface uses them.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::{Dossier, NewClient, NewContact, NewOrder, NewPerson};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::domain::{Category, Column, ContactKind};
use kartoteka::store::{OpenMode, Store, StoreError};

fn at(h: u32, m: u32) -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(h, m, 0).unwrap())
}

fn vector() -> NewClient {
    NewClient {
        name: "Vector SRL".into(),
        city: Some("Cluj".into()),
        phones: vec!["+40 721 123 456".into()],
        emails: vec!["office@vector.ro".into()],
        tags: vec!["tender".into()],
        ..NewClient::default()
    }
}

fn contact() -> NewContact {
    NewContact {
        at: at(10, 5).now(),
        kind: ContactKind::CallOut,
        person: None,
        summary: "price sent".into(),
        outcome: None,
        next_contact: None,
        source: None,
    }
}

#[test]
fn an_edit_records_each_changed_field_and_refuses_a_stale_card() {
    let mut store = Store::open_in_memory(at(9, 0), "Ana").unwrap();
    let id = store.add_client(&vector()).unwrap();
    let seen = store.client(id).unwrap().version;
    let mut edit = NewClient::from_client(&store.client(id).unwrap());
    edit.city = Some("Iași".into());
    edit.phones = vec!["0722 000 111".into()];
    edit.category = Some(Category::Green);
    store.update_client(id, seen, &edit).unwrap();

    let d = store.dossier(id).unwrap();
    assert_eq!(d.client.city.as_deref(), Some("Iași"));
    assert_eq!(d.client.phones, vec!["0722 000 111"]);
    let changed: Vec<(&str, Option<&str>, Option<&str>)> =
        d.changes.iter().map(|c| (c.what.as_str(), c.before.as_deref(), c.after.as_deref())).collect();
    assert_eq!(
        changed,
        vec![
            ("city", Some("Cluj"), Some("Iași")),
            ("phones", Some("+40 721 123 456"), Some("0722 000 111")),
            ("category", Some("white"), Some("green")),
        ]
    );
    // The same card, saved again from the first reading, is refused.
    let err = store.update_client(id, seen, &edit).unwrap_err();
    assert!(matches!(err, StoreError::ChangedSince(_)), "{err}");
    // A bad e-mail names itself and writes nothing.
    let fresh = store.client(id).unwrap();
    let mut bad = NewClient::from_client(&fresh);
    bad.emails = vec!["office(at)vector.ro".into()];
    let err = store.update_client(id, fresh.version, &bad).unwrap_err();
    assert_eq!(err.to_string(), "email 'office(at)vector.ro': expected an e-mail address such as name@example.com");
    assert_eq!(store.client(id).unwrap().emails, vec!["office@vector.ro"]);
}

#[test]
fn the_same_name_phone_or_email_is_a_possible_duplicate() {
    let mut store = Store::open_in_memory(at(9, 0), "Ana").unwrap();
    let id = store.add_client(&vector()).unwrap();
    store
        .add_person(
            id,
            &NewPerson { name: "Olga Țurcan".into(), emails: vec!["olga@vector.ro".into()], ..NewPerson::default() },
        )
        .unwrap();
    let looks =
        |new: NewClient| store.possible_duplicates(&new, None).unwrap().iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(looks(NewClient { name: "VECTOR srl".into(), ..NewClient::default() }), vec![id]);
    assert_eq!(
        looks(NewClient { name: "Other".into(), phones: vec!["0721-123-456".into()], ..NewClient::default() }),
        vec![id]
    );
    assert_eq!(
        looks(NewClient { name: "Other".into(), emails: vec!["OLGA@vector.ro".into()], ..NewClient::default() }),
        vec![id]
    );
    assert!(
        looks(NewClient { name: "Vectra".into(), phones: vec!["0721 999 999".into()], ..NewClient::default() })
            .is_empty()
    );
    assert!(store.possible_duplicates(&vector(), Some(id)).unwrap().is_empty(), "a client is no duplicate of itself");
}

/// A dossier as it compares across an undo: the card's version moves on,
/// and the history keeps both the change and its undo.
fn kept(mut d: Dossier) -> Dossier {
    d.client.version = 0;
    d.changes.retain(|c| c.what != "undo");
    d
}

#[test]
fn undo_takes_back_moves_contacts_edits_and_deletes_in_turn() {
    let mut store = Store::open_in_memory(at(9, 0), "Ana").unwrap();
    let id = store.add_client(&vector()).unwrap();
    let added = store.dossier(id).unwrap();
    store.add_person(id, &NewPerson { name: "Olga".into(), ..NewPerson::default() }).unwrap();
    let with_person = store.dossier(id).unwrap();
    store.move_client(id, |from| plan_move(from, Some(Column::Interested), None, None)).unwrap();
    store.log_contact(id, &contact()).unwrap();
    let holdings = store.holdings(id).unwrap();
    assert_eq!((holdings.persons, holdings.contacts, holdings.orders), (1, 1, 0));
    store.delete_client(id).unwrap();
    assert!(store.client_row(id).unwrap().is_none());

    let whats: Vec<String> = std::iter::from_fn(|| store.undo().unwrap()).map(|u| u.step.what).take(3).collect();
    assert_eq!(whats, vec!["delete", "contact", "move"]);
    let back = store.dossier(id).unwrap();
    assert_eq!(kept(back.clone()), kept(with_person), "delete, contact and move taken back exactly");
    let undos: Vec<&str> =
        back.changes.iter().filter(|c| c.what == "undo").filter_map(|c| c.before.as_deref()).collect();
    assert_eq!(
        undos,
        ["delete (2026-11-23 09:00 by Ana)", "contact (2026-11-23 09:00 by Ana)", "move (2026-11-23 09:00 by Ana)"],
        "each undo is in the client's history"
    );
    assert_eq!(store.undo().unwrap().unwrap().step.what, "new person");
    assert_eq!(kept(store.dossier(id).unwrap()), kept(added));
    assert_eq!(store.undo().unwrap().unwrap().step.name.as_deref(), Some("Vector SRL"));
    assert!(store.client_row(id).unwrap().is_none(), "undoing the add removes the client");
    assert!(store.undo().unwrap().is_none());
}

#[test]
fn undo_keeps_a_colleagues_later_change_of_other_fields_and_refuses_one_of_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut interface = Store::open(&path, OpenMode::Create, at(9, 0), "Ana").unwrap();
    let id = interface.add_client(&vector()).unwrap();
    interface.move_client(id, |from| plan_move(from, Some(Column::Interested), None, None)).unwrap();
    // Meanwhile a colleague logs a call from the command line: other rows,
    // other fields of the card.
    let mut cli = Store::open(&path, OpenMode::Existing, at(9, 30), "Ion").unwrap();
    cli.log_contact(id, &contact()).unwrap();
    interface.undo().unwrap();
    let d = interface.dossier(id).unwrap();
    assert_eq!((d.client.column, d.contacts.len()), (Column::Prospects, 1), "the move undone, the call kept");

    // Then both move the client: the colleague's move is not overwritten.
    interface.move_client(id, |from| plan_move(from, Some(Column::Interested), None, None)).unwrap();
    cli.move_client(id, |from| plan_move(from, Some(Column::FollowUp1), None, None)).unwrap();
    let err = interface.undo().unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot undo step 5 (move of Vector SRL, 2026-11-23 09:00 by Ana): a value it changed was changed again \
         since (by step 6 (move of Vector SRL, 2026-11-23 09:30 by Ion); undo that first); nothing was changed"
    );
    let d = interface.dossier(id).unwrap();
    assert_eq!((d.client.column, d.moves.len()), (Column::FollowUp1, 3), "the colleague's move is kept");
}

#[test]
fn undoing_an_order_takes_back_the_colour_it_gave() {
    let mut store = Store::open_in_memory(at(9, 0), "Ana").unwrap();
    let id = store.add_client(&NewClient { category: Some(Category::Green), ..vector() }).unwrap();
    let before = store.dossier(id).unwrap();
    let order = NewOrder {
        date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        product: None,
        line: None,
        quantity: 1.0,
        amount: 50_000,
        paid: true,
    };
    store.add_order(id, &order).unwrap();
    let gold = store.dossier(id).unwrap();
    assert_eq!(gold.client.category, Category::Gold, "a paid order makes the client gold");
    assert_eq!(gold.changes.last().map(|c| c.what.as_str()), Some("category from orders"));
    assert_eq!(store.undo().unwrap().unwrap().step.what, "order");
    let after = store.dossier(id).unwrap();
    let history: Vec<&str> = after.changes.iter().map(|c| c.what.as_str()).collect();
    assert_eq!(history, ["category from orders", "undo"], "the history keeps the change and its undo");
    let mut after = after;
    after.changes.clear();
    assert_eq!(kept(after), kept(before), "the order and the colour are taken back");
}

#[test]
fn editing_a_card_keeps_what_the_form_does_not_show() {
    use kartoteka::tui::forms::ClientForm;
    let mut store = Store::open_in_memory(at(9, 0), "Ana").unwrap();
    let new = NewClient { size: Some("50–249".into()), tax_id: Some("RO123456".into()), ..vector() };
    let id = store.add_client(&new).unwrap();
    let client = store.client(id).unwrap();
    assert_eq!(client.tax_id.as_deref(), Some("RO123456"));
    let edited = ClientForm::edit(&client).to_client(at(9, 0).today()).unwrap();
    store.update_client(id, client.version, &edited).unwrap();
    let after = store.client(id).unwrap();
    assert_eq!((after.size.as_deref(), after.tax_id.as_deref()), (Some("50–249"), Some("RO123456")));
    assert!(store.dossier(id).unwrap().changes.is_empty(), "nothing changed, nothing recorded");
}
