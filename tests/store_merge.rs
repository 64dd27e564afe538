//! Duplicates found in the file and two clients merged into one: every
//! person, contact, order and move of the other goes to the kept client,
//! the card as chosen; and the merge undone puts both back exactly.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use kartoteka::domain::ContactKind;
use kartoteka::domain::clock::Clock;
use kartoteka::domain::dates::Birthday;
use kartoteka::domain::duplicates::{MergeField, Reason, merged};
use kartoteka::domain::model::{Dossier, NewClient, NewContact, NewOrder, NewPerson};
use kartoteka::store::{OpenMode, Store, StoreError};

fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 0, 0).unwrap())
}

fn client(name: &str, city: &str, phone: &str) -> NewClient {
    NewClient { name: name.into(), city: Some(city.into()), phones: vec![phone.into()], ..NewClient::default() }
}

fn call(summary: &str) -> NewContact {
    NewContact {
        at: clock().now(),
        kind: ContactKind::CallOut,
        person: None,
        summary: summary.into(),
        outcome: None,
        next_contact: None,
        source: None,
    }
}

/// Vector SRL (#1) with Olga and a call, and its twin typed in again (#2)
/// with Olga's birthday, Ion, a call and an order.
fn twins(store: &mut Store) -> (i64, i64) {
    let keep = store.add_client(&client("Vector SRL", "Cluj", "+40 721 123 456")).unwrap();
    store.add_person(keep, &NewPerson { name: "Olga Rusu".into(), ..NewPerson::default() }).unwrap();
    store.log_contact(keep, &call("price sent")).unwrap();
    let other = store
        .add_client(&NewClient {
            tax_id: Some("RO123".into()),
            ..client("S.C. Vector S.R.L.", "Cluj-Napoca", "0721123456")
        })
        .unwrap();
    let birthday = Some(Birthday { year: None, month: 3, day: 8 });
    store
        .add_person(
            other,
            &NewPerson {
                name: "olga rusu".into(),
                phones: vec!["+40 733 000 111".into()],
                birthday,
                ..NewPerson::default()
            },
        )
        .unwrap();
    store.add_person(other, &NewPerson { name: "Ion Pop".into(), ..NewPerson::default() }).unwrap();
    store.log_contact(other, &call("met at the fair")).unwrap();
    let order = NewOrder {
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        product: Some("Laptop".into()),
        line: None,
        quantity: 1.0,
        amount: 500_000,
        paid: true,
    };
    store.add_order(other, &order).unwrap();
    (keep, other)
}

#[test]
fn the_same_phone_is_found_and_a_merge_moves_everything_and_is_undone_exactly() {
    let mut store = Store::open_in_memory(clock(), "Ana").unwrap();
    let (keep, other) = twins(&mut store);
    let groups = store.duplicates().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].clients, [keep, other]);
    assert_eq!(groups[0].reasons, [Reason::Phone("+40 721 123 456".into())]);

    let before = (store.dossier(keep).unwrap(), store.dossier(other).unwrap());
    let (k, o) = (store.client(keep).unwrap(), store.client(other).unwrap());
    let card = merged(&NewClient::from_client(&k), &NewClient::from_client(&o), &[MergeField::City]);
    store.merge_clients(keep, other, (k.version, o.version), &card).unwrap();

    let d = store.dossier(keep).unwrap();
    assert!(store.client_row(other).unwrap().is_none(), "the other is gone");
    assert_eq!(d.client.city.as_deref(), Some("Cluj-Napoca"), "chosen from the other");
    assert_eq!(d.client.tax_id.as_deref(), Some("RO123"), "what the kept lacked");
    assert_eq!(d.client.phones, ["+40 721 123 456"], "one number written two ways is one");
    let persons: Vec<(&str, usize, Option<Birthday>)> =
        d.persons.iter().map(|p| (p.name.as_str(), p.phones.len(), p.birthday)).collect();
    assert_eq!(
        persons,
        [("Olga Rusu", 1, Some(Birthday { year: None, month: 3, day: 8 })), ("Ion Pop", 0, None)],
        "Olga once, with what her twin knew"
    );
    assert_eq!(d.contacts.len(), 2);
    assert_eq!(d.orders.len(), 1);
    assert_eq!(d.moves.len(), 2, "both placements stay in the history");
    assert!(d.changes.iter().any(|c| c.what == "merged" && c.before.as_deref() == Some("S.C. Vector S.R.L. (#2)")));
    let sales = store.sales(clock().today(), None).unwrap();
    let kept = sales.iter().find(|s| s.id == keep).unwrap();
    assert_eq!(kept.sales.len(), 1, "the order line counts for the kept (its packed lines rewritten)");
    assert!(store.duplicates().unwrap().is_empty());

    let step = store.undo().unwrap().unwrap();
    assert_eq!((step.step.what.as_str(), step.step.client), ("merge", Some(keep)));
    // The history keeps the merge and its undo; the rest is back exactly.
    let after = (store.dossier(keep).unwrap(), store.dossier(other).unwrap());
    let history = |d: &Dossier| d.changes.iter().map(|c| c.what.clone()).collect::<Vec<_>>();
    assert_eq!(history(&after.0), ["city", "tax id", "merged", "category from orders", "undo"]);
    assert_eq!(history(&after.1), ["category from orders", "undo"], "the other's history goes back with it");
    let rest = |mut d: Dossier| {
        d.client.version = 0;
        d.changes.clear();
        d
    };
    assert_eq!((rest(after.0), rest(after.1)), (rest(before.0), rest(before.1)), "both back exactly");
}

#[test]
fn a_merge_of_a_client_changed_since_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let (keep, other) = twins(&mut store);
    let (k, o) = (store.client(keep).unwrap(), store.client(other).unwrap());
    let mut colleague = Store::open(&path, OpenMode::Existing, clock(), "Ion").unwrap();
    colleague.log_contact(other, &call("called back")).unwrap();
    let card = merged(&NewClient::from_client(&k), &NewClient::from_client(&o), &[]);
    let err = store.merge_clients(keep, other, (k.version, o.version), &card).unwrap_err();
    assert!(matches!(err, StoreError::ChangedSince(_)), "{err}");
    assert_eq!(store.dossier(other).unwrap().contacts.len(), 2, "nothing merged");
}
