//! The writes of a working day on the 100k file, each one committed
//! transaction through the store as the interface makes it, each one step of
//! the journal: a card moved on the board, a call logged, an edit saved. Budget
//! 10 ms each. Measured on a copy, so the demo file stays as made, with the
//! write-ahead log copied into the file on a thread of its own, as the
//! interface has it.

use chrono::Days;
use kartoteka::domain::model::{ClientFilter, NewClient, NewContact};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::domain::{Column, ContactKind};
use kartoteka::store::{OpenMode, Store};

use crate::support::{Figure, bench_file, clock, measure};

const RUNS: usize = 100;

pub fn measure_all(figures: &mut Vec<Figure>) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    std::fs::copy(bench_file(), &copy).unwrap();
    let mut store = Store::open(&copy, OpenMode::Existing, clock(), "Ana Popescu").unwrap();
    store.checkpoint_apart().unwrap();
    let prospects: Vec<i64> = store
        .client_rows(&ClientFilter { column: Some(Column::Prospects), ..ClientFilter::default() })
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    // A client of each part of the alphabet, a different one each time.
    let spread = |i: usize| prospects[i * 397 % prospects.len()];

    let mut i = 0;
    figures.push(measure("move a card on the board (committed)", 10, RUNS, || {
        i += 1;
        store.move_client(spread(i), |from| plan_move(from, None, None, None)).unwrap();
    }));
    let today = clock().today();
    figures.push(measure("log a call (committed)", 10, RUNS, || {
        i += 1;
        let call = NewContact {
            at: clock().now(),
            kind: ContactKind::CallOut,
            person: None,
            summary: "Called about the spring price list".into(),
            outcome: Some("reached".into()),
            next_contact: today.checked_add_days(Days::new(7)),
            source: None,
        };
        store.log_contact(spread(i), &call).unwrap();
    }));
    figures.push(measure("save an edit of a card (committed)", 10, RUNS, || {
        i += 1;
        let id = spread(i);
        let c = store.client(id).unwrap();
        let edited = NewClient {
            kind: Some(c.kind),
            name: c.name.clone(),
            legal_name: c.legal_name.clone(),
            city: c.city.clone(),
            address: Some(format!("{} (entrance B)", c.address.clone().unwrap_or_default())),
            industry: c.industry.clone(),
            size: c.size.clone(),
            tax_id: c.tax_id.clone(),
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            website: c.website.clone(),
            source: c.source.clone(),
            manager: c.manager.clone(),
            category: Some(c.category),
            tags: c.tags.clone(),
            notes: c.notes.clone(),
            next_contact: c.next_contact,
        };
        store.update_client(id, c.version, &edited).unwrap();
    }));
}
